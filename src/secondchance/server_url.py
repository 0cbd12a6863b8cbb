"""Read a mail server from the environment: the one parser that SMTP and IMAP settings share.

`SECONDCHANCE_<KIND>_URL` names the server (`scheme://user@host:port/path`), and the password,
CA file and timeout come from `_PASSWORD`, `_CAFILE` and `_TIMEOUT` beside it, never from the
URL, so that the address can be printed and logged while the secret cannot.
"""

from __future__ import annotations

import ipaddress
import ssl
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from urllib.parse import unquote, urlsplit

from secondchance.core.errors import UserError

TIMEOUT_SECONDS = 20.0
MAX_TIMEOUT_SECONDS = 600


@dataclass(frozen=True)
class ServerUrl:
    """A server as the environment names it. `password` is kept out of repr."""

    scheme: str
    host: str
    port: int
    username: str | None
    path: str
    password: str | None = field(default=None, repr=False)
    cafile: str | None = None
    timeout: float = TIMEOUT_SECONDS

    def tls_context(self) -> ssl.SSLContext:
        """Return the TLS settings for this server, certificate checks on.

        A private CA (`cafile`) is added to the trusted set, never put in its place.
        """
        context = ssl.create_default_context()
        if self.cafile:
            context.load_verify_locations(cafile=self.cafile)
        return context


def read_server_url(
    env: Mapping[str, str],
    kind: str,
    ports: Mapping[str, int],
    error: type[UserError],
) -> ServerUrl | None:
    """Read `SECONDCHANCE_<kind>_URL` and its companions; None when no URL is set.

    `ports` maps each accepted scheme to its default port; the one scheme without TLS (the
    bare protocol name) is allowed only to this machine. Every refusal is an `error`.
    """
    name = f"SECONDCHANCE_{kind}_URL"
    url = env.get(name, "").strip()
    if not url:
        return None
    try:
        parts = urlsplit(url)
        port = parts.port
    except ValueError as problem:  # an unclosed [ of an IPv6 host, or a port out of range
        raise error(f"{name} cannot be read: {problem}") from None
    scheme = parts.scheme.lower()
    if scheme not in ports:
        raise error(f"{name} must start with {_either(ports)}")
    if parts.password:
        raise error(f"put the password in SECONDCHANCE_{kind}_PASSWORD, not in {name}")
    host = parts.hostname
    if not host:
        raise error(f"{name} has no host")
    plain = kind.lower()
    if scheme == plain and not is_loopback(host):
        raise error(
            f"plain {plain}:// works without TLS, so it is only allowed to this machine;"
            f" use {_either([s for s in ports if s != plain])} for {host}"
        )
    return ServerUrl(
        scheme=scheme,
        host=host,
        port=port or ports[scheme],
        username=unquote(parts.username) if parts.username else None,
        path=unquote(parts.path.strip("/")),
        password=env.get(f"SECONDCHANCE_{kind}_PASSWORD") or None,
        cafile=env.get(f"SECONDCHANCE_{kind}_CAFILE") or None,
        timeout=_timeout(env.get(f"SECONDCHANCE_{kind}_TIMEOUT"), kind, error),
    )


def is_loopback(host: str) -> bool:
    """Tell whether `host` is this machine, where a connection without TLS stays private."""
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def _either(schemes: Iterable[str]) -> str:
    """Return "a://, b:// or c://"."""
    *rest, last = [f"{scheme}://" for scheme in schemes]
    return f"{', '.join(rest)} or {last}" if rest else last


def _timeout(raw: str | None, kind: str, error: type[UserError]) -> float:
    if not raw:
        return TIMEOUT_SECONDS
    name = f"SECONDCHANCE_{kind}_TIMEOUT"
    try:
        seconds = float(raw)
    except ValueError:
        raise error(f"{name} must be a number of seconds") from None
    if not 0 < seconds <= MAX_TIMEOUT_SECONDS:
        raise error(f"{name} must be between 0 and {MAX_TIMEOUT_SECONDS} seconds")
    return seconds
