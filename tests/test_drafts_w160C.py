"""Wave 160 group C: English misreadings of rounds 200-201, fixed by mechanism in every language where they apply.

- a junior (a learner, not a shop) asking whether to learn Google Ads or SEO first gets the career answer (which path
  suits whom), never a shop's budget advice on product pages;
- "is daily posting still worth it?" is answered now (the how-often answer), never "I'll write back here";
- a workshop of hers named by a quoted title before the word ("your 'Social Media for Small Businesses' workshop") is
  thanked as her workshop, never "great chatting in March";
- a student "at University of Leeds" who also founds a shop runs the shop, never the university.
"""

import pytest

from drafting import sample_draft

FIRST_PICK = {"en": ("SEO suits",), "es": ("El SEO encaja",), "it": ("La SEO fa per chi",), "fr": ("Le SEO convient",)}


@pytest.mark.parametrize("note, headline, name, lang", [
    ("hey camille! i'm a junior marketer in dublin, should i focus on learning google ads or seo first? any advice would be amazing thx",
     "Junior Marketing Executive", "Aoife Byrne", "en"),
    ("Hola Camille, soy junior en marketing en Sevilla, ¿debería aprender primero Google Ads o SEO? ¡Gracias!", "Junior Marketing", "Lucía Gómez", "es"),
    ("Ciao Camille, sono una junior marketer a Torino: meglio imparare prima Google Ads o la SEO? Grazie!", "Junior Marketing Specialist", "Giulia Rossi", "it"),
    ("Bonjour Camille, je suis étudiante en marketing : je devrais apprendre d'abord Google Ads ou le SEO ?", "Étudiante", "Inès Robert", "fr"),
])
def test_learner_asking_which_first_gets_a_pick_not_shop_budget(note, headline, name, lang):
    text = sample_draft(note, headline, name)
    assert any(w in text for w in FIRST_PICK[lang])
    for shop in ("product pages", "fichas de producto", "schede prodotto", "fiches produits", "Both, but"):
        assert shop not in text


def test_shop_asking_ads_or_seo_keeps_the_budget_answer():
    text = sample_draft("Hi Camille, I run a small online shop selling candles. Should I put my money in Google Ads or SEO first?",
                        "Founder, Wick & Co", "Emma Hill")
    assert "Both, but not for the same thing" in text


@pytest.mark.parametrize("note, name, words", [
    ("Hi Camille, saw your post about organic reach dropping - do you think daily posting is still worth it for a B2B SaaS brand?",
     "James Anderson", "two or three good posts a week"),
    ("Bonjour Camille, j'ai lu votre post sur la baisse de la portée organique. Publier tous les jours sur LinkedIn, ça vaut encore le coup pour une marque B2B ?",
     "Julie Martin", "deux ou trois bons posts par semaine"),
    ("Hallo Camille, lohnt es sich für ein B2B-Startup noch, täglich auf LinkedIn zu posten?", "Jonas Weber", "Zwei oder drei gute Beiträge pro Woche"),
])
def test_daily_posting_worth_it_is_answered_now(note, name, words):
    text = sample_draft(note, "Content Lead", name)
    assert words in text
    for later in ("I'll write back", "je vous réponds", "Budget"):
        assert later not in text


@pytest.mark.parametrize("note, name, words", [
    ("Hi Camille, I attended your 'Social Media for Small Businesses' workshop in Lyon in March, really useful! Just wanted to keep in touch. Hannah (florist in Bath) 🌸",
     "Hannah Wright", "my workshop"),
    ("Hi Camille, I went to your 'Instagram for Makers' workshop in Lyon last spring, so helpful! Staying in touch. Beth", "Beth Cole", "my workshop"),
    ("Hoi Camille, ik heb in april je 'Social media voor ondernemers' workshop in Lyon gevolgd, echt nuttig! Graag in contact blijven.",
     "Sanne Visser", "workshop"),
])
def test_her_titled_workshop_is_thanked_as_hers(note, name, words):
    text = sample_draft(note, "", name)
    assert words in text
    assert "chatting" not in text and "gesprek" not in text


def test_a_real_chat_keeps_great_chatting():
    text = sample_draft("Hi Camille, great chatting at the coffee break of the Lyon Growth Days in March! Let's stay in touch.", "", "Tom Reed")
    assert "great chatting" in text


@pytest.mark.parametrize("headline, name, school", [
    ("MSc Digital Marketing student at University of Leeds | Founder of a small Etsy shop", "Grace Thompson", "University of Leeds"),
    ("Marketing student at Université Lyon 3 | Founder of a small handmade jewellery shop", "Léa Petit", "Université Lyon 3"),
    ("Estudiante de Máster en Marketing en la Universidad de Sevilla | Fundadora de una pequeña tienda online", "Marta Ruiz", "Universidad de Sevilla"),
])
def test_student_founder_runs_the_shop_not_the_school(headline, name, school):
    text = sample_draft("", headline, name)
    assert school not in text
    assert any(w in text for w in ("shop", "boutique", "tienda"))


def test_employee_and_founder_keeps_the_employer():
    text = sample_draft("", "Marketing Manager at Decathlon | Co-founder of Run Club Lyon", "Paul Durand")
    assert "Decathlon" in text
