"""Wave 77 group B: a direct question gets its answer, never another stock line (r71 fr_en note-18, note-37, note-42,
de_nl note-11)."""

from __future__ import annotations

import pytest
from drafting import sample_draft

#: A told ads budget and "is it worth it?": her small-budget Meta test, never only a call (r71 fr_en note-18).
WORTH = [
    ("Bonjour Camille, je suis fondateur d'une petite marque de vêtements éthiques (Shopify). On a un budget pub de 500€/mois, "
     "est-ce que ça vaut le coup de faire des social ads avec ça ?", "par jour", "appel de 20 minutes"),
    ("Hi Camille, I run a small candle shop online. We have about 400€ a month for ads – is it worth doing social ads with that?",
     "a day", "20-minute call"),
    ("Hola Camille, tengo una tienda online de cerámica y un presupuesto de 300€ al mes. ¿Vale la pena hacer anuncios en redes "
     "sociales con eso?", "al día", "Cuéntame qué has probado"),
    ("Hallo Camille, wir haben einen kleinen Onlineshop und ca. 500 € im Monat für Werbung. Lohnt sich Social-Media-Werbung damit "
     "überhaupt?", "am Tag", "ausprobiert"),
    ("Ciao Camille, ho un piccolo e-commerce e un budget di 400€ al mese: ne vale la pena fare ads sui social?", "al giorno", "call di 20"),
    ("Olá Camille, tenho uma loja online e um orçamento de 500€ por mês. Vale a pena fazer anúncios nas redes sociais com isso?",
     "por dia", "experimentou"),
    ("Hoi Camille, ik heb een webshop en zo'n 500 euro per maand budget. Heeft het zin om daarmee social ads te draaien?",
     "per dag", "geprobeerd"),
]


@pytest.mark.parametrize(("note", "said", "gone"), WORTH)
def test_budget_worth_social_ads_is_answered(note: str, said: str, gone: str) -> None:
    text = sample_draft(note, headline="Founder", name="Hugo Lambert")
    assert "Meta" in text and said in text
    assert gone not in text


def test_retargeting_budget_keeps_its_own_answer() -> None:
    text = sample_draft("Hola! Vi tu post sobre anuncios en Meta para e-commerce y tengo una duda: ¿con un presupuesto de 500€/mes "
                        "merece la pena hacer campañas de retargeting?", headline="Emprendedor")
    assert "retargeting" in text.lower() and "1.000 visitas" in text


#: Attribution asked by a peer: never the missing-conversions troubleshooting, never "your business and budget" (note-37).
@pytest.mark.parametrize(("note", "headline"), [
    ("Hi Camille, really enjoyed your post about GA4 attribution. Quick question: do you think data-driven attribution is "
     "reliable for accounts with under 50 conversions a month?", "Performance Marketing Lead at Fintrail"),
    ("Hallo Camille, ist die datengetriebene Attribution in GA4 bei weniger als 50 Conversions im Monat überhaupt verlässlich?",
     "Performance Marketing Manager"),
])
def test_attribution_question_is_not_missing_conversions(note: str, headline: str) -> None:
    text = sample_draft(note, headline=headline, name="Aisha Khan")
    for bad in ("key events", "DebugView", "Schlüsselereignisse", "business and your budget", "Geschäft und Ihr Budget"):
        assert bad not in text
    assert "last click" in text.lower()  # wave 112: the model she keeps, answered (never only "Good question! I'll write back")


def test_missing_conversions_still_get_the_checks() -> None:
    text = sample_draft("Hi Camille, since the GA4 migration my conversions don't show up anymore. Any idea?",
                        headline="Performance Marketing Lead")
    assert "key events" in text and "DebugView" in text


#: "How many formats do you make from one article?": her practice asked, no call, no language caveat, no price (note-11).
COUNT = [
    ("Hallo Camille, dein Post über Content-Recycling letzte Woche hat mir echt die Augen geöffnet 😅 Wie viele Formate machst du "
     "denn im Schnitt aus einem Blogartikel? Liebe Grüße aus Wien, Julia", "Gute Frage"),
    ("Hi Camille, loved your post on content repurposing. How many formats do you usually get out of one blog post?", "Good question"),
    ("Salut Camille, super post sur le recyclage de contenu ! Combien de formats tu tires en moyenne d'un article de blog ?",
     "Bonne question"),
    ("Hola Camille, me encantó tu post sobre reciclaje de contenido. ¿Cuántos formatos sacas normalmente de un artículo del blog?",
     "Buena pregunta"),
    ("Ciao Camille, bel post sul riciclo dei contenuti! Quanti formati ricavi in media da un articolo del blog?", "Bella domanda"),
    ("Hoi Camille, leuke post over content hergebruiken! Hoeveel formats maak je gemiddeld van één blogartikel?", "Goede vraag"),
]


@pytest.mark.parametrize(("note", "said"), COUNT)
def test_count_of_her_practice_is_her_own_answer(note: str, said: str) -> None:
    text = sample_draft(note, headline="Content Marketing bei einer Agentur", name="Julia Gruber")
    assert said in text
    for bad in ("Budget", "budget", "presupuesto", "Englisch", "20 Minuten", "20 minutes", "tarifs", "20-minute"):
        assert bad not in text


#: Attending her webinar and introducing oneself is no offer to work together (r71 fr_en note-42).
@pytest.mark.parametrize("note", [
    "Hi Camille, I attended your webinar on local SEO yesterday with the Lyon Chamber of Commerce – really practical. I'm a "
    "freelance copywriter working with small businesses, would be great to connect.\nAnna",
    "Hi Camille, I was at your SEO workshop last week, loved it. I'm a freelance web designer in Lyon, would be nice to stay in touch!",
])
def test_freelancer_who_attended_is_welcomed(note: str) -> None:
    text = sample_draft(note, headline="Freelance Copywriter | SEO content", name="Anna Schmidt")
    assert "offer to work together" not in text and "No immediate need" not in text
    assert "webinar" in text or "workshop" in text


def test_freelancer_offering_help_is_still_an_offer() -> None:
    text = sample_draft("Hi Camille, I'm a freelance copywriter. If you ever need help with content for your clients, I'd be happy "
                        "to help!", headline="Freelance Copywriter", name="Anna Schmidt")
    assert "offer to work together" in text
