"""Commands that write and check messages: kit, reasons, new, review."""

from __future__ import annotations

import json
from datetime import datetime
from typing import TYPE_CHECKING, Any, BinaryIO

import click

from secondchance.cli.options import (
    CaseRef,
    Exit,
    Threshold,
    case_options,
    db_option,
    json_option,
    now_option,
    open_context,
    plan_options,
    read_input,
    resolve_now,
)
from secondchance.cli.output import (
    format_kit,
    format_review,
)
from secondchance.core.message_types import MESSAGE_TYPES

if TYPE_CHECKING:
    from secondchance.core.plan import PlanSettings


@click.command("kit")
@case_options
@now_option
@click.option("--propose-slots", is_flag=True, help="Offer up to three new times in the email.")
@plan_options
@json_option
def kit_command(
    case_data: dict[str, Any],
    now: datetime | None,
    propose_slots: bool,
    plan_settings: PlanSettings | None,
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
    case = services.parse_case(case_data, moment)
    kit = services.build_kit(case, moment, propose_slots, plan_settings)
    click.echo(kit.model_dump_json(indent=2) if as_json else format_kit(kit))


def _names_for_review(case_ref: int | BinaryIO | None, db_url: str | None) -> tuple[str, ...]:
    from secondchance import services

    if case_ref is None:
        return ()
    if isinstance(case_ref, int):
        return services.case_names(open_context(db_url), case_ref)
    text = read_input(case_ref, what="the case file", max_bytes=services.MAX_CASE_BYTES)
    return services.names_of(services.parse_case(text, resolve_now(None)))


@click.command("reasons")
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


@click.command("new")
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


@click.command("review")
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
    "--type",
    "message_type",
    type=click.Choice(MESSAGE_TYPES),
    default=None,
    help="What the message is; each type needs different elements. Detected when omitted.",
)
@click.option(
    "--threshold",
    "thresholds",
    type=Threshold(),
    multiple=True,
    help="Override a threshold: max_words, target_words, short_channel_words,"
    " max_sentence_words, max_grade or max_apologies.",
)
@click.option(
    "--case",
    "case_ref",
    type=CaseRef(),
    default=None,
    metavar="ID|FILE",
    help="The case the draft is for, as a stored case's id or a case JSON file: its people's"
    " and company's names are read as names, never as slang or texting.",
)
@db_option
@json_option
@click.pass_context
def review_command(
    ctx: click.Context,
    draft: BinaryIO,
    channel: str,
    subject: str | None,
    message_type: str | None,
    thresholds: tuple[tuple[str, str], ...],
    case_ref: int | BinaryIO | None,
    db_url: str | None,
    as_json: bool,
) -> None:
    """Review a draft and list what to change; exit 1 unless it is ready.

    \b
    Example:
        secondchance review draft.txt --json
        pbpaste | secondchance review --channel linkedin --type running_late
        secondchance review draft.txt --case 3
        secondchance review draft.txt --case case.json
    """
    from secondchance import services

    text = read_input(draft, what="the draft", max_bytes=services.MAX_DRAFT_BYTES)
    names = _names_for_review(case_ref, db_url)
    result = services.review_draft(
        text,
        channel,  # type: ignore[arg-type]
        subject,
        dict(thresholds),
        message_type,  # type: ignore[arg-type]
        names,
    )
    name = getattr(draft, "name", "-")
    name = "<stdin>" if name in ("<stdin>", "-") else name
    click.echo(result.to_json() if as_json else format_review(result, text, name))
    ctx.exit(Exit.OK if result.verdict == "ready" else Exit.FINDINGS)
