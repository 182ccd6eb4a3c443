"""Wave 144, group P: "is TikTok Ads worth it with €400–500 a month for my brand?" gets the TikTok budget answer for that
budget (never a pitch declined, never the generic "shop, restaurant or brand" answer); a seller's free trial is still declined."""

from __future__ import annotations

from drafting import sample_draft


def test_spanish_tiktok_monthly_budget_is_answered_not_declined_as_a_pitch() -> None:
    # 165 es_pt_it note-16: "estoy pensando en probarlo. ¿Vale la pena con 500€/mes?" declined as "tu oferta"
    es = sample_draft("Hola Camille, vi tu post sobre TikTok Ads para marcas pequeñas. Tengo una marca de ropa sostenible y "
                      "estoy pensando en probarlo. ¿Vale la pena con 500€/mes?", name="Laura Gómez")
    assert "tu oferta" not in es and "no lo necesito" not in es
    assert "unos 600 € al mes" in es and "empezaría con vídeos orgánicos" in es
    usted = sample_draft("Hola, vi su publicación sobre TikTok Ads. Tengo una tienda de cosmética y quiero probarlo. "
                         "¿Merece la pena con 400€ al mes?", name="Ana Ruiz")
    assert "oferta" not in usted and "unos 600 € al mes" in usted and "cuénteme" in usted


def test_portuguese_and_italian_tiktok_monthly_budget_gets_the_budget_answer() -> None:
    # 165 es_pt_it note-38: "Vale a pena com 400€ por mês?" answered with the generic "loja, restaurante ou marca" text
    pt = sample_draft("Olá Camille, vi o seu post sobre TikTok Ads para marcas pequenas. Tenho uma marca de cosmética vegana "
                      "e penso testar. Vale a pena com 400€ por mês?", name="Sofia Costa")
    assert "restaurante" not in pt and "uns 600 € por mês" in pt
    # 165 es_pt_it note-60: "Ne vale la pena con 500€ al mese?" answered with "negozio, ristorante o marchio"
    it = sample_draft("Ciao Camille, ho visto il tuo post su TikTok Ads per piccoli brand. Ho un marchio di moda sostenibile e "
                      "sto pensando di provarci. Ne vale la pena con 500€ al mese?", name="Martina Rossi")
    assert "ristorante" not in it and "circa 600 € al mese" in it
    vorrei = sample_draft("Ciao Camille, ho un piccolo marchio di gioielli e vorrei provarlo: TikTok Ads vale la pena con "
                          "400€ al mese?", name="Giulia Bianchi")
    assert "circa 600 € al mese" in vorrei and "offerta" not in vorrei


def test_english_tiktok_monthly_budget_gets_the_budget_answer() -> None:
    # 165 es_pt_it note-16 (English variant)
    en = sample_draft("Hi Camille, I have a small candle brand and I'm thinking of trying TikTok Ads. Is it worth it with "
                      "€500 a month?", name="Emma Stone")
    assert "some €600 a month" in en and "restaurant" not in en


def test_a_sellers_free_trial_is_still_declined() -> None:
    # 165 es_pt_it note-16 must-not-change neighbour: a tool offered to try is a pitch, declined
    es = sample_draft("Hola, soy de SocialBoost, tenemos una herramienta de TikTok. ¿Te gustaría probarla gratis?",
                      name="Pedro Sanz")
    assert "no lo necesito" in es


def test_tiktok_for_a_restaurant_keeps_the_local_answer() -> None:
    # 165 es_pt_it note-60 must-not-change neighbour: no budget asked, the small-business TikTok answer stays
    fr = sample_draft("Bonjour Camille, est-ce que TikTok vaut le coup pour mon restaurant ?", name="Paul Morel")
    assert "petit rayon" in fr
