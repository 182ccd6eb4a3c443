"""Round 22, group D: details of the note kept in the reply, never dropped nor asked again."""

from __future__ import annotations

import pytest

from drafting import draft, sample_draft
from invitriage.drafts.notefacts import extract


@pytest.mark.parametrize("note,lang,who", [
    ("Guten Tag Frau Laurent, Jonas Berger (Agentur Nordlicht) hat Sie mir empfohlen. Ich eröffne ein Café in Freiburg "
     "und bräuchte Hilfe bei lokaler SEO. Hätten Sie Zeit für ein Telefonat?", "de", "Jonas Berger"),
    ("Hallo Camille, Lena Vogt hat dich uns wärmstens weiterempfohlen, wir suchen Unterstützung bei Meta Ads.", "de", "Lena Vogt"),
    ("Bonjour Camille, Julie Martin vous a chaudement recommandée : nous cherchons quelqu'un pour un audit SEO.", "fr", "Julie Martin"),
    ("Hoi Camille, Pieter de Vries heeft je aan mij aanbevolen voor hulp met onze Google Ads.", "nl", "Pieter de Vries"),
    ("Hola Camille, Lucía Gómez te recomendó para ayudarnos con las campañas de Meta Ads.", "es", "Lucía Gómez"),
    ("Buongiorno, Marco Bianchi L'ha segnalata come esperta di SEO per il nostro agriturismo.", "it", "Marco Bianchi"),
    ("Olá Camille, a Ana Sousa recomendou-te para uma auditoria SEO da nossa loja.", "pt", "Ana Sousa"),
])
def test_a_referrer_who_recommended_the_owner_is_thanked(note: str, lang: str, who: str) -> None:
    assert extract(note, lang, "business_proposal").referrer == who
    assert who in draft(note, lang, "business_proposal")


@pytest.mark.parametrize("note,lang", [
    ("Hallo, ich habe Sie auf LinkedIn gefunden. Sie hat mir sehr geholfen, Ihre Checkliste.", "de"),
    ("Bonjour, votre article m'a beaucoup aidée, merci !", "fr"),
])
def test_no_referrer_without_a_person(note: str, lang: str) -> None:
    assert extract(note, lang, "content").referrer == ""


@pytest.mark.parametrize("note,lang,kept", [
    ("Bonjour Camille, accepteriez-vous d'intervenir auprès de nos étudiants de licence pro un mardi après-midi en mars ?",
     "fr", "un mardi après-midi en mars"),
    ("Ciao Camille, ti andrebbe di fare un intervento per i nostri studenti un giovedì mattina a maggio?", "it",
     "un giovedì mattina a maggio"),
    ("Hoi Camille, zou je een gastles willen geven aan onze studenten op een donderdag in mei?", "nl", "donderdag in mei"),
])
def test_a_weekday_in_a_month_keeps_its_month(note: str, lang: str, kept: str) -> None:
    assert kept in draft(note, lang, "business_proposal")


def test_a_weekday_and_a_later_month_stay_apart() -> None:
    assert extract("Merci pour votre post de jeudi, en mai je lance ma boutique.", "fr", "content").when == "jeudi"


@pytest.mark.parametrize("headline,brand", [
    ("Gründerin von Wolkenweich Studio – nachhaltige Babymode", "Wolkenweich Studio"),
    ("Inhaber | Kaffeeglück Onlineshop", "Kaffeeglück Onlineshop"),
])
def test_a_german_brand_name_is_never_rewritten(headline: str, brand: str) -> None:
    text = draft("", "de", "benefit", name="Lea Brandt", headline=headline)
    assert brand in text
    assert brand.replace(" ", "-") not in text


