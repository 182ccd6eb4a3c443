"""Wave 124, our mend: the Meta small-budget answer says when several audiences pay off in words a reader would use (never
"une 2e audience si chacune a autant", "un secondo pubblico se ognuno ha tanto"); a call the sender proposes gets a German
yes without "passt mir gut … passen Ihnen"; an Italian trainee who applied the tips hears "i miei consigli", not a bare "l'"."""

from __future__ import annotations

import pytest

from drafting import sample_draft


@pytest.mark.parametrize(("note", "phrase", "clumsy"), [
    ("Hola Camille, vi tu post sobre Meta Ads. ¿Algún consejo para una tienda pequeña con poco presupuesto?",
     "varios públicos solo si cada uno puede tener ese presupuesto", "si cada uno recibe eso"),
    ("Ciao Camille, ho visto il tuo post sui Meta Ads. Qualche consiglio per un piccolo negozio con poco budget?",
     "più pubblici solo se ognuno può avere quel budget", "se ognuno ha tanto"),
    ("Oi Camille, vi seu post sobre Meta Ads. Alguma dica pra uma lojinha com orçamento pequeno?",
     "vários públicos só se cada um tiver esse valor", "um segundo público se cada um tiver isso"),
])
def test_several_audiences_clause_reads_naturally(note: str, phrase: str, clumsy: str) -> None:
    text = sample_draft(note)
    assert phrase in text and clumsy not in text, text


def test_german_call_proposed_by_the_sender_gets_a_plain_yes() -> None:
    de = sample_draft("Guten Tag Frau Laurent, wir haben uns beim Afterwork des Wirtschaftsclubs in Lyon kennengelernt. Hätten Sie "
                      "nächste Woche Zeit für ein kurzes Telefonat über Content-Marketing im B2B? Freundliche Grüße Martin Krüger",
                      name="Martin Krüger")
    assert "passt mir gut" not in de, de
