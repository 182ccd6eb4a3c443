"""Rounds 103 and 104: what we fixed after them ourselves (unmeasured by a round)."""

from __future__ import annotations

import pytest

from drafting import sample_draft


def test_an_entretien_agreed_on_is_a_meeting_not_an_interview() -> None:
    note = ("Madame,\nEn tant que responsable de la formation continue à l'EM Lyon, je souhaiterais vous proposer d'animer un module "
            "de 2 jours sur la stratégie social ads auprès de nos cadres. Pourrions-nous convenir d'un entretien ?\nCordialement,\n"
            "M. Bernard Lambert")
    text = sample_draft(note, name="Bernard Lambert")
    assert "interview" not in text and "vos questions" not in text, text
    assert "module" in text, text


@pytest.mark.parametrize("note", [
    "Bonjour Camille, je suis journaliste au Progrès et je prépare un article sur le SEO local. Pourrions-nous convenir d'un entretien "
    "cette semaine ?",
    "Bonjour Camille, pour notre podcast sur l'entrepreneuriat, accepteriez-vous un entretien de 30 minutes ?",
])
def test_a_press_entretien_stays_an_interview(note: str) -> None:
    text = sample_draft(note, name="Julie Morel")
    assert "interview" in text, text


@pytest.mark.parametrize("note", [
    "Buenas Camille, estoy buscando trabajo como community manager después de 2 años en una agencia en Barcelona. Me gustaría saber "
    "si conoces empresas que busquen perfiles así en Lyon. Saludos",
    "Bonjour Camille, je cherche un poste de chargée de communication. Connaissez-vous des entreprises qui recherchent ce profil à Lyon ?",
])
def test_firms_hiring_in_a_city_is_a_job_question_not_her_region(note: str) -> None:
    # "¿conoces empresas que busquen perfiles así en Lyon?": the sender's job search, never "yes, I work with clients in France"
    text = sample_draft(note, name="Andrea Vidal")
    assert "clientes en Francia" not in text and "clients en France" not in text and "20 minutos sobre tus necesidades" not in text, text
