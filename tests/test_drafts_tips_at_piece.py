"""Thanks for the tips she gave at her own training or workshop: the piece is hers (attended), never a chat, a request
for courses, "my workshop at the workshop" or a tip subject cut at the date ("as dicas da formação de foram úteis")."""

from __future__ import annotations

import pytest

from drafting import sample_draft

CASES = [
    ("pt", "Olá Camille! Obrigada pelas dicas da formação de ontem, foram muito úteis. Beijinhos, Rita", "minha formação",
     ("formação de foram", "nossa conversa")),
    ("es", "Hola Camille! Gracias por los consejos del taller de ayer, fueron muy útiles. Un abrazo, Rita", "mi taller",
     ("taller del taller", "conversación")),
    ("it", "Ciao Camille! Grazie per i consigli del corso di ieri, utilissimi. Rita", "il mio corso",
     ("corso del corso", "ti mando qualche corso")),
    ("fr", "Bonjour Camille, merci pour les conseils pendant la formation de mardi, très utiles ! Rita", "ma formation",
     ("pendant la formation.", "formation pendant")),
    ("nl", "Hoi Camille, bedankt voor de tips tijdens de workshop gisteren, echt nuttig! Rita", "mijn workshop",
     ("tijdens de workshop was", "workshop gisteren tijdens")),
    ("en", "Hi Camille! Thanks for the tips at yesterday's workshop, really useful. Rita", "my workshop", ("great chatting",)),
    ("de", "Hallo Camille, danke für die Tipps aus dem Workshop gestern, sehr hilfreich! Rita", "Workshop",
     ("nach unserem Gespräch",)),
]


@pytest.mark.parametrize("lang, note, said, never", CASES, ids=[c[0] for c in CASES])
def test_tips_thanked_at_her_training_are_read_as_her_training(lang: str, note: str, said: str, never: tuple[str, ...]) -> None:
    text = sample_draft(note, name="Rita Sousa")
    assert said in text
    for bad in never:
        assert bad not in text


def test_tips_on_a_subject_keep_the_subject_and_drop_where_they_were_given() -> None:
    text = sample_draft("Olá Camille! Obrigada pelas dicas sobre Reels na formação de ontem, foram muito úteis. Rita", name="Rita Sousa")
    assert "dicas sobre Reels" in text
    assert "na formação de" not in text and "meu vídeo" not in text


@pytest.mark.parametrize("note", [
    "Hi Camille, Would love your thoughts on our new landing page for the spring campaign. Best, Tom",
    "Hi Camille,\nCould use your thoughts on our SEO plan for next year. Tom",
])
def test_a_modal_verb_opening_the_note_is_never_a_referrer(note: str) -> None:
    text = sample_draft(note, name="Tom Baker")
    assert "thanks to" not in text.lower()


def test_a_named_referrer_who_thought_of_her_is_still_thanked() -> None:
    text = sample_draft("Hi Camille, Sarah Lee thought you would be the right person to ask about SEO for our shop. Best, Tom",
                        name="Tom Baker")
    assert "thanks to Sarah Lee" in text
