"""Wave 33 (a33): her price range for SEO work asked about without an audit named, the Meta small-budget answer with no
local-shop radius and no register slip, a cheaper SEO tool asked for a webshop."""
from drafting import sample_draft

# roughly what SEO work costs, the audit not named (or asked with a texting abbreviation): her first step and its range, never "your budget?"
PRICE = [
    ("Hello Camille, I saw you do SEO. My small garage is invisible on Google. Roughly what would that cost?", "€800"),
    ("Bonjour, je vois que vous faites du référencement. Mon cabinet n'apparaît pas sur Google, ça coûterait combien environ ?", "800"),
    ("Hallo, Sie machen doch SEO, oder? Meine Praxis wird online kaum gefunden. Was kostet das ungefähr?", "800"),
    ("Hola Camille, haces SEO, ¿verdad? Mi clínica dental no sale en Google. ¿Cuánto costaría más o menos?", "800"),
    ("oi camille, quanto vc cobra mais ou menos pra fazer o SEO de um site pequeno? tenho uma lojinha", "800"),
    ("Hoi Camille, jij doet SEO toch? Mijn praktijk is onvindbaar in Google. Wat kost zoiets ongeveer?", "800"),
]
BUDGET_ASKED = ("your budget", "votre budget", "Ihr Budget", "tu presupuesto", "seu orçamento", "je budget", "uw budget")


def test_seo_price_gets_her_range():
    for note, want in PRICE:
        text = sample_draft(note)
        assert want in text, (note, text)
        assert not any(b in text for b in BUDGET_ASKED), (note, text)


# Meta ads on a small budget for an online shop: no "radius around the shop", no "si vende" to a tú sender
META = [
    "Hi Camille, I sell candles online. Are Instagram ads worth it with about 200€ a month?",
    "Hola Camille, tengo una tienda online de bolsos. ¿Merecen la pena los anuncios de Instagram con poco presupuesto?",
    "Olá Camille, tenho uma loja online de cerâmica. Vale a pena investir em anúncios no Instagram com um orçamento pequeno?",
    "Ciao Camille, ho un negozio online di tè. Con un piccolo budget vale la pena fare annunci su Instagram?",
    "Hallo Camille, ich habe einen kleinen Onlineshop für Seifen. Lohnen sich Instagram-Ads mit kleinem Budget?",
]
LOCAL = ("radius", "rayon", "radio alrededor", "raio", "raggio", "Umkreis", "straal", "si vende", "se vender")


def test_meta_small_budget_fits_an_online_shop():
    for note in META:
        text = sample_draft(note)
        assert "Advantage+" in text or "Google Ads" in text, (note, text)
        assert not any(w in text for w in LOCAL), (note, text)


# a cheaper SEO tool asked for by a webshop owner: the tool answer (free ones first), never the shop's SEO basics
TOOLS = [
    ("hi camille, any cheap SEO tool you'd suggest for my little webshop? ahrefs costs way too much for me", "Search Console"),
    ("Salut Camille, un outil SEO pas cher pour ma boutique en ligne ? Semrush c'est trop cher pour moi", "Search Console"),
    ("Hallo Camille, kennst du ein günstiges SEO-Tool für meinen Onlineshop? Sistrix ist mir zu teuer.", "Search Console"),
    ("Hoi Camille, welke SEO-tool raad je aan voor mijn webwinkel? Ahrefs is te duur.", "Search Console"),
]


def test_cheap_seo_tool_for_a_shop():
    for note, want in TOOLS:
        text = sample_draft(note)
        assert want in text and "Screaming Frog" in text, (note, text)
