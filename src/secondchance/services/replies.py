"""When they reply: read the answer, suggest the next step, and move the case on the user's word.

The part of the services facade that the CLI, the pages and the API call for replies (#18).
Nothing here sends anything, and nothing changes a case until the user accepts a step
(`accept_time`, `log_decline`, `log_reply`).
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import TYPE_CHECKING
from zoneinfo import ZoneInfo

from pydantic import BaseModel, ConfigDict

from secondchance.core.reply import FoundReply, OfferedTime, ReplyKind, ReplyReading
from secondchance.services import InputError

if TYPE_CHECKING:
    from secondchance.core.compose import Message
    from secondchance.core.intake import Case
    from secondchance.core.lifecycle import TrackedCase
    from secondchance.services.context import ServiceContext
    from secondchance.store.repo import Store

MAX_REPLY_BYTES = 400 * 1024
# An absence notice names a return date within the year it is sent in.
_FURTHEST_RETURN = timedelta(days=366)
# Message-IDs as In-Reply-To and References list them: <local@domain>, space-separated.
_MESSAGE_IDS = re.compile(r"<[^<>\s]{1,990}>")
# What logging each kind of reply would mean, once the user says so.
NEXT_EVENT: dict[str, str | None] = {
    "proposes_times": "rescheduled",
    "confirms": "rescheduled",
    "declined": "declined",
    "asks_what_happened": "reply_received",
    "asks_for_times": "reply_received",
    "pending": "reply_received",
    "auto_reply": None,  # nobody has answered yet
    "other": "reply_received",
}
# The composer's name for the message that answers each kind: the kit's own confirmation and
# decline reply, and for the four answers written for a reply, the reply kind it answers
# (`secondchance.core.compose.compose_reply_message`). None where no message is the answer.
NEXT_MESSAGE: dict[str, str | None] = {
    "proposes_times": "reschedule_confirmation",
    "confirms": "reschedule_confirmation",
    "declined": "decline_reply",
    "asks_what_happened": "asks_what_happened",
    "asks_for_times": "asks_for_times",
    "pending": "pending",
    "auto_reply": "auto_reply",
    "other": None,
}
# What the history says of each kind of reply, beside "They replied".
KIND_NOTES: dict[str, str] = {
    "proposes_times": "They offered new times.",
    "confirms": "They confirmed a time.",
    "declined": "They declined.",
    "asks_what_happened": "They asked what happened.",
    "asks_for_times": "They asked for your times.",
    "pending": "They are checking and will come back to you.",
    "auto_reply": "An automatic reply: they are away.",
    "other": "A reply to read yourself.",
}
# Why a kind that has a message got none for this reply: what the user can do instead.
NO_MESSAGE_BECAUSE: dict[str, str] = {
    "proposes_times": "The time they offered is not after the missed interview; "
    "check the date with them before you confirm it.",
    "confirms": "No new time was found in their words; check the date with them before "
    "you confirm it.",
    "asks_for_times": "The plan has no free time to offer in the coming days; suggest two or "
    "three times of your own.",
    "auto_reply": "They did not say when they are back; wait for their answer before you "
    "write again.",
}


@dataclass(frozen=True, slots=True)
class ReplyAdvice:
    """A reply read in context: what it says, each time in both zones, and what to do next.

    A dataclass, not a model: the API returns `summary()`, and reading a reply without a
    case then never loads the composer (the CLI starts faster).
    """

    reading: ReplyReading
    sender_zone: str
    candidate_zone: str
    times_for_candidate: tuple[datetime, ...]
    next_event: str | None
    next_message_id: str | None
    next_message: Message | None
    case_id: int | None = None

    @property
    def no_message_because(self) -> str | None:
        """Say why no message was written for this reply, when one was expected."""
        if self.next_message is not None or self.next_message_id is None:
            return None
        return NO_MESSAGE_BECAUSE.get(self.reading.kind)

    def summary(self) -> dict[str, object]:
        """Return the `--json` and API document: kind, times, return date and next step."""
        return {
            "kind": self.reading.kind,
            "times": [_time_document(t) for t in self.reading.times],
            "return_date": self.reading.return_date.isoformat()
            if self.reading.return_date
            else None,
            "next_event": self.next_event,
            "next_message": self.next_message_id,
            "message": self.next_message.model_dump(mode="json") if self.next_message else None,
            "case_id": self.case_id,
        }


def _time_document(offered: OfferedTime) -> dict[str, str]:
    document = {"start": offered.start.isoformat()}
    if offered.end is not None:
        document["end"] = offered.end.isoformat()
    document["text"] = offered.text
    return document


@dataclass(frozen=True, slots=True)
class IncomingReply:
    """A reply as received: its text, its mail headers (if any) and its Date header."""

    text: str
    headers: Mapping[str, str]
    sent: datetime | None


def parse_reply(raw: bytes) -> IncomingReply:
    """Read pasted text or an RFC 5322 message; raise InputError for empty or oversized input."""
    from secondchance.services import decode_input

    if len(raw) > MAX_REPLY_BYTES:
        raise InputError(f"the reply is larger than the {MAX_REPLY_BYTES // 1024} KiB limit")
    if _looks_like_mail(raw):
        return _mail_reply(raw)
    text = decode_input(raw, what="the reply", max_bytes=MAX_REPLY_BYTES)
    if not text.strip():
        raise InputError("the reply is empty; paste or pipe in the interviewer's answer")
    return IncomingReply(text=text, headers={}, sent=None)


def _looks_like_mail(raw: bytes) -> bool:
    head = raw[:4096].replace(b"\r\n", b"\n").split(b"\n\n", 1)[0].lower()
    names = {line.split(b":", 1)[0] for line in head.split(b"\n") if b":" in line}
    return len(names & {b"from", b"date", b"message-id", b"subject", b"to", b"received"}) >= 2


def _mail_reply(raw: bytes) -> IncomingReply:
    from email import message_from_bytes, policy
    from email.utils import parsedate_to_datetime

    message = message_from_bytes(raw, policy=policy.default)
    headers = {name: str(value) for name, value in message.items()}
    part = message.get_body(preferencelist=("plain", "html"))
    text = part.get_content() if part is not None else ""
    if part is not None and part.get_content_subtype() == "html":
        text = _html_text(text)
    if not str(text).strip():
        raise InputError("the message has no text to read")
    sent = None
    if message["Date"]:
        try:
            sent = parsedate_to_datetime(str(message["Date"]))
        except (TypeError, ValueError):
            sent = None
        if sent is not None and sent.tzinfo is None:
            sent = None  # "-0000" means the zone is unknown: the caller's --sent decides
    subject = headers.get("Subject", "")
    return IncomingReply(
        text=f"{subject}\n\n{text}" if subject else str(text), headers=headers, sent=sent
    )


def _html_text(html: str) -> str:
    import re
    from html import unescape

    html = re.sub(r"(?is)<(script|style)\b.*?</\1>", " ", html)
    html = re.sub(r"(?i)<br\s*/?>|</p>|</div>|</li>|</tr>", "\n", html)
    html = re.sub(r"(?i)<blockquote\b.*?</blockquote>", "\n", html, flags=re.DOTALL)
    return unescape(re.sub(r"<[^>]{0,2000}>", "", html))


def read(
    raw: bytes,
    *,
    sent: datetime | None,
    timezone: str | None,
    candidate_timezone: str | None = None,
) -> ReplyAdvice:
    """Read a reply without a case: the sender's zone and the send time come from the caller.

    The message's own Date header wins over `sent`. Raises InputError for missing context.
    """
    incoming = parse_reply(raw)
    sender = _zone(timezone, "--timezone") if timezone else None
    if sender is None:
        raise InputError("give --timezone, the sender's IANA zone (or --case ID)")
    candidate = _zone(candidate_timezone, "--candidate-timezone") if candidate_timezone else sender
    moment = incoming.sent or sent
    if moment is None:
        raise InputError("give --sent, when the reply was sent (ISO 8601 with an offset)")
    if moment.tzinfo is None:
        raise InputError("--sent needs a UTC offset, like 2026-03-05T14:30-05:00")
    return _advise(incoming, moment, sender, candidate)


def read_for_case(
    context: ServiceContext, case_id: int, raw: bytes, sent: datetime | None = None
) -> ReplyAdvice:
    """Read a reply to a tracked case: the interviewer's zone is the sender's.

    Without a Date header or `sent`, the reply counts as sent now, by the context's clock.
    """
    from secondchance.services import current_case, get_case

    now = context.now()
    incoming = parse_reply(raw)
    tracked = get_case(context, case_id)
    case = current_case(tracked)
    moment = incoming.sent or sent or now
    return _advise(
        incoming,
        moment,
        case.interviewer_zone,
        case.candidate_zone,
        tracked=tracked,
        case=case,
        now=now,
    )


def _zone(name: str, flag: str) -> ZoneInfo:
    from secondchance.core.zones import load_zone

    try:
        return load_zone(name)
    except ValueError as error:
        raise InputError(f"{flag}: {error}") from None


def _advise(
    incoming: IncomingReply,
    sent: datetime,
    sender: ZoneInfo,
    candidate: ZoneInfo,
    *,
    tracked: TrackedCase | None = None,
    case: Case | None = None,
    now: datetime | None = None,
) -> ReplyAdvice:
    from secondchance.core.reply import read_reply

    reading = read_reply(
        incoming.text,
        sent=sent,
        sender_zone=sender,
        candidate_zone=candidate,
        headers=incoming.headers,
    )
    message = None
    if case is not None and now is not None:
        first = reading.times[0].start if reading.times else None
        message = reply_message(case, reading.kind, now=now, at=first, reading=reading)
    return ReplyAdvice(
        reading=reading,
        sender_zone=sender.key,
        candidate_zone=candidate.key,
        times_for_candidate=tuple(t.start.astimezone(candidate) for t in reading.times),
        next_event=NEXT_EVENT[reading.kind],
        next_message_id=NEXT_MESSAGE[reading.kind],
        next_message=message,
        case_id=tracked.id if tracked else None,
    )


def reply_message(
    case: Case,
    kind: ReplyKind,
    *,
    now: datetime,
    at: datetime | None = None,
    reading: ReplyReading | None = None,
) -> Message | None:
    """Write the message that answers a reply of `kind` (never sent from here).

    None where nothing can honestly be written: an offered time the case refuses (before the
    missed interview), an absence notice that gives no return date, no free slot to offer.
    """
    from secondchance.core.compose import compose_reply_message

    if kind == "other" or (kind in ("proposes_times", "confirms") and at is None):
        return None
    try:
        if kind in ("proposes_times", "confirms") and at is not None:
            case = _agreed(case, at)
        slots = _slots(case, now) if kind == "asks_for_times" else ()
        return_date = reading.return_date if reading else None
        return compose_reply_message(
            case, kind, now=now, tone=case.tone, slots=slots, return_date=return_date
        )
    except ValueError:
        return None


def _agreed(case: Case, at: datetime) -> Case:
    from secondchance.core.intake import LocalTime

    zone = case.interviewer_zone
    wall = at.astimezone(zone).replace(tzinfo=None)
    return case.model_copy(update={"rescheduled_to": LocalTime(start=wall, timezone=zone.key)})


def _slots(case: Case, now: datetime) -> tuple[datetime, ...]:
    """Three new times from the plan's slot finder, in the interviewer's business hours."""
    from secondchance.services import build_plan

    return tuple(slot.start for slot in build_plan(case, now).slots)


# --- Moving the case, on the user's word ---------------------------------------------------


def accept_time(
    context: ServiceContext, case_id: int, start: datetime, kind: str = "proposes_times"
) -> TrackedCase:
    """Log that a reply came and that the interview moves to `start`.

    Logs `reply_received` (where the status allows it) and `rescheduled`; raises InputError
    for a time that is not in the future.
    """
    from secondchance.core.events import TRANSITIONS, TransitionNotAllowed
    from secondchance.services import get_case, log_event

    if start <= context.now():
        raise InputError(f"the new time {start.isoformat()} is not in the future")
    status = get_case(context, case_id).status
    if (status, "rescheduled") not in TRANSITIONS:  # checked first: log both or neither
        raise TransitionNotAllowed(status, "rescheduled")
    log_reply(context, case_id, kind)
    zone = start.tzinfo.key if isinstance(start.tzinfo, ZoneInfo) else None
    return log_event(context, case_id, "rescheduled", to=start, timezone=zone)


def log_decline(context: ServiceContext, case_id: int) -> TrackedCase:
    """Log that the interviewer declined."""
    from secondchance.services import log_event

    return log_event(context, case_id, "declined", note="They replied: declined")


def log_away(context: ServiceContext, case_id: int, reading: ReplyReading) -> TrackedCase:
    """Note an automatic reply's return date on the case: its plan then follows up after it.

    The case does not move, since nobody has answered yet. Raises InputError for a reading
    that is no automatic reply or names no return date.
    """
    if reading.kind != "auto_reply" or reading.return_date is None:
        raise InputError("only an automatic reply that says when they are back can be noted")
    return note_away(context, case_id, reading.return_date)


def note_away(context: ServiceContext, case_id: int, back_on: date) -> TrackedCase:
    """Note the day the interviewer is back, as an automatic reply gave it (the case stays put).

    Raises InputError for a day already past on the interviewer's calendar, or more than a
    year ahead: no absence notice means either.
    """
    from secondchance.services import current_case, get_case

    zone = current_case(get_case(context, case_id)).interviewer_zone
    today = context.now().astimezone(zone).date()
    if not today <= back_on <= today + _FURTHEST_RETURN:
        raise InputError(f"the return date {back_on.isoformat()} is not within the coming year")
    with context.db.store() as store:
        return store.record_away(case_id, back_on, context.now())


@dataclass(frozen=True, slots=True)
class OtherTimes:
    """New times to offer instead of theirs: the plan's slots, and the message that offers them."""

    tracked: TrackedCase
    slots: tuple[datetime, ...]
    message: Message | None


