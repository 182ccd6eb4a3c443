"""Wave 38, helper C: short chat notes keep their language; prices said of what was asked (a course, a shop)."""

from __future__ import annotations

from drafting import sample_draft

from invitriage.drafts.notefacts import reply_language
from invitriage.judge.classify import classify


def test_short_informal_notes_get_their_own_language():
    notes = {
        "buenas, q tal? te agrego 😊": "es",
        "hola, un saludo desde Sevilla 👋": "es",
        "e aí, tudo certo? bora conectar": "pt",
        "oi, td bem? te adicionei 👍": "pt",
        "ciao, come va? ti seguo da un po'": "it",
        "servus, lg aus Graz 👍": "de",
        "moin, lass uns vernetzen!": "de",
        "hoi! groetjes uit Gent": "nl",
    }
    for note, lang in notes.items():
        judged = classify([note], owner_lang="fr")[0].lang
        assert reply_language(note, judged, "", "fr") == lang, note
    # English and the owner's own short notes stay as they were
    for note in ("Hi!", "coucou, on se connecte ?", "Bonjour Camille"):
        judged = classify([note], owner_lang="fr")[0].lang
        assert reply_language(note, judged, "", "fr") == "fr", note


def test_short_chat_note_drafted_in_its_language():
    text = sample_draft("hola qué tal, te agrego a mi red 🙌", name="Lucía Pérez")
    assert "Hola" in text and "Merci" not in text, text


def test_a_course_price_asked_with_wie_viel_is_said_of_the_course():
    for note in ("Hallo Camille, du gibst ja SEO-Kurse. Wie viel kostet so ein Kurs für eine einzelne Person?",
                 "Hola Camille, vi que das talleres de redes sociales. ¿Cuánto vale uno para una sola persona?"):
        text = sample_draft(note)
        assert "vom Projekt" not in text and "del proyecto" not in text, text
        assert "Format" in text or "formato" in text or "Dauer" in text or "duración" in text, text


def test_an_audit_price_for_a_shop_names_the_shop_and_no_second_proposal():
    cases = [
        ("Hola Camille, vendo velas en mi tienda de Shopify pero apenas tengo visitas. ¿Cuánto cuesta una auditoría SEO?",
         "tamaño de la tienda", ("propuesta con mis tarifas", "tamaño de la web")),
        ("Ciao Camille, ho un negozio online di gioielli su Etsy. Quanto costa un tuo audit SEO?",
         "dimensioni del negozio", ("proposta con le mie tariffe", "dimensioni del sito")),
        ("Hi Camille, I sell prints through my little Etsy shop. What would an SEO audit cost?",
         "size of the shop", ("proposal with my rates", "size of the site")),
    ]
    for note, said, unsaid in cases:
        text = sample_draft(note)
        assert said in text, text
        for bad in unsaid:
            assert bad not in text, text


def test_training_price_line_has_no_dangling_its():
    for note in ("Hi Camille, could you give our sales team of 6 an in-house training on LinkedIn ads? Roughly what would it cost?",
                 "Hello Camille, do you do in-house content strategy workshops for marketing teams? What would it cost, roughly?"):
        text = sample_draft(note)
        assert "depends on its length" not in text, text
        assert "the right proposal, rates included, the" not in text, text
