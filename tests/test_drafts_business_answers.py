"""Wave 86 (H2): business questions answered in the owner's words, in natural wording, whatever the language."""

from __future__ import annotations

import pytest
from drafting import sample_draft

ONE_OFF = [
    ("Hi Camille,\nI run a small organic skincare brand and our Instagram sales have been flat for 3 months. Do you offer "
     "one-off consultations or only longer engagements?\nThanks, Aisha", "I offer both", "your Instagram account",
     ["Both, in that order", "Those who want it", "your site"]),
    ("Hola Camille, mi tienda vende poco por TikTok. ¿Haces consultorías puntuales o solo acompañamiento mensual?",
     "Ofrezco las dos cosas", "tu cuenta de TikTok", ["en ese orden", "quien quiera", "tu web"]),
    ("Hallo Camille, unser Instagram wächst nicht. Machst du auch einmalige Beratungen oder nur langfristige Betreuung?",
     "Ich biete beides an", "Instagram-Account", ["in dieser Reihenfolge", "Wer möchte", "Website"]),
]


@pytest.mark.parametrize(("note", "answer", "step", "gone"), ONE_OFF)
def test_one_off_or_longer_answered_plainly_about_the_account_named(note: str, answer: str, step: str, gone: list[str]) -> None:
    text = sample_draft(note, headline="Founder", name="Aisha Rahman")
    assert answer in text and step in text
    for bad in gone:
        assert bad not in text


def test_one_off_question_about_a_site_keeps_the_site_step() -> None:
    text = sample_draft("Hi Camille, our website traffic is flat. Do you offer one-off audits or only retainers?",
                        headline="Founder", name="Ana Ruiz")
    assert "I offer both" in text and "your site" in text and "If you like" in text and text.count("If you like") == 1


@pytest.mark.parametrize(("note", "good", "bad"), [
    ("Oi Camille, vi seu post sobre SEO com IA: o conteúdo gerado por IA é penalizado pelo Google? Obrigado!",
     "conteúdo em massa sem valor", "texto em série"),
    ("Oi Camille, tô procurando meu primeiro emprego em marketing digital. O que vc acha mais importante colocar no portfolio?",
     "como se fossem para uma marca", "textos como para uma marca"),
    ("ciao camille, domanda veloce: conviene ancora fare link building nel 2025? grazie",
     "conviene curare prima le pagine, poi i link", "vengono prima delle buone pagine"),
])
def test_portuguese_and_italian_answers_read_naturally(note: str, good: str, bad: str) -> None:
    text = sample_draft(note, headline="Analista", name="Thiago Mendes")
    assert good in text and bad not in text


@pytest.mark.parametrize("note", [
    "Ciao Camille, per il mio negozio online: meglio la SEO o le inserzioni Instagram? Grazie",
    "Ciao Camille, ho un piccolo e-commerce di borse: conviene puntare sulla SEO o sulle sponsorizzate su Facebook?",
    "Buongiorno, per il mio negozio online è meglio investire in inserzioni o in SEO?",
])
def test_italian_inserzioni_and_sponsorizzate_weigh_seo_against_ads(note: str) -> None:
    text = sample_draft(note, headline="Titolare | Negozio online", name="Marta Bianchi")
    assert "la SEO richiede da tre a sei mesi" in text and "Gli annunci portano visite" in text
    assert "dimmi più o meno che budget" not in text


@pytest.mark.parametrize(("note", "headline", "good"), [
    ("bonjour camille jai vu ton post sur le ciblage tiktok ads, tu penses que ça marche pour un resto ? merci",
     "Gérant - Le Petit Bouchon", "Ça peut marcher"),
    ("saw your post on tiktok ads targeting, do you think it works for a restaurant? thanks", "Owner, The Corner Bistro",
     "It can work"),
    ("Hola Camille, vi tu post sobre TikTok Ads, ¿crees que funciona para un restaurante pequeño?", "Dueño | Taberna El Puerto",
     "Puede funcionar"),
    ("Ciao Camille, secondo te TikTok funziona per una pizzeria?", "Titolare | Pizzeria Da Gino", "Può funzionare"),
    ("Olá Camille, TikTok funciona para uma padaria?", "Dona | Padaria Pão Quente", "Pode funcionar"),
])
def test_tiktok_for_a_restaurant_is_answered(note: str, headline: str, good: str) -> None:
    text = sample_draft(note, headline=headline, name="Antoine Vidal")
    assert good in text and "TikTok" in text
    for bad in ("ton activité et de ton budget", "jump on a 15-minute call", "Hablamos 15 minutos"):
        assert bad not in text


@pytest.mark.parametrize(("note", "headline", "good"), [
    ("Oi! Comecei agora meu brechó online e queria aprender a fazer anúncios no Facebook sozinha. Vc recomenda algum curso "
     "pra iniciante? Bjs", "Empreendedora | Brechó Garimpo Chic", "cursos gratuitos do Meta Blueprint"),
    ("Ciao! Ho appena aperto il mio negozio online di ceramiche e vorrei imparare le Facebook Ads da zero. Mi consigli un "
     "corso per principianti?", "Artigiana | Ceramiche Fatte a Mano", "corsi gratuiti di Meta Blueprint"),
    ("Hola, soy de México y estoy empezando mi emprendimiento de ropa sustentable. Me recomiendas algun curso para aprender "
     "Facebook Ads desde cero?", "Emprendedora | Moda sustentable", "Empezaría por los cursos gratuitos de Meta Blueprint"),
    ("Hi Camille! I just opened my Etsy shop and want to learn Instagram ads from scratch. Can you recommend a course for "
     "beginners?", "Owner | Little Clay Co", "Meta's free Blueprint courses"),
])
def test_a_beginner_asking_for_a_meta_ads_course_gets_the_courses(note: str, headline: str, good: str) -> None:
    text = sample_draft(note, headline=headline, name="Silvia Caruso")
    assert good in text
    for bad in ("Advantage+", "a che punto sei", "em que ponto você está", "5 €", "job you want", "ruolo a cui si punta"):
        assert bad not in text
