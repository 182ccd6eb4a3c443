"""A formal German note is mirrored by title and surname when the first name is a common German one (round 82 de
note-19: "Sehr geehrte Frau Laurent … Elisabeth Gruber" was answered "Guten Tag Elisabeth Gruber")."""
import pytest

from drafting import sample_draft


@pytest.mark.parametrize("note,name,greeting", [
    ("Sehr geehrte Frau Laurent, wir haben uns auf der DMEXCO in Köln kennengelernt. Gerne würde ich den Austausch zu Ihrem "
     "Ansatz fortsetzen.\nMit besten Grüßen aus Wien\nElisabeth Gruber", "Elisabeth Gruber", "Sehr geehrte Frau Gruber,"),
    ("Sehr geehrte Frau Laurent, ich leite das Marketing der Huber AG und würde gern mit Ihnen über SEO sprechen. "
     "Mit freundlichen Grüßen, Josef Huber", "Josef Huber", "Sehr geehrter Herr Huber,"),
    ("Sehr geehrte Frau Laurent, ich bin Inhaberin eines kleinen Onlineshops in Graz und interessiere mich für Ihre "
     "Schulungen. Mit freundlichen Grüßen, Karin Steiner", "Karin Steiner", "Sehr geehrte Frau Steiner,"),
])
def test_formal_german_note_mirrored_by_title_and_surname(note, name, greeting):
    text = sample_draft(note, name=name)
    assert text.startswith(greeting), text
    assert name.split()[0] not in text.split("\n")[0]
