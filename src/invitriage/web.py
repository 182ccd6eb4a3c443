"""The review page: a small local web app over the store (Starlette + Jinja2, no build step).

Every page has a JSON twin under ``/api``. State-changing requests are POSTs protected by a CSRF
token; with a non-local host every request also needs the access token the ``serve`` command
prints. Names, headlines and notes are untrusted and always escaped.
"""

from __future__ import annotations

import hashlib
import hmac
import logging
import secrets
from datetime import datetime, timedelta, timezone
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

from . import priority
from .errors import InvitriageError
from .settings import Settings
from .store import Store
from .taxonomy import PRIORITY
from .triage import override, undo_override

log = logging.getLogger("invitriage.web")
LOCAL_HOSTS = {"127.0.0.1", "localhost", "::1"}
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


class _AccessToken:
    """With a non-local host: every request needs the token (query, bearer header or cookie)."""

    def __init__(self, app: ASGIApp, token: str | None):
        self.app, self.token = app, token

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http" or not self.token:
            await self.app(scope, receive, send)
            return
        request = Request(scope)
        given = (request.query_params.get("token") or request.cookies.get(TOKEN_COOKIE)
                 or request.headers.get("authorization", "").removeprefix("Bearer ").strip())
        if not given or not hmac.compare_digest(given, self.token):
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
    def __init__(self, db_path: Path, settings: Settings, token: str | None = None, report_path: Path | None = None):
        self.db_path = db_path
        self.settings = settings
        self.token = token
        self.report_path = report_path
        self.secret = secrets.token_bytes(32)
        templates = resources.files("invitriage").joinpath("templates", "web")
        self.env = Environment(loader=FileSystemLoader(str(templates)), autoescape=select_autoescape(["html"]))
        self.env.filters["highlight"] = lambda item: highlight(item.get("note") or "", item.get("evidence") or [])
        Store(db_path).close()  # create and migrate once, before serving

    # -- helpers -----------------------------------------------------------------------

    def store(self) -> Store:
        return Store(self.db_path)

    def csrf_for(self, session: str) -> str:
        return hmac.new(self.secret, session.encode(), hashlib.sha256).hexdigest()

    def _session(self, request: Request) -> tuple[str, bool]:
        existing = request.cookies.get(SESSION_COOKIE)
        if existing and len(existing) == 43:
            return existing, False
        return secrets.token_urlsafe(32), True

    async def _check_csrf(self, request: Request) -> dict[str, str] | None:
        session = request.cookies.get(SESSION_COOKIE)
        form = await request.form()
        given = request.headers.get("x-csrf-token") or str(form.get("csrf") or "")
        if not session or not given or not hmac.compare_digest(given, self.csrf_for(session)):
            return None
        return {k: str(v) for k, v in form.items()}

    def _page(self, request: Request, template: str, **context: Any) -> Response:
        session, new = self._session(request)
        with self.store() as store:
            counts = store.status_counts()
            personal = store.personal_model()
        html = self.env.get_template(template).render(
            learned=personal["corrections"] if personal else 0,
            csrf=self.csrf_for(session), counts=counts, settings=self.settings, intents=PRIORITY,
            has_report=bool(self.report_path and self.report_path.exists()), path=request.url.path, **context)
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
        with self.store() as store:
            replies = store.queue("reply")
        batches = priority.weeks(replies, self.settings.weekly_budget)
        this_week = batches[0] if batches else []
        return {"week": this_week, "later": sum(len(b) for b in batches[1:]), "budget": self.settings.weekly_budget}

    def accept_data(self, intent: str | None) -> dict[str, Any]:
        with self.store() as store:
            items = store.queue("accept")
        by_intent: dict[str, int] = {}
        for i in items:
            by_intent[i["intent"]] = by_intent.get(i["intent"], 0) + 1
        shown = [i for i in items if not intent or i["intent"] == intent]
        return {"items": shown, "by_intent": by_intent, "intent": intent or "", "total": len(items)}

    def review_data(self) -> dict[str, Any]:
        with self.store() as store:
            return {"unsure": store.queue("unsure"), "hold": store.queue("hold")}

    # -- routes ------------------------------------------------------------------------

    async def week(self, request: Request) -> Response:
        data = self.week_data()
        if self._wants_json(request):
            return JSONResponse(data)
        return self._page(request, "week.html", **data)

    async def accept(self, request: Request) -> Response:
        data = self.accept_data(request.query_params.get("intent"))
        if self._wants_json(request):
            return JSONResponse(data)
        return self._page(request, "accept.html", **data)

    async def review(self, request: Request) -> Response:
        data = self.review_data()
        if self._wants_json(request):
            return JSONResponse(data)
        return self._page(request, "review.html", **data)

    async def learned(self, request: Request) -> Response:
        with self.store() as store:
            personal = store.personal_model()
            corrections = store.corrections()
        data = {"corrections": len(corrections), "learned_from": personal["corrections"] if personal else 0,
                "learned_actions": personal["learned_actions"] if personal else {},
                "report": personal["report"] if personal else {}, "active_corrections": corrections}
        if self._wants_json(request):
            return JSONResponse(data)
        return self._page(request, "learned.html", **data)

    async def counts(self, request: Request) -> Response:
        with self.store() as store:
            return JSONResponse(store.status_counts())

    async def report(self, request: Request) -> Response:
        if not self.report_path or not self.report_path.exists():
            return PlainTextResponse("no report yet: run invitriage report", status_code=404)
        return HTMLResponse(self.report_path.read_text(encoding="utf-8"))

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
        if request.headers.get("x-requested-with") == "fetch":
            return JSONResponse({"ok": True, **result})
        return RedirectResponse(_local_path(form.get("next")), status_code=303)

    def _apply(self, invitation_id: int, what: str, form: dict[str, str]) -> dict[str, Any]:
        with self.store() as store, store.atomic():
            if what == "draft":
                text = form.get("text", "").strip()
                if not text:
                    raise ValueError("a draft cannot be empty")
                store.set_draft_text(invitation_id, text)
                return {"draft": text}
            if what == "sent":
                store.mark_sent(invitation_id)
                return {"status": "sent"}
            if what == "override":
                intent, action = override(store, self.settings, invitation_id,
                                          form.get("intent") or None, form.get("action") or None)
                return {"intent": intent, "action": action}
            if what == "undo":
                return {"undone": undo_override(store, self.settings, invitation_id)}
            if what == "postpone":
                today = datetime.now(timezone.utc).date()
                next_monday = today + timedelta(days=7 - today.weekday())
                store.postpone(invitation_id, next_monday.isoformat())
                return {"postponed_until": next_monday.isoformat()}
        raise ValueError(f"unknown action {what!r}")

    async def accept_bulk(self, request: Request) -> Response:
        form = await self._check_csrf(request)
        if form is None:
            return PlainTextResponse("CSRF check failed: reload the page", status_code=403)
        intent = form.get("intent") or None
        with self.store() as store, store.atomic():
            ids = [i["id"] for i in store.queue("accept") if not intent or i["intent"] == intent]
            n = store.mark_accepted(ids)
        if request.headers.get("x-requested-with") == "fetch":
            return JSONResponse({"ok": True, "accepted": n})
        return RedirectResponse("/accept", status_code=303)

    def asgi(self) -> Starlette:
        static = resources.files("invitriage").joinpath("static")
        routes = [
            Route("/", self.week),
            Route("/api/week", self.week),
            Route("/accept", self.accept),
            Route("/api/accept", self.accept),
            Route("/review", self.review),
            Route("/api/review", self.review),
            Route("/api/counts", self.counts),
            Route("/learned", self.learned),
            Route("/api/learned", self.learned),
            Route("/report", self.report),
            Route("/favicon.ico", lambda request: Response(status_code=204)),
            Route("/invitations/{id:int}/{what:str}", self.act, methods=["POST"]),
            Route("/accept/mark", self.accept_bulk, methods=["POST"]),
            Mount("/static", StaticFiles(directory=str(static)), name="static"),
        ]
        return Starlette(routes=routes, middleware=[Middleware(_RequestLog), Middleware(_AccessToken, token=self.token)])


def create_app(db_path: Path, settings: Settings | None = None, *, token: str | None = None,
               report_path: Path | None = None) -> Starlette:
    """The ASGI app for ``invitriage serve`` (and for in-process tests)."""
    return ReviewApp(db_path, settings or Settings(), token, report_path).asgi()


def needs_token(host: str) -> bool:
    return host not in LOCAL_HOSTS

