"""Note-less senders: Benelux at a Dutch employer reads Dutch, and an employer after one word of its kind still counts
(round 59: "Marketing Director Benelux at Coolblue" drafted in English; round 58: "Head of Growth | Fintech Nubank")."""

from __future__ import annotations

import pytest

from drafting import sample_draft
from invitriage.drafts.region import region_language


@pytest.mark.parametrize(("headline", "lang"), [
    ("Marketing Director Benelux at Coolblue", "nl"),
    ("Head of E-commerce Belgium @ bol.com", "nl"),
    ("Head of Growth | Fintech Nubank", "pt"),
    ("Marketing Director Benelux at Unilever", ""),  # a global employer: English
    ("Marketing Manager EMEA @ Coolblue", ""),  # a region wider than the Low Countries: English
])
def test_region_and_employer(headline: str, lang: str) -> None:
    assert region_language(headline) == lang


def test_the_draft_is_dutch() -> None:
    text = sample_draft("", headline="Marketing Director Benelux at Coolblue", name="Marieke Vos")
    assert text.startswith("Beste Marieke") or text.startswith("Hoi Marieke"), text
