"""Wave 131, group F: advice answers that read as an answer. "Which metrics first?" gets short full sentences (no "Lo
mantengo sencillo" calque); someone already in a social media job who wants to specialise in SEO gets SEO first steps
(never what recruiters want to see); the biggest beginner mistake with Instagram ads gets the Meta ads advice (never
free SEO and organic tips); a note-less English headline naming a Lyon business, from a sender whose name is of a third
language, gets English."""

from __future__ import annotations

from drafting import sample_draft
from invitriage.drafts.notefacts import reply_language


def test_which_metrics_first_reads_as_a_clear_answer() -> None:
    # 137 es_pt_it note-5: "Lo mantengo sencillo: UTM en cada enlace, …" (a calque, one run-on sentence)
    es = sample_draft("Hola Camille, acabo de empezar como community manager junior y me cuesta medir el ROI de las "
                      "campañas en Instagram. ¿Que métricas recomendarías mirar primero? Gracias de antemano, Irene",
                      name="Irene Navarro")
    assert "Lo mantengo sencillo" not in es
    assert "Primero, las ventas o leads de cada campaña: UTM en cada enlace" in es
    # 137 es_pt_it note-5, the same question in English, Italian and Dutch
    en = sample_draft("Hi Camille, I just started as a junior community manager and I struggle to measure ROI on Instagram "
                      "campaigns. Which metrics would you check first? Thanks, Amy", name="Amy Clark")
    assert "First, the sales or leads each campaign brings" in en
    it = sample_draft("Ciao Camille, ho appena iniziato come community manager junior e faccio fatica a misurare il ROI "
                      "delle campagne su Instagram. Quali metriche mi consigli di guardare per prime? Grazie, Giulia",
                      name="Giulia Rossi")
    assert "Resto semplice" not in it and "Prima le vendite o i lead di ogni campagna" in it
    nl = sample_draft("Hoi Camille, ik ben net begonnen als junior community manager en vind het lastig de ROI van "
                      "Instagram-campagnes te meten. Welke metrics zou jij eerst bekijken? Dank je, Sanne", name="Sanne de Vries")
    assert "Ik houd het eenvoudig" not in nl and "Eerst de verkopen of leads per campagne" in nl


def test_employed_social_media_manager_specialising_in_seo_gets_seo_first_steps() -> None:
    # 137 es_pt_it note-49: "si installa GA4 … quello che i selezionatori vogliono vedere" to someone already employed
    it = sample_draft("ciao camille, lavoro da 6 mesi come social media manager junior e vorrei specializzarmi in SEO. da "
                      "dove mi consigli di partire? grazie!! Sara", name="Sara Bianchi")
    assert "selezionatori" not in it and "GA4" not in it
    assert "guida SEO gratuita di Google" in it
    # 137 es_pt_it note-49, the same situation in French, English and Dutch (before: "tell me where you stand")
    fr = sample_draft("salut camille, je bosse depuis 6 mois comme social media manager junior et j'aimerais me "
                      "spécialiser en SEO. par où tu me conseilles de commencer ? merci ! Chloé", name="Chloé Martin")
    assert "guide SEO gratuit de Google" in fr and "Dis-moi où tu en es" not in fr
    en = sample_draft("hi camille, I've been working as a junior social media manager for 6 months and I'd like to "
                      "specialise in SEO. where would you recommend I start? thanks! Kate", name="Kate Hill")
    assert "Google's free SEO guide" in en and "where you stand" not in en
    nl = sample_draft("hoi camille, ik werk sinds 6 maanden als junior social media manager en wil me specialiseren in "
                      "SEO. waar zou je beginnen? bedankt! Fleur", name="Fleur Jansen")
    assert "gratis SEO-gids van Google" in nl and "bellen" not in nl


def test_retraining_into_seo_still_gets_its_direct_yes() -> None:
    # must-not-change neighbour (b43): a laid-off community manager retraining into SEO keeps the direct yes
    en = sample_draft("Hi Camille, I was laid off after 4 years as a community manager. Is it worth learning SEO to retrain?")
    assert "Yes, with your background" in en


def test_biggest_beginner_mistake_with_insta_ads_gets_the_meta_ads_advice() -> None:
    # 136 de_nl note-28: "Begin het liefst met wat niets kost: producttitels …" (SEO and organic tips for an ads question)
    nl = sample_draft("hoi camille, ik heb een kleine webshop in handgemaakte kaarsen en mijn insta ads leveren bijna niks "
                      "op :( wat is volgens jou de grootste fout die beginners maken met social ads?",
                      headline="Oprichter @ Lichtpuntje Kaarsen", name="Eva de Boer")
    assert "producttitels" not in nl and "een verkoopcampagne, geen traffic" in nl
    # 136 de_nl note-28, the same question in English, Spanish and Italian
    en = sample_draft("hi camille, I run a small webshop selling handmade candles and my insta ads barely bring anything :( "
                      "what's the biggest mistake beginners make with social ads?", headline="Founder @ Glow Candles",
                      name="Emma Stone")
    assert "product titles" not in en and "a sales campaign, not traffic" in en
    es = sample_draft("hola camille, tengo una pequeña tienda online de velas artesanales y mis anuncios de insta casi no "
                      "dan nada :( ¿cuál es para ti el mayor error de los principiantes con los anuncios en redes?",
                      headline="Fundadora @ Velas Luz", name="Carmen Ruiz")
    assert "una campaña de ventas, no de tráfico" in es and "Cuéntame en qué punto estás" not in es
    it = sample_draft("ciao camille, ho un piccolo shop online di candele artigianali e le mie inserzioni su insta non "
                      "rendono quasi niente :( qual è secondo te l'errore più grande dei principianti con le ads sui social?",
                      headline="Fondatrice @ Candele Luce", name="Chiara Conti")
    assert "una campagna vendite, non traffico" in it and "che budget hai" not in it


def test_english_headline_with_a_lyon_business_from_a_german_name_gets_english() -> None:
    # 136 fr_en demo-3109: "Founder | La Cave de Fourvière – eco-friendly homeware" from Markus Schmidt answered in French
    headline = "Founder | La Cave de Fourvière – eco-friendly homeware"
    assert reply_language("", None, headline, "fr", "Markus Schmidt") == "en"
    text = sample_draft("", headline=headline, name="Markus Schmidt")
    assert text.startswith("Hello Markus") and "Merci" not in text
    # must-not-change neighbour: a French name with the same headline keeps French (round 56)
    assert sample_draft("", headline=headline, name="Claire Martin").startswith("Bonjour Claire")
