"""Wave 133, group A: the sender misread. A recruiter looking for developers asks for people (never a CV asked of him);
a firm selling SEO texts to her clients is a vendor declined politely (never "tell me about your business and budget");
a student's questions by mail or video get "send me your questions" (never "I work remotely too"); "how to land a first
role or freelance clients?" is no choice "depending on your budget", and the 10 minutes asked stay 10."""

from __future__ import annotations

from drafting import sample_draft


def test_recruiter_seeking_java_developers_for_assignments_is_asked_for_people() -> None:
    # 133 A de_nl note-31: "op zoek naar Java developers voor diverse opdrachten" answered as a job seeker ("Stuur me je cv")
    nl = sample_draft("Goedemiddag, ik ben op zoek naar Java developers voor diverse opdrachten in de Randstad. Ken je misschien "
                      "iemand? Connecten lijkt me leuk! Gr. Bas Mulder – Tech Recruiter", name="Bas Mulder",
                      headline="Tech Recruiter | IT Detachering")
    assert "cv" not in nl and "opdrachten" not in nl
    assert "zulke profielen heb ik niet in mijn directe netwerk" in nl
    it = sample_draft("Ciao, sto cercando sviluppatori Java per diversi progetti a Milano. Conosci qualcuno? Saluti, Luca",
                      name="Luca Bianchi", headline="Tech Recruiter")
    assert "non ho profili di questo tipo" in it


def test_firm_selling_seo_texts_for_her_clients_is_declined_politely() -> None:
    # 133 A de_nl note-35: "wij bij ContentKracht leveren SEO-teksten … Ik stuur je graag onze tarieven" got "Vertel me iets over je budget"
    nl = sample_draft("Hoi Camille, wij bij ContentKracht leveren SEO-teksten in 12 talen voor een vaste prijs per woord. Misschien "
                      "interessant voor jouw klanten? Ik stuur je graag onze tarieven 😉 Groeten, Thijs Meijer", name="Thijs Meijer",
                      headline="Sales Manager @ ContentKracht")
    assert "budget" not in nl and "Op dit moment heb ik er geen behoefte aan" in nl
    en = sample_draft("Hi Camille, at WordForge we deliver SEO articles in 12 languages at a fixed price per word. Maybe interesting "
                      "for your clients? Happy to send you our rates. Best, Mark", name="Mark Hill", headline="Sales Manager @ WordForge")
    assert "budget" not in en and "not something I need right now" in en
    de = sample_draft("Hallo Camille, wir bei TextWerk liefern SEO-Texte in 12 Sprachen zum Festpreis pro Wort. Vielleicht interessant "
                      "für deine Kunden? Ich schicke dir gern unsere Preise. Grüße, Tim", name="Tim Braun", headline="Sales Manager @ TextWerk")
    assert "Budget" not in de and "Im Moment habe ich keinen Bedarf" in de
    fr = sample_draft("Bonjour Camille, chez Rédacto nous livrons des textes SEO en 12 langues à prix fixe au mot. Intéressant pour vos "
                      "clients ? Je vous envoie volontiers nos tarifs. Cordialement, Luc", name="Luc Moreau", headline="Sales Manager @ Rédacto")
    assert "budget" not in fr and "Ce n'est pas un besoin pour moi en ce moment" in fr


def test_student_questions_by_mail_or_video_get_send_me_your_questions() -> None:
    # 133 A fr_en note-17: "5 questions … (par mail ou visio de 20 min)" answered "Oui, je travaille aussi à distance"
    fr = sample_draft("Bonjour Camille, Étudiant en BTS communication, je dois faire un dossier sur un métier du digital. Accepteriez "
                      "vous que je vous pose 5 questions sur votre métier de consultante (par mail ou visio de 20 min) ?\nMerci beaucoup\n"
                      "Hugo Blanc", name="Hugo Blanc", headline="Étudiant BTS Communication - Lycée La Martinière")
    assert "distance" not in fr and "format" not in fr
    assert "envoyez-moi vos questions" in fr
    en = sample_draft("Hi Camille, I'm a marketing student writing a paper on digital careers. Would you accept to answer 5 questions "
                      "about your job as a consultant (by email or a 20-min video call)? Thanks, Emma", name="Emma Stone", headline="Student")
    assert "remote" not in en and "send your questions" in en


def test_how_to_land_a_first_role_or_clients_is_no_budget_choice_and_keeps_ten_minutes() -> None:
    # 133 A fr_en note-34: "how to land a first role or freelance clients? … 10 min" got "depends on your budget" and a 15-minute call
    en = sample_draft("Hi Camille, after 8 years as an English teacher I'm switching careers into digital marketing (just finished the "
                      "Google Digital Garage cert). Any advice on how to land a first role or freelance clients? Would really appreciate "
                      "10 min of your time.", name="Laura Evans", headline="Career changer | Aspiring digital marketer")
    assert "budget" not in en and "Between" not in en and "15-minute" not in en
    assert "10-minute" in en
    fr = sample_draft("Bonjour Camille, après 8 ans comme professeure d'anglais je me reconvertis dans le marketing digital. Des conseils "
                      "pour décrocher un premier poste ou des premiers clients en freelance ? 10 minutes de votre temps m'aideraient "
                      "beaucoup.", name="Claire Roux", headline="Reconversion")
    assert "professeure d'anglais derrière vous" in fr and "budget" not in fr


def test_a_real_either_or_still_gets_the_choice() -> None:
    # must-not-change neighbour: "SEO ou pub Insta d'abord ?" is a real choice between two channels
    fr = sample_draft("Bonjour Camille, je lance ma boutique en ligne. Vous commenceriez par le SEO ou la pub Insta ?", name="Julie Petit")
    assert "Tout dépend de l'urgence des ventes" in fr
    # must-not-change neighbour: a client asking for her rates is no vendor
    nl = sample_draft("Hoi Camille, wij verkopen handgemaakte sieraden online. Kun je me je tarieven sturen voor SEO?", name="Eva Smit")
    assert "geen behoefte" not in nl
