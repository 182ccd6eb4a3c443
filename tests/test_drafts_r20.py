"""Round-20 fixes (r20): an offer to send more information, a quick price question, a journalist asking to talk,
a referrer named with a place, a compliment in a generic note."""

from __future__ import annotations

import pytest

from drafting import draft

SEND_INFO = [
    ("Geachte mevrouw Laurent,\nNamens de Hogeschool Gent nodig ik u graag uit als gastspreker tijdens onze Marketingdagen in mei, over sociale media voor kmo's. Mag ik u meer informatie sturen?", "nl", ("stuur", "details")),
    ("Hoi Camille, wij organiseren een webinarreeks over e-commerce en willen je vragen een sessie te geven. Zal ik je meer info sturen?", "nl", ("stuur",)),
    ("Hi Camille, we run a podcast on small-business marketing and would love to have you as a guest. May I send you more information?", "en", ("send me",)),
    ("Bonjour Camille, je coordonne un cycle de webinaires pour la CCI de Grenoble et nous aimerions vous y inviter. Puis-je vous envoyer plus d'infos ?", "fr", ("envoyez-moi",)),
    ("Estimada Camille, desde la Universidad de Valencia queremos invitarla a dar una charla sobre SEO en nuestras jornadas. ¿Le puedo enviar más información?", "es", ("envíeme",)),
    ("Gentile Camille, vorremmo invitarla come ospite al nostro podcast sul marketing digitale. Le posso inviare qualche informazione in più?", "it", ("mandi",)),
    ("Sehr geehrte Frau Laurent, wir würden Sie gern als Gastrednerin zu unserem Marketingtag einladen. Darf ich Ihnen weitere Informationen zusenden?", "de", ("Schicken Sie mir",)),
    ("Olá Camille! Estamos organizando um webinar sobre e-commerce e gostaríamos de te convidar como palestrante. Posso te enviar mais informações?", "pt", ("enviar",)),
]


@pytest.mark.parametrize("note,lang,says", SEND_INFO)
def test_may_i_send_more_information_gets_a_yes_please_send(note, lang, says):
    text = draft(note, lang, "business_proposal", name="Jan Peeters")
    assert any(s in text for s in says), text
    assert "20" not in text, text  # no jump to a 20-minute call


PRICE = [
    ("Olá Camille, pergunta rápida: quanto custa uma auditoria SEO para uma loja online? Estou a comparar orçamentos.", "pt", "depende", "Falamos com todo o gosto"),
    ("Oi Camille, quanto você cobra pra cuidar do SEO de uma loja pequena?", "pt", "depende", "Vamos conversar, com prazer"),
    ("Hi Camille, quick question: how much do you charge for an SEO audit of a small shop?", "en", "depends on the scope", "Happy to talk"),
    ("Hi Camille, what are your rates for SEO work? Thanks", "en", "depends on the scope", "Happy to talk"),
    ("Bonjour Camille, petite question : combien coûte un audit SEO pour un site de 40 pages ?", "fr", "dépend du périmètre", "parlons-en"),
    ("Hola Camille, pregunta rápida: ¿cuánto cuesta una auditoría SEO para una web pequeña?", "es", "depende del alcance", "lo hablamos"),
    ("Ciao Camille, quali sono le tue tariffe per la gestione dei social?", "it", "dipend", "Ne parliamo molto volentieri"),
    ("Hallo Camille, was kostet bei dir die Betreuung von Google Ads?", "de", "hängt vom Umfang", "Über einen Austausch"),
]


@pytest.mark.parametrize("note,lang,says,never", PRICE)
def test_price_question_says_it_depends_without_a_stray_happy_to_talk(note, lang, says, never):
    text = draft(note, lang, "business_proposal", name="Rita Sousa")
    assert says in text, text
    assert never not in text, text


