"""Wave 141, group A: a small shop asking where to start (SEO, Instagram, Google or Amazon) gets a priority answer, never
Instagram's own search; Performance Max or Search on a small budget gets Search first, never Merchant Center jargon; is the
Google Business Profile worth it for a small local shop gets a yes (free, Google Maps), never product-page SEO."""

from __future__ import annotations

from drafting import sample_draft


def test_pmax_or_search_on_a_small_budget_gets_search_first() -> None:
    # 141 fr_en note-15 (round 158): "Performance Max ou Search pour un petit budget (500€/mois) ?" got Shopping and Merchant Center
    fr = sample_draft("Bonjour Camille, j'ai suivi votre formation Google Ads chez CCI Lyon en octobre, merci encore ! Petite "
                      "question : vous conseillez plutôt des campagnes Performance Max ou Search pour un petit budget "
                      "(500€/mois) ?", headline="Gérante - Fleurs & Co", name="Hélène Martin")
    assert "je commencerais par Search sur quelques mots-clés précis" in fr and "Merchant Center" not in fr, fr
    en = sample_draft("Hi Camille, I attended your Google Ads workshop, thanks! Quick question: would you recommend Performance "
                      "Max or Search campaigns for a small budget (500€/month)?", headline="Owner - Bloom Florist", name="Emma Jones")
    assert "I'd start with Search on a few precise keywords" in en and "Merchant Center" not in en, en
    de = sample_draft("Hallo Camille, würden Sie für ein kleines Budget (500€/Monat) eher Performance Max oder Search-Kampagnen "
                      "empfehlen?", headline="Inhaberin Blumen Lenz", name="Petra Lenz")
    assert "würde ich mit Search auf wenigen genauen Keywords starten" in de, de
    nl = sample_draft("Hoi Camille, zou je Performance Max of Search-campagnes aanraden voor een klein budget (500€/maand)?",
                      headline="Eigenaar Bloemen Bij Ans", name="Ans de Vries")
    assert "zou ik beginnen met Search op een paar precieze zoekwoorden" in nl, nl
    it = sample_draft("Ciao Camille, mi consiglia campagne Performance Max o Search per un budget piccolo (500€/mese)?",
                      headline="Titolare Fiori di Anna", name="Anna Bianchi")
    assert "partirei da Search su poche parole chiave precise" in it, it


def test_a_shop_going_online_asking_where_to_start_gets_the_priority_answer() -> None:
    # 141 es_pt_it note-15 (round 158): "SEO, Instagram, Google... ¿Qué me recomiendas priorizar?" got Instagram's own search
    es = sample_draft("Hola! Tengo una pequeña tienda de ropa en Madrid y quiero empezar a vender online. No se por donde "
                      "empezar, SEO, Instagram, Google... ¿Qué me recomiendas priorizar?",
                      headline="Dueña de La Percha Vintage", name="Sofía García")
    assert "Lo mejor es empezar por lo que no cuesta nada" in es and "Instagram si los clientes están ahí" in es, es
    assert "El buscador de Instagram" not in es
    # 141 es_pt_it note-58 (round 158): "SEO, Instagram o Amazon? Cosa mi consiglia?" got Instagram's own search
    it = sample_draft("Salve, ho un negozio di ceramiche a Caltagirone e vorrei iniziare a vendere online. Non so da dove "
                      "partire, SEO, Instagram o Amazon? Cosa mi consiglia?",
                      headline="Titolare di Ceramiche Artistiche Sicule", name="Salvatore Russo")
    assert "Amazon o Etsy dopo" in it and "La ricerca di Instagram" not in it, it
    # 141 A variants: French tu (no "vous" in the answer), German, Portuguese
    fr = sample_draft("Salut Camille, j'ai une petite boutique de bougies à Annecy, je veux vendre en ligne. SEO, Instagram ou "
                      "Amazon, tu me conseilles quoi en premier ?", headline="Fondatrice Bougies du Lac", name="Léa Roux")
    assert "Le mieux est de commencer par ce qui ne coûte rien" in fr and "Amazon ou Etsy ensuite" in fr, fr
    assert " vous " not in fr and " vos " not in fr
    de = sample_draft("Hallo, ich habe einen kleinen Laden für Keramik in Freiburg und möchte online verkaufen. Ich weiß "
                      "nicht, wo ich anfangen soll: SEO, Instagram oder Amazon? Was empfehlen Sie?",
                      headline="Inhaberin Keramik Freiburg", name="Anna Weber")
    assert "Am besten fängt man mit dem an, was nichts kostet" in de and "Instagram-Suche" not in de, de
    pt = sample_draft("Olá, tenho uma pequena loja de roupa em Braga e quero começar a vender online. Não sei por onde "
                      "começar: SEO, Instagram ou Google? O que me aconselha?", headline="Dona da Loja Braga", name="Inês Costa")
    assert "O melhor é começar pelo que não custa nada" in pt and "produto tão visual" not in pt, pt


def test_is_the_google_business_profile_worth_it_for_a_small_sweet_shop() -> None:
    # 141 es_pt_it note-23 (round 158): "vale a pena investir em Google Meu Negócio?" got product and category page SEO
    br = sample_draft("Oi Camille, tudo bem? Vi seu post sobre SEO local e adorei! Tenho uma lojinha de doces em Curitiba e "
                      "queria saber se vale a pena investir em Google Meu Negócio. Abraço!",
                      headline="Fundadora da Doce Vó Confeitaria", name="Juliana Alves")
    assert "Sim, o SEO vale a pena para um negócio local" in br and "Google Maps" in br, br
    assert "páginas de produto e de categoria" not in br
    en = sample_draft("Hi Camille, I run a small sweet shop in York. Is a Google Business Profile worth it for me?",
                      headline="Owner of Sweet Treats", name="Lucy Hall")
    assert "a complete Google Business Profile" in en and "Google Maps" in en and "tell me a little about your business" not in en, en
    de = sample_draft("Hallo Camille, ich habe einen kleinen Süßwarenladen in Köln. Lohnt sich ein Google Unternehmensprofil "
                      "für mich?", headline="Inhaberin Süßes Köln", name="Julia Becker")
    assert "kostenloses Google-Unternehmensprofil" in de, de
    nl = sample_draft("Hoi Camille, ik heb een klein snoepwinkeltje in Gent. Is een Google Bedrijfsprofiel de moeite waard?",
                      headline="Eigenaar Snoep Gent", name="Lotte Peeters")
    assert "gratis Google Bedrijfsprofiel" in nl, nl


def test_instagram_search_questions_keep_their_answer() -> None:
    # 141 A neighbour (must not change): "is SEO on Instagram a thing?" keeps Instagram's own search
    en = sample_draft("Hi Camille, is SEO on Instagram a thing? Do hashtags still help my small shop's profile?",
                      headline="Owner of Lune Jewelry", name="Nina Patel")
    assert "Instagram's own search is real, but it isn't Google SEO" in en, en
    fr = sample_draft("Bonjour Camille, le SEO sur Instagram, ça existe vraiment ? Les hashtags servent encore ?",
                      headline="Créatrice Bijoux Lune", name="Nina Petit")
    assert "Instagram a bien sa propre recherche" in fr, fr
    # 141 A neighbour (must not change): Performance Max or standard Shopping for a small catalogue keeps Shopping first
    sh = sample_draft("Hi Camille, for my small online shop with 40 products, Performance Max or standard Shopping?",
                      headline="Founder - Clay Co", name="Paul Smith")
    assert "standard Shopping" in sh and "Performance Max needs data" in sh, sh
