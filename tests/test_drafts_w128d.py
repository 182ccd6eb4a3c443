"""Wave 128, group D: small-business questions get the answer asked: a Meta ads budget with the sender's own monthly
spend, the planning tool she uses (also for "Notion or Trello?"), Pinterest for a shop ("does that also apply to…?"),
and Meta said plainly for a visual product such as swimwear."""

from __future__ import annotations

from drafting import sample_draft


def test_meta_ads_budget_with_the_monthly_spend_told_uses_it_in_dutch_english_and_german() -> None:
    # 131 de_nl note-28: "realistisch budget … Facebook- en Instagram-advertenties … €300/maand" got "Advertenties komen later"
    nl = sample_draft("Hoi Camille, korte vraag: wat is volgens jou een realistisch budget om te starten met Facebook- en "
                      "Instagram-advertenties voor een kleine webshop? Ik zit nu op €300/maand en zie weinig resultaat. "
                      "Alvast bedankt!\nThijs", headline="Oprichter | Fietsonderdelen Direct", name="Thijs de Vries")
    assert "Advertenties komen later" not in nl
    assert "Meta-advertenties werken ook met € 300 per maand" in nl and "€ 10 per dag" in nl
    en = sample_draft("Hi Camille, quick question: what's a realistic budget to start Facebook and Instagram ads for a small "
                      "webshop? I'm at €300/month and seeing little result. Thanks!", name="Tom Baker")
    assert "Paid ads come later" not in en and "Meta ads can work on €300 a month" in en
    de = sample_draft("Hallo Camille, kurze Frage: Was ist ein realistisches Budget, um mit Facebook- und Instagram-Werbung "
                      "für einen kleinen Onlineshop zu starten? Ich bin gerade bei 300 €/Monat und sehe wenig Ergebnis. Danke!",
                      name="Jonas Weber")
    assert "Werbung kommt später" not in de and "Meta-Anzeigen funktionieren auch mit 300 € im Monat" in de


def test_meta_ads_budget_with_the_monthly_spend_told_in_italian_portuguese_and_french_tu() -> None:
    # 131 de_nl note-28 (the same situation in it, pt, fr-tu): answered with Instagram reels, never the budget asked
    it = sample_draft("Ciao Camille, qual è un budget realistico per iniziare con le inserzioni Facebook e Instagram per un "
                      "piccolo e-commerce? Ora sono a 300 €/mese e vedo pochi risultati. Grazie!", name="Marco Rossi")
    assert "reel" not in it and "Gli annunci Meta funzionano anche con 300 € al mese" in it
    pt = sample_draft("Olá Camille, qual é um orçamento realista para começar com anúncios no Facebook e Instagram para uma "
                      "pequena loja online? Estou com 300 €/mês e vejo poucos resultados. Obrigado!", name="João Silva")
    assert "reels" not in pt and "Os anúncios da Meta funcionam com 300 € por mês" in pt
    fr = sample_draft("Salut Camille, c'est quoi un budget réaliste pour commencer les pubs Facebook et Instagram pour une "
                      "petite boutique en ligne ? Je suis à 300 €/mois et ça donne pas grand-chose. Merci !", name="Hugo Bernard")
    assert "reels" not in fr and "Les pubs Meta marchent avec 300 € par mois" in fr and "Si tu veux creuser" in fr


def test_meta_ads_budget_in_french_vous_stays_as_it_was() -> None:
    # must-not-change neighbour of 131 de_nl note-28: the French vous note already got the budget answer with its figure
    fr = sample_draft("Bonjour Camille, quel budget réaliste pour démarrer les publicités Facebook et Instagram pour une "
                      "petite boutique en ligne ? Je suis à 300 €/mois et je vois peu de résultats. Merci !", name="Julien Martin")
    assert "Les pubs Meta marchent avec 300 € par mois" in fr and "environ 10 € par jour sur le mois" in fr


def test_planning_tool_asked_gets_the_notion_board_in_dutch() -> None:
    # 131 de_nl note-41: "Welke tool gebruik je zelf voor planning? … Notion en Trello" got "hangt af van het platform van je site"
    nl = sample_draft("Hi Camille 👋 Ik ben content marketeer bij een SaaS-bedrijf in Utrecht en las je artikel over "
                      "contentkalenders. Welke tool gebruik je zelf voor planning? Wij twijfelen tussen Notion en Trello.",
                      headline="Content Marketeer | Mailchimp-alternatief Laposta", name="Iris Bakker")
    assert "platform van je site" not in nl and "Om te plannen gebruik ik een gedeeld Notion-bord" in nl
    formal = sample_draft("Goedendag mevrouw Laurent, ik las uw artikel over contentkalenders. Welke tool gebruikt u voor "
                          "planning? Wij twijfelen tussen Notion en Trello.", name="Pieter de Boer")
    assert "gedeeld Notion-bord" in formal and "laat u mij" in formal


