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
