"""Wave 107, group D: misreads (a round table's named topic, a recruiter growing their network)."""
import pytest

from invitriage.drafts.notefacts import extract
from drafting import sample_draft


def test_round_table_dedicated_to_a_topic_is_not_asked_again() -> None:
    # round 105 fr_en note-10: "une table ronde consacrée à la publicité sur les réseaux sociaux" → "préciser le sujet ?"
    note = ("Bonjour Madame Laurent, nous organisons les Rencontres du E-commerce à Lyon le 12 juin et souhaiterions vous "
            "proposer d'intervenir sur une table ronde consacrée à la publicité sur les réseaux sociaux. Cordialement, Nathalie Perrin")
    text = sample_draft(note, headline="Chargée de programmation - CCI Lyon Métropole", name="Nathalie Perrin")
    assert "le sujet" not in text and "publicité sur les réseaux sociaux" in text, text


@pytest.mark.parametrize("note, lang, topic", [
    ("Hello Camille, we'd love you to join a panel dedicated to social ads for small brands. Best, Tom", "en", "on social ads for small brands"),
    ("Hola Camille, te proponemos participar en una mesa redonda dedicada a la publicidad en redes sociales. Saludos, Ana", "es",
     "sobre la publicidad en redes sociales"),
    ("Ciao Camille, organizziamo il Digital Day a Milano il 5 maggio e vorremmo invitarti come relatrice a una tavola rotonda "
     "dedicata alla pubblicità sui social. Un saluto, Marco", "it", "sulla pubblicità sui social"),
])
def test_session_dedicated_to_names_its_topic(note, lang, topic):
    got = extract(note, lang, "business_proposal").topic
    assert got, got
    if topic:
        assert got == topic


def test_event_called_rencontres_is_not_where_she_was_met() -> None:
    # "les Rencontres du …": an event's name, never "nous nous sommes rencontrés" (the topic was dropped as said where met)
    note = ("Bonjour, nous organisons les Rencontres du Marketing à Nantes le 3 octobre et aimerions vous inviter "
            "à une table ronde sur le référencement local. Bien cordialement, Luc Morel")
    assert "référencement local" in extract(note, "fr", "business_proposal").topic


def test_recruiter_growing_network_is_not_offered_a_post() -> None:
    # round 103 fr_en note-15: a recruiter for a finance post "développe son réseau" → declined as a post offered to her
    note = ("Bonjour, je suis recruteur pour un poste de contrôleur de gestion chez un industriel lyonnais. "
            "Je développe mon réseau sur la région. Au plaisir d'échanger.")
    text = sample_draft(note, headline="Recruteur Finance - Hays", name="Olivier Mercier")
    assert "ce poste" not in text and "donnerai" not in text and "pensé à moi" not in text, text


@pytest.mark.parametrize("note, headline, absent", [
    ("Hi, I'm a recruiter for a financial controller position at a manufacturing company in Lyon. I'm growing my network in the region. "
     "Looking forward to connecting.", "Finance Recruiter - Hays", ("this role", "position")),
    ("Hola, soy reclutador para un puesto de controller financiero en una industria de Lyon. Estoy ampliando mi red en la región. Un saludo.",
     "Reclutador Finanzas - Hays", ("puesto",)),
])
def test_recruiter_growing_network_other_languages(note, headline, absent):
    text = sample_draft(note, headline=headline, name="Olivier Mercier")
    assert not any(a in text for a in absent), text
