"""The one facade that the CLI, the web pages and the API call: input, core, store and mail.

Interface layers hand raw input here and get core models back; they never reach into `core/`
or the store for business rules themselves.
"""

from __future__ import annotations

import json
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from datetime import datetime
from typing import TYPE_CHECKING, Any

from secondchance.core.errors import EditConflict, UserError

if TYPE_CHECKING:
    from email.message import EmailMessage

    from pydantic import ValidationError

    from secondchance.core.compose import Kit, Message
    from secondchance.core.delivery import OutboxEntry
    from secondchance.core.intake import Case, LocalTime
    from secondchance.core.lifecycle import (
        CaseDetail,
        CaseSummary,
        DueItem,
        KitView,
        TrackedCase,
    )
    from secondchance.core.message_types import MessageType
    from secondchance.core.plan import Action, Plan, PlanSettings
    from secondchance.core.review import Review, ReviewSettings
    from secondchance.core.review.draft import Channel
    from secondchance.mail import SmtpSettings
    from secondchance.store.repo import ImportResult, Store, UnreadableCase

# The core is imported inside each function: a CLI command pays only for what it uses
# (see the start-up budget in the README).

MAX_CASE_BYTES = 256 * 1024
MAX_DRAFT_BYTES = 400 * 1024


class InputError(UserError):
    """Input that cannot be used, with a message fit to show the user as it is."""


def decode_input(raw: bytes, *, what: str, max_bytes: int) -> str:
    """Decode user-supplied bytes as UTF-8 within a size cap, or raise InputError."""
    if len(raw) > max_bytes:
        raise InputError(f"{what} is larger than the {max_bytes // 1024} KiB limit")
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        raise InputError(f"{what} is not valid UTF-8 (byte {error.start})") from None


def load_json(text: str, *, what: str) -> Any:  # noqa: ANN401 - any JSON value
    """Parse JSON, or raise InputError for bad syntax or nesting too deep to read."""
    try:
        return json.loads(text)
    except json.JSONDecodeError as error:
        raise InputError(
            f"{what} is not valid JSON: {error.msg} at line {error.lineno}, column {error.colno}"
        ) from None
    except RecursionError:
        raise InputError(f"{what} is nested too deeply to be a secondchance document") from None
    except ValueError:  # a number too long to convert (Python's 4,300-digit limit)
        raise InputError(f"{what} holds a number too long to be part of a case") from None


def parse_case_document(text: str) -> dict[str, Any]:
    """Parse a case JSON document into a dict, or raise InputError."""
    if not text.strip():
        return {}
    data = load_json(text, what="the case")
    if not isinstance(data, dict):
        raise InputError("the case must be a JSON object")
    return data


def merge_fields(document: Mapping[str, Any], fields: Mapping[str, Any]) -> dict[str, Any]:
    """Overlay dotted-path fields (`candidate.name`) on a case document."""
    merged: dict[str, Any] = json.loads(json.dumps(document))
    for path, value in fields.items():
        *parents, leaf = path.split(".")
        node = merged
        for key in parents:
            child = node.get(key)
            if not isinstance(child, dict):
                child = {}
                node[key] = child
            node = child
        node[leaf] = value
    return merged


def overlay(base: Mapping[str, Any], changes: Mapping[str, Any]) -> dict[str, Any]:
    """Lay `changes` over `base`, object by object: what `changes` leaves out stays."""
    merged = dict(base)
    for key, value in changes.items():
        below = merged.get(key)
        if isinstance(value, Mapping) and isinstance(below, Mapping):
            merged[key] = overlay(below, value)
        else:
            merged[key] = value
    return merged


