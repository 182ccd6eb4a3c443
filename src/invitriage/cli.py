"""The command line: thin commands over the library. Errors become one line and an exit code."""

from __future__ import annotations

import csv
import io
import json
import sys
import tempfile
import time
from collections.abc import Callable
from contextlib import ExitStack
from importlib import resources
from pathlib import Path
from typing import Any

import click
from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn
from rich.table import Table

from . import __version__
from .errors import InvitriageError
from .importers import ImportReport, import_paths
from .judge import DEFAULT_THRESHOLD
from .store import Store, default_db_path
from .taxonomy import ACTIONS, PRIORITY
from .triage import TriageReport, triage

out = Console(highlight=False, soft_wrap=False)
err = Console(stderr=True, highlight=False)

PROGRESS_MIN_ROWS = 1000


class _Cli(click.Group):
    def invoke(self, ctx: click.Context) -> Any:
        try:
            return super().invoke(ctx)
        except InvitriageError as exc:
            click.echo(f"invitriage: error: {exc}", err=True)
            ctx.exit(exc.exit_code)
        except KeyboardInterrupt:
            click.echo("invitriage: interrupted; nothing half-written was kept", err=True)
            ctx.exit(130)


def db_option(fn: Callable[..., Any]) -> Callable[..., Any]:
    return click.option(
        "--db",
        "db_path",
        type=click.Path(dir_okay=False, path_type=Path),
        envvar="INVITRIAGE_DB",
        help="SQLite database file [env INVITRIAGE_DB; default: invitriage.db in the user data directory].",
    )(fn)


def _open(db_path: Path | None) -> Store:
    return Store(db_path or default_db_path())


class _Bars:
    """Rich progress bars on stderr, shown only for work over PROGRESS_MIN_ROWS rows."""

    def __init__(self) -> None:
        self.progress = Progress(
            TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn(),
            console=err, transient=True, disable=not err.is_terminal,
        )
        self.tasks: dict[str, Any] = {}

    def __enter__(self) -> "_Bars":
        self.progress.__enter__()
        return self

    def __exit__(self, *exc: object) -> None:
        self.progress.__exit__(None, None, None)

    def update(self, label: str, done: int, total: int) -> None:
        if total < PROGRESS_MIN_ROWS:
            return
        if label not in self.tasks:
            self.tasks[label] = self.progress.add_task(label, total=total)
        self.progress.update(self.tasks[label], completed=done, total=max(total, done))


@click.group(cls=_Cli, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="invitriage")
def cli() -> None:
    """Triage a LinkedIn invitation backlog: reply personally to those who state a reason
    or can benefit, accept the rest silently. Runs offline."""


# -- import ------------------------------------------------------------------------------------


def _print_import(report: ImportReport, seconds: float) -> None:
    table = Table(title="Import", title_justify="left")
    table.add_column("file")
    table.add_column("kind")
    table.add_column("rows", justify="right")
    table.add_column("new", justify="right")
    for f in report.files:
        if f.kind != "ignored":
            table.add_row(f.display, f.kind, str(f.rows), str(f.new))
    out.print(table)
    if report.ignored:
        names = ", ".join(Path(p.split("!")[-1]).name for p in report.ignored)
        out.print(f"ignored {len(report.ignored)} other file(s): {names}")
    out.print(f"{report.new} new in {seconds:.1f} s")


@cli.command("import")
@click.argument("paths", nargs=-1, required=True, type=click.Path(path_type=Path))
@db_option
def import_cmd(paths: tuple[Path, ...], db_path: Path | None) -> None:
    """Import LinkedIn exports (ZIP or folder) and pending-invitation lists (.csv/.jsonl).

    All PATHS are imported in one transaction: on any error nothing is stored.
    """
    started = time.perf_counter()
    with _open(db_path) as store, _Bars() as bars:
        report = import_paths(store, paths, progress=bars.update)
    _print_import(report, time.perf_counter() - started)


# -- triage ------------------------------------------------------------------------------------


def _print_triage(report: TriageReport) -> None:
    out.print(f"Triage: judged {report.judged} invitations in {report.seconds:.1f} s")
    table = Table()
    table.add_column("action")
    table.add_column("count", justify="right")
    for action in ACTIONS:
        if action in report.actions:
            table.add_row(action, str(report.actions[action]))
    out.print(table)
    table = Table()
    table.add_column("intent")
    table.add_column("count", justify="right")
    for intent in PRIORITY:
        if intent in report.intents:
            table.add_row(intent, str(report.intents[intent]))
    out.print(table)


