"""A local business the sender runs (a bakery, a café, a coffee roastery, a candle business) is wished well by name, like a
shop, with the right possessive in each language (round 48 en note-40, fr note-18: the bakery was never mentioned)."""

from __future__ import annotations

import pytest

from invitriage.drafts.shop import shop_line


@pytest.mark.parametrize("note, lang, informal, wish", [
    ("I have small bakery in Lyon and want more customers online.", "en", False, "with your bakery"),
    ("I run a coffee roastery in Ghent.", "en", True, "Good luck with your coffee roastery!"),
    ("J'ai une boulangerie à Villeurbanne et je voudrais être plus visible.", "fr", True, "pour ta boulangerie"),
    ("J'ai un café à Lyon.", "fr", True, "pour ton café"),
    ("Tengo una panadería en Valencia.", "es", False, "con su panadería"),
    ("Ho una pasticceria a Napoli.", "it", True, "la tua pasticceria"),
    ("Tenho uma padaria no Porto.", "pt", True, "a tua padaria"),
    ("Ik heb een koffiebranderij in Utrecht.", "nl", True, "je koffiebranderij"),
])
def test_a_local_business_is_wished_well_by_name(note: str, lang: str, informal: bool, wish: str) -> None:
    assert wish in shop_line(note, "", lang, informal=informal)


@pytest.mark.parametrize("note, lang", [
    ("I'm a pastry chef at a hotel in Lyon.", "en"),
    ("Je suis artisan boulanger à Villeurbanne.", "fr"),
    ("We run small campaigns for restaurants.", "en"),
])
def test_working_in_or_for_one_is_no_business_of_theirs(note: str, lang: str) -> None:
    assert shop_line(note, "", lang, informal=True) == ""
