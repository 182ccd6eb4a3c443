"""Wave 161 F: a shop owner or artisan who tells a concrete problem (lost with social media, stuck with SEO, poor Google
ranking) and asks for training gets her yes said short and the step for that problem, never the catalogue of formats,
countries and languages and "what would you like to learn?"; a free tool to audit a small site gets Screaming Frog's
free version (500 URLs) first, never the keyword-research tools."""
from __future__ import annotations

import pytest

from drafting import sample_draft

CATALOGUE = ("Belgi", "Suisse", "Schweiz", "België", "Switzerland", "Bélgica")
REASKED = ("aimeriez apprendre", "lernen möchtest", "wilt leren", "like to learn", "gustaría aprender", "piacerebbe imparare")


@pytest.mark.parametrize("note, headline, name, said", [
    # 202 fr_en note-17
    ("Bonjour Madame Laurent, je dirige une petite menuiserie à Villefranche et je ne comprends rien aux réseaux sociaux. "
     "Proposez-vous des formations pour les artisans ? Cordialement, Bernard Fabre", "Gérant - Menuiserie Fabre", "Bernard Fabre", "Partir de zéro"),
    ("Hello Camille, I run a small bakery in Leeds and honestly I don't understand social media at all. Do you run training "
     "for shop owners? Thanks, Tom", "Owner, Crumbs Bakery", "Tom Baker", "Starting from scratch"),
    ("Hallo Frau Laurent, ich führe eine kleine Schreinerei und verstehe nichts von Social Media. Bieten Sie Schulungen für "
     "Handwerker an? Grüße, Jens", "Inhaber - Schreinerei Voss", "Jens Voss", "Bei null anzufangen"),
    # 203 de_nl note-11
    ("Hallo Camille, ich habe vor einem Jahr meinen eigenen Onlineshop für Naturkosmetik gegründet und komme bei SEO nicht "
     "weiter. Bietest du auch Schulungen für Gründerinnen an? Danke & Grüße, Miriam", "", "Miriam Schulz", "SEO-Einzelschulung"),
    # 203 de_nl note-33
    ("Hoi Camille, ik heb sinds een half jaar een webshop in duurzame babykleding en mijn Google-vindbaarheid is echt slecht. "
     "Geef je ook trainingen voor ondernemers? Groet, Fleur", "", "Fleur Hendriks", "SEO-training op je eigen website"),
    ("Bonjour Camille, j'ai lancé ma boutique en ligne de bougies et je galère avec le référencement. Vous faites des "
     "formations pour les indépendants ? Merci, Léa", "Fondatrice - Lueur", "Léa Morin", "formation SEO en individuel"),
])
def test_owner_problem_gets_short_yes_and_its_step(note, headline, name, said):
    text = sample_draft(note, headline, name)
    assert said in text, text
    for word in (*CATALOGUE, *REASKED):
        assert word not in text, (word, text)


def test_learner_without_problem_keeps_the_training_step():
    text = sample_draft("Bonjour Camille, proposez-vous des formations en marketing digital pour les particuliers ? Merci, Julie",
                        "Assistante commerciale", "Julie Roux")
    assert "Partir de zéro" not in text and "formation SEO en individuel" not in text


@pytest.mark.parametrize("note, headline, name, said", [
    # 202 fr_en note-15 and note-36
    ("Bonjour Camille, votre post sur les erreurs SEO des petites boutiques Shopify m'a fait réagir : vous recommandez quoi "
     "comme outil gratuit pour auditer un site de 50 pages ?", "Gérant - La Cave de Paul", "Paul Vidal", "500 URL"),
    ("Hi Camille, loved your LinkedIn post on Shopify SEO mistakes. Quick question: which free tool would you recommend for "
     "auditing a 40-page site?", "Owner, The Tea Corner", "Hannah Brooks", "500 URLs"),
    ("Hola Camille, ¿qué herramienta gratis me recomiendas para auditar una web pequeña de mi tienda? Gracias", "Dueña - Tienda Lúa",
     "Lucía Varela", "500 URL"),
])
def test_free_audit_tool_gets_the_crawler_first(note, headline, name, said):
    text = sample_draft(note, headline, name)
    assert said in text and "Screaming Frog" in text, text
    assert "Keyword" not in text and "mots-clés" not in text and "palabras clave" not in text, text
    body = text.split("\n", 3)[3]
    assert body.index("Screaming Frog") < 60, text


def test_keyword_tools_for_a_beginner_unchanged():
    text = sample_draft("Salut Camille, je suis étudiante, quels outils tu conseilles pour apprendre le SEO quand on débute ?",
                        "Étudiante en communication", "Chloé Bernard")
    assert "Le gratuit va loin" in text
