"""Wave 163, group C: ads diagnostics answered, not a list of settings. Ads that cost more than they bring ("ROAS unter 1",
"kosten veel maar leveren niks op") get her Meta-ads answer opened on the usual cause (the set-up), never how she measures
the ROAS nor a small budget the sender never spoke of; her Meta-ads answer reads in whole sentences in German, Dutch and
Portuguese; "Pinterest Ads or Instagram Ads?" names Pinterest and picks; "blog articles or social?" weighs both halves; a
Dutch shop told by a bare trade ("webshop in thee") is wished luck as "je webshop"."""

from __future__ import annotations

import pytest

from drafting import sample_draft


@pytest.mark.parametrize(("note", "cause", "never"), [
    # 206 de_nl note-19: ROAS below 1 answered with how she tracks the ROAS
    ("Servus Camille, bin Gründer eines kleinen Onlineshops für Bergsportzubehör. Unsere Insta-Ads laufen leider richtig "
     "schlecht (ROAS unter 1). Hast du nen Tipp woran das liegen könnte? Danke dir! Grüße aus München, Lukas",
     "liegt es meist am Aufbau", "UTM"),
    ("Hi Camille, I run a small online shop and our Facebook ads have a ROAS below 1. Any tip on what could cause it?",
     "it's usually the set-up", "UTM"),
    ("Ciao Camille, le nostre inserzioni su Instagram hanno un ROAS sotto 1. Da cosa può dipendere?",
     "di solito è la configurazione", "UTM"),
])
def test_a_roas_below_one_gets_the_likely_cause(note: str, cause: str, never: str) -> None:
    text = sample_draft(note)
    assert cause in text and never not in text, text


@pytest.mark.parametrize(("note", "cause", "small"), [
    # 206 de_nl note-39: "kosten veel maar leveren bijna niks op": no small budget assumed
    ("Hallo Camille, ik heb een kleine Shopify-winkel in handgemaakte kaarsen en mijn Facebook-advertenties kosten veel maar "
     "leveren bijna niks op. Wat zou jij als eerste checken? Alvast heel erg bedankt, groetjes Anouk",
     "ligt het meestal aan de opzet", "klein budget"),
    ("Oi Camille, meus anúncios no Instagram custam muito e não dão retorno. O que você olharia primeiro?",
     "o problema costuma estar na configuração", "orçamento pequeno"),
])
def test_ads_that_cost_a_lot_assume_no_small_budget(note: str, cause: str, small: str) -> None:
    text = sample_draft(note)
    assert cause in text and small not in text, text


def test_a_small_budget_question_keeps_her_small_budget_opening() -> None:
    text = sample_draft("Hoi Camille, werken Meta ads ook met een klein budget voor mijn webshop? Heb je een tip?")
    assert "Meta-advertenties werken ook met klein budget" in text and "de opzet" not in text, text


def test_the_meta_answer_reads_in_whole_sentences() -> None:
    # 207 de_nl note-12 ("Dann mehrere Zielgruppen erst, wenn …"), 206 es_pt_it note-30 (one dense run-on)
    de = sample_draft("Hallo Camille, lohnen sich Instagram-Anzeigen für meinen kleinen Shop mit 300 € im Monat?")
    assert "Dann mehrere Zielgruppen" not in de and "Ich teste mehrere Zielgruppen erst, wenn jede so viel bekommt" in de, de
    br = sample_draft("Oi Camille, vi seu post sobre Meta Ads e fiquei com uma dúvida: vale a pena usar Advantage+ com orçamento "
                      "de menos de 500€ por mês?", name="Camila Rocha")
    assert "; vários públicos" not in br and "e vale abrir vários públicos só se cada um tiver esse valor" in br, br
    nl = sample_draft("Hoi Camille, lonen Facebook ads nog met een klein budget?")
    assert "en neem meer doelgroepen pas als elk zoveel krijgt" in nl and "per dag, een maand lang, en meer" not in nl, nl


@pytest.mark.parametrize(("note", "first"), [
    # 207 de_nl note-12: Pinterest or Instagram ads for an Etsy shop, Pinterest never named
    ("Hallo Camille, ich bin Gründerin eines kleinen Etsy-Shops (handgemachter Schmuck). Kurze Frage: lohnt sich Pinterest Ads "
     "eher als Instagram Ads bei kleinem Budget (~300€/Monat)? Danke dir!", "mit Pinterest anfangen"),
    ("Bonjour Camille, j'ai une petite boutique Etsy de céramique. Vous me conseilleriez plutôt Pinterest Ads ou les pubs "
     "Instagram ?", "je commencerais par Pinterest"),
    ("Hi Camille, I sell handmade prints on Etsy. Pinterest ads or Facebook ads, what would you try first?", "I'd start with Pinterest"),
])
def test_pinterest_or_meta_ads_is_answered_by_name(note: str, first: str) -> None:
    text = sample_draft(note)
    assert first in text and "Advantage+" not in text and "Käufe statt Klicks" not in text, text


def test_google_or_meta_keeps_its_pick() -> None:
    text = sample_draft("Hi Camille, I run a small bakery in Leeds. Google Ads or Meta ads: where would you start?")
    assert "I'd start with Google Ads" in text and "Pinterest" not in text, text


@pytest.mark.parametrize(("note", "both"), [
    # 206 de_nl note-33: "blogartikelen voor SEO, of … alles in social?" answered on the blog only
    ("hoi camille, snelle vraag: is het nog zinvol om in 2025 te investeren in blogartikelen voor SEO, of kan ik beter alles in "
     "social stoppen? heb een kleine webshop in thee. thanks! Noor", ("Instagram", "blogartikel")),
    ("Hallo Camille, lohnen sich Blogartikel für SEO überhaupt noch, oder sollte ich meine Zeit lieber in Social Media stecken?",
     ("Instagram", "Blogartikel")),
    ("Oi Camille, ainda vale a pena escrever artigos de blog para SEO ou é melhor apostar tudo nas redes sociais?",
     ("Instagram", "artigo de blog")),
])
def test_blog_articles_or_social_weighs_both(note: str, both: tuple[str, str]) -> None:
    text = sample_draft(note)
    assert all(w in text for w in both), text


def test_a_dutch_shop_told_by_a_bare_trade_is_wished_luck_plainly() -> None:
    text = sample_draft("hoi camille, snelle vraag: is het nog zinvol om blogartikelen te schrijven? heb een kleine webshop in thee.")
    assert "webshop in thee" not in text, text
    kept = sample_draft("Hoi Camille, ik ben oprichter van een kleine webshop in duurzame babykleding. Heeft een blog nog zin?")
    assert "je webshop in duurzame babykleding" in kept, kept
