"""Wave 136, group F: a job seeker who offers a portfolio is asked for it (never thanked for "indicating" it, never asked
for a CV instead); small wording faults in referrers and greetings."""

from __future__ import annotations

from drafting import sample_draft


def test_portfolio_offered_is_asked_for_never_a_cv_instead() -> None:
    # 136 F es_pt_it note-6 (round 149): "quieres ver mi portfolio, encantado de compartirlo" answered "envíame tu CV"
    es = sample_draft("Buenas Camille, estoy buscando trabajo como community manager tras 3 años en agencia. Si sabes de alguna "
                      "oportunidad o quieres ver mi portfolio, encantado de compartirlo.", name="Álvaro Ruiz")
    assert "Envíame tu portfolio por aquí" in es and "CV" not in es and "indicarme" not in es
    # 136 F es_pt_it note-50 (round 149): "ti mando volentieri il mio portfolio"
    it = sample_draft("Ciao Camille, sono social media manager con 3 anni di esperienza in agenzia e sto cercando nuove opportunità. "
                      "Se senti di qualcosa, ti mando volentieri il mio portfolio!", name="Valentina Rossi")
    assert "Mandami pure il tuo portfolio qui" in it and "CV" not in it and "segnalato" not in it
    # 136 F es_pt_it note-51 (round 148): "Portfolio su richiesta"
    it2 = sample_draft("Ciao, sono un copywriter e cerco lavoro dopo la chiusura della mia agenzia. Se ti serve qualcuno per contenuti "
                       "in italiano, sono disponibile! Portfolio su richiesta.", name="Davide Bianchi")
    assert "il tuo portfolio" in it2 and "CV" not in it2


def test_portfolio_offered_in_german_dutch_portuguese_and_french() -> None:
    # 136 F es_pt_it note-6, the same offer in the other languages and registers
    de = sample_draft("Guten Tag Frau Laurent, ich suche eine neue Stelle als Texter. Mein Portfolio sende ich Ihnen gern auf Anfrage. "
                      "Beste Grüße, Jonas Weber", name="Jonas Weber")
    assert "Schicken Sie mir gern Ihr Portfolio" in de and "an den ich es weitergeben" in de and "Lebenslauf" not in de
    nl = sample_draft("Hoi Camille, ik zoek een baan als contentmarketeer. Als je wilt, stuur ik je graag mijn portfolio!",
                      name="Sanne de Vries")
    assert "je portfolio" in nl and "je cv" not in nl and "verwijzing" not in nl
    pt = sample_draft("Olá Camille, procuro trabalho como designer gráfica. Se quiser, envio-lhe com gosto o meu portefólio.",
                      name="Inês Costa")
    assert "o seu portefólio por aqui" in pt and "CV" not in pt
    fr = sample_draft("Salut Camille, je cherche un poste de graphiste. Si tu veux voir mon portfolio, je te l'envoie avec plaisir !",
                      name="Lucas Morel")
    assert "Envoie-moi ton portfolio" in fr and "CV" not in fr


def test_portfolio_on_the_profile_is_still_thanked_in_plain_words() -> None:
    # must-not-change neighbour: a portfolio already on the profile is there to see, the CV is still asked for
    es = sample_draft("Hola Camille, busco trabajo como diseñadora. Mi portfolio está en mi perfil.", name="Marta Gil")
    assert "Gracias también por compartir tu portfolio." in es and "Envíame tu CV" in es
    it = sample_draft("Ciao Camille, cerco lavoro come grafico. Il mio portfolio è sul mio profilo.", name="Marco Neri")
    assert "Grazie anche per aver condiviso il tuo portfolio." in it and "il tuo CV" in it


def test_german_formal_greeting_uses_the_surname_of_a_known_given_name() -> None:
    # 136 F de_nl note-19 (round 149): "Gruß Raj" from Raj Kumar was greeted "Guten Tag Raj Kumar"
    de = sample_draft("Hallo Frau Laurent, ich biete Ihnen professionelle Webentwicklung zu günstigen Preisen an. Ihre Webseite "
                      "könnte schneller laden. Sollen wir einen Call machen? Gruß Raj", name="Raj Kumar")
    assert "Herr Kumar," in de and "Raj Kumar," not in de
    nl = sample_draft("Geachte mevrouw Laurent, ik bied webdesign aan voor kleine bedrijven. Interesse? Met vriendelijke groet, "
                      "Priya Sharma", name="Priya Sharma")
    assert nl.startswith("Geachte mevrouw Sharma,")


def test_dutch_titled_referrer_of_an_organisation_is_named_by_surname() -> None:
    # 136 F de_nl note-24 (round 149): "Via de heer Peeters van Unizo" thanked as "de heer Van Unizo"
    nl = sample_draft("Geachte mevrouw Laurent,\nVia de heer Peeters van Unizo kreeg ik uw naam. Wij zoeken een trainer voor een "
                      "tweedaagse workshop contentstrategie voor ons communicatieteam. Zou u daarvoor open staan?\n"
                      "Met vriendelijke groet,\nEls Janssens", name="Els Janssens")
    assert "dank aan de heer Peeters voor de introductie" in nl and "Unizo" not in nl


