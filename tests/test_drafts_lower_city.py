"""A casual note writing the city in lower case ("on se fait un cafe quand je passe a lyon ?") still says when they will
be there: "fais-moi signe la prochaine fois que tu passes à Lyon", never "which days in the next two weeks" (round 57
fr: a former classmate living in Annecy)."""

from __future__ import annotations

import pytest

from drafting import sample_draft


@pytest.mark.parametrize(("note", "said", "never"), [
    ("coucou camille, c'est Emma de la promo 2016 a l'ISCOM !! trop contente de voir que tu as monte ta boite 😍 on se fait "
     "un cafe quand je passe a lyon ?", "à Lyon", "deux prochaines semaines"),
    ("hey camille! long time no see, we did the SEO bootcamp together in 2019. coffee next time im in lyon?", "in Lyon",
     "next two weeks"),
])
def test_the_visit_is_read_from_a_lower_case_city(note: str, said: str, never: str) -> None:
    text = sample_draft(note, name="Emma Petit")
    assert said in text, text
    assert never not in text, text
