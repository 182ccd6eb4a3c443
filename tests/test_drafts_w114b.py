"""Fix wave 114, group B: sales pitches and peers misread."""

from __future__ import annotations

import pytest

from drafting import sample_draft

_NO_NEED = ("keinen Bedarf", "not a priority", "geen behoefte", "not something I need", "pas besoin", "no lo necesito", "non ne ho bisogno",
            "não preciso", "No momento não preciso", "no necesito", "Al momento non")


@pytest.mark.parametrize("note,headline,name,wrong", [
    ("Guten Tag, ich bin Steuerberater und unterstütze Freiberufler bei der Buchhaltung. Vielleicht ist das für Sie interessant? "
     "Gerne vernetzen. Martin Krause", "Steuerberater | Kanzlei Krause", "Martin Krause", "Ansprechperson"),
    ("Goedendag, ik ben boekhouder voor zzp'ers en help met belastingaangifte. Misschien iets voor u? Groet, Henk Vermeulen",
     "Boekhouder | Vermeulen Administratie", "Henk Vermeulen", "adviseren"),
    ("Hello Camille, I'm an accountant helping freelancers with their tax returns. Might this be of interest to you? Best, Tom Reed",
     "Accountant", "Tom Reed", "right person"),
])
def test_an_accountants_pitch_is_declined_politely(note: str, headline: str, name: str, wrong: str) -> None:
    # a tax advisor or bookkeeper offering their service: a polite no-thanks, never "not the right person to advise you"
    text = sample_draft(note, headline=headline, name=name)
    assert wrong not in text and any(n in text for n in _NO_NEED), text


@pytest.mark.parametrize("note,headline,name,wrong", [
    ("Camille!! Long time no see - we did the Google Ads certification bootcamp together back in 2020 😄 I'm freelancing now too, "
     "would be great to catch up", "Freelance PPC Consultant", "Lucy Bennett", "not something I need"),
    ("Hoi Camille, wij zaten samen in de jury van de Dutch Digital Awards, was erg gezellig! Laten we contact houden. Groet, Eva",
     "CMO | ReisGids.nl", "Eva Bos", "data"),
])
def test_an_old_acquaintance_is_greeted_warmly(note: str, headline: str, name: str, wrong: str) -> None:
    # a bootcamp classmate or a fellow juror saying hello: a warm reply, never a pitch declined nor a jury seat accepted
    text = sample_draft(note, headline=headline, name=name)
    assert wrong not in text and "jury!" not in text and "In principe graag" not in text, text
    assert not any(n in text for n in _NO_NEED), text


@pytest.mark.parametrize("note", [
    "Hi Camille, we sat on the jury together at the Content Awards last year, it was great fun! Let's stay in touch.",
    "Hallo Camille, wir saßen zusammen in der Jury der Marketing Awards, hat viel Spaß gemacht! Lass uns in Kontakt bleiben.",
])
def test_a_shared_jury_is_no_jury_invitation(note: str) -> None:
    text = sample_draft(note, name="Eva Bos")
    assert "jury" not in text.casefold() or "dates" not in text.casefold(), text
    assert not any(w in text for w in ("dates and", "Termine", "time commitment", "Zeitaufwand")), text


@pytest.mark.parametrize("note,headline,name,wrong", [
    ("Olá Camille! Sou da Hotmart, plataforma de produtos digitais. Vi que você dá formações em marketing digital e queria te "
     "apresentar nossa solução para vender cursos online.", "Partnerships @ Hotmart", "Felipe Araújo", "aprender"),
    ("Salve, siamo SEOtools.it, software di analisi keyword. Vorremmo proporti una licenza gratuita di 3 mesi in cambio di una "
     "recensione sul tuo blog. Interessata?", "Marketing Manager @ SEOtools.it", "Andrea Barbieri", "articolo"),
    ("Hola Camille, somos KeyRank, software de análisis de palabras clave. Queremos ofrecerte una licencia gratuita de 6 meses a "
     "cambio de una reseña en tu blog. ¿Te interesa?", "Marketing @ KeyRank", "Lucía Gómez", "artículo"),
])
def test_a_vendors_offer_is_declined_not_read_as_a_question(note: str, headline: str, name: str, wrong: str) -> None:
    # a platform presenting its solution, a free licence for a review: a seller's offer, never a learner's or a reader's question
    text = sample_draft(note, headline=headline, name=name)
    assert wrong not in text and any(n in text for n in _NO_NEED), text


def test_a_learner_who_read_of_her_trainings_still_gets_her_offer() -> None:
    # unchanged: "vi que você dá formações" from someone who sells nothing is still whether she gives them
    text = sample_draft("Oi Camille! Vi que você dá formações em marketing digital. Sou iniciante e queria aprender mais.", name="Ana Souza")
    assert "treinamentos" in text or "formações" in text, text


@pytest.mark.parametrize("note,headline,name", [
    ("Qué tal Camille, somos de Hostinga, plataforma de hosting optimizado para SEO. Nos gustaría ofrecerte un programa de afiliados "
     "con comisión del 30%. ¿Hablamos?", "Partnerships Manager - Hostinga", "Álvaro Pérez"),
    ("Ciao Camille, siamo una piattaforma di email marketing. Ti proponiamo il nostro programma di affiliazione con una commissione del 25%. "
     "Ne parliamo?", "Partner Manager", "Marco Rossi"),
])
def test_an_affiliate_commission_ending_the_sentence_is_a_pitch(note: str, headline: str, name: str) -> None:
    # "comisión del 30%.": a commission on the seller's sales, declined politely, never "me interesa mucho" and a call;
    # since wave 158 declined as the partnership offered ("como partner"), never as a product she does not need
    text = sample_draft(note, headline=headline, name=name)
    assert "interesa mucho" not in text and "20 minut" not in text and any(n in text for n in ("como partner", "come partner")), text
    assert not any(n in text for n in _NO_NEED), text
