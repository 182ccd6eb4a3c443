"""The sender's years of experience quoted with the preposition they wrote: never a second one put before it ("3 anni di
esperienza in su Google", round 62 it note-60)."""
import pytest

from drafting import sample_draft


@pytest.mark.parametrize("note, good, bad", [
    ("Salve, sto cercando lavoro come specialista paid media, ho 3 anni di esperienza su Google e Meta Ads. Se sai di "
     "qualche posizione aperta te ne sarei grato!", "3 anni di esperienza su Google e Meta Ads", "in su"),
    ("Ciao Camille, cerco un nuovo lavoro nel marketing: ho 4 anni di esperienza sulla SEO tecnica. Conosci agenzie che "
     "assumono?", "4 anni di esperienza sulla SEO", "in sulla"),
    ("Hola, busco trabajo como especialista en paid media, tengo 3 años de experiencia sobre Google Ads. ¿Sabes de alguna "
     "vacante?", "3 años de experiencia sobre Google Ads", "en sobre"),
])
def test_the_preposition_the_sender_wrote_is_kept_alone(note, good, bad):
    text = sample_draft(note, name="Stefano Neri")
    assert good in text and bad not in text, text
