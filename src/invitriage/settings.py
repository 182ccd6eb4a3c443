"""The owner's settings: one declarative table, read from ``invitriage.toml`` and validated at start.

Where: ``--config PATH``, else ``$INVITRIAGE_CONFIG``, else ``invitriage.toml`` in the user's
config directory. A missing file means the defaults.
"""

from __future__ import annotations

import json
import os
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from invitriage.errors import ConfigError
from invitriage.taxonomy import ACTIONS, DEFAULT_ACTIONS, DEFAULT_THRESHOLD, INTENTS, LANGUAGES


def default_config_path() -> Path:
    env = os.environ.get("INVITRIAGE_CONFIG")
    if env:
        return Path(env)
    from platformdirs import user_config_dir

    return Path(user_config_dir("invitriage", appauthor=False)) / "invitriage.toml"


def _text(v: Any) -> str:
    if not isinstance(v, str):
        raise ValueError("must be a string in double quotes")
    return v.strip()


def _phrases(v: Any) -> list[str]:
    if isinstance(v, str):
        v = [v]
    if not isinstance(v, list) or not all(isinstance(x, str) for x in v):
        raise ValueError('must be a list of strings, e.g. ["students in digital marketing", "founders"]')
    return [x.strip() for x in v if x.strip()]


def _platforms(v: Any) -> list[str]:
    try:
        return _phrases(v)
    except ValueError:
        raise ValueError('must be a list of course platforms, e.g. ["Udemy"], or [] for none') from None


def _language(v: Any) -> str:
    if v not in LANGUAGES:
        raise ValueError(f"must be one of {', '.join(LANGUAGES)}")
    return str(v)


def _whole(v: Any) -> int:
    if isinstance(v, bool) or not isinstance(v, int) or v < 0:
        raise ValueError("must be a whole number >= 0, e.g. 7")
    return v


def _fraction(v: Any) -> float:
    if isinstance(v, bool) or not isinstance(v, int | float) or not 0 <= v <= 1:  # nan fails both comparisons
        raise ValueError("must be a number between 0 and 1, e.g. 0.45")
    return float(v)


def _minutes(v: Any) -> float:
    if isinstance(v, bool) or not isinstance(v, int | float) or not 0 < v < 100_000:  # also refuses nan, inf
        raise ValueError("must be a number of minutes > 0, e.g. 10")
    return float(v)


def _yes_no(v: Any) -> bool:
    if not isinstance(v, bool):
        raise ValueError("must be true or false, without quotes")
    return v


def _work_languages(v: Any) -> list[str]:
    if isinstance(v, str):
        v = [v]
    if not isinstance(v, list) or not v or not all(isinstance(x, str) and x.strip().lower() in LANGUAGES for x in v):
        raise ValueError(f'must be a list of language codes among {", ".join(LANGUAGES)}, e.g. ["fr", "en"]')
    return list(dict.fromkeys(x.strip().lower() for x in v))


def _regions(v: Any) -> list[str]:
    if isinstance(v, str):
        v = [v]
    if not isinstance(v, list) or not all(isinstance(x, str) for x in v) or not any(x.strip() for x in v):
        raise ValueError('must be a list of places, e.g. ["France", "Switzerland"], or "anywhere"')
    places = [x.strip() for x in v if x.strip()]
    if any(p.lower() == "anywhere" for p in places):
        if len(places) > 1:
            raise ValueError('must be "anywhere" alone, or a list of places')
        return ["anywhere"]
    return places


#: What `rates` may say: "on_request" (a draft asked the price proposes a short call or a quote, never a number).
RATES = ("on_request",)


def _rates(v: Any) -> str:
    if v not in RATES:
        raise ValueError(f'must be {" or ".join(repr(r) for r in RATES)} (drafts then propose a call or a quote, never a number)'.replace("'", '"'))
    return str(v)


