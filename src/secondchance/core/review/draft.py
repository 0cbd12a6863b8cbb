"""A draft as the rules read it: the text as written, its subject, and its body in normal form.

Rules and signals work on the normal form of the body (see `normalize`) and its sentences;
`Draft.to_original` maps what they find back to offsets into the text exactly as given.
"""

from __future__ import annotations

import dataclasses
import re
from bisect import bisect_left, bisect_right
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from functools import cached_property
from typing import Literal, TypeVar

import re2

from secondchance.core.message_types import MessageType
from secondchance.core.owntext import fold, header_block, own_text_end
from secondchance.core.review.lexicon import Lexeme, candidates_in
from secondchance.core.review.normalize import Normalized, ascii_view, normalize
from secondchance.core.review.settings import ReviewSettings
from secondchance.core.text import count_words

Channel = Literal["email", "linkedin", "text"]
Span = tuple[int, int]
T = TypeVar("T")

# A sentence ends at . ! or ? before a space or the end, or at a line break.
_SENTENCE = re.compile(r"[^\n]*?(?:[.!?]+(?=\s|$)|\n|$)")
_LINE_END = re.compile(r"[.!?:;,]\s*$")
LIST_ITEM = re.compile(r"(?:[-*\u2022\u2013]|\d{1,2}[.)])\s")
# A line at least this long that runs on without an end mark was hard-wrapped by a mail client.
_WRAPPED_LINE = 50
# A web address: a scheme or "www.", or a host with a dot and a path ("github.com/me/repo").
# RE2, as for the families: "a.a.a.a..." with no path would make a backtracking engine
# quadratic in the draft's length.
_LINK = re2.compile(rb"(?:https?://|www\.)\S+|\b[a-z0-9-]+(?:\.[a-z0-9-]+)+/\S*")
# The default thresholds, built and checked once: they are frozen, so drafts share them.
_DEFAULT_SETTINGS = ReviewSettings()


@dataclass(frozen=True, slots=True)
class Sentence:
    """A sentence of the body: its span in the normal form, and its normal text."""

    start: int
    end: int
    text: str


# Cached properties that the message type does not change (see Draft.as_type).
_TYPE_FREE_CACHES = ("words", "sentences", "_sentence_starts", "_ascii", "candidates")


