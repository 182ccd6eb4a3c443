"""Drafts that use what the note gives (review round 15): the subject and format of an invitation never asked again,
the piece that helped named, the audience of a course as the note names it, a welcome to a student that assumes no
internship search, a meeting days ago not asked "what have you been up to since?"."""
from __future__ import annotations

import pytest

from invitriage.drafts.writer import draft_for
from invitriage.settings import Settings

OWNER = Settings(owner_name="Camille Laurent", signature="Camille", language="fr",
                 offer=["SEO", "social ads", "content strategy", "digital marketing training"],
                 help_whom=["students in digital marketing or communication", "founders of small businesses and e-shops"],
                 meet_whom=["marketing directors"])


def draft(note: str, lang: str, intent: str, name: str = "Alex Martin", headline: str = "") -> str:
    d = draft_for({"name": name, "note": note, "headline": headline, "lang": lang, "intent": intent, "action": "reply",
                   "evidence": [], "meet": False}, OWNER)
    assert d is not None
    return d.text


# -- a guest invitation gives its subject without a preposition --------------------------------------------------

@pytest.mark.parametrize("note, lang, subject, asked", [
    ("Salut Camille, j'anime le podcast « Boutiques en ligne » et ça te dirait de venir parler SEO dans un épisode ? Enregistrement en visio.",
     "fr", "SEO", "le sujet"),
    ("Hallo Camille, ich moderiere den Podcast „Shop Talk“ und lade dich gern als Gast ein, Thema: Newsletter für Onlineshops. Hast du im Juni Zeit?",
     "de", "Newsletter für Onlineshops", "Thema nennen"),
    ("Hoi Camille, ik maak de podcast 'Klein maar Fijn' en wil je uitnodigen als gast, onderwerp: lokale SEO voor winkels. Heb je in april tijd?",
     "nl", "lokale SEO voor winkels", "onderwerp"),
    ("Hi Camille, I host the podcast \"Shop Floor\" and would love to have you on to talk content strategy. Free in March?",
     "en", "content strategy", "the topic"),
])
def test_a_guest_subject_given_is_used_and_never_asked_again(note, lang, subject, asked):
    text = draft(note, lang, "business_proposal")
    assert subject in text, text
    assert asked not in text, text


# -- a session's format given: its duration asked instead -----------------------------------------------------------

@pytest.mark.parametrize("note, lang, fmt, dur", [
    ("Estimado Camille: soy profesor en la Universidad de Málaga y me gustaría invitarla a dar una clase magistral online sobre SEO a nuestros alumnos. "
     "¿Tendría disponibilidad en abril? Un saludo, Dr. Luis Vega", "es", "el formato", "la duración"),
    ("Gentile Camille, insegno all'Università di Torino e vorrei invitarla a tenere una lezione online sulla SEO ai nostri studenti a marzo. Cordiali saluti",
     "it", "il formato", "la durata"),
    ("Dear Camille, I teach at Bristol University and would like to invite you to give an online guest lecture on social ads to our students in June. Kind regards",
     "en", "the format", "how long"),
])
def test_an_online_lecture_is_not_asked_its_format(note, lang, fmt, dur):
    text = draft(note, lang, "business_proposal")
    assert fmt not in text, text
    assert dur in text, text


def test_a_lecture_with_its_length_asks_neither_format_nor_duration():
    text = draft("Dear Camille, I teach at Bristol University and would like to invite you to give a 90-minute online guest lecture on SEO to our students in June.",
                 "en", "business_proposal")
    assert "the format" not in text and "how long" not in text, text


# -- the piece that helped, named -------------------------------------------------------------------------------

@pytest.mark.parametrize("note, lang, piece", [
    ("Coucou Camille, je lis ta newsletter tous les jeudis et l'édition sur le SEO local m'a fait gagner un temps fou, merci !", "fr", "l'édition sur le SEO local"),
    ("Hola Camille, leo tu newsletter todas las semanas, el post sobre TikTok Ads y el presupuesto diario me ahorró mucho tiempo. ¡Gracias!", "es",
     "post sobre TikTok Ads y el presupuesto diario"),
    ("Hi Camille, I read your newsletter every Monday and the issue on Google Ads bidding saved me hours. Thanks!", "en", "the issue on Google Ads bidding"),
    ("Hallo Camille, ich lese deinen Newsletter jeden Freitag, die Ausgabe über Pinterest-Anzeigen hat mir viel Zeit gespart!", "de", "die Ausgabe über Pinterest-Anzeigen"),
    ("Hoi Camille, ik lees je nieuwsbrief elke maandag en de editie over Meta-advertenties heeft me veel tijd bespaard!", "nl", "de editie over Meta-advertenties"),
    ("Ciao Camille, leggo la tua newsletter ogni lunedì e il numero sulle campagne Pinterest mi ha fatto risparmiare un sacco di tempo!", "it",
     "il numero sulle campagne Pinterest"),
    ("Olá Camille, leio a sua newsletter todas as semanas e a edição sobre anúncios no Pinterest poupou-me imenso tempo. Obrigado!", "pt",
     "a edição sobre anúncios no Pinterest"),
])
def test_the_piece_that_saved_time_is_named(note, lang, piece):
    text = draft(note, lang, "content")
    assert piece in text, text


