"""Wave 147, our mends after reading the regression: a story is a laugh only when told as one; content strategy is a
course to learn only when a course, a book or learning is asked (never "recommended your expertise"); open positions
asked are no question on how to position oneself."""
from __future__ import annotations

import pytest

from drafting import sample_draft


@pytest.mark.parametrize("note, name, absent, present", [
    # 147 regression r100 de_nl note-23: her talk "eye-opening" is no joke
    ("Hoi Camille, leuk je gisteren te spreken op Emerce eDay in Amsterdam! Je verhaal over lokale SEO voor kleine ondernemers "
     "was echt eye-opening. Laten we contact houden. Groet, Sanne", "Sanne de Vries", "lachen", "gisteren"),
    # 147 regression r124 de_nl note-39: her path from agency to freelance inspired, no laugh
    ("Hey Camille, we zaten samen aan tafel bij het diner van Women in Marketing in Parijs. Ik vond je verhaal over overstappen "
     "van bureau naar freelance heel inspirerend! Laten we in contact blijven 🙂 Liefs, Julia", "Julia Bakker", "lachen", "Julia"),
])
def test_a_story_that_inspired_is_never_laughed_at(note: str, name: str, absent: str, present: str) -> None:
    draft = sample_draft(note, "", name)
    assert absent not in draft
    assert present in draft


def test_a_funny_story_told_with_a_laugh_is_still_remembered_with_a_smile() -> None:
    # 170 fr_en note-42 (kept): "your story of the client who wanted to rank #1 for 'shoes' 😂"
    draft = sample_draft("Hi Camille, it was great chatting with you at the SMX Paris after-party! Still thinking about your story "
                         "of the client who wanted to rank #1 for 'shoes' 😂 Let's stay in touch. Chris Miller, Austin TX", "", "Chris Miller")
    assert "story" in draft and "congratulations" not in draft.lower()


@pytest.mark.parametrize("note, name", [
    # 147 regression r127 fr_en note-4: a referrer recommended her for content strategy, the sender needs help
    ("Bonjour, Marc Dubois de l'agence Kairos m'a conseillé de vous contacter, il m'a dit que vous étiez la meilleure pour la "
     "strategie de contenu sur Lyon. Je lance une marque de cosmetiques bio et j'aurais besoin d'aide. Merci !", "Julie Bernard"),
    # 147 regression r29 es_pt_it note-5: how often to post, a question on the post
    ("Que tal Camille, soy community manager jr en CDMX. Vi tu post sobre estrategia de contenidos y me quede con una duda: cada "
     "cuanto recomiendas publicar en LinkedIn para una marca B2B? Saludos", "Diego Ruiz"),
    # her own training on it asked: her training answers it
    ("Bonjour Camille, proposez-vous des formations en stratégie de contenu pour une équipe de 5 personnes ?", "Paul Martin"),
])
def test_content_strategy_without_a_course_to_learn_gets_no_course_list(note: str, name: str) -> None:
    draft = sample_draft(note, "", name)
    assert "HubSpot" not in draft


@pytest.mark.parametrize("note, name, words", [
    ("Hey Camille, ik werk sinds kort als content marketeer bij een SaaS bedrijf. Welk boek of welke cursus zou jij aanraden "
     "om beter te worden in contentstrategie? Thnx! Lotte", "Lotte Visser", "HubSpot Academy"),
    ("Olá Camille, sou júnior em marketing há 1 ano. Que curso recomendas para aprender estratégia de conteúdo a sério?",
     "Inês Costa", "HubSpot Academy"),
])
def test_a_course_to_learn_content_strategy_still_gets_the_answer(note: str, name: str, words: str) -> None:
    assert words in sample_draft(note, "", name)


def test_open_positions_asked_get_no_positioning_advice() -> None:
    # 147 regression r44 es_pt_it note-59: "È a conoscenza di posizioni aperte a Lione?" asks vacancies
    draft = sample_draft("Gentile Signora Laurent, / Le scrivo perché cerco lavoro come social media manager. Ho 3 anni di "
                         "esperienza e parlo francese. È a conoscenza di posizioni aperte a Lione? / Cordiali saluti, / Roberta "
                         "Fontana", "", "Roberta Fontana")
    assert "Stringerei il titolo" not in draft


def test_a_past_trainee_of_her_content_course_gets_no_course_list() -> None:
    # 124 e (kept): "I took your content strategy course in 2023 … it helped a lot!" thanks her, asks nothing
    draft = sample_draft("Hi Camille! I took your content strategy course in 2023 and I now run marketing at a startup in Manchester. "
                         "Just wanted to say thanks, it helped a lot!", headline="Marketing Manager", name="Emma Clarke")
    assert "HubSpot" not in draft and "still comes in handy" in draft


@pytest.mark.parametrize("note, name", [
    # 147 regression r47 es_pt_it note-40: she bought HER e-book on content strategy; "books age fast" would contradict it
    ("Olá Camille, comprei o seu e-book de estratégia de conteúdos e já apliquei várias dicas no meu blog de culinária. "
     "Só queria agradecer! 🙏", "Marta Ribeiro"),
    # 147 regression r55 es_pt_it note-19: a case from HER experience asked
    ("Hola Camille, trabajo en growth en una fintech en México. ¿Tienes algún caso o recurso sobre estrategia de contenidos B2B "
     "en LinkedIn? Me gustaría aprender de tu experiencia. Saludos desde CDMX", "Lucía Herrera"),
])
def test_her_own_book_or_experience_gets_no_books_age_fast(note: str, name: str) -> None:
    assert "HubSpot" not in sample_draft(note, "", name)
