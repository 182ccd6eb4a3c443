"""Who the sender is (wave 56 C): a seller of goods gets a polite no, a peer proposing an exchange is no job seeker,
a career changer asking how to land a first role gets the way-in answer, never course picks."""

import pytest
from drafting import sample_draft


@pytest.mark.parametrize("note", [
    "Hello Camille, we sell premium office chairs at wholesale prices. Would your company be interested in upgrading your office furniture? Happy to send a catalogue.",
    "Bonjour Camille, nous vendons du mobilier de bureau ergonomique à prix grossiste. Je peux vous envoyer notre catalogue ?",
    "Hola Camille, vendemos sillas de oficina ergonómicas a precio de mayorista. ¿Te interesaría? Te mando nuestro catálogo.",
    "Hoi Camille, wij verkopen ergonomische bureaustoelen tegen groothandelsprijzen. Interesse? Ik stuur je graag onze catalogus.",
])
def test_goods_seller_gets_a_polite_no(note: str) -> None:
    text = sample_draft(note, name="Paul Davies")
    assert any(w in text for w in ("not a priority", "pas un besoin", "no lo necesito", "geen behoefte"))
    assert "advise" not in text and "adviser" not in text


def test_shop_owner_interested_in_help_stays_a_client() -> None:
    text = sample_draft("Hi Camille, we sell handmade jewellery on Shopify. Would you be interested in helping us with our SEO?")
    assert "not a priority" not in text and "SEO" in text


@pytest.mark.parametrize("note", [
    "Hoi Camille, ik ben ook alumna van EM Lyon en werk nu als growth marketeer in Amsterdam. Leuk om je te volgen, misschien kunnen we eens ervaringen uitwisselen over growth in FR vs NL? Groetjes, Iris van Leeuwen",
    "Hola Camille, también soy exalumna de EM Lyon y trabajo ahora como growth marketer en Madrid. ¿Te apetece intercambiar experiencias sobre growth en Francia y España? Un abrazo, Lucía",
    "Ciao Camille, anch'io sono alumna di EM Lyon e lavoro ora come growth marketer a Milano. Ti va di scambiare esperienze sul growth in Francia e in Italia? Giulia",
    "Hallo Camille, ich bin auch Alumna der EM Lyon und arbeite jetzt als Growth Managerin in Berlin. Hättest du Lust, dich mal über Growth in FR vs. DE auszutauschen? Liebe Grüße, Lena",
])
def test_peer_exchange_is_not_a_job_search(note: str) -> None:
    text = sample_draft(note, name="Iris van Leeuwen").lower()
    assert not any(w in text for w in ("cv", "curriculum", "lebenslauf", "succes met zoeken", "suerte con la búsqueda", "in bocca al lupo"))
    assert "20" in text
    assert "budget" not in text and "geschäft" not in text


@pytest.mark.parametrize("note", [
    "Hi Camille, I'm changing careers from teaching into digital marketing and just finished the Google Digital Garage course. Would you have any advice on how to land a first junior role? Thanks so much, Ben",
    "Hi Camille, I recently completed a social media marketing course online. Any tips for getting my first marketing job? Sarah",
    "Hola Camille, acabo de terminar un curso de marketing digital. ¿Algún consejo para conseguir mi primer trabajo junior en marketing? Gracias, Ana",
])
def test_first_role_asked_after_a_course_gets_the_way_in(note: str) -> None:
    text = sample_draft(note, name="Ben Harris")
    assert any(w in text for w in ("concrete proof", "lo concreto"))
    assert "Skillshop" not in text and "closest to the job" not in text