def parse_case(
    raw: Mapping[str, Any] | bytes | str, now: datetime, kept_new_time: LocalTime | None = None
) -> Case:
    """Validate a case as of `now`, from a document or its JSON text; raises ValidationError.

    The one way in for a case from the CLI, the API and the pages. JSON text is validated as
    it is parsed, in one pass. `kept_new_time` is the agreed new time already stored: an edit
    that keeps it is not refused for it having passed since (#19).
    """
    from secondchance.core.intake import KEPT_NEW_TIME, Case

    context = {"now": now, KEPT_NEW_TIME: kept_new_time}
    if isinstance(raw, bytes | str):
        return Case.model_validate_json(raw, context=context)
    return Case.model_validate(raw, context=context)


# The name the callers of a document used before parse_case took JSON text as well.
load_case = parse_case


def build_kit(
    case: Case, now: datetime, propose_slots: bool = False, settings: PlanSettings | None = None
) -> Kit:
    """Compose the recovery kit; with `propose_slots`, the email offers the plan's new times."""
    from secondchance.core import plan as planner
    from secondchance.core.compose import compose_kit

    recovery = planner.build_plan(case, now, settings, with_slots=propose_slots)
    slots = tuple(slot.start for slot in recovery.slots) if propose_slots else ()
    return compose_kit(case, now, slots, call_at=_call_time(recovery), plan=recovery)


def _call_time(recovery: Plan) -> datetime | None:
    """When the plan has the call made (the script names the day as it will be then)."""
    return next((action.due for action in recovery.actions if action.id == "call"), None)


def build_plan(case: Case, now: datetime, settings: PlanSettings | None = None) -> Plan:
    """Compute the recovery plan for a validated case."""
    from secondchance.core import plan

    return plan.build_plan(case, now, settings)


def interview_ics(
    case: Case,
    now: datetime,
    *,
    slot: int | None = None,
    at: datetime | None = None,
    settings: PlanSettings | None = None,
    db: Database | None = None,
    case_key: str | None = None,
) -> bytes:
    """Write the .ics for a new time: a proposed slot (1-based), a given time, or the agreed one.

    A naive `at` is a wall time in the interviewer's zone; any other offset is converted to
    that zone. With `db`, the file's SEQUENCE grows only when the time moves (kept per
    calendar UID). A stored case passes its UUID as `case_key` (see case_uid). Raises
    InputError for a slot out of range, a time in the past, or a wall time that a clock
    change skips or repeats.
    """
    from secondchance.core.calendar import case_uid, interview_calendar
    from secondchance.core.intake import check_wall_time, ensure_sane_time
    from secondchance.core.plan import PlanSettings

    settings = settings or PlanSettings()
    if slot is not None:
        slots = build_plan(case, now, settings).slots
        if not 1 <= slot <= len(slots):
            raise InputError(f"--slot must be between 1 and {len(slots)}, the proposed slots")
        start = slots[slot - 1].interviewer
    elif at is not None:
        try:
            ensure_sane_time(at, "--at")
        except ValueError as error:
            raise InputError(str(error)) from None
        if at.tzinfo is None:
            try:
                check_wall_time(at, case.interviewer_zone)
            except ValueError as error:
                raise InputError(str(error)) from None
            at = at.replace(tzinfo=case.interviewer_zone)
        start = at
    elif case.rescheduled_to is not None:
        start = case.rescheduled_to.instant
    else:
        raise InputError("give --slot N or --at TIME, or rescheduled_to in the case")
    if start <= now:
        raise InputError(f"the new time {start.isoformat()} is not in the future")
    sequence = None
    if db is not None:
        with db.store() as store:
            sequence = store.calendar_export(case_uid(case, case_key), start, now)
    minutes = settings.interview_minutes
    return interview_calendar(case, start, now, minutes, sequence, option=slot, case_key=case_key)


def reminders_ics(case: Case, now: datetime, settings: PlanSettings | None = None) -> bytes:
    """Write every later step of the plan (follow-ups, prevention) as its own calendar event."""
    return _reminders_file(case, build_plan(case, now, settings), now)


