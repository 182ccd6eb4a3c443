"""'Are you looking for help or freelancers?' as the note's only question: her 'not hiring' is the answer, with no
advice call and no 'tell me about your business and budget' after it."""

import pytest

from drafting import sample_draft

NOTES = {
    "de": ("Sehr geehrte Frau Laurent, ich bin SEO-Spezialist mit 4 Jahren Erfahrung und ziehe im Sommer nach Lyon. Suchen Sie "
           "eventuell Verstärkung oder freie Mitarbeiter? Freundliche Grüße, Markus Hoffmann", "niemanden ein", "Umzug"),
    "fr": ("Bonjour Madame Laurent, je suis spécialiste SEO avec 4 ans d'expérience et je m'installe à Lyon cet été. Cherchez-vous "
           "du renfort ou des freelances ? Cordialement, Marc Hoffmann", "je ne recrute pas", "installation"),
    "nl": ("Beste Camille, ik ben SEO-specialist met 4 jaar ervaring en verhuis deze zomer naar Lyon. Zoek je versterking of "
           "freelancers? Groet, Mark de Vries", "geen versterking", "verhuizing"),
}


@pytest.mark.parametrize("lang", sorted(NOTES))
def test_only_the_hiring_question_gets_the_no_and_the_move(lang: str) -> None:
    note, no, move = NOTES[lang]
    text = sample_draft(note, name="Mark Hoffmann")
    assert no in text and move in text
    for stray in ("15 Minuten", "15 minutes", "Einschätzung", "mon avis", "budget", "Budget"):
        assert stray not in text, text


def test_another_question_still_answered_beside_the_no() -> None:
    from invitriage.drafts.notefacts import asks_only_hiring

    assert not asks_only_hiring("Zoek je versterking? En hoe heb je je eerste klanten gevonden?", "nl")
    assert asks_only_hiring("Stellst du gerade ein?", "de")
