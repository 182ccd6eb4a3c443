"""Wave 26, scope A: misreads (a career choice, a recruiter sourcing people, a prospect, a nationality word, a reconnect)."""
from drafting import sample_draft

from invitriage.drafts import notefacts


# --- a career choice (specialise or stay broad; SEO or paid) is answered as a career question, never as shop advice ---

def test_specialist_or_generalist_gets_the_career_answer_in_several_languages():
    de = sample_draft("Hallo Camille, ich bin seit kurzem Junior im Online-Marketing. Lieber früh spezialisieren oder "
                      "erstmal Generalist bleiben? Danke, Jonas")
    assert "breit bleiben" in de and "Agentur" not in de
    fr = sample_draft("Bonjour Camille, je débute comme chargée de marketing digital. Vaut-il mieux devenir spécialiste "
                      "SEO ou rester généraliste ? Merci, Inès")
    assert "je resterais large" in fr
    it = sample_draft("ciao Camille, lavoro da sei mesi in un'agenzia come junior. conviene specializzarsi o restare "
                      "generalista? grazie, Marta")
    assert "generalista per un anno o due" in it and "agenzi" not in it.split("\n", 3)[3]


def test_seo_or_paid_career_question_never_gets_the_shop_answer():
    es = sample_draft("Buenas Camille, empecé hace poco como social media manager. ¿Me conviene especializarme en SEO "
                      "o en paid? Un saludo, Lucía")
    assert "Las dos son buenas opciones" in es and "producto" not in es
    pt = sample_draft("Olá Camille, sou community manager há poucos meses. Devo especializar-me em SEO ou em paid? "
                      "Obrigado, Tiago")
    assert "bons caminhos" in pt and "produto" not in pt


# --- a recruiter who sources people (or asks to share a post) is never told the role doesn't fit her ---

def test_recruiter_sourcing_people_gets_no_job_for_her():
    it = sample_draft("Buongiorno, stiamo cercando infermieri per una clinica a Milano. Se conosce qualcuno interessato "
                      "mi contatti pure. Saluti, Giorgia - HR")
    assert "interessarmi" not in it and "dettagli" not in it
    pt = sample_draft("Bom dia, estamos a recrutar eletricistas para obras em Lisboa. Caso conheça alguém disponível, "
                      "agradeço que partilhe o anúncio. Cumprimentos, Rui Costa")
    assert "não se adequa ao meu perfil" not in pt and "função" not in pt
    fr = sample_draft("Bonjour, je recherche des profils de développeurs Java pour un client à Nantes. N'hésitez pas à "
                      "me contacter. Cordialement, Paul Leroy")
    assert "ce poste ne correspond pas" not in fr


def test_sourcing_ask_sets_refer_ask_and_no_freelance_offer():
    f = notefacts.extract("Cerchiamo sviluppatori Java per un progetto freelance a Bologna. Se conosce qualcuno, mi "
                          "scriva. Saluti, Anna", "it", "recruiting")
    assert f.refer_ask and not f.freelance_role
    f = notefacts.extract("Estamos a recrutar enfermeiros. Caso conheça alguém interessado, agradeço que partilhe.",
                          "pt", "recruiting")
    assert f.refer_ask


# --- a marketing director asking whether she serves their companies is a prospect, never declined ---

def test_marketing_director_asking_for_a_call_is_a_prospect():
    pt = sample_draft("Oi Camille, sou diretor de marketing de uma rede de clínicas e queremos crescer na França. "
                      "Você atende empresas brasileiras? Queria marcar uma call.")
    assert "não preciso desse serviço" not in pt and "20 minutos" in pt
    it = sample_draft("Buongiorno Camille, sono il responsabile marketing di una catena di hotel e vorremmo crescere "
                      "in Francia. Lavora anche con aziende italiane? Mi piacerebbe fissare una call.")
    assert "20 minuti" in it
    es = sample_draft("Hola Camille, dirijo el marketing de una cadena de gimnasios y queremos abrir en Francia. "
                      "¿Atiendes a empresas españolas? Me gustaría agendar una llamada.")
    assert "no necesito" not in es and "20 minutos" in es


# --- a nationality or language word is never a referrer to thank ---

def test_nationality_word_is_no_referrer():
    nl = sample_draft("Geachte mevrouw Laurent,\nIk heb een kleine kaaswinkel in Utrecht en wil online meer Duitse en "
                      "Belgische klanten bereiken. Kunt u mij op weg helpen?\nMet vriendelijke groet,\nP. de Vries")
    assert "introductie" not in nl and "Duitse voor" not in nl
    for word in ("franse", "belgische", "french", "deutsche", "francese", "espanol"):
        assert word in notefacts._DEMONYMS


# --- an old acquaintance's "remember?" is a warm reconnect, never a job search ---

def test_remember_question_is_a_reconnect_not_a_job_search():
    nl = sample_draft("Hoi Camille! We zaten samen in die SEO-bootcamp in Brussel, weet je nog? Ik ben nu content "
                      "marketeer bij een bureau in Gent. Leuk om te connecten! Groetjes, Lotte")
    assert "cv" not in nl.lower() and "Succes met zoeken" not in nl
    de = sample_draft("Hallo Camille, wir haben 2018 zusammen das Praktikum in Genf gemacht – erinnerst du dich? Ich "
                      "bin jetzt Content-Managerin in Hamburg. Wie geht es dir? Liebe Grüße, Lea")
    assert "Woran arbeitest du gerade" not in de and "Lebenslauf" not in de
    f = notefacts.extract("Salut Camille, on était en master ensemble à Grenoble, tu te souviens ? Hugo", "fr", "met_before")
    assert f.reconnect
