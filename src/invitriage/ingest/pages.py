"""Saved "received invitations" pages: the cards of a page the owner saved from their browser.

LinkedIn changed the page's markup several times (2021 ``invitation-card`` class names, ~2025
``data-view-name="pending-invitation"`` with generated class names, 2026 ``lazy-column`` list
items), so nothing here depends on class names. A card is found from what a reader sees:

* an **Accept control**: a button or link labelled ``Accept …`` (``Accepter``, ``Annehmen``,
  ``Aceptar`` …), of which a card holds exactly one;
* the **profile link** ``/in/<slug>`` next to it (company, school, group, event and newsletter
  invitations link elsewhere or say "invited you to follow / join / subscribe / attend": they are
  counted in :attr:`SavedPage.skipped` and left out).

The card is the smallest element holding both, grown up to its list item. Its text is read as
lines in document order: the name (from the Accept label or the link), then the headline, mutual
connections, the time ("3 days ago") and the note. Scripts, styles, ``<code>`` JSON blobs, SVG
icons and hidden elements are ignored; text repeated for screen readers is kept once.

The page is tokenised with one regular expression rather than :mod:`html.parser`, which alone
takes about four seconds for ten megabytes of card markup; this whole reader takes about two
(about one for a real save, which is mostly JSON in ``<code>`` blobs), and stays linear on
hostile markup (deep nesting, unclosed tags).

``page_count`` is the count the page shows for the list that was saved: the selected chip or
tab ("People (40)", "All (52)", "Mutual Connections (12)", "Focused (52)" …), else "People",
else "All"/"Received", else "Focused", else the first such chip. It tells whether the save holds
every invitation (the list loads only part of itself at a time).
"""

from __future__ import annotations

import codecs
import gc
import html
import re
from collections.abc import Generator, Iterator
from dataclasses import dataclass, field, replace
from datetime import UTC, datetime, timedelta, timezone
from itertools import islice
from urllib.parse import quote, urlsplit

from invitriage import rxcache
from invitriage.ingest.dates import parse_iso_instant
from invitriage.errors import InputError
from invitriage.people import name_key, profile_slug

__all__ = ["SKIPPED_KINDS", "PageCard", "SavedPage", "parse_mutual", "parse_relative_time", "parse_saved_page"]

#: Kinds of non-person invitations counted in :attr:`SavedPage.skipped`.
SKIPPED_KINDS = ("company", "school", "group", "event", "newsletter", "other")

PROFILE_BASE = "https://www.linkedin.com/in/"
SITE = "https://www.linkedin.com"


@dataclass(frozen=True)
class PageCard:
    """One person's invitation as the saved page shows it.

    ``sent_at`` is approximated from ``relative`` and the save time (ISO 8601 UTC);
    ``date_precision`` says how far to trust it: ``day``, ``week``, ``month`` or ``year``.
    ``invitation_id`` is the number of ``urn:li:fsd_invitation:<id>`` when the card carries it.
    """

    name: str
    profile_url: str  # https://www.linkedin.com/in/<slug>, percent-encoded as in LinkedIn's exports
    slug: str         # lower case, percent-decoded (people.profile_slug)
    headline: str | None = None
    mutual: int | None = None
    note: str | None = None
    relative: str | None = None
    sent_at: str | None = None
    date_precision: str | None = None
    invitation_id: str | None = None
    message_url: str | None = None


@dataclass
class SavedPage:
    """What one saved page holds: person cards, skipped invitations by kind, and the page's count."""

    cards: list[PageCard]
    saved_at: datetime
    skipped: dict[str, int] = field(default_factory=dict)
    page_count: int | None = None
    page_count_label: str | None = None
    saved_from: str | None = None
    warnings: list[str] = field(default_factory=list)

    @property
    def shortfall(self) -> int:
        """How many invitations the page counts but the save does not hold (0 if none or unknown).

        A people-only count ("People", "Mutual Connections" …) is compared with the cards; a count
        of every kind ("All", "Focused", "Received" …) with the cards plus the skipped invitations.
        """
        if self.page_count is None:
            return 0
        held = len(self.cards)
        if _label_scope(self.page_count_label) != "people":
            held += sum(self.skipped.values())
        return max(0, self.page_count - held)


# --------------------------------------------------------------------------------------------
# Relative times and mutual connections (the two pieces of card text with a meaning)

_NUM_WORDS = {"a": 1, "an": 1, "one": 1, "un": 1, "une": 1, "ein": 1, "eine": 1, "einem": 1,
              "einer": 1, "una": 1, "uno": 1}
# unit word (lower case, any language) -> (canonical unit, precision)
_UNITS: dict[str, tuple[str, str]] = {}
for _words, _unit, _precision in (
    ("m min mins minute minutes minuten minuto minutos", "minute", "day"),
    ("h hr hrs hour hours heure heures stunde stunden hora horas", "hour", "day"),
    ("d day days jour jours tag tagen tage día días dia dias", "day", "day"),
    ("w wk wks week weeks semaine semaines woche wochen semana semanas", "week", "week"),
    ("mo mos month months mois monat monaten monate mes meses", "month", "month"),
    ("y yr yrs year years an ans année années jahr jahren jahre año años", "year", "year"),
):
    for _w in _words.split():
        _UNITS[_w] = (_unit, _precision)

_N = r"(?P<n>\d+|an?|one|une?|eine[mr]?|ein|una?|uno)"
_U = r"(?P<u>[^\W\d_]+)"
# "Sent 3 days ago", as screen readers are told
_TIME_PREFIX = rxcache.compile(r"^(?:invitation )?(?:sent|received|invited|envoyée?|reçue?|gesendet|erhalten"
                          r"|enviada?|recibida?)\s+")
_RELATIVE_RES = (
    rxcache.compile(rf"^{_N}\s*{_U}\.? ago$"),                                    # 3 days ago
    rxcache.compile(rf"^il y a {_N} {_U}$"),                                         # il y a 3 jours
    rxcache.compile(rf"^vor {_N} {_U}$"),                                            # vor 3 Tagen
    rxcache.compile(rf"^hace {_N} {_U}$"),                                           # hace 3 días
    rxcache.compile(r"^(?P<n>\d+)\s?(?P<u>mo|m|h|d|w|y|yr)$"),                      # 3d, 2w, 1mo
)
_TODAY = {"today", "just now", "aujourd'hui", "à l'instant", "heute", "gerade eben", "hoy", "ahora"}
_YESTERDAY = {"yesterday", "hier", "gestern", "ayer"}


def _relative_parts(text: str) -> tuple[int, str, str] | None:
    """(amount, unit, precision) of a relative time, or None when ``text`` is not one."""
    t = " ".join(text.replace("\u2019", "'").lower().split()).rstrip(".")
    if len(t) > 40:
        return None
    t = _TIME_PREFIX.sub("", t)
    if t in _TODAY:
        return 0, "day", "day"
    if t in _YESTERDAY:
        return 1, "day", "day"
    for rx in _RELATIVE_RES:
        m = rx.match(t)
        if m is None:
            continue
        n_text, unit_word = m.group("n"), m.group("u")
        unit = _UNITS.get(unit_word)
        if unit is None:
            return None
        n = int(n_text) if n_text.isdigit() else _NUM_WORDS[n_text]
        return n, unit[0], unit[1]
    return None