def test_notion_or_trello_asked_gets_the_notion_board_in_every_language() -> None:
    # 131 de_nl note-41 (the choice asked outright): "outside my field" (en, es, de) or "I'll come back to you" (fr, nl)
    en = sample_draft("Hi Camille, which tool do you use for planning? Notion or Trello?", name="Sarah Jones")
    assert "outside my field" not in en and "To plan, I use a shared Notion board" in en
    es = sample_draft("Hola Camille, ¿qué herramienta usas para planificar? ¿Notion o Trello?", name="Laura Gómez")
    assert "fuera de mi ámbito" not in es and "Para planificar uso un tablero compartido en Notion" in es
    de = sample_draft("Hallo Camille, welches Tool nutzt du für die Planung? Notion oder Trello?", name="Lena Schmidt")
    assert "außerhalb meines Fachgebiets" not in de and "Zum Planen nutze ich ein geteiltes Notion-Board" in de
    fr = sample_draft("Salut Camille, tu utilises quoi pour la planification de tes posts : Notion ou Trello ?", name="Emma Roux")
    assert "Je reviens vers toi" not in fr and "Pour planifier, j'utilise un tableau Notion partagé" in fr
    nl = sample_draft("Hoi Camille, welke tool raad je aan voor onze planning van posts? Notion of Trello?", name="Bram Smit")
    assert "Ik kom hier de komende dagen" not in nl and "gedeeld Notion-bord" in nl


def test_heatmap_tool_still_asks_what_the_site_runs_on() -> None:
    # must-not-change neighbour of 131 de_nl note-41: a tool for heatmaps depends on the site's platform
    nl = sample_draft("Hoi Camille, welke tool gebruik je voor heatmaps op je site?", name="Bram Smit")
    assert "Voor heatmaps op je site hangt de juiste tool vooral af van het platform van je site" in nl


def test_pinterest_first_also_for_a_shop_gets_the_pinterest_answer() -> None:
    # 130 de_nl note-30: "Geldt dat ook voor een webshop in fietsonderdelen?" got only a 15-minute call
    nl = sample_draft("Hoi Camille, korte vraag over je post van gisteren: jij zegt dat je voor kleine webshops beter eerst op "
                      "Pinterest kunt inzetten dan op Instagram. Geldt dat ook voor een webshop in fietsonderdelen? Thanks! Joost",
                      headline="Eigenaar Fietsparts.nl", name="Joost Jansen")
    assert "15 minuten bellen" not in nl and "Pinterest past bij visuele producten" in nl
    en = sample_draft("Hi Camille, quick question about your post yesterday: you say small webshops should bet on Pinterest "
                      "before Instagram. Does that also apply to a bike parts shop?", name="Jack Miller")
    assert "Tell me a little about your business" not in en and "Pinterest suits visual products people plan ahead for" in en
    fr = sample_draft("Bonjour Camille, question rapide sur votre post d'hier : vous dites que pour les petites boutiques en "
                      "ligne il vaut mieux miser d'abord sur Pinterest plutôt qu'Instagram. Est-ce valable aussi pour une "
                      "boutique de pièces de vélo ?", name="Marc Girard")
    assert "Pinterest convient aux produits visuels" in fr
    es = sample_draft("Hola Camille, una pregunta sobre tu post de ayer: dices que para tiendas online pequeñas es mejor apostar "
                      "primero por Pinterest que por Instagram. ¿Vale también para una tienda de piezas de bicicleta?",
                      name="Pablo Torres")
    assert "Pinterest va bien con productos visuales" in es


def test_google_or_meta_for_swimwear_says_meta_plainly() -> None:
    # 131 es_pt_it note-33: a bikini shop with R$ 2 mil got only the conditional rule (Google if searched, Meta if visual)
    br = sample_draft("Oi Camille, tenho uma loja de biquínis no Shopify e não sei se invisto em Google Ads ou Meta Ads com "
                      "R$ 2 mil por mês. O que vc acha?", name="Camila Alves")
    assert "Para um produto tão visual eu começaria pela Meta" in br and "Dois meses numa campanha só" not in br
    en = sample_draft("Hi Camille, I run a swimwear shop on Shopify and can't decide between Google Ads or Meta Ads with $500 "
                      "a month. What do you think?", name="Kate Lee")
    assert "For a visual product like that I'd start with Meta" in en
    es = sample_draft("Hola Camille, tengo una tienda de bikinis en Shopify y no sé si invertir en Google Ads o Meta Ads con "
                      "500 € al mes. ¿Qué opinas?", name="Marta Díaz")
    assert "Para un producto tan visual empezaría con Meta" in es
    it = sample_draft("Ciao Camille, ho un negozio di costumi da bagno su Shopify e non so se investire in Google Ads o Meta Ads "
                      "con 500 € al mese. Che ne pensi?", name="Chiara Conti")
    assert "Per un prodotto così visivo partirei da Meta" in it


def test_google_or_meta_for_a_non_visual_product_keeps_the_conditional_rule() -> None:
    # must-not-change neighbour of 131 es_pt_it note-33: bike parts are not a visual product, both sides are weighed
    en = sample_draft("Hi Camille, I sell bike parts online and can't decide between Google Ads or Meta Ads with $500 a month. "
                      "What do you think?", name="Kate Lee")
    assert "For a visual product" not in en and "Google Ads if people already search for the product" in en
