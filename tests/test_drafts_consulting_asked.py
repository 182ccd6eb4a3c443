"""A client's formal "do you offer consulting?" (wave 60 B, it note-46): a clear yes, never a "collaboration proposal"."""

from __future__ import annotations

import pytest
from drafting import sample_draft

REFERRED_IT = ("Gentile Dott.ssa Laurent,\nle scrivo su indicazione di Marco Conti, con cui ha collaborato lo scorso anno. "
               "Gestisco un'azienda di olio extravergine in Puglia e vorremmo vendere online in Francia. "
               "Offre consulenze per questo tipo di progetti?\nCordiali saluti,\nFrancesco De Luca")


def test_referrers_past_collaboration_is_no_proposal() -> None:
    text = sample_draft(REFERRED_IT, name="Francesco De Luca")
    assert "Sì, è proprio il mio lavoro" in text
    assert "proposta di collaborazione" not in text
    assert text.count("Marco Conti") == 1


@pytest.mark.parametrize("note, yes", [
    ("Buongiorno Camille, Marco Conti, con il quale ha collaborato nel 2023, mi ha dato il suo nome. Abbiamo una cantina in "
     "Piemonte e vorremmo vendere online in Francia. Fa consulenze per progetti così? Grazie, Francesco Bianchi", "Sì,"),
    ("Estimada Sra. Laurent, le escribo por recomendación de Marco Conti, con quien colaboró el año pasado. Dirijo una empresa "
     "de aceite de oliva y queremos vender online en Francia. ¿Ofrece consultoría para este tipo de proyectos? Saludos, Francisco Ruiz", "Sí,"),
    ("Dear Ms Laurent, I'm writing on the recommendation of Marco Conti, who collaborated with you last year. I run an olive oil "
     "company in Puglia and we would like to sell online in France. Do you offer consulting for this kind of project? Best regards, Francesco", "Yes,"),
])
def test_consulting_asked_gets_a_yes(note: str, yes: str) -> None:
    text = sample_draft(note, name="Francesco De Luca")
    assert yes in text
    assert "collaborazione" not in text and "colaboración" not in text and "working together" not in text
