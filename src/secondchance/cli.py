"""The command line: every command parses its input, makes one services call and prints."""

from __future__ import annotations

import functools
import json
import sys
from collections.abc import Callable
from datetime import UTC, datetime, time
from enum import IntEnum
from typing import TYPE_CHECKING, Any, BinaryIO, TypeVar

import click

from secondchance.render import MESSAGE_TITLES, both_zones

if TYPE_CHECKING:
    from pydantic import ValidationError

    from secondchance import services
    from secondchance.core.compose import Kit
    from secondchance.core.delivery import OutboxEntry
    from secondchance.core.intake import Case
    from secondchance.core.plan import Plan, PlanSettings
    from secondchance.core.review import Review

F = TypeVar("F", bound=Callable[..., Any])


class Exit(IntEnum):
    """Process exit codes, as a linter uses them."""

    OK = 0
    FINDINGS = 1  # the draft needs work
    BAD_INPUT = 2  # the same code as Click's usage errors


class LocalOrAwareTime(click.ParamType):
    """An ISO-8601 time, with an offset or as a wall time to be placed in a zone later."""

    name = "ISO-8601"

    def convert(
        self,
        value: Any,  # noqa: ANN401 - Click passes strings, or defaults as they are
        param: click.Parameter | None,
        ctx: click.Context | None,
    ) -> datetime:
        """Parse `value`, keeping it naive when it has no offset."""
        if isinstance(value, datetime):
            return value
        try:
            return datetime.fromisoformat(str(value).replace("Z", "+00:00"))
        except ValueError:
            self.fail(f"{value!r} is not an ISO-8601 time like 2026-12-01T10:00", param, ctx)


class AwareDateTime(click.ParamType):
    """An ISO-8601 date and time that carries its UTC offset."""

    name = "ISO-8601"

    def convert(
        self,
        value: Any,  # noqa: ANN401 - Click passes strings, or defaults as they are
        param: click.Parameter | None,
        ctx: click.Context | None,
    ) -> datetime:
        """Parse `value`, refusing times without an offset."""
        if isinstance(value, datetime):
            return value
        try:
            parsed = datetime.fromisoformat(str(value).replace("Z", "+00:00"))
        except ValueError:
            self.fail(f"{value!r} is not an ISO-8601 time like 2026-11-26T14:05+00:00", param, ctx)
        if parsed.tzinfo is None:
            self.fail(f"{value!r} needs a UTC offset, like 2026-11-26T14:05+00:00", param, ctx)
        return parsed


# Flags that stand for fields of the case document, as (flag, dotted path, help).
CASE_FLAGS: tuple[tuple[str, str, str], ...] = (
    ("--candidate", "candidate.name", "Your name."),
    ("--candidate-email", "candidate.email", "Your email address."),
    ("--candidate-phone", "candidate.phone", "Your phone, with country code."),
    ("--candidate-timezone", "candidate.timezone", "Your IANA time zone."),
    ("--portfolio-url", "candidate.portfolio_url", "Link to your portfolio."),
    ("--linkedin-url", "candidate.linkedin_url", "Link to your LinkedIn profile."),
    ("--interviewer", "interviewer.name", "The interviewer's name."),
    ("--interviewer-email", "interviewer.email", "The interviewer's email address."),
    ("--interviewer-phone", "interviewer.phone", "The interviewer's phone."),
    ("--interviewer-timezone", "interviewer.timezone", "The interviewer's IANA time zone."),
    ("--interviewer-country", "interviewer.country", "The interviewer's country (ISO code)."),
    ("--recruiter", "recruiter.name", "The recruiter who arranged the interview."),
    ("--recruiter-email", "recruiter.email", "The recruiter's email address."),
    ("--recruiter-phone", "recruiter.phone", "The recruiter's phone."),
    ("--company", "company", "The company."),
    ("--role", "role", "The role."),
    ("--start", "interview.start", "When the interview was: YYYY-MM-DDTHH:MM wall time."),
    ("--timezone", "interview.timezone", "The interview's IANA time zone."),
    ("--format", "interview.format", "video, phone or onsite."),
    ("--reason", "reason", "What happened: an id from `secondchance reasons`."),
    ("--tone", "tone", "formal (default) or warm."),
    ("--case-study-url", "offers.case_study_url", "A case study to offer."),
)
CASE_SWITCHES: tuple[tuple[str, str, str], ...] = (
    ("--called-first", "called_first", "You have already called; the email follows up."),
    ("--offer-reference", "offers.reference", "Offer references."),
    ("--offer-portfolio", "offers.portfolio", "Offer your portfolio."),
)


