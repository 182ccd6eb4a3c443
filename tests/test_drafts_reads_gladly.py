"""Someone who reads her newsletter "with pleasure", in the present, is a regular reader: "fijn dat u mijn nieuwsbrief
leest", never "hebt gelezen" as of one issue (rounds 37, 43, 58, 59 nl: the same remark four times)."""

from __future__ import annotations

import pytest

from drafting import sample_draft


@pytest.mark.parametrize(("note", "said", "never"), [
    ("Geachte mevrouw Laurent,\nIk lees met veel plezier uw nieuwsbrief, met name de stukken over social advertising. "
     "Graag zou ik met u connecten.\nMet vriendelijke groet,\nPieter van den Berg", "nieuwsbrief leest", "hebt gelezen"),
    ("Hoi Camille, ik lees altijd graag je nieuwsbrief over contentstrategie. Leuk om te connecten!", "nieuwsbrief", "hebt gelezen"),
])
def test_a_regular_reader_reads(note: str, said: str, never: str) -> None:
    text = sample_draft(note, name="Pieter van den Berg")
    assert said in text, text
    assert never not in text, text
