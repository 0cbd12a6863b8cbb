"""The one facade that the CLI (and later the web app) calls: input parsing plus the core.

Interface layers hand raw input here and get core models back; they never reach into `core/`
for business rules themselves.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from datetime import datetime
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from secondchance.core.compose import Kit
    from secondchance.core.intake import Case
    from secondchance.core.review import Review, ReviewSettings
    from secondchance.core.review.rules import Channel

# The core is imported inside each function: a CLI command pays only for what it uses
# (see the start-up budget in the README).

MAX_CASE_BYTES = 256 * 1024
MAX_DRAFT_BYTES = 400 * 1024


class InputError(ValueError):
    """Input that cannot be used, with a message fit to show the user as it is."""


def decode_input(raw: bytes, *, what: str, max_bytes: int) -> str:
    """Decode user-supplied bytes as UTF-8 within a size cap, or raise InputError."""
    if len(raw) > max_bytes:
        raise InputError(f"{what} is larger than the {max_bytes // 1024} KiB limit")
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        raise InputError(f"{what} is not valid UTF-8 (byte {error.start})") from None


def parse_case_document(text: str) -> dict[str, Any]:
    """Parse a case JSON document into a dict, or raise InputError."""
    if not text.strip():
        return {}
    try:
        data = json.loads(text)
    except json.JSONDecodeError as error:
        raise InputError(
            f"the case is not valid JSON: {error.msg} at line {error.lineno}, column {error.colno}"
        ) from None
    if not isinstance(data, dict):
        raise InputError("the case must be a JSON object")
    return data


def merge_fields(document: Mapping[str, Any], fields: Mapping[str, Any]) -> dict[str, Any]:
    """Overlay dotted-path fields (`candidate.name`) on a case document."""
    merged: dict[str, Any] = json.loads(json.dumps(document))
    for path, value in fields.items():
        *parents, leaf = path.split(".")
        node = merged
        for key in parents:
            child = node.get(key)
            if not isinstance(child, dict):
                child = {}
                node[key] = child
            node = child
        node[leaf] = value
    return merged


def load_case(data: Mapping[str, Any], now: datetime) -> Case:
    """Validate a case document as of `now`; raises pydantic.ValidationError."""
    from secondchance.core.intake import Case

    return Case.model_validate(data, context={"now": now})


def build_kit(case: Case, now: datetime, slots: tuple[datetime, ...] = ()) -> Kit:
    """Compose the recovery kit for a validated case."""
    from secondchance.core.compose import compose_kit

    return compose_kit(case, now, slots)


def review_draft(
    text: str,
    channel: Channel = "email",
    subject: str | None = None,
    thresholds: Mapping[str, str] | None = None,
) -> Review:
    """Review a draft; raises InputError for a draft over the size cap or a bad threshold."""
    from secondchance.core.review import MAX_REVIEW_CHARS, review

    if len(text) > MAX_REVIEW_CHARS:
        raise InputError(f"the draft is longer than the {MAX_REVIEW_CHARS:,}-character limit")
    return review(text, channel=channel, subject=subject, settings=review_settings(thresholds))


def review_settings(thresholds: Mapping[str, str] | None) -> ReviewSettings:
    """Build reviewer settings from NAME=VALUE overrides, or raise InputError."""
    from secondchance.core.review import ReviewSettings

    try:
        return ReviewSettings.from_overrides(thresholds or {})
    except ValueError as error:
        raise InputError(f"bad threshold: {error}") from None
