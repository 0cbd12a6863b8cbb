"""Words and times as people read them, shared by the CLI and the web pages."""

from __future__ import annotations

from datetime import datetime, tzinfo
from typing import TYPE_CHECKING

from secondchance.core.message_types import MESSAGE_TITLES

__all__ = ["MESSAGE_TITLES", "both_zones", "in_zones"]

if TYPE_CHECKING:
    from secondchance.core.intake import Case


def both_zones(moment: datetime, case: Case, until: datetime | None = None) -> str:
    """Write an instant (or a range) as the interviewer's time, then the candidate's."""
    return in_zones(
        moment, case.interviewer_zone, case.candidate_zone, case.interviewer.name, until
    )


def in_zones(
    moment: datetime,
    theirs: tzinfo,
    mine: tzinfo,
    interviewer: str,
    until: datetime | None = None,
) -> str:
    """Write an instant (or a range) in the interviewer's zone, then in the candidate's."""

    def local(zone: tzinfo) -> str:
        start = moment.astimezone(zone)
        if until is None:
            return f"{start:%a %d %b %H:%M %Z}"
        return f"{start:%a %d %b %H:%M}–{until.astimezone(zone):%H:%M %Z}"

    text = f"{local(theirs)} for {interviewer}"
    if mine != theirs:
        text += f" = {local(mine)} for you"
    return text


def your_time(moment: datetime, case: Case) -> str:
    """Write an instant in the candidate's own zone first, then the interviewer's (#20)."""
    mine, theirs = case.candidate_zone, case.interviewer_zone
    text = f"{moment.astimezone(mine):%a %d %b, %H:%M %Z} your time"
    if mine != theirs:
        there = moment.astimezone(theirs)
        day = "" if there.date() == moment.astimezone(mine).date() else f"{there:%a} "
        text += f" ({day}{there:%H:%M %Z} for {case.interviewer.name})"
    return text
