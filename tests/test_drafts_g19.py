"""Details the draft keeps (review round 18): the piece a reader praises named whole, with what it did for them; the
event where the owner spoke named; a lowercase note's topic kept whole; no "for a while" when the note says "every week"."""
from __future__ import annotations

import pytest

from tests.drafting import draft


# -- the praised piece inside a newsletter followed: named --------------------------------------------------------

@pytest.mark.parametrize("note, lang, piece", [
    ("hi camille, been reading your newsletter for ages - the piece on TikTok hooks was gold for my bakery account", "en", "TikTok hooks"),
    ("Hi Camille, I read your newsletter every week. The post about email flows saved our Black Friday!", "en", "email flows"),
    ("hola camille! leo tu newsletter cada semana, el post sobre Google Ads me salvó el lanzamiento jaja", "es", "Google Ads"),
    ("Hola Camille, sigo tu newsletter desde hace meses, el artículo sobre SEO local fue oro para mi tienda", "es", "SEO local"),
    ("ciao camille! seguo la tua newsletter da mesi, l'ultima sul remarketing per ecommerce era oro", "it", "remarketing per ecommerce"),
    ("Ciao Camille, leggo la tua newsletter ogni settimana: il post sulle email di benvenuto mi ha salvato la campagna!", "it", "email di benvenuto"),
    ("oi camille, leio sua newsletter toda semana!! aquele post sobre reels para lojas mudou minha forma de trabalhar", "pt", "reels para lojas"),
    ("Olá Camille, acompanho a sua newsletter há meses, o artigo sobre SEO local foi ouro para a minha loja!", "pt", "SEO local"),
])
def test_the_piece_a_newsletter_reader_praises_is_named(note, lang, piece):
    text = draft(note, lang, "content")
    assert piece in text, text


@pytest.mark.parametrize("note, lang", [
    ("oi camille, leio sua newsletter toda semana, aquele post sobre anúncios no Instagram me salvou!", "pt"),
    ("Oi Camille! Leio sua newsletter toda semana e adoro, valeu demais", "pt"),
])
def test_every_week_is_not_for_a_while(note, lang):
    text = draft(note, lang, "content")
    assert "há um tempo" not in text and "há algum tempo" not in text, text


# -- a lowercase German note: the topic is kept whole -------------------------------------------------------------

@pytest.mark.parametrize("note, whole", [
    ("hey camille, dein post zu google core updates war mega hilfreich, danke! gruß tim", "Google Core Updates"),
    ("hallo camille, dein artikel über lokales seo für kleine läden war echt gut", "lokales SEO für kleine Läden"),  # 145 S: the echo capitalises the noun
    ("moin camille, dein beitrag zu google helpful content updates hat mir sehr geholfen", "Google Helpful Content Updates"),
])
def test_a_lowercase_german_topic_is_not_cut(note, whole):
    text = draft(note, "de", "content")
    assert whole in text, text


def test_a_capitalised_german_topic_still_ends_on_its_noun():
    text = draft("Hallo Camille, dein Artikel über lokales SEO für kleine Läden gelesen und umgesetzt, danke!", "de", "content")
    assert "umgesetzt" not in text.split("\n")[2].split("–")[0], text


# -- the event where she spoke is named ---------------------------------------------------------------------------

@pytest.mark.parametrize("note, lang, event", [
    ("Hi Camille, loved your talk at BrightonSEO last week!", "en", "BrightonSEO"),
    ("Hi Camille, great workshop at the Shopify Meetup in Leeds, thanks!", "en", "Shopify Meetup"),
    ("Salut Camille, super ta conférence au salon E-Marketing Paris !", "fr", "E-Marketing Paris"),
    ("Hola Camille, me encantó tu charla en el eCommerce Day de Madrid!", "es", "eCommerce Day"),
    ("Ciao Camille, bellissimo il tuo intervento al Web Marketing Festival!", "it", "Web Marketing Festival"),
    ("Oi Camille, adorei sua palestra no RD Summit!", "pt", "RD Summit"),
    ("Hoi Camille, ik zag je talk op Dept Festival. Sterk verhaal!", "nl", "Dept Festival"),
])
def test_the_event_of_her_talk_is_named(note, lang, event):
    text = draft(note, lang, "content")
    assert event in text, text
    assert "gesprek" not in text and "conversation" not in text and "chiacchierata" not in text, text
