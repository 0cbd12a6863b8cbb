"""The machinery of the reviewer: the parsed draft, findings, rules and matcher kinds.

A rule is a value. Its matcher reads a `Draft` and yields spans of the original text; the rule
turns each span into a `Finding`. Matchers are a few declarative kinds plus plain functions.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Callable, Iterable, Iterator, Mapping
from dataclasses import dataclass, field, fields
from enum import StrEnum
from functools import cached_property
from typing import Literal, TypeVar

from secondchance.core.review.lexicon import (
    INTENSIFIER,
    INTENSIFIER_WORDS,
    Lexeme,
    present_in,
)
from secondchance.core.text import count_words

Channel = Literal["email", "linkedin", "text"]
Span = tuple[int, int]
T = TypeVar("T")


class Severity(StrEnum):
    """How much a finding matters; info notes never change the verdict."""

    ERROR = "error"
    WARNING = "warning"
    INFO = "info"


@dataclass(frozen=True, slots=True)
class Finding:
    """One thing to change, with its place in the text exactly as it was read."""

    code: str
    severity: Severity
    start: int
    end: int
    excerpt: str
    message: str
    suggestion: str | None = None


@dataclass(frozen=True, slots=True)
class ReviewSettings:
    """Thresholds that a user may override; the defaults are documented in the README."""

    max_words: int = 200  # OVER_EXPLAINING beyond this (greeting and sign-off included)
    target_words: int = 150  # a LENGTH note beyond this, for email
    short_channel_words: int = 100  # a LENGTH note beyond this, for LinkedIn and text
    max_sentence_words: int = 35  # a LONG_SENTENCE note beyond this
    max_grade: float = 12.0  # a READABILITY note when the Flesch-Kincaid grade is higher
    max_apologies: int = 3  # an OVER_APOLOGIZING note at this many apologies or more

    def __post_init__(self) -> None:
        for item in fields(self):
            value = getattr(self, item.name)
            if isinstance(value, bool) or not isinstance(value, int | float) or value <= 0:
                raise ValueError(f"{item.name} must be a positive number, not {value!r}")

    @classmethod
    def from_overrides(cls, overrides: Mapping[str, str | float]) -> ReviewSettings:
        """Build settings from NAME=VALUE overrides; raise ValueError naming a bad one."""
        kinds: dict[str, type[int] | type[float]] = {
            item.name: float if isinstance(item.default, float) else int for item in fields(cls)
        }
        values: dict[str, float] = {}
        for name, raw in overrides.items():
            if name not in kinds:
                raise ValueError(f"{name!r} is not a threshold; use one of {', '.join(kinds)}")
            try:
                values[name] = kinds[name](raw)
            except (TypeError, ValueError):
                raise ValueError(f"{name} must be a number, not {raw!r}") from None
        return cls(**values)  # type: ignore[arg-type]


DEFAULT_SETTINGS = ReviewSettings()
# Curly quotes become straight ones, and odd spaces plain ones, for matching; one character
# for one keeps every offset. (A sub over a character class beats str.translate here.)
_STRAIGHT = {
    "\u2019": "'",
    "\u2018": "'",
    "\u201c": '"',
    "\u201d": '"',
    "\u02bc": "'",
    "\u00a0": " ",
    "\u2009": " ",
    "\u202f": " ",
    "\u2007": " ",
}
_CURLY = re.compile("[" + "".join(_STRAIGHT) + "]")


def _straighten(match: re.Match[str]) -> str:
    return _STRAIGHT[match.group()]


_SUBJECT_LINE = re.compile(r"[ \t]*subject[ \t]*:[ \t]*(?P<subject>[^\r\n]*)", re.IGNORECASE)
_HEADER_LINE = re.compile(r"[ \t]*(?:to|cc|bcc|from|date)[ \t]*:[^\r\n]*", re.IGNORECASE)
_SENTENCE = re.compile(r"[^.!?\n]*(?:[.!?]+|\n|$)")


@dataclass(frozen=True, slots=True)
class Sentence:
    """A sentence of the body, with offsets into the original text."""

    start: int
    end: int
    text: str  # folded, as matched


@dataclass(frozen=True)
class Draft:
    """A draft as the rules see it: the original text, its subject, and its body.

    `folded` has the same length as `text` (lower-cased, curly quotes straightened, intensifiers
    blanked), so a match in it is a span of the original.
    `body_start`/`body_end` bound the body, which excludes a leading `Subject:` line.
    """

    text: str
    channel: Channel
    subject: str | None
    body_start: int
    body_end: int
    folded: str = field(repr=False)
    settings: ReviewSettings = field(default_factory=ReviewSettings)
    _memo: dict[str, object] = field(default_factory=dict, repr=False, compare=False)

    @classmethod
    def parse(
        cls,
        text: str,
        channel: Channel = "email",
        subject: str | None = None,
        settings: ReviewSettings | None = None,
    ) -> Draft:
        """Split off a leading header block (with its `Subject:` line) for the email channel."""
        straight = text if text.isascii() else _CURLY.sub(_straighten, text)
        folded = _blank_intensifiers(_lower(straight))
        body_start = 0
        found_subject = None
        if channel == "email":
            body_start, found_subject = _header_block(folded)
        body_end = len(text.rstrip())
        # The body starts at its first visible character, so "missing" spans cover only text.
        body_start = min(
            body_start + len(text[body_start:]) - len(text[body_start:].lstrip()), body_end
        )
        return cls(
            text=text,
            channel=channel,
            subject=subject if subject is not None else found_subject,
            body_start=body_start,
            body_end=body_end,
            folded=folded,
            settings=settings or DEFAULT_SETTINGS,
        )

    @property
    def body(self) -> str:
        """The folded body text, as the patterns see it."""
        return self.folded[self.body_start : self.body_end]

    @property
    def original_body(self) -> str:
        """The body exactly as written, for counting words and reading level."""
        return self.text[self.body_start : self.body_end]

    @property
    def body_span(self) -> Span:
        """The span of the whole body, for findings about something missing."""
        return (self.body_start, self.body_end)

    @cached_property
    def words(self) -> int:
        """Words in the body, greeting and sign-off included."""
        return count_words(self.original_body)

    @cached_property
    def sentences(self) -> tuple[Sentence, ...]:
        """The body's sentences, split at end punctuation and at line breaks."""
        found = []
        for match in _SENTENCE.finditer(self.body):
            raw = match.group()
            stripped = raw.strip()
            if not stripped:
                continue
            start = self.body_start + match.start() + (len(raw) - len(raw.lstrip()))
            found.append(Sentence(start, start + len(stripped), stripped))
        return tuple(found)

    @cached_property
    def _utf8(self) -> bytes:
        # RE2 works on UTF-8: the body is encoded once here, not again for every scan.
        return self.body.encode("utf-8")

    def _to_chars(self, spans: list[tuple[int, int]]) -> list[Span]:
        """Turn ascending byte spans in the body into character spans of the whole text."""
        base = self.body_start
        if len(self._utf8) == len(self.body):
            return [(base + start, base + end) for start, end in spans]
        chars, last_byte, last_char = {}, 0, 0
        for offset in sorted({offset for span in spans for offset in span}):
            last_char += len(self._utf8[last_byte:offset].decode("utf-8"))
            chars[offset], last_byte = last_char, offset
        return [(base + chars[start], base + chars[end]) for start, end in spans]

    @cached_property
    def present(self) -> frozenset[Lexeme]:
        """The lexemes that occur anywhere in the body (one RE2 set pass)."""
        return present_in(self._utf8)

    def spans(self, lexeme: Lexeme) -> tuple[Span, ...]:
        """Where `lexeme` matches in the body; scanned once per draft, and only if present."""
        if lexeme not in self.present:
            return ()
        key = f"spans:{id(lexeme)}"
        if key not in self._memo:
            found = lexeme.scan(self._utf8, 0, len(self._utf8))
            self._memo[key] = tuple(self._to_chars(found))
        return self._memo[key]  # type: ignore[return-value]

    def find(self, pattern: Lexeme | re.Pattern[str]) -> Iterator[Span]:
        """Yield the spans where a lexeme, or a plain `re` pattern, matches in the body."""
        if isinstance(pattern, Lexeme):
            yield from self.spans(pattern)
            return
        for match in pattern.finditer(self.folded, self.body_start, self.body_end):
            yield match.span()

    def has(self, lexeme: Lexeme) -> bool:
        """Tell whether `lexeme` matches anywhere in the body."""
        return lexeme in self.present

    def sentences_with(self, *lexemes: Lexeme) -> frozenset[int]:
        """Return the indices of the sentences in which any of `lexemes` starts a match."""
        starts = [sentence.start for sentence in self.sentences]
        return frozenset(
            bisect_right(starts, start) - 1
            for lexeme in lexemes
            for start, _ in self.spans(lexeme)
            if starts and start >= starts[0]
        )

    def within(self, lexeme: Lexeme, start: int, end: int) -> bool:
        """Tell whether a match of `lexeme` starts between `start` and `end`."""
        return any(start <= s < end for s, _ in self.spans(lexeme))

    def remember(self, key: str, compute: Callable[[], T]) -> T:
        """Compute a signal once per draft; several rules read the same ones."""
        if key not in self._memo:
            self._memo[key] = compute()
        return self._memo[key]  # type: ignore[return-value]


