"""Wave 139, group E: a doubled result thanked for is congratulated with its measure, never "how is your shop going?";
"would be cool to follow ur tips" is no request for a Meta-ads lecture; Etsy beside a shop of one's own (Shopify …)
gets the shop's SEO first steps, never "stay on Etsy first"."""

from __future__ import annotations

from drafting import sample_draft


def test_doubled_sales_thanked_are_congratulated_in_portuguese_and_english() -> None:
    # 139 E es_pt_it note-34: "consegui dobrar as vendas da minha loja … Só queria agradecer!!" got "Como está indo sua loja?"
    pt = sample_draft("Oi Camille! Fiz seu curso de Meta Ads ano passado e consegui dobrar as vendas da minha loja 🚀 "
                      "Só queria agradecer!!", headline="Fundadora da Bella Bijoux", name="Camila Souza")
    assert "Como está indo" not in pt and "O dobro de vendas: parabéns pelo resultado" in pt
    # 139 E en variant: "doubled my shop's sales" names the sales doubled
    en = sample_draft("Hi Camille! I did your Meta Ads course last year and doubled my shop's sales, just wanted to thank you!!",
                      headline="Founder at Bella Bijoux", name="Emma Stone")
    assert "Sales doubled: what a result, congratulations!" in en


def test_doubled_sales_in_french_stays_as_it_was() -> None:
    # 139 E must-not-change neighbour: the French doubled sales were already named
    fr = sample_draft("J'ai suivi ta formation Meta Ads l'an dernier et j'ai doublé les ventes de ma boutique, je voulais juste "
                      "te remercier !!", headline="Fondatrice de Bella Bijoux", name="Julie Petit")
    assert "Des ventes multipliées par deux : bravo pour ce résultat" in fr


def test_following_her_tips_gets_no_meta_ads_lecture() -> None:
    # 139 E fr_en note-37: "would be cool to follow ur tips" got the Meta small-budget test (Advantage+, €10 to €20 a day)
    en = sample_draft("saw ur post on facebook ads targeting mistakes lol so true. i do social for my cousin's bakery, would be "
                      "cool to follow ur tips", name="Tyler Brooks")
    assert "Advantage+" not in en and "€10 to €20" not in en
    assert "my post on Facebook Ads targeting mistakes" in en


def test_meta_ads_tips_asked_still_get_the_small_budget_answer() -> None:
    # 139 E must-not-change neighbour: tips asked for struggling Facebook ads keep the Meta answer
    en = sample_draft("Hi Camille, my Facebook ads for my bakery spend a lot and sell little. Any tips?", name="Mark Hill")
    assert "Meta ads can work on a small budget if kept simple" in en


def test_etsy_and_shopify_shop_gets_the_shop_seo_steps_not_stay_on_etsy() -> None:
    # 139 E de_nl note-13: "einen kleinen Etsy und Shopify Shop … kaum Besucher über Google" got "Ich würde erst bei Etsy bleiben"
    de = sample_draft("Hallo, ich hab seit 2 Jahren einen kleinen Etsy und Shopify Shop für handgemachten Schmuck aber ich "
                      "bekomme kaum Besucher über Google. Kannst du mir sagen womit ich anfangen soll? Danke!! Melanie",
                      headline="Gründerin @ Melis Schmuckwerk", name="Melanie Koch")
    assert "bei Etsy bleiben" not in de and "Produkt- und Kategorieseiten" in de and "Search Console" in de
    en = sample_draft("Hi Camille, I've had a small Etsy and Shopify shop for handmade jewellery for 2 years but I get hardly "
                      "any visitors from Google. Where should I start?", name="Emma Stone")
    assert "stay on Etsy" not in en and "Search Console" in en
    nl = sample_draft("Hoi Camille, ik heb een kleine Etsy- en Shopify-winkel met handgemaakte sieraden maar krijg bijna geen "
                      "bezoekers via Google. Waar moet ik beginnen?", name="Iris de Vries")
    assert "op Etsy blijven" not in nl and "Search Console" in nl


def test_etsy_only_shop_keeps_the_etsy_answer() -> None:
    # 139 E must-not-change neighbour: an Etsy shop alone keeps "Etsy first"
    de = sample_draft("Hallo, ich hab einen kleinen Etsy Shop für handgemachten Schmuck aber kaum Verkäufe. Womit soll ich anfangen?",
                      name="Lena Berg")
    assert "Ich würde erst bei Etsy bleiben" in de
