"""Wave 140, group B: a programme that recruits mentors invites Camille to be one (interest, format, time asked), never
sells her one-to-one mentoring; a sender seeking a mentor for themself keeps the mentoring answer."""

from __future__ import annotations

from drafting import sample_draft


def test_mentors_sought_in_german_and_dutch_is_a_seat_offered_not_her_mentoring_sold() -> None:
    # 140 B de_nl note-17 (review156): "suchen Mentorinnen. Interesse?" answered "Ja, ich biete auch Einzelmentoring an"
    de = sample_draft("Hallo Camille, Stefan Huber von der IHK Lyon-Deutschland meinte, ich soll mich unbedingt bei dir melden – "
                      "wir organisieren eine deutsch-französische Gründerinnen-Initiative und suchen Mentorinnen. Interesse? "
                      "Liebe Grüße Nina", "Projektleiterin | Deutsch-Französisches Gründerinnen-Netzwerk", name="Nina Weber")
    assert "Einzelmentoring" not in de and "deinen Bedarf" not in de
    assert "für das Mentoring-Programm angefragt hast" in de and "wie das Mentoring abläuft (Format, Rhythmus)" in de
    assert "Stefan Huber" in de
    # 140 B de_nl note-39 (review156): "We zoeken mentoren voor ons programma" answered "ik doe ook één-op-één mentoring"
    nl = sample_draft("Hallo Camille, Sophie Dubois van de Frans-Nederlandse Kamer van Koophandel raadde me aan contact op te "
                      "nemen. We zoeken mentoren voor ons programma voor vrouwelijke ondernemers. Interesse? Groetjes, Inge",
                      "Programmamanager | CCFN Women in Business", name="Inge de Vries")
    assert "één-op-één" not in nl and "je wensen" not in nl
    assert "voor het mentorprogramma" in nl and "hoe het mentorschap werkt" in nl


def test_mentors_sought_in_french_english_and_romance_languages() -> None:
    # 140 B de_nl note-17/39 variants: the same invitation in fr (vous and tu), en, es, pt, it
    fr = sample_draft("Bonjour Camille, Marc Petit de la CCI de Lyon m'a conseillé de vous contacter : nous cherchons des "
                      "mentors pour notre programme d'accompagnement de créatrices d'entreprise. Seriez-vous intéressée ? Claire",
                      name="Claire Martin")
    assert "mentorat individuel" not in fr and "pour ce programme de mentorat" in fr and "pourriez-vous me dire" in fr
    tu = sample_draft("Salut Camille, Marc de la CCI m'a dit de t'écrire : on cherche des mentores pour notre programme de "
                      "fondatrices. Ça te dit ?", name="Claire Martin")
    assert "mentorat individuel" not in tu and "tu peux me dire comment se passe le mentorat" in tu
    en = sample_draft("Hi Camille, John Smith from the British Chamber of Commerce suggested I reach out - we run a programme "
                      "for women founders and are looking for mentors. Interested? Best, Kate", name="Kate Brown")
    assert "one-to-one mentoring" not in en and "your needs" not in en
    assert "your mentoring programme" in en and "how the mentoring works (format, frequency)" in en
    es = sample_draft("Hola Camille, Ana López de la Cámara de Comercio me recomendó escribirte: buscamos mentoras para "
                      "nuestro programa de emprendedoras. ¿Te interesa? Un saludo, Marta", name="Marta Ruiz")
    assert "mentorías individuales" not in es and "cómo funciona la mentoría" in es
    pt = sample_draft("Olá Camille, a Ana Costa da Câmara de Comércio recomendou-me que te contactasse: procuramos mentoras "
                      "para o nosso programa de empreendedoras. Tens interesse? Beijinhos, Rita", name="Rita Sousa")
    assert "mentoria individual" not in pt and "podes dizer-me como funciona a mentoria" in pt
    it = sample_draft("Ciao Camille, Marco Rossi della Camera di Commercio mi ha consigliato di contattarti: cerchiamo mentor "
                      "per il nostro programma per imprenditrici. Ti interessa? Giulia", name="Giulia Bianchi")
    assert "mentoring individuale" not in it and "il programma di mentoring" in it


