"""Slots read right inside a reply: span boundaries, verbs and clauses kept out, names whole, brands cased (review round 10)."""
from __future__ import annotations

import pytest

from invitriage.drafts.notefacts import extract
from invitriage.drafts.writer import _topic_on, draft_for
from invitriage.settings import Settings

OWNER = Settings(owner_name="Camille Laurent", signature="Camille", language="fr", offer=["SEO", "social ads", "content strategy"])


def _draft(note: str, lang: str, intent: str) -> str:
    d = draft_for({"name": "Alex Martin", "note": note, "headline": "", "lang": lang, "intent": intent, "action": "reply",
                   "evidence": []}, OWNER)
    assert d is not None
    return d.text


@pytest.mark.parametrize("note, lang, event", [
    ("Hi Camille, lovely talking at the DigiDays afterparty in Lille! Let's keep in touch.", "en", "at the DigiDays afterparty in Lille"),
    ("Hallo Camille, schön, dass wir uns auf der Growth-Afterparty in Köln unterhalten haben!", "de", "Afterparty in Köln"),
])
def test_an_event_is_never_cut_inside_a_word(note, lang, event):
    """"after|party": a preposition is a whole word; the event keeps its own name."""
    got = extract(note, lang, "met_before").event
    assert event in got and not got.lower().startswith("party"), got


@pytest.mark.parametrize("note, lang", [
    ("Hi Camille, I'm writing a feature on how small agencies are pricing AI audits. Could you spare ten minutes?", "en"),
    ("Bonjour Camille, je prépare un dossier sur comment les PME utilisent TikTok. Auriez-vous dix minutes ?", "fr"),
    ("Hola Camille, escribo un artículo sobre cómo las pymes gallegas usan TikTok. ¿Tienes diez minutos?", "es"),
    ("Ciao Camille, scrivo un pezzo su come le PMI venete usano TikTok. Hai dieci minuti?", "it"),
    ("Olá Camille, estou escrevendo uma matéria sobre como as PMEs usam o TikTok. Tem dez minutos?", "pt"),
    ("Hoi Camille, ik schrijf een stuk over hoe kleine bureaus AI-audits prijzen. Heb je tien minuten?", "nl"),
    ("Hallo Camille, ich schreibe einen Artikel darüber, wie kleine Agenturen KI-Audits bepreisen. Hast du zehn Minuten?", "de"),
])
def test_a_topic_is_never_a_clause_cut_in_its_middle(note, lang):
    topic = extract(note, lang, "ask_for_help").topic
    assert not topic or topic.rstrip().split()[-1] not in ("agencies", "PME", "pymes", "PMI", "PMEs", "bureaus", "Agenturen"), topic


def test_a_dutch_topic_never_ends_on_the_verb_before_ik():
    note = "Beste Camille, voor mijn afstudeeronderzoek naar e-mailmarketing bij webwinkels zoek ik experts voor een kort gesprek. Help je mee?"
    assert not extract(note, "nl", "ask_for_help").topic.endswith("zoek")
    note = "Hoi Camille, over contentplanning bij startups wil ik graag je mening. Heb je even?"
    assert not extract(note, "nl", "ask_for_help").topic.endswith("wil")


@pytest.mark.parametrize("note, lang, intent, want, never", [
    ("hey camille, saw your post on linkedin ads for coaches, really useful", "en", "content", "LinkedIn Ads", "linkedin ads"),
    ("coucou camille, vu ton post sur les tiktok ads pour les artisans, trop bien", "fr", "content", "TikTok Ads", "tiktok ads"),
    ("hoi camille, zag je post over linkedin ads voor zzp'ers, heel handig", "nl", "content", "LinkedIn Ads", "linkedin ads"),
    ("hola camille, vi tu post sobre tiktok ads para panaderías, muy útil", "es", "content", "TikTok Ads", "tiktok ads"),
    ("ciao camille, ho visto il tuo post su linkedin ads per i freelance, utilissimo", "it", "content", "LinkedIn Ads", "linkedin ads"),
    ("oi camille, vi seu post sobre tiktok ads para confeitarias, muito bom", "pt", "content", "TikTok Ads", "tiktok ads"),
    ("hey camille, hab deinen post zu linkedin ads für coaches gesehen, super hilfreich", "de", "content", "LinkedIn Ads", "linkedin ads"),
])
def test_brand_and_channel_names_are_cased_as_their_owners_write_them(note, lang, intent, want, never):
    topic = extract(note, lang, intent).topic
    if topic:
        assert want in topic and never not in topic, topic
    assert never not in _draft(note, lang, intent)


