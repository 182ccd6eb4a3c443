"""Wave 24, Dutch self-review (n24): fresh Dutch and Flemish notes, and the same mechanisms in other languages."""

from __future__ import annotations

import re

import pytest

from drafting import sample_draft
from invitriage.drafts.notefacts import name_gender


# "hoeveel kost …?", "hoeveel vraag je …?", "wat rekent u …?": her price asked, answered by what it depends on,
# never "klinkt interessant!" nor a course recommendation
@pytest.mark.parametrize("note", [
    "Hoi Camille, hoeveel kost een SEO-audit bij jou ongeveer?",
    "Hoeveel vraag je voor een workshop social media voor 10 personen?",
    "Dag Camille, wat rekent u voor een SEO-audit van een kleine webshop?",
    "Goedemiddag Camille, hoeveel zou een training Google Ads voor ons team van zes mensen kosten?",
])
def test_a_dutch_price_question_gets_what_the_price_depends_on(note):
    text = sample_draft(note, name="Ruben Smit")
    # what the price depends on, or (for an SEO audit, whose ranges her settings hold) the range and what decides it
    assert re.search(r"(?:prijs|tarief) hangt af van|tussen € [\d.]+ en € [\d.]+.{0,40}afhankelijk van", text), text
    assert "klinkt interessant" not in text and "Skillshop" not in text, text


# "hoe lang duurt het voor SEO resultaat geeft?": her three to six months, in every language, never "tell me your budget"
@pytest.mark.parametrize("note, said", [
    ("Dag Camille, kunt u mij zeggen hoe lang een SEO-traject meestal duurt voor je resultaten ziet?", "drie tot zes maanden"),
    ("Hoi Camille, na hoeveel tijd merk je iets van SEO op je website?", "drie tot zes maanden"),
    ("Hi Camille, how long does SEO usually take before it shows results?", "three to six months"),
    ("Bonjour Camille, en combien de temps le référencement donne-t-il des résultats ?", "trois à six mois"),
    ("Hallo Camille, wie lange dauert es ungefähr, bis SEO wirkt?", "drei bis sechs Monaten"),
])
def test_how_long_seo_takes_gets_her_answer(note, said):
    text = sample_draft(note, name="Stijn Goossens")
    assert said in text, text


def test_how_long_a_training_takes_is_not_the_seo_answer():
    text = sample_draft("Hoi Camille, hoe lang duurt jouw SEO-training?", name="Stijn Goossens")
    assert "drie tot zes maanden" not in text, text


# "welke advertenties werken het best met een klein budget?": one platform at a time, never "tell me about your business"
@pytest.mark.parametrize("note, said", [
    ("Dag Camille, ik ben net gestart met een koffiebranderij en verkoop via Instagram. Welke advertenties werken volgens jou het best met een klein budget?",
     "één platform"),
    ("Goedendag, welke soort reclame raadt u aan voor een kleine zaak met een beperkt budget?", "één platform"),
    ("Hola Camille, tengo una tienda online de velas. ¿Qué tipo de anuncios recomiendas con poco presupuesto?", "una sola plataforma"),
])
def test_which_ads_on_a_small_budget_gets_an_answer(note, said):
    text = sample_draft(note, name="Wout Janssens")
    assert said in text, text
    assert "Vertel me iets over je bedrijf" not in text, text


def test_an_either_or_on_a_small_budget_keeps_its_own_answer():
    text = sample_draft("Ciao Camille, ho un piccolo negozio di ceramiche: Meta o Google Ads con un budget piccolo?", name="Luca Rossi")
    assert "meglio sceglierne una che dividere" in text, text


# Dutch and Flemish first names that leave no doubt: "Beste mevrouw Jacobs", never the mail-merge "Beste Hanne Jacobs"
def test_dutch_and_flemish_first_names_have_a_gender():
    assert [name_gender(n, "nl") for n in ("Hanne", "Elise", "Lieve", "Seppe", "Wannes", "Kristof")] == ["f", "f", "f", "m", "m", "m"]
    assert name_gender("Brecht", "nl") == ""  # both, in Flanders


