"""Wave 164 G: ads and budget answers said plainly. A post weighing two options ("TikTok Ads vs Instagram Ads") is what a founder's "where would you start?"
asks about; a referral's need is met with "unterstütze dich gern"; a shop's product count is never quoted in the wish."""
from drafting import sample_draft

from invitriage.drafts.shop import shop_phrase





def test_founder_start_question_answers_the_posts_either_or() -> None:
    # 209 es_pt_it note-8: "Para un lanzamiento …" assumed, TikTok vs Instagram skipped
    es = sample_draft("Hola! Vi tu post sobre TikTok Ads vs Instagram Ads para marcas pequeñas. Tengo una duda: ¿con 300€ "
                      "al mes por dónde empezarías para una marca de cosmética natural? Gracias de antemano",
                      name="Elena Vidal", headline="Emprendedora | Cosmética natural")
    assert "Para un lanzamiento" not in es and "Meta" in es and "TikTok compensa" in es


def test_referral_need_is_met_gladly() -> None:
    # 208 de_nl note-18: "Ich kann dich bei deinen Facebook Ads gut unterstützen"
    de = sample_draft("Hallo Camille! Julia Roth (wir waren zusammen im Workshop in Paris) meinte, ich soll mich unbedingt "
                      "bei dir melden 😊 Ich baue gerade ein Startup für nachhaltige Babykleidung auf und bräuchte Hilfe bei "
                      "Facebook Ads. Lg Melanie", name="Melanie Vogel", headline="Co-Founderin @ kleinundgrün")
    assert "Ich unterstütze dich gern bei" in de and "gut unterstützen" not in de
    de2 = sample_draft("Hallo Camille! Tobias Weber hat mir geraten, mich bei dir zu melden. Ich gründe gerade einen "
                       "Onlineshop für Tee und brauche Hilfe bei Instagram Ads. LG Sara", name="Sara Klein")
    assert "Ich unterstütze dich gern bei" in de2 and "gut unterstützen" not in de2


def test_shop_product_count_is_not_quoted_in_the_wish() -> None:
    # 209 de_nl note-30: "Veel succes met je webshop met 30 producten!"
    nl = sample_draft("Hallo Camille, snelle vraag: ik heb een webshop met 30 producten en weinig budget. Kan ik beter "
                      "beginnen met SEO of met Google Ads? Ik lees je posts altijd met plezier. Dankje! Fleur",
                      name="Fleur Hendriks", headline="Eigenaar, Fleurig Bloemen webshop")
    assert "30 producten!" not in nl and "Veel succes met je webshop!" in nl
    assert shop_phrase("I run an online shop with about 50 products and little budget.", "", "en", informal=True) == "your online shop"
    assert shop_phrase("tengo una tienda online con 200 productos y poco presupuesto", "", "es", informal=True) == "tu tienda online"
    # neighbour: a shop's trade complement is kept
    assert shop_phrase("ik ben oprichter van een kleine webshop in duurzame babykleding.", "", "nl", informal=True) \
        == "je webshop in duurzame babykleding"

