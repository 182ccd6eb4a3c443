"""Career questions answered as asked (wave 86, H1): the choice weighed, the freelance start, where to look for an
internship, the skills valued."""

from __future__ import annotations

import pytest
from drafting import sample_draft


@pytest.mark.parametrize("note, headline, said", [
    ("Hallo, ich bin Junior im SEO und frage mich, ob sich eine Zertifizierung (z.B. Google, HubSpot) überhaupt lohnt "
     "oder ob praxis wichtiger ist. Was würden Sie empfehlen? Danke und Gruß, Max", "Junior SEO Consultant", "zuerst die Praxis"),
    ("Hi Camille, junior SEO here. Is a certification (Google, HubSpot) really worth it, or does hands-on practice matter more?",
     "Junior SEO", "practice first"),
    ("Bonjour Camille, je débute en marketing digital : mieux vaut passer des certifications ou privilégier la pratique ?",
     "Assistante marketing", "la pratique d'abord"),
    ("Ciao Camille, secondo te conviene fare una certificazione o è meglio la pratica?", "Junior marketing", "prima la pratica"),
    ("Hoi Camille, is een certificaat van Google nuttig of telt praktijkervaring zwaarder?", "Junior marketeer", "eerst de praktijk"),
])
def test_certificate_or_practice_is_weighed(note: str, headline: str, said: str) -> None:
    text = sample_draft(note, headline=headline, name="Max Roth")
    assert said in text
    assert "Semrush Academy" not in text and "Skillshop" not in text


@pytest.mark.parametrize("note, said", [
    ("Beste Camille, ik ben net afgestudeerd en twijfel of ik me moet specialiseren in SEO of juist breed moet blijven als "
     "marketeer. Wat zou jij doen? Groetjes, Daan", "breed blijven"),
    ("Hi Camille, fresh graduate here. Should I specialise in SEO or stay broad as a marketer? What would you do?", "stay broad"),
    ("Hallo Camille, ich habe gerade mein Studium abgeschlossen: soll ich mich auf SEO spezialisieren oder lieber breit "
     "aufgestellt bleiben?", "breit bleiben"),
])
def test_specialise_or_stay_broad_is_weighed(note: str, said: str) -> None:
    text = sample_draft(note, headline="Junior marketeer", name="Daan Mulder")
    assert said in text
    assert "Screaming Frog" not in text and "eerste baan" not in text


@pytest.mark.parametrize("note, lang_said, ads_only", [
    ("Hello Camille, je suis en reconversion (ancienne prof d'anglais) et je me forme au community management. Tu aurais des "
     "conseils pour décrocher une première mission en freelance ? Merci !!", "premières missions", "montrer en entretien"),
    ("Hola Camille, me estoy formando en community management y quiero trabajar como freelance. ¿Algún consejo para conseguir "
     "mi primer cliente?", "primeros proyectos", "las entrevistas"),
    ("Ciao Camille, sto studiando social media marketing e vorrei lavorare da freelance: come trovo il primo cliente?",
     "primi progetti", "per i colloqui"),
])
def test_first_freelance_client_gets_the_freelance_start(note: str, lang_said: str, ads_only: str) -> None:
    text = sample_draft(note, headline="Future community manager | En reconversion", name="Émilie Roux")
    assert lang_said in text
    assert ads_only not in text and "Meta Blueprint" not in text


@pytest.mark.parametrize("note, name, place, generic", [
    ("Ciao Camille, sono uno studente di marketing alla Bocconi e cerco uno stage a Lione per l'estate. Hai qualche "
     "consiglio o conosci agenzie che prendono stagisti?", "Luca Ferrari", "di Lione", "della zona che ti interessa"),
    ("Hallo Camille, ich suche ab Herbst ein Praktikum in Lyon. Kennst du Agenturen, die Praktikanten nehmen?", "Jonas Weber",
     "in Lyon", "in der Region, die dich interessiert"),
    ("Hola Camille, busco prácticas en Lyon para septiembre. ¿Conoces agencias que acepten becarios?", "Lucía Gómez",
     "de Lyon", "de la zona que te interese"),
])
def test_agencies_looked_for_where_the_internship_is_sought(note: str, name: str, place: str, generic: str) -> None:
    text = sample_draft(note, headline="Student", name=name)
    assert place in text
    assert generic not in text


