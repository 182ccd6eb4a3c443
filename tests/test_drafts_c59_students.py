"""Wave 59, group C: students and job seekers, and thanks for her workshop read as what they are."""

from __future__ import annotations

import pytest

from drafting import sample_draft

# --- thanks for the workshop she gave, never "our conversation at the bootcamp" -----------------------------------

WORKSHOP_THANKS = [
    ("olá camille! adorei o workshop de Google Ads que voce deu no bootcamp, aprendi muito!! obrigadaa 🙏", "workshop", "conversa"),
    ("hi camille! loved the Google Ads workshop you gave at the bootcamp, learned so much!! thanks 🙏", "my workshop", "chatting"),
    ("¡hola camille! me encantó el taller de Google Ads que diste en el bootcamp, aprendí muchísimo, gracias", "mi taller", "conversación"),
    ("ciao camille! ho adorato il workshop di Google Ads che hai tenuto al bootcamp, ho imparato tantissimo, grazie!", "il mio workshop", "chiacchierata"),
    ("bonjour camille ! j'ai adoré l'atelier Google Ads que tu as animé au bootcamp, j'ai appris plein de choses, merci !", "mon atelier", "publications"),
    ("Oi Camille, amei a palestra sobre SEO que você deu na semana passada, aprendi demais! Obrigado", "minha palestra", "conteúdos"),
]


@pytest.mark.parametrize("note,good,bad", WORKSHOP_THANKS)
def test_workshop_she_gave_is_thanked_for(note: str, good: str, bad: str) -> None:
    text = sample_draft(note, headline="Student at Digital Bootcamp", name="Mariana Alves")
    assert good in text
    assert bad not in text
    assert "?" not in text.split("\n\n")[1]  # no "what have you been up to since?" to a fan


# --- a wish to network with her peers, never an introduction asked of her -------------------------------------------

NETWORKING = [
    "Olá Camille, trabalho com growth marketing em São Paulo e acompanho seu conteúdo há um tempão. Queria me conectar com profissionais da área na Europa.",
    "Olá Camille, sou gestora de tráfego em Lisboa. Gostaria de me conectar com profissionais de marketing em França!",
    "Hola Camille, trabajo en growth en Buenos Aires y te sigo hace tiempo. Quería conectarme con profesionales del sector en Europa.",
]


@pytest.mark.parametrize("note", NETWORKING)
def test_networking_wish_is_no_intro_request(note: str) -> None:
    text = sample_draft(note, headline="Growth Marketing Lead", name="Lucas Ribeiro")
    for bad in ("ponte", "quem gostaria de conhecer", "presentación", "a quién"):
        assert bad not in text
    assert any(w in text for w in ("trocar ideias", "intercambiar ideas"))


@pytest.mark.parametrize("note,good", [
    ("Oi Camille, você poderia me conectar com alguém da sua rede que trabalhe com e-commerce?", "ponte"),
    ("Hola Camille, ¿podrías conectarme con alguien de tu red que trabaje en ecommerce?", "presentación"),
])
def test_introduction_asked_stays_one(note: str, good: str) -> None:
    assert good in sample_draft(note, headline="Growth Marketing Lead", name="Lucas Ribeiro")


# --- "sai di qualche posizione aperta?": the open positions asked, answered ----------------------------------------

@pytest.mark.parametrize("note", [
    "Ciao Camille, sto cercando lavoro come SEO specialist junior dopo il master. Hai qualche consiglio o sai di qualche posizione aperta?",
    "Buongiorno Camille, ho appena finito il master e cerco un primo impiego nel digital marketing. Saprebbe di qualche opportunità? Grazie",
    "Ciao Camille, sai se ci sono posizioni aperte per SEO junior a Lione? Sto cercando il mio primo lavoro.",
])
def test_open_positions_asked_in_italian(note: str) -> None:
    text = sample_draft(note, headline="Junior SEO Specialist | Master in Digital Marketing", name="Davide Bruno")
    assert "agenzie che stanno assumendo" in text
    assert "da dove partirei" not in text


# --- "tips to get into digital marketing? and do you offer an internship?": both halves answered ---------------------

INTERNS_AND_TIPS = [
    ("Hallo Camille, ich studiere Kommunikationswissenschaft in Münster und mache gerade ein Auslandssemester in Lyon. "
     "Hast du Tipps, wie man im Digital Marketing einsteigt? Und bietest du vielleicht ein Praktikum an?\nLG Jonas", "keine Praktikant", "Tipp"),
    ("Hi Camille, I study communication in Münster and I'm on an exchange semester in Lyon. Any tips on how to get into digital "
     "marketing? And do you offer internships?", "not taking on interns", "tip"),
    ("Bonjour Camille, je suis étudiante en communication à Lille. Tu as des conseils pour se lancer dans le marketing digital ? "
     "Et est-ce que tu prends des stagiaires ?", "pas de stagiaires", "conseil"),
    ("Hola Camille, estudio comunicación en Sevilla. ¿Tienes consejos para empezar en el marketing digital? ¿Y ofreces prácticas?",
     "no tengo plazas de prácticas", "consejo"),
    ("Hoi Camille, ik studeer communicatie in Utrecht. Heb je tips om in digitale marketing te beginnen? En bied je stages aan?",
     "geen stagiairs", "tip"),
    ("Ciao Camille, studio comunicazione a Bologna. Hai qualche consiglio per iniziare nel digital marketing? E offri tirocini?",
     "non accolgo tirocinanti", "consiglio"),
]


@pytest.mark.parametrize("note,no_interns,tip", INTERNS_AND_TIPS)
def test_tips_answered_after_no_to_interns(note: str, no_interns: str, tip: str) -> None:
    text = sample_draft(note, headline="Student", name="Jonas Schmidt")
    body = text.split("\n\n")[1]
    assert no_interns in body
    after = body.split(no_interns, 1)[1]
    assert tip in after.lower() or tip in after  # the tips come after her no, never left out
    assert len(after) > 150
    assert len(text) <= 600
