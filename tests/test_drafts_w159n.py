"""After rounds 198–199: a call proposed in a language she does not work in says her languages even when France is listed
beside another market ("DACH + Frankreich": the project's markets, not the sender's language) or when an event is named
only as where the referrer comes from ("Sophie Martin von der Lyon Marketing Week": no meeting with the sender told)."""

import pytest
from drafting import sample_draft


@pytest.mark.parametrize(("note", "langs"), [
    ("Guten Tag Frau Laurent, Anna Schulz hat Sie mir empfohlen. Wir suchen Unterstützung bei SEO für unseren Onlineshop "
     "(DACH + Frankreich). Hätten Sie nächste Woche Zeit für ein kurzes Telefonat?", "auf Englisch oder Französisch"),
    ("Goedendag Camille, we zoeken hulp bij SEO voor onze webshop (Benelux en Frankrijk). Heb je volgende week tijd voor een "
     "kort gesprek?", "in het Engels of het Frans"),
    ("Hallo Camille, Julia Weber von der Lyon E-Commerce Week meinte, ich solle dich anschreiben. Ich leite das Marketing "
     "bei einem Modelabel und wir expandieren nach Frankreich. Lass uns gern mal sprechen!", "auf Englisch oder Französisch"),
])
def test_the_call_offers_her_languages(note: str, langs: str) -> None:
    text = sample_draft(note)
    assert langs in text, text


def test_a_meeting_at_the_event_still_needs_no_languages_line() -> None:
    # neighbour: met and talked at the event, so they share a language already
    text = sample_draft("Hallo Camille, wir haben uns auf der Lyon E-Commerce Week am Stand von Julia Weber unterhalten. "
                        "Lass uns gern mal telefonieren!")
    assert "auf Englisch oder Französisch" not in text, text
