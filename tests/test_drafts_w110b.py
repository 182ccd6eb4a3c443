"""Fix wave 110, group B: job seekers, students, career changers."""

from __future__ import annotations

import pytest

from drafting import sample_draft
from invitriage.drafts.career import stage


# 109 fr_en note-40: an apprenticeship just finished is behind the sender; the junior job sought is what counts
@pytest.mark.parametrize("note,expected", [
    ("Hi Camille, I just finished my apprenticeship and I'm looking for a junior digital marketing role in Lyon. Any advice?", "junior"),
    ("Hola, acabo de terminar mis prácticas y busco un puesto junior en Lyon", "junior"),
    ("I'm looking for a junior content marketing role in Paris", "junior"),
    ("je cherche un stage de 6 mois en SEO à Lyon", "intern"),
    ("je cherche une alternance, j'ai fini mon stage", "intern"),
])
def test_a_finished_apprenticeship_is_not_an_internship_sought(note: str, expected: str) -> None:
    assert stage(note) == expected


@pytest.mark.parametrize("note", [
    "Bonjour, je viens de terminer mon alternance et je cherche un poste de chargé de communication à Lyon.",
    "Hallo, ich habe meine Ausbildung abgeschlossen und suche jetzt eine Stelle im Online-Marketing.",
    "Ciao, ho appena finito il tirocinio e cerco un lavoro nel marketing a Milano.",
])
def test_a_job_sought_after_a_finished_internship_is_no_internship_search(note: str) -> None:
    assert stage(note) != "intern"


def test_a_junior_after_an_apprenticeship_gets_the_job_tip_not_internship_paperwork() -> None:
    text = sample_draft("Hi Camille, I just finished my apprenticeship and I'm looking for a junior digital marketing role in Lyon. "
                        "Any advice or leads would be really appreciated. Thanks!",
                        headline="Junior Digital Marketer - open to work", name="Hannah Wright")
    assert "convention de stage" not in text, text
    assert "internship" not in text, text
    assert "marketing jobs" in text, text


# 110 fr_en note-14: a portfolio to build is no portfolio pointed to, and advice sought is no job search
def test_a_portfolio_still_to_build_is_not_thanked_for() -> None:
    text = sample_draft("Hallo Camille, ich mache eine Ausbildung zur Mediengestalterin und suche Tipps, um mein Portfolio aufzubauen. "
                        "Was wollen Agenturen sehen?", headline="Auszubildende Mediengestalterin", name="Lena Vogel")
    assert "Hinweis auf dein Portfolio" not in text, text


@pytest.mark.parametrize("note,headline,name,never", [
    ("Bonjour Camille, je suis en alternance en BTS Communication et je cherche des conseils pour créer mon portfolio. "
     "Vous auriez des exemples de ce qui plaît aux recruteurs ?", "Alternant BTS Communication - Carrefour", "Hugo Lambert",
     ("m'indiquer votre portfolio", "recherches", "CV")),
    ("Bonjour Camille, je suis apprentie en communication et je cherche quelques conseils pour construire mon portfolio. "
     "Qu'est-ce qui fait la différence pour une agence ?", "Apprentie chargée de communication", "Julie Martin",
     ("m'indiquer votre portfolio", "recherches", "CV")),
])
def test_portfolio_advice_asked_is_answered_as_advice(note: str, headline: str, name: str, never: tuple[str, ...]) -> None:
    text = sample_draft(note, headline=headline, name=name)
    for bad in never:
        assert bad not in text, text


# 109 fr_en note-24: "would you have a few minutes to advise me?" asks advice: the owner's France internship tip
@pytest.mark.parametrize("note", [
    "Dear Ms. Laurent,\nI am a final-year student in Digital Marketing at the University of Manchester and I am looking for a "
    "6-month internship in France starting in September. Would you have a few minutes to advise me?\nKind regards,\nEmily Clarke",
    "Hi Camille, I'm a third-year marketing student at Leeds looking for an internship in France from September. Could you advise me?",
])
def test_advise_me_gets_the_internship_tip_not_tell_me_where_you_stand(note: str) -> None:
    text = sample_draft(note, headline="Student, BSc Digital Marketing", name="Emily Clarke")
    assert "Welcome to the Jungle" in text, text
    assert "where you stand" not in text, text
