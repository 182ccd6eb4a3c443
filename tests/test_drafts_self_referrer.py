"""The sender speaking of herself is never thanked as a referrer, and a judged pitch that only asks the owner's take
gets her take, not a polite no."""

from __future__ import annotations

import pytest

from drafting import draft, render

SELF = [
    ("Hi Camille, I lead growth at a fintech and I'd love your thoughts on LinkedIn Ads.", "en"),
    ("Hi Camille, I run marketing at a SaaS company and I'd love your take on TikTok ads for B2B.", "en"),
    ("Hello Camille, I'm heading acquisition at a travel start-up and I'd really value your views on SEO for booking pages.", "en"),
]


@pytest.mark.parametrize("note,lang", SELF)
@pytest.mark.parametrize("intent", ["sales_pitch", "referral", "client"])
def test_the_sender_is_never_thanked_as_her_own_referrer(note: str, lang: str, intent: str) -> None:
    text = draft(note, lang, intent)
    assert "thanks to I" not in text and "to I'd" not in text and "to I'm" not in text


@pytest.mark.parametrize("note,lang", SELF)
def test_a_judged_pitch_that_asks_her_take_gets_it(note: str, lang: str) -> None:
    text, template = render(note, lang, "sales_pitch")
    assert template != "sales_pitch"
    assert "not something I need" not in text
    assert "take on" in text or "views on" in text
