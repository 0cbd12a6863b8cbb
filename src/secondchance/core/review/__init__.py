"""Review an apology draft the way a seasoned recruiter would, and say what to change.

`review(text)` reads the draft as its message type (given, or detected from clear cues), runs
every rule that applies to that type, and returns a `Review`: the findings, a verdict and a
score. Rules are values, gathered here explicitly from the theme modules.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import asdict, dataclass
from typing import Any, Literal

from secondchance.core.message_types import MESSAGE_TYPES, MessageType
from secondchance.core.review import action, form, notes, ownership, tone
from secondchance.core.review.detect import detect_type
from secondchance.core.review.draft import Channel, Draft
from secondchance.core.review.rules import Finding, Rule, Severity
from secondchance.core.review.settings import ReviewSettings

RULES: tuple[Rule, ...] = (
    *ownership.RULES,
    *action.RULES,
    *tone.RULES,
    *form.RULES,
    *notes.RULES,
)
# The twelve codes that PRODUCT.md makes a public interface; never rename these.
PUBLIC_CODES = (
    "BLAME",
    "NO_OWNERSHIP",
    "NO_APOLOGY",
    "NO_RESCHEDULE",
    "NOT_FLEXIBLE",
    "OVER_EXPLAINING",
    "FRUSTRATION",
    "DISHONEST_RED_FLAG",
    "PLACEHOLDER",
    "NO_SUBJECT",
    "UNPROFESSIONAL_TONE",
    "NO_ENTHUSIASM",
)
# Any one of these alone means the draft should be rewritten, not touched up.
REWRITE_CODES = frozenset({"FRUSTRATION", "DISHONEST_RED_FLAG", "NO_APOLOGY"})
MAX_REVIEW_CHARS = 100_000
Verdict = Literal["ready", "revise", "rewrite"]
_PENALTY = {Severity.ERROR: 20, Severity.WARNING: 10, Severity.INFO: 1}
_BANDS: dict[str, tuple[int, int]] = {"ready": (90, 100), "revise": (50, 89), "rewrite": (0, 49)}


@dataclass(frozen=True, slots=True)
class Review:
    """The result of reviewing one draft.

    `message_type` is the type the draft was read as; `type_detected` says whether the
    reviewer worked it out (True) or was told (False). `not_reviewed_from` is the offset where
    trailing text that the writer did not write begins (a quoted reply, a signature after
    "-- ", a legal footer), or None when the whole text was read.

    A dataclass rather than a pydantic model: `secondchance review` must start in under 200 ms,
    and pydantic's import and model building alone cost about a third of that. Pydantic and
    FastAPI still accept it as a field or response type.
    """

    verdict: Verdict
    score: int
    words: int
    message_type: MessageType
    type_detected: bool
    findings: tuple[Finding, ...]
    not_reviewed_from: int | None = None

    def to_dict(self) -> dict[str, Any]:
        """Return the review as plain JSON-ready data."""
        return asdict(self)

    def to_json(self, indent: int | None = 2) -> str:
        """Return the review as JSON text."""
        return json.dumps(self.to_dict(), indent=indent, ensure_ascii=False)


def review(
    text: str,
    channel: Channel = "email",
    subject: str | None = None,
    settings: ReviewSettings | None = None,
    message_type: MessageType | None = None,
    names: Sequence[str] = (),
) -> Review:
    """Review `text` for `channel` as `message_type` (detected when None).

    `subject` overrides a leading 'Subject:' line. `names` (the candidate's, the
    interviewer's) are never read as slang or texting. Offsets in the findings index `text`
    exactly as given. Raises ValueError for a text over MAX_REVIEW_CHARS characters or an
    unknown message type.
    """
    if len(text) > MAX_REVIEW_CHARS:
        raise ValueError(f"the draft is longer than {MAX_REVIEW_CHARS:,} characters")
    if message_type is not None and message_type not in MESSAGE_TYPES:
        raise ValueError(f"{message_type!r} is not a message type; use one of {MESSAGE_TYPES}")
    draft = Draft.parse(text, channel=channel, subject=subject, settings=settings, names=names)
    detected = message_type is None
    kind = detect_type(draft) if message_type is None else message_type
    draft = draft.as_type(kind, given=not detected)
    findings = tuple(
        sorted(
            (
                finding
                for rule in RULES
                if rule.applies(draft, kind)
                for finding in rule.check(draft)
            ),
            key=lambda f: (f.start, f.end, f.code),
        )
    )
    verdict = _verdict(findings)
    return Review(
        verdict=verdict,
        score=_score(findings, verdict),
        words=draft.words,
        message_type=kind,
        type_detected=detected,
        findings=findings,
        not_reviewed_from=_unread_tail(text, draft.body_end),
    )


def _unread_tail(text: str, body_end: int) -> int | None:
    """Return where the text left out of the review starts, if any was left out."""
    tail = text[body_end:].lstrip()
    return len(text) - len(tail) if tail else None


def _verdict(findings: tuple[Finding, ...]) -> Verdict:
    codes = {f.code for f in findings if f.severity is not Severity.INFO}
    if codes & REWRITE_CODES or {"BLAME", "NO_OWNERSHIP"} <= codes or len(codes) >= 3:
        return "rewrite"
    return "revise" if codes else "ready"


def _score(findings: tuple[Finding, ...], verdict: Verdict) -> int:
    """Score 0-100 from the distinct codes' severities, kept inside the verdict's band."""
    severities = {f.code: f.severity for f in findings}
    raw = 100 - sum(_PENALTY[severity] for severity in severities.values())
    low, high = _BANDS[verdict]
    return max(low, min(high, raw))


__all__ = [
    "MESSAGE_TYPES",
    "PUBLIC_CODES",
    "RULES",
    "Finding",
    "MessageType",
    "Review",
    "ReviewSettings",
    "Severity",
    "review",
]
