"""Review round 12: register, greetings, closings and wording (mirrored letter openings, a formal need line, no
exclamations or colloquialisms in a formal letter, a formal letter signed with the full name, Swiss German ss,
slang only when the sender uses it, no repeated words)."""
from __future__ import annotations

import re

import pytest

from drafting import OWNER, draft

from invitriage.drafts.writer import draft_for


@pytest.mark.parametrize("note, lang, name, greeting", [
    ("Chère Madame Laurent, je coordonne les formations de la Maison de l'emploi de Roanne et je cherche une intervenante "
     "en réseaux sociaux pour deux journées. Pourriez-vous me dire si vous êtes disponible ? Cordialement, Odile Perrin",
     "fr", "Odile Perrin", "Bonjour Madame Perrin,"),
    ("Estimada Sra. Laurent, le escribo desde la Diputación de Gipuzkoa. Organizamos talleres de marketing digital para "
     "comercios y buscamos ponentes. ¿Le interesaría participar? Atentamente", "es", "Nerea Arrieta", "Estimada Sra. Arrieta:"),
    ("Egregia Signora Laurent, Le scrivo dall'Ordine dei commercialisti di Bari: cerchiamo relatori per un seminario "
     "sul marketing digitale. Sarebbe disponibile? Cordiali saluti", "it", "Raffaella Greco", "Gentile signora Greco,"),
    ("Cara Camille, estamos a preparar um encontro de lojistas no Porto em outubro e gostaríamos de a convidar para falar "
     "de anúncios. Podemos enviar-lhe o programa?", "pt", "Margarida Pinto", "Cara Margarida,"),
])
def test_a_formal_or_warm_letter_opening_is_mirrored(note, lang, name, greeting):
    assert draft(note, lang, "business_proposal", name).startswith(greeting)


def test_an_italian_gentile_with_tu_is_answered_gentile_first_name_with_tu():
    note = ("Gentile Camille, a marzo organizziamo un meetup sull'e-commerce a Bologna e vorremmo averti tra i relatori. "
            "Possiamo mandarti il programma?")
    text = draft(note, "it", "business_proposal", "Giovanna Ferri")
    assert text.startswith("Gentile Giovanna,"), text
    assert not re.search(r"\b(?:Lei|Le|Sua|signora)\b", text), text


def test_a_german_peer_saying_hallo_with_a_first_name_is_answered_with_du():
    note = "Hallo Camille, ich bin auch im Performance-Marketing unterwegs und vernetze mich gern mit Kolleginnen in Frankreich. Beste Grüße, Silke Brandt"
    text = draft(note, "de", "generic", "Silke Brandt")
    assert text.startswith("Hallo Silke,"), text
    assert not re.search(r"\b(?:Sie|Ihnen|Ihre?)\b", text), text


@pytest.mark.parametrize("note, lang, name, casual", [
    ("Madame Laurent,\nResponsable e-commerce d'une enseigne de jardinage (25 magasins), je souhaiterais vous consulter sur le "
     "référencement de notre site.\nVeuillez agréer mes salutations distinguées.\nPatrice Morel", "fr", "Patrice Morel",
     r"Je vous accompagne avec plaisir|!"),
    ("Dear Ms Laurent,\nI lead marketing at a Scottish tea company and we are looking for an SEO consultant for our French "
     "launch. I would welcome a conversation.\nYours sincerely,\nMalcolm Reid", "en", "Malcolm Reid", r"Happy to help|!"),
    ("Estimada Sra. Laurent:\nSoy director de marketing de una cadena de ópticas y queremos externalizar el SEO. Me gustaría "
     "conocer sus servicios.\nAtentamente,\nAitor Zubiri", "es", "Aitor Zubiri", r"[¡!]"),
    ("Exmo. Sr. Dr. Camille Laurent,\nsou diretor comercial de uma cadeia de farmácias e gostaríamos de conhecer os seus serviços "
     "de SEO.\nCom os melhores cumprimentos,\nTiago Fonseca", "pt", "Tiago Fonseca", r"!|dão jeito|dá jeito"),
])
def test_a_formal_letter_gets_a_formal_need_line_and_a_full_name_signature(note, lang, name, casual):
    text = draft(note, lang, "sales_pitch", name)
    body = text.split("\n", 1)[1]
    assert not re.search(casual, body), text
    assert text.endswith("\nCamille Laurent"), text


def test_a_casual_note_is_still_signed_with_the_first_name():
    text = draft("Salut Camille ! On s'est vues au meetup SEO de Grenoble, on reste en contact ? Chloé", "fr", "met_before", "Chloé Martin")
    assert text.endswith("\nCamille"), text


