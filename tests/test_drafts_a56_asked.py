"""Wave 56, group A (direct questions answered): a Google Ads certification OR Meta Ads weighs both (de_nl note-5), a SaaS's
"SEO or LinkedIn ads on €500 a month" is a business choice, never a career one (de_nl note-27), a webshop asking how to be
found in Google gets the shop SEO answer (de_nl note-41), a missed webinar's recording is sent, never a sales call nor thanks
for watching it (de_nl note-18), and "do reels still work or Pinterest?" weighs Instagram against Pinterest (fr_en note-34)."""
from __future__ import annotations

import pytest

from drafting import sample_draft

CERT_OR_META = [
    ("Hi Camille! Bin Junior Social Media Manager und frage mich, ob sich eine Google Ads Zertifizierung lohnt oder ob ich lieber "
     "direkt mit Meta Ads einsteigen soll. Was würdest du raten? Danke dir! Max", ""),
    ("Hi Camille, I work as a junior marketing assistant. Is the Google Ads certification worth it, or should I go straight to "
     "Meta ads? Thanks, Max", "Marketing Assistant"),
    ("Salut Camille, je suis chargé de communication junior. La certification Google Ads vaut le coup ou je commence plutôt par "
     "les pubs Meta ? Merci ! Max", "Chargé de communication"),
    ("Hoi Camille, ik werk als junior online marketeer. Is de Google Ads-certificering de moeite waard of kan ik beter meteen met "
     "Meta ads beginnen? Groet, Max", "Online marketeer"),
    ("Ciao Camille, lavoro come social media manager junior. Mi conviene la certificazione Google Ads o partire subito con le "
     "Meta ads? Grazie, Max", "Social Media Manager"),
]


@pytest.mark.parametrize("note,headline", CERT_OR_META)
def test_google_ads_certificate_or_meta_ads_weighs_both(note: str, headline: str) -> None:
    text = sample_draft(note, headline=headline, name="Max Weber")
    assert "Meta Blueprint" in text and "Skillshop" in text, text
    assert "Search Console" not in text and "Conversion-Tracking einrichten" not in text, text


SAAS_BUDGET = [
    ("Hey Camille! Ik werk sinds kort als junior marketeer bij een kleine SaaS. Wat zou jij als eerste aanpakken: SEO of LinkedIn "
     "ads, met een budget van €500 per maand? Ben benieuwd naar je mening! Thijs", "drie tot zes maanden", "leukst"),
    ("Hi Camille, junior marketer at a small SaaS here. With 500 € a month, would you start with SEO or LinkedIn ads? Thanks! Thijs",
     "three to six months", "more fun"),
    ("Salut Camille, je suis junior marketing dans une petite startup SaaS. Avec un budget de 500 € par mois, tu commencerais par "
     "le SEO ou par des pubs LinkedIn ? Merci ! Thijs", "trois à six mois", "qu'on aime"),
    ("Hola Camille, soy junior de marketing en un SaaS pequeño. Con un presupuesto de 500 € al mes, ¿empezarías por SEO o por "
     "anuncios en LinkedIn? ¡Gracias! Thijs", "tres a seis meses", "disfrute"),
]


@pytest.mark.parametrize("note,said,career", SAAS_BUDGET)
def test_seo_or_ads_with_a_monthly_budget_is_a_business_choice(note: str, said: str, career: str) -> None:
    text = sample_draft(note, name="Thijs van den Berg")
    assert said in text, text
    assert career not in text, text


FOUND_IN_GOOGLE = [
    ("Beste Camille, ik ben net begonnen met een webshop in vintage meubels. Heb je tips hoe ik zonder groot budget beter gevonden "
     "word in Google? Alvast heel erg bedankt! Anouk Vermeulen", "categoriepagina", "belletje"),
    ("Hi Camille, I just opened an online shop for handmade candles. Any tips on how to get found on Google without spending much? "
     "Thanks, Anouk", "category pages", "20-minute"),
    ("Hallo Camille, ich habe gerade einen Onlineshop für Vintage-Möbel gestartet. Hast du Tipps, wie ich ohne großes Budget bei "
     "Google gefunden werde? Danke, Anouk", "Kategorieseiten", "Telefonat"),
    ("Hola Camille, acabo de abrir una tienda online de muebles vintage. ¿Algún consejo para aparecer en Google sin mucho "
     "presupuesto? Gracias, Anouk", "categorías", "llamada"),
]


@pytest.mark.parametrize("note,said,call", FOUND_IN_GOOGLE)
def test_a_shop_asking_to_be_found_in_google_gets_the_shop_seo_answer(note: str, said: str, call: str) -> None:
    text = sample_draft(note, name="Anouk Vermeulen")
    assert said in text and "Search Console" in text, text
    assert call not in text, text


MISSED_WEBINAR = [
    ("Grüezi Frau Laurent, ich bin Gründerin eines kleinen Onlineshops für Schweizer Naturkosmetik und habe Ihr Webinar zu SEO "
     "verpasst 😅 Gibt es eine Aufzeichnung? Freundliche Grüsse, Nicole Brunner", "die Aufzeichnung", ("Budget", "besucht")),
    ("Bonjour Camille, je gère une petite boutique en ligne et j'ai raté votre webinaire SEO. Y a-t-il un replay ? Merci, Nicole",
     "l'enregistrement", ("budget", "suivi mon")),
    ("Ciao Camille, ho un negozio online e ho perso il tuo webinar sulla SEO. C'è una registrazione? Grazie, Nicole",
     "la registrazione", ("budget", "seguito il mio")),
    ("Hoi Camille, ik heb een webshop en heb je webinar over SEO gemist. Is er een opname? Groet, Nicole",
     "de opname", ("20 minuten", "gevolgd")),
]


@pytest.mark.parametrize("note,sent,gone", MISSED_WEBINAR)
def test_a_missed_webinar_recording_is_sent_never_a_sales_call(note: str, sent: str, gone: tuple[str, str]) -> None:
    text = sample_draft(note, name="Nicole Brunner")
    assert sent in text, text
    assert all(word not in text for word in gone), text


REELS_OR_PINTEREST = [
    ("hey camille! saw ur post about instagram reels for small shops, super helpful. quick q - do u think reels still work for "
     "handmade jewelry or should i focus on pinterest? thx x", "Owner @ Little Gem Studio", "Instagram is the safest start"),
    ("Coucou Camille, je vends des bougies artisanales : tu penses que les reels marchent encore ou je mise plutôt sur Pinterest ? "
     "Merci !", "Créatrice - Bougies Lumen", "Instagram est le plus sûr"),
    ("Hola Camille, tengo una marca de cerámica: ¿los reels siguen funcionando o me centro en Pinterest? ¡Gracias!", "",
     "Instagram es el comienzo más seguro"),
]


@pytest.mark.parametrize("note,headline,said", REELS_OR_PINTEREST)
def test_reels_or_pinterest_weighs_both(note: str, headline: str, said: str) -> None:
    text = sample_draft(note, headline=headline, name="Chloe Turner")
    assert said in text and "Pinterest" in text, text
