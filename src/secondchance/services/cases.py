"""Tracked cases: add, edit, list, show, log events, and what is due."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import datetime
from typing import TYPE_CHECKING, Any

from secondchance.core.errors import EditConflict
from secondchance.services.composing import _call_time, mailto_url_for
from secondchance.services.inputs import InputError, overlay, parse_case

if TYPE_CHECKING:
    from secondchance.core.compose import Kit
    from secondchance.core.intake import Case, LocalTime
    from secondchance.core.lifecycle import (
        CaseDetail,
        CaseSummary,
        DueItem,
        KitView,
        TrackedCase,
    )
    from secondchance.core.plan import Action, Plan, PlanSettings
    from secondchance.services.context import ServiceContext
    from secondchance.store.repo import Store, UnreadableCase

# The core is imported inside each function: a command pays only for what it uses.


def add_case(
    context: ServiceContext, data: Mapping[str, Any] | bytes, draft: str | None = None
) -> int:
    """Validate and store a new case; return its id.

    `draft` is the UUID a form handed out with its page: when the same form is sent again
    (Back, a fix, Submit), the case it made is corrected instead of a second one stored.
    Once that case has a history, the draft id is spent and a new case is stored: the form
    may describe another interview, and must not rewrite one that has moved on (#19).
    """
    now = context.now()
    case = parse_case(data, now)
    with context.db.store() as store:
        existing = store.case_id_of(draft) if draft else None
        if existing is None:
            return store.add_case(case, now, case_uuid=draft)
        if not store.get(existing, lock=True).events:
            store.update_case(existing, case, now)
            return existing
        return store.add_case(case, now)


def update_case(
    context: ServiceContext,
    case_id: int,
    data: Mapping[str, Any] | bytes,
    version: int | None = None,
) -> TrackedCase:
    """Replace a case's details; its status and history stay as they are.

    `version` is the one the caller read the case at: when the case has changed since,
    EditConflict is raised and nothing is saved.
    """
    now = context.now()
    with context.db.store() as store:
        _, kept, _ = _editable(store, case_id)
        case = parse_case(data, now, kept_new_time=kept)
        return store.update_case(case_id, case, now, expected_version=version)


def edit_case(
    context: ServiceContext,
    case_id: int,
    changes: Mapping[str, Any],
    version: int | None = None,
) -> TrackedCase:
    """Change only the fields in `changes`; the rest stays as stored at that moment.

    The case is read and written in one locked transaction, so edits of different fields
    made at the same time all arrive (#19: 23 of 30 were lost). With `version`, the edit is
    refused (EditConflict) unless the case is still at that version.
    """
    now = context.now()
    with context.db.store() as store:
        document, kept, stored_version = _editable(store, case_id)
        if version is not None and version != stored_version:
            raise EditConflict(case_id)
        case = parse_case(overlay(document, changes), now, kept_new_time=kept)
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


def case_label(context: ServiceContext, case_id: int) -> str:
    """Name a case for a confirmation: 'case 3 (Zoë Ł., Acme)', even one that reads badly."""
    from secondchance.store.repo import UnreadableCase

    with context.db.reading() as store:
        try:
            summary = _summary(store.get(case_id))
        except UnreadableCase as unreadable:
            summary = _unreadable_summary(unreadable)
    return f"case {case_id} ({summary.candidate}, {summary.company})"


def delete_case(context: ServiceContext, case_id: int) -> None:
    """Delete a case, its history and its outbox."""
    with context.db.store() as store:
        store.delete_case(case_id)


def case_fields(tracked: TrackedCase) -> dict[str, str]:
    """Flatten a stored case into the intake form's fields, to correct it there."""
    return _form_fields(tracked.case.model_dump(mode="json", exclude_none=True))


def edit_form(context: ServiceContext, case_id: int) -> tuple[dict[str, str], int]:
    """Return the edit form's fields for a stored case and the version they were read at.

    A case that no longer reads back is shown as it is stored, so that the form can repair it.
    """
    with context.db.reading() as store:
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


def kit_view(context: ServiceContext, case_id: int, tone: str | None = None) -> KitView:
    """Return what the kit page shows (and its API twin returns) for a stored case.

    `tone` ('formal' or 'warm') previews the kit in that tone without changing the case.
    """
    from secondchance.core.lifecycle import KitView

    now = context.now()
    tracked = get_case(context, case_id)
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


def stored_plan(context: ServiceContext, case_id: int) -> Plan:
    """Return the plan of a stored case as its history leaves it (the plan page and its twin)."""
    return case_plan(get_case(context, case_id), context.now())


def get_case(context: ServiceContext, case_id: int) -> TrackedCase:
    """Return one stored case with its history (no plan or kit is computed)."""
    with context.db.reading() as store:
        return store.get(case_id)


def list_cases(
    context: ServiceContext,
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

    now = context.now()
    with context.db.reading() as store:
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


def count_cases(context: ServiceContext, status: str | None = None) -> int:
    """Count the cases (or those in `status`)."""
    with context.db.reading() as store:
        return store.count(status)


def show_case(context: ServiceContext, case_id: int) -> CaseDetail:
    """Return a case with its history, current plan and kit."""
    from secondchance.core.lifecycle import CaseDetail

    now = context.now()
    tracked = get_case(context, case_id)
    recovery = case_plan(tracked, now)
    # dict(), not model_dump(): the validated case is reused, not validated all over again.
    return CaseDetail(**dict(tracked), plan=recovery, kit=case_kit(tracked, now, recovery).messages)


def log_event(
    context: ServiceContext,
    case_id: int,
    event: str,
    at: datetime | None = None,
    note: str | None = None,
    to: datetime | None = None,
    timezone: str | None = None,
) -> TrackedCase:
    """Log an event; 'rescheduled' needs the new time (`to`, a wall time in `timezone`).

    `at` is when it happened (the context's clock unless the user says otherwise); it may
    not lie ahead of the clock. Raises InputError for a time outside 2000-2099, an event in
    the future, an unknown zone, or a new time that is past or over a year ahead of the event.
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
    now = context.now()
    at = at or now
    rescheduled_to = None
    try:
        ensure_sane_time(at, "the event time")
        ensure_happened(at, now)
        if event == "rescheduled":
            if to is None:
                raise InputError("'rescheduled' needs --to, the new start time")
            ensure_sane_time(to, "the new time")
            zone = load_zone(timezone or get_case(context, case_id).case.interviewer_zone.key)
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
    with context.db.store() as store:
        return store.log(case_id, event, at, note, rescheduled_to)


def due(context: ServiceContext) -> list[DueItem]:
    """List what is due or overdue across all cases, overdue first."""
    from secondchance.core.lifecycle import DueItem
    from secondchance.store.repo import UnreadableCase

    now = context.now()
    items = []
    with context.db.reading() as store:
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
