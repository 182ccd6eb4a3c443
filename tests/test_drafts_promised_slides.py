"""Wave 64 group C: her own promise to send slides, recalled by the sender, is kept (the slides, never "what are you working on?")."""
import pytest

from drafting import sample_draft

OFFERED = [
    ("Guten Tag, wir haben uns auf der dmexco getroffen. Sie hatten mir angeboten, Ihre Folien zu schicken – würde mich sehr freuen! Viele Grüße, Thomas Schäfer", "Thomas Schäfer", "Folien"),
    ("Hallo Camille, wir haben uns beim SEO-Meetup in Köln kennengelernt. Du hattest versprochen, mir deine Präsentation zu schicken. Freue mich! Jan", "Jan Becker", "Folien"),
    ("Bonjour Camille, on s'est croisés au salon E-marketing Paris. Vous m'aviez proposé de m'envoyer vos slides, ça m'intéresserait beaucoup. Paul", "Paul Girard", "slides"),
    ("Hola Camille, nos conocimos en el congreso de Valencia. Me ofreciste enviarme tu presentación, ¡me encantaría! Lucía", "Lucía Gómez", "diapositivas"),
    ("Ciao Camille, ci siamo conosciuti al Web Marketing Festival. Mi avevi promesso le slide del tuo intervento, mi farebbe piacere! Marco", "Marco Rossi", "slide"),
    ("Olá Camille, conhecemo-nos na Web Summit. Você se ofereceu para me enviar os slides, adoraria recebê-los! João", "João Silva", "slides"),
    ("Hoi Camille, we spraken elkaar op het Frankwatching event. Je had aangeboden je slides te sturen, daar zou ik blij mee zijn! Bram", "Bram de Vries", "slides"),
]


@pytest.mark.parametrize(("note", "name", "word"), OFFERED)
def test_her_promised_slides_are_sent(note: str, name: str, word: str) -> None:
    text = sample_draft(note, headline="Head of Growth", name=name)
    assert word in text
    for bad in ("Woran arbeite", "Qu'est-ce qui vous occupe", "En qué estás", "Su cosa stai", "Em que está", "Waar ben je", "fürs Schicken"):
        assert bad not in text


def test_sender_own_promise_still_thanked() -> None:
    text = sample_draft("Hi Camille, great to meet you at the SEO meetup. As promised, I'll send you the slides of my talk tomorrow. Tom",
                        headline="SEO lead", name="Tom Hill")
    assert "thanks in advance for the slides" in text

