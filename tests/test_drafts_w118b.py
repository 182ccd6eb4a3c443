"""Fix wave 118, group B: who is writing — a journalist writing for a magazine, a sender's own town, a speaker invitation,
a white-label seller."""

from __future__ import annotations

import pytest

from drafting import sample_draft


@pytest.mark.parametrize("note, headline, town", [
    ("Bonjour Madame Laurent, je suis le gérant d'un garage automobile à Vénissieux et on m'a dit que vous pouviez aider "
     "pour être mieux visible sur Google. Quels sont vos tarifs ?\nBien à vous\nGérard Faure", "", "Vénissieux"),
    ("Hallo Frau Laurent, ich habe eine Bäckerei in Bremen und man hat mir gesagt, dass Sie bei der Sichtbarkeit auf Google "
     "helfen können. Was kostet das?", "", "Bremen"),
    ("Hi Camille, I run a bakery in Leeds and they told me you could help us show up on Google. What are your rates?", "", "Leeds"),
])
def test_the_senders_town_before_and_a_pronoun_is_no_referrer(note: str, headline: str, town: str) -> None:
    draft = sample_draft(note, headline=headline, name="Gérard Faure")
    assert town not in draft


@pytest.mark.parametrize("note, headline, magazine", [
    ("Hola Camille, te escribo de parte de la revista Emprendedores. Preparamos un artículo sobre tendencias SEO 2025 y "
     "buscamos expertos para citar. ¿Tendrías 15 min para una entrevista?", "Periodista en Emprendedores", "Emprendedores"),
    ("Ciao Camille, ti scrivo da parte della rivista Millionaire. Stiamo preparando un articolo sulle tendenze SEO e cerchiamo "
     "esperti da citare. Avresti 15 minuti per un'intervista?", "Giornalista", "Millionaire"),
])
def test_a_journalist_writing_for_a_magazine_thanks_no_magazine_for_an_introduction(note: str, headline: str, magazine: str) -> None:
    draft = sample_draft(note, headline=headline, name="Nuria Gómez")
    assert magazine not in draft.split("\n\n")[1].split("\n")[0]
    assert "ponernos en contacto" not in draft and "messo in contatto" not in draft
    assert "ayudarte con tu SEO" not in draft and "aiutarti con la tua SEO" not in draft
