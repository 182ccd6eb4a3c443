"""A talk offered to her as a question at the sender's event ("Would you be up for a 20-min talk?", "Hättest du Lust auf einen
Vortrag?") is an invitation to speak: never a 20-minute call, never advice on finding meetups."""

from __future__ import annotations

import pytest

from drafting import sample_draft

CASES = [
    ("Hi Camille, I'm organising a small SEO meetup in Dublin in March. Would you be up for a 20-min talk (remote is fine)? Cheers, Aoife",
     "talk", ("minute chat", "call")),
    ("Hallo Camille, ich organisiere im März ein SEO-Meetup in Köln. Hättest du Lust auf einen 20-minütigen Vortrag? Grüße, Aoife",
     "Vortrag", ("Meetup.com", "Telefonat")),
    ("Ciao Camille, organizzo un meetup sul digital marketing a Torino a marzo. Ti andrebbe di fare un talk di 20 minuti? Aoife",
     "intervento", ("chiamata", "call")),
    ("Hoi Camille, ik organiseer in maart een SEO-meetup in Gent. Zou je een korte lezing willen geven? Groet, Aoife",
     "lezing", ("belletje", "gesprek van")),
    ("Bonjour Camille, j'organise un meetup SEO à Lille en mars. Partante pour un talk de 20 minutes ? Aoife",
     "conférence", ("appel", "échange de 20")),
]


@pytest.mark.parametrize("note, said, never", CASES, ids=["en", "de", "it", "nl", "fr"])
def test_a_talk_offered_at_their_event_is_an_invitation_to_speak(note: str, said: str, never: tuple[str, ...]) -> None:
    text = sample_draft(note, name="Aoife Byrne")
    assert said in text
    assert any(w in text for w in ("date", "Datum", "data", "datum"))  # the date of the talk asked, nothing else booked
    for bad in never:
        assert bad not in text


def test_a_short_call_asked_without_any_event_stays_a_call() -> None:
    text = sample_draft("Hi Camille, would you be up for a 20-min call next week about SEO for our shop? Cheers, Aoife", name="Aoife Byrne")
    assert "talk at" not in text and "speak" not in text.lower()
