"""Wave 25, scope T: German and Dutch leftovers (SEO or ads for a local service business, an exchange only looked forward
to, individual coaching asked in the sender's own words)."""

from __future__ import annotations

import pytest
from drafting import SAMPLE, sample_draft

from invitriage.drafts import faq
from invitriage.drafts.notefacts import extract


@pytest.mark.parametrize("note, local", [
    ("Hallo Camille, ich habe ein kleines Pilates-Studio in Graz. Soll ich am Anfang eher auf SEO oder auf Werbeanzeigen "
     "setzen? LG Sabine", "Google-Unternehmensprofil"),
    ("Hoi Camille, ik heb een kapsalon in Gent. Kan ik beter beginnen met SEO of met advertenties? Groet, Ilse",
     "Google Bedrijfsprofiel"),
    ("Guten Tag Frau Laurent, ich führe eine Physiotherapie-Praxis in Bremen. Lohnt sich für uns eher SEO oder bezahlte "
     "Anzeigen? Viele Grüße, Dr. Kurt Hahn", "Google-Unternehmensprofil"),
    ("Goedemiddag Camille, wij hebben een klein restaurant in Leiden. Is SEO of adverteren op Instagram slimmer om mee te "
     "starten? Met vriendelijke groet, Marco", "Google Bedrijfsprofiel"),
    ("Bonjour Camille, j'ai ouvert un cabinet de kiné à Annecy. Le référencement naturel ou la pub, par quoi commencer ?",
     "Google Business"),
    ("Hi Camille, I run a small yoga studio in Bristol. SEO or paid ads first? Thanks, Amy", "Google Business Profile"),
])
def test_seo_or_ads_for_a_local_service_business_gets_local_advice_not_product_pages(note: str, local: str) -> None:
    text = sample_draft(note)
    assert local in text
    for shop in ("Produktbeschreibung", "productbeschrijving", "description par produit", "description per product",
                 "Produktseiten", "productpagina"):
        assert shop not in text


@pytest.mark.parametrize("note", [
    "Hoi Camille, ik heb een webshop in sieraden. Kan ik beter beginnen met SEO of met advertenties? Groet, Lotte",
    "Hallo Camille, ich verkaufe Kerzen in meinem Onlineshop. Eher SEO oder Werbeanzeigen am Anfang? LG Pia",
])
def test_a_shop_still_gets_the_shop_answer(note: str) -> None:
    text = sample_draft(note)
    assert "Google-Unternehmensprofil" not in text and "Google Bedrijfsprofiel" not in text
    assert "Produkt" in text or "product" in text


def test_the_local_answer_is_chosen_from_the_whole_note() -> None:
    entries = SAMPLE.answers
    shop = faq.match("Ich habe einen Onlineshop. SEO oder Werbeanzeigen?", entries, "de")
    studio = faq.match("Ich habe ein Tanzschule in Linz. SEO oder Werbeanzeigen?", entries, "de")
    assert shop and studio and shop != studio
    assert "Umkreis" in studio


@pytest.mark.parametrize("note, lang", [
    ("Hallo Camille, ich bin auch im Content-Marketing unterwegs (Agentur in Hamburg). Freue mich auf den Austausch! Lena", "de"),
    ("Servus Camille, SEO-Freelancer aus Wien hier. Ich freue mich auf einen regen fachlichen Austausch. Grüße, Florian", "de"),
    ("Hoi Camille, ook freelance SEO-specialist in Utrecht. Ik kijk ernaar uit om ervaringen uit te wisselen! Groet, Daan", "nl"),
])
def test_an_exchange_only_looked_forward_to_is_no_call(note: str, lang: str) -> None:
    assert extract(note, lang, "content").ask != "call"
    text = sample_draft(note)
    for call in ("20 Minuten", "20-minütig", "20 minuten", "Telefonat", "belletje"):
        assert call not in text


@pytest.mark.parametrize("note, lang", [
    ("Hallo Camille, ich arbeite auch im SEO. Hättest du Lust auf einen kurzen Austausch per Telefon?", "de"),
    ("Hallo Camille, freue mich auf den Austausch – wie wäre es mit einem Call nächste Woche?", "de"),
    ("Hoi Camille, ik kijk uit naar de uitwisseling. Zullen we volgende week even bellen? Groet, Joost", "nl"),
    # a reader of her posts looking forward to the exchange: an opening worth a call, unlike a peer's sign-off
    ("Guten Tag Frau Laurent, ich verfolge Ihre Beiträge zu SEO seit Monaten. Ich freue mich auf den Austausch. Petra Vogel", "de"),
])
def test_an_exchange_asked_for_is_still_a_call(note: str, lang: str) -> None:
    assert extract(note, lang, "content").ask == "call"


@pytest.mark.parametrize("note, said, never", [
    ("Hoi Camille, geef je ook individuele begeleiding? Ik wil zelf leren adverteren op Instagram voor mijn webshop. Groet, Eva",
     "individuele begeleiding", "mentoring"),
    ("Dag Camille, biedt u ook persoonlijke begeleiding aan voor zzp'ers die hun LinkedIn willen verbeteren? Groet, Ruud",
     "individuele begeleiding", "mentoring"),
    ("Hallo Camille, machst du auch Einzelberatung? Ich will meine Instagram-Anzeigen für meinen Etsy-Shop besser machen. LG Tina",
     "Einzelberatungen", "Einzelmentoring"),
    ("Hallo Frau Laurent, bieten Sie auch individuelle Coachings an? Ich möchte LinkedIn besser nutzen. Gruß, Jörg",
     "Einzelcoachings", "Einzelmentoring"),
])
def test_individual_coaching_asked_gets_a_yes_in_the_senders_words(note: str, said: str, never: str) -> None:
    text = sample_draft(note)
    assert said in text
    assert never not in text
