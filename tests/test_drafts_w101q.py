"""Wave 101 group Q: students, job seekers and career changers get the tips they ask for, in words a reader expects."""

from __future__ import annotations

import pytest

from drafting import sample_draft
from invitriage.drafts import career, told


# -- "destacar en entrevistas": the sender's job interviews, never a press interview with her languages pasted in ------

@pytest.mark.parametrize(("note", "name"), [
    ("Hola Camille, acabo de terminar el master en comunicacion y estoy buscando mi primer trabajo en marketing digital. "
     "Algún consejo para destacar en entrevistas? Mil gracias", "Laura Sánchez Pérez"),
    ("Oi Camille, terminei a faculdade de publicidade e estou procurando meu primeiro emprego em marketing digital. "
     "Alguma dica para me destacar em entrevistas?", "Ana Souza"),
])
def test_tips_for_job_interviews_are_answered_without_a_language_caveat(note: str, name: str) -> None:
    text = sample_draft(note, name=name)
    assert "inglés" not in text and "inglês" not in text, text
    assert "¿Sería posible" not in text and "Seria possível" not in text, text
    assert "portafolio" in text or "portfólio" in text, text


# -- "What would you recommend as a next step": advice asked, never a person to recommend ---------------------------------

@pytest.mark.parametrize("note", [
    "Hi, I'm switching careers from teaching to digital marketing and just finished the Google Digital Garage course. "
    "What would you recommend as a next step to land a first junior role?",
    "Hi Camille, I just graduated and I'm looking for my first job in digital marketing. What would you recommend as a first step to get hired?",
])
def test_what_would_you_recommend_as_a_step_gets_advice(note: str) -> None:
    text = sample_draft(note, headline="Aspiring Digital Marketer", name="Rachel Green")
    assert "comes to mind" not in text and "profile" not in text.split("\n\n")[1][:40], text
    assert "real project" in text, text


def test_would_you_recommend_someone_still_asks_for_a_person() -> None:
    text = sample_draft("Hi Camille, we're hiring a paid social specialist in Lyon. Would you recommend anyone from your network?",
                        name="Mark Lee")
    assert "real project" not in text, text


# -- a job seeker with a year or two in the trade asking how to strengthen the profile --------------------------------------

def test_worked_junior_reads_a_year_or_two_of_work() -> None:
    assert career.worked_junior("ik ben al 6 maanden op zoek naar werk als online marketeer (hbo, 1 jaar ervaring met Google Ads)")
    assert not career.worked_junior("Quereinsteigerin, 1 Jahr Erfahrung im Marketing")
    assert not career.worked_junior("ik zoek mijn eerste baan, 1 jaar ervaring als stagiair")


@pytest.mark.parametrize(("note", "words"), [
    ("Hallo, ik ben al 6 maanden op zoek naar werk als online marketeer (hbo, 1 jaar ervaring met Google Ads). Heb je misschien "
     "tips hoe ik mijn profiel sterker kan maken? Zou heel fijn zijn. Groet, Daan", ("kopregel", "resultaten met cijfers")),
])
def test_profile_tips_for_a_job_seeker_with_some_experience_are_given(note: str, words: tuple[str, ...]) -> None:
    text = sample_draft(note, headline="Online Marketeer | Op zoek naar een nieuwe uitdaging", name="Daan Meijer")
    assert all(w in text for w in words), text
    assert "hier in een bericht" not in text and "belletje" not in text, text


# -- tips wished for beside a mentoring ask: the tip given, never only "tell me what you want to learn" ------------------------

@pytest.mark.parametrize(("note", "name", "tip", "never"), [
    ("Oi Camille, a Mariana Reis me indicou você! Ela disse que você dá mentoria pra quem está começando no marketing digital. "
     "Acabei de me formar em Comunicação e queria umas dicas de por onde começar", "Thiago Alves", "projeto real",
     ("Me conta o que você mais quer aprender", "Se sim,", "Seria possível")),
    ("Hi Camille, Sarah Jones told me you mentor people starting out in digital marketing. I just graduated in communications "
     "and I'd love some tips on where to start", "Ben Carter", "real project", ("what you most want to learn",)),
])
def test_tips_wished_beside_mentoring_are_given(note: str, name: str, tip: str, never: tuple[str, ...]) -> None:
    text = sample_draft(note, name=name)
    assert tip in text, text
    assert not any(w in text for w in never), text


def test_the_mentoring_limit_comes_with_the_yes_not_after_the_tip() -> None:
    text = sample_draft("Oi Camille, a Mariana Reis me indicou você! Ela disse que você dá mentoria pra quem está começando no "
                        "marketing digital. Acabei de me formar em Comunicação e queria umas dicas de por onde começar",
                        headline="Recém-formado em Comunicação Social", name="Thiago Alves")
    assert text.index("francês") < text.index("projeto real"), text


# -- "5 Jahre Erfahrung Google & Meta Ads": never "Mit 5 Jahren Erfahrung mit …" ----------------------------------------------

@pytest.mark.parametrize(("note", "informal", "line"), [
    ("ich bin seit 3 Monaten auf Jobsuche als Performance Marketing Managerin (5 Jahre Erfahrung Google & Meta Ads).", True,
     "Deine 5 Jahre Erfahrung mit Google & Meta Ads sind schon ein echtes Plus."),
    ("bin seit 3 monaten auf jobsuche im online marketing (2 jahre erfahrung SEA).", False,
     "Ihre 2 Jahre Erfahrung mit SEA sind schon ein echtes Plus."),
])
def test_german_experience_line_never_says_mit_twice(note: str, informal: bool, line: str) -> None:
    assert told.experience_line(note, "de", informal=informal) == line


def test_german_experience_line_in_a_field_keeps_mit() -> None:
    assert told.experience_line("Ich suche nach 4 Jahren Erfahrung im Online-Marketing eine neue Stelle.", "de", informal=True) \
        == "Mit 4 Jahren Erfahrung im Online-Marketing bringst du schon viel mit."
