"""Wave 101 S: clients and sellers. The call offered in her languages when France is only the market a business abroad
aims at; a brand moving into France asking which channels hears where she would start; no Google Ads audit promised
when her offer has none; pages that "do not rank" are an SEO audit (with her range); a Brazilian seller's note answered
in Brazilian Portuguese."""

from __future__ import annotations

import pytest
from drafting import sample_draft

_CALL_LANGS = ("auf Englisch oder Französisch", "in het Engels of het Frans")


# -- France as the market: the call still in her languages (round 99 de note-16, nl note-38, de note-19, nl note-41) -----


@pytest.mark.parametrize("note, name, headline", [
    ("Sehr geehrte Frau Laurent,\nals Marketingdirektor eines mittelständischen Maschinenbauunternehmens suchen wir externe "
     "Unterstützung für unsere SEO-Strategie im französischen Markt. Wären Sie für ein erstes Gespräch offen?\nMit freundlichen "
     "Grüßen\nRalf Zimmermann", "Ralf Zimmermann", "Marketingdirektor, Zimmermann Antriebstechnik GmbH"),
    ("Geachte mevrouw Laurent,\nAls marketingdirecteur van een middelgrote retailketen zijn wij op zoek naar externe "
     "ondersteuning bij onze contentstrategie voor de Franse markt. Staat u open voor een kennismakingsgesprek?\nMet vriendelijke "
     "groet,\nHenk Vermeulen", "Henk Vermeulen", "Marketing Director, Bakker & Zn. Retail"),
    ("Servus Camille, bin Mitgründer eines Startups (Bio-Hundefutter, D2C) und wir wollen nach Frankreich expandieren. Wäre cool, "
     "sich mal auszutauschen, welche Kanäle dort am besten funktionieren. Beste Grüße aus München, Max", "Maximilian Bauer", "Co-Founder @ Wuffel"),
    ("Dag Camille, ik ben medeoprichter van een Vlaamse start-up in duurzame schoenen en we willen naar Frankrijk. Welke kanalen "
     "werken daar het best voor D2C? Zou fijn zijn om eens van gedachten te wisselen. Groetjes uit Antwerpen, Jens", "Jens Peeters", "Co-founder @ Stapvoets"),
])
def test_call_in_her_languages_when_france_is_only_the_market(note: str, name: str, headline: str) -> None:
    text = sample_draft(note, headline=headline, name=name)
    assert any(words in text for words in _CALL_LANGS), text
    # the work is for France, in French: never "I only work in French or English"
    assert "arbeite ich nur auf" not in text and "alleen in het Frans" not in text


def test_a_team_in_france_still_needs_no_languages() -> None:
    text = sample_draft("Guten Tag Frau Laurent, ich leite das Marketing von Weber France in Lyon und wir suchen Unterstützung bei "
                        "SEO. Hätten Sie Zeit für ein Gespräch?", name="Jonas Weber")
    assert "Englisch oder Französisch" not in text and "Französisch oder Englisch" not in text


@pytest.mark.parametrize("note, line", [
    ("Servus Camille, bin Mitgründer eines Startups (Bio-Hundefutter, D2C) und wir wollen nach Frankreich expandieren. Wäre cool, "
     "sich mal auszutauschen, welche Kanäle dort am besten funktionieren. Beste Grüße aus München, Max", "Ich würde mit Inhalten und SEO"),
    ("Dag Camille, ik ben medeoprichter van een Vlaamse start-up in duurzame schoenen en we willen naar Frankrijk. Welke kanalen "
     "werken daar het best voor D2C? Zou fijn zijn om eens van gedachten te wisselen. Groetjes uit Antwerpen, Jens", "ik zou beginnen met"),
])
def test_channels_for_france_get_where_she_would_start(note: str, line: str) -> None:
    assert line in sample_draft(note, name="Max Bauer")


# -- Google Ads named, audits asked: her own audits, never "Google Ads audits" (round 100 es note-17, it note-61) ----------


@pytest.mark.parametrize("note, said", [
    ("Hola Camille, tengo un e-commerce de accesorios para mascotas y las ventas no despegan. Invierto en Google Ads pero no veo "
     "resultados. ¿Haces auditorías?", "auditorías de SEO y de publicidad en redes sociales"),
    ("Ciao Camille, ho un e-commerce di accessori per animali e le vendite non decollano. Investo in Google Ads ma senza risultati. "
     "Fai audit?", "audit SEO e social ads"),
    ("Hi Camille, I run a small online candle shop and I spend on Google Ads with no results. Do you do audits?", "SEO and social ads audits"),
])
def test_no_google_ads_audit_promised(note: str, said: str) -> None:
    text = sample_draft(note, name="Manuel Herrera")
    # 140 D: Google Ads named only to say plainly it is not part of her offer, never as an audit she does
    plain = ("Google Ads, en cambio, no forma parte de mis servicios.", "Google Ads, invece, non rientra nei miei servizi.",
             "Google Ads, though, isn't part of my offer.")
    assert sum(p in text for p in plain) == 1
    assert "Google Ads" not in text.replace(next(p for p in plain if p in text), "")
    assert said in text


# -- pages that do not rank: an SEO audit, with her range (round 99 de note-17) ---------------------------------------


@pytest.mark.parametrize("note, rng", [
    ("Hi Camille, ich habe einen kleinen Teeshop auf Shopify und meine Produktseiten ranken gar nicht. Bietest du auch Audits für "
     "so kleine Shops an und was kostet sowas ungefähr? Danke, Ayse", "800 und 5.000"),
    ("Hoi Camille, ik heb een kleine theewinkel op Shopify en mijn productpagina's ranken helemaal niet. Doe je ook audits voor "
     "zulke kleine shops en wat kost dat ongeveer? Bedankt, Ayse", "800 en € 5.000"),
])
def test_pages_not_ranking_get_the_seo_audit_range(note: str, rng: str) -> None:
    text = sample_draft(note, name="Ayse Yilmaz")
    assert "SEO-Audits" in text or "SEO-audits" in text
    assert rng in text


# -- a Brazilian seller: "aplicativos", "uma call" (round 100 pt note-31) ----------------------------------------------


@pytest.mark.parametrize("note", [
    "Boa tarde! Oferecemos serviços de desenvolvimento de sites e aplicativos com preços imbatíveis. Podemos marcar uma call rápida?",
    "Bom dia, desenvolvemos sites e aplicativos para pequenas empresas a preços justos. Podemos marcar uma call?",
])
def test_brazilian_seller_gets_brazilian_reply(note: str) -> None:
    text = sample_draft(note, name="Thiago Mendes")
    assert "Cumprimentos" not in text and "desejo-lhe" not in text
