"""Export and import of every tracked case, between machines."""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import TYPE_CHECKING

from secondchance.services.inputs import InputError, load_json

if TYPE_CHECKING:
    from pydantic import ValidationError

    from secondchance.services.context import ServiceContext
    from secondchance.store.repo import ImportResult

# The core is imported inside each function: a command pays only for what it uses.


def export_cases(context: ServiceContext) -> str:
    """Export every case as deterministic JSON: the same data always gives the same text."""
    return "".join(export_chunks(context))


def export_chunks(context: ServiceContext) -> Iterator[str]:
    """Yield the export a case at a time, in exactly the text of one big `json.dumps`.

    Written as `json.dumps(document, indent=2, sort_keys=True)` would write it, so that a
    large store streams to its file in flat memory.
    """
    from secondchance.core.transfer import EXPORT_VERSION

    yield '{\n  "cases": ['
    first = True
    with context.db.reading() as store:
        for case in store.export():
            text = json.dumps(case, indent=2, sort_keys=True, ensure_ascii=False)
            yield ("\n" if first else ",\n") + "    " + text.replace("\n", "\n    ")
            first = False
    yield ("]" if first else "\n  ]") + f',\n  "version": {EXPORT_VERSION}\n}}\n'


def import_cases(context: ServiceContext, text: str) -> ImportResult:
    """Import an export in one transaction; cases already present (by UUID) are left alone.

    Everything is validated first, as strictly as live input; raises InputError naming the
    case and the field at the first problem, and then nothing is stored.
    """
    from pydantic import ValidationError

    from secondchance.core.transfer import Export

    data = load_json(text, what="the import")
    if not isinstance(data, dict) or not isinstance(data.get("cases"), list):
        raise InputError('not a secondchance export: expected an object with a "cases" list')
    try:
        export = Export.model_validate(data)
    except ValidationError as error:
        raise InputError(f"not a valid secondchance export: {_first_problem(error)}") from None
    with context.db.store() as store:
        return store.import_(export)


def _first_problem(error: ValidationError) -> str:
    """Name the first invalid field as 'case N, events.0.at: message'."""
    from secondchance.wording import problems

    problem = problems(error)[0]
    where = list(problem.loc)
    names = []
    if where[:1] == ["cases"] and len(where) > 1:
        names.append(f"case {int(where[1]) + 1}")
        where = where[2:]
    if where:
        names.append(".".join(str(part) for part in where))
    return f"{', '.join(names) or 'the file'}: {problem.terse}"
