"""Wave 143, group L: precise questions answered directly: PMax or standard Shopping for a mid-size catalogue without an
invented small budget, a social-ads audit's cost never answered with an ad budget, and a shop whose Meta ads spend a lot
and sell little gets shop advice, never the ROI-measurement checklist (agency fees, Looker Studio)."""

from __future__ import annotations

from drafting import sample_draft


def test_pmax_or_shopping_for_200_products_has_no_invented_small_budget() -> None:
    # 143 fr_en note-16 (round 161): "Avec un petit budget", "petit catalogue", "chaque euro sur qui cherche" for 200 products
    fr = sample_draft("Bonjour Camille, j'ai vu votre post sur les erreurs Google Ads des e-commerçants, très juste ! Une question : "
                      "vous conseillez plutôt Performance Max ou des campagnes Shopping standard pour un catalogue de 200 produits ?",
                      headline="E-commerçant - La Cave du Rhône", name="Olivier Martin")
    assert "chaque euro sur qui cherche" not in fr and "Avec un petit budget" not in fr, fr
    assert "quelques centaines de produits, par Shopping standard" in fr and "30 conversions" in fr, fr
    en = sample_draft("Hi Camille, Performance Max or standard Shopping for a catalogue of 200 products?", name="Jack Reed")
    assert "On a small budget" not in en and "a small catalogue or a few hundred products" in en, en
    es = sample_draft("Hola Camille, ¿Performance Max o Shopping estándar para un catálogo de 200 productos?", name="Luis Gil")
    assert "Con poco presupuesto" not in es and "unos cientos de productos" in es, es


def test_audit_cost_is_never_answered_with_an_ad_budget() -> None:
    # 143 es_pt_it note-20 (round 160): "¿Cuánto suele costar una auditoría de social ads contigo?" got "10 a 20 € al día"
    es = sample_draft("Hola Camille, trabajo en un ecommerce de vinos y queremos lanzar campañas en Instagram en Francia. "
                      "¿Cuánto suele costar una auditoría de social ads contigo?", headline="E-commerce Manager en Vinos del Duero",
                      name="Tomás García")
    assert "10 a 20 €" not in es and "al día" not in es, es
    en = sample_draft("Hi Camille, how much does a social ads audit cost with you?", headline="Manager", name="Tom Hill")
    assert "€10 to €20" not in en and "audit depends on the scope" in en, en
    fr = sample_draft("Bonjour Camille, combien coûte un audit social ads avec vous ?", headline="Gérant", name="Paul Dubois")
    assert "10 à 20 €" not in fr and "le prix dépend du périmètre" in fr, fr


def test_meta_ads_spending_a_lot_selling_little_gets_shop_advice_not_roi_checklist() -> None:
    # 143 es_pt_it note-4 and note-48 (round 161): the UTM / agency fee / Looker Studio checklist for a small shop
    es = sample_draft("Buenas Camille, tengo una tienda online de cosmética natural (3 personas) y las campañas de Meta ads no me "
                      "funcionan nada, gasto mucho y vendo poco. Vi tu post sobre el ROAS. Que me recomendarías para empezar?",
                      headline="Fundadora de Verde Puro Cosmética", name="Alba Ruiz")
    assert "Looker Studio" not in es and "honorarios" not in es, es
    assert "una campaña de ventas" in es and "una oferta clara" in es, es
    it = sample_draft("Ciao Camille, ho un piccolo e-shop di cosmetici naturali e le campagne Meta Ads non funzionano, spendo tanto "
                      "e vendo poco. Ho letto il tuo post sul ROAS. Da dove mi consiglieresti di partire?",
                      headline="Fondatrice di Verde Puro", name="Francesca Bianchi")
    assert "Looker Studio" not in it and "fee dell'agenzia" not in it, it
    assert "un'offerta chiara" in it, it
    en = sample_draft("Hi Camille, we run a small online shop and our Meta ads just don't work, we spend a lot and sell little. "
                      "Saw your ROAS post. Where would you start?", headline="Founder at Leaf", name="Emma Stone")
    assert "Looker Studio" not in en and "one clear offer" in en, en


def test_neighbours_keep_their_answers() -> None:
    # 143 L neighbour (must not change): how to measure ROAS still gets the measurement answer
    en = sample_draft("Hi Camille, saw your ROAS post. How do you measure the ROAS of Meta campaigns?", name="Mark Lee")
    assert "UTM" in en, en
    # 143 L neighbour (must not change): a first Meta test budget asked keeps the first-test budget
    es = sample_draft("Hola Camille, vi tu post sobre el presupuesto mínimo en Meta Ads. Para una tienda Shopify pequeña, "
                      "¿con cuánto al día me aconsejarías empezar?", name="Lucía Gil")
    assert "calculo unos 10 a 20 € al día en una sola campaña" in es, es