@pytest.mark.parametrize("note, lang, word, typo", [
    ("Hola Camille, vi tu post sobre el trafico organico en tiendas pequeñas. Muy bueno.", "es", "orgánico", "organico "),
    ("Oi Camille, vi seu post sobre trafego pago para negocios locais. Muito bom!", "pt", "tráfego", "trafego "),
])
def test_a_repeated_topic_does_not_repeat_the_senders_missing_accents(note, lang, word, typo):
    topic = extract(note, lang, "content").topic
    assert topic and word in topic and typo not in topic + " ", topic


@pytest.mark.parametrize("note, lang, name", [
    ("Ciao Camille, conduco il podcast 'Vendere all'estero' e mi piacerebbe averti ospite in una puntata. Ti andrebbe?", "it", "Vendere all'estero"),
    ("Bonjour Camille, j'anime le podcast 'Ventes d'ailleurs' et j'aimerais vous inviter pour un épisode. Ça vous dirait ?", "fr", "Ventes d'ailleurs"),
    ("Hi Camille, I host the podcast 'Founder's Desk' and would love to have you on for an episode. Interested?", "en", "Founder's Desk"),
])
def test_a_quoted_name_keeps_its_apostrophe(note, lang, name):
    assert extract(note, lang, "business_proposal").project == name


@pytest.mark.parametrize("note, lang, title", [
    ("Hola Camille, soy headhunter. Busco una Directora de Contenido remota para una fintech en Valencia. ¿Hablamos?", "es", "remota"),
    ("Ciao Camille, cerco una Responsabile SEO da remoto per una startup di Torino. Ti interessa?", "it", "remoto"),
    ("Olá Camille, procuro um Head of Growth remoto para uma startup no Porto. Tem interesse?", "pt", "remoto"),
])
def test_a_job_title_never_carries_an_adjective_agreeing_with_the_notes_noun(note, lang, title):
    got = extract(note, lang, "recruiting").job_title
    assert title not in got.lower(), got


@pytest.mark.parametrize("topic, lang, want", [
    ("about SEO and ads", "en", "on SEO and ads"), ("on local SEO", "en", "on local SEO"),
    ("over SEO en social ads", "nl", "op het gebied van SEO en social ads"), ("over de webshop", "nl", ""),
    ("über SEO", "de", "im Bereich SEO"), ("über die Strategie", "de", ""),
    ("sur le SEO", "fr", "sur le SEO"), ("sobre SEO", "es", "sobre SEO"), ("su SEO", "it", "su SEO"), ("sobre SEO", "pt", "sobre SEO"),
])
def test_working_together_takes_the_preposition_its_verb_wants(topic, lang, want):
    assert _topic_on(topic, lang) == want


@pytest.mark.parametrize("note, lang, never, want", [
    ("Hi Camille, I design Webflow sites in Bordeaux and my clients keep asking about SEO and ads. Would you be open to a partnership?", "en",
     "together about", "SEO and ads"),
    ("Hoi Camille, ik bouw webshops in Gent en klanten vragen vaak over SEO en social ads. Zullen we samenwerken?", "nl",
     "samen te werken over", "SEO en social ads"),
])
def test_a_partnership_draft_reads_work_together_on(note, lang, never, want):
    text = _draft(note, lang, "business_proposal")
    assert never not in text
    assert want in text, text


@pytest.mark.parametrize("lang, phrase", [("de", "Minuten gern:"), ("de", "Sehr gern tauschen wir uns aus"),
                                          ("it", "se vedo una pista"), ("it", "parere sulla"), ("fr", "mon avis sur votre question"),
                                          ("nl", "hulp kunt gebruiken met"), ("pt-BR", "«")])
