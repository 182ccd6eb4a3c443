"""Wave 49, group A: direct expert questions answered with the owner's own answer (the sample's ``answers``), in every
language, never another topic's tip, a budget asked back or a call in its place (round 46 review)."""

from __future__ import annotations

import pytest

from drafting import sample_draft

# which certification to take (Google, Meta, HubSpot), asked beside another question: the certification answered
CERTIFICATION = [
    ("Hello Camille, after eight years in hospitality I'm moving into marketing. Which certification would you recommend first, "
     "Google or HubSpot? And are your courses available in English?", "Career changer", "Skillshop"),
    ("Bonjour Camille, je quitte la restauration pour le marketing digital. Quelle certification me conseilleriez-vous, Google ou "
     "Meta ? Vos formations sont-elles en ligne ?", "En reconversion", "Skillshop"),
]

# Instagram / social reporting KPIs
KPIS = [
    ("Hola Camille, llevo unos meses como community manager y me cuesta el reporting. ¿Qué KPIs me recomiendas para los informes "
     "de Instagram de mis clientes?", "", ("guardados", "perfil")),
    ("Hi Camille, I've just started managing social media for two clients. Which KPIs should I put in my monthly Instagram report?",
     "", ("saves", "profile visits")),
    ("Hallo Camille, ich mache Social Media für kleine Kunden. Welche KPIs würdest du im Instagram-Reporting zeigen?", "",
     ("Speicherungen", "Profilbesuche")),
    ("Oi Camille, sou social media há pouco tempo. Quais KPIs você indica para o relatório de Instagram dos clientes?", "",
     ("salvamentos", "perfil")),
]

# how many internal links per article
INTERNAL_LINKS = [
    ("Bonjour Camille, question rapide : combien de liens internes mettez-vous dans un article de blog pour une petite boutique ?",
     "Gérante, Thé & Co", "ancre"),
    ("Hi Camille, quick one: how many internal links would you put in each blog post for a small online shop?", "Owner, Tea Corner",
     "anchor"),
    ("Hallo Camille, kurze Frage: Wie viele interne Links pro Blogartikel empfiehlst du für einen kleinen Onlineshop?",
     "Inhaberin, Teeladen", "Ankertext"),
    ("Ciao Camille, quanti link interni metteresti in ogni articolo del blog di un piccolo e-commerce?", "Titolare, Bottega del Tè",
     "ancora"),
]

# is my CPC normal: it depends, judge the cost per sale; no course pitch to someone who took her course
CPC = [
    ("Hi Camille, I took your beginners' social ads course last spring. My first Meta campaign has a CPC of $1.80 - is that normal?",
     "Founder, Candle Co", "sector", "for beginners"),
    ("Hola Camille, soy ex alumna de tu curso. Mi primera campaña en Meta tiene un CPC de 1,50 €, ¿es normal?", "Fundadora",
     "sector", "principiantes"),
    ("Hoi Camille, mijn eerste Meta-campagne heeft een CPC van 2 euro. Is dat normaal of doe ik iets fout?", "Eigenaar, Zeepwinkel",
     "sector", "beginners"),
]

# a social media professional asking about the Instagram algorithm: no job-hunting course advice
ALGORITHM = [
    ("Hi Camille, I've been a community manager for two years and the Instagram algorithm keeps confusing me. Any course or "
     "resource you'd recommend?", "Community Manager", "algorithm", "recruiters"),
    ("Hallo Camille, ich betreue seit einem Jahr Social Media und verstehe den Instagram-Algorithmus nicht mehr. Kannst du mir "
     "einen Kurs oder Material empfehlen?", "Social Media Managerin", "Algorithmus", "Personaler"),
    ("Ciao Camille, lavoro nei social da un anno e l'algoritmo di Instagram mi fa impazzire. Mi consigli un corso o del materiale?",
     "Social media manager", "algoritmo", "selezionatori"),
]

