"""Wave 25, wording (second part): a casual hello to the owner's first name answered by first name, one Dutch register
per draft, the referrer thanked in one construction, a conversation "que empezamos", a compliment on her example thanked,
"your question about" for an advice request, no "samenwerken" twice, "jullie" for a company, a calm reply to a senior
sober note, an adjective kept with its noun ("de segunda mano")."""

from __future__ import annotations

import re

import pytest

from drafting import draft, sample_draft
from invitriage.drafts.needs import need_phrase
from invitriage.drafts.situation import read
from invitriage.drafts.writer import calm_exclamations, nl_register


@pytest.mark.parametrize("note, name, greeting", [
    ("Hallo Camille :) Ich betreue als Texterin in Freiburg viele Onlineshops. Hätten Sie Lust, dass wir uns Kunden "
     "empfehlen? Viele Grüße, Svenja Roth", "Svenja Roth", "Hallo Svenja,"),
    ("Hi Camille, ich plane einen Relaunch meines Hofladens in Tirol. Könnten Sie sich das mal anschauen? Beste Grüße, Markus Gruber",
     "Markus Gruber", "Hi Markus,"),
    ("Hallo Camille, könnten Sie mir sagen, ob Sie auch Workshops anbieten? Viele Grüße, Jana", "Jana Koch", "Hallo Jana,"),
])
def test_a_casual_hello_to_the_owners_first_name_is_answered_by_first_name_even_with_sie(note, name, greeting):
    text = draft(note, "de", "ask_for_help", name=name)
    assert text.startswith(greeting), text
    assert not re.search(r"\b(?:Frau|Herr) \w+,", text), text


def test_a_formal_german_opening_keeps_the_surname():
    text = draft("Guten Tag Frau Laurent, ich leite eine Kanzlei in Bonn und suche Hilfe bei SEO. Hätten Sie Zeit?", "de",
                 "client", name="Petra Schulz")
    assert text.startswith(("Guten Tag Frau Schulz,", "Sehr geehrte Frau Schulz,")), text


@pytest.mark.parametrize("text, informal, expected", [
    ("Graag. Stuur me uw vragen per mail.", False, "Stuurt u mij uw vragen"),
    ("Vertel me gerust wat uw doel is.", False, "Vertelt u mij gerust wat uw doel is."),
    ("Geef me even uw planning door.", False, "Geeft u mij even uw planning"),
    ("Stuur me je vragen.", True, "Stuur me je vragen."),
])
def test_a_dutch_u_reply_never_asks_with_the_je_imperative(text, informal, expected):
    assert expected in nl_register(text, informal=informal)


def test_a_dutch_interview_with_u_asks_for_the_questions_politely():
    text = sample_draft("Goedemiddag mevrouw Laurent, ik schrijf voor Emerce een stuk over TikTok-advertenties in Frankrijk. "
                        "Mag ik u daarover een paar vragen stellen? Met vriendelijke groet, Sanne Bakker", name="Sanne Bakker")
    assert "Stuur me uw" not in text and not re.search(r"\b(?:je|jij|jou)\b", text), text


@pytest.mark.parametrize("note, intent, good", [
    ("Boa tarde Camille, foi a Inês Ramos que me sugeriu falar consigo. Tenho uma loja de cerâmica em Aveiro e preciso de ajuda "
     "com o SEO. Podemos falar na próxima semana?", "referral", "Obrigada pelo convite, e também à Inês Ramos por"),
    ("Bom dia Camille, foi o Paulo Nunes que me recomendou o seu trabalho. Temos uma clínica em Braga e queremos anúncios no "
     "Instagram. Teria disponibilidade para uma chamada?", "client", "Obrigada pelo convite, e também ao Paulo Nunes por"),
])
def test_the_referrer_is_thanked_in_the_same_construction_as_the_invitation(note, intent, good):
    text = draft(note, "pt", intent, name="Rui Costa")
    assert "Agradeço o convite e também" not in text, text
    assert good in text, text


