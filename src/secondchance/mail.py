"""Sending through the user's SMTP server: the only network I/O in secondchance.

The server is a URL (`smtp+starttls://user@host:587`, `smtps://user@host:465`, or plain
`smtp://host:port` for a relay on this machine only); the password comes separately and never
appears in any message, log or error that this module produces. SECONDCHANCE_SMTP_TIMEOUT
(seconds, default 20) bounds how long a silent server can hold a send.
"""

from __future__ import annotations

import base64
import smtplib
import socket
import ssl
from collections.abc import Mapping
from urllib.parse import quote

from secondchance.core.errors import UserError
from secondchance.server_url import ServerUrl, read_server_url

DEFAULT_PORTS = {"smtp+starttls": 587, "smtps": 465, "smtp": 25}


class MailConfigError(UserError):
    """The SMTP settings cannot be used; nothing was sent or attempted."""


class SendError(RuntimeError):
    """The server did not take the message; the text is safe to show and store.

    `refused` lists the recipients the server turned down while it accepted others: a
    retry must go to those only.
    """

    def __init__(self, reason: str, refused: tuple[str, ...] = ()) -> None:
        super().__init__(reason)
        self.refused = refused


def smtp_server(env: Mapping[str, str]) -> ServerUrl | None:
    """Read SECONDCHANCE_SMTP_URL, _PASSWORD, _CAFILE and _TIMEOUT; None with no URL."""
    return read_server_url(env, "SMTP", DEFAULT_PORTS, MailConfigError)


def send(settings: ServerUrl, content: bytes, sender: str, recipients: list[str]) -> None:
    """Deliver one message; raise SendError with a password-free reason on any failure.

    Once the server has accepted the message, a failure while saying goodbye (QUIT) changes
    nothing: the message is sent. When the server accepts some recipients and refuses
    others, SendError names the refused ones in `refused`.
    """
    try:
        client = _connect(settings, settings.timeout)
    except (smtplib.SMTPException, OSError, ssl.SSLError, UnicodeError) as error:
        raise SendError(_scrub(_reason(error), settings)) from None
    try:
        if settings.username:
            _login(client, settings.username, settings.password or "")
        refused = client.sendmail(sender, recipients, content)
    except (smtplib.SMTPException, OSError, ssl.SSLError, UnicodeError) as error:
        _close(client)
        raise SendError(_scrub(_reason(error), settings)) from None
    _close(client)
    if refused:
        names = tuple(sorted(refused))
        reasons = "; ".join(f"{name} ({_refusal(refused[name])})" for name in names)
        raise SendError(_scrub(f"the server refused {reasons}", settings), names)


def _close(client: smtplib.SMTP) -> None:
    # The outcome is known before QUIT: a server that drops the line here loses nothing.
    try:
        client.quit()
    except (smtplib.SMTPException, OSError, ssl.SSLError):
        client.close()


def _refusal(reply: tuple[int, bytes]) -> str:
    code, text = reply
    return f"{code} {text.decode('utf-8', 'replace')}".strip()


def _login(client: smtplib.SMTP, username: str, password: str) -> None:
    if (username + password).isascii():
        client.login(username, password)
        return
    # smtplib encodes credentials as ASCII; AUTH PLAIN (RFC 4616) carries UTF-8 as it is.
    client.ehlo_or_helo_if_needed()
    if not client.has_extn("auth"):
        raise smtplib.SMTPNotSupportedError("the server does not offer AUTH")
    token = base64.b64encode(b"\0" + username.encode() + b"\0" + password.encode()).decode()
    code, reply = client.docmd("AUTH", f"PLAIN {token}")
    if code != 235:  # noqa: PLR2004 - RFC 4954 "authentication succeeded"
        raise smtplib.SMTPAuthenticationError(code, reply)


def _connect(settings: ServerUrl, timeout: float) -> smtplib.SMTP:
    if settings.scheme == "smtps":
        return smtplib.SMTP_SSL(
            settings.host, settings.port, timeout=timeout, context=settings.tls_context()
        )
    client = smtplib.SMTP(settings.host, settings.port, timeout=timeout)
    if settings.scheme == "smtp+starttls":
        try:
            client.starttls(context=settings.tls_context())
        except BaseException:
            client.close()
            raise
    return client


def _reason(error: BaseException) -> str:
    if isinstance(error, smtplib.SMTPResponseException):
        detail = (
            error.smtp_error.decode("utf-8", "replace")
            if isinstance(error.smtp_error, bytes)
            else str(error.smtp_error)
        )
        return f"the server answered {error.smtp_code}: {detail}"
    if isinstance(error, socket.timeout | TimeoutError) or "timed out" in str(error):
        return "the server did not answer in time"
    if isinstance(error, ssl.SSLError):
        return f"TLS failed: {error.reason or error}"
    if isinstance(error, smtplib.SMTPNotSupportedError):
        return "the server does not offer STARTTLS"
    return f"{type(error).__name__}: {error}"


def _scrub(text: str, settings: ServerUrl) -> str:
    """Remove the password from `text` in every form it crosses the wire in."""
    for secret in _secret_forms(settings):
        text = text.replace(secret, "********")
    return text


def _secret_forms(settings: ServerUrl) -> list[str]:
    """Return the password as typed, URL-quoted, and base64 as AUTH PLAIN and LOGIN send it."""
    password = settings.password
    if not password:
        return []
    user = (settings.username or "").encode()
    raw = password.encode()
    forms = {
        password,
        quote(password, safe=""),
        base64.b64encode(raw).decode(),
        base64.b64encode(b"\0" + user + b"\0" + raw).decode(),
        base64.b64encode(user + b"\0" + user + b"\0" + raw).decode(),
    }
    return sorted((form for form in forms if len(form) >= 3), key=len, reverse=True)
