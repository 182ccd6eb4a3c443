"""The command line: thin commands over the library. Errors become one line and an exit code."""

from __future__ import annotations

import csv
import io
import json
import os
import sqlite3
import sys
import time
from collections.abc import Callable, Sequence
from contextlib import ExitStack
from pathlib import Path
from typing import TYPE_CHECKING, Any, cast

import click

from invitriage import __version__
from invitriage.errors import ConfigError, InputError, InvitriageError
from invitriage.results import Evidence, QueueItem
from invitriage.service import Workspace
from invitriage.storage.store import default_db_path
from invitriage.taxonomy import ACTIONS, DEFAULT_THRESHOLD, LANGUAGES, PRIORITY
from invitriage.textsafe import printable, terminal, write_csv

if TYPE_CHECKING:  # the judgment's modules load numpy and the encoder: commands import them when they judge
    from rich.console import Console

    from invitriage.ingest.importers import ImportReport
    from invitriage.settings import Settings
    from invitriage.triage import TriageReport


class _LazyConsole:
    """A rich console made on first use: rich takes ≈ 40 ms to load, which a command printing only plain
    lines (import) need not pay. Every string it renders (plain lines, table cells, panels) passes the terminal
    sanitiser first: names and notes from strangers may hold escape sequences (OSC 52, OSC 8, clear-screen)."""

    def __init__(self, stderr: bool) -> None:
        self._stderr = stderr
        self._console: Any = None

    def __getattr__(self, name: str) -> Any:
        if self._console is None:
            from rich.console import Console

            class _SafeConsole(Console):
                def render_str(self, text: str, **kwargs: Any) -> Any:
                    return super().render_str(terminal(text), **kwargs)

            self._console = _SafeConsole(stderr=self._stderr, highlight=False)
        return getattr(self._console, name)


out: Console = cast("Console", _LazyConsole(stderr=False))
err: Console = cast("Console", _LazyConsole(stderr=True))


def _stderr_is_terminal() -> bool:
    """What rich's ``err.is_terminal`` says, without loading rich when the answer is plainly no (no terminal, and
    none of the variables that make rich pretend one)."""
    if isinstance(err, _LazyConsole) and err._console is None and "FORCE_COLOR" not in os.environ \
            and "TTY_COMPATIBLE" not in os.environ:
        isatty = getattr(sys.stderr, "isatty", None)
        if isatty is None or not isatty():
            return False
    return bool(err.is_terminal)


def escape(text: str) -> str:
    """Text shown literally in rich markup (a name such as "[bold]boss")."""
    from rich.markup import escape as rich_escape

    return rich_escape(text)


def echo(text: str, nl: bool = True) -> None:
    """Machine-readable output (JSON, CSV) on stdout, sanitised for the terminal like everything else."""
    click.echo(terminal(text), nl=nl)

PROGRESS_MIN_ROWS = 1000


def say(text: str) -> None:
    """A plain line: no markup (it may hold untrusted text) and never cut (paths, URLs)."""
    click.echo(terminal(text))


class _Cli(click.Group):
    def invoke(self, ctx: click.Context) -> Any:
        try:
            return super().invoke(ctx)
        except InvitriageError as exc:
            click.echo(f"invitriage: error: {printable(str(exc))}", err=True)
            ctx.exit(exc.exit_code)
        except KeyboardInterrupt:
            click.echo("invitriage: interrupted; nothing half-written was kept", err=True)
            ctx.exit(130)
        except sqlite3.OperationalError as exc:
            if "locked" not in str(exc) and "busy" not in str(exc):
                raise
            click.echo("invitriage: error: the database is busy (another invitriage command is writing to it); "
                       "nothing was changed, try again in a moment", err=True)
            ctx.exit(1)


def _file_option(flag: str, dest: str, env: str, help: str) -> Callable[[Callable[..., Any]], Callable[..., Any]]:
    return click.option(flag, dest, type=click.Path(dir_okay=False, path_type=Path), envvar=env, help=help)


db_option = _file_option("--db", "db_path", "INVITRIAGE_DB", "SQLite database file [env INVITRIAGE_DB; "
                         "default: invitriage.db in the user data directory].")
config_option = _file_option("--config", "config_path", "INVITRIAGE_CONFIG", "Settings file [env INVITRIAGE_CONFIG; "
                             "default: invitriage.toml in the user config directory].")


def _open(db_path: Path | None) -> Workspace:
    """The workspace over the database, without settings: for the operations that need none."""
    return Workspace.open(db_path or default_db_path())


def _ws(db_path: Path | None, config_path: Path | None = None, settings: Settings | None = None) -> Workspace:
    return Workspace.open(db_path or default_db_path(), settings or load_settings(config_path))


def load_settings(config_path: Path | None) -> Settings:
    """The owner's settings (:func:`invitriage.settings.load_settings`): their module loads with the first command
    that reads them (``import`` does not)."""
    from invitriage.settings import load_settings

    return load_settings(config_path)


def _config_path(config_path: Path | None) -> Path:
    from invitriage.settings import default_config_path

    return config_path or default_config_path()


class _NoBars:
    """What :class:`_Bars` shows off a terminal: nothing."""

    def __enter__(self) -> "_NoBars":
        return self

    def __exit__(self, *exc: object) -> None:
        pass

    def add_task(self, *args: Any, **kwargs: Any) -> int:
        return 0

    def update(self, *args: Any, **kwargs: Any) -> None:
        pass

    def refresh(self) -> None:
        pass


