"""Fix wave 102, group V: the FAQ answers' wording (certificates, Meta Blueprint, SEO tools, ad budgets)."""

from __future__ import annotations

import pytest

from drafting import sample_draft


@pytest.mark.parametrize("note,name,paid", [
    ("Hallo Camille, ich bin Junior Social Media Managerin und wollte fragen, ob du Tipps hast, wie ich mich in Richtung "
     "Performance Marketing weiterentwickeln kann? Welche Zertifikate lohnen sich? Liebe Grüße Mia", "Mia Wolf", "Meta-Prüfung kostet"),
    ("Hoi Camille, ik ben junior social media marketeer en wil me meer richten op performance marketing. Welke cursussen of "
     "certificeringen raad je aan? Alvast bedankt! Liefs, Noor", "Noor de Graaf", "Meta-examen kost geld"),
    ("Hi Camille, I'm a junior social media manager and want to move towards performance marketing. Which certifications "
     "are worth it? Thanks, Amy", "Amy Clarke", "Meta's exam is paid"),
])
def test_the_certificate_for_the_channel_says_the_meta_exam_is_paid(note: str, name: str, paid: str) -> None:
    # Meta Blueprint's courses are free but its certification exam is paid: never "both free" for "course or certification"
    text = sample_draft(note, name=name)
    assert paid in text, text
    for wrong in ("beide kostenlos", "allebei gratis", "both free", "Wer schon im Job ist, nimmt", "het kanaal dat je nu doet"):
        assert wrong not in text, text


@pytest.mark.parametrize("note,name,start", [
    ("hoi camille! ik ben net begonnen als junior marketeer bij een klein bureau en moet ineens meta ads gaan doen haha. heb je "
     "tips voor goeie cursussen of boeken? alvast bedankt, Daan", "Daan Meijer", "het beste startpunt"),
    ("hi camille! just started as a junior marketer at a small agency and suddenly I have to run meta ads lol. any tips for good "
     "courses or books? thanks, Dan", "Dan Miles", "the place to start"),
])
def test_meta_blueprint_is_the_place_to_start_not_a_calqued_reference(note: str, name: str, start: str) -> None:
    text = sample_draft(note, name=name)
    assert start in text, text
    assert "referentie" not in text and "the reference" not in text, text


@pytest.mark.parametrize("note,name,said", [
    ("Hola Camille, coincidimos en el taller de growth de La Cordée. Me quedé con ganas de preguntarte: ¿qué herramienta usas "
     "para el seguimiento de keywords? Un saludo!", "Tomás Aguilar", "Uso Semrush (Ahrefs es igual de bueno)"),
    ("Ciao Camille, ci siamo visti al workshop di growth marketing a La Cordée. Volevo chiederti: che tool usi per il "
     "monitoraggio delle keyword? Grazie!", "Davide Costa", "Uso Semrush (Ahrefs vale altrettanto)"),
    ("Bonjour Camille, petite question : tu utilises quoi comme outil SEO, Semrush ou Ahrefs ? Merci !", "Hugo Petit",
     "J'utilise Semrush (Ahrefs vaut autant)"),
])
def test_her_seo_tool_is_said_without_a_comma_splice(note: str, name: str, said: str) -> None:
    text = sample_draft(note, name=name)
    assert said in text, text
    for splice in ("Uso Semrush, Ahrefs", "J'utilise Semrush, Ahrefs"):
        assert splice not in text, text


def test_a_first_ads_test_budget_reads_as_portuguese() -> None:
    note = ("Olá, tenho uma loja online de vinhos em Lisboa e queria começar a fazer anúncios no Instagram. Vale a pena para um "
            "negócio pequeno? Qual o orçamento mínimo que recomenda?")
    text = sample_draft(note, name="Miguel Sousa")
    assert "300 a 600 €" in text and "eu reservaria" in text, text
    for calque in ("conto com", "com que se aprenda", "demoram demasiado a dizer"):
        assert calque not in text, text


@pytest.mark.parametrize("note,name", [
    ("Hey Camille, hab deinen Post über LinkedIn-Ads vs. Meta-Ads gelesen, echt spannend. Kurze Frage: welches Budget würdest "
     "du einem B2B-Startup für den Anfang empfehlen? Danke dir! Felix", "Felix Braun"),
    ("Hallo Camille, lohnt sich LinkedIn-Werbung für ein kleines B2B-Unternehmen oder ist das zu teuer? Viele Grüße, Jonas",
     "Jonas Keller"),
])
def test_linkedin_ads_budget_in_german_gives_the_test_figure_first(note: str, name: str) -> None:
    # the LinkedIn test budget first, organic only "bei knapperem Budget": never a small budget assumed
    text = sample_draft(note, name=name)
    assert "ab 50 € am Tag" in text, text
    assert text.index("50 €") < text.index("organisch"), text
    assert "zeigen gratis" not in text and "Mit kleinem Budget" not in text, text


def test_google_or_hubspot_certificate_in_german_reads_naturally() -> None:
    note = ("hey camille, bin grad mit meinem bachelor fertig und will ins marketing. welches zertifikat würdest du empfehlen, "
            "google ads oder lieber was von hubspot? danke dir schon mal!! max")
    text = sample_draft(note, name="Max Richter")
    assert "HubSpot Inbound" in text and "Stellenanzeigen" in text, text
    assert "führen zu anderen Stellen" not in text and "wenn die Anzeigen es verlangen" not in text, text


def test_seo_or_google_ads_in_french_keeps_the_vous_register() -> None:
    note = ("Bonjour Camille, petite question : pour un e-shop de 50 produits, vous conseillez plutôt de commencer par le SEO ou "
            "par Google Ads ? Je n'arrive pas à trancher")
    text = sample_draft(note, name="Antoine Brun")
    assert "sans coût par clic" in text and "gratis" not in text, text


def test_a_first_job_advice_in_portuguese_lists_plain_steps() -> None:
    note = ("Olá Camille, terminei o mestrado em Comunicação em Coimbra e estou à procura do primeiro emprego em marketing "
            "digital. Tem algum conselho para quem está a começar?")
    text = sample_draft(note, name="Beatriz Nunes")
    assert "instalar o GA4, gerir um canal" in text, text
    assert "instala-se" not in text and "regista-se" not in text, text


@pytest.mark.parametrize("note,name,plain", [
    ("Qué tal Camille, vi tu post sobre el fin de las cookies de terceros y me dejó pensando. ¿Crees que las pymes deberían "
     "invertir ya en first-party data o es pronto todavía?", "Jorge Salas", "No hace falta esperar: Safari"),
    ("Ciao Camille, ho visto il tuo post sulla fine dei cookie di terze parti. Secondo te le PMI dovrebbero già investire in "
     "first-party data o è presto?", "Federico Leone", "Non serve aspettare: Safari"),
    ("Hi Camille, saw your post on the end of third-party cookies. Should small businesses invest in first-party data now, "
     "or is it too early?", "Tom Hale", "No need to wait: Safari"),
])
def test_invest_now_or_wait_on_first_party_data_gets_a_plain_answer_first(note: str, name: str, plain: str) -> None:
    text = sample_draft(note, name=name)
    assert plain in text, text
    assert "lo que funciona es recoger" not in text, text
