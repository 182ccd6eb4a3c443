"""Wave 165 group E: job seekers and juniors — her "no agency comes to mind" said before the promise to keep her eyes open
(never "I'll keep my eyes open" then "none comes to mind"); her freelance start framed as the answer to the question
("How did I get started? Through my network"); the learner's tip tied to applying; an employed junior's SEO resources
without "that convinces recruiters"; the course advice with no calque and a verb in every sentence."""

from drafting import sample_draft


def test_no_agency_comes_to_mind_before_the_promise_to_keep_eyes_open() -> None:
    # 211 de_nl note-12
    de = sample_draft("Hallo, ich bin seit 3 Monaten auf Jobsuche nach meinem Master in Marketing. Hab Ihren Beitrag über den "
                      "Einstieg ins Onlinemarketing gelesen. Kennen Sie Agenturen in Frankreich oder Deutschland die Junioren "
                      "einstellen? danke im voraus, Lukas", name="Lukas Hoffmann",
                      headline="Marketing Absolvent (M.Sc.) | offen für neue Aufgaben")
    assert "keine Agentur ein, die sucht, aber ich halte die Augen offen" in de, de
    assert de.count("Augen offen") == 1, de
    de2 = sample_draft("Hallo Camille, ich suche nach dem Bachelor eine Stelle im Onlinemarketing. Kennst du Agenturen in "
                       "Lyon, die gerade einstellen? Danke, Tom", name="Tom Weber", headline="Absolvent")
    assert de2.count("Augen offen") <= 1 and ("Augen offen" not in de2 or de2.index("keine Agentur") < de2.index("Augen offen")), de2
    en = sample_draft("Hi Camille, I finished my master's in marketing and I'm looking for a first job. Do you know any "
                      "agencies in Lyon that are hiring juniors? Thanks, Ben", name="Ben Clarke", headline="Marketing graduate")
    if "keep my eyes open" in en or "If I hear of" in en:
        assert "If I hear of" not in en.split("Offhand")[0] or "Offhand" not in en, en


def test_her_freelance_start_is_framed_as_the_answer() -> None:
    # 211 fr_en note-40
    en = sample_draft("Hello Camille, my professor at Lyon 3, Dr. Martin, recommended I contact you. I'm an exchange student "
                      "from Canada studying marketing and I'd love to hear how you started freelancing.",
                      name="Noah Campbell", headline="")
    assert "How did I get started? Through my network, mostly" in en, en
    es = sample_draft("Hola Camille, ¿cómo conseguiste tus primeros clientes como freelance? Gracias, Lucía",
                      name="Lucía Gómez", headline="Estudiante")
    assert "¿Cómo empecé? Sobre todo a través de mi red" in es, es
    nl = sample_draft("Hoi Camille, hoe heb je je eerste klanten gevonden als freelancer? Groet, Tim", name="Tim Bakker",
                      headline="Student")
    assert "Hoe ik begonnen ben? Vooral via mijn netwerk" in nl, nl


def test_course_advice_has_no_calque_and_every_sentence_a_verb() -> None:
    # 210 fr_en note-9
    fr = sample_draft("Bonjour Camille, je suis en reconversion apres 10 ans dans la banque et je souhaite me lancer dans le "
                      "marketing digital. Quelle formation me conseillerais vous pour commencer ? Merci d'avance",
                      name="Isabelle Roux", headline="En reconversion - Marketing digital")
    assert "carte du métier" not in fr and "Et chaque module appliqué" not in fr, fr
    assert "vue d'ensemble du métier" in fr and "j'appliquerais chaque module" in fr, fr
    it = sample_draft("Ciao Camille, dopo 8 anni in banca voglio passare al marketing digitale. Che corso mi consigli per "
                      "iniziare? Grazie", name="Marco Neri", headline="In riconversione")
    if "corso generale" in it:
        assert "E ogni lezione applicata" not in it and "applicherei ogni lezione" in it, it


