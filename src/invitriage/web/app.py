"""The review page: a small local web app over the workspace (Starlette + Jinja2, no build step).

Every page has a JSON twin under ``/api``. Who may talk to it:

- a request whose ``Host`` is not this machine's own name (``localhost``, ``127.0.0.1``, ``[::1]``) is
  refused when the page listens locally: a web site cannot reach it through DNS rebinding;
- another site (or another local port) may link to a page, but its scripts may not fetch one: a request the
  browser marks cross-site or same-site that is not a navigation is refused (nor can it time the
  compressed pages that carry the CSRF token);
- a state-changing request is a small form POST carrying the CSRF token (checked before the body is
  parsed) and, if the browser says where it comes from, from this page's own origin;
- with a non-local host every request also needs the access token the ``serve`` command prints.

Names, headlines and notes are untrusted and always escaped. Every operation is the workspace's:
the page decides nothing the CLI would decide differently.
"""

from __future__ import annotations

import hashlib
import hmac
import logging
import secrets
import sqlite3
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Any

from jinja2 import Environment, FileSystemLoader, select_autoescape
from markupsafe import Markup, escape
from starlette.applications import Starlette
from starlette.middleware import Middleware
from starlette.middleware.gzip import GZipMiddleware
from starlette.requests import Request
from starlette.responses import HTMLResponse, JSONResponse, PlainTextResponse, RedirectResponse, Response
from starlette.routing import Mount, Route
from starlette.staticfiles import StaticFiles
from starlette.types import ASGIApp, Receive, Scope, Send

from invitriage.drafts.writer import draft_language
from invitriage.errors import InputError, InvitriageError
from invitriage.judge.lang import headline_language
from invitriage.service import Workspace
from invitriage.settings import Settings
from invitriage.taxonomy import ACTION_LABELS, INTENT_LABELS, INTENTS, LANGUAGE_NAMES, LANGUAGES, PRIORITY

log = logging.getLogger("invitriage.web.app")
LOCAL_HOSTS = {"127.0.0.1", "localhost", "::1"}
#: Host header names that mean "this machine" (any port): the only ones a locally bound page answers.
LOCAL_NAMES = {"127.0.0.1", "localhost", "[::1]"}
#: The largest request body accepted (a draft is at most a few KB); larger ones are refused unread.
MAX_BODY = 64 * 1024
#: Rows per page of the accept-silently list (its HTML page and its JSON twin alike).
PER_PAGE = 100
#: Which queues each card page shows: a change that moves a card elsewhere finishes it on this page.
PAGE_BUCKETS = {"/": ["reply"], "/review": ["unsure", "hold"]}
SESSION_COOKIE = "invitriage_session"
TOKEN_COOKIE = "invitriage_token"


def highlight(note: str, evidence: list[dict[str, str]]) -> Markup:
    """The note, escaped, with the quoted evidence spans wrapped in <mark>.

    >>> str(highlight("<b>we met</b> at X", [{"rule": "cue", "quote": "we met"}]))
    '&lt;b&gt;<mark>we met</mark>&lt;/b&gt; at X'
    """
    spans: list[tuple[int, int]] = []
    for e in evidence:
        q = e.get("quote") or ""
        if len(q) < 2 or e.get("rule", "").startswith(("model:", "campaign", "benefit", "want_to_meet")):
            continue
        pos = note.find(q)
        if pos >= 0:
            spans.append((pos, pos + len(q)))
    spans.sort()
    out, cursor = [], 0
    for start, end in spans:
        if start < cursor:
            continue
        out.append(escape(note[cursor:start]))
        out.append(Markup("<mark>") + escape(note[start:end]) + Markup("</mark>"))
        cursor = end
    out.append(escape(note[cursor:]))
    return Markup("").join(out)


@lru_cache(maxsize=4096)
def headline_lang(headline: str) -> str:
    """A headline's language when the detector is fairly sure, else "" (the attribute is left out).

    >>> headline_lang("Estudante de Marketing Digital"), headline_lang("CEO")
    ('pt', '')
    """
    lang = headline_language(headline, fallback="")
    return lang if lang in LANGUAGES else ""


