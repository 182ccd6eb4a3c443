"""Wave 41, helper E: echoes, greetings and channels (a shop site's SEO tip, a brand entering France, the sender's own
launch congratulated, a conversation remembered, no call nobody asked for, German dative plurals, a referrer's title)."""

from __future__ import annotations

from drafting import sample_draft

from invitriage.drafts import faq, pick, told
from invitriage.drafts.writer import stage_at


def test_a_site_selling_goods_gets_the_shop_seo_answer() -> None:
    notes = [
        ("Coucou Camille, j'ai adoré ton post sur le SEO. Je rame avec le référencement de mon site de bougies, une astuce ?", "fiches produits"),
        ("Hey Camille, great post on SEO. My handmade soap website gets no visitors from Google, any tip?", "product and category pages"),
        ("Hallo Camille, ich komme mit dem SEO meiner Kerzen-Website nicht weiter. Hast du einen Tipp?", "Produkt- und Kategorieseiten"),
        ("Hola Camille, leí tu post sobre SEO. Me cuesta mucho el posicionamiento de mi web de bolsos de piel, ¿algún consejo?", "fichas de producto"),
        ("Hoi Camille, ik worstel met de vindbaarheid van mijn kaarsensite. Heb je een tip?", "product- en categoriepagina's"),
    ]
    for note, expected in notes:
        text = sample_draft(note, name="Inès Morel")
        assert expected in text, (note, text)
        assert "me touche beaucoup" not in text


def test_a_brand_entering_france_gets_her_market_answer_not_only_a_call() -> None:
    notes = [
        ("Hi Camille, I run a small tea brand in Canada and we'd like to expand to France, which digital channels would you recommend?", "France"),
        ("Ciao Camille, abbiamo un piccolo brand di borse in pelle e vogliamo sbarcare in Francia: quali canali ci suggerisci?", "Francia"),
        ("Hallo Camille, wir sind eine kleine Kosmetikmarke aus Graz und möchten nach Frankreich expandieren: Welche Kanäle würdest du empfehlen?", "Frankreich"),
    ]
    for note, country in notes:
        text = sample_draft(note, name="Lucía Gómez")
        body = text.split("\n", 2)[2]
        assert country in body and ("Google" in body or "Instagram" in body), (note, text)


def test_the_senders_own_launch_is_congratulated() -> None:
    launch_line = told.launch_line
    assert launch_line("Hi, it's Tom from the Brighton meetup. I've just launched my own agency!", "en", informal=True).startswith("Congratulations")
    assert launch_line("Je me suis lancé en freelance le mois dernier.", "fr", informal=False) == "Bravo pour votre lancement en freelance."
    assert launch_line("Ich habe letztes Jahr meine eigene Agentur gegründet.", "de", informal=True) == "Glückwunsch zur eigenen Agentur!"
    assert launch_line("Ik heb mijn eigen bureau opgericht.", "nl", informal=True) == "Gefeliciteerd met je eigen bureau!"
    assert launch_line("I work at an agency in London.", "en", informal=True) == ""
    notes = [
        ("Camille! It's Priya from the SEO bootcamp in Manchester. I finally opened my own agency 🎉 fancy catching up?", "Congratulations"),
        ("Hola Camille, soy Marta, nos vimos en el taller de Google en Sevilla. ¡He abierto mi propia agencia! Hablamos pronto", "Enhorabuena"),
        ("Hallo Camille, hier ist Jana vom SEO-Barcamp in Hamburg. Ich habe endlich meine eigene Agentur gegründet! Lass uns mal quatschen", "Glückwunsch"),
    ]
    for note, word in notes:
        text = sample_draft(note, name="Priya Shah")
        assert word in text, (note, text)


def test_a_classmates_exchange_names_the_course_and_the_freelance_launch() -> None:
    text = sample_draft("Coucou Camille ! On avait fait la formation Meta Ads ensemble à Lille, tu te rappelles ? Je me suis lancée en "
                        "freelance moi aussi, ça te dirait qu'on échange nos retours ?", "Consultante Meta Ads freelance", "Léa Martin")
    assert "formation Meta Ads" in text and "freelance" in text.split("\n", 2)[2], text


def test_a_conversation_remembered_is_never_just_being_there() -> None:
    notes = [
        "Hallo Camille, wir waren beide beim SEO-Meetup in Köln. Du hattest erzählt, dass du viel mit Onlineshops machst, spannend! Lass uns vernetzen",
        "Hallo Camille, wir waren zusammen im Barcamp in Leipzig. Sie hatten mir von Ihren Kunden in Lyon erzählt. Gerne vernetzen!",
    ]
    for note in notes:
        text = sample_draft(note, name="Jonas Richter")
        assert "dabei warst" not in text and "dabei waren" not in text, text
        assert "Gespräch" in text, text


def test_a_reader_who_was_helped_is_not_offered_a_call_nobody_asked_for() -> None:
    text = sample_draft("Hallo Camille, ich lese deinen Blog schon lange, dein Artikel über SEO für Shopify hat mir sehr geholfen. "
                        "Freue mich auf den Austausch!", name="Mia Becker")
    assert "telefonieren" not in text and "20 Minuten" not in text, text


def test_german_event_names_in_tage_take_the_dative_plural() -> None:
    assert stage_at("Online Marketing Tage", "die", "de") == "bei den Online Marketing Tagen"
    assert stage_at("Hamburger Medientage", "die", "de") == "bei den Hamburger Medientagen"
    assert stage_at("Content Days", "die", "de") == "bei den Content Days"


def test_a_wish_to_learn_about_the_french_market_is_answered() -> None:
    notes = [
        ("Guten Tag Frau Laurent, als Trainee im E-Commerce würde ich gern mehr über den französischen Markt erfahren. Ich freue mich auf die Vernetzung.", "französischen Markt"),
        ("Hello Camille, I'm a graduate in marketing and would love to connect to understand the French market better.", "French market"),
        ("Goedendag Camille, ik wil graag connecten om meer te leren over de Franse markt.", "Franse markt"),
    ]
    for note, words in notes:
        text = sample_draft(note, name="Paul Weber")
        assert words in text and "?" in text, (note, text)


def test_a_formal_referrer_keeps_the_title() -> None:
    text = sample_draft("Exmo. Sr. Camille Laurent,\nPor sugestão do Prof. Carlos Mendes, gostaria de propor uma reunião sobre a "
                        "estratégia digital da nossa quinta no Douro.\nCom os melhores cumprimentos,\nRui Ferreira", name="Rui Ferreira")
    assert "Prof. Carlos Mendes" in text, text


def test_the_channel_choice_is_one_mechanism() -> None:
    # her pick between two channels, and her own either/or answer about the channel asked, through the same door
    note = "Hola Camille, ¿Google Ads o Meta Ads para mi restaurante de Sevilla?"
    assert faq.channel_choice(note, "", "es") == pick.choice(note, "", "es") != ""
    assert faq.channel_choice("blog or tiktok for a small shop?", "", "en", "An Instagram post lives a day.") == "A TikTok post lives a day."
    assert faq.channel_choice("blog or pinterest for a small shop?", "", "en", "An Instagram post lives a day.") == ""
