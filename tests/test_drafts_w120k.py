"""Wave 120, group K: a survey asked to be filled in gets her yes and the link asked for, even when the note opens with a question."""

from __future__ import annotations

from drafting import sample_draft


def test_student_questionnaire_after_tudo_bem_gets_yes_send_the_link() -> None:
    # 119 es_pt_it note-41: "tudo bem? … Você aceitaria responder um questionário rápido?" answered with a phone call
    pt = sample_draft("Olá Camille, tudo bem? Sou estudante de Publicidade na USP e estou fazendo meu TCC sobre marketing de "
                      "influência. Você aceitaria responder um questionário rápido? Seria muito importante pra mim!",
                      name="Gabriela Nunes")
    assert "link do questionário" in pt
    assert "telefone" not in pt and "15 minutos" not in pt


def test_survey_after_a_greeting_question_in_other_languages() -> None:
    es = sample_draft("Hola Camille, ¿qué tal? Soy estudiante de marketing y estoy haciendo mi TFG sobre marketing de "
                      "influencia. ¿Podrías responder un cuestionario corto?", name="Lucía Gómez")
    assert "enlace" in es and "llamada" not in es
    de = sample_draft("Hallo Camille, wie geht's? Ich studiere Marketing und schreibe meine Bachelorarbeit über "
                      "Influencer-Marketing. Würdest du einen kurzen Fragebogen ausfüllen?", name="Lena Schmidt")
    assert "Link" in de and "Telefonat" not in de and "Call" not in de
    nl = sample_draft("Hoi Camille, hoe gaat het? Ik studeer marketing en schrijf mijn scriptie over influencer marketing. "
                      "Zou je een korte vragenlijst willen invullen?", name="Sanne de Vries")
    assert "link naar de vragenlijst" in nl
    en = sample_draft("Hi Camille, how are you? I'm a student writing my dissertation on influencer marketing. "
                      "Would you fill in a quick survey?", name="Emma Stone")
    assert "link to the survey" in en and "call" not in en