class _Bars:
    """Rich progress bars on stderr (counts, elapsed time and an ETA), shown only for work over
    ``min_total`` units and only on a terminal: a pipe or a log file gets nothing."""

    #: Seconds between two redraws of bars without their own refresh thread.
    REDRAW_SECONDS = 0.1

    def __init__(self, min_total: int = PROGRESS_MIN_ROWS, *, refresh_thread: bool = True) -> None:
        """``refresh_thread=False``: the bars are redrawn by :meth:`update` (at most every REDRAW_SECONDS), not by
        rich's thread, for work that needs this process to keep one thread (import and triage: a process forks its
        workers only while it has one, see :mod:`invitriage.forked`)."""
        self.min_total = min_total
        self.redraw = not refresh_thread
        self.drawn = 0.0
        self.progress: Any = _NoBars()
        if _stderr_is_terminal():  # rich's progress module is loaded only for a terminal
            from rich.progress import (
                BarColumn,
                MofNCompleteColumn,
                Progress,
                TextColumn,
                TimeElapsedColumn,
                TimeRemainingColumn,
            )

            self.progress = Progress(
                TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn(),
                TextColumn("ETA"), TimeRemainingColumn(), console=err, transient=True, auto_refresh=refresh_thread,
            )
        self.tasks: dict[str, Any] = {}

    def __enter__(self) -> "_Bars":
        self.progress.__enter__()
        return self

    def __exit__(self, *exc: object) -> None:
        self.progress.__exit__(None, None, None)

    def update(self, label: str, done: int, total: int) -> None:
        if total < self.min_total:
            return
        if label not in self.tasks:
            self.tasks[label] = self.progress.add_task(label, total=total)
        self.progress.update(self.tasks[label], completed=done, total=max(total, done))
        if self.redraw and time.monotonic() - self.drawn >= self.REDRAW_SECONDS:
            self.drawn = time.monotonic()
            self.progress.refresh()


@click.group(cls=_Cli, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="invitriage")
def cli() -> None:
    """Triage a LinkedIn invitation backlog: reply personally to those who state a reason
    or can benefit, accept the rest silently. Runs offline."""


# -- import ------------------------------------------------------------------------------------


def _table(**kwargs: Any) -> Any:
    """A rich table (rich is loaded by the commands that show one)."""
    from rich.table import Table

    return Table(**kwargs)


def _width(text: str) -> int:
    """Terminal cells taken by ``text``: wide East Asian characters take two, combining marks none."""
    if text.isascii():
        return len(text)
    import unicodedata

    return sum(0 if unicodedata.combining(c) else 2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in text)


def _boxed(title: str, header: Sequence[str], rows: Sequence[Sequence[str]], right: Sequence[bool]) -> str:
    """A table drawn like rich's (a title, a heavy head, light lines), without loading rich; cells are shown
    whole (file paths are never cut) and pass the terminal sanitiser."""
    cells = [[terminal(c).replace("\n", " ").replace("\t", " ") for c in row] for row in [header, *rows]]
    widths = [max(_width(row[i]) for row in cells) for i in range(len(header))]

    def line(row: Sequence[str], bar: str) -> str:
        padded = [(" " * (w - _width(c)) + c) if r else (c + " " * (w - _width(c))) for c, w, r in zip(row, widths, right)]
        return bar + bar.join(f" {c} " for c in padded) + bar

    def rule(left: str, fill: str, mid: str, end: str) -> str:
        return left + mid.join(fill * (w + 2) for w in widths) + end

    return "\n".join([title, rule("┏", "━", "┳", "┓"), line(cells[0], "┃"), rule("┡", "━", "╇", "┩"),
                      *(line(row, "│") for row in cells[1:]), rule("└", "─", "┴", "┘")])


def _print_import(report: ImportReport, seconds: float) -> None:
    rows = [(f.display, f.kind, str(f.rows), str(f.new)) for f in report.files if f.kind not in ("ignored", "skipped")]
    click.echo(_boxed("Import", ("file", "kind", "rows", "new"), rows, (False, False, True, True)))
    if report.ignored:
        names = ", ".join(Path(p.split("!")[-1]).name for p in report.ignored)
        say(f"ignored {len(report.ignored)} other file(s): {names}")
    skipped = [Path(f.display.split("!")[-1]).name for f in report.files if f.kind == "skipped"]
    if skipped:
        say(f"skipped as asked: {', '.join(skipped)}")
    for f in report.files:
        for note in f.notes:
            say(f"{Path(f.display.split('!')[-1]).name}: {note}")
    pages = [f for f in report.files if f.kind == "page"]
    if len(pages) > 1:
        people = len({s for f in pages for s in f.slugs})
        counted = max((f.page_count or 0) for f in pages)
        say(f"{len(pages)} saved pages: {people} different people" +
            (f" of the {counted} the page counts" if counted else ""))
    click.echo(f"{report.new} new in {seconds:.1f} s")


@cli.command("import")
@click.argument("paths", nargs=-1, required=True, type=click.Path(path_type=Path))
@click.option("--skip", "skip", multiple=True, metavar="FILE",
              help="Leave out this export file (e.g. a damaged messages.csv); repeatable.")
@click.option("--saved-at", "saved_at", metavar="WHEN",
              help="When the saved invitation pages were saved (e.g. 2026-11-28 or 2026-11-28T18:30+01:00): their "
                   "\"3 days ago\" counts back from it [default: the time in the file, else the file's time].")
@db_option
def import_cmd(paths: tuple[Path, ...], skip: tuple[str, ...], saved_at: str | None, db_path: Path | None) -> None:
    """Import LinkedIn exports (ZIP or folder), saved received-invitations pages (.html, or a ZIP of them)
    and pending-invitation lists (.csv/.jsonl).

    All PATHS are imported in one transaction: on any error nothing is stored.
    """
    when = None
    if saved_at:
        from datetime import datetime

        from invitriage.ingest.dates import parse_iso_instant

        try:
            when = datetime.fromisoformat(parse_iso_instant(saved_at))
        except ValueError:
            raise click.BadParameter(f"{saved_at!r} is not a date or time like 2026-11-28T18:30+01:00",
                                     param_hint="--saved-at") from None
    started = time.perf_counter()
    with Workspace.open(db_path or default_db_path(), importing=True) as ws, \
            _Bars(refresh_thread=False) as bars:
        # Off a terminal no bar is shown: no progress at all, so the files are not read once more to count their lines.
        report = ws.import_paths(paths, progress=bars.update if _stderr_is_terminal() else None, skip=skip, saved_at=when)
    _print_import(report, time.perf_counter() - started)


# -- triage ------------------------------------------------------------------------------------


def _print_triage(report: TriageReport) -> None:
    out.print(f"Triage: judged {report.judged} invitations in {report.seconds:.1f} s")
    table = _table()
    table.add_column("action")
    table.add_column("count", justify="right")
    for action in ACTIONS:
        if action in report.actions:
            table.add_row(action, str(report.actions[action]))
    out.print(table)
    table = _table()
    table.add_column("intent")
    table.add_column("count", justify="right")
    for intent in PRIORITY:
        if intent in report.intents:
            table.add_row(intent, str(report.intents[intent]))
    out.print(table)
    if report.problems:
        say(f"{len(report.problems)} invitation(s) could not be judged or drafted; the rest were. First: "
            f"#{report.problems[0][0]}: {report.problems[0][1]}")


