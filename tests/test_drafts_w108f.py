"""Fix wave 108, group F: wording built from the note, and lines that do not fit the sender."""

from __future__ import annotations

import pytest

from drafting import sample_draft


@pytest.mark.parametrize("note,name,must,never", [
    # round 107 fr_en note-19: the clause's verb after the topic is no part of it
    ("Hello Camille, ton post sur la fin des cookies tiers a fait débat chez nous 😄 je suis d'accord avec toi sur les first-party "
     "data. Au plaisir d'échanger ! Romain", "Romain Faure", "la fin des cookies tiers", "a fait débat"),
    ("Salut Camille, ton article sur le SEO local a beaucoup circulé dans l'équipe ! Au plaisir, Julie",
     "Julie Petit", "mon article sur le SEO local", "circulé"),
    ("Hi Camille, your post on third-party cookies sparked a big debate in our team! Happy to connect. Tom",
     "Tom Baker", "third-party cookies", "sparked"),
])
def test_the_verb_after_a_pieces_topic_is_not_pasted_into_it(note: str, name: str, must: str, never: str) -> None:
    text = sample_draft(note, name=name)
    assert must in text, text
    assert never not in text, text


@pytest.mark.parametrize("note,name,must,never", [
    # round 107 es_pt_it note-5: the month and an unnamed event are no event's name
    ("Estimada Sra. Laurent:\nMe pongo en contacto con usted en nombre de la Cámara de Comercio de Valencia. Organizamos en marzo unas "
     "jornadas sobre transformación digital y nos gustaría contar con usted como ponente.\nAtentamente,\nJavier Sanz",
     "Javier Sanz", "sobre transformación digital en marzo", "marzo unas jornadas"),
    ("Gentile Dott.ssa Laurent,\nscrivo per conto della Camera di Commercio di Torino. Organizziamo a maggio una giornata sulla "
     "trasformazione digitale e vorremmo invitarLa come relatrice.\nCordiali saluti,\nMarco Bianchi",
     "Marco Bianchi", "Camille", "maggio una giornata"),
    # round 107 de_nl note-10: the asking verb after the panel's topic is no part of it
    ("Sehr geehrte Frau Laurent,\nim Namen der OMX Konferenz in Salzburg möchte ich Sie als Speakerin für unser Panel zu Social Ads "
     "2025 anfragen (14. Mai). Reise und Unterkunft werden übernommen. Über eine Rückmeldung freue ich mich.\nHerzliche Grüße\n"
     "Claudia Berger", "Claudia Berger", "zu Social Ads 2025", "anfragen bei"),
    ("Sehr geehrte Frau Laurent,\nfür unseren Digitaltag in Graz möchte ich Sie gern als Speakerin zum Thema Content-Marketing "
     "einladen (3. Juni). Herzliche Grüße\nPeter Huber", "Peter Huber", "Content-Marketing", "einladen eingeladen"),
])
def test_a_speaking_invitations_slots_read_as_one_phrase(note: str, name: str, must: str, never: str) -> None:
    text = sample_draft(note, name=name)
    assert must in text, text
    assert never not in text, text
    assert "anfragen angefragt" not in text.replace(" bei der OMX Konferenz am 14. Mai", ""), text


@pytest.mark.parametrize("note,name,never", [
    # round 108 es_pt_it note-20, note-64; round 107 es_pt_it note-59: a shop owner gets no advice meant for recruiters
    ("Hola Camille, acabo de lanzar mi e-shop de cerámica artesanal y no tengo ni idea de por dónde empezar con el SEO. ¿Tienes algún "
     "recurso o curso que me recomiendes? Mil gracias!\nClara", "Clara Jiménez", "se valora"),
    ("Ciao Camille, ho appena aperto il mio e-shop di ceramiche artigianali e non so da dove partire con la SEO. Hai qualche risorsa o "
     "corso da consigliarmi? Grazie mille!\nIrene", "Irene Caruso", "chi assume"),
    ("ciao camille! ho un piccolo e-shop di candele fatte a mano e non so da dove iniziare con la seo, hai qualche corso in italiano o "
     "mi consigli qualcosa? grazie 🙏", "Martina De Luca", "chi assume"),
    ("Hi Camille, I just opened my online store selling handmade candles and have no idea where to start with SEO. Any courses or "
     "resources you'd recommend? Thanks!", "Emma Clark", "recruiters"),
])
def test_a_shop_owner_gets_no_advice_meant_for_recruiters(note: str, name: str, never: str) -> None:
    text = sample_draft(note, name=name)
    assert "Search Console" not in text and never not in text, text
    assert "HubSpot Academy" in text, text


def test_a_job_seeker_still_hears_what_convinces_recruiters() -> None:
    text = sample_draft("Hi Camille, I'm looking for my first job in marketing. Which SEO courses or resources would you recommend? "
                        "Thanks!", name="Emma Clark")
    assert "recruiters" in text, text