@pytest.mark.parametrize("note", [
    "Hola Camille, coincidimos el martes en el Congreso Web de Zaragoza, en la mesa sobre SEO local. Encantada de conectar.",
    "¡Hola Camille! Nos vimos en el eShow de Barcelona, en la charla de TikTok Ads. Me quedo por aquí para seguir en contacto.",
])
def test_a_spanish_conversation_begun_at_an_event_is_the_one_we_began(note):
    text = sample_draft(note, name="Marta Gil")
    assert "nuestra conversación en" not in text, text


@pytest.mark.parametrize("note, thanks, closing", [
    ("Salut Camille, on s'est vues au Digital Summit de Bordeaux. J'ai adoré ton exemple du fleuriste ! Au plaisir de rester en contact.",
     "compliment", "recroiser"),
    ("Hallo Camille, wir haben uns beim Online Marketing Forum in Köln getroffen. Dein Beispiel mit der Bäckerei fand ich super! Bleiben wir in Kontakt.",
     "Kompliment", "nächsten Event"),
    ("Ciao Camille, ci siamo viste al Web Marketing Festival di Rimini. Ho adorato il tuo esempio della gelateria! Restiamo in contatto.",
     "parole", "prossimo evento"),
    ("Hoi Camille, we spraken elkaar op Frankwatching Live in Amsterdam. Mooi voorbeeld van die slagerij! Leuk om verbonden te blijven.",
     "compliment", "volgend event"),
])
def test_a_compliment_on_her_example_is_thanked_and_the_next_event_hoped_for(note, thanks, closing):
    text = sample_draft(note, name="Lena Vogel")
    assert thanks in text and closing in text, text
    assert not re.search(r"projets|arbeitest du|stai lavorando|bezig\?", text), text


@pytest.mark.parametrize("note, lang, phrase", [
    ("Hoi Camille, ik ben net afgestudeerd en begin als freelancer in Gent. Mag ik je om advies vragen over prijzen zetten?", "nl", "je vraag"),
    ("Salut Camille, je me lance comme freelance à Lille. Je peux te demander un conseil sur la prospection ?", "fr", "ta question"),
])
def test_an_advice_request_is_thanked_as_a_question_not_a_message(note, lang, phrase):
    text = draft(note, lang, "ask_for_help")
    assert "bericht over" not in text and "ton message sur" not in text, text
    assert phrase in text, text


@pytest.mark.parametrize("note, lang, verb", [
    ("Hoi Camille, wij zijn een webbureau in Gent en krijgen veel vragen over SEO voor Franstalige klanten. "
     "Zin om partners te worden?", "nl", "samenwerk"),
    ("Hallo Camille, wir sind eine Webagentur in Linz und bekommen oft Anfragen zu SEO für französische Kunden. "
     "Lust auf eine Partnerschaft?", "de", "zusammenarbeit"),
])
def test_a_partnership_reply_says_working_together_once(note, lang, verb):
    text = sample_draft(note, name="Bram Peeters")
    assert len(re.findall(verb, text.casefold())) <= 1, text


def test_a_company_strategy_in_dutch_is_jullie():
    assert need_phrase("Wij zoeken hulp bij onze contentstrategie voor België.", ["content strategy"], "nl", True) == "met jullie contentstrategie"
    assert need_phrase("Ik zoek hulp bij mijn contentstrategie.", ["content strategy"], "nl", True) == "met je contentstrategie"


def test_a_senior_sober_note_gets_a_calm_reply():
    text = sample_draft("Goedemiddag Camille, als hoofd marketing van een Vlaamse supermarktketen zoek ik advies over onze social ads "
                        "in Wallonië. Kunnen we eens kennismaken? Met vriendelijke groeten, Pieter Claes",
                        headline="Hoofd Marketing | Vlaamse retail", name="Pieter Claes")
    body = text.split("\n\n")[1]
    assert body.count("!") <= 1, text
    assert calm_exclamations("Hi Ann,\n\nThanks!\nGlad to help! Call?\n\nBest,\nCamille", "en").count("!") == 1


@pytest.mark.parametrize("note, product", [
    ("Hola Camille, tengo una tienda online de ropa de segunda mano en Sevilla y no vendo casi nada.", "segunda mano"),
    ("Ciao Camille, ho un negozio online di abiti di seconda mano a Genova e vorrei più visite.", "seconda mano"),
])
def test_an_adjective_keeps_the_noun_it_qualifies(note, product):
    assert read(note).shop.endswith(product)
