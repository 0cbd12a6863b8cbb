"""Geometry for the plan's timeline, drawn as server-rendered SVG (no script needed)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta

from secondchance.core.plan import Plan

WIDTH = 720
ROW = 34
LEFT = 24
RIGHT = 24
TOP = 40


@dataclass(frozen=True, slots=True)
class Mark:
    """One action on the timeline."""

    x: float
    y: float
    anchor: str  # where the label hangs: "start" on the left half, "end" on the right
    title: str
    overdue: bool
    done_by_now: bool


@dataclass(frozen=True, slots=True)
class Timeline:
    """Everything the template needs to draw the plan."""

    width: int
    height: int
    now_x: float
    axis_y: float
    marks: tuple[Mark, ...]
    start: datetime
    end: datetime


def layout(plan: Plan, now: datetime) -> Timeline:
    """Place each action on a time axis running from the earliest step (or now) to the last."""
    times = [action.due for action in plan.actions] + [now]
    start, end = min(times), max(times)
    span = max(end - start, timedelta(hours=1))
    usable = WIDTH - LEFT - RIGHT

    def x_of(moment: datetime) -> float:
        return round(LEFT + usable * ((moment - start) / span), 1)

    marks = tuple(
        Mark(
            x=x_of(action.due),
            y=TOP + ROW * (index + 1),
            anchor="start" if x_of(action.due) < WIDTH * 0.55 else "end",
            title=action.title,
            overdue=action.overdue,
            done_by_now=action.due <= now,
        )
        for index, action in enumerate(plan.actions)
    )
    height = TOP + ROW * (len(marks) + 1) + 10
    return Timeline(WIDTH, height, x_of(now), TOP, marks, start, end)
