"""Reviewing a draft the user wrote."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING

from secondchance.services.cases import get_case
from secondchance.services.inputs import InputError

if TYPE_CHECKING:
    from secondchance.core.intake import Case
    from secondchance.core.message_types import MessageType
    from secondchance.core.review import Review, ReviewSettings
    from secondchance.core.review.draft import Channel
    from secondchance.services.context import ServiceContext

# The core is imported inside each function: a command pays only for what it uses.


def review_draft(
    text: str,
    channel: Channel = "email",
    subject: str | None = None,
    thresholds: Mapping[str, str] | None = None,
    message_type: MessageType | None = None,
    names: Sequence[str] = (),
) -> Review:
    """Review a draft as `message_type` (detected when None).

    `names` are the people and company the draft is about (see `case_names`): never read as
    slang or texting. Raises InputError for a draft over the size cap or a bad threshold.
    """
    from secondchance.core.review import MAX_REVIEW_CHARS, review

    if len(text) > MAX_REVIEW_CHARS:
        raise InputError(f"the draft is longer than the {MAX_REVIEW_CHARS:,}-character limit")
    if not text.strip():
        raise InputError("the draft is empty; paste or pipe in the text to review")
    settings = review_settings(thresholds)
    return review(
        text,
        channel=channel,
        subject=subject,
        settings=settings,
        message_type=message_type,
        names=names,
    )


def case_names(context: ServiceContext, case_id: int) -> tuple[str, ...]:
    """Return the names a stored case knows, for reviewing a draft written for it.

    Raises CaseNotFound for an unknown id.
    """
    return names_of(get_case(context, case_id).case)


def names_of(case: Case) -> tuple[str, ...]:
    """Return the candidate's, interviewer's and recruiter's names and the company's."""
    people = [case.candidate.name, case.interviewer.name, case.interviewer.address_as]
    if case.recruiter:
        people += [case.recruiter.name, case.recruiter.address_as]
    return tuple(name for name in (*people, case.company) if name)


def review_settings(thresholds: Mapping[str, str] | None) -> ReviewSettings:
    """Build reviewer settings from NAME=VALUE overrides, or raise InputError."""
    from secondchance.core.review import ReviewSettings

    try:
        return ReviewSettings.from_overrides(thresholds or {})
    except ValueError as error:
        raise InputError(f"bad threshold: {error}") from None
