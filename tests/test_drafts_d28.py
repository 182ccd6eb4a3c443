"""Round 26, wave 28 (d28): commitments, prices and wishes.

- a talk or workshop on a given date is accepted subject to her calendar, never a flat yes;
- a journalist who asks to interview her gets a conversation (which moment?), never "send me your questions", and a
  deadline is not promised before she has looked at her agenda;
- "CPF or OPCO?" gets both answered, never "yes, that's what I do" instead;
- "do you do audits? your rates?" gets the yes to audits and the audit's own topic, never a channel named elsewhere;
  "¿cuánto cuestan?" is a price question too (her range from the settings);
- a prospect who describes a problem or asks for her services gets no "good luck with your shop".
"""

from __future__ import annotations

import pytest

from drafting import draft, sample_draft


@pytest.mark.parametrize("note, lang, hedge", [
    ("Bonjour Camille, je coordonne les Rencontres du Web de Dijon le 3 octobre. Accepteriez-vous d'animer un atelier sur le SEO local ?",
     "fr", "sous réserve de mon agenda"),
    ("Hi Camille, we run the Leeds Digital Festival on 22 September and would love you to give a talk on content strategy. Interested?",
     "en", "subject to my diary"),
    ("Hola Camille, organizamos el Foro Digital de Bilbao el 9 de octubre y buscamos ponentes sobre SEO. ¿Te animas a dar una charla?",
     "es", "si mi agenda lo permite"),
    ("Hallo Camille, wir veranstalten am 5. November den Digitaltag Köln und suchen Speaker zu Social Ads. Hättest du Lust auf einen Vortrag?",
     "de", "sofern mein Kalender es zulässt"),
    ("Hoi Camille, op 8 oktober organiseren wij de Webwinkel Dag Utrecht. Zou je een presentatie willen geven over contentstrategie?",
     "nl", "Ja, heel graag, onder voorbehoud van mijn agenda"),
])
def test_talk_on_a_date_is_accepted_subject_to_her_calendar(note, lang, hedge):
    text = draft(note, lang, "business_proposal")
    assert hedge in text
    assert "Oui, avec plaisir" not in text and "I'd love to." not in text and "Ja, sehr gern" not in text


@pytest.mark.parametrize("note, lang, written", [
    ("Goedemiddag Camille, ik schrijf voor Frankwatching een artikel over Meta-advertenties. Mag ik je volgende week even interviewen? Groet, Sanne",
     "nl", "stuur me je vragen"),
    ("Hi Camille, I'm a reporter at The Drum working on a piece about paid social in France. Could I interview you briefly this week? Tom",
     "en", "Send me your questions"),
    ("Guten Tag Frau Laurent, ich schreibe für t3n über Suchmaschinenoptimierung im Handel. Dürfte ich Sie diese Woche kurz interviewen? Jan Becker",
     "de", "Schicken Sie mir Ihre Fragen"),
])
def test_an_interview_asked_is_a_conversation_not_written_questions(note, lang, written):
    text = draft(note, lang, "business_proposal")
    assert written not in text
    assert "kan prima" not in text and "ist kein Problem" not in text


def test_a_phone_interview_by_a_deadline_is_not_promised_before_her_agenda():
    text = draft("Hello Camille, I write for Marketing Beat. Would a 10-minute phone interview before Thursday be possible? Ana",
                 "en", "business_proposal")
    assert "works for me" not in text and "subject to my diary" in text
    text = draft("Bonjour Camille, journaliste à Lyon Mag, auriez-vous 10 minutes au téléphone d'ici vendredi pour une interview ?",
                 "fr", "business_proposal")
    assert "Je l'inscris dans mon agenda" not in text and "mes disponibilités" in text


@pytest.mark.parametrize("note", [
    "Bonjour Camille, vos ateliers social ads peuvent-ils être pris en charge par l'OPCO de ma société ou par mon CPF ? Merci, Julie",
    "Bonjour, est-ce que vos formations SEO sont éligibles au CPF ? Sinon, l'OPCO pourrait-il les financer ? Karim",
])
def test_cpf_and_opco_both_answered(note):
    text = draft(note, "fr", "client")
    assert "CPF" in text and "OPCO" in text and "Mon Compte Formation" in text
    assert "tout à fait mon métier" not in text


@pytest.mark.parametrize("note, lang, yes, wrong", [
    ("Bonjour Camille, j'ai une boutique de thés sur WooCommerce et mes ventes baissent malgré mes pubs Facebook. Faites-vous des audits ? À quel prix ?",
     "fr", "Oui, je réalise des audits", "audit Facebook"),
    ("Hi Camille, I sell handmade soap on Shopify and orders have stalled even with TikTok ads running. Do you do audits, and what do you charge?",
     "en", "Yes, I do audits", "TikTok audit"),
    ("Olá Camille, tenho uma loja online de chás e as vendas caíram apesar dos anúncios no Instagram. Você faz auditorias? Quanto custa?",
     "pt-BR", "Sim, faço auditorias", "auditoria de Instagram"),
])
def test_audit_asked_with_its_price_gets_the_yes_and_no_stray_topic(note, lang, yes, wrong):
    text = draft(note, lang, "client")
    assert yes in text
    assert wrong not in text


def test_plural_cost_question_gets_her_audit_range():
    text = sample_draft("Buenas, Camille: llevo una tienda online de té y las ventas han bajado. ¿Haces auditorías SEO? ¿Cuánto cuestan más o menos?")
    assert "800" in text and "5000" in text


@pytest.mark.parametrize("note, lang, wish", [
    ("Hola Camille, tengo una tienda online de zapatos y las ventas no despegan. ¿Podrías ayudarme con el SEO? Lucía", "es", "éxito con"),
    ("Olá Camille, tenho uma loja virtual de cosméticos e queria saber como funciona sua consultoria de anúncios. Abraço, Bia", "pt-BR", "Boa sorte"),
    ("Ciao Camille, ho un negozio online di borse e le vendite sono ferme da mesi. Fai consulenze SEO? Giulia", "it", "In bocca al lupo"),
    ("Hi Camille, I run a small online candle shop and sales have dropped since March. Could you help with our ads? Mia", "en", "Good luck"),
    ("Hoi Camille, ik heb een webshop in planten en de verkoop blijft achter. Kun je helpen met SEO? Groet, Eva", "nl", "succes met"),
])
def test_no_luck_wish_to_a_prospect_with_a_problem(note, lang, wish):
    assert wish not in draft(note, lang, "client")


def test_a_shop_owner_with_no_ask_for_her_services_still_gets_the_wish():
    text = draft("Hi Camille, I run a small online tea shop in Leeds and loved your post on product photos. Happy to connect! Sam",
                 "en", "content")
    assert "Good luck with your online tea shop" in text
