"""Instagram's ads named after the channel ("Instagram-advertenties", "Instagram-Anzeigen") are paid ads, never the
organic account: "SEO or Instagram ads?" is never answered "both cost mostly time, not budget"."""

import pytest

from drafting import sample_draft


@pytest.mark.parametrize("note, bad", [
    ("Hoi Camille, ik heb net een kleine webshop. Eerst SEO of eerst Instagram-advertenties, met een klein budget?", "allebei vooral tijd"),
    ("Hallo Camille, ich habe gerade einen kleinen Onlineshop eröffnet. Lieber erst SEO oder erst Instagram-Anzeigen, mit wenig Budget?",
     "vor allem Zeit"),
])
def test_paid_instagram_is_not_organic(note: str, bad: str) -> None:
    text = sample_draft(note, name="Sara Lombardo")
    assert bad not in text, text


def test_organic_instagram_still_weighed_as_time() -> None:
    text = sample_draft("Hoi Camille, ik heb net een kleine webshop met keramiek. Waar zou jij beginnen: SEO of Instagram?", name="Sara de Wit")
    assert "allebei vooral tijd" in text
