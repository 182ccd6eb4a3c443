"""Round 21 (m21b), misreads: a teacher's invitation to talk to a class is a speaker invitation (yes in principle, never a
client's budget question); a call for papers is answered with its deadline (never a generic call); a daily rate is a price
question (answered: a proposal with the rates)."""
from __future__ import annotations

import pytest

from drafting import sample_draft


def draft(note: str, headline: str = "") -> str:
    return sample_draft(note, headline, with_evidence=True)


CLIENT_WORDS = ("budget", "activité", "presupuesto", "Budget", "orçamento", "20 minut", "20-minute", "20 Minuten")

CLASS_TALKS = [
    ("Bonjour Madame, je coordonne une licence pro au lycée Diderot. Pourriez-vous venir présenter votre métier à nos étudiants en mars ?", "principe|sous réserve de mon agenda"),
    ("Bonjour, je suis enseignant en BTS MCO. Accepteriez-vous de parler de votre métier à mes élèves ?", "principe"),
    ("Hi Camille, I teach business studies in Leeds. Would you be willing to talk to my class about your job this spring?", "love|happy|glad to, subject to my diary"),
    ("Hello Camille, I'm a lecturer at a college in Bristol. Could you come and speak to our students about your career?", "love|happy"),
    ("Hola Camille, soy profesora en un instituto de Valencia. ¿Te animarías a contar tu trabajo a mis alumnos en mayo?", "sí|con mucho gusto, si mi agenda lo permite"),
    ("Ciao Camille, insegno marketing a Torino. Ti andrebbe di venire a raccontare il tuo lavoro ai miei studenti?", "volentieri"),
    ("Guten Tag Frau Laurent, ich unterrichte an einer Berufsschule. Hätten Sie Lust, meinen Schülern Ihren Beruf vorzustellen?", "gern"),
    ("Hoi Camille, ik ben docent op een mbo. Zou je aan mijn klas willen vertellen over je werk?", "graag"),
    ("Olá Camille, sou professora numa escola em Lisboa. Gostaria de vir falar do seu trabalho aos meus alunos?", "gosto"),
]


@pytest.mark.parametrize("note,yes", CLASS_TALKS)
def test_class_talk_is_an_invitation(note, yes):
    text = draft(note)
    assert any(y in text.lower() for y in yes.lower().split("|")), text
    assert not any(w in text for w in CLIENT_WORDS), text
    assert "fora da minha área" not in text and "outside my" not in text, text


CFPS = [
    ("Hello Camille, I'm on the programme team of SearchFest. Please submit a talk on local SEO, the CFP closes March 1!", "March 1"),
    ("Hi Camille, heads-up: the call for papers for MozCon is open until 15 April, you should submit a talk!", "15 April"),
    ("Bonjour Camille, l'appel à communications du SEO Camp ferme le 1er mars, vous devriez proposer une conférence !", "1er mars"),
    ("Hola Camille, la convocatoria de ponencias del Congreso Web cierra el 10 de marzo. ¡Anímate!", "10 de marzo"),
    ("Hallo Camille, der Call for Papers für die SEOkomm läuft bis 1. März – reich doch einen Vortrag ein!", "1. März"),
    ("Hoi Camille, de call for papers van Frankwatching Live sluit op 1 maart. Dien je een talk in?", "1 maart"),
    ("Ciao Camille, la call for speakers del Web Marketing Festival chiude il 1 marzo: proponi un talk!", "1 marzo"),
    ("Olá Camille, a chamada de trabalhos do SEO Lisboa fecha a 1 de março. Submete uma proposta!", "1 de março"),
]


@pytest.mark.parametrize("note,deadline", CFPS)
def test_call_for_papers_names_the_deadline(note, deadline):
    text = draft(note)
    assert text.count(deadline) == 1, text  # the closing date, once, never as the event's date
    assert not any(w in text for w in ("20-minute", "20 minuti", "20 minutos", "20 Minuten", "20 minuten", "20 minutes")), text
    assert "..\n" not in text and ". een" not in text, text


RATES = [
    ("Hi Camille, we need an SEO audit for the German market. What's your availability and daily rate?", ("price", "rates", "€")),
    ("Hello Camille, what is your day rate for a content audit?", ("price", "rates")),
    ("Bonjour Camille, nous cherchons une consultante pour un audit SEO. Quel est votre TJM ?", ("chiffrée", "tarif")),
    ("Guten Tag Frau Laurent, wir planen ein SEO-Audit. Wie hoch ist Ihr Tagessatz?", ("Angebot", "Konditionen")),
    ("Hola Camille, necesitamos una auditoría SEO. ¿Cuál es tu tarifa diaria?", ("tarifas", "precio", "€")),
    ("Ciao Camille, ci servirebbe un audit SEO. Qual è la tua tariffa giornaliera?", ("tariffe", "prezzo", "€")),
    ("Hoi Camille, we zoeken iemand voor een SEO-audit. Wat is je dagtarief?", ("tarieven", "prijs")),
    ("Olá Camille, precisamos de uma auditoria de SEO. Qual é o valor da diária?", ("valores", "preço")),
]


@pytest.mark.parametrize("note,words", RATES)
def test_daily_rate_is_a_price_question(note, words):
    text = draft(note)
    assert any(w in text for w in words), text
