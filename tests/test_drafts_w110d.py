"""Fix wave 110, group D: clients, trainings, invitations."""

from __future__ import annotations

import pytest

from drafting import sample_draft


@pytest.mark.parametrize("note,month", [
    # 110 fr_en note-12: "jai suivi … en janvier" (no apostrophe): the month she took the course, never the new training's date
    ("bonjour camille jai suivi ta formation sur les reseaux sociaux a la CCI en janvier, merci encore c'etait super clair. je "
     "voulais savoir si tu fais aussi des formations en intra pour mon equipe de 5 personnes ?", "janvier"),
    ("salut camille jai suivi ton atelier SEO en mars, top ! est-ce que tu fais des formations en entreprise pour mon equipe de 4 personnes ?",
     "mars"),
])
def test_a_month_told_after_jai_suivi_is_not_the_new_trainings_date(note: str, month: str) -> None:
    text = sample_draft(note, headline="Gérante - Atelier Papillon", name="Nathalie Blanc")
    assert "formations en entreprise" in text, text
    assert month not in text.split("\n", 3)[3], text


@pytest.mark.parametrize("note,name", [
    # 109 fr_en note-11: an institution asks her to speak ("solliciter votre intervention en tant que conférencière"):
    # a talk offered, never "thanks for attending my talk"
    ('Madame,\nJe me permets de solliciter votre intervention en tant que conférencière lors de notre journée "Commerce et '
     'numérique" organisée par la CCI Lyon Métropole le 14 mai prochain. Je reste à votre disposition pour en discuter.\n'
     'Respectueusement,\nPhilippe Garnier', "Philippe Garnier"),
    ("Bonjour Madame Laurent, nous organisons un forum e-commerce à Grenoble le 3 juin et souhaiterions vous accueillir en tant "
     "qu'intervenante. Seriez-vous disponible ?", "Julie Morel"),
])
def test_a_french_invitation_to_speak_is_read_as_a_talk_offered(note: str, name: str) -> None:
    text = sample_draft(note, headline="Chargé de mission - CCI", name=name)
    assert "suivi mon intervention" not in text, text
    assert "penser à moi" in text, text


@pytest.mark.parametrize("note,topic,date", [
    # 109 fr_en note-32: "on 12 October on the topic of cross-border e-commerce": the date said apart, never inside the
    # topic, and never asked for again
    ("Dear Madam,\nOn behalf of the Irish Marketing Institute, I would like to invite you to speak at our annual conference in "
     "Dublin on 12 October on the topic of cross-border e-commerce. I would be grateful for the opportunity to discuss this "
     "further.\nYours faithfully,\nSeán O'Brien", "on cross-border e-commerce", "12 October"),
    ("Hello Camille, we would love to invite you to speak at our retail summit in Leeds on 4 March on the topic of local SEO. "
     "Would that interest you?", "on local SEO", "4 March"),
])
def test_a_talks_date_is_not_read_as_its_topic(note: str, topic: str, date: str) -> None:
    text = sample_draft(note, headline="Events Director", name="Seán O'Brien")
    assert topic in text, text
    assert date in text, text
    assert "the dates you have in mind" not in text, text
    assert f"{date} on the topic" not in text, text


@pytest.mark.parametrize("note,line,later", [
    # 109 fr_en note-42: "Do you have availability from next month?": the start asked is answered, and the first call stays
    # next week, never moved to the month the work would start
    ("Hi, I'm the Marketing Director at a UK retail chain opening stores in France. Looking for a local consultant to run our "
     "social ads launch campaign. Do you have availability from next month?", "Starting next month should work", "next month?"),
    ("Hola Camille, soy director de marketing de una cadena de tiendas que abre en Francia. Buscamos una consultora local para "
     "nuestras campañas de social ads. ¿Tienes disponibilidad a partir del mes que viene?", "a partir del mes que viene es posible",
     "el mes que viene?"),
])
def test_availability_from_next_month_is_answered_and_the_call_stays_next_week(note: str, line: str, later: str) -> None:
    text = sample_draft(note, headline="Marketing Director - Harlow & Finch", name="Oliver Harris")
    assert line in text, text
    assert later not in text, text


