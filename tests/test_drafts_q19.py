"""Round 19, questions the draft did not answer: the sample owner's FAQ answers platform choice, blog or ads, AI content
and Google, third-party cookies / first-party data, Pinterest, and a graduate applying at agencies, in any wording; a
question no entry covers never gets one of these answers."""
from __future__ import annotations

import pytest

from drafting import SAMPLE, sample_draft

from invitriage.drafts import faq

STOCK = ("in writing here", "por escrito aquí", "per iscritto qui", "por escrito aqui", "hier schriftlich", "hier op schrift", "ici par écrit")


def draft(note: str, name: str = "Alex Martin") -> str:
    return sample_draft(note, name=name)


def answer(note: str, lang: str) -> str:
    return faq.match(note, SAMPLE.answers, lang)


PLATFORM = [
    ("Je lance ma boutique de bougies. Tu me conseilles plutôt Instagram ou TikTok ?", "fr", "Instagram"),
    ("Just opened a tiny candle shop online. Should I focus on TikTok or Pinterest first?", "en", "Pinterest"),
    ("Tengo una marca de bolsos de piel. ¿Mejor Pinterest o Instagram para empezar?", "es", "Pinterest"),
    ("Vendo ceramiche online: meglio puntare su TikTok o su Instagram secondo te?", "it", "Instagram"),
    ("Ich verkaufe Schmuck online. Lieber Instagram oder Pinterest, was meinst du?", "de", "Pinterest"),
    ("Tenho uma loja de velas. Vale mais apostar no Instagram ou no TikTok?", "pt", "TikTok"),
    ("Ik heb een webshop in kaarsen. Beter Instagram of TikTok om mee te beginnen?", "nl", "TikTok"),
]


@pytest.mark.parametrize(("note", "lang", "name"), PLATFORM)
def test_platform_choice_gets_a_short_answer(note, lang, name):
    said = answer(note, lang)
    assert name in said and "Instagram" in said
    text = draft(note)
    assert said.split(":")[0] in text and not any(s in text for s in STOCK)


BLOG_OR_ADS = [
    ("Ça vaut encore le coup de tenir un blog pour ma petite boutique, ou je mets tout dans la pub ?", "fr", "blog"),
    ("Is it still worth writing blog articles for a small shop or should I just put the money into ads?", "en", "article"),
    ("¿Sigo escribiendo artículos en el blog de mi tienda o invierto mejor en anuncios?", "es", "blog"),
    ("Per il mio negozio conviene ancora il blog o meglio investire in annunci?", "it", "blog"),
    ("Lohnt sich für meinen kleinen Shop noch ein Blog, oder lieber gleich Werbung schalten?", "de", "Blog"),
    ("Ainda compensa fazer blog para uma loja pequena ou é melhor investir em anúncios?", "pt", "blog"),
    ("Heeft een blog nog zin voor mijn kleine webshop, of kan ik beter in advertenties investeren?", "nl", "blog"),
]


@pytest.mark.parametrize(("note", "lang", "word"), BLOG_OR_ADS)
def test_blog_or_ads_weighs_both(note, lang, word):
    said = answer(note, lang)
    assert word in said and any(w in said for w in ("ads", "pub", "anuncios", "annunci", "Anzeigen", "anúncios", "Advertenties"))


AI = [
    ("Does Google really penalise AI-generated content?", "en"),
    ("Est-ce que Google pénalise les articles écrits avec ChatGPT ?", "fr"),
    ("¿Google penaliza los textos generados con IA? Me refiero a contenidos generados con ChatGPT.", "es"),
    ("Secondo te Google penalizza i contenuti generati con l'intelligenza artificiale?", "it"),
    ("Straft Google KI-Texte eigentlich ab? Wir schreiben viel mit ChatGPT.", "de"),
    ("O Google penaliza conteúdos gerados com ChatGPT?", "pt"),
    ("Straft Google teksten af die met ChatGPT geschreven zijn?", "nl"),
]


@pytest.mark.parametrize(("note", "lang"), AI)
def test_ai_content_and_google(note, lang):
    said = answer(note, lang)
    assert "Google" in said and any(w in said for w in ("AI", "IA", "KI"))


COOKIES = [
    ("How should we prepare for the end of third-party cookies?", "en"),
    ("Tu conseillerais de passer aux données first-party dès maintenant pour nos campagnes ?", "fr"),
    ("¿Cómo nos preparamos para el fin de las cookies de terceros?", "es"),
    ("Vale la pena passare ai dati first-party adesso o aspettare?", "it"),
    ("Wie bereiten wir uns auf das Ende der Drittanbieter-Cookies vor?", "de"),
    ("Vocês acham que já vale migrar para first-party data?", "pt-BR"),
    ("Hoe bereid je je voor op het einde van cookies van derden?", "nl"),
]


@pytest.mark.parametrize(("note", "lang"), COOKIES)
def test_cookies_and_first_party_data(note, lang):
    said = answer(note, lang)
    assert "Safari" in said and "Meta" in said


PINTEREST = [
    ("Are Pinterest Ads worth it for a small pottery shop?", "en"),
    ("Les pubs Pinterest, ça vaut le coup pour une marque de bijoux ?", "fr"),
    ("Lohnt sich Pinterest für einen kleinen Keramik-Shop?", "de"),
    ("¿Merece la pena Pinterest para una tienda de decoración?", "es"),
    ("Secondo te conviene Pinterest per un negozio di gioielli?", "it"),
]


@pytest.mark.parametrize(("note", "lang"), PINTEREST)
def test_pinterest_worth_it(note, lang):
    said = answer(note, lang)
    assert "Pinterest" in said and "pin" in said.lower() and "TikTok" not in said


GRADUATE = [
    ("Ich habe gerade meinen Master abgeschlossen. Worauf sollte ich bei Agenturen achten?", "de"),
    ("Ik ben net afgestudeerd. Hoe kan ik me onderscheiden bij bureaus?", "nl"),
    ("I just finished my master's in marketing. Any tips on what to look for when applying at agencies?", "en"),
    ("Je viens de finir mon master. Des conseils pour postuler en agence ?", "fr"),
    ("Acabo de terminar el máster. ¿Algún consejo para fijarme en las agencias?", "es"),
]


@pytest.mark.parametrize(("note", "lang"), GRADUATE)
def test_graduate_at_agencies_gets_fitting_advice(note, lang):
    said = answer(note, lang)
    assert said and "Google" not in said  # never "a free Google certificate is enough" to a master's graduate
    assert any(w in said for w in ("agency", "agence", "Agentur", "agencia", "agenzia", "agência", "bureau"))


@pytest.mark.parametrize(("note", "lang"), [
    ("Do you know a good tool for cookie banners?", "en"),
    ("Instagram ads: how do I set up the pixel?", "en"),
    ("Kennst du eine gute Agentur für Webdesign in Köln?", "de"),
    ("Tu as un avis sur Threads pour une marque de vin ?", "fr"),
    ("¿Qué opinas de YouTube Shorts para una academia?", "es"),
])
def test_a_question_no_new_entry_covers_gets_none_of_them(note, lang):
    said = answer(note, lang)
    for marker in ("Safari", "pin brings", "une épingle", "Pinterest", "juniors", "Juniors", "AI", "KI", "IA:"):
        assert marker not in said