def _run_triage(ws: Workspace) -> TriageReport:
    with _Bars(refresh_thread=False) as bars:  # drawn at each chunk: triage may fork (the languages, see triage.py)
        # Off a terminal no bar is shown: no progress, so nothing is counted before judging.
        report = ws.triage(progress=(lambda done, total: bars.update("judging", done, total)) if _stderr_is_terminal() else None)
    _print_triage(report)
    stale = ws.stale_count()
    if stale:
        say(f"{stale} pending invitation(s) are older than {ws.settings.stale_after_days} days (stale): long gone from "
            "your invitation page, they are left out of the reply queue (queue --stale lists them)")
    warning = ws.headline_warning()
    if warning:
        say("note: " + warning)
    if report.actions.get("reply") and not (ws.settings.signature or ws.settings.owner_name):
        say("note: drafts end without a signature: set signature (or owner_name) in your invitriage.toml")
    return report


threshold_option = click.option(
    "--threshold", type=click.FloatRange(0, 1), default=None,
    help=f"Below this confidence the action is 'unsure' (review, never accepted silently) [default: the "
         f"'threshold' setting, {DEFAULT_THRESHOLD}].")


@cli.command("triage")
@threshold_option
@config_option
@db_option
def triage_cmd(threshold: float | None, config_path: Path | None, db_path: Path | None) -> None:
    """Judge every pending invitation: intent, action, language, confidence and evidence.

    Re-running it after a settings change updates the machine's decisions; your overrides stay.
    """
    settings = load_settings(config_path)
    if threshold is not None:
        from dataclasses import replace

        settings = replace(settings, threshold=threshold)
    with _ws(db_path, settings=settings) as ws:
        report = _run_triage(ws)
    if report.benefit:
        out.print(f"{report.benefit} invitation(s) without a stated reason get a reply because they can benefit")


# -- queue -------------------------------------------------------------------------------------


def _why(evidence: Sequence[Evidence]) -> str:
    for e in evidence:
        if e.get("quote"):
            return f"{e['rule']}: “{e['quote']}”"
    return evidence[0]["rule"] if evidence else ""


QUEUE_COLUMNS = ["id", "name", "profile_url", "headline", "sent_at", "note", "lang", "intent", "action",
                 "confidence", "evidence", "status"]


def _print_queue(items: list[QueueItem], fmt: str, title: str, *, one_line: bool = False) -> None:
    if fmt == "json":
        echo(json.dumps(items, ensure_ascii=False, indent=2))
        return
    if fmt == "csv":
        buf = io.StringIO()
        write_csv(buf, QUEUE_COLUMNS, ({**i, "evidence": json.dumps(i["evidence"], ensure_ascii=False)} for i in items))
        echo(buf.getvalue(), nl=False)
        return
    if one_line:  # a second look at silent accepts: name, intent and the note, one line each
        say(title)
        for item in items:
            note = " ".join((item.get("note") or "").split())
            say(f"#{item['id']} {item['name']} · {item['intent']} · {note}")
        return
    table = _table(title=title, title_justify="left", show_lines=False)
    for col in ("id", "name", "sent", "lang", "intent", "conf", "why"):
        table.add_column(col, justify="right" if col in ("id", "conf") else "left",
                         overflow="fold" if col == "why" else "ellipsis")
    for item in items:
        # Names, headlines and notes are untrusted: escaped, so "[/]" in a name is text, not markup.
        headline = item.get("headline")
        name = escape(item["name"]) + (f"\n[dim]{escape(headline)}[/dim]" if headline else "")
        table.add_row(str(item["id"]), name, item["sent_at"][:10], item["lang"],
                      item["intent"] + (" *" if item.get("overridden") else ""),
                      f"{item['confidence']:.2f}", escape(_why(item["evidence"])))
    out.print(table)


@cli.command("queue")
@click.option("--action", type=click.Choice(ACTIONS), default="reply", show_default=True,
              help="Which bucket to list.")
@click.option("--week", type=int, is_flag=False, flag_value=1, default=None,
              help="Only this week's batch of replies within the weekly budget (--week 2: next week's).")
@click.option("--format", "fmt", type=click.Choice(["table", "json", "csv"]), default="table", show_default=True)
@click.option("--limit", type=int, default=0, help="Show at most N invitations (0: all).")
@click.option("--drafts", "with_drafts", is_flag=True, help="Show each reply with its note and draft (table format).")
@click.option("--stale", is_flag=True,
              help="Only the stale invitations (older than stale_after_days), left out of the queues otherwise.")
@click.option("--with-note", is_flag=True,
              help="Only invitations that carry a note; with --action accept, one line each (name, intent, note) "
                   "for a quick second look at what is accepted silently.")
@config_option
@db_option
def queue_cmd(action: str, week: int | None, fmt: str, limit: int, with_drafts: bool, stale: bool, with_note: bool,
              config_path: Path | None, db_path: Path | None) -> None:
    """List judged invitations of one action with the quoted evidence.

    The reply queue is in priority order (intent, benefit, confidence, age); other buckets are
    newest first. An asterisk marks your own overrides.
    """
    if week is not None and action != "reply":
        raise click.UsageError("--week applies to the reply queue")
    if week is not None and week < 1:
        raise click.UsageError("--week counts from 1 (this week)")
    with _ws(db_path, config_path) as ws:
        if week is not None:
            batch = ws.week(week)
            items = [i for i in batch.items if not with_note or (i.get("note") or "").strip()]
            sent = f", {batch.sent_this_week} already sent this week" if week == 1 and batch.sent_this_week else ""
            title = (f"Week {week}: {len(items)} repl{'y' if len(items) == 1 else 'ies'} (budget {batch.budget}{sent}); "
                     f"{batch.later} more in the following weeks")
        else:
            items = ws.queue(action, with_note=with_note, stale=stale)  # type: ignore[arg-type]
            title = (f"{action}: {len(items)} {'stale ' if stale else ''}invitation(s)" + (" with a note" if with_note else "")
                     + ("" if stale or not ws.counts()["stale"] else
                        f"; {ws.counts()['stale']} stale ones (older than {ws.settings.stale_after_days} days) "
                        "are left out: --stale lists them"))
        if limit > 0:
            items = items[:limit]
        if with_drafts or fmt != "table":  # the replies shown, drafted now if they were not yet
            items = ws.with_drafts(items)
    if with_drafts and fmt == "table":
        _print_week_with_drafts(items, title)
    else:
        _print_queue(items, fmt, title, one_line=with_note and action != "reply" and fmt == "table")


