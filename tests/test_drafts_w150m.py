"""Wave 150, group M: a client hiring her for an audit who asks her usual rate for it gets the settings' audit range,
in every language, never only a call."""

from __future__ import annotations

from drafting import sample_draft

_RANGE_EN = "I usually charge €800 to €5,000 excl. VAT for an SEO audit"


def test_typical_rate_for_an_audit_from_a_hiring_client_gets_the_audit_range_in_english() -> None:
    # 174 fr_en note-39: "What's your typical rate for an audit?" answered with a bare call
    en = sample_draft("Hi Camille, I'm Head of Growth at a SaaS startup in Berlin. We're looking for a consultant to audit our "
                      "content strategy and SEO. What's your typical rate for an audit?", headline="Head of Growth @ Taskloop",
                      name="Lukas Weber")
    assert _RANGE_EN in en and "20-minute call" in en
    fee = sample_draft("Hi Camille, we're looking for a consultant to audit our SEO. What's your usual fee for an audit?",
                       headline="Head of Marketing", name="Anna Berg")
    assert _RANGE_EN in fee


def test_usual_rate_for_an_audit_from_a_hiring_client_gets_the_range_in_other_languages() -> None:
    # 174 fr_en note-39 (same situation in fr, es, de, nl)
    fr = sample_draft("Bonjour Camille, nous cherchons un consultant pour auditer notre stratégie de contenu et notre SEO. "
                      "Quel est votre tarif habituel pour un audit ?", headline="Head of Growth", name="Luc Martin")
    assert "entre 800 et 5 000 € HT" in fr and "votre" in fr
    es = sample_draft("Hola Camille, buscamos un consultor para auditar nuestro SEO. ¿Cuál es tu tarifa habitual para una "
                      "auditoría?", headline="Head of Growth", name="Luis Gómez")
    assert "Por una auditoría SEO suelo cobrar entre 800 y 5000 €" in es
    de = sample_draft("Hallo Camille, wir suchen eine Beraterin für ein SEO-Audit. Was ist Ihr üblicher Preis für ein Audit?",
                      headline="Head of Growth", name="Lukas Bauer")
    assert "zwischen 800 und 5.000 € zzgl. MwSt." in de and "Ihre" in de
    nl = sample_draft("Hoi Camille, we zoeken een consultant voor een SEO-audit. Wat is je gebruikelijke tarief voor een audit?",
                      headline="Head of Growth", name="Daan Smit")
    assert "tussen € 800 en € 5.000 excl. btw" in nl


def test_day_rate_asked_by_a_recruiter_is_not_an_audit_range() -> None:
    # 174 fr_en note-39 neighbour (must not change): a day rate for freelance work, no audit named, never the audit range
    en = sample_draft("Hi Camille, we're hiring a content marketing manager in Lyon. What's your day rate for freelance work?",
                      headline="Recruiter", name="Tom Hill")
    assert "for an SEO audit" not in en and "The price depends on the scope of the work." in en


def test_laid_off_marketer_asking_about_the_job_market_for_english_speakers_gets_market_advice() -> None:
    # 175 fr_en note-30: "the French job market for English-speaking marketers" answered with "I work in French and
    # English" and a client call
    en = sample_draft("Hi Camille, I was laid off last month after 6 years as a content marketer in Dublin, and I'm moving to "
                      "Lyon. Any advice on the French job market for English-speaking marketers?\nThanks, Aoife",
                      headline="Content Marketer | Open to work", name="Aoife Byrne")
    assert "Welcome to the Jungle" in en and "For English speakers" in en
    assert "I work in French and English" not in en and "20-minute call" not in en and "your needs" not in en
    de = sample_draft("Hallo Camille, mir wurde letzten Monat gekündigt, ich ziehe nach Lyon. Hast du Tipps zum französischen "
                      "Arbeitsmarkt für englischsprachige Marketer?", headline="Content Marketerin | Open to work", name="Anna Vogel")
    assert "Welcome to the Jungle" in de and "Französisch oder Englisch" not in de


def test_english_speaking_clients_still_get_her_languages() -> None:
    # 175 fr_en note-30 neighbour (must not change): a language asked about her own work keeps its plain yes
    en = sample_draft("Hi Camille, do you work with English-speaking clients?", headline="Founder", name="Tom Hill")
    assert "Yes, I work in English too." in en


def test_brain_picked_over_a_coffee_on_me_gets_a_yes_to_the_coffee() -> None:
    # 174 fr_en note-38: "pick your brain on Instagram ads sometime, coffee on me!" redirected to "send your questions here"
    en = sample_draft("Hey Camille, we were both at the Lyon Startup Week pitch night, I was the guy with the plant subscription "
                      "box 🌱 Would love to pick your brain on Instagram ads sometime, coffee on me!", headline="Founder, LeafBox",
                      name="Ryan Cole")
    assert "Happy to grab a coffee!" in en and "send your questions" not in en
    local = sample_draft("Hi Camille, I run a small bakery in Lyon and would love to pick your brain on Instagram ads, coffee's on me!",
                         headline="Owner, Bakery", name="Sam Reed")
    assert "coffee" in local and "send your questions" not in local
    fr = sample_draft("Salut Camille, on s'est croisés au Lyon Startup Week, je serais ravi d'avoir ton avis sur les pubs "
                      "Instagram, je t'offre un café !", headline="Fondateur, LeafBox", name="Hugo Petit")
    assert "autour d'un café" in fr


def test_a_few_questions_without_a_coffee_still_get_send_your_questions() -> None:
    # 174 fr_en note-38 neighbour (must not change): brain picked with no coffee, the questions asked here
    en = sample_draft("Hi Camille, would love to pick your brain on Instagram ads sometime!", headline="Founder", name="Sam Reed")
    assert "coffee" not in en


def test_ads_burning_cash_before_a_launch_get_the_ads_advice_not_a_shop_link() -> None:
    # 174 fr_en note-25: "launching my skincare e-shop in March and my ads are burning cash" got "Congrats on the launch!
    # Send me the link to your shop"
    en = sample_draft("Hey Camille! Sarah Jenkins told me you're the go-to person for Meta ads. I'm launching my skincare e-shop "
                      "in March and my ads are burning cash 😅 would love your thoughts", headline="Founder, Glow Botanics",
                      name="Priya Shah")
    assert "a sales campaign, not traffic" in en
    assert "Congrats on the launch" not in en and "link to your shop" not in en
    fr = sample_draft("Salut Camille ! Julie m'a dit que tu étais LA personne pour les pubs Meta. Je lance ma boutique en ligne "
                      "en mars et mes pubs Facebook brûlent mon budget 😅 ton avis ?", headline="Fondatrice, Glow", name="Léa Roux")
    assert "une campagne de ventes, pas de trafic" in fr and "Bravo pour le lancement" not in fr


def test_shop_just_launched_still_gets_congrats_and_a_look() -> None:
    # 174 fr_en note-25 neighbour (must not change): a shop launched and a look asked, no ads named
    en = sample_draft("Hi Camille, just launched my shop, would love your honest feedback when you get a sec",
                      headline="Founder", name="Mia Clark")
    assert "Congrats on the launch! Send me the link to your shop here" in en