def test_employed_junior_is_not_told_how_to_convince_recruiters() -> None:
    # 210 de_nl note-34
    nl = sample_draft("hoi camille ik werk sinds kort als junior online marketeer en wil me verdiepen in seo, welke cursus of "
                      "boek raad je aan?? alvast bedankt, jesse", name="Jesse Willems", headline="Junior Online Marketeer")
    assert "recruiters" not in nl and "Search Console" in nl, nl
    nl2 = sample_draft("Dag Camille, ik ben een half jaar aan de slag als marketingassistent. Welke boeken of cursussen over "
                       "SEO raad je aan? Groetjes, Lotte", name="Lotte Peeters", headline="Marketingassistent")
    assert "recruiters" not in nl2, nl2


def test_tip_for_an_internship_application_says_what_to_show_when_applying() -> None:
    # 211 de_nl note-4
    de = sample_draft("Hallo Camille! Ich studiere Kommunikationswissenschaft in Mainz (5. Semester) und suche ein Praktikum "
                      "im Bereich SEO/Content ab März. Hättest du vllt. Tipps, wie ich mich am besten bewerbe? Würde mich "
                      "riesig freuen :)", name="Mia Schröder", headline="Studentin Kommunikationswissenschaft | JGU Mainz")
    assert "in der Bewerbung" in de and "Recruiter sehen" not in de, de
    en = sample_draft("Hi Camille, I'm a marketing student looking for an internship in content next spring. Any tips on "
                      "how to apply? Thanks! Chloe", name="Chloe Hart", headline="Marketing student")
    assert "recruiters ask to see" not in en, en


def test_demand_for_speakers_of_a_language_is_answered_not_deferred_to_the_cv() -> None:
    # 211 es_pt_it note-10
    es = sample_draft("Hola Camille, me acabo de quedar sin trabajo tras 4 años como community manager y busco nuevas "
                      "oportunidades en marketing digital. ¿Sabes si en Lyon hay demanda de perfiles hispanohablantes?",
                      name="Paula Herrera", headline="Community Manager | Social Media | Buscando empleo")
    assert "Sí, la hay" in es and "opinión sobre tu pregunta" not in es, es
    fr = sample_draft("Salut Camille, je cherche un poste en marketing digital après mon master. Tu sais s'il y a de la "
                      "demande pour des profils anglophones à Lyon ? Merci, Tom", name="Tom Girard", headline="Jeune diplômé")
    assert "Oui, il y en a" in fr, fr
    it = sample_draft("Ciao Camille, cerco lavoro nel marketing digitale dopo la laurea. Secondo te a Lione c'è richiesta di "
                      "profili italofoni? Grazie, Luca", name="Luca Ferri", headline="Neolaureato in Marketing")
    assert "Sì, c'è" in it, it


def test_agencies_known_asked_without_demand_keeps_where_to_look() -> None:
    # neighbour: "do you know agencies that need Spanish speakers" is still the where-to-look answer, no "yes there is"
    es = sample_draft("Hola Camille, busco trabajo en marketing digital. ¿Conoces agencias en Lyon que busquen perfiles "
                      "hispanohablantes?", name="Sara Ruiz", headline="Community manager")
    assert "Sí, la hay" not in es, es


def test_portuguese_internship_tip_has_no_awkward_word_of_mouth_phrase() -> None:
    # 211 es_pt_it note-24: "muito passa pelo passa-palavra"
    pt = sample_draft("Olá Camille, sou estudante de Marketing no IPAM em Lisboa e gostava muito de fazer um estágio em "
                      "França. Tem algum conselho ou sabe de alguma agência em Lyon que aceite estagiários? Obrigada!",
                      name="Inês Carvalho", headline="Estudante de Marketing no IPAM")
    assert "passa-palavra" not in pt and "Welcome to the Jungle" in pt, pt
