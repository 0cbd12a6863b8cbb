"""The application factory: one FastAPI app with the pages, the API and the security layer."""

from __future__ import annotations

from collections.abc import AsyncIterator, Callable, Mapping
from contextlib import asynccontextmanager
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path

from fastapi import FastAPI, Request
from fastapi.exception_handlers import http_exception_handler
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse, Response
from fastapi.staticfiles import StaticFiles
from pydantic import ValidationError
from starlette.exceptions import HTTPException as StarletteHTTPException
from starlette.types import ASGIApp

from secondchance import services
from secondchance.core.errors import UserError
from secondchance.store.repo import CaseNotFound
from secondchance.web import security
from secondchance.wording import plain

HERE = Path(__file__).parent


@dataclass(frozen=True)
class WebSettings:
    """What the web app needs: its database, its guard, and the environment for sending."""

    database_url: str
    guard: security.Guard = security.Guard()
    env: Mapping[str, str] = field(default_factory=dict, repr=False)

    @property
    def smtp_configured(self) -> bool:
        """Tell whether a send button makes sense (the password itself is never read here)."""
        return bool(self.env.get("SECONDCHANCE_SMTP_URL"))

    @property
    def imap_configured(self) -> bool:
        """Tell whether the mailbox button makes sense (issue 18)."""
        return bool(self.env.get("SECONDCHANCE_IMAP_URL"))


def _real_clock() -> datetime:
    return datetime.now(UTC)


class _SecuredApp(FastAPI):
    """FastAPI with the security middleware outermost, outside even the 500 handler."""

    def build_middleware_stack(self) -> ASGIApp:
        """Wrap Starlette's own stack, so every response gets the security headers."""
        guard = self.state.settings.guard
        return security.SecurityMiddleware(super().build_middleware_stack(), guard)


def create_app(settings: WebSettings, clock: Callable[[], datetime] = _real_clock) -> FastAPI:
    """Build the app; tests pass their own database URL and a fixed clock."""
    from secondchance.web import api, pages, replies

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        yield
        app.state.db.close()

    app = _SecuredApp(
        title="secondchance",
        summary="Recover with honesty and composure after missing a job interview.",
        version="0.1.0",
        lifespan=lifespan,
        # FastAPI's /docs and /redoc pages load their scripts from a CDN; the app stays offline.
        docs_url=None,
        redoc_url=None,
    )
    app.state.settings = settings
    app.state.clock = clock
    app.state.db = services.Database(settings.database_url, pooled=True)
    app.mount("/static", StaticFiles(directory=HERE / "static"), name="static")
    app.include_router(api.router)
    app.include_router(pages.router)
    app.include_router(replies.router)  # issue 18: "They replied"
    _map_errors(app)
    return app


def _map_errors(app: FastAPI) -> None:
    """Turn domain errors into 404 and 422 in one place, as JSON for /api and HTML otherwise."""

    def reply(request: Request, status: int, detail: object) -> Response:
        if request.url.path.startswith("/api/"):
            return JSONResponse({"detail": detail}, status_code=status)
        from secondchance.web.pages import render_error

        return render_error(request, status, detail)

    @app.exception_handler(StarletteHTTPException)
    async def http_error(request: Request, error: StarletteHTTPException) -> Response:
        # Pages get a page, not FastAPI's JSON, for an address that does not exist.
        if request.url.path.startswith("/api/") or error.status_code != 404:
            return await http_exception_handler(request, error)
        return reply(request, 404, "There is no page at this address.")

    @app.exception_handler(CaseNotFound)
    async def not_found(request: Request, error: CaseNotFound) -> Response:
        return reply(request, 404, str(error))

    @app.exception_handler(UserError)
    async def refused(request: Request, error: UserError) -> Response:
        return reply(request, 422, str(error))

    @app.exception_handler(ValidationError)
    async def invalid(request: Request, error: ValidationError) -> Response:
        return reply(request, 422, _field_errors(error))

    @app.exception_handler(RequestValidationError)
    async def invalid_request(request: Request, error: RequestValidationError) -> Response:
        return reply(request, 422, _field_errors(error))


def _field_errors(error: ValidationError | RequestValidationError) -> list[dict[str, object]]:
    return [
        {
            "loc": list(item.get("loc", ())),
            "msg": plain(str(item.get("msg", "")), str(item.get("type", "")), item.get("ctx")),
            "type": item.get("type", ""),
        }
        for item in error.errors()
    ]


__all__ = ["WebSettings", "create_app"]
