"""An assignment's length written short ("6 mnd", "6 mths") is known: never asked again as "duur" / "length"."""

from drafting import sample_draft


def test_short_month_counts_as_duration() -> None:
    nl = sample_draft("Hallo Camille, ik ben recruiter bij Brunel en zoek voor een klant in Eindhoven een interim Head of Content "
                      "(6 mnd, hybride). Zou dit iets voor jou zijn of ken je iemand? Groet, Ruben", name="Ruben Smit")
    en = sample_draft("Hi Camille, I am a recruiter at Hays looking for an interim Head of Content for a client in Leeds (6 mths, "
                      "hybrid). Would that be of interest? Best, Ruben", name="Ruben Smit")
    assert "duur" not in nl and "startdatum" in nl, nl
    assert "length" not in en and "duration" not in en and "start date" in en, en
