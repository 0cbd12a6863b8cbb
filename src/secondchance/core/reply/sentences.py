"""The sender's own words, one sentence at a time, and what each sentence does (issue 18).

A reply mixes sentences that offer times with sentences that only mention them: the missed
interview, the sender's own days off, an absence notice's return date, a deadline for the
answer, office hours, a clock change explained, a meeting of the panel, or a request for the
candidate's own times. Deciding per sentence whether it offers anything, before any time is
read out of it, keeps the times of the others from being taken for offers; and the kind of
reply follows from what its sentences do rather than from a cue anywhere in the message.

A sentence ends at . ! ? ; or a line break, and a contrast ("..., but", "however") or a
consequence ("..., so") starts a new clause: "I'm out Friday, but Monday at 10 works" offers
Monday.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Literal

Fact = Literal[
    "past",  # it tells what happened: the missed interview, a call that went unanswered
    "away",  # the sender (or a colleague) is out, busy or back on some day
    "asks",  # it asks the candidate for their own times
    "explains",  # office hours, a clock change or a conversion of a time given elsewhere
    "elsewhere",  # another meeting: the panel's review, a decision date
    "offers",  # words that put a time to the candidate: "could you do", "how about"
]

# Where a clause ends: the end of a sentence (not an abbreviation's or a clock's full stop),
# a semicolon, a line break, or the contrast word that opens the next clause.
# A line break followed by a small letter is a hard-wrapped line, not an end.
_END = re.compile(
    r"[.!?]+(?=\s)|;|:(?=[ \t]+\S)|\n(?![ \t]*[a-z])"
    r"|,?\s+(?=\b(?:but|however|though|although|so)\b)"
)
_CONTRAST = re.compile(r"\s*(?:but|however|though|although)\b", re.IGNORECASE)
_ABBREVIATED = re.compile(
    r"(?:\b(?:mr|mrs|ms|dr|prof|st|no|approx|ca|e\.g|i\.e|a\.m|p\.m|etc|vs|[a-z])"
    r"|\b(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun|jan|feb|mar|apr|jun|jul|aug|sep|sept"
    r"|oct|nov|dec)|\b\d{1,2})$",
    re.IGNORECASE,
)


def _facts(*patterns: str) -> re.Pattern[str]:
    return re.compile(r"\b(?:" + "|".join(patterns) + r")", re.IGNORECASE)


_PAST = _facts(
    r"missed",
    r"(?:was|were|had been) (?:all )?(?:scheduled|booked|supposed|planned|set|waiting|expecting"
    r"|due|ready|there)",
    r"(?:nobody|no one|no-one) (?:came|showed|joined|turned up)",
    r"waited",
    r"tried (?:to )?(?:call|reach|ring|phone|contact)",
    r"what (?:has |had )?(?:actually |exactly |really )?happened",
    # The booking that was missed: "we had you at 3 on Wednesday".
    r"(?:we|i) had you (?:down |booked |scheduled |pencilled )?(?:at|for|in|on)\b",
    r"(?:didn'?t|did not|weren'?t|were not|wasn'?t|was not) (?:show|join|attend|turn up|make it"
    r"|arrive|see you|hear)",
    r"yesterday",
    r"(?:was|were|went) (?:on|at|last)\b",
    r"would have (?:been|worked|suited)",
    r"last (?:week|time|friday|monday|tuesday|wednesday|thursday)",
    r"since (?:your|the|our) (?:interview|call|meeting)",
)
_AWAY = _facts(
    r"(?:i'?m|i am|i'?ll be|i will be|we're|we are|we'll be|we will be|(?:he|she|they)(?:'s| is"
    r"| are|'re|'ll be| will be))(?: currently| also)?"
    r" (?:out|away|off|travell?ing|on (?:leave|holiday|vacation|pto)|unavailable|not available"
    r"|busy|booked|tied up|in meetings|at a conference|offsite|ooo|back|returning)\b",
    r"[a-z]+ (?:is|will be)(?: currently| also)? (?:out|away|travell?ing|on (?:leave|holiday"
    r"|vacation|pto)|unavailable|not available|back|returning)\b",
    r"(?:i|we|he|she|they) (?:return|get back|am back|'m back)\b",
    r"(?:back|return(?:ing)?) (?:in the office|to the office|on|from)\b",
    r"(?:out of|away from) (?:the )?office",
    r"(?:is|'s|are) (?:a )?(?:bank|public|national|company) holidays?",
)
# A request for the candidate's own times, and the words that make a sentence an offer.
_ASKS = _facts(
    r"(?:your|ur|you're|you are|you'?re) (?:availabilit|available|free|preferred|convenient)",
    r"when (?:are|r|would|will) (?:you|u) (?:be )?(?:free|available|around)",
    r"(?:share|send|give|provide|suggest|propose|tell)(?: (?:me|us))? (?:a few |some |two or"
    r" three |three |2-3 |\d )?(?:time ?slots|slots|times|time options|options|dates|windows)",
    r"(?:which|what) (?:days?|times?|dates?|slots?)\b[^.?!\n]{0,30}\b(?:work|suit|are good"
    r"|is good|would work|are best|is best) (?:for|with) you",
)
# "Could you share your times?" asks; "Could you do Tuesday?" offers.
_OFFERS = _facts(
    r"(?:could|can) (?:you|u) (?:please )?(?:do|make|manage|join|come|meet|talk|speak|hop)",
    r"would (?:it|that|this|either|any|[a-z]+day)",
    r"would you (?:be (?:free|available|able to (?:do|make|join))|like to (?:do|meet)|prefer)",
    r"(?:how|what) about",
    r"are you (?:free|available|around)",
    r"(?:i|we) (?:can|could) (?:do|offer|meet|arrange|manage)",
    r"(?:i|we|[a-z]+) (?:has|have|'ve got|has got) (?:some |a few |two |three )?(?:slots|times"
    r"|availability|openings|open)",
    r"(?:i'?m|i am|we'?re|we are|[a-z]+ is) (?:free|available|around|open)",
    r"instead",
    r"(?:works?|suits?) (?:for )?(?:me|us|the panel|the team)",
)
_EXPLAINS = _facts(
    r"(?:office|opening|business|working|core|support) hours",
    r"daylight saving",
    r"(?:switch|chang|mov|go|going)\w* (?:to|from|back to) (?:summer|winter|standard) ?time",
    r"(?:summer|winter) ?time (?:in \w+ )?(?:ends|starts|begins|finish\w*|will)",
    r"clocks? (?:go|goes|change|changes|move|moves|spring|fall)",
    r"(?:come|comes|go|goes) off (?:daylight|summer)",
    r"so (?:that'?ll|that will|it'?ll|it will|this will|that would|it would) be",
    r"will be [^.?!\n]{0,25}\bfor you\b",
    # A conversion in the conditional, as other languages put it: "en Bogotá serían las 11".
    r"(?:serían|sería|seriam|seria|wären|wäre|serait|seraient)\b",
)
_ELSEWHERE = _facts(
    r"(?:panel|team|committee|board|we|they|he|she|managers?) (?:meets|is meeting|are meeting"
    r"|will meet|meet)\b",
    r"(?:make|made|reach) (?:a|the|our|their) decision",
    r"debrief",
)
# A deadline for the answer: the day and time after "by" are when to reply, not a slot.
_DEADLINE = re.compile(
    r"\b(?:confirm\w*|repl(?:y|ies)|respond|revert|let (?:me|us) know|submit(?:ted)?|complete[ds]?"
    r"|sen[dt]|get back|answer|decide)\b[^.?!;\n]{0,60}?"
    r"(?P<deadline>\b(?:by|until|till|before|no later than)\s+(?:the\s+)?(?:end of\s+)?"
    r"(?=eod|cob|noon|midday|[a-z]+day\b|tomorrow|today|tonight|\d|[a-z]{3,9}\.?\s+\d)"
    r"[^.?!;\n]{0,120}?)(?=\s+(?:if|whether|which|so that|with)\b|\s+[-\u2013\u2014]\s|[.?!;:\n]|$)"
    r"|(?P<due>\b(?:deadline|due date)\b[^.?!;\n]{0,120})",
    re.IGNORECASE,
)


@dataclass(frozen=True, slots=True)
class Sentence:
    """One clause of the sender's own words: where it is, and what it does."""

    start: int
    end: int
    text: str
    facts: frozenset[Fact]

    @property
    def offers_nothing(self) -> bool:
        """Say whether no time in this clause can be an offer to the candidate."""
        facts = self.facts
        return "offers" not in facts and bool(
            facts & {"past", "away", "asks", "explains", "elsewhere"}
        )