def _flag_key(flag: str) -> str:
    return "case_" + flag.lstrip("-").replace("-", "_")


def case_options(command: F) -> F:
    """Add `--case FILE|-` and one flag per case field; pass the merged document as `case_data`."""

    @functools.wraps(command)
    def wrapper(*args: Any, **kwargs: Any) -> Any:  # noqa: ANN401
        from secondchance import services

        source: BinaryIO | None = kwargs.pop("case_file")
        fields = {}
        for flag, path, _ in (*CASE_FLAGS, *CASE_SWITCHES):
            value = kwargs.pop(_flag_key(flag))
            if value not in (None, False):
                fields[path] = value
        document = {}
        if source is not None:
            text = services.decode_input(
                source.read(services.MAX_CASE_BYTES + 1),
                what="the case file",
                max_bytes=services.MAX_CASE_BYTES,
            )
            document = services.parse_case_document(text)
        kwargs["case_data"] = services.merge_fields(document, fields)
        return command(*args, **kwargs)

    for flag, _, help_text in reversed(CASE_SWITCHES):
        wrapper = click.option(flag, _flag_key(flag), is_flag=True, default=False, help=help_text)(
            wrapper
        )
    for flag, _, help_text in reversed(CASE_FLAGS):
        wrapper = click.option(flag, _flag_key(flag), help=help_text)(wrapper)
    wrapper = click.option(
        "--case",
        "case_file",
        type=click.File("rb"),
        help="The case as a JSON file, or - for standard input. Flags override its fields.",
    )(wrapper)
    return wrapper  # type: ignore[return-value]


def json_option(command: F) -> F:
    """Add `--json`, shared by every command that prints a result."""
    return click.option("--json", "as_json", is_flag=True, help="Print JSON.")(command)


def now_option(command: F) -> F:
    """Add `--now`, the current time with its offset (default: the real clock)."""
    return click.option(
        "--now",
        type=AwareDateTime(),
        default=None,
        help="The current time, ISO-8601 with offset. Default: now.",
    )(command)


class HoursRange(click.ParamType):
    """A daily window such as 09:00-17:00."""

    name = "HH:MM-HH:MM"

    def convert(
        self,
        value: Any,  # noqa: ANN401 - Click passes strings, or defaults as they are
        param: click.Parameter | None,
        ctx: click.Context | None,
    ) -> tuple[time, time]:
        """Parse `value` into its start and end times."""
        if isinstance(value, tuple):
            return value
        try:
            start, end = (time.fromisoformat(part.strip()) for part in str(value).split("-"))
        except ValueError:
            self.fail(f"{value!r} is not a window like 09:00-17:00", param, ctx)
        if not start < end:
            self.fail(f"{value!r} must start before it ends", param, ctx)
        return start, end


PLAN_FLAGS: tuple[tuple[str, click.ParamType, str], ...] = (
    ("--business-hours", HoursRange(), "The interviewer's working hours [09:00-17:00]."),
    ("--waking-hours", HoursRange(), "Your reasonable hours for an interview [08:00-20:00]."),
    ("--duration", click.IntRange(15, 480), "The interview's length in minutes [60]."),
    ("--slot-days", click.IntRange(1, 30), "Business days over which to propose slots [5]."),
    ("--follow-up-days", click.IntRange(1, 20), "Business days before the follow-up [2]."),
)


def plan_options(command: F) -> F:
    """Add the plan's overridable defaults; pass them as `plan_settings`."""

    @functools.wraps(command)
    def wrapper(*args: Any, **kwargs: Any) -> Any:  # noqa: ANN401
        from secondchance.core.plan import PlanSettings

        chosen: dict[str, Any] = {}
        if hours := kwargs.pop("business_hours"):
            chosen["business_start"], chosen["business_end"] = hours
        if hours := kwargs.pop("waking_hours"):
            chosen["waking_start"], chosen["waking_end"] = hours
        for flag, field in (
            ("duration", "interview_minutes"),
            ("slot_days", "slot_days"),
            ("follow_up_days", "first_follow_up_days"),
        ):
            if (value := kwargs.pop(flag)) is not None:
                chosen[field] = value
        kwargs["plan_settings"] = PlanSettings(**chosen)
        return command(*args, **kwargs)

    for flag, kind, help_text in reversed(PLAN_FLAGS):
        wrapper = click.option(flag, type=kind, default=None, help=help_text)(wrapper)
    return wrapper  # type: ignore[return-value]