@cli.command("override")
@click.argument("invitation_id", type=int)
@click.option("--intent", type=click.Choice(sorted(PRIORITY)), help="Your intent for it.")
@click.option("--action", type=click.Choice(["reply", "accept", "hold"]), help="Your action for it.")
@click.option("--clear", is_flag=True, help="Forget your override: the machine's judgment applies again.")
@config_option
@db_option
def override_cmd(invitation_id: int, intent: str | None, action: str | None, clear: bool, config_path: Path | None,
                 db_path: Path | None) -> None:
    """Set your own intent and/or action for one invitation; re-judging never changes it."""
    if clear == bool(intent or action):
        raise click.UsageError("give --intent and/or --action, or --clear")
    with _ws(db_path, config_path) as ws:
        if clear:
            done = ws.undo_override(invitation_id)
            out.print(f"override of {invitation_id} cleared" if done else f"{invitation_id} had no override")
            return
        intent, action = ws.override(invitation_id, intent, action)
    out.print(f"invitation {invitation_id}: " + ", ".join(f"{k} = {v}" for k, v in (("intent", intent), ("action", action)) if v))


@cli.command("init")
@click.option("--force", is_flag=True, help="Overwrite an existing settings file.")
@config_option
@db_option
def init_cmd(force: bool, config_path: Path | None, db_path: Path | None) -> None:
    """Write a commented settings file, prefilled from your imported Profile.csv."""
    from invitriage.settings import render_settings

    path = _config_path(config_path)
    if path.exists() and not force:
        raise ConfigError(f"{path}: already exists (use --force to overwrite, or edit it)")
    values: dict[str, Any] = {}
    db = db_path or default_db_path()
    if db.exists():
        with _open(db) as ws:
            values = ws.settings_prefill()
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(render_settings(values), encoding="utf-8")
    load_settings(path)  # what we write must read back
    say(f"wrote {path}" + (" (prefilled from Profile.csv)" if values else "") +
        "; edit help_whom and meet_whom, then run: invitriage triage")
    if not values.get("owner_name"):
        say("warning: no Profile.csv imported, so owner_name and signature are empty: fill them in "
            f"{path} (drafts are signed with them), or import your export first and run init --force")


# -- drafts, sent marks and exports ----------------------------------------------------------


def _print_week_with_drafts(items: list[QueueItem], title: str) -> None:
    from rich.panel import Panel
    from rich.text import Text

    say(title)
    for item in items:
        # Text objects skip render_str: sanitise what strangers wrote here.
        head = Text()
        head.append(terminal(f"#{item['id']} {item['name']}"), style="bold")
        if item.get("headline"):
            head.append(terminal(f" — {item['headline']}"))
        head.append(terminal(f"\n{item['intent']} · {item['lang']} · {_why(item['evidence'])}"), style="dim")
        if item.get("note"):
            head.append(terminal(f"\nnote: {item['note']}"))
        draft = item.get("draft") or (f"(no draft: {item['draft_problem']})" if item.get("draft_problem") else "(no draft)")
        out.print(Panel(Text.assemble(head, "\n\n", Text(terminal(draft))), expand=False, width=min(out.width, 100)))


@cli.command("sent")
@click.argument("invitation_ids", nargs=-1, required=True, type=int)
@click.option("--undo", is_flag=True, help="Take the sent mark back (the reply returns to the queue).")
@config_option
@db_option
def sent_cmd(invitation_ids: tuple[int, ...], undo: bool, config_path: Path | None, db_path: Path | None) -> None:
    """Mark personal replies as sent (after you sent them on LinkedIn)."""
    with _ws(db_path, config_path) as ws:
        if undo:
            for i in invitation_ids:
                ws.unmark_sent(i)
                out.print(f"{i}: back in the queue")
            return
        before = ws.mark_sent(invitation_ids)
    for i, status in before.items():
        out.print(f"{i}: sent" if status not in ("sent", "answered") else f"{i}: already {status}")


@cli.command("postpone")
@click.argument("invitation_ids", nargs=-1, required=True, type=int)
@click.option("--undo", is_flag=True, help="Back into this week's batch.")
@config_option
@db_option
def postpone_cmd(invitation_ids: tuple[int, ...], undo: bool, config_path: Path | None, db_path: Path | None) -> None:
    """Move replies to next week's batch (the page's "Next week")."""
    with _ws(db_path, config_path) as ws:
        for i in invitation_ids:
            if undo:
                ws.unpostpone(i)
                out.print(f"{i}: back in this week's batch")
            else:
                out.print(f"{i}: postponed until {ws.postpone(i)}")


@cli.command("accept")
@click.option("--intent", type=click.Choice(sorted(PRIORITY)), help="Only the accept-silently list of this intent.")
@click.option("--undo", is_flag=True, help="Undo the last \"accept\": those invitations are pending again.")
@click.option("--yes", is_flag=True, help="Do not ask for confirmation.")
@config_option
@db_option
def accept_cmd(intent: str | None, undo: bool, yes: bool, config_path: Path | None, db_path: Path | None) -> None:
    """Mark the accept-silently list as accepted (after you accepted them on LinkedIn): they leave the lists.

    The page's "Mark N as accepted"; --undo takes the last one back.
    """
    with _ws(db_path, config_path) as ws:
        if undo:
            out.print(f"{ws.undo_last_accept()} invitation(s) pending again")
            return
        n = len(ws.queue("accept", intent=intent))
        if not n:
            out.print("nothing to accept")
            return
        if not yes and not click.confirm(f"Mark {n} invitation(s){' (' + intent + ')' if intent else ''} as accepted?",
                                         default=False):
            raise click.Abort()
        done = ws.accept_all(intent)
    out.print(f"{done.count} invitation(s) marked as accepted (undo: invitriage accept --undo)")


@cli.command("draft")
@click.argument("invitation_id", type=int)
@click.option("--text", help="Your own wording (otherwise your $EDITOR opens on the current draft).")
@config_option
@db_option
def draft_cmd(invitation_id: int, text: str | None, config_path: Path | None, db_path: Path | None) -> None:
    """Show or edit the draft of one reply; an edited draft is never regenerated."""
    with _ws(db_path, config_path) as ws:
        current = ws.draft(invitation_id)
        if text is None and sys.stdin.isatty():
            text = click.edit(current)
        if text is None:
            say(current)
            return
        saved = ws.set_draft(invitation_id, text)
    out.print(f"draft of {invitation_id} saved ({len(saved)} characters)")


