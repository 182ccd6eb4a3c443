"""Wave 87, group R: wording slips in fr / es / pt / it drafts (a day after the event's city, an accent copied from the
note, a curt no to interns, a Brazilian thank-you in European Portuguese, a verb said twice)."""
from drafting import sample_draft


# --- a day said after an event that ends on its city goes first: "ieri al workshop SEO a Lione", never "a Lione ieri" ---

def test_day_goes_before_an_event_ending_on_its_city():
    it = sample_draft("Camille, è stato un piacere conoscerti ieri al workshop SEO a Lione! Come promesso ti mando il "
                      "link al nostro case study. A presto, Davide")
    assert "ieri al workshop SEO a Lione" in it and "Lione ieri" not in it
    pt = sample_draft("Olá Camille, adorei conversar contigo ontem no workshop de SEO em Porto. Beijinhos, Inês")
    assert "ontem no workshop de SEO em Porto" in pt and "Porto ontem" not in pt
    es = sample_draft("Hola Camille, encantado de conocerte ayer en el taller de SEO en Lyon. Un abrazo, Jorge")
    assert "ayer en el taller de SEO en Lyon" in es and "Lyon ayer" not in es


# --- a date copied from a note written without accents gets them back: "à partir d'avril", "dès février", "março" ---

def test_date_copied_from_the_note_gets_its_accents():
    fr = sample_draft("Bonjour Madame, je suis etudiante en M1 marketing digital a l'IAE de Lyon et je cherche un stage de "
                      "6 mois a partir d'avril. Accepteriez vous d'echanger quelques minutes avec moi ? Merci, Léa Dubois")
    assert "à partir d'avril" in fr and "a partir d'avril" not in fr
    pt = sample_draft("Olá Camille, estou à procura de um estágio de 6 meses a partir de marco em marketing digital. "
                      "Tem alguma dica? Obrigada, Rita")
    assert "a partir de março" in pt and "marco" not in pt
    fr2 = sample_draft("Bonjour, je suis etudiant en master SEO a Lyon et je cherche un stage de 6 mois a partir de "
                       "fevrier. Pourrions-nous echanger quelques minutes ? Merci, Tom")
    assert "à partir de février" in fr2 and "fevrier" not in fr2


# --- her no to interns in Spanish names the places she lacks, never a curt "no acepto becarios" ---

def test_spanish_no_to_interns_is_about_places():
    for note in ("Hola Camille, soy estudiante de Marketing Digital en la Universidad Complutense y busco unas practicas de "
                 "6 meses a partir de febrero. Te interesaria recibir mi CV? Gracias de antemano",
                 "Buenas Camille, ¿aceptas becarios en SEO este verano? Saludos, Marta",
                 "Hola! Estoy buscando prácticas en redes sociales en Lyon, ¿tienes algún hueco? Gracias, Iker"):
        es = sample_draft(note)
        assert "no tengo plazas de prácticas" in es and "no acepto becarios" not in es, es


# --- European Portuguese thanks for being thought of: "Obrigada por se ter lembrado de mim", never "Agradeço por …" ---

def test_european_portuguese_thanks_for_the_invitation():
    formal = sample_draft("Exma. Sra. Laurent,\nem nome da organização da Web Marketing Conference de Lisboa, gostaríamos de a "
                          "convidar para ser oradora na edição de outubro.\nCom os melhores cumprimentos,\nAna Rita Fonseca",
                          headline="Organizadora | Web Marketing Conference Lisboa", name="Ana Rita Fonseca")
    assert "Obrigada por se ter lembrado de mim" in formal and "Agradeço por" not in formal
    casual = sample_draft("Olá Camille, organizo o Digital Summit do Porto e gostaria de te convidar para uma palestra sobre "
                          "SEO. Abraço, Rui")
    assert "Obrigada por te teres lembrado de mim" in casual and "Agradeço por" not in casual
    jury = sample_draft("Cara Camille, em nome da Associação de Marketing de Braga convidamo-la para integrar o júri dos "
                        "nossos prémios de novembro. Cumprimentos, Joana Costa")
    assert "Obrigada por se ter lembrado de mim para o júri" in jury


# --- "yes, I work with small businesses" then "I only work in French or English": the verb is never said twice ---

