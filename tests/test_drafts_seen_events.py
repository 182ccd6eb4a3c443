"""Wave 72 C: where the sender saw or met Camille is kept apart from the event (and topic) they invite her to."""

from __future__ import annotations

import pytest

from drafting import sample_draft

SEEN_ELSEWHERE = [
    # (note, words that must be in the thanks, words that must not)
    ("Camille, te vi en el panel de Web Summit en Lisboa. Yo organizo el Congreso de Marketing Digital de Sevilla (marzo) y buscamos "
     "ponentes internacionales. ¿Te interesaría dar una charla? Pagamos viaje y alojamiento.",
     ["Congreso de Marketing Digital de Sevilla"], ["Web Summit", "el panel", "de Marketing Digital en"]),
    ("Camille, ti ho vista al convegno di Lione sul marketing digitale, sono l'organizzatore del Digital Days di Torino. "
     "Ti andrebbe di venire come speaker a ottobre?",
     ["Digital Days"], ["Lione", "sul marketing digitale"]),
    ("Hola Camille, te vi en el Congreso de Valencia sobre redes sociales. Organizo las Jornadas de Marketing de Bilbao en mayo, "
     "¿te gustaría dar una ponencia?",
     ["charla"], ["Valencia", "redes sociales"]),
    ("Ciao Camille, ti ho vista al panel di Milano sui social, organizzo il Marketing Forum di Roma: ti andrebbe di fare un intervento a maggio?",
     ["Marketing Forum di Roma"], ["Milano", "sui social", "il panel"]),
]


@pytest.mark.parametrize(("note", "wanted", "unwanted"), SEEN_ELSEWHERE)
def test_event_seen_at_is_not_the_event_invited_to(note: str, wanted: list[str], unwanted: list[str]) -> None:
    thanks = sample_draft(note, headline="", name="Fernando Ruiz").split("\n\n")[1].split("\n")[0]
    for word in wanted:
        assert word in thanks, thanks
    for word in unwanted:
        assert word not in thanks, thanks


def test_event_name_is_not_the_talk_topic() -> None:
    draft = sample_draft("Hola Camille, organizo el Congreso de Marketing Digital de Sevilla en marzo. ¿Te interesaría dar una charla?",
                         headline="", name="Fernando Ruiz")
    assert "charla de Marketing Digital" not in draft and "Congreso de Marketing Digital de Sevilla" in draft


def test_topic_said_in_the_invitation_is_kept() -> None:
    draft = sample_draft("Hola Camille, organizo el Congreso de Marketing Digital de Sevilla en marzo. ¿Te interesaría dar una charla sobre SEO local?",
                         headline="", name="Fernando Ruiz")
    assert "sobre SEO local" in draft
