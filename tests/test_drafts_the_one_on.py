""""The one on …" that helped is named (round 43 en note-25).

"I've been following your posts on content strategy, the one on repurposing blog posts into carousels was gold" got "So
glad it helped!" with nothing for "it" to point at. The one is the post the note spoke of; a newsletter's one is an issue.
"""

from __future__ import annotations

from drafting import sample_draft


def test_the_one_on_is_the_post_named_before() -> None:
    text = sample_draft("Hey Camille! I've been following your posts on content strategy for a while, the one on repurposing "
                        "blog posts into carousels was gold 🔥 would love to connect", headline="Content Marketer | SaaS")
    assert "the post on repurposing blog posts into carousels" in text
    assert "So glad it helped" not in text


def test_a_newsletters_one_is_an_issue() -> None:
    text = sample_draft("Love your newsletter, the one about GA4 events really helped me")
    assert "the issue about GA4 events" in text