def test_calqued_or_clumsy_template_phrasing_is_gone(lang, phrase):
    from pathlib import Path

    import invitriage
    folder = Path(invitriage.__file__).parent / "templates" / "drafts"
    for path in folder.glob(f"*.{lang}.txt"):
        assert phrase not in path.read_text(encoding="utf-8"), (path.name, phrase)


def test_kind_words_are_not_about_a_post_about():
    text = _draft("Hey! Read your post about Pinterest Ads for florists. Super helpful stuff, thanks.", "en", "content")
    assert "about my post about" not in text


@pytest.mark.parametrize("note, lang", [
    ("Hallo Camille, ich lese seit ein paar Monaten deinen Newsletter, der Teil zu Google Ads war klasse. Danke!", "de"),
    ("Salut Camille, je lis ta newsletter tous les mois, le numéro sur Pinterest m'a aidée. Merci !", "fr"),
    ("Hi Camille, I've read your newsletter for a few months now, the issue on Bing Ads helped a lot. Thanks!", "en"),
    ("Hola Camille, leo tu newsletter desde hace unos meses, el número sobre Google Ads me ayudó mucho. ¡Gracias!", "es"),
    ("Ciao Camille, leggo la tua newsletter da qualche mese, il numero su Google Ads mi ha aiutato. Grazie!", "it"),
    ("Oi Camille, leio sua newsletter todos os meses, a edição sobre Google Ads me ajudou muito. Valeu!", "pt"),
    ("Hoi Camille, ik lees je nieuwsbrief al een paar maanden, de editie over Google Ads hielp me echt. Dank!", "nl"),
])
def test_a_regular_reader_is_never_thanked_in_the_past_tense(note, lang):
    f = extract(note, lang, "content")
    assert f.work == "newsletter" and f.regular, (f.work, f.regular)
    text = _draft(note, lang, "content")
    for past in ("gelesen hast", "que tu aies lu", "for reading my newsletter", "leído", "letto la mia", "leu a minha", "gelezen hebt"):
        assert past not in text, text


def test_two_and_clauses_never_run_together():
    note = "Hi Camille, lovely meeting you at the Growth Forum in Lyon on Tuesday! Your talk on SEO for bakeries was great. Stay in touch!"
    text = _draft(note, "en", "met_before")
    assert text.count(", and ") <= 1, text


def test_the_owners_own_workshop_is_never_called_our_conversation():
    note = "Hallo Camille, ich war im Frühjahr in deinem SEO-Workshop in Lausanne – hat mir viel gebracht! Grüsse, Urs"
    assert "meinem SEO-Workshop" in extract(note, "de", "met_before").event
    text = _draft(note, "de", "met_before")
    assert "Gespräch" not in text and "dabei warst" in text, text


@pytest.mark.parametrize("note, lang, want", [
    ("Ciao Camille, conduco il podcast 'Vendere all'estero' e mi piacerebbe averti ospite in una puntata. Ti andrebbe?", "it", "il podcast «Vendere all'estero»"),
    ("Bonjour Camille, j'anime le podcast 'Ventes d'ailleurs' et j'aimerais vous inviter pour un épisode. Ça vous dirait ?", "fr", "le podcast « Ventes d'ailleurs »"),
    ("Hola Camille, presento el podcast 'Vender Online' y me encantaría invitarte a un episodio. ¿Te animas?", "es", "el podcast «Vender Online»"),
    ("Oi Camille, apresento o podcast 'Loja Cheia' e adoraria te convidar para um episódio. Topa?", "pt", "o podcast “Loja Cheia”"),
])
def test_a_project_name_comes_with_its_kind_and_article(note, lang, want):
    assert want in _draft(note, lang, "business_proposal")


def test_a_formal_european_portuguese_reply_neither_exclaims_nor_repeats_equipa():
    note = ("Exmo. Sr. Laurent,\nNa qualidade de diretor de formação da Têxteis Minho, gostaria de conhecer a sua oferta de formação "
            "em marketing digital para a nossa equipa comercial.\nCom os melhores cumprimentos,\nRui Costa")
    text = _draft(note, "pt", "business_proposal")
    if "formações para equipas" in text:
        assert "sua equipa" not in text and "convosco." in text, text