def test_small_business_yes_and_the_language_limit_use_two_verbs():
    it = sample_draft("Buonasera Camille, ho aperto da poco un e-shop di prodotti tipici pugliesi e le vendite non decollano. "
                      "Fai consulenze per piccole attività? Un saluto, Antonio", headline="Fondatore di Sapori di Puglia")
    assert "seguo spesso piccole attività" in it and "lavoro spesso" not in it and it.count("lavoro") <= 1
    es = sample_draft("Hola Camille, ¿asesoras también a tiendas pequeñas? Acabo de abrir una de cerámica. Gracias, Nuria")
    assert "asesoro a muchas pequeñas empresas" in es and "trabajo mucho" not in es
    fr = sample_draft("Bonjour Camille, accompagnez-vous aussi les petites entreprises ? Merci, Hugo")
    assert "j'accompagne beaucoup de petites entreprises" in fr and "je travaille beaucoup" not in fr
    pt = sample_draft("Olá Camille, também trabalha com pequenas empresas? Tenho uma loja online de cerâmica. Obrigado, Rui")
    assert "trabalho muito com" not in pt


# --- congratulations on a result never echo the "glad to know" said just before ("che bello sapere … che bello saperlo") ---

def test_result_congratulations_never_repeat_knowing():
    it = sample_draft("Ciao Camille, leggo sempre la tua newsletter! L'articolo sul funnel per gli e-commerce mi ha aperto un "
                      "mondo, l'ho applicato al mio shop e le vendite sono salite. Grazie!!\nChiara")
    assert "Complimenti per il risultato, che soddisfazione!" in it and "saperlo" not in it
    pt = sample_draft("Olá Camille, li o teu artigo sobre SEO para lojas online, apliquei as dicas e as vendas subiram. "
                      "Obrigada! Sofia")
    assert "Parabéns pelo resultado" in pt and "bom saber isso" not in pt
    worked = sample_draft("Ciao Camille! Ho seguito il tuo post sulle campagne Meta e il fatturato del mio shop è cresciuto "
                          "del 30%. Grazie mille, Elena")
    assert "Che bello che il consiglio stia già funzionando" in worked and "bello sapere" not in worked


# --- an English-named event takes the gender of its noun: "na Growth Conference", "alla … Conference", "en la … Conference" ---

def test_english_conference_and_week_names_are_feminine():
    pt = sample_draft("Oi Camille, organizo o evento Growth Conference Porto Alegre em setembro. Estamos procurando "
                      "palestrantes sobre marketing de conteúdo. Teria interesse?")
    assert "na Growth Conference Porto Alegre" in pt and "no Growth Conference" not in pt
    it = sample_draft("Ciao Camille, organizzo il Growth Conference Milano a ottobre e cerchiamo speaker sul content "
                      "marketing. Ti andrebbe?")
    assert "alla Growth Conference Milano" in it and "al Growth Conference" not in it
    es = sample_draft("Hola Camille, organizo el evento Marketing Conference Sevilla en mayo y buscamos ponentes sobre SEO. "
                      "¿Te interesaría?")
    assert "en la Marketing Conference Sevilla" in es and "en el Marketing Conference" not in es


# --- a month after an event named "… of <city>" takes "in": "de Lisboa em outubro", never "de Lisboa de outubro" ---

def test_month_after_an_event_of_a_city_takes_in():
    pt = sample_draft("Exma. Sra. Laurent,\nem nome da organização da Web Marketing Conference de Lisboa, gostaríamos de a "
                      "convidar para ser oradora na edição de outubro.\nCom os melhores cumprimentos,\nAna Rita Fonseca",
                      name="Ana Rita Fonseca")
    assert "de Lisboa em outubro" in pt and "de Lisboa de outubro" not in pt
    es = sample_draft("Estimada Sra. Laurent, en nombre del Congreso de Marketing de Valencia, nos gustaría invitarla como "
                      "ponente en la edición de octubre. Atentamente, Lucía Gil", name="Lucía Gil")
    assert "de Valencia en octubre" in es and "de Valencia de octubre" not in es
    it = sample_draft("Gentile Sig.ra Laurent, a nome del Festival del Marketing di Bologna vorremmo invitarLa come relatrice "
                      "all'edizione di novembre. Cordiali saluti, Paola Neri", name="Paola Neri")
    assert "di Bologna a novembre" in it and "di Bologna di novembre" not in it
