"""Wave 35, helper C: the kind of note and what it names (affiliate and priced pitches, a thing of hers never a
referrer, traffic gone after an update)."""
from drafting import sample_draft


def test_affiliate_programme_is_a_pitch_never_a_client_call():
    notes = [
        "Hallo Camille, wir haben ein Tool für Newsletter-Automatisierung und suchen Agenturen, die es ihren Kunden empfehlen – 25 % Provision pro Abschluss. Lust auf eine kurze Demo?",
        "Hi Camille, our scheduling app has an affiliate program for marketing consultants: 20% recurring commission for every client you bring. Fancy a demo?",
        "Hoi Camille, onze tool voor social planning heeft een partnerprogramma voor adviseurs met 30% commissie op elke klant. Interesse in een demo?",
    ]
    for note in notes:
        text = sample_draft(note, name="Jonas Keller")
        low = text.lower()
        assert "bedarf verstehe" not in low and "20 minuten" not in low and "20-minute" not in low, text
        assert "call" not in low and "telefonieren" not in low and "bellen" not in low, text


def test_priced_batch_pitch_is_never_accepted_eagerly():
    notes = [
        "Hoi Camille, wij schrijven SEO-teksten met AI voor bureaus, 50 teksten voor €149. Zal ik je een proefje sturen?",
        "Hallo Camille, wir liefern KI-Blogartikel für Agenturen, 80 Artikel für 249 €. Soll ich dir ein Beispiel schicken?",
        "Hi Camille, we write AI blog content for agencies - 150 articles for $349. Shall I send a sample over?",
        "Ciao Camille, scriviamo articoli SEO con l'IA per agenzie, 60 articoli a 199€. Ti mando un esempio?",
    ]
    for note in notes:
        text = sample_draft(note, name="Kevin Smit")
        low = text.lower()
        for eager in ("graag! stuur", "schick mir die details", "send me the details", "mandami pure i dettagli", "meteen", "gleich an", "right away", "subito"):
            assert eager not in low, text


def test_a_thing_of_hers_is_never_thanked_as_a_referrer():
    notes = [
        "Hallo Camille, wir haben uns beim Barcamp in Leipzig getroffen. Deine Einschätzung zu Newsletter-Strategien hat mir sehr geholfen. Bleiben wir in Kontakt! Grüße, Mara",
        "Hallo Camille, wir kennen uns vom Marketing-Stammtisch in Berlin. Dein Vortrag über Suchintention hat mich motiviert. Lass uns vernetzt bleiben!",
    ]
    for note in notes:
        text = sample_draft(note, name="Mara Vogt")
        assert "Empfehlung" not in text and "Danke auch an" not in text, text


def test_traffic_gone_after_an_update_is_a_drop_not_a_new_shop():
    notes = [
        "Hoi Camille, sinds de laatste Google update komen er nauwelijks nog bezoekers op mijn webshop met keramiek. Enig idee hoe dat komt?",
        "Hallo Camille, seit dem letzten Core Update hat mein Onlineshop für Tee kaum noch Besucher. Woran kann das liegen?",
    ]
    for note in notes:
        text = sample_draft(note, name="Eva Smit")
        assert "Search Console" in text, text
        assert "in het begin" not in text and "am Anfang" not in text, text