def test_a_weekly_spanish_reader_is_not_thanked_with_a_stiff_constancia():
    text = draft("Hola Camille, leo tu newsletter cada semana, ¡me encanta!", "es", "content")
    assert "constancia" not in text and "por seguir mi newsletter" in text, text


# -- a teaching request: the audience the note names ------------------------------------------------------------------

@pytest.mark.parametrize("note, lang, audience, student", [
    ("Bonjour Madame Laurent, je suis responsable formation à la CCI de Nantes. Nous cherchons un formateur pour un module « Google Ads pour les artisans » (3 jours). "
     "Seriez-vous intéressée ?", "fr", "pour les artisans", "étudiants"),
    ("Hi Camille, I run training at the Bristol Chamber of Commerce and we need a trainer for a one-day course on SEO for shop owners. Interested?",
     "en", "for shop owners", "students"),
])
def test_a_course_for_shopkeepers_is_not_for_students(note, lang, audience, student):
    text = draft(note, lang, "business_proposal")
    assert audience in text, text
    assert student not in text, text


# -- a note-less student welcome ---------------------------------------------------------------------------------------

@pytest.mark.parametrize("headline, lang, assumed, offered", [
    ("Student Kommunikationswissenschaft | Schwerpunkt Social Media", "de", "Praktikum", "Berufseinstieg"),
    ("Étudiante en Master Communication digitale", "fr", "stage", "premiers pas"),
    ("Estudiante de Publicidad y Relaciones Públicas", "es", "prácticas", "primeros pasos"),
    ("Studente di Scienze della Comunicazione", "it", "stage", "primi passi"),
    ("Student Communicatie aan de Hogeschool Utrecht", "nl", "stage", "eerste stappen"),
    ("Marketing student at the University of Leeds", "en", "internship", "first steps"),
])
def test_a_student_welcome_assumes_no_internship_search(headline, lang, assumed, offered):
    text = draft("", lang, "no_note", headline=headline)
    assert assumed not in text, text
    assert offered in text, text


def test_a_student_looking_for_an_internship_is_offered_help_with_it():
    text = draft("", "en", "no_note", headline="Marketing student | Looking for an internship")
    # wave 82: tips for the studies and the first steps in the field, never "for your internship search"
    assert "first steps in the field" in text and "internship search" not in text, text


def test_a_german_welcome_has_no_bare_willkommen():
    text = draft("", "de", "no_note", headline="Studentin BWL | Schwerpunkt Marketing")
    assert "und willkommen!" not in text and "Studium" in text, text


# -- met days ago: no "what have you been up to since?" ----------------------------------------------------------------

@pytest.mark.parametrize("note, lang, stale", [
    ("Hi Camille, lovely to meet you at the Growth Summit in Manchester last week, your take on email marketing was brilliant. Let's stay in touch!", "en",
     "up to since"),
    ("Salut Camille, super de t'avoir croisée au meetup Growth de Lyon la semaine dernière, ton point de vue sur l'emailing était très juste !", "fr",
     "où de tes projets"),
])
def test_a_meeting_last_week_is_not_asked_for_news(note, lang, stale):
    text = draft(note, lang, "met_before")
    assert stale not in text, text


@pytest.mark.parametrize("note, lang, thanks", [
    ("Hi Camille, lovely to meet you at the Growth Summit in Manchester last week, your take on email marketing was brilliant. Let's stay in touch!", "en", "kind words"),
    ("Salut Camille, super de t'avoir croisée au meetup Growth de Lyon la semaine dernière, ton point de vue sur l'emailing était très juste !", "fr", "compliment"),
    ("Hallo Camille, schön, dich letzte Woche beim Marketing-Stammtisch in Köln getroffen zu haben – deine Einschätzung zu TikTok war super!", "de", "Kompliment"),
])
def test_a_compliment_on_what_she_said_is_thanked(note, lang, thanks):
    text = draft(note, lang, "met_before")
    assert thanks in text, text


# -- a performance marketer offering help: case studies, and no "looking forward to the exchange" before a no ----------

@pytest.mark.parametrize("note, lang, cases, samples", [
    ("Sehr geehrte Frau Laurent, nach 5 Jahren im Performance Marketing (Google Ads, Meta) suche ich neue Projekte, gern remote. Falls Sie Unterstützung "
     "für Kundenprojekte brauchen, freue ich mich über einen Austausch. Beste Grüße, Jan Koch", "de", "Referenzen oder Fallstudien", "Austausch"),
])
def test_a_performance_marketer_is_asked_for_case_studies(note, lang, cases, samples):
    text = draft(note, lang, "job_seeking", headline="Performance Marketing Manager | open to work")
    assert cases in text, text
    assert samples not in text and "Arbeitsproben" not in text, text