JOURNALIST = [
    ("Olá! Sou jornalista da revista Exame e estou fazendo uma matéria sobre marketing para pequenas empresas. Podemos conversar para uma entrevista?", "pt", "horário", "perguntas"),
    ("Oi Camille, sou repórter do Estadão e estou escrevendo sobre SEO para lojas virtuais. Podemos bater um papo sobre isso?", "pt", "horário", "perguntas"),
    ("Olá Camille, sou jornalista do Público e estou a preparar um artigo sobre comércio online. Podemos conversar?", "pt", "chamada", "perguntas"),
    ("Hi Camille, I'm a journalist at Forbes writing about SEO for small shops. Could we talk for an interview?", "en", "call", "questions"),
    ("Bonjour Camille, je suis journaliste aux Echos et je prépare un article sur le SEO local. Pourrions-nous échanger pour une interview ?", "fr", "appel", "questions"),
    ("Hola Camille, soy periodista en El País y preparo un reportaje sobre marketing digital. ¿Podemos hablar para una entrevista?", "es", "llamada", "preguntas"),
    ("Ciao Camille, sono giornalista del Sole 24 Ore e preparo un articolo sul SEO. Possiamo sentirci per un'intervista?", "it", "orario", "domande"),
    ("Hoi Camille, ik ben journalist bij het NRC en schrijf een stuk over lokale SEO. Kunnen we even praten voor een interview?", "nl", "moment", "vragen"),
    ("Hallo Camille, ich bin Journalistin beim Spiegel und schreibe über SEO. Können wir für ein Interview sprechen?", "de", "Zeit", "Fragen"),
]


@pytest.mark.parametrize("note,lang,says,never", JOURNALIST)
def test_journalist_asking_to_talk_gets_a_call(note, lang, says, never):
    text = draft(note, lang, "business_proposal", name="Bruno Lima")
    assert says in text, text
    assert never not in text, text
    assert "proposta me interessa" not in text and "proposta interessa-me" not in text and "proposta mi interessa" not in text


REFERRER = [
    ("Hallo Camille, Claire Dubois vertelde me dat je haar hebt geholpen met haar restaurant. Ik open binnenkort een koffiebar in Brussel. Kunnen we eens praten?", "nl"),
    ("Hoi Camille, via Claire Dubois van de koffiebar in Brussel kwam ik bij jou terecht. Ik heb een bakkerij in Gent. Kunnen we bellen?", "nl"),
    ("Hi Camille, Claire Dubois, from the coffee bar in Brussels, told me you helped her with Instagram. I'm opening a bakery in Ghent. Could we talk?", "en"),
    ("Bonjour Camille, Claire Dubois, du café de la place à Lyon, m'a parlé de vous. J'ouvre une boulangerie à Lille. Pourrions-nous échanger ?", "fr"),
    ("Ciao Camille, Claire Dubois, di Caffè Roma a Bruxelles, mi ha parlato di te. Apro una panetteria a Torino. Possiamo sentirci?", "it"),
    ("Hallo Camille, Claire Dubois vom Café in Brüssel hat mir von dir erzählt. Ich eröffne bald eine Bäckerei in Köln. Können wir telefonieren?", "de"),
    ("Olá Camille, a Claire Dubois, do café em Bruxelas, falou-me de si. Vou abrir uma padaria em Braga. Podemos falar?", "pt"),
]


@pytest.mark.parametrize("note,lang", REFERRER)
def test_referrer_with_a_place_is_thanked_by_name(note, lang):
    assert "Claire Dubois" in draft(note, lang, "referral", name="Inge Maes")


COMPLIMENT = [
    ("Bonjour Camille, toujours intéressant de suivre des profils comme le vôtre dans le marketing. Belle journée, Julien", "fr", "mots"),
    ("Bonjour Camille, j'apprécie beaucoup votre travail. Au plaisir.", "fr", "mots"),
    ("Hi Camille, I really appreciate your work on SEO. Best, Tom", "en", "kind words"),
    ("Hallo Camille, top Inhalte! Grüße", "de", "Worte"),
    ("Ciao Camille, apprezzo molto il tuo lavoro!", "it", "parole"),
    ("Olá Camille, sempre interessante seguir o seu trabalho.", "pt", "palavras"),
]


@pytest.mark.parametrize("note,lang,says", COMPLIMENT)
def test_compliment_in_a_generic_note_is_thanked(note, lang, says):
    text = draft(note, lang, "generic", name="Julien Morel", headline="Responsable marketing chez Maison Ambre")
    assert says in text, text


def test_no_compliment_no_thanks_for_kind_words():
    text = draft("Bonjour Camille, ravi de rejoindre votre réseau.", "fr", "generic", name="Julien Morel")
    assert "mots" not in text
