"""Wave 66 group C: German wording — a talk's topic without its infinitive, page 1 reached congratulated."""
from drafting import sample_draft


def test_talk_topic_drops_infinitive_de():
    d = sample_draft("Sehr geehrte Frau Laurent, wir laden Sie ein, auf unserem Marketing Day einen Vortrag (30 Min.) "
                     "zum Thema Content-Strategie zu halten. Über eine Rückmeldung würde ich mich freuen.",
                     headline="Professor für Marketing", name="Klaus Weber")
    assert "über Content-Strategie" in d
    assert "zu halten" not in d


def test_page_one_reached_is_congratulated():
    cases = [("Hallo Camille, dein SEO-Kurs hat mir enorm geholfen, meine Website auf Seite 1 zu bringen! Liebe Grüße Martina",
              "Martina Koch", "Glückwunsch", "Wenn du etwas davon umsetzt"),
             ("Hoi Camille, dankzij je SEO-cursus staat mijn site nu op pagina 1. Heel erg bedankt!", "Sanne Bakker", "Gefeliciteerd", "Als je"),
             ("Hola Camille, hice tu curso de SEO y gracias a él mi web está en la página 1 de Google. ¡Mil gracias!", "Lucía Gómez",
              "Enhorabuena", "Si pones")]
    for note, name, good, bad in cases:
        d = sample_draft(note, headline="Inhaberin", name=name)
        assert good in d, d
        assert bad not in d, d
