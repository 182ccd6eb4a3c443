"""Wave 25, German and Dutch details: an old colleague's "how are you?" answered in a few words (never read as a question
on her field), and a move the note announces wished well in every draft, not only in an answer's."""

from __future__ import annotations

from drafting import draft


def test_old_colleague_how_are_you_answered_in_german():
    text = draft("Hey Camille, wir waren damals zusammen im Praktikum bei einer Agentur in München. Wie geht's dir so?",
                 "de", "met_before")
    assert "Mir geht es gut" in text
    assert "Fachgebiet" not in text


def test_old_colleague_how_are_you_answered_in_dutch():
    text = draft("Hoi Camille, wij zaten jaren geleden samen in het team bij een bureau in Rotterdam. Hoe is het met je?",
                 "nl", "met_before")
    assert "Met mij gaat het goed" in text


def test_how_are_you_answered_formally_and_in_other_languages():
    text = draft("Guten Tag Frau Laurent, wir haben vor einigen Jahren gemeinsam ein Projekt in Genf betreut. Wie geht es Ihnen?",
                 "de", "met_before")
    assert "danke der Nachfrage" in text
    assert "Sto bene, grazie" in draft("Ciao Camille, abbiamo lavorato insieme a Milano anni fa, in agenzia. Come stai?", "it", "met_before")
    assert "I'm doing well" in draft("Hi Camille, we worked together at an agency in London years ago. How are you?", "en", "met_before")


def test_move_wished_well_in_a_plain_connection_note():
    text = draft("Hallo Camille, ich ziehe nächsten Sommer mit meinem Partner nach Lyon, bin Content-Managerin. Freue mich auf die Vernetzung!",
                 "de", "generic")
    assert "Umzug nach Lyon" in text
    text = draft("Dag Camille, wij verhuizen na de zomer met z'n vieren naar Lyon; ik ben marketeer. Leuk om te connecten!", "nl", "generic")
    assert "verhuizing naar Lyon" in text


def test_move_wished_once():
    text = draft("Hi Camille, I'm moving to Lyon in March and I work in content marketing. Happy to connect!", "en", "generic")
    assert text.count("Lyon") == 1


def test_move_wish_never_repeats_the_closing_luck():
    text = draft("Hi Camille, I'm relocating to Lyon in May with my family. Any advice on finding a marketing job there? Thanks, Kim",
                 "en", "job_seeking")
    assert text.lower().count("good luck") <= 1
