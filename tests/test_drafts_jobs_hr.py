"""Wave 97 group Q: jobs, HR and assistants read as clients (or clients as jobs)."""

from __future__ import annotations

import pytest

from drafting import sample_draft

#: A salaried post offered her, with her background (not her "profile") said to fit: declined, never a client call.
ROLE_OFFERED = [
    ("Hi Camille, I'm hiring a Senior SEO Manager (remote, EU) for a B2B SaaS scale-up. Your background looks like a strong fit. "
     "Open to a quick chat? Emma, Talent Partner", "not looking"),
    ("Hello Camille, we're recruiting a Head of Content for a fintech in Paris. Your experience would be a great match. Could we have a call?",
     "not looking"),
    ("Bonjour Camille, je recrute un Responsable SEO (remote) pour une scale-up SaaS. Votre parcours correspond bien. Un appel rapide ?",
     "ne cherche pas"),
    ("Hola Camille, busco un SEO Manager para una startup en Madrid. Tu experiencia encaja muy bien. ¿Hablamos?", "no busco"),
    ("Hallo Camille, ich suche einen Senior SEO Manager (remote) für ein SaaS-Scale-up. Dein Werdegang passt sehr gut. "
     "Hast du Lust auf ein kurzes Gespräch?", "keine Festanstellung"),
    ("Ciao Camille, cerco un SEO Manager per una scale-up a Milano. La tua esperienza è perfetta per il ruolo. Ti va una call?", "non cerco"),
    ("Olá Camille, estou contratando um Gerente de SEO (remoto). A sua experiência encaixa muito bem. Podemos conversar?", "não estou buscando"),
]


@pytest.mark.parametrize(("note", "declined"), ROLE_OFFERED)
def test_role_offered_for_her_background_is_declined(note: str, declined: str) -> None:
    text = sample_draft(note, headline="Talent Partner", name="Emma Wilson")
    assert declined in text
    assert "budget" not in text.lower()
    assert "20 min" not in text
