"""Wave 55 B: a client asking her price or her regions in a language she does not work in hears her languages.

Round 51 (es note-14, pt note-30, pt note-40, de note-15): a business asking "what does it cost?" or "do you take clients in
Brazil?" in Spanish, Portuguese or German was offered the work and a call with no word that Camille works only in French
or English. The limit now comes after the answer (the yes, the price, the regions), before the call, which "if so" opens.
"""

from __future__ import annotations

import pytest
from drafting import sample_draft

#: (note, the limit said, the "if so" that opens the call after it)
PRICE_ASKED = [
    ("Hola Camille, tengo una tienda online de velas en Valencia y las ventas en Instagram no despegan. ¿Haces asesorías "
     "puntuales? ¿Cuánto costaría?", "solo trabajo en francés o en inglés", "¿Sería posible en inglés? En ese caso,"),
    ("Olá Camille, tenho uma pequena loja online de sabonetes em Braga e queria melhorar o SEO. Quanto custa mais ou menos?",
     "só trabalho em francês ou em inglês", "Seria possível em inglês? Se sim, proponho"),
    ("Guten Tag Frau Laurent, wir betreiben einen kleinen Onlineshop für Kaffee und brauchen Hilfe bei SEO. Was würde das "
     "ungefähr kosten?", "nur auf Französisch oder Englisch", "Wäre Englisch für Sie in Ordnung? Wenn ja, schlage ich"),
    ("Hoi Camille, ik heb een kleine webshop in kaarsen en wil beter gevonden worden in Google. Wat kost zoiets ongeveer?",
     "alleen in het Frans of het Engels werk.", "Is Engels voor jou een optie? Zo ja, zullen we"),
    ("Ciao Camille, ho un piccolo e-commerce di ceramiche a Bari e vorrei migliorare la SEO. Quanto costerebbe più o meno?",
     "lavoro solo in francese o in inglese", "Sarebbe possibile in inglese? In tal caso, ti propongo"),
    ("Hallo Frau Laurent, ich habe einen kleinen Etsy-Shop für handgemachten Schmuck und komme mit Instagram einfach nicht "
     "weiter. Bieten Sie auch Einzelcoachings an und was kostet sowas ungefähr?", "nur auf Französisch oder Englisch",
     "Wäre Englisch für Sie in Ordnung?"),
]


@pytest.mark.parametrize(("note", "limit", "if_so"), PRICE_ASKED)
def test_a_client_asking_the_price_hears_her_languages_after_the_call(note: str, limit: str, if_so: str) -> None:
    text = sample_draft(note, name="Ana Ruiz")
    assert limit in text and if_so.split(",")[0] in text
    # the price comes first, whole, then the call offer, then her languages and "if so, which dates?" (wave 74: never
    # wedged between the price and the call); never cut at an abbreviation nor "if so, the price depends"
    assert "zzgl. Allerdings" not in text and "excl. Ik moet" not in text


@pytest.mark.parametrize(("note", "limit"), [
    ("Oi Camille, o Pedro Almeida da Nuvemshop me indicou você. Tenho um e-commerce de cafés especiais e queria entender "
     "como melhorar meu SEO. Você atende clientes no Brasil?", "só trabalho em francês ou em inglês"),
    ("Hola Camille, Laura Gómez me habló de ti. Tengo una tienda online de cosmética en Sevilla. ¿Trabajas con clientes "
     "en España?", "solo trabajo en francés o en inglés"),
    ("Ciao Camille, Chiara Russo mi ha parlato di te. Ho un negozio online di vini a Verona. Lavori anche con clienti in "
     "Italia?", "lavoro solo in francese o in inglese"),
])
def test_a_client_asking_her_regions_hears_her_languages_after_them(note: str, limit: str) -> None:
    text = sample_draft(note, name="Ana Ruiz")
    assert limit in text
    # the regions answered first, then the limit: never "if so, my clients are in France …"
    assert not any(f"{w}, {c}" in text for w in ("Se sim", "En ese caso", "In tal caso") for c in ("meus clientes", "mis clientes", "i miei clienti"))
    assert "In tal caso, La " not in text


def test_a_formal_spanish_director_hears_the_limit_too() -> None:
    text = sample_draft("Estimada Sra. Laurent, soy directora de marketing de una cadena de hoteles boutique y estamos "
                        "valorando externalizar la estrategia SEO. Me gustaría conocer sus servicios y tarifas.\n"
                        "Reciba un cordial saludo,\nBeatriz Salas", headline="Directora de Marketing | Casas del Sur Hoteles",
                        name="Beatriz Salas")
    assert "Debo decirle, eso sí, que solo trabajo en francés o en inglés" in text


def test_a_french_client_asking_the_price_hears_no_limit() -> None:
    text = sample_draft("Bonjour Camille, j'ai une petite boutique en ligne de bougies et je voudrais améliorer mon SEO. "
                        "Combien ça coûte à peu près ?", name="Ana Ruiz")
    assert "uniquement en" not in text and "20 minutes" in text


def test_italian_if_so_lowers_the_article_keeps_the_courtesy_pronoun() -> None:
    from invitriage.drafts.writer import _if_so
    q = "Sarebbe possibile in inglese?"
    assert _if_so(f"{q} La cosa più semplice è una call.", q, "it") == f"{q} In tal caso, la cosa più semplice è una call."
    assert _if_so(f"{q} Le propongo una call.", q, "it") == f"{q} In tal caso, Le propongo una call."
    assert _if_so(f"{q} La cosa più semplice è una call.", q, "it", informal=True).endswith("la cosa più semplice è una call.")
