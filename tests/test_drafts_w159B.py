"""Wave 159 B: notes misread as the wrong kind of sender. A marketing director asking how she works on their content for
the French market is a prospect (her way of working and a call), never given job-hunting tips; a firm's marketing lead
moving into France who finds her profile "fits what we look for" wants her as a consultant, never a job declined; a job
seeker asking which skills to build to find work in France gets the skills, never "yes, I work with clients in France";
a software house offering her a free quote is a seller declined, never her rates and a call."""

from drafting import sample_draft


def test_director_content_strategy_is_a_prospect_not_a_job_seeker():
    note = ("Hi Camille, I'm Marketing Director at Northwind Hotels (12 properties in Europe). We're looking to rethink our content "
            "strategy for the French market and I'd love to hear how you work.\nBest,\nLaura Chen")
    text = sample_draft(note, headline="Marketing Director, Northwind Hotels", name="Laura Chen")
    assert "Welcome to the Jungle" not in text and "CV" not in text
    assert "I start with a call" in text
    own = sample_draft("Hi Camille, I'm Head of Marketing at a Dutch bike brand; we want to revisit our content strategy for the "
                       "French market and I'd like to hear how you work.", headline="Head of Marketing")
    assert "Welcome to the Jungle" not in own and "call" in own
    es = sample_draft("Hola Camille, soy directora de marketing de una cadena de hoteles y queremos replantear nuestro contenido "
                      "para el mercado francés. Me gustaría saber cómo trabajas.", headline="Directora de Marketing")
    assert "Welcome to the Jungle" not in es and "llamada" in es


def test_job_seeker_asking_a_france_tip_keeps_the_job_tip():
    text = sample_draft("Hi Camille, I just finished my master's and I'm looking for a marketing job. Any tip for the French market?")
    assert "Welcome to the Jungle" in text


def test_marketing_director_moving_into_france_is_a_lead_not_a_job():
    note = ("Hallo Camille, ich bin Marketingdirektor bei einem Möbelhersteller und wir wollen 2025 in Frankreich expandieren. "
            "Ihr Profil passt gut zu dem, was wir suchen. Wäre ein Kennenlernen möglich?")
    text = sample_draft(note, headline="Marketingdirektor | Wohnwerk AG", name="Andreas Krause")
    assert "Festanstellung" not in text and "nicht infrage" not in text
    assert "Frankreich ist genau mein Markt" in text and "Telefonat" in text
    own = sample_draft("Hallo Camille, ich bin Marketingleiterin bei einem Kosmetikhersteller; wir wollen nächstes Jahr nach Frankreich "
                       "expandieren. Ihr Profil passt zu dem, was wir suchen. Hätten Sie Zeit für ein Gespräch?",
                       headline="Marketingleiterin | Belle AG")
    assert "Festanstellung" not in own and "Telefonat" in own
    nl = sample_draft("Hoi Camille, ik ben marketingdirecteur bij een meubelmerk en we willen in Frankrijk uitbreiden. Jouw profiel "
                      "past bij wat we zoeken. Zullen we kennismaken?", headline="Marketingdirecteur")
    assert "vaste baan" not in nl and "gesprek" in nl


def test_a_real_job_offer_is_still_declined():
    text = sample_draft("Hallo Camille, wir suchen eine Marketing Managerin (m/w/d) in Vollzeit für unser Team in Frankreich. "
                        "Ihr Profil passt gut. Interesse?", headline="Recruiterin")
    assert "Festanstellung" in text


def test_job_seeker_skills_for_france_answered_not_a_client():
    note = ("Buongiorno, sono in cerca di lavoro dopo un master in marketing. Ho visto che ti occupi di SEO: che competenze "
            "consiglieresti di sviluppare per trovare lavoro in Francia?")
    text = sample_draft(note, name="Matteo Bruno")
    assert "clienti in Francia" not in text and "esigenze" not in text
    assert "parole chiave" in text
    es = sample_draft("Hola, acabo de terminar un máster en marketing y busco empleo. ¿Qué habilidades me recomiendas desarrollar "
                      "para encontrar trabajo en Francia?")
    assert "clientes en Francia" not in es and "habilidades" in es
    fr = sample_draft("Bonjour, je cherche un emploi après mon master. Quelles compétences SEO me conseilleriez-vous pour trouver "
                      "un poste en France ?")
    assert "clients en France" not in fr and "mots-clés" in fr


def test_clients_in_france_question_keeps_its_yes():
    text = sample_draft("Ciao Camille, lavori anche con clienti in Francia?")
    assert "Sì, lavoro anche con clienti in Francia" in text


def test_free_quote_offered_is_a_seller_declined():
    note = "Ciao Camille, la nostra software house realizza siti web e app a prezzi imbattibili. Vuoi ricevere un preventivo gratuito?"
    text = sample_draft(note, name="Simone Costa")
    assert "tariffe" not in text and "call" not in text and "non ne ho bisogno" in text
    es = sample_draft("Hola Camille, nuestra agencia crea tiendas online a precios increíbles. ¿Te gustaría recibir un presupuesto gratis?")
    assert "tarifas" not in es and "no lo necesito" in es
    en = sample_draft("Hi Camille, our studio builds websites and apps at great prices. Would you like a free quote?")
    assert "rates" not in en and "not something I need" in en


def test_a_client_asking_her_quote_keeps_the_call():
    text = sample_draft("Ciao Camille, ho un negozio online di ceramiche e vorrei migliorare la SEO. Mi puoi fare un preventivo?")
    assert "tariffe" in text and "call" in text
