"""A talk of hers the sender heard ("bij de koffie na je talk", "nach deinem Vortrag", "après ta conférence") is where they
met, never an invitation to speak (round 66, nl note-23)."""
import pytest

from drafting import sample_draft


@pytest.mark.parametrize("note, met", [
    ("Hoi Camille, we spraken elkaar vorige week op het Digital Marketing Summit in Lyon, bij de koffie na je talk over lokale "
     "SEO. Leuk om contact te houden! Groet, Daan", "ons gesprek"),
    ("Hallo Camille, wir haben uns letzte Woche beim Digital Marketing Summit in Lyon beim Kaffee nach deinem Vortrag über "
     "lokales SEO unterhalten. Lass uns in Kontakt bleiben! Grüße, Jonas", "unserem Gespräch"),
    ("Ciao Camille, abbiamo parlato al caffè dopo il tuo intervento sulla SEO locale al Digital Marketing Summit. Restiamo in "
     "contatto! Luca", "chiacchierata"),
])
def test_a_talk_heard_is_where_they_met_not_an_invitation(note, met):
    text = sample_draft(note, name="Daan de Vries")
    assert met in text, text
    for invited in ("lezing", "Vortrag zu halten", "Frans of het Engels", "precieze datum", "Termin", "intervento al"):
        assert invited not in text, text
