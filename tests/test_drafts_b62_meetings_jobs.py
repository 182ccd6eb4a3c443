"""Wave 62, group B: meetings and jobs read as the wrong kind (a client asking whether she takes missions read as a
job seeker; a recruiter's bare "Interested?" after a job read as networking)."""
from drafting import sample_draft

from invitriage.drafts import notefacts


# --- "Vous prenez encore des missions ?": a client asking whether she takes work on, never a job seeker ---

def test_you_take_missions_is_no_role_sought_in_several_languages():
    assert notefacts.extract("On cherche à muscler notre SEO. Vous prenez encore des missions ?", "fr", "recruiting").role == ""
    assert notefacts.extract("Wir suchen Unterstützung für unser SEO. Nehmen Sie noch Aufträge an?", "de", "recruiting").role == ""
    assert notefacts.extract("We zoeken hulp met onze SEO. Neem je nog opdrachten aan?", "nl", "recruiting").role == ""
    # a freelancer looking for missions still is one
    assert notefacts.extract("Je cherche des missions freelance en SEO à Lyon, tu as des pistes ?", "fr", "job_seeking").role == "freelance"


def test_head_of_growth_asking_for_missions_gets_a_client_reply():
    fr = sample_draft("Bonjour Camille, je suis Head of Growth chez une start-up SaaS lyonnaise (série A). On cherche à "
                      "muscler notre SEO avant l'été. Vous prenez encore des missions ?", headline="Head of Growth @ Flowly",
                      name="Maxime Blanc")
    assert "votre SEO" in fr and "appel de 20 minutes" in fr
    assert "CV" not in fr and "recherches" not in fr
    en = sample_draft("Hi Camille, CMO at a SaaS scale-up in Lyon. We're looking to improve our SEO before summer. "
                      "Are you still taking on missions?", headline="CMO, Lumen", name="Sarah Cole")
    assert "your SEO" in en and "CV" not in en and "search" not in en
    de = sample_draft("Hallo Camille, ich leite das Marketing bei einem Möbelhersteller in Stuttgart. Wir suchen "
                      "Unterstützung für unser SEO in Frankreich. Nehmen Sie noch Aufträge an?", name="Jonas Weber")
    assert "unterstütze ich Sie bei SEO" in de and "Lebenslauf" not in de


# --- "we're hiring warehouse supervisors … Interested?": a job offered to her, declined; never "no hiring needs" ---

def test_bare_interested_question_after_a_job_offers_it_to_her():
    en = sample_draft("Hi, we're hiring warehouse supervisors in Lyon area, great benefits. Interested? Let me know",
                      headline="Recruitment Consultant | Logistics", name="Mark Davies")
    assert "this role isn't a fit for me" in en
    assert "hiring needs" not in en and "keep you in mind" not in en
    fr = sample_draft("Bonjour, nous recrutons des chauffeurs livreurs sur Lyon, CDI, bonne rémunération. Intéressée ?",
                      headline="Recruteuse | Transport", name="Sophie Morel")
    assert "ce poste ne correspond pas" in fr and "d'avoir pensé à moi" in fr
    es = sample_draft("Hola, estamos contratando supervisores de almacén en Lyon, buenas condiciones. ¿Te interesa?",
                      headline="Reclutadora | Logística", name="Carmen Ruiz")
    assert "este puesto no encaja conmigo" in es
    it = sample_draft("Ciao, stiamo assumendo magazzinieri nella zona di Lione, ottime condizioni. Ti interessa?",
                      headline="Selezionatrice", name="Giulia Neri")
    assert "questa posizione non fa per me" in it
    de = sample_draft("Hallo, wir suchen Lagerleiter im Raum Lyon, attraktive Konditionen. Interesse?",
                      headline="Personalberaterin | Logistik", name="Anna Schulz")
    assert "die Stelle passt daher nicht zu mir" in de


def test_interest_in_a_topic_is_no_job_offered():
    en = sample_draft("Hi Camille, I'm a tech recruiter in Lyon, always happy to connect with marketing folks. Are you "
                      "interested in AI?", headline="Recruiter | Tech", name="Paul Kim")
    assert "isn't a fit for me" not in en


# --- "ben in maart in Lyon, koffie?": a coffee during the sender's visit, on the days of that month; never a call next week ---

def test_coffee_during_a_dated_visit_is_answered_for_that_month():
    nl = sample_draft("Hoi Camille, ik ben Head of Marketing bij een Nederlandse fietsenfabrikant en we gaan volgend jaar de "
                      "Franse markt op. Zou het leuk vinden om eens te sparren – ben in maart in Lyon, koffie? Groet, Marloes",
                      headline="Head of Marketing, Veloxx Bikes", name="Marloes Hendriks")
    assert "koffie" in nl and "in maart" in nl
    assert "belletje" not in nl and "volgende week" not in nl
    de = sample_draft("Hallo Camille, ich bin Marketingleiterin bei einem Mittelständler (Outdoor-Bekleidung) und wir wollen "
                      "nächstes Jahr in den französischen Markt. Ich fände einen Austausch spannend – vielleicht bei einem "
                      "Kaffee, wenn ich im Februar in Lyon bin?", headline="Marketingleiterin, Alpenwerk Outdoor GmbH",
                      name="Katrin Huber")
    assert "Kaffee" in de and "im Februar" in de
    assert "Telefonat" not in de and "Budget" not in de
    en = sample_draft("Hi Camille, Head of Marketing at a UK cycling brand, we're entering the French market next year. "
                      "Would love to swap ideas – I'm in Lyon in March, coffee?", name="Emma Hughes")
    assert "coffee" in en and "in March" in en and "next week" not in en and "call" not in en
    fr = sample_draft("Bonjour Camille, je dirige le marketing d'une marque belge et nous voulons nous lancer en France "
                      "l'an prochain. Je serai à Lyon en avril, un café ?", name="Claire Petit")
    assert "Un café" in fr and "en avril" in fr and "deux prochaines semaines" not in fr
    it = sample_draft("Ciao Camille, sono CMO di una startup di Milano e vogliamo aprire il mercato francese. "
                      "Sarò a Lione a marzo, un caffè?", name="Davide Costa")
    assert "caffè" in it and "a marzo" in it and "prossime due settimane" not in it
    es = sample_draft("Hola Camille, soy directora de marketing de una marca española y queremos entrar en el mercado "
                      "francés. Estaré en Lyon en mayo, ¿un café?", name="Lucía Gómez")
    assert "en mayo" in es and "próximas dos semanas" not in es


def test_a_seminar_in_a_month_is_no_visit_for_coffee():
    en = sample_draft("Hi Camille, we are organising a seminar in March in Lyon, could we talk about it?", name="Tom Baker")
    assert "coffee" not in en
