"""Wave 25, wording: brand names kept whole, a participle keeps its complement, one wish of luck per draft,
the owner's advice texts read as sentences."""

from __future__ import annotations

import re

from drafting import OWNER, sample_draft
from invitriage.drafts.situation import read
from invitriage.drafts.writer import _de_business, _headline_parts, draft_for, one_wish


def _nonote(headline: str, lang: str, name: str = "Alex Martin") -> str:
    d = draft_for({"name": name, "note": "", "headline": headline, "lang": lang, "intent": "no_note", "action": "reply",
                   "evidence": []}, OWNER)
    assert d is not None
    return d.text


def test_capitalised_article_stays_with_the_brand():
    assert _headline_parts("Fondateur de Le Comptoir Bio | épicerie en ligne")[1] == "Le Comptoir Bio"
    assert _headline_parts("Fundadora de La Huerta Viva | tienda online")[1] == "La Huerta Viva"
    assert _headline_parts("Oprichter van De Groene Fietser")[1] == "De Groene Fietser"
    # a lower-case article is the sentence's, not the name's
    assert _headline_parts("Fondatrice de la Brûlerie des Pentes")[1] == "Brûlerie des Pentes"


def test_brand_with_its_article_in_the_draft():
    assert "Le Comptoir Bio" in _nonote("Fondateur de Le Comptoir Bio | épicerie zéro déchet", "fr")
    assert "La Huerta Viva" in _nonote("Fundadora de La Huerta Viva | cosmética natural", "es")


def test_german_brand_ending_in_a_noun_takes_its_article():
    assert _de_business("Alte Holz Werkstatt") == ("der Alte Holz Werkstatt", "die Alte Holz Werkstatt")
    assert _de_business("Blaue Berg Manufaktur")[1] == "die Blaue Berg Manufaktur"
    assert _de_business("Anna Maria Schulz") == ("", "")
    text = _nonote("Inhaberin @ Bunte Glas Manufaktur | Glaskunst online", "de", name="Petra Lang")
    assert "für die Bunte Glas Manufaktur" in text, text


def test_participle_keeps_its_complement():
    assert read("Ciao! Ho un negozio online di candele fatte a mano a Torino e vorrei crescere").shop.endswith("candele fatte a mano")
    assert read("Hola, tengo una tienda online de jabones hechos a mano en Cádiz").shop.endswith("jabones hechos a mano")
    assert read("Olá! Tenho uma loja online de bolsas feitas à mão em Braga").shop.endswith("bolsas feitas à mão")
    assert read("Hi, I run a small shop of soaps made by hand in Bristol").shop.endswith("soaps made by hand")
    assert read("Hoi, ik heb een webshop voor sieraden gemaakt met de hand").shop.endswith("gemaakt met de hand")


def test_participle_complement_in_the_draft():
    text = sample_draft("Ciao Camille, ho da poco un e-shop di ceramiche fatte a mano in Sicilia e il tuo post sulle ads "
                        "mi è servito tantissimo!", name="Giulia Neri")
    assert "fatte a mano" in text, text


def test_one_wish_of_luck():
    out = one_wish("Hola, Ana:\n\n¡Suerte con la mudanza!\n\nSuerte con la búsqueda,\nCamille", "es", True)
    assert out.count("uerte") == 1 and out.endswith("Un saludo,\nCamille")
    out = one_wish("Hallo Tom,\n\nviel Erfolg beim Umzug!\n\nViel Erfolg bei Ihrer Suche\nCamille Laurent", "de", False)
    assert out.endswith("Beste Grüße\nCamille Laurent")
    same = "Hi Tom,\n\nThanks for connecting.\n\nGood luck with the search,\nCamille"
    assert one_wish(same, "en", True) == same


def test_one_wish_in_a_job_seeking_draft():
    text = sample_draft("Oi Camille! Sou designer com 3 anos de experiência e estou me mudando pra Lyon. Se souber de "
                        "alguma vaga em agência, me avisa? Valeu!", name="Bruna Lima")
    assert text.lower().count("boa sorte") <= 1, text


def test_breaking_in_advice_reads_as_sentences():
    it = sample_draft("ciao camille, ho appena finito la triennale in economia e vorrei lavorare nel marketing digitale, "
                      "qualche consiglio per iniziare?", name="Sara Bruno")
    assert "prove del titolo" not in it and "che il titolo di studio" in it, it
    fr = sample_draft("Bonjour Camille, jeune diplômé en commerce, j'aimerais travailler dans le marketing digital. "
                      "Des conseils pour démarrer ?", name="Hugo Petit")
    assert "une certification gratuite (celles" not in fr and "projet" in fr, fr


def test_french_market_tip_has_a_verb():
    nl = sample_draft("Hallo Camille, na 5 jaar als contentmarketeer in Gent verhuis ik naar Lyon en zoek ik daar "
                      "werk. Mag ik je om advies vragen over de markt?", name="Sanne de Vries")
    assert not re.search(r"Een cv van één pagina met [^.,]*Frans\.", nl), nl  # the verbless fragment
    assert "Het niveau Frans hoort duidelijk op het cv" in nl, nl  # wave 69: no one-page rule after 5 years' work
