"""A formal sender's draft never slips into tu/du/je through one of the owner's answers (round 64, de note-10: "für
deinen Kanal" in a Sie letter, from the reworded 'breaking into the field' answer)."""
import re

import pytest

from drafting import sample_draft

#: (note, name, informal words that must not appear in the draft)
_FORMAL = [
    ("Hallo Frau Laurent, ich habe nach 8 Jahren im Vertrieb auf Marketing umgeschult und suche nun meine erste Stelle. "
     "Haben Sie einen Tipp, wie ich ohne Erfahrung am besten einsteige? Vielen Dank! Anna Weber", "Anna Weber",
     r"\b(?:du|dich|dir|dein\w*)\b"),
    ("Estimada Sra. Laurent: soy recién graduada en marketing y busco mi primer empleo. ¿Qué me recomienda para empezar "
     "sin experiencia? Atentamente, Lucía Pérez", "Lucía Pérez", r"\b(?:tu|tus|te|ti)\b"),
    ("Gentile Dott.ssa Laurent, mi sono appena laureato e vorrei lavorare nel marketing digitale, ma senza esperienza. "
     "Cosa mi consiglia? Cordiali saluti, Marco Rossi", "Marco Rossi", r"\b(?:tuo|tua|tuoi|tue|ti)\b"),
    ("Exma. Sra. Laurent, terminei o curso de Comunicação e procuro o primeiro emprego em marketing digital, sem "
     "experiência. O que me aconselha? Com os melhores cumprimentos, João Silva", "João Silva", r"\b(?:teu|tua|teus|tuas)\b"),
    ("Geachte mevrouw Laurent, ik ben net afgestudeerd en zoek mijn eerste baan in online marketing. Heeft u tips hoe ik "
     "zonder ervaring binnenkom? Met vriendelijke groet, Pieter de Vries", "Pieter de Vries", r"\b(?:je|jouw|jij)\b"),
]


@pytest.mark.parametrize("note, name, informal", _FORMAL)
def test_a_formal_job_seeker_gets_the_breaking_in_answer_without_informal_words(note, name, informal):
    text = sample_draft(note, name=name)
    assert "Meta Blueprint" in text, text
    assert not re.search(informal, text, flags=re.IGNORECASE), text