def test_internship_in_a_field_with_capitals_is_no_place() -> None:
    text = sample_draft("Hi Camille, I'm looking for an internship in Digital Marketing. Do you know any agencies that take "
                        "interns?", headline="Student", name="Ben Taylor")
    assert "in Digital Marketing, then" not in text and "agencies in Digital" not in text


@pytest.mark.parametrize("note, name, said", [
    ("Olá Camille, sou estudante de Marketing na Universidade do Porto e estou à procura de um estágio em Lyon para o próximo "
     "semestre. Tem alguma dica ou conhece agências que aceitem estagiários?", "Inês Sousa", "convention de stage"),
    ("Hi Camille, I'm a student in Leeds looking for an internship in Lyon. Any tips, or do you take interns yourself?",
     "Ben Taylor", "Welcome to the Jungle"),
])
def test_internship_tips_for_lyon_get_the_france_tip(note: str, name: str, said: str) -> None:
    text = sample_draft(note, headline="Student", name=name)
    assert said in text
    assert "agência ou uma empresa" not in text and "agency or an in-house team" not in text


@pytest.mark.parametrize("note, name, where, abroad", [
    ("Hallo Camille, ik ben derdejaars student Communicatie aan de Hogeschool Utrecht en zoek een stage (feb-jun) in digitale "
     "marketing, liefst in het buitenland. Heb jij plek of tips waar ik kan zoeken? Alvast bedankt! Lotte", "Lotte Bakker",
     "LinkedIn en Indeed", "Erasmus+"),
    ("Hi Camille, I'm a marketing student looking for an internship abroad next year. Do you take interns, or any tips on "
     "where to look?", "Ben Taylor", "LinkedIn and Indeed", "Erasmus+"),
    ("Ciao Camille, studio marketing e cerco uno stage all'estero. Prendi stagisti o hai consigli su dove cercare?",
     "Luca Ferrari", "LinkedIn e Indeed", "Erasmus+"),
])
def test_where_to_look_for_an_internship_is_answered(note: str, name: str, where: str, abroad: str) -> None:
    text = sample_draft(note, headline="Student", name=name)
    assert where in text and abroad in text
    assert "GA4" not in text and len(text) <= 600


def test_where_to_look_abroad_never_overflows() -> None:
    text = sample_draft("Hallo Camille, ich studiere Marketing und suche ein Praktikum im Ausland. Nimmst du Praktikanten oder "
                        "hast du Tipps, wo ich suchen kann?", headline="Student", name="Jonas Weber")
    assert "LinkedIn und Indeed" in text and len(text) <= 600


@pytest.mark.parametrize("note, name, said", [
    ("Hola! Soy estudiante de Marketing Digital en la Universidad de Valencia y busco practicas para el verano en Francia. "
     "Tienes algun consejo o sabes de alguna agencia en Lyon? Gracias!!", "Pablo Martínez", "conviene escribir también a las agencias"),
    ("Olá Camille, sou estudante de Publicidade na USP e estou procurando estágio em marketing digital na França no segundo "
     "semestre. Você teria alguma dica ou conhece agências em Lyon que recebem estagiários? Obrigada!", "Beatriz Almeida",
     "vale escrever também para as agências"),
])
def test_france_internship_tip_sends_no_student_abroad_to_lyon_meetups(note: str, name: str, said: str) -> None:
    text = sample_draft(note, headline="", name=name)
    assert said in text
    assert "meetups" not in text


@pytest.mark.parametrize("note, name, said", [
    ("Hola! Estoy buscando trabajo como community manager despues de 2 años en agencia. Me podrías decir qué habilidades "
     "valoras más en un perfil junior? Mil gracias", "Marta Gil", "Las habilidades que más cuentan"),
    ("Ciao! Sto cercando lavoro come social media manager dopo uno stage. Secondo te quali competenze sono piu richieste oggi? "
     "Grazie in anticipo", "Sara Marino", "contano soprattutto"),
    ("Hallo Camille, welche Fähigkeiten sollte ich als Berufseinsteiger im Online-Marketing zuerst lernen?", "Jonas Weber",
     "Am meisten zählen"),
])
def test_skills_asked_are_the_skills_that_count(note: str, name: str, said: str) -> None:
    text = sample_draft(note, headline="", name=name)
    assert said in text
    assert "Yo empezaría por tres bases" not in text and "Partirei da tre basi" not in text and "in jeder Stelle" not in text