def ask_for_other_times(context: ServiceContext, case_id: int) -> OtherTimes:
    """Log that a reply came, and write the answer that offers the plan's slots instead."""
    from secondchance.services import current_case

    now = context.now()
    tracked = log_reply(context, case_id, "proposes_times")
    case = current_case(tracked)
    slots = _slots(case, now)
    message = reply_message(case, "asks_for_times", now=now)
    return OtherTimes(tracked=tracked, slots=slots, message=message)


def log_reply(context: ServiceContext, case_id: int, kind: str) -> TrackedCase:
    """Log that a reply came, noting its kind, where the status allows it (it never moves it)."""
    from secondchance.core.events import TRANSITIONS
    from secondchance.services import get_case, log_event

    tracked = get_case(context, case_id)
    if (tracked.status, "reply_received") not in TRANSITIONS:
        return tracked
    return log_event(context, case_id, "reply_received", note=KIND_NOTES.get(kind))


# --- The mailbox ---------------------------------------------------------------------------


class InboxReport(BaseModel):
    """What one reading of the mailbox did: messages read, replies matched, the rest left."""

    model_config = ConfigDict(frozen=True)

    mailbox: str
    read: int
    matched: tuple[FoundReply, ...]
    kinds: tuple[str, ...]
    unmatched: int


