"""Wave 136, group D: teaching and speaking requests answer the questions asked -- a training asked in a language she
does not work in gets the plain no and "would English work?"; a talk asked by someone met at an event names the event
as where they met (never as the talk's place) and never re-asks the audience the note gives."""

from __future__ import annotations

from drafting import sample_draft


def test_training_in_portuguese_asked_gets_the_plain_no_and_english_offered() -> None:
    # 136 es_pt_it note-38: "Dá formações em português ou só em francês/inglês?" answered "Sim … em francês está ótimo"
    pt = sample_draft("Olá Camille, sou professora num curso profissional de Comunicação em Coimbra. Dá formações em português "
                      "ou só em francês/inglês? Gostaríamos de um workshop para os alunos.",
                      headline="Professora – Curso Profissional de Marketing", name="Ana Costa")
    assert "em francês está ótimo" not in pt and "Sim, com todo o gosto" not in pt
    assert "Não dou formações em português, só em francês ou em inglês. Seria possível em inglês? Se sim," in pt


def test_training_language_asked_in_other_languages_is_answered_plainly() -> None:
    # 136 D note-38 variants: the same either/or in Spanish, Italian, Dutch and English
    es = sample_draft("Hola Camille, soy profesora en Valencia. ¿Das formaciones en español o solo en francés/inglés? "
                      "Queremos un taller para los alumnos.", headline="Profesora", name="Marta López")
    assert "No doy formaciones en español, solo en francés o en inglés." in es and "En francés, perfecto" not in es
    it = sample_draft("Ciao Camille, sono docente a Bologna. Fai formazioni in italiano o solo in francese/inglese? Vorremmo "
                      "un workshop per gli studenti.", headline="Docente", name="Giulia Rossi")
    assert "Non tengo formazioni in italiano, solo in francese o in inglese." in it and "il francese è perfetto" not in it
    nl = sample_draft("Hoi Camille, ik ben docent in Gent. Geef je trainingen in het Nederlands of alleen in het Frans/Engels? "
                      "We willen graag een workshop voor de studenten.", headline="Docent", name="Lotte Peeters")
    assert "Ik geef geen trainingen in het Nederlands, alleen in het Frans of het Engels." in nl and "In het Frans kan dat prima" not in nl
    en = sample_draft("Hi Camille, I teach at a college in Porto. Do you run trainings in Portuguese or only French/English? "
                      "We'd like a workshop for our students.", headline="Lecturer", name="Rita Sousa")
    assert "I don't run trainings in Portuguese, only in French or English." in en


def test_guest_lecture_from_a_table_neighbour_names_the_event_as_where_they_met() -> None:
    # 136 de_nl note-40: the guest lecture placed "bij het Google-event in Parijs" and the 3rd-years re-asked ("de doelgroep")
    nl = sample_draft("Hoi Camille! We zaten samen aan tafel bij het Google-event in Parijs 😄 Ik geef les in online marketing "
                      "aan de Arteveldehogeschool, zou je een gastcollege (online) willen geven voor mijn 3e jaars? Groetjes, An",
                      headline="Docent Online Marketing @ Arteveldehogeschool", name="An Claes")
    assert "gastcollege in online marketing bij het Google-event" not in nl and "doelgroep" not in nl
    assert "Fijn om weer van je te horen na het Google-event in Parijs." in nl
    de = sample_draft("Hallo Camille! Wir saßen beim Google-Event in Paris am selben Tisch 😄 Ich unterrichte Online-Marketing an "
                      "der HdM Stuttgart, hättest du Lust auf eine Gastvorlesung (online) für meine Drittsemester? LG Jana",
                      headline="Dozentin HdM", name="Jana Wolf")
    assert "Gastvorlesung beim Google-Event" not in de and "Zielgruppe" not in de
    assert "nach dem Google-Event in Paris wieder von dir zu hören" in de
    es = sample_draft("Hola Camille! Nos sentamos en la misma mesa en el evento de Google en París 😄 Doy clases de marketing "
                      "online en la Universidad de Valencia, ¿te gustaría dar una charla (online) para mis alumnos de tercero? Un abrazo, Eva",
                      headline="Profesora", name="Eva Ruiz")
    assert "charla en el evento de Google" not in es and "después del evento de Google en París" in es
    en = sample_draft("Hi Camille! We sat at the same table at the Google event in Paris 😄 I teach online marketing at Dublin "
                      "Business School, would you give a guest lecture (online) for my 3rd-year students? Best, Aoife",
                      headline="Lecturer @ DBS", name="Aoife Byrne")
    assert "guest lecture at the Google event" not in en and "after the Google event in Paris" in en


def test_masters_students_named_are_not_asked_as_the_audience() -> None:
    # 136 es_pt_it note-34: "uma sessão com os alunos do mestrado em Marketing" re-asked as "o público-alvo"
    pt = sample_draft("Exma. Sra. Dra. Camille Laurent,\nSou docente no ISCTE e gostaria de a convidar para uma sessão com os alunos "
                      "do mestrado em Marketing. Estaria disponível em maio?\nCom os melhores cumprimentos,\nJoão Ferreira",
                      headline="Professor Auxiliar no ISCTE", name="João Ferreira")
    assert "público-alvo" not in pt and "o tema" in pt


def test_workshop_without_a_language_question_keeps_its_yes_and_talk_at_its_event_keeps_its_place() -> None:
    # must-not-change neighbours: no language asked, the yes stays; an event that IS the talk's place stays in the thanks
    pt = sample_draft("Olá Camille, sou professora num curso profissional de Comunicação em Coimbra. Gostaríamos de um workshop "
                      "para os alunos. Teria interesse?", headline="Professora", name="Ana Costa")
    assert "Não dou formações" not in pt and "teria de ser em francês ou em inglês" in pt
    nl = sample_draft("Hoi Camille, zou je een lezing willen geven op het Frankwatching-congres in Utrecht over contentstrategie?",
                      headline="Programmamanager Frankwatching", name="Sanne Visser")
    assert "Fijn om weer van je te horen" not in nl and "Frankwatching" in nl


def test_dissertation_interview_is_being_interviewed_not_help_with_the_interview() -> None:
    # 136 fr_en note-38: "Happy to help with your interview" to a student whose dissertation she is interviewed for
    en = sample_draft("Hi Camille, I'm writing my MSc dissertation at Edinburgh on SEO for independent retailers. Would you be "
                      "open to a 20-minute interview on Zoom?\nMany thanks,\nHannah", name="Hannah Scott")
    assert "help with your interview" not in en and "Happy to be interviewed for your dissertation" in en
    # must-not-change neighbour: a journalist's phone interview keeps "Happy to help with your interview"
    press = sample_draft("Hi Camille, I'm a journalist at Marketing Week. Could I interview you by phone for 15 minutes about SEO?",
                         name="Sara Hill")
    assert "Happy to help with your interview" in press


def test_course_asked_online_after_its_price_gets_the_online_answer() -> None:
    # 136 es_pt_it note-56: "Quanto costano e si possono fare online?" left unanswered on online
    it = sample_draft("Ciao Camille, ho aperto da poco un e-shop di prodotti tipici siciliani. Fai corsi di formazione sui social "
                      "ads? Quanto costano e si possono fare online?", headline="Fondatrice di Sapori di Sicilia", name="Martina Russo")
    assert "anche online" in it and "preventivo" in it
    es = sample_draft("Hola Camille, tengo una tienda online de cerámica. ¿Das cursos de Meta Ads? ¿Cuánto cuestan y se pueden "
                      "hacer online?", headline="Fundadora", name="Lucía Gil")
    assert "formación online" in es