def test_a_sender_seeking_a_mentor_for_themself_keeps_the_mentoring_answer() -> None:
    # 140 B must-not-change neighbour: "je cherche une mentore" is her own mentoring asked, never a seat offered
    fr = sample_draft("Bonjour Camille, je me lance en freelance en SEO et je cherche une mentore. Est-ce que vous faites "
                      "du mentorat ?", name="Léa Roux")
    assert "programme de mentorat" not in fr and "mentorat" in fr
    en = sample_draft("Hi Camille, I'm starting out in social ads and I'm looking for a mentor. Do you offer mentoring?",
                      name="Sam Lee")
    assert "mentoring programme" not in en and "mentoring" in en


def test_a_module_named_by_its_subject_and_term_is_never_asked_again() -> None:
    # 140 B fr_en note-18 (review157): "un module SEO en Bachelor … à la rentrée" answered "pourriez-vous me préciser le
    # sujet, les dates envisagées"
    fr = sample_draft("Bonjour Camille, je suis responsable formation à l'EM Lyon et nous recherchons des intervenants pour un "
                      "module SEO en Bachelor. Seriez-vous intéressée pour donner quelques cours à la rentrée ?",
                      "Responsable pédagogique - emlyon business school", name="Valérie Morel")
    assert "le sujet" not in fr and "les dates envisagées" not in fr
    assert "assurer un module de SEO à la rentrée" in fr
    tu = sample_draft("Salut Camille, on cherche des intervenants pour un module social ads en BTS. Ça te dirait de donner "
                      "quelques cours à la rentrée ?", name="Hugo Blanc")
    assert "le sujet" not in tu and "un module de social ads à la rentrée" in tu
    en = sample_draft("Hi Camille, I'm programme lead at Manchester Business School and we are looking for speakers for an SEO "
                      "module in our Bachelor. Would you be interested in teaching a few sessions in September?", name="Helen Clark")
    assert "the topic" not in en and "a module on SEO" in en
    es = sample_draft("Hola Camille, buscamos ponentes para un módulo de SEO en nuestro grado. ¿Te interesaría dar algunas "
                      "clases en septiembre?", name="Lucía Gil")
    assert "el tema" not in es and "un módulo de SEO en septiembre" in es


def test_a_talk_on_a_given_date_keeps_its_answer() -> None:
    # 140 B must-not-change neighbour: a conference with its date and topic still thanks for the talk on that topic
    fr = sample_draft("Bonjour Camille, j'organise le Digital Day de Grenoble le 14 mai et nous cherchons une intervenante sur "
                      "les publicités sur les réseaux sociaux. Seriez-vous disponible ? Le format est une conférence de 30 min.",
                      name="Mélanie Faure")
    assert "donner une conférence sur les publicités sur les réseaux sociaux" in fr and "le sujet" not in fr


def test_an_agency_seeking_a_freelancer_talks_projects_pace_and_day_rate() -> None:
    # 140 B fr_en note-16 (review157): a web agency seeking a freelance SEO consultant got a client's "l'existant et votre budget"
    fr = sample_draft("Bonjour Camille, nous sommes une agence web à Annecy et nous cherchons une consultante SEO freelance pour "
                      "renforcer nos équipes sur quelques projets. Un partenariat vous intéresserait-il ?",
                      "Co-fondateur - Agence Pixel Alpes", name="Romain Girard")
    assert "votre budget" not in fr and "l'existant" not in fr
    assert "du rythme de travail et de mon tarif journalier" in fr
    en = sample_draft("Hi Camille, I run a small web agency in Bristol and we're looking for a freelance SEO consultant to help "
                      "on a few client projects. Would you be interested?", name="Tom Hill")
    assert "budget" not in en and "the pace of work and my day rate" in en
    es = sample_draft("Hola Camille, somos una agencia web en Valencia y buscamos una consultora SEO freelance para algunos "
                      "proyectos. ¿Te interesaría?", name="Lucía Gil")
    assert "presupuesto" not in es and "el ritmo de trabajo y mi tarifa diaria" in es and "inglés" in es


def test_a_shop_asking_for_seo_help_keeps_the_client_call() -> None:
    # 140 B must-not-change neighbour: a shop's own SEO is a client's project, its budget asked as before
    fr = sample_draft("Bonjour Camille, j'ai une boutique de thé en ligne et je cherche une consultante SEO. Seriez-vous "
                      "disponible pour en parler ?", name="Paul Dubois")
    assert "tarif journalier" not in fr
