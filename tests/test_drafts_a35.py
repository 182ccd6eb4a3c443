"""Wave 35, helper A: paid-ads questions answered (the ads asked, never organic or local advice instead)."""

from drafting import SAMPLE

from invitriage.drafts import faq
from invitriage.drafts.writer import draft_for


def _sample(note: str, lang: str, intent: str) -> str:
    d = draft_for({"name": "Alex Martin", "note": note, "headline": "", "lang": lang, "intent": intent, "action": "reply",
                   "evidence": []}, SAMPLE, SAMPLE.templates_dir)
    assert d is not None
    return d.text


def _answer(note: str, lang: str) -> str:
    return faq.match(note, SAMPLE.answers, lang)


def test_advice_on_instagram_ads_gets_the_ads_answer_not_reels():
    notes = [("en", "Hello Camille, Tom said you'd be the right person - I'm starting a little candle brand and I'd love some advice on Instagram ads."),
             ("fr", "Bonjour Camille, je lance ma marque de bijoux et j'aimerais quelques conseils sur les pubs Instagram."),
             ("es", "Hola Camille, acabo de abrir mi tienda de cerámica y me encantaría algún consejo sobre anuncios en Instagram."),
             ("nl", "Hoi Camille, ik start net mijn kleine kaarsenmerk en zou graag wat advies krijgen over Instagram advertenties.")]
    for lang, note in notes:
        text = _answer(note, lang)
        assert "Advantage+" in text and "reel" not in text.lower(), (lang, text)


def test_online_shop_seo_or_ads_never_gets_the_local_business_answer():
    notes = [("pt", "Olá Camille, tenho uma loja online de roupa de yoga há um ano. Compensa mais apostar em SEO ou em anúncios?"),
             ("en", "Hi Camille, I run an online store for fitness gear. Should I put money into SEO or paid ads first?"),
             ("nl", "Hoi Camille, ik heb een webshop in fitnesskleding. Kan ik beter inzetten op SEO of op advertenties?")]
    for lang, note in notes:
        text = _answer(note, lang)
        assert text and "Google Business" not in text and "Google-Bedrijfsprofiel" not in text, (lang, text)
        assert "SEO" in text, (lang, text)


def test_seo_or_facebook_campaigns_weighs_both():
    notes = [("it", "Ciao Camille, vendo olio d'oliva online ma le vendite sono poche. Meglio puntare sulla SEO o sulle campagne Facebook?"),
             ("fr", "Bonjour Camille, ma boutique de thé en ligne démarre doucement : je mise sur le SEO ou sur des campagnes Facebook ?"),
             ("es", "Hola Camille, tengo una tienda online de café. ¿Me conviene más el SEO o las campañas en Facebook ads?")]
    for lang, note in notes:
        text = _answer(note, lang)
        assert "SEO" in text and cre_any(text, ("annunci", "pub", "anuncios")), (lang, text)


def cre_any(text: str, words: tuple[str, ...]) -> bool:
    return any(w in text.lower() for w in words)


def test_opinion_asked_in_the_question_is_answered_not_sent_for_review():
    notes = [("en", "Hi Camille, saw your post on ad budgets. What's your view on running Meta ads with only €200 a month - is it worth it or better to focus on SEO first?"),
             ("de", "Hallo Camille, dein Post über Google Ads war super. Wie ist deine Meinung zu Anzeigen mit nur 300 € im Monat – lohnt sich das oder lieber erst SEO?"),
             ("it", "Ciao Camille, ho letto il tuo post sulle Meta Ads. Qual è il tuo parere su fare annunci con soli 300 € al mese: conviene o meglio partire dalla SEO?")]
    for lang, note in notes:
        text = _sample(note, lang, "content")
        assert "SEO" in text and "look at" not in text and "Call" not in text and "call" not in text, (lang, text)


def test_from_which_monthly_budget_gets_the_budget_answer():
    notes = [("de", "Hallo Camille, kurze Frage: ab welchem Monatsbudget lohnen sich Meta-Anzeigen für einen kleinen Onlineshop?"),
             ("en", "Hi Camille, from what budget do Facebook ads start to make sense for a small shop?"),
             ("nl", "Hoi Camille, vanaf welk maandbudget heeft adverteren zin voor een kleine webshop?")]
    for lang, note in notes:
        text = _answer(note, lang)
        assert "10" in text and "20" in text, (lang, text)
