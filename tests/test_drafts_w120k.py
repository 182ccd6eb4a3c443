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


def test_founder_who_does_not_even_know_where_to_start_with_instagram_ads_gets_help() -> None:
    # 119 es_pt_it note-11: "no sabemos ni por donde empezar" answered with an empty "será un placer intercambiar ideas"
    es = sample_draft("Hola! soy fundador de una startup de comida saludable en Madrid, estamos empezando con anuncios en "
                      "instagram y no sabemos ni por donde empezar jaja. Me encantaria conectar", name="Álvaro Peña")
    assert "por dónde empezar con Instagram" in es and "qué haría yo primero" in es
    en = sample_draft("Hi! I'm the founder of a healthy food startup in Madrid, we're starting with Instagram ads and we "
                      "don't even know where to start lol. Would love to connect", name="Alvaro Pena")
    assert "where to start with Instagram" in en and "what I'd do first" in en


def test_lost_even_in_other_languages() -> None:
    from invitriage.drafts import rx as cre
    from invitriage.drafts.situation import _LOST
    from invitriage.judge.normalize import fold
    for text in ("não sei nem por onde começar com o Instagram", "non so neanche da dove partire con Instagram",
                 "je ne sais même pas par où commencer avec Instagram", "wir wissen nicht mal, wo wir anfangen sollen",
                 "we weten niet eens waar we moeten beginnen"):
        assert cre.search(_LOST, fold(text)), text
