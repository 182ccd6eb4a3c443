"""Wave 83 D: a reconnect note ("we know each other from SEO Camp … How are you?") gets a met-before reply: the event
named with "at"/"op" (never "from"/"van"), the how-are-you answered, and no FAQ borrowed from a tool named in passing."""

from __future__ import annotations

import pytest

from drafting import sample_draft

RECONNECTS = [
    ("Hey Camille, we kennen elkaar van SEO Camp in Parijs vorig jaar (dat diner met het hele Sistrix-team 😄). "
     "Hoe gaat het met je? Laten we contact houden!", "Jeroen Kok", "op SEO Camp in Parijs", "Met mij gaat het goed"),
    ("Hoi Camille, wij kennen elkaar nog van de Frankwatching Marketing Day in Utrecht. Hoe is het met je?",
     "Sanne de Vries", "op de Frankwatching Marketing Day", "Met mij gaat het goed"),
    ("Hi Camille, we know each other from SEO Camp in Paris last year (that dinner with the Semrush folks!). "
     "How are you? Let's stay in touch", "Tom Hill", "at SEO Camp in Paris", "I'm doing well"),
]


@pytest.mark.parametrize(("note", "name", "event", "howdy"), RECONNECTS)
def test_reconnect_names_the_event_and_answers_how_are_you(note: str, name: str, event: str, howdy: str) -> None:
    text = sample_draft(note, headline="SEO Consultant", name=name)
    assert event in text and howdy in text
    for wrong in ("van SEO", "from SEO", "van de Frank", "Search Console", "Screaming Frog", "gratis tools", "free tools"):
        assert wrong not in text


@pytest.mark.parametrize("note", [
    "Hallo Camille, ich nutze Sistrix und Semrush für meine Kunden. Wie geht es dir?",
    "Hoi Camille, ik werk veel met Ahrefs en Screaming Frog. Hoe gaat het met je?",
    "Hi Camille, I spend my days in Semrush and Ahrefs for clients. How are you?",
])
def test_how_are_you_borrows_no_tool_answer(note: str) -> None:
    text = sample_draft(note, headline="SEO Consultant", name="Alex Martin")
    for wrong in ("Search Console", "AnswerThePublic", "Zoekwoordplanner", "Keyword Planner"):
        assert wrong not in text


def test_her_own_workshop_is_no_meeting() -> None:
    text = sample_draft("Hoi Camille, we kennen elkaar van jouw workshop over Instagram bij de KvK in maart 😊 "
                        "Geef je de workshop ook online?", headline="", name="Sanne Bakker")
    assert "online" in text and "gesprek" not in text
