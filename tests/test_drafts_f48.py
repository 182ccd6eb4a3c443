"""Wave 48 group F: German and Dutch wording (round 45 de/nl light rows)."""

from __future__ import annotations

import pytest
from drafting import sample_draft


@pytest.mark.parametrize("note, headline", [
    ("Goedendag mevrouw Laurent, als hoofd marketing van een regionale bakkerijketen volg ik uw werk rond SEO en content met interesse. "
     "Graag zou ik met u connecten. Met vriendelijke groet, Pieter Smit", "Hoofd Marketing | Bakkerij Smit"),
    ("Geachte mevrouw Laurent, als communicatieadviseur bij een zorginstelling ben ik geïnteresseerd in uw kennis van social ads. "
     "Ik zou graag met u connecten. Met vriendelijke groet, Ingrid Bakker", "Communicatieadviseur"),
])
def test_nl_plain_connect_wish_is_thanked_not_sounds_interesting(note: str, headline: str) -> None:
    # a wish to connect with her expertise named: no proposal to find "interesting", thanks for connecting
    text = sample_draft(note, headline=headline, name="Pieter Smit")
    assert "klinkt interessant" not in text
    assert "uitnodiging" in text
    assert "met interesse" not in text  # the manner of following is no topic


@pytest.mark.parametrize("note", [
    "Graag breid ik mijn netwerk uit met mensen uit de online marketing. Connecten?",
    "Altijd leuk om marketeers in mijn netwerk te hebben. Connecten?",
])
def test_nl_bare_connect_question_one_register_and_more_than_thanks(note: str) -> None:
    text = sample_draft(note, headline="Accountmanager", name="Ruud Jansen")
    # the first name greets, so the body says "je", never "uw"
    assert " uw " not in text and "Hoi Ruud" in text
    body = text.split("\n\n")[1]
    assert body.count(".") + body.count("!") >= 2  # more than a bare thanks line
    assert "vraag" not in body  # "Connecten?" is no question to answer


@pytest.mark.parametrize("note", [
    "Hallo Camille, na 5 jaar als marketing coördinator ben ik op zoek naar iets nieuws, misschien als zzp'er. Heb je tips om klanten te vinden? Groet, Iris",
    "Hoi Camille, na 4 jaar als online marketeer ben ik op zoek naar een nieuwe stap, misschien als freelancer. Tips om te beginnen? Groet, Daan",
])
def test_years_and_trade_never_swallow_the_verb(note: str) -> None:
    text = sample_draft(note, headline="Open to work", name="Iris Smit")
    assert " ben heb " not in text and "ben heb je" not in text


def test_nl_thesis_named_once() -> None:
    note = "Hoi Camille, ik schrijf mijn scriptie over SEO voor lokale bakkers. Mag ik je 20 minuten interviewen? Groetjes, Noor"
    text = sample_draft(note, headline="Student Communicatie", name="Noor de Vries")
    assert text.count("scriptie") == 1
    assert "de vraag voor" not in text


def test_de_tip_result_with_percent_down_congratulated() -> None:
    note = ("Hey Camille, hab deine Tipps zu Google Ads in meinem kleinen Shop (Tee) ausprobiert – die Kosten pro Klick sind um 25% runter! "
            "Danke dir! Grüße, Jana")
    text = sample_draft(note, headline="Inhaberin Teeladen", name="Jana Wolf")
    assert "Sehr gern, schön" not in text
    assert "Glückwunsch" in text


def test_de_kind_words_after_meeting_not_a_second_vielen_dank() -> None:
    note = ("Guten Tag Frau Laurent, wir haben uns auf der dmexco in Köln am Stand von Sistrix kurz gesprochen. Ihr Vortrag über SEO für Onlineshops "
            "war sehr aufschlussreich – ich würde gern in Kontakt bleiben. Beste Grüße, Markus Roth")
    text = sample_draft(note, headline="E-Commerce Manager bei Haushalt24", name="Markus Roth")
    assert text.count("vielen Dank") + text.count("Vielen Dank") <= 1