def _audit_prices(v: Any) -> list[dict[str, int]]:
    """Her usual price of an SEO audit by the size of the site, in euros before tax: tables ``{up_to = 50, from = 800,
    to = 1200}`` (a site of up to 50 pages or products), the last one without ``up_to`` (any bigger site)."""
    hint = 'must be a list of {up_to = 50, from = 800, to = 1200} tables (pages or products, euros before tax), the last without up_to'
    if not isinstance(v, list) or not v or not all(isinstance(x, dict) for x in v):
        raise ValueError(hint)
    out: list[dict[str, int]] = []
    for i, band in enumerate(v, 1):
        if set(band) - {"up_to", "from", "to"} or not {"from", "to"} <= set(band):
            raise ValueError(f"band {i}: {hint}")
        if not all(isinstance(x, int) and not isinstance(x, bool) and x > 0 for x in band.values()) or band["from"] > band["to"]:
            raise ValueError(f"band {i}: up_to, from and to must be positive whole numbers, from at most to")
        if ("up_to" in band) != (i < len(v)) or (out and band.get("up_to", 10**9) <= out[-1]["up_to"]):
            raise ValueError(f"band {i}: every band but the last needs up_to, growing from band to band; the last has none")
        out.append({k: int(band[k]) for k in ("up_to", "from", "to") if k in band})
    return out


def _email(v: Any) -> str:
    if not isinstance(v, str) or not re.fullmatch(r"[^@\s]+@[^@\s]+\.[^@\s]+", v.strip()):
        raise ValueError('must be an e-mail address, e.g. "contact@example.com" (drafts say where to send written questions)')
    return v.strip()


def _gender(v: Any) -> str:
    if v not in ("f", "m", ""):
        raise ValueError('must be "f", "m" or "" (unsaid)')
    return str(v)


def _resources(v: Any) -> dict[str, str]:
    if not isinstance(v, dict):
        raise ValueError('must be a table, e.g. [resources] then ask_for_help = "https://example.com/guide"')
    out = {}
    for intent, text in v.items():
        if intent not in INTENTS:
            raise ValueError(f"unknown intent {intent!r}; intents: {', '.join(sorted(INTENTS))}")
        if not isinstance(text, str) or len(text) > 120:
            raise ValueError(f"{intent}: must be a string of at most 120 characters")
        out[intent] = text.strip()
    return out


def _actions(v: Any) -> dict[str, str]:
    if not isinstance(v, dict):
        raise ValueError('must be a table, e.g. [actions] then recruiting = "accept"')
    out = {}
    for intent, action in v.items():
        if intent not in INTENTS:
            raise ValueError(f"unknown intent {intent!r}; intents: {', '.join(sorted(INTENTS))}")
        if action not in ACTIONS or action == "unsure":
            raise ValueError(f"{intent} = {action!r}: action must be reply, accept or hold")
        out[intent] = action
    return out


#: The career stages an FAQ entry's ``who`` may name (drafts/career.py reads the sender's).
_STAGES = ("student", "intern", "junior", "experienced", "employed", "founder")

#: The language codes an FAQ answer may be written in (``pt-BR`` for Brazilian senders).
ANSWER_LANGS = (*LANGUAGES, "pt-BR")

#: The situations the drafts recognise by rule rather than by phrases, which an ``[[answers]]`` entry may answer with
#: ``rule = "..."`` in place of ``when``: ads for a shop people walk into (is it worth it, where to start), the same
#: shop's "Advantage+ or manual?" (a sentence added to it), Meta ads from zero ("where do I start?"), courses or books to
#: learn content strategy, an agency opening in France asking about the market, an experienced job seeker asking how to
#: position himself, a small shop asking whether it must switch to GA4, Looker Studio weighed against GA4's own reports,
#: the tools to report on Facebook and Google Ads together, a tool to measure the return with on a small budget, and MER
#: weighed against ROAS.
ANSWER_RULES = ("local_ads", "local_advantage", "meta_start", "content_learning", "agency_france", "job_positioning", "ga4_switch",
                "looker_pick", "report_tools", "small_budget_tools", "mer_pick")
#: A rule's answer stands alone as the draft's body, so it may run a little longer than a phrase entry's.
_RULE_TEXT_MAX = 360


