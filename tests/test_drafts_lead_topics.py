"""Client leads name what they asked for (round 82, wave 84 group C): a rework of their SEO ("refondre notre stratégie
SEO", "revamp our SEO"), a "Social-Ads-Strategie", and an "external partner for our content strategy" sought by a client,
never a partnership proposal or a job offered to her."""
from __future__ import annotations

import pytest

from drafting import sample_draft


@pytest.mark.parametrize("note, wanted", [
    ("Bonjour Camille, je suis directrice marketing chez un groupe de distribution et nous réfléchissons à refondre notre "
     "stratégie SEO. Pourrions-nous en parler ?", "stratégie SEO"),
    ("Hello Camille, I head marketing at a regional bakery chain and we want to revamp our SEO strategy. Could we talk?",
     "SEO strategy"),
    ("Hola Camille, soy directora de marketing de una cadena de tiendas y queremos rehacer nuestra estrategia SEO. ¿Hablamos?",
     "estrategia SEO"),
    ("Guten Tag Frau Laurent, als Marketingleiter eines Möbelherstellers überlegen wir, unsere Social-Ads-Strategie extern "
     "begleiten zu lassen. Gern würde ich mich mit Ihnen austauschen.", "Social-Ads-Strategie"),
])
def test_the_reworked_field_is_named(note: str, wanted: str) -> None:
    text = sample_draft(note, headline="", name="Ana Ruiz")
    assert wanted in text
    assert "parlons de votre stratégie !" not in text and "Über einen Austausch freue ich mich sehr" not in text


@pytest.mark.parametrize("note, wanted, bad", [
    ("Goedendag mevrouw Laurent, als marketingdirecteur bij een Belgische retailketen zoeken wij een externe partner voor "
     "onze contentstrategie in Frankrijk. Graag maak ik kennis.", "contentstrategie", "voorstel om samen te werken"),
    ("Hello Camille, as marketing director of a UK retail chain we are looking for an external partner for our SEO in "
     "France. Happy to connect.", "help with your SEO", "role"),
    ("Bonjour Camille, directrice marketing d'une enseigne de 30 magasins, nous cherchons un partenaire externe pour notre "
     "stratégie de contenu. Au plaisir d'échanger.", "stratégie de contenu", "partenariat"),
    ("Guten Tag Frau Laurent, wir suchen einen externen Partner für unsere Social Ads in Frankreich. Ich freue mich auf den "
     "Austausch.", "Social Ads", "Zusammenarbeit"),
])
def test_an_external_partner_sought_is_a_client_lead(note: str, wanted: str, bad: str) -> None:
    text = sample_draft(note, headline="", name="Ana Ruiz")
    assert wanted in text
    assert bad not in text


@pytest.mark.parametrize("note", [
    "Buenos días Camille, soy directora de marketing en una cadena hotelera de Barcelona. Me gustaría intercambiar ideas "
    "sobre estrategia de contenidos. Un saludo, Núria Puig",
    "Buenos días, Camille. Soy responsable de marketing de una bodega en La Rioja y buscamos ayuda con anuncios en "
    "Instagram. Un saludo",
    "Buenas tardes Camille, dirijo una cadena de panaderías en Valencia y buscamos ayuda con el SEO. ¿Hablamos?",
])
def test_a_spanish_first_name_hello_without_usted_is_tu(note: str) -> None:
    text = sample_draft(note, headline="", name="Núria Puig")
    assert "¡Hola, Núria!" in text and ("tu " in text or "te " in text)
    assert " su " not in text and " le " not in text


def test_a_spanish_usted_note_stays_formal() -> None:
    text = sample_draft("Buenos días Camille, ¿le interesaría colaborar con nuestra revista? Quedo a su disposición. "
                        "Atentamente, Pablo Gómez", headline="", name="Pablo Gómez")
    assert " le " in text and "¡Hola, Pablo!" not in text


@pytest.mark.parametrize("note, market", [
    ("Hi Camille, I'm the Marketing Director at Northwind Retail and we're looking to review our paid social strategy for the "
     "French market. Would you be open to a conversation?", "France is exactly my market."),
    ("Buongiorno Camille, sono head of marketing di una catena di hotel sul Lago di Garda. Mi piacerebbe confrontarmi con te "
     "sulla strategia di contenuti per il mercato francese. Un caffè virtuale?", "La Francia è proprio il mio mercato."),
])
def test_a_marketing_director_gets_no_tip_before_the_call(note: str, market: str) -> None:
    text = sample_draft(note, headline="", name="Daniel Price")
    assert market in text
    assert "small budget" not in text and "partirei" not in text


def test_a_shop_owner_asking_where_to_start_still_gets_the_advice() -> None:
    text = sample_draft("Hi Camille, I run a small jewellery shop and want to expand to France with Instagram ads. Where would "
                        "you start?", headline="", name="Anna Berg")
    assert "I'd start" in text
