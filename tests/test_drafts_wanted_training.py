"""Wave 67 (group B): a training the sender wants for their team is never a meeting the reply recalls."""

from __future__ import annotations

import pytest
from drafting import sample_draft

from invitriage.drafts.notefacts import extract

WANTED = [
    ("Madame,\nDirecteur marketing d'un groupe industriel lyonnais, je souhaiterais échanger avec vous au sujet de la formation de "
     "mon équipe (8 personnes) aux réseaux sociaux. Pourriez-vous me transmettre vos disponibilités ?\nBien cordialement,\nPhilippe Rousseau", "fr"),
    ("Bonjour, je voudrais vous parler de la formation de mon équipe commerciale au SEO. Quand êtes-vous disponible ?", "fr"),
    ("Hola Camille, me gustaría hablar del taller para mi equipo sobre redes sociales. ¿Cuándo tendrías un hueco?", "es"),
    ("Buongiorno, vorrei parlare della formazione per il mio team marketing. Quando sarebbe disponibile?", "it"),
    ("Olá Camille, gostaria de falar da formação da minha equipe em redes sociais.", "pt"),
]


@pytest.mark.parametrize("note,lang", WANTED)
def test_training_wanted_is_no_meeting_place(note: str, lang: str) -> None:
    assert extract(note, lang, "business_proposal").event == ""


def test_director_gets_no_invented_exchange() -> None:
    text = sample_draft(WANTED[0][0], headline="Directeur Marketing & Communication - Groupe Sertem", name="Philippe Rousseau")
    assert "échange commencé" not in text and "de la formation." not in text
    assert "appel" in text


@pytest.mark.parametrize("note,lang,event", [
    ("Bonjour Camille, on s'est croisées lors de la formation Google Ads à Lyon.", "fr", "lors de la formation Google Ads à Lyon"),
    ("Ravie d'avoir échangé au salon E-Marketing Paris !", "fr", "au salon E-Marketing Paris"),
])
def test_real_meeting_places_stay(note: str, lang: str, event: str) -> None:
    assert extract(note, lang, "met_before").event == event
