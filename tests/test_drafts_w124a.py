"""Wave 124, group A: ads questions answered. A poor ROAS gets the Meta ads advice, never how to measure it; conversion or
traffic campaign is answered (sales); from which daily budget several audiences pay off is said; a launch budget named
("200 euro") is told what to do with it; a Brazilian is quoted reais; the European Portuguese either/or reads cleanly."""

from __future__ import annotations

import pytest

from drafting import sample_draft

POOR_ROAS = [
    # 122 fr_en note-34: "my ROAS is terrible lol, any tips?" answered with UTM tags and Looker Studio reports
    ("hey camille, saw ur post on meta ads for ecommerce, super useful!! im running a small sneaker resale shop and my ROAS is "
     "terrible lol, any tips?", "Owner @ KickSwap", "Tyler Brooks", "a sales campaign, not traffic"),
    ("Bonjour Camille, j'ai lu votre post sur les pubs Meta pour l'e-commerce. Mon ROAS est catastrophique sur ma boutique de "
     "bougies, des conseils ?", "Fondatrice | Bougies Lumière", "Claire Martin", "une campagne de ventes, pas de trafic"),
    ("Hola Camille, vi tu post sobre Meta Ads. Mi ROAS es malísimo en mi tienda online de zapatillas, ¿algún consejo?",
     "Fundador | ZapaShop", "Diego Ruiz", "campaña de ventas, no de tráfico"),
    ("Ciao Camille, ho letto il tuo post sulle Meta Ads. Il mio ROAS è pessimo sul mio e-commerce di ceramiche, qualche consiglio?",
     "Titolare | Ceramiche Blu", "Marco Rossi", "campagna vendite, non traffico"),
    ("Hallo Camille, dein Beitrag zu Meta Ads war klasse. Mein ROAS ist mies in meinem Teeshop, hast du Tipps?",
     "Gründerin | Teeshop", "Lena Braun", "eine Kampagne auf Käufe statt Klicks"),
    ("Olá Camille, li o seu post sobre Meta Ads. O meu ROAS está péssimo na minha loja online de azulejos, tem algum conselho "
     "ou dica?", "Fundador | Azulejos Online", "Rui Santos", "campanha de vendas, não de tráfego"),
    ("Hoi Camille, leuk je post over Meta ads. Mijn ROAS is slecht in mijn webshop met kaarsen, heb je tips of advies?",
     "Eigenaar | Kaarsenwinkel", "Sanne de Vries", "een verkoopcampagne, geen traffic"),
]


@pytest.mark.parametrize(("note", "headline", "name", "phrase"), POOR_ROAS)
def test_a_poor_roas_gets_the_ads_advice_not_how_to_measure(note: str, headline: str, name: str, phrase: str) -> None:
    text = sample_draft(note, headline=headline, name=name)
    assert phrase in text, text
    assert "UTM" not in text and "Looker Studio" not in text, text


def test_how_to_measure_roas_still_gets_the_measuring_answer() -> None:
    text = sample_draft("Hi Camille, how do you measure ROAS for your clients' Meta ads? Which tool do you use?",
                        headline="Marketing Manager", name="Tom Hill")
    assert "UTM tags on every link" in text and "the media spend alone for the ROAS" in text, text


CONVERSION_OR_TRAFFIC = [
    # 123 es_pt_it note-34: "campanha de conversão ou de tráfego pra quem tem orçamento pequeno?" never answered, and euros
    # quoted to a Brazilian
    ("Oi Camille, vi seu post sobre Meta Ads e fiquei com uma dúvida: vale mais a pena campanha de conversão ou de tráfego pra "
     "quem tem orçamento pequeno?", "Empreendedora | Doceria Online", "Camila Ferreira", "campanha de vendas, não de tráfego"),
    ("Bonjour Camille, petite question : avec un petit budget, vaut-il mieux une campagne de conversion ou de trafic sur Meta ?",
     "Gérante | Épicerie fine en ligne", "Julie Bernard", "une campagne de ventes, pas de trafic"),
    ("Hola Camille, con poco presupuesto, ¿qué conviene más en Meta Ads, una campaña de conversión o de tráfico?",
     "Fundadora | Tienda de velas", "Lucía Gómez", "campaña de ventas, no de tráfico"),
    ("Ciao Camille, con un piccolo budget conviene una campagna Meta Ads di conversione o di traffico?",
     "Titolare | Negozio online", "Giulia Bianchi", "campagna vendite, non traffico"),
    ("Hallo Camille, lohnt sich bei kleinem Budget bei Meta-Ads eher eine Conversion- oder eine Traffic-Kampagne?",
     "Inhaber | Onlineshop", "Tobias Wolf", "eine Kampagne auf Käufe statt Klicks"),
    ("Hoi Camille, met een klein budget: is een conversiecampagne of een verkeerscampagne op Meta ads beter?",
     "Eigenaar | Webshop", "Daan Bakker", "een verkoopcampagne, geen traffic"),
    ("Olá Camille, com pouco orçamento compensa mais uma campanha de conversão ou de tráfego nos anúncios da Meta?",
     "Fundadora | Loja online", "Inês Costa", "campanha de vendas, não de tráfego"),
]


