"""Wave 66 group A: a monthly budget asked for TikTok ads gets the monthly floor."""
import pytest

from drafting import sample_draft

TIKTOK = [
    ("Hallo, ich hab einen kleinen Shop für Seifen und frag mich, ob sich TikTok Ads bei 300€ Budget im Monat überhaupt lohnen?", "600 €", "300 € im Monat ist das Budget für TikTok-Werbung zu knapp"),
    ("Bonjour Camille, j'ai une petite boutique, est-ce que 250 € par mois de budget suffisent pour TikTok Ads ?", "600 €", "250 € par mois, c'est trop peu"),
]


@pytest.mark.parametrize("note, floor, below", TIKTOK)
def test_tiktok_budget_says_the_monthly_floor(note: str, floor: str, below: str) -> None:
    text = sample_draft(note, headline="Gründerin", name="Anna Schmitt")
    assert floor in text and below in text


def test_tiktok_budget_italian() -> None:
    text = sample_draft("Ciao Camille, ho un piccolo negozio: quanto budget serve per TikTok Ads? Ne bastano 300 al mese?", headline="Titolare", name="Martina Rossi")
    assert "600 € al mese" in text and "20-30 €" not in text
