"""The review page: a small local web app over the workspace (Starlette + Jinja2, no build step).

Every page has a JSON twin under ``/api``. Who may talk to it:

- a request whose ``Host`` is not this machine's own name (``localhost``, ``127.0.0.1``, ``[::1]``) is
  refused when the page listens locally: a web site cannot reach it through DNS rebinding;
- a state-changing request is a small form POST carrying the CSRF token (checked before the body is
  parsed) and, if the browser says where it comes from, from this page's own origin;
- with a non-local host every request also needs the access token the ``serve`` command prints.

Names, headlines and notes are untrusted and always escaped. Every operation is the workspace's:
the page decides nothing the CLI would decide differently.
"""

from __future__ import annotations

import hashlib
import hmac
import json
import logging
import secrets
import sqlite3
from importlib import resources
from pathlib import Path
from typing import Any

from jinja2 import Environment, FileSystemLoader, select_autoescape
from markupsafe import Markup, escape
from starlette.applications import Starlette
from starlette.middleware import Middleware
from starlette.requests import Request
from starlette.responses import HTMLResponse, JSONResponse, PlainTextResponse, RedirectResponse, Response
from starlette.routing import Mount, Route
from starlette.staticfiles import StaticFiles
from starlette.types import ASGIApp, Receive, Scope, Send

from .errors import InvitriageError
from .service import Workspace
from .settings import Settings
from .store import Store
from .taxonomy import PRIORITY

log = logging.getLogger("invitriage.web")
LOCAL_HOSTS = {"127.0.0.1", "localhost", "::1"}
#: Host header names that mean "this machine" (any port): the only ones a locally bound page answers.
LOCAL_NAMES = {"127.0.0.1", "localhost", "[::1]"}
#: The largest request body accepted (a draft is at most a few KB); larger ones are refused unread.
MAX_BODY = 64 * 1024
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
        with self.workspace() as ws:  # create and migrate once, before serving
            self._report_path = report_path or ws.report_path()

    # -- helpers -----------------------------------------------------------------------

    def workspace(self) -> Workspace:
        return Workspace(Store(self.db_path), self.settings)

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
            personal = ws.store.personal_model()
        html = self.env.get_template(template).render(
            learned=personal["corrections"] if personal else 0,
            csrf=self.csrf_for(session), counts=counts, settings=self.settings, intents=PRIORITY,
            has_report=self.report_path is not None, path=request.url.path, **context)
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

    def accept_data(self, intent: str | None, with_note: bool = False) -> dict[str, Any]:
        with self.workspace() as ws:
            items = ws.queue("accept")
            last = ws.store.get_meta("last_bulk_accept")
        by_intent: dict[str, int] = {}
        for i in items:
            by_intent[i["intent"]] = by_intent.get(i["intent"], 0) + 1
        shown = [i for i in items if (not intent or i["intent"] == intent)
                 and (not with_note or (i.get("note") or "").strip())]
        return {"items": shown, "by_intent": by_intent, "intent": intent or "", "total": len(items),
                "with_note": with_note, "undo_count": len(json.loads(last)) if last else 0}

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
        data = self.accept_data(request.query_params.get("intent"), request.query_params.get("with_note") == "1")
        if self._wants_json(request):
            return JSONResponse(data)
        return self._page(request, "accept.html", **data)

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
            personal = ws.store.personal_model()
            corrections = ws.store.corrections()
        data = {"corrections": len(corrections), "learned_from": personal["corrections"] if personal else 0,
                "learned_actions": personal["learned_actions"] if personal else {},
                "report": personal["report"] if personal else {}, "active_corrections": corrections}
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
                intent, action = ws.override(invitation_id, form.get("intent") or None, form.get("action") or None)
                return {"intent": intent, "action": action}
            if what == "undo":
                return {"undone": ws.undo_override(invitation_id)}
            if what == "postpone":
                return {"postponed_until": ws.postpone(invitation_id)}
            if what == "unpostpone":
                ws.unpostpone(invitation_id)
                return {"postponed_until": None}
        raise ValueError(f"unknown action {what!r}")

    async def accept_bulk(self, request: Request) -> Response:
        form = await self._check_csrf(request)
        if form is None:
            return PlainTextResponse("CSRF check failed: reload the page", status_code=403)
        intent = form.get("intent") or None
        with self.workspace() as ws:
            if form.get("undo") == "1":
                last = ws.store.get_meta("last_bulk_accept")
                n = ws.undo_accept(json.loads(last) if last else [])
                with ws.store.atomic():
                    ws.store.set_meta("last_bulk_accept", "[]")
                result: dict[str, Any] = {"ok": True, "restored": n}
            else:
                done = ws.accept_all(intent)
                with ws.store.atomic():
                    ws.store.set_meta("last_bulk_accept", json.dumps(done.ids))
                result = {"ok": True, "accepted": done.count}
        if request.headers.get("x-requested-with") == "fetch":
            return JSONResponse(result)
        return RedirectResponse("/accept" + (f"?intent={intent}" if intent and "accepted" in result else ""), status_code=303)

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
                                                    Middleware(_Guard, token=self.token, local=self.local)])


def create_app(db_path: Path, settings: Settings | None = None, *, token: str | None = None,
               report_path: Path | None = None, host: str = "127.0.0.1", port: int = 8000) -> Starlette:
    """The ASGI app for ``invitriage serve`` (and for in-process tests: use base_url http://127.0.0.1)."""
    return ReviewApp(db_path, settings or Settings(), token, report_path, local=token is None and not needs_token(host)).asgi()


def needs_token(host: str) -> bool:
    return host not in LOCAL_HOSTS
