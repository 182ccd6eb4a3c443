"""Wave 162 F: a foreign-language client and the call. A call proposed to a sender writing in a language she does not work
in says her languages (English or French) even when the note names a French referrer's place ("von der IHK Lyon", "van de
Franse Kamer van Koophandel"), the sales or the market entry in France ("venta online en Francia", "Markteintritt in
Frankreich") or a workshop they both attended in Paris; a brand moving into France hears that France is her market, in
a short form where the whole line does not fit; a learner whose English is weak or who asks for subtitles hears that
there are none in their language and a written exchange here instead of a 20-minute call."""

from drafting import sample_draft

_LANGS = {"es": "en inglés o en francés", "pt": "em inglês ou em francês", "de": "Englisch oder Französisch",
          "nl": "het Engels of het Frans", "it": "in inglese o in francese"}


def test_referred_shop_entering_france_es():
    # the review's note
    d = sample_draft("Hola Camille, me pasó tu contacto Sophie Martin de la CCI de Lyon. Estoy lanzando una marca de aceite de "
                     "oliva con venta online en Francia y necesito ayuda con la estrategia digital. Saludos, Fernando",
                     name="Fernando Delgado")
    assert _LANGS["es"] in d and "Francia es justo mi mercado" in d
    # another sender, another product
    d = sample_draft("Buenas Camille, Lucía Gil de la Cámara de Comercio de Lyon me dio tu nombre. Tenemos una bodega en Rioja "
                     "y queremos abrir ventas online en Francia. ¿Podemos hablar?", name="Jorge Ruiz")
    assert "Francia es justo mi mercado" in d


def test_market_entry_referred_by_a_chamber_de_nl_pt():
    d = sample_draft("Sehr geehrte Frau Laurent,\nHerr Thomas Wagner von der IHK Lyon-Saint-Étienne hat mir Ihren Namen gegeben. "
                     "Ich plane den Markteintritt meines Onlineshops in Frankreich und suche Beratung zur Content-Strategie. "
                     "Hätten Sie Zeit für ein kurzes Gespräch?\nMit freundlichen Grüßen\nDr. Martin Krüger",
                     headline="Geschäftsführer, Krüger Naturkosmetik", name="Martin Krüger")
    assert _LANGS["de"] in d and "Frankreich ist genau mein Markt" in d
    d = sample_draft("Geachte mevrouw Laurent,\nDe heer Pieter Bakker van de Franse Kamer van Koophandel in Nederland verwees mij "
                     "naar u. Wij willen onze webshop uitbreiden naar Frankrijk en zoeken advies over contentstrategie. Zou u open "
                     "staan voor een kennismakingsgesprek?\nMet vriendelijke groet,\nWillem van Dijk",
                     headline="Directeur, Van Dijk Tuinmeubelen", name="Willem van Dijk")
    assert _LANGS["nl"] in d
    d = sample_draft("Exma. Sra. Camille Laurent,\nVenho por este meio, por indicação do Dr. Jean Moreau, solicitar uma reunião "
                     "para discutir uma consultoria em SEO para a nossa empresa de vinhos do Douro, que está a iniciar vendas "
                     "online em França.\nCom os melhores cumprimentos,\nRui Almeida", name="Rui Almeida")
    assert _LANGS["pt"] in d and "França" in d.split("\n")[2]
    # own note: a German cosmetics brand, referred by someone of a chamber in Lyon
    d = sample_draft("Hallo Frau Laurent, Frau Anna Berg von der AHK in Paris hat Sie empfohlen. Wir bereiten den Markteintritt "
                     "unserer Marke in Frankreich vor. Wäre ein kurzes Telefonat möglich? Beste Grüße, Jan Hoff", name="Jan Hoff")
    assert _LANGS["de"] in d


def test_peer_met_at_a_workshop_in_paris_es():
    d = sample_draft("Hola Camille, coincidimos en el taller de formación de Meta en París. Yo también soy consultora freelance "
                     "(en Bilbao). ¿Quizá podríamos colaborar en proyectos con clientes que necesiten ambos mercados?",
                     name="Ainhoa Etxeberria")
    assert _LANGS["es"] in d


def test_weak_english_and_subtitles_pt_it():
    d = sample_draft("oi camille, vc da curso online de marketing digital? queria fazer mas meu ingles é meio fraco kkk tem legenda?",
                     headline="Empreendedor | Loja de açaí", name="Diego Matos")
    assert "legenda" in d and "20 minutos" not in d and "por escrito" in d
    d = sample_draft("ciao camille fai corsi online di marketing digitale? io parlo poco inglese e niente francese, ci sono i "
                     "sottotitoli? grazie", headline="Titolare di Pizzeria Da Nino", name="Nino Esposito")
    assert "sottotitoli" in d and "20 minuti" not in d and "scriverci" in d
    # own notes
    d = sample_draft("Hola Camille, ¿tienes cursos online de redes sociales? Mi inglés es muy flojo, ¿tienen subtítulos?",
                     name="Pepe Lara")
    assert "subtítulos" in d and "20 minutos" not in d
    d = sample_draft("Hallo Camille, bietest du Online-Kurse zu SEO an? Mein Englisch ist leider schwach. Gibt es Untertitel?",
                     name="Uwe Brandt")
    assert "Untertitel" in d and "20 Minuten" not in d and "schriftlich" in d


def test_language_question_without_weak_english_keeps_its_call():
    d = sample_draft("Ciao Camille, fai corsi online di marketing digitale in italiano?", name="Marta Rossi")
    assert "scriverci qui" not in d
