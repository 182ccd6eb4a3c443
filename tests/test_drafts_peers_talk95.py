"""Wave 95, group S: friends, peers and referrals who ask to talk, and a shop said back without its time phrase."""

from __future__ import annotations

import pytest
from drafting import sample_draft

SHOP_SINCE = [
    ("Hola Camille, vi tu post sobre comprar seguidores. Yo lo hice con mi tienda de ropa hace 2 años y fue un desastre jaja.",
     "tienda de ropa", ("hace 2", "ropa hace")),
    ("Hallo Camille, toller Post über gekaufte Follower. Ich habe das mit meinem Onlineshop für Mode vor 2 Jahren gemacht!",
     "Onlineshop für Mode", ("vor 2", "Mode vor")),
    ("Ciao Camille, bel post sui follower comprati. L'ho fatto con il mio negozio di abbigliamento 2 anni fa, un disastro!",
     "negozio di abbigliamento", ("2 anni", "abbigliamento 2")),
    ("Olá Camille, adorei o teu post sobre comprar seguidores. Fiz isso com a minha loja de roupa há 2 anos e foi um desastre!",
     "loja de roupa", ("há 2", "roupa há")),
    ("Hoi Camille, leuke post over gekochte volgers. Ik deed dat met mijn webshop in kleding 2 jaar geleden, een ramp!",
     "webshop in kleding", ("2 jaar", "kleding 2")),
]


@pytest.mark.parametrize(("note", "shop", "bad"), SHOP_SINCE)
def test_shop_named_without_its_time_phrase(note: str, shop: str, bad: tuple[str, ...]) -> None:
    text = sample_draft(note, headline="", name="Ana Ruiz")
    assert shop in text
    for b in bad:
        assert b not in text


TALK_ASKED = [
    # a referral who asks to talk: the yes and the call, never "tell me your business and budget" nor "how is it going?"
    ("Buenas Camille, Marta Olivares me pasó tu perfil. Tengo una pequeña marca de cosmética natural en Valencia. ¿Podríamos hablar?",
     ("hablamos", "20 minutos"), ("presupuesto",)),
    ("Hola Camille, Jorge Pérez me habló de ti. Tengo un restaurante en Sevilla. ¿Te apetece que hablemos un rato?",
     ("hablamos", "20 minutos"), ("presupuesto",)),
    ("Ciao Camille, mi ha parlato di te Francesca Moretti. Ho un piccolo e-commerce di ceramiche a Caltagirone, ti andrebbe di fare due chiacchiere?",
     ("Sentiamoci", "20 minuti"), ("Come sta andando", "budget")),
    # a friend or peer who proposes a chat: the yes, never "what are you working on?" after he told it
    ("Hallo Camille, wir waren beide beim Erasmus in Barcelona 2016. Ich bin inzwischen Head of Growth bei einem Berliner Start-up. Lass uns mal quatschen!",
     ("20 Minuten", "Termine"), ("Woran arbeitest du",)),
    ("Hi Camille, we were both on Erasmus in Barcelona in 2016. I'm Head of Growth at a Berlin start-up these days. Let's have a chat sometime!",
     ("chat", "next week"), ("What have you been up to",)),
    ("Hoi Camille, we zaten samen op Erasmus in Barcelona. Ik ben nu Head of Growth bij een start-up in Berlijn. Laten we eens bijpraten!",
     ("bellen",), ("stuur me gerust een bericht",)),
    ("Hola Camille, coincidimos en el Erasmus de Barcelona en 2016. Ahora soy Head of Growth en una start-up de Madrid. ¿Hablamos un día de estos?",
     ("hablamos",), ("En qué estás trabajando",)),
]


@pytest.mark.parametrize(("note", "good", "bad"), TALK_ASKED)
def test_request_to_talk_gets_the_yes_and_the_call(note: str, good: tuple[str, ...], bad: tuple[str, ...]) -> None:
    text = sample_draft(note, headline="", name="Max Fischer")
    for g in good:
        assert g in text
    for b in bad:
        assert b not in text


def test_language_question_is_no_call() -> None:
    text = sample_draft("Hola Camille, ¿podemos hablar en inglés? Mi francés no es muy bueno. Tengo una tienda online de vinos.", name="Pablo Ruiz")
    assert "inglés" in text


def test_pt_enclitic_te_is_tu_and_stay_in_touch_answered() -> None:
    text = sample_draft("Bom dia Camille! Fizemos juntas a formação de Google Analytics 4 em Lyon no mês passado. Foi muito bom "
                        "conhecer-te! Mantemos o contacto?", name="Beatriz Gomes")
    assert "fiquemos em contacto" in text and "Um abraço" in text
    assert "Cumprimentos" not in text and "está a trabalhar" not in text and "Camille Laurent" not in text


def test_pt_conhece_la_stays_formal() -> None:
    text = sample_draft("Bom dia Camille, foi um prazer conhecê-la no evento em Lisboa. Mantemos o contacto?", name="Rui Ferreira")
    assert "fiquemos em contacto" in text and "Cumprimentos" in text


@pytest.mark.parametrize(("note", "good"), [
    ("Bom dia Camille, queria agradecer-te pela conversa no evento de marketing no Porto. Ficamos em contacto?", "fiquemos em contacto"),
    ("Ciao Camille, ci siamo conosciute al workshop di Milano. Rimaniamo in contatto?", "restiamo in contatto"),
    ("Hola Camille, nos conocimos en el evento de Madrid. ¿Estamos en contacto?", "Sigamos en contacto"),
])
def test_stay_in_touch_question_gets_a_yes(note: str, good: str) -> None:
    text = sample_draft(note, name="Ana Costa")
    assert good in text
    assert "trabajando ahora" not in text and "a trabalhar" not in text
