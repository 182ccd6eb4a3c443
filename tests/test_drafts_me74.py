"""Round 68's rewrites fixed by hand: a teacher asking whether she trains teachers asks about her courses (never a
module she is booked to teach), and a German note written all in lower case with "hätten sie" is Sie."""

import pytest

from drafting import sample_draft


@pytest.mark.parametrize("note, headline, said", [
    ("Hola Camille, doy clases de marketing en un FP en Zaragoza y me gustaría saber si ofreces formación para "
     "profesores o materiales para el aula. ¡Gracias!", "Profesora de Marketing y Publicidad", "doy formaciones"),
    ("Olá Camille, dou aulas de marketing digital num politécnico e gostava de saber se faz formações para docentes. "
     "Obrigado", "Professor Adjunto – IPL", "dou formações"),
    ("Ciao Camille, insegno marketing in un istituto tecnico a Verona e vorrei sapere se fai formazione per docenti. "
     "Grazie!", "Docente di Economia e Marketing", "tengo corsi"),
])
def test_training_for_teachers_asked_is_her_course_not_a_module_to_teach(note, headline, said):
    text = sample_draft(note, headline=headline, name="Beatriz Lozano")
    assert said in text
    for booked in ("impartir este curso", "dar este curso", "terrei questo corso", "el programa", "o programa", "il programma"):
        assert booked not in text


@pytest.mark.parametrize("note", [
    "hallo camille, ich bin lehrer an einer berufsschule und würde gerne ihre beiträge im unterricht verwenden, ist das "
    "ok? und hätten sie evtl lust, mal per video eine stunde gast zu sein? gruß m. richter",
    "hallo camille, können sie mir sagen, welches tool sie für keyword-recherche nutzen? danke, michael richter",
])
def test_a_lower_case_german_note_with_a_verb_and_sie_is_answered_sie(note):
    text = sample_draft(note, name="Michael Richter")
    assert text.startswith("Guten Tag Herr Richter") and "Sie" in text
    assert " du " not in text and " dir " not in text and "zu sein" not in text


def test_a_lower_case_note_with_du_stays_du():
    text = sample_draft("hey camille, hast du lust auf einen kaffee? meine kollegen sagen, sie haben dich beim workshop "
                        "gesehen", name="Michael Richter")
    assert text.startswith("Hallo Michael")


@pytest.mark.parametrize("note, pointer", [
    ("Hello, I'm looking for a junior content marketing role in Lyon (I'm a native English speaker, B2 French). Any "
     "advice on agencies that hire English speakers? Thank you! Chloe", "search LinkedIn for marketing and SEO agencies"),
    ("Bonjour, je cherche un poste de chargé de marketing digital sur Lyon. Avez-vous des conseils ou des contacts "
     "d'agences qui recrutent ? Merci d'avance, Yanis", "Je chercherais sur LinkedIn les agences"),
    ("Hola Camille, busco mi primer trabajo en marketing en Madrid. ¿Algún consejo sobre agencias que contraten "
     "juniors? Gracias", "Yo buscaría en LinkedIn las agencias"),
])
def test_agencies_that_hire_asked_get_where_to_look_not_agency_or_in_house(note, pointer):
    text = sample_draft(note, headline="Content Writer | Open to work", name="Chloe Adams")
    assert pointer in text
    for weighed in ("Both teach well", "Les deux forment bien", "Las dos forman bien"):
        assert weighed not in text


@pytest.mark.parametrize("note, wish", [
    ("Bonjour Camille, ancien collègue de Nicolas chez Adeo, il m'a dit le plus grand bien de ton travail. Je m'installe "
     "à Lyon en septembre, ce serait top de prendre un café !", "Bonne installation à Lyon"),
    ("Hola Camille! Me mudo a Lyon en octubre y me encantaría tomar un café contigo. Saludos, Ana", "suerte con la mudanza"),
    ("Ciao Camille, Mi trasferisco a Lione a settembre, ti va un caffè? Marco", "per il trasferimento a Lione"),
])
def test_a_move_told_with_a_capital_and_a_month_is_a_move_never_an_earlier_conversation(note, wish):
    text = sample_draft(note, headline="Growth Marketer", name="Romain Bertrand")
    assert wish in text
    assert "commencé en septembre" not in text and "l'échange commencé" not in text


def test_a_panel_both_were_on_is_where_they_met_never_the_collaboration():
    text = sample_draft("Hi Camille, we were both on the panel at the Lyon Startup Day 👋 I run a web design studio - could "
                        "be nice to refer clients to each other. Chat soon? Olivia",
                        headline="Co-founder, Pixel & Pine Studio", name="Olivia Grant")
    assert "Referring clients to each other" in text
    assert "working together on the panel" not in text


@pytest.mark.parametrize("note, said", [
    ("hey camille, im switching careers from teaching to digital marketing. is your ads course suitable for total "
     "beginners? and is it in english or only french?", "I teach in English and French."),
    ("Hola Camille, ¿tu curso de SEO es en inglés o solo en francés?", "Doy formación en inglés y francés."),
])
def test_two_languages_asked_as_a_choice_get_no_yes(note, said):
    text = sample_draft(note, name="Megan Foster")
    assert said in text
    assert "Yes, I teach" not in text and "Sí, doy" not in text and "My trainings" not in text
