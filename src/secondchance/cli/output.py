"""Plain-text renderings of results for the terminal."""

from __future__ import annotations

import os
from collections.abc import Iterable
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any, BinaryIO

import click

from secondchance.render import MESSAGE_TITLES, both_zones

if TYPE_CHECKING:
    from pydantic import ValidationError

    from secondchance.core.compose import Kit
    from secondchance.core.delivery import OutboxEntry
    from secondchance.core.intake import Case
    from secondchance.core.plan import Plan
    from secondchance.core.review import Review


def write_output(out: str | None, data: bytes | Iterable[bytes], private: bool = False) -> None:
    """Write a result (bytes, or chunks of them) to the file `out`, or to standard output.

    A `private` file (one holding notes or history) is created readable by its owner only.
    """
    chunks = [data] if isinstance(data, bytes) else data
    if not out or out == "-":
        for chunk in chunks:
            click.echo(chunk, nl=False)  # bytes go to the binary stream as they are
        return
    try:
        with _open_for_writing(Path(out), private) as handle:
            for chunk in chunks:
                handle.write(chunk)
    except OSError as error:
        from secondchance.core.errors import UserError

        raise UserError(f"cannot write {out}: {error.strerror or error}") from None


def _open_for_writing(path: Path, private: bool) -> BinaryIO:
    if not private:
        return path.open("wb")
    descriptor = os.open(path, os.O_CREAT | os.O_WRONLY | os.O_TRUNC, 0o600)
    os.fchmod(descriptor, 0o600)  # an existing file keeps its mode unless told
    return os.fdopen(descriptor, "wb")


def outbox_line(entry: OutboxEntry) -> str:
    """Describe an outbox entry on one line."""
    error = f" – {entry.last_error}" if entry.last_error else ""
    return (
        f"#{entry.id} case {entry.case_id} {entry.message_id}: {entry.status}"
        f" after {entry.attempts} attempt(s){error}"
    )


def json_list(items: list[Any]) -> str:
    """Serialise a list of models as a JSON array."""
    return "[" + ",".join(item.model_dump_json() for item in items) + "]"


def format_kit(kit: Kit) -> str:
    """Render a kit as plain text for the terminal."""
    blocks = []
    for message_id, message in kit.messages.items():
        title = f"== {MESSAGE_TITLES[message_id]} ({message.channel}, {message.words} words) =="
        head = [title]
        if message.send_when:
            head.append(f"When: {message.send_when}")
        if message.to:
            head.append("To: " + ", ".join(message.to))
        if message.cc:
            head.append("Cc: " + ", ".join(message.cc))
        if message.subject:
            head.append(f"Subject: {message.subject}")
        blocks.append("\n".join(head) + "\n\n" + message.full_text)
    if kit.notes:
        blocks.append("\n".join(f"Note: {note}" for note in kit.notes))
    return "\n\n".join(blocks)


def format_plan(plan: Plan, case: Case, now: datetime) -> str:
    """Render the plan with every time in both zones, each with its abbreviation."""
    me, them = case.candidate.name, case.interviewer.name
    lines = [f"Recovery plan as of {both_zones(now, case)}", ""]
    for number, action in enumerate(plan.actions, start=1):
        overdue = " (due now)" if action.due <= now else ""
        uses = f" – use: {MESSAGE_TITLES[action.message_id]}" if action.message_id else ""
        lines.append(f"{number:>2}. {action.title}{overdue}")
        lines.append(f"    {both_zones(action.due, case)}   [{action.channel}{uses}]")
        lines.append(f"    {action.why}")
    if plan.slots:
        lines += ["", f"New times to propose (for {them}, then for {me}):"]
    for number, slot in enumerate(plan.slots, start=1):
        night = "  (outside your waking hours)" if slot.outside_candidate_hours else ""
        lines.append(f"  {number}. {both_zones(slot.start, case, slot.end)}{night}")
    if plan.warnings:
        lines += ["", *(f"Note: {warning}" for warning in plan.warnings)]
    return "\n".join(lines)


def format_review(result: Review, text: str, name: str) -> str:
    """Render a review like a linter: path:line:column, severity, code, excerpt, advice."""
    lines = []
    for finding in result.findings:
        line = text.count("\n", 0, finding.start) + 1
        column = finding.start - (text.rfind("\n", 0, finding.start) + 1) + 1
        excerpt = " ".join(finding.excerpt.split())
        if len(excerpt) > 60:
            excerpt = excerpt[:57] + "..."
        lines.append(
            f"{name}:{line}:{column}: {finding.severity.value} {finding.code} ({finding.title})"
        )
        if excerpt:
            lines.append(f'    "{excerpt}"')
        lines.append(f"    {finding.message}")
        if finding.suggestion:
            lines.append(f"    Try: {finding.suggestion}")
    count = len(result.findings)
    how = "detected; pass --type if that is wrong" if result.type_detected else "as given"
    lines.append(f"type: {result.message_type} ({how})")
    if result.not_reviewed_from is not None:
        line = text.count("\n", 0, result.not_reviewed_from) + 1
        lines.append(f"not reviewed: line {line} on (a quoted reply, signature or legal footer)")
    lines.append(
        f"verdict: {result.verdict} (score {result.score}/100), {result.words} words,"
        f" {count} finding{'' if count == 1 else 's'}"
    )
    return "\n".join(lines)


def format_validation_error(error: ValidationError) -> str:
    """Turn a pydantic error into one readable line per field."""
    from secondchance.wording import problems

    lines = ["The case has problems:"]
    lines += [f"  {problem.where or 'case'}: {problem.terse}" for problem in problems(error)[:20]]
    return "\n".join(lines)