def _answers(v: Any) -> list[dict[str, Any]]:
    """The owner's FAQ: ``[[answers]]`` tables, each ``when`` (phrases the question holds), optional ``also`` (the
    question must hold one of these too), optional ``need`` (the question must name one of these, and the entry is then
    the more specific answer: a course for the one channel named), optional ``versus`` (the entry answers only an either/or that weighs a
    ``when`` thing against one of these: "SEO or social ads?"), optional ``unless`` (a question holding one of these is
    not this entry's: "etsy" for a webshop's SEO), optional ``covers`` (the things a choice may name that the answer
    settles without matching on them: "notion", "trello" for the planning tool she uses) and one answer text per language code."""
    if not isinstance(v, list) or not all(isinstance(x, dict) for x in v):
        raise ValueError('must be [[answers]] tables, e.g. [[answers]] then when = ["subdomain", "sous-domaine"] and en = "..."')
    out = []
    for i, entry in enumerate(v, 1):
        where = f"entry {i}"
        unknown = [k for k in entry if k not in ("when", "also", "need", "versus", "unless", "covers", "self", "who", "rule") and k not in ANSWER_LANGS]
        if unknown:
            raise ValueError(f"{where}: unknown key {unknown[0]!r}; keys: when, also, need, versus, unless, covers, self, who, rule, {', '.join(ANSWER_LANGS)}")
        rule = entry.get("rule", "")
        if rule and (rule not in ANSWER_RULES or any(k in entry for k in ("when", "also", "need", "versus", "unless", "covers", "self", "who"))):
            raise ValueError(f"{where}: rule must be one of {', '.join(ANSWER_RULES)}, alone with the answer texts (no when, also …)")
        who = entry.get("who", [])
        if not isinstance(who, list) or any(w not in _STAGES for w in who):
            raise ValueError(f"{where}: who must be a list of {', '.join(_STAGES)} (the career stages the answer is meant for)")
        if not isinstance(entry.get("self", False), bool):
            raise ValueError(f"{where}: self must be true or false (true: the entry answers a question about you yourself, \"how often do you post yourself?\")")
        try:
            when = _phrases(entry.get("when", []))
            also = _phrases(entry.get("also", []))
            versus = _phrases(entry.get("versus", []))
            need = _phrases(entry.get("need", []))
            unless = _phrases(entry.get("unless", []))
            covers = _phrases(entry.get("covers", []))
        except ValueError as exc:
            raise ValueError(f"{where}: when/also/need/versus/unless/covers {exc}") from None
        if not when and not rule:
            raise ValueError(f'{where}: needs when = ["a phrase the question holds", ...] (or rule = "{ANSWER_RULES[0]}")')
        if any(len(fold_phrase(w)) < 3 for w in when + also + need + versus):
            raise ValueError(f"{where}: when/also/versus phrases must be at least 3 letters long")
        texts = {}
        for code in ANSWER_LANGS:
            if code in entry:
                text = entry[code]
                limit = _RULE_TEXT_MAX if rule else 320
                if not isinstance(text, str) or not text.strip() or len(text) > limit:
                    raise ValueError(f"{where}: {code} must be a non-empty string of at most {limit} characters (a draft is at most 600)")
                texts[code] = " ".join(text.split())
        if not texts:
            raise ValueError(f"{where}: needs the answer in at least one language, e.g. fr = \"...\"")
        out.append({"when": when, "also": also, "texts": texts, **({"versus": versus} if versus else {}), **({"need": need} if need else {}),
                    **({"unless": unless} if unless else {}), **({"covers": covers} if covers else {}), **({"who": list(who)} if who else {}),
                    **({"self": True} if entry.get("self") else {}), **({"rule": rule} if rule else {})})
    return out


def fold_phrase(text: str) -> str:
    """A phrase as FAQ matching compares it: lower case, no accents, single spaces."""
    import unicodedata

    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return " ".join("".join(c for c in decomposed if not unicodedata.combining(c)).split())


@dataclass(frozen=True)
class Setting:
    """One setting of invitriage.toml: its name, default, help text and the function that reads its value."""

    name: str
    default: Any
    help: str
    parse: Callable[[Any], Any]


