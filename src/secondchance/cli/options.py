"""Shared parameter types and option decorators for the commands."""

from __future__ import annotations

import functools
from collections.abc import Callable
from datetime import UTC, datetime, time
from enum import IntEnum
from typing import TYPE_CHECKING, Any, BinaryIO, TypeVar, cast

import click

from secondchance.core.fields import CASE_FIELDS

if TYPE_CHECKING:
    from secondchance import services


class Exit(IntEnum):
    """Process exit codes, as a linter uses them."""

    OK = 0
    FINDINGS = 1  # the draft needs work
    BAD_INPUT = 2  # the same code as Click's usage errors


F = TypeVar("F", bound=Callable[..., Any])


class LocalOrAwareTime(click.ParamType[datetime]):
    """An ISO-8601 time, with an offset or as a wall time to be placed in a zone later."""

    name = "ISO-8601"
    example = "2026-12-01T10:00"

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
            self.fail(f"{value!r} is not an ISO-8601 time like {self.example}", param, ctx)


class AwareDateTime(LocalOrAwareTime):
    """An ISO-8601 date and time that carries its UTC offset."""

    example = "2026-11-26T14:05+00:00"

    def convert(
        self,
        value: Any,  # noqa: ANN401 - Click passes strings, or defaults as they are
        param: click.Parameter | None,
        ctx: click.Context | None,
    ) -> datetime:
        """Parse `value`, refusing times without an offset."""
        parsed = super().convert(value, param, ctx)
        if parsed.tzinfo is None:
            self.fail(f"{value!r} needs a UTC offset, like {self.example}", param, ctx)
        return parsed


def _flag_key(flag: str) -> str:
    return "case_" + flag.lstrip("-").replace("-", "_")


def case_options(command: F) -> F:
    """Add `--case FILE|-` and one flag per case field; pass the merged document as `case_data`."""

    @functools.wraps(command)
    def wrapper(*args: Any, **kwargs: Any) -> Any:  # noqa: ANN401
        from secondchance import services

        source: BinaryIO | None = kwargs.pop("case_file")
        fields = {}
        for field in CASE_FIELDS:
            value = kwargs.pop(_flag_key(field.flag))
            if value not in (None, False):
                fields[field.path] = value
        document = {}
        if source is not None:
            text = read_input(source, what="the case file", max_bytes=services.MAX_CASE_BYTES)
            document = services.parse_case_document(text)
        kwargs["case_data"] = services.merge_fields(document, fields)
        return command(*args, **kwargs)

    for field in reversed(CASE_FIELDS):
        help_text = f"{field.label}: {field.hint}"
        if field.kind == "switch":
            option = click.option(field.flag, _flag_key(field.flag), is_flag=True, help=help_text)
        elif field.kind == "choice":
            choice = click.Choice([value for value, _ in field.choices if value])
            option = click.option(field.flag, _flag_key(field.flag), type=choice, help=help_text)
        else:
            option = click.option(field.flag, _flag_key(field.flag), help=help_text)
        wrapper = option(wrapper)
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


class HoursRange(click.ParamType[tuple[time, time]]):
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


PLAN_FLAGS: tuple[tuple[str, click.ParamType[Any], str], ...] = (
    ("--business-hours", HoursRange(), "The interviewer's working hours [09:00-17:00]."),
    ("--waking-hours", HoursRange(), "Your reasonable hours for an interview [08:00-20:00]."),
    ("--duration", click.IntRange(15, 480), "The interview's length in minutes [60]."),
    ("--slot-days", click.IntRange(1, 30), "Business days over which to propose slots [5]."),
    ("--follow-up-days", click.IntRange(1, 20), "Business days before the follow-up [2]."),
)


def plan_options(command: F) -> F:
    """Add the plan's overridable defaults; pass them as `plan_settings` (None: defaults)."""

    @functools.wraps(command)
    def wrapper(*args: Any, **kwargs: Any) -> Any:  # noqa: ANN401
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
        kwargs["plan_settings"] = None
        if chosen:  # the plan module is imported only when its defaults are overridden
            from secondchance.core.plan import PlanSettings

            kwargs["plan_settings"] = PlanSettings(**chosen)
        return command(*args, **kwargs)

    for flag, kind, help_text in reversed(PLAN_FLAGS):
        wrapper = click.option(flag, type=kind, default=None, help=help_text)(wrapper)
    return wrapper  # type: ignore[return-value]


def out_option(command: F) -> F:
    """Add `--out FILE`, written by `output.write_output` (default: standard output)."""
    return click.option(
        "--out",
        type=click.Path(dir_okay=False, writable=True),
        default=None,
        help="Write to this file instead of standard output.",
    )(command)


# Case ids as the database stores them; a larger number is refused before any query.
CASE_ID = click.IntRange(1, 2**31 - 1)


class CaseRef(click.ParamType[int | BinaryIO]):
    """A stored case's id, or a case JSON file as `kit --case` takes it.

    So `--case` names the same case in every command; a value of digits only is an id.
    """

    name = "case"

    def convert(
        self,
        value: Any,  # noqa: ANN401 - Click passes strings, or defaults as they are
        param: click.Parameter | None,
        ctx: click.Context | None,
    ) -> int | BinaryIO:
        """Return the id as an int, or the opened file."""
        if isinstance(value, int) or str(value).isdecimal():
            return CASE_ID.convert(int(value), param, ctx)
        return cast(BinaryIO, click.File("rb").convert(value, param, ctx))


def read_input(source: BinaryIO, *, what: str, max_bytes: int) -> str:
    """Read and decode at most `max_bytes`; a file that cannot be read is an InputError."""
    from secondchance import services

    try:
        raw = source.read(max_bytes + 1)
    except OSError as error:  # such as /proc/self/mem, or a folder
        name = getattr(source, "name", "-")
        raise services.InputError(
            f"could not read {what} ({name}): {error.strerror or error}"
        ) from None
    return services.decode_input(raw, what=what, max_bytes=max_bytes)


def resolve_now(now: datetime | None) -> datetime:
    """Return `now`, or the real clock: the only place the CLI reads it.

    Raises InputError for a `--now` outside the years the product supports.
    """
    if now is None:
        return datetime.now(UTC)
    from secondchance.core.intake import ensure_sane_time
    from secondchance.services import InputError

    try:
        ensure_sane_time(now, "--now")
    except ValueError as error:
        raise InputError(str(error)) from None
    return now


class Threshold(click.ParamType[tuple[str, str]]):
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


def open_context(db_url: str | None, now: datetime | None = None) -> services.ServiceContext:
    """Build what a command's services run against: its database, its clock and settings.

    The clock stops when the command starts (or at `--now`): what one command checks,
    stores and prints agrees on the time.
    """
    import os

    from secondchance import services

    db = services.database(db_url, os.environ)
    context = services.ServiceContext(db, settings=services.Settings.from_env(os.environ))
    return context.at(resolve_now(now))
