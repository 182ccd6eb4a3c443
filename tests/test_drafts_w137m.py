"""Wave 137, our own fixes: a result told without a figure's sign ("mon coût par clic a baissé de moitié") is
congratulated, never asked for."""

from __future__ import annotations

import pytest

from drafting import sample_draft


@pytest.mark.parametrize("note,said", [
    # 150 fr_en note-19: "mon coût par clic a baissé de moitié" got "tenez-moi au courant des résultats"
    ("Bonjour Camille, j'ai assisté à votre formation social ads à la CCI en février, merci encore ! J'ai appliqué vos "
     "conseils et mon coût par clic a baissé de moitié.\nStéphanie", "Bravo pour ce résultat"),
    ("Hi Camille, I attended your social ads training at the chamber in February, thanks again! I applied your tips and my "
     "cost per click dropped by half.", "What a result"),
])
def test_a_cost_halved_is_a_result_congratulated(note: str, said: str) -> None:
    text = sample_draft(note, headline="Gérante - Boutique Les Petites Mains", name="Stéphanie Morel")
    assert said in text and "des résultats" not in text and "on the results" not in text
