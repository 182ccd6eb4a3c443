"""Wave 47, group E (German and Dutch rows of round 44): the drafts these kinds of note now get."""

from __future__ import annotations

import pytest

from drafting import SAMPLE, sample_draft
from invitriage.drafts import priceq
from invitriage.drafts.writer import draft_for


# -- E1: a training of hers the sender followed, named cleanly (never "training over X gevolgd bij de CCI was") --------

@pytest.mark.parametrize("note, name, wanted", [
    ("Hallo Camille, vorig najaar heb ik jouw training over socialmedia-advertenties gevolgd bij Syntra in Gent. Erg leerzaam! "
     "Ik blijf graag in contact. Groetjes, Lieke", "Lieke Maes", "mijn training over socialmedia-advertenties hebt gevolgd"),
    ("Geachte mevrouw Laurent, in mei heb ik uw workshop over linkbuilding bijgewoond bij de Kamer van Koophandel. "
     "Graag blijf ik met u in contact. Met vriendelijke groet, Pieter Smit", "Pieter Smit", "mijn workshop over linkbuilding bij de Kamer van Koophandel"),
])
def test_nl_training_followed_is_named_without_its_verb(note: str, name: str, wanted: str) -> None:
    text = sample_draft(note, name=name)
    assert wanted in text
    assert "gevolgd bij" not in text and "bijgewoond bij" not in text
    assert "hebt gevolgd" in text


def test_de_workshop_after_a_season_is_not_an_event() -> None:
    text = sample_draft("Sehr geehrte Frau Laurent, ich habe im Herbst Ihren Workshop zu Content-Strategie bei der IHK Köln gemacht. "
                        "Ich bleibe gern mit Ihnen in Kontakt. Mit freundlichen Grüßen, Jonas Krüger", name="Jonas Krüger")
    assert "meinen Workshop waren" not in text and "im Herbst meinen" not in text
    assert "Content-Strategie" in text


def test_de_training_topic_keeps_no_participle() -> None:
    text = sample_draft("Hi Camille, ich habe vor kurzem deine Schulung zu Social Ads bei der IHK besucht. Mega hilfreich! "
                        "Lass uns in Kontakt bleiben. LG Mia", name="Mia Lange")
    assert "besucht bei" not in text and "Social Ads besucht" not in text


# -- E2: a note-less sender answered in a language far from Lyon: a call, never a coffee ------------------------------------

def _meet(headline: str, name: str, lang: str) -> str:
    d = draft_for({"name": name, "note": "", "headline": headline, "lang": lang, "intent": "no_note", "action": "reply",
                   "meet": True, "evidence": [{"rule": "want_to_meet"}]}, SAMPLE, SAMPLE.templates_dir)
    assert d is not None
    return d.text


@pytest.mark.parametrize("headline, name, lang, coffee", [
    ("Leiterin E-Commerce bei Tchibo | Retail", "Anke Paulsen", "de", "Kaffee"),
    ("Marketingmanager bij Hema | Retail & Brand", "Joost Bakker", "nl", "koffie"),
    ("Direttrice marketing presso Eataly", "Chiara Conti", "it", "caffè"),
    ("Responsable de marketing en Mercadona", "Lucía Gil", "es", "café"),
])
def test_noteless_far_sender_gets_a_call_not_a_coffee(headline: str, name: str, lang: str, coffee: str) -> None:
    text = _meet(headline, name, lang)
    assert coffee not in text
    assert "20" in text


def test_noteless_french_sender_may_still_get_a_coffee() -> None:
    assert "café" in _meet("Responsable communication chez Boiron", "Claire Morel", "fr")


# -- E3: a Dutch training priced by name as Dutch compounds it; English allowed by the sender taken up -----------------