# a small paid-social budget on Instagram: the Meta ads answer, never "free SEO first, ads later"
SMALL_ADS = [
    ("Hoi Camille, ik heb een kleine webshop in sieraden en wil beginnen met Instagram ads. Heb je tips hoe ik met 300 euro per "
     "maand start?", "Eigenaar, Glans", "campagne"),
    ("Bonjour Camille, je lance ma boutique de bougies en ligne et je suis perdue avec les pubs Instagram. Des conseils pour "
     "démarrer avec 250 € par mois ?", "Fondatrice, Lumière & Cire", "une campagne"),
    ("Hallo Camille, ich eröffne gerade einen kleinen Onlineshop für Keramik und bin bei Instagram Ads völlig verloren. Hast du "
     "Tipps, wie ich mit 200 € im Monat anfange?", "Gründerin, Tonwerk", "eine Kampagne"),
]

# category pages or blog articles first
CATEGORY_FIRST = [
    ("Hi Camille, loved your post on keyword cannibalisation. For a small shop, would you optimise the category pages or the blog "
     "articles first?", "Owner, Bean There", "category pages first"),
    ("Hoi Camille, korte vraag: zou jij bij een kleine webshop eerst de categoriepagina's of de blogartikelen optimaliseren?",
     "Eigenaar, Bonenbar", "eerst de categoriepagina's"),
]


@pytest.mark.parametrize("note,headline,named", CERTIFICATION)
def test_the_certification_asked_is_answered(note: str, headline: str, named: str) -> None:
    text = sample_draft(note, headline=headline, name="Jordan Blanc")
    assert named in text, text


@pytest.mark.parametrize("note,headline,words", KPIS)
def test_reporting_kpis_get_her_answer_not_budget_tips(note: str, headline: str, words: tuple[str, ...]) -> None:
    text = sample_draft(note, headline=headline, name="Jordan Blanc")
    assert all(w in text for w in words), text
    assert "Advantage+" not in text, text


@pytest.mark.parametrize("note,headline,word", INTERNAL_LINKS)
def test_internal_links_are_answered_never_a_budget_asked(note: str, headline: str, word: str) -> None:
    text = sample_draft(note, headline=headline, name="Jordan Blanc")
    assert word in text, text
    assert "budget" not in text.lower() and "Budget" not in text, text


@pytest.mark.parametrize("note,headline,said,never", CPC)
def test_a_cpc_asked_about_is_judged_on_the_cost_per_sale(note: str, headline: str, said: str, never: str) -> None:
    text = sample_draft(note, headline=headline, name="Jordan Blanc")
    assert said in text, text
    assert never not in text, text


@pytest.mark.parametrize("note,headline,said,never", ALGORITHM)
def test_the_instagram_algorithm_is_answered_as_a_craft_question(note: str, headline: str, said: str, never: str) -> None:
    text = sample_draft(note, headline=headline, name="Jordan Blanc")
    assert said in text and "Mosseri" in text, text
    assert never not in text, text


@pytest.mark.parametrize("note,headline,said", SMALL_ADS)
def test_a_small_instagram_ads_budget_gets_the_meta_answer(note: str, headline: str, said: str) -> None:
    text = sample_draft(note, headline=headline, name="Jordan Blanc")
    assert said in text and "Advantage+" in text, text


@pytest.mark.parametrize("note,headline,said", CATEGORY_FIRST)
def test_category_pages_or_blog_first_is_answered_not_deferred(note: str, headline: str, said: str) -> None:
    text = sample_draft(note, headline=headline, name="Jordan Blanc")
    assert said in text, text


def test_a_career_changer_gets_the_course_answer_and_a_cpf_line_that_names_her_trainings() -> None:
    text = sample_draft("Bonjour Camille, après 12 ans dans la logistique je me reconvertis dans le web. Quelle formation me "
                        "recommanderiez-vous pour débuter ? Est-ce que vos formations sont éligibles au CPF ?",
                        headline="En reconversion professionnelle", name="Nadia Morel")
    assert "Je choisirais la formation" in text and "Mes formations ne sont pas éligibles au CPF" in text, text
    assert "Elle n'est pas" not in text and "employeur" not in text, text
    assert len(text) <= 600
