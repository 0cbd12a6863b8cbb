"""The one facade that the CLI, the web pages and the API call: input, core, store and mail.

Interface layers hand raw input here and get core models back; they never reach into `core/`
or the store for business rules themselves. One module per use case; every public name is
re-exported here, so callers write `services.add_case(...)` whichever module holds it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from secondchance.services.cases import (
    add_case,
    case_fields,
    case_kit,
    case_label,
    case_plan,
    count_cases,
    current_case,
    delete_case,
    due,
    edit_case,
    edit_form,
    get_case,
    kit_view,
    list_cases,
    log_event,
    show_case,
    stored_plan,
    update_case,
)
from secondchance.services.composing import (
    build_kit,
    build_plan,
    mailto_url_for,
)
from secondchance.services.database import (
    Database,
    database,
    database_url,
)
from secondchance.services.delivery import (
    message_eml,
    message_mailto,
    outbox,
    retry_outbox,
    send_message,
)
from secondchance.services.drafts import (
    case_names,
    names_of,
    review_draft,
    review_settings,
)
from secondchance.services.ics import (
    case_reminders_ics,
    interview_ics,
    reminders_ics,
)
from secondchance.services.inputs import (
    MAX_CASE_BYTES,
    MAX_DRAFT_BYTES,
    InputError,
    decode_input,
    load_json,
    merge_fields,
    overlay,
    parse_case,
    parse_case_document,
)
from secondchance.services.transfer import (
    export_cases,
    export_chunks,
    import_cases,
)

if TYPE_CHECKING:
    from secondchance.services.context import Clock, ServiceContext, Settings, system_clock

# The context is loaded on first use: `kit` and `plan` never build one, and start without it.
_FROM_CONTEXT = frozenset({"Clock", "ServiceContext", "Settings", "system_clock"})


def __getattr__(name: str) -> object:
    """Load the context's names when first asked for."""
    if name in _FROM_CONTEXT:
        from secondchance.services import context

        return getattr(context, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


__all__ = [
    "Clock",
    "Database",
    "InputError",
    "MAX_CASE_BYTES",
    "MAX_DRAFT_BYTES",
    "ServiceContext",
    "Settings",
    "add_case",
    "build_kit",
    "build_plan",
    "case_fields",
    "case_kit",
    "case_label",
    "case_names",
    "case_plan",
    "case_reminders_ics",
    "count_cases",
    "current_case",
    "database",
    "database_url",
    "decode_input",
    "delete_case",
    "due",
    "edit_case",
    "edit_form",
    "export_cases",
    "export_chunks",
    "get_case",
    "import_cases",
    "interview_ics",
    "kit_view",
    "list_cases",
    "parse_case",
    "load_json",
    "log_event",
    "mailto_url_for",
    "merge_fields",
    "message_eml",
    "message_mailto",
    "names_of",
    "outbox",
    "overlay",
    "parse_case_document",
    "reminders_ics",
    "retry_outbox",
    "review_draft",
    "review_settings",
    "send_message",
    "show_case",
    "stored_plan",
    "system_clock",
    "update_case",
]
