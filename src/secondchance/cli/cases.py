"""Commands that track cases over the days after: case ... and due."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any, BinaryIO

import click

from secondchance.cli.options import (
    CASE_ID,
    AwareDateTime,
    LocalOrAwareTime,
    case_options,
    db_option,
    json_option,
    now_option,
    open_context,
    out_option,
    read_input,
)
from secondchance.cli.output import (
    format_plan,
    json_list,
    write_output,
)
from secondchance.core.events import EVENTS, STATUSES
from secondchance.render import both_zones, in_zones


@click.group("case")
def case_group() -> None:
    """Track cases over the days after the miss: add, list, show, log, export, import.

    \b
    Example:
        secondchance case add --case case.json
    """


@case_group.command("add")
@case_options
@now_option
@db_option
def case_add_command(case_data: dict[str, Any], now: datetime | None, db_url: str | None) -> None:
    """Store a new case and print its id.

    \b
    Example:
        secondchance case add --case case.json
    """
    from secondchance import services

    click.echo(services.add_case(open_context(db_url, now), case_data))


@case_group.command("edit")
@click.argument("case_id", type=CASE_ID)
@case_options
@click.option(
    "--if-version",
    "version",
    type=click.IntRange(1, 2**31 - 1),
    default=None,
    help="Save only if the case is still at this version (`case show --json` gives it).",
)
@now_option
@db_option
def case_edit_command(
    case_id: int,
    case_data: dict[str, Any],
    version: int | None,
    now: datetime | None,
    db_url: str | None,
) -> None:
    """Correct a case's details; its status and history stay as they are.

    The flags, and --case, change only the fields they give; the rest stays as stored. (To
    remove a field, clear it on the case's web page, or PUT the whole case to the API.)

    \b
    Example:
        secondchance case edit 3 --interviewer-email dana@acme.example
    """
    from secondchance import services

    context = open_context(db_url, now)
    tracked = services.edit_case(context, case_id, case_data, version=version)
    click.echo(f"case {case_id}: details saved; status is still {tracked.status}")


@case_group.command("delete")
@click.argument("case_id", type=CASE_ID)
@click.option("--yes", is_flag=True, help="Do not ask for confirmation.")
@db_option
def case_delete_command(case_id: int, yes: bool, db_url: str | None) -> None:
    """Delete a case, its history and its outbox, for good.

    \b
    Example:
        secondchance case delete 3 --yes
    """
    from secondchance import services

    context = open_context(db_url)
    what = services.case_label(context, case_id)
    if not yes:
        click.confirm(f"Delete {what} and its history for good?", abort=True, err=True)
    services.delete_case(context, case_id)
    click.echo(f"{what} deleted")


@case_group.command("list")
@click.option("--status", type=click.Choice(STATUSES), default=None, help="Only this status.")
@click.option(
    "--limit",
    type=click.IntRange(1, 10_000),
    default=100,
    show_default=True,
    help="At most this many cases.",
)
@click.option(
    "--offset", type=click.IntRange(0), default=0, help="Skip this many first (for paging)."
)
@click.option(
    "--after",
    type=click.IntRange(0, 2**31),
    default=None,
    help="Start after this case id: as fast on the last page as on the first.",
)
@now_option
@db_option
@json_option
def case_list_command(
    status: str | None,
    limit: int,
    offset: int,
    after: int | None,
    now: datetime | None,
    db_url: str | None,
    as_json: bool,
) -> None:
    """List cases with their status and next step, oldest first, a page at a time.

    \b
    Example:
        secondchance case list --status awaiting --json
        secondchance case list --after 100
    """
    from secondchance import services

    context = open_context(db_url, now)
    cases = services.list_cases(context, status, limit, offset, after)
    total = services.count_cases(context, status)
    if len(cases) == limit and (after is not None or offset + len(cases) < total):
        click.echo(
            f"Showing {len(cases)} of {total} cases; see more with --after {cases[-1].id}.",
            err=True,
        )
    if as_json:
        click.echo(json_list(cases))
        return
    for item in cases:
        if item.problem:
            step = f"cannot be read back: {item.problem}"
        else:
            step = f"next: {item.next_due.title}" if item.next_due else "nothing due"
        click.echo(
            f"{item.id:>4}  {item.status:<12} {item.candidate} – {item.role} at"
            f" {item.company}  ({step})"
        )


@case_group.command("show")
@click.argument("case_id", type=CASE_ID)
@now_option
@db_option
@json_option
def case_show_command(
    case_id: int, now: datetime | None, db_url: str | None, as_json: bool
) -> None:
    """Show a case: its details, history, current plan and kit.

    \b
    Example:
        secondchance case show 1 --json
    """
    from secondchance import services

    context = open_context(db_url, now)
    detail = services.show_case(context, case_id)
    if as_json:
        click.echo(detail.model_dump_json(indent=2))
        return
    case = detail.case
    click.echo(
        f"Case {detail.id} ({detail.status}): {case.candidate.name} – {case.role} at"
        f" {case.company}, with {case.interviewer.name}"
    )
    click.echo("History:")
    for entry in detail.events or ():
        note = f" – {entry.note}" if entry.note else ""
        click.echo(f"  {both_zones(entry.at, case)}  {entry.event}{note}")
    if not detail.events:
        click.echo("  (nothing logged yet)")
    click.echo()
    click.echo(format_plan(detail.plan, case, context.now()))


@case_group.command("log")
@click.argument("case_id", type=CASE_ID)
@click.argument("event", type=click.Choice(EVENTS))
@click.option(
    "--at", "at", type=AwareDateTime(), default=None, help="When it happened. Default: now."
)
@click.option(
    "--to",
    "to",
    type=LocalOrAwareTime(),
    default=None,
    help="For 'rescheduled': the new start, a wall time or with an offset.",
)
@click.option("--timezone", default=None, help="For 'rescheduled': the new time's IANA zone.")
@click.option("--note", default=None, help="A short note for the history.")
@db_option
@json_option
def case_log_command(
    case_id: int,
    event: str,
    at: datetime | None,
    to: datetime | None,
    timezone: str | None,
    note: str | None,
    db_url: str | None,
    as_json: bool,
) -> None:
    """Log what happened; the case moves to its next status.

    \b
    Example:
        secondchance case log 1 apology_sent
        secondchance case log 1 rescheduled --to 2026-12-03T10:00 --timezone America/New_York
    """
    from secondchance import services

    tracked = services.log_event(open_context(db_url), case_id, event, at, note, to, timezone)
    click.echo(
        tracked.model_dump_json(indent=2)
        if as_json
        else f"case {tracked.id}: {event} logged; status is now {tracked.status}"
    )


@case_group.command("export")
@out_option
@db_option
def case_export_command(out: str | None, db_url: str | None) -> None:
    """Export every case, its events and outbox as deterministic JSON.

    \b
    Example:
        secondchance case export --out backup.json
    """
    from secondchance import services

    chunks = (chunk.encode("utf-8") for chunk in services.export_chunks(open_context(db_url)))
    write_output(out, chunks, private=True)


@case_group.command("import")
@click.argument("source", type=click.File("rb"))
@db_option
def case_import_command(source: BinaryIO, db_url: str | None) -> None:
    """Import an export: add new cases, and bring the ones already here up to date.

    A case already here (same UUID) takes the file's later events when the file's history
    carries on from this one, and the file's details when they were edited later. Every
    other difference is listed by case and left as it is here.

    \b
    Example:
        secondchance case import backup.json
    """
    from secondchance import services

    limit = 64 * 1024 * 1024
    text = read_input(source, what="the export", max_bytes=limit)
    result = services.import_cases(open_context(db_url), text)
    click.echo(
        f"{result.added} added, {result.extended} brought up to date,"
        f" {result.details_updated} with newer details, {result.skipped} already present"
    )
    if result.divergences:
        click.echo(
            f"{len(result.divergences)} difference(s) between the file and this store were"
            " left as they are here:"
        )
    for divergence in result.divergences:
        click.echo(f"  case {divergence.case_id}, {divergence.what}: {divergence.detail}")
    if result.unsent_dropped:
        click.echo(
            f"{result.unsent_dropped} unsent message(s) were not imported: an import never"
            " queues mail. Send them again from the kit if you still want to."
        )


@click.command("due")
@now_option
@db_option
@json_option
def due_command(now: datetime | None, db_url: str | None, as_json: bool) -> None:
    """Show what is due or overdue across all cases, overdue first, in both zones.

    \b
    Example:
        secondchance due --json
    """
    from secondchance import services

    items = services.due(open_context(db_url, now))
    if as_json:
        click.echo(json_list(items))
        return
    if not items:
        click.echo("Nothing is due.")
    for item in items:
        action = item.action
        late = "OVERDUE" if action.overdue else "due now"
        click.echo(
            f"[{late}] case {item.case_id} ({item.candidate}, {item.company}): {action.title}"
        )
        # Each step carries its time in both zones already; no need to load the case again.
        # (They are aware by construction; UTC only satisfies the type checker.)
        theirs, mine = action.due_interviewer.tzinfo or UTC, action.due_candidate.tzinfo or UTC
        click.echo(f"    {in_zones(action.due, theirs, mine, item.interviewer)}")
