"""Wave 160 D: Spanish/Portuguese misreadings. A course "of yours" asked gets her own training offer, never third-party
resources; a teacher's paid training for her students ("hablamos de presupuesto si te interesa") is her core service,
never a seller's pitch declined; "training or consulting?" answers both with a call as the next step; a partnership
proposal never quotes the proposal into its own topic; a blog question whose
point is generative AI gets the AI answer."""
from drafting import sample_draft


def test_course_of_hers_gets_her_training_offer():
    es = sample_draft("hola camille q tal, acabo de montar mi marca de ropa y no se por donde empezar con instagram ads, "
                      "me podrias recomendar algun curso tuyo??", name="Adrián López")
    assert "doy formaciones" in es and "Jon Loomer" not in es and "Blueprint" not in es
    it = sample_draft("Ciao Camille, ho appena aperto il mio brand e non so da dove partire con le ads su Instagram, mi consigli un corso tuo?",
                      name="Marco Bini")
    assert "tengo corsi" in it and "reel" not in it
    pt = sample_draft("Oi Camille, acabei de abrir minha loja e não sei começar com anúncios no Instagram, pode me indicar algum curso seu?",
                      name="Lucas Souza")
    assert "treinamentos" in pt and "Skillshop" not in pt
    # neighbour: a course asked without "yours" keeps the resources answer
    other = sample_draft("Hola Camille, empiezo con los anuncios de Instagram para mi tienda, ¿me recomiendas algún curso?", name="Ana Ruiz")
    assert "Blueprint" in other


def test_teacher_paid_training_for_students_is_no_pitch():
    es = sample_draft("Hola Camille 👋 Soy profe de marketing en un FP de Sevilla. ¿Harías una formación online para mis alumnos sobre "
                      "estrategia de contenidos? Hablamos de presupuesto si te interesa", name="Rocío Jiménez")
    assert "no lo necesito" not in es and "formación online" in es
    es2 = sample_draft("Hola, doy clases en una escuela de negocios de Valencia. ¿Podrías dar un taller de SEO a mis estudiantes? "
                       "Hablamos del presupuesto si te interesa.", name="Elena Mora")
    assert "no lo necesito" not in es2 and "taller de SEO" in es2
    pt = sample_draft("Olá Camille, sou professora de marketing num instituto em Braga. Farias uma formação online para os meus alunos "
                      "sobre estratégia de conteúdos? Falamos de orçamento se te interessar", name="Inês Costa")
    assert "não preciso" not in pt and "online" in pt


def test_training_or_consulting_answers_both_with_a_call():
    es = sample_draft("Hola Camille, Marta Gil me recomendó que te escribiera. Tengo una tienda online de cosmética natural y no sé por "
                      "dónde empezar con los anuncios en Instagram. ¿Ofreces formación o consultoría?", name="Sofía Navarro")
    assert "consultoría" in es and "llamada de 20 minutos" in es
    en = sample_draft("Hi Camille, a friend suggested I reach out. I run a small online candle shop and I am lost with Facebook ads. "
                      "Do you offer training or consulting?", name="Emma Cole")
    assert "consultant" in en and "20-minute call" in en
    # neighbour: training alone keeps its learner's step
    one = sample_draft("Hola Camille, ¿sigues dando formación de SEO? Tengo una tienda online.", name="Ana Ruiz")
    assert "consultoría" not in one and "qué formato encaja" in one


def test_partnership_agreed_at_event_keeps_meeting_and_no_garbled_topic():
    pt = sample_draft("Camille, foi um prazer conhecê-la no workshop de conteúdo em Lyon semana passada. Combinamos de conversar sobre uma "
                      "parceria entre sua consultoria e minha agência. Te escrevo em breve!", name="Gustavo Lima")
    assert "parceria sobre" not in pt and "entre sua consultoria" not in pt
    en = sample_draft("Camille, great to meet you at the content workshop in Lyon last week. We said we would talk about a partnership "
                      "between your consultancy and my agency. I will write soon!", name="Tom Hill")
    assert "partnership between" not in en and "workshop" in en


def test_blog_question_about_generative_ai_gets_the_ai_answer():
    es = sample_draft("Hola, sigo tus publicaciones sobre SEO. Una pregunta rápida: ¿merece la pena todavía trabajar el SEO de un blog "
                      "en 2024 con la IA generativa? Gracias!", name="Laura Domínguez")
    assert "IA" in es
    it = sample_draft("Ciao Camille, con l'IA generativa ha ancora senso curare la SEO del blog del mio negozio?", name="Sara Conti")
    assert "IA" in it
    # neighbour: a blog question without AI keeps the blog answer
    blog = sample_draft("Hola Camille, ¿merece la pena todavía tener un blog para mi tienda online?", name="Laura Domínguez")
    assert "Un blog vale la pena" in blog and "IA" not in blog
