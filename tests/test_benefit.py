from __future__ import annotations

import json

import pytest

from invitriage import Store
from invitriage.benefit import BenefitMatcher, roles_of

CONSULTANT = dict(
    help_whom=["students in digital marketing or communication", "founders of small businesses and e-shops"],
    meet_whom=["marketing directors"],
    offer=["SEO", "social ads", "content strategy"],
    threshold=0.45,
)


@pytest.fixture(scope="module")
def matcher():
    return BenefitMatcher(**CONSULTANT)


@pytest.mark.parametrize(
    "headline, phrase",
    [
        pytest.param("Étudiante en Master Marketing Digital à l'IAE Lyon", "students in digital marketing or communication", id="fr-student"),
        pytest.param("Digital Marketing student | Looking for an internship", "students in digital marketing or communication", id="en-student"),
        pytest.param("Alternant chargé de communication digitale", "students in digital marketing or communication", id="fr-apprentice"),
        pytest.param("Estudiante de Máster en Marketing Digital", "students in digital marketing or communication", id="es-student"),
        pytest.param("Fondatrice de Fil & Lin | E-shop de créations artisanales", "founders of small businesses and e-shops", id="fr-founder"),
        pytest.param("Small business owner | Savonnerie des Pentes", "founders of small businesses and e-shops", id="en-owner"),
        pytest.param("Directrice marketing & communication", "marketing directors", id="fr-meet"),
    ],
)
def test_headlines_that_benefit_in_french_and_english(matcher, headline, phrase):
    found = matcher.match([(headline, "")])[0]
    assert found and found[0].phrase == phrase
    assert found[0].evidence()["quote"] == f"headline '{headline}' matches '{phrase}'"


@pytest.mark.parametrize(
    "headline",
    ["Infirmière au CHU de Lyon", "Student at HEC Paris | Finance", "Studentessa di ingegneria meccanica",
     "Business Developer chez SalesBoost", "Chef de projet SEO chez Atelier Nord", "Sales Director EMEA",
     "Marketing Manager", "Professeur des écoles", ""],
)
def test_other_headlines_do_not(matcher, headline):
    assert matcher.match([(headline, "")]) == [[]]


def test_a_note_asking_about_what_the_owner_offers_matches_offer(matcher):
    found = matcher.match([("", "Could you advise me on SEO for my small shop?")])[0]
    assert any(m.kind == "offer" and m.source == "note" for m in found)


def test_english_phrases_match_french_and_the_reverse():
    fr_owner = BenefitMatcher(["étudiants en marketing digital"], [], [], 0.45)
    assert fr_owner.match([("MSc Marketing student | Digital", "")])[0]
    en_owner = BenefitMatcher(["students in digital marketing"], [], [], 0.45)
    assert en_owner.match([("Étudiant en école de commerce | Spécialisation marketing digital", "")])[0]


def test_roles_in_seven_languages():
    assert roles_of("Estudante de Marketing") == {"student"}
    assert roles_of("Werkstudentin Online-Marketing") == {"student"}
    assert roles_of("Fundador de Loja") == {"founder"}
    assert roles_of("Oprichter van Koffiebar") == {"founder"}
    assert roles_of("Titolare di un negozio") == {"founder"}


PENDING = """name,headline,profile_url,sent_at,note
Léa Martin,Étudiante en Master Marketing Digital à l'IAE Lyon,https://www.linkedin.com/in/lea,2026-09-01T10:00:00+02:00,
Hugo Roux,Fondateur de Cuir de Saône | E-shop de maroquinerie,https://www.linkedin.com/in/hugo,2026-09-02T10:00:00+02:00,
Nina Blanc,Infirmière au CHU de Lyon,https://www.linkedin.com/in/nina,2026-09-03T10:00:00+02:00,
Paul Petit,Business Developer chez SalesBoost,https://www.linkedin.com/in/paul,2026-09-04T10:00:00+02:00,
Emma Noir,Comptable,https://www.linkedin.com/in/emma,2026-09-05T10:00:00+02:00,
"""

CONFIG = """owner_name = "Julien Moreau"
signature = "Julien"
offer = ["SEO", "social ads"]
help_whom = ["students in digital marketing", "founders of small businesses and e-shops"]
weekly_budget = 1
"""


def test_done_when_students_and_founders_without_notes_get_replies(run, tmp_path, db_path):
    pending = tmp_path / "pending.csv"
    pending.write_text(PENDING, encoding="utf-8")
    cfg = tmp_path / "invitriage.toml"
    cfg.write_text(CONFIG, encoding="utf-8")
    assert run("import", str(pending)).exit_code == 0
    result = run("triage", "--config", str(cfg))
    assert "2 invitation(s) without a stated reason get a reply because they can benefit" in result.output
    replies = json.loads(run("queue", "--format", "json", "--config", str(cfg)).output)
    assert sorted(r["name"] for r in replies) == ["Hugo Roux", "Léa Martin"]
    assert all(r["intent"] == "no_note" for r in replies)  # the intent is kept
    assert replies[0]["evidence"][0]["rule"] == "benefit" and "matches" in replies[0]["evidence"][0]["quote"]
    accepted = json.loads(run("queue", "--action", "accept", "--format", "json").output)
    assert sorted(r["name"] for r in accepted) == ["Emma Noir", "Nina Blanc", "Paul Petit"]
    week = json.loads(run("queue", "--week", "--format", "json", "--config", str(cfg)).output)
    assert len(week) == 1  # the budget
    with Store(db_path) as store:
        assert {r["name"] for r in store.queue("reply")} == {"Hugo Roux", "Léa Martin"}
