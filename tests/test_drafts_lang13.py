"""Review round 13: languages of short headlines and slot wording (one-word Dutch and German job titles, a sector
segment is no company, either/or options are noun phrases, a repeated phrase said once, no "during" before a date,
Brazilian articles before countries, a job title in the owner's own form, a brand's article only when sure, tú kept)."""
from __future__ import annotations

import pytest

from invitriage.drafts.notefacts import _headline_language, choice_options, headline_lang, is_informal
from invitriage.drafts.writer import _business_with_article, _headline_parts, _tidy, draft_for, owners_form
from invitriage.settings import Settings

OWNER = Settings(owner_name="Camille Laurent", signature="Camille", language="fr",
                 offer=["SEO", "social ads", "content strategy"])


def draft(note: str, lang: str, intent: str, name: str, headline: str = "", settings: Settings = OWNER) -> str:
    d = draft_for({"name": name, "note": note, "headline": headline, "lang": lang, "intent": intent, "action": "reply",
                   "evidence": []}, settings)
    assert d is not None
    return d.text


@pytest.mark.parametrize("headline, lang", [
    ("Salesdirecteur | Horeca & Retail", "nl"),
    ("Communicatieadviseur | Zorg", "nl"),
    ("Hoofd communicatie | Energie", "nl"),
    ("Vertriebsleiterin | B2B SaaS", "de"),
    ("Marketingleiter | Einzelhandel", "de"),
    ("Diretor de vendas | Varejo", "pt"),
    ("Direttore vendite | Moda", "it"),
    ("Jefa de ventas | Retail", "es"),
])
def test_a_short_headline_takes_its_job_titles_language(headline, lang):
    assert _headline_language(headline, "fr") == lang


def test_directeur_alone_stays_unsure_but_the_compound_is_dutch():
    assert headline_lang("Financedirecteur | Logistiek") == "nl"
    assert headline_lang("Directeur | Retail") != "nl"


@pytest.mark.parametrize("headline", ["Salesdirecteur | Retail & E-commerce", "Brand manager | B2B SaaS",
                                      "Head of Growth | Fintech | Benelux"])
def test_a_sector_after_a_bar_is_never_a_company(headline):
    assert _headline_parts(headline)[1] == ""


def test_a_name_after_a_bar_is_still_a_company():
    assert _headline_parts("Brand manager | Redkite Media")[1] == "Redkite Media"


def test_a_note_less_dutch_compound_headline_is_answered_in_dutch_without_a_company():
    text = draft("", "fr", "no_note", "Sanne de Vries", "Salesdirecteur | Retail & E-commerce | Benelux")
    assert "Retail & E-commerce" not in text and " chez " not in text
    assert not text.startswith("Bonjour")


@pytest.mark.parametrize("question", [
    "k libro o curso me aconsejas para empezar?",
    "compensa apostar em Pinterest para uma loja de cerâmica ou é melhor continuar no facebook?",
    "meglio aprire un blog per la mia pasticceria o restare su instagram?",
])
def test_either_or_options_are_never_a_question_word_or_a_verb(question):
    assert choice_options(question) == []


def test_real_either_or_options_are_still_named():
    assert choice_options("newsletter o podcast per iniziare?") == ["newsletter", "podcast"]


def test_a_repeated_possessive_phrase_is_said_once():
    assert _tidy("Obrigada por ter vindo à minha palestra na minha palestra sobre SEO.") == \
        "Obrigada por ter vindo à minha palestra sobre SEO."
    assert _tidy("Grazie per essere venuto al mio corso al mio corso di Meta Ads.") == "Grazie per essere venuto al mio corso di Meta Ads."


def test_a_date_takes_no_during():
    note = ("Gentile Dott.ssa Laurent, a nome della Camera di Commercio di Parma La invitiamo a un seminario sul "
            "content marketing durante la nostra settimana dell'impresa, il 3 ottobre. Cordiali saluti, Dott. Marco Ferri")
    text = draft(note, "it", "business_proposal", "Marco Ferri")
    assert "durante il 3" not in text


def test_brazilian_portuguese_puts_the_article_before_a_country():
    note = ("Oi Camille! Sou designer de performance, 2 anos de Meta Ads, e vou me mudar pra Itália em março. "
            "Se souber de alguma vaga, me avisa? Valeu!")
    text = draft(note, "pt", "job_seeking", "Bianca Souza")
    assert "para Itália" not in text and "em Itália" not in text


def test_a_job_title_about_the_owner_takes_her_form():
    assert owners_form("redactor/a de contenidos", "f") == "redactora de contenidos"
    assert owners_form("Texter(in) Online", "f") == "Texterin Online"
    assert owners_form("redactor/a de contenidos", "") == "redactor/a de contenidos"
    she = Settings(owner_name="Camille Laurent", signature="Camille", language="fr", owner_gender="f",
                   offer=["SEO", "social ads", "content strategy"])
    note = ("Hola Camille, trabajo en selección en Hays y busco un/a especialista/a... perdón, un/a consultor/a SEA para un "
            "cliente en Sevilla. ¿Te apetece que hablemos?")
    assert "consultor/a" not in draft(note, "es", "recruiting", "Lucía Ortega", settings=she)


def test_a_brand_article_only_when_sure():
    assert _business_with_article("Flor de Lis", "pt", "Fundadora da Flor de Lis | Loja online")[1] == "a Flor de Lis"
    assert _business_with_article("Sabor Real", "pt", "Sabor Real | Doces")[1] == "Sabor Real"


def test_tu_is_kept_when_the_sender_asks_could_i_ask_you():
    assert is_informal("Hola Camille, escribo para El Confidencial sobre marketing en pymes. ¿Podría llamarte el jueves?", "es")
    assert not is_informal("Buenos días, ¿podría usted enviarme su tarifa?", "es")


def test_a_chatty_brazilian_note_gets_no_formal_full_name_closing():
    note = "Camille!! Fui na sua aula de SEO em Lyon semana passada (a que chegou atrasada rs). Amei demais, obrigada!"
    text = draft(note, "pt", "met_before", "Juliana Alves")
    assert "Atenciosamente" not in text and "Camille Laurent" not in text


def test_an_emoji_or_pra_makes_a_portuguese_note_informal():
    assert is_informal("Olá Camille, sou social media em BH e vou me mudar pra Lyon no verão. Se souber de algo, me avisa 😊", "pt")
    assert not is_informal("Prezada Camille, gostaria de lhe apresentar a nossa agência. Atenciosamente", "pt")
