"""Commands for the days after: read a reply (and, with issue 18, the mailbox)."""

from __future__ import annotations

import json
from datetime import datetime
from typing import TYPE_CHECKING, BinaryIO

import click

from secondchance.cli.options import (
    CASE_ID,
    AwareDateTime,
    db_option,
    json_option,
    now_option,
    open_context,
    resolve_now,
)

if TYPE_CHECKING:
    from secondchance.services import ServiceContext
    from secondchance.services.replies import ReplyAdvice


@click.command("reply")
@click.argument("reply", type=click.File("rb"), default="-")
@click.option(
    "--case", "case_id", type=CASE_ID, default=None, help="Read it as a reply to this case."
)
@click.option(
    "--sent",
    type=AwareDateTime(),
    default=None,
    help="When it was sent, with its offset (a message's own Date: header wins).",
)
@click.option("--timezone", default=None, help="The sender's IANA time zone, e.g. Europe/London.")
@click.option("--candidate-timezone", default=None, help="Your IANA time zone, for 'your time'.")
@click.option(
    "--accept",
    type=click.IntRange(1, 50),
    default=None,
    help="With --case: accept offered time N, logging the reply and the new time.",
)
@click.option("--decline", is_flag=True, help="With --case: log that they declined.")
@click.option(
    "--note-away",
    is_flag=True,
    help="With --case: note an automatic reply's return date; the plan follows up after it.",
)
@now_option
@db_option
@json_option
def reply_command(
    reply: BinaryIO,
    case_id: int | None,
    sent: datetime | None,
    timezone: str | None,
    candidate_timezone: str | None,
    accept: int | None,
    decline: bool,
    note_away: bool,
    now: datetime | None,
    db_url: str | None,
    as_json: bool,
) -> None:
    """Read the interviewer's reply: its kind, the times it offers, and the next step.

    Nothing is sent, and the case moves only with --accept or --decline (--note-away only
    notes when they are back).

    \b
    Example:
        secondchance reply answer.eml --case 3
        secondchance reply - --sent 2026-03-05T14:30-05:00 --timezone America/New_York --json
    """
    from secondchance.services import InputError, replies

    raw = reply.read(replies.MAX_REPLY_BYTES + 1)
    moment = resolve_now(now)
    if case_id is None:
        if accept is not None or decline or note_away:
            raise InputError("--accept, --decline and --note-away need --case ID")
        advice = replies.read(
            raw, sent=sent, timezone=timezone, candidate_timezone=candidate_timezone
        )
    else:
        context = open_context(db_url, moment)
        advice = replies.read_for_case(context, case_id, raw, sent)
        _act(context, case_id, advice, accept, decline)
        if note_away:
            replies.log_away(context, case_id, advice.reading)
            click.echo("Noted: they are away; the plan follows up after they are back.", err=True)
    click.echo(
        json.dumps(advice.summary(), indent=2, ensure_ascii=False) if as_json else _text(advice)
    )


def _act(
    context: ServiceContext, case_id: int, advice: ReplyAdvice, accept: int | None, decline: bool
) -> None:
    from secondchance.services import InputError, replies

    if accept is not None:
        if not 1 <= accept <= len(advice.reading.times):
            raise InputError(
                f"--accept must name one of the {len(advice.reading.times)} times offered"
            )
        replies.accept_time(
            context, case_id, advice.reading.times[accept - 1].start, advice.reading.kind
        )
        click.echo(f"Logged: reply received, rescheduled to time {accept}.", err=True)
    elif decline:
        replies.log_decline(context, case_id)
        click.echo("Logged: declined.", err=True)


def _text(advice: ReplyAdvice) -> str:
    from zoneinfo import ZoneInfo

    reading = advice.reading
    lines = [f"Kind: {reading.kind.replace('_', ' ')}"]
    for number, offered in enumerate(reading.times, 1):
        theirs = offered.start.astimezone(ZoneInfo(advice.sender_zone))
        yours = offered.start.astimezone(ZoneInfo(advice.candidate_zone))
        lines.append(
            f"  {number}. {theirs:%a %d %b %H:%M} {advice.sender_zone}"
            f' = {yours:%a %d %b %H:%M} {advice.candidate_zone}  ("{offered.text}")'
        )
    if reading.return_date:
        lines.append(f"Back on: {reading.return_date.isoformat()}")
    if advice.next_event:
        lines.append(f"Next event to log, when you agree: {advice.next_event}")
    if advice.next_message_id:
        lines.append(f"Next message: {advice.next_message_id}")
    if advice.next_message is not None:
        message = advice.next_message
        lines += [
            "",
            *([f"Subject: {message.subject}"] if message.subject else []),
            message.full_text,
        ]
    elif advice.no_message_because and advice.case_id is not None:
        lines.append(advice.no_message_because)
    return "\n".join(lines)


@click.command("inbox")
@now_option
@db_option
@json_option
def inbox_command(now: datetime | None, db_url: str | None, as_json: bool) -> None:
    """Read new mail over IMAP, read-only, and keep the replies to your cases.

    Nothing is marked read and nothing is logged on a case: read each reply with
    `secondchance reply --case ID` or on the case page. Set SECONDCHANCE_IMAP_URL
    (imaps://me@imap.example.com/INBOX) and SECONDCHANCE_IMAP_PASSWORD.

    \b
    Example:
        secondchance inbox --json
    """
    from secondchance.services import replies

    report = replies.check_inbox(open_context(db_url, now))
    if as_json:
        click.echo(report.model_dump_json(indent=2))
        return
    click.echo(f"Read {report.read} new message(s) in {report.mailbox}.")
    for found, kind in zip(report.matched, report.kinds, strict=True):
        what = kind.replace("_", " ")
        click.echo(f"  case {found.case_id}: {what} from {found.sender} ({found.subject})")
    if report.unmatched:
        click.echo(f"  {report.unmatched} message(s) were not replies to a case.")
