"""Wave 132, group B: a direct "A or B?" question gets that choice answered: Meta or TikTok for a bakery is weighed for
a local business (never clothes), and "SEO ou pub ?" after Instagram posts that don't work weighs SEO against ads,
never "start with Instagram"."""

from __future__ import annotations

from drafting import sample_draft


def test_meta_or_tiktok_for_a_bakery_never_talks_clothes_or_catalogue() -> None:
    # 132 b fr_en note-19 (draft_review138): "pour des vêtements", "pubs catalogue" to a bakery
    fr = sample_draft("Bonjour Camille, j'ai suivi votre formation \"Social ads pour TPE\" chez Lyon Entreprendre en octobre, "
                      "merci encore ! J'ai une question : vaut-il mieux commencer par Meta ou TikTok pour une boulangerie ? "
                      "Bien à vous, Nicolas", headline="Boulanger – Fondateur Pain & Co", name="Nicolas Morel")
    assert "Pour un commerce, je commencerais par Meta" in fr
    assert "vêtements" not in fr and "catalogue" not in fr
    en = sample_draft("Hi Camille, quick question: Meta or TikTok ads first for my bakery?", name="Tom Baker")
    assert "For a shop or a local business I'd start with Meta" in en and "catalogue" not in en
    es = sample_draft("Hola Camille, ¿empiezo con Meta o TikTok para mi panadería?", name="Lucía Gil")
    assert "Para un comercio empezaría con Meta" in es and "catálogo" not in es


def test_seo_or_ads_after_instagram_posts_weighs_seo_against_ads() -> None:
    # 132 b fr_en note-11 (draft_review139): "SEO ou pub ?" answered "Je commencerais par Instagram"
    fr = sample_draft("Bonjour Camille, j'ai une boutique de cosmétiques bio sur Shopify, le trafic stagne depuis 6 mois "
                      "malgré mes posts Insta. Par où commenceriez-vous ? SEO ou pub ?",
                      headline="Fondatrice - Nature & Éclat", name="Manon Petit")
    assert "Je commencerais par Instagram" not in fr and "Entre Instagram et SEO" not in fr
    assert "La pub amène des visites" in fr and "le SEO demande trois à six mois" in fr
    en = sample_draft("Hi Camille, my organic skincare Shopify store has flat traffic for 6 months despite my Instagram "
                      "posts. Where would you start? SEO or ads?", name="Emma Stone")
    assert "start with Instagram" not in en and "Ads bring visits from day one" in en


def test_seo_or_instagram_asked_side_by_side_still_gets_the_pick() -> None:
    # 132 b neighbour that must not change: SEO and Instagram both named in the question are the choice asked
    nl = sample_draft("Hoi Camille, SEO of Instagram: waar zou jij beginnen?", name="Sanne Visser")
    assert "SEO en Instagram kosten allebei vooral tijd" in nl
    fr = sample_draft("Bonjour Camille, pour ma boutique, SEO ou Instagram : par où commencer ?", name="Julie Petit")
    assert "Je commencerais par Instagram" in fr


def test_two_tools_weighed_in_dutch_read_grammatically() -> None:
    # 132 b de_nl note-40 (draft_review138): "allebei goede tools … waarvoor je hem gebruikt" ("hem" for two tools)
    nl = sample_draft("Hoi Camile, ik begin volgend jaar aan een opleiding marketing, welke tools moet ik eerst leren?? "
                      "Google Analytics of Canva ofzo? Thanks!! Groetjes Sophie",
                      headline="Scholier | toekomstig marketingstudent", name="Sophie de Vries")
    assert "Het zijn allebei goede tools" in nl and "waarvoor je ze wilt gebruiken" in nl and "hem" not in nl
