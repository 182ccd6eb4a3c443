"""Wave 25, helper q25: a price question on an SEO audit answered with the owner's usual range (seo_audit_prices),
its band picked by the size the note gives, never "it depends on the size of the site" when the size is given."""

import pytest

from drafting import SAMPLE, sample_draft
from invitriage.drafts import priceq
from invitriage.settings import ConfigError, Settings


@pytest.mark.parametrize("note, wanted", [
    # French, products: the middle band, the depth of the analysis the only factor left
    ("Bonjour Camille, je voudrais connaître votre tarif pour auditer le SEO de notre boutique Shopify, environ 120 produits. Merci !",
     "entre 1 500 et 2 500 € HT"),
    # English, pages: the first band
    ("Hello Camille, how much would an SEO audit be for a small website of 20 pages? Thanks, Tom", "€800 to €1,200"),
    # German, a large site: the last band
    ("Guten Tag, was würde ein SEO-Audit für unseren Onlineshop mit ca. 900 Produkten kosten? Beste Grüße", "zwischen 3.000 und 5.000 €"),
    # Dutch, "tarieven" asked for in a wish ("ik ontvang graag")
    ("Beste Camille, ik ontvang graag uw tarieven voor een SEO-audit van onze site, zo'n 45 pagina's. Met vriendelijke groet, Joost",
     "tussen € 800 en € 1.200"),
    # Spanish, a price question closed with "gracias" is no thank-you note
    ("Hola Camille! ¿cuánto me costaría una auditoría SEO? La web tiene unas 200 páginas. Mil gracias", "entre 1500 y 2500 €"),
    # Italian
    ("Salve Camille, vorrei un preventivo per un audit SEO del nostro sito, circa 60 pagine. Grazie", "tra 1.500 e 2.500 €"),
])
def test_audit_price_with_size_gives_her_band(note: str, wanted: str) -> None:
    text = sample_draft(note)
    assert wanted in text, text
    # the size was given: never "depends on the size of the site" / "on the scope"
    for said in ("taille du site", "size of the site", "Größe der Website", "grootte van de", "tamaño de la web", "dimensioni del sito",
                 "périmètre", "scope", "Umfang", "omvang", "alcance", "portata"):
        assert said not in text, (said, text)


@pytest.mark.parametrize("note, wanted, factor", [
    ("Bonjour, c'est combien chez vous un audit SEO ? Merci", "entre 800 et 5 000 € HT", "selon la taille du site"),
    ("Olá Camille, quanto custa uma auditoria SEO? Obrigada", "entre 800 e 5000 €", "dimensão do site"),
])
def test_audit_price_without_size_gives_the_whole_range_and_the_size_as_factor(note: str, wanted: str, factor: str) -> None:
    text = sample_draft(note)
    assert wanted in text and factor in text, text


def test_ads_audit_is_not_priced_by_site_size() -> None:
    text = sample_draft("Hoi Camille, wat kost een audit van ons Google Ads account ongeveer? Groet, Pieter")
    assert "€" not in text, text


def test_no_range_without_the_setting() -> None:
    owner = Settings(**{**SAMPLE.__dict__, "seo_audit_prices": []})
    assert priceq.ballpark("fr", "un audit SEO", "200 produits", owner.seo_audit_prices) == ""


@pytest.mark.parametrize("raw", [
    [{"from": 800, "to": 1200}, {"from": 1500, "to": 2500}],  # up_to missing before the last band
    [{"up_to": 50, "from": 1200, "to": 800}, {"from": 3000, "to": 5000}],  # from above to
    [{"up_to": 300, "from": 800, "to": 1200}, {"up_to": 50, "from": 1500, "to": 2500}, {"from": 3000, "to": 5000}],  # not growing
    "800-1200",
])
def test_seo_audit_prices_validated(raw: object) -> None:
    with pytest.raises(ConfigError, match="seo_audit_prices"):
        Settings.from_mapping({"seo_audit_prices": raw})


def test_site_size_units_per_language() -> None:
    assert priceq.site_size("webshop met 1.500 producten") == (1500, "products")
    assert priceq.site_size("un sito di 35 pagine") == (35, "pages")
    assert priceq.site_size("a team of 8 people") == (0, "")


@pytest.mark.parametrize("note, yes, wanted", [
    ("Hi Camille, do you do SEO audits for small shops? And how much would one cost, roughly? Best, Ana", "Yes", "from €800 to €5,000"),
    ("Ciao Camille, fai audit SEO? Quanto costerebbe per un sito di 40 pagine? Grazie, Marco", "Sì", "tra 800 e 1.200 €"),
])
def test_yes_to_the_audit_then_her_range_in_its_own_sentence(note: str, yes: str, wanted: str) -> None:
    text = sample_draft(note)
    assert yes in text and wanted in text, text
    assert not any(f"!{c}" in text for c in "ABCDEFGHIJKLMNOPQRSTUVWXYZ"), text  # "audits!An SEO audit": a space after the yes
