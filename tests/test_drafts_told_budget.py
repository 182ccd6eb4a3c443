"""A monthly budget the sender told is the one her answer speaks of (wave 69, group A)."""

from __future__ import annotations

import pytest

from drafting import sample_draft


@pytest.mark.parametrize("note, want, gone", [
    ("Hi Camille, je webinar over Google Ads was top. Raad je bij een budget van €300 per maand eerder Google Shopping "
     "of Meta aan? Noor", "€ 300 per maand te verdelen", "Met één budget"),
    ("Hallo Camille, für meinen Onlineshop habe ich 400 € im Monat: lieber Google Shopping oder Meta Ads? Danke, Jonas",
     "Statt 400 € im Monat aufzuteilen", "Mit einem Budget"),
    ("Salut ! Ton post sur les erreurs de ciblage Meta Ads m'a trop parlé, tu conseillerais quoi pour un petit budget "
     "(300€/mois) ?", "environ 10 € par jour sur le mois", "10 à 20 €"),
    ("Hi Camille, saw your post about Meta Ads mistakes - I sell vintage clothes on Shopify with a tiny budget "
     "($200/month). Where should I start?", "about $7 a day over the month", "€10 to €20"),
    ("Ciao Camille, ho un piccolo negozio online e un budget di 200 € al mese: consigli per gli annunci Instagram?",
     "circa 7 € al giorno", "10-20 €"),
    ("Hoi Camille, ik heb een webshop en zo'n €250 per maand voor Instagram ads. Heb je advies?",
     "zo'n € 8 per dag", "€ 10 à € 20"),
])
def test_told_monthly_budget_is_answered(note, want, gone):
    text = sample_draft(note, name="Ana Ruiz")
    assert want in text and gone not in text


def test_no_budget_told_keeps_her_first_test_range():
    text = sample_draft("Hi Camille, Meta Ads with a small budget: any advice for my Shopify store?", name="Ana Ruiz")
    assert "€10 to €20 a day" in text
