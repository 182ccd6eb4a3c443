"""Wave 73 group B: notes read as the wrong kind (a post offered read as a client, a recruiter asked for no one, …)."""

from __future__ import annotations

import pytest
from drafting import sample_draft


@pytest.mark.parametrize("note, words", [
    ("Hallo Camille, ich suche einen Head of SEO für ein Fintech in Berlin. Hättest du Interesse an einem Gespräch über die Stelle?",
     ("Head of SEO", "Festanstellung")),
    ("Hallo Camille, wir suchen eine SEO-Managerin für unser Team in Hamburg. Wäre die Position etwas für dich?",
     ("SEO-Managerin", "Festanstellung")),
    ("Ciao Camille, cerco un SEO Manager per una fintech a Torino. La posizione potrebbe interessarti?", ("SEO Manager", "dipendente")),
    ("Hoi Camille, ik zoek een SEO Lead voor een scale-up in Utrecht. Zou de functie iets voor je zijn?", ("SEO Lead", "vaste baan")),
    ("Hi Camille, I'm recruiting a Head of SEO for a fintech in London, would you be open to a chat about the role?",
     ("Head of SEO", "not looking for a permanent role")),
])
def test_a_post_offered_is_declined_as_a_job_not_sold_as_seo(note: str, words: tuple[str, ...]) -> None:
    text = sample_draft(note, headline="Talent Partner | Tech recruitment", name="Ana Ruiz")
    for word in words:
        assert word in text
    for bad in ("Budget", "budget", "20 Minuten", "Ziele", "your goals"):
        assert bad not in text


@pytest.mark.parametrize("note, words", [
    ("Hi Camille, I teach marketing at a business school in Dublin. Would you be up for a 2-hour guest session on social ads with my MBA "
     "students next spring?", ("guest lecture", "next spring", "glad to", "date")),  # the season kept, its exact date asked (155 Q)
    ("Hi Camille, fancy a guest session with my master's students on content strategy this autumn?", ("guest lecture", "this autumn", "date")),
    ("Ciao Camille, insegno marketing a Bologna: ti andrebbe una lezione ospite di due ore sui social ads con i miei studenti del master?",
     ("lezione", "volentieri", "date")),
    ("Olá Camille, dou aulas de marketing no Porto. Aceitaria uma aula convidada de 2 horas sobre SEO com os meus alunos de MBA?",
     ("aula", "com todo o gosto", "datas")),
])
def test_a_guest_session_asked_for_is_accepted_with_dates_asked(note: str, words: tuple[str, ...]) -> None:
    text = sample_draft(note, headline="Lecturer", name="Siobhan Kelly")
    for word in words:
        assert word in text
    for bad in ("20-minute", "20 minuti", "20 minutos", "call"):
        assert bad not in text


def test_a_guest_session_thanked_for_is_no_invitation() -> None:
    text = sample_draft("Thanks again for the guest session with my students last week, they loved it!", name="Siobhan Kelly")
    assert "kind words" in text
    assert "thinking of me" not in text and "date" not in text
