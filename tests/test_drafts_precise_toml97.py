"""Wave 97 (P): precise ads questions answered from her FAQ: the agency fee in the ROAS, lookalike or broad, and
whether Meta ads pay off on a small monthly budget."""

import pytest
from drafting import sample_draft

AGENCY_PICK = ("Más que nombres", "Mais do que nomes", "Più che nomi", "Rather than names", "Statt Namen")


# "do you include the agency fee in the ad spend or only media?" (round 95 es/pt/it): the ROAS on media, the fee beside it
@pytest.mark.parametrize("note, said", [
    ("Camille, hola! Vi tu post sobre cómo calcular el ROAS y tengo una duda: ¿incluyes el coste de la agencia en el gasto "
     "publicitario o solo la inversión en medios?", "solo la inversión en medios para el ROAS"),
    ("Camille, tudo bem? Vi seu post sobre cálculo de ROAS e fiquei com uma dúvida: você inclui o fee da agência no investimento "
     "ou só a verba de mídia?", "só a verba de mídia para o ROAS"),
    ("Camille ciao! Ho visto il tuo post su come calcolare il ROAS e ho un dubbio: includi il fee dell'agenzia nella spesa "
     "pubblicitaria o solo il budget media?", "solo la spesa media per il ROAS"),
    ("Hi Camille, when you report ROAS to clients, do you count your agency fees as part of the spend or just media?",
     "media spend alone for the ROAS"),
    ("Hallo Camille, rechnest du beim ROAS die Agenturkosten mit ein oder nur die Mediaausgaben?", "nur die Mediaausgaben"),
    ("Bonjour Camille, pour le ROAS, vous intégrez les frais d'agence ou seulement le budget média ?", "dépense média seule pour le ROAS"),
])
def test_agency_fee_in_the_roas_gets_her_answer(note, said):
    text = sample_draft(note, headline="Freelance Paid Media", name="Cristina Molina")
    assert said in text, text
    assert not any(bad in text for bad in AGENCY_PICK), text
    assert "send you a proposal with my rates" not in text, text


def test_her_own_fees_asked_are_still_her_price():
    text = sample_draft("Hi Camille, what are your fees for an SEO audit?", name="Tom Hale")
    assert "€800" in text, text


# "is it still worth running lookalike audiences or should I go broad?" (round 95 en note-37): both weighed, never only
# the small-budget recipe
@pytest.mark.parametrize("note, said", [
    ("Hi Camille, I attended your webinar on Meta ads last month - super useful. Quick question: is it still worth running "
     "lookalike audiences in 2025 or should I go broad?", "lookalikes then rarely beat broad"),
    ("Bonjour Camille, petite question : les audiences similaires, ça marche encore sur Meta ou il vaut mieux passer en ciblage large ?",
     "les lookalikes font rarement mieux"),
    ("Hoi Camille, werken lookalike doelgroepen nog op Meta of kan ik beter breed gaan?", "lookalikes doen het dan zelden beter"),
    ("Hola Camille, ¿sigues usando públicos similares en Meta o ya vas directamente a segmentación amplia?", "los lookalikes rara vez"),
    ("Hallo Camille, lohnen sich Lookalike-Zielgruppen bei Meta noch, oder lieber breit targeten?", "Lookalikes sind dann selten besser"),
])
def test_lookalike_or_broad_gets_both_weighed(note, said):
    text = sample_draft(note, headline="Digital Marketing Coordinator", name="Chloe Bennett")
    assert said in text, text
    assert "one clear offer" not in text and "une offre claire" not in text, text


# "ob sich Meta Ads überhaupt lohnen bei einem Budget von 200€/Monat" (round 96 de note-15): yes, how, with her budget told
@pytest.mark.parametrize("note, said", [
    ("Hallo Camille, ich betreibe einen kleinen Etsy-Shop mit Keramik und überlege, ob sich Meta Ads überhaupt lohnen bei einem "
     "Budget von 200€/Monat. Was meinst du? Lg Hannah", "Meta-Anzeigen funktionieren auch mit 200 €"),
    ("Hoi Camille, ik heb een kleine webshop met sieraden en vraag me af of Meta ads lonen met een budget van 200 euro per maand. "
     "Wat vind jij?", "Meta-advertenties werken ook met € 200"),
    ("Ciao Camille, ho un piccolo negozio Etsy di ceramiche: le Meta ads sono redditizie con 200 € al mese? Che ne pensi?",
     "Gli annunci Meta funzionano anche con 200 €"),
    ("Oi Camille, tenho uma lojinha de velas e queria saber se anúncios da Meta são rentáveis com 200 € por mês. O que acha?",
     "Anúncios na Meta funcionam com 200 €"),
])
def test_meta_ads_worth_a_small_monthly_budget_gets_a_yes(note, said):
    text = sample_draft(note, headline="Shop-Inhaberin", name="Hannah Weber")
    assert said in text, text
    assert "was du schon ausprobiert hast" not in text, text
    assert text.count("Etsy-Shop mit Keramik") <= 1, text


# "hab deinen Tipp mit den Meta-Ads-Lookalikes direkt umgesetzt 😊 Würde mich gern vernetzen!" (round 41 de): thanks for
# the tip applied, never an answer on lookalikes nobody asked for
@pytest.mark.parametrize("note", [
    "Hi Camille, ich lese seit Monaten deinen Newsletter und hab deinen Tipp mit den Meta-Ads-Lookalikes direkt umgesetzt 😊 "
    "Würde mich gern vernetzen! LG Lena",
    "Hi Camille, I've already applied your tip on lookalike audiences, would love to connect!",
])
def test_a_lookalike_tip_applied_gets_no_answer(note):
    text = sample_draft(note, name="Lena Hoffmann")
    assert "Advantage+" not in text and "50" not in text, text
