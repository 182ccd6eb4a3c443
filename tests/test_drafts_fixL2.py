"""Round 21, group L2: learners and job seekers the first wave left. A deferential opening ("Respected Madam",
"Distinguida señora", "Verehrte Frau Laurent") is answered formally; an internship sought from an owner who takes no
interns is told so, without "send me your CV with your dates"; "which agencies hire …?" is answered by the CV line that
names agencies (never "I'll send you a few names", never her clients' countries); a first job sought in a city she has a
tip for gets that tip; an English opening names the subject of the advice asked "about" it."""

import re

import pytest

from drafting import sample_draft
from invitriage.drafts.faq import named
from invitriage.drafts.notefacts import mirrors_title


def first_line(text: str) -> str:
    return text.split("\n", 1)[0]


@pytest.mark.parametrize("note", [
    "Respected Madam, I am a second-year BCom student from Nagpur and I wish to learn content marketing. Kindly suggest how I should begin. Thanking you, Priya",
    "Dear Ma'am, I have completed my MBA and I am keen to work in social media marketing. Please advise which skills matter most. Regards",
    "Respected Sir/Madam, I am a fresher in digital marketing. Kindly tell me what certification is worth doing first. Regards, Arjun",
    "Esteemed Ms Laurent, I am a marketing graduate from Lagos and would value your guidance on starting in SEO. Kindly advise how to begin.",
])
def test_deferential_english_opening_answered_formally(note):
    text = sample_draft(note, name="Priya Sharma")
    assert first_line(text).startswith("Dear "), first_line(text)
    assert "Cheers" not in text


@pytest.mark.parametrize("note,formal", [
    ("Distinguida señora Laurent: soy estudiante de Publicidad y le agradecería un consejo sobre cómo empezar en el marketing de contenidos. Atentamente",
     ("Buenos días", "Estimad")),
    ("Spettabile dottoressa Laurent, sono un neolaureato in economia e Le chiederei un consiglio su come entrare nel mondo della SEO. Distinti saluti",
     ("Gentile",)),
    ("Ilustríssima Senhora, terminei o curso de comunicação e gostaria de um conselho sobre como começar em marketing digital. Com os melhores cumprimentos",
     ("Bom dia", "Cara", "Caro", "Exm")),
    ("Verehrte Frau Laurent, ich schließe gerade mein Studium ab und hätte gern einen Rat, wie man in Social Ads einsteigt. Mit freundlichen Grüßen",
     ("Guten Tag", "Sehr geehrte")),
    ("Hooggeachte mevrouw Laurent, ik rond mijn studie af en zou graag uw advies horen over hoe ik in contentmarketing kan starten. Met vriendelijke groet",
     ("Beste", "Geachte")),
])
def test_deferential_opening_other_languages(note, formal):
    assert mirrors_title(note, "Camille Laurent")
    text = sample_draft(note, name="Jordan Morel")
    assert first_line(text).startswith(formal), first_line(text)


@pytest.mark.parametrize("note", [
    "Respected Madam, I am pursuing a PGDM in marketing in Bangalore. Kindly guide me regarding an internship or a good SEO course. Thanking you, Karan",
    "Hello Camille, I am a final-year student in Manchester looking for a summer internship in paid social. Any guidance would help.",
])
def test_no_interns_said_without_dates_en(note):
    text = sample_draft(note, name="Karan Patel")
    assert "I don't take interns" in text
    assert "with your dates" not in text


@pytest.mark.parametrize("note,no,dates", [
    ("Bonjour Camille, je suis en troisième année d'école de commerce et je cherche un stage de six mois en social ads. Des conseils ?",
     "Je ne prends pas de stagiaires", ("avec tes dates", "en précisant vos dates")),
    ("Hola Camille, estoy en el último año de Marketing y busco unas prácticas en SEO. ¿Algún consejo para encontrarlas?",
     "no tengo plazas de prácticas", ("con las fechas",)),
    ("Hoi Camille, ik ben derdejaars student communicatie en zoek een stage in contentmarketing. Heb je tips?",
     "geen stagiairs aan", ("met de periode",)),
])
def test_no_interns_said_without_dates_other_languages(note, no, dates):
    text = sample_draft(note, name="Sam Lefèvre")
    assert no in text
    assert not any(d in text for d in dates)


@pytest.mark.parametrize("note,line", [
    ("Hallo Camille, ich mache meinen Bachelor in Wien und suche einen Job im Content Marketing. Weißt du, welche Unternehmen in Lyon deutschsprachige Leute einstellen?",
     "Agenturen kenne, die gerade suchen"),
    ("Hola Camille, acabo el máster y busco trabajo en SEO en Francia. ¿Sabes qué empresas de Lyon contratan perfiles que hablen español?",
     "agencias que estén contratando"),
    ("Ciao Camille, cerco un lavoro nei social ads in Francia. Sapresti quali agenzie a Lione cercano profili junior?",
     r"agenzie che stanno assumendo|Cercherei su LinkedIn"),
    ("Hoi Camille, ik zoek werk in SEO in Frankrijk. Weet je welke bedrijven in Lyon Nederlandstalige marketeers zoeken?",
     "bureaus ken die mensen zoeken"),
    ("Olá Camille, procuro trabalho em marketing de conteúdo em França. Sabe que agências em Lyon procuram perfis que falem português?",
     r"agências que estejam a recrutar|Procuraria no LinkedIn"),
])
def test_which_firms_hire_answered_by_the_job_seekers_line(note, line):
    text = sample_draft(note, name="Alex Martin")
    assert re.search(line, text), text  # the honest line, or where to look (both answer the question)
    low = text.lower()
    # never names promised for later, never the owner's client regions
    assert "nombres por aquí" not in low and "paar namen" not in low and "qualche nome" not in low and "alguns nomes" not in low
    assert "miei clienti" not in low and "clientes em" not in low and "klanten" not in low


@pytest.mark.parametrize("note", [
    "Olá Camille, terminei a licenciatura e procuro o primeiro emprego em marketing em Lyon. Qualquer dica ajuda!",
    "Hola Camille, acabo de terminar la carrera y busco mi primer empleo en marketing digital en Lyon. ¿Algún consejo?",
    "Ciao Camille, mi sono appena laureata e cerco il primo lavoro nel marketing digitale in Francia. Qualche consiglio?",
])
def test_first_job_in_her_city_gets_the_city_tip(note):
    assert "Welcome to the Jungle" in sample_draft(note)


def test_named_words():
    assert named("Ich suche eine Stelle in Frankreich, am liebsten in Lyon.") == frozenset({"frankreich", "lyon"})
    assert named("Hast du Tipps für Agenturen?") == frozenset()
    assert named("Busco trabajo. Gracias") == frozenset()


@pytest.mark.parametrize("note,subject", [
    ("Hi Camille, I'm moving to Lyon next spring and would love any advice on the Lyon agency scene for content writers.", "about the Lyon agency scene"),
    ("Hey Camille! Would love a few tips on freelance rates for junior copywriters, if you have a minute.", "about freelance rates"),
])
def test_english_opening_names_the_subject_with_about(note, subject):
    text = sample_draft(note)
    assert "your message on " not in text
    assert subject in text or "Thanks for reaching out" in text
