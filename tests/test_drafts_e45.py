"""Wave 45, group E (met before): "shall we stay in touch?" in Portuguese ("bora ficar em contato?") is the contact
itself, never meeting slots with no purpose; the German "stay in touch?" answer says so, not a bare "Klar, sehr gern!";
a course/workshop taken together is recalled naturally, never the stilted "Good memories of …"."""

from __future__ import annotations

import pytest

from drafting import sample_draft

STAY = [  # (note, words of the yes)
    ("Oi Camille! Conversamos no estande de cafe do Web Summit depois da sua palestra sobre SEO local. Bora ficar em contato? 🙂",
     "manter contato"),
    ("Olá Camille, estivemos juntos no painel da conferência de marketing no Porto. Bora manter o contacto?", "contacto"),
    ("Hallo Camille, wir haben uns beim E-Commerce-Stammtisch in Köln unterhalten. Bleiben wir in Kontakt?", "in Kontakt bleiben"),
]


@pytest.mark.parametrize("note,yes", STAY)
def test_stay_in_touch_is_a_yes_not_meeting_slots(note: str, yes: str) -> None:
    text = sample_draft(note, "Marketing")
    assert yes in text
    assert not any(w in text for w in ("horários", "Termine", "próxima semana", "semana que vem"))


COURSES = [  # (note, stilted line)
    ("Hoi Camille, we zaten samen in de workshop Conversion Design in Lyon (ik was die met de gele sjaal). Laten we in contact blijven! Sanne",
     "Leuke herinneringen"),
    ("Hoi Camille, we zaten vorige maand samen in de workshop Storytelling in Gent. Laten we contact houden! Bram", "Leuke herinneringen"),
]


@pytest.mark.parametrize("note,stilted", COURSES)
def test_shared_workshop_recalled_naturally(note: str, stilted: str) -> None:
    text = sample_draft(note, "Marketing")
    assert stilted not in text


TOPICS = [  # (note, topic picked up)
    ("Hola Camille, coincidimos en el taller de SEO en Madrid. Me quedé con ganas de hablar más contigo sobre analítica para tiendas online.",
     "analítica para tiendas online"),
    ("Hi Camille, we met at the Growth workshop in Leeds. I would love to talk more about B2B content strategy!", "B2B content strategy"),
    ("Oi Camille, a gente se viu no workshop de growth em São Paulo. Queria conversar mais sobre estratégia de conteúdo B2B.",
     "estratégia de conteúdo B2B"),
]


@pytest.mark.parametrize("note,topic", TOPICS)
def test_wish_to_talk_more_names_the_topic(note: str, topic: str) -> None:
    assert topic in sample_draft(note, "Content Lead")


def test_a_place_met_stays_beside_the_topic_picked_up() -> None:
    """"coincidimos en … Barcelona … hablar más contigo sobre …": the place and the topic both named, the short
    gladness about the place never dropped as a second "con mucho gusto"."""
    text = sample_draft("Qué tal Camille, coincidimos en el workshop de Growth en Barcelona (el de Ana Prieto). Me quedé con ganas "
                        "de hablar más contigo sobre estrategias de contenido B2B.", name="Jordi Puig")
    assert "coincidido en Barcelona" in text and "estrategias de contenido B2B" in text, text
