"""Notes read as the wrong kind (wave 71, group B): people or ideas sought for the sender's own organisation are no job
search, and a brand's ambassador or creator programme is a partnership to hear about."""

from __future__ import annotations

import pytest
from drafting import sample_draft

_NO_JOB = ("CV", "Lebenslauf", "recherches", "Suche", "currículum", "curriculum")


@pytest.mark.parametrize("note, headline, good", [
    ("Bonjour Camille, je travaille chez Semrush France et je cherche des consultantes pour notre programme d'ambassadeurs. "
     "Je serais ravie de vous en parler !", "", "collaboration"),
    ("Hola Camille, trabajo en Hubspot y busco consultoras para nuestro programa de embajadores. ¿Te interesa?", "", "colaboración"),
    ("Hallo Frau Laurent, ich arbeite bei Sistrix und suche Beraterinnen für unser Botschafterprogramm. Ich würde Ihnen gern mehr erzählen.",
     "", "Zusammenarbeit"),
    ("Guten Tag Frau Laurent, als Marketingleiter eines mittelständischen Maschinenbauers suche ich nach Impulsen für unsere "
     "LinkedIn-Strategie im B2B. Ihre Beiträge dazu fand ich sehr treffend. Ich würde mich über eine Vernetzung freuen. MfG Bernd Schäfer",
     "Marketingleiter, Schäfer Antriebstechnik GmbH", "Vernetzung"),
])
def test_seeking_for_their_own_organisation_is_no_job_search(note: str, headline: str, good: str) -> None:
    text = sample_draft(note, headline=headline, name="Pauline Mercier")
    assert good in text
    assert not any(w in text for w in _NO_JOB), text
