"""Wave 61, group A: direct questions answered from the sample FAQ (where a blog goes, where a student starts in SEO,
Semrush or Ahrefs for a learner)."""

from __future__ import annotations

import pytest
from drafting import sample_draft


@pytest.mark.parametrize("note, words", [
    ("bjr camille, petite question : vaut-il mieux faire un blog sur shopify ou sur un wordpress à côté ? merci", "blog intégré"),
    ("Hi Camille, quick question: should my blog live on Shopify or on a separate WordPress site?", "built into Shopify"),
    ("Hola Camille, ¿me recomiendas hacer el blog en Shopify o en un WordPress aparte?", "blog integrado"),
    ("Hallo Camille, Blog lieber direkt im Shopify-Shop oder separat auf WordPress?", "eingebaute Blog"),
])
def test_blog_on_the_shop_or_a_separate_wordpress_is_answered(note: str, words: str) -> None:
    text = sample_draft(note, name="Ana Ruiz")
    assert words in text and "WordPress" in text
    assert "vaut le coup si" not in text and "vale la pena si" not in text


def test_a_plugin_question_on_a_wordpress_blog_is_not_the_where_answer() -> None:
    text = sample_draft("Which SEO plugin for my WordPress blog, Yoast or Rank Math?", name="Ana Ruiz")
    assert "subfolder" not in text


@pytest.mark.parametrize("note, headline, words", [
    ("Hola! Soy estudiante de Marketing Digital y me interesa mucho el SEO. ¿Que me recomiendas para empezar? Gracias",
     "Estudiante de Marketing Digital | UV", "guía de introducción al SEO"),
    ("Ciao Camille! Sono studentessa di marketing e la SEO mi appassiona. Cosa mi consigli per iniziare?",
     "Studentessa | Università di Bologna", "guida introduttiva alla SEO"),
    ("Bonjour Camille, étudiant en master marketing, le SEO m'intéresse beaucoup. Tu me conseilles quoi pour débuter ?",
     "Étudiant M1 Marketing digital", "guide de démarrage SEO"),
    ("Hi Camille, I am a marketing student and really into SEO. What would you recommend to get started?",
     "Marketing student", "SEO Starter Guide"),
])
def test_a_students_how_to_start_in_seo_gets_a_first_step(note: str, headline: str, words: str) -> None:
    text = sample_draft(note, headline=headline, name="Ana Ruiz")
    assert words in text
    assert "cuéntame en qué punto estás y qué quieres conseguir" not in text


@pytest.mark.parametrize("note, headline, words", [
    ("Hey Camille, ik ben net begonnen als junior SEO specialist: welke tools zou jij een beginner aanraden, Semrush of Ahrefs?",
     "Junior SEO Specialist | Bureau Zichtbaar", "goed"),
    ("Hi Camille, junior SEO here, just starting: which tools for a beginner, Semrush or Ahrefs?",
     "Junior SEO Specialist", "good"),
    ("Hallo Camille, ich bin Junior im SEO und fange gerade an: welche Tools für Einsteiger, Semrush oder Ahrefs?",
     "Junior SEO Manager", "gut"),
])
def test_a_learners_semrush_or_ahrefs_is_answered_both_ways(note: str, headline: str, words: str) -> None:
    text = sample_draft(note, headline=headline, name="Ana Ruiz")
    assert words in text and "Semrush" in text and "Ahrefs" in text
    for half_answer in ("Semrush of Ahrefs kan wachten", "Semrush or Ahrefs can wait", "Semrush oder Ahrefs kann warten"):
        assert half_answer not in text
