"""Delivery of kit emails: .eml files, mailto: links, and sending through the outbox."""

from __future__ import annotations

from typing import TYPE_CHECKING

from secondchance.services.cases import case_kit, get_case
from secondchance.services.inputs import InputError

if TYPE_CHECKING:
    from email.message import EmailMessage

    from secondchance.core.compose import Kit, Message
    from secondchance.core.delivery import OutboxEntry
    from secondchance.core.lifecycle import (
        TrackedCase,
    )
    from secondchance.server_url import ServerUrl
    from secondchance.services.context import ServiceContext

# The core is imported inside each function: a command pays only for what it uses.


def _kit_message(
    context: ServiceContext, case_id: int, message_id: str
) -> tuple[TrackedCase, Kit, Message]:
    """Compose a stored case's kit and return the case, the kit and its message `message_id`."""
    tracked = get_case(context, case_id)
    kit = case_kit(tracked, context.now())
    if message_id not in kit.messages:
        raise InputError(
            f"'{message_id}' is not in this case's kit; use one of {', '.join(kit.messages)}"
        )
    return tracked, kit, kit.messages[message_id]


def message_eml(context: ServiceContext, case_id: int, message_id: str) -> EmailMessage:
    """Build the .eml for one kit message of a tracked case."""
    from secondchance.core.delivery import MissingAddress, build_eml

    now = context.now()
    tracked, kit, message = _kit_message(context, case_id, message_id)
    calendar = None
    if message_id == "reschedule_confirmation":
        case = kit.case
        assert case.rescheduled_to is not None  # noqa: S101 - the kit has it only then
        from secondchance.core.calendar import interview_calendar

        start = case.rescheduled_to.instant
        calendar = interview_calendar(case, start, now, case_key=tracked.uuid)
    try:
        return build_eml(kit.case, message_id, message, now, calendar)
    except MissingAddress as error:
        raise InputError(str(error)) from None


def message_mailto(context: ServiceContext, case_id: int, message_id: str) -> tuple[str, bool]:
    """Return a mailto: URL for a kit message and whether it is short enough to use."""
    from secondchance.core.delivery import MissingAddress, mailto_url

    _, kit, message = _kit_message(context, case_id, message_id)
    try:
        return mailto_url(kit.case, message)
    except MissingAddress as error:
        raise InputError(str(error)) from None


def send_message(
    context: ServiceContext, case_id: int, message_id: str, dry_run: bool = False
) -> OutboxEntry | None:
    """Queue a kit email in the outbox, then send it; a failure leaves it queued as 'failed'.

    Returns None for a dry run, after every check that a real send would make.
    """
    from secondchance.core.delivery import recipients

    server = context.settings.smtp()
    if get_case(context, case_id).status == "closed":
        raise InputError("the case is closed; nothing more is sent for it")
    email = message_eml(context, case_id, message_id)
    if dry_run:
        return None
    if server is None:
        raise InputError("set SECONDCHANCE_SMTP_URL to send (or use `eml` to save the file)")
    sender = email["From"].addresses[0].addr_spec
    with context.db.store() as store:
        entry = store.queue(
            case_id, message_id, bytes(email), sender, recipients(email), context.now()
        )
    return _attempt(context, entry, server)


def retry_outbox(context: ServiceContext) -> list[OutboxEntry]:
    """Try again every queued or failed message; return the entries as they end up."""
    server = context.settings.smtp()
    if server is None:
        raise InputError("set SECONDCHANCE_SMTP_URL to send")
    with context.db.reading() as store:
        pending = store.outbox(pending_only=True)
    return [_attempt(context, entry, server) for entry in pending]


def outbox(context: ServiceContext) -> list[OutboxEntry]:
    """Return the whole outbox."""
    with context.db.reading() as store:
        return store.outbox()


def _attempt(context: ServiceContext, entry: OutboxEntry, server: ServerUrl) -> OutboxEntry:
    from secondchance.core.delivery import EMAIL_EVENTS
    from secondchance.core.events import TRANSITIONS
    from secondchance.mail import SendError, send
    from secondchance.store.repo import CaseNotFound, UnreadableCase

    db, now = context.db, context.now()
    with db.reading() as store:
        content = store.outbox_content(entry.id)
    if content is None:
        return entry  # deleted with its case since the outbox was read: nothing to send
    try:
        send(server, content, entry.sender, list(entry.recipients))
    except SendError as error:
        with db.store() as store:
            if error.refused:  # the others have it: a retry goes to the refused ones only
                store.narrow_recipients(entry.id, error.refused)
            return store.mark(entry, "failed", now, str(error))
    # The server has the message: that is committed on its own first, so that nothing after
    # it (a case that no longer reads back, or was deleted meanwhile) can undo the record and
    # have a retry deliver it again (#19: 3 retries gave 3 extra deliveries).
    with db.store() as store:
        sent = store.mark(entry, "sent", now)
    try:
        with db.store() as store:
            status = store.get(entry.case_id, lock=True).status
            event = EMAIL_EVENTS.get(entry.message_id)
            if event and (status, event) in TRANSITIONS:
                store.log(entry.case_id, event, now, f"sent by email ({entry.message_id})")
            else:
                store.record_sent(entry.case_id, entry.message_id, now)
    except (CaseNotFound, UnreadableCase):
        pass  # no history to write to; the outbox entry keeps the record of the sending
    return sent
