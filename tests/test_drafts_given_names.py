"""A note-less sender's language from their name when the headline is only an English title (review rounds 100 and 102)."""

from __future__ import annotations

import pytest

from invitriage.drafts.given_names import name_language
from invitriage.drafts.notefacts import reply_language


@pytest.mark.parametrize("name,headline,lang", [
    # a French first name beside a bare English title: French, as a Lyon consultant would answer
    ("Romain Duval", "Head of Growth - Welcome to the Jungle", "fr"),
    ("Anaïs Gérard", "Head of Growth @ Tribolo", "fr"),
    ("Aurélien Leroux", "BBA student | Digital marketing & branding", "fr"),
    ("Pierre Leclerc", "Head of Growth", "fr"),
    ("Chloé Martin", "Marketing intern at Silverbirch Consulting", "fr"),
    # an English first name or surname: English
    ("Tom Wood", "CMO | Northgate Partners", "en"),
    ("Oliver Grant", "Head of Growth", "en"),
    ("Chloe Adams", "Marketing student & founder of a small Etsy shop (ceramics)", "en"),
    ("Sarah Johnson", "Marketing Director", "en"),
    # a headline in a language keeps it, whatever the name
    ("Tom Wood", "Directeur marketing chez Boulangerie Lyonnaise", "fr"),
    ("Romain Duval", "Responsable marketing en Grupo Hotelero Costa Azul", "es"),
])
def test_a_note_less_sender_is_answered_in_the_language_their_name_and_headline_say(name: str, headline: str, lang: str) -> None:
    assert reply_language("", "fr", headline, "fr", name) == lang


@pytest.mark.parametrize("name,lang", [
    ("Jean-Baptiste Morel", "fr"), ("Hélène Berthier-Vidal", "fr"), ("Claire Evans", "en"), ("Zoe Hughes", "en"),
    # names given on both sides, or in another of the seven languages: no say
    ("Laura Martin", ""), ("Fleur Jansen", ""), ("Markus Schmidt", ""), ("Thomas Bernard", ""), ("Pierre Smith", ""),
])
def test_name_language_speaks_only_for_names_that_leave_little_doubt(name: str, lang: str) -> None:
    assert name_language(name) == lang