def resolve_now(now: datetime | None) -> datetime:
    """Return `now`, or the real clock: the only place the CLI reads it."""
    return now if now is not None else datetime.now(UTC)


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(package_name="secondchance")
def cli() -> None:
    """Recover with honesty and composure after missing a job interview.

    \b
    Example:
        secondchance kit --case case.json
    """


@cli.command("kit")
@case_options
@now_option
@click.option("--propose-slots", is_flag=True, help="Offer up to three new times in the email.")
@plan_options
@json_option
def kit_command(
    case_data: dict[str, Any],
    now: datetime | None,
    propose_slots: bool,
    plan_settings: PlanSettings,
    as_json: bool,
) -> None:
    """Print the recovery kit: call and voicemail scripts and every email.

    \b
    Example:
        secondchance kit --case case.json --now 2026-11-26T15:10+00:00 --json
        secondchance kit --case case.json --propose-slots
    """
    from secondchance import services

    moment = resolve_now(now)
    case = services.load_case(case_data, moment)
    kit = services.build_kit(case, moment, propose_slots, plan_settings)
    click.echo(kit.model_dump_json(indent=2) if as_json else format_kit(kit))


@cli.command("plan")
@case_options
@now_option
@plan_options
@json_option
def plan_command(
    case_data: dict[str, Any], now: datetime | None, plan_settings: PlanSettings, as_json: bool
) -> None:
    """Print the dated recovery plan and new times to propose, in both time zones.

    \b
    Example:
        secondchance plan --case case.json --now 2026-11-26T15:10+00:00
    """
    from secondchance import services

    moment = resolve_now(now)
    case = services.load_case(case_data, moment)
    plan = services.build_plan(case, moment, plan_settings)
    click.echo(plan.model_dump_json(indent=2) if as_json else format_plan(plan, case, moment))


@cli.command("ics")
@case_options
@now_option
@click.option("--slot", type=int, default=None, help="Use proposed slot N (from `plan`).")
@click.option(
    "--at",
    "at",
    type=LocalOrAwareTime(),
    default=None,
    help="The new start: ISO-8601, with an offset or as the interviewer's wall time.",
)
@click.option("--reminders", is_flag=True, help="Write the plan's later steps as events instead.")
@click.option(
    "--out",
    type=click.Path(dir_okay=False, writable=True),
    default=None,
    help="Write to this file instead of standard output.",
)
@plan_options
def ics_command(
    case_data: dict[str, Any],
    now: datetime | None,
    slot: int | None,
    at: datetime | None,
    reminders: bool,
    out: str | None,
    plan_settings: PlanSettings,
) -> None:
    """Write a calendar file (.ics) for the new interview time, or for the plan's reminders.

    \b
    Example:
        secondchance ics --case case.json --slot 1 --out interview.ics
        secondchance ics --case case.json --reminders --out reminders.ics
    """
    from secondchance import services

    moment = resolve_now(now)
    case = services.load_case(case_data, moment)
    if reminders:
        data = services.reminders_ics(case, moment, plan_settings)
    else:
        data = services.interview_ics(case, moment, slot=slot, at=at, settings=plan_settings)
    if out:
        with click.open_file(out, "wb") as handle:
            handle.write(data)
    else:
        click.echo(data.decode("utf-8"), nl=False)


@cli.command("reasons")
@json_option
def reasons_command(as_json: bool) -> None:
    """List the reason catalogue and how each reason is framed.

    \b
    Example:
        secondchance reasons --json
    """
    from secondchance.core.reasons import REASONS

    rows = [
        {
            "id": r.id,
            "label": r.label,
            "forgivable": r.forgivable,
            "framing": r.frame("video") or None,
            "prevention": r.prevention,
            "avoid": list(r.avoid),
        }
        for r in REASONS
    ]
    if as_json:
        click.echo(json.dumps(rows, indent=2, ensure_ascii=False))
        return
    for row in rows:
        kind = "forgivable" if row["forgivable"] else "own it plainly"
        click.echo(f"{row['id']:<24} {row['label']} ({kind})")
        click.echo(f"{'':<24} {row['framing'] or 'No reason is given in any message.'}")


