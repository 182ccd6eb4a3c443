"""Round 22, wording: gladness said once (no "Me alegra … ¡Me alegra mucho …!"), French words the note gave without
accents spelled right, Dutch "één-op-één", the owner's first name mirrored in Italian, a German sender's gender read
from her own job noun, a newsletter's "latest text" never turned into "latest newsletter text", and FAQ texts in
whole sentences."""

from __future__ import annotations

import pytest

from drafting import SAMPLE, draft, sample_draft
from invitriage.drafts.writer import one_joy
from invitriage.drafts.notefacts import sender_gender
from invitriage.drafts.notefacts import Name


@pytest.mark.parametrize("text, lang, gone, kept", [
    ("¡Gracias por leer mi artículo! Me alegra que te haya gustado. ¡Me alegra un montón que te haya servido!", "es",
     "te haya gustado", "te haya servido"),
    ("Grazie per il collegamento, mi fa molto piacere! Con piacere! Quando ti andrebbe bene?", "it", "Con piacere!", "Quando ti"),
    ("Volontiers, parlons-en ! Avec plaisir pour un café : quand es-tu libre ?", "fr", "Volontiers, parlons-en", "Avec plaisir pour un café"),
    ("Dank voor je uitnodiging, en leuk dat je mijn blog leest! En fijn om te horen dat mijn blog over Meta je verder hielp!", "nl",
     "leuk dat je mijn blog leest", "Dank voor je uitnodiging, en fijn om te horen"),
    ("Thanks for connecting, glad you liked the talk! Glad to hear the checklist helped with your launch!", "en",
     "glad you liked", "Glad to hear the checklist"),
])
def test_gladness_said_once(text: str, lang: str, gone: str, kept: str) -> None:
    out = one_joy(text, lang)
    assert gone not in out and kept in out, out


@pytest.mark.parametrize("text, lang", [
    ("Fico feliz que você leia a minha newsletter. E que bom saber que o texto sobre SEO local ajudou!", "pt"),
    ("Danke für die Vernetzung. Es freut mich, dass der Artikel geholfen hat.", "de"),
    ("Thanks for the invite! I'm glad to help. What dates work for you?", "en"),
])
def test_one_gladness_or_two_facts_is_left_alone(text: str, lang: str) -> None:
    assert one_joy(text, lang) == text


def test_helped_content_note_not_glad_twice_in_spanish() -> None:
    text = sample_draft("Hola Camille, leí tu artículo sobre campañas de Meta para tiendas pequeñas y me ha sido muy útil, ¡mil gracias!",
                        name="Rocío Benítez")
    assert text.lower().count("me alegra") <= 1, text


@pytest.mark.parametrize("note", [
    "coucou camille, on s'est vues a la soiree Digital Lyon l'annee derniere, tu te souviens ? on prend un café ?",
    "Salut Camille ! Super ta derniere conference sur le SEO local, je t'ai decouverte la-bas. On peut echanger ?",
])
def test_french_words_without_accents_are_spelled_right_in_the_reply(note: str) -> None:
    text = draft(note, "fr", "met_before", name="Léa Morel")
    assert "derniere" not in text and "annee" not in text and "soiree" not in text, text


@pytest.mark.parametrize("note", [
    "Hoi Camille, ik run een webshop in vintage lampen. Geef je ook een-op-een coaching over Instagram? Groet, Sanne",
    "Hallo, doe je ook 1-op-1 begeleiding voor kleine ondernemers? En wat kost dat ongeveer? Groetjes, Fleur",
])
def test_dutch_one_to_one_has_its_accents(note: str) -> None:
    text = sample_draft(note, name="Sanne de Boer")
    assert "een-op-een" not in text.lower(), text


@pytest.mark.parametrize("note, name, first", [
    ("Gentile Camille, sono un dottorando a Bologna e sto preparando un'indagine sul marketing dei piccoli negozi. "
     "Potrei inviarLe qualche domanda? La ringrazio.\nMarco Ferri", "Marco Ferri", "Marco"),
    ("Gentile Camille, organizziamo un workshop sul content marketing a Torino. Sarebbe disponibile a intervenire? "
     "Cordiali saluti, Giulia Conti", "Giulia Conti", "Giulia"),
])
def test_italian_sender_who_used_owners_first_name_is_greeted_by_first_name(note: str, name: str, first: str) -> None:
    text = sample_draft(note, name=name)
    assert text.startswith(f"Gentile {first},"), text


