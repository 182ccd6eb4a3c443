"""Wave 77 (group D): requests and meetings read as the wrong kind, and the needless "tell me where you stand"."""

from __future__ import annotations

import pytest

from drafting import sample_draft

#: The light step after her answer, in every language and register: it must not follow a note that already said it.
_STAND = ("where you're at", "where you stand", "où vous en êtes", "où tu en es", "en qué punto", "a che punto",
          "em que ponto", "wo du gerade stehst", "wo Sie gerade stehen", "waar je nu staat", "waar u nu staat")


@pytest.mark.parametrize(("note", "headline", "must"), [
    ("Bonjour, je suis étudiante en BTS communication et je voudrais savoir quelle formation vous conseilleriez pour "
     "se spécialiser en SEO ? Merci beaucoup", "Étudiante BTS Communication", "Semrush"),
    ("Bjr Camille, j'ai vu que vous donniez des formations, est ce que c'est eligible au CPF ?", "", "CPF"),
    ("Olá Camille, trabalho como social media há 2 anos e queria migrar para SEO. Que cursos ou livros você recomenda "
     "pra quem tá começando? vlw!", "", "Semrush"),
    ("Hola Camille, soy estudiante de marketing y quiero especializarme en SEO. ¿Qué curso me recomiendas?", "", "Semrush"),
    ("Hoi Camille, ik ben student communicatie. Welke cursus raad je aan voor SEO?", "", "Semrush"),
    ("Hi Camille, I just launched my handmade jewellery e-shop on Etsy and Shopify. With only 300€/month for ads, "
     "should I start with Instagram or Google? Cheers, Mia", "Founder, Mia Rose Jewellery", "Meta"),
])
def test_no_where_you_stand_once_told(note: str, headline: str, must: str) -> None:
    text = sample_draft(note, headline=headline, name="Alex Martin")
    assert must in text
    assert not any(s.lower() in text.lower() for s in _STAND), text


def test_where_you_stand_kept_when_untold() -> None:
    text = sample_draft("Hi Camille, which SEO course would you recommend?", name="Tom Baker")
    assert "Semrush" in text and "where you're at" in text


@pytest.mark.parametrize(("note", "must"), [
    ("Ciao Camille, Elisa Ferri mi ha parlato bene della tua formazione sui social ads. Gestisco un'associazione di piccole "
     "imprese a Bologna e vorremmo organizzare un corso per i soci. Sei disponibile? Grazie, Roberta", "Sì, tengo corsi"),
    ("Bonjour Camille, je préside une association de commerçants à Lyon et nous aimerions organiser une formation pour nos "
     "adhérents sur les réseaux sociaux. Seriez-vous disponible ? Anne", "Oui, j'anime des formations"),
    ("Hi Camille, I run a network of small business owners and we'd like to organise a workshop on social ads for our "
     "members. Would you be available? Kate", "Yes, I run"),
    ("Hola Camille, dirijo una asociación de comercios en Valencia y queremos organizar un curso para los socios sobre redes "
     "sociales. ¿Estarías disponible? Marta", "Sí, imparto formaciones"),
    ("Hallo Camille, ich leite einen Unternehmerverband und wir möchten eine Schulung für unsere Mitglieder organisieren. "
     "Hättest du Zeit? Petra", "Ja, ich biete"),
    ("Hoi Camille, ik ben voorzitter van een ondernemersvereniging en we willen graag een workshop organiseren voor onze "
     "leden. Heb je tijd? Eva", "Ja, ik verzorg"),
])
def test_members_course_is_a_training_request(note: str, must: str) -> None:
    text = sample_draft(note, name="Roberta Galli")
    assert must in text, text
    for bad in ("budget", "Raccontami un po' della tua attività", "sounds interesting", "klingt interessant", "klinkt interessant"):
        assert bad not in text, text


@pytest.mark.parametrize(("note", "must"), [
    ("Ciao Camille, ci siamo visti al meetup Growth Hacking a Lione il mese scorso, ero quello italiano con la startup di "
     "e-bike. Mi farebbe piacere restare in contatto e magari parlare di ads. Ciao! Fede", "parliamo di ads per la tua startup"),
    ("Hi Camille, we met at the Growth Hacking meetup in Lyon last month, I was the guy with the e-bike startup. Would be "
     "great to stay in touch and maybe talk about ads. Fede", "talk about ads for your start-up"),
    ("Hola Camille, nos vimos en el meetup de Growth Hacking en Lyon el mes pasado, era el de la startup de bicis "
     "eléctricas. Me encantaría seguir en contacto y quizás hablar de anuncios. Fede", "hablar de anuncios para tu startup"),
    ("Hallo Camille, wir haben uns letzten Monat beim Growth-Hacking-Meetup in Lyon gesehen, ich war der mit dem "
     "E-Bike-Startup. Würde mich freuen, in Kontakt zu bleiben und vielleicht mal über Ads zu sprechen. Fede", "über Ads für dein Startup"),
    ("Hoi Camille, we spraken elkaar op de Growth Hacking meetup in Lyon vorige maand, ik was die van de e-bike startup. "
     "Leuk om in contact te blijven en misschien eens over ads te praten! Fede", "over ads voor je startup"),
])
def test_met_before_topic_taken_up(note: str, must: str) -> None:
    text = sample_draft(note, name="Federico Gallo")
    assert must in text, text
    for bad in ("Su cosa stai lavorando", "What have you been up to", "En qué estás trabajando", "Woran arbeitest du"):
        assert bad not in text, text
