"""Learners and job seekers of rounds 93–94: the subject of the question decides the answer, the stage told before it
only says who asks (wave 95 T)."""

from __future__ import annotations

import pytest

from drafting import sample_draft

SEO_COURSES = [
    ("bonjour camille je suis en reconversion dans le marketing digital (ancien commercial) est ce que tu aurais des conseils "
     "de formation pour débuter en SEO ? merci d'avance", "En reconversion - marketing digital"),
    ("Hi Camille, I'm retraining into digital marketing after years in sales. Any course you'd recommend to get started in SEO?",
     "Career changer"),
    ("Hola Camille, estoy en reconversión hacia el marketing digital. ¿Qué cursos me recomiendas para empezar en SEO?",
     "En reconversión"),
]


@pytest.mark.parametrize(("note", "headline"), SEO_COURSES)
def test_a_career_changer_asking_seo_courses_gets_seo_courses(note: str, headline: str) -> None:
    text = sample_draft(note, headline=headline, name="Karim Benali")
    assert "HubSpot Academy" in text and "Search Console" in text, text
    assert "Meta Blueprint" not in text, text  # the ads certifications of the career-change answer


def test_a_portfolio_question_is_advice_not_an_application() -> None:
    text = sample_draft("Ciao Camille, sono neolaureata in marketing e sto cercando lavoro. Mi daresti un consiglio su come "
                        "impostare il portfolio per candidarmi come social media manager?",
                        headline="Neolaureata in Marketing | Cerco lavoro", name="Martina De Luca")
    assert "portfolio" in text, text
    assert "CV" not in text and "ti rispondo a breve" not in text, text


def test_a_first_seo_job_portfolio_keeps_its_seo_answer() -> None:
    """The stage told before the question ("recém-formado … primeiro emprego") does not block an answer the question
    itself names (SEO): the first SEO job's answer, never the generic career one."""
    text = sample_draft("Olá Camille, recém-formado em marketing, estou à procura do primeiro emprego. Que conselho me daria para "
                        "construir um portfólio de SEO sem experiência profissional? Obrigado desde já. Diogo",
                        headline="", name="Diogo Martins")
    assert "primeiro emprego em SEO" in text and "Search Console" in text, text
    assert "Meta Blueprint" not in text, text


@pytest.mark.parametrize(("note", "words"), [
    ("hola camille, me he quedado sin trabajo hace poco (era community manager 4 años). ¿Crees que la formación en SEO vale la "
     "pena para reorientarme? cualquier consejo se agradece", "buena opción"),
    ("ciao camille, ho perso il lavoro da poco (facevo il social media manager da 4 anni). secondo te vale la pena fare una "
     "formazione SEO per ricollocarmi? ogni consiglio è ben accetto", "buona scelta"),
])
def test_is_it_worth_it_is_answered_not_a_reading_list(note: str, words: str) -> None:
    """'Is training in SEO worth it for me?' is a yes/no on the move, never the list of SEO courses."""
    text = sample_draft(note, headline="Community Manager | Buscando nuevas oportunidades", name="Lucía Gómez")
    assert words in text and "Semrush Academy" not in text, text


@pytest.mark.parametrize(("note", "headline"), [
    ("Hey Camille, bin Marketing-Student an der HdM Stuttgart und dein Post über TikTok Ads hat mir echt geholfen 🙏 Welche "
     "Bücher oder Kurse würdest du für den Einstieg ins SEO empfehlen?", "Student Online-Medien-Management | HdM Stuttgart"),
    ("Hoi Camille, ik ben marketingstudent in Amsterdam en je post over TikTok ads was echt super nuttig 🙌 welke boeken of "
     "cursussen raad je aan om met SEO te beginnen?", "Student Marketing @ HvA"),
])
def test_books_or_courses_for_seo_after_a_post_on_ads_is_no_choice_between_them(note: str, headline: str) -> None:
    """Round 96 de note-5 and nl note-27: the post on ads told before the question, "books or courses" the either/or:
    the SEO learning sources, never SEO weighed against ads."""
    text = sample_draft(note, headline=headline, name="Paul Weber")
    assert "Skillshop" in text and "HubSpot Academy" in text, text
    assert not any(w in text for w in ("Beides sind gute Wege", "hoe snel de verkoop")), text


@pytest.mark.parametrize(("note", "headline"), [
    ("Bonjour Camille, je suis en reconversion vers le marketing digital après 10 ans dans la banque. Quelle formation me "
     "conseilleriez-vous pour démarrer en SEO ? Merci d'avance pour votre retour", "En reconversion – marketing digital"),
    ("Hi Camille, I'm switching careers from teaching to digital marketing. Which certifications would you recommend for "
     "someone starting out in SEO? Thanks in advance!", "Career changer | Aspiring SEO specialist"),
])
def test_a_career_changer_asking_seo_training_is_not_sent_to_ads_certificates(note: str, headline: str) -> None:
    """Round 97 fr note-12 and en note-34: the field named in the question (SEO) decides; the breaking-into answer
    (Google Ads and Meta Blueprint certificates) no longer counts "SEO" among its words."""
    text = sample_draft(note, headline=headline, name="Mark Johnson")
    assert "HubSpot Academy" in text and "Skillshop" in text, text
    assert "Meta Blueprint" not in text, text