@cli.command("drafts")
@click.option("--lang", type=click.Choice(LANGUAGES), default="fr", show_default=True)
@click.option("--intent", type=click.Choice(["met_before", "content", "referral", "ask_for_help", "job_seeking",
                                             "recruiting", "business_proposal", "sales_pitch", "benefit"]),
              default="content", show_default=True)
@config_option
def drafts_cmd(lang: str, intent: str, config_path: Path | None) -> None:
    """Preview a draft template (yours if you made one) on an example, in both registers."""
    from dataclasses import replace

    from invitriage.drafts.writer import load_template, preview

    settings = load_settings(config_path)
    example = _example_note(intent, lang)
    _, where = load_template(intent, lang, settings.templates_dir)
    say(f"template: {where}")
    if example:
        say(f"example note: {example}")
    for informal in (False, True):
        d = preview(intent, lang, example, replace(settings, signature=settings.signature or settings.owner_name or "Camille"),
                    informal=informal, owner_dir=settings.templates_dir)
        out.print(f"\n[bold]{'informal' if informal else 'formal'}[/bold] ({len(d.text)} characters)")
        say(d.text)


def _example_note(intent: str, lang: str) -> str:
    """A note of this intent and language from the team's corpus (shipped in the package)."""
    from importlib import resources

    ref = resources.files("invitriage").joinpath("corpus", f"{lang}.csv")
    rows = [r for r in csv.DictReader(io.StringIO(ref.read_text(encoding="utf-8"))) if r["intent"] == intent]
    # A mid-length note shows the quoting best; pick one deterministically.
    rows.sort(key=lambda r: (abs(len(r["text"]) - 110), r["text"]))
    return rows[0]["text"] if rows else ""


@cli.command("export")
@click.option("--action", type=click.Choice(["reply", "accept"]), default="reply", show_default=True)
@click.option("--format", "fmt", type=click.Choice(["csv", "json"]), default="csv", show_default=True)
@click.option("--out", "out_path", type=click.Path(dir_okay=False, path_type=Path), help="Write to a file instead of the screen.")
@config_option
@db_option
def export_cmd(action: str, fmt: str, out_path: Path | None, config_path: Path | None, db_path: Path | None) -> None:
    """Write the work list for LinkedIn: name, profile link (and the draft, for replies).

    CSV cells that a spreadsheet would run as formulas are prefixed with an apostrophe.
    """
    with _ws(db_path, config_path) as ws:
        cols, rows = ws.export_rows(action)  # type: ignore[arg-type]
    if fmt == "json":
        text = json.dumps(rows, ensure_ascii=False, indent=2) + "\n"
    else:
        buf = io.StringIO()
        write_csv(buf, cols, rows)
        text = buf.getvalue()
    if out_path:
        try:
            out_path.write_text(text, encoding="utf-8")
        except OSError as exc:
            raise InputError(out_path, f"cannot write file ({exc.strerror})") from None
        err.print(f"wrote {len(rows)} invitation(s) to {out_path}")
    else:
        echo(text, nl=False)


def _run_names(items: list[QueueItem]) -> str:
    if len(items) == 1:
        return items[0]["name"]
    return f"from {items[0]['name']} to {items[-1]['name']}"


@cli.command("worklist")
@click.option("--format", "fmt", type=click.Choice(["text", "json"]), default="text", show_default=True)
@click.option("--no-drafts", is_flag=True, help="Leave the drafts out (a shorter list to print).")
@config_option
@db_option
def worklist_cmd(fmt: str, no_drafts: bool, config_path: Path | None, db_path: Path | None) -> None:
    """What to do on LinkedIn's received-invitations page, top to bottom: accept runs, and the few to stop at.

    LinkedIn has no "accept all": go down the page clicking Accept, and stop only where this list
    names someone — this week's replies (with the draft and the card's Message link) and those to
    decide on. Import a newer saved page or export afterwards: the count left goes down.
    """
    with _ws(db_path, config_path) as ws, _Bars(min_total=1) as bars:
        work = ws.worklist(progress=lambda done, total: bars.update("worklist", done, total))
    if fmt == "json":
        echo(json.dumps({"pending": work.pending, "previous": work.previous,
                         "steps": [{"kind": st.kind, "count": len(st.items),
                                    "items": [{k: i.get(k) for k in ("id", "name", "headline", "profile_url", "message_url",
                                                                      "intent", "action", "draft", "sent_at")}
                                              for i in st.items]} for st in work.steps]}, ensure_ascii=False, indent=2))
        return
    say("Worklist for LinkedIn: your received-invitations page, top to bottom (newest first)")
    line = (f"{work.pending:,} pending: reply to {work.count('reply')} this week, decide on {work.count('decide')}, "
            f"accept the other {work.count('accept'):,}.")
    if work.previous:
        fewer = work.previous["pending"] - work.pending
        line += (f" Last worklist ({work.previous['at']}): {work.previous['pending']:,} pending"
                 + (f", {fewer:,} fewer now." if fewer > 0 else "."))
    say(line)
    for n, step in enumerate(work.steps, start=1):
        if step.kind == "accept":
            later = f" ({step.later_replies} of them get a reply in a later week: accepting now is fine)" if step.later_replies else ""
            say(f"{n:>3}. Accept {'the next ' + str(len(step.items)) if len(step.items) > 1 else ''}"
                f"{' — ' if len(step.items) > 1 else ''}{_run_names(step.items)}{later}")
            continue
        item = step.items[0]
        who = item["name"] + (f" — {item['headline']}" if item.get("headline") else "")
        if step.kind == "decide":
            what = "looks like a scam: decide (Ignore, or Accept)" if item["action"] == "hold" else "unsure: read the note and decide"
            say(f"{n:>3}. STOP at {who}: {what}")
            if item.get("note"):
                say(f"       note: {' '.join(item['note'].split())}")
            continue
        say(f"{n:>3}. STOP at {who}: reply personally")
        url = item.get("message_url")
        say(f"       Message (reply without accepting): {url}" if url else f"       profile: {item.get('profile_url') or '-'}")
        if not no_drafts and (draft := item.get("draft")):
            for text_line in draft.splitlines():
                say(f"       | {text_line}")
    if work.steps:
        say("Then: invitriage sent ID… for the replies you sent; a newer saved page or export shows what is left.")


