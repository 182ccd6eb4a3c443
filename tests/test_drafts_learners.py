"""Wave 79 D: learners, students and surveys get what they asked for."""
from drafting import sample_draft

_THESIS = {
    "nl": ("Hoi Camille, ik schrijf mijn afstudeerscriptie over influencer marketing bij MKB's. Zou ik je een korte enquete (5 min) "
           "mogen sturen? Zou me enorm helpen!! Dank je wel, Lisa", "link naar de vragenlijst"),
    "pt": ("Olá Camille, estou a escrever a minha tese sobre marketing de influência. Posso enviar-lhe um inquérito curto (5 min)? "
           "Obrigada, Rita", "envie-me o link"),
    "de": ("Hallo Camille, ich schreibe meine Masterarbeit über Influencer-Marketing. Dürfte ich dir einen kurzen Fragebogen "
           "(ca. 5 Min.) schicken? Danke, Lena", "Link"),
    "fr": ("Bonjour Camille, je rédige mon mémoire de master sur le marketing d'influence. Pourrais-je vous envoyer une courte "
           "enquête (5 min.) ? Merci beaucoup, Léa", "le lien"),
}


def test_a_survey_to_fill_in_gets_yes_send_the_link() -> None:
    # "een korte enquete", "um inquérito", "(ca. 5 Min.) schicken?": a survey, never feedback on their work or a sales call
    for lang, (note, want) in _THESIS.items():
        text = sample_draft(note, headline="Master student", name="Lisa Alves")
        assert want in text, (lang, text)
        for bad in ("feedback", "Budget", "orçamento", "wat ik moet bekijken", "detalhes", "Geschäft"):
            assert bad not in text, (lang, text)


_WHERE = {
    "en": ("Hello Camille, I'm a second-year marketing student at Kedge and I'm looking for a 4-month internship in digital "
           "marketing from April. Would you have any advice on where to apply? Thanks! Priya", "Where to apply"),
    "fr": ("Bonjour Camille, je suis en M1 marketing et je cherche un stage de 4 mois à partir d'avril. Auriez-vous des "
           "conseils sur où postuler ? Merci, Léa", "Où postuler"),
    "es": ("Hola Camille, estudio marketing y busco prácticas de 4 meses desde abril. ¿Algún consejo sobre dónde puedo "
           "postular? Gracias, Lucía", "Dónde buscar"),
    "de": ("Hallo Camille, ich studiere Marketing und suche ab April ein Praktikum. Hast du Tipps, wo ich mich am besten "
           "bewerben sollte? Danke, Jonas", "Wo du dich bewerben kannst"),
    "nl": ("Hoi Camille, ik studeer marketing en zoek vanaf april een stage. Heb je tips waar ik het beste kan solliciteren? "
           "Groetjes, Sanne", "Waar je kunt solliciteren"),
}


def test_where_to_apply_is_answered_not_a_learning_tip() -> None:
    # "any advice on where to apply?": the employers and boards to look at, never "learn by doing on a real project"
    for lang, (note, want) in _WHERE.items():
        text = sample_draft(note, headline="Marketing student", name="Priya Sharma")
        assert want in text and "LinkedIn" in text, (lang, text)
        for bad in ("learn by doing", "praktisch lernen", "GA4", "Welcome to the Jungle"):
            assert bad not in text, (lang, text)
    # Lyon named: her France internship tip stays
    lyon = sample_draft("Hello Camille, I'm a marketing student looking for an internship in Lyon from April. Any advice on "
                        "where to apply? Thanks! Priya", headline="Student", name="Priya Sharma")
    assert "Welcome to the Jungle" in lyon, lyon
