"""Wave 74 (group B): slots, event names, sectors and recruiters in the sample owner's drafts."""

from __future__ import annotations

import re

import pytest

from drafting import sample_draft


@pytest.mark.parametrize("note, name, day, month", [
    ("Dear Ms Laurent, on behalf of the Dublin Marketing Forum, I'd like to invite you to speak on our panel on AI and SEO on 22 May. "
     "Would you be available? Best regards, Fiona Walsh", "Fiona Walsh", "22", "May"),
    ("Hi Camille, we'd love to have you speak on our panel on content strategy on 14 June at the Leeds Digital Day. Interested? Tom",
     "Tom Hart", "14", "June"),
    ("Gentile Dott.ssa Laurent,\na nome del comitato organizzativo del Digital Summit Torino, vorremmo invitarLa come relatrice alla "
     "sessione sul content marketing del 20 giugno.\nDistinti saluti,\nProf. Roberto Fontana", "Roberto Fontana", "20", "giugno"),
    ("Ciao Camille, ti invitiamo a parlare nella tavola rotonda sui social ads del 9 ottobre al Marketing Day di Milano. Ti va? Marco",
     "Marco Rossi", "9", "ottobre"),
])
def test_a_day_is_named_once_and_with_its_month(note: str, name: str, day: str, month: str) -> None:
    text = sample_draft(note, name=name)
    assert f"{day} {month}" in text
    assert len(re.findall(rf"\b{day}\b", text)) == 1  # never "on AI and SEO on 22 at the … Forum on 22 May"
