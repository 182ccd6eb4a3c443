"""Wave 27, group F: a shop owner's note gets a wish for THEIR shop; a coffee offered for her next visit is taken up;
one thanks, never "Thanks …! Thanks also to …"."""

from drafting import draft


def test_shop_named_back_en():
    text = draft("Hi Camille, I own a little vintage furniture store and your reels tips are gold. Thanks!", "en", "content")
    assert "your vintage furniture store" in text
    assert "little" not in text.split("\n", 3)[2]


def test_shop_named_back_de_dative():
    text = draft("Hallo Camille, ich bin Inhaberin eines kleinen Onlineshops für Naturkosmetik und suche Tipps für SEO.", "de", "ask_for_help")
    assert "deinem Onlineshop für Naturkosmetik" in text or "Ihrem Onlineshop für Naturkosmetik" in text


def test_shop_named_back_nl():
    text = draft("Hoi Camille, ik ben eigenaar van een kleine webshop met handgemaakte sieraden. Mag ik je iets vragen over SEO?", "nl", "ask_for_help")
    assert "webshop met handgemaakte sieraden" in text
    assert "kleine webshop" not in text


def test_shop_named_back_fr_es_it_pt():
    fr = draft("Bonjour Camille, je tiens une petite boutique en ligne de céramique et je galère avec Instagram.", "fr", "ask_for_help")
    assert "boutique en ligne de céramique" in fr and ("ta boutique" in fr or "votre boutique" in fr)
    es = draft("Hola Camille, tengo una tienda online de cosmética natural y me encantaría tu consejo sobre SEO.", "es", "ask_for_help")
    assert "tienda online de cosmética natural" in es
    it = draft("Ciao Camille, ho un piccolo negozio online di ceramiche e vorrei un consiglio sulla SEO.", "it", "ask_for_help")
    assert "negozio online di ceramiche" in it and "piccolo negozio" not in it
    pt = draft("Olá Camille, tenho uma loja online de roupa infantil e queria umas dicas de SEO.", "pt", "ask_for_help")
    assert "loja online de roupa infantil" in pt


def test_no_shop_wish_for_a_seller_or_plain_note():
    text = draft("Hi Camille, we build Shopify stores for agencies like yours. Open to a chat?", "en", "sales_pitch")
    assert "Good luck with your" not in text
    text = draft("Hi Camille, I'm a data analyst in Leeds. Happy to connect!", "en", "generic")
    assert "Good luck with your" not in text


def test_coffee_next_visit_taken_up():
    es = draft("Hola Camille, coincidimos en un congreso en Valencia. Si pasas por Sevilla te invito a un café.", "es", "met_before")
    assert "café" in es.split("\n", 3)[-1] and "próxima vez" in es
    en = draft("Hi Camille, we met at the SEO meetup in Leeds. If you're ever in Manchester, coffee is on me!", "en", "met_before")
    assert "coffee" in en.lower().split("\n", 2)[2]


def test_one_thanks_with_a_referrer():
    text = draft("Hi Camille! Tom Baker said I should contact you, he says you fixed his SEO. I'm starting an online business and could use advice.",
                 "en", "ask_for_help")
    assert "Thanks also to" not in text and "Thanks for" in text
    assert text.count("Thank") == 1