def check_inbox(context: ServiceContext) -> InboxReport:
    """Read the new messages of the mailbox (read-only) and keep the replies to tracked cases.

    A reply belongs to a case when its In-Reply-To or References names a message sent from
    the outbox, else when it comes from the case's interviewer or recruiter. Nothing is
    logged on the case: the user reads each reply and decides.
    """
    from secondchance.inbox import fetch_new, mailbox_name
    from secondchance.store import inbox as stored

    server = context.settings.imap()
    if server is None:
        raise InputError("set SECONDCHANCE_IMAP_URL (and SECONDCHANCE_IMAP_PASSWORD) to read mail")
    db, now, mailbox = context.db, context.now(), mailbox_name(server)
    with db.reading() as store:
        known = stored.mailbox_state(store, mailbox)
    fetched = fetch_new(server, known)
    matched: list[FoundReply] = []
    with db.store() as store:
        for uid, content in fetched.messages:
            found = _match(store, mailbox, fetched.uidvalidity, uid, content, now)
            if found is not None:
                found = found.model_copy(
                    update={"id": stored.add_found_reply(store, found, content)}
                )
                matched.append(found)
        stored.save_mailbox_state(store, mailbox, fetched.uidvalidity, fetched.last_uid, now)
    kinds = [read_found(context, found.case_id, found.id or 0).reading.kind for found in matched]
    return InboxReport(
        mailbox=mailbox,
        read=len(fetched.messages),
        matched=tuple(matched),
        kinds=tuple(kinds),
        unmatched=len(fetched.messages) - len(matched),
    )


