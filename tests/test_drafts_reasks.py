"""Wave 76 group D: a draft never asks back what the note gives, and answers in the words a reader expects."""

from __future__ import annotations

import pytest

from drafting import sample_draft

#: Research interviews whose length is given in hours: (note, language, words that must be there).
_HOUR_INTERVIEWS = [
    ("Bonjour Madame Laurent, je suis doctorante en sciences de gestion et je travaille sur l'usage de l'IA générative par "
     "les consultants indépendants. Accepteriez-vous de participer à un entretien de recherche d'une heure ?", "fr",
     ("l'entretien d'une heure",)),
    ("Bonjour Camille, doctorant à Lyon 2, je mène une recherche sur les freelances du marketing. Seriez-vous d'accord "
     "pour un entretien d'une demi-heure ?", "fr", ("l'entretien de 30 minutes",)),
    ("Hello Camille, I'm a PhD student researching how freelancers use AI. Would you be open to a one-hour research interview?",
     "en", ("60-minute",)),
    ("Hallo Frau Laurent, ich bin Doktorandin und forsche zu Freelancern im Marketing. Hätten Sie Zeit für ein Interview "
     "von einer Stunde?", "de", ("60 Minuten",)),
    ("Ciao Camille, sono dottoranda e faccio una ricerca sui freelance. Saresti disponibile per un'intervista di un'ora?",
     "it", ("60 minuti",)),
]


@pytest.mark.parametrize(("note", "lang", "words"), _HOUR_INTERVIEWS)
def test_a_length_given_in_hours_is_never_asked_back(note: str, lang: str, words: tuple[str, ...]) -> None:
    text = sample_draft(note, name="Amandine Leroy")
    assert all(w in text for w in words), text
    if lang == "fr":
        assert "durée prévue" not in text and "interview" not in text.lower(), text


def test_a_research_interview_without_length_asks_it_once_in_french() -> None:
    text = sample_draft("Bonjour Camille, je suis doctorante et je travaille sur les freelances. Accepteriez-vous un entretien ?",
                        name="Marie Dupont")
    assert "l'entretien" in text and "l'interview" not in text, text
    assert text.count("prévu") == 1, text


@pytest.mark.parametrize(("name", "headline"), [("Hélène Guillaume", "Head of Growth"), ("Ophélie Dufour", "Head of Growth"),
                                                ("Anaïs Maillard", "Email Marketing Specialist"), ("Raphaël Carré", "Business Developer")])
def test_a_bare_english_title_defers_to_a_clearly_french_name(name: str, headline: str) -> None:
    text = sample_draft("", headline=headline, name=name)
    assert text.startswith("Bonjour") and "Thanks for connecting" not in text, text


@pytest.mark.parametrize(("name", "headline"), [("Tom Williams", "Head of Growth"), ("Hélène Guillaume", "Marketing Director EMEA at Spotify"),
                                                ("Hélène Guillaume", "Digital Marketing student | Looking for an internship")])
def test_an_english_name_or_more_than_a_title_keeps_english(name: str, headline: str) -> None:
    text = sample_draft("", headline=headline, name=name)
    assert text.startswith("Hello") or text.startswith("Hi"), text
