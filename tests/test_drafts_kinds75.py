"""Wave 75 (group B): notes read as the wrong kind."""

from __future__ import annotations

import pytest
from drafting import sample_draft

HEAD = "Talent Acquisition – Decathlon Digital"


@pytest.mark.parametrize("note, yes, bad", [
    ("Bonjour Camille, je suis recrutrice chez Decathlon Digital. Nous recrutons un(e) formateur/trice en marketing digital pour nos "
     "équipes internes, mission de 3 mois. Est ce que ça pourrait vous intéresser ? Belle journée, Sophie", "peut tout à fait m'intéresser",
     "ne correspond pas à mon métier"),
    ("Bonjour Camille, je suis chargée de recrutement. Nous recrutons une formatrice en réseaux sociaux pour nos équipes internes, mission de 3 mois. Intéressée ?",
     "peut tout à fait m'intéresser", "ne correspond pas à mon métier"),
    ("Hi Camille, we are looking for a trainer in social media for our sales team, 3-month freelance mission. Would you be interested?",
     "could well interest me", "not my field"),
])
def test_trainer_mission_in_her_field_is_a_freelance_yes(note: str, yes: str, bad: str) -> None:
    text = sample_draft(note, headline=HEAD, name="Sophie Durand")
    assert yes in text
    assert bad not in text


def test_trainer_mission_outside_her_field_still_declined() -> None:
    text = sample_draft("Bonjour Camille, nous recrutons un formateur cariste pour nos entrepôts, mission de 3 mois. Intéressée ?",
                        headline=HEAD, name="Sophie Durand")
    assert "ne correspond pas à mon métier" in text


MET = "Gérante – Atelier Pétale"


@pytest.mark.parametrize("note, dates, bad", [
    ("Coucou Camille ! On était à la même table au déj du Club des Entrepreneurs de Lyon jeudi, je suis la fleuriste 😊 Tu m'avais parlé "
     "de ta formation Instagram, elle a lieu quand la prochaine ?", "les dates de la prochaine session", "formations que je recommande"),
    ("Salut Camille, ravie de t'avoir croisée au salon jeudi ! Ta formation Instagram, la prochaine c'est quand ?",
     "les dates de la prochaine session", "formations que je recommande"),
    ("Hi Camille! We sat at the same table at the Lyon Entrepreneurs Club lunch on Thursday. You told me about your Instagram workshop, "
     "when is the next one?", "dates of the next session", "courses I recommend"),
    ("Hoi Camille, we zaten donderdag aan dezelfde tafel bij de lunch van de Ondernemersclub. Je vertelde over je Instagram-training, "
     "wanneer is de volgende?", "de data van de volgende editie", "aanraden"),
])
def test_next_one_of_her_training_asked_gets_the_dates(note: str, dates: str, bad: str) -> None:
    text = sample_draft(note, headline=MET, name="Chloé Mercier")
    assert dates in text
    assert bad not in text


def test_clipped_lunch_said_back_whole() -> None:
    text = sample_draft("Coucou Camille ! On était à la même table au déj du Club des Entrepreneurs de Lyon jeudi. Au plaisir !",
                        headline=MET, name="Chloé Mercier")
    assert "jeudi au déjeuner du Club des Entrepreneurs de Lyon" in text
    assert "jeudi du Club" not in text


@pytest.mark.parametrize("note", [
    "Olá Camille, o Pedro Santos indicou o seu nome, disse que é especialista em Meta Ads para e-commerce. Tenho uma marca de cosméticos "
    "e os anúncios não estão convertendo. Podemos conversar?",
    "Olá Camille, o Pedro indicou o seu nome. Os anúncios da minha loja estão gastando muito e vendendo pouco. Podemos conversar?",
])
def test_brazilian_gerund_answered_in_brazilian_portuguese(note: str) -> None:
    text = sample_draft(note, headline="Fundadora da Flor de Cerrado Cosméticos", name="Mariana Souza")
    assert "contato" in text or "você" in text
    assert "contacto" not in text and "lhe dão jeito" not in text and "Cumprimentos" not in text
