"""German self-review (wave 24): what a native reader would not send under Camille's name, fixed as mechanisms.

The German article "die" never reads as the English verb (SEO "dying"); a job seeker's "neue Herausforderung als …" is a
job search, and "ob Sie jemanden einstellen" asks whether she hires, without a question mark; "Liebe Camille" is du; a
certificate asked of HER training is answered (not "which certification to take"); "was machst du inzwischen?" gets
what she does now; a budget the note gives is never asked again; her price asked as "was nimmst du für …?" is a price
question; a short German note with "lass uns" is German, not the owner's French.
"""
from __future__ import annotations

import pytest

from invitriage.drafts import faq, quickq
from invitriage.judge.lang import detect_language
from invitriage.judge.normalize import fold
from tests.drafting import SAMPLE, sample_draft


# -- an English FAQ word ("die") never matches a German or Dutch article ---------------------------------------------

@pytest.mark.parametrize("note", [
    "Guten Tag, ich habe zehn Jahre SEO-Erfahrung und frage mich, ob Sie Agenturen kennen, die gerade Leute suchen.",
    "Hallo Camille, ich mache SEO für die Website unseres Vereins. Hast du Tipps für die Startseite?",
    "Hoi Camille, ik doe de SEO voor een webshop die tuinmeubelen verkoopt. Heb je tips voor de categoriepagina's?",
])
def test_an_article_is_no_question_on_seo_dying(note):
    text = sample_draft(note, name="Jan Vogt")
    for gone in ("verschwindet nicht", "KI-Antworten", "verdwijnt niet", "AI-antwoorden"):
        assert gone not in text, text


@pytest.mark.parametrize("note, lang", [
    ("Hi Camille, is SEO going to die now that everyone asks ChatGPT?", "en"),
    ("Hallo Camille, stirbt SEO durch die KI-Suche?", "de"),
])
def test_seo_dying_is_still_answered(note, lang):
    entries = SAMPLE.answers
    assert "KI" in faq.match(note, entries, lang) or "AI" in faq.match(note, entries, lang)


# -- "neue Herausforderung als …" and an indirect "ob Sie jemanden einstellen" -----------------------------------------

@pytest.mark.parametrize("note", [
    "Guten Tag Frau Laurent, ich bin auf der Suche nach einer neuen Herausforderung als Content-Managerin und wollte fragen, ob Sie jemanden einstellen.",
    "Hallo Frau Laurent, nach acht Jahren im E-Commerce suche ich eine neue Herausforderung als SEA-Manager. Ich wollte fragen, ob Sie derzeit Mitarbeiter suchen.",
])
def test_a_job_seekers_indirect_hiring_question_is_answered(note):
    text = sample_draft(note, name="Eva Brandt")
    assert "stelle daher niemanden ein" in text or "niemanden ein" in text, text
    assert "Agenturen nach Fallbeispielen" not in text, text


def test_an_english_indirect_hiring_question_is_answered():
    text = sample_draft("Hello Camille, I'm looking for a new challenge as a PPC specialist and was wondering whether you're hiring.",
                        name="Sam Reed")
    assert "hiring" in text.lower() or "team" in text.lower(), text
    assert "SEO isn't going away" not in text, text


# -- "Liebe Camille" is du --------------------------------------------------------------------------------------------

@pytest.mark.parametrize("note", [
    "Liebe Camille, wir haben uns im Herbst beim Barcamp in Stuttgart unterhalten. Ich würde gern in Kontakt bleiben.",
    "Lieber Camille-Team, hallo! Wir haben uns auf der OMR in Hamburg gesehen und würden gern in Kontakt bleiben.",
])
def test_a_first_name_opening_with_liebe_is_answered_with_du(note):
    text = sample_draft(note, name="Carla Fink")
    assert "Hallo Carla" in text or "Liebe Carla" in text, text
    assert "Frau Fink" not in text and " Sie " not in text, text


def test_liebe_frau_stays_formal():
    text = sample_draft("Liebe Frau Laurent, wir haben uns im Herbst beim Barcamp in Stuttgart unterhalten. Ich würde gern in Kontakt bleiben.",
                        name="Carla Fink")
    assert "Frau Fink" in text, text


# -- a certificate asked of HER training ------------------------------------------------------------------------------

