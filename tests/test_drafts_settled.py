"""Wave 69 group C: a move already made welcomed (never "good luck with your move"), an agency just launched
congratulated and asked after, and German written answers asked for by e-mail without a comma splice."""

from __future__ import annotations

import pytest
from drafting import sample_draft

MOVED = [
    ("Hello Camille, I'm looking for my next role in digital marketing after relocating to Lyon from Dublin. Any tips on "
     "the local market or agencies worth contacting? Thanks, Aoife", "settling in well in Lyon", ("luck with your move", "once you")),
    ("Hi Camille, I've just moved to Lyon and I'm looking for a job in SEO. Any advice on agencies to contact?",
     "settling in well in Lyon", ("move and", "luck with your move")),
    ("Bonjour Camille, je viens de m'installer à Lyon et je cherche un poste en marketing digital. Des conseils sur les "
     "agences locales ?", "installation à Lyon se passe bien", ("Bonne installation", "posé vos valises")),
    ("Hallo Camille, ich bin gerade nach Lyon gezogen und suche eine Stelle im Online-Marketing. Hast du Tipps für Agenturen?",
     "in Lyon gut eingelebt", ("Umzug", "angekommen bist")),
    ("Hola Camille, me he mudado a Lyon hace poco y busco trabajo en marketing digital. ¿Algún consejo sobre agencias?",
     "adaptando bien a Lyon", ("mudanza", "cuando llegues")),
    ("Olá Camille, mudei-me para Lyon e procuro trabalho em marketing digital. Algum conselho sobre agências?",
     "adaptar bem a Lyon", ("mudança", "quando chegar")),
    ("Hoi Camille, ik ben net naar Lyon verhuisd en zoek werk in online marketing. Heb je tips over bureaus?",
     "thuis voelt in Lyon", ("verhuizing", "eenmaal woont")),
]


@pytest.mark.parametrize(("note", "welcome", "bad"), MOVED)
def test_a_move_already_made_is_welcomed(note: str, welcome: str, bad: tuple[str, ...]) -> None:
    text = sample_draft(note, headline="Digital marketer", name="Ana Ruiz")
    assert welcome in text
    assert not [b for b in bad if b in text], text


def test_a_move_to_come_still_gets_its_wish() -> None:
    text = sample_draft("Hello Camille, I'm moving to Lyon next month and looking for a role in digital marketing. Any tips on agencies?",
                        headline="Marketer", name="Ana Ruiz")
    assert "move" in text and "settling in" not in text


LAUNCHED = [
    ("Coucou Camille, on était ensemble à la formation Google Ads à Villeurbanne en 2021 ! Je viens de monter ma boite de com, "
     "ca serait cool qu'on garde contact", ("Bravo pour le lancement de ton agence", "Comment se passent tes débuts ?"), "Tu en es où"),
    ("Salut Camille ! On s'est croisées au salon e-marketing l'an dernier. Je viens de lancer mon agence, on garde contact ?",
     ("Bravo pour le lancement", "tes débuts"), "Tu en es où"),
    ("Hi Camille, we met at the SEO meetup in Lyon last spring. I just launched my own digital agency, let's stay in touch!",
     ("Congratulations on launching your own agency", "How is it going so far?"), "What have you been up to"),
    ("Hola Camille, coincidimos en el congreso de marketing de Valencia. Acabo de abrir mi agencia, ¡sigamos en contacto!",
     ("Enhorabuena por tu agencia", "hasta ahora"), "En qué estás trabajando"),
]


@pytest.mark.parametrize(("note", "good", "bad"), LAUNCHED)
def test_an_agency_just_launched_is_congratulated(note: str, good: tuple[str, ...], bad: str) -> None:
    text = sample_draft(note, headline="Fondatrice", name="Manon Petit")
    assert all(g in text for g in good), text
    assert bad not in text


def test_an_agency_planned_is_not_congratulated() -> None:
    text = sample_draft("Coucou Camille, on était ensemble en formation en 2021 ! Je vais monter ma boite de com l'an prochain, on garde contact ?",
                        headline="Chargée de com", name="Manon Petit")
    assert "Bravo pour le lancement" not in text


def test_german_questions_by_email_read_as_one_sentence() -> None:
    text = sample_draft("Sehr geehrte Frau Laurent, ich bin Redakteurin bei t3n und schreibe einen Artikel über SEO-Trends 2025 in Europa. "
                        "Wären Sie bereit, mir 3-4 Fragen schriftlich zu beantworten? Deadline wäre der 15. Dezember.",
                        headline="Redakteurin", name="Claudia Schulz")
    assert "per E-Mail (die Adresse steht in meinem Profil unter Kontaktinfo), dann haben Sie meine Antworten bis zum 15. Dezember." in text
    assert "an meine E-Mail-Adresse aus meinem Profil" not in text and ", bis zum" not in text
    text = sample_draft("Guten Tag Frau Laurent, für unser Magazin bereite ich einen Artikel über Social Ads für KMU vor. Darf ich Ihnen "
                        "einige Fragen per E-Mail schicken?", headline="Redakteur", name="Jonas Weber")
    assert "dann antworte ich noch diese Woche" in text and ", ich antworte" not in text


WEBINAR = [
    ("Bonjour Camille, je vous ai découverte via votre webinar avec la CCI Lyon Métropole. Merci pour tous ces conseils très concrets ! "
     "Au plaisir de vous suivre", "Merci à vous pour ce retour", "recroiser"),
    ("Hello Camille, I attended your webinar with the chamber of commerce. Thanks for all the practical tips!",
     "what you put into practice", "future event"),
    ("Hallo Camille, ich war bei deinem Webinar zu Social Ads dabei. Danke für die konkreten Tipps!", "was du davon umsetzt", "nächsten Event"),
    ("Hoi Camille, ik heb je webinar over social ads gevolgd. Bedankt voor de concrete tips!", "laat gerust weten wat je", "volgend event"),
]


@pytest.mark.parametrize(("note", "good", "bad"), WEBINAR)
def test_a_webinar_attendee_is_answered_on_the_advice(note: str, good: str, bad: str) -> None:
    text = sample_draft(note, headline="Artisan", name="Patrick Gauthier")
    assert good in text and bad not in text, text


MODULE = [
    ("Bonjour Camille, je suis responsable formation dans une école de commerce (ESDES) et nous cherchons une intervenante pour un module "
     "de 20h sur le social ads en M1. Quels seraient vos tarifs ?", "module de 20h sur les social ads en M1", "public visé"),
    ("Bonjour Camille, notre école cherche une intervenante pour un module de 15h sur le SEO en Master 2. Seriez-vous disponible ?",
     "module de 15h", "public visé"),
]


@pytest.mark.parametrize(("note", "good", "bad"), MODULE)
def test_a_module_keeps_its_length_and_its_class(note: str, good: str, bad: str) -> None:
    text = sample_draft(note, headline="Responsable pédagogique", name="Martine Colin")
    assert good in text and bad not in text, text


def test_a_module_without_its_class_still_asks_for_the_audience() -> None:
    text = sample_draft("Bonjour Camille, nous cherchons une intervenante pour un module de 20h sur le social ads. Quels seraient vos tarifs ?",
                        headline="Responsable pédagogique", name="Martine Colin")
    assert "public visé" in text and "module de 20h" in text
