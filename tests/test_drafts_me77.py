"""After round 72: a note-less sender whose headline ties English with another language ("Director de Marketing") is
answered in the language whose linking word the title uses, never in the owner's."""

from __future__ import annotations

import pytest

from drafting import sample_draft


@pytest.mark.parametrize("headline, name, hello", [
    ("Director de Marketing | Grupo Hotelero Costa Azul", "Manuel Ferrer García", "Hola"),
    ("Director de Ventas", "Lucía Pérez", "Hola"),
    ("Director of Marketing | Costa Hotels", "John Carter", "Hello"),
])
def test_a_tied_title_is_settled_by_its_linking_word(headline: str, name: str, hello: str) -> None:
    text = sample_draft("", headline=headline, name=name)
    assert hello in text.split("\n")[0], text
    assert "Bonjour" not in text, text
