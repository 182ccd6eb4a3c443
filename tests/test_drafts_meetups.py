"""Coffees and meetings taken up where they can happen: a virtual coffee proposed to debate her post gets a date asked
(never "if we ever meet"), and a student coming to Lyon for a semester is offered a coffee once there (round 52
es note-15, it note-58, de note-4)."""

from __future__ import annotations

import pytest
from drafting import sample_draft

VIRTUAL = [
    ("Camille, vi tu post sobre el fin de las cookies de terceros y no estoy del todo de acuerdo con la parte de first-party data "
     "para pymes. Me encantaría debatirlo en un café virtual. Saludos", "Marcos Delgado", "café virtual", "qué días", "coincidimos"),
    ("Camille, ho letto il tuo articolo sul SEO locale. Non sono d'accordo sulla parte delle recensioni, ne parliamo davanti a un "
     "caffè virtuale?", "Luca Moretti", "caffè virtuale", "che giorni", "ci incrociamo"),
    ("Hi Camille, read your post on third-party cookies. I respectfully disagree on the first-party data part. Fancy a virtual "
     "coffee to debate it?", "Tom Baker", "virtual coffee", "which days", "same city"),
    ("Bonjour Camille, j'ai lu ton post sur les cookies tiers et je ne suis pas tout à fait d'accord sur la partie first-party. "
     "Un café virtuel pour en débattre ?", "Julien Roy", "café virtuel", "quels jours", "croise"),
    ("Hallo Camille, Ihren Beitrag zu Third-Party-Cookies gelesen – ich sehe das etwas anders. Wollen wir das bei einem virtuellen "
     "Kaffee diskutieren?", "Lukas Bauer", "virtuellen Kaffee", "Welche Tage", "über den Weg"),
    ("Hoi Camille, je post over TikTok Ads gelezen, ik ben het er niet helemaal mee eens. Zin in een virtuele koffie om erover te "
     "sparren?", "Jan de Vries", "virtuele koffie", "welke dagen", "tegenkomen"),
    ("Olá Camille, li o teu post sobre o fim dos cookies de terceiros e não concordo totalmente com a parte dos dados first-party. "
     "Um café virtual para debatermos?", "Rita Sousa", "café virtual", "que dias", "cruzarmos"),
]


@pytest.mark.parametrize("note,name,coffee,when,someday", VIRTUAL)
def test_virtual_coffee_to_debate_gets_a_date(note: str, name: str, coffee: str, when: str, someday: str) -> None:
    text = sample_draft(note, headline="Head of Growth", name=name)
    assert coffee.lower() in text.lower() and when.lower() in text.lower(), text
    assert someday.lower() not in text.lower(), text


def test_coffee_in_person_to_debate_stays_for_someday() -> None:
    text = sample_draft("Camille, vi tu post sobre las cookies y no estoy del todo de acuerdo con lo de first-party data. "
                        "Me encantaría debatirlo contigo algún día ☕", headline="Head of Growth en Fintonic", name="Marcos Delgado")
    assert "coincidimos" in text and "virtual" not in text, text


STAY = [
    ("Hallo Camille, ich studiere in Mannheim und mache ab September ein Auslandssemester in Lyon. Bieten Sie eventuell ein "
     "Praktikum an? Lebenslauf schicke ich gern. Lena Wagner", "Lena Wagner", "Kaffee", "Umzug"),
    ("Bonjour Camille, je suis étudiante à Bruxelles et je fais mon semestre d'échange à Lyon à partir de janvier. Est-ce que vous "
     "prenez des stagiaires ?", "Marie Dubois", "café", "Bonne installation"),
    ("Hola Camille, estudio marketing en Sevilla y el próximo curso me voy de Erasmus a Lyon. ¿Aceptas becarios?", "Lucía Pérez",
     "café", "mudanza"),
    ("Hoi Camille, ik studeer in Utrecht en ga vanaf februari op uitwisseling in Lyon. Neem je stagiairs aan?", "Emma Jansen",
     "koffie", "verhuizing"),
    ("Hi Camille, I study marketing in Leeds and I'm doing an exchange semester in Lyon from September. Do you take interns?",
     "Sarah Lee", "coffee", "your move"),
]


@pytest.mark.parametrize("note,name,coffee,move", STAY)
def test_student_semester_in_lyon_offered_a_coffee(note: str, name: str, coffee: str, move: str) -> None:
    text = sample_draft(note, headline="Student", name=name)
    assert coffee in text and "Lyon" in text, text
    assert move not in text, text


def test_semester_already_done_gets_no_coffee() -> None:
    text = sample_draft("Hi Camille, I did my exchange semester in Lyon last year and loved it. Do you take interns?",
                        headline="Marketing student", name="Sarah Lee")
    assert "coffee" not in text, text


def test_semester_under_way_gets_no_arrival_coffee() -> None:
    text = sample_draft("Hallo Camille, ich studiere in Freiburg und mache gerade ein Auslandssemester in Lyon. Hast du einen Tipp, "
                        "wie ich im SEO-Bereich Praxiserfahrung sammeln kann? Danke dir! Lukas", headline="Student", name="Lukas Schmitt")
    assert "angekommen" not in text, text