def _reminders_file(case: Case, plan: Plan, now: datetime, case_key: str | None = None) -> bytes:
    from secondchance.core.calendar import reminders_calendar

    later = [action for action in plan.actions if action.due > now]
    return reminders_calendar(case, later, now, case_key)


def review_draft(
    text: str,
    channel: Channel = "email",
    subject: str | None = None,
    thresholds: Mapping[str, str] | None = None,
    message_type: MessageType | None = None,
) -> Review:
    """Review a draft as `message_type` (detected when None).

    Raises InputError for a draft over the size cap or a bad threshold.
    """
    from secondchance.core.review import MAX_REVIEW_CHARS, review

    if len(text) > MAX_REVIEW_CHARS:
        raise InputError(f"the draft is longer than the {MAX_REVIEW_CHARS:,}-character limit")
    if not text.strip():
        raise InputError("the draft is empty; paste or pipe in the text to review")
    settings = review_settings(thresholds)
    return review(
        text, channel=channel, subject=subject, settings=settings, message_type=message_type
    )


def review_settings(thresholds: Mapping[str, str] | None) -> ReviewSettings:
    """Build reviewer settings from NAME=VALUE overrides, or raise InputError."""
    from secondchance.core.review import ReviewSettings

    try:
        return ReviewSettings.from_overrides(thresholds or {})
    except ValueError as error:
        raise InputError(f"bad threshold: {error}") from None


# --- Tracked cases -------------------------------------------------------------------------


class Database:
    """One database: hands out a Store per transaction."""

    def __init__(self, url: str, pooled: bool = False) -> None:
        from secondchance.store.db import open_sessions, read_only

        self.url = url
        self._sessions = open_sessions(url, pooled)
        self._readers = read_only(self._sessions)

    def close(self) -> None:
        """Close the connections the database holds."""
        self._sessions.kw["bind"].dispose()

    @contextmanager
    def store(self) -> Iterator[Store]:
        """Run one transaction: commit on success, roll back on any error.

        A write that finds its case changed since it read it (the version it read is gone)
        raises EditConflict, and nothing of the transaction is kept.
        """
        from sqlalchemy.orm.exc import StaleDataError

        from secondchance.store.repo import Store

        try:
            with self._sessions.begin() as session:
                yield Store(session)
        except StaleDataError:
            raise EditConflict() from None

    @contextmanager
    def reading(self) -> Iterator[Store]:
        """Run one read-only transaction.

        On SQLite it takes no write lock, so a long listing never holds up a write.
        """
        from secondchance.store.repo import Store

        with self._readers.begin() as session:
            yield Store(session)


def database(url: str | None, env: Mapping[str, str]) -> Database:
    """Open the database named by `url`, else SECONDCHANCE_DB, else the user's SQLite file.

    A plain path ("cases.db", "~/x.db") is a SQLite file. Raises InputError for a folder
    that does not exist or a URL that cannot be read.
    """
    from secondchance.store.db import default_url

    return Database(database_url(url or env.get("SECONDCHANCE_DB") or default_url()))


def database_url(given: str) -> str:
    """Turn what the user gave into a SQLAlchemy URL, or raise InputError."""
    from pathlib import Path

    from sqlalchemy.engine import make_url
    from sqlalchemy.exc import ArgumentError

    if "://" not in given:
        path = Path(given).expanduser().resolve()
        given = f"sqlite:///{path}"
    try:
        parsed = make_url(given)
    except (ArgumentError, ValueError):
        raise InputError(f"{given!r} is neither a database URL nor a file path") from None
    if "\x00" in str(parsed.database or ""):  # "%00" decodes to one; no file can hold it
        raise InputError(f"{given!r} names no file a database can be in")
    if parsed.get_backend_name() not in {"sqlite", "postgresql"}:
        raise InputError(
            f"{parsed.get_backend_name()!r} is not supported; use SQLite or PostgreSQL"
        )
    if parsed.get_backend_name() == "sqlite" and parsed.database not in (None, "", ":memory:"):
        folder = Path(parsed.database).parent
        if not folder.is_dir():
            raise InputError(f"the folder {folder} does not exist; create it or choose another")
    return given


