"""Person keys: how one person is recognised across files and exports."""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache
from urllib.parse import unquote, urlsplit

from invitriage import rxcache


_SLUG_RE = rxcache.compile(r"/in/([^/?#]+)", re.IGNORECASE)
_URN_RE = rxcache.compile(r"^urn:li:(?:member|fsd_profile|person):(\S+)$", re.IGNORECASE)


def profile_slug(url: str | None) -> str | None:
    """The lower-cased, percent-decoded slug of a LinkedIn profile URL, or None.

    >>> profile_slug("https://www.linkedin.com/in/H%C3%A9l%C3%A8ne-Girard-83b1/")
    'hélène-girard-83b1'
    >>> profile_slug("https://www.linkedin.com/in") is None
    True
    """
    if not url:
        return None
    url = url.strip()
    m = _SLUG_RE.search(url) if url.startswith("https://www.linkedin.com/in/") else None
    if m is None:
        path = urlsplit(url).path if "://" in url else url
        m = _SLUG_RE.search(path if path.startswith("/") else "/" + path.lstrip("/"))
    if not m:
        return None
    slug = unquote(m.group(1)).strip().lower()
    return slug or None


_ASCII_DROP = rxcache.compile(r"[^A-Za-z0-9\s'-]+")


@lru_cache(maxsize=1 << 14)
def name_key(name: str | None) -> str:
    """A loose key for a display name: case, accents, emoji and extra spaces removed.

    >>> name_key("  Élodie   Martin 🚀 ")
    'elodie martin'
    """
    if not name:
        return ""
    if name.isascii():
        return " ".join(_ASCII_DROP.sub("", name).lower().split())
    decomposed = unicodedata.normalize("NFKD", name)
    kept = "".join(
        ch for ch in decomposed if unicodedata.category(ch)[0] in ("L", "N", "Z") or ch in "-'"
    )
    return " ".join(kept.casefold().split())


def person_key(profile_url: str | None, name: str | None, sent_at: str | None = None) -> str:
    """The key of a person: the profile slug, else the member URN, else name + sent_at.

    >>> person_key("https://www.linkedin.com/in/Ana-Ruiz", "Ana Ruiz")
    'ana-ruiz'
    >>> person_key("https://www.linkedin.com/in", "Ana Ruiz", "2025-03-10T04:43:00+00:00")
    'name:ana ruiz|2025-03-10T04:43:00+00:00'
    """
    slug = profile_slug(profile_url)
    if slug:
        return slug
    if profile_url:
        m = _URN_RE.match(profile_url.strip())
        if m:
            return "urn:" + m.group(1).lower()
    return f"name:{name_key(name)}|{sent_at or ''}"


def first_name(name: str | None) -> str:
    """The first word of a display name, for greetings."""
    parts = (name or "").split()
    return parts[0] if parts else ""


def connection_key(name: str, connected_on: str | None, company: str, position: str, seen: dict[str, int]) -> str:
    """The key of a connection without a profile URL (13 of 29 real exports have none).

    The name alone would merge different people of the same name; the day they connected never
    changes between exports, so name + day keeps them apart and stays the same in a newer export.
    Two of the same name on the same day are told apart by company and position. A hidden
    connection (no name) is its day and its rank among the hidden ones of that day.
    ``seen`` counts keys within one file.

    >>> seen = {}
    >>> connection_key("Jan Smit", "2021-03-04", "Acme", "CEO", seen), connection_key("Jan Smit", "2021-03-04", "Nord", "CTO", seen)
    ('name:jan smit|2021-03-04', 'name:jan smit|2021-03-04|nord|cto')
    >>> connection_key("", "2021-03-04", "", "", seen), connection_key("", "2021-03-04", "", "", seen)
    ('hidden:2021-03-04#1', 'hidden:2021-03-04#2')
    """
    day = connected_on or "?"
    if not name.strip():
        base = f"hidden:{day}"
        seen[base] = seen.get(base, 0) + 1
        return f"{base}#{seen[base]}"
    key = f"name:{name_key(name)}|{day}"
    seen[key] = seen.get(key, 0) + 1
    if seen[key] > 1:
        key = f"{key}|{name_key(company)}|{name_key(position)}"
    return key
