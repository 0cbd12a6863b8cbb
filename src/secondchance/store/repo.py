"""The Store: repository functions over one Session, returning core models, never rows."""

from __future__ import annotations

import json
import uuid
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from functools import lru_cache
from typing import Any, Protocol, cast

from pydantic import ValidationError
from sqlalchemy import Select, Text, bindparam, func, select
from sqlalchemy import cast as sql_cast
from sqlalchemy.orm import Session, joinedload, selectinload

from secondchance.core.delivery import OutboxEntry, OutboxStatus
from secondchance.core.errors import CaseNotFound, EditConflict, UserError
from secondchance.core.events import AWAY_NOTICE, MESSAGE_SENT, away_note, next_status, replay
from secondchance.core.intake import TRUSTED, Case, LocalTime
from secondchance.core.lifecycle import HistoryEntry, TrackedCase, first_due
from secondchance.core.transfer import Export, ExportedCase
from secondchance.store.models import CalendarExportRow, CaseRow, EventRow, OutboxRow
from secondchance.wording import problems


@dataclass(frozen=True)
class Divergence:
    """A case the file and this store tell apart; what is here was kept."""

    case_id: int
    uuid: str
    what: str  # "history" or "details"
    detail: str


@dataclass
class ImportResult:
    """What an import did: cases added, cases already here, and what was left out."""

    added: int = 0
    skipped: int = 0  # already here, with nothing newer in the file
    extended: int = 0  # already here; the file carries on their history, and the rest came in
    details_updated: int = 0  # already here; the file's details were edited later, and came in
    unsent_dropped: int = 0  # queued or failed messages, never imported
    divergences: list[Divergence] = field(default_factory=list)  # each kept as it is here


# A case read with its history in one query, where a write needs the ORM's objects.
_WITH_HISTORY = joinedload(CaseRow.events)
# What reading a case back takes, and nothing else. Reads select these columns as plain rows:
# building ORM objects and eager-loading their history was most of the cost of reading a case,
# more than validating it, on the kit page as for `due` (#19). The document comes as its
# stored text, which _stored_case validates once per distinct text.
_CASE_COLUMNS = (
    CaseRow.id,
    CaseRow.uuid,
    CaseRow.status,
    CaseRow.version,
    sql_cast(CaseRow.document, Text).label("document"),
    CaseRow.opened_at,
)
_EVENT_COLUMNS = (
    EventRow.case_id,
    EventRow.event,
    EventRow.at,
    EventRow.note,
    EventRow.rescheduled_to,
)
# The statements every request makes are built once: building and keying a statement cost
# SQLAlchemy more than running it on SQLite (#19).
_ONE_CASE = select(*_CASE_COLUMNS).where(CaseRow.id == bindparam("case_id"))
_DUE_CASES = (
    select(*_CASE_COLUMNS)
    .where(CaseRow.next_due <= bindparam("now"))
    .order_by(CaseRow.next_due, CaseRow.id)
)
_HISTORIES = (
    select(*_EVENT_COLUMNS)
    .where(EventRow.case_id.in_(bindparam("case_ids", expanding=True)))
    .order_by(EventRow.id)
)
# Histories are read for this many cases per query, under every database's limit on the
# number of values one statement may carry.
_HISTORY_BATCH = 500


class _StoredCase(Protocol):
    """A stored case's columns, as an ORM row or a plain row of _CASE_COLUMNS has them."""

    @property
    def id(self) -> int: ...
    @property
    def uuid(self) -> str: ...
    @property
    def status(self) -> str: ...
    @property
    def version(self) -> int: ...
    @property
    def document(self) -> Any: ...  # noqa: ANN401 - JSON, or its text, as stored
    @property
    def opened_at(self) -> datetime: ...


class _StoredEvent(Protocol):
    """A stored event's columns, as an ORM row or a plain row of _EVENT_COLUMNS has them."""

    @property
    def event(self) -> str: ...
    @property
    def at(self) -> datetime: ...
    @property
    def note(self) -> str | None: ...
    @property
    def rescheduled_to(self) -> Any: ...  # noqa: ANN401 - JSON as stored


