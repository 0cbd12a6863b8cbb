"""Building messages to deliver: RFC 5322 .eml files and mailto: links (no network here).

Header values come only from validated case fields, and Python's `email` package refuses a
header value with CR or LF in it, so a field can never add a header of its own.
"""

from __future__ import annotations

from datetime import datetime
from email.headerregistry import Address
from email.message import EmailMessage
from email.parser import BytesParser
from email.policy import SMTP
from email.utils import format_datetime, make_msgid
from functools import lru_cache
from typing import Literal
from urllib.parse import quote

from pydantic import BaseModel, ConfigDict

from secondchance.core.compose import Message
from secondchance.core.errors import UserError
from secondchance.core.intake import Case
from secondchance.core.plan import Instant

# Mail clients cut mailto: links off somewhere above this length.
MAILTO_LIMIT = 1500
# Messages that go by email, and the lifecycle event each one's sending means.
EMAIL_EVENTS: dict[str, str | None] = {
    "apology_email": "apology_sent",
    "call_follow_up_email": "apology_sent",
    "no_reply_follow_up": "follow_up_sent",
    "last_follow_up": "follow_up_sent",
    "decline_reply": None,
    "reschedule_confirmation": None,
}
ADDRESS_HEADERS = ("from", "to", "cc")
OutboxStatus = Literal["queued", "sent", "failed"]


class MissingAddress(UserError):
    """A message cannot go out: someone it needs has no email address."""


class OutboxEntry(BaseModel):
    """A message in the outbox, with what happened to it."""

    model_config = ConfigDict(frozen=True)

    id: int
    case_id: int
    message_id: str
    status: OutboxStatus
    attempts: int
    last_error: str | None
    created_at: Instant
    sent_at: Instant | None
    sender: str
    recipients: tuple[str, ...]


def build_eml(
    case: Case,
    message_id: str,
    message: Message,
    now: datetime,
    calendar: bytes | None = None,
) -> EmailMessage:
    """Build the RFC 5322 message for a kit email; `calendar` is attached as text/calendar.

    Raises MissingAddress when the candidate or the interviewer has no email address.
    """
    if message_id not in EMAIL_EVENTS:
        raise MissingAddress(
            f"'{message_id}' is not an email; use one of {', '.join(EMAIL_EVENTS)}"
        )
    if not case.candidate.email:
        raise MissingAddress("candidate.email is needed to send as you")
    if not case.interviewer.email:
        raise MissingAddress("interviewer.email is needed to address the message")
    email = EmailMessage(policy=SMTP)
    email["From"] = _address(case.candidate.name, case.candidate.email)
    email["To"] = _address(case.interviewer.name, case.interviewer.email)
    if case.recruiter and case.recruiter.email:
        email["Cc"] = _address(case.recruiter.name, case.recruiter.email)
    email["Subject"] = message.subject or ""
    email["Date"] = format_datetime(now)
    email["Message-ID"] = make_msgid(domain=case.candidate.email.rsplit("@", 1)[1])
    email.set_content(message.full_text + "\n", charset="utf-8")
    if calendar is not None:
        email.add_attachment(
            calendar,
            maintype="text",
            subtype="calendar",
            filename="interview.ics",
            params={"method": "PUBLISH"},
        )
    _ensure_headers_survive(email)
    return email


def _ensure_headers_survive(email: EmailMessage) -> None:
    """Raise UserError unless the message reads back with exactly the headers it was given.

    The intake already refuses what is known to break a header; this catches the rest of that
    family (#19: CPython's folding let an encoded word in a name write its own header line).
    """
    parsed = BytesParser(policy=SMTP).parsebytes(bytes(email), headersonly=True)
    try:
        sent = [(name.lower(), _addresses(email, name)) for name in email]
        read = [(name.lower(), _addresses(parsed, name)) for name in parsed]
    except (IndexError, ValueError, AttributeError):
        # The standard library's address parser fails in these ways on a header a forged
        # value has broken; it is the same verdict as a mismatch.
        sent, read = [], [("", ["unreadable"])]
    if sent != read:
        raise UserError(
            "the message's headers would not read back as written; check the names, company"
            " and role for unusual characters"
        )


def _addresses(email: EmailMessage, name: str) -> list[str]:
    if name.lower() not in ADDRESS_HEADERS:
        return []
    return [address.addr_spec for address in email[name].addresses]


def recipients(email: EmailMessage) -> list[str]:
    """Return the bare addresses a message goes to (To and Cc)."""
    found = []
    for header in ("To", "Cc"):
        for value in email.get_all(header, []):
            found += [address.addr_spec for address in value.addresses]
    return found


# Cached: the link is a function of two values that cannot change, the kit page asks for the
# same few on every view, and percent-encoding a whole body was a tenth of building it (#19).
@lru_cache(maxsize=512)
def mailto_url(case: Case, message: Message) -> tuple[str, bool]:
    """Return a mailto: URL (RFC 6068) and whether it is short enough for mail clients."""
    if not case.interviewer.email:
        raise MissingAddress("interviewer.email is needed for a mailto: link")
    query = []
    if case.recruiter and case.recruiter.email:
        query.append(f"cc={quote(case.recruiter.email, safe='@')}")
    if message.subject:
        query.append(f"subject={quote(message.subject, safe='')}")
    body = message.full_text.replace("\n", "\r\n")
    query.append(f"body={quote(body, safe='')}")
    url = f"mailto:{quote(case.interviewer.email, safe='@')}?{'&'.join(query)}"
    return url, len(url) <= MAILTO_LIMIT


def _address(name: str, address: str) -> Address:
    username, domain = address.rsplit("@", 1)
    return Address(display_name=name, username=username, domain=domain)