@cli.command("outreach")
@click.option("--done", "done", type=int, metavar="ID", help="You wrote to this connection: it leaves the list.")
@click.option("--skip", "skip", type=int, metavar="ID", help="Never suggest this connection again.")
@click.option("--undo", "undo", type=int, metavar="ID", help="Put a contacted or skipped connection back on the list.")
@click.option("--draft", "draft_id", type=int, metavar="ID", help="Replace the draft of this connection with --text.")
@click.option("--text", help="Your own wording for --draft.")
@click.option("--format", "fmt", type=click.Choice(["table", "json"]), default="table", show_default=True)
@config_option
@db_option
def outreach_cmd(done: int | None, skip: int | None, undo: int | None, draft_id: int | None, text: str | None,
                 fmt: str, config_path: Path | None, db_path: Path | None) -> None:
    """This week's connections worth a personal message, each with its reason and an opening draft.

    Up to `weekly_outreach` people whose position matches whom you want to meet or help, never (or not
    lately) messaged, freshly connected first. Those you write to leave the list (marked here, or seen
    in a newer messages.csv); --skip removes someone for good.
    """
    with _ws(db_path, config_path) as ws:
        if done is not None:
            ws.outreach_contacted(done)
            out.print(f"{done}: contacted")
            return
        if skip is not None:
            ws.outreach_skip(skip)
            out.print(f"{skip}: skipped for good")
            return
        if undo is not None:
            ws.outreach_undo(undo)
            out.print(f"{undo}: back on the list")
            return
        if draft_id is not None:
            if text is None:
                raise click.UsageError("--draft needs --text")
            saved = ws.set_outreach_draft(draft_id, text)
            out.print(f"draft of {draft_id} saved ({len(saved)} characters)")
            return
        if not (ws.settings.meet_whom or ws.settings.help_whom):
            raise ConfigError("outreach needs meet_whom or help_whom in your settings: whom do you want to reach? "
                              "(invitriage init writes a settings file)")
        week = ws.outreach()
    if fmt == "json":
        echo(json.dumps({"items": week.items, "budget": week.budget,
                         "contacted_this_week": week.contacted_this_week, "more": week.more}, ensure_ascii=False, indent=2))
        return
    say(f"This week: {len(week.items)} connection(s) worth a personal message (outreach budget {week.budget}"
        + (f", {week.contacted_this_week} already contacted this week" if week.contacted_this_week else "")
        + f"); {week.more} more for the following weeks.")
    from rich.panel import Panel
    from rich.text import Text

    for item in week.items:
        head = Text()
        head.append(terminal(f"#{item['id']} {item['name']}"), style="bold")
        if item.get("profile_url"):
            head.append(terminal(f"  {item['profile_url']}"), style="dim")
        head.append(terminal(f"\n{item['reason']}"), style="dim")
        out.print(Panel(Text.assemble(head, "\n\n", Text(terminal(item["draft"] or ""))), expand=False,
                        width=min(out.width, 100)))
    if week.items:
        say("After writing: invitriage outreach --done ID (or --skip ID to never see someone again).")


# -- learn -------------------------------------------------------------------------------------


@cli.command("learn")
@config_option
@db_option
def learn_cmd(config_path: Path | None, db_path: Path | None) -> None:
    """Learn your line from your corrections (overrides), then re-judge.

    Refits a personal layer on the team's corpus plus your corrections, reports before/after on a
    held-out part of them, and updates the machine's decisions. Undo a correction with
    `invitriage override ID --clear`; the next `learn` forgets it.
    """
    with _ws(db_path, config_path) as ws, _Bars() as bars:
        report = ws.learn(progress=lambda done, total: bars.update("re-judging", done, total))
    if not report.corrections:
        out.print("no corrections (yet): the shipped model applies. Correct with `invitriage override` or on the page.")
    else:
        out.print(f"learned from {report.corrections} correction(s)")
        if report.held_out:
            out.print(f"on {report.held_out} held-out correction(s), the action matched yours: "
                      f"{report.before:.0%} before, {report.after:.0%} after")
        for intent, action in report.learned_actions.items():
            out.print(f"learned: {intent} -> {action}")
    out.print(f"{len(report.changed)} decision(s) changed")
    shown = 20
    for c in report.changed[:shown]:
        say(f"  #{c['id']} {c['name']}: {c['before'][0]}/{c['before'][1]} -> {c['after'][0]}/{c['after'][1]}")
    if len(report.changed) > shown:
        say(f"  …and {len(report.changed) - shown} more")


# -- report ------------------------------------------------------------------------------------


@cli.command("report")
@click.option("--out", "out_dir", type=click.Path(file_okay=False, path_type=Path),
              help="Folder for report.html [default: 'report' beside the database].")
@config_option
@db_option
def report_cmd(out_dir: Path | None, config_path: Path | None, db_path: Path | None) -> None:
    """Write the network picture as a self-contained HTML report and print the key figures."""
    from invitriage.report.figures import summary_lines

    with _ws(db_path, config_path) as ws, _Bars(min_total=1) as bars:
        path, figures = ws.report(out_dir, progress=lambda done, total: bars.update("report", done, total))
    for line in summary_lines(figures):
        say(line)
    say(f"report: {path}")


# -- backup, restore, purge --------------------------------------------------------------------


@cli.command("backup")
@click.option("--out", "out_path", type=click.Path(dir_okay=False, path_type=Path),
              help="Backup file [default: backups/invitriage-YYYYmmdd-HHMMSS.db beside the database].")
@db_option
def backup_cmd(out_path: Path | None, db_path: Path | None) -> None:
    """Copy the database to a backup file (consistent even while the review page is open)."""
    with _open(db_path) as ws:
        path = ws.backup(out_path)
    say(f"backup written: {path}")


@cli.command("restore")
@click.argument("backup_file", type=click.Path(dir_okay=False, path_type=Path))
@click.option("--yes", is_flag=True, help="Do not ask for confirmation.")
@db_option
def restore_cmd(backup_file: Path, yes: bool, db_path: Path | None) -> None:
    """Replace the database with a backup; the current content is backed up first."""
    db = db_path or default_db_path()
    if not yes and not click.confirm(f"Replace {db} with {backup_file}?", default=False):
        raise click.Abort()
    with _open(db) as ws:
        safety = ws.restore(backup_file)  # a refused backup writes nothing, not even the safety copy
    say(f"restored {backup_file} (the previous content is in {safety})")