@cli.command("new")
@now_option
def new_command(now: datetime | None) -> None:
    """Answer six questions (and any optional ones), then get your recovery kit.

    \b
    Example:
        secondchance new
    """
    from secondchance import services
    from secondchance.wizard import run_wizard

    moment = resolve_now(now)
    case = run_wizard(moment)
    click.echo()
    click.echo(format_kit(services.build_kit(case, moment)))


class Threshold(click.ParamType):
    """A NAME=VALUE pair overriding one of the reviewer's thresholds."""

    name = "NAME=VALUE"

    def convert(
        self,
        value: Any,  # noqa: ANN401 - Click passes strings, or defaults as they are
        param: click.Parameter | None,
        ctx: click.Context | None,
    ) -> tuple[str, str]:
        """Split `value` at its first '='."""
        if isinstance(value, tuple):
            return value
        name, sep, number = str(value).partition("=")
        if not sep or not name.strip():
            self.fail(f"{value!r} is not NAME=VALUE, e.g. max_words=250", param, ctx)
        return name.strip(), number.strip()


@cli.command("review")
@click.argument("draft", type=click.File("rb"), default="-")
@click.option(
    "--channel",
    type=click.Choice(["email", "linkedin", "text"]),
    default="email",
    show_default=True,
    help="Where the message will be sent.",
)
@click.option("--subject", default=None, help="The email subject, if not on a 'Subject:' line.")
@click.option(
    "--threshold",
    "thresholds",
    type=Threshold(),
    multiple=True,
    help="Override a threshold: max_words, target_words, short_channel_words,"
    " max_sentence_words, max_grade or max_apologies.",
)
@json_option
@click.pass_context
def review_command(
    ctx: click.Context,
    draft: BinaryIO,
    channel: str,
    subject: str | None,
    thresholds: tuple[tuple[str, str], ...],
    as_json: bool,
) -> None:
    """Review an apology draft and list what to change; exit 1 unless it is ready.

    \b
    Example:
        secondchance review draft.txt --json
        pbpaste | secondchance review --channel linkedin
    """
    from secondchance import services

    raw = draft.read(services.MAX_DRAFT_BYTES + 1)
    text = services.decode_input(raw, what="the draft", max_bytes=services.MAX_DRAFT_BYTES)
    result = services.review_draft(text, channel, subject, dict(thresholds))  # type: ignore[arg-type]
    name = getattr(draft, "name", "-")
    name = "<stdin>" if name in ("<stdin>", "-") else name
    click.echo(result.to_json() if as_json else format_review(result, text, name))
    ctx.exit(Exit.OK if result.verdict == "ready" else Exit.FINDINGS)


def db_option(command: F) -> F:
    """Add `--db URL` (default: SECONDCHANCE_DB, else the user's SQLite file)."""
    return click.option(
        "--db",
        "db_url",
        default=None,
        metavar="URL",
        help="Database URL, e.g. postgresql+psycopg://user@host/db. Default: SECONDCHANCE_DB,"
        " else a SQLite file in your data folder.",
    )(command)


def open_db(db_url: str | None) -> services.Database:
    """Open the database for a command."""
    import os

    from secondchance import services

    return services.database(db_url, os.environ)


EVENT_CHOICES = (
    "called",
    "voicemail_left",
    "apology_sent",
    "reply_received",
    "rescheduled",
    "declined",
    "follow_up_sent",
    "interview_done",
    "closed",
)
STATUS_CHOICES = (
    "missed",
    "contacted",
    "apologized",
    "awaiting",
    "rescheduled",
    "declined",
    "closed",
)


@cli.group("case")
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

    click.echo(services.add_case(open_db(db_url), case_data, resolve_now(now)))


