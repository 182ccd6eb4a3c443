"""Wave 59, group B: direct questions answered, never a call offered instead (a starting budget with the ads named in
the sentence before, her webinar slides asked for with a pronoun, the tool she uses "for that")."""

from __future__ import annotations

import pytest
from drafting import sample_draft

_CALL = ("telefonieren", "call", "gesprek", "bellen", "appel", "llamada", "chiamata", "chamada")


@pytest.mark.parametrize("note", [
    "Hi Camille, ich hab gerade meinen Etsy-Shop für handgemachten Schmuck gestartet und hab null Ahnung von Instagram Ads 😅 "
    "Welche Budget würdest du am Anfang empfehlen? Danke dir!",
    "Hallo Camille, ich verkaufe Kerzen online und möchte Facebook-Werbung testen. Welches Budget empfiehlst du für den Anfang?",
])
def test_starting_budget_with_the_ads_told_before_is_answered_de(note: str) -> None:
    text = sample_draft(note, name="Nina Becker")
    assert "€" in text and ("am Tag" in text or "pro Tag" in text)
    assert "telefonieren" not in text


@pytest.mark.parametrize("note, sent", [
    ("Hallo Camille, deine Folien vom Webinar letzte Woche waren top! Kannst du mir die evtl. zuschicken? "
     "Der Link im Chat hat bei mir nicht funktioniert.", "Folien"),
    ("Hallo Frau Laurent, Ihre Präsentation gestern war sehr hilfreich. Könnten Sie mir diese bitte zusenden?", "Folien"),
    ("Hi Camille, your slides from last week's webinar were great! Could you send them to me? The link in the chat didn't work.", "slides"),
    ("Hoi Camille, je slides van het webinar vorige week waren top! Kun je ze mij sturen? De link in de chat werkte niet.", "slides"),
    ("Hola Camille, ¡tus diapositivas del webinar fueron geniales! ¿Me las puedes enviar? El enlace no funcionaba.", "diapositivas"),
    ("Ciao Camille, le slide del webinar erano ottime! Me le puoi mandare? Il link non funzionava.", "slide"),
])
def test_slides_asked_for_with_a_pronoun_are_sent(note: str, sent: str) -> None:
    text = sample_draft(note, name="Lukas Meyer")
    assert sent in text
    assert not any(word in text.lower() for word in _CALL)
    assert "Budget" not in text and "budget" not in text


@pytest.mark.parametrize("note, words", [
    ("Hey Camille, leuke post over het meten van ROI op social ads! Welke tool gebruik jij daar zelf voor? Ik twijfel tussen GA4 en Triple Whale",
     ("GA4", "UTM")),
    ("Hallo Camille, toller Beitrag über den ROI von Meta-Anzeigen! Welches Tool nutzt du selbst dafür?", ("GA4", "UTM")),
    ("Hoi Camille, mooi stuk over ROAS van Instagram-campagnes. Welke software gebruik je zelf daarvoor?", ("GA4", "UTM")),
])
def test_tool_she_uses_for_what_the_sentence_before_told(note: str, words: tuple[str, ...]) -> None:
    text = sample_draft(note, name="Jesse Kok")
    assert all(w in text for w in words)
    assert "waarvoor je het nodig hebt" not in text and "wofür" not in text


def test_a_tool_question_with_its_own_subject_keeps_its_answer() -> None:
    text = sample_draft("Hi Camille, loved your post about cookieless tracking. Quick question: which tool do you use for "
                        "server-side tagging? Thanks!", name="Nina Russo")
    assert "Stape" in text
