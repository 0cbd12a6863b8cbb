"""The intake form: from posted fields to a case document, and errors back to each field."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from pydantic import ValidationError

from secondchance.core.fields import CASE_FIELDS

# Each form field is named by the case document path it fills (core.fields lists them all).
TEXT_FIELDS = tuple(field.path for field in CASE_FIELDS if field.kind != "switch")
CHECKBOXES = tuple(field.path for field in CASE_FIELDS if field.kind == "switch")
LABELS = {field.path: field.label for field in CASE_FIELDS}
RECRUITER_FIELDS = ("recruiter.name", "recruiter.email", "recruiter.phone")
DEFAULTED = ("candidate.timezone", "interviewer.timezone")  # filled from the interview's zone


def form_values(form: Mapping[str, Any]) -> dict[str, str]:
    """Keep what the user typed, as typed, to show it again after an error."""
    values = {name: str(form.get(name, "")) for name in TEXT_FIELDS}
    values.update({name: "on" if form.get(name) else "" for name in CHECKBOXES})
    return values


def case_document(values: Mapping[str, str]) -> dict[str, Any]:
    """Build the case document from the form; blank optional fields are left out."""
    from secondchance.services import merge_fields

    fields: dict[str, Any] = {
        name: value.strip() if name != "note" else value
        for name, value in values.items()
        if name in TEXT_FIELDS and value.strip()
    }
    # A recruiter's email or phone alone would make an invalid recruiter; ask for the name.
    if any(fields.get(name) for name in RECRUITER_FIELDS) and not fields.get("recruiter.name"):
        fields["recruiter.name"] = ""
    fields.update({name: True for name in CHECKBOXES if values.get(name)})
    return merge_fields({}, fields)


def field_errors(error: ValidationError, values: Mapping[str, str]) -> dict[str, str]:
    """Map each validation error to the form field it belongs to.

    A person's zone left blank is filled from the interview's; its error belongs to the zone
    the user typed, not to the blank one.
    """
    errors: dict[str, str] = {}
    for item in error.errors(include_url=False):
        path = ".".join(str(part) for part in item["loc"])
        message = item["msg"].removeprefix("Value error, ")
        if item["type"] == "missing":
            message = "This is required."
        name = path if path in TEXT_FIELDS or path in CHECKBOXES else _closest(path)
        if name in DEFAULTED and not values.get(name, "").strip():
            continue
        errors.setdefault(name, message)
    return errors


def _closest(path: str) -> str:
    # A whole-object error (say, "interview" not missed yet) belongs to its first field.
    for name in TEXT_FIELDS:
        if name.startswith(path + ".") or name == path:
            return name
    return "form"
