"""Round 70's leftovers fixed after wave 76: "how you work" asked inside a sentence (nl/de), the German answer in
the sender's own register, a Dutch sought role cut before "na een reorganisatie", "le ads di Meta" read as Meta ads, and
a settings error that names the answer at fault without dumping every answer."""

from __future__ import annotations

import pytest

from drafting import sample_draft
from invitriage.errors import ConfigError
from invitriage.settings import Settings


@pytest.mark.parametrize("note, said", [
    ("Hoi Camille, Anouk van Bureau Zuid gaf me je naam. Ik zou graag horen hoe jij werkt met kleine webshops. Groet, Lotte",
     "begin met een gesprek"),
    ("Beste Camille, via Pieter kwam ik bij u terecht. Ik hoor graag hoe u te werk gaat bij een audit. Met vriendelijke groet, Els",
     "begin met een gesprek"),
    ("Hallo Camille, Stefan hat mir deinen Namen gegeben. Ich würde gern hören, wie du arbeitest, bevor wir ein Projekt starten. Grüße, Jana",
     "beginne mit einem Gespräch"),
])
def test_how_she_works_asked_inside_a_sentence_is_answered(note: str, said: str) -> None:
    text = sample_draft(note, name="Lotte Jansen")
    assert said in text, text
    assert "Engels" not in text and "Englisch" not in text, text  # nothing proposed, so no language question


def test_the_german_answer_on_how_she_works_does_not_switch_to_sie_in_a_du_draft() -> None:
    text = sample_draft("Hallo Camille, Stefan hat mir deinen Namen gegeben. Ich würde gern hören, wie du arbeitest. Grüße, Jana",
                        name="Jana Vogt")
    assert "deine Nachricht" in text or "du " in text, text
    assert "haben Sie" not in text and "zwei Wege" in text, text


@pytest.mark.parametrize("note, role, tail", [
    ("Hallo Camille, ik ben op zoek naar een nieuwe baan als SEA specialist na een reorganisatie. Ken je bureaus die mensen "
     "zoeken? Groet, Kim", "SEA specialist", "reorganisatie"),
    ("Hoi Camille, ik zoek een baan als social media manager na mijn ontslag. Ken je bureaus die iemand zoeken? Groet, Sanne",
     "social media manager", "ontslag"),
])
def test_a_dutch_sought_role_stops_before_na(note: str, role: str, tail: str) -> None:
    text = sample_draft(note, name="Kim van Dijk")
    assert f"als {role}" in text, text
    assert tail not in text, text


def test_le_ads_di_meta_with_few_sales_get_her_meta_advice() -> None:
    text = sample_draft("Ciao! ho aperto da poco un negozio online di ceramiche (su Shopify) e con le ads di Meta spendo tanto e "
                        "vendo poco. mi daresti qualche consiglio? Sara", name="Sara Lombardi")
    assert "Advantage+" in text and "ruolo" not in text, text


def test_a_too_long_answer_is_named_without_the_whole_table() -> None:
    with pytest.raises(ConfigError) as err:
        Settings.from_mapping({"answers": [{"when": ["seo"], "en": "x" * 400}]}, "my.toml")
    message = str(err.value)
    assert "my.toml" in message and "320" in message, message
    assert "got [" not in message and "'when'" not in message, message
