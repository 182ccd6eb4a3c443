"""Round 19, wording, register and address: usted mirrored, European Portuguese "você" answered with "lhe",
lecturers addressed by title, formal Dutch notes by surname, self-introduced short names, and no same-day promise."""

from __future__ import annotations

import pytest

from drafting import draft


@pytest.mark.parametrize("note", [
    "Buenas tardes, buscamos un jefe de obra para Sevilla. Quizás conozca a alguien en su red?",
    "Hola, reclutamos una contable bilingüe. Si le interesa a alguien de sus contactos, escríbame.",
    "Buenos días, tenemos una vacante de técnico de mantenimiento en Lyon. ¿Le parece que alguien de su entorno encajaría?",
])
def test_spanish_usted_note_gets_usted_draft(note: str) -> None:
    text = draft(note, "es", "recruiting", name="Beatriz Alvarado")
    assert not any(w in text.lower().split() for w in ("tu", "te", "conectar!")), text
    assert "su mensaje" in text or "Gracias por su" in text, text


@pytest.mark.parametrize("note", [
    "Olá Camille, sou sócio de uma agência no Porto. Podemos fazer parcerias: nós fazemos o design e você o SEO. Interessada?",
    "Olá Camille, gostava de saber se você estaria disponível para uma parceria com a nossa equipa em Lisboa.",
    "Olá Camille, temos uma agência em Braga e achamos que você seria a parceira ideal para clientes em França.",
])
def test_european_portuguese_voce_is_not_answered_with_te(note: str) -> None:
    text = draft(note, "pt", "business_proposal", name="Miguel Sousa")
    words = text.replace(",", " ").replace("?", " ").split()
    assert "te" not in words and "teu" not in words and "tua" not in words, text
    assert "Um abraço" not in text, text


@pytest.mark.parametrize("note,headline,lang,expected", [
    ("Gentile Camille, sono docente del master in marketing. Le andrebbe di tenere un seminario?", "Docente | Università di Pisa", "it", "Gentile Professor Neri,"),
    ("Buongiorno, insegno digital marketing all'università e vorrei invitarLa a una lezione. Sarebbe disponibile?", "Professore associato, Università di Torino", "it", "Gentile Professor Neri,"),
    ("Buenos días, soy profesor en la universidad. ¿Le interesaría dar una charla a mis alumnos?", "Profesor titular | Universidad de Granada", "es", "Estimado profesor Neri:"),
])
def test_lecturer_is_addressed_by_title(note: str, headline: str, lang: str, expected: str) -> None:
    text = draft(note, lang, "business_proposal", name="Marco Neri", headline=headline)
    assert text.startswith(expected), text
    assert "signor" not in text, text


@pytest.mark.parametrize("note,opening", [
    ("Goedendag, ik wil graag mijn netwerk uitbreiden. Met vriendelijke groet, Henk Bos", "Beste heer Bos,"),
    ("Goedemiddag, graag kom ik met u in contact. Met vriendelijke groeten, Henk Bos", "Beste heer Bos,"),
    ("Geachte mevrouw Laurent, graag zou ik in contact komen. Hoogachtend, Henk Bos", "Geachte heer Bos,"),
])
def test_formal_dutch_note_is_answered_by_surname(note: str, opening: str) -> None:
    text = draft(note, "nl", "generic", name="Henk Bos")
    assert text.startswith(opening), text
    assert "Beste Henk" not in text


@pytest.mark.parametrize("headline", ["Marketing Director Benelux bij Vandermolen", "Head of E-commerce @ Blokker", "Algemeen directeur bij Bakkerij Noord"])
def test_note_less_dutch_senior_is_not_hoi(headline: str) -> None:
    text = draft("", "nl", "no_note", name="Annelies de Vries", headline=headline)
    assert text.startswith("Beste Annelies,"), text


def test_note_less_dutch_student_keeps_hoi() -> None:
    assert draft("", "nl", "no_note", name="Noor Smit", headline="Student Communicatie @ Fontys").startswith("Hoi Noor,")


@pytest.mark.parametrize("note,lang,name,first", [
    ("Camille!! Aqui é a Carol, a gente se conheceu no RD Summit 😂 Vamos manter contato!", "pt", "Carolina Ferraz", "Carol"),
    ("Hello Camille, c'est Max, on s'est croisés au salon VivaTech la semaine dernière !", "fr", "Maxime Dupont", "Max"),
    ("Hola Camille, soy Santi, nos conocimos en el Salon E-commerce de Lyon.", "es", "Santiago Gil", "Santi"),
])
def test_self_introduced_short_name_is_used(note: str, lang: str, name: str, first: str) -> None:
    text = draft(note, lang, "met_before", name=name)
    assert first in text.splitlines()[0] and name.split()[0] not in text.splitlines()[0], text


@pytest.mark.parametrize("note,lang", [
    ("Oi! Participei do seu workshop de SEO no mês passado. Você vai disponibilizar os slides?", "pt"),
    ("Bonjour Camille, j'ai assisté à votre atelier SEO hier. Pourriez-vous partager les slides ?", "fr"),
    ("Hallo Camille, ich war bei deinem Workshop in Köln. Kannst du die Folien teilen?", "de"),
    ("Hi Camille, I attended your workshop on SEO yesterday. Could you share the slides?", "en"),
    ("Hola Camille, asistí a tu taller de SEO ayer. ¿Podrías compartir las diapositivas?", "es"),
    ("Hoi Camille, ik was bij je workshop over SEO. Kun je de slides delen?", "nl"),
])
def test_no_same_day_promise_for_slides(note: str, lang: str) -> None:
    text = draft(note, lang, "content").lower()
    for deadline in ("ainda hoje", "dans la journée", "heute noch", "today", "hoy mismo", "vandaag nog", "in giornata"):
        assert deadline not in text, text


@pytest.mark.parametrize("note,lang,bad", [
    ("Coucou Camille, ton post sur le SEO local m'a plu, ça te dit d'en parler 20 minutes ?", "fr", "pour s'appeler"),
    ("Hola, busco trabajo como SEO junior. Si sabes de algo, te lo agradezco. Tomás", "es", "surge algo"),
    ("Olá, estou à procura de emprego na área de marketing digital. Se souber de alguma oportunidade, agradeço. Pedro", "pt", "com gosto se surge"),
])
def test_reviewed_slips_are_gone(note: str, lang: str, bad: str) -> None:
    intent = "job_seeking" if lang != "fr" else "content"
    assert bad not in draft(note, lang, intent, name="Tomás Ruiz")


@pytest.mark.parametrize("note", [
    "Sehr geehrte Frau Laurent, für unsere Konferenz im Mai suchen wir Speaker zum Thema SEO. Hätten Sie Interesse an einem Vortrag?",
    "Guten Tag Frau Laurent, wir organisieren einen Fachtag in Wien und würden Sie gern als Rednerin zum Thema Content einladen. Wären Sie dabei?",
])
def test_german_speaker_yes_has_one_gern_and_no_wann_es_passt(note: str) -> None:
    text = draft(note, "de", "business_proposal", name="Beat Frei")
    assert "wann es Ihnen passt" not in text
    body = text.split("\n\n")[1]
    for line in body.splitlines():
        assert line.count("gern") <= 1, text
