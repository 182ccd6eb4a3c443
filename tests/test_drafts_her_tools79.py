"""Wave 79 A: the tools she uses, asked directly, are named in her answer (round 73 rows).

- a peer asking which tool she uses for campaign reporting ("¿qué herramienta usas para el reporting de campañas?", es note-16)
  gets her reporting answer (GA4 and the ad platforms in Looker Studio, a one-page monthly summary), never "tell me what
  your website runs on"; "das campanhas" in Portuguese is not "dás" (a yes/no on her service);
- "which AI tools do you use?" (pt note-38, it note-60) gets the tools named: ChatGPT and Claude, always rewritten.
"""
from __future__ import annotations

import pytest

from drafting import sample_draft

_PLATFORM_ASKED = ("Shopify, WordPress", "plataforma de tu web", "piattaforma del tuo sito", "plataforma do teu site",
                   "worauf deine Website", "what your site runs on", "tourne ton site", "platform van je site")


@pytest.mark.parametrize("note", [
    "Hola Camille, nos vimos en el taller de TikTok Ads en Barcelona el mes pasado. Me quedé con ganas de preguntarte: "
    "¿qué herramienta usas para el reporting de campañas? Abrazo!",
    "Hi Camille, which tool do you use for campaign reporting? Cheers",
    "Bonjour Camille, quel outil utilisez-vous pour vos tableaux de bord clients ?",
    "Ciao Camille, che strumento usi per il reporting ai clienti?",
    "Hallo Camille, mit welchem Tool machst du dein Reporting für Kampagnen?",
    "Hoi Camille, welke tool gebruik je voor je rapportages aan klanten?",
    "Olá Camille, que ferramenta usas para o reporting das campanhas?",
])
def test_reporting_tool_asked_gets_her_reporting_answer(note: str) -> None:
    text = sample_draft(note, headline="Paid Media Specialist", name="Alberto Serrano")
    assert "Looker" in text and "GA4" in text, text
    assert not any(bad in text for bad in _PLATFORM_ASKED), text
    assert "exatamente o que" not in text and len(text) <= 600, text


@pytest.mark.parametrize("note", [
    "Olá Camille, estivemos juntos no Web Summit em Lisboa, no painel sobre IA no marketing. Fiquei curioso: que ferramentas "
    "de IA usa no dia a dia com clientes? Abraço!",
    "Ciao Camille, ci siamo visti allo SMAU di Milano, al panel sull'IA nel marketing. Ero curioso: quali strumenti di IA usi "
    "con i tuoi clienti? Un saluto!",
    "Hola Camille, ¿qué herramientas de IA usas para crear contenido?",
    "Hi Camille, which AI tools do you use for content?",
    "Salut Camille, tu utilises quels outils d'IA au quotidien ?",
    "Hallo Camille, welche KI-Tools nutzt du für deine Texte?",
    "Hoi Camille, welke AI-tools gebruik jij voor content?",
])
def test_ai_tools_asked_are_named(note: str) -> None:
    text = sample_draft(note, headline="Growth Marketer", name="João Pinto")
    assert "ChatGPT" in text and "Claude" in text, text
    assert "Uso a IA para" not in text and "Uso l'IA per" not in text and "Uso la IA para" not in text, text
    assert len(text) <= 600, text
