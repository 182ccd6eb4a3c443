"""Wave 114 (group E): the note's own words are never pasted where they no longer fit."""

from __future__ import annotations

import pytest
from drafting import sample_draft

from invitriage.drafts.told import tip_subject


# 113 de_nl note-24: "pas je tips over contentkalenders toe in ons team" — the Dutch particle and "ons team" end the tips' subject
@pytest.mark.parametrize("note,want", [
    ("Hallo Camille, ik lees al een jaar je nieuwsbrief en pas je tips over contentkalenders toe in ons team. Bedankt voor al die "
     "waardevolle content! Groetjes, Sanne Jansen", "over contentkalenders"),
    ("Hallo Camille, ik lees al een tijdje je blog en pas je tips over LinkedIn-posts toe in mijn werk. Dank je!", "over LinkedIn-posts"),
    ("Hoi Camille, ik pas je tips over Google Ads toe bij onze klanten. Top!", "over Google Ads"),
])
def test_dutch_tip_subject_ends_before_particle_and_our_team(note: str, want: str) -> None:
    assert tip_subject(note) == want


def test_dutch_tips_applied_in_our_team_not_pasted() -> None:
    d = sample_draft("Hallo Camille, ik lees al een jaar je nieuwsbrief en pas je tips over contentkalenders toe in ons team. Bedankt "
                     "voor al die waardevolle content! Groetjes, Sanne Jansen", name="Sanne Jansen")
    assert "contentkalenders" in d
    assert " toe" not in d and "ons team" not in d
    # a year of reading is ongoing: "leest", never "hebt gelezen"
    assert "nieuwsbrief leest" in d and "hebt gelezen" not in d


@pytest.mark.parametrize("note", [
    "Hoi Camille, ik volg al een jaar je posts over SEO en leer er veel van. Groetjes, Bram",
    "Hola Camille, leo tu newsletter desde hace un año y me encanta. ¡Saludos! Marta",
    "Ciao Camille, leggo la tua newsletter da un anno, grazie! Luca",
])
def test_a_year_of_reading_is_regular(note: str) -> None:
    from invitriage.drafts import notefacts
    assert notefacts._regular_reader(notefacts.fold(note).lower(), "newsletter" if "newsletter" in note else "post")


# 113 es_pt_it note-56: "lo scorso martedì" — the date is one phrase, never "… sulla content strategy lo scorso,"
@pytest.mark.parametrize("note,bad", [
    ("Ciao Camille, ho partecipato al tuo webinar sulla content strategy lo scorso martedì. Super utile, grazie! Volevo solo "
     "connettermi per seguire i tuoi contenuti 🙏\nSara", "lo scorso"),
    ("Ciao Camille, ho seguito il tuo workshop sulle Meta Ads la scorsa settimana, molto utile! Francesca", "la scorsa"),
])
def test_italian_scorso_before_its_noun_is_no_topic(note: str, bad: str) -> None:
    d = sample_draft(note, name="Sara Fontana")
    assert bad not in d
    assert "dei consigli!" not in d  # never "cosa metti in pratica dei consigli"


def test_spanish_el_pasado_jueves_is_a_date() -> None:
    d = sample_draft("Hola Camille, asistí a tu webinar sobre email marketing el pasado jueves. ¡Muy útil, gracias! Lucía", name="Lucía Gómez")
    assert "pasado" not in d and "email marketing" in d


# 113 es_pt_it note-8: "las jornadas Digital Day Sevilla" — the leading event noun governs the article, never "el jornadas"
@pytest.mark.parametrize("note,good,bad", [
    ("Buenos días Camille. Organizo las jornadas Digital Day Sevilla (marzo). Buscamos ponentes sobre publicidad en redes sociales y "
     "pensamos en ti. ¿Podríamos hablar de disponibilidad y condiciones?", "las jornadas Digital Day Sevilla", "el jornadas"),
])
def test_leading_event_noun_governs_article(note: str, good: str, bad: str) -> None:
    d = sample_draft(note, headline="Organizadora de eventos | Digital Day Sevilla", name="Carmen Vidal")
    assert good in d and bad not in d


def test_head_event_noun_in_other_languages() -> None:
    from invitriage.drafts.writer import _own_article
    assert _own_article("jornadas Digital Day Sevilla", "las", "es") == "las"
    assert _own_article("giornate Digital Summit Bari", "le", "it") == "le"
    assert _own_article("Digital Day Sevilla", "el", "es") == "el"