@case_group.command("list")
@click.option("--status", type=click.Choice(STATUS_CHOICES), default=None, help="Only this status.")
@now_option
@db_option
@json_option
def case_list_command(
    status: str | None, now: datetime | None, db_url: str | None, as_json: bool
) -> None:
    """List cases with their status and next step.

    \b
    Example:
        secondchance case list --status awaiting --json
    """
    from secondchance import services

    cases = services.list_cases(open_db(db_url), resolve_now(now), status)
    if as_json:
        click.echo(_json_list(cases))
        return
    for item in cases:
        step = f"next: {item.next_due.title}" if item.next_due else "nothing due"
        click.echo(
            f"{item.id:>4}  {item.status:<12} {item.candidate} – {item.role} at"
            f" {item.company}  ({step})"
        )


@case_group.command("show")
@click.argument("case_id", type=int)
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

    moment = resolve_now(now)
    detail = services.show_case(open_db(db_url), case_id, moment)
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
    click.echo(format_plan(detail.plan, case, moment))


@case_group.command("log")
@click.argument("case_id", type=int)
@click.argument("event", type=click.Choice(EVENT_CHOICES))
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

    tracked = services.log_event(
        open_db(db_url), case_id, event, resolve_now(at), note, to, timezone
    )
    click.echo(
        tracked.model_dump_json(indent=2)
        if as_json
        else f"case {tracked.id}: {event} logged; status is now {tracked.status}"
    )


@case_group.command("export")
@click.option(
    "--out",
    type=click.Path(dir_okay=False, writable=True),
    default=None,
    help="Write to this file instead of standard output.",
)
@db_option
def case_export_command(out: str | None, db_url: str | None) -> None:
    """Export every case, its events and outbox as deterministic JSON.

    \b
    Example:
        secondchance case export --out backup.json
    """
    from secondchance import services

    text = services.export_cases(open_db(db_url))
    if out:
        with click.open_file(out, "w", encoding="utf-8") as handle:
            handle.write(text)
    else:
        click.echo(text, nl=False)


@case_group.command("import")
@click.argument("source", type=click.File("rb"))
@db_option
def case_import_command(source: BinaryIO, db_url: str | None) -> None:
    """Import an export; cases already present (same UUID) are left as they are.

    \b
    Example:
        secondchance case import backup.json
    """
    from secondchance import services

    limit = 64 * 1024 * 1024
    text = services.decode_input(source.read(limit + 1), what="the export", max_bytes=limit)
    added, skipped = services.import_cases(open_db(db_url), text)
    click.echo(f"{added} added, {skipped} already present")


@cli.command("due")
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

    moment = resolve_now(now)
    db = open_db(db_url)
    items = services.due(db, moment)
    if as_json:
        click.echo(_json_list(items))
        return
    if not items:
        click.echo("Nothing is due.")
    for item in items:
        late = "OVERDUE" if item.action.overdue else "due now"
        with db.store() as store:
            case = store.get(item.case_id).case
        click.echo(
            f"[{late}] case {item.case_id} ({item.candidate}, {item.company}): {item.action.title}"
        )
        click.echo(f"    {both_zones(item.action.due, case)}")


@cli.command("eml")
@click.argument("case_id", type=int)
@click.argument("message_id")
@click.option(
    "--out",
    type=click.Path(dir_okay=False, writable=True),
    default=None,
    help="Write to this file instead of standard output.",
)
@now_option
@db_option
def eml_command(
    case_id: int, message_id: str, out: str | None, now: datetime | None, db_url: str | None
) -> None:
    """Write a kit email as an .eml file that opens in any mail client.

    \b
    Example:
        secondchance eml 1 apology_email --out apology.eml
    """
    from secondchance import services

    data = bytes(services.message_eml(open_db(db_url), case_id, message_id, resolve_now(now)))
    if out:
        with click.open_file(out, "wb") as handle:
            handle.write(data)
    else:
        click.echo(data.decode("ascii"), nl=False)


@cli.command("mailto")
@click.argument("case_id", type=int)
@click.argument("message_id")
@now_option
@db_option
def mailto_command(case_id: int, message_id: str, now: datetime | None, db_url: str | None) -> None:
    """Print a mailto: link that opens the email in your mail client.

    \b
    Example:
        secondchance mailto 1 apology_email
    """
    from secondchance import services

    url, fits = services.message_mailto(open_db(db_url), case_id, message_id, resolve_now(now))
    click.echo(url)
    if not fits:
        click.echo(
            "Warning: this link is long enough that some mail clients cut it off; use"
            " `secondchance eml` or `secondchance send` instead.",
            err=True,
        )