@pytest.mark.parametrize("note, name", [
    ("Grüezi Frau Laurent, ich leite das Marketing einer Käserei im Emmental und möchte unseren Onlineshop in Frankreich bekannter "
     "machen. Hätten Sie Zeit für ein Gespräch? Freundliche Grüsse, Beat Wyss", "Beat Wyss"),
    ("Guten Tag Frau Laurent, wir sind eine kleine Agentur in Zürich und suchen Unterstützung bei Social Ads für Kunden in der "
     "Romandie. Freundliche Grüsse, Reto Frei", "Reto Frei"),
])
def test_a_swiss_sender_is_answered_with_ss_and_gruezi_in_kind(note, name):
    text = draft(note, "de", "business_proposal", name)
    assert "ß" not in text and "Grüsse" in text, text
    if note.startswith("Grüezi"):
        assert text.startswith("Grüezi Herr Wyss,"), text


def test_a_german_sender_keeps_sz():
    text = draft("Guten Tag Frau Laurent, ich leite das Marketing einer Brauerei in Bamberg und suche Unterstützung bei SEO. "
                 "Mit freundlichen Grüßen, Horst Weber", "de", "business_proposal", "Horst Weber")
    assert "Grüßen" in text, text


@pytest.mark.parametrize("note, slangy", [
    ("Oi Camille, sou repórter de um portal de negócios e estou preparando uma matéria sobre anúncios para lojas virtuais. "
     "Você poderia me dar uma entrevista?", False),
    ("Oi Camille, tenho um podcast de marketing e queria muito te receber pra um papo sobre Meta Ads. Topa? Abs, Caio", True),
])
def test_brazilian_slang_only_answers_slang(note, slangy):
    text = draft(note, "pt", "business_proposal", "Caio Mendes")
    found = bool(re.search(r"\b(?:Valeu|Topo|rapidinho|Bora|resuminho)\b", text))
    assert found == slangy or (slangy and not found), text
    if not slangy:
        assert not found, text


@pytest.mark.parametrize("note, lang, calque", [
    ("Hoi Camille! Ik studeer bijna af en twijfel tussen SEO en SEA als specialisatie. Wat zou jij kiezen? Groet, Bram", "nl",
     "leiden naar werk"),
    ("hola camille, acabo el grado y dudo entre especializarme en contenidos o en paid social, qué me aconsejas? gracias", "es",
     "llevan a un empleo"),
    ("Olá Camille! Estou a acabar o mestrado e não sei se devo seguir SEO ou publicidade paga. O que me aconselhas? Obrigado, Nuno", "pt",
     "levam a um emprego"),
])
def test_career_advice_has_no_calque(note, lang, calque):
    assert calque not in draft(note, lang, "ask_for_help", "Bram Visser")


def test_a_recruiting_agency_is_not_the_employer():
    note = ("Bonjour Madame Laurent, je recrute un(e) Responsable Acquisition en CDI pour une start-up nantaise. Votre parcours "
            "m'a interpellée, seriez-vous ouverte à un échange ?\nJosiane Roy, Talent Acquisition chez Recrutalis")
    text = draft(note, "fr", "recruiting", "Josiane Roy")
    assert "Recrutalis" not in text, text


def test_a_dutch_freelance_mission_reads_naturally():
    note = ("Hoi Camille, ik ben recruiter bij Randstad en zoek voor een klant in Utrecht een freelance SEA-specialist (6 maanden, "
            "hybride). Iets voor jou? Groet, Wouter")
    text = draft(note, "nl", "recruiting", "Wouter de Wit")
    assert "de functie van" not in text and "kan me zeker interesseren" not in text, text


def test_a_french_group_is_au_sein_du_and_an_elision_is_no_quote():
    d = draft_for({"name": "Ghislaine Roux", "note": "", "headline": "Directrice de la communication | Groupe Ardenne Textile", "lang": "fr",
                   "intent": "no_note", "action": "reply", "evidence": [], "meet": True}, OWNER)
    assert d is not None and "chez le Groupe" not in d.text, d.text
    d = draft_for({"name": "Hugo Petit", "note": "", "headline": "Étudiant en Master SEO à l'ESC Dijon | Créateur d'une boutique de thé",
                   "lang": "fr", "intent": "no_note", "action": "reply", "evidence": []}, OWNER)
    assert d is not None and "| " not in d.text and not re.search(r"\bd,", d.text), d.text