def readable_meta(item: dict[str, Any]) -> str:
    """The card's meta line in words, not codes.

    >>> readable_meta({"intent": "ask_for_help", "lang": "en", "confidence": 1.0})
    'Asks for help · English · confidence 100 %'
    """
    parts = [INTENT_LABELS.get(item["intent"], item["intent"]) + (" (your choice)" if item.get("overridden") else ""),
             LANGUAGE_NAMES.get(item.get("lang") or "", item.get("lang") or "language unknown")]
    if item.get("confidence") is not None:
        parts.append(f"confidence {round(float(item['confidence']) * 100)} %")
    return " · ".join(parts)


def _int_param(value: str | None, default: int = 1) -> int:
    return int(value) if value and value.isdigit() and len(value) < 9 else default


def _local_path(value: str | None) -> str:
    """Only a path on this site: a form's "next" never sends the browser elsewhere.

    >>> _local_path("/accept?intent=generic"), _local_path("https://evil.example/"), _local_path("//evil.example")
    ('/accept?intent=generic', '/', '/')
    """
    if value and value.startswith("/") and not value.startswith(("//", "/\\")):
        return value
    return "/"


def _same(a: str, b: str) -> bool:
    """Constant-time comparison of two secrets of any characters (non-ASCII input is just wrong)."""
    return hmac.compare_digest(a.encode("utf-8", "surrogatepass"), b.encode("utf-8", "surrogatepass"))


def _host_name(host_header: str) -> str:
    """``'localhost:8000'`` → ``'localhost'``; ``'[::1]:8000'`` → ``'[::1]'``."""
    host = host_header.strip().lower()
    if host.startswith("["):
        return host[: host.find("]") + 1] if "]" in host else host
    return host.rsplit(":", 1)[0] if host.count(":") == 1 else host


class _Guard:
    """Host allow-list, Origin check, body limit and (non-local) access token, before any route runs."""

    def __init__(self, app: ASGIApp, token: str | None, local: bool):
        self.app, self.token, self.local = app, token, local

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        request = Request(scope)
        host = request.headers.get("host", "")
        if self.local and _host_name(host) not in LOCAL_NAMES:
            # DNS rebinding: evil.example resolving to 127.0.0.1 still sends "Host: evil.example".
            await PlainTextResponse("this page answers only on localhost", status_code=421)(scope, receive, send)
            return
        fetch_site, fetch_mode = request.headers.get("sec-fetch-site"), request.headers.get("sec-fetch-mode")
        if fetch_site not in (None, "same-origin", "none") and fetch_mode != "navigate":
            # Another site (or another local port) may link here, but not read or probe the pages from
            # its own script, nor time compressed responses that hold the CSRF token.
            await PlainTextResponse("cross-site request refused", status_code=403)(scope, receive, send)
            return
        if scope["method"] not in ("GET", "HEAD", "OPTIONS"):
            origin = request.headers.get("origin")
            if origin is not None and origin.split("://", 1)[-1].lower() != host.lower():
                await PlainTextResponse("cross-origin request refused", status_code=403)(scope, receive, send)
                return
            if request.headers.get("sec-fetch-site") == "cross-site":
                await PlainTextResponse("cross-site request refused", status_code=403)(scope, receive, send)
                return
            length = request.headers.get("content-length")
            if length is None or not length.isdigit() or int(length) > MAX_BODY:
                await PlainTextResponse(f"request body missing or larger than {MAX_BODY} bytes",
                                        status_code=413)(scope, receive, send)
                return
        if self.token:
            given = (request.query_params.get("token") or request.cookies.get(TOKEN_COOKIE)
                     or request.headers.get("authorization", "").removeprefix("Bearer ").strip())
            if not given or not _same(given, self.token):
                await PlainTextResponse("access token required", status_code=401)(scope, receive, send)
                return
            if request.query_params.get("token"):
                # Trade the token in the URL for a cookie, and drop it from the address bar.
                response = RedirectResponse(str(request.url.remove_query_params("token")), status_code=303)
                response.set_cookie(TOKEN_COOKIE, self.token, httponly=True, samesite="strict")
                await response(scope, receive, send)
                return
        await self.app(scope, receive, send)


