"""Wave 59 group A: a guest-post swap is its own proposal (never a show), and a speakers' dinner is where they met."""

import pytest
from drafting import sample_draft

SWAPS = [
    ("Hola! Te propongo un intercambio: yo escribo un artículo invitado para tu blog y tú uno para el mío, ambos sobre "
     "marketing digital. ¿Qué opinas?", "intercambio de artículos invitados", ("programa", "francés")),
    ("Oi Camille, proponho uma troca: eu escrevo um artigo convidado pro seu blog e você escreve um pro meu, os dois sobre "
     "marketing digital. O que acha?", "artigos convidados", ("programa", "francês")),
    ("Ciao! Ti propongo uno scambio: io scrivo un guest post per il tuo blog e tu uno per il mio, entrambi sul digital "
     "marketing. Che ne pensi?", "scambio di guest post", ("programma", "francese")),
    ("Hi Camille, how about a guest post swap? I write one for your blog and you write one for mine.", "guest-post swap",
     ("show", "podcast")),
    ("Bonjour Camille, j'écris un article pour ton blog et toi un pour le mien ?", "échange d'articles invités", ("émission",)),
    ("Hallo Camille, ich schreibe einen Gastbeitrag für deinen Blog und du einen für meinen. Was meinst du?", "Gastbeiträge",
     ("Sendung", "Podcast")),
    ("Hoi Camille, ik schrijf een gastblog voor jouw blog en jij een voor de mijne?", "gastblogs", ("podcast",)),
]


@pytest.mark.parametrize("note,said,gone", SWAPS)
def test_guest_post_swap_is_welcomed_never_a_show(note: str, said: str, gone: tuple[str, ...]) -> None:
    text = sample_draft(note, name="Sergio Vega")
    assert said in text
    for word in gone:
        assert word not in text


def test_swap_with_links_stays_a_pitch() -> None:
    text = sample_draft("Hi Camille, guest post swap? We have DA 45 and can add a dofollow link.")
    assert "guest-post swap" not in text


DINNERS = [
    ("Camille, coincidimos en el Web Summit de Lisboa, en la cena de speakers. Un placer! A ver si colaboramos algún día 🙌",
     ("ponencia", "formato")),
    ("Bom dia, Camille. Conhecemo-nos no Web Summit em Lisboa, no jantar dos oradores. Foi um prazer! Quem sabe um dia colaboramos.",
     ("palestra", "formato")),
    ("Camille, ci siamo incontrate al Web Summit di Lisbona, alla cena degli speaker. Un piacere! Chissà che un giorno non collaboriamo",
     ("intervento", "formato")),
    ("Schön, dich beim Speaker-Dinner der OMR kennengelernt zu haben! Vielleicht arbeiten wir irgendwann zusammen.",
     ("Vortrag", "Format")),
    ("Leuk je ontmoet te hebben op het sprekersdiner van Frankwatching! Wie weet werken we ooit samen.", ("lezing", "formaat")),
]


@pytest.mark.parametrize("note,gone", DINNERS)
def test_speakers_dinner_is_where_they_met(note: str, gone: tuple[str, ...]) -> None:
    text = sample_draft(note, name="Elena Gallo")
    for word in gone:
        assert word not in text
