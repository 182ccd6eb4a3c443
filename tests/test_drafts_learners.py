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
