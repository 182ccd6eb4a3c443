"""Wave 27, group D: events, talks and workshops (the event named with its article, the topic, dates and length the
note gave never asked again, the thanks not stacked, a session's availability answered, in-house training's languages)."""
import pytest

from drafting import sample_draft


def _body(text: str) -> str:
    return "\n\n".join(text.split("\n\n")[1:-1])


# -- a named event is said where the talk is given, with its article, never in brackets ----------------------------------

@pytest.mark.parametrize("note, name, said", [
    ("Guten Tag Frau Laurent, im Auftrag der Digital Commerce Konferenz Graz würde ich Sie gern als Rednerin für Oktober anfragen. "
     "Beste Grüße, Paul Huber", "Paul Huber", "bei der Digital Commerce Konferenz Graz"),
    ("Beste Camille, namens het Online Retail Congres in Utrecht nodig ik je graag uit als spreker. Groetjes, Lotte", "Lotte de Vries",
     "op het Online Retail Congres"),
    ("Olá Camille! Organizo o evento Social Media Day em Porto Alegre e queremos te convidar como palestrante. Topa?", "Bruna Lima",
     "no Social Media Day"),
])
def test_named_event_is_said_with_its_article(note, name, said):
    text = sample_draft(note, name=name)
    assert said in text, text
    assert "(„" not in text and "(‘" not in text and "(“" not in text and "(«" not in text, text


# -- the reply or terms asked for is never the talk's topic -------------------------------------------------------------

@pytest.mark.parametrize("note, name, never", [
    ("Sehr geehrte Frau Laurent, wir würden Sie gern als Referentin für unseren Händlertag im Juni gewinnen. Über eine kurze Antwort "
     "freue ich mich. Mit freundlichen Grüßen, Karl Braun", "Karl Braun", ("Über eine", "über eine kurze")),
    ("Gentile Camille, insegno comunicazione all'Università di Bologna: le andrebbe di tenere un workshop per i miei studenti? "
     "Mi dica pure le sue tariffe. Cordiali saluti, Prof.ssa Anna Conti", "Anna Conti", ("sue tariffe",)),
])
def test_a_reply_or_terms_asked_are_not_the_topic(note, name, never):
    text = sample_draft(note, name=name)
    assert not any(n in text for n in never), text


# -- a thanks that names the topic and the event leaves out the date ----------------------------------------------------

@pytest.mark.parametrize("note, name, date", [
    ("Estimada Camille, coordino el congreso Marketing Norte (octubre 2025) en Bilbao y nos gustaría invitarla como ponente sobre "
     "contenidos para pymes. ¿Le enviamos la información? Atentamente, Jon Etxeberria", "Jon Etxeberria", "octubre"),
    ("Gentile Camille, organizziamo il Digital Business Summit a Bari (maggio 2026) e vorremmo invitarla come relatrice sulla "
     "SEO locale. Possiamo mandarle i dettagli? Saluti, Paolo Greco", "Paolo Greco", "maggio"),
])
def test_thanks_with_topic_and_event_does_not_stack_the_date(note, name, date):
    first = _body(sample_draft(note, name=name)).split("\n")[0]
    assert date not in first, first


# -- "the topic is up to you": never asked again -------------------------------------------------------------------------

@pytest.mark.parametrize("note, name, asked", [
    ("Goedemiddag Camille, voor ons Webwinkel Event in Zwolle zoeken we nog sprekers in september. Het onderwerp kies je zelf. "
     "Doe je mee? Groet, Bram", "Bram Visser", "onderwerp"),
    ("Hallo Camille, wir organisieren die Content Tage Leipzig im November und würden dich gern als Speakerin einladen. "
     "Das Thema ist frei. Hast du Lust? LG Nina", "Nina Vogel", "Thema"),
    ("Hi Camille, we're running the Northern Marketing Forum in Leeds in March and would love you to speak. You can pick the "
     "topic yourself. Interested? Best, Sam", "Sam Clarke", "topic"),
    ("Bonjour Camille, j'organise les Rencontres du Web de Dijon en juin et j'aimerais vous inviter comme intervenante. "
     "Sujet libre. Qu'en dites-vous ? Cordialement, Hugo Petit", "Hugo Petit", "sujet"),
])
def test_a_free_topic_is_not_asked(note, name, asked):
    text = sample_draft(note, name=name)
    answer = "\n".join(_body(text).split("\n")[1:])
    assert answer and asked not in answer, text


# -- a length and a field said in words are not asked again --------------------------------------------------------------

@pytest.mark.parametrize("note, name, never, said", [
    ("Dear Camille, I coordinate events for the Franco-Irish Business Network and we'd like to invite you to run a half-day "
     "content strategy workshop for our members in Dublin. Would that interest you? Kind regards, Niamh Byrne", "Niamh Byrne",
     ("how long", "the topic"), "content strategy"),
    ("Guten Tag Frau Laurent, für unseren Unternehmerinnen-Verein in Basel suchen wir eine Referentin für einen halbtägigen "
     "Social-Media-Workshop. Hätten Sie Interesse? Freundliche Grüsse, Regula Meier", "Regula Meier", ("Dauer", "das Thema"), "Social-Media"),
])
def test_length_and_field_in_words_are_not_asked(note, name, never, said):
    text = sample_draft(note, name=name)
    assert said in text, text
    assert not any(n in text for n in never), text


# -- a session for students with an availability question ---------------------------------------------------------------

@pytest.mark.parametrize("note, name, never", [
    ("Cara Dra. Camille Laurent, sou professora na Universidade do Minho e gostaria de a convidar para uma sessão sobre redes "
     "sociais com os meus alunos de licenciatura. Teria disponibilidade em maio? Cumprimentos, Marta Sousa", "Marta Sousa",
     ("chamada de 20 minutos",)),
    ("Estimada Camille, doy clases en la Universidad de Zaragoza y me gustaría invitarla a una sesión sobre SEO con mis alumnos "
     "de máster. ¿Estaría disponible en marzo? Saludos, Pilar Gil", "Pilar Gil", ("llamada de 20 minutos",)),
])
def test_a_session_invitation_answers_the_availability(note, name, never):
    text = sample_draft(note, name=name)
    assert not any(n in text for n in never), text
    assert any(w in text for w in ("sessão", "sesión", "clase")), text
    assert "SEO con" not in text, text
    assert any(w in text for w in ("agenda", "disponibilidad", "calendario")), text


# -- in-house training for a team in another language: her languages said ------------------------------------------------

@pytest.mark.parametrize("note, name, limit", [
    ("Hoi Camille, ik volgde je workshop over LinkedIn-advertenties. Verzorg je die training ook incompany voor ons team van acht? "
     "Groet, Ruben", "Ruben Mulder", "Frans of het Engels"),
    ("Hallo Camille, ich habe dein Webinar über Content-Strategie gesehen. Bietest du solche Schulungen auch inhouse an? "
     "Wir sind zwölf Leute im Marketing. Viele Grüße, Jana", "Jana Schulz", "Französisch oder Englisch"),
])
def test_inhouse_training_says_her_languages(note, name, limit):
    text = sample_draft(note, name=name)
    assert limit in text, text
