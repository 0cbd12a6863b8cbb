"""Review an apology draft the way a seasoned recruiter would, and say what to change.

`review(text)` runs every rule in `RULES` over the draft and returns a `Review`: the findings,
a verdict and a score. Rules are values, gathered here explicitly from the theme modules.
"""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass
from typing import Any, Literal

from secondchance.core.review import action, form, notes, ownership, tone
from secondchance.core.review.rules import (
    Channel,
    Draft,
    Finding,
    ReviewSettings,
    Rule,
    Severity,
)

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

    A dataclass rather than a pydantic model: `secondchance review` must start in under 200 ms,
    and pydantic's import and model building alone cost about a third of that. Pydantic and
    FastAPI still accept it as a field or response type.
    """

    verdict: Verdict
    score: int
    words: int
    findings: tuple[Finding, ...]

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
) -> Review:
    """Review `text` for `channel`; `subject` overrides a leading 'Subject:' line.

    Offsets in the findings index `text` exactly as given. Raises ValueError for a text over
    MAX_REVIEW_CHARS characters.
    """
    if len(text) > MAX_REVIEW_CHARS:
        raise ValueError(f"the draft is longer than {MAX_REVIEW_CHARS:,} characters")
    draft = Draft.parse(text, channel=channel, subject=subject, settings=settings)
    findings = tuple(
        sorted(
            (finding for rule in RULES for finding in rule.check(draft)),
            key=lambda f: (f.start, f.end, f.code),
        )
    )
    verdict = _verdict(findings)
    return Review(
        verdict=verdict, score=_score(findings, verdict), words=draft.words, findings=findings
    )


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


__all__ = ["PUBLIC_CODES", "RULES", "Finding", "Review", "ReviewSettings", "Severity", "review"]
