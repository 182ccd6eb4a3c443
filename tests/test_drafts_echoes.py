"""Wave 74 group C: what the sender shared is echoed once, never the same gladness twice in a row."""
from drafting import sample_draft


def body(note: str, headline: str = "", name: str = "Ana Ruiz") -> str:
    return sample_draft(note, headline=headline, name=name).split("\n\n")[1]


def test_it_tip_line_after_glad_newsletter_thanks_says_piacere_once():
    text = body("Buongiorno Camille, leggo la sua newsletter da quasi un anno e la trovo sempre utilissima, soprattutto "
                "i consigli sulle campagne Meta. Grazie! Marco Bianchi", name="Marco Bianchi")
    assert "consigli sulle campagne Meta" in text
    assert text.lower().count("piacere") == 1, text


def test_nl_second_glad_sentence_said_with_other_words():
    text = body("Hey Camille 👋 ik heb een klein vintage webshopje op Shopify. Jouw nieuwsbrief over e-mailmarketing heeft me "
                "echt geholpen, mijn open rate ging van 17 naar 26%! Wilde je gewoon even bedanken 💛 Noor", name="Noor van Leeuwen")
    assert "nieuwsbrief over e-mailmarketing" in text
    assert "om te horen" in text and text.count("om te horen") == 1, text


def test_nl_glad_reading_kept_when_tip_line_follows():
    text = body("Hey Camille! Lees al een tijdje je nieuwsbrief, de tips over contentkalenders gebruik ik elke week 🙌 Bedankt! Groetjes, Sanne",
                name="Sanne de Jong")
    assert "nieuwsbrief" in text
    assert "tips over contentkalenders" in text
    assert not ("leuk" in text.lower() and "fijn" in text.lower()), text


def test_fr_second_plaisir_said_otherwise():
    text = body("Bonjour Camille, ta newsletter sur l'emailing m'a vraiment aidée, mon taux d'ouverture est passé de 17 à 26 % ! Merci, Julie",
                name="Julie Martin")
    assert text.count("plaisir") <= 1, text


def test_es_plural_posts_read_as_posts():
    text = body("Qué tal Camille, te sigo desde CDMX, tus posts de estrategia de contenido están buenísimos 🙌 Saludos!", name="Alejandro Fuentes")
    assert "mis publicaciones" in text and "te gusten" in text
    assert "mi publicación" not in text and "haya interesado" not in text


def test_es_single_post_stays_single():
    text = body("Muy bueno tu post sobre el fin de las cookies de terceros. Trabajo en analítica web y me gustaría seguir tus publicaciones.")
    assert "mi publicación" in text and "mis publicaciones" not in text


def test_de_plural_posts_read_as_posts():
    text = body("Hallo Camille! Ich lese deine Posts immer gerne 😊 wollte mich einfach mal vernetzen", name="Lea Braun")
    assert "meine Beiträge" in text and "meinen Beitrag" not in text
