"""Wave 156 F: German and Dutch misreads (rounds 190). A marketing lead who names their own strategy being reworked
("wir planen eine Neuausrichtung unserer Social-Media-Strategie") gets the exchange on that plan offered, never a bare
thanks; cheap links sold by the number ("1000 links voor maar 49 euro") are a pitch declined politely, never a question
judged outside her field."""

from drafting import sample_draft


def test_plan_named_by_a_marketing_lead_is_taken_up_de():
    text = sample_draft("Sehr geehrte Frau Laurent, als Marketingdirektor der Alpenland Reisen AG würde ich mich gerne mit Ihnen vernetzen. "
                        "Wir planen 2025 eine Neuausrichtung unserer Social-Media-Strategie. Mit besten Grüßen, Martin Huber",
                        headline="Marketingdirektor, Alpenland Reisen AG", name="Martin Huber")
    assert "Social-Media-Strategie" in text and "woran" not in text
    assert "Sehr geehrter Herr Huber" in text


def test_plan_named_by_a_marketing_lead_is_taken_up_other_languages():
    nl = sample_draft("Geachte mevrouw Laurent, als hoofd marketing van Noordzee Campings wil ik graag met u connecten. "
                      "Volgend jaar werken we aan een herpositionering van onze social-mediastrategie. Met vriendelijke groet, Eva Bakker",
                      name="Eva Bakker")
    assert "social-mediastrategie" in nl and "20 minuten" in nl
    en = sample_draft("Dear Ms Laurent, as head of marketing at Fjord Hotels I'd be glad to connect. We are repositioning our content strategy "
                      "for next year. Kind regards, Erik Olsen", name="Erik Olsen")
    assert "content strategy" in en and "call" in en
    fr = sample_draft("Bonjour Madame Laurent, directrice marketing chez Voyages Alpins, je serais ravie de me connecter avec vous. "
                      "Nous préparons le repositionnement de notre stratégie social media pour 2025. Bien cordialement, Anne Roux",
                      name="Anne Roux")
    assert "stratégie social media" in fr and "20 minutes" in fr


def test_a_bare_wish_to_connect_keeps_its_thanks():
    text = sample_draft("Sehr geehrte Frau Laurent, als Marketingleiterin der Bergblick GmbH würde ich mich gerne mit Ihnen vernetzen. "
                        "Mit freundlichen Grüßen, Julia Berger", name="Julia Berger")
    assert "Telefon" not in text and "Termine" not in text


def test_cheap_links_sold_by_the_number_are_a_pitch_declined():
    for note, lang_words in (
            ("Hallo, wij leveren goedkope backlinks, 1000 links voor maar 49 euro!! Interesse? Stuur me een berichtje", ("behoefte",)),
            ("Goedendag! Goedkope backlinks: 300 links voor slechts 19 euro. Interesse?", ("behoefte",)),
            ("Hi! Cheap backlinks from our network, 2000 links for just 59 euros. Interested?", ("need",)),
            ("Hallo! Günstige Backlinks aus unserem Netzwerk: 800 Links für nur 39 Euro. Interesse?", ("Bedarf",))):
        text = sample_draft(note, headline="SEO Services", name="Rick Mulder")
        assert any(w in text for w in lang_words), text
        for wrong in ("vakgebied", "outside my field", "Fachgebiet", "20 minuten", "20-minute", "20 Minuten"):
            assert wrong not in text, text


def test_a_backlink_question_still_gets_an_answer():
    text = sample_draft("Hi Camille, how many backlinks does a small shop really need to rank? Thanks, Tim", name="Tim Hart")
    assert "quality beats quantity" in text and "need right now" not in text