@pytest.mark.parametrize(("note", "headline", "name", "phrase"), CONVERSION_OR_TRAFFIC)
def test_conversion_or_traffic_gets_sales(note: str, headline: str, name: str, phrase: str) -> None:
    text = sample_draft(note, headline=headline, name=name)
    assert phrase in text, text


def test_a_brazilian_is_quoted_reais_and_a_manual_campaign() -> None:
    # 123 es_pt_it note-26: "10 a 20 € por dia" to a Brazilian shop, and a clumsy "começaria no manual"
    text = sample_draft("oi camille tenho uma loja virtual de roupa infantil e nao sei por onde comecar com anuncios no "
                        "instagram, vc tem alguma dica?? obg", headline="Dona da Bebê Chic", name="Fernanda Lima")
    assert "R$ 50 a R$ 100 por dia" in text and "€" not in text, text
    assert "Eu começaria com uma campanha manual" in text and "no manual" not in text, text


def test_a_brazilian_monthly_budget_in_reais_is_spread_over_the_month() -> None:
    text = sample_draft("Oi Camille, tenho R$ 1.000 por mês pra anúncios no Instagram da minha loja virtual, vale a pena? "
                        "Você tem alguma dica?", headline="Dona | Loja Bela", name="Bruna Alves")
    assert "cerca de R$ 33 por dia ao longo do mês" in text and "€" not in text, text


@pytest.mark.parametrize(("note", "name", "phrase"), [
    # 123 de_nl note-8: "ab welchem Tagesbudget lohnt sich das Testen von mehreren Zielgruppen?" not answered
    ("hi camille, hab deinen post zu meta ads budgets gesehen, super hilfreich!! kurze frage: ab welchem tagesbudget lohnt sich "
     "das testen von mehreren zielgruppen überhaupt? danke dir 🙏", "Florian Keller", "mehrere Zielgruppen erst, wenn jede so viel bekommt"),
    ("Hi Camille, from what daily budget does it make sense to test several audiences on Meta?", "Sam Green",
     "several audiences pay off once each can get that much"),
    ("Bonjour Camille, à partir de quel budget par jour ça vaut le coup de tester plusieurs audiences sur les pubs Meta ?",
     "Hugo Petit", "plusieurs audiences seulement si chacune peut avoir autant"),
    ("Hoi Camille, vanaf welk dagbudget loont het om meerdere doelgroepen te testen met Meta ads?", "Lars Jansen",
     "meer doelgroepen pas als elk zoveel krijgt"),
])
def test_several_audiences_get_when_they_pay_off(note: str, name: str, phrase: str) -> None:
    text = sample_draft(note, name=name)
    assert phrase in text, text
    assert "zwei Wochen Geduld" not in text and "two weeks before judging" not in text, text


def test_a_launch_budget_named_is_told_what_to_do_with_it() -> None:
    # 123 fr_en note-40: "whats the first thing you'd do with a 200 euro budget?" never said what to do with the 200 euros
    en = sample_draft("hi camille, im starting a small candle business online and honestly dont know where to start with "
                      "marketing. whats the first thing you'd do with a 200 euro budget?", headline="Founder - Lumen Candles",
                      name="Megan Hall")
    assert "Keep the €200 for after those two months: a first ad test" in en, en
    fr = sample_draft("Bonjour Camille, je lance ma marque de bougies en ligne et je ne sais pas par où commencer côté marketing. "
                      "Que feriez-vous en premier avec un budget de 200 € ?", headline="Fondatrice | Bougies Lumière", name="Anne Roux")
    assert "Gardez les 200 € pour après ces deux mois" in fr, fr
    br = sample_draft("Oi Camille, tô lançando minha marca de velas online e não sei por onde começar no marketing. O que você "
                      "faria primeiro com R$ 500?", headline="Fundadora | Velas da Lu", name="Luana Souza")
    assert "Guarda os R$ 500 pra depois desses dois meses" in br, br


def test_a_launch_without_a_sum_keeps_the_first_steps_alone() -> None:
    text = sample_draft("hi camille, im starting a small candle business online and honestly dont know where to start with "
                        "marketing. any advice?", headline="Founder - Wick Co", name="Amy Lee")
    assert "Post regularly there for two months before paying for any ads." in text and "Keep the" not in text, text


def test_the_european_portuguese_either_or_reads_cleanly() -> None:
    # 122 es_pt_it note-39: "escolher uma" with no noun, "depois decide o custo por venda", a small budget never told
    text = sample_draft("Olá Camille, tenho uma pequena marca de conservas artesanais e vendo online. Não percebo nada de anúncios "
                        "no Instagram. Acha que devo começar pelo Instagram ou pelo Google?", headline="Fundadora | Conservas da Avó",
                        name="Maria João Pereira")
    assert "No início, mais vale escolher um dos dois do que dividir o orçamento" in text, text
    assert "Daria dois meses a uma só campanha e depois decidiria pelo custo por venda." in text, text
    assert "pouco orçamento" not in text, text
