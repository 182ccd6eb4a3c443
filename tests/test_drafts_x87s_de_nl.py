"""Wave 87 group S: German and Dutch wording reviewers rated "light" in rounds 85 and 86, fixed in general form."""

from __future__ import annotations

import pytest

from drafting import sample_draft

@pytest.mark.parametrize("name, headline", [
    ("Carolin Weiß", "Head of Growth bei FlixBus | Performance Marketing | Brand"),
    ("Beate Huber", "Leiterin Marketing, Stadtwerke München"),
    ("Katja Brandt", "Head of Content | Otto Group"),
])
def test_a_known_womans_name_is_addressed_as_frau_and_signed_in_full(name, headline):
    text = sample_draft("", headline=headline, name=name)
    last = name.split()[-1]
    assert text.startswith(f"Guten Tag Frau {last},"), text
    assert name not in text.splitlines()[0], text
    assert text.rstrip().endswith("Camille Laurent"), text


@pytest.mark.parametrize("name", ["Kim Berger", "Deniz Yilmaz", "Sascha Brandt"])
def test_a_formal_welcome_by_full_name_is_signed_with_the_full_name(name):
    text = sample_draft("", headline="Head of Growth bei FlixBus", name=name)
    assert text.startswith(f"Guten Tag {name},"), text
    assert text.rstrip().endswith("Camille Laurent"), text


@pytest.mark.parametrize("note, topic", [
    ('Hallo Camille, ich moderiere den Podcast "Marketing ohne Bullshit" (ca. 5.000 Hörer/Folge). Hättest du Lust, als Gast über '
     'SEO-Mythen zu sprechen? Aufnahme remote, ca. 45 Min. VG Katrin Maier', "über SEO-Mythen zu sprechen"),
    ("Guten Tag Frau Laurent, für unseren Podcast „Digital Mittelstand“ suchen wir Gäste. Hätten Sie Lust, über Social Ads für "
     "kleine Shops zu sprechen? Beste Grüße, Jonas Weber", "über Social Ads für kleine Shops zu sprechen"),
    ('Hi Camille! Ich mache den Podcast "Shop Talk" und würde dich gern einladen, über die häufigsten Fehler bei Google Ads zu '
     "reden. Lust? LG Tim", "über die häufigsten Fehler bei Google Ads zu sprechen"),
])
def test_a_podcast_topic_is_said_whatever_its_number(note, topic):
    text = sample_draft(note, name="Katrin Maier")
    assert topic in text, text
    assert " ist ein spannendes Thema" not in text and "ist ein sehr spannendes Thema" not in text, text


@pytest.mark.parametrize("note, headline", [
    ("Sehr geehrte Frau Laurent, ich verfolge seit Monaten Ihren Newsletter zu Content-Strategie und habe schon einige Tipps "
     "umgesetzt. Ich würde mich sehr freuen, mich mit Ihnen zu vernetzen. Mit freundlichen Grüßen, Dr. Ulrike Hoffmann",
     "Geschäftsführerin, Hoffmann Dental GmbH"),
    ("Guten Tag Frau Laurent, nach Ihrem Webinar habe ich unsere Produktseiten überarbeitet. Vielen Dank für die Anregungen! "
     "Herzliche Grüße, Monika Berg", ""),
    ("Hallo Camille, deinen Tipp mit den Pinterest-Pins setze ich schon um. LG Anna", ""),
])
def test_what_the_sender_applied_is_never_an_es_without_antecedent(note, headline):
    text = sample_draft(note, headline=headline, name="Ulrike Hoffmann")
    assert "ins Umsetzen gekommen" in text and "was dabei herauskommt" in text, text
    assert "es schon umsetzen" not in text and "was es bringt" not in text, text


def test_press_questions_are_answered_for_the_article_not_about_it():
    note = ("Hallo Frau Laurent, ich bin Journalistin beim t3n Magazin und schreibe einen Artikel über Marketing-Trends in "
            "Frankreich vs. Deutschland. Wären Sie bereit, mir 3-4 Fragen per Mail zu beantworten? Danke & Gruß, Julia Neumann")
    text = sample_draft(note, headline="Redakteurin bei t3n", name="Julia Neumann")
    assert "Für Ihren Artikel über Marketing-Trends in Frankreich und Deutschland beantworte ich Ihre Fragen" in text, text
    assert "zu Ihrem Artikel" not in text and " vs. " not in text, text


@pytest.mark.parametrize("note, ask, wrong", [
    ("Beste Camille, ik ben recruiter bij DigitalPeople en zoek een freelance contentstrateeg voor een klant in Amsterdam "
     "(3 maanden, deels remote). Sta je open voor nieuwe opdrachten? Mvg, Lotte Smit", "Is Engels een optie voor de klant?",
     "voor jou een optie"),
    ("Hoi Camille, wij zoeken voor onze klant een freelance SEO-specialist, 4 dagen per week in Utrecht. Interesse? Groet, Mark",
     "Is Engels een optie voor de klant?", "voor jou een optie"),
    ("Hola Camille, busco para un cliente en Madrid una consultora SEO freelance durante 3 meses. ¿Te interesa? Saludos, Laura",
     "¿Sería posible en inglés para el cliente?", "¿Sería posible en inglés? "),
])
def test_a_recruiters_client_is_asked_about_english(note, ask, wrong):
    text = sample_draft(note, headline="Recruiter Marketing & Communicatie | DigitalPeople", name="Lotte Smit")
    assert ask in text, text
    assert wrong not in text, text
