"""After round 72: a note-less sender whose headline ties English with another language ("Director de Marketing") is
answered in the language whose linking word the title uses, never in the owner's."""

from __future__ import annotations

import pytest

from drafting import sample_draft


@pytest.mark.parametrize("headline, name, hello", [
    ("Director de Marketing | Grupo Hotelero Costa Azul", "Manuel Ferrer García", "Hola"),
    ("Director de Ventas", "Lucía Pérez", "Hola"),
    ("Director of Marketing | Costa Hotels", "John Carter", "Hello"),
])
def test_a_tied_title_is_settled_by_its_linking_word(headline: str, name: str, hello: str) -> None:
    text = sample_draft("", headline=headline, name=name)
    assert hello in text.split("\n")[0], text
    assert "Bonjour" not in text, text


@pytest.mark.parametrize("headline, name, hello", [
    ("Head of Growth @ Back Market", "Hélène Mallet", "Bonjour"),
    ("Head of Growth @ Qonto", "Hélène Guillaume", "Bonjour"),
    ("SEO Specialist at Ironleaf Capital", "Noémie Le Goff", "Bonjour"),
    ("Head of Growth @ Back Market", "Tom Williams", "Hello"),
    ("Helping brands grow on TikTok | Founder", "Hélène Mallet", "Hello"),
    ("Marketing Director EMEA at Spotify", "Aurélie Vasseur", "Hello"),  # a role over several markets  # an English sentence: the headline decides
])
def test_an_english_title_with_a_company_defers_to_a_clearly_french_name(headline: str, name: str, hello: str) -> None:
    text = sample_draft("", headline=headline, name=name)
    assert hello in text.split("\n")[0], text


@pytest.mark.parametrize("note, tip", [
    ("Hoi Camille, ik zoek al een half jaar werk in online marketing (3 jaar ervaring met Google Ads). Heb je tips hoe ik me "
     "beter kan profileren, of ken je iemand die iemand zoekt? Dank je wel! Youssef", "iets recents uit de zoekperiode"),
    ("Hallo Camille, ich suche seit einem halben Jahr eine Stelle im Online-Marketing (3 Jahre Erfahrung mit Google Ads). Hast "
     "du Tipps, wie ich mich besser positionieren kann, oder kennst du jemanden, der sucht? Danke! Youssef", "Aktuelles aus der Suchzeit"),
    ("Hi Camille, I have been looking for work in online marketing for six months (3 years of Google Ads experience). Any tips "
     "on how to position myself better, or do you know anyone hiring? Thanks! Youssef", "sharpen the headline on your specialism"),
])
def test_an_experienced_job_seeker_asking_how_to_position_herself_gets_the_tips(note: str, tip: str) -> None:
    text = sample_draft(note, name="Youssef El Amrani", headline="Online Marketeer | Open to work")
    assert tip in text, text


@pytest.mark.parametrize("note, asked", [
    ("Estimada Camille, organizamos el congreso Digital Growth Sevilla en mayo y buscamos ponentes sobre SEO. ¿Estaría "
     "disponible el 14 de mayo?", "fecha exacta"),
    ("Gentile Camille, organizziamo l'evento Digital Torino a ottobre e cerchiamo relatori sul tema SEO. Sarebbe disponibile "
     "il 15 ottobre?", "data esatta"),
    ("Dear Camille, we organise Digital Growth Leeds in May and are looking for speakers on SEO. Would you be available on "
     "14 May?", "exact date"),
])
def test_a_day_given_after_the_month_is_never_asked_back(note: str, asked: str) -> None:
    text = sample_draft(note, name="Lucía Gómez")
    assert asked not in text, text


def test_a_month_alone_still_gets_the_exact_date_asked() -> None:
    text = sample_draft("Bonjour Camille, nous organisons une matinée en avril et cherchons des intervenants SEO. Seriez-vous "
                        "disponible ?", name="Lucía Gómez")
    assert "date exacte" in text, text
