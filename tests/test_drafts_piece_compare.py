"""A journalist's article that compares two places is named whole (round 47 de note-13, nl note-35): the quote never
stops at "vs." nor drops the second place as if it were the region the piece covers."""

from __future__ import annotations

import pytest

from drafting import sample_draft

CASES = [
    ("Guten Tag, ich schreibe für Horizont einen Artikel über SEO-Strategien in Österreich vs. der Schweiz. Darf ich "
     "Ihnen ein paar Fragen per E-Mail schicken? Freundliche Grüße, Lena Brandt, Redakteurin", "Redakteurin bei Internet World", "Österreich und der Schweiz"),
    ("Goedemiddag, ik schrijf voor Marketingfacts een artikel over contentmarketing tussen België en Nederland. Kan ik u "
     "een paar vragen per e-mail sturen? Met vriendelijke groet, Pieter de Wit, journalist", "Journalist bij Frankwatching", "tussen België en Nederland"),
    ("Hallo Camille, ich schreibe für OMR einen Artikel über Social Ads zwischen Frankreich und Deutschland. Kann ich dir "
     "ein paar Fragen per Mail schicken? Danke, Jonas (freier Journalist)", "Freier Journalist", "zwischen Frankreich und Deutschland"),
]


@pytest.mark.parametrize("note, headline, named", CASES)
def test_a_compared_pair_is_named_whole(note: str, headline: str, named: str) -> None:
    text = sample_draft(note, headline=headline)
    assert named in text, text
