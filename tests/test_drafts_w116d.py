"""Wave 116 (group D): job seekers answered, the note's words never pasted where they no longer fit."""

from __future__ import annotations

import pytest
from drafting import sample_draft

from invitriage.drafts.told import tip_subject


# 116 de_nl note-25: "je tip over Pinterest voor webshops werkt echt 😍" — the verb saying it worked ends the tip's subject
@pytest.mark.parametrize("note,want", [
    ("Hey Camille! Ik lees je nieuwsbrief al een tijdje en je tip over Pinterest voor webshops werkt echt 😍 Mijn verkeer is "
     "verdubbeld. Dankjewel!! Fleur", "over Pinterest voor webshops"),
    ("Thanks Camille, your tip on Pinterest boards worked wonders for my shop!", "on Pinterest boards"),
    ("Merci Camille, ton conseil sur les épingles Pinterest marche du tonnerre !", "sur les épingles Pinterest"),
    ("Gracias Camille, tus consejos sobre Pinterest para tiendas funcionan de maravilla.", "sobre Pinterest para tiendas"),
])
def test_tip_subject_ends_before_it_works(note: str, want: str) -> None:
    assert tip_subject(note) == want


def test_tip_on_how_something_works_keeps_its_verb() -> None:
    assert tip_subject("Thanks for your tips on how the algorithm works, so useful!") != "on how the algorithm"


def test_dutch_one_tip_that_paid_off_is_singular_and_not_pasted() -> None:
    d = sample_draft("Hey Camille! Ik lees je nieuwsbrief al een tijdje en je tip over Pinterest voor webshops werkt echt 😍 Mijn "
                     "verkeer is verdubbeld. Dankjewel!! Fleur", headline="Eigenaar Fleur Bloemenwebshop", name="Fleur Bakker")
    assert "de tip over Pinterest voor webshops al zoveel heeft opgeleverd" in d
    assert "werkt echt" not in d and "hebben opgeleverd" not in d


# 116 es_pt_it note-59: "il workshop … il mese scorso (ero quello in fondo che faceva mille domande ahah)" — the aside in
# brackets is the sender's, never pasted cut mid-word; the time the greeting said is not said twice
def test_italian_workshop_together_without_aside_or_repeated_time() -> None:
    d = sample_draft("Camille, abbiamo fatto insieme il workshop di Google Ads a Lione il mese scorso (ero quello in fondo che faceva "
                     "mille domande ahah). Vorrei continuare a imparare da te. Un abbraccio", headline="SEM Specialist | Erasmus a Lione",
                     name="Andrea Rinaldi")
    assert "ero quello" not in d and "(" not in d
    assert d.count("il mese scorso") <= 1
    assert "workshop di Google Ads a Lione" in d


def test_spanish_course_together_aside_not_pasted() -> None:
    d = sample_draft("¡Hola Camille! Hicimos juntas el curso de Google Analytics en Madrid (yo era la que llegaba siempre tarde jaja). "
                     "Un abrazo", name="Lucía Gómez")
    assert "yo era" not in d and "(" not in d


# 115 fr_en note-41: "I attended your content strategy workshop … I've already started our editorial calendar!" — her workshop
# thanked for and the plan already begun welcomed, never "Anything you'd like me to cover next?"
def test_workshop_attendee_who_started_her_calendar() -> None:
    d = sample_draft("Hi Camille, I attended your content strategy workshop at the Lyon Chamber of Commerce last month. Thanks again - "
                     "I've already started our editorial calendar! Olivia", name="Olivia Grant")
    assert "attending my workshop" in d
    assert "already useful" in d
    assert "cover next" not in d


def test_french_workshop_attendee_who_started_her_calendar() -> None:
    d = sample_draft("Bonjour Camille, j'ai suivi votre atelier stratégie de contenu à la CCI de Lyon le mois dernier. Merci encore, "
                     "j'ai déjà commencé notre calendrier éditorial ! Olivia", name="Olivia Grant")
    assert "serve déjà" in d


@pytest.mark.parametrize("note,started", [
    ("ya empecé mi calendario editorial", True),
    ("ho già iniziato il piano editoriale", True),
    ("já comecei o meu calendário editorial", True),
    ("ich habe schon mit dem Redaktionsplan angefangen", True),
    ("ik ben al begonnen met onze contentkalender", True),
    ("I've already started my own business", False),
])
def test_plan_already_started_read_in_every_language(note: str, started: bool) -> None:
    from invitriage.drafts import notefacts, rx
    assert bool(rx.search(notefacts._PLAN_STARTED, notefacts.fold(note))) is started

