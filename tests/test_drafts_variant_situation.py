"""Wave 62 group D: the Portuguese variant, a course only asked about, praise said at the end, an exchange already under way."""

from __future__ import annotations

import pytest
from drafting import sample_draft

from invitriage.drafts.notefacts import pt_variant


@pytest.mark.parametrize("note", [
    "Olá Camille! Sou web designer freelancer (portuguesa a viver em Lyon 😊). Acho que podíamos colaborar: eu faço os sites, tu tratas do SEO. Bora tomar um café? Catarina",
    "Olá! Sou designer a trabalhar como freelancer em Lyon. Eu faço o design, tu fazes o marketing. Bora tomar um café?",
    "Oi Camille, sou português, a morar em Lyon há 2 anos. Bora falar de SEO?",
])
def test_european_portuguese_writer_is_answered_in_european_portuguese(note):
    assert pt_variant(note) == "pt"


@pytest.mark.parametrize("note", [
    "Oi Camille! Passei a morar em Lyon, sou brasileira. Bora tomar um café?",
    "Oi Camille, comecei a trabalhar em Lyon, você topa um café?",
    "Oi Camille, tu trata do SEO e eu faço os sites, bora?",
])
def test_brazilian_writer_stays_brazilian(note):
    assert pt_variant(note) == "pt-BR"


def test_portuguese_partner_gets_no_brazilian_slang():
    text = sample_draft("Olá Camille! Sou web designer freelancer (portuguesa a viver em Lyon 😊). Acho que podíamos colaborar: "
                        "eu faço os sites, tu tratas do SEO. Bora tomar um café? Catarina", name="Catarina Lopes")
    assert "Olá, Catarina" in text and "café" in text
    for bad in ("Valeu", "você", "Oi,", "ficam bons"):
        assert bad not in text


@pytest.mark.parametrize("note, bad", [
    ("Buenas tardes, ¿tiene algún curso online sobre estrategia de contenidos o solo presencial? Me interesa para mi equipo de 4 personas. Gracias, Fernando López",
     "hacer mi curso"),
    ("Hola, ¿tienes algún taller online de contenidos? Es para mi equipo. ¡Gracias!", "seguir mi formación"),
    ("Good afternoon, do you have an online course on content strategy, or only in person? It's for my team of 4. Thanks, Fernando", "attending my course"),
    ("Bonjour, avez-vous une formation en ligne sur la stratégie de contenu ou seulement en présentiel ? C'est pour mon équipe de 4 personnes. Merci",
     "suivi ma formation"),
    ("Guten Tag, haben Sie einen Online-Kurs zur Content-Strategie oder nur vor Ort? Es wäre für mein Team von 4 Personen. Danke", "meinen Kurs gemacht"),
])
def test_course_asked_about_is_never_thanked_as_taken(note, bad):
    text = sample_draft(note, name="Fernando López")
    assert bad not in text
    assert "online" in text.lower() or "en ligne" in text


@pytest.mark.parametrize("note, liked", [
    ("Oi Camille! Participei do seu workshop de Instagram Ads em Lyon semana passada, eu era a brasileira que fez mil perguntas kkk. Amei, muito obrigada!! Gabriela",
     "gostou"),
    ("Hi Camille! I attended your Instagram Ads workshop in Lyon last week, I was the one who asked a thousand questions haha. Loved it, thank you so much! Gabriela",
     "kind words"),
    ("Coucou Camille ! J'ai participé à ton atelier Instagram Ads à Lyon la semaine dernière, j'étais celle qui posait mille questions mdr. J'ai adoré, merci beaucoup !!",
     "plu"),
])
def test_workshop_loved_at_the_end_is_thanked(note, liked):
    text = sample_draft(note, name="Gabriela Freitas")
    assert liked in text
    assert "trabalhando agora" not in text


@pytest.mark.parametrize("note, bad", [
    ("Hola Camille, soy estudiante de Erasmus en Lyon y busco unas prácticas en marketing digital para la primavera. ¿Sabrías de alguna agencia que busque becarios?",
     "cuando llegues"),
    ("Hi Camille, I'm an exchange student in Lyon looking for a digital marketing internship this spring. Do you know any agencies taking interns?",
     "once you've settled in"),
    ("Olá Camille, sou estudante de Erasmus em Lyon e procuro um estágio em marketing digital para a primavera. Conheces alguma agência?",
     "quando chegares"),
])
def test_exchange_student_already_there_is_not_welcomed_on_arrival(note, bad):
    assert bad not in sample_draft(note, name="Sara Jiménez")


def test_exchange_still_to_come_keeps_the_coffee_on_arrival():
    text = sample_draft("Hola Camille, en septiembre empiezo mi Erasmus en Lyon y busco unas prácticas en marketing digital. ¿Sabrías de alguna agencia?",
                        name="Sara Jiménez")
    assert "cuando llegues" in text