@cli.command("purge")
@click.option("--person", "profile_url", help="Remove everything about this person (their profile URL).")
@click.option("--all", "everything", is_flag=True, help="Remove all imported data, decisions and drafts.")
@click.option("--yes", is_flag=True, help="Do not ask for confirmation.")
@config_option
@db_option
def purge_cmd(profile_url: str | None, everything: bool, yes: bool, config_path: Path | None, db_path: Path | None) -> None:
    """Erase a person's data everywhere (a data-protection request), or all data.

    What your personal layer learned from them is refitted without them. The file is rewritten so
    nothing remains in free pages. Earlier backups are not touched (they are listed).
    """
    if bool(profile_url) == everything:
        raise click.UsageError("give --person PROFILE_URL or --all")
    what = f"all data about {profile_url}" if profile_url else "ALL data"
    if not yes and not click.confirm(terminal(f"Erase {what}?"), default=False):
        raise click.Abort()
    with _ws(db_path, config_path) as ws:
        if not profile_url:
            ws.purge_all()
            out.print("all data removed")
            return
        report = ws.purge_person(profile_url)
    if report.removed:
        out.print("removed: " + ", ".join(f"{n} {t}" for t, n in report.removed.items()))
    else:
        out.print("nobody with that profile URL: nothing removed")
    if report.personal_layer_refitted:
        out.print(f"your personal layer had learned from them: refitted on your {report.corrections_left} other "
                  f"correction(s), and the backlog re-judged")
    if report.backups:
        say(f"older backups may still hold them ({len(report.backups)}): " + ", ".join(str(p) for p in report.backups[:5]))


# -- serve -----------------------------------------------------------------------------------


@cli.command("serve")
@click.option("--host", default="127.0.0.1", show_default=True, help="Interface to listen on; any other than localhost requires the printed token.")
@click.option("--port", default=8000, show_default=True, type=click.IntRange(1, 65535))
@config_option
@db_option
def serve_cmd(host: str, port: int, config_path: Path | None, db_path: Path | None) -> None:
    """Open the review page: this week's replies, the accept list, the unsure and hold buckets."""
    import logging
    import secrets

    import uvicorn

    from invitriage.web.app import create_app, needs_token

    settings = load_settings(config_path)
    db = db_path or default_db_path()
    token = secrets.token_urlsafe(24) if needs_token(host) else None
    with Workspace.open(db, settings) as ws:
        report = ws.report_path()
    app = create_app(db, settings, token=token, report_path=report, host=host, port=port)
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(message)s")
    shown = f"[{host}]" if ":" in host else host
    click.echo(f"invitriage review page: http://{shown}:{port}/" + (f"?token={token}" if token else ""))
    if token:
        out.print("this address holds an access token: share it only with yourself")
    uvicorn.run(app, host=host, port=port, access_log=False, log_level="warning")


# -- classify and eval ------------------------------------------------------------------------


@cli.command("classify")
@click.argument("file", type=click.Path(path_type=Path))
@click.option("--text-column", default="text", show_default=True, help="Column holding the note.")
@click.option("--format", "fmt", type=click.Choice(["csv", "json"]), default="csv", show_default=True)
@threshold_option
def classify_cmd(file: Path, text_column: str, fmt: str, threshold: float) -> None:
    """Judge the notes of any CSV without touching the database.

    Prints the input columns plus intent, action, lang, confidence and evidence.
    """
    from invitriage.judge.classify import classify

    from invitriage.ingest.csvio import read_rows

    fields, rows = read_rows(file, text_column)
    judgments = classify([r["text"] or "" for r in rows],
                         threshold=DEFAULT_THRESHOLD if threshold is None else threshold)
    results = [{**{f: r.get(f, "") for f in fields}, **j.as_dict()} for r, j in zip(rows, judgments)]
    if fmt == "json":
        echo(json.dumps(results, ensure_ascii=False, indent=2))
        return
    extra = [c for c in ("intent", "action", "lang", "confidence", "evidence") if c not in fields]
    buf = io.StringIO()
    write_csv(buf, fields + extra, ({**r, "evidence": json.dumps(r["evidence"], ensure_ascii=False)} for r in results))
    echo(buf.getvalue(), nl=False)


@cli.command("benefit")
@click.argument("headline")
@click.option("--note", default="", help="The invitation's note, if it has one.")
@config_option
def benefit_cmd(headline: str, note: str, config_path: Path | None) -> None:
    """Show whether someone with this HEADLINE can benefit, by your help_whom and meet_whom.

    Prints how the headline reads (role, field, organisation) and each setting it matches, with the
    evidence triage stores. Touches no database.
    """
    from invitriage.benefit.matcher import BenefitMatcher, read

    settings = load_settings(config_path)
    if not settings.help_whom and not settings.meet_whom:
        say(f"no help_whom or meet_whom in your settings ({_config_path(config_path)}): nothing to match; "
            'add e.g. help_whom = ["students in digital marketing"]')
        return
    matcher = BenefitMatcher(settings.help_whom, settings.meet_whom, settings.offer, settings.benefit_threshold)
    say(f"read as: {read(headline).describe()}")
    found = matcher.match([(headline, note)])[0]
    for m in found:
        evidence = m.evidence()
        say(f"{evidence['rule']}: '{m.phrase}' (score {m.score:.2f})" + (" — what you offer" if m.kind == "offer" else ""))
        say(f"  {evidence['quote']}")
    if not any(m.kind != "offer" for m in found):
        say(f"no match: not one of {'; '.join(settings.help_whom + settings.meet_whom)} "
            f"(benefit_threshold {settings.benefit_threshold})")


