"""Wave 82, group C: people met, thanked and interviewing get the reply their note asks for."""

from __future__ import annotations

import pytest

from drafting import sample_draft


@pytest.mark.parametrize("note, good, bad", [
    # r78 fr_en note-11: a spoken interview with its length in words gets a yes and a slot asked, never written questions
    ("Bonjour Camille, journaliste au Progrès, je prépare un article sur les commerçants lyonnais face à l'e-commerce. "
     "Pourriez-vous m'accorder une interview d'une vingtaine de minutes cette semaine ?", "Quels créneaux", "vos questions"),
    ("Hi Camille, I'm a journalist at Lyon Business. Could you give me twenty minutes for an interview this week about local shops?",
     "20-minute call", "your questions"),
    ("Hola Camille, soy periodista en El País. ¿Me concederías una entrevista de unos veinte minutos esta semana?",
     "qué horario", "tus preguntas"),
    ("Ciao Camille, sono giornalista al Corriere. Mi concederesti un'intervista di un quarto d'ora la prossima settimana?",
     "quale orario", "domande"),
    ("Hallo Camille, ich bin Journalistin beim Handelsblatt. Hätten Sie diese Woche Zeit für ein Interview von etwa einer halben Stunde?",
     "Zeit passt", "Fragen"),
])
def test_interview_length_in_words_is_a_call(note: str, good: str, bad: str) -> None:
    text = sample_draft(note, headline="Journalist", name="Ana Ruiz")
    # (case-blind: "… 15 minuti vanno benissimo! Quale orario ti va bene per sentirci?" starts its own sentence)
    assert good.lower() in text.lower()
    assert bad not in text


@pytest.mark.parametrize("note, bad", [
    # r78 fr_en note-39: feedback already given is thanked, never a new look at the site offered
    ("Hi Camille, we met at the Lyon Startup Week pitch night — I was the guy with the coffee subscription startup. "
     "Thanks again for your feedback on our landing page! Let's keep in touch. Sam", "link"),
    ("Hallo Camille, wir haben uns beim SEO-Meetup in Lyon kennengelernt. Danke nochmal für dein Feedback zu unserem Shop! "
     "Lass uns in Kontakt bleiben.", "Link"),
    ("Hola Camille, nos conocimos en el Salon du Digital de Lyon. ¡Gracias otra vez por tus comentarios sobre nuestra web! "
     "Seguimos en contacto.", "preguntas"),
    ("Ciao Camille, ci siamo conosciute al Web Marketing Festival. Grazie ancora per i tuoi commenti sul nostro sito! Restiamo in contatto.",
     "link"),
    # r79 fr_en note-23: "your take … really stuck with me" is praise remembered, never a struggle to help with
    ("Hi Camille, great chatting with you at Web Summit in Lisbon last week — your take on SEO for small e-shops really stuck with me. "
     "Would love to stay in touch!\nCheers, Daniel O'Connor", "tried"),
    ("Hi Camille, lovely meeting you at the SMX Paris dinner. Your story about your first clients really stuck with me. Let's stay in touch!",
     "tried"),
])
def test_stay_in_touch_gets_no_help_offered(note: str, bad: str) -> None:
    text = sample_draft(note, name="Ana Ruiz")
    assert bad not in text
    assert "budget" not in text


def test_stuck_with_a_problem_still_gets_help() -> None:
    text = sample_draft("Hi Camille, we met at SMX Paris. I'm stuck with my Google Ads account, nothing converts. Any idea?", name="Ana Ruiz")
    assert "where I'd start" in text or "tried" in text


@pytest.mark.parametrize("note, good", [
    # r79 fr_en note-20: "Ce serait chouette d'échanger … autour d'un café" is a coffee proposed, answered with a yes
    ("Bonjour Camille, ancienne de l'ESC Lyon comme toi (promo 2016) ! Je suis maintenant responsable e-commerce chez Boulanger. "
     "Ce serait chouette d'échanger sur nos métiers autour d'un café. Élodie Perrin", "pour un café"),
    ("Hi Camille, fellow ESC Lyon alum here (class of 2015)! I now run e-commerce at Decathlon. "
     "Would be great to swap notes over a coffee sometime.", "coffee"),
    ("Ciao Camille, anch'io ex ESC Lyon (2016)! Ora sono responsabile e-commerce da Yoox. Sarebbe bello prendere un caffè e parlare dei nostri lavori.",
     "caffè"),
])
def test_coffee_wished_gets_a_yes(note: str, good: str) -> None:
    text = sample_draft(note, name="Ana Ruiz")
    assert good in text
    assert "projets" not in text
