"""Round 20, l20: wrong language and misreads (short notes, headlines, speaker invitations, head-hunters, thanks for a
training, freelancers' offers, "I saw you at the webinar", lecture invitations)."""

from __future__ import annotations

import pytest

from drafting import draft
from invitriage.drafts.notefacts import reply_language


# A. A short note the judge could not place (it falls back to the owner's language, French) is answered in its own
# language; a note-less invitation with a Portuguese headline in Portuguese.
@pytest.mark.parametrize("note,lang", [
    ("Hola Camille, me gustaria conectar contigo. Saludos", "es"),
    ("Buenas Camille, encantado de conectar", "es"),
    ("Hola! Me gustó tu post, conectamos?", "es"),
    ("Olá Camille, gostaria de me conectar consigo", "pt"),
    ("Ciao, piacere di conoscerti", "it"),
    ("Hallo, gerne vernetzen", "de"),
    ("Bonjour Camille, ravi de me connecter avec vous", "fr"),
    ("Coucou Camille, on se connecte ?", "fr"),
])
def test_short_note_language(note: str, lang: str) -> None:
    assert reply_language(note, "fr", "", "fr") == lang


@pytest.mark.parametrize("note,opening", [
    ("Hola Camille, me gustaria conectar contigo. Saludos", "¡Hola"),
    ("Buenas Camille, encantado de conectar", "¡Hola"),
    ("Olá Camille, gostaria de me conectar consigo", "Olá"),
])
def test_short_note_drafted_in_its_language(note: str, opening: str) -> None:
    text = draft(note, "fr", "default_template", name="Jorge Pérez", headline="Emprendedor")
    assert text.startswith(opening)
    assert "Bonjour" not in text and "Merci" not in text


@pytest.mark.parametrize("headline", [
    "Fundadora da Flor de Sal Cosmética | E-commerce",
    "Fundador de Meias Loucas (Shopify)",
    "Sócio do Grupo Alvorada",
    "Fundador de Bolos da Avó",
])
def test_portuguese_headline_no_note(headline: str) -> None:
    text = draft("", "fr", "no_note", name="Mariana Silva", headline=headline)
    assert text.startswith("Olá"), text
    assert "Merci" not in text


@pytest.mark.parametrize("headline", ["Fundador de Tienda Verde", "Fundadora de Sabores del Sur", "Fundador y CEO"])
def test_spanish_headline_no_note(headline: str) -> None:
    text = draft("", "fr", "no_note", name="Jorge Pérez", headline=headline)
    assert text.startswith(("Hola", "¡Hola")), text


# B. A speaker invitation, however the talk is worded ("einen Vortrag (30 Min.) … zu halten", "als Rednerin gewinnen",
# "impartir una conferencia", "fazer uma apresentação", "een presentatie … geven"), is accepted as one, never read as a
# help request that asks for "your question and where you stand".
@pytest.mark.parametrize("lang,note", [
    ("de", "Sehr geehrte Frau Laurent, wir laden Sie herzlich ein, im Oktober auf unserem Handelsforum einen Vortrag (45 Min.) über lokale SEO zu halten."),
    ("de", "Hallo Camille, hättest du Lust, auf unserem Shop-Tag in Graz einen kurzen Impulsvortrag zu Social Ads zu halten?"),
    ("de", "Guten Tag Frau Laurent, wir würden Sie gern als Rednerin für unsere Tagung E-Commerce Nord gewinnen."),
    ("fr", "Bonjour Madame Laurent, je vous invite à présenter une conférence sur le SEO local lors de nos rencontres en mars."),
    ("es", "Estimada Sra. Laurent: quisiéramos invitarla a impartir una conferencia sobre SEO en nuestras jornadas de octubre."),
    ("pt", "Olá Camille, organizamos um encontro de lojistas no Porto. Gostaria de fazer uma apresentação (30 min) sobre anúncios?"),
    ("it", "Buongiorno Camille, Le andrebbe di tenere una relazione (20 minuti) sul SEO al nostro convegno di Bologna?"),
    ("nl", "Beste Camille, zou je op ons congres in Utrecht een presentatie (30 min) over social ads willen geven?"),
    ("en", "Hi Camille, we run a retail meetup in Leeds. Would you be up for a 20-minute session on local SEO in June?"),
])
def test_speaker_invitation_not_help_request(lang: str, note: str) -> None:
    text = draft(note, lang, "ask_for_help", name="Karin Vogt")
    low = text.lower()
    for bad in ("aktuellen stand", "ihre frage", "deine frage", "votre question", "su pregunta", "tu pregunta", "a sua pergunta",
                "la sua domanda", "je vraag", "uw vraag", "your question", "where you stand"):
        assert bad not in low, text
    assert any(w in low for w in ("vortrag", "conférence", "conferencia", "charla", "palestra", "apresentação", "intervento",
                                  "relazione", "lezing", "presentatie", "talk", "speaker", "session")), text


def test_presentation_of_a_product_is_not_a_talk() -> None:
    from invitriage.drafts.notefacts import extract
    assert extract("Bonjour Camille, je peux vous faire une présentation de notre outil en 15 min ?", "fr", "sales_pitch").proposal != "speaker"
    assert extract("Hi Camille, can I give you a presentation of our tool next week?", "en", "sales_pitch").proposal != "speaker"


# C. A head-hunter offering the owner a job gets the recruiting reply (independent, not looking), never a client's
# "call to understand your needs"; the head-hunter's own firm is not named as the employer.
@pytest.mark.parametrize("lang,intent,note,firm,marks", [
    ("it", "recruiting", "Buongiorno Camille, sono head hunter presso Talentia. Stiamo cercando una Head of E-commerce per un marchio di moda a Firenze. Possiamo sentirci?",
     "Talentia", ("in proprio",)),
    ("it", "business_proposal", "Ciao Camille, lavoro come head-hunter per Spring. Cerchiamo una Responsabile Marketing per un e-commerce di Verona, ti andrebbe di parlarne?",
     "Spring", ("in proprio",)),
    ("pt", "business_proposal", "Olá Camille, sou head hunter na Vértice. Estamos à procura de uma Head of Growth para uma marca de calçado no Porto. Podemos falar?",
     "Vértice", ("conta própria",)),
    ("es", "client", "Hola Camille, soy head hunter en Norte Talento. Estamos buscando una Directora de E-commerce para una marca de cosmética en Valencia. ¿Hablamos?",
     "Norte Talento", ("por mi cuenta",)),
    ("en", "business_proposal", "Hi Camille, I'm a head hunter with Brightwater. We're looking for a Head of Growth for a homeware brand in Leeds. Could we have a chat?",
     "Brightwater", ("independently",)),
])
def test_headhunter_gets_recruiting_reply(lang: str, intent: str, note: str, firm: str, marks: tuple[str, ...]) -> None:
    text = draft(note, lang, intent, name="Alessandra Rossi", headline="Executive Search")
    low = text.lower()
    assert any(m in low for m in marks), text
    for bad in ("esigenze", "necesidades", "necessidades", "your needs", "20 minut"):
        assert bad not in low, text
    assert firm not in text
