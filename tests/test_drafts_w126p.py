"""Wave 126, group P (round 127 es/pt rewrites): a referred shop owner lost with SEO gets SEO named and the call length she
asked for; a "where would you start?" after a post on TikTok Ads vs Meta Ads gets the choice answered, never "tell me where you are"."""

from __future__ import annotations

from drafting import sample_draft


def test_lost_with_seo_names_seo_and_keeps_the_minutes_asked() -> None:
    # 127 es_pt_it note-3: "estoy perdida con el SEO. ¿Podríamos hablar 20 min?" answered with social media and 15 minutes
    es = sample_draft("Hola Camille, Marta Ibáñez me ha hablado muy bien de ti y me sugirió contactarte. Tengo una tienda online de "
                      "cosmética natural en Valencia y estoy perdida con el SEO. ¿Podríamos hablar 20 min? Gracias, Elena Soler",
                      name="Elena Soler")
    assert "por dónde empezar con el SEO" in es and "llamada de 20 minutos" in es
    assert "redes sociales" not in es and "15 minutos" not in es
    fr = sample_draft("Bonjour Camille, Julie Martin m'a conseillé de vous contacter. J'ai une boutique en ligne de bijoux et je suis "
                      "perdue avec le SEO. Pourrions-nous échanger 20 min ?", name="Claire Dubois")
    assert "par où commencer avec le SEO" in fr and "appel de 20 minutes" in fr
    nl = sample_draft("Hoi Camille, Sanne de Vries raadde je aan. Ik heb een webshop met kaarsen en ik ben de weg kwijt met SEO. "
                      "Kunnen we 20 minuten bellen?", name="Lotte Bakker")
    assert "beginnen met SEO" in nl and "belletje van 20 minuten" in nl


def test_lost_with_social_media_without_minutes_is_unchanged() -> None:
    es = sample_draft("Hola Camille, Marta me ha hablado de ti. Tengo una tienda online y estoy perdida con las redes sociales. "
                      "¿Podríamos hablar?", name="Elena Soler")
    assert "por dónde empezar con las redes sociales" in es and "llamada de 15 minutos" in es


def test_where_would_you_start_after_a_tiktok_vs_meta_post_gets_the_choice() -> None:
    # 127 es_pt_it note-14: "para una marca pequeña de ropa con 500€/mes de presupuesto, tu por donde empezarias?" re-asked
    es = sample_draft("ey Camille! vi tu post sobre TikTok Ads vs Meta Ads. Una duda: para una marca pequeña de ropa con 500€/mes "
                      "de presupuesto, tu por donde empezarias? gracias!! Nacho", name="Ignacio Serrano")
    assert "Para un comercio empezaría con Meta" in es and "cuéntame en qué punto estás y te digo" not in es
    fr = sample_draft("Salut Camille ! J'ai vu ton post TikTok Ads vs Meta Ads. Pour une petite marque de vêtements avec 500€/mois, "
                      "tu commencerais par où ?", name="Hugo Martin")
    assert "Pour un commerce, je commencerais par Meta" in fr
    it = sample_draft("Ciao Camille, ho visto il tuo post su TikTok Ads vs Meta Ads. Per un piccolo brand di abbigliamento con 500€ "
                      "al mese, da dove partiresti?", name="Luca Bianchi")
    assert "Per un'attività partirei da Meta" in it
    pt = sample_draft("Oi Camille! Vi seu post sobre TikTok Ads vs Meta Ads. Para uma marca pequena de roupa com R$ 2.000 por mês, "
                      "por onde você começaria?", name="Rafael Souza")
    assert "Para uma loja ou um negócio local, eu começaria pela Meta" in pt
    nl = sample_draft("Hoi Camille, ik las je post over TikTok Ads vs Meta Ads. Voor een klein kledingmerk met €500 per maand: "
                      "waar zou jij beginnen?", name="Sanne Visser")
    assert "Voor een zaak zou ik met Meta beginnen" in nl


def test_where_do_i_start_with_ads_for_a_shop_is_unchanged() -> None:
    es = sample_draft("Hola Camille, tengo una tienda online de ropa y quiero empezar con anuncios. ¿Por dónde empiezo?", name="Pablo Ruiz")
    assert "Lo mejor es empezar por lo que no cuesta nada" in es
