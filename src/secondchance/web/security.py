"""Protection for a local server that holds private data and can send email.

Modelled on how Jupyter guards its local server: loopback by default, a token for anything
else, a Host allowlist against DNS rebinding, CSRF tokens on forms, JSON-only and same-origin
API writes, and a strict Content-Security-Policy.
"""

from __future__ import annotations

import hmac
import ipaddress
import secrets
from dataclasses import dataclass, field
from urllib.parse import urlsplit

from starlette.datastructures import MutableHeaders
from starlette.requests import Request
from starlette.responses import JSONResponse, PlainTextResponse, Response
from starlette.types import ASGIApp, Message, Receive, Scope, Send

CSRF_COOKIE = "sc_csrf"
TOKEN_COOKIE = "sc_token"  # noqa: S105 - a cookie name, not a secret
CSP = (
    "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:;"
    " object-src 'none'; base-uri 'none'; frame-ancestors 'none'; form-action 'self'"
)
SECURITY_HEADERS = {
    "Content-Security-Policy": CSP,
    "X-Content-Type-Options": "nosniff",
    "X-Frame-Options": "DENY",
    # Not "no-referrer": under it Chromium sends `Origin: null` with our own form posts, and
    # the Origin check below could not tell them from a sandboxed foreign page (#19, #20).
    # "same-origin" still sends nothing to any other site.
    "Referrer-Policy": "same-origin",
    "Cross-Origin-Opener-Policy": "same-origin",
    "Cross-Origin-Resource-Policy": "same-origin",
    "Permissions-Policy": "camera=(), microphone=(), geolocation=()",
}
UNSAFE_METHODS = frozenset({"POST", "PUT", "PATCH", "DELETE"})
# Writes with a body must be JSON, which a foreign page cannot send without a preflight. A
# bodiless DELETE is never a "simple" request, so browsers preflight it anyway.
BODY_METHODS = frozenset({"POST", "PUT", "PATCH"})
# Larger than any case, draft or form the product accepts (the biggest is a 400 KiB draft).
MAX_BODY_BYTES = 2 * 1024 * 1024


def is_loopback(host: str) -> bool:
    """Tell whether `host` names this machine only."""
    if host in {"localhost", ""}:
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False


@dataclass(frozen=True)
class Guard:
    """The server's security settings: which Host names it answers to, and its token."""

    bind_host: str = "127.0.0.1"
    token: str | None = field(default=None, repr=False)
    extra_hosts: frozenset[str] = frozenset()

    def __post_init__(self) -> None:
        if not is_loopback(self.bind_host) and not self.token:
            raise ValueError("a non-loopback host needs a token")

    @property
    def allowed_hosts(self) -> frozenset[str]:
        """Host names accepted in the Host header."""
        names = {"127.0.0.1", "localhost", "[::1]", "::1", *self.extra_hosts}
        if self.bind_host not in {"0.0.0.0", "::"}:  # noqa: S104 - compared, not bound
            names.add(self.bind_host)
        return frozenset(names)

    def host_allowed(self, host_header: str) -> bool:
        """Check a Host header (with or without a port) against the allowlist."""
        host = urlsplit(f"//{host_header}").hostname or ""
        bracketed = f"[{host}]" if ":" in host else host
        if self.bind_host in {"0.0.0.0", "::"}:  # noqa: S104 - any interface: a token guards it
            return True
        return host in self.allowed_hosts or bracketed in self.allowed_hosts

    def token_ok(self, request: Request) -> bool:
        """Check the token from the query, a cookie or an Authorization header."""
        if not self.token:
            return True
        offered = (
            request.query_params.get("token")
            or request.cookies.get(TOKEN_COOKIE)
            or request.headers.get("authorization", "").removeprefix("Bearer ").strip()
        )
        # Bytes, not str: compare_digest refuses a str with non-ASCII characters.
        return bool(offered) and hmac.compare_digest(offered.encode(), self.token.encode())


def same_origin(request: Request) -> bool:
    """Tell whether the request's Origin header, when present, is this server's own."""
    origin = request.headers.get("origin")
    if origin is None:
        return True
    own = f"{request.url.scheme}://{request.headers.get('host', '')}"
    return origin == own


def csrf_token(request: Request) -> str:
    """Return the CSRF token for this browser, minting one if it has none yet."""
    existing = request.cookies.get(CSRF_COOKIE)
    if existing:
        return existing
    token = getattr(request.state, "new_csrf", None) or secrets.token_urlsafe(32)
    request.state.new_csrf = token
    return token


