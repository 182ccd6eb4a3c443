"""A trainee who already put the training into practice ("já implementei", "ho già messo in pratica") hears that it is
good news, never "if you put something into practice, tell me"; French says it without a doubting "si"."""

import pytest

from drafting import sample_draft


@pytest.mark.parametrize("note, glad, bad", [
    ("Olá Camille, participei na sua formação sobre GA4 em Lyon em outubro. Já implementei o tracking de conversões e está a "
     "funcionar. Obrigada!\nMarta", "já ", "Se puseres"),
    ("Ciao Camille, ho seguito la tua formazione su GA4 a Lione il mese scorso. Ho già messo in pratica il tracciamento delle "
     "conversioni e funziona! Grazie ✨\nMarta", "già servendo", "Se metti in pratica"),
    ("Bonjour Camille, j'ai suivi votre formation « Google Ads pour débutants » en octobre avec la CCI. Je voulais vous "
     "remercier, j'applique déjà vos conseils ! Belle journée\nValérie", "vous serve déjà", "si cela vous sert"),
])
def test_already_applied_is_good_news(note: str, glad: str, bad: str) -> None:
    text = sample_draft(note, name="Marta Lopes")
    assert glad in text and bad not in text, text
