"""Wave 27, group E: the register and the address mirror what the sender wrote, in every language."""

from __future__ import annotations

import re

from drafting import SAMPLE, draft
from invitriage.drafts.notefacts import is_informal
from invitriage.drafts.writer import draft_for, plain_colons


def sample(note: str, lang: str, intent: str, name: str, headline: str = "") -> str:
    d = draft_for({"name": name, "note": note, "headline": headline, "lang": lang, "intent": intent, "action": "reply",
                   "evidence": []}, SAMPLE, SAMPLE.templates_dir)
    assert d is not None
    return d.text


# -- French: "votre", "vos" and the -ez imperative are vous, whatever the casual hello or "dispo" -------------------

def test_fr_possessive_vous_after_a_casual_hello_is_answered_with_vous():
    text = sample("Hello Camille, je dirige le marketing d'une PME lyonnaise de 80 personnes. Vos articles sur le SEO local "
                  "m'ont convaincu. Dispo pour en parler jeudi ?", "fr", "client", "Hugo Marchal", "Directeur marketing")
    assert not text.startswith("Salut")
    assert not re.search(r"\b(?:tu|ton|ta|tes|te)\b|\bt'", text), text
    assert re.search(r"\bvous\b|\bvos\b|\bvotre\b", text), text


def test_fr_imperative_in_ez_counts_as_vous():
    assert not is_informal("Hey Camille ! Dites-moi si un échange sur la refonte de notre boutique en ligne est possible.", "fr")
    assert not is_informal("Coucou Camille, n'hésitez pas si un partenariat sur nos salons vous parle, dispo quand vous voulez", "fr")


def test_fr_a_real_tu_still_wins():
    assert is_informal("Hello Camille, ton post sur Google Ads m'a bien aidé. Dispo pour un café ?", "fr")
    text = draft("Salut Camille, ton atelier TikTok était top ! Dispo pour un café à Lyon ?", "fr", "met_before")
    assert text.startswith("Salut")


# -- laughter and chat shorthand are a casual note: tú / tu / je, never "Un cordial saludo" ---------------------------

def test_es_laughing_note_gets_tu_and_a_casual_close():
    text = sample("Camille, fui yo la que hizo mil preguntas sobre TikTok en el meetup de Valencia jejeje. Encantada de conectar",
                  "es", "met_before", "Lucía Serrano", "Community manager")
    assert "Un cordial saludo" not in text and not text.split("\n")[0].endswith(":"), text
    assert not re.search(r"\b(?:usted|está trabajando|le )\b", text), text


def test_laughter_is_informal_in_several_languages():
    assert is_informal("Buongiorno Camille, ero quello che ha rovesciato il caffè al corso di Google Ads ahahah. Piacere!", "it")
    assert is_informal("Qué tal Camille, nos vimos en el congreso de Málaga, el del portátil sin batería xD", "es")
    assert is_informal("Goedemorgen, we zaten naast elkaar bij de SEO-meetup in Utrecht haha. Leuk om te connecten", "nl")
    assert not is_informal("Estimada Sra. Laurent, le escribo por su ponencia en Madrid (muy buena, jaja). Atentamente", "es")


# -- European Portuguese: "conhecê-la", "convidá-la" are the polite form, never answered with "-te" -------------------

def test_pt_enclitic_la_is_formal():
    assert not is_informal("Olá Camille! Gostávamos muito de convidá-la para o nosso podcast sobre marketing 🙂", "pt")
    text = sample("Olá Camille! Tive o gosto de conhecê-la na conferência de marketing digital no Porto. Vamos manter o contacto 😊",
                  "pt", "met_before", "Inês Figueiredo", "Diretora de Marketing")
    assert not re.search(r"-te\b|\bteu\b|\btua\b|\bcontigo\b", text), text


# -- English: "Dear Ms Laurent" is mirrored by title and surname, or the whole name, never the first name alone -------

def test_en_dear_ms_laurent_gets_title_and_surname():
    text = sample("Dear Ms Laurent,\nOur federation runs a spring programme for retailers in the Rhône region and we would value "
                  "your view on local search. Could we arrange a short call?\nKind regards,\nRupert Blake",
                  "en", "business_proposal", "Rupert Blake", "Programme Director")
    assert text.startswith("Dear Mr Blake,"), text


# -- one dash a sentence: the verdict stands alone when the sentence already has a dash ------------------------------

def test_verdict_after_a_dash_becomes_its_own_sentence():
    assert plain_colons("Great to meet you at the summit – and thanks for the idea: sounds promising!", "en") == \
        "Great to meet you at the summit – and thanks for the idea. That sounds promising!"
    assert plain_colons("Leuk dat we elkaar op het congres zagen – en bedankt voor je voorstel: klinkt goed!", "nl") == \
        "Leuk dat we elkaar op het congres zagen – en bedankt voor je voorstel. Dat klinkt goed!"
    assert plain_colons("Danke für deinen Vorschlag: klingt spannend!", "de") == "Danke für deinen Vorschlag – klingt spannend!"


def test_de_met_and_collaboration_opening_has_one_dash():
    text = sample("Hey Camille, wir haben uns auf der OMR in Hamburg am Stand von Sistrix kurz unterhalten. Wie versprochen: lass uns "
                  "über eine Zusammenarbeit reden, wir suchen Hilfe bei Social Ads für unsere Kunden in Frankreich.",
                  "de", "business_proposal", "Jonas Brandt", "Inhaber | Brandt Digital")
    first = text.split("\n\n")[1].split("\n")[0]
    assert first.count("–") <= 1, first
    assert "Idee einer Zusammenarbeit" not in text


# -- a welcome says to what: "welkom in mijn netwerk", "bienvenue dans mon réseau" ----------------------------------------

def test_welcome_names_the_network():
    nl = sample("", "nl", "no_note", "Sanne Visser", "Student Marketing | Eigen webshop met handgemaakte sieraden")
    assert ", en welkom!" not in nl and "welkom in mijn netwerk" in nl, nl
    fr = sample("", "fr", "no_note", "Léa Morel", "Étudiante en communication à Lyon")
    assert "bienvenue !" not in fr, fr

