"""Wave 153 F: clumsy echoes of the note. Tips asked for ("Heb je tips voor …?") are never thanked for as if she had
given them, and "how do I get my first clients?" is a how-to, never her own story ("Vooral via mijn netwerk:"); the
tips' subject ends at its auxiliary ("je tips over X hebben me geholpen"); a shop moving off its platform is wished luck
without the platform it leaves, and SEO vs Instagram opens on the two named, never "Between A and B, both …"."""
from __future__ import annotations

from drafting import sample_draft
from invitriage.drafts import faq, shop, told
from invitriage.judge.normalize import fold


def test_tips_asked_for_first_clients_are_a_how_to() -> None:
    nl = sample_draft("Beste Camille, ik ben sinds kort werkloos na een reorganisatie (8 jaar ervaring als content marketeer). Heb je "
                      "tips voor freelancen in marketing, hoe kom ik aan mijn eerste klanten? Dank je wel, Ingrid",
                      "Content Marketeer | Op zoek naar nieuwe uitdaging", "Ingrid Peters")
    assert "iets had aan de tips" not in nl and "Vooral via mijn netwerk" not in nl, nl
    assert "netwerk" in nl, nl
    own = sample_draft("Hoi Camille, na tien jaar in loondienst wil ik zelfstandig verder. Heb je tips over netwerken, en hoe kom ik "
                       "aan mijn eerste klanten? Groetjes, Sanne", "Marketeer", "Sanne de Vries")
    assert "iets had aan de tips" not in own and "Vooral via mijn netwerk" not in own, own
    assert told.tip_subject("Heeft u tips over LinkedIn posten, hoe begin ik? Bedankt!") == ""
    assert not faq.is_self(fold("hast du tipps, wie ich an meine ersten kunden komme?"))
    assert not faq.is_self(fold("have you got tips to land my first clients?"))


def test_her_own_first_clients_stay_her_story() -> None:
    assert faq.is_self(fold("hoe heb jij je eerste klanten gevonden?"))
    assert faq.is_self(fold("how did you find your first clients?"))
    assert told.tip_subject("Dank je wel voor je tips over LinkedIn posten!") == "over LinkedIn posten"


def test_tips_subject_ends_at_its_auxiliary() -> None:
    nl = sample_draft("Hoi Camille, ik heb een klein webwinkeltje in handgemaakte keramiek en je tips over productpagina's hebben "
                      "me echt geholpen, dankjewel!! Geef je ook online trainingen?", "Oprichter van Klei & Co", "Noor Willems")
    assert "hebben me echt geholpen echt" not in nl and "tips over productpagina's" in nl, nl
    assert told.tip_subject("Danke, deine Tipps zu Reels haben mir sehr geholfen!") == "zu Reels"
    assert told.tip_subject("jouw tips over nieuwsbrieven hebben ons veel opgeleverd, bedankt!") == "over nieuwsbrieven"


def test_a_shop_leaving_its_platform_is_wished_luck_without_it() -> None:
    en = sample_draft("Hi Camille, I run a tiny Etsy shop selling ceramics and I'm thinking of moving to my own Shopify site. Is SEO "
                      "worth it at my size or should I just do Instagram? Any advice appreciated :)",
                      "Ceramicist & shop owner, Clay & Co", "Lucy Bennett")
    assert "Etsy shop" not in en and "Between SEO and Instagram" not in en and "selling ceramics" not in en, en
    assert shop.shop_phrase("I have a small Etsy shop selling prints and I'm switching to Shopify soon.", "", "en",
                            informal=True) == "your prints shop"
    # neighbour: a shop staying where it is keeps its platform
    assert shop.shop_phrase("I run a small Etsy shop for my candles, any tips?", "", "en", informal=True) == "your Etsy shop for candles"
    fr = sample_draft("Bonjour Camille, je vends mes bijoux sur Etsy et je pense passer sur Shopify. Le SEO vaut-il le coup ou "
                      "plutôt Instagram ?", "Créatrice de bijoux", "Léa Martin")
    assert "Entre SEO et Instagram, les deux" not in fr, fr
