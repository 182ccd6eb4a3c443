"""Wave 114, group A: direct questions answered by name (the Google Business Profile without premises or weighed
against ads, …)."""

from __future__ import annotations

import pytest

from drafting import sample_draft


@pytest.mark.parametrize("note,headline,must", [
    # r113 fr_en note-17: a coach without a shop asks whether the profile is worth it
    ("Bonjour Camille, suite à votre post sur le référencement local, j'ai une question : est-ce que ça vaut encore le coup "
     "de créer une fiche Google Business quand on n'a pas de boutique physique ? Merci !", "Coach sportive indépendante", "adresse masquée"),
    ("Hola Camille, soy fisioterapeuta a domicilio: ¿merece la pena un perfil de empresa en Google si no tengo local?",
     "Fisioterapeuta", "dirección oculta"),
    ("Hallo Camille, lohnt sich ein Google-Unternehmensprofil, wenn ich keinen Laden habe und zu den Kunden nach Hause komme?",
     "Hundetrainerin", "Einzugsgebiet"),
])
def test_profile_without_premises_is_answered_for_a_service_area(note: str, headline: str, must: str) -> None:
    text = sample_draft(note, headline, name="Aurélie Mercier")
    assert must in text, text
    assert "budget" not in text.lower() and "votre boutique" not in text, text


@pytest.mark.parametrize("note,headline,must", [
    # r113 fr_en note-37: an online-only shop asks the same
    ("Hi Camille, quick question after your post on local SEO: is a Google Business Profile still worth it if I run an "
     "online-only shop? Thanks!", "Founder, Pawsome Treats (online pet bakery)", "meet customers in person"),
    ("Bonjour Camille, j'ai une boutique en ligne de bijoux, sans magasin physique : une fiche Google Business, ça sert à quelque chose ?",
     "Créatrice de bijoux", "uniquement en ligne"),
])
def test_profile_for_an_online_only_shop_is_a_plain_no(note: str, headline: str, must: str) -> None:
    text = sample_draft(note, headline, name="Olivia Green")
    assert must in text, text
    assert "Google Ads" not in text, text


@pytest.mark.parametrize("note,headline,must", [
    # r113 es_pt_it note-53: ads with 300 €/month or Google My Business for a B&B
    ("ciao camille ho visto il tuo post sulle campagne meta e volevo chiederti una cosa: con 300€ al mese ha senso fare ads "
     "per un B&B o meglio puntare su google my business? grazie mille", "Titolare B&B La Quercia", "Partirei dalla scheda Google Business Profile"),
    ("Hi Camille, for my hair salon, should I pay for ads or just work on my Google Business Profile first?", "Owner, Studio Nine",
     "start with the Google Business Profile"),
])
def test_profile_weighed_against_ads_starts_with_the_free_profile(note: str, headline: str, must: str) -> None:
    text = sample_draft(note, headline, name="Stefano Gallo")
    assert must in text, text
    assert "partirei da Google Ads" not in text and "start with Google Ads" not in text, text


@pytest.mark.parametrize("note", [
    "Hi Camille, how often should I post on my Google Business Profile?",
    "Bonjour Camille, combien de posts par semaine sur une fiche Google Business ?",
])
def test_other_profile_questions_keep_their_answer(note: str) -> None:
    text = sample_draft(note, "Gérante de salon")
    assert "service-area" not in text and "adresse masquée" not in text and "Ads come next" not in text, text


@pytest.mark.parametrize("note,must", [
    # r113 fr_en note-32: "roughly how much it costs?" in an indirect question: the range, never her budget asked
    ("hi camille, im a small business owner (handmade candles) and wondering if you do SEO audits for shopify stores and "
     "roughly how much it costs? thx", "€800 to €5,000"),
    ("Hello Camille, I'd like to know if you run Meta ads audits and how much it would cost for a small account.", "price depends"),
])
def test_indirect_how_much_it_costs_is_answered(note: str, must: str) -> None:
    text = sample_draft(note, "Owner, Wick & Wax Candles", name="Jess Taylor")
    assert must in text, text
    assert "goals and budget" not in text, text


@pytest.mark.parametrize("note,headline,must", [
    # r114 de_nl note-17: an Etsy shop, no idea of SEO, "wo fange ich am besten an?" (an adverb inside "where do I start")
    ("Hi Camille 👋 Ich hab gerade meinen kleinen Etsy-Shop für handgemachten Schmuck gestartet und null Ahnung von SEO 🙈 "
     "Wo fange ich am besten an? Danke dir!! Mia", "Goldschmiedin & Shop-Gründerin", "SEO läuft über Etsy selbst"),
    ("Hoi Camille, ik heb net een Etsy-winkel geopend met keramiek en weet niets van SEO. Waar kan ik het beste beginnen?",
     "Keramist", "SEO gebeurt binnen Etsy"),
    ("Hi Camille, I just opened an Etsy shop for my prints and know nothing about SEO. Where should I best start?",
     "Illustrator", "SEO happens inside Etsy"),
])
def test_where_to_start_with_an_adverb_reads_the_sentence_before(note: str, headline: str, must: str) -> None:
    text = sample_draft(note, headline, name="Mia Fischer")
    assert must in text, text


@pytest.mark.parametrize("note,must", [
    # r114 es_pt_it note-42: a new e-shop that does not show up on Google, the first step asked: shop SEO, never her budget
    ("Olá Camille! Montei agora um e-shop de cosméticos veganos e o site não aparece no Google 😩 Qual seria o primeiro passo "
     "que você recomendaria?", "páginas de produto"),
    ("Hi Camille, I just launched my Shopify store and it doesn't show up on Google at all. What would be the first step you'd recommend?",
     "product and category pages"),
])
def test_shop_not_showing_up_on_google_gets_shop_seo(note: str, must: str) -> None:
    text = sample_draft(note, "Founder", name="Mariana Cardoso")
    assert must in text, text
    assert "orçamento" not in text and "budget" not in text, text


def test_organic_instagram_against_the_profile_is_no_ads_weighing() -> None:
    # a post on social campaigns read before the colon: Instagram or the profile weighs no paid ads
    text = sample_draft("Ciao Camille, ho letto il tuo post sui KPI delle campagne social e ho una domanda: per un piccolo negozio "
                        "locale conviene più Instagram o Google Business Profile? Grazie!", "Titolare - Libreria")
    assert "Gli annunci vengono dopo" not in text, text
