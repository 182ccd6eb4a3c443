"""Notes misread in review round 15 (the wrong template or a misread relation): notes written for these tests, in
every language the mechanism concerns."""
from __future__ import annotations

import pytest

from drafting import render

from invitriage.drafts.notefacts import extract


# -- an invitation to speak or to give a class, in any wording, is a speaker proposal --------------------------------

@pytest.mark.parametrize("lang, note", [
    ("pt", "Cara Dra. Laurent, gostaria de convidá-la para ser oradora na Conferência Digital de Braga, a 3 de março. Teria disponibilidade?"),
    ("pt", "Olá Camille, sou docente na Universidade do Minho e queria convidá-la para uma aula aberta sobre SEO aos nossos alunos. Seria possível em fevereiro?"),
    ("es", "Estimada Camille, quisiera invitarla a ser ponente en nuestras jornadas de comercio digital en Zaragoza en mayo. ¿Tendría disponibilidad?"),
    ("it", "Gentile Camille, vorrei invitarla a essere relatrice al nostro convegno di Bologna ad aprile. Sarebbe disponibile?"),
    ("fr", "Bonjour Camille, je souhaite vous inviter à donner une masterclass à nos étudiants de master en mars. Seriez-vous disponible ?"),
])
def test_speaker_invitation_any_wording(lang, note):
    assert extract(note, lang, "business_proposal").proposal == "speaker"
    text, template = render(note, lang, "business_proposal")
    assert template == "business_proposal"
    assert "em que ponto" not in text and "en qué punto" not in text


@pytest.mark.parametrize("lang, note, topic", [
    ("pt", "Olá Camille, convidamo-la para ser oradora no nosso encontro de PME em Coimbra. O tema seria SEO local para lojas. Teria disponibilidade?", "SEO local para lojas"),
    ("fr", "Bonjour Camille, nous aimerions vous inviter comme intervenante à notre forum. Le thème serait la publicité Meta pour les artisans. Êtes-vous disponible ?", "la publicité Meta pour les artisans"),
    ("it", "Buongiorno Camille, vorremmo invitarla come relatrice al nostro evento. Il tema sarebbe il SEO per l'e-commerce. Le interessa?", "SEO per l'e-commerce"),
])
def test_topic_said_as_a_sentence(lang, note, topic):
    assert topic in extract(note, lang, "business_proposal").topic
    text, _ = render(note, lang, "business_proposal")
    assert topic in text


# -- a demo in N minutes is a pitch, never a help request -----------------------------------------------------------

@pytest.mark.parametrize("lang, note", [
    ("pt", "Oi Camille, sou da Agenda Fácil, um app de agendamento. Temos um plano especial para consultores e posso te mostrar em 15 minutos. Qual horário é melhor?"),
    ("es", "Hola Camille, soy de Facturalia. Tenemos un plan especial para consultores y puedo enseñarte en 15 minutos cómo funciona. ¿Qué día te va bien?"),
    ("fr", "Bonjour Camille, je suis chez Pipeflow, un CRM. Je peux vous montrer l'outil en 15 minutes, quel créneau vous irait ?"),
    ("en", "Hi Camille, I'm with Taskly, a project tool. We have a special offer for consultants and I can show you in 15 minutes. When suits you?"),
])
def test_demo_is_a_pitch(lang, note):
    assert extract(note, lang, "sales_pitch").pitch
    text, template = render(note, lang, "sales_pitch")
    assert template == "sales_pitch"
    for said in ("opinião", "opinión", "my take", "15 minutos por", "15-minute call"):
        assert said not in text


# -- a colleague of someone else, the sender's employer, a training attended: never a shared employer ---------------

@pytest.mark.parametrize("lang, note", [
    ("fr", "Bonjour Camille, ancienne collègue de Martine chez Qonto, je me permets de vous ajouter. Nous avons les mêmes centres d'intérêt."),
    ("en", "Hi Camille, former colleague of Priya at Brightlane here, she speaks highly of you."),
    ("de", "Hallo Camille, ich bin ein ehemaliger Kollege von Jan bei Adcore und wollte mich gern vernetzen."),
    ("it", "Ciao Camille, sono un ex collega di Marco in Doxa, mi farebbe piacere entrare in contatto."),
    ("fr", "Bonjour Camille, je travaille chez Pipeflow et je suis votre contenu depuis longtemps."),
    ("fr", "coucou camille, on était ensemble à la formation meta ads chez Skilleos en 2020, contente de te retrouver"),
    ("es", "Hola Camille, coincidimos en el curso de SEO en Valencia el año pasado. ¿Conectamos?"),
])
def test_no_shared_employer(lang, note):
    f = extract(note, lang, "met_before")
    assert not f.together and not f.org
    text, _ = render(note, lang, "met_before")
    for said in ("passage commun", "time together", "gemeinsame Zeit", "etapa compartida", "periodo insieme"):
        assert said not in text


def test_real_shared_employer_still_read():
    f = extract("Hi Camille, we worked together at Brightlane back in 2018! Great to find you here.", "en", "met_before")
    assert f.together and "Brightlane" in f.org


# -- the sender's own job interviews are never a press interview ------------------------------------------------------

@pytest.mark.parametrize("lang, note", [
    ("es", "Hola Camille, termino el máster y busco mi primer empleo. ¿Algún consejo para las entrevistas de trabajo?"),
    ("fr", "Bonjour Camille, je cherche mon premier poste en marketing. Des conseils pour réussir mes entretiens d'embauche ?"),
    ("en", "Hi Camille, I'm looking for my first marketing job. Any tips to stand out in job interviews?"),
    ("pt", "Olá Camille, procuro o meu primeiro emprego em marketing. Tem alguma dica para as entrevistas de emprego?"),
])
def test_job_interview_not_press(lang, note):
    assert extract(note, lang, "ask_for_help").request != "interview"
    text, _ = render(note, lang, "ask_for_help")
    for said in ("participo en la entrevista", "l'interview", "the interview", "participar na entrevista", "tes questions", "your questions"):
        assert said not in text


def test_press_interview_still_read():
    f = extract("Hola Camille, soy periodista en El Correo y me gustaría hacerte una entrevista sobre SEO local. ¿Tendrías 20 minutos?", "es", "business_proposal")
    assert f.request == "interview"


# -- a small shop's visibility is the owner's field -------------------------------------------------------------------

@pytest.mark.parametrize("lang, note", [
    ("en", "hey, my sister sells candles on etsy and nobody finds her shop, do you do small packages for tiny businesses?"),
    ("de", "Hallo, meine Frau verkauft Kerzen auf Etsy und wird kaum gefunden. Machen Sie auch kleine Pakete für Mini-Unternehmen?"),
    ("fr", "Bonjour, ma femme vend des bijoux sur Etsy et manque de visibilité, vous faites des petits forfaits ?"),
])
def test_shop_visibility_in_field(lang, note):
    text, _ = render(note, lang, "sales_pitch")
    for said in ("outside my field", "außerhalb meines", "hors de mon domaine", "pas mon domaine", "not the right person"):
        assert said not in text