def _minus_months(dt: datetime, months: int) -> datetime:
    y, m = divmod(dt.year * 12 + dt.month - 1 - months, 12)
    m += 1
    for day in (dt.day, 30, 29, 28):  # the 31st of a shorter month is its last day
        try:
            return dt.replace(year=y, month=m, day=day)
        except ValueError:
            continue
    raise AssertionError("unreachable")  # pragma: no cover


def _iso(dt: datetime) -> str:
    return dt.astimezone(UTC).replace(microsecond=0).isoformat()


def parse_relative_time(text: str, saved_at: datetime) -> tuple[str, str] | None:
    """The instant (ISO 8601 UTC) and precision of a card's time, counted back from ``saved_at``.

    Months and years are calendar months and years; the time of day is the save's.

    >>> saved = datetime(2026, 3, 31, 9, 30, tzinfo=UTC)
    >>> parse_relative_time("3 days ago", saved)
    ('2026-03-28T09:30:00+00:00', 'day')
    >>> parse_relative_time("1 month ago", saved)
    ('2026-02-28T09:30:00+00:00', 'month')
    >>> parse_relative_time("vor 2 Wochen", saved), parse_relative_time("Hier", saved)
    (('2026-03-17T09:30:00+00:00', 'week'), ('2026-03-30T09:30:00+00:00', 'day'))
    >>> parse_relative_time("Software engineer", saved) is None
    True
    """
    parts = _relative_parts(text)
    if parts is None:
        return None
    n, unit, precision = parts
    if unit == "month":
        when = _minus_months(saved_at, n)
    elif unit == "year":
        when = _minus_months(saved_at, 12 * n)
    else:
        when = saved_at - timedelta(**{unit + "s": n})
    return _iso(when), precision


_MUTUAL_RES: tuple[tuple[re.Pattern[str], int], ...] = tuple(
    (rxcache.compile(p, re.IGNORECASE), extra) for p, extra in (
        # n is the number in the text; extra is how many people are named besides it
        (r"^(?P<n>\d[\d,.\u202f\xa0]*) mutual connections?$", 0),
        (r"^.+? and (?P<n>\d[\d,.\u202f\xa0]*) other mutual connections?$", 1),
        (r"^.+? and .+? are mutual connections$", 2),
        (r"^.+? is a mutual connection$", 1),
        (r"^(?P<n>\d[\d,.\u202f\xa0]*) relations? en commun$", 0),
        (r"^.+? et (?P<n>\d[\d,.\u202f\xa0]*) autres? relations? en commun$", 1),
        (r"^.+? et .+? sont des relations en commun$", 2),
        (r"^.+? est une relation en commun$", 1),
        (r"^(?P<n>\d[\d,.\u202f\xa0]*) gemeinsamer? kontakte?$", 0),
        (r"^.+? und (?P<n>\d[\d,.\u202f\xa0]*) weitere gemeinsame kontakte?$", 1),
        (r"^.+? und .+? sind gemeinsame kontakte$", 2),
        (r"^.+? ist ein gemeinsamer kontakt$", 1),
        (r"^(?P<n>\d[\d,.\u202f\xa0]*) contactos? en común$", 0),
        (r"^.+? y (?P<n>\d[\d,.\u202f\xa0]*) (?:contactos?|personas?) más en común$", 1),
        (r"^.+? y .+? son contactos en común$", 2),
        (r"^.+? es un contacto en común$", 1),
    )
)
_MUTUAL_WORDS = rxcache.compile(
    r"mutual connection|relations? en commun|gemeinsamer? kontakt|(?:contactos?|personas?)(?: más)? en común",
    re.IGNORECASE)


def parse_mutual(text: str) -> int | None:
    """The number of mutual connections a card's text states, or None.

    >>> parse_mutual("12 mutual connections"), parse_mutual("Anna Weber and 3 other mutual connections")
    (12, 4)
    >>> parse_mutual("Anna Weber is a mutual connection"), parse_mutual("Anna Weber et 2 autres relations en commun")
    (1, 3)
    >>> parse_mutual("Head of Mutual Funds") is None
    True
    """
    t = " ".join(text.split())
    if not _MUTUAL_WORDS.search(t):
        return None
    for rx, extra in _MUTUAL_RES:
        m = rx.match(t)
        if m is not None:
            digits = re.sub(r"\D", "", m.groupdict().get("n") or "")
            return (int(digits) if digits else 0) + extra
    return None


# --------------------------------------------------------------------------------------------
# Reading the markup into a small tree

_VOID = frozenset(("area", "base", "br", "col", "embed", "hr", "img", "input", "keygen", "link", "meta",
                   "param", "source", "track", "wbr"))
# Elements whose content is never card text; skipped to their end tag without tokenising it.
_SKIP = frozenset(("script", "style", "code", "svg", "noscript", "template", "textarea", "iframe", "math"))
_SKIP_END = {tag: rxcache.compile(rf"</{tag}\s*>", re.IGNORECASE) for tag in _SKIP}
# Text inside these elements continues the line. Every other element starts a new line, spans
# included: LinkedIn styles the name and the headline as blocks but writes them as <span>s.
_FORMATTING = frozenset(("abbr", "b", "bdi", "bdo", "cite", "data", "dfn", "em", "font", "i", "kbd", "mark",
                         "q", "s", "samp", "small", "strong", "sub", "sup", "u", "var", "wbr"))
# Elements that are inline in HTML: a line they start is joined to the previous one in a note.
_INLINE = _FORMATTING | {"a", "span", "label", "time", "img"}
_CLOSES_P = frozenset(("address", "article", "aside", "blockquote", "div", "dl", "fieldset", "figure",
                       "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hr", "li", "main",
                       "nav", "ol", "p", "pre", "section", "table", "ul"))

# A comment's start, a declaration, or a tag cut at its first '>' (see _ATTRS_END for quoted ones).
_TOKEN = rxcache.compile(r"<(?:(!--)|[!?][^>]*>|(/?)([a-zA-Z][^\s/>]*)([^>]*)>)")
# Attributes up to the closing '>', quoted values may hold '>' (unrolled: no backtracking blow-up).
_ATTRS_END = rxcache.compile(r"""[^>"']*(?:(?:"[^"]*"|'[^']*')[^>"']*)*>""")
_ATTR = rxcache.compile(r"""([^\s"'>/=]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+)))?""")
_ATTR_RES: dict[str, re.Pattern[str]] = {}
_HIDDEN_HINT = rxcache.compile(r"(?:^|\s)hidden\b|display\s*:\s*none", re.IGNORECASE)
#: Most levels between an Accept control or a profile link and the card that holds it (real pages: < 30).
_MAX_CLIMB = 64
#: Most elements inside a button or link read for its label; a bigger one wraps content, not a label.
_MAX_CONTROL_SIZE = 40
#: Most characters of a control's label or a link's text read (a label is short; this bounds the work).
_MAX_LABEL = 2000
#: Longest start tag searched for a closing quote; a longer one is cut at its first '>'.
_MAX_TAG = 65536


