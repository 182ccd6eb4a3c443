"""Round-19 misreads (m19b): press interviews, guest lectures, speaker invitations with their event and an availability
question, a team's training asked by HR."""

from __future__ import annotations

import pytest

from invitriage.drafts.notefacts import extract
from tests.drafting import render


@pytest.mark.parametrize("note,lang", [
    ("Guten Tag Frau Laurent, ich schreibe für die Wirtschaftswoche über KI im Marketing. Hätten Sie Zeit für ein kurzes Telefoninterview (15 Minuten)?", "de"),
    ("Hallo Camille, für einen Beitrag in der Horizont würde ich dich gern zitieren. Hättest du 10 Minuten für ein Kurzinterview?", "de"),
    ("Hi Camille, I'm a journalist at Retail Week writing a piece on SEO trends. Could I interview you for 15 minutes by phone?", "en"),
    ("Goedemiddag mevrouw Laurent, ik schrijf voor Emerce een artikel over SEO. Zou u open staan voor een telefonisch interview van 15 minuten?", "nl"),
])
def test_press_interview_is_an_interview_not_a_sales_call(note, lang):
    text, template = render(note, lang, "business_proposal", headline="Journalist")
    assert template == "business_proposal", (template, text)
    low = text.lower()
    assert "interview" in low or "your piece" in low, text
    assert "20" not in text and "darüber spreche" not in low and "great chatting" not in low and "conversation" not in low, text


@pytest.mark.parametrize("note,lang,needle", [
    ("Sehr geehrte Frau Laurent, ich bin Studiengangsleiter an der HWZ und frage an, ob Sie einen Gastvortrag über Suchmaschinenoptimierung für unsere Studierenden halten würden.", "de", "Gastvortrag über Suchmaschinenoptimierung"),
    ("Liebe Camille, hättest du Lust, in meinem Kurs einen Gastvortrag zu Content-Strategie zu halten?", "de", "Gastvortrag zu Content-Strategie"),
    ("Beste Camille, ik ben docent aan de Hogeschool Utrecht. Zou je een gastcollege over SEO willen geven aan onze studenten?", "nl", "gastcollege over SEO"),
])
def test_guest_lecture_is_accepted_with_its_topic(note, lang, needle):
    text, template = render(note, lang, "business_proposal", headline="Dozent")
    assert template == "business_proposal", (template, text)
    assert needle in text, text
    assert not any(w in text for w in ("Angebot", "Studierenden arbeite", "willen!", "willen ")), text


@pytest.mark.parametrize("note,lang,event,answer", [
    ("Hi Camille, we'd love to have you speak at BrightonSEO in September about e-commerce SEO. Would you be available?", "en", "at BrightonSEO", "exact date"),
    ("Bonjour Camille, nous organisons le Web2Day et cherchons des intervenants sur le SEO local. Seriez-vous disponible en juin ?", "fr", "au Web2Day", "date exacte"),
    ("Hallo Frau Laurent, wir suchen für die OMR Masterclass im Mai noch Speaker zum Thema Social Ads. Hätten Sie im Mai Zeit?", "de", "bei der OMR Masterclass", "genaue Datum"),
    ("Hola Camille, organizo el eCommerce Day y buscamos ponentes sobre SEO. ¿Estarías disponible en octubre?", "es", "en el eCommerce Day", "fecha exacta"),
    ("Ciao Camille, organizzo il Web Marketing Festival e cerchiamo relatori sulla content strategy. Saresti disponibile a giugno?", "it", "al Web Marketing Festival", "data esatta"),
    ("Boa tarde Camille, organizo o Lisboa Digital Summit e procuramos oradores sobre estratégia de conteúdos. Estaria disponível em novembro?", "pt", "no Lisboa Digital Summit", "data exata"),
    ("Beste mevrouw Laurent, namens Emerce nodigen wij u uit om te spreken op Emerce eDay in oktober over performance marketing. Bent u beschikbaar in oktober?", "nl", "op Emerce eDay", "precieze datum"),
])
def test_speaker_invitation_names_the_event_and_answers_availability(note, lang, event, answer):
    text, template = render(note, lang, "business_proposal", headline="Event Manager")
    assert template == "business_proposal", (template, text)
    assert event in text and answer in text, text
    assert "20" not in text, text  # no call proposed before answering


def test_speaker_verbs_are_read_as_invitations():
    assert extract("Procuramos oradores sobre SEO para o nosso evento. Estaria disponível?", "pt", "business_proposal").proposal == "speaker"
    assert extract("Wij nodigen je uit om te spreken op ons congres over SEO.", "nl", "business_proposal").proposal == "speaker"
    assert extract("We'd love you to speak at Lyon in May.", "en", "business_proposal").stage == ""  # a city is no event


@pytest.mark.parametrize("note,lang,needle", [
    ("Bonjour Madame, DRH d'une ETI, nous voulons former nos commerciaux au social selling. Pourriez-vous m'envoyer une proposition ?", "fr", "formations au social selling"),
    ("Hi Camille, I run L&D at a fintech. We'd like to train our sales team on LinkedIn prospecting. Could you send a proposal?", "en", "on LinkedIn prospecting"),
    ("Guten Tag, wir möchten unser Vertriebsteam zu Social Selling schulen. Können Sie uns ein Angebot schicken?", "de", "Schulungen zu Social Selling"),
    ("Hola, queremos formar a nuestros comerciales en social selling. ¿Nos podría enviar una propuesta?", "es", "en social selling"),
    ("Buongiorno, vorremmo formare i nostri venditori sul social selling. Potrebbe mandarmi una proposta?", "it", "sul social selling"),
    ("Olá, queremos formar a nossa equipa comercial em social selling. Pode enviar-me uma proposta?", "pt", "em social selling"),
    ("Goedemiddag, we willen onze verkopers trainen in social selling. Kunt u mij een voorstel sturen?", "nl", "in social selling"),
])
def test_team_training_request_is_confirmed_with_its_topic(note, lang, needle):
    text, template = render(note, lang, "ask_for_help", headline="HR Manager")
    assert template == "client", (template, text)
    assert needle in text, text
    assert not any(w in text for w in ("dépend beaucoup de votre situation", "depends on your situation", "hängt stark von", "depende mucho")), text