def add_case(db: Database, data: Mapping[str, Any], now: datetime, draft: str | None = None) -> int:
    """Validate and store a new case; return its id.

    `draft` is the UUID a form handed out with its page: when the same form is sent again
    (Back, a fix, Submit), the case it made is corrected instead of a second one stored.
    Once that case has a history, the draft id is spent and a new case is stored: the form
    may describe another interview, and must not rewrite one that has moved on (#19).
    """
    case = load_case(data, now)
    with db.store() as store:
        existing = store.case_id_of(draft) if draft else None
        if existing is None:
            return store.add_case(case, now, case_uuid=draft)
        if not store.get(existing, lock=True).events:
            store.update_case(existing, case, now)
            return existing
        return store.add_case(case, now)


def update_case(
    db: Database, case_id: int, data: Mapping[str, Any], now: datetime, version: int | None = None
) -> TrackedCase:
    """Replace a case's details; its status and history stay as they are.

    `version` is the one the caller read the case at: when the case has changed since,
    EditConflict is raised and nothing is saved.
    """
    with db.store() as store:
        _, kept, _ = _editable(store, case_id)
        case = load_case(data, now, kept_new_time=kept)
        return store.update_case(case_id, case, now, expected_version=version)


def edit_case(
    db: Database,
    case_id: int,
    changes: Mapping[str, Any],
    now: datetime,
    version: int | None = None,
) -> TrackedCase:
    """Change only the fields in `changes`; the rest stays as stored at that moment.

    The case is read and written in one locked transaction, so edits of different fields
    made at the same time all arrive (#19: 23 of 30 were lost). With `version`, the edit is
    refused (EditConflict) unless the case is still at that version.
    """
    with db.store() as store:
        document, kept, stored_version = _editable(store, case_id)
        if version is not None and version != stored_version:
            raise EditConflict(case_id)
        case = load_case(overlay(document, changes), now, kept_new_time=kept)
        return store.update_case(case_id, case, now, stored_version)


def _editable(
    store: Store, case_id: int, lock: bool = True
) -> tuple[dict[str, Any], LocalTime | None, int]:
    """Read (and lock) a case to edit; return its document, agreed new time, and version.

    A case that no longer reads back is edited from what it stores, so that the edit can
    repair it (#19: only the API could).
    """
    from secondchance.store.repo import UnreadableCase

    try:
        stored = store.get(case_id, lock=lock)
    except UnreadableCase as unreadable:
        return dict(unreadable.document), None, unreadable.version
    document = stored.case.model_dump(mode="json", exclude_none=True)
    return document, stored.case.rescheduled_to, stored.version


def case_label(db: Database, case_id: int) -> str:
    """Name a case for a confirmation: 'case 3 (Zoë Ł., Acme)', even one that reads badly."""
    from secondchance.store.repo import UnreadableCase

    with db.reading() as store:
        try:
            summary = _summary(store.get(case_id))
        except UnreadableCase as unreadable:
            summary = _unreadable_summary(unreadable)
    return f"case {case_id} ({summary.candidate}, {summary.company})"


def delete_case(db: Database, case_id: int) -> None:
    """Delete a case, its history and its outbox."""
    with db.store() as store:
        store.delete_case(case_id)


def case_fields(tracked: TrackedCase) -> dict[str, str]:
    """Flatten a stored case into the intake form's fields, to correct it there."""
    return _form_fields(tracked.case.model_dump(mode="json", exclude_none=True))


def edit_form(db: Database, case_id: int) -> tuple[dict[str, str], int]:
    """Return the edit form's fields for a stored case and the version they were read at.

    A case that no longer reads back is shown as it is stored, so that the form can repair it.
    """
    with db.reading() as store:
        document, _, version = _editable(store, case_id, lock=False)
    return _form_fields(document), version