@pytest.mark.parametrize("note, lang, kind, wanted", [
    ("Wat kost een training SEO voor 6 mensen?", "nl", "training", "een SEO-training voor 6 personen"),
    ("Wat kost een workshop over Instagram voor ons team van 4?", "nl", "training", "een Instagram-workshop voor 4 personen"),
    ("Wat kost een training Google Ads?", "nl", "training", "een training over Google Ads"),
])
def test_nl_training_named_as_a_compound(note: str, lang: str, kind: str, wanted: str) -> None:
    assert priceq.asked_what(note, lang, kind) == wanted


@pytest.mark.parametrize("note, name, said, not_said", [
    ("Hoi Camille, verzorg je ook trainingen bij bedrijven op locatie? Ons marketingteam van 6 in Eindhoven wil beter worden in SEO. "
     "Engels is geen probleem. Wat kost dat ongeveer? Groet, Daan", "Daan Jacobs", "In het Engels kan dat prima", "Is Engels voor"),
    ("Hallo Camille, machst du auch Inhouse-Schulungen? Unser Team von 7 Leuten in Bremen will besser in SEO werden. "
     "Auf Englisch ist auch okay. Was kostet so etwas? Grüße, Tobias", "Tobias Hahn", "Englisch ist für mich kein Problem", "Wäre Englisch"),
])
def test_team_training_english_allowed_is_taken_up(note: str, name: str, said: str, not_said: str) -> None:
    text = sample_draft(note, name=name)
    assert said in text
    assert not_said not in text
    assert "training SEO" not in text


# -- E4: the one question the sender asks leave to put is invited, never "send me the details" ----------------------------

@pytest.mark.parametrize("note, name, wanted", [
    ("Hi Camille, dein Beitrag zu Google-Bewertungen war super! Ich habe ein kleines Blumengeschäft in Kassel. "
     "Darf ich dir kurz eine Frage zu lokalem SEO stellen? Danke, Lisa", "Lisa Brandt", "Schick mir deine Fragen"),
    ("Guten Tag Frau Laurent, Ihr Artikel zu lokaler Suche hat mir gefallen. Ich hätte da eine kurze Frage zu meinem Hofladen. "
     "Viele Grüße, Georg Huber", "Georg Huber", "Schicken Sie mir Ihre Fragen"),
])
def test_de_one_question_is_invited(note: str, name: str, wanted: str) -> None:
    text = sample_draft(note, name=name)
    assert wanted in text
    assert "die Details" not in text


# -- E5: a group both are in is named once --------------------------------------------------------------------------------

@pytest.mark.parametrize("note, name, group", [
    ("Guten Tag Frau Laurent, wir sind beide Mitglied der Gruppe „E-Commerce DACH & France“. Ich verantworte das Content Marketing "
     "bei About You und freue mich auf den Austausch. Beste Grüße, Carla Wendt", "Carla Wendt", "„E-Commerce DACH & France“"),
    ("Hoi Camille, we zitten allebei in de groep 'Contentmakers NL'. Ik doe content bij Rabobank en kijk uit naar je posts! Groet, Eva",
     "Eva Visser", "‘Contentmakers NL’"),
    ("Hi Camille, we're both in the group \"SEO Women Europe\". I lead content at Deliveroo and look forward to swapping notes. Best, Kate",
     "Kate Lowe", "“SEO Women Europe”"),
    ("Bonjour Camille, nous sommes tous les deux membres du groupe « Growth Rhône-Alpes ». Je m'occupe du contenu chez Groupe SEB. "
     "Au plaisir d'échanger, Marc", "Marc Girard", "« Growth Rhône-Alpes »"),
])
def test_shared_group_is_named(note: str, name: str, group: str) -> None:
    text = sample_draft(note, name=name)
    assert text.count(group) == 1


def test_group_to_join_is_not_called_shared() -> None:
    text = sample_draft("Hallo Camille, komm doch in unsere Gruppe „Content Köln“, wir freuen uns! Grüße, Ben", name="Ben Roth")
    assert "gefunden haben" not in text
