"""Fix wave 107, group A: answers (the owner's FAQ answers and their selection)."""

from __future__ import annotations

import pytest

from drafting import sample_draft


@pytest.mark.parametrize("note,name,must", [
    # round 106 es_pt_it note-8, note-52: the wish to ask, then the question itself with no "?"
    ("hola camille, soy community manager junior y queria preguntarte que certificaciones recomiendas para especializarme en ads. "
     "gracias de antemano", "Irene López", "Blueprint"),
    ("ciao camille, sono social media manager junior e volevo chiederti quali certificazioni consigli per specializzarmi in adv. "
     "grazie mille in anticipo", "Martina Ricci", "Blueprint"),
    ("hi camille, i'm a junior community manager and wanted to ask which certifications you'd recommend to specialise in ads. thanks",
     "Anna Smith", "Blueprint"),
    ("bonjour camille, je suis community manager junior et je voulais te demander quelles certifications tu recommandes pour me "
     "spécialiser en ads. merci d'avance", "Julie Martin", "Blueprint"),
])
def test_a_question_asked_after_i_wanted_to_ask_you_is_answered(note: str, name: str, must: str) -> None:
    # the certification asked is answered, never "send me your questions" nor "what exactly do you need?"
    text = sample_draft(note, name=name)
    assert must in text, text
    for word in ("tus preguntas", "le tue domande", "precise questions", "préciser ta question"):
        assert word not in text, text


def test_a_wish_to_ask_questions_later_still_gets_send_them() -> None:
    # no question written after the wish to ask: still an invitation to send them
    text = sample_draft("hola camille, soy community manager junior y me gustaría preguntarte algunas cosas cuando tengas tiempo",
                        name="Irene López")
    assert "Blueprint" not in text, text


@pytest.mark.parametrize("note,name", [
    # round 105 fr_en note-14: the budget she advises for a test, never her fees and a quote
    ("Hello Camille, suite a ton post sur les budgets Meta Ads pour les petites marques, je me demandais : tu conseilles combien "
     "minimum par mois pour tester ? Merci !", "Lila Moreau"),
    ("Bonjour Camille, pour une petite boutique en ligne, il faut mettre combien par mois en pub Facebook pour tester ?", "Léa Petit"),
    ("Hi Camille, for a small online shop, how much would you recommend spending per month to test Facebook ads?", "Emma Brown"),
])
def test_the_budget_she_advises_is_no_question_on_her_rates(note: str, name: str) -> None:
    text = sample_draft(note, name=name)
    assert "€" in text, text
    for word in ("tarifs", "devis", "rates", "quote"):
        assert word not in text, text


def test_her_price_asked_with_how_much_is_still_her_rates() -> None:
    text = sample_draft("Bonjour Camille, combien coûte un audit SEO pour une petite boutique ?", name="Léa Petit")
    assert "€ par jour" not in text, text