def _form_fields(document: Mapping[str, Any]) -> dict[str, str]:
    from secondchance.core.fields import CASE_FIELDS

    values = {}
    for field in CASE_FIELDS:
        value = _at_path(document, field.path)
        if field.kind == "switch":
            values[field.path] = "on" if value else ""
        elif field.kind == "when" and isinstance(value, str):
            values[field.path] = value[:16]  # the form's datetime-local takes minutes
        else:
            values[field.path] = "" if value is None else str(value)
    return values


def case_plan(
    tracked: TrackedCase,
    now: datetime,
    settings: PlanSettings | None = None,
    with_slots: bool = True,
) -> Plan:
    """Recompute a tracked case's plan from its history (without new times, for listings)."""
    from secondchance.core.lifecycle import tracked_plan

    return tracked_plan(
        tracked.case, tracked.opened_at, tracked.events, now, settings, with_slots=with_slots
    )


def current_case(tracked: TrackedCase) -> Case:
    """Return a tracked case as its history leaves it (the latest agreed new time applies)."""
    from secondchance.core.lifecycle import with_history

    return with_history(tracked.case, tracked.events)


def case_kit(tracked: TrackedCase, now: datetime, recovery: Plan | None = None) -> Kit:
    """Compose the kit for a tracked case as its history leaves it.

    `recovery` is the case's plan when the caller has it already; the kit reads its call time.
    """
    from secondchance.core.compose import compose_kit

    recovery = recovery or case_plan(tracked, now, with_slots=False)
    return compose_kit(current_case(tracked), now, call_at=_call_time(recovery), plan=recovery)


def kit_view(db: Database, case_id: int, now: datetime, tone: str | None = None) -> KitView:
    """Return what the kit page shows (and its API twin returns) for a stored case.

    `tone` ('formal' or 'warm') previews the kit in that tone without changing the case.
    """
    from secondchance.core.lifecycle import KitView

    tracked = get_case(db, case_id)
    if tone in {"formal", "warm"}:
        tracked = tracked.model_copy(
            update={"case": tracked.case.model_copy(update={"tone": tone})}
        )
    recovery = case_plan(tracked, now)
    kit = case_kit(tracked, now, recovery)
    mailto = {
        message_id: mailto_url_for(kit.case, message)
        for message_id, message in kit.messages.items()
        if message.channel == "email" and kit.case.interviewer.email
    }
    return KitView(
        case_id=tracked.id,
        status=tracked.status,
        kit=kit,
        plan=recovery,
        mailto=mailto,
    )


def stored_plan(db: Database, case_id: int, now: datetime) -> Plan:
    """Return the plan of a stored case as its history leaves it (the plan page and its twin)."""
    return case_plan(get_case(db, case_id), now)


def get_case(db: Database, case_id: int) -> TrackedCase:
    """Return one stored case with its history (no plan or kit is computed)."""
    with db.reading() as store:
        return store.get(case_id)


def list_cases(
    db: Database,
    now: datetime,
    status: str | None = None,
    limit: int | None = None,
    offset: int = 0,
    after: int | None = None,
) -> list[CaseSummary]:
    """Summarise the cases (or those in `status`), oldest first, with their next step.

    `limit` with `after` (the last id of the previous page) or `offset` pages through a
    large store; `after` costs the same on every page. The plan is worked out only for the
    cases on the page.
    """
    from secondchance.store.repo import UnreadableCase

    with db.reading() as store:
        cases = store.cases(status, limit, offset, after)
    summaries = []
    for tracked in cases:
        if isinstance(tracked, UnreadableCase):
            summaries.append(_unreadable_summary(tracked))
            continue
        upcoming = case_plan(tracked, now, with_slots=False).actions
        summaries.append(_summary(tracked, upcoming[0] if upcoming else None))
    return summaries


