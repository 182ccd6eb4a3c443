"""A seller who offers to SHOW the owner their product ("book 15 min to show you how it works") pitches a demo: a polite
no, never the owner's own advice on the subject their product touches (round 53 fr_en note-29)."""

from __future__ import annotations

import pytest
from drafting import sample_draft

DEMOS = [
    ("Hi Camille, our AI tool writes 100 SEO blog posts a month for you on autopilot. Can I book 15 min to show you how it works? Best, Ryan",
     "not something I need", ("Starter Guide", "Ahrefs", "blog")),
    ("Bonjour Camille, notre outil d'IA rédige vos articles SEO en automatique. Puis-je vous montrer comment ça marche en un quart d'heure ?",
     "pas un besoin", ("guide", "Abondance")),
    ("Hallo Frau Laurent, unsere KI-Software schreibt Ihnen 50 SEO-Artikel pro Monat. Darf ich Ihnen kurz zeigen, wie das funktioniert?",
     "keinen Bedarf", ("telefonieren", "Einschätzung")),
    ("Hola Camille, nuestra herramienta de IA escribe tus artículos de blog SEO sola. ¿Te puedo mostrar cómo funciona en una llamada de 15 minutos?",
     "no lo necesito", ("hablamos 15 minutos", "leer mi artículo")),
    ("Hoi Camille, onze AI-tool schrijft elke maand 100 SEO-blogs voor je. Mag ik je even laten zien hoe het werkt?",
     "geen behoefte", ("Semrush", "Search Console")),
]


@pytest.mark.parametrize(("note", "no", "bad"), DEMOS)
def test_a_product_shown_to_her_is_declined(note: str, no: str, bad: tuple[str, ...]) -> None:
    text = sample_draft(note, headline="Account Executive", name="Ryan Cooper")
    assert no in text
    assert not any(b in text for b in bad)


def test_a_client_asking_to_be_shown_is_not_a_pitch() -> None:
    text = sample_draft("Hi Camille, we launched our app last month. Could you show us how to promote it on Instagram?", name="Ana Ruiz")
    assert "not something I need" not in text
