"""What many draft tests share: an owner like the sample's, and the text of one reply drafted for a note."""

from __future__ import annotations

from importlib import resources

from invitriage.drafts.writer import context_for, draft_for
from invitriage.judge.classify import classify
from invitriage.settings import Settings, load_settings

OWNER = Settings(owner_name="Camille Laurent", signature="Camille", language="fr",
                 offer=["SEO", "social ads", "content strategy"])


def draft(note: str, lang: str, intent: str, name: str = "Alex Martin", headline: str = "") -> str:
    """The reply to one note, as the owner above would get it (never None: every intent here is a reply)."""
    d = draft_for({"name": name, "note": note, "headline": headline, "lang": lang, "intent": intent, "action": "reply",
                   "evidence": []}, OWNER)
    assert d is not None
    return d.text


#: The same owner, who also offers training: the misread tests look at the template chosen as well as the text.
TRAINER = Settings(owner_name="Camille Laurent", signature="Camille", language="fr",
                   offer=["SEO", "social ads", "content strategy", "digital marketing training"])


def item(note: str, lang: str, intent: str, headline: str = "") -> dict:
    """A reply to draft, as the queue gives it."""
    return {"name": "Alex Martin", "note": note, "headline": headline, "lang": lang, "intent": intent, "action": "reply",
            "evidence": []}


def render(note: str, lang: str, intent: str, headline: str = "") -> tuple[str, str]:
    """The reply's text and the template it was written from, for the training owner."""
    d = draft_for(item(note, lang, intent, headline), TRAINER)
    assert d is not None
    template, _, _ = context_for(item(note, lang, intent, headline), TRAINER)
    return d.text, template


#: The bundled sample owner (her FAQ, answer facts and templates), as `invitriage demo` drafts for her.
SAMPLE = load_settings(resources.files("invitriage") / "sample" / "invitriage.toml")


def sample_draft(note: str, headline: str = "", name: str = "Alex Martin", with_evidence: bool = False) -> str:
    """The sample owner's reply to a note judged by the real pipeline (language and intent from ``classify``)."""
    j = classify([note], owner_lang=SAMPLE.language)[0]
    d = draft_for({"name": name, "note": note, "headline": headline, "lang": j.lang, "intent": j.intent, "action": "reply",
                   "evidence": list(j.evidence) if with_evidence else []}, SAMPLE, SAMPLE.templates_dir)
    assert d is not None
    return d.text
