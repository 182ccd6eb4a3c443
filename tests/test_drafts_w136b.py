"""Wave 136, group B: server-side GTM for a small shop is answered about server-side tracking, even when the sender read a
post on a GA4 migration (never the platform-migration SEO answer); paid Instagram / Facebook ads doing badly get the Meta
ads answer (campaign objective, offer, audience, budget), never organic Reels or "start with what costs nothing"."""

from __future__ import annotations

import pytest

from drafting import sample_draft


@pytest.mark.parametrize(("note", "headline", "name", "tracking"), [
    # 136 fr_en note-36 (round 148): "saw your post on GA4 migration … server-side GTM … overkill?" got the site-migration answer
    ("Hi Camille, saw your post on GA4 migration. Quick question: is it worth using server-side GTM for a small Shopify "
     "store doing ~200 orders/month, or is it overkill?", "Owner - Bloom Tea Co.", "Oliver Grant", "Server-side tracking"),
    ("Bonjour Camille, j'ai vu votre post sur la migration GA4. Est-ce que le GTM server-side vaut le coup pour une petite "
     "boutique Shopify (~200 commandes/mois) ou c'est trop ?", "Gérant - Thé Bloom", "Olivier Martin", "tracking côté serveur"),
    ("Hallo Camille, habe deinen Beitrag zur GA4-Migration gelesen. Lohnt sich serverseitiges GTM für einen kleinen "
     "Shopify-Shop mit ca. 200 Bestellungen im Monat?", "Inhaber Teehaus", "Jonas Becker", "Serverseitiges Tracking"),
    ("Hoi Camille, ik las je post over de migratie naar GA4. Is server-side GTM de moeite waard voor een kleine "
     "Shopify-winkel met zo'n 200 bestellingen per maand?", "Eigenaar Theehuis", "Daan Bakker", "Server-side tracking"),
])
def test_server_side_gtm_after_a_ga4_migration_post_is_answered_about_tracking(note: str, headline: str, name: str,
                                                                               tracking: str) -> None:
    text = sample_draft(note, headline=headline, name=name)
    assert tracking in text and "Stape" in text, text
    assert "301" not in text and "migration has its own risk" not in text and "une migration a ses risques" not in text, text


@pytest.mark.parametrize(("note", "headline", "name", "ads"), [
    # 136 de_nl note-12 (round 148): "meine insta ads laufen total schlecht (CPC über 2€)" got organic Reels advice
    ("hi camille, bin gründer eines kleinen e-shops für handgemachte keramik. meine insta ads laufen total schlecht (CPC "
     "über 2€), hast du nen tipp wo ich anfangen soll? danke!! Paul", "Gründer @ Tonwerk Keramik", "Paul Schneider",
     "eine Kampagne auf Käufe statt Klicks"),
    # 136 de_nl note-34 (round 148): "mijn facebook ads leveren echt niks op" got "Begin met wat niets kost … Advertenties later"
    ("hoi camille ik heb een kleine webshop in handgemaakte sieraden en mijn facebook ads leveren echt niks op.. waar zou "
     "jij beginnen?? thanks! Iris", "Oprichter Iris Jewels", "Iris de Vries", "een verkoopcampagne, geen traffic"),
    ("Ciao Camille, ho un piccolo e-shop di ceramiche e le mie inserzioni Instagram vanno malissimo (CPC sopra 2 €). Da "
     "dove inizio?", "Fondatore - Argilla", "Paolo Rossi", "campagna vendite, non traffico"),
    ("Hi Camille, I run a small ceramics e-shop and my Instagram ads are doing terribly (CPC over €2). Where should I "
     "start?", "Founder - Clay Co", "Paul Smith", "a sales campaign, not traffic"),
    ("Bonjour Camille, j'ai une petite boutique en ligne de bougies et mes pubs Instagram ne marchent pas du tout. Par "
     "où commencer ?", "Fondatrice - Bougies Lou", "Louise Girard", "une campagne de ventes, pas de trafic"),
    ("Hola Camille, tengo una tienda online pequeña de cerámica y mis anuncios de Instagram van fatal. ¿Por dónde "
     "empiezo?", "Fundador - Barro", "Pablo Gómez", "campaña de ventas, no de tráfico"),
])
def test_paid_ads_doing_badly_get_an_ads_answer(note: str, headline: str, name: str, ads: str) -> None:
    text = sample_draft(note, headline=headline, name=name)
    assert ads in text, text
    for organic in ("Reels: zwei, drei", "i reel: due o tre", "wat niets kost", "what costs nothing", "ce qui ne coûte rien",
                    "lo que no cuesta nada"):
        assert organic not in text, text


def test_a_shop_start_question_without_ads_keeps_the_free_first_steps() -> None:
    # 136 de_nl note-34 neighbour (must not change): a small shop asking where to start, no ads named, keeps the free start
    nl = sample_draft("hoi camille ik heb net een kleine webshop in handgemaakte sieraden geopend.. waar zou jij beginnen?? "
                      "thanks! Iris", headline="Oprichter Iris Jewels", name="Iris de Vries")
    assert "Begin het liefst met wat niets kost" in nl, nl
    en = sample_draft("Hi Camille, I just opened a small online shop for ceramics. Where should I start?",
                      headline="Founder - Clay Co", name="Paul Smith")
    assert "Start with what costs nothing" in en, en


def test_a_platform_migration_question_keeps_the_migration_answer() -> None:
    # 136 fr_en note-36 neighbour (must not change): moving a shop from WooCommerce to Shopify still gets the 301 answer
    en = sample_draft("Hi Camille, is it worth migrating my shop from WooCommerce to Shopify for SEO?",
                      headline="Owner - Bloom Tea Co.", name="Oliver Grant")
    assert "301" in en, en


@pytest.mark.parametrize(("note", "blog"), [
    # 136 es_pt_it note-49 (round 148): "quanto spesso … sul blog aziendale?" got "Meglio scegliere uno o due social"
    ("Ciao Camille, ho letto il tuo post sul content marketing B2B. Domanda veloce: quanto spesso consigli di pubblicare sul "
     "blog aziendale? Grazie!", "Per un blog aziendale, un articolo solido al mese"),
    ("Hi Camille, I read your post on B2B content marketing. Quick question: how often would you post on a company blog? "
     "Thanks!", "For a company blog, one solid article a month"),
    ("Bonjour Camille, j'ai lu votre post sur le content marketing B2B. À quelle fréquence conseillez-vous de publier sur le "
     "blog de l'entreprise ?", "Pour un blog d'entreprise, un article solide par mois"),
    ("Hola Camille, leí tu post sobre content marketing B2B. ¿Con qué frecuencia recomiendas publicar en el blog de la "
     "empresa?", "Para un blog de empresa, un artículo sólido al mes"),
])
def test_blog_frequency_after_a_content_post_is_answered_about_the_blog(note: str, blog: str) -> None:
    text = sample_draft(note, headline="Marketing Specialist")
    assert blog in text, text
    for social in ("uno o due social", "networks where the customers are", "un ou deux réseaux", "una o dos redes"):
        assert social not in text, text


def test_instagram_posting_frequency_keeps_the_social_answer() -> None:
    # 136 es_pt_it note-49 neighbour (must not change): no blog named, the posting-rhythm answer stays
    it = sample_draft("Ciao Camille, quanto spesso consigli di pubblicare su Instagram? Grazie!", headline="Social media manager")
    assert "La costanza conta più del volume" in it and "uno o due social" in it, it
