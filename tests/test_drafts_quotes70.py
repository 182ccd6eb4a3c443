"""Wave 70 group C: what a note says is quoted as what it means — the break is where two talked, never the topic;
"the details" of a talk are its arrangements, never its subject; a named event is named back."""

from __future__ import annotations

import pytest

from drafting import sample_draft

BREAK_TALKS = [
    ("Oi Camille! A gente se conheceu no RD Summit em Florianópolis, conversamos sobre SEO pra e-commerce no intervalo. "
     "Adorei a troca, vamos manter contato! Bia", "SEO pra e-commerce", "intervalo"),
    ("Olá Camille, conhecemo-nos na Web Summit em Lisboa, falamos sobre anúncios no TikTok durante o intervalo. Vamos manter contacto!",
     "anúncios no TikTok", "intervalo"),
    ("¡Hola Camille! Nos conocimos en el eShow Madrid, hablamos sobre SEO local en el descanso. ¡Sigamos en contacto!",
     "SEO local", "descanso"),
    ("Ciao Camille, ci siamo conosciute al Web Marketing Festival, abbiamo parlato di SEO per ecommerce durante l'intervallo. "
     "Restiamo in contatto!", "SEO per ecommerce", "intervallo"),
    ("Bonjour Camille, on s'est croisées au SEO Camp, on a parlé de SEO local pendant la pause-café. Restons en contact !",
     "SEO local", "pause"),
]


@pytest.mark.parametrize("note,topic,setting", BREAK_TALKS)
def test_the_break_is_where_they_talked_never_the_topic(note: str, topic: str, setting: str) -> None:
    text = sample_draft(note, headline="", name="Ana Ruiz")
    assert topic in text
    assert setting not in text


DETAILS_ASKED = [
    ("Olá Camille, sou organizadora do Ecommerce Brasil Fórum em São Paulo. Gostaríamos de convidá-la para palestrar sobre SEO "
     "internacional em agosto. Podemos conversar sobre os detalhes? Att, Camila Rocha", "sobre SEO internacional no Ecommerce Brasil Fórum"),
    ("Estimada Camille, organizo el congreso Digital Day en Valencia. Nos gustaría invitarla a dar una charla sobre SEO local en junio. "
     "¿Podemos hablar sobre los detalles? Saludos, Ana", "sobre SEO local"),
    ("Hola Camille, organizo el Foro Ecommerce Sevilla. Queremos invitarte a dar una charla sobre SEO local en mayo. ¿Hablamos de los "
     "detalles? Luis", "sobre SEO local en el Foro Ecommerce Sevilla"),
    ("Hoi Camille, ik organiseer het Webwinkel Congres. We willen je uitnodigen voor een lezing over internationale SEO in september. "
     "Kunnen we over de details praten? Groet, Sanne", "over internationale SEO"),
]


@pytest.mark.parametrize("note,said", DETAILS_ASKED)
def test_the_details_of_a_talk_are_never_its_topic(note: str, said: str) -> None:
    text = sample_draft(note, headline="", name="Ana Ruiz")
    assert said in text
    for bad in ("sobre os detalhes", "sobre los detalles", "de los detalles", "over de details"):
        assert bad not in text


GERMAN_EVENTS = [
    ('Hallo Camille, ich organisiere die Konferenz "E-Commerce Tage Köln" im Mai und suche noch eine Speakerin zum Thema SEO für '
     'Onlineshops. Wäre das was für dich? Honorar + Reisekosten übernehmen wir. Grüße, Julia', "bei den E-Commerce Tagen Köln"),  # 137 E: the quoted name by its own noun
    ("Hallo Camille, wir veranstalten die Konferenz „Marketing Tage Bremen“ im Juni und suchen eine Speakerin zum Thema Social Ads. "
     "Hättest du Lust? Viele Grüße, Lena", "bei der Konferenz Marketing Tage Bremen"),
    ("Hallo Camille, ich organisiere die E-Commerce Tage Köln im Mai und suche eine Speakerin zum Thema SEO. Lust? Julia",
     "bei den E-Commerce Tagen Köln"),
]


@pytest.mark.parametrize("note,said", GERMAN_EVENTS)
def test_a_german_event_is_named_once_in_its_own_case(note: str, said: str) -> None:
    text = sample_draft(note, headline="", name="Julia Richter")
    assert said in text
    assert "(„" not in text and "bei den Konferenz" not in text and 'Tagen Köln"' not in text