@cli.command("send")
@click.argument("case_id", type=int)
@click.argument("message_id")
@click.option("--dry-run", is_flag=True, help="Check everything, send nothing.")
@now_option
@db_option
@json_option
def send_command(
    case_id: int,
    message_id: str,
    dry_run: bool,
    now: datetime | None,
    db_url: str | None,
    as_json: bool,
) -> None:
    """Send a kit email through your SMTP server (SECONDCHANCE_SMTP_URL), via the outbox.

    \b
    Example:
        SECONDCHANCE_SMTP_URL=smtp+starttls://me@mail.example.com:587 \\
        SECONDCHANCE_SMTP_PASSWORD=... secondchance send 1 apology_email
    """
    import os

    from secondchance import services

    entry = services.send_message(
        open_db(db_url), case_id, message_id, resolve_now(now), os.environ, dry_run
    )
    if entry is None:
        click.echo("Dry run: the message is ready to send; nothing was sent.")
        return
    click.echo(entry.model_dump_json(indent=2) if as_json else _outbox_line(entry))
    if entry.status != "sent":
        raise click.exceptions.Exit(Exit.FINDINGS)


@cli.command("outbox")
@click.option("--retry", is_flag=True, help="Try again to send what has not gone out.")
@now_option
@db_option
@json_option
def outbox_command(retry: bool, now: datetime | None, db_url: str | None, as_json: bool) -> None:
    """Show the outbox; with --retry, send again what is queued or failed.

    \b
    Example:
        secondchance outbox --retry --json
    """
    import os

    from secondchance import services

    db = open_db(db_url)
    if retry:
        services.retry_outbox(db, resolve_now(now), os.environ)
    entries = services.outbox(db)
    if as_json:
        click.echo(_json_list(entries))
        return
    for entry in entries:
        click.echo(_outbox_line(entry))
    if not entries:
        click.echo("The outbox is empty.")


DEFAULT_PORT = 8731


@cli.command("serve")
@click.option("--host", default="127.0.0.1", show_default=True, help="Interface to listen on.")
@click.option(
    "--port",
    default=DEFAULT_PORT,
    show_default=True,
    type=click.IntRange(0, 65535),
    help="Port to listen on (0 picks a free one).",
)
@click.option("--no-browser", is_flag=True, help="Do not open a browser window.")
@click.option(
    "--token", default=None, help="Require this token (one is made up for a non-loopback --host)."
)
@db_option
def serve_command(
    host: str, port: int, no_browser: bool, token: str | None, db_url: str | None
) -> None:
    """Start the local web app and open it in your browser.

    \b
    Example:
        secondchance serve
        secondchance serve --host 0.0.0.0 --no-browser   # prints a link with a token
    """
    import os
    import secrets
    import socket
    import webbrowser

    import uvicorn

    from secondchance import services
    from secondchance.web.app import WebSettings, create_app
    from secondchance.web.security import Guard, is_loopback

    if token is None and not is_loopback(host):
        token = secrets.token_urlsafe(24)
    url = services.database(db_url, os.environ).url
    app = create_app(WebSettings(url, Guard(bind_host=host, token=token), dict(os.environ)))
    with socket.socket(socket.AF_INET6 if ":" in host else socket.AF_INET) as probe:
        probe.bind((host, port))  # fail early, and learn the port when it is 0
        port = probe.getsockname()[1]
    shown_host = "127.0.0.1" if host in {"0.0.0.0", "::"} else host  # noqa: S104
    link = f"http://{shown_host}:{port}/" + (f"?token={token}" if token else "")
    click.echo(f"secondchance is running at {link}  (Ctrl+C to stop)")
    if not no_browser:
        webbrowser.open(link)
    uvicorn.run(app, host=host, port=port, log_level="warning", access_log=False)


def _outbox_line(entry: OutboxEntry) -> str:
    error = f" – {entry.last_error}" if entry.last_error else ""
    return (
        f"#{entry.id} case {entry.case_id} {entry.message_id}: {entry.status}"
        f" after {entry.attempts} attempt(s){error}"
    )


