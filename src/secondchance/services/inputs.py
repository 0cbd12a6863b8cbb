"""Raw input from the three front ends: bytes, JSON and case documents, parsed one way."""

from __future__ import annotations

import json
from collections.abc import Mapping
from datetime import datetime
from typing import TYPE_CHECKING, Any

from secondchance.core.errors import UserError

if TYPE_CHECKING:
    from secondchance.core.intake import Case, LocalTime

# The core is imported inside each function: a command pays only for what it uses.


MAX_CASE_BYTES = 256 * 1024
MAX_DRAFT_BYTES = 400 * 1024


class InputError(UserError):
    """Input that cannot be used, with a message fit to show the user as it is."""


def decode_input(raw: bytes, *, what: str, max_bytes: int) -> str:
    """Decode user-supplied bytes as UTF-8 within a size cap, or raise InputError."""
    if len(raw) > max_bytes:
        raise InputError(f"{what} is larger than the {max_bytes // 1024} KiB limit")
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        raise InputError(f"{what} is not valid UTF-8 (byte {error.start})") from None


def load_json(text: str, *, what: str) -> Any:  # noqa: ANN401 - any JSON value
    """Parse JSON, or raise InputError for bad syntax or nesting too deep to read."""
    try:
        return json.loads(text)
    except json.JSONDecodeError as error:
        raise InputError(
            f"{what} is not valid JSON: {error.msg} at line {error.lineno}, column {error.colno}"
        ) from None
    except RecursionError:
        raise InputError(f"{what} is nested too deeply to be a secondchance document") from None
    except ValueError:  # a number too long to convert (Python's 4,300-digit limit)
        raise InputError(f"{what} holds a number too long to be part of a case") from None


def parse_case_document(text: str) -> dict[str, Any]:
    """Parse a case JSON document into a dict, or raise InputError."""
    if not text.strip():
        return {}
    data = load_json(text, what="the case")
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


def overlay(base: Mapping[str, Any], changes: Mapping[str, Any]) -> dict[str, Any]:
    """Lay `changes` over `base`, object by object: what `changes` leaves out stays."""
    merged = dict(base)
    for key, value in changes.items():
        below = merged.get(key)
        if isinstance(value, Mapping) and isinstance(below, Mapping):
            merged[key] = overlay(below, value)
        else:
            merged[key] = value
    return merged


def parse_case(
    raw: Mapping[str, Any] | bytes | str, now: datetime, kept_new_time: LocalTime | None = None
) -> Case:
    """Validate a case as of `now`, from a document or its JSON text; raises ValidationError.

    The one way in for a case from the CLI, the API and the pages. JSON text is validated as
    it is parsed, in one pass. `kept_new_time` is the agreed new time already stored: an edit
    that keeps it is not refused for it having passed since (#19).
    """
    from secondchance.core.intake import KEPT_NEW_TIME, Case

    context = {"now": now, KEPT_NEW_TIME: kept_new_time}
    if isinstance(raw, bytes | str):
        return Case.model_validate_json(raw, context=context)
    return Case.model_validate(raw, context=context)