def test_a_formal_note_from_a_flemish_woman_is_answered_mevrouw():
    text = sample_draft("Goedemorgen, ik ben op zoek naar een freelancer die onze Instagramcampagnes kan beheren. Doet u dat ook?", name="Hanne Jacobs")
    assert text.startswith("Beste mevrouw Jacobs,"), text


# "Beste Camille, … u …", "Goeiedag Camille, … Kan u …": the owner's first name used, so the sender's too (with u)
@pytest.mark.parametrize("note, name, start", [
    ("Beste Camille, wij organiseren in maart een congres in Antwerpen. Zou u willen spreken over social ads?", "Annelies Peeters", "Beste Annelies,"),
    ("Goeiedag Camille, ik heb een wijnhandel in Brugge. Kan u mij helpen met mijn SEO?", "Jan De Smet", "Beste Jan,"),
    ("Goedenavond Camille, ik volg uw posts al een tijdje. Geeft u ook trainingen voor kleine teams?", "Karel Peeters", "Beste Karel,"),
])
def test_first_name_greeting_is_mirrored_with_u(note, name, start):
    text = sample_draft(note, name=name)
    assert text.startswith(start), text
    assert re.search(r"\bu\b|\buw\b", text), text


# "ik help consultants aan meer klanten": one seller's pitch, declined, never "leuk om van gedachten te wisselen"
@pytest.mark.parametrize("note", [
    "Beste Camille, ik help consultants aan meer klanten via LinkedIn. Zullen we binnenkort eens sparren?",
    "Hoi Camille, ik begeleid freelancers bij het vinden van opdrachten. Zin in een kort gesprek?",
    "Hi Camille, I help freelance consultants land more clients through LinkedIn. Open to a quick chat?",
])
def test_a_one_person_seller_to_consultants_is_declined(note):
    text = sample_draft(note, name="Rick Meijer")
    assert not re.search(r"van gedachten te wisselen|belletje van 20 minuten|quick call", text), text
    assert re.search(r"geen behoefte|not something I need|succes", text), text


# "wanneer de volgende sessie is", "wanneer geef je weer een workshop?": the dates promised
@pytest.mark.parametrize("note", [
    "Dag Camille, ik zou graag weten wanneer de volgende sessie van je workshop is.",
    "Hoi Camille, wanneer geef je weer een workshop social ads? Ik schrijf me graag in.",
    "Goedemiddag, zijn er al data bekend voor de volgende sessies Google Ads?",
])
def test_the_next_session_asked_gets_the_dates(note):
    text = sample_draft(note, name="Jeroen Claessens")
    assert "data van de volgende editie" in text, text


# "mijn collega heeft jouw workshop gevolgd": the colleague was there, not the sender
@pytest.mark.parametrize("note, wrong", [
    ("Dag Camille, mijn collega Sven heeft jouw workshop gevolgd en was erg enthousiast. Wanneer is de volgende sessie?", "dat je bij mijn workshop was"),
    ("Hallo Camille, een collega van mij volgde vorige maand jouw training social ads en was laaiend enthousiast!", "dat je bij mijn training was"),
    ("Bonjour Camille, ma collègue a suivi votre atelier SEO et l'a adoré. Quand a lieu la prochaine session ?", "que vous ayez suivi"),
])
def test_a_colleague_attended_not_the_sender(note, wrong):
    text = sample_draft(note, name="Jeroen Claessens")
    assert wrong not in text, text


# a plain "leuk om te connecten" (nothing proposed to talk about): never "leuk om van gedachten te wisselen"
@pytest.mark.parametrize("note", [
    "Hoi Camille, we hebben gemeenschappelijke connecties in marketing, dus leek me leuk om te connecten. Groet, Wouter",
    "Hoi Camille, ik zag dat je ook in Lyon woont. Ik verhuis daar in september naartoe voor mijn werk. Leuk om te connecten!",
])
def test_a_plain_connect_is_not_an_exchange_of_ideas(note):
    text = sample_draft(note, name="Wouter Kok")
    assert "van gedachten" not in text, text


def test_a_peer_who_proposes_an_exchange_still_gets_it():
    text = sample_draft("Hallo Camille, ik ben zelf ook marketingconsultant, in Rotterdam. Lijkt me leuk om ervaringen uit te wisselen.", name="Joost van Dijk")
    assert "van gedachten te wisselen" in text, text
