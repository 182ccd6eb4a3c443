"""Wave 68, group A: direct questions that the sample owner's FAQ answers (planning tool, posting frequency, a career
changer's course, a social-media job seeker's certification), in several languages and wordings."""

from __future__ import annotations

import pytest
from drafting import sample_draft


@pytest.mark.parametrize("note, said", [
    ("Hey Camille! Ik lees je nieuwsbrief elke week. Vraagje: welke tool gebruik jij zelf om je content te plannen?", "Notion"),
    ("Hoi Camille, welke app gebruik je om je posts in te plannen?", "Notion"),
    ("Hi Camille, quick one: which tool do you use yourself to plan your content?", "Notion"),
    ("Bonjour Camille, quel outil utilises-tu pour planifier tes contenus ?", "Notion"),
    ("Hallo Camille, welches Tool nutzt du, um deine Inhalte zu planen?", "Notion"),
])
def test_planning_tool_question_names_her_tool(note: str, said: str) -> None:
    text = sample_draft(note, name="Lotte Bakker")
    assert said in text
    assert "waarvoor" not in text and "what you'd use it for" not in text and "Shopify" not in text


@pytest.mark.parametrize("note, said", [
    ("Camille, vi seu post sobre conteúdo para LinkedIn: qual a frequência ideal de postagem pra uma página de empresa B2B?", "por semana"),
    ("Hola Camille, ¿cuál es la frecuencia ideal para publicar en la página de empresa de LinkedIn?", "por semana"),
    ("Ciao Camille, qual è la frequenza ideale per postare sulla pagina aziendale LinkedIn?", "a settimana"),
    ("Hallo Camille, was ist die ideale Frequenz für Posts auf einer LinkedIn-Unternehmensseite?", "pro Woche"),
    ("Hoi Camille, wat is de ideale frequentie om te posten op een LinkedIn-bedrijfspagina?", "per week"),
    ("Bonjour Camille, quelle est la fréquence idéale de publication pour une page entreprise LinkedIn ?", "par semaine"),
    ("Hi Camille, what's the ideal posting frequency for a B2B company page on LinkedIn?", "a week"),
])
def test_ideal_frequency_gets_the_posting_rhythm(note: str, said: str) -> None:
    text = sample_draft(note, name="Rafael Mendes")
    assert said in text
    assert "orçamento" not in text and "budget" not in text and "presupuesto" not in text


@pytest.mark.parametrize("note, said", [
    ("Olá, me formei em Comunicação Social e quero migrar pra marketing digital. Você indicaria algum curso ou certificação pra começar?", "Skillshop"),
    ("Oi Camille, sou formada em jornalismo e estou mudando pra marketing digital. Que curso você me indica pra começar?", "Skillshop"),
    ("Ciao Camille, sono laureata in comunicazione e voglio passare al marketing digitale. Mi indichi un corso o una certificazione per iniziare?", "Skillshop"),
])
def test_career_changer_course_question_gets_a_course(note: str, said: str) -> None:
    text = sample_draft(note, headline="Comunicadora | Em transição para Marketing Digital", name="Camila Teixeira")
    assert said in text
    assert "em que ponto você está e eu te digo" not in text and "dimmi a che punto sei e ti dico" not in text


@pytest.mark.parametrize("note", [
    "hoi camille, ben net afgestudeerd (master marketing, UvA) en zoek m'n eerste baan in social media. heb je tips hoe ik me kan onderscheiden?",
    "Hi, bin seit 6 Monaten auf Jobsuche als Junior Social Media Manager, nach meinem Bachelor. Hast du Tipps wie man ohne viel Erfahrung reinkommt?",
])
def test_social_media_job_seeker_hears_of_meta_blueprint_and_a_portfolio_told_first(note: str) -> None:
    text = sample_draft(note, name="Daan Hendriks")
    assert "Meta Blueprint" in text
    assert "Zo'n portfolio" not in text and "So ein Portfolio" not in text
    assert "eerste portfolio" in text or "erstes Portfolio" in text


def test_dutch_follow_up_training_is_called_vervolgtraining() -> None:
    text = sample_draft("Dag mevrouw Laurent, ik volgde uw training 'Social media voor starters' bij Unizo vorig jaar. Heel leerzaam! "
                        "Organiseert u ook een vervolgtraining? Vriendelijke groeten, An Janssens", name="An Janssens")
    assert "vervolgtraining" in text and "vervolgniveau" not in text