SETTINGS: tuple[Setting, ...] = (
    Setting("owner_name", "", "Your name, as your contacts know it.", _text),
    Setting("signature", "", "How replies are signed, e.g. \"Camille\" or \"Camille Laurent — Digital marketing\".", _text),
    Setting("owner_gender", "", "\"f\" or \"m\": the form drafts use of a job title about you (\"consultora\", not \"consultor/a\").", _gender),
    Setting("language", "fr", "Your language: short notes and notes in other languages fall back to it (fr en es de it pt nl).", _language),
    Setting("offer", [], "What you offer, as short phrases (any language): what people may ask you about.", _phrases),
    Setting("help_whom", [], "Whom you like to help (e.g. \"students in digital marketing\"): they get a reply even without a note.", _phrases),
    Setting("meet_whom", [], "Whom you want to meet: they get a reply and come first in the queue.", _phrases),
    Setting("weekly_budget", 7, "How many personal replies you write per week (queue --week).", _whole),
    Setting("weekly_outreach", 7, "How many existing connections you want to contact per week (invitriage outreach).", _whole),
    Setting("threshold", DEFAULT_THRESHOLD, "Below this confidence a judgment goes to the unsure bucket for review.", _fraction),
    Setting("benefit_threshold", 0.45, "How close a headline or note must be to help_whom / meet_whom / offer (0-1).", _fraction),
    Setting("minutes_per_reply", 10, "Minutes one personal reply takes you (for the time-saved figure).", _minutes),
    Setting("stale_after_days", 180, "Invitations older than this many days are stale: counted, but left out of the reply "
            "queue (queue --stale lists them). 0: never stale.", _whole),
    # Answer facts: what drafts may answer plainly when a note asks. Unset, a draft never guesses.
    Setting("online", None, "Answer fact: do you also work and teach online (true/false)?", _yes_no),
    Setting("work_languages", [], "Answer fact: the languages you work and teach in, as codes, e.g. [\"fr\", \"en\"].", _work_languages),
    Setting("regions", [], "Answer fact: where your clients are, e.g. [\"France\", \"Switzerland\", \"Canada\"], or \"anywhere\".", _regions),
    Setting("interns", None, "Answer fact: do you take interns (true/false)?", _yes_no),
    Setting("mentoring", None, "Answer fact: do you do one-to-one mentoring (true/false)?", _yes_no),
    Setting("hiring", None, "Answer fact: are you hiring (true/false)? false: asked \"are you hiring?\", drafts say you work alone.", _yes_no),
    Setting("city", "", "Answer fact: the city you are based in, e.g. \"Lyon\": offered an on-site or hybrid job elsewhere, drafts say "
            "where you are and ask whether remote work is possible.", _text),
    Setting("email", "", "Answer fact: the address written questions go to (a journalist's \"may I e-mail you a few questions?\"); "
            "unset: drafts say \"send them here\".", _email),
    Setting("rates", "", "Answer fact: \"on_request\": asked your price, drafts propose a short call or a quote, never a number.", _rates),
    Setting("first_call_free", None, "Answer fact: is the first short call (the 20 minutes drafts propose) free (true/false)? Asked "
            "\"what does a first call cost?\", \"is the first call free?\", drafts say it plainly.", _yes_no),
    Setting("free_audit", None, "Answer fact: is the free SEO audit you offer in your posts still on (true/false)? Asked "
            "\"is the free audit still on?\", true: drafts say yes and ask for the site's link; unset: they promise nothing.", _yes_no),
    Setting("course_platforms", None, "Answer fact: the course platforms you publish courses on, e.g. [\"Udemy\"], or [] for none: "
            "a note unsure whether a Udemy course was yours gets a plain answer; unset: drafts neither claim nor deny it.", _platforms),
    Setting("seo_audit_prices", [], "Answer fact: your usual price of an SEO audit by the size of the site, in euros before tax, e.g. "
            "[{up_to = 50, from = 800, to = 1200}, {from = 2500, to = 4000}]: asked the price of an audit, drafts give the range.", _audit_prices),
    Setting("answers", [], "Your FAQ: [[answers]] tables with when = [phrases of the question], optional also = [...], "
            "and your answer per language (fr = \"...\", en = \"...\", pt-BR = \"...\").", _answers),
    Setting("actions", {}, "Intent -> action overrides, e.g. recruiting = \"accept\".", _actions),
    Setting("resources", {}, "Intent -> a resource drafts point to, e.g. job_seeking = \"https://example.com/jobs\".", _resources),
)
_BY_NAME = {s.name: s for s in SETTINGS}


