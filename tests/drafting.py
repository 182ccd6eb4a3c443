"""What many draft tests share: an owner like the sample's, and the text of one reply drafted for a note."""

from __future__ import annotations

from invitriage.drafts.writer import draft_for
from invitriage.settings import Settings

OWNER = Settings(owner_name="Camille Laurent", signature="Camille", language="fr",
                 offer=["SEO", "social ads", "content strategy"])


def draft(note: str, lang: str, intent: str, name: str = "Alex Martin", headline: str = "") -> str:
    """The reply to one note, as the owner above would get it (never None: every intent here is a reply)."""
    d = draft_for({"name": name, "note": note, "headline": headline, "lang": lang, "intent": intent, "action": "reply",
                   "evidence": []}, OWNER)
    assert d is not None
    return d.text
