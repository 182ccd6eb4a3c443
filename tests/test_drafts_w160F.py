"""Wave 160 F: the training-offer sentence reads naturally in Portuguese, Italian and Spanish (no "pessoas físicas (também
individuais)", no France/Belgium/Switzerland list for a sender abroad, the product written "Instagram Ads"); the Portuguese
"as minhas formações também existem online" Gallicism rephrased; several lessons asked for named in the plural with their
dates; a teacher asking a training for her students is never asked what she would like to learn."""
from drafting import sample_draft


def test_offer_sentence_natural_pt_it_es():
    br = sample_draft("oi camille, abri minha marca de biquínis e nao sei por onde começar no instagram ads, vc tem algum curso?? 🙏",
                      headline="Fundadora da Maré Beachwear", name="Camila Rocha")
    it = sample_draft("ciao camille, ho appena lanciato il mio brand di gioielli e non so da dove partire con le ads su instagram, hai qualche corso?? grazie",
                      headline="Fondatrice di Luna Gioielli", name="Martina Esposito")
    pt = sample_draft("Olá Camille, tenho uma pequena loja de cerâmica no Porto e queria aprender SEO. Tem algum curso?",
                      headline="Ceramista", name="Inês Lopes")
    es = sample_draft("Hola Camille, acabo de abrir mi tienda online de velas y no sé nada de anuncios en Facebook. ¿Tienes algún curso?",
                      headline="Fundadora de Cera Viva", name="Lucía Gómez")
    for d in (br, it, pt, es):
        assert "individuais)" not in d and "individuali)" not in d and "individuales)" not in d
        assert "Bélgica" not in d and "Belgio" not in d and "Suíça" not in d and "Suiza" not in d
    assert "Instagram Ads" in br and "instagram ads" not in br
    assert "lezioni individuali" in it and "aulas individuais" in br


def test_pt_online_training_not_gallicism():
    pt = sample_draft("Olá Camille, sou professora de marketing num curso profissional em Braga. Faria uma formação online para os meus alunos "
                      "sobre estratégia de conteúdos? Falamos de orçamento se tiver interesse", headline="Professora de Marketing e Comunicação", name="Ana Pereira")
    own = sample_draft("Olá Camille, as suas formações dão-se também à distância? Vivo em Faro.", headline="Gestora de loja online", name="Rita Nunes")
    for d in (pt, own):
        assert "existem online" not in d
    assert "também dou as minhas formações online" in pt


def test_several_lessons_plural_and_dates():
    br = sample_draft("Prezada Sra. Laurent,\nSou coordenador de uma escola de negócios em Curitiba e buscamos instrutores de marketing digital "
                      "para um curso intensivo em maio. Teria interesse em ministrar algumas aulas?\nAtenciosamente,\nRoberto Campos",
                      headline="Coordenador Acadêmico na Escola de Negócios do Paraná", name="Roberto Campos")
    it = sample_draft("Buongiorno Camille, siamo una business school a Napoli e cerchiamo docenti di marketing digitale per un corso intensivo "
                      "a maggio. Le interesserebbe tenere alcune lezioni?\nSaluti, Roberto Villa",
                      headline="Direttore Didattico presso Napoli Business School", name="Roberto Villa")
    it2 = sample_draft("Gentile Camille, all'Università di Torino organizziamo un master in comunicazione e cerchiamo esperti per alcune lezioni "
                       "sui social media a ottobre. Sarebbe disponibile?", headline="Coordinatrice Master in Comunicazione", name="Giulia Conti")
    assert "algumas aulas" in br and "uma aula" not in br and "data exata" not in br
    assert "alcune lezioni" in it and "una lezione" not in it and "data esatta" not in it
    assert "data esatta" not in it2


def test_one_lecture_keeps_singular():
    pt = sample_draft("Exmo. Sr. Eng. Sousa, em nome da Universidade de Aveiro, gostaria de o convidar para dar uma aula aberta aos alunos "
                      "do mestrado em Logística, em maio. Há uma pequena compensação.", headline="Professor", name="Rui Sousa")
    assert "algumas aulas" not in pt


def test_teacher_for_students_not_asked_what_she_learns():
    it = sample_draft("Ciao Camille 👋 Insegno marketing in un ITS a Bologna. Faresti una formazione online ai miei studenti sulla strategia "
                      "dei contenuti? Parliamo di budget se ti interessa", headline="Docente di Marketing Digitale", name="Francesca Barbieri")
    it2 = sample_draft("Ciao Camille, sono docente in un istituto tecnico a Verona: organizzeresti un corso sui social ads per i miei allievi? "
                       "Grazie!", headline="Docente", name="Paolo Neri")
    for d in (it, it2):
        assert "ti interessa imparare" not in d and "ti piacerebbe imparare" not in d


def test_learner_still_asked_what_to_learn():
    it = sample_draft("Ciao Camille, sono una studentessa di marketing a Padova: i tuoi corsi sono anche online?",
                      headline="Studentessa di Marketing", name="Sara Bianchi")
    assert "imparare" in it
