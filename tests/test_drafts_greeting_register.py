"""Wave 93 (group S): the name in the greeting, the Italian Lei, and topic slots cut before a modal verb."""

from __future__ import annotations

import pytest
from drafting import draft, sample_draft

from invitriage.drafts.notefacts import is_informal


@pytest.mark.parametrize(("note", "lang", "name", "first"), [
    ("Ciao! Connettiamoci 🙂", "it", "Andrea Rinaldi", "Andrea"),  # round 92 it note-64
    ("Ciao! Colleghiamoci 😊", "it", "Marco Bianchi", "Marco"),
    ("Gracias! Conectemos", "es", "Ignacio Pérez", "Ignacio"),
    ("Merci ! Connectons", "fr", "Maxime Roux", "Maxime"),
    ("Cheers! Connecting", "en", "Tom Baker", "Tom"),
])
def test_opening_hello_is_no_signoff(note: str, lang: str, name: str, first: str) -> None:
    opening = draft(note, lang, "no_note", name=name).splitlines()[0]
    assert first in opening
    assert note.split()[1].strip("🙂😊") not in opening


def test_signed_nickname_after_signoff_still_used() -> None:
    text = sample_draft("Hola Camille, me encantó tu charla sobre SEO local. Un abrazo, Nacho", headline="Marketing", name="Ignacio Pérez")
    assert text.splitlines()[0] == "¡Hola, Nacho!"


@pytest.mark.parametrize("note", [
    "Buongiorno Camille, mi ha consigliato di contattarla Paolo Ferri (ci siamo conosciuti a Milano). Gestisco un'agenzia di viaggi"
    " e vorrei migliorare la nostra strategia di contenuti. Potremmo sentirci?",  # round 92 it note-53
    "Buongiorno Camille, La contatto su suggerimento di Giulia Conti. Ho un negozio online di ceramiche e vorrei capire come"
    " migliorare la SEO. Possiamo fare una call?",
    "Buonasera, Marco Verdi mi ha suggerito di scriverle. Dirigo una piccola cantina e cerco aiuto per le campagne social."
    " Quando potremmo parlarne?",
])
def test_italian_lei_by_object_pronoun(note: str) -> None:
    assert not is_informal(note, "it")
    text = sample_draft(note, headline="Titolare", name="Roberta Esposito")
    assert "Cordiali saluti" in text and "La ringrazio" in text
    assert "Ciao" not in text and " ti " not in text and "dirti" not in text


def test_italian_tu_referral_stays_tu() -> None:
    note = "Ciao Camille! Marco mi ha detto di contattarti, ho un e-commerce di scarpe e mi servirebbe una mano con la SEO. Ti va una call?"
    assert is_informal(note, "it")
    assert sample_draft(note, headline="Titolare", name="Roberta Esposito").startswith("Ciao Roberta")


@pytest.mark.parametrize(("note", "kept", "gone"), [
    ("Madame,\nJe me permets de vous solliciter afin d'intégrer votre réseau. Je suis consultant en stratégie digitale à Genève et je"
     " pense qu'une collaboration sur des projets transfrontaliers pourrait être pertinente.\nRespectueusement,\nJean-Philippe Morel",
     "collaboration sur des projets transfrontaliers : l'idée m'intéresse", "pourrait"),  # round 92 fr note-15
    ("Bonjour Camille, je dirige une agence web à Bruxelles. Un partenariat sur des sites e-commerce me semble intéressant pour nos"
     " clients. Qu'en pensez-vous ?", "collaboration sur des sites e-commerce : l'idée m'intéresse", "me semble"),
])
def test_topic_cut_before_modal(note: str, kept: str, gone: str) -> None:
    text = sample_draft(note, headline="Consultant senior - Stratégie digitale", name="Jean-Philippe Morel")
    assert kept in text
    assert gone not in text