class _RequestLog:
    """One line per request, path only: tokens in query strings never reach a log."""

    def __init__(self, app: ASGIApp):
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        status = {"code": 0}

        async def send_wrapper(message: Any) -> None:
            if message["type"] == "http.response.start":
                status["code"] = message["status"]
            await send(message)

        await self.app(scope, receive, send_wrapper)
        log.info("%s %s %s", scope["method"], scope["path"], status["code"])


class ReviewApp:
    def __init__(self, db_path: Path, settings: Settings, token: str | None = None, report_path: Path | None = None,
                 local: bool = True):
        self.db_path = db_path
        self.settings = settings
        self.token = token
        self.local = local
        self.secret = secrets.token_bytes(32)
        templates = resources.files("invitriage").joinpath("templates", "web")
        self.env = Environment(loader=FileSystemLoader(str(templates)), autoescape=select_autoescape(["html"]))
        self.env.filters["highlight"] = lambda item: highlight(item.get("note") or "", item.get("evidence") or [])
        self.env.filters["intent_label"] = lambda code: INTENT_LABELS.get(code, code)
        self.env.filters["action_label"] = lambda code: ACTION_LABELS.get(code, code)
        self.env.filters["meta"] = readable_meta
        self.env.filters["headline_lang"] = lambda text: headline_lang(text or "")
        # The note's judged language (none for "other": the reader's default is no worse than a guess).
        self.env.filters["note_lang"] = lambda item: item.get("lang") if item.get("lang") in LANGUAGES else ""
        self.env.filters["draft_lang"] = lambda item: draft_language(item, self.settings)
        self.env.filters["num"] = lambda n: f"{n:,}"
        self.env.globals["languages"] = LANGUAGES
        with self.workspace() as ws:  # create and migrate once, before serving
            self._report_path = report_path or ws.report_path()

    # -- helpers -----------------------------------------------------------------------

    def workspace(self) -> Workspace:
        return Workspace.open(self.db_path, self.settings)

    @property
    def report_path(self) -> Path | None:
        if self._report_path is None or not self._report_path.exists():
            with self.workspace() as ws:
                self._report_path = ws.report_path()
        return self._report_path

    def csrf_for(self, session: str) -> str:
        return hmac.new(self.secret, session.encode("utf-8", "surrogatepass"), hashlib.sha256).hexdigest()

    def _session(self, request: Request) -> tuple[str, bool]:
        existing = request.cookies.get(SESSION_COOKIE)
        if existing and len(existing) == 43:
            return existing, False
        return secrets.token_urlsafe(32), True

    async def _check_csrf(self, request: Request) -> dict[str, str] | None:
        """The form, if the request carries this session's CSRF token. A token in the header is checked
        before the body is read; a body is only ever a small URL-encoded form (the guard capped its size)."""
        session = request.cookies.get(SESSION_COOKIE)
        if not session:
            return None
        expected = self.csrf_for(session)
        header = request.headers.get("x-csrf-token")
        if header is not None and not _same(header, expected):
            return None
        form: dict[str, str] = {}
        if request.headers.get("content-type", "").split(";")[0].strip() == "application/x-www-form-urlencoded":
            form = {k: str(v) for k, v in (await request.form()).items()}
        elif request.headers.get("content-length", "0") != "0":
            return None  # only small URL-encoded forms: never a multipart body spooled to disk
        given = header if header is not None else form.get("csrf", "")
        if not given or not _same(given, expected):
            return None
        return form

    def _page(self, request: Request, template: str, **context: Any) -> Response:
        session, new = self._session(request)
        with self.workspace() as ws:
            counts = ws.counts()
            learned = ws.learned().learned_from
        path = request.url.path
        html = self.env.get_template(template).render(
            learned=learned,
            csrf=self.csrf_for(session), counts=counts, settings=self.settings, intents=PRIORITY,
            has_report=self.report_path is not None, path=path, buckets=" ".join(PAGE_BUCKETS.get(path, [])),
            **context)
        response = HTMLResponse(html)
        if new:
            response.set_cookie(SESSION_COOKIE, session, httponly=True, samesite="strict")
        response.headers["Content-Security-Policy"] = (
            "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
            "connect-src 'self'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'")
        response.headers["X-Content-Type-Options"] = "nosniff"
        return response

    @staticmethod
    def _wants_json(request: Request) -> bool:
        return request.url.path.startswith("/api/")

    # -- data for pages ----------------------------------------------------------------

    def week_data(self) -> dict[str, Any]:
        with self.workspace() as ws:
            week = ws.week()
        return {"week": week.items, "later": week.later, "budget": week.budget, "sent_this_week": week.sent_this_week}

    def accept_data(self, intent: str | None, with_note: bool = False, page: int = 1) -> dict[str, Any]:
        """One page of the accept-silently list (``count`` rows match the filter, ``total`` in all)."""
        intent = intent if intent in INTENTS else None  # an unknown filter is no filter (and never echoed)
        with self.workspace() as ws:
            items = ws.queue("accept")
            undo_count = ws.last_accept().count
        by_intent: dict[str, int] = {}
        for i in items:
            by_intent[i["intent"]] = by_intent.get(i["intent"], 0) + 1
        shown = [i for i in items if (not intent or i["intent"] == intent)
                 and (not with_note or (i.get("note") or "").strip())]
        pages = max(1, -(-len(shown) // PER_PAGE))
        page = min(max(page, 1), pages)
        return {"items": shown[(page - 1) * PER_PAGE: page * PER_PAGE], "count": len(shown), "page": page,
                "pages": pages, "per_page": PER_PAGE, "by_intent": by_intent, "intent": intent or "",
                "total": len(items), "with_note": with_note, "undo_count": undo_count}

    def review_data(self) -> dict[str, Any]:
        with self.workspace() as ws:
            return {"unsure": ws.queue("unsure"), "hold": ws.queue("hold")}

    # -- routes ------------------------------------------------------------------------

    async def week(self, request: Request) -> Response:
        data = self.week_data()
        if self._wants_json(request):
            return JSONResponse(data)
        return self._page(request, "week.html", **data)

    async def accept(self, request: Request) -> Response:
        q = request.query_params
        data = self.accept_data(q.get("intent"), q.get("with_note") == "1", _int_param(q.get("page")))
        if self._wants_json(request):
            return JSONResponse(data)
        return self._page(request, "accept.html", restored=_int_param(q.get("restored"), 0), **data)

    async def accept_confirm(self, request: Request) -> Response:
        data = self.accept_data(request.query_params.get("intent"))
        return self._page(request, "accept_confirm.html", **data)

    async def review(self, request: Request) -> Response:
        data = self.review_data()
        if self._wants_json(request):
            return JSONResponse(data)
        return self._page(request, "review.html", **data)

    async def learned(self, request: Request) -> Response:
        with self.workspace() as ws:
            learned = ws.learned()
        data = {"corrections": len(learned.corrections), "learned_from": learned.learned_from,
                "learned_actions": learned.learned_actions, "report": learned.report,
                "active_corrections": learned.corrections}
        if self._wants_json(request):
            return JSONResponse(data)
        return self._page(request, "learned.html", **data)

    async def worklist(self, request: Request) -> Response:
        with self.workspace() as ws:
            work = ws.worklist(remember=False)
        if self._wants_json(request):
            return JSONResponse({"pending": work.pending, "previous": work.previous, "steps": [
                {"kind": st.kind, "count": len(st.items),
                 "items": [{k: i.get(k) for k in ("id", "name", "headline", "profile_url", "message_url", "intent", "action",
                                                   "draft", "sent_at")} for i in st.items]} for st in work.steps]})
        return self._page(request, "worklist.html", steps=work.steps, pending=work.pending, previous=work.previous,
                          replies=work.count("reply"), decide=work.count("decide"), accept=work.count("accept"))

    async def outreach(self, request: Request) -> Response:
        with self.workspace() as ws:
            week = ws.outreach() if (self.settings.meet_whom or self.settings.help_whom) else None
        data = {"items": week.items if week else [], "budget": self.settings.weekly_outreach,
                "contacted_this_week": week.contacted_this_week if week else 0, "more": week.more if week else 0}
        if self._wants_json(request):
            return JSONResponse(data)
        return self._page(request, "outreach.html", **data)

    async def outreach_act(self, request: Request) -> Response:
        form = await self._check_csrf(request)
        if form is None:
            return PlainTextResponse("CSRF check failed: reload the page", status_code=403)
        what = request.path_params["what"]
        try:
            connection_id = int(request.path_params["id"])
            with self.workspace() as ws:
                if what == "draft":
                    result: dict[str, Any] = {"draft": ws.set_outreach_draft(connection_id, form.get("text", ""))}
                elif what in ("done", "skip", "undo"):
                    {"done": ws.outreach_contacted, "skip": ws.outreach_skip, "undo": ws.outreach_undo}[what](connection_id)
                    result = {"state": {"done": "contacted", "skip": "skipped", "undo": "open"}[what]}
                else:
                    raise ValueError(f"unknown action {what!r}")
        except (InvitriageError, ValueError) as exc:
            return JSONResponse({"ok": False, "error": str(exc)}, status_code=400)
        if request.headers.get("x-requested-with") == "fetch":
            return JSONResponse({"ok": True, **result})
        return RedirectResponse("/outreach", status_code=303)

    async def counts(self, request: Request) -> Response:
        with self.workspace() as ws:
            return JSONResponse(ws.counts())

    async def report(self, request: Request) -> Response:
        path = self.report_path
        if path is None:
            return PlainTextResponse("no report yet: run invitriage report", status_code=404)
        response = HTMLResponse(path.read_text(encoding="utf-8"))
        # The report is self-contained (inline CSS and SVG): it may load nothing and run nothing.
        response.headers["Content-Security-Policy"] = (
            "default-src 'none'; style-src 'unsafe-inline'; img-src data:; base-uri 'none'; form-action 'none'; "
            "frame-ancestors 'none'")
        response.headers["X-Content-Type-Options"] = "nosniff"
        return response

    async def act(self, request: Request) -> Response:
        form = await self._check_csrf(request)
        if form is None:
            return PlainTextResponse("CSRF check failed: reload the page", status_code=403)
        what = request.path_params["what"]
        try:
            invitation_id = int(request.path_params["id"])
            result = self._apply(invitation_id, what, form)
        except (InvitriageError, ValueError) as exc:
            return JSONResponse({"ok": False, "error": str(exc)}, status_code=400)
        except sqlite3.OperationalError as exc:
            if "locked" not in str(exc) and "busy" not in str(exc):
                raise
            return JSONResponse({"ok": False, "error": "the database is busy (a triage is running): try again"},
                                status_code=503)
        if request.headers.get("x-requested-with") == "fetch":
            return JSONResponse({"ok": True, **result})
        return RedirectResponse(_local_path(form.get("next")), status_code=303)

    def _apply(self, invitation_id: int, what: str, form: dict[str, str]) -> dict[str, Any]:
        with self.workspace() as ws:
            if what == "draft":
                return {"draft": ws.set_draft(invitation_id, form.get("text", ""))}
            if what == "sent":
                ws.mark_sent([invitation_id])
                return {"status": "sent"}
            if what == "unsent":
                ws.unmark_sent(invitation_id)
                return {"status": "queued"}
            if what == "override":
                # The selects show the current values: only what the owner changed is theirs to keep
                # (an intent changed alone takes that intent's action, as in the CLI).
                intent = form.get("intent") if form.get("intent") != form.get("intent_was") else None
                action = form.get("action") if form.get("action") != form.get("action_was") else None
                intent, action = intent or None, action or None
                if intent is None and action is None:
                    raise InputError(None, "nothing to change: pick another intent or action first")
                previous = ws.own_decision(invitation_id)
                ws.override(invitation_id, intent, action)
                return self._decision(ws, invitation_id, previous)
            if what == "restore":  # the undo of one "change": the decision before it comes back
                was = (form.get("intent") or None, form.get("action") or None) if form.get("had") == "1" else None
                ws.restore_override(invitation_id, was)
                return self._decision(ws, invitation_id, None)
            if what == "undo":
                previous = ws.own_decision(invitation_id)
                return {"undone": ws.undo_override(invitation_id), **self._decision(ws, invitation_id, previous)}
            if what == "postpone":
                return {"postponed_until": ws.postpone(invitation_id)}
            if what == "unpostpone":
                ws.unpostpone(invitation_id)
                return {"postponed_until": None}
        raise ValueError(f"unknown action {what!r}")

    @staticmethod
    def _decision(ws: Workspace, invitation_id: int, previous: tuple[str | None, str | None] | None) -> dict[str, Any]:
        """What a change did, in codes and words, and what its undo needs."""
        item = ws.invitation(invitation_id)
        return {"intent": item["intent"], "action": item["action"],
                "intent_label": INTENT_LABELS.get(item["intent"], item["intent"]),
                "action_label": ACTION_LABELS.get(item["action"], item["action"]),
                "previous": {"had": previous is not None, "intent": (previous or (None, None))[0],
                             "action": (previous or (None, None))[1]}}

    async def accept_bulk(self, request: Request) -> Response:
        form = await self._check_csrf(request)
        if form is None:
            return PlainTextResponse("CSRF check failed: reload the page", status_code=403)
        intent = form.get("intent") or None
        try:
            with self.workspace() as ws:
                if form.get("undo") == "1":
                    result: dict[str, Any] = {"ok": True, "restored": ws.undo_last_accept()}
                else:
                    result = {"ok": True, "accepted": ws.accept_all(intent).count}
        except InvitriageError as exc:
            return JSONResponse({"ok": False, "error": str(exc)}, status_code=400)
        if request.headers.get("x-requested-with") == "fetch":
            return JSONResponse(result)
        if "restored" in result:
            return RedirectResponse(f"/accept?restored={result['restored']}", status_code=303)
        return RedirectResponse("/accept" + (f"?intent={intent}" if intent else ""), status_code=303)

    def asgi(self) -> Starlette:
        static = resources.files("invitriage").joinpath("static")
        routes = [
            Route("/", self.week),
            Route("/api/week", self.week),
            Route("/accept", self.accept),
            Route("/api/accept", self.accept),
            Route("/accept/confirm", self.accept_confirm),
            Route("/review", self.review),
            Route("/api/review", self.review),
            Route("/api/counts", self.counts),
            Route("/worklist", self.worklist),
            Route("/api/worklist", self.worklist),
            Route("/outreach", self.outreach),
            Route("/api/outreach", self.outreach),
            Route("/outreach/{id:int}/{what:str}", self.outreach_act, methods=["POST"]),
            Route("/learned", self.learned),
            Route("/api/learned", self.learned),
            Route("/report", self.report),
            Route("/favicon.ico", lambda request: Response(status_code=204)),
            Route("/invitations/{id:int}/{what:str}", self.act, methods=["POST"]),
            Route("/accept/mark", self.accept_bulk, methods=["POST"]),
            Mount("/static", StaticFiles(directory=str(static)), name="static"),
        ]
        return Starlette(routes=routes, middleware=[Middleware(_RequestLog),
                                                    Middleware(_Guard, token=self.token, local=self.local),
                                                    Middleware(GZipMiddleware, minimum_size=1000)])


def create_app(db_path: Path, settings: Settings | None = None, *, token: str | None = None,
               report_path: Path | None = None, host: str = "127.0.0.1", port: int = 8000) -> Starlette:
    """The ASGI app for ``invitriage serve`` (and for in-process tests: use base_url http://127.0.0.1)."""
    return ReviewApp(db_path, settings or Settings(), token, report_path, local=token is None and not needs_token(host)).asgi()


def needs_token(host: str) -> bool:
    return host not in LOCAL_HOSTS
