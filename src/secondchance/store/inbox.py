"""Storage for reading the mailbox (issue 18): how far it was read, and the replies found.

Functions over a Store's session, returning core models or plain values, never rows.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import select

from secondchance.core.reply import FoundReply
from secondchance.store.models import CaseRow, FoundReplyRow, MailboxStateRow, OutboxRow
from secondchance.store.repo import Store


def case_for_thread(store: Store, message_ids: list[str]) -> int | None:
    """Return the case whose sent message has one of these Message-IDs (In-Reply-To, References)."""
    if not message_ids:
        return None
    row = store.session.scalars(
        select(OutboxRow.case_id).where(OutboxRow.rfc_message_id.in_(message_ids)).limit(1)
    ).first()
    return row


def cases_for_address(store: Store, address: str) -> list[int]:
    """Return the open cases whose interviewer or recruiter writes from `address`."""
    wanted = address.strip().lower()
    found = []
    rows = store.session.execute(
        select(CaseRow.id, CaseRow.document).where(CaseRow.status != "closed").order_by(CaseRow.id)
    )
    for case_id, document in rows:
        for person in ("interviewer", "recruiter"):
            entry = document.get(person) if isinstance(document, dict) else None
            if isinstance(entry, dict) and str(entry.get("email") or "").lower() == wanted:
                found.append(case_id)
                break
    return found


def mailbox_state(store: Store, mailbox: str) -> tuple[int, int] | None:
    """Return (UIDVALIDITY, last UID read) for a mailbox, or None before its first reading."""
    row = store.session.get(MailboxStateRow, mailbox)
    return (row.uidvalidity, row.last_uid) if row else None


def save_mailbox_state(
    store: Store, mailbox: str, uidvalidity: int, last_uid: int, now: datetime
) -> None:
    """Remember how far a mailbox has been read."""
    row = store.session.get(MailboxStateRow, mailbox)
    if row is None:
        row = MailboxStateRow(mailbox=mailbox)
        store.session.add(row)
    row.uidvalidity, row.last_uid, row.checked_at = uidvalidity, last_uid, now


def add_found_reply(store: Store, reply: FoundReply, content: bytes) -> int:
    """Keep a reply matched to a case; the same UID of the same mailbox is kept only once."""
    existing = store.session.scalars(
        select(FoundReplyRow.id).where(
            FoundReplyRow.mailbox == reply.mailbox,
            FoundReplyRow.uidvalidity == reply.uidvalidity,
            FoundReplyRow.uid == reply.uid,
        )
    ).first()
    if existing is not None:
        return existing
    store._row(reply.case_id)  # noqa: SLF001 - raises CaseNotFound for a case deleted meanwhile
    row = FoundReplyRow(**{name: value for name, value in reply if name != "id"}, content=content)
    store.session.add(row)
    store.session.flush()
    return row.id


def found_replies(store: Store, case_id: int) -> list[tuple[FoundReply, bytes]]:
    """Return the replies found for a case, newest first, with their content."""
    rows = store.session.scalars(
        select(FoundReplyRow)
        .where(FoundReplyRow.case_id == case_id)
        .order_by(FoundReplyRow.received_at.desc(), FoundReplyRow.id.desc())
    )
    return [(_found(row), row.content) for row in rows]


def _found(row: FoundReplyRow) -> FoundReply:
    return FoundReply.model_validate(row, from_attributes=True)
