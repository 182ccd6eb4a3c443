"""Wave 43, helper D: prospects, proposals, events — a talk seen at an event is named with the event, a partner who
brings clients for her to train gets "training for your clients", a manager who needs her expertise (judged a recruiter,
no job offered) is answered as a prospect with the need named, a CV review asked as "look over my CV" gets the CV line,
a formal pt-BR letter is asked "poderia me informar", a class already named is not re-asked, and a job seeker stuck
finding a place gets where to look, not only "I'll tell you where I'd start"."""

from __future__ import annotations

from drafting import sample_draft


def test_a_talk_seen_at_an_event_is_thanked_with_the_event_named() -> None:
    notes = {
        "Hola Camille, soy responsable de marketing de una red de gimnasios. Vi tu charla en el Marketing Day y me gustó tu visión de la publicidad en redes. ¿Hablamos?":
            "mi charla en el Marketing Day",
        "Ciao Camille, sono responsabile marketing di una catena di palestre. Ho visto il tuo intervento al Digital Day, mi è piaciuto molto. Ci sentiamo?":
            "intervento al Digital Day",
        "Olá Camille, sou responsável de marketing de uma rede de ginásios no Porto. Assisti à sua palestra no Digital Day e gostava de trocar ideias sobre anúncios.":
            "palestra no Digital Day",
    }
    for note, said in notes.items():
        text = sample_draft(note)
        assert said in text, text
        assert "falamos 20 minutos" not in text, text


def test_a_partner_who_brings_clients_for_her_to_train_gets_training_for_the_clients() -> None:
    notes = {
        "Olá Camille, sou sócia de uma agência no Porto e propomos uma parceria: a Camille dá formação e nós trazemos os clientes. Podemos conversar?":
            "formação dos",
        "Hola Camille, somos una agencia en Sevilla y te proponemos una colaboración: tú das la formación y nosotros traemos los clientes. ¿Lo hablamos?":
            "formación de",
        "Hi Camille, we are an agency in Leeds proposing a partnership: you run the training and we bring the clients. Shall we talk?":
            "training for your clients",
        "Hallo Camille, wir sind eine Agentur in Graz und schlagen eine Partnerschaft vor: du übernimmst die Schulungen, wir bringen die Kunden. Sprechen wir?":
            "Schulungen für",
        "Ciao Camille, siamo un'agenzia di Torino e ti proponiamo una partnership: tu fai la formazione e noi portiamo i clienti. Ne parliamo?":
            "formazione dei",
        "Hoi Camille, wij zijn een bureau in Gent en stellen een samenwerking voor: jij geeft de trainingen, wij brengen de klanten. Zullen we bellen?":
            "trainingen voor",
    }
    for note, said in notes.items():
        text = sample_draft(note)
        assert said in text, text
        assert "projetos dos" not in text and "proyectos de" not in text and "recommander mutuellement" not in text, text


def test_a_french_partner_bringing_clients_is_no_mutual_referral() -> None:
    text = sample_draft("Bonjour Camille, notre agence aimerait vous proposer un partenariat : vous animez les formations et nous "
                        "apportons les clients. On en parle ?")
    assert "mutuellement" not in text and "formations pour" in text, text


def test_a_manager_needing_her_expertise_gets_the_need_named_not_the_no_note_reply() -> None:
    notes = {
        "Geachte mevrouw Laurent, als hoofd marketing van een Nederlandse tuincentrumketen zoek ik expertise rond SEO voor de Franse markt. "
        "Graag maak ik kennis. Met vriendelijke groet, Joost de Vries": "SEO voor de Franse markt",
        "Dear Ms Laurent, as Head of Marketing at a UK retail chain I am looking for expertise in SEO for the French market. "
        "I would be glad to connect. Kind regards, James Hall": "SEO for the French market",
    }
    for note, said in notes.items():
        text = sample_draft(note, headline="Head of Marketing")
        assert said in text, text
        assert "mee bezig bent" not in text and "working on" not in text, text


def test_look_over_my_cv_gets_the_cv_review_line() -> None:
    notes = {
        "Hallo Camille, ich habe gerade mein Studium abgeschlossen und suche meinen ersten Job. Könntest du mal über meinen Lebenslauf schauen? Danke!":
            "Lebenslauf, dann lese ich ihn",
        "Bonjour Camille, je termine mon master et je cherche un premier poste. Pourrais-tu regarder mon CV ? Merci !":
            "ce que je changerais",
        "Ciao Camille, ho finito gli studi e cerco il primo lavoro. Potresti guardare il mio CV? Grazie":
            "cosa cambierei",
    }
    for note, said in notes.items():
        text = sample_draft(note)
        assert said in text, text
        assert "Frage" not in text and "question" not in text and "domanda" not in text, text


def test_a_formal_brazilian_letter_is_asked_poderia_me_informar_and_the_class_is_not_reasked() -> None:
    text = sample_draft("Prezada Sra. Laurent,\nSou coordenadora na PUC-Rio e gostaria de convidá-la para ministrar uma aula sobre SEO "
                        "para nossa turma de pós-graduação. Aguardo seu retorno.\nAtenciosamente,\nProfa. Helena Souza",
                        headline="Professora na PUC-Rio", name="Helena Souza")
    assert "pode me contar" not in text and "público-alvo" not in text, text


def test_a_job_seeker_stuck_finding_a_place_gets_where_to_look() -> None:
    notes = {
        "coucou camille, je suis en licence pro et j'arrive pas a trouver une alternance en com digitale, des conseils ??": "LinkedIn",
        "salut camille, je galère à trouver un stage en social media, t'as des conseils stp ?": "LinkedIn",
    }
    for note, said in notes.items():
        text = sample_draft(note)
        assert said in text or "Mon conseil" in text, text
        assert "par quoi je commencerais" not in text, text
