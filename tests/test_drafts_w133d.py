"""Wave 133, group D: the minimum (or starting) budget of the sender's own ads, asked beside a training question or in a
"no sé qué presupuesto mínimo tiene sentido", is her first-test ad spend in every language, never her training quote."""

from __future__ import annotations

from drafting import sample_draft


def test_minimum_ad_budget_in_portuguese_gets_the_ad_spend_not_a_training_quote() -> None:
    # 141 es_pt_it note-35: "Qual seria o orçamento mínimo razoável?" read as her training quote ("envio-lhe um orçamento")
    pt = sample_draft("Olá Camille, tenho uma marca de cosmética natural em Braga e queria começar com anúncios no Instagram. "
                      "Faz formações para fundadores? Qual seria o orçamento mínimo razoável?", name="Sofia Mendes")
    assert "envio-lhe um orçamento" not in pt and "O preço depende do formato" not in pt
    assert "10 a 20 € por dia para uma única campanha" in pt and "Diga-me o que gostaria de aprender" in pt
    br = sample_draft("Oi Camille, tenho uma marca de cosméticos naturais em BH e quero começar com anúncios no Instagram. "
                      "Você dá formações para fundadores? Qual seria o orçamento mínimo razoável?", name="Juliana Costa")
    assert "te mando um orçamento" not in br and "R$ 50 a R$ 100 por dia" in br


def test_minimum_instagram_budget_in_spanish_is_answered_beside_the_training() -> None:
    # 141 es_pt_it note-13: "no sé qué presupuesto mínimo tiene sentido" left unanswered, only the training answered
    es = sample_draft("Hola, tengo una pequeña marca de cosmética natural y quiero empezar con anuncios en Instagram pero no sé "
                      "qué presupuesto mínimo tiene sentido. ¿Haces formaciones para fundadores?", name="Laura Gómez")
    assert "calculo unos 10 a 20 € al día en una sola campaña" in es
    assert "llamada de 20 minutos" not in es and "Cuéntame qué te gustaría aprender" in es


def test_minimum_ad_budget_in_english_german_and_dutch_gets_the_ad_spend() -> None:
    # 141 es_pt_it note-35, the same situation in en, de, nl (the training's call or catalogue instead of the budget)
    en = sample_draft("Hi Camille, I have a small natural cosmetics brand and want to start Instagram ads. What minimum budget "
                      "makes sense? Do you run trainings for founders?", name="Emma Stone")
    assert "I'd budget about €10 to €20 a day on a single campaign" in en and "20-minute call" not in en
    de = sample_draft("Hallo Camille, ich habe eine kleine Naturkosmetikmarke und möchte mit Instagram-Werbung starten. Welches "
                      "Mindestbudget ist sinnvoll? Gibst du Schulungen für Gründer?", name="Lena Braun")
    assert "etwa 10 bis 20 € pro Tag für eine einzige Kampagne" in de
    nl = sample_draft("Hoi Camille, ik heb een klein merk natuurlijke cosmetica en wil beginnen met advertenties op Instagram. "
                      "Wat is een redelijk minimumbudget? Geef je trainingen voor oprichters?", name="Lotte Visser")
    assert "zo'n 10 tot 20 euro per dag voor één campagne" in nl and "Laat me weten wat je wilt leren" in nl


def test_her_own_minimum_budget_and_a_training_price_stay_her_price() -> None:
    # 141 es_pt_it note-35 neighbours that must not change: her training priced, or her own engagement, is no ad spend
    pt = sample_draft("Olá Camille, faz formações em anúncios no Instagram para fundadores? Quanto custa?", name="Rita Sousa")
    assert "envio-lhe um orçamento" in pt and "10 a 20 € por dia" not in pt
    en = sample_draft("Hi Camille, we run Meta ads for our shop. What's the minimum budget to work with you?", name="Rita Sousa")
    assert "€10 to €20 a day" not in en and "send me those two things" in en
