"""Round 20 (l20c): a freelancer's offer of services is answered as an offer; "I saw you at the webinar" means the owner spoke."""

from __future__ import annotations

import pytest

from drafting import render

OFFERS = [
    ("Bonjour Camille, super article sur le SEO local. Je suis rédactrice freelance : si un jour vous cherchez quelqu'un pour vos contenus, faites-moi signe.", "fr", "content"),
    ("Salut Camille, je suis traducteur indépendant, si besoin pour tes clients anglophones pense à moi !", "fr", "content"),
    ("Hallo Camille, toller Artikel! Ich arbeite als Freelance-Texterin – falls du mal Texte auf Deutsch brauchst, meld dich gern.", "de", "content"),
    ("Guten Tag Frau Laurent, ich bin freiberuflicher Übersetzer. Wenn Sie einmal Unterstützung bei deutschen Inhalten suchen, melden Sie sich gern.", "de", "content"),
    ("Hola Camille, me encantó tu artículo. Soy redactora freelance, si alguna vez necesitas textos en español para tus clientes, escríbeme.", "es", "content"),
    ("Buenas Camille, trabajo como diseñador freelance; si buscas a alguien para las creatividades de tus campañas, cuenta conmigo.", "es", "content"),
    ("Ciao Camille, bellissimo articolo! Sono copywriter freelance, se ti servono testi in italiano fammi sapere.", "it", "content"),
    ("Buongiorno Camille, lavoro come traduttrice freelance: se le serve una mano con contenuti in italiano, sono a sua disposizione.", "it", "content"),
    ("Olá Camille, adorei o seu artigo. Sou redatora freelancer e, se precisar de textos em português, é só falar.", "pt", "content"),
    ("Oi Camille, trabalho como designer freelancer; se um dia precisar de criativos para anúncios, conte comigo!", "pt", "content"),
]

READER = ("Gibt es ein Thema", "algún tema", "tema che vorresti", "algum tema", "sujet que", "keep an eye", "leído", "gelesen hast")


@pytest.mark.parametrize("note,lang,intent", OFFERS)
def test_freelancer_offer_answered_as_an_offer(note: str, lang: str, intent: str) -> None:
    text, template = render(note, lang, intent)
    assert template == "business_proposal", (template, text)
    for bad in READER:
        assert bad.lower() not in text.lower(), (bad, text)


SAW = [
    ("Hola Camille! Te vi en el webinar de Ahrefs del martes. ¿Para una tienda pequeña empezarías por SEO o por Google Ads?", "es", "ask_for_help"),
    ("Hola Camille, te vi en el webinar de Shopify, muy útil. Un saludo", "es", "met_before"),
    ("Hi Camille! I saw you at the Ahrefs webinar on Tuesday. For a small shop, would you start with SEO or Google Ads?", "en", "ask_for_help"),
    ("Hi Camille, caught you at the Shopify webinar last week, great stuff!", "en", "met_before"),
    ("Salut Camille, je t'ai vue au webinar Ahrefs mardi, top ! Pour une petite boutique, tu commencerais par le SEO ou Google Ads ?", "fr", "ask_for_help"),
    ("Ciao Camille, ti ho vista al webinar di Shopify, molto interessante!", "it", "met_before"),
    ("Olá Camille, vi você no webinar da Shopify, muito bom!", "pt", "met_before"),
    ("Hallo Camille, ich habe dich beim Shopify-Webinar gesehen, sehr hilfreich!", "de", "met_before"),
    ("Hoi Camille, ik zag je bij het Shopify-webinar, heel leerzaam!", "nl", "met_before"),
]
TALKED = ("charla", "chat", "conversa", "Gespräch", "gesprek", "chiacchierata", "message on", "mensaje el", "échange", "retomar",
          "at the Ahrefs webinar", "at the Shopify webinar")


@pytest.mark.parametrize("note,lang,intent", SAW)
def test_saw_you_at_the_webinar_means_she_spoke(note: str, lang: str, intent: str) -> None:
    text, _ = render(note, lang, intent)
    for bad in TALKED:
        assert bad.lower() not in text.lower(), (bad, text)
    assert "webinar" in text.lower() or "webinaire" in text.lower(), text
