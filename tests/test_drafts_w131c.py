"""Wave 131, group C: a coffee offered in her city on given days is accepted on THOSE days (never a 20-minute call next
week), and "are you going to that fair?" with a coffee there is answered about that fair (never a video call plus Lyon)."""

from __future__ import annotations

from drafting import sample_draft


def test_training_coffee_on_given_days_in_lyon_is_accepted_in_spanish_and_italian() -> None:
    # 137 es_pt_it note-20: "estaré en Lyon el 14 y 15 de noviembre. ¿Te vendría bien tomar un café …?"
    es = sample_draft("Buenas tardes Camille, soy CMO en una fintech de Madrid y estaré en Lyon el 14 y 15 de noviembre. "
                      "¿Te vendría bien tomar un café para hablar de formación para mi equipo? Saludos, Elena Campos", name="Elena Campos")
    assert "tomando un café el 14 y 15 de noviembre: ¿a qué hora te viene bien?" in es
    assert "20 minutos" not in es and "semana que viene" not in es
    # 137 es_pt_it note-64: "sarò a Lione il 3 dicembre. Ti andrebbe un caffè …?"
    it = sample_draft("Ciao Camille, sono CMO di una scale-up SaaS a Milano e sarò a Lione il 3 dicembre. Ti andrebbe un caffè "
                      "per parlare di una formazione SEO per il mio team? Lorenzo Fontana", name="Lorenzo Fontana")
    assert "davanti a un caffè il 3 dicembre: a che ora ti va bene?" in it
    assert "call di 20 minuti" not in it and "prossima settimana" not in it


def test_training_coffee_on_given_days_is_accepted_formally_in_it_es_pt_nl() -> None:
    # 137 es_pt_it note-64 (variants): the Lei, usted, o senhor and u registers hold
    it = sample_draft("Buongiorno dottoressa Laurent, sono CMO di un'azienda di Torino e sarò a Lione il 3 dicembre. Avrebbe "
                      "tempo per un caffè per parlare di una formazione SEO per il mio team? Cordiali saluti, Marco Rossi", name="Marco Rossi")
    assert "a un caffè il 3 dicembre: a che ora Le andrebbe bene?" in it
    es = sample_draft("Buenos días señora Laurent, soy directora de marketing en Sevilla y estaré en Lyon el 3 de diciembre. "
                      "¿Tendría usted tiempo para un café para hablar de una formación SEO para mi equipo? Atentamente, Carmen López",
                      name="Carmen López")
    assert "un café el 3 de diciembre: ¿a qué hora le viene bien?" in es and "20 minutos" not in es
    pt = sample_draft("Olá Camille, sou CMO de uma fintech em Lisboa e vou estar em Lyon a 3 de dezembro. Teria disponibilidade "
                      "para um café para falarmos de uma formação de SEO para a minha equipa? Cumprimentos, Rui Santos", name="Rui Santos")
    assert "num café no dia 3 de dezembro: a que horas lhe dá jeito?" in pt and "20 minutos" not in pt
    nl = sample_draft("Beste mevrouw Laurent, ik ben CMO van een SaaS-bedrijf in Utrecht en ben op 3 december in Lyon. Heeft u "
                      "tijd voor een kop koffie om te praten over een SEO-training voor mijn team? Met vriendelijke groet, Daan de Jong",
                      name="Daan de Jong")
    assert "kop koffie op 3 december: hoe laat komt het u uit?" in nl and "20 minuten" not in nl
    de = sample_draft("Hallo Frau Laurent, ich bin CMO eines SaaS-Unternehmens in München und bin am 3. Dezember in Lyon. Hätten "
                      "Sie Zeit für einen Kaffee, um über eine SEO-Schulung für mein Team zu sprechen? Viele Grüße, Thomas Weber",
                      name="Thomas Weber")
    assert "bei einem Kaffee am 3. Dezember" in de and "welche Uhrzeit passt Ihnen?" in de and "nächste Woche" not in de


def test_coffee_when_in_lyon_in_may_is_a_coffee_not_a_budget_call() -> None:
    # 136 fr_en note-42: "Coffee when I'm in Lyon in May?" got "a first 20-minute call … and your budget"
    en = sample_draft("Hello Camille, I'm VP Marketing at a B2B software company in Amsterdam. We're planning our French market "
                      "launch for Q2 and I'd love to pick your brain on content strategy for France. Coffee when I'm in Lyon in May?",
                      headline="VP Marketing, Cloudlane", name="Pieter de Vries")
    assert "A coffee sounds great" in en and "in May" in en
    assert "20-minute call" not in en and "budget" not in en


def test_asked_whether_she_goes_to_a_fair_gets_an_answer_about_that_fair() -> None:
    # 134 es_pt_it note-20: "¿Vas al Salon du Marketing de París el mes que viene? … tomar un café" got a video call plus Lyon
    es = sample_draft("Hola Camille, soy CMO de una startup fintech en Madrid. ¿Vas al Salon du Marketing de París el mes que "
                      "viene? Me encantaría tomar un café contigo y hablar de estrategia de contenidos.",
                      headline="CMO en Pagaya Finanzas", name="Tomás Ruiz")
    assert "Todavía no sé si iré" in es and "café allí" in es
    assert "videollamada" not in es and "Lyon" not in es
    de = sample_draft("Hallo Camille, gehst du nächsten Monat zur DMEXCO in Köln? Ich würde gern einen Kaffee mit dir trinken "
                      "und über Content-Strategie reden.", headline="CMO bei Zahlfix", name="Max Bauer")
    assert "Ich weiß noch nicht, ob ich hingehe" in de and "Videocall" not in de
    nl = sample_draft("Hoi Camille, ga jij volgende maand naar de Emerce Eday in Amsterdam? Ik zou graag een koffie met je "
                      "drinken en over contentstrategie praten.", headline="CMO bij Betaalfix", name="Sanne Bakker")
    assert "Ik weet nog niet of ik ga" in nl and "videogesprek" not in nl
    en = sample_draft("Hi Camille, are you going to the Salon E-Marketing in Paris next month? I'd love to grab a coffee with "
                      "you there and talk content strategy.", headline="CMO at Brightly", name="Kate Miller")
    assert "I haven't decided yet whether I'll go" in en and "next two weeks" not in en


def test_neighbours_that_must_not_change() -> None:
    # 137 es_pt_it note-20 neighbour: a training asked with no coffee still gets the first call
    es = sample_draft("Hola Camille, soy CMO en una fintech de Madrid. ¿Impartes formación para equipos? Me interesa para mi "
                      "equipo. Saludos, Elena", name="Elena Campos")
    assert "café" not in es and "llamada de 20 minutos" in es
    # a Berlin sender asking a coffee chat with no visit nor fair named still gets the video call first
    de = sample_draft("Hallo Camille, ich bin Head of Growth bei einem Berliner Fintech. Hast du Zeit für einen Kaffee, um über "
                      "Content-Strategie zu reden?", name="Max Bauer")
    assert "Videocall" in de and "Ich weiß noch nicht" not in de
