"""A note-less invitation's reply language, decided from the headline and the name (wave 95, group U)."""

import pytest
from drafting import sample_draft


@pytest.mark.parametrize(("headline", "name", "greeting"), [
    ("Fundador de Tostado Café Online | e-commerce", "Hugo Prieto", "¡Hola, Hugo!"),
    ("Fundadora de Café Sol", "María Fuentes", "¡Hola, María!"),
    ("Fundador de Tostado Café Online | e-commerce", "Hugo Gonçalves", "Olá, Hugo,"),
    ("Fundador de Meias Loucas", "Pedro Magalhães", "Olá, Pedro,"),
])
def test_surname_settles_a_spanish_portuguese_tie(headline: str, name: str, greeting: str) -> None:
    draft = sample_draft("", headline=headline, name=name)
    assert draft.splitlines()[0] == greeting


@pytest.mark.parametrize("name", ["Stefan Lange", "Hans Müller", "Emma Schmidt"])
def test_english_headline_and_foreign_name_get_english(name: str) -> None:
    draft = sample_draft("", headline="CMO | Greyhollow Group", name=name)
    assert draft.startswith("Hello ")
    assert "Merci" not in draft and "Bonjour" not in draft


@pytest.mark.parametrize("name", ["Claire Dubois", "Julien Morel", "Léa Garnier"])
def test_french_name_keeps_french(name: str) -> None:
    assert sample_draft("", headline="CMO | Greyhollow Group", name=name).startswith("Bonjour ")
