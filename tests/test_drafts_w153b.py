"""Wave 153 B: a direct advice question is answered, never deferred nor re-asked.

- "do carousels still work on LinkedIn?" gets her carousel answer ("they still work when ..."), never "Good question!
  I'll write back here";
- a social media manager (laid off, experienced) asking advice to move into SEO gets her retraining answer, never only
  an offer to give it later in writing or on a call;
- a shop that already told its traffic is fine and its conversion rate low gets the first conversion checks, never
  "tell me about your business and budget".
"""
from __future__ import annotations

import pytest

from drafting import sample_draft

DEFERRED = ("write back here", "Good question", "budget", "orçamento", "presupuesto", "Budget", "por escrito aqui",
            "in writing", "chamada de 20", "20-minute call")


def _body(text: str) -> str:
    return text.split("\n", 2)[2]


CAROUSELS_STILL = [
    ("Hi Camille, read your post on LinkedIn carousels. Do you think carousels still work for B2B in 2025, or has reach "
     "dropped? Curious to hear your take. Alex Kim", "B2B Content Manager", "Alex Kim", "They still work on LinkedIn"),
    ("Bonjour Camille, j'ai vu ton post sur les carrousels LinkedIn. Est-ce que ça marche encore en B2B ou la portée "
     "s'est effondrée ? Merci !", "Responsable contenu", "Julie Martin", "Ils marchent encore sur LinkedIn"),
    ("Hola Camille, leí tu post sobre carruseles en LinkedIn. ¿Crees que los carruseles siguen funcionando en B2B o ha "
     "bajado el alcance?", "", "Marta Gil", "Siguen funcionando en LinkedIn"),
    ("Hoi Camille, ik las je post over carrousels. Werken carrousels nog op LinkedIn voor B2B, of is het bereik ingestort?",
     "", "Eva Smit", "Ze werken nog op LinkedIn"),
]


@pytest.mark.parametrize("note,headline,name,said", CAROUSELS_STILL)
def test_do_carousels_still_work_is_answered(note, headline, name, said):
    text = sample_draft(note, headline=headline, name=name)
    assert said in text, text
    assert not any(w in _body(text) for w in DEFERRED), text


def test_carousels_or_video_keeps_the_either_or_answer():
    text = sample_draft("Hi Camille, loved your post on carousels. For my B2B page, should I do carousels or short videos?",
                        name="Eva Smit")
    assert "Both can work" in text and "Canva" not in text, text


MOVE_INTO_SEO = [
    ("Olá, fui despedida recentemente depois de 4 anos como gestora de redes sociais. Tem algum conselho para quem quer "
     "mudar para SEO? Obrigada desde já", "Ana Ribeiro", "guia de SEO gratuito"),
    ("Hi Camille, I was laid off after 5 years as a community manager. Any advice for moving into SEO? Thanks a lot",
     "Kate Brown", "free SEO guide"),
    ("Hola Camille, me despidieron hace poco tras 6 años como community manager. ¿Algún consejo para pasarme al SEO?",
     "Lucía Pérez", "guía SEO gratuita"),
]


@pytest.mark.parametrize("note,name,said", MOVE_INTO_SEO)
def test_advice_to_move_into_seo_is_given_now(note, name, said):
    text = sample_draft(note, name=name)
    assert said in text, text
    assert not any(w in _body(text) for w in DEFERRED), text


def test_a_student_getting_into_seo_keeps_the_beginner_answer():
    text = sample_draft("Hi Camille, I'm a marketing student and I'd love to get into SEO after my degree. Where should I "
                        "start learning?", name="Tom Hill")
    assert "with your background it's a good move" not in text, text


TRAFFIC_LOW_CONVERSION = [
    ("Olá Camille, sou fundador de uma startup de cosméticos em BH. Temos tráfego bom mas a conversão tá baixíssima. O que "
     "vc olharia primeiro?", "Felipe Barbosa", "questão de conversão"),
    ("Bonjour Camille, j'ai une boutique en ligne de bijoux, le trafic est correct mais le taux de conversion est très "
     "faible. Tu regarderais quoi en premier ?", "Claire Petit", "la conversion plus que le SEO"),
    ("Hoi Camille, ik heb een webshop in thee. We hebben genoeg bezoekers maar de conversie is heel laag. Waar zou jij eerst "
     "naar kijken?", "Sanne Bakker", "conversievraag"),
    ("Hi Camille, I run a small online tea shop. We get decent traffic but almost nobody buys. Where would you look first?",
     "Tom Hill", "usually conversion, not SEO"),
]


@pytest.mark.parametrize("note,name,said", TRAFFIC_LOW_CONVERSION)
def test_traffic_told_with_low_conversion_gets_the_first_checks(note, name, said):
    text = sample_draft(note, name=name)
    assert said in text, text
    assert not any(w in _body(text) for w in DEFERRED), text


def test_an_etsy_shop_without_sales_keeps_its_own_answer():
    text = sample_draft("Hi Camille, my Etsy shop gets visitors but almost nobody buys. Any tip?", name="Tom Hill")
    assert "usually conversion, not SEO" not in text, text
