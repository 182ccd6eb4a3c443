"""Wave 165, group Q: the note's own hook said back, never a generic line.

- a piece of hers that made the sender rethink their work ("l'article sur les Reels m'a fait revoir toute notre stratégie",
  "made us rethink", "hat uns … überdenken lassen") is named in the thanks, never only "thanks for following my newsletter";
- a texted "abt" ("saw ur post abt GA4 migration") still names the post's topic, written out ("about");
- an interview asked "this week" is offered as a call this week or questions in writing, with no "(subject to my diary)" hedge;
- her short "France is exactly my market." before a call about "your plans for France" is one sentence, France named once;
- studies shared long ago are welcomed "après tout ce temps", never the awkward "depuis nos études";
- a talk asked about the French market ("intercambiar ideas sobre el mercado francés", "aquisição no mercado francês") names it;
- a course taken with her ("fiz o curso de GA4 contigo") is named, and the coffee asked still answered.
"""

from __future__ import annotations

import pytest

from drafting import sample_draft


@pytest.mark.parametrize("note, name, piece", [
    ("Bonjour Camille,\nJe lis votre newsletter chaque mois depuis un an, l'article sur les Reels m'a fait revoir toute notre "
     "stratégie Insta. Merci !\nThomas Mercier", "Thomas Mercier", "l'article sur les Reels"),
    ("Hi Camille, I've read your newsletter every month for a year; the piece on Reels made us rethink our whole Instagram "
     "strategy. Thanks!", "Tom Baker", "Reels"),
    ("Hallo Camille, ich lese deinen Newsletter seit einem Jahr, der Artikel über Reels hat uns unsere ganze Instagram-Strategie "
     "überdenken lassen. Danke!", "Jan Weber", "Artikel über Reels"),
    ("Bonjour Camille, votre post sur le SEO local nous a fait repenser nos fiches Google. Merci !", "Claire Petit", "SEO local"),
])
def test_a_piece_that_changed_their_strategy_is_named(note, name, piece):
    text = sample_draft(note, name=name)
    assert piece in text, text


def test_a_piece_without_news_of_change_keeps_the_faithful_reader_thanks():
    text = sample_draft("Bonjour Camille, je lis votre newsletter chaque mois depuis un an. Merci !", name="Thomas Mercier")
    assert "merci de suivre ma newsletter aussi fidèlement" in text and "utile" not in text


@pytest.mark.parametrize("note, topic", [
    ("Saw ur post abt GA4 migration, so true 😂 lets connect", "my post about GA4 migration"),
    ("loved ur article abt Meta CAPI lol, connect?", "about Meta CAPI"),
])
def test_a_texted_about_still_names_the_post(note, topic):
    text = sample_draft(note, name="Sam Patel")
    assert topic in text and " abt " not in text, text


def test_a_written_about_keeps_its_topic():
    text = sample_draft("Saw your post about GA4 migration, so true 😂 let's connect", name="Sam Patel")
    assert "my post about GA4 migration" in text


@pytest.mark.parametrize("note, name, call, hedge", [
    ("Bonjour Madame Laurent, journaliste au Progrès, je prépare un article sur les commerçants lyonnais et Instagram. Pourriez-vous "
     "m'accorder une courte interview cette semaine ? Cordialement, Hélène Moreau", "Hélène Moreau", "court appel cette semaine ou",
     "selon mes disponibilités"),
    ("Hi Camille, I'm a journalist at Marketing Week writing a piece on SEO for small businesses. Would you be available for a short "
     "interview this week?", "Ana Ruiz", "short call this week or", "subject to my diary"),
    ("Hola Camille, soy periodista de Expansión y preparo un artículo sobre marketing digital para pymes. ¿Tendrías disponibilidad "
     "para una breve entrevista esta semana?", "Ana Ruiz", "llamada breve esta semana o", "según mi agenda"),
])
def test_an_interview_this_week_has_no_clumsy_hedge(note, name, call, hedge):
    text = sample_draft(note, name=name)
    assert call in text and hedge not in text, text


