"""Wave 127, group Q: a starting Meta Ads budget asked per day gets the first-test budget, never Camille's rates and a
quote; the SEO-or-social-ads career advice reads as natural French."""

from __future__ import annotations

from drafting import sample_draft

_FR_BUDGET = "je compte environ 10 à 20 € par jour sur une seule campagne pendant un mois"


def test_daily_meta_budget_in_french_gets_the_first_test_budget_not_rates() -> None:
    # 128 fr_en note-15: "vous conseilleriez de commencer à combien par jour ?" answered with "Mes tarifs dépendent du projet"
    fr = sample_draft("Bonjour Camille, j'ai vu votre post sur le budget minimum pour les Meta Ads. Pour une petite boutique "
                      "Shopify, vous conseilleriez de commencer à combien par jour ? Merci ! Nadia", name="Nadia Roussel")
    assert "tarifs" not in fr and "devis" not in fr
    assert _FR_BUDGET in fr and "Si vous voulez creuser" in fr
    tu = sample_draft("Salut Camille, vu ton post sur le budget mini en Meta Ads. Pour ma petite boutique Shopify, tu me "
                      "conseillerais de démarrer à combien par jour ?", name="Julie Petit")
    assert "tarifs" not in tu and _FR_BUDGET in tu and "Si tu veux creuser" in tu


def test_daily_meta_budget_in_english_and_spanish_gets_the_first_test_budget() -> None:
    en = sample_draft("Hi Camille, saw your post on the minimum Meta Ads budget. For a small Shopify store, how much a day "
                      "would you suggest starting with?", name="Emma Stone")
    assert "My rates" not in en and "quote" not in en
    assert "I'd budget about €10 to €20 a day on a single campaign for a month" in en
    es = sample_draft("Hola Camille, vi tu post sobre el presupuesto mínimo en Meta Ads. Para una tienda Shopify pequeña, "
                      "¿con cuánto al día me aconsejarías empezar?", name="Lucía Gil")
    assert "calculo unos 10 a 20 € al día en una sola campaña" in es


def test_her_day_rate_asked_still_gets_a_call_about_the_project() -> None:
    # a neighbour that must not change: "vous prenez combien par jour ?" asks her price, not an ad budget
    fr = sample_draft("Bonjour Camille, je cherche une consultante SEO pour ma boutique. Vous prenez combien par jour ?",
                      name="Paul Dubois")
    assert "premier appel de 20 minutes" in fr and "10 à 20 €" not in fr


def test_seo_or_social_ads_career_advice_reads_naturally_in_french() -> None:
    # 128 fr_en note-5: "à qui aime créer, les chiffres", "Je choisirais celle qu'on préfère" (awkward French)
    for note, name in (("Bonjour Camille, je suis en BTS communication et j'hesite entre me specialiser en SEO ou en "
                        "social ads. Auriez vous un conseil ? Merci !! Lucas", "Lucas Moreau"),
                       ("Salut Camille, je suis étudiante en marketing et je n'arrive pas à choisir entre le SEO et les "
                        "social ads pour me spécialiser. Un conseil ?", "Léa Roux")):
        fr = sample_draft(note, name=name)
        assert "à qui aime" not in fr and "celle qu'on préfère" not in fr
        assert "Le SEO convient à ceux qui aiment écrire, structurer et patienter" in fr
        assert "Les réseaux sociaux et les ads, à ceux qui aiment créer, suivre les chiffres et tester vite." in fr
