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


@pytest.mark.parametrize("note, invented", [
    ("hallo camille, hab dich auf dem workshop von la french tech in lyon gesehen, war sehr inspirierend!! wäre cool in "
     "kontakt zu bleiben :) anna", "Gespräch"),
    ("hoi camille, zag je op de workshop van la french tech in lyon, super inspirerend!! leuk om in contact te blijven :) noor",
     "gesprek"),
    ("Hi Camille, I saw you at the La French Tech workshop in Lyon last week, really inspiring! Would be great to stay in "
     "touch. Emma", "chatting"),
])
def test_seen_at_a_workshop_is_no_conversation(note, invented):
    """Round 66 (de note-15, nl note-37): "I saw you at the workshop" never becomes "after our conversation"."""
    text = sample_draft(note, name="Anna Zimmermann")
    assert "orkshop" in text and invented not in text, text


@pytest.mark.parametrize("note, good, bad", [
    ("hallo camille, bin grad dabei meinen eigenen shop für nachhaltige mode aufzubauen, wäre cool in kontakt zu bleiben :) anna",
     "Shop für nachhaltige Mode?", "Aufzubauen"),
    ("Hallo Camille, ich versuche gerade, meinen Onlineshop für Kinderspielzeug einzurichten. Lass uns vernetzen! Tom",
     "Onlineshop für Kinderspielzeug", "einzurichten"),
    ("hoi camille, ben nu mn eigen webshop voor duurzame kleding aan het opzetten, leuk om in contact te blijven :) noor",
     "webshop voor duurzame kleding?", "kleding aan"),
])
def test_the_shop_named_ends_before_the_verb_it_is_the_object_of(note, good, bad):
    """Round 66 (de note-15, nl note-37): "deinem Shop für nachhaltige mode Aufzubauen", "je webshop … aan"."""
    text = sample_draft(note, name="Anna Zimmermann")
    assert good in text and bad not in text, text
