"""Students and job seekers (wave 50): the agencies half of an internship question, a survey offered beside an
interview, an event shared without a talk, and a Brazilian's paid-traffic jargon."""

from __future__ import annotations

import pytest
from drafting import sample_draft

from invitriage.drafts.notefacts import pt_variant

INTERNS_AND_AGENCIES = [
    ("Hi Camille! I'm a marketing student in Leeds looking for an internship from June. Do you take interns, or do you "
     "know any agencies in Lyon that do? Thanks", ["not taking on interns", "agencies in Lyon"]),
    ("Hallo Camille, ich suche ein Praktikum im Bereich SEO ab April. Nehmen Sie Praktikanten oder kennen Sie Agenturen "
     "in Lyon? Viele Grüße", ["keine Praktikant", "Agenturen in Lyon"]),
    ("Hoi Camille, ik zoek een afstudeerstage in social media. Heb je plek voor een stagiair? Of ken je marketingbureaus "
     "in Lyon?", ["geen stagiairs", "bureaus in Lyon"]),
    ("¡Hola Camille! Estudio Marketing en Sevilla y busco prácticas de 6 meses. ¿Aceptas becarios o conoces alguna "
     "agencia en Lyon? Gracias", ["no tengo plazas de prácticas", "agencias de marketing y SEO de Lyon"]),
    ("Ciao Camille, studio comunicazione a Bologna e cerco un tirocinio da settembre. Prendi stagisti o conosci agenzie "
     "a Lione che ne cercano?", ["non accolgo tirocinanti", "di Lione"]),
]


@pytest.mark.parametrize(("note", "words"), INTERNS_AND_AGENCIES)
def test_internship_and_agencies_both_answered(note: str, words: list[str]) -> None:
    text = sample_draft(note, headline="Student", name="Ana Ruiz")
    for w in words:
        assert w in text, (w, text)


def test_internship_alone_gets_no_agency_line() -> None:
    text = sample_draft("Hi Camille, I'm looking for an internship in SEO from March. Do you take interns? Thanks!",
                        headline="Student", name="Ana Ruiz")
    assert "not taking on interns" in text and "agencies" not in text


SURVEY_OR_INTERVIEW = [
    ("Hola Camille, estoy haciendo mi TFM sobre el impacto de TikTok Ads en las pymes. ¿Podrías responder a una "
     "encuesta de 10 minutos o concederme una breve entrevista? Te lo agradecería muchísimo 🙏", "enlace de la encuesta",
     ["llamada", "inglés"]),
    ("Hi Camille, I'm writing my master's thesis on influencer marketing for SMEs. Would you have 10 minutes for a short "
     "survey, or maybe a quick interview call?", "link to the survey", ["call", "next week"]),
    ("Ciao Camille, sto scrivendo la tesi sul social commerce. Potresti compilare un questionario di 10 minuti oppure "
     "concedermi una breve intervista?", "link al questionario", ["call", "inglese"]),
    ("Hallo Camille, ich schreibe meine Bachelorarbeit über Content-Marketing. Hättest du Zeit für eine Umfrage "
     "(10 Minuten) oder ein kurzes Interview?", "Link zur Umfrage", ["Englisch", "Termin"]),
    ("Hoi Camille, ik schrijf mijn scriptie over TikTok-marketing. Wil je een vragenlijst van 10 minuten invullen of "
     "een kort interview doen?", "link naar de vragenlijst", ["Engels", "bellen"]),
]


@pytest.mark.parametrize(("note", "want", "gone"), SURVEY_OR_INTERVIEW)
def test_survey_offered_beside_interview_is_taken(note: str, want: str, gone: list[str]) -> None:
    text = sample_draft(note, headline="Student", name="Ana Ruiz")
    assert want in text, text
    for w in gone:
        assert w not in text, (w, text)


def test_interview_alone_still_gets_a_time() -> None:
    text = sample_draft("Hola Camille, estoy haciendo mi TFM sobre TikTok Ads. ¿Me concederías una entrevista de 15 "
                        "minutos por videollamada?", headline="Estudiante", name="Ana Ruiz")
    assert "videollamada" in text and "enlace" not in text


NO_TALK = [
    ("Hola Camille, coincidimos en el taller de contenidos de Lyon French Tech en marzo. Yo era la de la startup de "
     "alimentación vegana 😊 Me quedé con ganas de preguntarte por tu formación de redes sociales, ¿la das también en "
     "español?", "la charla"),
    ("Bonjour Camille, nous nous sommes croisées à l'atelier French Tech en mars, mais je n'ai pas eu le temps de vous "
     "parler. Proposez-vous des formations sur les réseaux sociaux ?", "notre échange"),
    ("Ciao Camille, ci siamo viste al workshop di French Tech a Lione, ma non abbiamo avuto modo di parlare. Fai anche "
     "formazione sui social?", "chiacchierata"),
    ("Hallo Camille, wir haben uns beim Workshop von French Tech in Lyon getroffen, sind aber leider nicht ins Gespräch "
     "gekommen. Bietest du auch Social-Media-Schulungen an?", "Gespräch"),
    ("Hoi Camille, we hebben elkaar ontmoet op de workshop van French Tech in Lyon maar hebben niet kunnen praten. Geef "
     "je ook trainingen over social media?", "gesprek"),
]


@pytest.mark.parametrize(("note", "bad"), NO_TALK)
def test_no_thanks_for_a_talk_that_never_happened(note: str, bad: str) -> None:
    assert bad not in sample_draft(note, headline="Founder", name="Ana Ruiz")


def test_a_talk_that_happened_is_still_thanked() -> None:
    text = sample_draft("Hola Camille, coincidimos en el taller de French Tech en Lyon y charlamos un rato. ¿Das "
                        "formación sobre redes sociales?", headline="Founder", name="Ana Ruiz")
    assert "la charla" in text


@pytest.mark.parametrize("note", [
    "Olá Camille, estou desempregado há alguns meses e quero migrar para marketing digital. Faria sentido um curso de "
    "SEO ou de tráfego pago?",
    "Olá Camille, sou gestora de tráfego e queria trocar ideias sobre anúncios.",
])
def test_paid_traffic_jargon_is_brazilian(note: str) -> None:
    assert pt_variant(note) == "pt-BR"


def test_brazilian_jargon_gets_brazilian_reply() -> None:
    text = sample_draft("Olá Camille, estou desempregado há alguns meses e quero migrar para marketing digital. Tenho 10 "
                        "anos de experiência em vendas. Faria sentido um curso de SEO ou de tráfego pago?",
                        headline="Em transição de carreira | Vendas > Marketing Digital", name="André Souza")
    assert "você" in text and "descurar" not in text and "diga-me" not in text


@pytest.mark.parametrize("note", [
    "Hola, soy estudiante de marketing digital en la Universidad de Valencia y busco prácticas para septiembre. "
    "¿Aceptas becarios en tu agencia? Gracias!!",
    "Hi Camille, I'm a marketing student looking for an internship in June. Would you take an intern in your agency?",
])
def test_her_own_agency_is_the_interns_question(note: str) -> None:
    assert "LinkedIn" not in sample_draft(note, headline="Student", name="Ana Ruiz")