class _Node:
    __slots__ = ("_attrs", "accepts", "children", "ctl", "dead", "kind", "kinds", "label", "landmark",
                 "parent", "raw", "read", "size", "slug", "slugs", "tag")

    def __init__(self, tag: str, raw: str, parent: _Node | None) -> None:
        self.tag = tag
        self.raw = raw
        self.parent = parent
        self.children: list[_Node | str] = []
        self.dead: bool = parent.dead if parent is not None else False
        self._attrs: dict[str, str] | None = None
        self.ctl: str | None = None          # accept / ignore / more / message / other control
        self.label = ""                      # an Accept control's label
        self.slug: str | None = None         # a profile link's slug
        self.kind: str | None = None         # a company/school/... link's kind
        self.accepts: set[str] | None = None  # Accept controls below (identities)
        self.slugs: set[str] | None = None    # profile slugs below (only where accepts has one)
        self.kinds: set[str] | None = None
        self.landmark = False                # holds page furniture (a count chip)
        self.read = False                    # already read as part of a card
        self.size = 0                        # elements inside (set by _build_tree)
        if ("hidden" in raw or "none" in raw) and _HIDDEN_HINT.search(raw):
            a = self.attrs
            if "hidden" in a or "display:none" in a.get("style", "").replace(" ", "").lower():
                self.dead = True

    @property
    def attrs(self) -> dict[str, str]:
        if self._attrs is None:
            self._attrs = {}
            for m in _ATTR.finditer(self.raw):
                value = m.group(2) if m.group(2) is not None else (
                    m.group(3) if m.group(3) is not None else (m.group(4) or ""))
                self._attrs.setdefault(m.group(1).lower(), html.unescape(value) if "&" in value else value)
        return self._attrs

    def get(self, name: str) -> str:
        """One attribute's value ("" when absent), without parsing the others."""
        raw = self.raw
        if name not in raw:
            return self.attrs.get(name, "") if name in raw.lower() else ""
        rx = _ATTR_RES.get(name)
        if rx is None:
            rx = _ATTR_RES[name] = rxcache.compile(
                rf"""(?:^|[\s"'])(?i:{re.escape(name)})\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+))""")
        m = rx.search(raw)
        if m is None:
            return ""
        value = m.group(1) if m.group(1) is not None else (m.group(2) if m.group(2) is not None else m.group(3))
        return html.unescape(value) if "&" in value else value

    def ancestors(self) -> Iterator[_Node]:
        node = self.parent
        while node is not None:
            yield node
            node = node.parent


def _build_tree(doc: str) -> _Node:
    """A forgiving tree of ``doc``: unknown end tags are dropped, unclosed elements closed at the end.

    Each element's ``size`` is the number of elements inside it.
    """
    root = _Node("#root", "", None)
    stack = [root]
    open_count: dict[str, int] = {}
    top = root
    created = 0
    n = len(doc)
    end_of_tags = doc.rfind(">") + 1  # past it no tag can close: the rest is text
    unclosed: set[str] = set()        # skipped elements with no end tag after some point
    pos = 0
    search = _TOKEN.search
    unescape = html.unescape

    def close_from(i: int) -> _Node:
        for popped in stack[i:]:
            open_count[popped.tag] -= 1
            popped.size = created - popped.size
        del stack[i:]
        return stack[-1]

    while pos < n:
        m = search(doc, pos, end_of_tags)
        if m is None:
            if not top.dead:
                rest = doc[pos:]
                top.children.append(unescape(rest) if "&" in rest else rest)
            break
        start = m.start()
        if start > pos and not top.dead:
            text = doc[pos:start]
            top.children.append(unescape(text) if "&" in text else text)
        pos = m.end()
        if m.group(1):  # comment
            close = doc.find("-->", pos)
            pos = n if close < 0 else close + 3
            continue
        tag = m.group(3)
        if tag is None:  # doctype, CDATA, processing instruction
            continue
        tag = tag.lower()
        if m.group(2):  # end tag
            if open_count.get(tag):
                i = len(stack) - 1
                while stack[i].tag != tag:
                    i -= 1
                top = close_from(i)
            continue
        raw = m.group(4)
        if ('"' in raw or "'" in raw) and (raw.count('"') % 2 or raw.count("'") % 2):
            # a '>' inside a quoted value: find the real end of the tag
            am = _ATTRS_END.match(doc, m.start(4), min(n, m.start(4) + _MAX_TAG))
            if am is not None:
                pos = am.end()
                raw = doc[m.start(4):pos - 1]
        if tag in _SKIP and not raw.endswith("/") and tag not in unclosed:
            close_m = _SKIP_END[tag].search(doc, pos)
            if close_m is not None:
                pos = close_m.end()
                continue
            if tag in ("script", "style", "textarea"):
                break  # raw text to the end of the file, as a browser reads it
            unclosed.add(tag)  # no later one is closed either: read them as ordinary elements
        if tag == "li" and open_count.get("li"):
            # an open <li> is closed by the next one of the same list
            for i in range(len(stack) - 1, 0, -1):
                if stack[i].tag in ("ul", "ol"):
                    break
                if stack[i].tag == "li":
                    top = close_from(i)
                    break
        elif tag in ("a", "button") and open_count.get(tag):
            # a link or button does not hold another: the open one ends here, as in a browser
            i = len(stack) - 1
            while stack[i].tag != tag:
                i -= 1
            top = close_from(i)
        elif top.tag == "p" and tag in _CLOSES_P:
            top = close_from(len(stack) - 1)
        node = _Node(tag, raw, top)
        created += 1
        top.children.append(node)
        if tag in _VOID or raw.endswith("/"):
            continue
        node.size = created
        stack.append(node)
        open_count[tag] = open_count.get(tag, 0) + 1
        top = node
    close_from(1)
    root.size = created
    return root


def _walk(node: _Node) -> Generator[_Node, bool | None, None]:
    """Elements below ``node`` (not itself) in document order, hidden ones and their content left out.

    ``send(True)`` after receiving an element skips its content.
    """
    stack: list[Iterator[_Node | str]] = [iter(node.children)]
    while stack:
        for child in stack[-1]:
            if isinstance(child, str) or child.dead:
                continue
            skip = yield child
            if not skip and child.children:
                stack.append(iter(child.children))
            break
        else:
            stack.pop()


def _visible(node: _Node, block_break: str) -> str:
    """The visible text of ``node`` (at most about ``_MAX_LABEL`` characters), ``block_break`` between blocks."""
    parts: list[str] = []
    stack: list[_Node | str] = [node]
    budget = _MAX_LABEL
    while stack and budget > 0:
        item = stack.pop()
        budget -= 1
        if isinstance(item, str):
            parts.append(item)
            budget -= len(item)
        elif not item.dead:
            if item.tag not in _FORMATTING:
                parts.append(block_break)
            stack.extend(reversed(item.children))
    return "".join(parts)


def _text(node: _Node) -> str:
    """The visible text of ``node``, whitespace collapsed."""
    return " ".join(_visible(node, " ").split())


# --------------------------------------------------------------------------------------------
# Controls, links and counts

_QUOTE_FIX = str.maketrans({"\u2019": "'", "\u2018": "'", "\u02bc": "'", "\xa0": " "})
_ACCEPT = rxcache.compile(
    r"^(?:accept|accepter|annehmen|aceptar|accetta|aceitar|accepteren|akzeptieren)\b"
    r"|^einladung von .+ (?:annehmen|akzeptieren)$", re.IGNORECASE)
_ACCEPT_NAME = tuple(rxcache.compile(p, re.IGNORECASE | re.DOTALL) for p in (
    r"^accept (?P<name>.+?)'s? invitation(?: to connect)?$",
    r"^accept (?:an )?invitation (?:to connect )?from (?P<name>.+)$",
    r"^accepter l'invitation (?:à se connecter )?(?:de |d')(?P<name>.+)$",
    r"^einladung von (?P<name>.+) (?:annehmen|akzeptieren)$",
    r"^(?:annehmen|akzeptieren): (?P<name>.+)$",
    r"^aceptar (?:la )?invitación de (?P<name>.+)$",
))
_IGNORE = rxcache.compile(r"^(?:ignore|ignorer|ignorieren|ignorar|ignora|negeren|decline|refuser|ablehnen|rechazar)\b",
                     re.IGNORECASE)
