"""Wave 152, group G: fit and offers — the next session's dates and price asked get an honest line (not set yet, sent
with the price once fixed), never a bare promise; a peer agency in her own city offering to swap clients over a coffee
gets the coffee, never a call, and no caveat on her working languages."""
from drafting import sample_draft


def test_next_edition_dates_and_price_get_an_honest_line() -> None:
    es = sample_draft("Hola Camille, Laura Pérez me habló muy bien de tu formación en SEO. ¿Cuándo es la próxima edición y cuánto cuesta?",
                      name="Natalia Ruiz")
    assert "Aún no he fijado las fechas de la próxima edición" in es and "con el precio" in es
    pt = sample_draft("Olá Camille, a Sofia Antunes falou-me muito bem da sua formação em SEO. Quando é a próxima turma e qual o preço?",
                      name="Helena Matos")
    assert "Ainda não fixei as datas da próxima edição" in pt and "com o preço" in pt
    it = sample_draft("Ciao Camille, mi hanno consigliato il tuo corso di Meta Ads. Quando parte la prossima edizione e quanto costa?",
                      name="Giulia Neri")
    assert "Non ho ancora fissato le date della prossima edizione" in it and "con il prezzo" in it
    en = sample_draft("Hi Camille, a friend recommended your LinkedIn Ads workshop. When is the next session and what is the price?",
                      name="Tom Baker")
    assert "haven't set the dates of the next session" in en and "with the price" in en


def test_dates_alone_name_no_price() -> None:
    fr = sample_draft("Bonjour Camille, quand démarre la prochaine session de votre formation Google Ads ?", name="Paul Girard")
    assert "dates de la prochaine session" in fr and "tarif" not in fr


def test_local_agency_coffee_is_a_coffee_without_language_caveat() -> None:
    es = sample_draft("Hola Camille! Tenemos una agencia de diseño web en Lyon también, creo que podríamos colaborar y derivarnos "
                      "clientes. ¿Tomamos un café?", headline="CEO en Pixel&Co", name="Tomás Aguilar")
    assert "café" in es and "llamada" not in es and "inglés" not in es
    pt = sample_draft("Oi Camille! Tenho uma agência de design em Lyon também, acho que a gente podia fazer parceria e indicar clientes "
                      "um pro outro. Bora tomar um café?", headline="CEO na Studio Ipê", name="Rafael Duarte")
    assert "café" in pt and "ligação" not in pt and "inglês" not in pt
    it = sample_draft("Ciao Camille! Ho uno studio di sviluppo web a Lyon anch'io, potremmo collaborare e passarci clienti a vicenda. "
                      "Prendiamo un caffè?", headline="Founder di Studio Vela", name="Marco Galli")
    assert "caffè" in it and "call" not in it and "inglese" not in it


def test_peer_abroad_keeps_languages_and_call() -> None:
    es = sample_draft("Hola Camille! Tenemos una agencia de diseño web en Madrid, creo que podríamos colaborar y derivarnos clientes. "
                      "¿Lo hablamos?", headline="CEO en Pixel&Co", name="Tomás Aguilar")
    assert "llamada" in es