def _blank_intensifiers(lowered: str) -> str:
    """Replace each intensifier word with spaces; RE2 finds them when the text is ASCII."""
    if not lowered.isascii():
        return INTENSIFIER.sub(_blank_word, lowered)
    pieces, last = [], 0
    for match in INTENSIFIER_WORDS.finditer(lowered):
        start, end = match.span()
        pieces += [lowered[last:start], " " * (end - start)]
        last = end
    if not pieces:
        return lowered
    pieces.append(lowered[last:])
    return "".join(pieces)


def _blank_word(match: re.Match[str]) -> str:
    """Blank an intensifier that starts a word; leave it alone inside another word."""
    start = match.start()
    if start and (match.string[start - 1].isalnum() or match.string[start - 1] == "_"):
        return match.group()
    return " " * (match.end() - start)


def _lower(text: str) -> str:
    """Lower-case `text` without changing its length, so offsets into it stay valid."""
    lowered = text.lower()
    if len(lowered) == len(text):
        return lowered
    # A few characters (such as U+0130) lower-case to two; those are kept as they are.
    return "".join(low if len(low := char.lower()) == 1 else char for char in text)


def _header_block(folded: str) -> tuple[int, str | None]:
    """Return where the body starts and the subject, if the text opens with header lines."""
    position, subject, in_headers = 0, None, False
    for line in folded.splitlines(keepends=True):
        content = line.rstrip("\r\n")
        subject_match = _SUBJECT_LINE.fullmatch(content)
        if subject_match and subject is None:
            subject, in_headers = subject_match.group("subject").strip(), True
        elif _HEADER_LINE.fullmatch(content) or (not content.strip() and not in_headers):
            in_headers = in_headers or bool(content.strip())
        else:
            break
        position += len(line)
    return (position if in_headers else 0), subject


