"""Every error a person can see, in plain words: one table, shared by the web forms and the API.

The validators and the services speak in terms a developer reads ("IANA", "ISO 3166",
"String should have at most 2 characters"). A person who has just missed an interview reads
this table instead (#20). Each row has a stable id, so that tests and the API can name a
message without depending on its wording.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any, Protocol


@dataclass(frozen=True, slots=True)
class Wording:
    """One plain message, and how to recognise the raw error it replaces."""

    id: str
    text: str  # may name the raw error's context values, e.g. {max_length}
    kinds: tuple[str, ...] = ()  # pydantic error types this row answers
    pattern: str = ""  # or a search in the raw message; its groups fill {0}, {1}...

    def matches(self, kind: str, raw: str) -> re.Match[str] | None:
        """Return a match when this row explains the raw error."""
        if kind in self.kinds:
            return re.match("", raw)
        return re.search(self.pattern, raw) if self.pattern else None


TABLE: tuple[Wording, ...] = (
    Wording("required", "Please fill this in.", kinds=("missing",), pattern=r"^must not be blank$"),
    Wording(
        "one_line",
        "Please keep this to one line, without invisible characters.",
        pattern=r"single line without control characters",
    ),
    Wording(
        "control_characters",
        "Please remove the invisible characters pasted into this text.",
        pattern=r"must not contain control characters",
    ),
    Wording(
        "too_long",
        "This is too long: please keep it under {max_length} characters.",
        kinds=("string_too_long",),
    ),
    Wording(
        "too_many_words",
        "This is too long: please keep it under {0} words.",
        pattern=r"at most (\d+) words",
    ),
    Wording(
        "zone",
        "We don't know that time zone. Please choose the city or country from the list.",
        pattern=r"is not a known IANA time zone",
    ),
    Wording(
        "email_ascii",
        "Please use an address with plain letters before the @: this version cannot send to"
        " accented letters there.",
        pattern=r"has letters outside ASCII|Internationalized characters before the @",
    ),
    Wording(
        "email",
        "This doesn't look like an email address. It should look like name@example.com.",
        pattern=r"is not a valid email address",
    ),
    Wording(
        "encoded_word",
        "Please remove the '=?' and '?=' from this: mail programs would read the text between"
        " them as hidden instructions (an encoded header word).",
        pattern=r"encoded\s+header word",
    ),
    Wording(
        "phone_form",
        "Please write the number with + and the country code first, like +44 20 7946 0958.",
        pattern=r"not a phone number in international form",
    ),
    Wording(
        "phone_digits",
        "This number doesn't fit its country code. Please check the digits.",
        pattern=r"not a valid phone number for its country code",
    ),
    Wording(
        "web_address",
        "Please give the whole web address, starting with https://.",
        pattern=r"must be a web address",
    ),
    Wording(
        "country", "Please choose the country from the list.", pattern=r"is not an ISO 3166 country"
    ),
    Wording(
        "date_time",
        "Please give a date and a time, such as 26 November 2026 at 09:30.",
        kinds=("datetime_parsing", "datetime_from_date_parsing", "datetime_type"),
        pattern=r"must be a wall time|must look like",
    ),
    Wording(
        "year_range",
        "This date looks wrong. Please check the year.",
        pattern=r"outside the years 2000 to 2099",
    ),
    Wording(
        "not_missed_yet",
        "This interview is still more than 12 hours away, so it hasn't been missed yet."
        " If you know you can't make it, come back on the day.",
        pattern=r"has not been missed yet",
    ),
    Wording(
        "new_time_past",
        "That time has already passed. Please choose a time that is still to come.",
        pattern=r"is not in the future",
    ),
    Wording(
        "new_time_far",
        "That time is more than a year away. Please choose one within the next year.",
        pattern=r"more than a year ahead",
    ),
    Wording(
        "new_time_before_miss",
        "The new time must come after the interview you missed.",
        pattern=r"must come after the missed interview",
    ),
    Wording(
        "clocks_skip",
        "That time doesn't exist that day: the clocks jump forward over it. Please pick another.",
        pattern=r"the clocks skip it",
    ),
    Wording(
        "clocks_repeat",
        "That time happens twice that night, as the clocks go back. Please pick another hour.",
        pattern=r"happens twice in",
    ),
    Wording("choice", "Please choose one of the options offered.", kinds=("literal_error", "enum")),
    Wording(
        "case_number",
        "There is no case at this address. Please open it from the list of cases.",
        kinds=("int_parsing", "greater_than_equal", "less_than_equal"),
    ),
    Wording(
        "event_not_now",
        "That step can't be logged at this stage of the case.",
        pattern=r"cannot be logged while the case is",
    ),
    Wording(
        "no_case",
        "There is no case with this number. It may have been deleted; your cases are under Cases.",
        pattern=r"^there is no case",
    ),
    Wording(
        "not_in_kit",
        "That message is not part of this case's kit. Please choose one on the kit page.",
        pattern=r"is not in this case's kit",
    ),
    Wording(
        "slot_gone",
        "That proposed time is no longer on the list. Please choose one on the kit page.",
        pattern=r"--slot must be between",
    ),
    Wording(
        "not_an_export",
        "This file is not a secondchance export, so nothing was imported.",
        pattern=r"not (?:a |a valid )?secondchance export|not valid JSON|nested too deeply|"
        r"not valid UTF-8|larger than the \d+ KiB limit",
    ),
    Wording(
        "recruiter_needed",
        "You said you spoke to the recruiter: please give the recruiter's name too, or choose"
        " another answer.",
        pattern=r'contact "recruiter" needs the recruiter',
    ),
    Wording(
        "minutes_only_late",
        'Minutes late go only with the answer "Yes, but late": please clear them or change the'
        " answer.",
        pattern=r"late_minutes goes only with attend",
    ),
    Wording(
        "form_expired",
        "The page had been open too long, so nothing was saved. Please press the button again.",
        pattern=r"form expired or came from elsewhere",
    ),
)
FALLBACK = Wording("other", "This answer needs another look.")
# For an error page, where there is no answer to look at again.
PAGE_FALLBACK = Wording("other_page", "That could not be done. Please go back and try again.")
BY_ID = {row.id: row for row in (*TABLE, FALLBACK, PAGE_FALLBACK)}


def find(kind: str, raw: str, fallback: Wording = FALLBACK) -> tuple[Wording, re.Match[str] | None]:
    """Return the row that explains an error, and the match that fills its blanks."""
    for row in TABLE:
        found = row.matches(kind, raw)
        if found is not None:
            return row, found
    return fallback, None


def plain(
    raw: str,
    kind: str = "",
    context: Mapping[str, Any] | None = None,
    fallback: Wording = FALLBACK,
) -> str:
    """Say an error in plain words: `raw` is its message, `kind` its pydantic type, if any."""
    row, found = find(kind, raw.removeprefix("Value error, "), fallback)
    groups = found.groups() if found else ()
    return row.text.format(*groups, **dict(context or {}))


def plain_id(raw: str, kind: str = "") -> str:
    """Return the id of the row that explains an error (for the API and for tests)."""
    return find(kind, raw.removeprefix("Value error, "))[0].id


class _FieldErrors(Protocol):
    """pydantic's ValidationError and FastAPI's RequestValidationError alike."""

    def errors(self) -> Sequence[Any]: ...


# Pydantic's words for these two, in the terse register of the CLI and of stored files.
_TERSE = {"missing": "is required", "extra_forbidden": "is not a known field"}


@dataclass(frozen=True, slots=True)
class Problem:
    """One refused field of a validation error, as every front end describes it."""

    loc: tuple[str | int, ...]
    kind: str  # pydantic's error type
    raw: str  # the validator's own words
    context: Mapping[str, Any] | None = None

    @property
    def where(self) -> str:
        """The field's dotted path; empty when the problem is the whole document."""
        return ".".join(str(part) for part in self.loc)

    @property
    def terse(self) -> str:
        """The problem for a terminal or a log: the validator's words, lightly trimmed."""
        return _TERSE.get(self.kind, self.raw.removeprefix("Value error, "))

    @property
    def plain(self) -> str:
        """The problem for a person on a page or in the API, from the table above."""
        return plain(self.raw, self.kind, self.context)

    def __str__(self) -> str:
        return f"{self.where}: {self.terse}" if self.where else self.terse


def problems(error: _FieldErrors) -> list[Problem]:
    """Describe each field a validation error refuses: the one describer of them all (#19)."""
    return [
        Problem(
            loc=tuple(item.get("loc", ())),
            kind=str(item.get("type", "")),
            raw=str(item.get("msg", "")),
            context=item.get("ctx"),
        )
        for item in error.errors()
    ]


# Reviewer findings whose message names a CLI flag: on the web page they say what to do there.
WEB_FINDINGS = {
    "SUBJECT_UNKNOWN": "No subject was given, so it was not checked. Start the draft with a"
    " 'Subject:' line to have it checked too.",
}
