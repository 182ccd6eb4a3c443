"""Wave 129, our mend after reading the wave's regression diff: a student "getting into digital marketing" who asks which
skills to learn first gets the skills answer (he is no career changer); a teacher moving into digital marketing still gets
the career-change answer."""

from __future__ import annotations

from drafting import sample_draft


def test_student_getting_into_digital_marketing_asking_skills_gets_the_skills_answer() -> None:
    # regression r115 fr_en note-27 (and r22 note-27): "advice on getting into digital marketing, what skills should i focus on
    # first?" lost "The skills that count most" for "concrete proof counts more than a diploma"
    en = sample_draft("hi camille im a comms student in manchester and id love some advice on getting into digital marketing, "
                      "what skills should i focus on first? thx", headline="Student at University of Manchester", name="Tom Baker")
    assert "The skills that count most" in en and "diploma" not in en


def test_teacher_moving_into_digital_marketing_still_gets_career_change_advice() -> None:
    # the neighbour wave 129 (group i) fixed: a career changer's first job asked
    en = sample_draft("Hi Camille, after 8 years in teaching I want to move into digital marketing. I'm doing a Google course "
                      "now. How do I land my first job without experience? Any tips welcome!", name="Mary Jones")
    assert "budget" not in en and "concrete proof counts more than a diploma" in en
