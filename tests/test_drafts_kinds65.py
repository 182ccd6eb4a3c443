"""Wave 65 group C: a press quote request read as one; a panel shared with the owner never thanked as her piece."""
import pytest
from drafting import sample_draft


@pytest.mark.parametrize("note", [
    "Hallo Frau Laurent, ich schreibe für t3n einen Artikel über SEO-Trends in Europa und würde Sie gern kurz zitieren. Wären Sie zu einem 15-minütigen Telefonat bereit?",
    "Hallo, ich arbeite an einem Artikel über Content-Strategie für Gründerszene. Dürfte ich dich dazu kurz zitieren?",
])
def test_quote_request_is_no_sales_pitch_de(note: str) -> None:
    text = sample_draft(note, headline="Redakteur", name="Daniel Schmitt")
    assert "Angebot" not in text and "keinen Bedarf" not in text
    assert "gern" in text


def test_quote_request_is_no_sales_pitch_nl() -> None:
    text = sample_draft("Hallo Camille, ik schrijf voor Emerce een stuk over SEO in 2025 en zou u graag even citeren. Heeft u deze week 15 minuten?",
                        headline="Redacteur Emerce", name="Eva Maier")
    assert "Graag" in text and "geen behoefte" not in text.lower()


@pytest.mark.parametrize("note, said, gone", [
    ("Hi Camille, we were on the same panel at the Lyon e-commerce meetup. Really enjoyed your take on TikTok ads. Hope to cross paths again!",
     "at the Lyon e-commerce meetup", "kind words on the panel"),
    ("Hi Camille, great to have shared the same panel at the Paris growth summit with you. Loved your take on SEO!",
     "kind words", "about the panel"),
    ("Bonjour Camille, nous étions sur le même panel au salon E-commerce Paris. J'ai beaucoup aimé votre regard sur les pubs TikTok !",
     "compliment", "mon intervention"),
    ("Hola Camille, estuvimos en la misma mesa redonda en el Web2Day de Nantes. ¡Me encantó tu visión sobre SEO local!",
     "gracias por tus palabras", "mi charla"),
])
def test_shared_panel_is_no_piece_of_hers(note: str, said: str, gone: str) -> None:
    text = sample_draft(note, headline="E-commerce Lead", name="Tom Richardson")
    assert said in text and gone not in text
    assert "at the Lyon," not in text
