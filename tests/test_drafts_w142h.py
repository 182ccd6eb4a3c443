"""Wave 142, group H: a shop people walk into (bakery, café, florist, hairdresser…) asking whether ads are worth it on a
small budget, or where to start, gets a plain local answer (a few km around the shop, one offer photo, about €10 a day,
visits or calls counted), never the online shop's jargon; Portuguese "Performance Max ou pesquisa (Search)?" reads
"pesquisa" as the search campaign, never as a survey to fill in."""

from __future__ import annotations

import pytest

from drafting import sample_draft

_JARGON = ("Advantage+", "sales campaign", "campagne de ventes", "campaña de ventas", "campagna vendite", "Käufe statt Klicks",
           "verkoopcampagne", "campanha de vendas", "precise interests", "intérêts précis")


def test_bakery_worth_ads_in_english_gets_the_local_answer() -> None:
    # 142 fr_en note-37 (draft_review158): "is it worth running ads with 300€/month for a small bakery?"
    text = sample_draft("Hi Camille, I attended your Facebook Ads workshop in October - thanks again! Quick question: is it "
                        "worth running ads with a budget of just 300€/month for a small bakery?",
                        "Owner, The Little Bakery Lyon", name="Sophie Martin")
    assert "within a few km of the shop" in text and "about €10 a day" in text and "calls" in text, text
    assert not any(j in text for j in _JARGON) and "where you're at" not in text, text


@pytest.mark.parametrize(("note", "said"), [
    ("Bonjour Camille, j'ai assisté à votre atelier Facebook Ads en octobre, merci encore ! Petite question : est-ce que ça "
     "vaut le coup de faire de la pub avec seulement 300€/mois pour une petite boulangerie ?", "à quelques kilomètres de la boutique"),
    ("Hola Camille, asistí a tu taller de Facebook Ads en octubre, ¡gracias! Pregunta rápida: ¿vale la pena hacer anuncios "
     "con solo 300€/mes para una pequeña panadería?", "a pocos kilómetros de la tienda"),
    ("Ciao Camille, ho partecipato al tuo workshop su Facebook Ads a ottobre, grazie ancora! Domanda veloce: vale la pena "
     "fare pubblicità con solo 300€/mese per una piccola panetteria?", "a pochi chilometri dal negozio"),
    ("Hallo Camille, ich war im Oktober in deinem Facebook-Ads-Workshop, danke nochmal! Kurze Frage: lohnt es sich, mit nur "
     "300€/Monat Werbung für eine kleine Bäckerei zu schalten?", "im Umkreis von ein paar Kilometern um den Laden"),
    ("Hoi Camille, ik was in oktober bij je Facebook Ads-workshop, nogmaals bedankt! Korte vraag: is het de moeite waard om "
     "te adverteren met maar 300€/maand voor een kleine bakkerij?", "binnen een paar kilometer van de winkel"),
    ("Olá Camille, tenho uma pastelaria em Braga. Vale a pena fazer anúncios no Facebook com 300€ por mês?",
     "a poucos quilómetros da loja"),
    ("Coucou Camille, merci pour ton atelier ! Pour mon salon de coiffure, ça vaut le coup de faire de la pub Facebook avec "
     "un petit budget ?", "à quelques kilomètres de la boutique"),
])
def test_local_shop_worth_ads_gets_the_local_answer_in_every_language(note: str, said: str) -> None:
    # 142 fr_en note-37: the same bakery question in fr/es/it/de/nl/pt and a tutoiement hairdresser
    text = sample_draft(note, name="Anna Weber")
    assert said in text and not any(j in text for j in _JARGON), text


def test_confeitaria_starting_ads_gets_one_concrete_local_first_step() -> None:
    # 142 es_pt_it note-28 (draft_review159): "Tenho uma confeitaria e quero começar a anunciar. Por onde começo??"
    text = sample_draft("Olá! Vi seu post sobre anúncios no Instagram pra pequenos negócios e achei muito bom. Tenho uma "
                        "confeitaria e quero começar a anunciar. Por onde começo??", "Dona da Doce Sabor Confeitaria",
                        name="Patrícia Lima")
    assert "a poucos quilômetros da loja" in text and "R$ 50 por dia" in text, text
    assert "Quanto aos primeiros passos" not in text and "em que ponto você está" not in text, text