def csrf_valid(request: Request, submitted: str | None) -> bool:
    """Compare a form's token with the cookie (double submit, in constant time)."""
    cookie = request.cookies.get(CSRF_COOKIE)
    if not cookie or not submitted:
        return False
    return hmac.compare_digest(cookie.encode(), submitted.encode())


class SecurityMiddleware:
    """Plain ASGI middleware that applies every check and header above.

    Plain ASGI rather than `@app.middleware("http")`: Starlette's BaseHTTPMiddleware wraps
    every response in an extra stream and task, which cost about a quarter of the server's
    throughput. It is installed outside Starlette's error handling, so a 500 page carries
    the security headers too, and it refuses a request body over `max_body` bytes before
    the app reads it.
    """

    def __init__(self, app: ASGIApp, guard: Guard, max_body: int = MAX_BODY_BYTES) -> None:
        self.app = app
        self.guard = guard
        self.max_body = max_body

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        """Check the request, then pass it on with headers added to the response."""
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        request = Request(scope)
        refusal = self._refusal(request)
        if refusal is None:
            refusal, receive = await self._bounded(request, receive)
        if refusal is not None:
            await _secured(refusal)(scope, receive, send)
            return
        await self.app(scope, receive, self._with_headers(request, send))

    def _refusal(self, request: Request) -> Response | None:
        guard = self.guard
        if not guard.host_allowed(request.headers.get("host", "")):
            return PlainTextResponse("This Host is not allowed.", status_code=400)
        if not guard.token_ok(request):
            return PlainTextResponse(
                "A token is needed: open the link that `secondchance serve` printed.",
                status_code=401,
            )
        if request.method in UNSAFE_METHODS and not same_origin(request):
            return _foreign(request)
        if request.url.path.startswith("/api/") and request.method in UNSAFE_METHODS:
            media_type = request.headers.get("content-type", "").split(";")[0].strip().lower()
            if request.method in BODY_METHODS and media_type != "application/json":
                return JSONResponse({"detail": "send JSON (Content-Type: application/json)"}, 415)
        return None

    async def _bounded(self, request: Request, receive: Receive) -> tuple[Response | None, Receive]:
        """Refuse a body over the limit: by its Content-Length, or by reading it up to there."""
        too_large = JSONResponse(
            {"detail": f"the request body is over the {self.max_body // 1024} KiB limit"}, 413
        )
        declared = request.headers.get("content-length")
        if declared is not None:
            return (
                too_large if not declared.isdigit() or int(declared) > self.max_body else None
            ), receive
        if request.method not in UNSAFE_METHODS:
            return None, receive
        # No length given (chunked): read up to the limit now, then replay what was read.
        chunks, size, more = [], 0, True
        while more:
            message = await receive()
            if message["type"] != "http.request":
                return None, receive
            chunks.append(message.get("body", b""))
            size += len(chunks[-1])
            more = message.get("more_body", False)
            if size > self.max_body:
                return too_large, receive
        body = b"".join(chunks)

        async def replay() -> Message:
            nonlocal body
            sent, body = body, b""
            return {"type": "http.request", "body": sent, "more_body": False}

        return None, replay

    def _with_headers(self, request: Request, send: Send) -> Send:
        guard = self.guard

        async def send_secured(message: Message) -> None:
            if message["type"] == "http.response.start":
                headers = MutableHeaders(scope=message)
                for name, value in SECURITY_HEADERS.items():
                    if name not in headers:
                        headers[name] = value
                new_csrf = request.scope.get("state", {}).get("new_csrf")
                if new_csrf:
                    headers.append("set-cookie", _cookie(CSRF_COOKIE, new_csrf))
                if guard.token and request.query_params.get("token") == guard.token:
                    headers.append("set-cookie", _cookie(TOKEN_COOKIE, guard.token))
            await send(message)

        return send_secured


def _foreign(request: Request) -> Response:
    """Refuse a write sent from another site: JSON for the API, a sentence for a form."""
    if request.url.path.startswith("/api/"):
        return JSONResponse({"detail": "cross-origin request refused"}, 403)
    return PlainTextResponse(
        "This form was sent from another website, so nothing was changed. Open secondchance"
        " from its own address and try again.",
        status_code=403,
    )


def _cookie(name: str, value: str) -> str:
    return f"{name}={value}; HttpOnly; Path=/; SameSite=strict"


def _secured(response: Response) -> Response:
    for name, value in SECURITY_HEADERS.items():
        response.headers.setdefault(name, value)
    return response
