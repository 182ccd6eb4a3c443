"""Round 20, l20: wrong language and misreads (short notes, headlines, speaker invitations, head-hunters, thanks for a
training, freelancers' offers, "I saw you at the webinar", lecture invitations)."""

from __future__ import annotations

import pytest

from drafting import draft
from invitriage.drafts.notefacts import reply_language


# A. A short note the judge could not place (it falls back to the owner's language, French) is answered in its own
# language; a note-less invitation with a Portuguese headline in Portuguese.
@pytest.mark.parametrize("note,lang", [
    ("Hola Camille, me gustaria conectar contigo. Saludos", "es"),
    ("Buenas Camille, encantado de conectar", "es"),
    ("Hola! Me gustó tu post, conectamos?", "es"),
    ("Olá Camille, gostaria de me conectar consigo", "pt"),
    ("Ciao, piacere di conoscerti", "it"),
    ("Hallo, gerne vernetzen", "de"),
    ("Bonjour Camille, ravi de me connecter avec vous", "fr"),
    ("Coucou Camille, on se connecte ?", "fr"),
])
def test_short_note_language(note: str, lang: str) -> None:
    assert reply_language(note, "fr", "", "fr") == lang


@pytest.mark.parametrize("note,opening", [
    ("Hola Camille, me gustaria conectar contigo. Saludos", "¡Hola"),
    ("Buenas Camille, encantado de conectar", "¡Hola"),
    ("Olá Camille, gostaria de me conectar consigo", "Olá"),
])
def test_short_note_drafted_in_its_language(note: str, opening: str) -> None:
    text = draft(note, "fr", "default_template", name="Jorge Pérez", headline="Emprendedor")
    assert text.startswith(opening)
    assert "Bonjour" not in text and "Merci" not in text


@pytest.mark.parametrize("headline", [
    "Fundadora da Flor de Sal Cosmética | E-commerce",
    "Fundador de Meias Loucas (Shopify)",
    "Sócio do Grupo Alvorada",
    "Fundador de Bolos da Avó",
])
def test_portuguese_headline_no_note(headline: str) -> None:
    text = draft("", "fr", "no_note", name="Mariana Silva", headline=headline)
    assert text.startswith("Olá"), text
    assert "Merci" not in text


@pytest.mark.parametrize("headline", ["Fundador de Tienda Verde", "Fundadora de Sabores del Sur", "Fundador y CEO"])
def test_spanish_headline_no_note(headline: str) -> None:
    text = draft("", "fr", "no_note", name="Jorge Pérez", headline=headline)
    assert text.startswith(("Hola", "¡Hola")), text