_MORE = rxcache.compile(
    r"^(?:…|\.\.\.)?\s*(?:see|show|voir|afficher|mehr|ver|mostra|mostrar|read)\b.{0,12}$"
    r"|^(?:…|\.\.\.)?\s*(?:more|plus|mehr|más|altro)$|^…$", re.IGNORECASE)
_MESSAGE = rxcache.compile(r"^(?:message|reply|répondre|envoyer un message|nachricht|antworten|mensaje|responder)\b",
                      re.IGNORECASE)
_INVITATION_URN = rxcache.compile(r"urn(?::|%3a)li(?::|%3a)(?:fsd_)?invitation(?::|%3a)(\d+)", re.IGNORECASE)
_INVITATION_ATTR = rxcache.compile(r"\binvitation-?id\b[\"']?\s*[=:]\s*[\"']?(\d{4,})", re.IGNORECASE)
_ENTITY_PATHS = (("/company/", "company"), ("/showcase/", "company"), ("/school/", "school"),
                 ("/groups/", "group"), ("/events/", "event"), ("/newsletters/", "newsletter"))

_CHIP = rxcache.compile(r"^(?P<label>[^()\d]{1,40}?)\s*\(\s*(?P<n>\d[\d,.\s\u202f]*)\)$")
_CHIP_SCOPES = {
    "people": "people", "mutual connections": "people", "your company": "people", "your school": "people",
    "verified": "people", "personnes": "people", "relations en commun": "people",
    "votre entreprise": "people", "votre école": "people", "vérifiés": "people", "personen": "people",
    "gemeinsame kontakte": "people", "ihr unternehmen": "people", "ihre schule": "people",
    "verifiziert": "people", "personas": "people", "contactos en común": "people",
    "tu empresa": "people", "tu centro educativo": "people", "verificados": "people",
    "all": "all", "received": "all", "focused": "all", "other": "all", "tout": "all", "toutes": "all",
    "tous": "all", "reçues": "all", "prioritaires": "all", "autres": "all", "alle": "all",
    "erhalten": "all", "relevant": "all", "sonstige": "all", "todo": "all", "todas": "all",
    "todos": "all", "recibidas": "all", "prioritarias": "all", "otras": "all",
}
# Preference when no chip is marked selected (lower first).
_CHIP_RANK = {"people": 0, "personnes": 0, "personen": 0, "personas": 0, "all": 1, "tout": 1, "toutes": 1,
              "tous": 1, "alle": 1, "todo": 1, "todas": 1, "todos": 1, "received": 2, "reçues": 2,
              "erhalten": 2, "recibidas": 2, "focused": 3, "prioritaires": 3, "relevant": 3,
              "prioritarias": 3}


def _label_scope(label: str | None) -> str:
    return _CHIP_SCOPES.get((label or "").lower(), "all")


def _clean(text: str) -> str:
    """``text`` on one line, without the invisible direction marks and spaces around it."""
    return " ".join(text.split()).strip("\u200b\u200c\u200d\u200e\u200f\u202a\u202b\u202c\u202d\u202e"
                                        "\u2066\u2067\u2068\u2069\ufeff ")


def _link_target(href: str) -> tuple[str | None, str | None]:
    """(profile slug, other kind) of a link: ``("ana-ruiz", None)``, ``(None, "company")`` …"""
    href = href.strip()
    if not href or href.startswith(("#", "javascript:", "mailto:", "tel:")):
        return None, None
    if href.startswith(("/in/", "https://www.linkedin.com/in/")):
        return profile_slug(href), None
    parts = urlsplit(href)
    host = (parts.hostname or "").lower()
    if host and not (host == "linkedin.com" or host.endswith(".linkedin.com")):
        return None, None
    path = parts.path if (host or parts.scheme in ("", "file")) else ""
    if "/in/" in "/" + path.lstrip("./"):
        return profile_slug(path), None
    low = path.lower()
    for prefix, kind in _ENTITY_PATHS:
        if prefix in low:
            return None, kind
    return None, None


def _absolute(href: str) -> str:
    """An absolute linkedin.com URL for a link of a saved page (relative, file: or any host)."""
    href = href.strip()
    parts = urlsplit(href)
    if parts.scheme in ("http", "https") and parts.hostname:
        return href
    path = parts.path
    for anchor in ("/messaging/", "/mynetwork/", "/in/"):
        i = path.find(anchor)
        if i >= 0:
            path = path[i:]
            break
    else:
        path = "/" + path.lstrip("./")
    return SITE + path + ("?" + parts.query if parts.query else "")


def _accept_name(label: str) -> str | None:
    text = _clean(label.translate(_QUOTE_FIX))
    for rx in _ACCEPT_NAME:
        m = rx.match(text)
        if m is not None:
            # the label's own characters ("O’Brien"): the translation kept every position
            original = _clean(label)
            name = m.group("name") if len(original) != len(text) else original[m.start("name"):m.end("name")]
            return _clean(name) or None
    return None


def _label_kind(label: str) -> str | None:
    c = _clean(label.translate(_QUOTE_FIX))
    if not c or "cookie" in c.lower():
        return None
    if _ACCEPT.match(c):
        return "accept"
    if _IGNORE.match(c):
        return "ignore"
    return None


def _control_kind(node: _Node, text: str) -> str | None:
    """What a button (or a link that is no link) does: accept, ignore, more, message, other; None if nothing."""
    label = node.get("aria-label")
    for candidate in (label, text):
        kind = _label_kind(candidate)
        if kind is not None:
            if kind == "accept":
                node.label = label if label and _label_kind(label) == "accept" else text
            return kind
    if node.tag != "button" and len(text) > 80:
        return None  # a clickable wrapper, not a control
    for candidate in (text, label):
        c = _clean(candidate)
        if c and _MORE.match(c):
            return "more"
        if c and _MESSAGE.match(c):
            return "message"
    return "other"


@dataclass
class _Chip:
    """One filter chip of a saved invitations page: its label, count, whether it is selected, its place."""

    label: str
    count: int
    selected: bool
    order: int


_SELECTED_ATTR = rxcache.compile(r"aria-(?:pressed|selected|checked)=[\"']?true|aria-current=[\"']?(?:page|true)")
_SELECTED_CLASS = rxcache.compile(r"(?:--|\b)(?:selected|active|checked)\b")


def _selected(node: _Node) -> bool:
    """Is the chip holding ``node`` marked selected? (Up to its button, link or tab, no further.)"""
    for n in (node, *islice(node.ancestors(), 3)):
        if _SELECTED_ATTR.search(n.raw) or _SELECTED_CLASS.search(n.get("class").lower()):
            return True
        if n.tag in ("button", "a") or "role=" in n.raw:
            break
    return False


def _chip(text: str) -> tuple[str, int] | None:
    if "(" not in text or len(text) > 60:
        return None
    m = _CHIP.match(_clean(text))
    if m is None:
        return None
    label = _clean(m.group("label")).rstrip(":")
    if label.lower() not in _CHIP_SCOPES:
        return None
    return label, int(re.sub(r"\D", "", m.group("n")))


# --------------------------------------------------------------------------------------------
# Card text

