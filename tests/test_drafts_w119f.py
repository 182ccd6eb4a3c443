"""Wave 119, group F: a shop owner asking whether she gives a training gets her yes."""

from __future__ import annotations

from drafting import sample_draft

from invitriage.drafts.writer import gives_training_q


def test_shop_owner_asking_das_formaciones_gets_her_training_yes() -> None:
    # 118 es_pt_it note-12: "¿Das formaciones o cursos?" answered with free SEO resources and a recruiter's advice
    es = sample_draft("hola camille, tengo una pequeña tienda de ropa en shopify y no se por donde empezar con el seo. "
                      "¿Das formaciones o cursos? gracias!!", headline="Dueña de Moda Lúa", name="Carmen Lago")
    assert "Sí, imparto formaciones" in es and "llamada" in es
    assert "Semrush Academy" not in es and "se valora" not in es


def test_shop_owner_asking_vc_da_curso_gets_her_training_yes_not_a_proposal() -> None:
    # 118 es_pt_it note-34: "vc da curso?" answered with "me conta em que ponto você está"
    pt = sample_draft("oi camille tudo bem? tenho uma lojinha de bijuterias no instagram e queria aprender a fazer anuncios. "
                      "vc da curso? obg", headline="Dona da Bijus da Mari", name="Mariana Costa")
    assert "Sim, dou treinamentos" in pt
    assert "proposta" not in pt and "reencontrar" not in pt and "quais eu escolheria" not in pt


def test_gives_training_question_in_other_languages() -> None:
    assert gives_training_q("tu donnes des formations ?")
    assert gives_training_q("Do you teach courses on SEO?")
    assert gives_training_q("dai corsi di SEO per principianti?")
    assert gives_training_q("gibst du auch Kurse?")
    assert gives_training_q("geef je trainingen?")
    # a course recommended, or her course told as taken, is no question on her own offer
    assert not gives_training_q("Wie fandest du das Training?")
    assert not gives_training_q("geef je die training ook incompany bij bedrijven?")
    assert not gives_training_q("Geef je zulke trainingen ook incompany?")
    assert not gives_training_q("qual curso da Google você recomenda?")

