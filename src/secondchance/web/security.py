"""Protection for a local server that holds private data and can send email.

Modelled on how Jupyter guards its local server: loopback by default, a token for anything
else, a Host allowlist against DNS rebinding, CSRF tokens on forms, JSON-only and same-origin
API writes, and a strict Content-Security-Policy.
"""

from __future__ import annotations

import hmac
import ipaddress
import secrets
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from urllib.parse import urlsplit

from starlette.requests import Request
from starlette.responses import JSONResponse, PlainTextResponse, Response

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
    "Referrer-Policy": "no-referrer",
    "Cross-Origin-Opener-Policy": "same-origin",
    "Cross-Origin-Resource-Policy": "same-origin",
    "Permissions-Policy": "camera=(), microphone=(), geolocation=()",
}
UNSAFE_METHODS = frozenset({"POST", "PUT", "PATCH", "DELETE"})


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


def middleware(
    guard: Guard,
) -> Callable[[Request, Callable[[Request], Awaitable[Response]]], Awaitable[Response]]:
    """Build the HTTP middleware that applies every check and header above."""

    async def check(
        request: Request, call_next: Callable[[Request], Awaitable[Response]]
    ) -> Response:
        if not guard.host_allowed(request.headers.get("host", "")):
            return _secured(PlainTextResponse("This Host is not allowed.", status_code=400))
        if not guard.token_ok(request):
            return _secured(
                PlainTextResponse(
                    "A token is needed: open the link that `secondchance serve` printed.",
                    status_code=401,
                )
            )
        if request.url.path.startswith("/api/") and request.method in UNSAFE_METHODS:
            if not same_origin(request):
                return _secured(JSONResponse({"detail": "cross-origin request refused"}, 403))
            media_type = request.headers.get("content-type", "").split(";")[0].strip().lower()
            if media_type != "application/json":
                return _secured(
                    JSONResponse({"detail": "send JSON (Content-Type: application/json)"}, 415)
                )
        response = await call_next(request)
        new_csrf = getattr(request.state, "new_csrf", None)
        if new_csrf:
            response.set_cookie(CSRF_COOKIE, new_csrf, httponly=True, samesite="strict")
        if guard.token and request.query_params.get("token") == guard.token:
            response.set_cookie(TOKEN_COOKIE, guard.token, httponly=True, samesite="strict")
        return _secured(response)

    return check


def _secured(response: Response) -> Response:
    for name, value in SECURITY_HEADERS.items():
        response.headers.setdefault(name, value)
    return response
