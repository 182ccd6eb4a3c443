"""Wave 155 P: praise of her content is never read as a proposal.

A sender who only introduces himself and says he likes her content ("me interesa mucho tu contenido sobre growth", "curto
muito seus conteúdos") is thanked for following her, never for a "proposal, which interests me" with a 20-minute call
pushed; a vocative name before a greeting's "how are you?" ("ola camille tudo bem?") is small talk, not a question to answer.
"""

from __future__ import annotations

import pytest

from drafting import sample_draft
from invitriage.drafts.notefacts import small_talk

_PROPOSAL_WORDS = ("propuesta", "proposta", "proposal", "proposition", "20 minut", "pensar en mí", "lembrar de mim")

FANS = [
    # the review's notes
    ("que tal camille, trabajo en marketing en una startup de fintech en mexico, me interesa mucho tu contenido sobre growth. saludos",
     "Growth Marketer en Pagos MX"),
    ("ola camille tudo bem? sou do marketing de uma startup em floripa, curto muito seus conteudos sobre growth. abraço",
     "Growth Analyst na Floripa Labs"),
    # other senders, other languages
    ("hola camille, soy community manager en una agencia de bogotá, me interesa mucho tu contenido sobre linkedin ads. un abrazo", ""),
    ("ciao camille, lavoro nel marketing di una startup a torino, mi interessano molto i tuoi post sul growth. un saluto", ""),
    ("Hi Camille, I work in marketing at a SaaS startup in Leeds, I really like your posts on growth. Cheers", ""),
]


@pytest.mark.parametrize("note,headline", FANS)
def test_praise_of_her_content_is_no_proposal(note: str, headline: str) -> None:
    text = sample_draft(note, headline=headline, name="Luis Hernández")
    low = text.lower()
    assert not any(w in low for w in _PROPOSAL_WORDS), text
    assert "?" not in text.split("\n")[2] or "tema" in low or "cover" in low, text


def test_portuguese_greeting_with_her_name_asks_nothing() -> None:
    text = sample_draft("ola camille tudo bem? sou do marketing de uma startup em floripa, curto muito seus conteudos sobre growth. abraço",
                        headline="Growth Analyst na Floripa Labs", name="Thiago Machado")
    assert "conteúdos" in text and "Boa pergunta" not in text, text


def test_vocative_before_how_are_you_is_small_talk() -> None:
    assert small_talk("camille tudo bem?") and small_talk("Marco, come stai?") and small_talk("anna how are you?")
    assert not small_talk("seo que tal?") and not small_talk("Hoe gaat het met je shop?")


def test_a_real_proposal_after_the_praise_keeps_its_proposal_draft() -> None:
    text = sample_draft("hola camille, trabajo en una agencia en madrid, me interesa mucho tu contenido sobre growth. "
                        "¿te gustaría colaborar en un webinar conjunto con nuestra agencia?", name="Luis Hernández")
    assert "webinar" in text and "propuesta" in text, text