@pytest.mark.parametrize("note, lang, word", [
    ("Guten Tag Frau Laurent, bekommt man nach Ihrer Schulung ein Zertifikat? Das bräuchte ich für meinen Arbeitgeber.", "de", "Teilnahmebescheinigung"),
    ("Hallo Camille, stellst du am Ende deiner Workshops ein Zertifikat aus?", "de", "Teilnahmebescheinigung"),
    ("Hi Camille, do you issue a certificate at the end of your training? My manager asks for one.", "en", "certificate of completion"),
    ("Bonjour Camille, tes formations sont-elles certifiantes ?", "fr", "attestation de fin de formation"),
    ("Hola Camille, ¿tus cursos dan algún certificado al final?", "es", "certificado de asistencia"),
])
def test_a_certificate_of_her_own_training_is_answered(note, lang, word):
    text = sample_draft(note, name="Kim Roth")
    assert word in text, text


def test_which_certification_to_take_is_still_the_how_to_question():
    assert quickq.subject("Welches Zertifikat würdest du mir für den Einstieg empfehlen?")[0] == "certs"
    assert quickq.subject("Gibt es am Ende deiner Schulung ein Zertifikat?")[0] != "certs"


# -- "was machst du inzwischen?": what she does now ---------------------------------------------------------------

@pytest.mark.parametrize("note, word, back", [
    ("Servus Camille, wir haben zusammen in Lyon studiert! Lange her. Was machst du mittlerweile beruflich?", "selbstständige Beraterin", "Und wie läuft es bei dir?"),
    ("Hi Camille! We were interns together at that agency in Paris years ago. What are you up to these days?", "freelance digital-marketing consultant", "And how are things with you?"),
    ("Salut Camille ! On était en master ensemble à Lyon, ça fait longtemps. Qu'est-ce que tu deviens ?", "consultante indépendante", "Et toi"),
    ("Ciao Camille, eravamo compagne di corso all'Erasmus! Cosa fai adesso?", "consulente indipendente", "E tu, come va?"),
])
def test_a_catch_up_question_gets_what_she_does_now(note, word, back):
    text = sample_draft(note, name="Sara Berg")
    assert word in text and back in text, text
    assert "Fachgebiet" not in text and "wo du gerade stehst" not in text, text


def test_catch_up_is_not_every_question_with_machst_du():
    assert not faq.catch_up(fold("Was machst du mit Kunden, die nicht zahlen?"))
    assert faq.catch_up(fold("Und was machst du so beruflich?"))


# -- a budget told is never asked again ---------------------------------------------------------------------------

@pytest.mark.parametrize("note", [
    "Hallo Camille, was bringt für B2B mehr, Xing Ads oder LinkedIn Ads? Wir haben 1.500 € Budget pro Monat.",
    "Hallo Camille, kannst du mir sagen, ob Meta Ads oder LinkedIn Ads besser für B2B-Leads funktionieren? Unser Budget liegt bei 2.000 € im Monat.",
    "Hola Camille, ¿LinkedIn Ads o Meta Ads para captar leads B2B? Tenemos un presupuesto de 1.000 € al mes.",
])
def test_a_budget_told_is_not_asked_again(note):
    text = sample_draft(note, name="Uwe Haas")
    for again in ("und dein Budget", "und Ihr Budget", "y tu presupuesto", "y su presupuesto", "and your budget"):
        assert again not in text, text


@pytest.mark.parametrize("lang, again", [("de", "Budget"), ("en", "budget"), ("fr", "budget"), ("nl", "budget"), ("it", "budget")])
def test_the_choice_line_asks_only_the_business_when_the_budget_is_told(lang, again):
    told = quickq.answer(lang, "choice", ["Meta Ads", "LinkedIn Ads"], informal=True, amount=True)
    assert again not in told and "LinkedIn Ads" in told, told
    assert again in quickq.answer(lang, "choice", ["Meta Ads", "LinkedIn Ads"], informal=True), lang


# -- her price asked by its verb ------------------------------------------------------------------------------------

@pytest.mark.parametrize("note", [
    "Hallo Camille, was nimmst du ungefähr für eine Social-Ads-Schulung für vier Leute?",
    "Guten Tag Frau Laurent, wie viel verlangen Sie für ein SEO-Audit unseres Onlineshops?",
])
def test_her_price_asked_by_its_verb_is_a_price_question(note):
    text = sample_draft(note, name="Ina Kraus")
    assert "Preis" in text or "Konditionen" in text or "Angebot" in text or "€" in text, text


# -- a short German note is German -----------------------------------------------------------------------------------

@pytest.mark.parametrize("note, lang", [
    ("Hey Camille, cooles Profil! Lass uns connecten.", "de"),
    ("Hallo Camille, tolles Profil, lass uns vernetzen!", "de"),
    ("Hoi Camille, leuk profiel! Laten we connecten.", "nl"),
])
def test_a_short_note_is_read_in_its_own_language(note, lang):
    assert detect_language(note, fallback="fr") == lang
