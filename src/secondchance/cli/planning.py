"""Commands for time: plan and ics."""

from __future__ import annotations

from datetime import datetime
from typing import TYPE_CHECKING, Any

import click

from secondchance.cli.options import (
    LocalOrAwareTime,
    case_options,
    db_option,
    json_option,
    now_option,
    open_context,
    out_option,
    plan_options,
    resolve_now,
)
from secondchance.cli.output import (
    format_plan,
    write_output,
)

if TYPE_CHECKING:
    from secondchance.core.plan import PlanSettings


@click.command("plan")
@case_options
@now_option
@plan_options
@json_option
def plan_command(
    case_data: dict[str, Any],
    now: datetime | None,
    plan_settings: PlanSettings | None,
    as_json: bool,
) -> None:
    """Print the dated recovery plan and new times to propose, in both time zones.

    \b
    Example:
        secondchance plan --case case.json --now 2026-11-26T15:10+00:00
    """
    from secondchance import services

    moment = resolve_now(now)
    case = services.parse_case(case_data, moment)
    plan = services.build_plan(case, moment, plan_settings)
    click.echo(plan.model_dump_json(indent=2) if as_json else format_plan(plan, case, moment))


@click.command("ics")
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
@out_option
@plan_options
@db_option
def ics_command(
    case_data: dict[str, Any],
    now: datetime | None,
    slot: int | None,
    at: datetime | None,
    reminders: bool,
    out: str | None,
    plan_settings: PlanSettings | None,
    db_url: str | None,
) -> None:
    """Write a calendar file (.ics) for the new interview time, or for the plan's reminders.

    \b
    Example:
        secondchance ics --case case.json --slot 1 --out interview.ics
        secondchance ics --case case.json --reminders --out reminders.ics
    """
    from secondchance import services

    moment = resolve_now(now)
    case = services.parse_case(case_data, moment)
    if reminders:
        data = services.reminders_ics(case, moment, plan_settings)
    else:
        # The database remembers each file's time, so SEQUENCE grows only when it moves.
        context = open_context(db_url, moment)
        try:
            data = services.interview_ics(
                case, moment, slot=slot, at=at, settings=plan_settings, db=context.db
            )
        finally:
            context.db.close()
    write_output(out, data)
