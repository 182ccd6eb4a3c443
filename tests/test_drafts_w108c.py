"""Fix wave 108, group C: what the note says happened (no invented context)."""

from __future__ import annotations

import pytest

from drafting import sample_draft


@pytest.mark.parametrize("note,name,headline,never", [
    # round 108 fr_en note-20: "j'ai vu que vous étiez à Lyon" is what the sender noticed, never a talk begun in Lyon
    ("Bonjour, j'ai vu que vous étiez à Lyon. Je suis aussi dans le marketing. Au plaisir de se connecter.", "Mélanie Garnier", "",
     ("échange commencé", "à Lyon")),
    ("Bonjour, j'ai vu sur votre profil que vous étiez à Bordeaux. Je travaille aussi dans la com. Au plaisir d'échanger.",
     "Julien Roux", "", ("échange commencé", "commencé à Bordeaux")),
    # round 108 de_nl note-18: the same school noticed ("hab gesehen, dass du auch an der EM Lyon warst"), never "our talk at EM Lyon"
    ("Hallo Camille, hab gesehen dass du auch an der EM Lyon warst – ich mache dort gerade meinen Master in Digital Marketing "
     "(Austausch aus Köln). Würde mich über Vernetzung freuen!", "Paul Hofmann", "Masterstudent Digital Marketing @ emlyon",
     ("Gespräch an der", "telefonieren")),
    ("Hi Camille, I saw that you were also at Audencia. I'm doing my master's in marketing there now. Happy to connect!",
     "Tom Baker", "", ("conversation at", "our chat")),
])
def test_a_place_only_noticed_is_no_meeting(note: str, name: str, headline: str, never: tuple[str, ...]) -> None:
    text = sample_draft(note, headline=headline, name=name)
    for word in never:
        assert word not in text, text


def test_a_met_place_after_a_seeing_verb_is_still_kept() -> None:
    # "on s'est vus au salon …": a meeting, its place kept
    text = sample_draft("Bonjour Camille, on s'est vus au salon E-Marketing Paris la semaine dernière, au plaisir de rester en contact !",
                        name="Claire Dubois")
    assert "E-Marketing Paris" in text, text


@pytest.mark.parametrize("note,name,headline", [
    # round 108 es_pt_it note-52: seen at a workshop, her approach praised, "restiamo in contatto": no client call on budget
    ("Ciao Camille, ci siamo visti al workshop sui Meta Ads a Lione il mese scorso. Sono head of growth in una startup food delivery "
     "e mi è piaciuto molto il tuo approccio. Restiamo in contatto! Alessandro", "Alessandro Moretti", "Head of Growth presso Piatto"),
    ("Hola Camille, coincidimos en el taller de Google Ads en Madrid el mes pasado. Soy head of growth en una startup de moda y me "
     "encantó tu enfoque. ¡Seguimos en contacto! Pablo", "Pablo Ruiz", "Head of Growth"),
])
def test_her_approach_praised_after_an_event_is_no_client_lead(note: str, name: str, headline: str) -> None:
    text = sample_draft(note, headline=headline, name=name)
    for word in ("budget", "presupuesto", "20 minut", "chiacchierata"):
        assert word not in text, text


def test_her_approach_praised_with_a_talk_asked_is_still_a_lead() -> None:
    # a talk asked in words of its own stays a prospect's call
    text = sample_draft("Ciao Camille, sono head of growth in una startup food delivery e mi è piaciuto molto il tuo approccio ai Meta Ads. "
                        "Possiamo sentirci per parlare della nostra strategia?", name="Alessandro Moretti")
    assert "call" in text or "sentirci" in text, text


