"""Given names a formal reply needs the gender of ("Geachte mevrouw De Vries", "Monsieur Girard"): names reviewers sign with
that the lists lacked, mirrored as Madame/Frau/mevrouw/heer when the sender wrote formally."""

from __future__ import annotations

import pytest

from drafting import sample_draft
from invitriage.drafts.notefacts import name_gender


@pytest.mark.parametrize("name, gender", [("Anneke", "f"), ("Clémence", "f"), ("Conceição", "f"), ("Ségolène", "f"), ("Ginevra", "f"),
                                          ("Loïc", "m"), ("Thibault", "m"), ("Giacomo", "m"), ("Rüdiger", "m"), ("Gonçalo", "m")])
def test_the_names_read_with_their_gender(name: str, gender: str) -> None:
    assert name_gender(name) == gender


def test_a_formal_dutch_note_signed_anneke_is_answered_mevrouw() -> None:
    text = sample_draft("Geachte mevrouw Laurent, graag nodig ik u uit voor een gastcollege over SEO. Met vriendelijke groet, Anneke de Vries",
                        name="Anneke de Vries")
    assert text.startswith("Geachte mevrouw De Vries")


def test_a_formal_french_note_signed_loic_is_answered_monsieur() -> None:
    text = sample_draft("Bonjour Madame Laurent, je dirige le marketing d'une PME lyonnaise et souhaiterais échanger sur notre SEO. "
                        "Cordialement, Loïc Girard", name="Loïc Girard")
    assert text.startswith("Bonjour Monsieur Girard")


@pytest.mark.parametrize("note, said, never", [
    ("Hola Camille! Soy estudiante de Publicidad. ¿Qué me recomiendas para especializarme? Gracias, Nerea", "Para especializarte",
     "especializarme"),
    ("Ciao Camille, cosa mi consigli per il mio negozio di vini online? Grazie, Luca", "al tuo negozio", "mio negozio"),
    ("Hi Camille, what would you recommend for my small candle shop? Thanks, Jo", "your small candle shop", "my small"),
])
def test_the_subject_of_an_opinion_question_is_said_to_the_sender(note: str, said: str, never: str) -> None:
    """Round-48 probe: "Sobre especializarme" spoke in the sender's first person."""
    text = sample_draft(note)
    assert said in text and never not in text


def test_a_recruiter_currently_hiring_names_the_title_not_the_adverb() -> None:
    """Round 50 fr note-6: "je recrute actuellement un(e) Head of SEO" became "le poste de actuellement", declined as off-field."""
    text = sample_draft("Bonjour Camille, je recrute actuellement un(e) Head of SEO en CDI pour une scale-up lyonnaise. Votre profil "
                        "correspond parfaitement, seriez-vous ouverte à en discuter ?", name="Nadia Benali")
    assert "Head of SEO" in text and "actuellement" not in text and "ne correspond pas à mon métier" not in text


@pytest.mark.parametrize("note", [
    "Hey Camille! Ich hoste den Podcast „Marketing Mittwoch“ und würde dich gern als Gast zum Thema SEO für kleine Shops einladen. "
    "Aufnahme remote, ca. 45 Min, Englisch geht auch. Interesse? Flo",
    "Hoi Camille, ik host de podcast 'Groeikracht' en wil je graag uitnodigen als gast over SEO. Opname online, Engels kan ook. Zin? Flo",
])
def test_english_already_accepted_is_never_asked_again(note: str) -> None:
    """Round 50 de note-9: "Englisch geht auch" then "Wäre Englisch für dich okay?"."""
    text = sample_draft(note, name="Flo Bauer")
    assert "Englisch für dich okay" not in text and "Engels voor jou een optie" not in text


@pytest.mark.parametrize("note", [
    "Hoi Camille! Met Sanne heb ik je vorig jaar in Amsterdam ontmoet. Hoe bevalt Lyon? Groetjes, Eva",
    "Hallo Camille! Mit Jonas haben wir uns in Berlin getroffen. Wie gefällt dir Lyon? LG Eva",
])
def test_a_question_word_is_never_thanked_as_the_referrer(note: str) -> None:
    """Wave 53 probe: "dank aan Hoe voor de introductie"."""
    text = sample_draft(note, name="Eva Jansen")
    assert "aan Hoe" not in text and "an Wie" not in text and "Dank an Wie" not in text


def test_a_headline_part_in_another_language_outweighs_english_job_titles() -> None:
    """Round 51 it note-66: an Italian student's headline with an English title part was answered in English."""
    text = sample_draft("", headline="Studente Magistrale in Marketing Digitale @ Bocconi | Aspirante SEO specialist", name="Nicolò Fabbri")
    assert text.startswith("Ciao Nicolò") and "Thanks" not in text
    english = sample_draft("", headline="Growth Marketing Manager @ Spotify | Ex-Google", name="Sam Lee")
    assert english.startswith(("Hi", "Hello"))


def test_courses_or_resources_weighed_together_name_no_subject() -> None:
    """Round 51 nl note-42: "tips voor goede cursussen of bronnen?" about Meta ads got the SEO resources answer."""
    text = sample_draft("Heyy Camille! Ik werk net 3 maanden als junior marketeer en moet ineens Meta ads doen. Heb je tips voor goede "
                        "cursussen of bronnen? Dankjewel!! Yara", headline="Junior Marketeer", name="Yara")
    assert "SEO-starterhandleiding" not in text and "Meta Blueprint" in text
    seo = sample_draft("Hoi Camille, heb je tips voor goede cursussen of bronnen om SEO te leren? Groet, Yara", name="Yara")
    assert "SEO" in seo
