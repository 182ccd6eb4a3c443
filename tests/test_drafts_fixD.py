"""Details the note gives are used, never asked again: an event's dates and name, the sender's budget, the show the owner
was a guest on, the sender's own project."""

from __future__ import annotations

import pytest

from tests.drafting import draft, sample_draft


@pytest.mark.parametrize("note,lang,named,dated", [
    ("Hello Camille, on behalf of the Lisbon Growth Summit (4-5 Nov) I'd like to invite you to give a talk on SEO for retailers. Best, Joana",
     "en", "Lisbon Growth Summit", "4 and 5 Nov"),
    ("Hola Camille, estamos organizando el congreso Social Day Bilbao (octubre 2025) y buscamos ponentes sobre publicidad en redes. ¿Te animas a dar una charla? Un abrazo, Iker",
     "es", "Social Day Bilbao", "en octubre de 2025"),
    ("Bonjour Camille, au nom du Forum Commerce Connecté (12-13 sept.), je vous invite à intervenir sur le SEO local. Bien à vous, Paul",
     "fr", "au Forum Commerce Connecté", "12 et 13 sept."),
    ("Ciao Camille, stiamo organizzando il Digital Retail Festival (marzo 2026) e cerchiamo relatori sulla content strategy. Ti andrebbe un intervento? Luca",
     "it", "Digital Retail Festival", "a marzo 2026"),
])
def test_event_named_and_dates_never_asked_again(note: str, lang: str, named: str, dated: str) -> None:
    text = draft(note, lang, "business_proposal")
    assert named in text
    if any(len(w) <= 2 and w.isdigit() for w in dated.replace(".", " ").split()):
        assert dated in text  # a day given is kept; a bare month or year after the topic and event is left out (round 25)
    for asked in ("dates you have in mind", "fechas previstas", "dates envisagées", "date previste", "dates prévues"):
        assert asked not in text


@pytest.mark.parametrize("note,example", [
    ("Hi Camille, for my new candle shop, would you put my €450 a month into Meta ads or Google Ads first? Thanks, Priya", "€300"),
    ("Bonjour Camille, pour ma boutique de thé en ligne, avec 600 € par mois, vous conseilleriez Meta ou Google Ads ? Merci, Anne", "300 €"),
    ("Hola Camille, tengo una tienda online de cerámica y unos 400€ al mes: ¿Meta o Google Ads para empezar? Gracias, Lucía", "300 €"),
])
def test_the_senders_budget_is_never_replaced_by_an_example(note: str, example: str) -> None:
    text = sample_draft(note)
    assert "Google Ads" in text  # the owner's answer is there
    assert example not in text


@pytest.mark.parametrize("note,lang,show,point", [
    ("hey Camille, I caught you on the Growth Notes podcast last week, your point about product page SEO was gold", "en", "Growth Notes", None),
    ("hola! te escuché en el podcast de Emprende con Cabeza, me encantó lo que dijiste sobre los anuncios en Instagram", "es", "Emprende con Cabeza", "los anuncios en Instagram"),
    ("ciao Camille, ti ho ascoltata nel podcast Vendere Online, utilissima la parte sulle campagne per negozi locali", "it", "Vendere Online", "sulle campagne per negozi locali"),
    ("Hoi Camille, ik hoorde je in de Groeigesprekken podcast, heel herkenbaar wat je zei over contentplanning. Groet, Mila", "nl", "Groeigesprekken", "contentplanning"),
])
def test_a_guest_spot_is_named_not_answered_with_what_should_i_cover(note: str, lang: str, show: str, point: str | None) -> None:
    text = draft(note, lang, "content")
    assert show in text
    if point:
        assert point in text
    for odd in ("cover next", "tratara próximamente", "trattassi prossimamente", "meer van me zou lezen"):
        assert odd not in text


def test_her_own_podcast_is_still_her_own() -> None:
    text = draft("Hi Camille, I love your podcast on local SEO, keep it up!", "en", "content")
    assert "episode" not in text


@pytest.mark.parametrize("note,lang,asked", [
    ("Ciao Camille, ci siamo conosciute al Talent Garden di Milano, sono quella con il progetto di e-commerce per ceramiche, felice di ritrovarti qui!",
     "it", "progetto dell'e-commerce per ceramiche"),
    ("Hi Camille, we met at the Lyon startup breakfast, I'm the one with the project of a booking app for hairdressers. Great to connect!", "en", "project"),
    ("Hallo Camille, wir haben uns beim Gründerfrühstück in Lyon kennengelernt, mein Projekt für regionale Hofläden. Liebe Grüße", "de", "Projekt"),
])
def test_the_senders_project_is_asked_after_not_what_are_you_working_on(note: str, lang: str, asked: str) -> None:
    text = draft(note, lang, "met_before")
    assert asked in text
    for generic in ("Su cosa stai lavorando", "What have you been up to", "What are you working on", "Woran arbeitest du"):
        assert generic not in text
