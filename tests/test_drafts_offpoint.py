"""Wave 69, group B: proposals and questions answered off the point (the question's own subject, the exchange asked)."""

from __future__ import annotations

import pytest

from drafting import sample_draft

#: A post comparing two ad platforms read, then a budget told and ONE platform asked about: that platform's answer.
META_AFTER_VERSUS_POST = [
    ("Hey Camille, Dein Post über TikTok Ads vs. Meta Ads war genau das, was ich gebraucht hab. Eine Frage: würdest du für "
     "ein Budget von 500€/Monat eher mit Meta starten? LG Sarah", "Meta-Anzeigen"),
    ("Hi Camille, loved your post comparing TikTok ads and Meta ads. With a budget of $400 a month, would you start with Meta?",
     "Meta ads can work"),
    ("Bonjour Camille, ton post TikTok Ads vs Meta Ads m'a bien aidée. Avec un budget de 300 € par mois, tu commencerais "
     "plutôt par Meta ?", "pubs Meta"),
    ("Hoi Camille, je post over TikTok Ads vs. Meta Ads was super. Met een budget van 400 euro per maand, zou jij eerst met "
     "Meta beginnen?", "Meta-advertenties"),
    ("Hola Camille, tu post sobre TikTok Ads vs Meta Ads me encantó. Con un presupuesto de 500 € al mes, ¿empezarías con Meta?",
     "anuncios de Meta"),
    ("Ciao Camille, ho letto il tuo post TikTok Ads vs Meta Ads. Con un budget di 400 € al mese, partiresti da Meta?",
     "annunci Meta"),
    ("Olá Camille, adorei o teu post sobre TikTok Ads vs Meta Ads. Com um orçamento de 500 € por mês, começarias pela Meta?",
     "anúncios da Meta"),
]


@pytest.mark.parametrize("note,expected", META_AFTER_VERSUS_POST)
def test_the_platform_asked_is_answered_not_the_one_of_the_post_title(note: str, expected: str) -> None:
    text = sample_draft(note, headline="", name="Sarah Koch")
    assert expected in text
    assert "TikTok, each ad group" not in text and "20 € am Tag, also rund 600" not in text
    assert "Anzeigengruppe mindestens" not in text and "Bij TikTok" not in text and "Sur TikTok" not in text


#: The language caveat's "if so" before a call proposed subject first: the verb comes second in German and Dutch.
IF_SO_INVERTED = [
    ("Hallo Frau Laurent, ich bin Marketingleiter bei einem Mittelständler (Maschinenbau, 400 MA) und wir überlegen unsere "
     "SEO-Strategie neu aufzusetzen. Ihr Beitrag über B2B-Content hat mich überzeugt. Wäre ein Austausch möglich? Grüße, Stefan Wolf",
     "Wenn ja, schlage ich ein erstes Telefonat", "in Ordnung? Ich schlage"),
    ("Sehr geehrte Frau Laurent, wir sind ein Onlineshop aus Bremen und suchen Unterstützung bei unserer Content-Strategie. "
     "Hätten Sie Zeit für ein Gespräch? Mit freundlichen Grüßen, Jan Koch", "Wenn ja, schlage ich", "in Ordnung? Ich schlage"),
    ("Goedendag mevrouw Laurent, wij zijn een webshop in Utrecht en zoeken hulp bij SEO. Heeft u tijd voor een gesprek?",
     "Zo ja, stel ik een eerste gesprek", "optie? Ik stel"),
]


@pytest.mark.parametrize("note,expected,gone", IF_SO_INVERTED)
def test_if_so_before_the_call_puts_the_verb_second(note: str, expected: str, gone: str) -> None:
    text = sample_draft(note, headline="", name="Jan Koch")
    assert expected in text
    assert gone not in text and "Wenn ja, ich" not in text and "Zo ja, ik" not in text
