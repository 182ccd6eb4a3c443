"""'Thomas aus Wien hier. Anna Gruber meinte …': the sender's own name before a sentence's end is never the referrer."""

import pytest

from drafting import sample_draft


@pytest.mark.parametrize("note, name, referrer, sender", [
    ("Servus Camille, Thomas aus Wien hier. Anna Gruber meinte, wir sollten uns unbedingt kennenlernen – ich baue gerade eine "
     "kleine Agentur für Content-Marketing auf und suche Partner für Projekte in Frankreich. Lust auf einen Call?",
     "Thomas Huber", "an Anna Gruber", "an Thomas"),
    ("Hi Camille, Tom from Leeds here. Sarah Jones said we should definitely meet – I run a small content agency and look for "
     "partners in France. Fancy a call?", "Tom Hughes", "to Sarah Jones", "to Tom"),
])
def test_sender_is_not_the_referrer(note: str, name: str, referrer: str, sender: str) -> None:
    text = sample_draft(note, name=name)
    assert referrer in text and sender not in text, text
