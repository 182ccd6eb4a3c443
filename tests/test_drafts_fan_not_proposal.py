"""Praise of her content ("seus conteúdos são ouro", "i tuoi contenuti sono preziosissimi") with a wish to follow her work
and nothing proposed: thanks for the interest, never "the proposal interests me"."""

import pytest

from drafting import sample_draft


@pytest.mark.parametrize("note, bad", [
    ("Oiii Camille!! Sou fundadora de uma marca de cosméticos veganos e to aprendendo marketing digital sozinha, seus conteúdos "
     "são ouro!! Queria muito acompanhar seu trabalho de perto. Ana Clara", "proposta"),
    ("Ciaoo Camille!! Ho appena aperto il mio negozio online di abbigliamento vintage e sto imparando il marketing digitale da "
     "autodidatta, i tuoi contenuti sono preziosissimi! Vorrei seguirti da vicino. Martina", "proposta"),
])
def test_praise_of_her_content_is_no_proposal(note: str, bad: str) -> None:
    text = sample_draft(note, name="Ana Clara")
    assert bad not in text, text


def test_fan_words_include_gold_and_precious() -> None:
    from invitriage.drafts import rx
    from invitriage.drafts.notefacts import _FAN, fold

    assert rx.search(_FAN, fold("seus conteúdos são ouro")) and rx.search(_FAN, fold("i tuoi contenuti sono preziosissimi"))
