"""The interactive intake: the required questions, then the optional ones if the user wants.

Each answer is checked as soon as it is typed, with the same validators as the case model, so
a typo is caught at its own question instead of after the last one.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import datetime
from typing import Any

import click
from pydantic import TypeAdapter, ValidationError

from secondchance import services
from secondchance.core import intake
from secondchance.core.fields import CASE_FIELDS, REQUIRED_FIELDS, CaseField
from secondchance.core.reasons import REASONS

_WHEN = re.compile(r"^\s*(\d{4}-\d{2}-\d{2})[ T](\d{1,2}:\d{2})\s+(\S+)\s*$")


def _checker(annotation: Any) -> Callable[[str], Any]:  # noqa: ANN401 - any pydantic type
    adapter = TypeAdapter(annotation)

    def check(text: str) -> Any:  # noqa: ANN401
        try:
            return adapter.validate_python(text)
        except ValidationError as error:
            message = error.errors(include_url=False)[0]["msg"].removeprefix("Value error, ")
            raise click.BadParameter(message) from None

    return check


def _ask(question: str, annotation: Any, *, optional: bool = False) -> Any:  # noqa: ANN401
    check = _checker(annotation)
    if not optional:
        return click.prompt(question, value_proc=check)
    answer = click.prompt(question + " (Enter to skip)", default="", show_default=False)
    while answer.strip():
        try:
            return check(answer)
        except click.BadParameter as error:
            click.echo(f"Error: {error.message}", err=True)
            answer = click.prompt(question + " (Enter to skip)", default="", show_default=False)
    return None


def _ask_when(now: datetime) -> dict[str, str]:
    while True:
        answer = click.prompt(
            "When was the interview? (YYYY-MM-DD HH:MM Area/City, e.g. 2026-11-26 09:30"
            " Europe/London)"
        )
        match = _WHEN.match(answer)
        if not match:
            click.echo(
                "Error: give the date, the time and the time zone, separated by spaces.", err=True
            )
            continue
        date, time, zone = match.groups()
        hours, minutes = time.split(":")
        interview = {"start": f"{date}T{int(hours):02d}:{minutes}", "timezone": zone}
        try:
            intake.Interview.model_validate(interview, context={"now": now})
        except ValidationError as error:
            message = error.errors(include_url=False)[0]["msg"].removeprefix("Value error, ")
            click.echo(f"Error: {message}", err=True)
            continue
        return interview


def _ask_reason() -> str:
    click.echo("What happened?")
    for number, reason in enumerate(REASONS, start=1):
        click.echo(f"  {number:>2}. {reason.label}")
    choice = click.prompt("Choose a number", type=click.IntRange(1, len(REASONS)))
    return REASONS[choice - 1].id


# The validator the case model applies to each kind of field that is typed in.
_KINDS: dict[str, Any] = {
    "name": intake.Name,
    "line": intake.Line,
    "zone": intake.ZoneName,
    "email": intake.Email,
    "tel": intake.Phone,
    "url": intake.Url,
    "country": intake.Country,
    "note": intake.Note,
    "minutes": intake.LateMinutes,
}


def _ask_field(field: CaseField, answers: dict[str, Any]) -> Any:  # noqa: ANN401 - by its kind
    if field.kind == "switch":
        return click.confirm(f"{field.label}?", default=False)
    if field.optional_choice:
        return _ask_choice(field)
    if field.kind == "choice":
        values = [value for value, _ in field.choices_for(answers)]
        return click.prompt(field.label, type=click.Choice(values), default=values[0])
    return _ask(field.label, _KINDS[field.kind], optional=not field.required)


def _ask_choice(field: CaseField) -> str | None:
    """Ask a choice that may be left unanswered: its options numbered, Enter to skip."""
    options = [(value, label) for value, label in field.choices if value]
    click.echo(field.label)
    for number, (_, label) in enumerate(options, start=1):
        click.echo(f"  {number}. {label}")
    numbers = [str(number) for number in range(1, len(options) + 1)]
    while answer := click.prompt("Choose a number (Enter to skip)", default="", show_default=False):
        if answer.strip() in numbers:
            return options[int(answer) - 1][0]
        click.echo(f"Error: choose a number from 1 to {len(options)}, or press Enter.", err=True)
    return None


def _asked(field: CaseField, answers: dict[str, Any]) -> bool:
    """Whether a field is asked, given the answers so far: its `needs` must be met."""
    if field.needs is None:
        return True
    given = answers.get(field.needs)
    return bool(given) and (field.needs_value is None or given == field.needs_value)


def _ask_ahead(answers: dict[str, Any], now: datetime) -> dict[str, Any]:
    """Before the start only, ask whether the user can still take part (round 8 of #16)."""
    interview = intake.Interview.model_validate(answers["interview"])
    if interview.instant <= now:
        return {}
    asked: dict[str, Any] = {}
    for field in CASE_FIELDS:
        if field.ahead and _asked(field, asked):
            asked[field.path] = _ask_field(field, asked)
    return {path: value for path, value in asked.items() if value is not None}


def _ask_required(now: datetime) -> dict[str, Any]:
    answers: dict[str, Any] = {}
    for field in REQUIRED_FIELDS:
        if field.kind == "reason":
            answers[field.path] = _ask_reason()
        elif field.kind == "when":
            answers["interview"] = _ask_when(now)  # the time and its zone: one question
        elif field.path != "interview.timezone":
            answers[field.path] = _ask_field(field, answers)
    return answers


def _ask_optional() -> dict[str, Any]:
    answers: dict[str, Any] = {}
    for field in CASE_FIELDS:
        if field.required or field.ahead or not _asked(field, answers):
            continue
        answers[field.path] = _ask_field(field, answers)
    return {path: value for path, value in answers.items() if value not in (None, False)}


def run_wizard(now: datetime) -> intake.Case:
    """Ask the questions on the terminal and return the validated case.

    The questions are the case's fields (core.fields), in their order; the interview's time
    and zone are asked together.
    """
    answers = _ask_required(now)
    answers.update(_ask_ahead(answers, now))
    if click.confirm(
        "Add optional details (contacts, time zones, recruiter, tone, offers, a note)?",
        default=False,
    ):
        answers.update(_ask_optional())
    return services.parse_case(services.merge_fields({}, answers), now)
