"""Wave 68 group C, notes read as the wrong kind: a thank-you for her tips said with a verb ("volevo ringraziarti per i
consigli", "je voulais vous remercier pour vos conseils", "ik wilde je bedanken voor je tips") is thanks, answered with
joy that the tips helped, never read as a request for help ("raccontami a che punto sei")."""
from __future__ import annotations

from drafting import sample_draft


def test_thanks_said_with_a_verb_is_a_thank_you_not_a_help_request() -> None:
    cases = [
        ("Ciao Camille, abbiamo partecipato insieme al workshop su Google Analytics 4 a Lione a febbraio. Volevo ringraziarti "
         "per i consigli sul tracking, mi sono stati utilissimi!", "consigli sul tracking", "a che punto sei"),
        ("Buongiorno Camille, ci siamo conosciuti al corso SEO di Milano. La ringrazio per i suggerimenti sulle schede prodotto, "
         "preziosissimi.", "sulle schede prodotto", "a che punto"),
        ("Bonjour Camille, nous étions ensemble à l'atelier GA4 à Lyon en février. Je voulais vous remercier pour vos conseils "
         "sur le tracking, ils m'ont été très utiles !", "conseils sur le tracking", "où vous en êtes"),
        ("Hoi Camille, we zaten samen in de GA4-workshop in Lyon in februari. Ik wilde je bedanken voor je tips over tracking, "
         "ze waren erg nuttig!", "tips over tracking", "waar je staat"),
        ("Olá Camille, participámos juntos no workshop de GA4 em fevereiro. Queria agradecer-te pelas dicas sobre tracking, "
         "foram muito úteis!", "dicas sobre tracking", "em que ponto"),
    ]
    for note, said, bad in cases:
        text = sample_draft(note, headline="Web Analyst", name="Federico Gallo")
        assert said in text, text
        assert bad not in text, text
