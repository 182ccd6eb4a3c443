"""Wave 39, helper B: what the note is (an audience member's thanks is no invitation to speak; "would you be one of our
speakers?" is one; "a tip on where to start with SEO for my shop" is the question itself; a shop name never cut at an
apostrophe)."""

from __future__ import annotations

from invitriage.drafts.shop import shop_phrase
from invitriage.drafts.writer import draft_for

from drafting import SAMPLE


def _reply(note: str, lang: str, intent: str) -> str:
    d = draft_for({"name": "Alex Martin", "note": note, "headline": "", "lang": lang, "intent": intent, "action": "reply",
                   "evidence": []}, SAMPLE, SAMPLE.templates_dir)
    assert d is not None
    return d.text


def test_someone_from_the_audience_is_thanked_never_booked_nor_said_to_have_chatted():
    cases = [
        ("fr", "business_proposal", "Bonsoir, je t'ai vue intervenir au webinaire de Bpifrance sur les réseaux sociaux, super clair ! Je t'ajoute.",
         ("animer", "dates", "notre échange", "notre conversation")),
        ("fr", "business_proposal", "Bonjour, j'ai assisté à votre atelier sur le SEO local à la CCI de Roanne. Merci pour tous ces conseils !",
         ("animer", "dates envisagées")),
        ("en", "met_before", "Hi Camille, I saw you speak at the Ecommerce Meetup in Bristol about product pages. Really useful, thanks!",
         ("great chatting", "conversation")),
        ("de", "content", "Hallo Camille, ich habe dich letzte Woche beim Webinar des Handelsverbands zu Instagram gehört. Danke für die Tipps!",
         ("Gespräch", "Woran arbeitest")),
    ]
    for lang, intent, note, never in cases:
        text = _reply(note, lang, intent)
        for bad in never:
            assert bad not in text, (lang, bad, text)


def test_asked_to_be_a_speaker_is_an_invitation_to_speak():
    cases = [
        ("pt", "Olá Camille! Somos da equipa do Marketing Fest Porto e estamos a fechar o programa. Gostaria de ser uma das oradoras?", ("Marketing Fest",), ("conversa",)),
        ("en", "Hello Camille, we run the Paid Social Day in Leeds. Would you like to be one of our speakers this autumn?", ("Paid Social Day",), ("chatting",)),
        ("es", "Hola Camille, somos del Ecommerce Forum de Sevilla. ¿Te gustaría participar como ponente en la edición de mayo?", ("Ecommerce Forum",), ("conversación",)),
    ]
    for lang, note, said, never in cases:
        text = _reply(note, lang, "business_proposal")
        for good in said:
            assert good in text, (lang, good, text)
        for bad in never:
            assert bad not in text, (lang, bad, text)


def test_a_wish_for_advice_on_starting_seo_for_a_shop_is_answered():
    cases = [
        ("es", "Buenas Camille, acabo de abrir una tienda online de cerámica y me vendría muy bien un consejo para empezar con el SEO.", "fichas de producto"),
        ("it", "Ciao Camille, ho aperto da poco un negozio online di ceramiche e mi servirebbero dei consigli per partire con la SEO.", "schede prodotto"),
        ("pt", "Olá Camille, lancei uma loja online de velas e preciso de umas dicas para começar com o SEO.", "páginas de produto"),
        ("nl", "Hoi Camille, ik ben net een webshop in vintage lampen begonnen en heb wat tips nodig om met SEO te starten.", "categoriepagina"),
    ]
    for lang, note, said in cases:
        text = _reply(note, lang, "ask_for_help")
        assert said in text, (lang, text)
        assert "pregunta concreta" not in text and "domanda precisa" not in text, (lang, text)


def test_a_shop_is_never_cut_at_an_apostrophe():
    for lang, note, whole in [
        ("it", "Gestisco un negozio di olio d'oliva a Lecce.", "d'oliva"),
        ("fr", "J'ai une épicerie d'huile d'olive à Nice.", "d'olive"),
        ("pt", "Tenho uma loja de azeite d'oliva no Porto.", "d'oliva"),
    ]:
        shop = shop_phrase(note, "", lang, informal=True)
        assert not shop.endswith(" d") and not shop.endswith("d'"), (lang, shop)
        assert whole in shop or not shop.endswith("d"), (lang, shop)
