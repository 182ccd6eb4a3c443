"""A student who asks "are you hiring?" is a job seeker: her no, then a job seeker's next step, never a client's call.

"Est-ce que vous recrutez ?" was read as a question on her services ("do you do X?"), "¿Estás contratando?" as a client,
"Stellst du ein?" as a request for advice: the drafts said "I'm not hiring" and then asked for their business and budget.
"""

from __future__ import annotations

import pytest

from drafting import sample_draft
from invitriage.drafts.notefacts import asks_hiring, extract

CASES = [
    ("Bonjour Madame Laurent, je termine mon master en marketing digital à Lyon. Est-ce que vous recrutez ?", "fr",
     "je ne recrute pas", ("budget", "appel de 20 minutes")),
    ("Hola Camille, termino mi máster en marketing digital en Lyon. ¿Estás contratando?", "es",
     "no estoy contratando", ("presupuesto", "llamada de 20 minutos")),
    ("Hallo Camille, ich schließe gerade meinen Master in Digital Marketing in Lyon ab. Stellst du ein?", "de",
     "stelle daher niemanden ein", ("Budget", "Geschäft", "zu deiner Frage")),
    ("Hi Camille, I am finishing my master in digital marketing in Lyon. Are you hiring?", "en",
     "I'm not hiring", ("budget", "20-minute call")),
]


@pytest.mark.parametrize(("note", "lang", "said", "never"), CASES)
def test_the_no_then_a_job_seekers_step(note: str, lang: str, said: str, never: tuple[str, ...]) -> None:
    text = sample_draft(note, name="Léa Martin")
    assert said in text, text
    for words in never:
        assert words not in text, (words, text)


@pytest.mark.parametrize(("note", "lang"), [(c[0], c[1]) for c in CASES])
def test_never_a_client_nor_a_question_on_her_services(note: str, lang: str) -> None:
    assert asks_hiring(note, lang)
    facts = extract(note, lang, "job_seeking")
    assert not facts.client and not facts.yes_q


def test_a_client_asking_about_her_services_still_is_one() -> None:
    facts = extract("Bonjour, je dirige une PME à Lyon. Est-ce que vous faites des audits SEO ?", "fr", "business_proposal")
    assert facts.yes_q