@dataclass(frozen=True)
class Settings:
    """The owner's settings (invitriage.toml), read and checked; the defaults when there is no file."""

    owner_name: str = ""
    signature: str = ""
    owner_gender: str = ""
    language: str = "fr"
    offer: list[str] = field(default_factory=list)
    help_whom: list[str] = field(default_factory=list)
    meet_whom: list[str] = field(default_factory=list)
    weekly_budget: int = 7
    weekly_outreach: int = 7
    threshold: float = DEFAULT_THRESHOLD
    benefit_threshold: float = 0.45
    minutes_per_reply: float = 10.0
    stale_after_days: int = 180
    actions: dict[str, str] = field(default_factory=dict)
    resources: dict[str, str] = field(default_factory=dict)
    online: bool | None = None
    work_languages: list[str] = field(default_factory=list)
    regions: list[str] = field(default_factory=list)
    interns: bool | None = None
    mentoring: bool | None = None
    rates: str = ""
    first_call_free: bool | None = None
    email: str = ""
    hiring: bool | None = None
    city: str = ""
    free_audit: bool | None = None
    course_platforms: list[str] | None = None
    seo_audit_prices: list[dict[str, int]] = field(default_factory=list)
    answers: list[dict[str, Any]] = field(default_factory=list)
    path: Path | None = None

    @property
    def templates_dir(self) -> Path:
        """Where the owner's own draft templates live: ``templates/`` beside the settings file."""
        return (self.path or default_config_path()).parent / "templates"

    def action_map(self) -> dict[str, str]:
        return {**DEFAULT_ACTIONS, **self.actions}

    @classmethod
    def from_mapping(cls, data: dict[str, Any], source: str = "<settings>") -> "Settings":
        values: dict[str, Any] = {}
        for key, raw in data.items():
            setting = _BY_NAME.get(key)
            if setting is None:
                import difflib

                close = difflib.get_close_matches(key, _BY_NAME, n=1)
                hint = f"; did you mean {close[0]!r}?" if close else f"; known settings: {', '.join(_BY_NAME)}"
                raise ConfigError(f"{source}: unknown setting {key!r}{hint}")
            try:
                values[key] = setting.parse(raw)
            except ValueError as exc:
                if isinstance(raw, (list, dict)):  # the message names the entry at fault; the whole table says nothing
                    raise ConfigError(f"{source}: {key} {exc}") from None
                got = repr(raw) if len(repr(raw)) <= 120 else repr(raw)[:117] + "..."
                raise ConfigError(f"{source}: {key} {exc} (got {got})") from None
        return cls(**values)


def load_settings(path: str | os.PathLike[str] | None = None) -> Settings:
    """Read and validate settings; a missing default file gives the defaults."""
    explicit = path is not None or bool(os.environ.get("INVITRIAGE_CONFIG"))
    p = Path(path) if path is not None else default_config_path()
    if not p.exists():
        if explicit:
            raise ConfigError(f"{p}: no such settings file (create one with: invitriage init --config {p})")
        return Settings()
    import tomllib

    try:
        data = tomllib.loads(p.read_text(encoding="utf-8"))
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(f"{p}: not valid TOML: {exc}") from None
    except (OSError, UnicodeDecodeError) as exc:
        raise ConfigError(f"{p}: cannot read settings: {exc}") from None
    settings = Settings.from_mapping(data, str(p))
    return Settings(**{**settings.__dict__, "path": p})


def _toml_value(v: Any) -> str:
    if isinstance(v, str):
        # JSON's string escapes are TOML's; TOML also forbids DEL raw. Profile.csv may hold control characters.
        return json.dumps(v, ensure_ascii=False).replace("\x7f", "\\u007f")
    if isinstance(v, bool):
        return "true" if v else "false"
    if isinstance(v, list):
        return "[" + ", ".join(_toml_value(x) for x in v) + "]"
    if isinstance(v, dict):
        return "{" + ", ".join(f"{_toml_key(k)} = {_toml_value(x)}" for k, x in v.items()) + "}"
    return repr(v)


#: The answer facts, with an example value for the commented line ``init`` writes when one is unset.
_ANSWER_FACTS = {"online": "true", "work_languages": '["fr", "en"]', "regions": '["France", "Switzerland", "Belgium"]',
                 "interns": "false", "mentoring": "true", "rates": '"on_request"', "first_call_free": "true", "free_audit": "true",
                 "course_platforms": "[]", "hiring": "false", "city": '"Lyon"', "email": '"contact@example.com"',
                 "seo_audit_prices": "[{up_to = 50, from = 800, to = 1200}, {up_to = 300, from = 1500, to = 2500}, {from = 3000, to = 5000}]"}