@pytest.mark.parametrize("note, name, joined", [
    ("Dear Ms Laurent,\nI am the Marketing Director of a UK-based retail group expanding into France. I would welcome the "
     "opportunity to discuss your consulting services.\nKind regards,\nJames Whitfield", "James Whitfield",
     "France is exactly my market, so I'd be glad to talk about your plans there"),
    ("Dear Ms Laurent,\nI am the Head of Marketing of a Dutch furniture brand expanding into France. I would welcome a chance to "
     "discuss your consulting services.\nKind regards,\nPieter", "Pieter de Vries",
     "France is exactly my market, so I'd be glad to talk about your plans there"),
    ("Hi Camille, I'm head of growth at a fintech in Berlin; we're expanding to France and looking for someone who knows the market. "
     "Do you have time for a quick call next week? Best, Max", "Max Braun", "France is exactly my market, so I'm happy to talk"),
    ("Hoi Camille, ik ben Head of Growth bij een fintech in Amsterdam. We gaan uitbreiden naar Frankrijk en zoeken iemand die de markt "
     "kent. Heb je volgende week tijd voor een korte call? Groet, Koen", "Koen Meijer", "Frankrijk is precies mijn markt, dus ik praat graag"),
])
def test_her_market_and_their_plans_are_one_sentence(note, name, joined):
    text = sample_draft(note, name=name)
    assert joined in text and "plans for France" not in text and "plannen voor Frankrijk" not in text, text


def test_studies_long_ago_are_welcomed_without_depuis_nos_etudes():
    text = sample_draft("Coucou Camille 😊 on était ensemble en licence pro à Lyon 2 ! Trop contente de voir ton parcours, on se "
                        "fait un déj bientôt ? Bises, Léa", name="Léa Marchand")
    assert "depuis nos études" not in text and "après tout ce temps" in text, text
    other = sample_draft("Salut Camille ! On était ensemble au master à l'IAE il y a dix ans, ravie de te retrouver ici !", name="Julie Martin")
    assert "après tout ce temps" in other and "depuis nos études" not in other


@pytest.mark.parametrize("note, name, said", [
    ("Estimada Sra. Laurent, he seguido su trabajo sobre estrategia de contenidos y me gustaría conectar con usted para intercambiar "
     "ideas sobre el mercado francés. Un cordial saludo.", "Beatriz Cano", "sobre el mercado francés"),
    ("Hola Camille, soy responsable de marketing en una bodega de Rioja. Me encantaría charlar contigo sobre el mercado francés, "
     "¿hablamos?", "Diego Martín", "sobre el mercado francés"),
    ("Exma. Sra. Camille Laurent,\nSou head of growth numa fintech em Lisboa e gostaria de trocar impressões sobre estratégias de "
     "aquisição no mercado francês. Com os melhores cumprimentos,\nMiguel Santos", "Miguel Santos", "aquisição no mercado francês"),
])
def test_a_talk_about_the_french_market_names_it(note, name, said):
    text = sample_draft(note, name=name)
    assert said in text and "20 minutos" in text, text


def test_a_talk_about_another_topic_gets_no_market():
    text = sample_draft("Estimada Sra. Laurent, me gustaría conectar con usted para intercambiar ideas sobre marketing de contenidos. "
                        "Un cordial saludo.", name="Beatriz Cano")
    assert "mercado francés" not in text and "20 minutos" in text


@pytest.mark.parametrize("note, name, course, kept", [
    ("Camille tudo bem? Fiz o curso de GA4 contigo em Lyon em março, lembra? To morando aqui agora, bora tomar um café qualquer dia ☕",
     "Vinícius Rocha", "curso de GA4", "café"),
    ("Oi Camille! Fiz o curso de SEO contigo em Paris ano passado. Bora tomar um café quando eu passar por Lyon?",
     "Renata Alves", "curso de SEO", "café"),
])
def test_a_course_taken_with_her_is_named_and_the_coffee_answered(note, name, course, kept):
    text = sample_draft(note, name=name)
    assert course in text and kept in text and "contigo" not in text, text
