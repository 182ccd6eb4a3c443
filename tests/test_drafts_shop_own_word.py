"""'a small etsy shop for my candles': the wish says 'your Etsy shop for candles', never 'your etsy shop for my candles'."""

from invitriage.drafts.shop import shop_phrase


def test_own_possessive_dropped_and_platform_spelt() -> None:
    assert shop_phrase("i run a small etsy shop for my candles. any tips?", "", "en", informal=True) == "your Etsy shop for candles"
    assert shop_phrase("tengo una tienda online de mis velas", "", "es", informal=True) == "tu tienda online de velas"


def test_shop_without_possessive_unchanged() -> None:
    assert shop_phrase("I run a small online tea shop in Bristol and I'm trying to apply it.", "", "en", informal=True) == "your online tea shop"


def test_noteless_business_and_name_in_one_language() -> None:
    from drafting import sample_draft

    assert sample_draft("", headline="Head of Growth @ Nuvem Pagamentos", name="Gustavo Azevedo").startswith("Olá")
    assert sample_draft("", headline="Head of Growth @ Tandem Commerce", name="Chris Walker").startswith("Hello")
