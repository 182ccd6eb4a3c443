"""Wave 145, group S: German and Dutch direct questions. A webinar the sender missed is never thanked as attended and
the miss is no part of the echoed subject; "where do I start with SEO?" for a shop named with a compound ("Kaffee-
Onlineshops") gets the first-steps answer; nouns copied from a lower-case German note are capitalised."""

from __future__ import annotations

from drafting import sample_draft


def test_missed_webinar_is_never_thanked_as_attended_in_dutch_and_german() -> None:
    # 145 S de_nl note-35 (round 167): "ik heb je webinar … gemist" thanked as "leuk dat je mijn webinar … hebt gevolgd"
    nl = sample_draft("hoi camille, ik heb je webinar over tiktok voor kleine bedrijven gemist, is er een opname beschikbaar? "
                      "thx! groetjes, Daan", name="Daan")
    assert "gevolgd" not in nl and "opname" in nl
    u = sample_draft("Goedendag mevrouw Laurent, ik heb uw webinar over TikTok voor kleine ondernemingen helaas gemist. Is er "
                     "een opname? Met vriendelijke groet, Pieter de Vries", name="Pieter de Vries")
    assert "helaas" not in u and "kleine ondernemingen." in u and "stuur u de opname" in u
    de = sample_draft("hallo camille, ich habe dein webinar zu tiktok für kleine unternehmen verpasst, gibt es eine "
                      "aufzeichnung? lg Jonas", name="Jonas")
    assert "besucht" not in de and "verpasst" not in de and "Aufzeichnung" in de


def test_lowercase_german_nouns_are_capitalised_in_the_echo() -> None:
    # 145 S de_nl note-13 (round 167): "Webinar zu Instagram für kleine unternehmen" copied in lower case
    de = sample_draft("hallo camille, hab dein webinar zu instagram für kleine unternehmen gesehen, echt cool. gibts davon "
                      "eine aufzeichnung? lg stefan", name="stefan")
    assert "für kleine Unternehmen" in de and "kleine unternehmen" not in de


def test_german_seo_start_for_a_compound_onlineshop_gets_first_steps() -> None:
    # 145 S de_nl note-20 (round 167): "Womit fange ich am besten an?" answered only with a call
    de = sample_draft("Moin Camille! Bin Gründer eines kleinen Kaffee-Onlineshops in Hamburg ☕ und will endlich mit SEO "
                      "anfangen. Womit fange ich am besten an? Danke & Gruß, Ole", headline="Gründer @ Hafenröstung", name="Ole")
    assert "Produkt- und Kategorieseiten" in de and "15 Minuten telefonieren" not in de


def test_dutch_seo_start_twin_is_unchanged() -> None:
    # 145 S de_nl note-20 neighbour: the Dutch twin already answered with first steps, and still does
    nl = sample_draft("Hoi Camille! Ik heb een kleine koffie-webshop in Rotterdam en wil eindelijk met SEO beginnen. Waar "
                      "begin ik het best? Groet, Bram", headline="Oprichter @ Koffiebar", name="Bram")
    assert "Bij een webshop begint SEO op de product- en categoriepagina's" in nl
