"""The plan's timeline as a vertical list of days: it reads the same on a phone and a laptop.

A drawing with a time axis bunched its dots after a reschedule and cut its labels on a
phone (#20); days with headings never overlap, and need no scrolling sideways.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, tzinfo
from itertools import groupby

from secondchance.core.plan import Action, Plan


@dataclass(frozen=True, slots=True)
class Day:
    """One day of the plan, in the candidate's zone, with its steps in order."""

    day: date
    steps: tuple[tuple[int, Action], ...]  # (number in the plan, step)
    now_before: int | None  # the index in `steps` that "now" falls before, if on this day


def layout(plan: Plan, now: datetime, zone: tzinfo) -> list[Day]:
    """Group the plan's steps by the candidate's day and place "now" among them."""
    numbered = list(enumerate(plan.actions, start=1))
    today = now.astimezone(zone).date()
    days = []
    for day, group in groupby(numbered, key=lambda pair: pair[1].due.astimezone(zone).date()):
        steps = tuple(group)
        later = [i for i, (_, action) in enumerate(steps) if action.due > now]
        now_before = (later[0] if later else len(steps)) if day == today else None
        days.append(Day(day, steps, now_before))
    return days
