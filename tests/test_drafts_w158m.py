"""Wave 158, our mends after reading every changed regression draft: a partner or commission offer declined "as a partner"
(never a programme the sender did not name); the plain "no agency hiring comes to mind" carries the promise to keep her eyes
open when the length cuts the opening's "if I hear of a role", so that no promise is lost; a move for work
to her city named before ("I'm moving there") gets the coffee once they live there, never "which days in the next two weeks?"."""

import pytest
from drafting import sample_draft

from invitriage.drafts import quickq


@pytest.mark.parametrize(("note", "kept"), [
    ("Hallo Camille, wir haben ein Tool für Agenturen und suchen Berater, die es ihren Kunden gegen Provision empfehlen. Interesse?",
     "als Partnerin"),
    ("Hoi Camille, wij zoeken consultants die onze planningtool op commissiebasis aan klanten aanraden. Interesse?", "als partner"),
    ("Olá Camille, procuramos consultores que recomendem a nossa ferramenta aos clientes, com 20% de comissão. Tem interesse?",
     "como parceira"),
])
def test_a_commission_offer_is_declined_as_a_partnership_it_never_named_a_programme(note: str, kept: str) -> None:
    text = sample_draft(note, headline="Partner Manager")
    assert kept in text, text
    assert "Partnerprogramm" not in text and "partnerprogramma" not in text and "programa de parceiros" not in text, text


@pytest.mark.parametrize(("note", "plain", "promise"), [
    ("Hallo, ich bin auf Jobsuche im Online-Marketing (3 J. Erfahrung SEA) und ziehe im Sommer nach Lyon. Kennst du Agenturen dort, "
     "die deutschsprachige Leute suchen? Wäre mega dankbar für jeden Tipp. Grüße, Jonas", "keine Agentur ein", "Ich halte gern die Augen offen"),
    ("Hello Camille, I'm moving to Lyon next month and looking for a job in digital marketing (3 yrs in paid search). Do you know "
     "agencies that hire English speakers? Any pointer would be appreciated.", "I don't know of an agency", "If I hear of a new role"),
    ("Hallo, ik ben op zoek naar een nieuwe baan als online marketeer (4 jaar ervaring SEA). Ken je bureaus in Frankrijk die "
     "Nederlandstaligen zoeken? Spreek redelijk Frans.", "geen bureau dat nu mensen zoekt", "Als ik hoor van een nieuwe functie"),
])
def test_no_agency_known_keeps_a_promise_when_the_opening_loses_it(note: str, plain: str, promise: str) -> None:
    text = sample_draft(note)
    assert plain in text and quickq.said_no_agency(text), text
    # the opening's promise, or (cut for length) the plain answer's own: exactly one of them, never none
    assert (promise in text) != any(p in text for p in quickq._NO_AGENCY_PROMISE.values()), text


def test_a_short_draft_keeps_the_named_role_promise() -> None:
    text = sample_draft("Hoi Camille, ik zoek een baan als social media manager na mijn ontslag. Ken je bureaus die iemand zoeken? Groet, Sanne")
    assert "als social media manager" in text and "ogen open" not in text, text


@pytest.mark.parametrize(("note", "later", "never"), [
    ("Hey Camille, ik zag dat je ook in Lyon woont! Ik verhuis er in oktober naartoe voor mijn nieuwe baan en ken nog niemand. "
     "Zin in een koffie?", "zodra je hier woont", "komende twee weken"),
    ("Hi Camille, I saw you're based in Lyon too! I'm moving there in September for work and don't know anyone in marketing yet. "
     "Fancy a coffee sometime?", "once you're here", "next two weeks"),
])
def test_a_move_for_work_to_her_city_gets_the_coffee_once_they_live_there(note: str, later: str, never: str) -> None:
    text = sample_draft(note)
    assert later in text and never not in text and "CV" not in text and "cv" not in text, text


def test_a_move_for_work_elsewhere_keeps_its_coffee_now() -> None:
    # neighbour: someone already in her city for work is met now, not "once you're here"
    text = sample_draft("Hoi Camille, ik ben vorig jaar voor werk naar Lyon verhuisd en ken nog weinig mensen in marketing. Zin in een koffie?")
    assert "zodra je hier woont" not in text, text
