"""Wave 159 C: what the sender told is read back right.

- a trainee who already sees a difference after her training is congratulated on it, never told "if you put something
  into practice";
- a former trainee who now works in the field thanks to her course ("hoje trabalho como … graças a isso") is congratulated
  on the job, never told "if you put something into practice";
- an old classmate who runs an agency of their own ("ahora estoy en Bogotá con mi propia agencia") hears the agency
  congratulated and asked after, never "what are you working on now?";
- the theme of an event ("no evento de e-commerce em Paris", "en la feria de e-commerce de Madrid") is never taken for the
  sender's own shop ("como está indo seu e-commerce em Paris semana passada?").
"""

from __future__ import annotations

from drafting import sample_draft


# -- a difference already seen after her training ---------------------------------------------------------------------

def test_difference_seen_after_training_is_congratulated_es_review():
    note = ("Hola Camille, estuve en tu formación de marketing digital en Lyon el mes pasado (la de Instagram para comercios). "
            "Muchas gracias, apliqué lo de los reels y ya noto la diferencia! Saludos desde Barcelona")
    text = sample_draft(note, name="Jordi Puig")
    assert "Si pones algo en práctica" not in text
    assert "Enhorabuena" in text


def test_difference_seen_after_training_is_congratulated_en_pt():
    en = sample_draft("Hi Camille, I was at your Instagram training in Lyon last month. Thanks so much, I can already see the "
                      "difference on our account!", name="Tom Baker")
    assert "Congratulations" in en and "if you put" not in en.lower()
    pt = sample_draft("Oi Camille, fiz sua formação de Instagram em Lyon no mês passado. Obrigada, já noto a diferença!",
                      name="Beatriz Lima")
    assert "Parabéns" in pt and "Se colocar algo em prática" not in pt


def test_training_thanked_without_result_keeps_its_line():
    text = sample_draft("Hola Camille, estuve en tu formación de marketing digital en Lyon el mes pasado. ¡Muy interesante, gracias!",
                        name="Pablo Ruiz")
    assert "Si pones algo en práctica, ya me contarás qué tal te va." in text


# -- a job had now, thanks to her course ------------------------------------------------------------------------------

def test_job_thanks_to_course_is_congratulated_pt_review():
    note = ("Oi Camille, fiz seu curso de marketing digital em Lyon durante meu intercâmbio ano passado e foi incrível! "
            "Hoje trabalho como analista de mídia em SP graças a isso 🙏 Só queria agradecer!")
    text = sample_draft(note, name="Camila Santos")
    assert "Se colocar algo em prática" not in text
    assert "Parabéns pelo novo emprego" in text


def test_job_thanks_to_course_is_congratulated_es_en():
    es = sample_draft("Hola Camille, hice tu curso de marketing digital en Lyon el año pasado. Hoy trabajo como community manager "
                      "en Madrid gracias a eso. ¡Solo quería darte las gracias!", name="Lucía Gómez")
    assert "Enhorabuena por el nuevo trabajo" in es and "Si pones algo en práctica" not in es
    en = sample_draft("Hi Camille, I took your digital marketing course in Lyon two years ago and loved it. Now I work as a social "
                      "media manager in London thanks to it. Just wanted to say thanks!", name="Emma Clarke")
    assert "Congratulations on the new job" in en


def test_course_thanked_without_job_keeps_its_line():
    text = sample_draft("Oi Camille, fiz seu curso de marketing digital em Lyon ano passado e foi incrível! Só queria agradecer!",
                        name="Julia Costa")
    assert "Se colocar algo em prática" in text


# -- an agency of their own, run now ----------------------------------------------------------------------------------

def test_classmate_with_own_agency_is_not_asked_what_he_does_es_review():
    note = ("Hola Camille, coincidimos en el MBA de la EM Lyon (promo 2016) 🙂 Ahora estoy en Bogotá con mi propia agencia. "
            "Me alegra ver tu trayectoria, ¡conectemos!\nAndrés")
    text = sample_draft(note, name="Andrés Mejía")
    assert "En qué estás trabajando" not in text
    assert "Enhorabuena por tu agencia" in text


def test_classmate_with_own_agency_it_en():
    it = sample_draft("Ciao Camille, siamo stati compagni di corso all'IAE di Lione (2013). Ora sono a Torino con la mia agenzia. "
                      "Che piacere ritrovarti!", name="Paolo Rossi")
    assert "Complimenti per la tua agenzia" in it and "Su cosa stai lavorando" not in it
    en = sample_draft("Hi Camille, we were at EM Lyon together (class of 2015)! I now run my own agency in Montreal. Great to see "
                      "your journey, let's connect!", name="Mark Evans")
    assert "Congratulations on launching your own agency" in en
    assert "Great that what" not in en  # a second gladness said with other words only where it reads


def test_classmate_without_news_is_still_asked_what_he_does():
    text = sample_draft("Hola Camille, coincidimos en el MBA de la EM Lyon (promo 2016). ¡Me alegra ver tu trayectoria, conectemos!",
                        name="Diego Torres")
    assert "¿En qué estás trabajando ahora?" in text


# -- an event's theme is not the sender's shop -----------------------------------------------------------------------

def test_event_theme_is_not_her_shop_pt_review():
    note = ("Oi Camille, nos conhecemos no evento de e-commerce em Paris semana passada, eu estava no stand da Nuvemshop. "
            "Foi ótimo conversar, vamos nos falar mais!")
    text = sample_draft(note, name="Mariana Barbosa")
    assert "seu e-commerce" not in text and "Paris semana passada?" not in text


def test_event_theme_is_not_her_shop_es_it():
    es = sample_draft("Hola Camille, nos conocimos en la feria de e-commerce de Madrid, yo estaba en el stand de Tiendanube. "
                      "¡Un placer hablar contigo!", name="Sara Vidal")
    assert "tu e-commerce" not in es
    it = sample_draft("Ciao Camille, ci siamo conosciuti alla fiera dell'e-commerce a Milano, ero allo stand di Shopify. "
                      "È stato un piacere, restiamo in contatto!", name="Giulia Neri")
    assert "il tuo e-commerce" not in it.lower()


def test_own_shop_met_at_event_is_still_asked_after():
    text = sample_draft("Oi Camille, nos conhecemos no evento em Paris semana passada, eu tenho um e-commerce de cosméticos. "
                        "Foi ótimo conversar!", name="Renata Alves")
    assert "Como está indo seu e-commerce de cosméticos?" in text
