"""A seller's price list called a partnership ("Preise ab 49 € pro Link. Interesse an einer Partnerschaft?") is still a
pitch: declined politely, never welcomed with "klingt spannend" and a call to book (round 51 de note-13)."""

from __future__ import annotations

import pytest
from drafting import sample_draft

WELCOMES = ("spannend", "sounds interesting", "m'intéresse", "klinkt interessant", "mi interessa", "20")


@pytest.mark.parametrize("note, declined", [
    ("Hallo, ich biete White-Label-Linkbuilding für Agenturen an, Preise ab 49€ pro Link, DA 40+. Interesse an einer Partnerschaft? VG",
     "keinen Bedarf"),
    ("Hi Camille, we provide white-label link building for agencies, from $35 per link, DA 40+. Open to a partnership?", "not something I need"),
    ("Bonjour Camille, nous proposons du netlinking en marque blanche pour les agences, à partir de 45 € le lien. Un partenariat vous intéresse ?",
     "pas un besoin"),
    ("Hoi Camille, wij schrijven SEO-teksten voor bureaus, vanaf €25 per tekst. Interesse in een samenwerking?", "geen behoefte"),
    ("Ciao Camille, offriamo articoli SEO in white label per agenzie, 30€ ad articolo. Ti interessa una partnership?", "non ne ho bisogno"),
    ("Hola Camille, hacemos linkbuilding para agencias, enlaces desde 40€ por enlace. ¿Te interesa colaborar?", "no lo necesito"),
    ("Olá Camille, fazemos artigos SEO para agências, a partir de 20€ por artigo. Interesse numa parceria?", "não é uma necessidade"),
])
def test_priced_offer_called_partnership_is_declined(note: str, declined: str) -> None:
    text = sample_draft(note, headline="Linkbuilding | SEO", name="Tobias Zimmermann")
    assert declined in text
    assert not any(w in text for w in WELCOMES)


def test_peer_partnership_without_prices_still_welcomed() -> None:
    text = sample_draft("Hallo Camille, ich bin SEO-Freelancerin in Wien und suche Kolleginnen für gegenseitige Empfehlungen. "
                        "Vielleicht passt das ja? Grüße, Eva", headline="SEO-Freelancerin", name="Eva Huber")
    assert "keinen Bedarf" not in text and "empfehl" in text.lower()
