"""Wave 154 group I: tools asked for a named purpose get that purpose's tools, and a stay is not a meeting date.

Link-building tools asked (in any language) get her answer on links with the tools to find and track them, never the
keyword-research list; tools for technical audits get the crawler she uses (Screaming Frog, Sitebulb), never the
keyword tools, and a European Portuguese "recomendas" is answered with tu; "il/el/o link building?" is the practice
named, never a link asked for; "donde vivo desde hace 2 años" is how long the sender has lived there, never when they met.
"""

from __future__ import annotations

import pytest

from drafting import sample_draft

KEYWORD_LIST = ("AnswerThePublic", "Keyword Planner", "palabras clave", "Palavras-chave", "Keyword-Planer", "Zoekwoordplanner")

LINK_TOOLS = [
    ("Hola Camille! Soy junior en una agencia de SEO en Lyon y me gustaría saber qué herramientas recomiendas para empezar con el link building. Gracias de antemano!!",
     "SEO Junior en WebRank", "Clara Molina", "Ahrefs"),
    ("Hi Camille, I've just joined an SEO agency. Which tools would you suggest for link building as a beginner?", "", "Tom Price", "backlink checker"),
    ("Ciao Camille, che strumenti consigli per iniziare con il link building? Grazie mille!", "", "Luca Neri", "backlink checker"),
    ("Hallo Camille, welche Tools empfiehlst du für den Linkaufbau? Ich fange gerade in einer Agentur an.", "", "Jan Roth", "Backlink-Checker"),
]


@pytest.mark.parametrize(("note", "headline", "name", "tool"), LINK_TOOLS)
def test_link_building_tools_get_link_tools(note: str, headline: str, name: str, tool: str) -> None:
    text = sample_draft(note, headline=headline, name=name)
    assert tool in text and "Search Console" in text
    assert not any(k in text for k in KEYWORD_LIST)
    assert "ti mando il link" not in text


def test_link_building_worth_it_keeps_its_answer() -> None:
    text = sample_draft("Hi Camille, is link building still worth the effort for a tiny online store like mine?", headline="Founder at Kiln & Co", name="Sophie Reid")
    assert "links still count" in text.lower()


def test_a_link_asked_for_is_still_sent() -> None:
    text = sample_draft("Ciao Camille, mi mandi il link del webinar di ieri?", headline="", name="Sara Bianchi")
    assert "il link" in text


AUDIT_TOOLS = [
    ("Olá Camille! Sou SEO júnior numa agência em Braga. Que ferramentas recomendas para começar com auditorias técnicas? Obrigado desde já!",
     "SEO Júnior na WebMinho", "João Teixeira"),
    ("Hola Camille, ¿qué herramientas usas para las auditorías técnicas de tus clientes?", "", "Pablo Ruiz"),
    ("Hi Camille, which tools do you use for a technical SEO audit? Just starting out.", "", "Amy Shaw"),
]


@pytest.mark.parametrize(("note", "headline", "name"), AUDIT_TOOLS)
def test_technical_audit_tools_get_the_crawler(note: str, headline: str, name: str) -> None:
    text = sample_draft(note, headline=headline, name=name)
    assert "Screaming Frog" in text and "Sitebulb" in text
    assert not any(k in text for k in KEYWORD_LIST)


def test_european_portuguese_tu_question_gets_tu() -> None:
    text = sample_draft(AUDIT_TOOLS[0][0], headline=AUDIT_TOOLS[0][1], name=AUDIT_TOOLS[0][2])
    assert "a sua mensagem" not in text and "Cumprimentos" not in text
    text = sample_draft("Olá Camille, que plugin de SEO usas no WordPress, Yoast ou Rank Math? Obrigada!", headline="", name="Inês Costa")
    assert "Cumprimentos" not in text


def test_audit_price_keeps_the_price_answer() -> None:
    text = sample_draft("Bonjour Camille, combien coûte un audit technique de mon site ?", headline="", name="Paul Martin")
    assert "Screaming Frog" not in text and "prix" in text


def test_seo_tool_choice_keeps_the_free_tools() -> None:
    text = sample_draft("Hi Camille, which SEO tool would you recommend to start: Semrush or Ahrefs?", headline="", name="Kim Lane")
    assert "Keyword Planner" in text


LASTING = [
    ("Hola Camille, coincidimos en el taller de Google Analytics 4 en Lyon. Un placer! Saludos desde Lyon, donde vivo desde hace 2 años 🙂",
     "Analista de datos en Decathlon", "Marina Torres", "hace 2 años"),
    ("Hola Camille, nos vimos en el meetup de SEO de Lyon. Trabajo aquí desde hace 3 años, encantado de conectar!", "", "Diego Gil", "hace 3 años"),
    ("Olá Camille, estivemos juntas no workshop de GA4 em Lyon. Moro em Lyon há 4 anos, foi um prazer!", "", "Rita Sousa", "há 4 anos"),
]


@pytest.mark.parametrize(("note", "headline", "name", "stay"), LASTING)
def test_a_stay_is_never_when_they_met(note: str, headline: str, name: str, stay: str) -> None:
    assert stay not in sample_draft(note, headline=headline, name=name)


def test_when_they_met_is_still_told() -> None:
    text = sample_draft("Hola Camille, coincidimos hace 2 años en el taller de SEO en Lyon. Un placer!", headline="", name="Ana Vidal")
    assert "hace 2 años" in text
