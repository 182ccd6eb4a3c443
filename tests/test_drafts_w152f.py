"""Wave 152 F: budget and ads answers that fit the question. A monthly budget told with a budget word between the amount
and the month ("200€ Budget im Monat", "250 € de presupuesto al mes") is the budget the Meta advice is fitted to, never
"10 to 20 € a day"; a career changer who names the field left ("migrar de atendimento ao cliente para marketing digital",
"move from retail into digital marketing") asking "Google Ads or SEO first?" gets the learner's answer, never a shop's."""

from __future__ import annotations

import pytest

from drafting import sample_draft
from invitriage.drafts.budget import monthly_budget


@pytest.mark.parametrize("note, told", [
    ("ich frage mich, ob sich Instagram-Ads für mich überhaupt lohnen bei 200€ Budget im Monat", (200, "€")),
    ("tengo 250 € de presupuesto al mes para anuncios en Instagram", (250, "€")),
    ("with a $150 ad budget per month, are Facebook ads worth it?", (150, "$")),
    ("j'ai payé 300 € de budget pour une formation", None),
])
def test_monthly_budget_with_a_budget_word_between(note, told):
    assert monthly_budget(note) == told


@pytest.mark.parametrize("note, name, fitted, lang_range", [
    ("Hallo Camille, ich bin Gründerin eines kleinen Etsy-Shops (handgemachter Schmuck) und frage mich, ob sich "
     "Instagram-Ads für mich überhaupt lohnen bei 200€ Budget im Monat. Was meinst du? Liebe Grüße, Mia", "Mia Schmitt",
     "200 € im Monat", "10 bis 20 €"),
    ("Hola Camille, tengo una tienda online de velas y unos 240 € de presupuesto al mes. ¿Vale la pena hacer anuncios "
     "en Instagram?", "Lucía Gómez", "240 € al mes", "10 a 20 €"),
    ("Hi Camille, I sell handmade soap online with a $210 budget a month. Are Instagram ads worth it for me?",
     "Jess Palmer", "$210 a month", "€10 to €20"),
])
def test_meta_advice_fits_the_monthly_budget_told(note, name, fitted, lang_range):
    text = sample_draft(note, name=name)
    assert fitted in text and lang_range not in text


def test_a_budget_far_above_her_test_keeps_her_range():
    text = sample_draft("Hallo Camille, ich habe 1500 € Budget im Monat. Lohnen sich Instagram-Ads für meinen Shop?",
                        name="Jonas Berg")
    assert "10 bis 20 €" in text


@pytest.mark.parametrize("note, name, headline, answer", [
    ("Oi Camille, fui demitida mês passado e quero migrar de atendimento ao cliente para marketing digital. Por onde você "
     "recomenda começar: Google Ads ou SEO? Valeu demais!", "Aline Barbosa", "Buscando recolocação | Marketing Digital",
     "Os dois são bons caminhos"),
    ("Hi Camille, I was laid off last month and want to move from retail into digital marketing. Where should I start: "
     "Google Ads or SEO?", "Tom Reed", "", "Both are good paths"),
    ("Bonjour Camille, je veux passer de la vente au marketing digital. Tu me conseilles de commencer par Google Ads ou "
     "le SEO ?", "Hugo Martin", "", "D'expérience"),
])
def test_career_changer_naming_the_old_field_gets_the_learner_answer(note, name, headline, answer):
    text = sample_draft(note, headline=headline, name=name)
    assert answer in text
    assert "product pages" not in text and "páginas de produto" not in text and "fiches produits" not in text


def test_a_shop_asking_google_ads_or_seo_keeps_the_shop_answer():
    text = sample_draft("Hi Camille, I run a small candle shop. Where should I start: Google Ads or SEO?", name="Ana Costa")
    assert "SEO basics on the product pages" in text
