"""The interactive intake: six required questions, then the optional ones if the user wants.

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


def _ask_optional(data: dict[str, Any]) -> None:
    asks: list[tuple[str, str, Any]] = [
        ("candidate.email", "Your email", intake.Email),
        ("candidate.phone", "Your phone, with country code", intake.Phone),
        ("candidate.timezone", "Your time zone, if not the interview's", intake.ZoneName),
        ("interviewer.email", "The interviewer's email", intake.Email),
        ("interviewer.phone", "The interviewer's phone", intake.Phone),
        (
            "interviewer.timezone",
            "The interviewer's time zone, if not the interview's",
            intake.ZoneName,
        ),
        ("interviewer.country", "The interviewer's country (two letters, e.g. US)", intake.Country),
        ("recruiter.name", "A recruiter who arranged it", intake.Name),
    ]
    answers = {path: _ask(question, kind, optional=True) for path, question, kind in asks}
    if answers["recruiter.name"]:
        answers["recruiter.email"] = _ask("The recruiter's email", intake.Email, optional=True)
        answers["recruiter.phone"] = _ask("The recruiter's phone", intake.Phone, optional=True)
    answers["interview.format"] = click.prompt(
        "Format", type=click.Choice(["video", "phone", "onsite"]), default="video"
    )
    answers["tone"] = click.prompt("Tone", type=click.Choice(["formal", "warm"]), default="formal")
    answers["called_first"] = click.confirm("Have you already called them?", default=False)
    answers["offers.reference"] = click.confirm("Offer references?", default=False)
    answers["offers.portfolio"] = click.confirm("Offer your portfolio?", default=False)
    if answers["offers.portfolio"]:
        answers["candidate.portfolio_url"] = _ask("Portfolio link", intake.Url, optional=True)
    answers["offers.case_study_url"] = _ask("A case study link to offer", intake.Url, optional=True)
    data.update(services.merge_fields(data, {k: v for k, v in answers.items() if v is not None}))


def run_wizard(now: datetime) -> intake.Case:
    """Ask the questions on the terminal and return the validated case."""
    data = services.merge_fields(
        {},
        {
            "candidate.name": _ask("Your name", intake.Name),
            "interviewer.name": _ask("The interviewer's name", intake.Name),
            "company": _ask("The company", intake.Line),
            "role": _ask("The role", intake.Line),
            "interview": _ask_when(now),
            "reason": _ask_reason(),
        },
    )
    if click.confirm(
        "Add optional details (contacts, time zones, recruiter, tone, offers)?", default=False
    ):
        _ask_optional(data)
    return services.load_case(data, now)
