"""Wave 80, group B: notes read as the wrong kind.

A question about the owner's own follow-up of a shared event ("¿al final probaste lo de los Spark Ads?") is answered
honestly (not yet, I'll tell you; did you?), never with a meetup tip nor a generic "what are you working on?".
"""

from __future__ import annotations

import pytest
from drafting import sample_draft

TRIED = [
    ("Camille! Qué tal? Soy Tomás, coincidimos en el taller de TikTok Ads en París. Por cierto, ¿al final probaste lo de los Spark Ads? jaja",
     "Todavía no", ("trabajando", "Meetup")),
    ("E aí Camille, beleza? Sou o Felipe, a gente se falou no meetup de TikTok Ads em Paris. Conseguiu testar aquela campanha que comentou?",
     "Ainda não", ("Meetup.com", "trabalhando")),
    ("Camille! Come va? Sono Simone, ci siamo visti al workshop di TikTok Ads a Parigi. Alla fine hai provato gli Spark Ads? 😄",
     "Non ancora", ("Su cosa stai lavorando",)),
    ("Hi Camille, we met at the Social Ads meetup in Lyon last month. Did you end up testing the UGC format we talked about?",
     "Not yet", ("been up to", "working on")),
    ("Salut Camille, on s'est croisés à l'atelier TikTok Ads à Paris. Alors, tu as finalement testé les Spark Ads ?",
     "Pas encore", ("sur quoi", "Meetup")),
    ("Hallo Camille, wir haben uns beim TikTok-Ads-Workshop in Berlin kennengelernt. Hast du die Spark Ads inzwischen ausprobiert?",
     "Noch nicht", ("Woran arbeitest",)),
    ("Hoi Camille, we spraken elkaar op de TikTok Ads meetup in Amsterdam. Heb je die campagne uiteindelijk nog getest?",
     "Nog niet", ("Waar ben je",)),
]


@pytest.mark.parametrize(("note", "said", "gone"), TRIED)
def test_her_follow_up_of_the_event_is_answered(note: str, said: str, gone: tuple[str, ...]) -> None:
    text = sample_draft(note, headline="Freelance Social Media", name="Alex Martin")
    assert said in text
    for bad in gone:
        assert bad not in text


def test_a_tool_question_without_a_shared_event_is_not_answered_not_yet() -> None:
    text = sample_draft("Hi Camille, loved your post on Reels. Have you tried Later for scheduling?", headline="Community manager",
                        name="Alex Martin")
    assert "Not yet" not in text
