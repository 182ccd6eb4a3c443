"""Wave 118, group E: one policy for her languages ("I only work in French or English") in a language she does not work in."""

from __future__ import annotations

import pytest

from drafting import sample_draft


@pytest.mark.parametrize("note,headline,must", [
    # r118 de_nl note-16: a marketing head asks for a Kennenlerngespräch about a content strategy "für Frankreich": the
    # work is for France, but they talk in German, so the call's languages are said (as for the Dutch twin)
    ("Guten Tag Frau Laurent, ich bin Marketingleiter bei einem mittelständischen Maschinenbauer und wir überlegen, unsere "
     "Content-Strategie für Frankreich neu aufzustellen. Wäre ein kurzes Kennenlerngespräch möglich? MfG Thomas Wagner",
     "Marketingleiter | Wagner Antriebstechnik GmbH", "Wir können gern auf Englisch oder Französisch sprechen"),
    ("Goedendag mevrouw Laurent, ik ben marketingmanager bij een middelgrote machinebouwer en we willen onze contentstrategie "
     "voor Frankrijk opnieuw opzetten. Zou een kort kennismakingsgesprek mogelijk zijn? Met vriendelijke groet, Pieter de Vries",
     "Marketingmanager | De Vries Aandrijvingen BV", "in het Engels of het Frans"),
])
def test_a_call_about_work_for_france_says_the_call_languages(note: str, headline: str, must: str) -> None:
    text = sample_draft(note, headline, name="Thomas Wagner")
    assert must in text, text
    assert text.count("Englisch") + text.count("Engels") == 1, text  # said once


@pytest.mark.parametrize("note,headline,name", [
    # r116 es_pt_it note-4 / note-48: a referred shop owner answered "how is your shop going?": nothing for the line to refer to
    ("Buenas Camille, Marta Ruiz me ha hablado muy bien de ti y me recomendó que te escribiera. Tengo una tienda online de "
     "cosmética natural y las ventas no despegan. Me encantaría que nos conociéramos.", "", "Ana Belén"),
    ("Buongiorno Camille, Francesca Greco mi ha parlato molto bene di te e mi ha consigliato di scriverti. Ho un e-commerce "
     "di prodotti biologici e le vendite sono ferme. Mi piacerebbe conoscerti.", "", "Chiara Bianchi"),
    # r116 es_pt_it note-11 / note-55: a fixed course's next edition: "would English work?" asks nothing
    ("Hola! vi tu post sobre el curso de marketing digital para emprendedores. Cuando es la proxima edicion y cuanto cuesta?? "
     "Tengo una pequeña panadería y necesito aprender a moverme en redes", "", "Rosa García"),
    ("ciao ho visto il tuo post sul corso di marketing digitale per imprenditori. quando inizia la prossima edizione e quanto "
     "costa? ho una piccola pasticceria e voglio imparare a usare instagram", "", "Anna Russo"),
])
def test_no_language_line_with_nothing_to_refer_to(note: str, headline: str, name: str) -> None:
    text = sample_draft(note, headline, name=name)
    for line in ("solo trabajo en", "lavoro solo in", "¿Sería posible en inglés?", "Sarebbe possibile in inglese?"):
        assert line not in text, text


def test_a_team_training_still_hears_the_limit_after_the_yes() -> None:
    text = sample_draft("Hola Camille, ¿impartes formación de SEO para nuestro equipo de marketing (8 personas) en Madrid?", "",
                        name="Lucía Pérez")
    assert "inglés" in text, text