@pytest.mark.parametrize("note, lang, promise", [
    ("Hi Camille, my contract at a travel start-up just ended after a round of layoffs (I ran their paid social). If you hear of "
     "anything, freelance or permanent, I'd be grateful. Best, Tom Hughes", "en", r"I'll let you know|tell you if I see"),
    ("Hoi Camille, ik ben copywriter en verhuis in maart naar Lyon. Ik zoek werk of freelance klussen. Ken jij bureaus die "
     "iemand zoeken? Groet, Ineke Bos", "nl", r"laat ik (?:het )?je (?:graag )?weten|ik laat je weten|een paar namen|hoor je het graag van me|ik houd mijn ogen open"),
])
def test_a_job_seeker_gets_one_promise_to_pass_on_leads(note, lang, promise):
    text = draft(note, lang, "job_seeking", "Tom Hughes")
    assert len(re.findall(promise, text)) == 1, text
    if lang == "nl":
        assert text.count("Succes") <= 1, text


@pytest.mark.parametrize("note, lang, intent, never", [
    ("Bonjour Camille, je suis votre newsletter depuis un an, votre article sur les campagnes Performance Max m'a beaucoup servi "
     "pour mon e-shop de thé. Au plaisir, Ghislaine", "fr", "content", r"(?s)plaisir.*plaisir"),
    ("Guten Tag Frau Laurent, Jörg Sommer von der Agentur Blickfang hat Sie mir empfohlen. Ich habe einen Onlineshop für Gewürze "
     "und brauche Hilfe bei SEO. Hätten Sie Zeit für ein Telefonat? Beste Grüße, Ute Lindner", "de", "referral", r"und an \w+ \w+ für"),
    ("Hallo Frau Laurent, ich bin Fotografin in Kehl und viele meiner Kunden brauchen danach SEO. Wollen wir uns gegenseitig "
     "Kunden empfehlen? Grüße, Antje Roth", "de", "business_proposal", r"(?s)Idee.*Idee"),
    ("Hola Camille, soy periodista de un diario económico y preparo un artículo sobre comercio electrónico. ¿Tendrías 10 minutos "
     "para una entrevista esta semana?", "es", "business_proposal", r"Me interesa\.|me va bien"),
])
def test_no_repeated_words_and_no_zeugma(note, lang, intent, never):
    text = draft(note, lang, intent, "Ute Lindner")
    assert not re.search(never, text.split("\n", 1)[1]), text


def test_a_formal_seo_strategy_need_is_named_as_a_strategy():
    note = ("Estimada Sra. Laurent:\nDirijo el marketing de una red de clínicas dentales y queremos externalizar nuestra estrategia SEO. "
            "Me gustaría conocer sus servicios.\nAtentamente,\nMaite Ibarra")
    text = draft(note, "es", "sales_pitch", "Maite Ibarra")
    assert "su estrategia SEO" in text and "con su SEO" not in text, text


def test_a_journalist_writes_the_piece_not_the_owner():
    note = ("Hi Camille, I'm a reporter at a retail trade magazine writing about French D2C brands on Pinterest. Could I send you "
            "three questions by email? I'd need answers by Friday. Thanks, Kate Moss")
    text = draft(note, "en", "business_proposal", "Kate Moss")
    assert "have it ready" not in text, text


def test_a_formal_letter_without_a_named_need_gets_a_formal_talk_line():
    note = ("Madame Laurent,\nDirecteur général d'une PME industrielle, je souhaiterais vous rencontrer pour évoquer notre visibilité "
            "en ligne.\nVeuillez agréer mes salutations distinguées.\nGilles Bonnet")
    text = draft(note, "fr", "sales_pitch", "Gilles Bonnet")
    assert "Avec plaisir pour en parler !" not in text and "!" not in text, text


@pytest.mark.parametrize("note, lang, name", [
    ("Goedemiddag mevrouw Laurent, ik las uw artikel over lokale SEO. Geeft u ook workshops voor winkeliers? Met vriendelijke groet, "
     "Wilma Kok", "nl", "Wilma Kok"),
    ("Guten Tag Frau Laurent, ich habe Ihren Beitrag zu Performance Max gelesen. Bieten Sie auch Audits an? Mit freundlichen Grüßen, "
     "Dagmar Franke", "de", "Dagmar Franke"),
    ("Bonjour Camille, j'ai lu votre article sur le SEO local. Proposez-vous des audits pour les cabinets d'avocats ? Cordialement, "
     "Colette Marin", "fr", "Colette Marin"),
])
def test_a_formal_reply_is_signed_with_the_full_name(note, lang, name):
    assert draft(note, lang, "ask_for_help", name).endswith("\nCamille Laurent")
