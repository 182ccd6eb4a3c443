"""Round 20, questions not answered: a tool question (server-side tagging, conversions without cookies, a tool for a named
purpose), an either/or where both options are named (Google Ads or HubSpot, a blog or Instagram), SEO courses for an
SEO-minded student, a tip for the French job market, a portfolio, a retargeting budget and Google Business Profile posts:
each answered by name, in every language."""
from __future__ import annotations

import pytest

from drafting import sample_draft


def draft(note: str) -> str:
    return sample_draft(note)


SERVER_SIDE = [
    "Hi Camille, loved your tracking post. Which tool do you use for server-side tagging?",
    "Bonjour Camille, quel outil utilisez-vous pour le tagging côté serveur ? Merci",
    "Hola Camille, ¿qué usas para el etiquetado del lado del servidor?",
    "Ciao Camille, che strumento usi per il tracciamento lato server?",
    "Hallo Camille, welches Tool nutzt du für serverseitiges Tracking?",
    "Oi Camille, que ferramenta você usa para tagueamento server-side?",
    "Hoi Camille, welke tool gebruik je voor server-side tagging?",
]


@pytest.mark.parametrize("note", SERVER_SIDE)
def test_server_side_tool_named(note: str) -> None:
    text = draft(note)
    assert "Tag Manager" in text and "Stape" in text
    assert "Safari" not in text


COOKIELESS = [
    ("Bonjour Camille, quels outils utilisez-vous pour mesurer les conversions sans cookies ?", "API Conversions"),
    ("Hi Camille, what do you use to measure conversions without cookies?", "Conversions API"),
    ("Hola Camille, ¿qué herramientas usas para medir conversiones sin cookies?", "API de conversiones"),
    ("Ciao Camille, che strumenti usi per misurare le conversioni senza cookie?", "Conversions API"),
    ("Hallo Camille, mit welchen Tools misst du Conversions ohne Cookies?", "Conversions API"),
    ("Oi Camille, que ferramenta você usa pra medir conversões sem cookies?", "API de Conversões"),
    ("Hoi Camille, welke tools gebruik je om conversies te meten zonder cookies?", "Conversions API"),
]


@pytest.mark.parametrize(("note", "tool"), COOKIELESS)
def test_cookieless_tools_not_timing(note: str, tool: str) -> None:
    text = draft(note)
    assert tool in text and ("GA4" in text)
    assert "Safari" not in text  # the "when to act" answer is another question's


TOOL_FOR = [
    ("Hi Camille, which tool do you use for heatmaps on product pages?", "For heatmaps on product pages"),
    ("Hallo Camille, welches Tool nutzt du für Heatmaps?", "Für Heatmaps"),
    ("Bonjour Camille, quel outil utilises-tu pour les heatmaps ?", "Pour les heatmaps"),
    ("Ciao Camille, che strumento usi per le heatmap?", "Per le heatmap"),
    ("Oi Camille, qual ferramenta você usa pra heatmaps?", "Para heatmaps"),
    ("Hoi Camille, welke tool gebruik je voor heatmaps?", "Voor heatmaps"),
    ("Hola Camille, ¿qué herramienta usas para los mapas de calor?", "Para los mapas de calor"),
]


@pytest.mark.parametrize(("note", "lead"), TOOL_FOR)
def test_tool_for_a_purpose_names_it(note: str, lead: str) -> None:
    text = draft(note)
    assert lead in text and "Shopify" in text
    assert "what you'd use it for" not in text and "wofür du es brauchst" not in text


HUBSPOT = [
    "Bonjour Camille, je suis en reconversion. Quelle certification me conseilleriez-vous : Google Ads ou HubSpot ?",
    "Hi Camille, switching careers. Would you recommend the Google Ads certification or the HubSpot Inbound one to start?",
    "Hallo Camille, welches Zertifikat würdest du empfehlen: Google Ads oder HubSpot?",
    "Hola Camille, ¿qué certificación me recomiendas, Google Ads o HubSpot?",
    "Ciao Camille, meglio la certificazione Google Ads o quella HubSpot?",
    "Oi Camille, qual certificação você recomenda: Google Ads ou HubSpot?",
    "Hoi Camille, welke certificering raad je aan: Google Ads of HubSpot?",
]


@pytest.mark.parametrize("note", HUBSPOT)
def test_both_certifications_weighed(note: str) -> None:
    text = draft(note)
    assert "HubSpot" in text and "Google Ads" in text and "Blueprint" not in text


