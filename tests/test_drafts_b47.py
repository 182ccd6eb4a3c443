"""Wave 47 group B: notes misread as requests (round 44 es note-20 / it note-64, de note-18, nl note-42)."""

from __future__ import annotations

import pytest
from drafting import sample_draft

from invitriage.drafts import misread

# "X told me you're looking for a partner. Is that right?": answered (not now, curious), never "outside my field"
PARTNER = [
    ("Hola Camille, Lucía Prieto me comentó que buscabas un socio para lanzar tu agencia en Portugal. ¿Es cierto? Me gustaría saber más.", "no busco socio"),
    ("Ciao Camille, Paolo Neri mi ha raccontato che cerchi un partner per lavorare con clienti svizzeri. È vero? Ne parlerei volentieri.", "non sto cercando un partner"),
    ("Bonjour Camille, Hugo Marchand m'a dit que tu cherchais un associé pour développer ton activité à Genève. C'est toujours d'actualité ?", "je ne cherche pas d'associé"),
    ("Hi Camille, Tom Baker mentioned you were looking for a business partner to grow in the UK. Is that still the case?", "not looking for a partner"),
    ("Hallo Camille, Jana Keller hat mir erzählt, dass du einen Partner für den Schweizer Markt suchst. Stimmt das?", "suche ich keinen Partner"),
    ("Hoi Camille, via Sanne de Wit hoorde ik dat je een partner zoekt voor de Belgische markt. Klopt dat?", "zoek ik geen partner"),
]


@pytest.mark.parametrize("note,said", PARTNER)
def test_partner_question_is_answered(note: str, said: str) -> None:
    text = sample_draft(note, name="Sam Rivera")
    assert said in text
    for wrong in ("fuera de mi ámbito", "fuori dal mio ambito", "hors de mon domaine", "outside my", "20 min"):
        assert wrong not in text


def test_we_seek_a_partner_is_not_her_plans() -> None:
    assert not misread.partner_asked("Hallo Camille, wir suchen einen Partner für SEO in Frankreich. Hätten Sie Interesse?")
    assert not misread.partner_asked("Ciao Camille, la nostra agenzia cerca un partner per i social ads. Ti interessa?")


# "as discussed, I'll send you our material": she looks forward to it, never a pitch of her training nor a call
SEND = [
    ("Bonjour Camille, ravi de t'avoir croisée au salon E-commerce de Paris ! Comme convenu, je t'envoie notre brochure dès qu'elle est imprimée.", "J'attends tes infos"),
    ("Hi Camille, great meeting you at the Growth Forum in Leeds! As discussed, I'll send you our agenda for the masterclass once it's final.", "Looking forward to your info"),
    ("Hallo Camille, schön, dich beim Marketing-Frühstück in Köln getroffen zu haben! Wie besprochen schicke ich dir unser Konzept, sobald es steht.", "Ich freue mich auf deine Infos"),
    ("Hoi Camille, leuk je te spreken op het congres in Gent! Zoals besproken stuur ik je ons programma zodra het klaar is.", "Ik kijk uit naar je info"),
]


@pytest.mark.parametrize("note,said", SEND)
def test_they_send_their_material(note: str, said: str) -> None:
    text = sample_draft(note, name="Sam Rivera")
    assert said in text
    for wrong in ("20 Minuten", "20 minutes", "20 minuten", "Schulung", "devis", "proposal", "offerte"):
        assert wrong not in text


# "I've followed you for a while, great insights on X! Connect?": glad she likes her posts, welcome; no call, no "sounds interesting"
FOLLOW = [
    ("Hoi Camille, ik volg je al een tijd op LinkedIn. Sterke inzichten over lokale SEO! Connecten?", "over lokale SEO", "klinkt interessant"),
    ("Hi Camille, I've been following you for a few months now. Great insights on content calendars! Connect?", "on content calendars", "sounds interesting"),
    ("Hallo Camille, ich folge dir schon länger hier. Tolle Einblicke zu Social Ads! Vernetzen?", "zu Social Ads", "klingt interessant"),
]


@pytest.mark.parametrize("note,topic,wrong", FOLLOW)
def test_plain_networking_note(note: str, topic: str, wrong: str) -> None:
    text = sample_draft(note, name="Sam Rivera")
    assert topic in text
    assert wrong not in text.lower()
    for call in ("20 min", "budget", "Budget"):
        assert call not in text


# "je cherche une formatrice … vos tarifs ?": a training organisation asks her rates; topics, audience and group size asked,
# never what the training manager would like to learn
TRAINER = [
    ("Bonjour Camille, je coordonne les formations d'une école à Grenoble et je cherche une formatrice en réseaux sociaux pour 3 journées en mars. Quel serait votre tarif ?",
     "taille des groupes", "aimeriez apprendre"),
    ("Hola Camille, coordino la formación en una escuela de negocios de Valencia y buscamos una formadora de SEO para dos jornadas en abril. ¿Cuáles son sus tarifas?",
     "tamaño de los grupos", "gustaría aprender"),
]


@pytest.mark.parametrize("note,said,wrong", TRAINER)
def test_trainer_sought_gets_programme_questions(note: str, said: str, wrong: str) -> None:
    text = sample_draft(note, name="Sam Rivera", headline="Responsable formation")
    assert said in text
    assert wrong not in text


def test_summit_is_masculine_in_french() -> None:
    note = ("Bonjour Madame Laurent, j'organise la conférence Marketing Alpes Summit le 3 octobre et nous cherchons une intervenante "
            "sur les social ads. Seriez-vous disponible ? Cordialement, Luc Perrin")
    text = sample_draft(note, name="Luc Perrin", headline="Organisateur – Marketing Alpes Summit")
    assert "au Marketing Alpes Summit" in text
    assert "à la Marketing Alpes Summit" not in text


def test_the_invitation_itself_is_nothing_to_await() -> None:
    assert not misread.they_send("Hoi Camille, leuk je te zien op de beurs. Zoals afgesproken stuur ik je een connectieverzoek!")
    assert not misread.they_send("Hi Camille, as promised I'll send you an invitation to connect here.")