def _match(
    store: Store, mailbox: str, uidvalidity: int, uid: int, content: bytes, now: datetime
) -> FoundReply | None:
    """Match a message to a case by its thread, else by its sender; None when it is no reply."""
    from email import message_from_bytes, policy
    from email.utils import parseaddr, parsedate_to_datetime

    from secondchance.store import inbox as stored

    headers = message_from_bytes(content, policy=policy.compat32)
    thread = _MESSAGE_IDS.findall(
        f"{headers.get('In-Reply-To', '')} {headers.get('References', '')}"
    )
    case_id = stored.case_for_thread(store, thread)
    sender = parseaddr(str(headers.get("From", "")))[1]
    if case_id is None and sender:
        cases = stored.cases_for_address(store, sender)
        case_id = cases[-1] if cases else None  # the newest case with this person
    if case_id is None:
        return None
    try:
        received = parsedate_to_datetime(str(headers.get("Date", "")))
    except (TypeError, ValueError):
        received = now
    if received.tzinfo is None:
        received = now
    return FoundReply(
        case_id=case_id,
        mailbox=mailbox,
        uidvalidity=uidvalidity,
        uid=uid,
        rfc_message_id=(str(headers.get("Message-ID", "")).strip() or None),
        sender=sender[:320],
        subject=str(headers.get("Subject", ""))[:2000],
        received_at=received,
    )


def found_for_case(context: ServiceContext, case_id: int) -> list[FoundReply]:
    """Return the replies the mailbox gave for a case, newest first."""
    from secondchance.store import inbox as stored

    with context.db.reading() as store:
        return [found for found, _ in stored.found_replies(store, case_id)]


def read_found(context: ServiceContext, case_id: int, reply_id: int) -> ReplyAdvice:
    """Read a reply the mailbox gave for a case, as if the user had pasted it."""
    from secondchance.store import inbox as stored

    with context.db.reading() as store:
        replies = stored.found_replies(store, case_id)
    content = next((content for found, content in replies if found.id == reply_id), None)
    if content is None:
        raise InputError(f"case {case_id} has no reply {reply_id} from the mailbox")
    return read_for_case(context, case_id, content)