_BOILERPLATE = rxcache.compile(
    r"^(?:[·•|,]\s*)?(?:"
    r"(?:1st|2nd|3rd\+?|1er|2e|3e\+?|1\.|2\.|3\.\+?|1º|2º|3º\+?)(?: degree connection| niveau)?"
    r"|\(?(?:she/her|he/him|they/them|she/they|he/they|elle|il|iel|sie/ihr|er/ihm|ella|él)\)?"
    r"|view .+'s? profile|view profile|voir le profil(?: de .+)?|profil von .+ anzeigen|ver (?:el )?perfil(?: de .+)?"
    r"|.+'s? profile (?:picture|photo)|photo de profil(?: de .+)?"
    r"|status is \w+|online|en ligne|verified|vérifié|verifiziert|verificado|premium|premium member"
    r"|accept|ignore|message|reply|pending|connect|follow|invitation|invitations"
    r"|accepter|ignorer|répondre|annehmen|ignorieren|antworten|nachricht|aceptar|ignorar|responder|mensaje"
    r"|(?:…|\.\.\.)?\s*(?:see|show|voir|afficher|ver) (?:more|less|plus|moins|más|menos)|(?:…|\.\.\.)?\s*more"
    r"|mehr anzeigen|weniger anzeigen|…mehr|…|\.\.\.|·|•"
    r")$", re.IGNORECASE)
_CONNECT_SENTENCE = rxcache.compile(
    r"follows you and is inviting you to connect|is inviting you to connect|wants to connect"
    r"|vous suit et vous invite à|vous invite à (?:se connecter|rejoindre son réseau)"
    r"|folgt ihnen und möchte|möchte sich mit ihnen vernetzen|te sigue y te invita|te invita a conectar",
    re.IGNORECASE)
_SKIP_SENTENCE = rxcache.compile(
    r"invit(?:ed|es|ing) you to (?P<en>follow|join|subscribe|attend|register)"
    r"|vous (?:a |ont )?invitée? à (?P<fr>suivre|rejoindre|vous abonner|vous inscrire|participer)"
    r"|(?:eingeladen|lädt sie ein),? .{0,60}?(?P<de>zu folgen|beizutreten|zu abonnieren|teilzunehmen)"
    r"|te (?:ha )?invitado a (?P<es>seguir|unirte|suscribirte|asistir)",
    re.IGNORECASE)
# Words without which neither sentence can match (a cheap test first).
_SENTENCE_WORDS = rxcache.compile(r"invit|follows you|wants to connect|vous suit|folgt ihnen|möchte|te sigue|lädt"
                             r"|eingeladen", re.IGNORECASE)
_SKIP_VERBS = {"follow": "company", "join": "group", "subscribe": "newsletter", "attend": "event",
               "register": "event", "suivre": "company", "rejoindre": "group", "vous abonner": "newsletter",
               "vous inscrire": "event", "participer": "event", "zu folgen": "company",
               "beizutreten": "group", "zu abonnieren": "newsletter", "teilzunehmen": "event",
               "seguir": "company", "unirte": "group", "suscribirte": "newsletter", "asistir": "event"}
_SEPARATOR = rxcache.compile(r"\s+[·•]\s+")
_QUOTES = {"\u201c": "\u201d", '"': '"', "\u00ab": "\u00bb", "\u201e": "\u201c", "\u2018": "\u2019"}
#: Lines of a note kept (a note is at most a few hundred characters; this bounds the work).
_MAX_NOTE_LINES = 60
#: LinkedIn caps a headline at 220 characters; a longer line is a note.
_MAX_HEADLINE = 220


@dataclass
class _Line:
    """One line of text inside an invitation card, with the raw markup it came from."""

    text: str
    raw: str
    profile: bool
    hint: str | None
    soft: bool = False  # follows the previous line inside the same run of text


@dataclass
class _Card:
    """One invitation card of a saved page, as found: its root and accept button, its lines and profile links."""

    root: _Node
    accept: _Node
    lines: list[_Line | str] = field(default_factory=list)  # a str is a control's kind
    slugs: list[tuple[str, str]] = field(default_factory=list)  # (slug, link text) in order
    kinds: list[str] = field(default_factory=list)
    entity: str = ""
    invitation_id: str | None = None
    message_url: str | None = None


# Class names of the 2021 markup that say what a line is (a hint only: later markups have none).
_HINTS = {"custom-message": "note", "subtitle": "headline", "occupation": "headline", "headline": "headline",
          "time-badge": "time"}
_HINT_RE = rxcache.compile("|".join(_HINTS))


def _lines_of(node: _Node) -> list[str]:
    """The visible text of ``node`` as lines, as :func:`_read_card` cuts them."""
    return [c for c in (_clean(line) for line in _visible(node, "\n").split("\n")) if c]


def _read_card(card: _Card) -> None:
    """Fill ``card.lines`` and the links and ids found in the card's subtree."""
    lines = card.lines
    texts: list[str] = []          # the pending line's text pieces
    profile = False                # does the pending line come from a profile link?
    line_hint: str | None = None
    soft_before = False            # was the boundary before the pending line an inline element's?

    def flush(soft: bool) -> None:
        nonlocal profile, line_hint, soft_before
        raw = "".join(texts)
        texts.clear()
        text = _clean(raw)
        if text:
            lines.append(_Line(text, raw, profile, line_hint, soft_before))
            soft_before = soft
        else:
            soft_before = soft_before and soft
        profile, line_hint = False, None

    # (item, in profile link, hint); (None, soft) marks the end of an element that ends a line
    stack: list[tuple[_Node | str | None, bool, str | None]] = [(card.root, False, None)]
    while stack:
        item, flag, hint = stack.pop()
        if item is None:
            if texts:
                flush(flag)
            else:
                soft_before = soft_before and flag
            continue
        if isinstance(item, str):
            if item.isspace():
                if texts:  # a space between two inline pieces of one line
                    texts.append(" ")
                continue
            texts.append(item)
            profile = profile or flag
            line_hint = line_hint or hint
            continue
        node, in_profile = item, flag
        if node.dead or node.read:
            continue  # hidden, or part of a card read before (a copy of it: same person)
        node.read = True
        raw = node.raw
        if "nvitation" in raw:
            m = _INVITATION_URN.search(raw) or _INVITATION_ATTR.search(raw)
            if m is not None and (card.invitation_id is None or node.ctl == "message"):
                card.invitation_id = m.group(1)
        if node.ctl is not None:
            if texts:
                flush(False)
            else:
                soft_before = False
            lines.append(node.ctl)
            if node.ctl == "message" and node.tag == "a" and node.get("href"):
                card.message_url = _absolute(node.get("href"))
            continue
        if node.slug is not None:
            names = [t for t in map(_undouble, _lines_of(node)) if not _BOILERPLATE.match(t.translate(_QUOTE_FIX))]
            card.slugs.append((node.slug, names[0] if names else ""))
            in_profile = True
        elif node.kind is not None:
            card.kinds.append(node.kind)
            card.entity = card.entity or node.get("href")
        if node.tag == "time":
            hint = "time"
        elif raw:
            m = _HINT_RE.search(raw)
            if m is not None:
                hint = _HINTS[m.group(0)]
        tag = node.tag
        if tag not in _FORMATTING:
            soft = tag in _INLINE
            if texts:
                flush(soft)
            else:
                soft_before = soft_before and soft
            stack.append((None, soft, hint))
        for child in reversed(node.children):
            stack.append((child, in_profile, hint))
    if texts:
        flush(False)


