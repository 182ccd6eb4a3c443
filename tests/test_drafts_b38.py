"""Wave 38, helper B: what the sender wants, named (a referred lead's need, the owner's own client asked about, no
meeting invented from a class taught, no pronoun thanked as a referrer)."""

from __future__ import annotations

from invitriage.drafts.writer import draft_for

from drafting import SAMPLE


def _reply(note: str, lang: str, intent: str, headline: str = "") -> str:
    d = draft_for({"name": "Alex Martin", "note": note, "headline": headline, "lang": lang, "intent": intent, "action": "reply",
                   "evidence": []}, SAMPLE, SAMPLE.templates_dir)
    assert d is not None
    return d.text


def test_referred_lead_with_a_bare_help_ask_gets_the_field_named_and_a_plain_call():
    cases = [
        ("es", "Buenas! Marta Ruiz me pasó tu contacto, dice que controlas mucho de anuncios de TikTok. Acabo de abrir una tienda de cerámica y necesito una mano",
         "TikTok", "conocernos"),
        ("it", "Ciao Camille, Giulia Bassi mi ha parlato di te: dice che con le ads su Facebook sei fortissima. Sto aprendo un negozio di scarpe online e ho bisogno di aiuto",
         "Facebook", "conoscerci"),
        ("pt", "Oi Camille! O Bruno Lima me passou seu contato, falou que vc entende tudo de anúncios no Instagram. Tô abrindo uma loja de velas e preciso de ajuda",
         "Instagram", "conhecermos"),
        ("en", "Hi Camille, Emma Walsh told me to get in touch. I sell handmade candles online and I'm struggling with organic traffic. Could we talk?",
         "SEO", "Good luck"),
    ]
    for lang, note, named, never in cases:
        text = _reply(note, lang, "referral")
        assert named in text, (lang, text)
        assert never not in text, (lang, text)


def test_a_course_the_referrer_gave_is_never_the_need():
    text = _reply("Hoi Camille, via Anouk de Vries (jullie gaven samen een SEO-cursus in Gent) kom ik bij je terecht. "
                  "Ik heb een webshop in theeservies en loop vast met Google Shopping. Kunnen we eens sparren?", "nl", "referral")
    assert "trainingen" not in text and "SEO" not in text.split("\n", 3)[-1].split("Groet")[0], text


def test_her_own_clients_project_asked_about_is_told_on_a_call_never_taken_as_theirs():
    cases = [
        ("de", "Hallo Camille, wir hatten uns beim Barcamp in Köln unterhalten, du hast mir von deinem Kunden mit der Kaffeerösterei erzählt. "
               "Mich würde interessieren, wie es da weitergegangen ist! LG Jonas", "Projekt", ("Woran arbeitest", "deine Kaffeerösterei")),
        ("nl", "Hoi Camille, weet je nog, de lunch op het Emerce-event? Je had het over je klant met de fietsenwinkel. Hoe is dat afgelopen? Groet, Sem",
         "project", ("je fietsenwinkel", "Waar ben je")),
        ("en", "Hi Camille, we met at BrightonSEO and you mentioned your client with the bakery chain. I'd love to hear how that project turned out!",
         "project", ("your bakery", "What are you working on")),
        ("es", "Hola Camille, coincidimos en el Congreso Web de Zaragoza y me hablaste de tu cliente con la bodega. ¿Cómo siguió el proyecto?",
         "proyecto", ("tu bodega", "En qué estás")),
    ]
    for lang, note, said, never in cases:
        text = _reply(note, lang, "met_before")
        assert said in text, (lang, text)
        for bad in never:
            assert bad not in text, (lang, bad, text)


def test_no_meeting_invented_from_a_class_nor_a_pronoun_thanked_as_referrer():
    for lang, note, never in [
        ("it", "Buongiorno Camille, coordino un corso a Torino: le andrebbe di tenere una lezione sui social per gli allievi del master?", "chiacchierata"),
        ("es", "Hola Camille, doy clase en una escuela de negocios de Valencia. ¿Te animarías a dar un taller online para los alumnos del máster?", "conversación"),
    ]:
        text = _reply(note, lang, "business_proposal")
        assert never not in text, (lang, text)
    for lang, note, bad in [
        ("nl", "Hoi Camille! Jij vertelde laatst op de borrel over SEO voor webshops, superinteressant. Groet, Lars", "dank aan Jij"),
        ("de", "Hallo Camille, Du hast mir auf dem Barcamp von deinem Newsletter erzählt, super spannend! Grüße, Tim", "danke an Du"),
    ]:
        text = _reply(note, lang, "met_before")
        assert bad not in text, (lang, text)
