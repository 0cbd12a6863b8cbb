"""The application factory: one FastAPI app with the pages, the API and the security layer."""

from __future__ import annotations

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager

from fastapi import FastAPI, Request
from fastapi.exception_handlers import http_exception_handler
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse, Response
from fastapi.staticfiles import StaticFiles
from pydantic import ValidationError
from starlette.exceptions import HTTPException as StarletteHTTPException
from starlette.types import ASGIApp

from secondchance import services
from secondchance.core.errors import CaseNotFound, EditConflict, UserError
from secondchance.web import security
from secondchance.web.settings import HERE, WebSettings
from secondchance.wording import problems


class _SecuredApp(FastAPI):
    """FastAPI with the security middleware outermost, outside even the 500 handler."""

    def build_middleware_stack(self) -> ASGIApp:
        """Wrap Starlette's own stack, so every response gets the security headers."""
        guard = self.state.settings.guard
        return security.SecurityMiddleware(super().build_middleware_stack(), guard)


def create_app(settings: WebSettings, clock: services.Clock = services.system_clock) -> FastAPI:
    """Build the app and the one service context it runs on; tests pass a fixed clock."""
    from secondchance.web import api, pages, replies

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        yield
        app.state.context.db.close()

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
    app.state.context = services.ServiceContext(
        services.Database(settings.database_url, pooled=True),
        clock,
        services.Settings.from_env(settings.env),
    )
    app.mount("/static", StaticFiles(directory=HERE / "static"), name="static")
    app.include_router(api.router)
    app.include_router(pages.router)
    app.include_router(replies.router)  # issue 18: "They replied"
    _map_errors(app)
    return app


def _map_errors(app: FastAPI) -> None:
    """Turn domain errors into 404, 409 and 422 in one place: JSON for /api, HTML otherwise."""

    def reply(request: Request, status: int, detail: object) -> Response:
        if request.url.path.startswith("/api/"):
            if status == 422 and isinstance(detail, str):
                # One shape for every 422, as OpenAPI declares it: a list of field errors;
                # a refusal that concerns no one field has an empty `loc` (#19).
                detail = [{"loc": [], "msg": detail, "type": "value_error"}]
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

    @app.exception_handler(EditConflict)
    async def conflict(request: Request, error: EditConflict) -> Response:
        return reply(request, 409, str(error))

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
        {"loc": list(problem.loc), "msg": problem.plain, "type": problem.kind}
        for problem in problems(error)
    ]


__all__ = ["WebSettings", "create_app"]
