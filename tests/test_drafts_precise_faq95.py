"""Precise questions answered from her own answers, never "tell me about your business and budget" (wave 95, group P):
Google Consent Mode v2, basic or advanced and what it recovers (round 93 de note-12, nl note-34, pt note-37), in her
cookieless-measurement answer; the German SEO-courses answer reworded (round 94 de note-5)."""

import re

import pytest
from drafting import sample_draft

#: "tell me about your business and your budget": the fallback that ignores the question
BUDGET_ASKED = re.compile(r"(?i)\b(?:your|votre|ton|tu|je|jouw|dein|deinem|ihr|ihrem|il tuo|del tuo|seu|teu|do seu|o seu) (?:\w+ )?(?:budget|presupuesto|orçamento)\b")

CONSENT = [
    ("Guten Tag Frau Laurent, ich habe Ihren Beitrag zu Google Consent Mode v2 gelesen. Eine Frage: Empfehlen Sie für kleine "
     "Shops eher die Basic- oder die Advanced-Implementierung? Beste Grüße, Petra", ("Advanced", "Basic", "nicht zurück")),
    ("Hallo Camille, ik zag je post over Google Consent Mode. Vraagje: moet ik als kleine webshop echt de advanced mode "
     "gebruiken of volstaat basic? Dank je! Iris", ("Advanced", "Basic", "schatting")),
    ("Oi Camille, vi seu post sobre o fim dos cookies de terceiros e fiquei com uma dúvida: o Consent Mode v2 já resolve o "
     "problema de medição para quem usa Google Ads? Abs", ("não as recupera", "avançado")),
    ("Bonjour Camille, petite question : le Consent Mode v2 en mode avancé, c'est vraiment nécessaire pour une petite "
     "boutique ou le basique suffit ?", ("L'avancé", "sans les récupérer")),
    ("Hola Camille, ¿el modo de consentimiento v2 recupera las conversiones que perdemos en Google Ads?", ("no las recupera", "avanzado")),
    ("Ciao Camille, per un piccolo e-commerce conviene il Consent Mode avanzato o basta quello base?", ("L'Advanced", "non le recupera")),
    ("Hi Camille, is Consent Mode v2 really enough to fix conversion tracking for Google Ads?", ("doesn't bring them back", "Advanced")),
]


@pytest.mark.parametrize(("note", "words"), CONSENT)
def test_consent_mode_answered(note: str, words: tuple[str, ...]) -> None:
    text = sample_draft(note, headline="Inhaberin | Onlineshop", name="Petra Schmid")
    assert all(w in text for w in words), text
    assert not BUDGET_ASKED.search(text) and "Te conto por aqui" not in text, text
    assert len(text) <= 600, text


def test_german_seo_courses_sentence_reads_naturally() -> None:
    text = sample_draft("Hallo Frau Laurent, ich bin Studentin im Bereich Kommunikation und interessiere mich sehr für SEO. "
                        "Welche Zertifikate oder Kurse würden Sie für den Einstieg empfehlen? Mia Schulz", name="Mia Schulz")
    assert "Am meisten lernt man an einer eigenen Website" in text and "überzeugt Arbeitgeber wie Kunden" in text, text
    assert "lehrt und überzeugt" not in text, text



#: "se effettua anche audit SEO …?", "réalisez-vous des audits ?", "¿realizas auditorías?", "realiza auditorias?": her
#: audits asked about with another verb still get the yes, never generic shop SEO tips (round 94 it note-62)
AUDITS = [
    ("Egregia Dott.ssa Laurent,\nho letto il suo articolo sulla SEO per gli e-commerce. Vorrei sapere se effettua anche audit "
     "SEO una tantum e con quali tempistiche.\nCordiali saluti,\nPaolo Barbieri", "Sì, faccio audit", "schede prodotto"),
    ("Bonjour Camille, réalisez-vous des audits SEO ponctuels ? Avec quels délais ?", "Oui, je réalise des audits", "fiches produits"),
    ("Hola Camille, ¿realizas auditorías SEO puntuales? ¿En cuánto tiempo las entregas?", "Sí, hago auditorías", "fichas de producto"),
    ("Olá Camille, realiza auditorias SEO pontuais? Quanto tempo demora?", "Sim, faço auditorias", "páginas de produto"),
]


@pytest.mark.parametrize(("note", "yes", "tips"), AUDITS)
def test_audit_asked_with_another_verb_gets_the_yes(note: str, yes: str, tips: str) -> None:
    text = sample_draft(note, name="Paolo Barbieri")
    assert yes in text, text
    assert tips not in text, text


#: her own Meta ads spending without sales: the usual causes to check, never "tell me your budget" (round 94 pt note-36)
ADS_NO_RETURN = [
    ("ola camille tenho uma loja no shopify de biquinis e to gastando mto com anuncio no insta sem retorno. oq vc acha q to "
     "fazendo errado?? valeu", "Pixel registra as compras"),
    ("Hi Camille, I run a small Shopify swimwear shop and I'm spending a lot on Instagram ads with no sales. What do you think "
     "I'm doing wrong?", "Pixel records purchases"),
    ("Salut Camille, j'ai une boutique Shopify et je dépense beaucoup en pubs Instagram sans aucun retour. Qu'est-ce que je fais "
     "mal selon toi ?", "Pixel enregistre les achats"),
    ("Hola Camille, tengo una tienda en Shopify y gasto mucho en anuncios de Instagram sin resultados. ¿Qué crees que hago mal?", "Píxel registra"),
    ("Ciao Camille, ho un negozio Shopify e spendo tanto in inserzioni su Instagram senza risultati. Cosa sbaglio secondo te?", "Pixel registri"),
    ("Hallo Camille, ich habe einen Shopify-Shop und gebe viel für Instagram-Werbung aus, aber ohne Verkäufe. Was mache ich falsch?", "Pixel Käufe erfasst"),
    ("Hoi Camille, ik heb een Shopify-winkel en geef veel uit aan Instagram-advertenties zonder resultaat. Wat doe ik fout?", "Pixel aankopen registreert"),
]


@pytest.mark.parametrize(("note", "words"), ADS_NO_RETURN)
def test_ads_spending_without_sales_get_the_usual_causes(note: str, words: str) -> None:
    text = sample_draft(note, name="Paula Teixeira")
    assert words in text, text
    assert not BUDGET_ASKED.search(text) and "orçamento" not in text and "presupuesto" not in text, text
    assert len(text) <= 600, text


def test_a_seller_telling_you_spend_without_return_is_no_shop_owner() -> None:
    text = sample_draft("Hi Camille, are you spending too much on Instagram ads with no sales? Our agency fixes that in 30 days. "
                        "Book a free audit!", name="Mark Stone")
    assert "Pixel records purchases" not in text, text