__all__ = ["CaseNotFound", "Divergence", "ImportResult", "Store", "UnreadableCase"]


class UnreadableCase(UserError):
    """A stored case that this version refuses, such as a date an older version let in."""

    def __init__(self, row: _StoredCase, problem: str) -> None:
        self.case_id, self.uuid, self.status, self.problem = row.id, row.uuid, row.status, problem
        self.version = row.version
        document = _decoded(row.document)
        self.document: Mapping[str, Any] = document if isinstance(document, dict) else {}
        super().__init__(
            f"case {row.id} cannot be read back ({problem}); its data is kept as it was,"
            " and `case export` still includes it"
        )


class Store:
    """Cases, their events and the outbox, inside the caller's transaction."""

    def __init__(self, session: Session) -> None:
        self.session = session

    def add_case(self, case: Case, now: datetime, case_uuid: str | None = None) -> int:
        """Store a new case as 'missed' and return its id."""
        row = CaseRow(
            uuid=case_uuid or str(uuid.uuid4()),
            status="missed",
            document=case.model_dump(mode="json"),
            opened_at=now,
            updated_at=now,
            edited_at=now,
            next_due=first_due(case, now, ()),
        )
        self.session.add(row)
        self.session.flush()
        return row.id

    def case_id_of(self, case_uuid: str) -> int | None:
        """Return the id of the case with this UUID, if there is one."""
        return self.session.scalar(select(CaseRow.id).where(CaseRow.uuid == case_uuid))

    def update_case(
        self, case_id: int, case: Case, now: datetime, expected_version: int | None = None
    ) -> TrackedCase:
        """Replace a case's details, keeping its status and history; the plan follows.

        With `expected_version`, raises EditConflict when the case has changed since the
        caller read it at that version.
        """
        row = self._row(case_id, for_update=True)
        if expected_version is not None and expected_version != row.version:
            raise EditConflict(case_id)
        row.document = case.model_dump(mode="json")
        row.updated_at = max(row.updated_at, now)
        row.edited_at = now
        row.version += 1
        tracked = _scheduled(row)
        self.session.flush()
        return tracked

    def delete_case(self, case_id: int) -> None:
        """Delete a case with its history and outbox, for good."""
        self.session.delete(self._row(case_id, for_update=True))
        self.session.flush()

    def get(self, case_id: int, lock: bool = False) -> TrackedCase:
        """Return one case with its history; `lock` holds it until the transaction ends."""
        query = _ONE_CASE.with_for_update() if lock else _ONE_CASE
        row = self.session.execute(query, {"case_id": case_id}).first()
        if row is None:
            raise CaseNotFound(case_id)
        return _tracked(row, self._histories([case_id])[case_id])

    def cases(
        self,
        status: str | None = None,
        limit: int | None = None,
        offset: int = 0,
        after: int | None = None,
    ) -> list[TrackedCase | UnreadableCase]:
        """Return the cases (or those in `status`), oldest first, a page at a time.

        `after` starts the page after that case id, through the primary key: the last page of
        a large store costs what the first does, where an OFFSET reads every row it skips.
        A case that no longer reads back takes its place in the list as UnreadableCase, so
        that one bad row never hides the others.
        """
        query = select(*_CASE_COLUMNS).order_by(CaseRow.id)
        if status:
            query = query.where(CaseRow.status == status)
        if after is not None:
            query = query.where(CaseRow.id > after)
        if offset:
            query = query.offset(offset)
        return self._read(query.limit(limit))

    def count(self, status: str | None = None) -> int:
        """Count the cases (or those in `status`)."""
        query = select(func.count(CaseRow.id))
        if status:
            query = query.where(CaseRow.status == status)
        return self.session.scalar(query) or 0

    def due_cases(self, now: datetime) -> list[TrackedCase | UnreadableCase]:
        """Return only the cases with a step due by `now`, through the next_due index."""
        return self._read(_DUE_CASES, {"now": now})

    def log(
        self,
        case_id: int,
        event: str,
        at: datetime,
        note: str | None = None,
        rescheduled_to: LocalTime | None = None,
    ) -> TrackedCase:
        """Append a lifecycle event; raises TransitionNotAllowed when the status forbids it."""
        row = self._row(case_id, for_update=True)
        row.status = next_status(row.status, event)
        self._append(row, event, at, note, rescheduled_to)
        return _tracked(row, row.events)

    def record_sent(self, case_id: int, message_id: str, at: datetime) -> None:
        """Note a sent message in the history without moving the case."""
        row = self._row(case_id, for_update=True)
        self._append(row, MESSAGE_SENT, at, f"sent {message_id}", None)

    def record_away(self, case_id: int, back_on: date, at: datetime) -> TrackedCase:
        """Note an absence notice and its return date without moving the case."""
        row = self._row(case_id, for_update=True)
        self._append(row, AWAY_NOTICE, at, away_note(back_on), None)
        return _tracked(row, row.events)

    def queue(
        self,
        case_id: int,
        message_id: str,
        content: bytes,
        sender: str,
        recipients: list[str],
        now: datetime,
    ) -> OutboxEntry:
        """Put a message in the outbox as 'queued'."""
        self._row(case_id)
        row = OutboxRow(
            case_id=case_id,
            message_id=message_id,
            status="queued",
            attempts=0,
            created_at=now,
            recipients={"from": sender, "to": recipients},
            content=content,
            rfc_message_id=_message_id_of(content),
        )
        self.session.add(row)
        self.session.flush()
        return _entry(row)

    def outbox_content(self, entry_id: int) -> bytes | None:
        """Return the exact bytes queued for an outbox entry; None once it is deleted."""
        row = self.session.get(OutboxRow, entry_id)
        return row.content if row else None

    def mark(
        self, entry: OutboxEntry, status: OutboxStatus, now: datetime, error: str | None = None
    ) -> OutboxEntry:
        """Record an attempt's outcome on an outbox entry.

        An entry deleted meanwhile (with its case, during the attempt) stays deleted; the
        outcome is still returned.
        """
        row = self.session.get(OutboxRow, entry.id, with_for_update=True)
        if row is None:
            sent_at = now if status == "sent" else entry.sent_at
            update = {"status": status, "attempts": entry.attempts + 1, "last_error": error}
            return entry.model_copy(update={**update, "sent_at": sent_at})
        row.status, row.attempts, row.last_error = status, row.attempts + 1, error
        if status == "sent":
            row.sent_at = now
        return _entry(row)

    def narrow_recipients(self, entry_id: int, refused: tuple[str, ...]) -> None:
        """Keep only the refused recipients for the next try; remember who has the message."""
        row = self.session.get(OutboxRow, entry_id, with_for_update=True)
        if row is None:
            return
        before = list(row.recipients["to"])
        accepted = [*row.recipients.get("accepted", []), *(r for r in before if r not in refused)]
        row.recipients = {**row.recipients, "to": list(refused), "accepted": accepted}

    def outbox(self, pending_only: bool = False) -> list[OutboxEntry]:
        """Return the outbox, oldest first; `pending_only` keeps what is not sent yet."""
        query = select(OutboxRow).order_by(OutboxRow.id)
        if pending_only:
            query = query.where(OutboxRow.status != "sent")
        return [_entry(row) for row in self.session.scalars(query)]

    def calendar_export(self, uid: str, start: datetime, now: datetime) -> int:
        """Return the SEQUENCE for writing `start` under `uid`, and remember it.

        The same time keeps its SEQUENCE; a moved time gets one more (see next_export).
        """
        from secondchance.core.calendar import Exported, next_export  # icalendar: import late

        row = self.session.get(CalendarExportRow, uid, with_for_update=True)
        previous = Exported(row.start, row.sequence) if row else None
        exported = next_export(previous, start, now)
        if row is None:
            row = CalendarExportRow(uid=uid)
            self.session.add(row)
        row.start, row.sequence, row.exported_at = exported.start, exported.sequence, now
        self.session.flush()
        return exported.sequence

    def export(self) -> Iterator[dict[str, Any]]:
        """Yield every case with its events and outbox, in a stable order, without ids.

        Rows are read in batches, so a store of any size exports in flat memory.
        """
        query = (
            select(CaseRow)
            .options(selectinload(CaseRow.events), selectinload(CaseRow.outbox))
            .order_by(CaseRow.opened_at, CaseRow.uuid)
            .execution_options(yield_per=500)
        )
        for row in self.session.scalars(query):
            yield _exported(row)

    def import_(self, export: Export) -> ImportResult:
        """Import an export in the caller's transaction.

        A case not here yet (by UUID) is added. A case already here takes the file's later
        events when the file's history carries on from this one; when the two histories
        differ, it is left as it is and counted. Only sent messages come back, as history;
        nothing is queued.
        """
        uuids = [str(item.uuid) for item in export.cases]
        # Locked (FOR UPDATE on PostgreSQL; SQLite's write transaction already excludes other
        # writers), so that an event logged meanwhile waits for the merge instead of being
        # merged over (#19: an import racing `case log` left a history the status denied).
        query = (
            select(CaseRow)
            .where(CaseRow.uuid.in_(uuids))
            .options(selectinload(CaseRow.events))
            .order_by(CaseRow.id)
            .with_for_update()
        )
        here = {row.uuid: row for row in self.session.scalars(query)}
        result = ImportResult()
        for item in export.cases:
            row = here.get(str(item.uuid))
            if row is None:
                row = _imported(item)
                self.session.add(row)
                here[row.uuid] = row
                result.added += 1
                result.unsent_dropped += len(item.outbox) - len(item.sent)
                continue
            history = self._merge_history(row, item)
            details = self._merge_details(row, item)
            if history == "extended":
                result.extended += 1
            if details == "updated":
                result.details_updated += 1
            if history == details == "same":
                result.skipped += 1
            for what, problem in (("history", history), ("details", details)):
                if problem not in {"same", "extended", "updated"}:
                    result.divergences.append(Divergence(row.id, row.uuid, what, problem))
        self.session.flush()
        return result

    def _merge_history(self, row: CaseRow, item: ExportedCase) -> str:
        """Append the file's later events when its history starts with this one's.

        Returns "same" (nothing new in the file), "extended", or how the two differ.
        """
        ours = [_event_key(e.event, e.at, e.note, e.rescheduled_to) for e in row.events]
        theirs = [_event_key(e.event, e.at, e.note, _dumped(e.rescheduled_to)) for e in item.events]
        shared = next(
            (i for i, (a, b) in enumerate(zip(ours, theirs, strict=False)) if a != b),
            min(len(ours), len(theirs)),
        )
        if shared == len(theirs):
            return "same"  # the file knows nothing this store does not
        if shared < len(ours):
            return (
                f"from event {shared + 1} on, it is {ours[shared][0]!r} here and"
                f" {theirs[shared][0]!r} in the file"
            )
        later = item.events[shared:]
        try:
            status = replay((entry.event for entry in later), start=row.status)
        except UserError as error:
            return f"the file's later events do not follow from the status here: {error}"
        for entry in later:
            self._append(row, entry.event, entry.at, entry.note, entry.rescheduled_to)
        row.status = status
        return "extended"

    def _merge_details(self, row: CaseRow, item: ExportedCase) -> str:
        """Take the file's details when they were edited later than these.

        Returns "same", "updated", or why the file's differing details were not taken.
        """
        theirs = item.case.model_dump(mode="json")
        if theirs == row.document:
            return "same"
        edited_here = row.edited_at or row.opened_at
        edited_there = item.edited_at or item.opened_at
        if edited_there <= edited_here:
            return (
                f"the details differ; these were edited at {edited_here.isoformat()}, the"
                f" file's at {edited_there.isoformat()}"
            )
        row.document, row.edited_at = theirs, edited_there
        row.updated_at = max(row.updated_at, edited_there)
        row.version += 1
        _scheduled(row)
        return "updated"

    def _read(
        self, query: Select[*tuple[Any, ...]], params: Mapping[str, Any] | None = None
    ) -> list[TrackedCase | UnreadableCase]:
        """Read the cases `query` selects (as _CASE_COLUMNS), each with its history."""
        rows = self.session.execute(query, params).all()
        histories = self._histories([row.id for row in rows])
        return [_tracked_or_unreadable(row, histories[row.id]) for row in rows]

    def _histories(self, case_ids: list[int]) -> dict[int, list[_StoredEvent]]:
        """Return each case's events in the order they were logged, as plain rows."""
        histories: dict[int, list[_StoredEvent]] = {case_id: [] for case_id in case_ids}
        for start in range(0, len(case_ids), _HISTORY_BATCH):
            batch = {"case_ids": case_ids[start : start + _HISTORY_BATCH]}
            for event in self.session.execute(_HISTORIES, batch):
                histories[event.case_id].append(event)
        return histories

    def _row(self, case_id: int, for_update: bool = False) -> CaseRow:
        query = select(CaseRow).where(CaseRow.id == case_id)
        if for_update:
            # PostgreSQL cannot lock the outer-joined side of a join: the history comes in a
            # second query here.
            query = query.options(selectinload(CaseRow.events)).with_for_update()
            row = self.session.scalars(query).first()
        else:
            row = self.session.scalars(query.options(_WITH_HISTORY)).unique().one_or_none()
        if row is None:
            raise CaseNotFound(case_id)
        return row

    def _append(
        self,
        row: CaseRow,
        event: str,
        at: datetime,
        note: str | None,
        rescheduled_to: LocalTime | None,
    ) -> None:
        row.events.append(
            EventRow(
                event=event,
                at=at,
                note=note,
                rescheduled_to=rescheduled_to.model_dump(mode="json") if rescheduled_to else None,
            )
        )
        row.updated_at = max(row.updated_at, at)
        row.version += 1
        _scheduled(row)
        self.session.flush()


