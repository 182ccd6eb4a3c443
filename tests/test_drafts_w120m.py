"""Wave 120, group M: a recruiter's call asked for next week is the call's date, never the mission's start."""

from __future__ import annotations

from drafting import sample_draft


def test_call_next_week_is_not_read_as_a_start_date_nl() -> None:
    # 120 de_nl note-26: "Heb je volgende week tijd voor een korte call?" answered "een start volgende week is bespreekbaar"
    nl = sample_draft("Hallo Camille, een collega raadde me aan contact met je op te nemen. We zoeken een freelance "
                      "SEO-specialist voor een klant in Frankrijk. Heb je volgende week tijd voor een korte call? Groeten, Lotte",
                      headline="Projectmanager bij een bureau in Gent", name="Lotte Peeters")
    assert "start volgende week" not in nl
    assert "belletje volgende week" in nl


def test_call_next_week_is_not_read_as_a_start_date_en_de() -> None:
    en = sample_draft("Hi Camille, we're looking for a freelance SEO consultant for a client in France. "
                      "Would you have time for a quick call next week? Best, Tom", headline="Project manager at an agency", name="Tom Baker")
    assert "starting next week" not in en
    de = sample_draft("Hallo Camille, wir suchen eine freiberufliche SEO-Beraterin für einen Kunden in Frankreich. "
                      "Hätten Sie nächste Woche Zeit für ein kurzes Telefonat? Viele Grüße, Jana", headline="Projektmanagerin bei einer Agentur", name="Jana Vogel")
    assert "Start nächste Woche" not in de

