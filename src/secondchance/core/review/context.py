"""The reviewer's closed set of context checks: what a phrase means where it stands (issue 17).

A family's data file names, under `unless`, the checks that void one of its matches there:
"beyond my control" is not a deflection when negated, "frustrating" is not venting when it
is the reader's feeling, "5 pm works" does not confirm after "if", nor "confirm" after "I
should have asked you to", "Ty" is not texting in "Hi Ty,", "my train was held" is no blame
beside "I should have left earlier". `occurrences` applies them. The set is closed and
named: a new phrasing is a data change, a new kind of context is a code change with its own
tests.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from types import MappingProxyType

from secondchance.core.review import lexicon as lx
from secondchance.core.review import signals
from secondchance.core.review.draft import Draft, Span

Check = Callable[[Draft, Span], bool]

# Names are names: the name a greeting addresses ("Hi Ty,", "Dear Chef Ramos"), the short lines
# under the sign-off, a "- Name" that ends a short note, and any name the caller gives. The
# greeting word and the sign-off itself are not part of them.
_GREETING = re.compile(
    r"[ \t]*(?:dear|hi|hello|hey|good (?:morning|afternoon|evening)|greetings)[ \t]+"
    r"([^,:;!?\n]{1,60})",
    re.IGNORECASE,
)
_SIGN_OFF = re.compile(
    r"^[ \t]*(?:best|kind|warm|warmest|many|with|yours|regards|thanks|thank you|thx|cheers|"
    r"sincerely|all the best|respectfully|take care|talk soon|speak soon)\b(?:[ \t]+\w+){0,2}"
    r"[ \t]*[,!]?[ \t]*$",
    re.IGNORECASE | re.MULTILINE,
)
_LINE = re.compile(r"[^\n]+")
_NOT_A_SIGNATURE = re.compile(r"[?!]")
_SIGNATURE_WORDS = 6
_SIGNATURE_LINES = 4
_DASH_NAME = re.compile(r"[-\u2013\u2014][ \t]*([A-Z][^\s,.!?]*(?:[ \t]+[A-Z][^\s,.!?]*){0,3})\s*$")
# A condition opens the phrase's clause: "if 5 pm works for you" offers, it does not confirm.
_CONDITION = re.compile(r"\b(?:if|unless|whether|provided|as long as|in case)\b")
# What the writer should have done or failed to do: "I should have asked to confirm" owns a
# slip, it confirms nothing.
_COUNTERFACTUAL = re.compile(
    r"\b(?:should|could|would|ought to|must|might)(?: not| never)? have\b"
    r"|\b(?:forgot|failed|neglected|meant|intended|tried) to\b"
)
_NAME_WORD = re.compile(r"\w+")
# A shrug right after the phrase takes it back: "sorry for the confusion in any case".
_SHRUG = re.compile(r",?\s+(?:in any case|anyway|i guess|or whatever|whatever)\b")
# Words inside straight double quotes in their sentence: the writer cites them.
_QUOTE = '"'


def name_spans(draft: Draft) -> list[Span]:
    """Return the spans of the text, as written, that hold names (cached per draft)."""

    def compute() -> list[Span]:
        text, start, end = draft.text, draft.body_start, draft.body_end
        spans = []
        if greeting := _GREETING.match(text, start, end):
            spans.append(greeting.span(1))
        if sign_offs := list(_SIGN_OFF.finditer(text, start, end)):
            spans += _signature_lines(text, sign_offs[-1].end(), end)
        if dash := _DASH_NAME.search(text, start, end):
            spans.append(dash.span(1))
        if given := _given_names(draft.names):
            spans += [found.span() for found in given.finditer(text, start, end)]
        return spans

    return draft.remember("name spans", compute)


def _given_names(names: tuple[str, ...]) -> re.Pattern[str] | None:
    """Match the given names, and each word of them, as whole words.

    A draft often names a person by one part of the name ("Ty" for "Ty Yıldırım"); each part
    is a name too, wherever it stands.
    """
    parts = {part for name in names for part in (name.strip(), *_NAME_WORD.findall(name))}
    parts.discard("")
    if not parts:
        return None
    longest_first = sorted(parts, key=len, reverse=True)
    return re.compile(rf"(?<!\w)(?:{'|'.join(map(re.escape, longest_first))})(?!\w)")


def _signature_lines(text: str, start: int, end: int) -> list[Span]:
    """Return the lines under a sign-off that read as a signature: short, and not a question."""
    spans = []
    for line in _LINE.finditer(text, start, end):
        words = line.group().split()
        if words and (len(words) > _SIGNATURE_WORDS or _NOT_A_SIGNATURE.search(line.group())):
            break
        spans.append(line.span())
    return spans[:_SIGNATURE_LINES]


def inside(span: Span, spans: list[Span]) -> bool:
    """Tell whether `span` lies wholly inside one of `spans`."""
    return any(start <= span[0] and span[1] <= end for start, end in spans)


def _in_greeting_or_signature(draft: Draft, span: Span) -> bool:
    return inside(draft.to_original(span), name_spans(draft))


def _someone_elses(draft: Draft, span: Span) -> bool:
    return signals.felt_by_the_reader(draft, span) or signals.felt_by_someone_else(draft, span)


def _quoted(draft: Draft, span: Span) -> bool:
    index = draft.sentence_at(span[0])
    if index < 0:
        return False
    sentence = draft.sentences[index]
    before = draft.body.count(_QUOTE, sentence.start, span[0])
    return before % 2 == 1 and _QUOTE in draft.body[span[1] : sentence.end]


def _conditional(draft: Draft, span: Span) -> bool:
    return bool(_CONDITION.search(signals.clause_before(draft, span[0])))


def _shrugged(draft: Draft, span: Span) -> bool:
    return bool(_SHRUG.match(draft.body, span[1]))


def _counterfactual(draft: Draft, span: Span) -> bool:
    return bool(_COUNTERFACTUAL.search(signals.clause_before(draft, span[0])))


CHECKS: Mapping[str, Check] = MappingProxyType(
    {
        "negated": signals.negated,
        "someone_elses": _someone_elses,
        "quoted": _quoted,
        "conditional": _conditional,
        "counterfactual": _counterfactual,
        "shrugged": _shrugged,
        "in_greeting_or_signature": _in_greeting_or_signature,
        "owned_nearby": signals.owned_nearby,
        "owned_in_its_sentence": signals.owned_in_its_sentence,
    }
)


def occurrences(draft: Draft, lexeme: lx.Lexeme) -> list[Span]:
    """Return the matches of a family that none of its `unless` checks voids (cached).

    No check depends on the message type, so the result serves every reading of the draft.
    """

    def compute() -> list[Span]:
        checks = [CHECKS[name] for name in lx.FAMILIES[lexeme.name].unless]
        return [span for span in draft.spans(lexeme) if not any(c(draft, span) for c in checks)]

    return draft.occurrences(lexeme, compute)
