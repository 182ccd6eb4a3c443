"""Wave 155, group L: a survey asked as a favour in the conditional ("le agradecería mucho si pudiera responder a una
breve encuesta", "je vous serais reconnaissante de bien vouloir répondre à un questionnaire", "le sarei grata se
potesse…", "ik zou het op prijs stellen als u … invult") is a request: she says yes and asks for the link, never "what
is your concrete question?" with a 20-minute call; "op prijs stellen" (to appreciate) is no price asked."""

from drafting import sample_draft


def _body(draft: str) -> str:
    return draft.split("\n", 2)[2]


_LINK = ("enlace de la encuesta", "lien du questionnaire", "link al questionario", "link naar de vragenlijst",
         "link do questionário", "link to the survey", "Link zur Umfrage")


def test_survey_asked_in_the_conditional_gets_a_yes_and_the_link_asked():
    notes = [
        ("Estimada Sra. Laurent, soy estudiante de máster en Comunicación en la Universidad de Navarra. Estoy realizando mi "
         "TFM sobre marketing de influencia y le agradecería mucho si pudiera responder a una breve encuesta (5 min).",
         "", "Irene Blanco"),
        ("Bonjour Madame Laurent, étudiant en master à Grenoble, je prépare mon mémoire sur le social selling et je vous "
         "serais très reconnaissant de bien vouloir répondre à un court questionnaire (une dizaine de minutes).",
         "Étudiant en master marketing", "Hugo Marchand"),
        ("Gentile dott.ssa Laurent, sto scrivendo la tesi magistrale sull'email marketing nelle PMI: Le sarei molto grata "
         "se potesse compilare un breve questionario (7 minuti).", "", "Chiara Galli"),
        ("Geachte mevrouw Laurent, voor mijn afstudeeronderzoek naar contentmarketing zou ik het erg op prijs stellen als u "
         "een korte vragenlijst (5 minuten) wilt invullen.", "Student HBO Communicatie", "Sanne de Vries"),
        ("Prezada Sra. Laurent, estou concluindo o mestrado e ficaria muito grata se pudesse responder a um questionário "
         "curto (5 min) sobre marketing de influência.", "", "Beatriz Lima"),
    ]
    for note, headline, name in notes:
        body = _body(sample_draft(note, headline, name))
        assert any(link in body for link in _LINK), body
        assert "20 min" not in body and "concreta" not in body and "tarie" not in body, body


def test_survey_already_answered_is_no_request():
    body = _body(sample_draft("Buenas Marina, gracias por responder a mi encuesta sobre trabajo hibrido en mi post! Un "
                              "gustazo conectar.", "", "Marta Ruiz"))
    assert "enlace" not in body, body


def test_appreciation_with_rates_asked_still_gets_the_price():
    body = _body(sample_draft("Goedemiddag mevrouw Laurent, ik zou het op prijs stellen als u mij uw tarieven voor een "
                              "SEO-audit kunt sturen.", "", "Marta Ruiz"))
    assert "€" in body and "geen behoefte" not in body, body
