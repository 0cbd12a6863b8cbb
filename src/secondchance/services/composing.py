"""Kits and plans for a case given in full, without the store."""

from __future__ import annotations

from datetime import datetime
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from secondchance.core.compose import Kit, Message
    from secondchance.core.intake import Case
    from secondchance.core.plan import Plan, PlanSettings

# The core is imported inside each function: a command pays only for what it uses.


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


def mailto_url_for(case: Case, message: Message) -> str | None:
    """Return a mailto: URL for a message, or None when it would be too long to be reliable."""
    from secondchance.core.delivery import mailto_url

    url, fits = mailto_url(case, message)
    return url if fits else None