def _event_key(
    event: str, at: datetime, note: str | None, rescheduled_to: Mapping[str, Any] | None
) -> tuple[str, datetime, str | None, Mapping[str, Any] | None]:
    """Return what makes two history entries the same entry, wherever they were stored."""
    return (event, at.astimezone(UTC), note, rescheduled_to)


def _dumped(new_time: LocalTime | None) -> dict[str, Any] | None:
    return new_time.model_dump(mode="json") if new_time else None


def _tracked(row: _StoredCase, events: Iterable[_StoredEvent]) -> TrackedCase:
    try:
        return TrackedCase(
            id=row.id,
            uuid=row.uuid,
            status=row.status,
            version=row.version,
            case=_stored_case(row.document)
            if isinstance(row.document, str)
            else Case.model_validate(row.document, context={TRUSTED: True}),
            opened_at=row.opened_at,
            events=tuple(_history(event) for event in events),
        )
    except ValidationError as error:
        raise UnreadableCase(row, str(problems(error)[0])) from None
    except (ValueError, OverflowError) as error:
        raise UnreadableCase(row, str(error)) from None


@lru_cache(maxsize=2048)
def _stored_case(document: str) -> Case:
    """Validate a case document from its stored text, once per distinct text.

    Validating was most of what reading a case still cost (#19). The result is a function of
    the text alone and a Case cannot change, so an edit, which stores another text, is never
    answered from here.
    """
    return Case.model_validate(json.loads(document), context={TRUSTED: True})


