"""'Quanto tempo / cuánto tiempo' asking how long something takes is a question, never 'long time no see'."""

import pytest

from drafting import sample_draft


@pytest.mark.parametrize("note", [
    "Olá Camille, perdi muito tráfego depois do último core update. Quanto tempo demora para recuperar o tráfego?",
    "Ciao Camille, ho perso traffico dopo l'ultimo core update. Quanto tempo ci vuole per recuperare?",
    "Hola Camille, perdí tráfico tras el último core update. ¿Cuánto tiempo tarda en recuperarse?",
])
def test_how_long_is_not_a_reconnect(note: str) -> None:
    text = sample_draft(note, name="Rui Costa").lower()
    for reunion in ("tantos anos", "tanti anni", "tantos años", "notícias", "notizie", "noticias de ti"):
        assert reunion not in text


@pytest.mark.parametrize("note, words", [
    ("Olá Camille! Quanto tempo! Desde o Erasmus em Lyon, lembras-te? Vamos manter o contacto.", ("tantos anos",)),
    ("Hola Camille, ¡cuánto tiempo! Desde el Erasmus en Lyon. Sigamos en contacto.", ("tanto tiempo", "tantos años")),
])
def test_long_time_no_see_still_a_reconnect(note: str, words: tuple[str, ...]) -> None:
    text = sample_draft(note, name="Rui Costa").lower()
    assert any(w in text for w in words), text
