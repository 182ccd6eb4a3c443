"""Fix wave 107, group B: quotes and empty slots."""

from __future__ import annotations

import pytest

from drafting import sample_draft


@pytest.mark.parametrize("note,name,piece", [
    # round 106 de_nl note-36: the clause's own verb after the topic, never quoted as "… sprak hebt gelezen"
    ("Goedendag, ik ben marketingdirecteur bij een Belgische retailketen. Uw post over contentstrategie in 2025 sprak me erg aan. "
     "Graag zou ik connecteren en ervaringen uitwisselen.\nMvg, Wouter Peeters", "Wouter Peeters", "contentstrategie in 2025"),
    ("Hoi Camille, je post over SEO voor webshops sprak me aan. Leuk om te connecteren!", "Jan de Vries", "SEO voor webshops"),
])
def test_a_post_that_spoke_to_the_sender_is_quoted_without_its_verb(note: str, name: str, piece: str) -> None:
    text = sample_draft(note, name=name)
    assert piece in text, text
    assert "sprak hebt" not in text and "sprak heeft" not in text and f"{piece} sprak" not in text, text


def test_a_named_meetup_where_they_saw_her_is_no_question_about_meetups() -> None:
    # round 106 fr_en note-31: a Meta-ads question after "saw your talk at the Lyon Growth Meetup", never Meetup.com advice
    text = sample_draft("hey camille, saw your talk at the Lyon Growth Meetup, super useful stuff on retargeting. quick q - do you think "
                        "Meta ads still work for B2B in 2025?", headline="Growth Marketer", name="Ben Carter")
    assert "Meetup.com" not in text, text


def test_a_question_about_meetups_still_gets_where_to_find_them() -> None:
    text = sample_draft("Hi Camille, just moved to Lyon. Any meetups you'd recommend to meet people in marketing?",
                        headline="Marketing student", name="Tom Lee")
    assert "Meetup.com" in text, text


@pytest.mark.parametrize("note,headline,name", [
    # round 106 fr_en note-42: local events or communities to meet people, answered, never only a call
    ("Hi Camille, I'm starting an MSc in Digital Marketing in Lyon this autumn, just moved from India. Which local events or communities "
     "would you recommend to meet people in the field? 😊", "Incoming MSc Digital Marketing student, emlyon", "Arjun Patel"),
    ("Hola Camille, acabo de mudarme a Lyon para un máster en marketing digital. ¿Qué eventos o comunidades locales me recomendarías para "
     "conocer gente del sector?", "Estudiante de máster", "Lucía Gómez"),
])
def test_local_events_to_meet_people_are_answered_with_where_to_find_them(note: str, headline: str, name: str) -> None:
    text = sample_draft(note, headline=headline, name=name)
    assert "Meetup.com" in text, text
    assert "call" not in text and "en qué punto estás" not in text, text