def _run_triage(store: Store, threshold: float = DEFAULT_THRESHOLD) -> TriageReport:
    with _Bars() as bars:
        return triage(store, threshold=threshold, progress=lambda done, total: bars.update("judging", done, total))


threshold_option = click.option(
    "--threshold", type=click.FloatRange(0, 1), default=DEFAULT_THRESHOLD, show_default=True,
    help="Below this confidence the action is 'unsure' (sent to review, never accepted silently).")


@cli.command("triage")
@threshold_option
@db_option
def triage_cmd(threshold: float, db_path: Path | None) -> None:
    """Judge every pending invitation: intent, action, language, confidence and evidence."""
    with _open(db_path) as store:
        _print_triage(_run_triage(store, threshold))


# -- queue -------------------------------------------------------------------------------------


def _why(evidence: list[dict[str, str]]) -> str:
    for e in evidence:
        if e.get("quote"):
            return f"{e['rule']}: “{e['quote']}”"
    return evidence[0]["rule"] if evidence else ""


def _print_queue(items: list[dict[str, Any]], fmt: str, title: str) -> None:
    if fmt == "json":
        click.echo(json.dumps(items, ensure_ascii=False, indent=2))
        return
    if fmt == "csv":
        buf = io.StringIO()
        cols = ["id", "name", "profile_url", "headline", "sent_at", "note", "lang", "intent", "action",
                "confidence", "evidence", "status"]
        w = csv.DictWriter(buf, fieldnames=cols, extrasaction="ignore", lineterminator="\n")
        w.writeheader()
        for item in items:
            w.writerow({**item, "evidence": json.dumps(item["evidence"], ensure_ascii=False)})
        click.echo(buf.getvalue(), nl=False)
        return
    table = Table(title=title, title_justify="left", show_lines=False)
    for col, kw in (("id", {"justify": "right"}), ("name", {}), ("sent", {}), ("lang", {}), ("intent", {}),
                    ("conf", {"justify": "right"}), ("why", {"overflow": "fold"})):
        table.add_column(col, **kw)
    for item in items:
        table.add_row(str(item["id"]), item["name"], item["sent_at"][:10], item["lang"], item["intent"],
                      f"{item['confidence']:.2f}", _why(item["evidence"]))
    out.print(table)


@cli.command("queue")
@click.option("--action", type=click.Choice(ACTIONS), default="reply", show_default=True,
              help="Which bucket to list.")
@click.option("--format", "fmt", type=click.Choice(["table", "json", "csv"]), default="table", show_default=True)
@click.option("--limit", type=int, default=0, help="Show at most N invitations (0: all).")
@db_option
def queue_cmd(action: str, fmt: str, limit: int, db_path: Path | None) -> None:
    """List judged invitations of one action, newest first, with the quoted evidence."""
    with _open(db_path) as store:
        items = store.queue(action)
    if limit > 0:
        items = items[:limit]
    _print_queue(items, fmt, f"{action}: {len(items)} invitation(s)")


# -- classify and eval ------------------------------------------------------------------------


def _read_csv_rows(path: Path, text_column: str) -> tuple[list[str], list[dict[str, str]]]:
    from .csvio import decode
    from .errors import InputError

    try:
        data = path.read_bytes()
    except OSError as exc:
        raise InputError(path, f"cannot read file ({exc.strerror})") from None
    reader = csv.DictReader(io.StringIO(decode(data, str(path)), newline=""))
    if not reader.fieldnames or text_column not in reader.fieldnames:
        raise InputError(path, f"no column {text_column!r} (columns: {', '.join(reader.fieldnames or [])})", line=1)
    try:
        rows = list(reader)
    except csv.Error as exc:
        raise InputError(path, f"malformed CSV: {exc}", line=reader.line_num) from None
    return list(reader.fieldnames), rows