def test_dutch_titled_referrer_with_a_given_name_keeps_the_surname_particle() -> None:
    # must-not-change neighbour: "de heer Jan van Dijk" is Mr Van Dijk, "van" is part of the surname
    nl = sample_draft("Geachte mevrouw Laurent, via de heer Jan van Dijk kreeg ik uw naam. Wij zoeken een trainer voor een "
                      "workshop contentstrategie. Zou u daarvoor open staan? Met vriendelijke groet, Els Janssens", name="Els Janssens")
    assert "de heer Van Dijk" in nl


def test_dutch_offered_trade_keeps_the_whole_noun() -> None:
    # 136 F de_nl note-41 (round 149): "ik bied vertaaldiensten aan" thanked for "uw aanbod voor vertaal"
    nl = sample_draft("Beste mevrouw Laurent, ik bied vertaaldiensten aan voor marketingteksten FR-NL, snel en goedkoop. "
                      "Interesse? Mvg Rik", name="Rik de Jong")
    assert "uw aanbod voor vertaaldiensten." in nl
    nl2 = sample_draft("Beste mevrouw Laurent, ik bied webdesign aan voor kleine bedrijven. Interesse? Mvg Rik", name="Rik de Jong")
    assert "uw aanbod voor webdesign." in nl2


def test_present_tense_referral_in_an_audit_enquiry_is_thanked() -> None:
    # 136 F fr_en note-18 (round 149): "Jean-Pierre Dubois vous recommande … Quels sont vos tarifs" ignored the referrer
    fr = sample_draft("Bonjour, Jean-Pierre Dubois vous recommande. Nous sommes une startup de la foodtech (15 pers) et cherchons "
                      "quelqu'un pour auditer notre SEO. Quels sont vos tarifs pour un audit ?\nBien à vous, Olivier Faure",
                      name="Olivier Faure")
    assert "merci à Jean-Pierre Dubois" in fr and "entre 800 et 5 000 € HT" in fr
    es = sample_draft("Hola Camille, Luis Moreno te recomienda. Somos una startup de foodtech (15 personas) y buscamos a alguien "
                      "para auditar nuestro SEO. ¿Cuáles son tus tarifas para una auditoría?", name="Pedro Sanz")
    assert "gracias a Luis Moreno" in es
    de = sample_draft("Guten Tag Frau Laurent, Markus Weber empfiehlt Sie. Wir sind ein Foodtech-Startup (15 Personen) und suchen "
                      "jemanden für ein SEO-Audit. Was kostet ein Audit bei Ihnen?", name="Jonas Weber")
    assert "Markus Weber" in de
    nl = sample_draft("Goedendag mevrouw Laurent, Pieter Jansen raadt u aan. Wij zijn een foodtech-startup (15 mensen) en zoeken "
                      "iemand voor een SEO-audit. Wat zijn uw tarieven?", name="Tom Peeters")
    assert "dank aan Pieter Jansen" in nl


def test_i_recommend_you_is_no_referral() -> None:
    # must-not-change neighbour: "Je vous recommande notre outil" is the sender's own pitch, no one to thank
    fr = sample_draft("Bonjour Camille, je vous recommande notre outil de reporting SEO, essai gratuit de 14 jours. Intéressée ?",
                      name="Marc Petit")
    assert "merci à" not in fr.lower()


def test_referred_and_lost_gets_one_offer_of_help_not_two() -> None:
    # 136 F es_pt_it note-49 (round 149): "Posso aiutarti con la SEO. È normalissimo non sapere da dove partire con la SEO!"
    it = sample_draft("Ciao Camille, mi ha parlato di te Luca Moretti, mi ha detto di scriverti. Sto lanciando un brand di cosmetici "
                      "naturali e non so da dove partire con la SEO.", name="Alessandro Greco")
    assert "Posso aiutarti" not in it and "È normalissimo non sapere da dove partire con la SEO" in it and "Luca Moretti" in it
    fr = sample_draft("Salut Camille, Paul Martin m'a parlé de toi et m'a dit de t'écrire. Je lance une marque de cosmétiques "
                      "naturels et je ne sais pas par où commencer avec le SEO.", name="Léa Roux")
    assert "accompagner sur ton SEO" not in fr and "par où commencer avec le SEO" in fr
    nl = sample_draft("Hoi Camille, Pieter Jansen zei dat ik je moest schrijven. Ik lanceer een merk natuurlijke cosmetica en weet "
                      "niet waar ik moet beginnen met SEO.", name="Sanne de Vries")
    assert "Ik help je graag met SEO" not in nl and "waar je moet beginnen met SEO" in nl


