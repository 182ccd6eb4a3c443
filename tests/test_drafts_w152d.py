"""Wave 152 D: notes whose intent the drafts misread.

* a marketing director who seeks outside SEO expertise and asks "do you work with clients in Belgium?" ("Werk je ook met
  klanten…") is a prospect, never a job seeker ("Succes met zoeken");
* a formal note from someone who follows her publications and only wishes to get in touch is a follower's hello, never
  "sounds interesting" nor a call about nothing;
* a tool's free weeks offered to her ("je vous offre 1 mois gratuit pour tester") is a pitch, declined politely, never
  praise answered with "which topic would you like?".
"""

from drafting import sample_draft


def test_prospect_asking_where_she_works_is_no_job_seeker():
    for note in ("Beste Camille, als marketingdirecteur van een Belgische retailketen (40 winkels) ben ik op zoek naar externe "
                 "expertise rond SEO en lokale vindbaarheid. Werk je ook met klanten in België? Met vriendelijke groeten, Koen Claes",
                 "Hoi Camille, ik ben hoofd marketing bij een keten van fietsenwinkels en zoek hulp bij Google Ads. Werk je ook voor "
                 "bedrijven in Nederland? Groet, Sanne"):
        d = sample_draft(note, name="Koen Claes")
        assert "zoeken" not in d and "functie" not in d and "baan" not in d, d


def test_job_seeker_in_dutch_keeps_the_job_search():
    d = sample_draft("Hoi Camille, ik ben op zoek naar werk in online marketing na mijn studie. Ken je bedrijven die mensen zoeken? Groet, Tim",
                     name="Tim de Vries")
    assert "Succes" in d or "succes" in d, d


def test_formal_follower_wishing_to_connect_is_no_proposal():
    for note, name in (("Geachte mevrouw Laurent, als marketingdirecteur van een internationale retailketen volg ik uw publicaties "
                        "met belangstelling. Ik zou graag met u in contact komen. Hoogachtend, Willem de Graaf", "Willem de Graaf"),
                       ("Geachte mevrouw Laurent, als commercieel directeur van een groothandel volg ik uw berichten al enige tijd. "
                        "Graag zou ik met u in contact treden. Met vriendelijke groet, Hans Jansen", "Hans Jansen")):
        d = sample_draft(note, name=name)
        assert "klinkt interessant" not in d and "20 minuten" not in d and "volgende week" not in d, d
        assert "posts" in d or "publicaties" in d, d


def test_free_month_of_a_tool_offered_is_a_pitch():
    for note in ("Bonjour Camille, vos contenus sont top. Je développe un outil IA qui génère des posts LinkedIn automatiquement, "
                 "je vous offre 1 mois gratuit pour tester ! 🚀",
                 "Salut Camille, j'adore tes posts ! On a lancé une appli qui planifie tes publications, je t'offre 2 mois gratuits pour l'essayer.",
                 "Hi Camille, love your posts! I built an AI tool that writes LinkedIn posts for you, happy to give you a free month to try it."):
        d = sample_draft(note, name="Lucas Girard")
        assert "sujet" not in d and "topic" not in d and "?" not in d, d


def test_her_own_free_trial_asked_stays_a_question():
    d = sample_draft("Bonjour Camille, votre formation SEO m'intéresse. Proposez-vous un essai gratuit de votre formation ?", name="Julie Roux")
    assert "souhaite un beau lancement" not in d, d