@pytest.mark.parametrize("topic,lang,informal,said", [
    ("supporting our expansion into Spain", "en", False, "supporting your expansion into Spain"),
    ("notre stratégie de contenu", "fr", False, "votre stratégie de contenu"),
    ("mes premières campagnes", "fr", True, "tes premières campagnes"),
    ("unsere SEO-Strategie", "de", False, "Ihre SEO-Strategie"),
    ("nuestra estrategia de Meta Ads", "es", True, "tu estrategia de Meta Ads"),
    ("a nossa loja online", "pt-BR", True, "a sua loja online"),
    ("onze Instagram-strategie", "nl", False, "uw Instagram-strategie"),
    ("how we grow", "en", False, ""),
])
def test_a_reused_topic_is_said_back_in_the_second_person(topic: str, lang: str, informal: bool, said: str) -> None:
    from invitriage.drafts.exchange import revoice
    assert revoice(topic, lang, informal) == said


@pytest.mark.parametrize("note,lang,said,never", [
    ("Dear Ms Laurent, as CMO of a Dublin furniture brand I would welcome a conversation about growing our sales in France "
     "with SEO. Kind regards, Ciara Walsh", "en", "your sales", "our sales"),
    ("Hoi Camille, ik ben benieuwd naar je mening over onze Instagram-strategie voor Frankrijk. Groet, Lotte", "nl",
     "jullie Instagram-strategie", "onze"),
    ("Guten Tag Frau Laurent, mich würde Ihre Einschätzung zu unserer SEO-Strategie für Frankreich interessieren. Jan Wolf", "de",
     "Ihrer SEO-Strategie", "unserer"),
])
def test_the_senders_topic_is_never_quoted_with_their_pronouns(note: str, lang: str, said: str, never: str) -> None:
    import re
    text = sample_draft(note)
    assert said in text and not re.search(rf"\b{never}", text)


@pytest.mark.parametrize("note,congrats", [
    ("olá Camille! fiz o teu curso de Meta Ads em Braga, apliquei na minha loja de velas e as vendas subiram imenso 🙌 obrigada!",
     "Parabéns"),
    ("Salut Camille, j'ai appliqué les conseils de ton atelier SEO à ma boutique de thés et mes commandes ont bien augmenté ! Merci",
     "Bravo pour ce résultat"),
    ("Hola Camille! Seguí tu webinar de Instagram Ads y lo apliqué en mi tienda de cerámica: las ventas aumentaron un montón. ¡Gracias!",
     "Enhorabuena"),
    ("Hi Camille, I used the tips from your Meta Ads webinar for my candle shop and my sales went up. Thank you!", "congratulations"),
    ("Hoi Camille, na jouw workshop over Instagram-advertenties zijn de verkopen van mijn webshop flink gestegen. Dank je!",
     "Gefeliciteerd"),
])
def test_a_result_told_without_a_number_is_congratulated(note: str, congrats: str) -> None:
    text = sample_draft(note)
    assert congrats in text
    assert "como está a correr" not in text and "keep me posted on the results" not in text


@pytest.mark.parametrize("note,lang", [
    ("Bonjour Camille, comment faire pour que mes ventes augmentent sur Etsy ?", "fr"),
    ("Hi Camille, what would you do so that my sales increase before Christmas?", "en"),
])
def test_a_wish_for_growth_is_no_result(note: str, lang: str) -> None:
    assert not extract(note, lang, "ask_for_help").results


@pytest.mark.parametrize("note,lang,never", [
    ("Gentile Dott.ssa Laurent, dal Politecnico di Milano Le scrivo per invitarLa a tenere un seminario sul social media marketing "
     "agli studenti del nostro master, a marzo. Cordiali saluti, Prof. Marco Ferri", "it", "pubblico"),
    ("Estimada Camille, desde la Universidad de Valencia quería invitarte a dar una charla sobre SEO a los alumnos de nuestro máster "
     "en mayo. Un saludo, Elena Ruiz", "es", "opinión"),
])
def test_an_audience_given_is_never_asked_again(note: str, lang: str, never: str) -> None:
    assert extract(note, lang, "business_proposal").attendees
    assert never not in sample_draft(note)