Matcher = Callable[[Draft], Iterable[Span]]


def phrases(pattern: Lexeme | re.Pattern[str]) -> Matcher:
    """Match every occurrence of `pattern` in the body."""
    return lambda draft: draft.find(pattern)


def missing(present: Callable[[Draft], bool]) -> Matcher:
    """Match the whole body once when `present` says the element is not there."""

    def match(draft: Draft) -> Iterator[Span]:
        if draft.body.strip() and not present(draft):
            yield draft.body_span

    return match


@dataclass(frozen=True, slots=True)
class Rule:
    """A review rule as data: what it flags, why, and examples the tests run.

    `source` says why the rule exists: a section of the article or a study. Every rule must
    carry at least one failing and one passing example; `examples_pass` must yield no finding
    of this rule's code, and `examples_fail` at least one.
    """

    code: str
    severity: Severity
    message: str
    match: Matcher
    source: str
    examples_fail: tuple[str, ...]
    examples_pass: tuple[str, ...]
    suggestion: str | None = None
    channels: tuple[Channel, ...] = ("email", "linkedin", "text")
    # For suggestions that depend on what was matched, e.g. the reframe of a blunt reason.
    suggest: Callable[[Draft, Span], str | None] | None = None

    def check(self, draft: Draft) -> Iterator[Finding]:
        """Yield one finding per matched span."""
        if draft.channel not in self.channels:
            return
        for start, end in self.match(draft):
            yield Finding(
                code=self.code,
                severity=self.severity,
                start=start,
                end=end,
                excerpt=draft.text[start:end][:200],
                message=self.message,
                suggestion=self.suggest(draft, (start, end)) if self.suggest else self.suggestion,
            )
