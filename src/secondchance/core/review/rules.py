"""The machinery of the reviewer: findings, rules as values, and the matcher kinds.

A rule is a value. Its matcher reads a `Draft` and yields spans of the original text; the rule
turns each span into a `Finding`. The phrasings live as data (families/*.toml); a matcher is
`missing(...)` or a plain function that reads those families in their sentences.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from enum import StrEnum

from secondchance.core.message_types import MessageType
from secondchance.core.review import learned
from secondchance.core.review.draft import Channel, Draft, Span


class Severity(StrEnum):
    """How much a finding matters; info notes never change the verdict."""

    ERROR = "error"
    WARNING = "warning"
    INFO = "info"


@dataclass(frozen=True, slots=True)
class Finding:
    """One thing to change, with its place in the text exactly as it was read."""

    code: str
    title: str  # the code in a few plain words, for people
    severity: Severity
    start: int
    end: int
    excerpt: str
    message: str
    suggestion: str | None = None


Matcher = Callable[[Draft], Iterable[Span]]


def missing(present: Callable[[Draft], bool]) -> Matcher:
    """Match the whole body once when `present` says the element is not there."""

    def match(draft: Draft) -> Iterator[Span]:
        if draft.body.strip() and not present(draft):
            yield draft.body_span

    return match


@dataclass(frozen=True, slots=True)
class Rule:
    """A review rule as data: what it flags, why, where it applies, and examples the tests run.

    `source` says why the rule exists: a section of the article or a study. Every rule must
    carry at least one failing and one passing example; `examples_pass` must yield no finding
    of this rule's code, and `examples_fail` at least one (reviewed as the rule's first type).
    `types` are the message types the rule applies to: a decline reply needs no new time.
    `learned` lets the learned layer add the code where the matcher finds nothing and the
    model is sure (see `learned`), pointing at the sentence that weighs most towards it.
    """

    code: str
    title: str  # the code in a few plain words, for people
    severity: Severity
    message: str
    match: Matcher
    source: str
    examples_fail: tuple[str, ...]
    examples_pass: tuple[str, ...]
    suggestion: str | None = None
    channels: tuple[Channel, ...] = ("email", "linkedin", "text")
    types: tuple[MessageType, ...] | None = None  # None: every type
    # For suggestions that depend on what was matched, e.g. the reframe of a blunt reason.
    suggest: Callable[[Draft, Span], str | None] | None = None
    learned: bool = False

    def applies(self, draft: Draft, message_type: MessageType) -> bool:
        """Tell whether this rule reads drafts of this channel and type."""
        return draft.channel in self.channels and (self.types is None or message_type in self.types)

    def check(self, draft: Draft) -> Iterator[Finding]:
        """Yield one finding per matched span."""
        for start, end in list(self.match(draft)) or self._learned_span(draft):
            yield Finding(
                code=self.code,
                title=self.title,
                severity=self.severity,
                start=start,
                end=end,
                excerpt=draft.text[start:end][:200],
                message=self.message,
                suggestion=self.suggest(draft, (start, end)) if self.suggest else self.suggestion,
            )

    def _learned_span(self, draft: Draft) -> list[Span]:
        if self.learned and learned.adds(draft, self.code):
            return [learned.strongest_sentence(draft, self.code)]
        return []
