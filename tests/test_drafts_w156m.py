"""After rounds 188–189: the Consent Mode answer reads as sentences, never as notes ("Estima las conversiones rechazadas",
"L'Advanced stima meglio", "el avanzado modela mejor"), in every language; what it says is unchanged."""

from __future__ import annotations

import pytest

from drafting import sample_draft


@pytest.mark.parametrize(("note", "good", "bad"), [
    ("Hola Camille, vi tu post sobre el fin de las cookies de terceros. ¿Qué herramienta recomiendas para medir conversiones "
     "sin cookies en una tienda de velas? Gracias", "Google estima las conversiones de quien rechaza, pero no las recupera",
     "Estima las conversiones rechazadas"),
    ("Ciao Camille, ho letto il tuo post sui cookie di terze parti. Come traccio le conversioni senza cookie su un piccolo "
     "e-commerce? Grazie", "Google stima le conversioni di chi rifiuta ma non le recupera", "L'Advanced stima meglio"),
    ("Oi Camille, vi seu post sobre o fim dos cookies de terceiros. Como vc mede conversões sem cookies? Valeu!",
     "O Google estima as conversões de quem recusa", "Estima as conversões de quem recusa"),
])
def test_the_consent_mode_answer_reads_as_sentences(note: str, good: str, bad: str) -> None:
    text = sample_draft(note, name="Sofía Ruiz")
    assert good in text and bad not in text, text