def _split(line: _Line) -> list[_Line]:
    """'12 mutual connections · 3 days ago' -> two lines; a headline's own '·' stays."""
    if "·" not in line.text and "•" not in line.text:
        return [line]
    parts = _SEPARATOR.split(line.text)
    special = [bool(_relative_parts(p) or _MUTUAL_WORDS.search(p) or _BOILERPLATE.match(p.translate(_QUOTE_FIX)))
               for p in parts]
    if not any(special):
        return [line]
    out: list[_Line] = []
    plain = [p for p, s in zip(parts, special, strict=True) if not s]
    if plain:
        out.append(_Line(" · ".join(plain), " · ".join(plain), line.profile, line.hint))
    out.extend(_Line(p, p, line.profile, line.hint) for p, s in zip(parts, special, strict=True) if s)
    return out


def _undouble(text: str) -> str:
    """'Jane DoeJane Doe' or 'Jane Doe Jane Doe' -> 'Jane Doe' (visible and screen-reader copies)."""
    n = len(text)
    half = n // 2
    if n >= 4 and n % 2 == 0 and text[:half] == text[half:]:
        return text[:half]
    if n >= 5 and n % 2 == 1 and text[half] == " " and text[:half] == text[half + 1:]:
        return text[:half]
    return text


def _unquote(text: str) -> str:
    """'“Hello”' -> 'Hello'; '"a" and "b"' stays."""
    t = text.strip()
    if len(t) < 2 or t[0] not in _QUOTES:
        return t
    close = _QUOTES[t[0]]
    if t.endswith(close) and t.count(t[0]) == (2 if close == t[0] else 1) and t.count(close) == (
            2 if close == t[0] else 1):
        return t[1:-1].strip()
    return t


def _note_text(lines: list[tuple[int, _Line]]) -> str | None:
    """The note from its (position, line)s: paragraphs kept, inline pieces joined, copies dropped."""
    texts: list[str] = []
    previous = -2
    for i, line in lines[:_MAX_NOTE_LINES]:
        adjacent, previous = i == previous + 1, i
        raw = "\n".join(_clean(part) for part in line.raw.splitlines())
        raw = re.sub(r"\n{3,}", "\n\n", raw.strip("\n"))
        if not raw:
            continue
        if line.soft and adjacent and texts:
            texts[-1] = f"{texts[-1]} {raw}"
        else:
            texts.append(raw)
    # a truncated copy ("Hello Jane, I read…") next to the full text is dropped
    kept = [t for t in texts if not (t.endswith(("…", "...")) and any(
        len(o) > len(t) and o.startswith(t.rstrip("…. ")) for o in texts))]
    unique = list(dict.fromkeys(kept))
    if not unique:
        return None
    return _unquote("\n".join(unique)) or None


@dataclass
class _Fields:
    """What one card says about its sender: name, profile slug, headline, mutual connections, note, age."""

    name: str | None = None
    slug: str | None = None
    headline: str | None = None
    mutual: int | None = None
    note: str | None = None
    relative: str | None = None
    skip_kind: str | None = None


def _rejoin_mutual(line: _Line, items: list[_Line | str]) -> _Line:
    """'<span>Ana</span> and <span>Ben</span> are mutual connections': the sentence its spans cut.

    The lines before ``line`` in the same run of text are taken back from ``items`` as long as
    the joined text is not yet a mutual-connections sentence.
    """
    parts = [line.text]
    first = line
    for k in range(1, min(8, len(items)) + 1):
        prev = items[-k]
        if not isinstance(prev, _Line) or not first.soft:
            break
        parts.insert(0, prev.text)
        first = prev
        text = " ".join(parts)
        if parse_mutual(text) is not None:
            del items[-k:]
            return _Line(text, text, line.profile, line.hint, first.soft)
    return line


def _is_name_line(text: str, name: str, key: str) -> bool:
    """'Jane Doe', 'Jane Doe · 2nd', 'Jane Doe (She/Her)' for the name Jane Doe."""
    if text == name or (len(text) < 2 * len(name) + 8 and name_key(text) == key):
        return True
    if not text.startswith(name):
        return False
    rest = text[len(name):].strip(" ,·•|")
    return not rest or bool(_BOILERPLATE.match(rest.translate(_QUOTE_FIX)))


def _interpret(card: _Card) -> _Fields:
    """Name, slug, headline, mutual count, time and note of a card from its lines."""
    f = _Fields()
    label_name = _accept_name(card.accept.label) if card.accept.label else None
    link_names = [t for _, t in card.slugs if t]
    f.name = label_name or (link_names[0] if link_names else None)
    if label_name and link_names:
        # the link's own spelling, or its full name when the label has the first name only
        linked, label_key = link_names[0], name_key(label_name)
        if name_key(linked) == label_key or (
                name_key(linked).startswith(label_key + " ") and len(linked) <= 2 * len(label_name) + 12):
            f.name = linked
    if card.slugs:
        f.slug = card.slugs[0][0]
        if f.name:
            key = name_key(f.name)
            for slug, text in card.slugs:
                if key and key in name_key(text):
                    f.slug = slug
                    break

    items: list[_Line | str] = []
    for item in card.lines:
        if isinstance(item, str):
            items.append(item)
            continue
        item.text = _undouble(item.text)
        if item.soft and _MUTUAL_WORDS.search(item.text) and parse_mutual(item.text) is None:
            item = _rejoin_mutual(item, items)
        items.extend(_split(item))

    name = f.name or ""
    key = name_key(name)
    name_at = -1
    kinds: list[str | None] = []
    seen: set[str] = set()
    for i, item in enumerate(items):
        if isinstance(item, str):
            kinds.append(item)
            continue
        text = item.text
        plain = text.translate(_QUOTE_FIX)
        sentence = _SENTENCE_WORDS.search(plain) is not None
        skip = _SKIP_SENTENCE.search(plain) if sentence else None
        if skip is not None:
            verb = next(v for v in skip.groups() if v)
            f.skip_kind = f.skip_kind or _SKIP_VERBS.get(verb.lower(), "other")
            kinds.append("sentence")
        elif sentence and _CONNECT_SENTENCE.search(plain):
            kinds.append("sentence")
        elif key and _is_name_line(text, name, key):
            kinds.append("name")
            name_at = i if name_at < 0 else name_at
        elif _BOILERPLATE.match(plain) or text in seen:
            kinds.append(None)  # furniture, or the same line again for screen readers
        elif item.hint != "note" and _MUTUAL_WORDS.search(text) and len(text) < 120:
            kinds.append("mutual")
            if f.mutual is None:
                f.mutual = parse_mutual(text)
        elif item.hint != "note" and len(text) <= 40 and (item.hint == "time" or _relative_parts(text)):
            kinds.append("time")
            f.relative = f.relative or text
        else:
            kinds.append("plain")
        seen.add(text)
    if name_at < 0:
        name_at = next((i for i, it in enumerate(items) if isinstance(it, _Line) and it.profile), -1)

    # The headline comes between the name and the first of mutual connections, time and buttons;
    # the note after them (or after the headline, when quoted, long or cut by "see more").
    boundary = next((i for i in range(name_at + 1, len(items))
                     if kinds[i] in ("mutual", "time", "accept", "ignore", "message")), len(items))
    headline_at = -1
    notes: list[tuple[int, _Line]] = []
    for i, item in enumerate(items):
        if kinds[i] != "plain" or not isinstance(item, _Line):
            continue
        if item.hint == "note":
            notes.append((i, item))
        elif item.hint == "headline" and headline_at < 0:
            headline_at = i
            f.headline = item.text
        elif i < name_at:
            continue  # above the name: page furniture
        elif i < boundary and headline_at < 0 and not (
                (i + 1 < len(items) and kinds[i + 1] == "more") or len(item.text) > _MAX_HEADLINE
                or _unquote(item.text) != item.text):
            headline_at = i
            f.headline = item.text
        else:
            notes.append((i, item))
    f.note = _note_text(notes)
    return f