def test_italian_sender_who_wrote_gentile_signora_keeps_the_surname() -> None:
    text = sample_draft("Gentile signora Laurent, sono una studentessa e Le scrivo per un breve questionario sulla mia tesi. "
                        "La ringrazio.\nChiara Rinaldi", name="Chiara Rinaldi")
    assert not text.startswith("Gentile Chiara,"), text


@pytest.mark.parametrize("note, gender", [
    ("Guten Tag Frau Laurent, ich bin freiberufliche Online-Marketing-Beraterin und hätte eine Frage zu Ihren Kursen.", "f"),
    ("Guten Tag, ich bin seit kurzem Junior Content Managerin in Köln. Welche Schulung empfehlen Sie?", "f"),
    ("Guten Tag, ich bin langjähriger E-Commerce Leiter bei einem Möbelhändler und suche Rat.", "m"),
])
def test_german_gender_from_the_senders_own_job_noun(note: str, gender: str) -> None:
    assert sender_gender(note, "de", Name()) == gender


def test_german_formal_greeting_uses_frau_when_her_job_noun_says_so() -> None:
    text = sample_draft("Guten Tag Frau Laurent, ich bin Junior Performance Marketing Managerin und würde gern wissen, "
                        "ob Sie Einsteigerkurse geben. Viele Grüße, Selin Kaya", name="Selin Kaya")
    assert text.startswith("Guten Tag Frau Kaya,") or text.startswith("Sehr geehrte Frau Kaya,"), text


@pytest.mark.parametrize("note, bad", [
    ("Oi Camille, acompanho sua newsletter faz tempo e o último texto sobre Reels me ajudou demais na minha loja!", "newsletter texto"),
    ("Ciao Camille, leggo la tua newsletter da un anno e l'ultimo numero sulle campagne Meta mi è stato utilissimo!", "newsletter numero"),
])
def test_latest_text_of_a_newsletter_is_not_renamed(note: str, bad: str) -> None:
    text = sample_draft(note, name="Carla Nunes")
    assert bad not in text, text


@pytest.mark.parametrize("lang, fragment", [
    ("it", "\\. CV di una pagina"), ("es", "\\. CV de una página"), ("pt", "\\. CV de uma página"), ("pt-BR", "\\. Currículo de uma página"),
])
def test_faq_cv_advice_is_a_whole_sentence(lang: str, fragment: str) -> None:
    import re
    for entry in SAMPLE.answers:
        body = entry.get(lang) if isinstance(entry, dict) else None
        if isinstance(body, str):
            assert not re.search(fragment, body), body


def test_owner_faq_texts_are_not_stilted() -> None:
    texts = [str(e.get(k)) for e in SAMPLE.answers if isinstance(e, dict) for k in ("fr", "en")]
    assert not any("celle qui plaît le plus" in t or "gets you talking" in t for t in texts)


@pytest.mark.parametrize("note, lang, place", [
    ("Hola Camille, tengo una tienda de aceites en Jaén. ¿Trabajas con clientes en España? ¿Y cuánto cuesta una auditoría?", "es", "en España"),
])
def test_not_yet_names_the_place_asked_about(note: str, lang: str, place: str) -> None:
    text = sample_draft(note, name="Pilar Ruiz")
    assert "Canad" in text and place in text, text  # the owner's regions listed, and the "not yet" says where


def test_dutch_place_asked_gets_remote_work_there() -> None:
    # rounds 210-211 found the regions list clumsy in Dutch and German (wave 165 F): she works remotely, clients there welcome
    text = sample_draft("Hoi Camille, ik heb een webshop in Utrecht. Werk je ook voor klanten in Nederland? Wat kost een SEO-audit?",
                        name="Pilar Ruiz")
    assert "Ik werk op afstand en help graag ook klanten in Nederland" in text, text


@pytest.mark.parametrize("note", [
    "Oi Camille, sou recrutadora e procuro um analista de SEO pleno para uma agência em São Paulo. Você conhece alguém?",
    "Olá Camille, estamos a recrutar um gestor de redes sociais para Lisboa. Conhece alguém que possa estar interessado?",
])
def test_portuguese_no_one_comes_to_mind_is_not_curt(note: str) -> None:
    text = sample_draft(note, name="Rita Lopes")
    assert "não me lembro de ninguém" not in text and "vocês em contato" not in text and "ponho-vos" not in text, text
