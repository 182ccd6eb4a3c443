"""Wave 118, group C: a person she met offers to send something ("je t'envoie l'invit ?", "want me to send you the
details?"): the reply says yes, send it, never meetup advice or "what have you been up to since?"."""
from __future__ import annotations

from drafting import sample_draft

from invitriage.drafts.notefacts import extract


def _draft(note: str, headline: str, name: str) -> str:
    return sample_draft(note, headline, name)


def test_afterwork_invite_offer_fr_answered_yes() -> None:
    note = ("Salut Camille 👋 Alex de l'asso Lyon French Tech, ravi de t'avoir rencontrée au meetup Growth de mardi ! "
            "On organise un afterwork le mois prochain, je t'envoie l'invit ?")
    text = _draft(note, "Community manager - French Tech One Lyon", "Alexandre Roussel")
    assert "envoie-moi" in text
    assert "Meetup.com" not in text and "ta ville" not in text


def test_workshop_details_offer_en_answered_yes() -> None:
    note = ("Hey Camille 👋 Nice chatting with you at the Growth Hackers meetup on Tuesday! We're organising a workshop "
            "next month, want me to send you the details?")
    text = _draft(note, "Community Lead, Growth Hackers Lyon", "Alex Johnson")
    assert "send me the details" in text
    assert "since" not in text


def test_send_offer_questions_other_languages() -> None:
    cases = {
        "es": "Nos vimos en el meetup de marketing el jueves. Organizamos un taller el mes que viene, ¿quieres que te mande la invitación?",
        "it": "Ci siamo visti al meetup di giovedì! Organizziamo un workshop il mese prossimo, ti mando l'invito?",
        "pt": "Nos vimos no meetup de terça! Vamos organizar um workshop no mês que vem, quer que eu te mande o convite?",
        "de": "Wir haben uns am Dienstag beim Meetup gesehen! Nächsten Monat machen wir einen Workshop, schick ich dir die Einladung?",
        "nl": "We spraken elkaar dinsdag op de meetup! Volgende maand organiseren we een workshop, stuur ik je de uitnodiging?",
        "en": "Great meeting you at the meetup on Thursday! Should I send you the invite for our next workshop?",
        "fr": "Ravie de t'avoir croisée au salon jeudi ! Tu veux que je t'envoie le programme de notre prochain atelier ?",
    }
    for lang, note in cases.items():
        assert extract(note, lang, "met_before").qkind == "send", lang


def test_sender_promise_is_no_send_question() -> None:
    # a statement ("je t'envoie le lien demain"), and a send clause followed by another question, stay what they were
    assert extract("Super rencontre hier, je t'envoie le lien demain. Tu seras au prochain meetup ?", "fr", "met_before").qkind != "send"


def test_do_you_remember_answered_first() -> None:
    # 117 fr_en note-17, es_pt_it note-36, de_nl note-16: "tu te souviens ?", "Lembra de mim?", "erinnerst du dich?" unanswered
    fr = _draft("coucou Camille ! on était ensemble à la formation Google Ads à Paris en 2019, tu te souviens ? trop contente de te "
                "retrouver ici haha", "Traffic manager chez Leboncoin", "Émilie Rousseau")
    assert "je me souviens" in fr
    pt = _draft("Olá Camille, fizemos juntas a formação de Google Ads em Paris no ano passado 😊 Lembra de mim? Quero manter contato!",
                "", "Aline Barbosa")
    assert "Lembro, sim" in pt
    it = _draft("Ciao Camille! Eravamo insieme al corso di Google Ads a Milano l'anno scorso, ti ricordi? Restiamo in contatto!",
                "", "Giulia Bianchi")
    assert "mi ricordo" in it
    # no "do you remember?": no such line
    en = _draft("Hi Camille, great meeting you at the SEO meetup in Lyon last week! Let's stay in touch.", "", "Tom Baker")
    assert "remember" not in en


def test_nickname_signed_or_introduced_is_greeted() -> None:
    # 117 de_nl note-16 ("… Lass uns in Kontakt bleiben! Vroni" from Veronika), 117 fr_en note-39 ("it's Becca" from Rebecca)
    de = _draft("Servus Camille! Wir haben uns beim Workshop von Sophie Martin in Genf kennengelernt, erinnerst du dich? Ich bin die mit "
                "dem Tee-Shop 😊 Lass uns in Kontakt bleiben! Vroni", "Gründerin | Teezeit Shop", "Veronika Huber")
    assert de.startswith("Hallo Vroni")
    assert "erinnere ich mich" in de
    en = _draft("Camille!! it's Becca from the Google Ads course in Dublin back in 2019 haha, so nice to find you on here 😄",
                "Paid Social Lead at Deliveroo", "Rebecca Walsh")
    assert en.startswith("Hi Becca")
    fr = _draft("Bonjour Camille, ravie de vous avoir rencontrée au salon e-commerce de Lyon la semaine dernière ! Au plaisir. Lena",
                "", "Magdalena Schmitt")
    assert "Lena" in fr.split("\n")[0]


def test_how_is_everything_answered() -> None:
    # 117 es_pt_it note-20: "Q tal todo?" unanswered
    es = _draft("Camille, fuimos compañeros en el curso de Google Analytics en París. Q tal todo? Conecto para no perdernos la pista. Abrazo",
                "", "Tomás Rivas")
    assert "Muy bien, gracias" in es
