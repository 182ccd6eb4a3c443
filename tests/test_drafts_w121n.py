"""Wave 121, group N: a shop asking server-side tracking or Meta's Conversions API gets which one and when server-side GTM
pays off, never Google's Consent Mode answered for a post on third-party cookies read before the question."""

from __future__ import annotations

from drafting import sample_draft


def test_shopify_server_side_or_conversions_api_gets_the_choice_not_consent_mode() -> None:
    # 121 fr_en note-14: "vous recommandez plutôt le server-side tracking ou les Conversions API ?" answered with Consent Mode v2
    fr = sample_draft("Bonjour Camille,\nJ'ai lu votre post sur la fin des cookies tiers, très clair merci. Une question : pour "
                      "un site e-commerce sur Shopify, vous recommandez plutôt le server-side tracking ou les Conversions API ?\n"
                      "Paul Chevalier", headline="Responsable acquisition - Vélo Urbain", name="Paul Chevalier")
    assert "Consent Mode" not in fr
    assert "Pour Meta seul, l'intégration native de la plateforme suffit" in fr and "plusieurs régies" in fr


def test_native_meta_capi_or_server_side_gtm_says_when_gtm_is_worth_it() -> None:
    # 121 fr_en note-36: "is it worth setting up server-side GTM or is the native Meta CAPI integration enough?"
    en = sample_draft("Hi Camille, loved your post on GA4 vs server-side tracking. One question: for a Shopify store doing "
                      "~500 orders/month, is it worth setting up server-side GTM or is the native Meta CAPI integration enough?\n"
                      "Thanks, Ben", headline="E-commerce Manager, TrailGear", name="Ben Foster")
    assert "For Meta alone, the shop platform's native integration is enough" in en and "several ad platforms" in en
    de = sample_draft("Hallo Camille, toller Beitrag über Cookies von Drittanbietern. Für unseren Shopify-Shop: lohnt sich "
                      "serverseitiges Tracking oder reicht die Conversions API von Meta?", name="Jonas Weber")
    assert "Consent Mode" not in de and "Für Meta allein reicht die native Integration" in de


def test_consent_mode_question_still_gets_consent_mode() -> None:
    en = sample_draft("Hi Camille, read your post on third-party cookies. Does Consent Mode v2 recover the conversions we lose?",
                      name="Emma Stone")
    assert "Consent Mode v2" in en