def test_online_shop_meta_budget_keeps_its_answer() -> None:
    # 142 fr_en note-37, neighbour that must not change: an online shop keeps the sales-campaign answer
    text = sample_draft("Hi Camille, I run a small online shop for candles. Is it worth running Meta ads with €300 a month?",
                        "Founder | Candle Shop", name="Claire Martin")
    assert "a sales campaign, not traffic" in text and "few km" not in text, text


def test_pmax_or_pesquisa_in_portuguese_gets_the_search_answer_not_a_survey() -> None:
    # 142 fr_en note-15 (draft_review158): "Performance Max ou pesquisa (Search)?" read as a survey request in pt
    text = sample_draft("Olá Camille, fiz sua formação de Google Ads em outubro, obrigada! Pergunta: você recomenda campanhas "
                        "Performance Max ou pesquisa (Search) para um orçamento pequeno (500€/mês)?",
                        "Gerente - Flores & Cia", name="Joana Costa")
    assert "Performance Max precisa de dados" in text and "o que você quer que eu veja" not in text, text


def test_a_real_survey_in_portuguese_is_still_a_survey() -> None:
    # 142 fr_en note-15, neighbour: "responder a uma pesquisa" still asks her to fill in a survey
    text = sample_draft("Olá Camille, estou a fazer a minha tese sobre marketing digital. Podia responder a uma pesquisa "
                        "curta de 5 minutos?", name="Rui Santos")
    assert "envie-me por aqui o que pretende que eu veja" in text and "Performance Max" not in text, text


@pytest.mark.parametrize(("note", "said"), [
    # 142 de_nl note-12 (draft_review159): the soap shop's "hast du nen Tipp wo ich anfangen soll?" with Instagram ads
    ("hallo camille, hab grad meinen kleinen onlineshop für handgemachte seife gestartet und komm mit instagram ads null klar 😅 "
     "hast du nen tipp wo ich anfangen soll? lg anna", "eine einfache Kampagne (oder ein beworbener Beitrag) für den Bestseller"),
    ("Hola Camille, acabo de lanzar mi tienda online de velas y con los anuncios en Instagram no tengo ni idea. ¿Me das un "
     "consejo de por dónde tengo que empezar?", "una campaña sencilla (o una publicación promocionada)"),
    ("Bonjour Camille, je viens de lancer ma boutique en ligne de bijoux et les pubs Instagram, aucune idée. Un conseil sur par "
     "où je dois commencer ?", "une campagne simple (ou une publication boostée)"),
    ("Ciao Camille, ho appena aperto il mio e-shop di ceramiche e con le inserzioni su Instagram non ci capisco niente, nessuna "
     "idea. Da dove devo partire?", "una campagna semplice (o un post sponsorizzato)"),
    ("Hoi Camille, net gestart met mijn webshop en Instagram ads, geen idee. Tips waar ik moet beginnen?",
     "één eenvoudige campagne (of een gepromoot bericht)"),
    ("Hi Camille, just launched my candle shop online and Instagram ads are a mystery, no idea. Any tip on where I should start?",
     "one simple campaign (or a boosted post) on the bestseller"),
])
def test_starting_instagram_ads_from_zero_gets_one_concrete_first_step(note: str, said: str) -> None:
    # 142 de_nl note-12: never the Google-or-Meta platform choice when Instagram ads are named
    text = sample_draft(note, name="Anna Schmidt")
    assert said in text and "Google Ads" not in text, text


def test_local_shop_struggling_or_asking_for_an_agency_keeps_its_answer() -> None:
    # 142 fr_en note-37, neighbours that must not change: a bakery already spending, or asking for an agency
    spent = sample_draft("Hi Camille, my Facebook ads for my bakery spend a lot and sell little. Any tips?", name="Mark Hill")
    assert "Meta ads can work on a small budget if kept simple" in spent and "few km" not in spent, spent
    agency = sample_draft("Hi Camille, we own two bakeries in Grenoble. Do you know a reliable agency for our Facebook ads?",
                          name="Paul Roux")
    assert "few km" not in agency, agency