@cli.command("classify")
@click.argument("file", type=click.Path(path_type=Path))
@click.option("--text-column", default="text", show_default=True, help="Column holding the note.")
@click.option("--format", "fmt", type=click.Choice(["csv", "json"]), default="csv", show_default=True)
@threshold_option
def classify_cmd(file: Path, text_column: str, fmt: str, threshold: float) -> None:
    """Judge the notes of any CSV without touching the database.

    Prints the input columns plus intent, action, lang, confidence and evidence.
    """
    from .judge import classify

    fields, rows = _read_csv_rows(file, text_column)
    judgments = classify([r[text_column] or "" for r in rows], threshold=threshold)
    results = [{**r, **j.as_dict()} for r, j in zip(rows, judgments)]
    if fmt == "json":
        click.echo(json.dumps(results, ensure_ascii=False, indent=2))
        return
    extra = [c for c in ("intent", "action", "lang", "confidence", "evidence") if c not in fields]
    buf = io.StringIO()
    w = csv.DictWriter(buf, fieldnames=fields + extra, lineterminator="\n")
    w.writeheader()
    for r in results:
        w.writerow({**r, "evidence": json.dumps(r["evidence"], ensure_ascii=False)})
    click.echo(buf.getvalue(), nl=False)


@cli.command("eval")
@click.argument("file", type=click.Path(path_type=Path))
@click.option("--owner-lang", default="fr", show_default=True, help="Fallback language for short notes.")
@threshold_option
def eval_cmd(file: Path, owner_lang: str, threshold: float) -> None:
    """Measure the judgment on a labelled CSV (columns text, intent; optional action, lang)."""
    from .evaluation import load_examples, score
    from .judge import classify

    examples = load_examples(file)
    if not examples:
        from .errors import InputError

        raise InputError(file, "no labelled rows")
    started = time.perf_counter()
    judgments = classify([e.text for e in examples], owner_lang=owner_lang, threshold=threshold)
    seconds = time.perf_counter() - started
    s = score(examples, [j.intent for j in judgments], [j.action for j in judgments], [j.lang for j in judgments])
    out.print(f"{s.n} notes judged in {seconds:.1f} s")
    table = Table(show_header=False)
    table.add_column("metric")
    table.add_column("value", justify="right")
    table.add_row("action accuracy", f"{s.action_accuracy:.3f}")
    table.add_row("reply precision", f"{s.reply_precision:.3f}")
    table.add_row("reply recall", f"{s.reply_recall:.3f}")
    table.add_row("intent macro-F1", f"{s.intent_macro_f1:.3f}")
    table.add_row("unsure (sent to review)", str(s.unsure))
    out.print(table)
    table = Table(title="action accuracy per language", title_justify="left")
    table.add_column("lang")
    table.add_column("notes", justify="right")
    table.add_column("accuracy", justify="right")
    for lang, (n, acc) in s.per_language.items():
        table.add_row(lang, str(n), f"{acc:.3f}")
    out.print(table)
    labels = [i for i in PRIORITY if i in s.confusion or any(i in c for c in s.confusion.values())]
    short = {i: i[:6] for i in labels}
    table = Table(title="confusion (rows: gold intent, columns: predicted)", title_justify="left")
    table.add_column("gold \\ pred")
    for i in labels:
        table.add_column(short[i], justify="right")
    for g in labels:
        row = s.confusion.get(g, {})
        table.add_row(g, *[str(row.get(p, "")) if row.get(p) else "." for p in labels])
    out.print(table)


# -- demo --------------------------------------------------------------------------------------


@cli.command("demo")
@db_option
def demo_cmd(db_path: Path | None) -> None:
    """Run import + triage on the bundled fictional sample export and print the reply queue.

    Uses a temporary database unless --db (or INVITRIAGE_DB) is given.
    """
    started = time.perf_counter()
    with ExitStack() as stack:
        if db_path is None:
            tmp = stack.enter_context(tempfile.TemporaryDirectory(prefix="invitriage-demo-"))
            db_path = Path(tmp) / "demo.db"
        sample = stack.enter_context(resources.as_file(resources.files("invitriage") / "sample"))
        paths = [sample / "export"]
        if (sample / "pending.csv").exists():
            paths.append(sample / "pending.csv")
        store = stack.enter_context(_open(db_path))
        with _Bars() as bars:
            report = import_paths(store, paths, progress=bars.update)
        _print_import(report, time.perf_counter() - started)
        _print_triage(_run_triage(store))
        items = store.queue("reply")
        _print_queue(items, "table", f"Reply personally: {len(items)} invitation(s)")
        out.print(f"database: {db_path}" + (" (temporary)" if "invitriage-demo-" in str(db_path) else ""))


def main() -> None:
    cli(prog_name="invitriage")


if __name__ == "__main__":  # pragma: no cover
    main()
