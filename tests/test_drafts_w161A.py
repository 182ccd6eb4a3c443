"""Wave 161 A: a course asked about for someone else (a sister, a colleague) is answered for the person who would take it
(the school's course and her door open to them), never "tell me where YOU stand" to the sender; a team's question about
the language of her training ("siamo un team di 6 persone") is a learner's question answered with her languages, never a
seller's pitch declined."""

from drafting import sample_draft


def _body(text: str) -> str:
    return text.lower()


def test_course_for_a_sister_at_a_business_school_es():
    d = sample_draft("Hola Camille, ¿sigues dando el curso de SEO en la escuela de negocios de Lyon? Mi hermana quiere "
                     "inscribirse y me preguntó por ti. Saludos, Nuria", headline="Marketing Analyst", name="Nuria Campos")
    assert "en qué punto estás" not in d
    assert "escuela" in d and "escribirme directamente" in d


def test_course_for_a_colleague_at_a_business_school_it():
    d = sample_draft("Ciao Camille, tieni ancora il corso di SEO alla business school di Lione? Un mio collega vorrebbe "
                     "iscriversi e mi ha chiesto se lo consiglio. Grazie! Anna", headline="Marketing Analyst", name="Anna De Luca")
    assert "a che punto sei" not in d
    assert "scuola" in d and "scrivermi direttamente" in d


def test_course_for_someone_else_other_languages():
    pt = sample_draft("Olá Camille, ainda dá o curso de SEO na escola de negócios de Lyon? A minha irmã quer inscrever-se. Obrigada",
                      name="Rita Sousa")
    assert "em que ponto est" not in pt and "escrever-me diretamente" in pt
    fr = sample_draft("Bonjour Camille, tu donnes encore ta formation SEO à l'IAE ? Ma sœur aimerait s'inscrire. Merci !",
                      name="Léa Roux")
    assert "où tu en es" not in fr and "m'écrire directement" in fr
    de = sample_draft("Hallo Camille, gibst du noch den SEO-Kurs? Meine Kollegin möchte sich anmelden. Danke!", name="Jonas Weber")
    assert "wo du bei" not in de and "direkt schreiben" in de


def test_course_for_oneself_keeps_where_you_stand():
    d = sample_draft("Hola Camille, ¿sigues dando el curso de SEO? Quiero inscribirme este año. Gracias", name="Nuria Campos")
    assert "en qué punto estás hoy en SEO" in d
    assert "escribirme directamente" not in d


def test_team_language_question_it_is_answered_not_declined():
    d = sample_draft("Salve, ho visto che fa formazione di marketing digitale. La fa anche in italiano o in inglese? Siamo un "
                     "team di 6 persone a Genova. Grazie", headline="Titolare - Studio Grafico Lanterna", name="Paolo Rinaldi")
    assert "non ne ho bisogno" not in d and "Sua offerta" not in d
    assert "inglese" in d


def test_team_language_question_own_notes():
    it = sample_draft("Buongiorno Camille, so che tiene corsi di social ads. Si possono fare in italiano? Siamo un piccolo team "
                      "di 4 persone a Torino.", name="Marta Gallo")
    assert "non ne ho bisogno" not in it and "inglese" in it
    pt = sample_draft("Olá, vi que faz formação em marketing digital. Também dá em português ou inglês? Somos uma equipa de 6 "
                      "pessoas no Porto. Obrigado", name="Rui Costa")
    assert "não preciso" not in pt.lower() and "inglês" in pt


def test_a_team_selling_websites_is_still_a_pitch():
    d = sample_draft("Buongiorno, siamo un team di 5 sviluppatori e offriamo siti web a prezzi competitivi. Le interessa?",
                     name="Luca Neri")
    assert "non ne ho bisogno" in d
