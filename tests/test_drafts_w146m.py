"""Wave 146, our mends after reading its regression: an internship asked with "hai posizioni aperte?" gets "no interns"
once, never "I'm not hiring" before it; a one-off session asked about an Instagram that does not grow is no SEO audit
priced; a course someone else praised ("Marta me ha hablado de tu curso de SEO") never turns into "tu mensaje de SEO"."""

from __future__ import annotations

from drafting import sample_draft


def test_an_internship_asked_as_open_positions_gets_the_no_interns_line_once() -> None:
    # r148 es_pt_it note-48 in the wave 146 regression: "non sto assumendo. Al momento non accolgo tirocinanti."
    draft = sample_draft("ciao! sono una studentessa di marketing alla Bocconi e cerco uno stage di 6 mesi da aprile in ambito "
                         "digital marketing, anche a Lione. Hai posizioni aperte?", headline="Studentessa Bocconi", name="Giulia Rossi")
    assert "non accolgo tirocinanti" in draft and "non sto assumendo" not in draft
    # a job (not an internship) asked the same way keeps the plain not-hiring line (wave 146 W)
    job = sample_draft("Ciao Camille, cerco lavoro come social media manager dopo 4 anni in agenzia. Hai posizioni aperte?",
                       name="Marco Bianchi")
    assert "non sto assumendo" in job


def test_a_one_off_session_for_instagram_is_no_seo_audit_priced() -> None:
    # r101 de_nl note-36 in the wave 146 regression: an Instagram that does not grow offered "een eenmalige audit … € 800"
    draft = sample_draft("Hallo Camille, ik heb sinds vorig jaar een webshop in duurzame babykleding en mijn Instagram groeit maar "
                         "niet. Geef je ook losse adviesgesprekken? En wat kost dat ongeveer? Groet, Marloes", name="Marloes Bakker")
    assert "audit" not in draft and "800" not in draft


def test_a_course_praised_by_a_referrer_never_becomes_the_message_topic() -> None:
    # r66 es_pt_it note-15 in the wave 146 regression: "¡Gracias por conectar y por tu mensaje de SEO!"
    draft = sample_draft("Hola Camille, Marta Gil me ha hablado muy bien de tu curso de SEO. ¿Cuándo es la próxima edición y se "
                         "puede hacer online?", name="Lucía Gómez")
    assert "mensaje de SEO" not in draft and "Marta Gil" in draft
    # the sender's own workshop keeps its field (wave 146 Y)
    own = sample_draft("Olá Camille, fiz o seu workshop de LinkedIn Ads na semana passada, foi incrível! Obrigada", name="Ana Lima")
    assert "workshop de LinkedIn Ads" in own


def test_the_roi_measurement_answer_reads_as_sentences() -> None:
    # 170 es_pt_it note-20, note-42, note-64: the fragments "En el contenido, las horas dedicadas", "No conteúdo, as horas."
    es = sample_draft("Hola Camille, soy community manager junior. ¿Tienes algún curso o recurso que recomiendes para aprender a "
                      "medir el ROI de campañas en redes? Gracias de antemano", name="Laura Pérez")
    assert "En el contenido se cuentan las horas dedicadas" in es and "UTM" in es
    it = sample_draft("Ciao Camille, come misuri il ROI delle campagne sui social?", name="Giulia Rossi")
    assert "Per i contenuti si contano le ore dedicate" in it and "UTM" in it


def test_a_course_shared_last_week_is_never_after_all_this_time() -> None:
    # 170 es_pt_it note-58: "eravamo insieme al corso Google Ads a Lione la settimana scorsa" answered "dopo tutto questo tempo"
    it = sample_draft("Hey Camille! Eravamo insieme al corso Google Ads a Lione la settimana scorsa, io ero l'italiano che faceva "
                      "mille domande 😅 Teniamoci in contatto!", name="Luca Ferri")
    assert "dopo tutto questo tempo" not in it and "corso Google Ads" in it
    # must not change: studies shared years ago keep their long-ago welcome
    fr = sample_draft("Salut Camille ! On était ensemble au master à l'IAE il y a dix ans, ravie de te retrouver ici !", name="Julie Martin")
    assert "après tout ce temps" in fr and "depuis nos études" not in fr