# --------------------------------------------------------------------------------------------
# The page

_SAVED_FROM = rxcache.compile(r"<!--\s*saved from url=\(\d+\)(\S+?)\s*-->", re.IGNORECASE)
_SINGLEFILE_URL = rxcache.compile(r"Page saved with SingleFile\s+url:\s*(\S+)", re.IGNORECASE)
_SINGLEFILE_DATE = rxcache.compile(
    r"saved date:\s*\w{3} (\w{3}) (\d{1,2}) (\d{4}) (\d{2}):(\d{2}):(\d{2}) GMT([+-])(\d{2})(\d{2})", re.IGNORECASE)
_ISO_SAVED = rxcache.compile(r"saved (?:date|at|on):\s*(\d{4}-\d{2}-\d{2}T[\d:.]+(?:Z|[+-]\d{2}:?\d{2})?)", re.IGNORECASE)
_MONTHS = {m: i for i, m in enumerate(("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct",
                                       "nov", "dec"), 1)}
_INVITATION_PAGE = rxcache.compile(
    r"invitation-manager|manage invitations|gérer les invitations|einladungen verwalten"
    r"|administrar invitaciones|no pending invitations|aucune invitation en attente", re.IGNORECASE)
_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?([\w-]+)""", re.IGNORECASE)


def _decode(data: bytes | str, warnings: list[str]) -> str:
    if isinstance(data, str):
        return data.lstrip("\ufeff")
    for bom, codec in ((codecs.BOM_UTF8, "utf-8"), (codecs.BOM_UTF16_LE, "utf-16-le"),
                       (codecs.BOM_UTF16_BE, "utf-16-be")):
        if data.startswith(bom):
            return data[len(bom):].decode(codec, "replace")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    m = _META_CHARSET.search(data[:4096])
    if m is not None:
        try:
            codec = codecs.lookup(m.group(1).decode("ascii")).name
        except (LookupError, UnicodeDecodeError):
            codec = "utf-8"
        if codec != "utf-8":
            return data.decode(codec, "replace")
    warnings.append("the file is not valid UTF-8: some characters were replaced")
    return data.decode("utf-8", "replace")


def _saved_time(head: str) -> datetime | None:
    """The save time some savers write into the file (SingleFile's ``saved date:``)."""
    m = _SINGLEFILE_DATE.search(head)
    if m is not None:
        mon, day, year, hh, mm, ss, sign, oh, om = m.groups()
        month = _MONTHS.get(mon.lower())
        if month is not None:
            offset = timedelta(hours=int(oh), minutes=int(om)) * (1 if sign == "+" else -1)
            try:
                return datetime(int(year), month, int(day), int(hh), int(mm), int(ss),
                                tzinfo=timezone(offset)).astimezone(UTC)
            except ValueError:
                return None
    m = _ISO_SAVED.search(head)
    if m is not None:
        try:
            return datetime.fromisoformat(parse_iso_instant(m.group(1)))
        except ValueError:
            return None
    return None


def _utc(dt: datetime) -> datetime:
    return dt.replace(tzinfo=UTC) if dt.tzinfo is None else dt.astimezone(UTC)


def _is_boundary(node: _Node) -> bool:
    """A list item: where a card stops growing."""
    if node.tag in ("li", "article"):
        return True
    raw = node.raw
    return ("listitem" in raw and node.get("role") == "listitem") or (
        "data-view-name" in raw and "invitation" in node.get("data-view-name"))


def _is_container(node: _Node) -> bool:
    """An element that holds a list of cards or the page: never part of one card."""
    if node.parent is None or node.tag in ("ul", "ol", "main", "body", "html", "nav", "table", "tbody"):
        return True
    raw = node.raw
    if "role" in raw and node.get("role") in ("list", "main", "feed", "navigation", "tablist"):
        return True
    return ("lazy-column" in raw and node.get("data-testid") == "lazy-column") or (
        "componentkey" in raw and "List" in node.get("componentkey"))


def _card_root(accept: _Node) -> _Node:
    """The smallest element holding ``accept`` and a link, grown up to its list item."""
    node = accept
    steps = 0
    while not (node.slugs or node.kinds) and steps < _MAX_CLIMB:
        steps += 1
        parent = node.parent
        if (parent is None or parent.parent is None or parent.landmark or parent.tag in ("main", "body", "html")
                or parent.accepts is None or len(parent.accepts) != 1):
            break
        node = parent
    kinds = node.kinds or set()
    while not _is_boundary(node) and steps < 2 * _MAX_CLIMB:
        steps += 1
        parent = node.parent
        if (parent is None or _is_container(parent) or parent.landmark or parent.accepts is None
                or len(parent.accepts) != 1 or (parent.kinds or set()) - kinds):
            break
        node = parent
    return node


def parse_saved_page(data: bytes | str, *, source: str, saved_at: datetime | None = None,
                     file_mtime: datetime | None = None) -> SavedPage:
    """Read the invitation cards of a saved "received invitations" page.

    ``source`` names the file in messages. The save time is ``saved_at``, else a time the saver
    wrote into the file, else ``file_mtime``; relative times ("3 days ago") count back from it.
    Naive datetimes are taken as UTC. Raises :class:`InputError` when the file is not such a page
    or when the save time is unknown.

    >>> page = parse_saved_page(
    ...     '<li><a href="https://fr.linkedin.com/in/ana-ruiz?mini=1">Ana Ruiz</a><p>Data analyst</p>'
    ...     '<span>2 weeks ago</span><button aria-label="Accept Ana Ruiz’s invitation">Accept</button></li>',
    ...     source="page.html", saved_at=datetime(2026, 3, 1, tzinfo=UTC))
    >>> card = page.cards[0]
    >>> card.name, card.profile_url, card.headline, card.sent_at, card.date_precision
    ('Ana Ruiz', 'https://www.linkedin.com/in/ana-ruiz', 'Data analyst', '2026-02-15T00:00:00+00:00', 'week')
    """
    warnings: list[str] = []
    doc = _decode(data, warnings)
    head = doc[:65536]
    m = _SAVED_FROM.search(head) or _SINGLEFILE_URL.search(head)
    saved_from = m.group(1) if m is not None else None

    # The tree holds a cycle per element (parent and children): the cyclic collector would walk
    # it again and again while it grows, which doubles the time of a large page.
    collecting = gc.isenabled()
    gc.disable()
    try:
        root = _build_tree(doc)
        accepts, chips = _find_controls(root)
        cards = _find_cards(accepts)
        read = [(_interpret(card), card) for card in cards]
    finally:
        if collecting:
            gc.enable()

    people: list[tuple[_Fields, _Card]] = []
    skipped: dict[str, int] = {}
    seen_skipped: set[tuple[str, str]] = set()
    for f, card in read:
        kind = card.kinds[0] if card.kinds else f.skip_kind
        if kind is None and f.slug is not None:
            people.append((f, card))
            continue
        text = " ".join(ln.text for ln in card.lines if isinstance(ln, _Line))
        if kind is None:
            if "nvit" not in text:
                continue  # an Accept button that is no invitation (a consent banner …)
            kind = "other"
        ident = (kind, text)
        if ident not in seen_skipped:  # the same invitation twice in a virtualised list
            seen_skipped.add(ident)
            skipped[kind] = skipped.get(kind, 0) + 1

    if not people and not skipped:
        if not chips and not _INVITATION_PAGE.search(doc):
            raise InputError(source, "not a saved LinkedIn invitations page (no invitation card found)")
        warnings.append("no invitation card found: the list is empty, or the page was saved before it loaded")

    saved = _utc(saved_at) if saved_at is not None else _saved_time(head)
    if saved is None and file_mtime is not None:
        saved = _utc(file_mtime)
    if saved is None:
        raise InputError(source, "the time the page was saved is unknown: pass --saved-at "
                                 "(for example --saved-at 2026-03-05T14:00)")

    result: list[PageCard] = []
    by_slug: dict[str, int] = {}
    duplicates = 0
    unread_times: list[str] = []
    for f, card in people:
        assert f.slug is not None
        sent_at = precision = None
        if f.relative is not None:
            parsed = parse_relative_time(f.relative, saved)
            if parsed is None:
                unread_times.append(f.relative)
            else:
                sent_at, precision = parsed
        pc = PageCard(
            name=f.name or f.slug, profile_url=PROFILE_BASE + quote(f.slug, safe="-_.~"), slug=f.slug, headline=f.headline,
            mutual=f.mutual, note=f.note, relative=f.relative, sent_at=sent_at, date_precision=precision,
            invitation_id=card.invitation_id, message_url=card.message_url)
        if f.slug in by_slug:  # the same card twice: keep the first, complete it from the second
            duplicates += 1
            i = by_slug[f.slug]
            first = result[i]
            result[i] = replace(first, **{k: v for k, v in vars(pc).items() if getattr(first, k) is None})
            continue
        by_slug[f.slug] = len(result)
        result.append(pc)

    page = SavedPage(cards=result, saved_at=saved, skipped=skipped, saved_from=saved_from, warnings=warnings)
    chip = _pick_chip(chips, saved_from)
    if chip is not None:
        page.page_count, page.page_count_label = chip.count, chip.label
    if duplicates:
        warnings.append(f"{duplicates} card(s) appeared twice (same profile) and were kept once")
    if unread_times:
        warnings.append(f"{len(unread_times)} card(s) with an unrecognised time, left undated: "
                        + ", ".join(repr(t) for t in unread_times[:3]))
    undated = sum(1 for c in result if c.relative is None)
    if undated:
        warnings.append(f"{undated} card(s) show no time (such as '3 days ago'): their date is unknown")
    if page.shortfall:
        warnings.append(
            f"the page counts {page.page_count} invitations ({page.page_count_label}) but the save holds "
            f"{len(result)}: scroll to the end of the list before saving, or import several saves")
    return page


_CHIP_ROLES = ("tab", "radio", "option", "checkbox", "menuitemradio", "switch")


def _find_controls(root: _Node) -> tuple[list[_Node], list[_Chip]]:
    """Mark every control and link of the page; the Accept controls and the count chips."""
    accepts: list[_Node] = []
    links: list[_Node] = []
    chips: list[_Chip] = []
    order = 0
    stack = [root]
    while stack:
        node = stack.pop()
        order += 1
        tag = node.tag
        raw = node.raw
        role = node.get("role").lower() if "role=" in raw else ""
        kind: str | None = None
        text: str | None = None
        if tag == "a":
            label = node.get("aria-label")
            kind = _label_kind(label) if label else None
            if kind == "accept":
                node.label = label
            elif kind is None:
                href = node.get("href")
                if "/messaging/" in href or "messaging%2F" in href:
                    kind = "message"
                else:
                    slug, entity = _link_target(href) if href else (None, None)
                    if slug or entity:
                        node.slug, node.kind = slug, entity
                        links.append(node)
                    elif node.size <= _MAX_CONTROL_SIZE:
                        text = _text(node)
                        if not href or href.startswith("#") or role == "button":
                            kind = _control_kind(node, text)
                        else:
                            kind = _label_kind(text)
                            if kind == "accept":
                                node.label = text
        elif tag == "button" or (role in ("button", "link") and node.size <= _MAX_CONTROL_SIZE):
            text = _text(node)
            kind = _control_kind(node, text)
        elif tag == "input" and node.get("type").lower() in ("button", "submit"):
            text = node.get("value")
            kind = _control_kind(node, text)
        elif role in _CHIP_ROLES and node.size <= _MAX_CONTROL_SIZE:
            text = _text(node)
        if text is not None and "(" in text:
            c = _chip(text)
            if c is not None:
                chips.append(_Chip(c[0], c[1], _selected(node), order))
                node.landmark = True
        if kind is not None:
            node.ctl = kind
            if kind == "accept":
                accepts.append(node)
            continue
        children = node.children
        for child in reversed(children):
            if isinstance(child, str):
                if "(" in child:
                    c = _chip(child)
                    if c is not None:
                        chips.append(_Chip(c[0], c[1], _selected(node), order))
                        node.landmark = True
            elif not child.dead:
                stack.append(child)
    _mark_landmarks(root)

    # Which Accept controls and links lie below each element (only where it matters).
    for node in accepts:
        name = _accept_name(node.label)
        identity = "name:" + name_key(name) if name else f"node:{id(node)}"
        node.accepts = {identity}
        for anc in node.ancestors():
            if anc.accepts is None:
                anc.accepts = set()
            elif len(anc.accepts) > 1 or identity in anc.accepts:
                break  # and so do all its ancestors: nothing to learn above
            anc.accepts.add(identity)
    for node in links:
        for depth, anc in enumerate(node.ancestors()):
            if depth > _MAX_CLIMB:
                break
            if anc.accepts is None:
                continue
            if len(anc.accepts) > 1:
                break
            if node.slug is not None:
                if anc.slugs is None:
                    anc.slugs = set()
                elif node.slug in anc.slugs:
                    break  # an earlier link to the same profile marked the ones above
                anc.slugs.add(node.slug)
            elif node.kind is not None:
                if anc.kinds is None:
                    anc.kinds = set()
                elif node.kind in anc.kinds:
                    break
                anc.kinds.add(node.kind)
    return accepts, chips


def _find_cards(accepts: list[_Node]) -> list[_Card]:
    """One card per Accept control, in document order; an element belongs to one card at most."""
    cards: list[_Card] = []
    for node in accepts:
        if node.read:
            continue  # a second Accept control of a card already read (or its copy)
        root = _card_root(node)
        if root.read:
            continue
        card = _Card(root, node)
        _read_card(card)
        cards.append(card)
    return cards


def _mark_landmarks(root: _Node) -> None:
    """Spread the landmark mark of chips and headings to the elements holding them."""
    marked = [n for n in _walk(root) if n.landmark]
    for node in marked:
        for anc in node.ancestors():
            if anc.landmark:
                break
            anc.landmark = True


def _pick_chip(chips: list[_Chip], saved_from: str | None) -> _Chip | None:
    if not chips:
        return None
    selected = [c for c in chips if c.selected]
    if selected:
        people = [c for c in selected if _label_scope(c.label) == "people"]
        return (people or selected)[-1]
    if saved_from and "MUTUAL_CONNECTION" in saved_from.upper():
        for c in chips:
            if c.label.lower() in ("mutual connections", "relations en commun", "gemeinsame kontakte",
                                   "contactos en común"):
                return c
    ranked = sorted(chips, key=lambda c: (_CHIP_RANK.get(c.label.lower(), 9), c.order))
    return ranked[0]