def _decoded(document: Any) -> Any:  # noqa: ANN401 - JSON as stored
    """Return a stored document as JSON values, whichever way it was read; None if unreadable."""
    if not isinstance(document, str):
        return document
    try:
        return json.loads(document)
    except ValueError:
        return None


def _scheduled(row: CaseRow) -> TrackedCase:
    """Set a row's next_due from its document and history; return the case it holds."""
    tracked = _tracked(row, row.events)
    row.next_due = first_due(tracked.case, tracked.opened_at, tracked.events)
    return tracked


def _tracked_or_unreadable(
    row: _StoredCase, events: Iterable[_StoredEvent]
) -> TrackedCase | UnreadableCase:
    try:
        return _tracked(row, events)
    except UnreadableCase as unreadable:
        return unreadable


def _history(row: _StoredEvent) -> HistoryEntry:
    return HistoryEntry(
        event=row.event,
        at=row.at,
        note=row.note,
        rescheduled_to=LocalTime.model_validate(row.rescheduled_to) if row.rescheduled_to else None,
    )


def _entry(row: OutboxRow) -> OutboxEntry:
    return OutboxEntry(
        id=row.id,
        case_id=row.case_id,
        message_id=row.message_id,
        status=cast(OutboxStatus, row.status),
        attempts=row.attempts,
        last_error=row.last_error,
        created_at=row.created_at,
        sent_at=row.sent_at,
        sender=row.recipients["from"],
        recipients=tuple(row.recipients["to"]),
    )


