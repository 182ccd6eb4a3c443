"""Measuring "can benefit": headlines labelled match / no match for several owners.

A set is a folder with ``owners.toml`` (one table per owner: ``help_whom``, ``meet_whom``, ``offer``) and
``headlines.csv`` (``owner, headline, lang, match`` — 1 or 0 —, optional ``phrase, kind``). Each headline
is judged against its owner's settings without a note, as a pending invitation without a note would be.
"""

from __future__ import annotations

import tomllib
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path

from invitriage.benefit.matcher import BenefitMatcher
from invitriage.ingest.csvio import decode, read_table
from invitriage.errors import InputError
from invitriage.settings import Settings


@dataclass
class Counts:
    """True and false positives and negatives of one slice of the headline evaluation."""

    tp: int = 0
    fp: int = 0
    fn: int = 0
    tn: int = 0

    def add(self, predicted: bool, gold: bool) -> None:
        if predicted and gold:
            self.tp += 1
        elif predicted:
            self.fp += 1
        elif gold:
            self.fn += 1
        else:
            self.tn += 1

    @property
    def n(self) -> int:
        return self.tp + self.fp + self.fn + self.tn

    @property
    def accuracy(self) -> float:
        return (self.tp + self.tn) / self.n if self.n else 0.0

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0


@dataclass
class HeadlineScores:
    """The benefit matcher's counts on a labelled headline set: overall, by language, owner and kind, and every
    disagreement."""

    overall: Counts = field(default_factory=Counts)
    per_language: dict[str, Counts] = field(default_factory=lambda: defaultdict(Counts))
    per_owner: dict[str, Counts] = field(default_factory=lambda: defaultdict(Counts))
    per_kind: dict[str, Counts] = field(default_factory=lambda: defaultdict(Counts))
    #: (owner, headline, gold, predicted, evidence) of every disagreement
    errors: list[tuple[str, str, bool, bool, str]] = field(default_factory=list)


def load_owners(path: Path) -> dict[str, Settings]:
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as exc:
        raise InputError(path, f"cannot read owner profiles: {exc}") from None
    owners = {}
    for name, table in data.items():
        if not isinstance(table, dict):
            raise InputError(path, f"{name!r} must be a table of settings")
        owners[name] = Settings.from_mapping({k: v for k, v in table.items() if k in ("help_whom", "meet_whom", "offer")},
                                             f"{path} [{name}]")
    return owners


def score_headlines(folder: str | Path) -> HeadlineScores:
    folder = Path(folder)
    owners = load_owners(folder / "owners.toml")
    csv_path = folder / "headlines.csv"
    try:
        text = decode(csv_path.read_bytes(), str(csv_path))
    except OSError as exc:
        raise InputError(csv_path, f"cannot read file ({exc.strerror})") from None
    rows = []
    for line, row in read_table(text, str(csv_path), required=["owner", "headline", "lang", "match"]).rows:
        if row["owner"] not in owners:
            raise InputError(csv_path, f"unknown owner {row['owner']!r} (not in owners.toml)", line)
        if row["match"].strip() not in ("0", "1"):
            raise InputError(csv_path, f"match must be 0 or 1, not {row['match']!r}", line)
        rows.append(row)
    scores = HeadlineScores()
    for owner, settings in owners.items():
        mine = [r for r in rows if r["owner"] == owner]
        matcher = BenefitMatcher(settings.help_whom, settings.meet_whom, settings.offer, settings.benefit_threshold)
        for row, found in zip(mine, matcher.match([(r["headline"], "") for r in mine])):
            people = [m for m in found if m.kind in ("help_whom", "meet_whom")]
            predicted, gold = bool(people), row["match"].strip() == "1"
            for counts in (scores.overall, scores.per_language[row["lang"]], scores.per_owner[owner],
                           scores.per_kind[row.get("kind") or "-"]):
                counts.add(predicted, gold)
            if predicted != gold:
                why = people[0].evidence()["quote"] if people else "no match"
                scores.errors.append((owner, row["headline"], gold, predicted, why))
    return scores
