"""Wave 68 group B: a choice between channels asked indirectly ("queria entender se vale mais a pena …", "vorrei capire
se …", "ich möchte verstehen, ob …") is a question, answered with the owner's either/or, never a budget asked first."""

from __future__ import annotations

import pytest
from drafting import sample_draft

CASES = [
    ("oi camille, to abrindo uma loja online de velas e queria entender se vale mais a pena investir em google ads ou em seo no começo. obg!!",
     "o SEO leva de três a seis meses", "orçamento e eu te digo"),
    ("Ciao Camille, sto aprendo un e-shop di borse e vorrei capire se conviene di più investire in Google Ads o nella SEO all'inizio. Grazie",
     "la SEO richiede da tre a sei mesi", "la tua domanda precisa"),
    ("Bonjour Camille, j'ouvre une boutique en ligne de thé et j'aimerais comprendre s'il vaut mieux investir dans Google Ads ou le SEO au début. Merci",
     "le SEO demande trois à six mois", "préciser votre question"),
    ("Hallo Camille, ich eröffne einen Onlineshop für Tee und möchte gern verstehen, ob sich am Anfang eher Google Ads oder SEO lohnt. Danke",
     "SEO braucht drei bis sechs Monate", "Wie läuft es"),
    ("Hoi Camille, ik open een webshop in thee en wil graag begrijpen of Google Ads of SEO in het begin meer oplevert. Dank je",
     "SEO vraagt drie tot zes maanden", "Hoe gaat het met je webshop"),
]


@pytest.mark.parametrize("note,said,gone", CASES)
def test_indirect_either_or_is_answered(note: str, said: str, gone: str) -> None:
    text = sample_draft(note, name="Lucas Martins")
    assert said in text and "Google Ads" in text
    assert gone not in text
