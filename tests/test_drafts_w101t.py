"""Wave 101, group T: met before, content readers, events.

A talk the sender gave himself ("yo era el de la charla sobre e-commerce") is never thanked for as hers; a month wished
for her coming training ("Succes met je training in juni") is never read as when they met.
"""

from __future__ import annotations

import pytest
from drafting import sample_draft

SENDERS_TALK = [
    ("Hola Camille! Nos conocimos en el SEO Camp de Lyon la semana pasada, yo era el de la charla sobre e-commerce en España. "
     "Me encantó tu ponencia sobre contenidos. Conectamos? Saludos, Javier", "Responsable SEO en Tiendanimal", "contenidos", "e-commerce"),
    ("Hi Camille, we met at the SEO Camp in Lyon last week, I was the one who gave the talk on marketplaces. "
     "Loved your talk on content strategy! Best, Mark", "SEO Lead", "content strategy", "marketplaces"),
    ("Ciao Camille! Ci siamo conosciuti al SEO Camp di Lione, ero quello del talk sull'e-commerce in Italia. "
     "Mi è piaciuto molto il tuo intervento sui contenuti. Marco", "SEO Manager", "il mio intervento", "e-commerce"),
]


@pytest.mark.parametrize(("note", "headline", "hers", "his"), SENDERS_TALK)
def test_the_senders_own_talk_is_never_thanked_for_as_hers(note: str, headline: str, hers: str, his: str) -> None:
    text = sample_draft(note, headline=headline, name="Javier Ortega")
    assert his not in text
    assert hers in text


LUCK_MONTH = [
    ("Hoi Camille, we zaten samen aan tafel tijdens de lunch bij de Marketing Masterclass van Laura Hendriks in Brussel. "
     "Leuk om je te ontmoeten! Succes met je training in juni 👍 Tom", "Content Marketeer bij Spark Agency", "juni"),
    ("Hi Camille, we sat at the same table at lunch during the Marketing Masterclass in Brussels. Great to meet you! "
     "Good luck with your training in June. Tom", "Content Marketer", "June"),
]


@pytest.mark.parametrize(("note", "headline", "month"), LUCK_MONTH)
def test_a_month_wished_luck_for_is_not_when_they_met(note: str, headline: str, month: str) -> None:
    text = sample_draft(note, headline=headline, name="Tom Janssens")
    assert month not in text


def test_a_month_when_they_met_is_still_said() -> None:
    text = sample_draft("Hoi Camille, we hebben elkaar in juni ontmoet bij de Marketing Masterclass in Brussel. Leuk!",
                        headline="Content Marketeer", name="Tom Janssens")
    assert "juni" in text


STARTUP = [
    ("Hola Camille! Coincidimos en el afterwork de French Tech en Lyon, yo era la chica de la startup de moda sostenible 🌱. Encantada de conectar!",
     "startup", "trabajando"),
    ("Ciao Camille! Ci siamo viste all'aperitivo della French Tech a Lione, ero quella della startup di moda sostenibile 🌱 Piacere di collegarci!",
     "startup", "lavorando"),
    ("Hi Camille! We met at the French Tech afterwork in Lyon, I was the one from the sustainable fashion startup. Great to connect!",
     "startup", "working on"),
]


@pytest.mark.parametrize(("note", "said", "gone"), STARTUP)
def test_her_startup_is_asked_after_not_what_she_works_on(note: str, said: str, gone: str) -> None:
    text = sample_draft(note, headline="", name="Nerea Aguirre")
    assert said in text
    assert gone not in text


PLEASURE_TWICE = [
    ("Ciao! Ho letto il tuo post sulle metriche di vanità nei social, verissimo. Lavoro nel growth di una startup fintech. Mi fa piacere seguirti",
     "Head of Growth presso Satispay", "Andrea Colombo", "piacere"),
    ("Ciao Camille, ho letto il tuo articolo sulle metriche di vanità, verissimo. Guido il marketing di una scale-up.",
     "Head of Marketing presso Bending Spoons", "Marco Rossi", "piacere"),
]


@pytest.mark.parametrize(("note", "headline", "name", "word"), PLEASURE_TWICE)
def test_the_exchange_offered_does_not_repeat_the_pleasure(note: str, headline: str, name: str, word: str) -> None:
    text = sample_draft(note, headline=headline, name=name)
    assert text.lower().count(word) <= 1
    assert "call" in text