@pytest.mark.parametrize("note,name,must,never", [
    # round 108 fr_en note-1: an event named "de Lyon" takes the bare day, never "de Lyon de mardi"
    ("Bonjour Camille, on s'est croisées au salon E-commerce de Lyon mardi, sur le stand Shopify. J'ai adoré ton intervention sur le "
     "SEO local ! Au plaisir d'échanger 🙂\nLéa", "Léa Fontaine", "salon E-commerce de Lyon mardi", "de Lyon de mardi"),
    ("Bonjour Camille, on s'est vus au Salon du Marketing de Nantes jeudi, sur le stand de la CCI. Au plaisir d'échanger ! Paul",
     "Paul Morel", "Salon du Marketing de Nantes jeudi", "de Nantes de jeudi"),
    # round 107 fr_en note-9: the stage and its date first, the topic after, never "au marketing digital au Digital Day"
    ("Bonjour Camille, j'organise le Digital Day de Grenoble le 14 mars. Nous cherchons une intervenante sur la formation des équipes au "
     "marketing digital. Seriez-vous disponible ? Nathalie", "Nathalie Bonnet",
     "intervenir au Digital Day de Grenoble du 14 mars, sur la formation des équipes au marketing digital", "digital au Digital"),
    ("Bonjour Madame Laurent, j'organise les Rencontres du Web de Lyon le 12 juin. Nous cherchons une intervenante sur l'accompagnement "
     "des commerçants au numérique. Seriez-vous disponible ? Marc", "Marc Dubois",
     "aux Rencontres du Web de Lyon du 12 juin, sur l'accompagnement", "numérique aux Rencontres"),
])
def test_an_events_name_date_and_topic_are_not_stacked(note: str, name: str, must: str, never: str) -> None:
    text = sample_draft(note, name=name)
    assert must in text, text
    assert never not in text, text


@pytest.mark.parametrize("note,name,never", [
    # round 107 and 108 de_nl note-27: agency or in-house asked, no closing tip on standing out in applications
    ("hey camille, ik ben net afgestudeerd en twijfel tussen een baan bij een bureau of in-house bij een merk. wat zou jij doen als je "
     "opnieuw begon? thx!", "Tim Smit", "op te vallen"),
    ("hoi! ik ben net afgestudeerd en twijfel tussen een baan bij een bureau of inhouse als marketeer. wat zou jij doen als starter? "
     "alvast bedankt :)", "Milan Bos", "op te vallen"),
    ("salut camille, je viens d'être diplômée et j'hésite entre une agence et un poste chez l'annonceur. tu ferais quoi à ma place ? merci !",
     "Julie Martin", "se démarquer"),
    ("hi camille, just graduated and torn between an agency job and going in-house at a brand. what would you do if you started again?",
     "Anna Smith", "To stand out"),
])
def test_a_graduate_weighing_agency_or_in_house_gets_no_unasked_stand_out_tip(note: str, name: str, never: str) -> None:
    text = sample_draft(note, name=name)
    assert never not in text, text
    assert "senior" in text, text


def test_a_graduate_asking_how_to_stand_out_keeps_the_tip() -> None:
    text = sample_draft("hi camille, just graduated and applying at agencies. any advice on how to stand out?", name="Anna Smith")
    assert "To stand out" in text, text


@pytest.mark.parametrize("note,headline,name,must", [
    # round 107 de_nl note-19: a founder launching a course or a coaching gets no shop page with photos and prices
    ("Hallo Camille, Marie Dupont aus deinem Netzwerk meinte, du könntest mir bei der Content-Strategie für meinen Yoga-Onlinekurs "
     "helfen. Ich starte gerade erst. Wo fange ich am besten an? Danke! Sarah", "Yogalehrerin & Gründerin von Flowstudio Online",
     "Sarah Fischer", "was du anbietest"),
    ("Hi Camille, I'm launching my online pilates programme and I'm just starting out. Where should I start? Thanks! Kate",
     "Pilates teacher & founder of CoreFlow", "Kate Evans", "what you offer"),
    ("Bonjour Camille, je lance mon coaching en nutrition et je débute complètement. Par où commencer ? Merci ! Laura",
     "Coach en nutrition & fondatrice de NutriLau", "Laura Blanc", "ce que vous proposez"),
])
def test_a_founder_launching_a_course_gets_no_shop_page(note: str, headline: str, name: str, must: str) -> None:
    text = sample_draft(note, headline=headline, name=name)
    assert must in text, text
    for word in ("Shopseite", "shop page", "page boutique"):
        assert word not in text, text


def test_a_founder_launching_a_shop_keeps_the_shop_page() -> None:
    text = sample_draft("Hallo Camille, ich starte gerade meinen Onlineshop für Keramik. Wo fange ich am besten an? Danke! Lena",
                        headline="Gründerin von Tonwerk", name="Lena Braun")
    assert "Shopseite" in text, text


@pytest.mark.parametrize("note,headline,name,never", [
    # round 107 es_pt_it note-47: a shop owner asking for a call gets the call, no "good luck with your shop"
    ("Ciao Camille, mi ha dato il tuo contatto Julien Moreau: dice che sei la persona giusta per le campagne Meta Ads per e-commerce. "
     "Ho un negozio online di ceramiche e vorrei un tuo parere, hai tempo per una call?", "Fondatrice di Terra Viva Ceramiche",
     "Chiara Russo", "In bocca al lupo"),
    ("Hi Camille, Julien Moreau gave me your name for Meta Ads. I run a small online tea shop and would love your view, do you have "
     "time for a call?", "Founder of Leafy Tea", "Emma Clark", "Good luck"),
    # round 108 de_nl note-37: an account that does not grow is a problem answered, never closed on "veel succes met je webwinkeltje"
    ("hoi camille, ik heb een klein webwinkeltje in kaarsen en mijn instagram groeit maar niet. moet ik meer reels maken of gewoon ads "
     "gaan draaien? thx! Anouk", "Eigenaar Kaarsjes & Co", "Anouk Smits", "Veel succes"),
    ("hola camille, tengo una pequeña tienda online de velas y mi instagram no crece. ¿hago más reels o pongo anuncios? gracias! Ana",
     "Fundadora de Velas Ana", "Ana Ruiz", "éxito con"),
])
def test_a_shop_owner_with_a_problem_or_a_call_gets_no_good_luck(note: str, headline: str, name: str, never: str) -> None:
    text = sample_draft(note, headline=headline, name=name)
    assert never not in text, text