def _toml_key(key: str) -> str:
    return key if key.replace("_", "").isalnum() else f'"{key}"'


def render_settings(values: dict[str, Any]) -> str:
    """A commented invitriage.toml holding ``values`` (defaults for the rest)."""
    lines = ["# invitriage settings. Every line is optional; delete one to get its default.", ""]
    for s in SETTINGS:
        if s.name in ("actions", "resources", "answers"):
            continue
        if s.name == "online":
            lines.append("# -- Answer facts: drafts answer these questions plainly (\"is the training online too?\", \"clients in")
            lines.append("# Canada?\", \"do you take interns?\"). Left commented out, a draft never guesses the answer.")
            lines.append("")
        lines.append(f"# {s.help}")
        value = values.get(s.name, s.default)
        if s.name in _ANSWER_FACTS and value in (None, "", []):
            lines.append(f"# {s.name} = {_ANSWER_FACTS[s.name]}")  # unset: drafts do not answer it
        else:
            lines.append(f"{s.name} = {_toml_value(value)}")
        lines.append("")
    lines.append("# " + _BY_NAME["answers"].help)
    lines.append("# A question that holds one of the `when` phrases (and one of `also`, if given) gets your answer as the")
    lines.append("# draft's body, in the sender's language; without a text in that language the draft is as usual.")
    for entry in values.get("answers") or []:
        lines.append("[[answers]]")
        if entry.get("rule"):
            lines.append(f"rule = {_toml_value(entry['rule'])}")
        if entry.get("self"):
            lines.append("self = true  # a question about you yourself (\"how often do you post yourself?\"), never a how-to")
        if entry.get("when"):
            lines.append(f"when = {_toml_value(entry['when'])}")
        if entry.get("also"):
            lines.append(f"also = {_toml_value(entry['also'])}")
        if entry.get("need"):
            lines.append(f"need = {_toml_value(entry['need'])}")
        if entry.get("versus"):
            lines.append(f"versus = {_toml_value(entry['versus'])}")
        if entry.get("unless"):
            lines.append(f"unless = {_toml_value(entry['unless'])}")
        if entry.get("covers"):
            lines.append(f"covers = {_toml_value(entry['covers'])}")
        if entry.get("who"):
            lines.append(f"who = {_toml_value(entry['who'])}")
        for code, text in entry["texts"].items():
            lines.append(f"{_toml_key(code)} = {_toml_value(text)}")
        lines.append("")
    if not values.get("answers"):
        lines.append("# [[answers]]")
        lines.append('# when = ["subdomain", "sous-domaine", "subdominio", "sottodominio", "subdomínio", "subdomein"]')
        lines.append('# also = ["blog"]   # optional: the question must hold one of these too; "conseill*" = any word beginning so')
        lines.append('# versus = ["ads"]  # optional: only an either/or weighing a `when` thing against one of these ("SEO or ads?")')
        lines.append('# covers = ["notion", "trello"]  # optional: names a choice may hold that the answer settles ("Notion or Trello?")')
        lines.append('# self = true       # optional: the entry answers only a question about you yourself ("how often do you post yourself?")')
        lines.append('# en = "A subfolder (example.com/blog): it shares the authority of your main site."')
        lines.append('# fr = "Un sous-dossier (exemple.com/blog) : il profite de l\'autorité de votre site principal."')
        lines.append("")
    lines.append("# " + _BY_NAME["actions"].help)
    lines.append("# Defaults: " + ", ".join(f"{i}={a}" for i, a in DEFAULT_ACTIONS.items()))
    lines.append("[actions]")
    for intent, action in (values.get("actions") or {}).items():
        lines.append(f"{intent} = {_toml_value(action)}")
    lines.append('# recruiting = "accept"')
    lines.append("")
    lines.append("# " + _BY_NAME["resources"].help)
    lines.append("[resources]")
    for intent, text in (values.get("resources") or {}).items():
        lines.append(f"{intent} = {_toml_value(text)}")
    lines.append('# job_seeking = "https://example.com/my-advice-for-job-seekers"')
    return "\n".join(lines) + "\n"
