"""Wave 85 (group F), direct questions of round 82: the planning tool's card is "per post", never "per content";
Instagram or Facebook ads asked by an Etsy seller get the ads answer, Etsy only their setting; "besides X" asks for
something other than X; a lead-gen-form-or-landing-page choice is answered, never "Yes, small budgets too"."""

import pytest

from drafting import sample_draft

NOTION = {
    "Beste Camille, dank voor je nieuwsbrief over contentkalenders. Gebruik jij zelf Notion of een andere tool daarvoor?": "één kaart per post",
    "Bonjour Camille, merci pour votre newsletter sur les calendriers éditoriaux. Vous utilisez Notion ou un autre outil pour ça ?": "une fiche par post",
    "Hola Camille, gracias por tu newsletter sobre calendarios editoriales. ¿Usas Notion u otra herramienta para eso?": "una ficha por publicación",
    "Hallo Camille, danke für deinen Newsletter über Redaktionspläne. Nutzt du selbst Notion oder ein anderes Tool dafür?": "eine Karte pro Post",
}


@pytest.mark.parametrize("note", NOTION)
def test_planning_card_is_per_post(note: str) -> None:
    text = sample_draft(note)
    assert NOTION[note] in text, text
    assert "per content" not in text and "par contenu" not in text and "por contenido" not in text and "pro Inhalt" not in text, text


ETSY_ADS = [
    "hey camille, i run a small candle business on etsy and im struggling with instagram ads, spending money but no sales 😩 any tip?",
    "Salut Camille, je vends mes bijoux sur Etsy et mes pubs Instagram ne donnent rien : je dépense mais zéro vente. Un conseil ?",
    "Hola Camille, tengo una tienda de velas en Etsy y los anuncios de Instagram no me funcionan, gasto pero no vendo. ¿Algún consejo?",
    "Hallo Camille, ich verkaufe Kerzen auf Etsy, aber meine Instagram-Anzeigen bringen keine Verkäufe. Hast du einen Tipp?",
    "Hoi Camille, ik heb een Etsy-winkel met kaarsen en mijn advertenties op Instagram leveren niets op. Een tip?",
    "Olá Camille, vendo velas no Etsy e os anúncios no Instagram não trazem vendas, só gasto. Alguma dica?",
]


@pytest.mark.parametrize("note", ETSY_ADS)
def test_etsy_seller_asking_about_instagram_ads_gets_an_ads_answer(note: str) -> None:
    text = sample_draft(note, headline="Candle maker", name="Megan Shaw")
    assert "Meta" in text and "Advantage+" in text, text
    assert "13 tags" not in text and "13" not in text and "Pinterest" not in text, text


def test_etsy_seller_asking_for_tips_still_gets_etsy_seo() -> None:
    text = sample_draft("Hi Camille, I just opened an Etsy shop for my candles. Any tips to get more sales?", name="Megan Shaw")
    assert "13 tags" in text, text


BESIDES = {
    "Hey, ik werk sinds kort als junior SEA-specialist. Welke cursus of certificering zou jij aanraden naast Google Ads?": "Google Analytics (GA4)",
    "Hi Camille, I recently started as a PPC specialist. Which course or certification would you recommend besides Google Ads?": "Google Analytics (GA4)",
    "Hola Camille, trabajo como especialista SEM. ¿Qué curso me recomendarías además de Google Ads?": "Google Analytics (GA4)",
    "Hallo Camille, ich bin seit kurzem SEA-Manager. Welche Weiterbildung würdest du neben Google Ads empfehlen?": "Google Analytics (GA4)",
    "Bonjour Camille, je suis chargée d'acquisition SEA. Quelle formation me conseilleriez-vous en plus de Google Ads ?": "Google Analytics (GA4)",
    "Ciao Camille, lavoro come specialista SEA. Quale corso mi consiglieresti oltre a Google Ads?": "Google Analytics (GA4)",
    "Olá Camille, trabalho como especialista de SEA. Que curso recomendarias além do Google Ads?": "Google Analytics (GA4)",
}


@pytest.mark.parametrize("note", BESIDES)
def test_besides_a_course_asks_for_another_one(note: str) -> None:
    text = sample_draft(note, headline="SEA specialist", name="Sem Mulder")
    assert BESIDES[note] in text, text
    assert "Google Ads" not in text.split("\n", 2)[2], text  # never the course they already have, recommended back


@pytest.mark.parametrize("note", [
    "Bonjour Camille, vos ateliers social ads peuvent-ils être pris en charge par l'OPCO de ma société ou par mon CPF ?",
    "Hi Camille, is your SEO training CPF-eligible, or could our OPCO fund it?",
])
def test_cpf_or_opco_both_answered_after_the_merge(note: str) -> None:
    text = sample_draft(note)
    assert "CPF" in text and "OPCO" in text, text


LEAD_GEN = {
    "Hi Camille, just attended your webinar on LinkedIn ads. One q: would you start with lead gen forms or send traffic to a landing page for a small budget?": "lead gen forms",
    "Bonjour Camille, pour un petit budget LinkedIn Ads, vous commenceriez par les formulaires Lead Gen ou par une landing page ?": "formulaires Lead Gen",
    "Hola Camille, con poco presupuesto, ¿empezarías con formularios de Lead Gen de LinkedIn o con una landing page?": "formularios Lead Gen",
    "Hallo Camille, würdest du bei kleinem Budget mit Lead-Gen-Formularen anfangen oder Traffic auf eine Landingpage schicken?": "Lead-Gen-Formulare",
    "Hoi Camille, zou je met een klein budget beginnen met lead gen formulieren of verkeer naar een landingspagina sturen?": "Lead Gen-formulieren",
    "Ciao Camille, con poco budget inizieresti con i moduli lead gen di LinkedIn o con una landing page?": "moduli Lead Gen",
    "Olá Camille, com pouco orçamento, começarias com formulários de lead gen ou com uma landing page?": "formulários Lead Gen",
}


@pytest.mark.parametrize("note", LEAD_GEN)
def test_lead_gen_or_landing_page_is_answered_not_small_budgets_yes(note: str) -> None:
    text = sample_draft(note, headline="Marketing Manager", name="Hannah Lewis")
    assert LEAD_GEN[note] in text and "Insight Tag" in text, text
    for yes in ("small budgets too", "petits budgets aussi", "presupuestos pequeños", "kleinem Budget:", "klein budget:", "budget piccoli", "orçamentos pequenos"):
        assert yes not in text, text


@pytest.mark.parametrize("note, yes", [
    ("Hi Camille, do you also work with small budgets? I run a bakery.", "Yes, small budgets too"),
    ("Hallo Camille, arbeitest du auch mit kleinen Unternehmen?", "Ja, ich berate viele kleine Unternehmen"),
])
def test_do_you_work_with_small_budgets_still_gets_the_yes(note: str, yes: str) -> None:
    assert yes in sample_draft(note)


@pytest.mark.parametrize("note, words", [
    ("Hi Camille, how do you measure the ROI of Instagram ads for a small shop?", ("ROAS", "UTM")),
    ("Salut Camille, comment tu mesures le ROAS de tes campagnes Meta ?", ("ROAS", "UTM")),
    ("Hoi Camille, welke tool gebruik jij voor attributie?", ("GA4", "Looker Studio")),
])
def test_return_of_ads_and_attribution_share_one_answer(note: str, words: tuple[str, ...]) -> None:
    text = sample_draft(note)
    assert all(w in text for w in words), text
    assert "Yes, I work a lot with small businesses" not in text, text
