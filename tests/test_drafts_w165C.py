"""Wave 165 C: a request the note makes is answered, never a generic "how is your shop going?" — a referral naming her
Meta Ads (where to start, the person to ask, a reference to talk to) gets the need named and a call; a stated need names the
call's topic ("a call about your Facebook and Instagram ads"); a coffee hoped for is taken up; "ce serait top d'échanger"
is a call asked; a site being launched gets luck wished, never "how is the project going?"."""
from __future__ import annotations

from drafting import sample_draft


def test_referral_where_to_start_with_meta_gets_need_and_call() -> None:
    # 211 es_pt_it note-48
    it = sample_draft("Buongiorno Camille, mi ha dato il Suo nome Marco Ferri di Digital Lab Milano, dicendomi che è bravissima con le "
                      "campagne Meta. Ho un piccolo e-commerce di ceramiche e vorrei capire da dove partire.",
                      headline="Titolare di Ceramiche Vietresi Online", name="Davide Esposito")
    assert "Meta" in it.split("Marco Ferri", 1)[1] and "Come sta andando" not in it and "20 minuti" in it, it
    own = sample_draft("Ciao Camille, Giulia Neri mi ha parlato di te per le campagne Facebook. Ho un negozio online di borse e vorrei "
                       "capire da dove partire.", name="Sara Conti")
    assert "Facebook" in own.split("Giulia Neri", 1)[1] and "Come sta andando" not in own, own


def test_referral_person_to_ask_about_meta_ads_is_a_need() -> None:
    # 211 es_pt_it note-4
    es = sample_draft("Hola Camille, Pedro Sánchez de Cuatrecasas Digital me habló de ti y me dijo que eres la persona a quien preguntar "
                      "sobre campañas de Meta Ads para e-commerce. Me encantaría conectar.",
                      headline="CEO en Zapatería Online Paso Firme", name="Andrés Vidal")
    assert "anuncios en Meta" in es and "para conocernos" not in es, es
    en = sample_draft("Hi Camille, Laura Green told me you're the person to ask about Instagram ads. I run a small candle shop online.",
                      name="Peter Hall")
    assert "Instagram" in en.split("Laura Green", 1)[1] and "call" in en, en


def test_referral_reference_in_meta_ads_with_wish_to_talk() -> None:
    # 211 es_pt_it note-26
    pt = sample_draft("Oi Camille, tudo bem? A Fernanda Lima da Agência Ponto me indicou seu nome, disse que você é referência em Meta Ads. "
                      "Tenho uma loja de cosméticos online e queria trocar uma ideia.",
                      headline="Dona da Bella Pele Cosméticos", name="Camila Rocha")
    assert "Meta" in pt.split("Fernanda Lima", 1)[1] and "Como está indo" not in pt and "20 minutos" in pt, pt
    assert pt.count("gradeço") == 1, pt


def test_stated_need_names_the_call_topic() -> None:
    # 210 fr_en note-27
    en = sample_draft("Hello Camille, Pierre Rousseau from Digital Lyon suggested I reach out. I run a small ceramics e-shop and need help "
                      "with Facebook and Instagram ads. Do you work with English-speaking clients?",
                      headline="Founder - Clay & Co Ceramics", name="Hannah Brooks")
    assert "call about your Facebook and Instagram ads" in en and "your needs" not in en, en


def test_coffee_hoped_for_is_taken_up() -> None:
    # 211 fr_en note-41
    en = sample_draft("Hi Camille, we met at the Lyon French Tech meetup in September — I was the one with the sustainable sneakers "
                      "startup. Hope to catch up soon over coffee!", name="Sophie Turner")
    assert "coffee" in en.split("September", 1)[1] and "How's the startup" not in en, en
    es = sample_draft("Hola Camille, coincidimos en el meetup de marketing de Lyon en octubre, yo era la de la app de recetas. "
                      "¡A ver si nos ponemos al día pronto con un café!", name="Lucía Romero")
    assert "café" in es and "En qué estás trabajando" not in es, es


def test_impersonal_wish_to_exchange_is_a_call() -> None:
    # 211 fr_en note-16
    fr = sample_draft("Bonjour, j'ai lu votre post sur la fin des cookies tiers, très pertinent. Je travaille aussi sur le sujet chez "
                      "Criteo, ce serait top d'échanger.", name="Romain Chevalier")
    assert "je suivrai votre travail" not in fr and "20 minutes" in fr, fr
    own = sample_draft("Bonjour Camille, votre article sur le consentement RGPD m'a beaucoup parlé. Je suis DPO dans une agence web, "
                       "ça serait super d'en discuter.", name="Marc Dubois")
    assert "20 minutes" in own, own


def test_site_launching_gets_luck_wished() -> None:
    # 211 es_pt_it note-57
    it = sample_draft("ciao camille ci siamo visti al workshop di content marketing a Lione a febbraio, ero quello con il progetto di "
                      "gelateria artigianale 🍦 Sto lanciando il sito, ti faccio sapere!", headline="Fondatore di Gelato Nomade",
                      name="Andrea Greco")
    assert "In bocca al lupo per il lancio" in it and "Come sta andando" not in it, it
    en = sample_draft("Hi Camille, we met at the SEO meetup in Lyon in May, I was the one with the project for a vegan bakery. "
                      "I'm launching the website next week, will keep you posted!", name="Emma Clark")
    assert "Good luck with the launch" in en and "How's the project" not in en, en


def test_neighbours_keep_their_drafts() -> None:
    # a project named with no launch is still asked after; a past coffee is no coffee offered
    it = sample_draft("ciao camille ci siamo visti al workshop a Lione, ero quello con il progetto di app per ristoranti 🍝",
                      name="Luca Bianchi")
    assert "Come sta andando il progetto" in it, it
    en = sample_draft("Hi Camille, we chatted over coffee at the SEO meetup in Lyon last week. Great to connect!", name="Tom Baker")
    assert "grab a coffee" not in en, en
