"""Signals that several rules share: sincere apologies, ownership, blame, proposed slots.

Each is computed once per draft (`Draft.remember`) from the lexicon's patterns.
"""

from __future__ import annotations

import re

from secondchance.core.review import lexicon as lx
from secondchance.core.review.rules import Draft, Sentence, Span

_OPENING_SORRY = re.compile(r"(?:oh,?\s+)?((?:so\s+)?sorry)\b")
_READER = re.compile(r"\b(?:you|your|yours)\b")


def _overlaps(span: Span, others: list[Span]) -> bool:
    return any(start < span[1] and span[0] < end for start, end in others)


def _clean(draft: Draft, pattern: lx.Lexeme, *vetoes: lx.Lexeme) -> list[Span]:
    vetoed = [span for veto in vetoes for span in draft.find(veto)]
    return [span for span in draft.find(pattern) if not _overlaps(span, vetoed)]


def apologies(draft: Draft) -> list[Span]:
    """Spans of sincere apologies in the body (not negated, conditional or aimed elsewhere).

    A sentence that opens with "Sorry" counts too: casual, but an apology all the same.
    """

    def compute() -> list[Span]:
        found = set(draft.find(lx.APOLOGY))
        for sentence in draft.sentences:
            opening = _OPENING_SORRY.match(sentence.text)
            if opening:
                found.add((sentence.start + opening.start(1), sentence.start + opening.end(1)))
        vetoed = list(draft.find(lx.NON_APOLOGY))
        return sorted(span for span in found if not _overlaps(span, vetoed))

    return draft.remember("apologies", compute)


def hollow_apologies(draft: Draft) -> list[Span]:
    """Spans of apology words that do not count as an apology."""
    return draft.remember("hollow", lambda: list(draft.find(lx.NON_APOLOGY)))


def ownership(draft: Draft) -> list[Span]:
    """Spans where the writer accepts responsibility."""
    return draft.remember(
        "ownership", lambda: _clean(draft, lx.OWNERSHIP, lx.NON_OWNERSHIP, lx.DEFLECTION)
    )


def deflections(draft: Draft) -> list[Span]:
    """Spans that wave the cause away ("something came up")."""
    return draft.remember("deflections", lambda: list(draft.find(lx.DEFLECTION)))


def states_emergency(draft: Draft) -> bool:
    """Tell whether the draft states a genuine emergency or medical event."""
    return draft.remember("emergency", lambda: draft.has(lx.EMERGENCY))


def _neighbourhood(draft: Draft, span: Span) -> tuple[int, int]:
    """Return the sentence holding `span` and the one after: where a cause can be owned."""
    sentences = draft.sentences
    index = next((i for i, s in enumerate(sentences) if s.start <= span[0] < s.end), None)
    if index is None:
        return span
    last = sentences[min(index + 1, len(sentences) - 1)]
    return sentences[index].start, last.end


def _owned_between(draft: Draft, start: int, end: int) -> bool:
    if any(start <= s < end for s, _ in ownership(draft)):
        return True
    return draft.within(lx.OWNED_CAUSE, start, end)


def blame(draft: Draft) -> list[Span]:
    """Spans that put the miss on something or someone else, and are not owned.

    A cause is owned when ownership follows it closely (same or next sentence). Ownership
    anywhere in the draft also covers a cause that blames a thing; a cause that blames the
    reader ("the link you sent") needs its own, close ownership.
    """

    def compute() -> list[Span]:
        owned_anywhere = bool(ownership(draft))
        found = []
        for span in draft.find(lx.BLAME):
            text = draft.folded[span[0] : span[1]]
            if states_emergency(draft) and lx.DEFLECTION.regex.fullmatch(text):
                continue  # "beyond my control" is simply true of a stated emergency
            if owned_anywhere and not _READER.search(text):
                continue
            if not _owned_between(draft, *_neighbourhood(draft, span)):
                found.append(span)
        return found

    return draft.remember("blame", compute)


def proposal_sentences(draft: Draft) -> list[Sentence]:
    """Sentences that propose or ask about a new time (not ones about the missed one)."""

    def compute() -> list[Sentence]:
        asking = draft.sentences_with(lx.RESCHEDULE, lx.PROPOSAL_CUE)
        looking_back = draft.sentences_with(lx.MISSED)
        return [s for i, s in enumerate(draft.sentences) if i in asking - looking_back]

    return draft.remember("proposals", compute)


def proposed_slots(draft: Draft) -> list[Span]:
    """Spans of concrete times offered in proposal sentences."""

    def compute() -> list[Span]:
        if not draft.has(lx.SLOT):
            return []
        sentences = proposal_sentences(draft)
        return [
            span
            for span in draft.spans(lx.SLOT)
            if any(s.start <= span[0] < s.end for s in sentences)
        ]

    return draft.remember("slots", compute)


def cause_kinds(draft: Draft) -> set[str]:
    """Return the distinct kinds of cause the draft names."""
    return draft.remember(
        "causes", lambda: {kind for kind, rx in lx.CAUSE_KINDS.items() if draft.has(rx)}
    )