@cli.command("eval")
@click.argument("files", nargs=-1, required=True, type=click.Path(path_type=Path))
@click.option("--owner-lang", default="fr", show_default=True, help="Fallback language for short notes.")
@threshold_option
def eval_cmd(files: tuple[Path, ...], owner_lang: str, threshold: float | None) -> None:
    """Measure the judgment on labelled CSVs (columns text, intent; optional action, lang), taken together.

    A row whose lang is outside the seven languages (ar, pl, tr…) expects the action unsure (review).
    """
    from invitriage.judge.classify import classify
    from invitriage.judge.evaluation import confusion_text, load_examples, score

    examples = [e for file in files for e in load_examples(file)]
    if not examples:
        from invitriage.errors import InputError

        raise InputError(files[0], "no labelled rows")
    started = time.perf_counter()
    judgments = classify([e.text for e in examples], owner_lang=owner_lang,
                         threshold=DEFAULT_THRESHOLD if threshold is None else threshold)
    seconds = time.perf_counter() - started
    s = score(examples, [j.intent for j in judgments], [j.action for j in judgments], [j.lang for j in judgments])
    out.print(f"{s.n} notes judged in {seconds:.1f} s")
    table = _table(show_header=False)
    table.add_column("metric")
    table.add_column("value", justify="right")
    table.add_row("action accuracy", f"{s.action_accuracy:.3f}")
    table.add_row("reply precision", f"{s.reply_precision:.3f}")
    table.add_row("reply recall", f"{s.reply_recall:.3f}")
    table.add_row("intent macro-F1", f"{s.intent_macro_f1:.3f}")
    table.add_row("unsure (sent to review)", str(s.unsure))
    if s.other_languages:
        table.add_row("other languages sent to review", f"{s.other_languages_unsure} of {s.other_languages}")
    out.print(table)
    out.print("action accuracy per language")
    table = _table()
    table.add_column("lang")
    table.add_column("notes", justify="right")
    table.add_column("accuracy", justify="right")
    for lang, (n, acc) in s.per_language.items():
        table.add_row(lang if lang in LANGUAGES else f"{lang} (other)", str(n), f"{acc:.3f}")
    out.print(table)
    out.print("per intent")
    table = _table()
    for name, justify in (("intent", "left"), ("precision", "right"), ("recall", "right"), ("F1", "right"), ("notes", "right")):
        table.add_column(name, justify=justify)  # type: ignore[arg-type]
    for intent, sc in s.per_intent.items():
        table.add_row(intent, f"{sc.precision:.3f}", f"{sc.recall:.3f}", f"{sc.f1:.3f}", str(sc.support))
    out.print(table)
    out.print("confusion matrix (rows: gold intent, columns: predicted)")
    out.print(escape(confusion_text(s)), soft_wrap=True)


@cli.command("eval-benefit")
@click.argument("folder", type=click.Path(file_okay=False, path_type=Path))
@click.option("--errors", "show_errors", is_flag=True, help="List every headline judged differently from its label.")
def eval_benefit_cmd(folder: Path, show_errors: bool) -> None:
    """Measure "can benefit" on labelled headlines: FOLDER holds owners.toml and headlines.csv."""
    from invitriage.benefit.evaluation import score_headlines

    s = score_headlines(folder)
    table = _table(title=f"{s.overall.n} headlines", title_justify="left")
    for col in ("", "n", "accuracy", "precision", "recall"):
        table.add_column(col, justify="left" if not col else "right")
    groups = [("all", s.overall)] + sorted(s.per_language.items()) + sorted(s.per_owner.items())
    for name, c in groups:
        table.add_row(name, str(c.n), f"{c.accuracy:.3f}", f"{c.precision:.3f}", f"{c.recall:.3f}")
    out.print(table)
    if show_errors:
        for owner, headline, gold, _predicted, why in s.errors:
            say(f"{'missed' if gold else 'wrong '} [{owner}] {headline}  ({why})")


# -- demo --------------------------------------------------------------------------------------


@cli.command("demo")
@click.option("--config", "config_path", type=click.Path(dir_okay=False, path_type=Path),
              help="Settings file [default: the sample owner's settings].")
@click.option("--db", "db_path", type=click.Path(dir_okay=False, path_type=Path),
              help="Keep the demo database in this file [default: a temporary one].")
def demo_cmd(config_path: Path | None, db_path: Path | None) -> None:
    """Run import + triage on the bundled fictional sample export and print this week's replies.

    Uses a temporary database and the sample owner's settings unless --db / --config are given;
    INVITRIAGE_DB and INVITRIAGE_CONFIG are ignored, so the demo never touches your own data.
    """
    import tempfile
    from importlib import resources

    started = time.perf_counter()
    with ExitStack() as stack:
        temporary = db_path is None
        if db_path is None:
            tmp = stack.enter_context(tempfile.TemporaryDirectory(prefix="invitriage-demo-"))
            db_path = Path(tmp) / "demo.db"
        elif db_path.exists():
            with _open(db_path) as existing:
                if existing.holds_own_data():
                    raise ConfigError(f"{db_path}: holds your own data, not a demo: give the demo another --db "
                                      "(or none, for a temporary database)")
        sample = stack.enter_context(resources.as_file(resources.files("invitriage") / "sample"))
        paths = [sample / "export"]
        if (sample / "pending.csv").exists():
            paths.append(sample / "pending.csv")
        settings = load_settings(config_path or sample / "invitriage.toml")
        ws = stack.enter_context(Workspace.open(db_path, settings))
        ws.mark_demo()
        with _Bars(refresh_thread=False) as bars:
            report = ws.import_paths(paths, progress=bars.update)
        _print_import(report, time.perf_counter() - started)
        _run_triage(ws)
        week = ws.week()
        _print_week_with_drafts(
            week.items,
            f"This week: reply personally to these {len(week.items)} (budget {week.budget}); "
            f"{week.later} more replies queued for the following weeks. Drafts to touch up and send:")
        say(f"database: {db_path}" + (" (temporary)" if temporary else ""))


def main() -> None:
    """The console script (and ``python -m invitriage``): runs one command, then leaves without the interpreter's
    teardown. Exit handlers run and the output is flushed as usual; what is skipped is freeing, object by object,
    memory the system takes back anyway (the encoder's tables: ≈ 0.3 s after every judging command)."""
    try:
        cli(prog_name="invitriage")
        code: Any = 0
    except SystemExit as done:
        code = done.code
    _leave(code)


def _leave(code: Any) -> None:
    import atexit
    import os

    if code is None:
        code = 0
    elif not isinstance(code, int):  # as sys.exit("message") does: the message on stderr, status 1
        print(code, file=sys.stderr)
        code = 1
    try:
        atexit._run_exitfuncs()
    finally:
        for stream in (sys.stdout, sys.stderr):
            try:
                stream.flush()
            except (OSError, ValueError):  # a closed pipe ("| head"): nothing more to write
                pass
        os._exit(code)


if __name__ == "__main__":  # pragma: no cover
    main()
