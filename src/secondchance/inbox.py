"""Reading the user's mailbox over IMAP, read-only: the only other network I/O (issue 18).

The mailbox is a URL (`imaps://user@host:993/INBOX`, `imap+starttls://user@host:143/INBOX`, or
plain `imap://` to this machine only); the password comes separately
(SECONDCHANCE_IMAP_PASSWORD) and never appears in any message, log or error from here. The
folder is opened with EXAMINE and messages fetched with BODY.PEEK[], so nothing is marked
read. SECONDCHANCE_IMAP_TIMEOUT (seconds, default 20) bounds a silent server.
"""

from __future__ import annotations

import socket
import ssl
from collections.abc import Mapping
from dataclasses import dataclass, replace
from typing import Any
from urllib.parse import quote

from secondchance.core.errors import UserError
from secondchance.server_url import ServerUrl, read_server_url

DEFAULT_PORTS = {"imaps": 993, "imap+starttls": 143, "imap": 143}
# At most this many new messages are fetched per run; the rest come next time.
MAX_MESSAGES = 200
# A message larger than this is not a reply to read; it is skipped (and not fetched again).
MAX_MESSAGE_BYTES = 2 * 1024 * 1024


class InboxConfigError(UserError):
    """The IMAP settings cannot be used; nothing was attempted."""


class InboxError(UserError):
    """The server could not be read; the text is safe to show (no password in it)."""


def imap_server(env: Mapping[str, str]) -> ServerUrl | None:
    """Read SECONDCHANCE_IMAP_URL, _PASSWORD, _CAFILE and _TIMEOUT; None with no URL.

    The URL's path is the mailbox, INBOX when it names none.
    """
    server = read_server_url(env, "IMAP", DEFAULT_PORTS, InboxConfigError)
    if server is None:
        return None
    if not server.username:
        raise InboxConfigError("SECONDCHANCE_IMAP_URL needs a user and a host: imaps://me@host")
    return replace(server, path=server.path or "INBOX")


def mailbox_name(server: ServerUrl) -> str:
    """Say which mailbox is read, without the password."""
    return f"{server.scheme}://{server.username}@{server.host}:{server.port}/{server.path}"


@dataclass(frozen=True, slots=True)
class Fetched:
    """What one reading found: the mailbox's UIDVALIDITY, the new messages and the last UID."""

    uidvalidity: int
    messages: tuple[tuple[int, bytes], ...]
    last_uid: int


def fetch_new(settings: ServerUrl, known: tuple[int, int] | None) -> Fetched:
    """Fetch the messages after the last UID read, without marking any of them read.

    `known` is (UIDVALIDITY, last UID) from the previous reading; when the server's
    UIDVALIDITY differs, the UIDs were renumbered and the mailbox is read from the start.
    """
    from imapclient import IMAPClient
    from imapclient.exceptions import IMAPClientError

    try:
        client = _connect(settings, IMAPClient)
    except (IMAPClientError, OSError, ssl.SSLError) as error:
        raise InboxError(_scrub(_reason(error), settings)) from None
    try:
        return _read(client, settings, known)
    except (IMAPClientError, OSError, ssl.SSLError) as error:
        raise InboxError(_scrub(_reason(error), settings)) from None
    finally:
        try:
            client.logout()
        except (IMAPClientError, OSError, ssl.SSLError):
            client.shutdown()


def _connect(settings: ServerUrl, client_class: Any) -> Any:  # noqa: ANN401 - untyped library
    context = settings.tls_context()
    client = client_class(
        settings.host,
        port=settings.port,
        ssl=settings.scheme == "imaps",
        ssl_context=context if settings.scheme == "imaps" else None,
        timeout=settings.timeout,
    )
    try:
        if settings.scheme == "imap+starttls":
            client.starttls(context)
        client.login(settings.username or "", settings.password or "")  # imap_server needs one
    except BaseException:
        client.shutdown()
        raise
    return client


def _read(client: Any, settings: ServerUrl, known: tuple[int, int] | None) -> Fetched:  # noqa: ANN401
    # readonly=True sends EXAMINE: the server changes no flag for this session (RFC 3501 6.3.2).
    folder = client.select_folder(settings.path, readonly=True)
    uidvalidity = int(folder[b"UIDVALIDITY"])
    last = known[1] if known and known[0] == uidvalidity else 0
    # "N:*" always names the newest message, even when its UID is below N.
    uids = sorted(uid for uid in client.search(["UID", f"{last + 1}:*"]) if uid > last)
    uids = uids[:MAX_MESSAGES]
    messages: list[tuple[int, bytes]] = []
    if uids:
        sizes = client.fetch(uids, ["RFC822.SIZE"])
        small = [uid for uid in uids if int(sizes[uid][b"RFC822.SIZE"]) <= MAX_MESSAGE_BYTES]
        if small:
            bodies = client.fetch(small, ["BODY.PEEK[]"])
            messages = [(uid, bytes(bodies[uid][b"BODY[]"])) for uid in small if uid in bodies]
    return Fetched(uidvalidity, tuple(messages), max([last, *uids]))


def _reason(error: BaseException) -> str:
    if isinstance(error, socket.timeout | TimeoutError) or "timed out" in str(error):
        return "the IMAP server did not answer in time"
    if isinstance(error, ssl.SSLError):
        return f"TLS failed: {error.reason or error}"
    if isinstance(error, ConnectionRefusedError):
        return "the IMAP server refused the connection"
    text = str(error)
    if text[:2] in ("b'", 'b"'):
        text = text[2:-1]  # imaplib shows the server's bytes as their repr
    return f"the IMAP server said: {text}" if text else type(error).__name__


def _scrub(text: str, settings: ServerUrl) -> str:
    """Remove the password from `text`, as typed and URL-quoted."""
    password = settings.password
    if not password:
        return text
    for secret in sorted({password, quote(password, safe="")}, key=len, reverse=True):
        text = text.replace(secret, "********")
    return text