def _exported(row: CaseRow) -> dict[str, Any]:
    return {
        "uuid": row.uuid,
        "status": row.status,
        "opened_at": row.opened_at.isoformat(),
        "updated_at": row.updated_at.isoformat(),
        "edited_at": (row.edited_at or row.opened_at).isoformat(),
        "case": row.document,
        "events": [
            {
                "event": e.event,
                "at": e.at.isoformat(),
                "note": e.note,
                "rescheduled_to": e.rescheduled_to,
            }
            for e in row.events
        ],
        "outbox": [
            {
                "message_id": o.message_id,
                "status": o.status,
                "attempts": o.attempts,
                "last_error": o.last_error,
                "created_at": o.created_at.isoformat(),
                "sent_at": o.sent_at.isoformat() if o.sent_at else None,
                "recipients": o.recipients,
                "content": o.content.decode("utf-8"),
            }
            for o in row.outbox
        ],
    }


def next_due_of(
    case_id: int, document: Mapping[str, Any], opened_at: datetime, events: list[Mapping[str, Any]]
) -> datetime | None:
    """Work out next_due from stored data (for the migration that adds the column).

    Raises UnreadableCase when this version refuses the stored data.
    """
    row = CaseRow(
        id=case_id,
        uuid="",
        status="",
        version=1,
        document=document,
        opened_at=opened_at,
        events=[EventRow(**event) for event in events],
    )
    _scheduled(row)
    return row.next_due


