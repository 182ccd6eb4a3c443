"""Precise questions answered, never "tell me about your business and budget" (wave 93, group P): LinkedIn Ads targeting
by job title or by skills (round 91 fr note-19), the return of content marketing measured (round 91 nl note-27)."""

import re

import pytest
from drafting import sample_draft

#: "tell me about your business and your budget": the fallback that ignores the question
BUDGET_ASKED = re.compile(r"(?i)\b(?:your|votre|ton|tu|je|jouw|dein|deinem|ihr|ihrem|il tuo|del tuo|seu|teu|do seu) (?:\w+ )?(?:budget|presupuesto|orçamento)\b")

TARGETING = [
    ("Bonsoir Camille, merci pour votre formation LinkedIn Ads. J'ai une question : pour une cible de DAF, vous conseillez "
     "plutôt le ciblage par fonction ou par compétences ?", "intitulés de poste"),
    ("Hi Camille, quick one: for LinkedIn Ads aimed at HR directors, would you target by job title or by skills?", "job titles"),
    ("Hola Camille, en LinkedIn Ads para llegar a directores financieros, ¿segmento por cargo o por aptitudes?", "cargos"),
    ("Ciao Camille, per una campagna LinkedIn verso i CFO, meglio il targeting per funzione o per competenze?", "titoli di lavoro"),
    ("Hallo Camille, LinkedIn Ads für CFOs: lieber Targeting nach Jobtitel oder nach Kenntnissen?", "Jobtiteln"),
    ("Hoi Camille, LinkedIn-campagne voor CFO's: target jij op functie of op vaardigheden?", "functietitels"),
]


@pytest.mark.parametrize(("note", "words"), TARGETING)
def test_linkedin_targeting_choice_answered(note: str, words: str) -> None:
    text = sample_draft(note, headline="Marketing manager", name="Olivier Blanc")
    assert words in text, text
    assert not BUDGET_ASKED.search(text), text


CONTENT_ROI = [
    ("Hoi Camille, snelle vraag: hoe meet jij de ROI van content marketing bij kleine klanten? Groet, Thijs", "uren"),
    ("Hallo Camille, kurze Frage: wie misst du den ROI von Content Marketing bei kleinen Kunden?", "Stunden"),
    ("Ciao Camille, come misuri il ROI dei contenuti del blog per un piccolo cliente?", "ore dedicate"),
    ("Hi Camille, how do you measure content marketing ROI for small clients?", "hours"),
    ("Salut Camille, comment tu mesures le ROI du content marketing pour des petits clients ?", "temps passé"),
    ("Hola Camille, ¿cómo mides el ROI del marketing de contenidos con clientes pequeños?", "horas dedicadas"),
]


@pytest.mark.parametrize(("note", "words"), CONTENT_ROI)
def test_content_marketing_roi_answered(note: str, words: str) -> None:
    text = sample_draft(note, headline="Freelance marketeer", name="Thijs Mulder")
    assert words in text and "GA4" in text, text
    assert not BUDGET_ASKED.search(text), text


AI_AND_SMALL_BLOGS = [
    ("Olá Camille, vi o teu post sobre SEO e IA generativa. Uma dúvida: achas que os AI Overviews do Google vão reduzir "
     "muito o tráfego orgânico de blogs pequenos? Obrigado, Miguel", "IA"),
    ("Bonjour Camille, avec ChatGPT et les aperçus IA, le SEO des petits blogs a-t-il encore un avenir ?", "IA"),
    ("Hi Camille, will AI Overviews kill SEO for small blogs? Curious what you think.", "AI"),
]


@pytest.mark.parametrize(("note", "word"), AI_AND_SMALL_BLOGS)
def test_seo_and_ai_is_not_answered_with_courses(note: str, word: str) -> None:
    """The merged 'courses and resources to learn SEO' answer knows blogs as resources: a question about AI and
    small blogs' traffic is the SEO-and-AI answer, never a reading list."""
    text = sample_draft(note, headline="", name="Miguel Santos")
    assert word in text, text
    assert not any(w in text for w in ("Skillshop", "HubSpot Academy", "Semrush Academy")), text