def _summary(tracked: TrackedCase, next_due: Action | None = None) -> CaseSummary:
    from secondchance.core.lifecycle import CaseSummary

    return CaseSummary(
        id=tracked.id,
        uuid=tracked.uuid,
        status=tracked.status,
        candidate=tracked.case.candidate.name,
        interviewer=tracked.case.interviewer.name,
        company=tracked.case.company,
        role=tracked.case.role,
        next_due=next_due,
    )


def _at_path(document: Mapping[str, Any], path: str) -> Any:  # noqa: ANN401 - any JSON value
    """Return the value at a dotted path of a case document, or None where it is missing."""
    value: Any = document
    for key in path.split("."):
        value = value.get(key) if isinstance(value, Mapping) else None
    return value


def _unreadable_summary(unreadable: UnreadableCase) -> CaseSummary:
    """List a case that no longer reads back by what its stored document still says."""
    from secondchance.core.lifecycle import CaseSummary

    def stored(path: str) -> str:
        value = _at_path(unreadable.document, path)
        return value if isinstance(value, str) else "?"

    return CaseSummary(
        id=unreadable.case_id,
        uuid=unreadable.uuid,
        status=unreadable.status,
        candidate=stored("candidate.name"),
        interviewer=stored("interviewer.name"),
        company=stored("company"),
        role=stored("role"),
        next_due=None,
        problem=unreadable.problem,
    )


def count_cases(db: Database, status: str | None = None) -> int:
    """Count the cases (or those in `status`)."""
    with db.reading() as store:
        return store.count(status)


def show_case(db: Database, case_id: int, now: datetime) -> CaseDetail:
    """Return a case with its history, current plan and kit."""
    from secondchance.core.lifecycle import CaseDetail

    tracked = get_case(db, case_id)
    recovery = case_plan(tracked, now)
    # dict(), not model_dump(): the validated case is reused, not validated all over again.
    return CaseDetail(**dict(tracked), plan=recovery, kit=case_kit(tracked, now, recovery).messages)


def log_event(
    db: Database,
    case_id: int,
    event: str,
    at: datetime,
    note: str | None = None,
    to: datetime | None = None,
    timezone: str | None = None,
    now: datetime | None = None,
) -> TrackedCase:
    """Log an event; 'rescheduled' needs the new time (`to`, a wall time in `timezone`).

    `at` is when it happened (the clock unless the user says otherwise); with the clock's
    `now`, it may not lie ahead of it. Raises InputError for a time outside 2000-2099, an
    event in the future, an unknown zone, or a new time that is past or over a year ahead
    of the event.
    """
    from secondchance.core.intake import (
        LocalTime,
        Note,
        check_wall_time,
        ensure_happened,
        ensure_new_time,
        ensure_sane_time,
        load_zone,
    )

    if event != "rescheduled" and (to is not None or timezone is not None):
        raise InputError("--to and --timezone go only with the 'rescheduled' event")
    rescheduled_to = None
    try:
        ensure_sane_time(at, "the event time")
        if now is not None:
            ensure_happened(at, now)
        if event == "rescheduled":
            if to is None:
                raise InputError("'rescheduled' needs --to, the new start time")
            ensure_sane_time(to, "the new time")
            zone = load_zone(timezone or get_case(db, case_id).case.interviewer_zone.key)
            if to.tzinfo is None:
                check_wall_time(to, zone)
                to = to.replace(tzinfo=zone)
            ensure_new_time(to, at)
            wall = to.astimezone(zone).replace(tzinfo=None)
            rescheduled_to = LocalTime(start=wall, timezone=zone.key)
    except ValueError as error:
        raise InputError(str(error)) from None
    if note is not None:
        from pydantic import TypeAdapter

        note = TypeAdapter(Note).validate_python(note)
    with db.store() as store:
        return store.log(case_id, event, at, note, rescheduled_to)