def test_a_call_asked_for_next_month_is_still_set_next_month() -> None:
    text = sample_draft("Hi Camille, we are a UK brand launching in France and need help with SEO. Could we have a call next month?",
                        name="Oliver Harris")
    assert "next month?" in text, text
    assert "Starting next month" not in text, text


def test_a_team_training_wished_for_with_a_meeting_asked_gets_no_oui_and_keeps_both_fields() -> None:
    # 110 fr_en note-5: "former nos équipes au SEO et aux social ads. Pourriez-vous m'indiquer vos disponibilités ?": no "Oui"
    # to a question never asked, and social ads kept
    text = sample_draft("Madame Laurent,\nJe me permets de vous solliciter en qualité de directeur marketing du groupe Vernier. Nous "
                        "souhaiterions former nos équipes au SEO et aux social ads. Pourriez-vous m'indiquer vos disponibilités pour "
                        "un rendez-vous ?\nBien cordialement,\nPhilippe Vernier", headline="Directeur Marketing - Groupe Vernier",
                        name="Philippe Vernier")
    assert "J'anime des formations au SEO et aux social ads" in text, text
    assert "Oui," not in text, text


def test_a_yes_no_question_on_in_company_training_still_gets_its_oui() -> None:
    text = sample_draft("Bonjour Camille, est-ce que tu fais des formations en intra pour mon équipe de 6 personnes ?", name="Léa Martin")
    assert "Oui, j'anime des formations en entreprise" in text, text


@pytest.mark.parametrize("note,never", [
    # 109 fr_en note-5: trainers sought for the company's own teams: a team training, never "Donner ce cours"
    ("Bonjour, je suis Head of Marketing chez Decathlon Pro et je cherche des formateurs en marketing digital pour nos équipes "
     "régionales. Votre profil m'intéresse beaucoup. Pouvons-nous en parler ?\nMarc Lefèvre", "Donner ce cours"),
    ("Hi Camille, I'm Head of Marketing at a retail group and we're looking for trainers in digital marketing for our regional "
     "teams. Could we talk?", "Teaching this"),
])
def test_trainers_sought_for_the_senders_own_teams_is_a_team_training(note: str, never: str) -> None:
    text = sample_draft(note, headline="Head of Marketing", name="Marc Lefèvre")
    assert never not in text, text
    assert "dates" not in text, text


@pytest.mark.parametrize("note,want", [
    # 110 es_pt_it note-12: "buscando a alguien que forme a nuestro equipo en SEO y contenidos": a team training, both fields
    ("Hola Camille, soy directora de marketing en Grupo Lácteo Norte y estamos buscando a alguien que forme a nuestro equipo en "
     "SEO y contenidos. Me han hablado muy bien de tus formaciones.", "formaciones para empresas en SEO y contenidos"),
    ("Olá Camille, sou diretora de marketing e estamos procurando alguém que treine a nossa equipa em SEO. Falaram-me muito bem "
     "das suas formações.", "formaç"),
])
def test_someone_sought_to_train_the_team_is_a_team_training(note: str, want: str) -> None:
    text = sample_draft(note, headline="Directora de Marketing", name="Beatriz Alonso")
    assert want in text, text
    assert "te ayudo con tu SEO" not in text, text


@pytest.mark.parametrize("note,line", [
    # 109 fr_en note-27: "Are you taking on new clients this quarter?": her room this quarter answered, never "that's exactly what I do"
    ("Hello Camille, I'm Head of Growth at a Berlin fintech expanding into France. We're looking for a French SEO expert to help "
     "us localise. Are you taking on new clients this quarter?", "This quarter should be possible on my side"),
    ("Bonjour Camille, je dirige une PME lyonnaise et nous cherchons une consultante SEO. Prenez-vous de nouveaux clients ce trimestre ?",
     "Ce trimestre devrait être possible de mon côté"),
    ("Hi Camille, are you taking on new clients in Q2? We need help with our SEO.", "Q2 should be possible on my side"),
])
def test_room_for_new_clients_this_quarter_is_answered(note: str, line: str) -> None:
    text = sample_draft(note, headline="Head of Growth", name="Daniel Müller")
    assert line in text, text
    assert "exactly what I do" not in text and "tout à fait mon métier" not in text, text
