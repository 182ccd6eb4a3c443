"""Wave 163 B: the wrong kind of reply in Spanish, Italian and Portuguese.

A reader who wishes to "count on you in my network" is a newsletter reader, never a client pitched a call and a budget; a
marketing director met "ayer en el workshop" wants SEO help, never "I give trainings"; a director "reviewing the digital
strategy" made no proposal, the strategy is named; a Head of Growth met at an event who wants to grow acquisition in France
gets her plans for France named and the event recalled, not a doubled "let's talk … I propose a talk"; a teacher asking
which course to recommend to her students is never told "my courses are online too".
"""

from __future__ import annotations

from drafting import sample_draft


# -- a newsletter reader who wants her in their network ---------------------------------------------------------------

def test_newsletter_reader_counting_on_her_in_network_is_no_client() -> None:
    for note in ("Estimada Sra. Laurent:\nLeo su newsletter desde hace meses y me resulta de gran utilidad para mi agencia. "
                 "Sería un honor contar con usted en mi red profesional.\nAtentamente,\nJavier Morales Ortega",
                 "Prezada Sra. Laurent,\nAcompanho a sua newsletter há meses e é muito útil para a minha agência. Seria uma honra "
                 "contar com a senhora na minha rede.\nCumprimentos,\nRui Carvalho",
                 "Estimada Camille: sigo tu newsletter desde el año pasado y me ayuda mucho en mi trabajo. Sería un placer contar "
                 "contigo en mi red de contactos. Un saludo, Lucía"):
        text = sample_draft(note, name="Javier Morales Ortega")
        assert "newsletter" in text, text
        for wrong in ("presupuesto", "orçamento", "20 minutos", "inglés", "inglês"):
            assert wrong not in text, text


def test_counting_on_her_for_their_shop_stays_a_client() -> None:
    text = sample_draft("Hola Camille, nos gustaría contar con usted para el SEO de nuestra tienda online de vinos. ¿Podemos hablar?")
    assert "20 minutos" in text and "presupuesto" in text, text


# -- a director met yesterday at a workshop who wants SEO help --------------------------------------------------------

def test_director_met_at_workshop_gets_seo_help_not_trainings() -> None:
    for note in ("Camille, un placer coincidir ayer en el workshop de Lyon sobre analítica. Como te comenté, soy directora de "
                 "marketing en Bodegas Altamira y queremos reforzar el SEO de la web en Francia. Me encantaría hablarlo contigo.",
                 "Hola Camille, un gusto coincidir contigo la semana pasada en el meetup de Madrid. Dirijo el marketing de una "
                 "cadena de hoteles y queremos mejorar nuestro SEO. ¿Hablamos?"):
        text = sample_draft(note, name="Elena Castro Prieto")
        assert "formaciones" not in text and "talleres" not in text, text
        assert "SEO" in text and "por la charla" in text, text


# -- a director reviewing the digital strategy: no proposal was made --------------------------------------------------

def test_strategy_review_is_named_not_a_proposal() -> None:
    cases = [("Buongiorno Camille, sono direttrice marketing di Calzedonia Group e stiamo rivedendo la strategia digitale. "
              "Mi piacerebbe conoscerti. Saluti, Francesca Lombardi", "strategia digitale"),
             ("Hola Camille, soy director de marketing de una cadena de gimnasios y estamos revisando la estrategia digital. "
              "Me gustaría conocerte.", "estrategia digital"),
             ("Hi Camille, I'm the marketing director at a retail group and we're reviewing the digital strategy. Would love to connect.",
              "digital strategy")]
    for note, named in cases:
        text = sample_draft(note, headline="Marketing Director", name="Francesca Lombardi")
        assert named in text, text
        assert "proposta mi interessa" not in text and "propuesta" not in text and "proposal" not in text, text


# -- growth in France wished by someone met at an event --------------------------------------------------------------

def test_growth_in_france_and_the_event_are_said_back() -> None:
    cases = [("Camille, foi um prazer conversar com você no coffee break do evento de growth em Paris. Como comentei, sou Head of "
              "Growth numa fintech de SP e queremos reforçar a aquisição na França. Vamos marcar uma call?", "a França", "Paris"),
             ("Oi Camille, foi ótimo conversar com você no almoço do meetup de SEO em Lisboa. Sou diretor de marketing numa startup "
              "de SP e queremos acelerar o crescimento na França. Bora marcar uma call?", "a França", "Lisboa"),
             ("Hola Camille, fue un placer hablar contigo en la pausa del congreso de ecommerce en Barcelona. Soy CMO de una app de "
              "viajes y queremos impulsar las ventas en Francia. ¿Hacemos una llamada?", "Francia", "Barcelona")]
    for note, country, town in cases:
        text = sample_draft(note, name="Mariana Rocha")
        assert f"planos para {country}" in text or f"planes para {country}" in text \
            or f"{country} es justo mi mercado, así que con gusto hablamos de tus planes allí" in text, text
        assert town in text, text
        assert "Proponho uma primeira conversa" not in text and "Vamos conversar, com prazer" not in text, text


# -- a teacher asking which course to recommend to the students -------------------------------------------------------

def test_course_to_recommend_to_students_is_not_her_courses() -> None:
    for note in ("Ciao Camille, insegno marketing in un istituto tecnico a Verona. Hai qualche libro o corso online sulla SEO da "
                 "consigliare ai miei studenti? Grazie!",
                 "Hola Camille, doy clases de marketing en un instituto de Sevilla. ¿Tienes algún libro o curso online de SEO para "
                 "recomendar a mis alumnos? ¡Gracias!",
                 "Hi Camille, I teach marketing at a college in Leeds. Any book or online course on SEO you'd recommend to my students? Thanks!"):
        text = sample_draft(note, name="Paola Fontana")
        for wrong in ("i miei corsi", "mis cursos", "my courses", "non in italiano", "remoto", "remote"):
            assert wrong not in text, text
        assert "HubSpot Academy" in text, text


def test_her_courses_asked_online_still_answered() -> None:
    text = sample_draft("Ciao Camille, ho visto che tieni corsi di SEO. Li fai anche online?")
    assert "i miei corsi sono anche online" in text, text
