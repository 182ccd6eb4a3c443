"""Mends after fix wave 108: what the merged branches changed in drafts they did not aim at."""

from __future__ import annotations

import pytest

from drafting import sample_draft


@pytest.mark.parametrize("note,headline,name,never", [
    # an Etsy shop's founder asking for a course gets the free SEO resources, never the sentence on convincing employers
    ("Hallo Camille, ich bin Gründerin eines kleinen Etsy-Shops für handgemachten Schmuck und verstehe SEO einfach nicht 🙈 Gibt "
     "es einen Online-Kurs von dir, den du empfehlen würdest? Danke und liebe Grüße, Petra", "Schmuckdesignerin & Gründerin",
     "Petra Klein", "Arbeitgeber"),
    ("hoi camille, ik heb een klein etsy winkeltje met handgemaakte sieraden en snap echt niks van seo 🙈 heb jij een online "
     "cursus die je zou aanraden? dankjewel!! groetjes yvonne", "Oprichter", "Yvonne Bakker", "recruiters"),
])
def test_a_marketplace_shop_owner_is_not_told_what_convinces_employers(note: str, headline: str, name: str, never: str) -> None:
    text = sample_draft(note, headline=headline, name=name)
    assert "HubSpot" in text, text
    assert never not in text, text


def test_the_german_free_resources_read_in_the_dative_after_mit() -> None:
    text = sample_draft("Hallo Camille, ich bin Gründerin eines kleinen Etsy-Shops und verstehe SEO nicht. Gibt es einen Online-Kurs "
                        "von dir, den du empfehlen würdest? Danke, Petra", name="Petra Klein")
    assert "mit Googles SEO-Startleitfaden, der SEO-Zertifizierung" in text, text


def test_an_italian_intern_keeps_the_promise_to_pass_on_an_internship_and_the_cv_line() -> None:
    # the CV line for interns ("send it anyway, so I have it") once pushed the draft past its length: the promise went
    text = sample_draft("Ciao Camille, sono una studentessa di comunicazione a Milano e cerco un tirocinio in marketing digitale in "
                        "Francia per la primavera. Avresti qualche consiglio su dove candidarmi?",
                        headline="Studentessa di Scienze della Comunicazione - IULM", name="Chiara Rossi")
    assert "Purtroppo non ospito tirocinanti." in text, text
    assert "Se nella mia rete sento parlare di uno stage" in text, text
    assert "Mandami comunque il tuo CV qui" in text, text
    assert len(text) <= 600
