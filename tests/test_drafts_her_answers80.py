"""Wave 80 group A: her FAQ answers say what was asked (round 75 fr note-19, es note-9, en note-41, de note-20, de note-10,
nl note-32): a post-scheduling tool named, Advantage+ answered, the free keyword tools first, HubSpot's SEO certification
named, TikTok for B2B and AI texts worded as a fluent reader would."""

from __future__ import annotations

import pytest
from drafting import sample_draft

SCHEDULING = [
    ("Bonjour Camille, je suis community manager junior. Quel outil de planification de posts recommanderiez-vous pour une petite équipe ? Merci !",
     "Buffer ou Later"),
    ("Hi Camille, which post scheduling tool would you recommend for a small team?", "Buffer or Later"),
    ("Hola Camille, ¿qué herramienta recomiendas para programar publicaciones en un equipo pequeño?", "Buffer o Later"),
    ("Hallo Camille, welches Tool empfiehlst du, um Posts einzuplanen? Wir sind ein kleines Team.", "Buffer oder Later"),
    ("Ciao Camille, quale strumento consigli per programmare i post sui social?", "Buffer o Later"),
    ("Hoi Camille, welke tool raad je aan om posts in te plannen voor ons kleine team?", "Buffer of Later"),
    ("Olá Camille, que ferramenta recomendas para agendar posts nas redes?", "Buffer ou o Later"),
]


@pytest.mark.parametrize(("note", "said"), SCHEDULING)
def test_a_scheduling_tool_question_gets_the_tools(note: str, said: str) -> None:
    text = sample_draft(note, headline="Community Manager", name="Inès Moreau")
    assert said in text and "Meta Business Suite" in text, text
    for vague in ("ce que vous voulez en faire", "what you want to do with it", "wofür du es brauchst"):
        assert vague not in text, text


ADVANTAGE = [
    ("hola camille, vi tu post sobre meta ads y el coste por lead, muy bueno. una pregunta: ¿recomiendas campañas advantage+ para un ecommerce pequeño?",
     "unas 50 a la semana", "presupuesto tienes"),
    ("Bonjour Camille, les campagnes Advantage+ valent-elles le coup pour une petite boutique en ligne ?", "une cinquantaine par semaine", "budget"),
    ("Hallo Camille, würdest du Advantage+ für einen kleinen Onlineshop empfehlen?", "etwa 50 pro Woche", "Budget"),
    ("Olá Camille, recomendas campanhas Advantage+ para uma loja online pequena?", "cerca de 50 por semana", "orçamento tens"),
]


@pytest.mark.parametrize(("note", "said", "wrong"), ADVANTAGE)
def test_an_advantage_plus_question_gets_her_answer(note: str, said: str, wrong: str) -> None:
    text = sample_draft(note, headline="", name="Diego Romero")
    assert said in text and "Advantage+" in text, text
    assert wrong not in text, text


KEYWORD_TOOLS = [
    ("Hi Camille, quick question: which tool would you recommend for SEO keyword research on a small budget? Ahrefs feels too expensive for us. Thanks!",
     "The free tools go a long way", "I use Semrush daily"),
    ("Bonjour Camille, quel outil pour la recherche de mots-clés avec un petit budget ? Semrush est trop cher pour nous.",
     "Le gratuit va loin", "J'utilise Semrush au quotidien"),
    ("Hola Camille, ¿qué herramienta SEO me recomiendas para palabras clave? Ahrefs es demasiado caro.", "Lo gratuito llega lejos", "Uso Semrush a diario"),
    ("Hallo Camille, welche SEO-Tools empfiehlst du für Anfänger? Sistrix ist uns zu teuer.", "Mit Gratis-Tools kommt man weit", "täglich mit Semrush"),
]


@pytest.mark.parametrize(("note", "first", "wrong"), KEYWORD_TOOLS)
def test_the_free_keyword_tools_come_first(note: str, first: str, wrong: str) -> None:
    text = sample_draft(note, headline="Marketing assistant", name="Grace Kim")
    body = text.split("\n", 3)[3]
    assert body.lstrip().startswith(first) or f"\n{first}" in text, text
    assert "AnswerThePublic" in text and wrong not in text, text
    assert "(up to 500 pages) for a first audit" not in text, text


CERTIFICATES = [
    ("Hallo Camille, ich habe gerade meine Ausbildung zur Kauffrau für Marketingkommunikation abgeschlossen. Welche Zertifikate würdest du für den "
     "Einstieg ins SEO empfehlen – Google, HubSpot oder was anderes? Danke!! Emma", "HubSpot Academy", "kein offizielles Zertifikat"),
    ("Hi Camille, which certification would you recommend to get into SEO: Google, HubSpot or something else?", "HubSpot Academy", "no official"),
    ("Bonjour Camille, quelles certifications recommanderiez-vous pour débuter en SEO ?", "HubSpot Academy", "pas de certification officielle"),
    ("Hola Camille, ¿qué certificaciones me recomiendas para empezar en SEO?", "HubSpot Academy", "no hay certificación oficial"),
]


@pytest.mark.parametrize(("note", "said", "wrong"), CERTIFICATES)
def test_an_seo_certificate_question_names_hubspot(note: str, said: str, wrong: str) -> None:
    text = sample_draft(note, headline="Marketing graduate", name="Emma Weber")
    assert said in text and wrong not in text, text


TIKTOK_B2B = [
    ("Hallo, hab deinen Post über TikTok Ads vs. Meta Ads gelesen, sehr gut erklärt. Eine Frage: lohnt sich TikTok überhaupt für B2B? Gruß Stefan",
     "erst mit organischen Videos testen", "erklärt, zuerst organisch"),
    ("Hi Camille, is TikTok worth it for B2B?", "test it with organic videos", "as organic videos first"),
    ("Ciao Camille, TikTok ha senso per il B2B?", "lo proverei con video organici", "video, prima in organico"),
    ("Bonjour Camille, TikTok, ça vaut le coup en B2B ?", "je testerais en organique", "vidéo, d'abord en organique"),
]


@pytest.mark.parametrize(("note", "said", "wrong"), TIKTOK_B2B)
def test_tiktok_for_b2b_reads_naturally(note: str, said: str, wrong: str) -> None:
    text = sample_draft(note, headline="Marketing Manager", name="Stefan Koch")
    assert said in text and "LinkedIn" in text and wrong not in text, text


AI_TEXTS = [
    ("Hoi Camille, leuke post over Google's laatste core update! Vraagje: moet ik als kleine webshop nu echt alle AI-teksten van mijn site halen? Groetjes Iris",
     "Nee, niet per se:", "Als eerste versie"),
    ("Hi Camille, great post on the core update! Should I really remove all AI-written texts from my shop?", "Not necessarily:", "Used as a first draft"),
    ("Hallo Camille, muss ich jetzt wirklich alle KI-Texte von meiner Website löschen?", "Nicht unbedingt:", "Als erster Entwurf"),
    ("Hola Camille, ¿tengo que quitar todos los textos generados con inteligencia artificial de mi web?", "No necesariamente:", "Como primer borrador"),
    ("Bonjour Camille, est-ce que Google pénalise les textes écrits avec ChatGPT ?", "Pas forcément :", "Comme premier jet"),
]


@pytest.mark.parametrize(("note", "first", "wrong"), AI_TEXTS)
def test_an_ai_text_question_gets_the_short_answer_first(note: str, first: str, wrong: str) -> None:
    text = sample_draft(note, headline="Eigenaar webshop", name="Iris Hendriks")
    assert f"\n{first}" in text and wrong not in text, text