def _imported(item: ExportedCase) -> CaseRow:
    """Build the rows of a case that `Export` has already validated."""
    history = [
        HistoryEntry(event=e.event, at=e.at, note=e.note, rescheduled_to=e.rescheduled_to)
        for e in item.events
    ]
    return CaseRow(
        next_due=first_due(item.case, item.opened_at, history),
        uuid=str(item.uuid),
        status=item.status,
        document=item.case.model_dump(mode="json"),
        opened_at=item.opened_at,
        updated_at=item.updated_at,
        edited_at=item.edited_at or item.opened_at,
        events=[
            EventRow(
                event=e.event,
                at=e.at,
                note=e.note,
                rescheduled_to=e.rescheduled_to.model_dump(mode="json")
                if e.rescheduled_to
                else None,
            )
            for e in item.events
        ],
        outbox=[
            OutboxRow(
                message_id=o.message_id,
                status=o.status,
                attempts=o.attempts,
                last_error=o.last_error,
                created_at=o.created_at,
                sent_at=o.sent_at,
                recipients=o.recipients.model_dump(by_alias=True),
                content=o.content.encode("utf-8"),
            )
            for o in item.sent
        ],
    )


def _message_id_of(content: bytes) -> str | None:
    """Return the Message-ID header of an RFC 5322 message (replies thread on it)."""
    from email.parser import BytesHeaderParser

    found = BytesHeaderParser().parsebytes(content).get("Message-ID")
    return str(found).strip() if found else None