def due(db: Database, now: datetime) -> list[DueItem]:
    """List what is due or overdue across all cases, overdue first."""
    from secondchance.core.lifecycle import DueItem
    from secondchance.store.repo import UnreadableCase

    items = []
    with db.reading() as store:
        cases = store.due_cases(now)
    for tracked in cases:
        if isinstance(tracked, UnreadableCase):
            items.append(_repair_item(tracked, now))
            continue
        for action in case_plan(tracked, now, with_slots=False).actions:
            if action.due <= now:
                items.append(
                    DueItem(
                        case_id=tracked.id,
                        candidate=tracked.case.candidate.name,
                        interviewer=tracked.case.interviewer.name,
                        company=tracked.case.company,
                        action=action,
                    )
                )
    return sorted(items, key=lambda item: (item.action.due, item.case_id))


def _repair_item(unreadable: UnreadableCase, now: datetime) -> DueItem:
    """Put a case that no longer reads back in front of the user instead of hiding it."""
    from secondchance.core.lifecycle import DueItem
    from secondchance.core.plan import Action

    summary = _unreadable_summary(unreadable)
    return DueItem(
        case_id=summary.id,
        candidate=summary.candidate,
        interviewer=summary.interviewer,
        company=summary.company,
        action=Action(
            id="repair-case",
            title="Check this case: its stored data no longer reads back",
            due=now,
            due_candidate=now,
            due_interviewer=now,
            channel="self",
            message_id=None,
            why=unreadable.problem,
        ),
    )


def export_cases(db: Database) -> str:
    """Export every case as deterministic JSON: the same data always gives the same text."""
    return "".join(export_chunks(db))


def export_chunks(db: Database) -> Iterator[str]:
    """Yield the export a case at a time, in exactly the text of one big `json.dumps`.

    Written as `json.dumps(document, indent=2, sort_keys=True)` would write it, so that a
    large store streams to its file in flat memory.
    """
    from secondchance.core.transfer import EXPORT_VERSION

    yield '{\n  "cases": ['
    first = True
    with db.reading() as store:
        for case in store.export():
            text = json.dumps(case, indent=2, sort_keys=True, ensure_ascii=False)
            yield ("\n" if first else ",\n") + "    " + text.replace("\n", "\n    ")
            first = False
    yield ("]" if first else "\n  ]") + f',\n  "version": {EXPORT_VERSION}\n}}\n'


def import_cases(db: Database, text: str) -> ImportResult:
    """Import an export in one transaction; cases already present (by UUID) are left alone.

    Everything is validated first, as strictly as live input; raises InputError naming the
    case and the field at the first problem, and then nothing is stored.
    """
    from pydantic import ValidationError

    from secondchance.core.transfer import Export

    data = load_json(text, what="the import")
    if not isinstance(data, dict) or not isinstance(data.get("cases"), list):
        raise InputError('not a secondchance export: expected an object with a "cases" list')
    try:
        export = Export.model_validate(data)
    except ValidationError as error:
        raise InputError(f"not a valid secondchance export: {_first_problem(error)}") from None
    with db.store() as store:
        return store.import_(export)


def _first_problem(error: ValidationError) -> str:
    """Name the first invalid field as 'case N, events.0.at: message'."""
    problem = error.errors(include_url=False)[0]
    where = list(problem["loc"])
    message = problem["msg"].removeprefix("Value error, ")
    names = []
    if where[:1] == ["cases"] and len(where) > 1:
        names.append(f"case {int(where[1]) + 1}")
        where = where[2:]
    if where:
        names.append(".".join(str(part) for part in where))
    return f"{', '.join(names) or 'the file'}: {message}"


# --- Delivery ------------------------------------------------------------------------------


def _kit_message(
    db: Database, case_id: int, message_id: str, now: datetime
) -> tuple[TrackedCase, Kit, Message]:
    """Compose a stored case's kit and return the case, the kit and its message `message_id`."""
    tracked = get_case(db, case_id)
    kit = case_kit(tracked, now)
    if message_id not in kit.messages:
        raise InputError(
            f"'{message_id}' is not in this case's kit; use one of {', '.join(kit.messages)}"
        )
    return tracked, kit, kit.messages[message_id]