@dataclass(frozen=True)
class Draft:
    """A draft with its subject split off and its body in normal form.

    `body_start`/`body_end` bound the body in the original text (a leading header block with
    its `Subject:` line is not part of it). Spans from `find` and `spans` are in the normal
    form; `to_original` turns them into spans of `text`.
    """

    text: str
    channel: Channel
    subject: str | None
    body_start: int
    body_end: int
    normal: Normalized = field(repr=False)
    settings: ReviewSettings = field(default_factory=ReviewSettings)
    message_type: MessageType = "apology"
    # True when the writer named the type; False when it was worked out or assumed.
    type_given: bool = False
    # Names the caller knows (the candidate's, the interviewer's): never read as texting.
    names: tuple[str, ...] = ()
    _memo: dict[str, object] = field(default_factory=dict, repr=False, compare=False)
    _spans: dict[Lexeme, tuple[Span, ...]] = field(default_factory=dict, repr=False, compare=False)
    _sentence_sets: dict[tuple[Lexeme, ...], frozenset[int]] = field(
        default_factory=dict, repr=False, compare=False
    )
    # Matches that survive their family's context checks; like the two caches above they do
    # not depend on the message type, so `as_type` keeps them.
    _occurrences: dict[Lexeme, list[Span]] = field(default_factory=dict, repr=False, compare=False)

    @classmethod
    def parse(
        cls,
        text: str,
        channel: Channel = "email",
        subject: str | None = None,
        settings: ReviewSettings | None = None,
        names: Sequence[str] = (),
    ) -> Draft:
        """Split off a leading header block (with its `Subject:` line) for the email channel."""
        folded = fold(text)
        body_start, subject_span = header_block(folded) if channel == "email" else (0, None)
        found_subject = text[slice(*subject_span)].strip() if subject_span else None
        body_end = own_text_end(folded, body_start, len(text.rstrip()))
        # The body starts at its first visible character, so "missing" spans cover only text.
        leading = len(text[body_start:]) - len(text[body_start:].lstrip())
        body_start = min(body_start + leading, body_end)
        return cls(
            text=text,
            channel=channel,
            subject=subject if subject is not None else found_subject,
            body_start=body_start,
            body_end=body_end,
            normal=normalize(folded[body_start:body_end], body_start),
            settings=settings or _DEFAULT_SETTINGS,
            names=tuple(names),
        )

    def as_type(self, message_type: MessageType, *, given: bool = False) -> Draft:
        """Return this draft read as `message_type`, keeping what does not depend on the type.

        Splitting sentences and scanning patterns cost most of a review; detecting the type
        has already done both on this draft. `given` says the writer named the type.
        """
        typed = dataclasses.replace(self, message_type=message_type, type_given=given, _memo={})
        for name in _TYPE_FREE_CACHES:
            if name in self.__dict__:
                typed.__dict__[name] = self.__dict__[name]
        return typed

    @property
    def body(self) -> str:
        """The body in normal form, as the patterns see it."""
        return self.normal.text

    @property
    def original_body(self) -> str:
        """The body exactly as written, for counting words and reading level."""
        return self.text[self.body_start : self.body_end]

    @property
    def body_span(self) -> Span:
        """The span of the whole body in the original, for findings about something missing."""
        return (self.body_start, self.body_end)

    def to_original(self, span: Span) -> Span:
        """Map a span of the normal form to the span of the original text that it covers."""
        return self.normal.to_original(*span)

    @cached_property
    def words(self) -> int:
        """Words in the body, greeting and sign-off included."""
        return count_words(self.original_body)

    @cached_property
    def sentences(self) -> tuple[Sentence, ...]:
        """The body's sentences, split at end marks and at line breaks that end a line.

        A line hard-wrapped by a mail client runs on into the next, and the items of a list
        introduced by a colon ("I could make any of these times:") belong to its sentence.
        """
        body = self.body
        found: list[Sentence] = []
        runs_on = in_list = False
        for match in _SENTENCE.finditer(body):
            raw = match.group()
            stripped = raw.strip()
            if not stripped:
                runs_on = False  # a blank line ends the paragraph
                continue
            start = match.start() + (len(raw) - len(raw.lstrip()))
            end = start + len(stripped)
            in_list = in_list and bool(LIST_ITEM.match(stripped))
            if runs_on or in_list:
                start = found.pop().start
            found.append(Sentence(start, end, body[start:end]))
            runs_on = raw.endswith("\n") and _hard_wrapped(body, match.end() - 1)
            in_list = in_list or stripped.endswith(":")
        return tuple(found)

    @cached_property
    def _sentence_starts(self) -> list[int]:
        return [sentence.start for sentence in self.sentences]

    def sentence_at(self, offset: int) -> int:
        """Return the index of the sentence holding the normal-form `offset` (-1 if none)."""
        index = bisect_right(self._sentence_starts, offset) - 1
        if index >= 0 and offset <= self.sentences[index].end:
            return index
        return -1

    @cached_property
    def _ascii(self) -> bytes:
        # RE2 reads bytes; one byte per character keeps every offset a character offset. A
        # link's words are no words of the draft: "github.com/me/can-bus-logger" tells no
        # journey by bus (batch 40), so links are blanked at the same length.
        return _LINK.sub(lambda found: b" " * len(found.group()), ascii_view(self.body))

    @cached_property
    def candidates(self) -> frozenset[Lexeme]:
        """The lexemes that may occur in the body: the others need no scan (one RE2 pass)."""
        return candidates_in(self._ascii)

    def has(self, lexeme: Lexeme) -> bool:
        """Tell whether `lexeme` matches anywhere in the body."""
        return bool(self.spans(lexeme))

    def spans(self, lexeme: Lexeme) -> tuple[Span, ...]:
        """Where `lexeme` matches in the normal form; scanned once per draft, if it may occur."""
        found = self._spans.get(lexeme)
        if found is None:
            if lexeme.parts:
                # A combined lexeme is its parts' matches: those scans are shared with other
                # rules, and one huge alternation scans slower than its parts do.
                found = tuple(sorted(span for part in lexeme.parts for span in self.spans(part)))
            elif lexeme not in self.candidates:
                return ()
            else:
                found = tuple(lexeme.scan(self._ascii, 0, len(self._ascii)))
            self._spans[lexeme] = found
        return found

    def sentences_with(self, *lexemes: Lexeme) -> frozenset[int]:
        """Return the indices of the sentences in which any of `lexemes` starts a match."""
        found = self._sentence_sets.get(lexemes)
        if found is None:
            found = self._sentence_sets[lexemes] = frozenset(
                index
                for lexeme in lexemes
                for start, _ in self.spans(lexeme)
                if (index := self.sentence_at(start)) >= 0
            )
        return found

    def in_sentence(self, lexeme: Lexeme, index: int) -> list[Span]:
        """Return the matches of `lexeme` that start inside sentence `index`."""
        if index < 0 or index >= len(self.sentences):
            return []
        sentence, spans = self.sentences[index], self.spans(lexeme)
        # Spans are sorted by start: bisect, so a long draft costs no more per sentence.
        first = bisect_left(spans, (sentence.start, -1))
        last = bisect_left(spans, (sentence.end, -1), first)
        return list(spans[first:last])

    def occurrences(self, lexeme: Lexeme, compute: Callable[[], list[Span]]) -> list[Span]:
        """Compute a family's surviving matches once per draft, whatever its type."""
        found = self._occurrences.get(lexeme)
        if found is None:
            found = self._occurrences[lexeme] = compute()
        return found

    def remember(self, key: str, compute: Callable[[], T]) -> T:
        """Compute a signal once per draft; several rules read the same ones."""
        if key not in self._memo:
            self._memo[key] = compute()
        return self._memo[key]  # type: ignore[return-value]


def merged_spans(spans: Iterable[Span]) -> list[Span]:
    """Sort spans and join those that overlap or touch, so that bisecting them is exact."""
    merged: list[Span] = []
    for start, end in sorted(spans):
        if merged and start <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(end, merged[-1][1]))
        else:
            merged.append((start, end))
    return merged


def overlaps(span: Span, others: Sequence[Span]) -> bool:
    """Tell whether `span` overlaps any of `others`, sorted spans that do not overlap.

    A bisection, not a scan: checking every span of a long draft stays linear overall.
    """
    before = bisect_left(others, (span[1], -1))  # the others that start before span ends
    return before > 0 and others[before - 1][1] > span[0]


def _hard_wrapped(body: str, line_end: int) -> bool:
    """Tell whether the line ending at `line_end` was wrapped by a mail client mid-sentence."""
    line = body[body.rfind("\n", 0, line_end) + 1 : line_end]
    return len(line) >= _WRAPPED_LINE and not _LINE_END.search(line)