def split(own: str) -> list[Sentence]:
    """Split `own` into clauses, each with its facts, in order.

    What a colon introduces on its line shares the facts of the words before it that close a
    clause: "we were booked for: Monday 10am" tells the past too.
    """
    clauses: list[Sentence] = []
    start = 0
    carried: frozenset[Fact] = frozenset()
    for match in _END.finditer(own):
        if match.group().startswith(".") and _ABBREVIATED.search(own, max(0, start), match.start()):
            continue
        # The clause keeps its closing mark: "Could you do 3pm?" is a question.
        end = match.end() if match.group()[0] in ".!?:" else match.start()
        if own[start:end].strip():
            clauses.append(_sentence(own, start, end, carried))
            carried = clauses[-1].facts & _CARRIED if match.group() == ":" else frozenset()
        start = match.end()
    if own[start:].strip():
        clauses.append(_sentence(own, start, len(own), carried))
    return clauses


_CARRIED: frozenset[Fact] = frozenset({"past", "away", "explains", "elsewhere"})


def _sentence(own: str, start: int, end: int, carried: frozenset[Fact]) -> Sentence:
    text = " ".join(own[start:end].split())
    facts: set[Fact] = set(carried)
    for fact, pattern in _FACT_PATTERNS:
        if pattern.search(text):
            facts.add(fact)
    return Sentence(start, end, text, frozenset(facts))


_FACT_PATTERNS: tuple[tuple[Fact, re.Pattern[str]], ...] = (
    ("past", _PAST),
    ("away", _AWAY),
    ("asks", _ASKS),
    ("explains", _EXPLAINS),
    ("elsewhere", _ELSEWHERE),
    ("offers", _OFFERS),
)


def closed_spans(own: str, clauses: list[Sentence]) -> list[tuple[int, int, bool]]:
    """Return the spans of `own` whose times are never offers: such clauses, and deadlines.

    The third item says whether the span's days are set aside too. A clause that a contrast
    follows keeps its days: "busy Monday morning, but free at 3" offers Monday at 3.
    """
    spans = [
        (c.start, c.end, not (after and _CONTRAST.match(after.text)))
        for c, after in zip(clauses, [*clauses[1:], None], strict=False)
        if c.offers_nothing
    ]
    spans += [(*m.span(m.lastgroup or 0), True) for m in _DEADLINE.finditer(own)]
    return sorted(spans)
