"""Round-19 e19: no invented conversation after a shared presence; next-session questions; views; senior marketers."""

from __future__ import annotations

import pytest

from drafting import draft

_CHAT = ("chatting", "conversation", "Gespräch", "échange commencé", "conversación", "chiacchierata", "conversa", "gesprek")

CO_ATTENDED = [
    ("Hi Camille, we were both in the Google Ads masterclass in Bordeaux in June. Happy to connect!", "en", "after the Google Ads masterclass"),  # the session and its month (the city goes, as in French)
    ("Hello Camille, we were both at the ecommerce bootcamp in Leeds. Good to connect!", "en", "bootcamp in Leeds"),
    ("Salut Camille, on était tous les deux à la masterclass TikTok Ads de Nantes. Ravi de se connecter !", "fr", "masterclass TikTok Ads de Nantes"),
    ("Bonjour Camille, nous étions toutes les deux à la formation SEO de la CCI de Lille. Au plaisir d'échanger !", "fr", "formation SEO de la CCI de Lille"),
    ("Hallo Camille, wir waren beide beim Seminar der IHK Köln. Lass uns vernetzen!", "de", "Seminar der IHK Köln"),
    ("Servus Camille, wir kennen uns vom Workshop bei der Handelskammer in Linz. Würd gern in Kontakt bleiben", "de", "Workshop bei der Handelskammer in Linz"),
    ("Hola Camille, coincidimos en la masterclass de SEO en Sevilla. ¡Encantada de conectar!", "es", "masterclass de SEO en Sevilla"),
    ("Hola Camille, las dos estuvimos en el curso de Meta Ads de la Cámara de Comercio de Bilbao. ¡Conectamos!", "es", "Cámara de Comercio de Bilbao"),
    ("Ciao Camille, eravamo entrambe alla masterclass di TikTok Ads a Bologna. Piacere di collegarci!", "it", "masterclass di TikTok Ads a Bologna"),
    ("Oi Camille, a gente estava na mesma masterclass de SEO no RD Summit. Bora conectar!", "pt", "RD Summit"),
    ("Olá Camille, estivemos ambos no workshop de SEO da Web Summit em Lisboa. Gostava de manter contacto.", "pt", "Web Summit em Lisboa"),
    ("Beste Camille, we waren allebei bij de SEO-training van Frankwatching in Utrecht. Graag connect ik met je.", "nl", "Frankwatching in Utrecht"),
]


@pytest.mark.parametrize("note,lang,where", CO_ATTENDED)
def test_shared_presence_never_becomes_a_conversation(note: str, lang: str, where: str) -> None:
    text = draft(note, lang, "met_before")
    assert where in text
    assert not any(w in text for w in _CHAT), text
    assert "mesma masterclass" not in text


def test_a_real_chat_is_still_picked_up() -> None:
    text = draft("Hi Camille, great chatting at the SMX breakfast in Paris! Let's stay in touch.", "en", "met_before")
    assert "chatting" in text or "conversation" in text


NEXT_SESSION = [
    ("Hi Camille, when does your next SEO workshop start?", "en", "dates of the next session"),
    ("Hello Camille, any news on the dates of the next Meta Ads course?", "en", "dates of the next session"),
    ("Bonjour Camille, quand démarre la prochaine session de ta formation Google Ads ?", "fr", "dates de la prochaine session"),
    ("Guten Tag Frau Laurent, wann beginnt Ihr nächster Kurs zu Social Ads?", "de", "nächsten Durchgang"),
    ("Hola Camille, ¿cuándo arranca la próxima edición de tu taller de SEO?", "es", "próxima edición"),
    ("Ciao Camille, quando inizia la prossima sessione del tuo corso SEO?", "it", "prossima edizione"),
    ("Olá Camille, quando começa a próxima edição da sua formação de SEO?", "pt", "próxima"),
    ("Hallo Camille, wanneer start de volgende groep van je Google Ads-cursus?", "nl", "volgende editie"),
]


@pytest.mark.parametrize("note,lang,line", NEXT_SESSION)
def test_next_session_question_gets_the_dates(note: str, lang: str, line: str) -> None:
    for intent in ("ask_for_help", "client"):
        text = draft(note, lang, intent)
        assert line in text, text
        assert "20" not in text and "propos" not in text.lower(), text