def message_eml(db: Database, case_id: int, message_id: str, now: datetime) -> EmailMessage:
    """Build the .eml for one kit message of a tracked case."""
    from secondchance.core.delivery import MissingAddress, build_eml

    tracked, kit, message = _kit_message(db, case_id, message_id, now)
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


def message_mailto(db: Database, case_id: int, message_id: str, now: datetime) -> tuple[str, bool]:
    """Return a mailto: URL for a kit message and whether it is short enough to use."""
    from secondchance.core.delivery import MissingAddress, mailto_url

    _, kit, message = _kit_message(db, case_id, message_id, now)
    try:
        return mailto_url(kit.case, message)
    except MissingAddress as error:
        raise InputError(str(error)) from None


def mailto_url_for(case: Case, message: Message) -> str | None:
    """Return a mailto: URL for a message, or None when it would be too long to be reliable."""
    from secondchance.core.delivery import mailto_url

    url, fits = mailto_url(case, message)
    return url if fits else None


def case_reminders_ics(tracked: TrackedCase, now: datetime) -> bytes:
    """Write a tracked case's later plan steps as calendar events."""
    return _reminders_file(current_case(tracked), case_plan(tracked, now), now, tracked.uuid)


def send_message(
    db: Database,
    case_id: int,
    message_id: str,
    now: datetime,
    env: Mapping[str, str],
    dry_run: bool = False,
) -> OutboxEntry | None:
    """Queue a kit email in the outbox, then send it; a failure leaves it queued as 'failed'.

    Returns None for a dry run, after every check that a real send would make.
    """
    from secondchance.core.delivery import recipients
    from secondchance.mail import MailConfigError, SmtpSettings

    try:
        settings = SmtpSettings.from_env(env)
    except MailConfigError as error:
        raise InputError(str(error)) from None
    if get_case(db, case_id).status == "closed":
        raise InputError("the case is closed; nothing more is sent for it")
    email = message_eml(db, case_id, message_id, now)
    if dry_run:
        return None
    if settings is None:
        raise InputError("set SECONDCHANCE_SMTP_URL to send (or use `eml` to save the file)")
    sender = email["From"].addresses[0].addr_spec
    with db.store() as store:
        entry = store.queue(case_id, message_id, bytes(email), sender, recipients(email), now)
    return _attempt(db, entry, settings, now)


def retry_outbox(db: Database, now: datetime, env: Mapping[str, str]) -> list[OutboxEntry]:
    """Try again every queued or failed message; return the entries as they end up."""
    from secondchance.mail import MailConfigError, SmtpSettings

    try:
        settings = SmtpSettings.from_env(env)
    except MailConfigError as error:
        raise InputError(str(error)) from None
    if settings is None:
        raise InputError("set SECONDCHANCE_SMTP_URL to send")
    with db.reading() as store:
        pending = store.outbox(pending_only=True)
    return [_attempt(db, entry, settings, now) for entry in pending]


def outbox(db: Database) -> list[OutboxEntry]:
    """Return the whole outbox."""
    with db.reading() as store:
        return store.outbox()


def _attempt(
    db: Database, entry: OutboxEntry, settings: SmtpSettings, now: datetime
) -> OutboxEntry:
    from secondchance.core.delivery import EMAIL_EVENTS
    from secondchance.core.events import TRANSITIONS
    from secondchance.mail import SendError, send
    from secondchance.store.repo import CaseNotFound, UnreadableCase

    with db.reading() as store:
        content = store.outbox_content(entry.id)
    if content is None:
        return entry  # deleted with its case since the outbox was read: nothing to send
    try:
        send(settings, content, entry.sender, list(entry.recipients))
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