def _json_list(items: list[Any]) -> str:
    return "[" + ",".join(item.model_dump_json() for item in items) + "]"


def format_kit(kit: Kit) -> str:
    """Render a kit as plain text for the terminal."""
    blocks = []
    for message_id, message in kit.messages.items():
        title = f"== {MESSAGE_TITLES[message_id]} ({message.channel}, {message.words} words) =="
        head = [title]
        if message.to:
            head.append("To: " + ", ".join(message.to))
        if message.cc:
            head.append("Cc: " + ", ".join(message.cc))
        if message.subject:
            head.append(f"Subject: {message.subject}")
        blocks.append("\n".join(head) + "\n\n" + message.full_text)
    return "\n\n".join(blocks)


def format_plan(plan: Plan, case: Case, now: datetime) -> str:
    """Render the plan with every time in both zones, each with its abbreviation."""
    me, them = case.candidate.name, case.interviewer.name
    lines = [f"Recovery plan as of {both_zones(now, case)}", ""]
    for number, action in enumerate(plan.actions, start=1):
        overdue = " (due now)" if action.due <= now else ""
        uses = f" – use: {MESSAGE_TITLES[action.message_id]}" if action.message_id else ""
        lines.append(f"{number:>2}. {action.title}{overdue}")
        lines.append(f"    {both_zones(action.due, case)}   [{action.channel}{uses}]")
        lines.append(f"    {action.why}")
    if plan.slots:
        lines += ["", f"New times to propose (for {them}, then for {me}):"]
    for number, slot in enumerate(plan.slots, start=1):
        night = "  (outside your waking hours)" if slot.outside_candidate_hours else ""
        lines.append(f"  {number}. {both_zones(slot.start, case, slot.end)}{night}")
    if plan.warnings:
        lines += ["", *(f"Note: {warning}" for warning in plan.warnings)]
    return "\n".join(lines)


def format_review(result: Review, text: str, name: str) -> str:
    """Render a review like a linter: path:line:column, severity, code, excerpt, advice."""
    lines = []
    for finding in result.findings:
        line = text.count("\n", 0, finding.start) + 1
        column = finding.start - (text.rfind("\n", 0, finding.start) + 1) + 1
        excerpt = " ".join(finding.excerpt.split())
        if len(excerpt) > 60:
            excerpt = excerpt[:57] + "..."
        lines.append(f"{name}:{line}:{column}: {finding.severity.value} {finding.code}")
        if excerpt:
            lines.append(f'    "{excerpt}"')
        lines.append(f"    {finding.message}")
        if finding.suggestion:
            lines.append(f"    Try: {finding.suggestion}")
    count = len(result.findings)
    lines.append(
        f"verdict: {result.verdict} (score {result.score}/100), {result.words} words,"
        f" {count} finding{'' if count == 1 else 's'}"
    )
    return "\n".join(lines)


def format_validation_error(error: ValidationError) -> str:
    """Turn a pydantic error into one readable line per field."""
    lines = ["The case has problems:"]
    for item in error.errors(include_url=False)[:20]:
        path = ".".join(str(part) for part in item["loc"]) or "case"
        message = item["msg"].removeprefix("Value error, ")
        if item["type"] == "missing":
            message = "is required"
        elif item["type"] == "extra_forbidden":
            message = "is not a known field"
        lines.append(f"  {path}: {message}")
    return "\n".join(lines)


def main() -> None:
    """Run the CLI, turning bad input into exit code 2 and a readable message."""
    from secondchance.core.errors import UserError

    try:
        code = cli.main(standalone_mode=False)
    except click.exceptions.Abort:
        click.echo("Aborted.", err=True)
        code = Exit.BAD_INPUT
    except click.ClickException as error:
        error.show()
        code = error.exit_code
    except UserError as error:
        click.echo(f"Error: {error}", err=True)
        code = Exit.BAD_INPUT
    except Exception as error:
        # pydantic is imported only by the commands that validate a case; when it is not
        # loaded, this cannot be one of its errors.
        pydantic = sys.modules.get("pydantic")
        if pydantic is None or not isinstance(error, pydantic.ValidationError):
            raise
        click.echo(format_validation_error(error), err=True)
        code = Exit.BAD_INPUT
    sys.exit(code or 0)
