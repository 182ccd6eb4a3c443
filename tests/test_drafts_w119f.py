"""Wave 119, group F: a shop owner asking whether she gives a training gets her yes; certifications asked for a field get its courses."""

from __future__ import annotations

from pathlib import Path

from drafting import sample_draft

from invitriage.drafts import faq
from invitriage.drafts.writer import gives_training_q
from invitriage.settings import load_settings

SAMPLE_TOML = Path(__file__).resolve().parent.parent / "src" / "invitriage" / "sample" / "invitriage.toml"


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


def test_seo_certifications_asked_with_tools_as_examples_get_the_seo_courses_not_the_tools() -> None:
    # 117 fr_en note-5: "quelles certifs … pour débuter en SEO (google, semrush...?)" answered with a list of tools
    fr = sample_draft("bonjour, etudiant en BTS communication je voudrais savoir quelles certifs vous conseillez pour debuter "
                      "en SEO (google, semrush...?) merci beaucoup", headline="Étudiant BTS Communication", name="Théo Lambert")
    assert "certification SEO de HubSpot Academy" in fr
    assert "Screaming Frog" not in fr and "Le gratuit va loin" not in fr
    settings = load_settings(SAMPLE_TOML)
    es = faq.match("hola, estudio marketing. ¿Qué certificaciones me recomiendas para empezar en SEO (google, semrush...)? gracias",
                   settings.answers, "es")
    assert "certificación SEO de HubSpot Academy" in es and "Screaming Frog" not in es
    en = faq.match("hi, student here. which certs would you recommend to get started in SEO (google, semrush...)? thanks",
                   settings.answers, "en")
    assert "HubSpot Academy's SEO certification" in en and "Screaming Frog" not in en
    # a choice weighed keeps the answer that weighs it
    both = faq.match("hi camille, im a junior marketer (1yr exp) and wanted to ask - would you recommend getting google ads "
                     "certified or focusing on SEO first? thx a lot", settings.answers, "en")
    assert both.startswith("Both are good paths")
