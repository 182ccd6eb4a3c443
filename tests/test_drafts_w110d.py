"""Fix wave 110, group D: clients, trainings, invitations."""

from __future__ import annotations

import pytest

from drafting import sample_draft


@pytest.mark.parametrize("note,month", [
    # 110 fr_en note-12: "jai suivi … en janvier" (no apostrophe): the month she took the course, never the new training's date
    ("bonjour camille jai suivi ta formation sur les reseaux sociaux a la CCI en janvier, merci encore c'etait super clair. je "
     "voulais savoir si tu fais aussi des formations en intra pour mon equipe de 5 personnes ?", "janvier"),
    ("salut camille jai suivi ton atelier SEO en mars, top ! est-ce que tu fais des formations en entreprise pour mon equipe de 4 personnes ?",
     "mars"),
])
def test_a_month_told_after_jai_suivi_is_not_the_new_trainings_date(note: str, month: str) -> None:
    text = sample_draft(note, headline="Gérante - Atelier Papillon", name="Nathalie Blanc")
    assert "formations en entreprise" in text, text
    assert month not in text.split("\n", 3)[3], text
