"""Wave 163, our mend after round 209: a capitalised run that is no person is never thanked as the one who introduced
them — an Italian elided article at a sentence start ("L'ultima sulla strategia … mi ha dato tante idee") or a compound
noun after "via" ("via LinkedIn-automatisering"); a real referrer keeps the thanks."""
from __future__ import annotations

from drafting import sample_draft


def test_an_elided_article_is_no_referrer() -> None:
    it = sample_draft("Ciao Camille, leggo sempre la tua newsletter. L'ultima sulla strategia di contenuti per gli e-shop mi ha dato "
                      "tante idee per il mio negozio di ceramiche. Grazie!", name="Francesca Romano")
    assert "L'ultima per averci" not in it and "messo in contatto" not in it, it
    fr = sample_draft("Bonjour Camille, je lis votre newsletter chaque semaine. L'avant-dernière sur le SEO local m'a donné plein "
                      "d'idées pour ma boutique. Merci !", name="Claire Morel")
    assert "L'avant" not in fr, fr


def test_a_compound_noun_after_via_is_no_referrer() -> None:
    nl = sample_draft("Goedemiddag Camille, wij van LeadBoost helpen consultants om via LinkedIn-automatisering 20+ afspraken per "
                      "maand te boeken. Mag ik je volgende week 15 min bellen? Gr. Bram", name="Bram de Jong")
    assert "LinkedIn-automatisering voor de introductie" not in nl and "introductie" not in nl, nl


def test_a_real_referrer_is_still_thanked() -> None:
    it = sample_draft("Ciao Camille, mi ha dato il tuo contatto Luca Ferri. Sto lanciando un e-commerce di olio e vorrei un parere "
                      "sulla strategia contenuti.", name="Marco Bianchi")
    assert "Luca Ferri" in it, it
    nl = sample_draft("Hoi Camille, via Pieter Bakker kreeg ik je naam. Ik heb een kleine webshop en zoek hulp met SEO.",
                      name="Bram de Jong")
    assert "Pieter" in nl, nl
