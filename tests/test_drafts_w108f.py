"""Fix wave 108, group F: wording built from the note, and lines that do not fit the sender."""

from __future__ import annotations

import pytest

from drafting import sample_draft


@pytest.mark.parametrize("note,name,must,never", [
    # round 107 fr_en note-19: the clause's verb after the topic is no part of it
    ("Hello Camille, ton post sur la fin des cookies tiers a fait débat chez nous 😄 je suis d'accord avec toi sur les first-party "
     "data. Au plaisir d'échanger ! Romain", "Romain Faure", "la fin des cookies tiers", "a fait débat"),
    ("Salut Camille, ton article sur le SEO local a beaucoup circulé dans l'équipe ! Au plaisir, Julie",
     "Julie Petit", "mon article sur le SEO local", "circulé"),
    ("Hi Camille, your post on third-party cookies sparked a big debate in our team! Happy to connect. Tom",
     "Tom Baker", "third-party cookies", "sparked"),
])
def test_the_verb_after_a_pieces_topic_is_not_pasted_into_it(note: str, name: str, must: str, never: str) -> None:
    text = sample_draft(note, name=name)
    assert must in text, text
    assert never not in text, text
