"""Wave 114, group D: career questions answered, never put off. Tips on "a good course or certification" are her advice on
which course to take; a career change told in other words ("cambiar de sector", "switch to marketing") gets her
career-changer answer; "how did you go freelance? … any tips?" from someone weighing the step gets how she found her
first clients and her tip, never "work two or three years at an agency first"."""

from __future__ import annotations

import pytest

from drafting import sample_draft
from invitriage.drafts import quickq


@pytest.mark.parametrize("note, headline, name, wanted", [
    ("Beste mevrouw Laurent, na 10 jaar in de retail wil ik de overstap maken naar digitale marketing. Heeft u tips voor een goede "
     "opleiding of certificering? Ik zou uw advies erg waarderen. Vriendelijke groet, Monique", "Omscholing naar Digital Marketing",
     "Monique Dekker", "Skillshop"),
    ("Hello Camille, after 10 years in retail I want to switch to digital marketing. Do you have tips for a good course or "
     "certification? Thanks, Monique", "Career change to Digital Marketing", "Monique Dekker", "Skillshop"),
    ("Hallo Frau Laurent, nach 10 Jahren im Einzelhandel möchte ich ins digitale Marketing wechseln. Haben Sie Tipps für eine gute "
     "Weiterbildung oder Zertifizierung?", "Quereinstieg Digital Marketing", "Monika Berg", "Skillshop"),
])
def test_tips_on_a_course_or_certification_are_answered(note: str, headline: str, name: str, wanted: str) -> None:
    draft = sample_draft(note, headline=headline, name=name)
    assert wanted in draft, draft
    assert "tussen die twee" not in draft and "waar u nu staat" not in draft and "where you stand" not in draft, draft


def test_generic_learning_options_are_no_choice() -> None:
    assert quickq.generic_choice(["goede opleiding", "certificering"])
    assert quickq.generic_choice(["good course", "certification"])
    assert not quickq.generic_choice(["Google Ads", "Meta Blueprint"])


@pytest.mark.parametrize("note, headline, name, wanted", [
    ("Hola! Busco trabajo en marketing, soy ingeniero pero quiero cambiar de sector. Tienes algun consejo o alguna oferta?? gracias",
     "Ingeniero industrial en transición hacia el marketing", "Manuel Ortiz", "proyecto real"),
    ("Hi! I'm an engineer and want to switch to marketing. Any advice or any openings? thanks", "Industrial engineer", "Manuel Ortiz",
     "real project"),
    ("Ciao! Sono ingegnere ma voglio cambiare settore e lavorare nel marketing. Hai qualche consiglio o offerta? grazie", "Ingegnere",
     "Marco Rossi", "progetto reale"),
])
def test_a_career_change_told_in_other_words_gets_the_advice(note: str, headline: str, name: str, wanted: str) -> None:
    draft = sample_draft(note, headline=headline, name=name)
    assert wanted in draft, draft
    assert "opinión sobre tu pregunta" not in draft and "what you've tried" not in draft, draft


@pytest.mark.parametrize("note, name, wanted", [
    ("Hi Camille, wie hast du eigentlich den Einstieg in die Selbständigkeit als Marketing-Beraterin geschafft? Ich bin seit 3 Jahren "
     "in einer Agentur angestellt und überlege den Schritt. Hast du 2-3 Tipps? Danke! Julia", "Julia Schmitt", "Netzwerk"),
    ("Hi Camille, how did you actually make the move to freelancing as a marketing consultant? I've been at an agency for 3 years "
     "and I'm thinking about taking the step. Any tips? Thanks! Julia", "Julia Smith", "network"),
    ("Hoi Camille, hoe ben je eigenlijk als zelfstandige begonnen? Ik werk al 3 jaar bij een bureau en overweeg de stap. Heb je een "
     "paar tips?", "Julia de Vries", "netwerk"),
])
def test_her_own_start_as_a_freelancer_with_tips(note: str, name: str, wanted: str) -> None:
    draft = sample_draft(note, headline="Social Media Manager", name=name)
    assert wanted in draft, draft
    assert "Agentur arbeiten" not in draft and "at an agency, where" not in draft, draft


def test_her_own_path_without_tips_keeps_her_story() -> None:
    draft = sample_draft("Hi Camille, how did you get into SEO and go freelance? Just curious!", headline="Marketing student", name="Tom Lee")
    assert "Somewhat by chance" in draft, draft


@pytest.mark.parametrize("note, name, wanted, unwanted", [
    ("Olá Camille, tudo bem? Sou estudante de Publicidade na USP e vou fazer intercâmbio em Lyon no próximo semestre. Você aceita "
     "estagiários ou conhece agências que estejam contratando?", "Beatriz Almeida", "agências de marketing e SEO em Lyon", "região que te interessa"),
    ("Hi Camille! I'm a marketing student and I'll do my exchange semester in Lyon next spring. Do you take interns or know agencies "
     "that are hiring?", "Emma Brown", "agencies in Lyon", "the area you're aiming for"),
    ("Hola Camille, soy estudiante de marketing en la UCM y haré un intercambio en Lyon el próximo semestre. ¿Aceptas becarios o "
     "conoces agencias que estén contratando?", "Lucía Pérez", "SEO de Lyon", "la zona que te interese"),
])
def test_the_city_of_an_exchange_is_where_to_look(note: str, name: str, wanted: str, unwanted: str) -> None:
    draft = sample_draft(note, headline="Estudante", name=name)
    assert wanted in draft and unwanted not in draft, draft
