"""Wave 30, group D: German and Dutch native wording and register (a formal letter answered in kind with the sender's
gender read from their own words or a German given name, a polite Dutch opening never answered "Hoi", a Swiss close
without ß, the sample FAQ's German and Dutch advice in native wording)."""
from drafting import sample_draft


def _first_line(text: str) -> str:
    return text.split("\n", 1)[0]


def test_formal_german_letter_is_answered_sehr_geehrter():
    cases = [
        ("Sehr geehrte Frau Laurent,\nals Geschäftsführer eines Weinguts in der Wachau möchten wir unseren Onlineshop in "
         "Frankreich bekannt machen. Über ein Gespräch würde ich mich freuen.\nHochachtungsvoll\nMag. Leopold Wimmer",
         "Leopold Wimmer", "Sehr geehrter Herr"),
        ("Sehr geehrte Frau Laurent, ich leite das Marketing einer Käserei im Allgäu und suche Unterstützung bei SEO. "
         "Hätten Sie nächste Woche Zeit?\nMit freundlichen Grüßen\nJosef Huber", "Josef Huber", "Sehr geehrter Herr Huber"),
        ("Sehr geehrte Frau Laurent,\nals Marketingleiterin eines Familienbetriebs planen wir den Schritt nach Frankreich "
         "und suchen Begleitung.\nMit freundlichen Grüßen\nKim Berger", "Kim Berger", "Sehr geehrte Frau Berger"),
    ]
    for note, name, opening in cases:
        text = sample_draft(note, name=name)
        assert _first_line(text).startswith(opening), text
        assert not _first_line(text).startswith("Guten Tag"), text


def test_polite_dutch_opening_is_never_hoi():
    cases = [
        ("Goedemiddag Camille, ik ben contentmarketeer met vier jaar ervaring en zoek een nieuwe baan, liefst remote. "
         "Als je iets hoort, laat het me weten. Vriendelijke groet, Sanne Mulder", "Sanne Mulder"),
        ("Goedemorgen Camille, ik run een webshop in thee en vraag me af of je ook SEO-audits doet voor kleine shops? "
         "Groet, Bram Jansen", "Bram Jansen"),
        ("Camille, ik volg je posts over Google Ads al een tijdje en zou graag connecten. Met vriendelijke groet, Lieke de Boer",
         "Lieke de Boer"),
    ]
    for note, name in cases:
        text = sample_draft(note, name=name)
        assert not text.startswith("Hoi"), text
        assert _first_line(text).startswith(("Beste", "Goede")), text


def test_swiss_close_without_eszett():
    notes = [
        ("Guten Tag Frau Laurent, ich bin Online-Marketing-Managerin und ziehe im Herbst nach Lyon. Haben Sie Kontakte "
         "für mich?\nFreundliche Grüsse\nRegula Keller", "Regula Keller"),
        ("Hallo Camille, ich habe deinen Beitrag über Meta Ads gelesen, sehr hilfreich. Welche Zielgruppen testest du "
         "zuerst? Liebe Grüsse, Ueli", "Ueli Frei"),
    ]
    for note, name in notes:
        text = sample_draft(note, name=name)
        assert "ß" not in text, text
    # a keyboard without umlauts ("fuer", "gruss") is no sign of Switzerland
    text = sample_draft("Hallo Frau Laurent, wir sind eine Agentur aus Graz und suchen Unterstuetzung fuer SEO-Projekte mit "
                        "franzoesischen Kunden. Waere das interessant? Gruss, Thomas Gruber", name="Thomas Gruber")
    assert "Grüße" in text, text


def test_faq_advice_reads_native_in_german_and_dutch():
    cases = [
        ("Hallo Camille, kurze Frage: Welche Tools nutzt du für die Keyword-Recherche? Ich fange gerade an. Danke, Lena",
         "Lena Schmidt", ("reichen kostenlose Tools weit", "Screaming Frog kostenlos", "für Suchen, die")),
        ("Hoi Camille, welke tools gebruik je voor zoekwoordonderzoek? Ik ben net begonnen. Groetjes, Femke",
         "Femke Bakker", ("komen gratis tools al ver", "die al bezoek brengen")),
        ("Hallo Camille, für meinen kleinen Shop: lieber erst SEO oder gleich Werbung? Das Budget ist knapp. Danke, Jonas",
         "Jonas Weber", ("enden aber mit dem Budget", "eine echte Produktbeschreibung", "Anzeigen klein testen")),
        ("Hoi Camille, voor mijn kleine webshop: eerst SEO of meteen advertenties? Mijn budget is beperkt. Dank je, Anouk",
         "Anouk Smit", ("stoppen met het budget", "klein testen met ads")),
    ]
    for note, name, never in cases:
        text = sample_draft(note, name=name)
        for bad in never:
            assert bad not in text, (bad, text)
    text = sample_draft("Hoi Camille! Ik verkoop handgemaakte zeep online en twijfel tussen Facebook-advertenties en Google "
                        "Shopping. Waar zou jij beginnen met een klein budget? Groetjes, Noor", name="Noor Visser")
    assert "beslist de kostprijs" not in text and "nooit gezien heeft" not in text, text