BLOG_OR_SOCIAL = [
    "Oi Camille, tenho uma lojinha de doces. Vale a pena fazer blog ou é melhor focar no Instagram?",
    "Ciao Camille, ho un piccolo negozio di ceramiche: meglio un blog o puntare su Instagram?",
    "Hi Camille, small candle shop here. Should I start a blog or focus on Instagram?",
    "Bonjour Camille, pour ma petite boutique, un blog ou plutôt Instagram ?",
    "Hallo Camille, für meinen kleinen Laden: lieber einen Blog oder Instagram?",
    "Hola Camille, para mi tienda pequeña, ¿blog o mejor Instagram?",
    "Hoi Camille, voor mijn kleine winkel: een blog of liever Instagram?",
]


@pytest.mark.parametrize("note", BLOG_OR_SOCIAL)
def test_blog_or_instagram_no_budget(note: str) -> None:
    text = draft(note)
    low = text.lower()
    assert "instagram" in low and "blog" in low
    assert not any(w in low for w in ("budget", "orçamento", "presupuesto"))


SEO_STUDENT = [
    "Ciao Camille, sono al primo anno di magistrale e vorrei specializzarmi in SEO. Che corsi o certificazioni mi consiglieresti?",
    "Hola Camille, quiero especializarme en SEO. ¿Qué cursos o certificaciones me recomiendas?",
    "Bonjour Camille, je veux me spécialiser en SEO. Quelles formations ou certifications me conseilles-tu ?",
    "Hi Camille, I want to specialise in SEO. Which courses or certifications would you recommend?",
]


@pytest.mark.parametrize("note", SEO_STUDENT)
def test_seo_student_gets_seo_advice(note: str) -> None:
    text = draft(note)
    assert "Search Console" in text and "Blueprint" not in text


def test_no_bare_gratuita() -> None:
    text = draft("Ciao Camille, quale certificazione mi consigli per iniziare nel marketing digitale?")
    assert "Google Ads (gratuita" not in text or "certificazione Google Ads (gratuita" in text


FRANCE = [
    ("Hola Camille! Busco trabajo como especialista SEO tras 3 años en Madrid. Me mudo a Lyon en octubre. ¿Algún consejo para el mercado francés?", "Welcome to the Jungle"),
    ("Ciao Camille, cerco lavoro come social media manager. Mi trasferisco a Lione a settembre: hai qualche consiglio per il mercato francese?", "Welcome to the Jungle"),
    ("Oi Camille, vou fazer intercâmbio em Lyon no ano que vem. Você teria alguma dica de como conseguir estágio em marketing digital aí?", "convention de stage"),
    ("Hi Camille, I'm moving to Lyon next spring. Any advice on finding a marketing job in France?", "Welcome to the Jungle"),
]


@pytest.mark.parametrize(("note", "tip"), FRANCE)
def test_french_market_tip(note: str, tip: str) -> None:
    text = draft(note)
    assert tip in text
    assert " a settembre" not in text.split("Welcome")[0] and " en octubre" not in text


PORTFOLIO = [
    "Hi Camille, I'm just starting out as a copywriter. Any tips on building a portfolio without clients?",
    "Bonjour Camille, je débute en rédaction web. Des conseils pour construire un portfolio sans clients ?",
    "Hallo Camille, ich fange als Texterin an. Hast du Tipps, wie man ohne Kunden ein Portfolio aufbaut?",
]


@pytest.mark.parametrize("note", PORTFOLIO)
def test_portfolio_tip(note: str) -> None:
    text = draft(note)
    # wave 82: one answer for any field (her own site with figures, an audit with a before/after, sample pieces)
    assert "Search Console" in text and any(w in text for w in ("before/after", "avant/après", "Vorher/Nachher"))


RETARGETING = [
    "Hallo Camille, wir haben einen kleinen Onlineshop für Kaffee. Ab welchem Tagesbudget lohnt sich Retargeting?",
    "Hi Camille, what's the minimum daily budget for retargeting to be worth it?",
    "Bonjour Camille, à partir de quel budget le retargeting vaut-il le coup ?",
]


@pytest.mark.parametrize("note", RETARGETING)
def test_retargeting_budget(note: str) -> None:
    text = draft(note)
    assert "1.000" in text or "1,000" in text or "1 000" in text
    assert "Advantage+" not in text


GBP = [
    "Hoi Camille, ik heb een kapsalon in Leuven. Hoe vaak moet ik posten op mijn Google Bedrijfsprofiel?",
    "Hi Camille, how often should I post on my Google Business Profile?",
    "Hallo Camille, wie oft sollte ich im Google-Unternehmensprofil posten?",
]


@pytest.mark.parametrize("note", GBP)
def test_gbp_frequency_no_channel_advice(note: str) -> None:
    text = draft(note)
    low = text.lower()
    assert "review" in low or "bewertung" in low
    assert "kanalen" not in low and "networks" not in low and "netzwerke" not in low
