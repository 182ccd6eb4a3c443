"""Her view already heard ("Votre retour sur les campagnes Meta m'a beaucoup parlé") is praise of what she said, never a
request to review something of theirs (round 52 fr note-1)."""

from __future__ import annotations

import pytest
from drafting import sample_draft


@pytest.mark.parametrize("note, invented", [
    ("Bonjour Camille, on s'est croisées au salon E-commerce Paris la semaine dernière, sur le stand de Shopify. Votre retour sur "
     "les campagnes Meta pour les petites boutiques m'a beaucoup parlé, j'aimerais rester en contact. Belle journée ! Julie",
     "me montrer"),
    ("Bonjour Camille, ravie de notre échange au meetup SEO de Lyon. Ton avis sur le SEO local m'a vraiment aidée, j'aimerais "
     "garder le contact ! Julie", "me montrer"),
    ("Hi Camille, we met at the Lyon SEO meetup on Tuesday. Your feedback on local SEO for small shops really resonated, would "
     "love to stay in touch! Emma", "show me"),
])
def test_view_heard_is_no_review_asked(note: str, invented: str) -> None:
    text = sample_draft(note, headline="Fondatrice e-shop", name="Julie Morel")
    assert invented not in text and "retour d'ici" not in text


def test_review_still_asked() -> None:
    text = sample_draft("Bonjour Camille, on s'est croisées au salon E-commerce Paris. Pourriez-vous me faire un retour sur notre site ? Julie",
                        headline="Fondatrice e-shop", name="Julie Morel")
    assert "site" in text and "ce que j'en pense" in text