@pytest.mark.parametrize("note,name,must,never", [
    # round 108 de_nl note-39: her training followed last year, campaigns since set up "met goed resultaat": congratulated,
    # never "if you apply any of it, let me know"
    ("Hallo Camille, ik heb vorig jaar jouw training social ads gevolgd (via Bloom Academy) en heb inmiddels mijn eigen campagnes "
     "opgezet, met goed resultaat! Bedankt nog. Groet, Eva de Boer", "Eva de Boer", "resultaten", "Als je er iets van toepast"),
    ("Bonjour Camille, j'ai suivi ta formation Meta Ads l'an dernier et j'ai lancé mes propres campagnes depuis, avec de bons résultats ! "
     "Merci encore. Léa", "Léa Petit", "résultats", "Si tu en mets"),
])
def test_results_told_after_her_training_are_congratulated(note: str, name: str, must: str, never: str) -> None:
    text = sample_draft(note, name=name)
    assert must in text, text
    assert never not in text, text


@pytest.mark.parametrize("note,name,must,never", [
    # round 107 de_nl note-35: met at HER SEO training: her training attended, never "ons gesprek"
    ("Hoi Camille, we hebben elkaar ontmoet bij jouw SEO-training in Brussel in november. Ik heb inmiddels al veel toegepast, "
     "bedankt nog! Laten we in contact blijven. Groet, Lieke", "Lieke Peeters", "mijn training", ("ons gesprek",)),
    ("Hi Camille, we met at your SEO workshop in Leeds in March. I've already applied a lot of it, thanks again! Let's stay in touch. Kate",
     "Kate Hill", "my workshop", ("our conversation", "our chat")),
])
def test_met_at_her_training_is_her_training_attended(note: str, name: str, must: str, never: tuple[str, ...]) -> None:
    text = sample_draft(note, name=name)
    assert must in text, text
    for word in never:
        assert word not in text, text


@pytest.mark.parametrize("note,name,must,never", [
    # round 108 fr_en note-15: her training a year ago, thanked again: hoped to serve still, never "if you put some into practice"
    ("Bjr, j'ai suivi votre formation Google Ads à la CCI l'an dernier, merci encore ! Je me permets de vous ajouter 😊",
     "Frédéric Blanc", "toujours aujourd'hui", "Si vous en mettez"),
    ("Hoi Camille, ik heb vorig jaar jouw training Google Ads gevolgd, nogmaals bedankt! Ik voeg je hier toe.", "Sanne Bakker",
     "nog steeds", "Als je er iets van toepast"),
    ("Ciao Camille, ho seguito la tua formazione Google Ads l'anno scorso, grazie ancora! Ti aggiungo qui.", "Luca Conti",
     "ancora utile", "Se metti in pratica"),
])
def test_a_training_taken_long_ago_is_hoped_to_serve_still(note: str, name: str, must: str, never: str) -> None:
    text = sample_draft(note, name=name)
    assert must in text, text
    assert never not in text, text


def test_a_training_taken_last_week_still_gets_the_let_me_know() -> None:
    text = sample_draft("Bonjour Camille, j'ai suivi votre formation Google Ads la semaine dernière, merci encore ! Je me permets de vous ajouter.",
                        name="Frédéric Blanc")
    assert "toujours aujourd'hui" not in text, text


@pytest.mark.parametrize("note,name,headline,must", [
    # round 107 fr_en note-1: her feedback on their product page helped: thanked in the meeting line
    ("Bonjour Camille, ravie d'avoir échangé avec vous au salon E-commerce Lyon jeudi dernier ! Votre retour sur notre fiche produit "
     "m'a bien aidée. Au plaisir de rester en contact. Sophie", "Sophie Marchand", "Fondatrice chez Les Bougies d'Ambre", "mon retour vous ait été utile"),
    ("Hoi Camille, leuk je vorige week op de beurs in Utrecht gesproken te hebben! Je feedback op onze productpagina heeft me echt "
     "geholpen. Laten we in contact blijven.", "Femke Visser", "", "mijn feedback"),
    ("Hola Camille, encantada de haberte conocido en el salón eCommerce de Madrid el jueves. Tus consejos sobre nuestra ficha de "
     "producto me ayudaron mucho. ¡Seguimos en contacto!", "Elena Ruiz", "", "mis comentarios"),
])
def test_her_feedback_that_helped_is_acknowledged(note: str, name: str, headline: str, must: str) -> None:
    text = sample_draft(note, headline=headline, name=name)
    assert must in text, text