def test_referred_with_a_clear_need_still_gets_the_offer_of_help() -> None:
    # must-not-change neighbour: a referral with a need and no "don't know where to start" keeps "Posso aiutarti …"
    it = sample_draft("Ciao Camille, mi ha parlato di te Luca Moretti. Cerco qualcuno per migliorare la SEO del mio e-commerce di "
                      "cosmetici.", name="Alessandro Greco")
    assert "grazie a Luca Moretti" in it and "Posso aiutarti con la SEO." in it


def test_collaboration_on_clients_projects_is_not_said_twice() -> None:
    # 136 F es_pt_it note-59 (round 148): "proposta di collaborazione sui progetti … sui progetti dei miei clienti"
    it = sample_draft("Ciao Camille, sono un fotografo di prodotto. Secondo me potremmo collaborare sui progetti dei tuoi clienti "
                      "e-commerce. Che ne dici?", name="Andrea Conti")
    assert it.count("sui progetti") == 1 and "sui progetti dei miei clienti" in it
    en = sample_draft("Hi Camille, I am a product photographer. We could collaborate on projects for your e-commerce clients. "
                      "What do you think?", name="Tom Baker")
    assert "collaboration on projects" not in en and "proposal on projects" not in en


def test_collaboration_on_named_projects_keeps_its_topic() -> None:
    # must-not-change neighbour: "sui progetti SEO" names the projects, so the topic stays
    it = sample_draft("Ciao Camille, sono un copywriter. Potremmo collaborare sui progetti SEO dei tuoi clienti? Che ne dici?",
                      name="Andrea Conti")
    assert "sui progetti SEO" in it


def test_agencies_in_lyon_asked_get_a_sentence_not_a_where_label() -> None:
    # 136 F es_pt_it note-4 (round 149): "¿me podrías recomendar alguna agencia en Lyon?" answered "Dónde buscar: …"
    es = sample_draft("Hola! Soy estudiante de marketing digital en la Universidad de Sevilla y busco practicas en Francia para "
                      "septiembre. ¿Aceptas becarios o me podrías recomendar alguna agencia en Lyon?", name="Pablo Ruiz")
    assert "Dónde buscar" not in es and "En Lyon, yo me fijaría en las agencias de marketing" in es
    # 136 F es_pt_it note-48 (round 149): "mi potresti consigliare qualche agenzia a Lione?" answered "Dove candidarti: …"
    it = sample_draft("Ciao Camille, sono studentessa di marketing alla Bocconi e cerco uno stage in Francia da settembre. Accetti "
                      "stagisti o mi potresti consigliare qualche agenzia a Lione?", name="Chiara Ferri")
    assert "Dove candidarti" not in it and "A Lione punterei sulle agenzie di marketing" in it and "e sui team" in it


def test_where_to_apply_asked_keeps_its_label() -> None:
    # must-not-change neighbour: "¿dónde puedo postular?" is answered by the where-to-apply line as it is
    es = sample_draft("Hola Camille, estudio marketing y busco prácticas de 4 meses desde abril. ¿Algún consejo sobre dónde puedo "
                      "postular? Gracias, Lucía", headline="Marketing student", name="Lucía Gil")
    assert "Dónde buscar" in es


def test_german_french_asset_fits_experience_and_geneva() -> None:
    # 136 F de_nl note-5 (round 149): 5 years' experience, Lyon or Geneva: never "für den Einstieg in Frankreich"
    de = sample_draft("Guten Tag Frau Laurent, ich bin auf Jobsuche als Social Media Managerin (5 Jahre Erfahrung, B2C). Kennen Sie "
                      "Agenturen in Lyon oder Genf, die gerade suchen? Ich spreche fließend Französisch. Beste Grüße, Sarah Klein",
                      name="Sarah Klein")
    assert "Einstieg in Frankreich" not in de and "im französischsprachigen Raum ein echter Vorteil" in de


def test_mover_to_lyon_asking_for_firms_hiring_gets_a_real_answer() -> None:
    # 136 F es_pt_it note-41 (round 148): "em Lyon, onde me vou mudar em março. Sabe de empresas a recrutar?" answered "dou-lhe
    # a minha opinião sobre a sua pergunta", the move ignored
    pt = sample_draft("Boa tarde, sou gestora de marketing e procuro novas oportunidades em Lyon, onde me vou mudar em março. Sabe "
                      "de empresas a recrutar na área?", name="Ana Silva")
    assert "sobre a sua pergunta" not in pt and "mudança para Lyon" in pt and "a recrutar" in pt
    es = sample_draft("Hola Camille, busco trabajo en Lyon, donde me mudo en marzo. ¿Conoces empresas que estén contratando?",
                      name="Lucía Gil")
    assert "Lyon" in es and "tu pregunta" not in es


def test_mover_named_by_a_plain_verb_keeps_its_answer() -> None:
    # must-not-change neighbour: "vou me mudar para Lyon" was read before and still is
    br = sample_draft("Oi Camille, sou analista de marketing e vou me mudar para Lyon em março. Você conhece empresas contratando na "
                      "área?", name="Bruna Lima")
    assert "mudança para Lyon" in br
