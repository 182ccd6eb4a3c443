"""Wave 153, group E: an expert question answered beside itself. "Is MER better than ROAS for a small shop?" gets her pick
between the two (never how she tracks the ROI, nor the fragment "Content: the hours."); a B2B company asking TikTok or Meta
gets the B2B answer (LinkedIn for leads), never a shop's advice (photos, under-35 customers, cost per sale)."""

from __future__ import annotations

from drafting import sample_draft


def test_mer_against_roas_is_answered() -> None:
    # 181 fr_en note-34: "do you think MER is better for small shops that run both google and meta??" got how she tracks ROI
    en = sample_draft("yo camille, saw your post on ROAS vs MER, really good stuff. quick q - do you think MER is better "
                      "for small shops that run both google and meta?? cheers", "Owner, Trailhead Coffee Roasters",
                      name="Sam Reid")
    assert "MER (total revenue over total ad spend)" in en and "yes" in en
    assert "UTM" not in en and "Content: the hours" not in en
    en2 = sample_draft("Hi Camille, I sell candles online with Meta and Google ads. Should I track MER or stick to ROAS "
                       "per channel?", "Founder, Wick & Co", name="Dana Fox")
    assert "MER (total revenue over total ad spend)" in en2
    es = sample_draft("Hola Camille, tengo una tienda online pequeña. ¿Es mejor mirar el MER o el ROAS de cada "
                      "plataforma?", "Fundadora, Tienda Lumo", name="Lucía Gómez")
    assert "el MER (ingresos totales" in es
    fr = sample_draft("Bonjour Camille, pour une petite boutique en ligne, vous suivez plutôt le MER ou le ROAS ?",
                      "Gérante, Atelier Brume", name="Claire Petit")
    assert "le MER (CA total" in fr


def test_roi_measure_keeps_its_answer_without_fragment() -> None:
    # neighbour: "how do you measure the ROI of your ads?" keeps the tracking answer, the content sentence now whole;
    # the sea ("la mer") is no metric
    en = sample_draft("Hi Camille, how do you measure the ROI of your Meta ads campaigns? Thanks", "Marketing manager",
                      name="Ben Lowe")
    assert "UTM" in en and "For content, I count the hours." in en and "Content: the hours." not in en
    fr = sample_draft("Bonjour Camille, je rentre de la mer ! Comment mesurez-vous le ROI de vos campagnes pub ?",
                      "Responsable marketing", name="Anne Roux")
    assert "UTM" in fr and "MER" not in fr


def test_b2b_tiktok_or_meta_gets_the_b2b_answer() -> None:
    # 181 de_nl note-11: "Welche Plattform würdest du für einen B2B-SaaS Start-up empfehlen?" (TikTok vs Meta) got a shop's advice
    de = sample_draft("Hallo Camille, hab deinen Post über TikTok Ads vs Meta Ads gelesen, sehr gut auf den Punkt gebracht. "
                      "Welche Plattform würdest du für einen B2B-SaaS Start-up empfehlen?", "Growth Marketer @ Cloudly",
                      name="Nina Fischer")
    assert "Für ein Geschäft" not in de and "unter 35" not in de and "LinkedIn" in de
    en = sample_draft("Hi Camille, we're a small B2B software company. Meta ads or TikTok ads, which would you pick?",
                      "Marketing lead, Ledgerly", name="Owen Park")
    assert "under 35" not in en and "photos" not in en
    fr = sample_draft("Bonjour Camille, pour une boîte B2B, pub Meta ou TikTok ?", "CMO, Flowdesk", name="Hugo Blanc")
    assert "moins de 35" not in fr and "photos" not in fr


def test_shop_tiktok_or_meta_keeps_the_shop_answer() -> None:
    # neighbour: a shop weighing Meta and TikTok keeps her shop advice (Meta first)
    en = sample_draft("Hi Camille, I run a small clothing shop. Meta ads or TikTok ads, which would you start with?",
                      "Owner, Lila Boutique", name="Mia Stone")
    assert "I'd start with Meta" in en
