"""The reviewer's lexicon: families of meaning, written once against the normal form.

Drafts are matched after `normalize`: lower case, contractions spelled out ("i am", "did not",
"can not"), texting forms as their words, emphasis collapsed and intensifiers blanked. So a
family is written for "i am sorry" and also finds "I'm soooo sorry" and "im rly sorry".
Inflections are matched by stems ("apologi[sz]\\w*", "admir\\w*"), and nouns by their
plural too, so that "propose a few alternative dates" is a new time like "another date".

Patterns use a small shorthand (see `_SHORTHAND`) for optional adverbs and short word gaps.
Each family is a `Lexeme`, compiled with RE2 (google-re2): its automata match in time linear in
the input whatever the pattern, so no draft can make the reviewer backtrack. All lexemes also
go into one RE2 set, which tells in a single pass which families occur in a draft at all, so
the rules only scan for the few that do.

Families say what a phrase *can* mean; `signals` decides what it does mean in its sentence
(negated, conditional, aimed elsewhere, owned or not).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cached_property
from typing import cast

import re2

_SHORTHAND = {
    # Adverbs that intensifier blanking keeps because they carry meaning elsewhere.
    "ADV ": r"(?:(?:so|most|still|also|again|just|honestly|much|once again|all|even|now|"
    r"only|both|certainly|definitely|do|did) ){0,3}",
    # Up to three (or six) words, for "I take [the] full responsibility". RE2's \w is ASCII,
    # which keeps the automata small; a gap word with accents simply does not match.
    "GAP ": r"(?:[\w'-]+,? ){0,3}",
    "GAP6 ": r"(?:[\w'-]+,? ){0,6}",
    # A noun phrase that is not the writer: "the bus", "my flatmate", "your recruiter's link".
    "THEIR ": r"(?:the|my|our|your|their|his|her|this|that|a|an) (?:[\w'-]+ ){0,3}?",
    # Plural-tolerant nouns of time: "another date", "a few alternative dates".
    "WHEN": r"(?:times?|slots?|dates?|days?|mornings?|afternoons?|evenings?|weeks?|windows?|"
    r"moments?|occasions?|opportunit(?:y|ies)|chances?|meetings?|interviews?|calls?|"
    r"appointments?|sessions?|conversations?|chats?|go|attempt|try|half hour|hour|openings?)",
    "WEEKDAY": r"(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|mon|tue|tues|"
    r"wed|thu|thur|thurs|fri|sat|sun)",
}
_ESCAPE = re.compile(r"\\p[A-Z]|\\.")
_CAPITAL = re.compile(r"[A-Z]")
_TOKEN = re.compile("|".join(re.escape(key) for key in sorted(_SHORTHAND, key=len, reverse=True)))
_UNANCHORED = re2._Anchor.UNANCHORED  # type: ignore[attr-defined]  # noqa: SLF001 - see Lexeme.scan
_OPTIONS = re2.Options()
_OPTIONS.max_mem = 128 << 20  # counted repeats of word gaps need more than RE2's 8 MiB default


@dataclass(frozen=True, eq=False)
class Lexeme:
    """One family of phrasings, as an RE2 pattern matched at whole-word boundaries.

    `name` names the family in tests and errors; `parts` is set for a lexeme made by
    `combine`: it occurs wherever one of its parts does.
    """

    source: str
    name: str = ""
    parts: tuple[Lexeme, ...] = ()

    @cached_property
    def regex(self) -> re2._Regexp[str]:
        """The compiled pattern, built on first use: most drafts need only a few of them."""
        return re2.compile(self.source, _OPTIONS)

    def scan(self, data: bytes, start: int, end: int) -> list[tuple[int, int]]:
        """Return the byte spans of every match in `data[start:end]`, left to right.

        This calls the compiled RE2 object directly: the wrapper's `finditer` builds a match
        object per hit and costs twice as much, and a review runs a dozen scans.
        """
        search = self.regex._regexp.Match  # type: ignore[attr-defined]  # noqa: SLF001 - see above
        spans = []
        while start <= end:
            found = search(_UNANCHORED, data, start, end)[0]
            if found[0] < 0:
                break
            spans.append(found)
            start = found[1] if found[1] > start else start + 1
        return spans


def compile_any(name: str, *patterns: str) -> Lexeme:
    """Compile patterns (in shorthand) as one whole-word alternation for the normal form.

    Every alternative must start and end in a letter or digit, since both boundaries are \\b.
    """
    expanded = [
        _TOKEN.sub(lambda m: _SHORTHAND[m.group()], _spaced_options(name, p)) for p in patterns
    ]
    # Runs of spaces in a pattern stand for any run of white space in the text.
    joined = "|".join(f"(?:{p})" for p in expanded).replace(" ?", r"\s*").replace(" ", r"\s+")
    if _CAPITAL.search(_ESCAPE.sub("", joined)):
        raise ValueError(f"lexicon patterns must be lower case: {joined[:80]}")
    return Lexeme(rf"\b(?:{joined})\b", name)


def _spaced_options(name: str, pattern: str) -> str:
    """Check how each optional group after a space meets the words around it.

    In "word (?:a |b )?next" each option ends in a space, so the words stay apart whether the
    option is there or not. An optional group that ends the pattern takes its space inside
    ("perfect (?:for me)?" becomes "perfect(?: (?:for me))?"), else the space would be
    required after the last word. Any other shape is a mistake in the lexicon.
    """
    start = pattern.find(" (?:")
    while start >= 0:
        close = _closing(pattern, start + 1)
        optional = pattern[close + 1 : close + 2] in {"?", "*"}
        if optional and close + 2 == len(pattern):
            group = pattern[start + 1 : close + 1]
            return pattern[:start] + f"(?: {group}){pattern[close + 1]}"
        if optional and pattern[close + 2 : close + 3] not in {"", " ", "\\"}:
            options = _top_level_options(pattern[start + 4 : close])
            if not all(option.endswith(" ") for option in options):
                raise ValueError(
                    f"{name}: an option of {pattern[start : close + 2]!r} needs a space"
                )
        start = pattern.find(" (?:", start + 1)
    return pattern


def _closing(pattern: str, opening: int) -> int:
    depth, index = 0, opening
    while index < len(pattern):
        char = pattern[index]
        if char == "\\":
            index += 2
            continue
        if char == "[":
            index = pattern.index("]", index + 2)
        elif char == "(":
            depth += 1
        elif char == ")":
            depth -= 1
            if depth == 0:
                return index
        index += 1
    raise ValueError(f"unbalanced parentheses in {pattern!r}")


# An alternative that ends in a class of marks only ("understand[.,]") can never be followed
# by the closing \b, so it would silently match nothing.
_MARKS_AT_END = re.compile(r"(?:\[[^\]\w\\]+\]|\\[^\w\s]|[.,;:!'\"&-])\+?\)*$")


def alternatives_ending_in_marks(lexeme: Lexeme) -> list[str]:
    """Return the alternatives of `lexeme` that end in punctuation, so can never match.

    The tests run this over the whole lexicon; it is too slow to run at every start-up.
    """
    inner = lexeme.source.removeprefix(r"\b(?:").removesuffix(r")\b")
    found, pending = [], _top_level_options(inner)
    while pending:
        option = pending.pop()
        if option.startswith("(?:") and _closing(option, 0) == len(option) - 1:
            pending += _top_level_options(option[3:-1])
        elif _MARKS_AT_END.search(option):
            found.append(option)
    return found


def _top_level_options(inner: str) -> list[str]:
    options, depth, last, index = [], 0, 0, 0
    while index < len(inner):
        char = inner[index]
        if char == "\\":
            index += 2
            continue
        depth += {"(": 1, ")": -1}.get(char, 0)
        if char == "|" and depth == 0:
            options.append(inner[last:index])
            last = index + 1
        index += 1
    return [*options, inner[last:]]


def combine(name: str, *lexemes: Lexeme) -> Lexeme:
    """Join lexemes into one, so that a question about any of them takes a single scan."""
    return Lexeme("|".join(f"(?:{lexeme.source})" for lexeme in lexemes), name, lexemes)


# --- Apology -------------------------------------------------------------------------------

APOLOGY = compile_any(
    "apology",
    r"sorry",
    r"apologi[sz]\w*",
    r"apolog(?:y|ies)",
    r"(?:am|feel|felt|was) (?:ADV )?apologetic",
    r"i ADV (?:regret|regretted)",
    r"(?:which|something|that|it is something) i ADV regret",
    r"(?:my|our) (?:sincere |deepest |heartfelt )?regrets",
    r"(?:express|offer|extend|convey|send) (?:GAP )?(?:regret|regrets|apolog\w+)",
    r"my (?:sincere |deepest |heartfelt |profound |genuine )?regret (?:for|at|that|about|over)",
    r"(?:please |kindly |i hope you can |i hope you will |i ask you to )?forgive "
    r"(?:me|my|the|this)",
    r"(?:please |kindly )?(?:excuse|pardon) (?:me|my) (?:for|absence|late|lateness|failure|"
    r"missing|not)",
    r"please excuse my",
    r"please (?:excuse|pardon) (?:that|the fact that) i",
    r"i beg (?:your|you) (?:pardon|forgiveness)",
    r"mea culpa",
    # An apology made stronger by a negation: "I can't apologise enough".
    r"(?:can not|could not|can never) (?:ADV )?(?:apologi[sz]e|say sorry|say how sorry i am) "
    r"(?:ADV )?enough",
)

# Contexts in which an apology word is not an apology for the miss (checked around each one).
NOT_AN_APOLOGY = compile_any(
    "not an apology",
    # Negated or declined.
    r"(?:not|never|no need to be|no need to|nothing to|need not|do not need to|will not) "
    r"(?:be )?ADV (?:sorry|apologi[sz]\w*)",
    # Conditional, or about the reader's feelings.
    r"(?:sorry|apologi[sz]e|apologies|apology),? ADV (?:if|in case)",
    r"sorry (?:that )?(?:you|your team|anyone) (?:feel|felt|were|are|think|thought|see|saw|"
    r"took|take|was|might|may)",
    # Aimed at something other than the miss.
    r"regret to (?:inform|tell|advise|say|let you know|report)",
    r"sorry (?:to|for) (?:hear|hearing|bother|bothering|disturb|disturbing|say|saying|"
    r"trouble you|chase|chasing)",
    r"(?:sorry|apologies|apologi[sz]e) (?:ADV )?(?:for|about) (?:the |any |all the |this |"
    r"that )?(?:confusion|misunderstanding|mix-?up on your end|late reply|delay in "
    r"(?:replying|getting back|responding)|slow reply|long email|long message)",
    r"(?:sorry|apologi[sz]e|apologies),? (?:in any case|anyway|i guess|or whatever|whatever)",
    r"(?:apologi[sz]e|sorry|apologies) (?:on behalf of|for (?:the|your|their) (?:recruiter|"
    r"airline|team|company|system|calendar|app|colleague)'?s?)",
)

# --- Ownership ------------------------------------------------------------------------------

OWNERSHIP = compile_any(
    "ownership",
    # Explicit responsibility.
    r"i ADV (?:take|accept|bear|assume|own|carry|shoulder) (?:GAP )?(?:responsibility|"
    r"ownership|accountability|the blame|blame|the fault)",
    r"(?:the|all the|full|sole|complete|total) (?:responsibility|fault|blame|mistake|error|"
    r"oversight) (?:is|was|lies|lay|rests|rested|sits) ADV (?:all |solely |squarely )?"
    r"(?:mine|with me|on me|on my side)",
    r"(?:that|this|it|which|the mistake|the error|the miss|the delay|the lateness|my lateness|"
    r"this one|that one|the oversight) (?:part )?(?:is|was) ADV (?:all |solely |squarely |"
    r"clearly )?(?:on me|mine|down to me|my (?:own )?(?:fault|mistake|error|doing|"
    r"responsibility|oversight|failure|lapse|failing|misjudge?ment))",
    r"(?:that|this|the) (?:mistake|error|lapse|oversight|one|fault) is ADV mine",
    r"my (?:own )?(?:fault|mistake|error|oversight|doing|failure|failing|lapse|bad|b|"
    r"misjudge?ment|carelessness|negligence)",
    r"my (?:own )?(?:poor|bad) (?:planning|judge?ment|time management|timing|organi[sz]ation|"
    r"preparation)",
    r"on my (?:part|side)",
    r"100% (?:on me|my fault|my mistake|my bad)",
    r"(?:is|was|all|squarely|solely|completely|,|-|:|;) ?on me",
    r"down to me",
    r"on my (?:own )?shoulders|(?:rests|lies|sits) (?:ADV )?with me",
    r"i am the (?:only|sole|one) (?:one |person )?(?:at fault|to blame|responsible)",
    r"(?:it|this|that) (?:is|was) my (?:responsibility|job) to",
    r"i ADV (?:am|was|feel|felt) ADV (?:solely |wholly )?(?:responsible|to blame|at fault|"
    r"accountable)",
    r"i (?:hold|held) myself (?:ADV )?(?:responsible|accountable)",
    r"i ADV (?:only )?(?:have|had) (?:myself|no one but myself|nobody but myself) to blame",
    r"i ADV (?:have|had) only myself to (?:blame|answer|thank)",
    r"i ADV blame (?:only )?myself",
    r"(?:no one|nobody|noone) (?:else )?to blame (?:but|except) (?:me|myself)",
    r"no excuses?",
    r"(?:not|is not|was not|it is not) an excuse",
    r"inexcusable",
    r"(?:careless|thoughtless|negligent|unprofessional|irresponsible|sloppy|foolish|silly|"
    r"disorgani[sz]ed|remiss) of me",
    r"i ADV (?:was|have been) ADV (?:careless|negligent|disorgani[sz]ed|wrong|sloppy|remiss|"
    r"at fault|not organi[sz]ed)",
    r"i ADV (?:mistakenly|wrongly|incorrectly|wrongfully) (?:thought|believed|assumed|understood|"
    r"noted|put|wrote|read|took|entered)",
    # What I should have done.
    r"i ADV (?:should|ought to|must|could) ADV (?:not |never )?have",
    r"i ADV got (?:it|that|this|things|the [\w-]+) (?:ADV )?(?:badly |completely |totally |all "
    r"|so )?wrong",
    r"i ADV (?:failed|let down) (?:you|the team|everyone|the panel|myself)",
    r"i ADV (?:was not|were not) (?:ADV )?(?:careful|organi[sz]ed|prepared|attentive|thorough|"
    r"diligent|focused|on top of)",
    r"(?:a|the|it was a|it is a|that was a) (?:mistake|error|slip|oversight|blunder) i (?:ADV )?"
    r"(?:made|caused|alone made)",
    r"i ADV (?:botched|bungled|fluffed|flubbed|made a hash of|made a mess of|dropped a clanger)",
    r"i ADV let (?:you|the|your|everyone|everybody|us)(?: [\w'-]+){0,4} down",
    r"i ADV (?:messed up|screwed up|slipped up|fell short|let you down|let the team down|"
    r"let myself down|dropped the ball|blew it|goofed|fumbled|made a mess)",
    r"i ADV (?:made|have made|make) (?:a|an|the|this|that|such a|one) (?:GAP )?(?:mistake|error|"
    r"misjudge?ment|blunder|oversight|mess)",
    r"i ADV (?:failed|neglected|forgot|omitted) to",
    r"i ADV (?:did not|had not|have not|never) (?:GAP )?(?:manage|plan|check|confirm|"
    r"double-?check|double check|verify|keep|allow|prepare|organi[sz]e|set|note|write|"
    r"put|read|notice|track|realise|realize|test|look|make sure|pay attention|account|"
    r"build in|factor|think|update|save|anticipate)",
    # First-person accounts of the error itself.
    r"i ADV (?:mixed up|mixed|muddled|misread|misjudged|mismanaged|misunderstood|"
    r"miscalculated|misplaced|misremembered|overlooked|confused|mistook|double-?booked|"
    r"double booked|overbooked|underestimated|overslept|forgot|blanked|spaced (?:on|out)|"
    r"overcommitted|over-?committed|overscheduled|overstretched|"
    r"lost track|"
    r"let (?:it|that|the|two|my|things|this) |allowed (?:two|the|my) |got (?:my )?wires crossed|"
    r"got (?:my |the )?(?:\w+ )?mixed up|got (?:my |the )?(?:\w+ )?(?:wrong|confused|muddled))",
    r"i ADV (?:got|had|wrote|noted|put|entered|set|read|used|joined|opened|went to|saved|copied|"
    r"booked|took|dialled|dialed|clicked|typed) (?:down |up |in |into |on )?(?:GAP )?"
    r"(?:the|my|an?|our) (?:GAP6 )?wrong",
    r"(?:a|my|that was a|that is a) (?:careless|silly|stupid|sloppy|avoidable|basic|foolish) "
    r"(?:slip|mistake|error|oversight|lapse)",
    r"i ADV (?:got|had) (?:the|my) (?:GAP )?(?:time|times|date|dates|day|days|hour|hours|"
    r"time zone|timezone|link|address|location|room|building|office|details) (?:ADV )?(?:wrong|"
    r"mixed up|confused|crossed|muddled|backwards)",
    r"i ADV (?:was|were) (?:working |looking )?(?:from|on|with|in|at|using) (?:the|an?) "
    r"(?:GAP )?(?:wrong|old|older|outdated)",
    r"i ADV (?:read|took|saw) (?:GAP )?(?:as|for) (?:\d|a |an |the )",
    r"i ADV (?:accepted|took|booked|scheduled|agreed to|said yes to) (?:GAP6 )?"
    r"(?:overlap\w*|conflict\w*|clash\w*|another (?:meeting|call|appointment|commitment))",
    r"i ADV (?:left|set off|set out|departed) (?:GAP )?(?:too late|late|it too late|later than i "
    r"should)",
    r"i ADV (?:did not|never) (?:leave|give|allow) (?:GAP )?(?:myself|enough|extra|early|time)",
    r"i ADV own (?:it|that|this|up|the mistake|my mistake)",
    r"(?:poor|bad) (?:judge?ment|planning|time management|timing|organi[sz]ation) (?:on my "
    r"part|of mine)",
)

# A new time for the writer's own plans, not for the interview: "I rebooked my flight".
OWN_PLANS_MOVED = compile_any(
    "own plans moved",
    r"i (?:ADV )?(?:have |had )?(?:ADV )?(?:rebooked|re-booked|rescheduled|rearranged|moved|"
    r"changed|booked) (?:my|our|"
    r"the) (?:\w+ )?(?:flight|train|ticket|trip|travel|journey|appointment|dentist|doctor|plans?|"
    r"holiday|hotel|car|taxi|childcare|shift)",
)

# Ownership that is negated, disowned or argued away.
NOT_OWNERSHIP = compile_any(
    "not ownership",
    r"(?:not|never|no|is not|was not|it is not|it was not|that is not|that was not) "
    r"(?:really |entirely |completely |wholly |totally |all |exactly )?(?:my fault|my mistake|"
    r"my error|on me|my responsibility|my doing|mine|down to me|on my side|on my end|my side)",
    r"(?:through|by) no fault of (?:my|mine)",
    r"no fault of (?:my|mine)",
    r"i (?:do not|did not|can not) (?:think|feel|believe|see) (?:GAP )?(?:my fault|i should have|"
    r"responsible|on me)",
    r"(?:fault|mistake|error|blame),? not (?:mine|me)",
    r"i (?:did not|never) (?:actually )?miss (?:the|our|your|this|that) (?:interview|call|meeting)",
    r"(?:should have|could have) been (?:sent|told|confirmed|given|notified|reminded)",
)

# Ownership that covers only the late notice, not the miss ("I should have called sooner").
NOTICE = compile_any(
    "notice",
    r"(?:let|letting) (?:you|them|anyone|the team) know",
    r"(?:tell|told|telling|inform|informed|informing|notify|notified|warn|warned|alert|alerted)"
    r" (?:you|them|anyone|the team)",
    r"(?:call|called|calling|phone|phoned|ring|rang|email|emailed|text|texted|message|"
    r"messaged|contact|contacted|reach|reached|write|wrote|get|got|been|reaching|getting|"
    r"writing|texting|emailing|phoning|contacting|messaging) (?:you |them )?"
    r"(?:out |in touch )?(?:sooner|earlier|ahead|beforehand|in advance|right away|straight "
    r"away|immediately|at once|first|before)",
    r"(?:a|any) (?:heads-? ?up|warning|notice)",
    r"(?:did not|never|failed to|forgot to) (?:call|ring|phone|text|email|message|contact|tell|"
    r"warn|let|notify|inform) (?:you|them|anyone|the team|your office)",
)

# A cause waved away without owning or naming it: "something came up".
DEFLECTION = compile_any(
    "deflection",
    r"something (?:ADV )?(?:came up|happened|cropped up|unexpected came up|unexpected happened|"
    r"urgent came up|urgent happened|unforeseen happened|unexpected)",
    r"(?:unforeseen|unexpected|unavoidable|exceptional|extenuating|personal|private|family|"
    r"circumstantial) (?:circumstances|reasons|matters?|issues|events|situation|commitments)",
    r"circumstances (?:GAP )?(?:made|beyond|outside|out of|prevented|meant|did not allow|"
    r"conspired|got in the way)",
    r"(?:i|we) (?:had|have|was left with) (?:ADV )?no (?:other )?(?:option|choice|alternative)",
    r"(?:it|this|that) (?:was|is) (?:ADV )?(?:unavoidable|beyond my control|out of my hands|"
    r"out of my control)",
    r"beyond my control",
    r"out of my (?:hands|control)",
    r"(?:could not|can not|could not have) (?:be |been )?(?:helped|avoided)",
    r"things (?:GAP )?got (?:on top of|away from) me",
    r"(?:hectic|crazy|busy|chaotic|mad|rough|long|manic|stressful|difficult|hard) (?:week|"
    r"morning|day|few days|time|couple of days)",
    r"one of those (?:mornings|days|weeks)",
    r"(?:life|these things|such things|it|stuff|things) (?:just )?happens?",
    r"(?:a|my) prior (?:commitment|engagement|arrangement)",
    r"(?:got|was|were|been) (?:tied up|caught up|held up) (?:with|at|in|by) (?:work|something|"
    r"things|a meeting|meetings|other|another)",
    r"(?:was|were) (?:unable|not able) to (?:GAP )?(?:due to|because of) (?:unforeseen|"
    r"personal|family|work)",
)

# --- Blame ----------------------------------------------------------------------------------

# Something other than the writer fails or acts: "the bus did not turn up", "my laptop
# decided to update", "your receptionist sent me to the wrong floor".
_FAILURE = (
    r"(?:did not|never|failed to|would not|could not|will not|refused to|forgot to|neglected "
    r"to|was unable to|were unable to)(?: go off| turn up| show up| \w+)?",
    r"fell through|fell apart|(?:broke|broken) ?(?:down)?|crashed|froze|died|stopped(?: working)?|"
    r"failed|went (?:down|"
    r"off|out|dead|flat|offline)|cut out|dropped(?: out)?|glitched|reset|malfunctioned|"
    r"overheated|ran out|decided to|started (?:an? )?(?:update|updating|installing)|"
    r"installed (?:an? )?(?:update|\w+ update)|kept (?:crashing|freezing|dropping|failing|"
    r"buffering|disconnecting)",
    # Held, in the past only: "my train was held for an hour" accounts for a miss; "my train is
    # held up" is the news a heads-up gives.
    r"(?:was|were|had been|got) ADV held(?: up)?",
    r"(?:was|were|is|are|had been|has been|have been|got|went) ADV (?:down|out|closed|shut|"
    r"cancell?ed|delayed|late|stuck|broken|dead|flat|horrendous|horrible|terrible|awful|useless|"
    r"mental|insane|crazy|chaotic|manic|dreadful|murder|gridlock|lost|"
    r"impossible|wrong|confusing|unreliable|gridlocked|blocked|flooded|jammed|packed|busy|slow|"
    r"diverted|suspended|on strike|overbooked|not working|missing|incorrect|out of date|"
    r"blocking (?:my|the|our)|parked across|"
    r"unclear|misleading|a (?:\w+ )?(?:joke|nightmare|disaster|mess|shambles))",
    r"(?:sent|gave|put|directed|pointed|showed|told) (?:me |it |the \w+ )?(?:GAP )?(?:to )?(?:the |"
    r"my |an )?(?:wrong|incorrect|old|outdated)",
    r"(?:took|taking) (?:forever|ages|a wrong turn|the wrong)",
    r"(?:pointed|linked|led|went|took me) (?:me )?to (?:a|an|the) (?:GAP )?(?:meeting|call|room|"
    r"page|link|session) (?:that|which) (?:had )?(?:already )?(?:ended|expired|closed|finished|"
    r"been cancell?ed)",
    r"told me (?:GAP )?(?:you|the panel|they|everyone|the interviewer) (?:had|were|was) "
    r"(?:already )?(?:left|gone|finished|not in|unavailable)",
    r"told me (?:GAP )?(?:it|the interview|the call|the meeting) (?:was|would be|started) "
    r"(?:at|on)",
    r"(?:cancell?ed|pulled out|bailed|flaked|let me down) (?:on me )?(?:at the )?(?:last minute|at "
    r"short notice|this morning|unexpectedly|without warning)",
    r"(?:called|scheduled|booked|moved|changed|cancell?ed|rescheduled|listed|converted|"
    r"borrowed|unplugged|switched off|turned off|locked|kept|made|closed|blocked|flooded|shut|"
    r"took|hid) (?:GAP )?(?:me|my|the|an?|our|it|meeting)",
    r"(?:turned|switched|shut|cut|cut me) (?:GAP )?off",
    r"(?:updated|restarted|rebooted|logged me out|signed me out) (?:itself|overnight|"
    r"automatically|without)",
    r"(?:came|arrived) (?:through )?(?:with|in|at) (?:GAP )?(?:the )?wrong",
    r"(?:had|has) (?:the|my|our) (?:car|keys|charger|laptop)",
    r"(?:had|has|gave|showed|listed|said) (?:GAP )?(?:the |a |an )?(?:wrong|incorrect|old|"
    r"outdated|different) (?:time|date|day|link|address|room|number|details|zone|time zone)",
    r"(?:had|has|suffered|reported) (?:an? )?(?:\w+ )?(?:outage|fault|power cut|glitch|bug|"
    r"breakdown|failure)",
    r"did not (?:turn up|show up|show|come|arrive|work|connect|load|start|sync|send|remind|go off|"
    r"ring|wake)",
    r"(?:has|have|had) (?:just )?(?:stopped|broken down|been cancell?ed|been delayed)",
)
# The failure alone, without its subject: where a failure starts inside a longer match.
FAILURE_VERB = compile_any("failure verb", *_FAILURE)
# A relative clause that puts the writer inside the failing thing: "the train [I was on]".
RIDDEN_BY_THE_WRITER = (
    r"(?:that |which )?(?:i|we) (?:was|were|had been|had|am|are) (?:on|in|using|taking|riding|"
    r"booked on|booked|relying on|counting on|given|sent|handed|emailed)"
)
# Who or what fails, when it is not the writer: a noun phrase ("the bus", "my flatmate"), the
# thing the writer rode in ("the train I was on"), a named app or service, or the weather.
_AGENT = (
    r"(?:THEIR "
    rf"|(?:the|my|our) (?:[\w'-]+ ){{1,2}}{RIDDEN_BY_THE_WRITER} "
    r"|(?:zoom|teams|skype|webex|google meet|meet|outlook|gmail|linkedin|calendly|slack|"
    r"google calendar|google|icloud|apple calendar|whatsapp|windows|the system|the app|the "
    r"platform|the software|the portal|the website|traffic|the traffic|roadworks|the weather|"
    r"weather|the roads|the trains|the buses) "
    r"|(?:heavy |the |a |torrential |freak |thick )?(?:snow|snowfall|rain|storm|fog|ice|flooding|"
    r"floods?|wind|winds|gales?|heatwave) )"
)
EXTERNAL_FAILURE = compile_any(
    "external failure",
    rf"{_AGENT}(?:{'|'.join(_FAILURE)})",
    r"your (?:calendar )?(?:invite|invitation|booking|confirmation|email|message|calendar|"
    r"system|scheduling tool) (?:GAP )?(?:showed|said|stated|listed|gave|displayed|read|had it)",
    r"(?:stuck|caught|held up|delayed|trapped|sat|waiting) (?:in|behind|on|at) (?:GAP )?"
    r"(?:traffic|a jam|a traffic jam|roadworks|the motorway|the highway|the freeway|congestion|"
    r"a queue|the queue|the platform|the station|the airport|the border|security)",
)
# A named cause: "because of the traffic", "due to a signal failure".
CAUSE = compile_any(
    "named cause",
    r"(?:because of|due to|thanks to|owing to|on account of|caused by|as a result of) (?:GAP )?"
    r"(?:traffic|roadworks|road works|congestion|weather|snow|rain|fog|storm|strike|strikes|"
    r"train|trains|bus|buses|tube|subway|metro|airline|flight|flights|delays?|cancell?ations?|"
    r"calendar|app|system|software|platform|zoom|teams|internet|wi-?fi|connection|power|"
    r"outage|isp|provider|landlord|assistant|recruiter|babysitter|nanny|childminder|"
    r"neighbou?r|roommate|flatmate|housemate|boss|manager|colleague|invite|invitation|link|"
    r"email|reminder|receptionist|security|parking|signal|phone|battery|alarm|laptop|computer|"
    r"update|taxi|uber|driver|car|accident|crash|collision|breakdown|diversion|closure|road "
    r"closure|power cut|blackout|outage|an? (?:\w+ )?(?:accident|crash|breakdown|delay|strike|"
    r"outage|failure))",
)
# Fault put on someone else in so many words.
EXPLICIT_FAULT = compile_any(
    "explicit fault",
    r"(?:it|this|that) (?:was|is) (?:the|your|their|his|her|[\w-]+'s) (?:GAP )?(?:fault|mistake|"
    r"error|doing)",
    r"[\w-]+'s (?:fault|mistake|error)",
    r"(?:fault|mistake|error) (?:of|by) (?:the|your|their)",
    r"(?:was|is) (?:all )?down to (?:the|your|their)",
    r"blame (?:the|your|their|my (?:assistant|calendar|phone|alarm|laptop|internet|provider))",
    r"(?:will not|would not|did not|do not|does not) let me",
    r"(?:made|forced) me (?:to )?(?:miss|cancel|stay|leave|wait)",
    r"(?:you|your (?:\w+ )?(?:team|office|recruiter|system|company|colleague|assistant|hr)) "
    r"(?:should|could|ought to) have",
    r"(?:would|might|could) have helped if (?:you|your)",
    r"the only reason i (?:missed|was late|could not)",
    r"(?:because|since|as) (?:you|your|the recruiter|the company|hr|they|nobody|no one) (?:GAP )?"
    r"(?:sent|gave|told|never|did not|forgot|failed|put|changed|moved)",
)
# What ties a failure to the miss: a consequence, or the miss itself said beside it.
CONSEQUENCE = compile_any(
    "consequence",
    r"so|which meant|which is why|that is why|this is why|meaning|hence|as a result|therefore|"
    r"because|since|by the time|leaving me|left me|and i|and so",
    r"(?:i|we) (?:ADV )?(?:could not|can not|was not able|were not able|was unable|had no way|"
    r"did not make it|missed|was late|am late|was not on|could not get|could not join|"
    r"could not leave|could not connect|could not attend|could not make|could not be|"
    r"was stranded|was stuck)",
    r"no way (?:to|of|for)",
)
# Words that mark a cause as owned when they sit in its sentence ("..., which is no excuse").
OWNED_CAUSE = compile_any(
    "owned cause",
    r"(?:but|and|yet|though|however|still|even so)[,]? (?:GAP )?i (?:ADV )?(?:should|ought to|"
    r"could|must) ADV have",
    r"(?:but|and|yet|though|however|still|even so)[,]? (?:GAP )?i (?:ADV )?(?:should|ought to|"
    r"must) (?:go|leave|start|set off|come) (?:GAP )?(?:earlier|sooner|before)",
    r"(?:which|this|that|it) ADV (?:is|was) ADV (?:no|not an) excuse",
    r"(?:but|and|yet|still|ultimately|however)[,]? (?:GAP )?(?:that is|it is|it was|that was|"
    r"the responsibility is|the fault is|the blame is) (?:ADV )?(?:all |still )?(?:on me|mine|"
    r"my (?:responsibility|fault|mistake|doing))",
)

# A genuine emergency or medical event, stated as fact.
EMERGENCY = compile_any(
    "emergency",
    r"(?:a|an|my|our|the|family|personal|medical|real|genuine|urgent|sudden) (?:GAP )?"
    r"emergenc(?:y|ies)",
    r"(?:in|to|at|from|into) (?:the )?(?:hospital|a&e|a ?& ?e|er|emergency room|urgent care|"
    r"intensive care|icu)",
    r"(?:was|were|been|got|being) (?:rushed|admitted|taken|brought) (?:to|into) (?:the )?"
    r"(?:hospital|a&e|er|a ?& ?e)",
    r"hospitali[sz]ed",
    r"(?:was|were|been|had|got) (?:GAP )?(?:in|into|involved in) (?:a|an) (?:GAP )?(?:accident|"
    r"crash|collision)",
    r"(?:my|our|a) (?:car |road |bike |serious )?(?:accident|crash)",
    r"(?:an|the) ambulance",
    r"passed away|died suddenly|bereavement|a death in (?:my|the|our) family|funeral|"
    r"(?:father|mother|dad|mum|mom|husband|wife|partner|son|daughter|child|brother|sister|"
    r"grandmother|grandfather|grandma|grandpa|aunt|uncle) (?:GAP )?(?:died|passed|had a "
    r"(?:stroke|heart attack|fall)|fell|collapsed)",
    r"(?:a|an|my|sudden) (?:medical|health) (?:issue|problem|condition|situation|matter|"
    r"episode|scare|procedure)",
    r"(?:went|go|gone) into labou?r",
    r"(?:a|an) (?:seizure|heart attack|stroke|allergic reaction|asthma attack|migraine|fever|"
    r"injury|high temperature)",
    r"(?:fell|was|became|got|been|was taken|been taken|felt|feel|am|came down with|woke up) "
    r"(?:ADV )?(?:seriously |suddenly |severely |very )?(?:ill|sick|unwell|poorly|flu|"
    r"covid|a fever|food poisoning)",
    r"taken ill|food poisoning|jury service",
    r"(?:son|daughter|child|kid|baby|mother|father|mum|dad|partner|wife|husband)'?s? "
    r"(?:GAP )?(?:school|nursery|doctor|hospital|ill|sick|unwell|fever|temperature)",
)
# "An emergency budget meeting" is not an emergency of the writer's.
NOT_EMERGENCY = compile_any(
    "not an emergency",
    r"emergency (?:budget |board |team |staff |client |all-hands )?(?:meeting|call|review|"
    r"session|briefing|deadline|project|work|shift)",
    # The place or field of the job applied for: "the nurse post at the hospital".
    r"emergency (?:planning|medicine|management|services|response|preparedness|nursing|care)",
    r"(?:role|post|position|job|vacancy|team|ward|department|nurse|nursing|doctor|staff|career) "
    r"(?:GAP6 )?(?:at|in|with|for) (?:the |st [\w'-]+ |[\w'-]+ )?(?:hospital|a&e|emergency "
    r"(?:department|room)|urgent care|icu|intensive care)",
    r"(?:hospital|a&e|emergency|urgent care|icu) (?:GAP )?(?:role|post|position|job|vacancy|team|"
    r"nursing|nurse|doctor|medicine|department|care team)",
)

# --- New time -------------------------------------------------------------------------------

RESCHEDULE = compile_any(
    "reschedule",
    r"re-?(?:schedul|arrang|book|organi[sz])\w*|reconven\w*",
    r"redo|re-?do|rerun|try again|another go|another shot|run it back|another crack|rain ?check",
    r"(?:some ?time|sometime|any ?time|some day|one day) (?:GAP )?(?:this|next|later this|in the "
    r"next) (?:week|month|fortnight)",
    r"(?:another|a new|a different|an alternative|alternative|a later|later|a second|one more|"
    r"some other|other|new|different|fresh|further|a few|a couple of|some|few|two or three|"
    r"more|any|a convenient|a suitable|suitable|convenient) (?:new |other |alternative |"
    r"convenient |suitable |possible |available )?WHEN",
    r"(?:find|arrange|set up|setup|book|schedule|organi[sz]e|propose|agree|pick|choose|suggest|"
    r"fix|offer|spare|make|move|push|shift|postpone|bring forward|rebook|give me|grant me|"
    r"settle on|look at|look for|find us|get|have) (?:GAP )?WHEN",
    r"(?:meet|speak|talk|chat|connect|interview|catch up|reconnect|reconvene|regroup|try|go|hop on|"
    r"jump on|"
    r"get together|sit down|come in|call)\w* (?:GAP )?(?:again|later|another|at a later|"
    r"at another|soon|at your convenience|whenever|any ?time|at a time|at whatever|next|"
    r"this week|on \w+day|some other|in the coming|in the next|tomorrow)",
    r"(?:i|we) (?:am|are|will be|would be|can be|could be|should be) ADV (?:free|available|"
    r"flexible|around|able to (?:meet|talk|speak|come|join|make))",
    r"(?:free|available) (?:any ?time|whenever|any day|all day|all week|most days|next week|"
    r"this week|any other)",
    r"i (?:ADV )?(?:can|could|will|would) (?:ADV )?(?:do|make|manage|fit|come|be there|join|talk|"
    r"meet|take|adapt|adjust|call|dial in|attend|be available|make myself)",
    r"(?:could|can|shall|might|should) we (?:GAP )?(?:meet|speak|talk|try|do|have|find|set|"
    r"schedule|arrange|move|look|go|book|pick|agree|connect|chat|push)",
    r"(?:would|could|can|might|will) you (?:ADV )?(?:be )?(?:open|willing|available|able|free|"
    r"consider|have|like|prefer|up for|propose|suggest|offer|send|advise|let me know|give me|"
    r"allow|agree)",
    r"(?:is|would|will) (?:it|there|that) (?:still )?(?:be )?(?:possible|a possibility|any "
    r"possibility|any chance|a chance|an option|okay|ok|alright)",
    r"(?:do|would|will|does) (?:you|anyone|the panel) (?:GAP )?have (?:GAP )?(?:time|"
    r"availability|a slot|any slots|a spare|a window|any time|a moment|room)",
    r"if you have (?:GAP )?(?:time|a spare|a moment|any time|a window|half an hour|a few "
    r"minutes)",
    r"(?:when|what time|which day|what day|what dates?|when else|what else) (?:GAP )?"
    r"(?:would|could|might|is|are|works?|suits?|is good|is best|is convenient|you are free|"
    r"you are available|can we|should we|shall we)",
    r"are you (?:ADV )?(?:free|available|around|up for)",
    r"(?:are you|if you are|you are) (?:ADV )?(?:interested in|open to|willing to) (?:speaking|"
    r"talking|meeting|chatting|connecting|continuing|another|a (?:new |second )?(?:call|chat|"
    r"conversation|meeting))",
    r"up for (?:a|another) (?:chat|conversation|call|talk)",
    r"(?:works?|suits?|is good|is best|is convenient|is easiest|is easier|fits?|would work|"
    r"works best) (?:for )?you",
    r"(?:whenever|whatever|any ?time|at a time|at any time|a time|whichever|a day|any day|"
    r"any hour|a date) (?:GAP )?(?:suits|works|is convenient|is best|best suits|fits|suit|"
    r"work|is good|is easiest|you (?:prefer|choose|like|want|propose|name|pick|say|suggest|"
    r"decide|set))",
    r"at (?:your|a) (?:earliest )?(?:convenience|availability|choosing)",
    r"(?:at|on) a (?:time|date|day) of your (?:choosing|choice)",
    r"to suit (?:you|your)",
    r"(?:work|fit|adapt|adjust|arrange myself|plan) (?:in )?(?:around|to) (?:you|your)",
    r"(?:make|making) myself available",
    r"make (?:it|one of them|whatever|any|that) (?:GAP )?work",
    r"(?:room|space|a gap|any gap|gaps|a slot|time|an opening|any opening) in (?:your|the) "
    r"(?:diary|calendar|schedule)",
    r"spare (?:me )?(?:GAP )?(?:minutes|mins|half an hour|an hour|a moment|some time|a few)",
    r"keep (?:GAP )?(?:clear|free|open) for you",
    r"(?:could|can|might|would|may) (?:the|our|my) (?:interview|call|meeting) be (?:moved|"
    r"rescheduled|rearranged|pushed|postponed|rebooked)",
    r"jump at (?:the|a) chance (?:to )?(?:talk|meet|speak|interview|chat|connect)",
    r"(?:consider|agree to|be willing to|still) (?:GAP )?(?:seeing|meeting|interviewing|"
    r"speaking with|talking with|talking to|hearing from) me",
    r"(?:second|another|one more|new|fresh|further) (?:chance|opportunity|shot|try|interview|"
    r"meeting|conversation|call)",
    r"(?:give|grant|offer|allow) me (?:another|a second|one more|a new|a further) (?:chance|"
    r"opportunity|interview|try|slot)",
    r"(?:still|again) (?:be )?(?:possible|an option|on the table)",
    r"if (?:a new interview|a new time|meeting again|another interview|another meeting|the "
    r"door is still open|you are still open|it is still possible|there is still a chance)",
    r"(?:let me know|tell me|advise|send me|share|please suggest|please propose|please let me "
    r"know|please advise) (?:GAP )?(?:a|some|any|the|another|a few|new|what|when|which|if|"
    r"whether) ?(?:GAP )?(?:time|times|date|dates|slot|slots|day|days|works|suits|is good|"
    r"else works|you are free|you are available|you would like|you still|you want|you are "
    r"still)",
    r"let me know if (?:GAP )?(?:you|we|there|another|that|this|a)",
    r"(?:hope|trust|wonder if|wondering if) (?:that )?we (?:can|could|might|will|may) (?:ADV )?"
    r"(?:meet|talk|speak|connect|find|arrange|reschedule|try)",
    r"(?:get|put|book|pop) (?:something|a time|a slot|us|it|a call|a meeting) (?:back )?in (?:the|"
    r"your|our) (?:diary|calendar|diaries|calendars)",
    r"when (?:we|i) (?:ADV )?(?:can|could|might|should|shall|may) (?:meet|talk|speak|reschedule|"
    r"connect|chat|try again|have (?:the|our|a|another))",
    r"i (?:ADV )?(?:will|would|can|shall|am ready to) (?:ADV )?(?:be there|come|join|call|dial "
    r"in|make it|attend|be available|be ready|be free) (?:GAP )?(?:whenever|any ?time|at any|on "
    r"any|at a time|at your|at whatever|any day|any hour)",
    r"any (?:time|slot|window|day|date) (?:GAP )?(?:you|that you) (?:could|can|might|would) "
    r"(?:spare|offer|give|find|suggest|propose)",
    r"(?:happy|glad|willing|keen|ready|able|eager|pleased) to (?:ADV )?(?:meet|talk|speak|"
    r"interview|connect|chat|join|come in|hop on|jump on|make myself available|go with|work "
    r"around|fit around|rearrange|reschedule|rebook|find|move)",
    r"(?:another|a new|a better|a different) (?:time|day|date) (?:GAP )?(?:works|suits|is better)",
    # The new time of a heads-up: an arrival time, or how far away the writer is.
    r"(?:be|get|arrive|join|dial in|start|log on|be on|be there|be with you|be at reception|"
    r"there) (?:GAP )?(?:by|in|at|around|within) (?:about |around |roughly |approximately )?"
    r"(?:\d+|half|a few|ten|five|fifteen|twenty|thirty|an hour)",
    r"eta",
    r"(?:\d+|ten|five|fifteen|twenty|thirty|a few|a couple of) (?:minutes|mins|min|hours?) "
    r"(?:away|late|behind|out)",
    r"on my way",
    r"as soon as (?:i can|possible|i am free|i am able)",
    r"(?:start|begin|join) (?:a bit |a little |slightly )?later",
)

FLEXIBLE = compile_any(
    "flexible",
    r"(?:any|whatever|whichever|any other|another|some other|a different) (?:time|day|date|"
    r"slot)s? (?:that )?(?:GAP )?(?:suits|works|is convenient|you prefer|you choose|best|is "
    r"better|is easier)",
    r"(?:or|and) (?:any|another|some|other|a different) (?:other )?(?:time|day|date|slot)",
    r"(?:other|any) (?:times|days|dates|slots) (?:GAP )?(?:work|suit|are fine|are good)",
    r"(?:any|whatever|whichever) (?:time|day|date|slot)s? (?:GAP )?(?:is|are|would be) (?:ADV )?"
    r"(?:okay|ok|fine|good|alright|great)",
    r"(?:flexible|open to|happy to work around|fit around your|work around your|fit in around|"
    r"at your convenience|whenever suits|whenever works|whenever is|your availability|"
    r"your schedule|your diary|your calendar|suits you|works for you|works best for you|"
    r"you prefer|you would prefer|if that does not work|if that is too late|if not)",
    r"(?:anytime|any time|whenever)",
    r"any (?:day|time|date|morning|afternoon) (?:GAP )?(?:next|this|the following|in the coming) "
    r"(?:week|month|fortnight)",
    r"(?:make|making) myself available",
    r"happy to (?:adjust|adapt|move things|shift things|rearrange|be flexible)",
    r"(?:can|could|will|am able to) (?:adjust|adapt|move things|rearrange things)",
)

RIGID = compile_any(
    "rigid",
    r"i (?:am|will be) (?:only|just) (?:available|free|around|in town|reachable)",
    r"(?:a|the) (?:weekend|evening|morning|remote|video|phone) (?:slot|call|meeting|interview|"
    r"time) (?:would|will) (?:be needed|be required|have to be|need to be|be necessary)",
    r"(?:let me know|tell me|reply|respond|get back to me|confirm) (?:GAP )?(?:a new time |a time "
    r"|a date )?(?:by|before|no later than) (?:tomorrow|WEEKDAY|the end|close|end of|\d+)",
    r"(?:only|just) (?:available|free|possible|works?) (?:on|at|after|before|between|in|from|"
    r"until|during)",
    r"(?:i|we) can only (?:do|make|meet|manage|talk|speak|be available|offer)",
    r"(?:the|my) only (?:free |available |open |possible |remaining )?(?:times?|days?|dates?|"
    r"slots?|windows?|options?|availability|openings?)",
    r"(?:unavailable|not available|not free|away|booked up|booked solid|out of the country) "
    r"(?:GAP )?(?:until|till|through|before) (?:the end|early|mid|late|next|january|february|"
    r"march|april|may|june|july|august|september|october|november|december|\d)",
    r"only (?:times?|days?|dates?|slots?|windows?|options?|alternatives?|openings?|availability) i "
    r"(?:have|can)",
    r"only (?:on )?(?:mondays|tuesdays|wednesdays|thursdays|fridays|saturdays|sundays|weekends|"
    r"evenings|mornings|afternoons)",
    r"(?:it|this|that|the interview|the call|the meeting) (?:has|have|needs|need|must|would have|"
    r"will have|would need|will need) (?:to )?be (?:on|at|after|before|in|between|during|a remote|"
    r"remote|online|virtual|by phone|by video|over the phone|an? (?:afternoon|morning|evening|"
    r"weekend|weekday))",
    r"(?:i|we) (?:need|would need|will need|require) (?:it|the interview|the call|the meeting) to "
    r"be (?:on|at|after|before|in|between|during|remote|online|an?)",
    r"(?:mornings|afternoons|evenings|weekends|weekdays|mondays|tuesdays|wednesdays|thursdays|"
    r"fridays) (?:are|is) (?:ADV )?(?:impossible|out|not possible|no good|a no) for me",
    r"(?:please |let us )?make it (?:on )?(?:WEEKDAY|tomorrow)",
    r"i (?:will not|can not|would not|am not going to) (?:travel|come in|come back|commute|"
    r"make the trip) (?:GAP )?again",
    r"you (?:would|will)? ?(?:need|have|has) to (?:GAP )?(?:work around|fit around|accommodate|"
    r"adjust)",
    r"(?:work|fit) around (?:my|me)",
    r"no (?:earlier|later) than",
    r"(?:i can not|i will not|i do not) (?:do|make|meet on|take) (?:any )?(?:mornings|"
    r"afternoons|evenings|mondays|tuesdays|wednesdays|thursdays|fridays|weekends|calls)",
    r"take it or leave it",
    r"(?:that is|it is) (?:my|the) (?:only|last) (?:option|offer|availability)",
    r"and that is it|nothing (?:else|later|earlier)",
)

# Words that make a sentence a proposal of a time, and words that place it in the past.
PROPOSAL_CUE = compile_any(
    "proposal cue",
    r"could|can|would|shall|how about|what about|are you|i am free|i am available|works for me|"
    r"suit|propose|suggest|available|free|instead|let us|i could do|work for you",
)
UNAVAILABLE = compile_any(
    "unavailable",
    r"(?:not|never) (?:be )?(?:available|free|around)|(?:can not|will not be able to|could not) "
    r"(?:do|make|manage|attend|come|be there|join)|(?:busy|away|out of (?:the )?office|"
    r"travell?ing|on leave|booked) (?:on|at|until|all|this|next|tomorrow)",
)
# A time already settled between both sides, named to thank or confirm, not to propose.
SETTLED_TIME = compile_any(
    "settled time",
    r"(?:thank you|thanks|grateful) for (?:agreeing|arranging|offering|fitting|finding|giving)|"
    r"(?:our|the) (?:new|rescheduled|agreed) (?:time|date|slot|interview|meeting)|"
    r"(?:as|we have|you have|now) (?:agreed|arranged|confirmed)|in my (?:calendar|diary)|"
    r"look forward to",
)
SLOT = compile_any(
    "slot",
    r"(?:on |next |this )?(?:WEEKDAY|tomorrow)(?:,? (?:the )?(?:\d{1,2}(?:st|nd|rd|th)? )?"
    r"(?:of )?(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)\w*)?(?:,? (?:at |@ |from |"
    r"around |between )?\d{1,2}(?:[:.]\d{2})? ?(?:am|pm)?| (?:morning|afternoon|evening))?",
    r"(?:the )?\d{1,2}(?:st|nd|rd|th)? (?:of )?(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|"
    r"nov|dec)\w*(?:,? (?:at )?\d{1,2}(?:[:.]\d{2})? ?(?:am|pm)?)?",
    r"(?:the )?\d{1,2}(?:st|nd|rd|th)(?: at \d{1,2}(?:[:.]\d{2})? ?(?:am|pm)?)?",
    r"\d{1,2}(?:[:.]\d{2})? ?(?:am|pm)",
    # Only "later today": "this afternoon" is as often the time that was missed.
    r"later today",
    r"\d{1,2}:\d{2}",
    r"at \d{1,2}(?:[:.]\d{2})?(?: ?(?:am|pm))?",
)

# --- Enthusiasm -----------------------------------------------------------------------------

ENTHUSIASM = compile_any(
    "enthusiasm",
    r"(?:interested|keen|keener|excited|enthusiastic|eager|passionate|motivated|thrilled|"
    r"delighted|drawn|committed|invested|energi[sz]ed|inspired|attracted|stoked|psyched|pumped|"
    r"enthused|"
    r"chuffed) (?:in|about|by|to|"
    r"for|on|at|with)",
    r"(?:remain|remains|remained|am|are|is|be|stay|feel|felt|still|and|but|so|very|really|"
    r"highly|genuinely|truly|deeply|more|even more|even|left|came away|i am) ADV (?:so |very |"
    r"really |still |even )?(?:interested|keen|keener|excited|enthusiastic|eager|passionate|"
    r"motivated|committed|thrilled|convinced)",
    r"(?:my|great|strong|keen|genuine|real|continued|sincere|deep|high|huge|growing|"
    r"undiminished|a lot of) (?:ADV )?(?:interest|enthusiasm|excitement|passion|motivation|"
    r"commitment)",
    r"(?:interest|enthusiasm|excitement|passion) (?:in|for) (?:the|this|your|joining|working|"
    r"contributing|[\w-]+)",
    r"(?:would|should|do|does|did|i) ADV (?:love|like|welcome|value|relish|appreciate|enjoy|"
    r"be thrilled|be delighted|be proud|be glad|be happy|be honou?red|be excited|want|hope) "
    r"(?:GAP )?(?:to|the chance to|the opportunity to|a chance to) (?:GAP )?(?:join|contribute|"
    r"be part|be a part|work|bring|help|build|lead|grow|learn more|hear more|discuss|"
    r"(?:keep|continue|go on) (?:talking|speaking|the conversation) (?:about )?(?:the|this|your|"
    r"joining)|talk (?:more )?about|(?:chat|speak|hear) (?:more )?about (?:the|this|your|joining|"
    r"working)|show|demonstrate|continue|take on|be considered|keep the conversation|"
    r"be involved|support)",
    r"(?:excites|appeals to|interests|inspires|motivates|energi[sz]es|attracts) me",
    r"(?:would mean|means|meant|would be) (?:a lot|a great deal|so much|the world|everything|"
    r"a dream) to me",
    r"(?:goal|dream|ambition|aspiration) (?:of mine|for me)",
    r"(?:remains|is|has always been|was always) my (?:goal|ambition|aim|dream|priority|calling)",
    r"(?:is|was) (?:the|my) (?:main |whole |very |real )?reason (?:why )?i (?:applied|am applying|"
    r"wanted|want)",
    r"(?:love|like|keen|glad|happy) to (?:GAP )?(?:pick up where we left off|carry on (?:the|our) "
    r"(?:conversation|discussion))",
    r"the (?:one|role|job|position) i (?:would )?(?:most |really |still )?(?:like|want|hope for|"
    r"prefer|love)",
    r"(?:exactly |precisely |just )?the (?:kind|sort|type) of (?:work|role|job|team|challenge|"
    r"place|company) i (?:ADV )?(?:want|would love|hope|am keen|have been looking|love|enjoy)",
    r"(?:is|are) (?:exactly |precisely |just )?what i (?:ADV )?(?:want|love|enjoy|have been "
    r"looking for|am looking for|hope)",
    r"(?:drew|draws|attracted|brought|led) me to (?:the|this|your|apply)",
    r"(?:strong|great|valuable|good|real) (?:addition|asset) to (?:the|your|this)",
    r"can not wait to (?:GAP )?(?:learn|join|meet|speak|talk|discuss|start|work|hear|contribute)",
    r"(?:am|still|really|so|very|super|totally) (?:ADV )?into (?:this|the|your) (?:role|job|"
    r"position|opportunity|team|company|work)",
    r"(?:admire|admired|respect|respected|value|valued|believe|believed|love|loved|like|liked|"
    r"appreciate|appreciated|follow|followed|following|enjoy|enjoyed) (?:GAP )?(?:the|your|what|"
    r"how|its|their|in|[\w-]+'s) (?:GAP )?(?:work|team|company|mission|product|vision|approach|"
    r"culture|organi[sz]ation|role|business|doing|building|achieved|research|plans|projects|"
    r"campaigns|values|story|conversation|mission|products|services)",
    r"(?:the|this|a|that) (?:[\w-]+ ){0,3}?(?:role|position|job|opportunity|team|work|post) "
    r"(?:GAP )?(?:means|matters|is exactly|is one|is of real|is of great|remains|is a great|is an "
    r"exciting|is a perfect|is the kind|is important|is very important|sounds|fits|would be|"
    r"is something)",
    r"(?:a|the) (?:great|perfect|strong|natural|ideal|excellent|good|real) fit",
    r"my (?:first|top|number one|clear|preferred) (?:choice|preference|option)",
    r"(?:care|cared) (?:deeply |a lot |a great deal |very much |so much )?about (?:this|the) "
    r"(?:role|opportunity|position|job)",
    r"(?:care|cared) (?:deeply |a lot |a great deal |very much |so much )?about (?:what you|your "
    r"(?:work|mission|team|product|company))",
    r"(?:resonates|resonated|speaks|spoke) (?:ADV )?(?:deeply |strongly )?(?:with|to) me",
    r"(?:i|really|truly|so|genuinely|still) (?:ADV )?(?:want|wanted) (?:ADV )?(?:very much )?"
    r"(?:this|the) (?:role|job|position|opportunity)",
    r"(?:want|wanted|would like) (?:ADV )?(?:very much )?to (?:work|join|be part|be a part|"
    r"contribute)",
    r"(?:look|looks|looking|looked) forward to (?:GAP )?(?:speaking|talking|discussing|meeting|"
    r"our conversation|the conversation|the interview|the chance|the opportunity|learning|"
    r"working|joining|contributing|the possibility|it|the role|continuing|showing)",
    r"(?:eager|keen|excited|happy|glad|hoping|hope|want|wanting|wish|thrilled|proud) to (?:GAP )?"
    r"(?:learn more|discuss|continue|hear more|join|contribute|show|demonstrate|talk about|"
    r"(?:chat|speak|hear) (?:more )?about (?:the|this|your|joining|working)|"
    r"explore|be part|be a part|be considered|work|help|bring|keep the conversation|take on|"
    r"lead|build)",
    r"contribut\w* (?:GAP6 )?to (?:the|your|this|it|its|their) ?(?:team|company|organi[sz]ation|"
    r"mission|work|business|success|role|growth|goals|projects)?",
    r"(?:my|the) interest (?:GAP )?(?:is|remains) (?:as strong as ever|undiminished|strong|"
    r"unchanged|the same|high)",
    r"(?:still|very) (?:ADV )?interest (?:in|for|to)",
    r"(?:i am|am|still|very) (?:ADV )?interesting (?:in|for|to)",
)

# A warm word in the same sentence as the role, the team or the company: interest said in
# words no family above lists ("the mission is fascinating to me").
WARM_WORD = compile_any(
    "warm word",
    r"love|loved|enjoy\w*|excit\w*|eager\w*|keen\w*|passion\w*|admir\w*|inspir\w*|appeal\w*|"
    r"attract\w*|thrill\w*|delight\w*|fascinat\w*|motivat\w*|enthus\w*|interested|impressed|"
    r"impressive|dream|values align|ticks every box",
)
ROLE_WORD = compile_any(
    "role word",
    r"roles?|positions?|jobs?|opportunit(?:y|ies)|teams?|company|organi[sz]ations?|mission|"
    r"products?|lab|department|firm|vacancy|post",
)
NEGATED_ENTHUSIASM = compile_any(
    "negated enthusiasm",
    r"(?:not|no longer|less|hardly|never) (?:ADV )?(?:that |so |as |very |really )?(?:interested|"
    r"keen|excited|enthusiastic|motivated)",
    r"lost (?:GAP )?interest",
)

# --- Tone -----------------------------------------------------------------------------------

# "Still nothing back": both a sign of a follow-up and a reproach in one.
_STILL_NO_REPLY = r"still (?:nothing|no (?:reply|response|word|answer))(?: back)?"
FRUSTRATION = compile_any(
    "frustration",
    # Venting.
    r"(?:frustrat(?:ed|ing)|annoy(?:ed|ing)|irritat(?:ed|ing)|infuriat(?:ed|ing)|furious|livid|"
    r"pissed|fed up|sick of|tired of|exasperat\w+)",
    # Put-downs.
    r"(?:ridiculous|absurd|outrageous|pathetic|nonsense|insulting|short-?sighted|laughable|"
    r"a (?:\w+ )?joke|useless|terrible design|poorly organi[sz]ed|badly organi[sz]ed|"
    r"incompetent|amateurish)",
    r"(?:your|the recruiter's|the company's|this|the) (?:GAP )?(?:is|was|seems|seemed) ADV "
    r"(?:unacceptable|unfair|a joke|unprofessional|disorgani[sz]ed|a shambles|a mess|unclear|"
    r"confusing|misleading)",
    r"(?:it is|is|seems|seemed|that is) (?:ADV )?(?:unfair|a shame that|a pity that)",
    r"it is (?:a shame|a pity) (?:that|how)",
    # "To be fair, you..." reproaches; "to be fair to you" does the opposite.
    r"to be (?:fair|frank|honest),? (?:you|your|the|it|this|three|two|a|that|i|my|one)",
    r"to be (?:fair|frank|honest), (?:GAP )?(?:you|your|the|it|this|three|two|a|that|i|my|one)",
    r"in (?:all )?fairness|with (?:all )?due respect|for the record|just so you know|"
    r"let me be clear",
    r"(?:as (?:i am) sure you (?:know|understand|can imagine)|surely you (?:can|must|will)|"
    r"as you (?:surely|must) know|i am sure you understand)",
    r"(?:obviously|clearly),? (?:you|your)",
    # Pressure and ultimatums.
    r"(?:i have|i have got|i am considering|i am weighing|weighing|i am in|in) (?:GAP )?"
    r"(?:other|several|multiple|a few|competing|another|final) (?:offers?|opportunities|"
    r"interviews|companies|options|firms|rounds)",
    r"(?:other|competing) (?:offers?|companies|opportunities|firms) (?:GAP )?(?:waiting|"
    r"interested|pursuing|on the table|chasing|lined up)",
    r"(?:need|expect|want|require) (?:an answer|a response|a reply|to hear back|a decision|"
    r"confirmation) (?:GAP )?(?:by|before|within|today|asap|immediately|urgently|either way|"
    r"quickly|soon)",
    r"(?:a|an) (?:quick|prompt|fast|swift|speedy|immediate|rapid) (?:decision|answer|reply|"
    r"response|turnaround)",
    r"(?:reply|respond|answer|hear back|hear from you|let me know|decision|decide|know|get "
    r"back to me|confirm) (?:GAP6 )?(?:by|before|no later than) (?:the )?(?:end|close|"
    r"tomorrow|tonight|today|monday|tuesday|wednesday|thursday|friday|noon|midday|\d+)",
    r"if i (?:do not|have not|haven't) (?:hear|heard|get|receive) (?:GAP )?(?:by|before|soon|"
    r"within|back)",
    r"i (?:will|would|shall) (?:assume|take that as|look elsewhere|move on)",
    # Withdrawing is a threat only with a condition; "so I will withdraw" is a decision.
    r"(?:otherwise|or else|if not|failing that),? i (?:will|would|shall) (?:have to )?withdraw",
    r"(?:final|last) (?:warning|offer|follow-?up|chance|email)",
    r"(?:time-sensitive|time sensitive|ultimatum)",
    r"(?:interviewing|in final rounds?|in talks|in process) (?:GAP )?elsewhere",
    r"(?:final|late|advanced|last) (?:stages?|rounds?) (?:with|at|for) (?:another|other|"
    r"a different|two other|several other)",
    r"sooner (?:would be|is|will be) better|the sooner the better",
    r"(?:been offered|have an offer|received an offer|got an offer) (?:GAP )?(?:another|a|an|"
    r"for) (?:GAP )?(?:role|job|position|offer|salary)",
    r"if you (?:can|could) (?:move|act|decide) (?:quickly|fast|soon)",
    r"(?:let me know|reply|respond|answer|get back to me|hear back) (?:GAP )?(?:asap|"
    r"immediately|right away|urgently)",
    # Lecturing and blaming the reader's side.
    r"(?:it )?would have (?:helped|been (?:nice|helpful|good|useful|easier|courteous|"
    r"polite)) (?:GAP )?(?:if )?(?:you|your|the recruiter|someone|anyone|they|hr|somebody)",
    r"it would be (?:courteous|polite|nice|good manners|professional) to",
    r"(?:as|like) (?:most|other|any|every|all) (?:other )?(?:companies|employers|recruiters|"
    r"firms|organi[sz]ations|company|employer|recruiter) (?:GAP )?(?:do|does|would)",
    r"(?:most|other|normal|professional|good) (?:companies|employers|recruiters|firms|"
    r"organi[sz]ations) (?:GAP )?(?:send|do|would|usually|always|give|confirm|remind)",
    r"(?:why|how) (?:did not|could not|was not|would|could|did) (?:you|anyone|nobody|no one|"
    r"your team|the recruiter|someone)",
    r"(?:you|your team|the recruiter|hr|your company|your office|they) (?:ADV )?(?:should have|"
    r"could have|ought to have|failed to|never bothered|did not bother|need better|need to "
    r"(?:fix|improve|sort))",
    r"(?:you|your (?:[\w-]+ )?(?:team|company|recruiter|hr|office|process|invitations?|emails?)) "
    r"(?:ADV )?(?:could|should|need to|might want to|may want to|ought to) (?:GAP )?(?:make|"
    r"improve|fix|consider|clarify|include|state|mention) (?:GAP )?(?:this|that|it|things|the|"
    r"your|clearer|better)",
    r"(?:(?:should|shall|do) i|(?:if|whether) i (?:should|need to|ought to)) (?:GAP )?(?:keep "
    r"waiting|wait any longer|look elsewhere|move on)",
    r"(?:nobody|no one|no-one) (?:GAP )?(?:reminded|told|sent|called|confirmed|bothered|"
    r"answered|picked up|replied|followed up|checked|chased|reached out|got in touch|contacted)",
    r"(?:surprised|disappointed|shocked|amazed|puzzled|taken aback) (?:GAP )?(?:that )?(?:nobody|"
    r"no one|you|your team|the recruiter|hr|they|the panel|the company)",
    r"in my (?:own )?defen[cs]e|which i did (?:mention|say|tell|point out|flag|raise)",
    r"(?:bigger|big|larger) (?:issue|deal|problem|thing) than it (?:needs|has|ought) to be",
    r"i (?:do not|can not) (?:understand|see) why",
    r"you (?:should|must|need to|have to|ought to) (?:understand|realise|realize|know|appreciate|"
    r"get)",
    r"(?:if you (?:can not|will not|do not) (?:GAP )?(?:understand|accommodate|see|give))",
    r"(?:i do not|i did not) need (?:a|the) (?:lecture|sermon|reminder)",
    r"(?:seemed|seems|was|were) (?:ADV )?(?:so |very )?(?:annoyed|upset|angry|put out|"
    r"bothered) (?:about|over|by)",
    r"(?:process|scheduling|communication|organi[sz]ation|system|setup|arrangements?) (?:GAP )?"
    r"(?:has |have )?(?:felt|been|seemed|seems|is|was|were) (?:ADV )?(?:rather |quite |a bit |"
    r"somewhat |a little |pretty )?(?:disorgani[sz]ed|chaotic|confusing|messy|slow|unclear|poor|"
    r"lacking|haphazard|all over the place)",
    r"i am sure you (?:will|would|can|must) (?:agree|understand|see)",
    r"(?:i would|i) (?:ADV )?expect (?:GAP )?(?:understanding|flexibility|leniency|consideration|"
    r"slack|a second chance)",
    r"would have (?:appreciated|liked|preferred) (?:a|an|some|the) (?:reminder|heads-?up|"
    r"confirmation|call|email|notice|follow-?up)",
    r"i (?:have|had) (?:ADV )?(?:given up|sacrificed|turned down) (?:GAP )?(?:a lot|so much|"
    r"everything|my|other|a day|leave|holiday)",
    r"(?:second|third|fourth|several|multiple) time (?:GAP6 )?(?:has |have |had )?(?:been )?"
    r"(?:changed|moved|rescheduled|cancell?ed)",
    # Dismissing the miss.
    r"(?:(?:not|hardly|no) (?:such )?a big deal|no big deal|(?:just|only) one (?:interview|"
    r"missed|call|meeting)|these things happen|it happens to (?:everyone|everybody|the best)|"
    r"mistakes happen|nobody is perfect|no one is perfect|life happens|shit happens|"
    r"(?:should not|shouldn't) be (?:such )?a big deal|over (?:a few|ten|five|\d+) minutes)",
    r"not (?:that|such|so) (?:big|much) (?:of )?a (?:deal|problem|issue)|"
    r"mountain out of a molehill|(?:an|just an|only an) honest mistake",
    r"(?:most|any|other|normal) (?:people|employers|recruiters|companies|one|body) (?:GAP )?would "
    r"(?:understand|do the same|agree)",
    r"(?:everyone|everybody|we all|anyone) (?:GAP )?(?:misses|miss|makes mistakes|make mistakes|"
    r"forgets|slips up|has off days|has bad days)",
    r"(?:won't|will not|do not|would not) let (?:one|a single|this|a|my|an) (?:GAP )?"
    r"(?:outweigh|overshadow|define|cost|ruin|undo|erase)",
    r"outweighs? (?:GAP )?(?:years|experience|record|career|track record|everything)",
    r"(?:should not|should never|must not|does not|would not) (?:GAP )?(?:outweigh|overshadow|"
    r"define|count against|cost me)",
    r"(?:it|that|i|this) (?:was|were|is) (?:ADV )?only (?:\d+|a few|a couple of|two|three|four|"
    r"five|ten|fifteen|twenty) (?:minutes|mins|min)",
    r"(?:i have|i have got|with) (?:\w+ )?(?:years|decades) (?:in|of) (?:this|the)",
    r"(?:first|only) (?:GAP )?(?:interview|meeting|call|appointment|time) (?:GAP )?i (?:have )?"
    r"(?:ever )?missed",
    r"(?:a single|one|this|a small|a minor|one small|one little) (?:slip|mistake|error|miss|lapse|"
    r"mix-?up) (?:will not|would not|should not|does not|can not) (?:GAP )?(?:undo|outweigh|"
    r"overshadow|define|cost|ruin|erase|count)",
    r"(?:given|considering) (?:that )?i (?:have )?(?:already )?(?:been through|done|completed|"
    r"attended|sat|passed) (?:GAP )?(?:rounds|interviews|stages|tests|assessments)",
    r"(?:you are|you will be|you would be) (?:ADV )?(?:losing|missing out on|passing on|throwing "
    r"away|turning away) (?:a|an|the) (?:GAP )?(?:candidate|hire|applicant)",
    r"for what it is worth,? i (?:think|feel|believe)",
    r"(?:make sure|ensure|please check|double-?check) (?:GAP6 )?this time",
    r"(?:next time|in future|in the future|going forward),? (?:GAP )?(?:someone|you|your team|the "
    r"recruiter|hr) (?:GAP )?(?:confirms?|sends?|checks?|calls?|reminds?|lets? me know)",
    r"i (?:would )?(?:just )?ask that (?:GAP6 )?(?:someone|you|your team|the recruiter|hr)",
    r"(?:testing|tested|tried|trying|test|lost|losing) my patience|(?:running out of|short on) "
    r"patience|patience (?:was|is) (?:wearing thin|running out)",
    r"(?:a pity|a shame) (?:that )?you (?:will not|would not|can not|did not|could not)",
    r"(?:the number of|so many|how many|constant|repeated|all the) (?:reschedules|changes|"
    r"cancell?ations|delays|emails|rounds) (?:GAP )?(?:on|from) your (?:side|end)",
    r"(?:i will|i would|let me) be honest,? though",
    r"(?:especially|particularly) (?:as|since|when|given that) i (?:was the one|had already|did|"
    r"have already)",
    r"an otherwise (?:strong|excellent|good|solid|impressive) (?:application|record|candidacy|"
    r"track record)",
    # Guilt and entitlement.
    r"your loss|you will regret|you(?:'ll| will) be (?:making a|missing out|losing)",
    r"(?:you are|you would be|you will be) making a mistake",
    r"i (?:deserve|deserved|am owed|am entitled|was entitled)",
    r"given my (?:track record|experience|background|record|seniority|credentials)",
    r"(?:it is|that is) only fair",
    r"(?:after all|given all) (?:GAP )?i(?: have)? (?:done|been through|gave|given|sacrificed)",
    r"i (?:went|have gone|had gone) out of my way",
    r"(?:hope|trust) (?:GAP )?(?:this|it|that|one missed \w+) (?:will not|would not|does not|"
    r"is not going to) (?:be )?(?:count|held|used|weigh)\w* against me",
    r"i (?:have|had) (?:ADV )?(?:invested|put|spent|given) (?:GAP )?(?:time|hours|effort|weeks|"
    r"days|energy|work) (?:GAP )?(?:in|into|on)",
    r"(?:reminder|confirmation|heads-?up|call|text|email|message|notice) (?:GAP )?would have "
    r"(?:prevented|avoided|stopped|helped)",
    r"(?:family|kids|children|wife|husband|partner) (?:GAP )?(?:is |are )?(?:depending|relying|"
    r"counting) on (?:me|this)",
    r"(?:my )?(?:family|wife|husband|partner|parents|mother|father) (?:is|are) (?:ADV )?(?:worried|"
    r"anxious|stressed|upset)",
    r"(?:i am|i have been) (?:ADV )?waiting (?:since|for) (?:a |so |such a )?long",
    r"(?:put|placed|kept) (?:GAP )?(?:other|my other|several|two|three) (?:GAP )?(?:applications|"
    r"offers|interviews|opportunities|plans) on hold",
    r"(?:please )?do not give up on me",
    r"i ADV (?:need|needed) this (?:job|role|position|offer)",
    r"i (?:am|was) (?:ADV )?(?:begging|desperate)|i beg you to",
    r"i have been (?:more than |very )?(?:patient|understanding)",
    r"(?:i have been|still) waiting (?:GAP )?(?:for (?:a|your) (?:reply|response|answer)|days|"
    r"weeks|to hear back)",
    r"(?:third|fourth|second|several|multiple) (?:email|emails|message|messages|time|times) "
    r"(?:with no|without)",
    r"(?:emailed|written|messaged|called) (?:GAP )?(?:twice|three times|several times) and "
    r"(?:heard|got|had) (?:nothing|no)",
    r"which is not (?:great|ideal|ok|okay|acceptable)",
    r"(?:i was|i am|i felt|i feel) (?:a little |a bit |rather |quite |somewhat |slightly )?(?:put "
    r"out|annoyed|irritated|miffed|upset) (?:that|by|at|with) (?:the|your|you|nobody|no one|"
    r"there was|only)",
    r"(?:would be|it would be) (?:good|nice|great|helpful|polite) to (?:get|have|receive|hear) "
    r"(?:a |some |an )?(?:reply|response|answer|acknowledge?ment|back)",
    _STILL_NO_REPLY,
    r"which is (?:ADV )?(?:a bit |rather |quite |pretty |a little )?(?:disappointing|frustrating|"
    r"annoying|unfortunate on your part)",
    r"without (?:a |any |so much as a )?(?:response|reply|answer|acknowledge?ment)",
    # The process, complained about.
    r"(?:given|considering|after) how long (?:this|the|your) (?:GAP )?(?:process|search|"
    r"recruitment|hiring) (?:has|had|is) (?:already )?(?:taken|been|dragged|lasted)",
    r"(?:process|search|recruitment) (?:is|has been) (?:ADV )?(?:so |very |too )?(?:slow|long|"
    r"drawn out)",
    r"(?:moves|move|moving) (?:a little |a bit )?faster",
    r"(?:(?:three|four|five|two) rounds|a two-hour interview|two hours) (?:GAP )?(?:is|are) "
    r"(?:a lot|too much|excessive)",
    r"is a lot to ask",
    r"(?:not|hardly) ideal for",
    r"(?:really|very|too) early for me",
    r"keep it (?:shorter|short) this time",
    r"(?:hopefully|let us hope|i hope) (?:the|your) (?:GAP )?(?:is|are|will be|works|goes) "
    r"(?:GAP )?(?:clearer|better|right|correct|accurate|on time|working) (?:GAP )?this time",
    r"(?:hopefully|let us hope|i hope) (?:GAP )?(?:works|there are no|it works|goes better) "
    r"(?:GAP )?(?:this time|on your side|from your side)",
    r"(?:on|from) your (?:side|end) this time|no more (?:mix-?ups|mistakes|confusion) on your",
    r"(?:though|but) i (?:would|do|must|have to|should) (?:point out|say|add|mention|note)",
    r"(?:frankly|honestly|that said|mind you),? though",
    r"(?:asking for trouble|a recipe for (?:disaster|confusion|problems|mistakes)|bound to "
    r"(?:confuse|cause (?:confusion|problems)))",
    # Pushing after a clear no.
    r"(?:please |i ask you to |i would ask you to |could you |would you )?reconsider",
    r"change your mind",
)

SLANG = compile_any(
    "slang",
    r"lol|lmao|lmfao|rofl|omg|omfg|wtf|smh|tbh|imo|imho|btw|brb|ikr|ngl|jk|haha+|hehe+|xoxo",
    r"my bad|my b",
    r"yeah|yep|nope|yup|yay|awesome|gotcha",
    r"oops|whoops|oopsie|ugh|meh|dude|bro|stoked|psyched|(?:sorry|thanks|cheers) man",
    # "Hi there" is a common neutral greeting; "hey" is casual in any company.
    r"(?:hey|hi|hello) (?:guys|folks|you|mate|buddy)",
    r"hey",
    r"super (?:sorry|keen|excited|happy|grateful|interested)",
    r"no probs?|no worries mate",
)
EMOJI = re.compile(
    "[\U0001f300-\U0001faff\U00002600-\U000027bf\U0001f000-\U0001f2ff\U0000fe0f"
    "\U0001f900-\U0001f9ff]|(?<!\\w)(?::-?[)(DPp/]|;-?\\)|<3|xD|XD)(?!\\w)"
)
REPEATED_MARKS = re.compile(r"[!?]{2,}|(?:!\s*\w[^.!?\n]{0,80}){2,}!")
TWO_CAPITALS = re.compile(r"[A-Z]{2}")
# Shouting: a run of three or more words in capitals, or one emphatic word ("SO sorry",
# "PERFECT"). A lone capitalised word is usually an acronym or a name (HIPAA, NASDAQ, COBOL).
CAPS_RUN = re.compile(r"\b[A-Z]{2,}(?:\s+[A-Z]{2,}){2,}\b")
CAPS_WORD = re.compile(r"\b[A-Z]{2,}\b")
EMPHATIC_WORDS = frozenset(
    "sorry so very really truly deeply sincerely extremely totally completely absolutely "
    "definitely seriously honestly literally perfect great amazing awesome fantastic brilliant "
    "wonderful love loved excited thrilled thanks thank please never always huge important "
    "urgent apologize apologise apologies again not mistake fault missed miss late still keen "
    "interested want need must now immediately today tomorrow".split()
)
# Acronyms that legitimately appear in capitals in a job search.
ACRONYMS = frozenset(
    "CEO CFO CTO COO CMO CIO CISO CPO CRO VP SVP EVP HR UX UI QA IT AI ML PM NYC USA UK EU UTC "
    "GMT EST EDT PST PDT CST CDT CET CEST BST IST JST AEST AEDT SGT MBA PHD CPA CFA SAAS B2B "
    "B2C API APAC EMEA LATAM ESG KPI OKR SQL AWS GCP ASAP NASA UNICEF NATO".split()
)

# --- Over-explaining and dishonesty ---------------------------------------------------------

NARRATIVE = compile_any(
    "narrative",
    r"because|since|due to|so i|which meant|meaning that|by the time|then|while|"
    r"after that|afterwards|on top of (?:that|this)|to make (?:matters|things) worse|it turned "
    r"out|it turns out|as i was|while i was|when i (?:got|arrived|realised|realized|woke|tried|"
    r"went|checked|looked|finally)|unfortunately|first|next|finally|eventually|at that point|"
    r"at (?:about|around|exactly)? ?\d{1,2}(?:[:.]\d{2})? ?(?:am|pm)?|which is why|that is why|"
    r"i had to|i tried to|i ended up|i rushed|i ran|i drove|i called|i waited|"
    r"i realised|i realized|i noticed|i discovered|i found out|i left|i set|i took|i went|"
    r"i woke|i got up|i spent|i found|i decided|i grabbed|i packed|"
    r"i missed the (?:bus|train)|"
    r"(?:week|month|few days|fortnight) has been (?:hard|tough|difficult|hectic|crazy|rough|a lot)|"
    r"(?:on|by) WEEKDAY (?:i|my|we)|this morning i|"
    r"last night|the night before|overnight|that morning|i (?:have|had) been (?:working|dealing|"
    r"juggling|struggling|travell?ing|busy)",
)

DRAMA = compile_any(
    "drama",
    r"you (?:will not|would not) believe",
    r"believe it or not",
    r"as if that (?:was not|were not) enough",
    r"of all (?:days|mornings|times)",
    r"(?:like|straight) (?:something )?out of a (?:movie|film|nightmare)",
    r"freak accident",
    r"(?:flat|house|home|kitchen|basement|building|bathroom) (?:GAP )?(?:flooded|was flooded|"
    r"burned|burnt|was burgled|got burgled)",
    r"(?:all )?on the same (?:morning|day|night)|all at once",
    r"(?:was|got|were) (?:clamped|impounded)|locked (?:myself )?out",
    r"(?:was|were|got|been) broken into|(?:fell|dropped) into (?:the |a )?(?:GAP )?(?:water|sink|"
    r"bath|river|pool|toilet|canal)",
    r"struck by lightning|lightning strike|swarm of|(?:a|the) tree (?:fell|came down|crashed|"
    r"landed)",
    r"(?:a )?series of (?:unfortunate|unbelievable|crazy)",
    r"(?:absolute|total|complete|utter) (?:nightmare|disaster|chaos|catastrophe)",
    r"everything (?:that could|went) (?:possibly )?(?:go )?wrong",
    r"worst (?:day|morning|week) of my (?:life|career)",
    r"(?:house|flat|apartment|car|building|kitchen) (?:GAP )?(?:caught|was|went up|burst into) "
    r"(?:on )?fire",
    r"(?:robbed|mugged|carjacked|kidnapped|hijacked|held at gunpoint|abducted|attacked by|"
    r"bitten|bit my)",
    r"(?:earthquake|tornado|hurricane|tsunami|volcano|meteor|alien|aliens|evacuated|"
    r"power outage across|blackout across)",
    r"(?:my |the )?(?:dog|cat|puppy|parrot) (?:GAP )?(?:ate|chewed|destroyed|ran off with|"
    r"swallowed|knocked)",
    r"(?:stung|bitten|chased|attacked) by (?:a|an|the) (?:\w+ )?(?:wasp|bee|hornet|dog|snake|"
    r"spider|swarm|swan|goose|geese|seagull|horse|bull)",
    r"tow truck|recovery truck",
    r"(?:police|fire brigade|firefighters|paramedics|helicopter|coast guard|swat|tetanus)",
    r"(?:twisted|sprained|broke|fractured|dislocated) my (?:ankle|wrist|leg|arm|knee|foot|hand)",
    r"(?:slipped|fell) (?:on|off|down|over|and)|(?:got|had) a puncture|pouring with rain",
    r"(?:burst|exploded|collapsed|caught fire|was stolen|got stolen|were stolen|been stolen|"
    r"was towed|"
    r"got towed)",
    r"(?:lost my (?:wallet|keys|passport|phone) (?:and|then))",
    r"(?:gas main|water main|pipe) (?:GAP )?burst",
)

# Distinct kinds of cause; naming three or more at once reads as a stacked excuse.
CAUSE_KINDS: dict[str, Lexeme] = {
    "sleep": compile_any("sleep", r"overslept|slept (?:in|through)|alarm|woke up late"),
    "forgot": compile_any(
        "forgot", r"forgot|slipped my mind|not in my (?:calendar|diary)|lost track"
    ),
    "travel": compile_any(
        "travel",
        r"traffic|train|bus|flight|airline|tube|subway|taxi|uber|car (?:broke|wouldn't)|"
        r"bike|bicycle|puncture|clamped|towed|impounded|parking|"
        r"flat tyre|flat tire|got lost|road ?works|accident on",
    ),
    "tech": compile_any(
        "tech",
        r"internet|wi-?fi|laptop|computer|zoom|teams|webex|connection|power cut|power outage|"
        r"battery|router",
    ),
    # Health and family are one kind: a sick child is one cause, not two.
    "personal": compile_any(
        "personal",
        r"sick|ill|unwell|hospital|doctor|migraine|fever|injur\w+|medical|food poisoning|"
        r"allerg\w+|asthma|stung|bitten|ankle|wrist|sprain\w*|"
        r"dentist|clinic|(?:my|our) (?:son|daughter|child|children|kids?|mother|father|mum|mom|"
        r"dad|wife|husband|partner|grandmother|grandfather|sister|brother)|babysitter|nanny|"
        r"funeral",
    ),
    "schedule": compile_any(
        "schedule", r"double[- ]booked|another (?:meeting|interview)|clash|conflict"
    ),
    "timezone": compile_any(
        "timezone", r"time ?zones?|daylight saving|\b(?:est|pst|gmt|utc|cet|bst)\b"
    ),
}

# Without a phone: at odds with a phone's signature, or with texting someone after all.
NO_PHONE = compile_any(
    "no phone",
    r"(?:lost|lose|stolen|broke|broken|dropped|left|without|no|dead) (?:GAP )?"
    r"(?:my )?(?:phone|mobile|iphone|smartphone)",
    r"(?:phone|mobile|iphone) (?:GAP )?(?:was|got) (?:stolen|lost|broken|dead|smashed)",
    r"(?:phone|mobile|iphone) (?:GAP )?(?:died|ran out of battery|was out of battery|had no "
    r"battery|was off)",
)
# "...though I did reply to your colleague": writing after all, against a claim of silence.
_WROTE_ANYWAY = (
    r"(?:although|though|but|even though) i (?:did|had) (?:ADV )?(?:send|sent|email|emailed|reply|"
    r"replied|message|messaged|post|posted|write|written)"
)
# Statements that cannot both be true. Each pair is (claim, what contradicts it).
CONTRADICTIONS: tuple[tuple[Lexeme, Lexeme], ...] = (
    (
        compile_any(
            "never knew",
            r"(?:never|did not) (?:GAP )?(?:received?|got|get|know about|aware of|see|told) "
            r"(?:GAP )?(?:invite|invitation|email|interview|about)",
            r"never (?:told|informed) (?:GAP )?(?:about|of) (?:the|our) interview",
        ),
        compile_any("forgot", r"forgot|slipped my mind|lost track"),
    ),
    (
        compile_any(
            "was on time",
            r"(?:was|were|got|arrived) (?:GAP )?(?:there|in the building|in the lobby|at your "
            r"office) (?:GAP )?(?:on time|early)",
            r"(?:was|were|got|arrived) (?:GAP )?(?:on time|early)",
        ),
        compile_any(
            "was late", r"overslept|slept (?:in|through)|woke up late|running late|was late"
        ),
    ),
    (
        compile_any("home all day", r"(?:home|in bed|asleep) (?:all|the whole) (?:day|morning)"),
        compile_any("on the road", r"(?:stuck|caught) in traffic|(?:train|bus|flight) was"),
    ),
    (
        compile_any(
            "drove",
            r"stuck on the (?:motorway|highway|freeway|m\d+)|stuck in (?:the )?traffic|drove",
        ),
        compile_any("took the train", r"(?:taken|took|on) the (?:train|tube|subway|metro)"),
    ),
    (
        NO_PHONE,
        compile_any(
            "sent from a phone",
            r"sent from my (?:iphone|phone|mobile|samsung|galaxy|android|pixel|ipad)",
        ),
    ),
    (
        compile_any(
            "offline",
            r"(?:no|without|without any|had no) (?:GAP )?(?:internet|signal|wi-?fi|connection|"
            r"reception|access)",
            r"(?:completely |totally )?(?:offline|off-?grid|off the grid|unreachable) (?:GAP )?"
            r"(?:all|the whole)",
            r"(?:internet|wi-?fi|connection) (?:GAP )?(?:was|went) (?:down|out) (?:GAP )?(?:all|"
            r"the whole)",
        ),
        compile_any(
            "online",
            r"(?:answering|answered|catching up on|checking|checked|sending|sent|send|replying to|"
            r"reply to|replied to|writing|wrote|reading|read) (?:GAP6 )?(?:e-?mails?|messages?)",
            _WROTE_ANYWAY,
            r"(?:from|in|at) the (?:hotel |airport )?(?:lounge|cafe|cafe|coffee shop)",
            r"(?:linkedin|instagram|facebook|twitter) (?:feed|post)",
            r"(?:saw|did see|had seen|read|did read) your (?:post|update|message|email|note|text)",
            r"on my laptop",
        ),
    ),
    (
        compile_any(
            "laid up",
            r"(?:in )?hospital all day|(?:in|at) (?:the )?hospital (?:all|the whole)|"
            r"nobody was hurt|no one was hurt|nobody was injured|no one was injured|"
            r"(?:in bed|bedridden|ill|sick) (?:all|the whole) (?:day|morning)",
        ),
        compile_any(
            "out and about",
            r"(?:lunch|dinner|drinks|brunch|coffee) (?:in town|with friends|out)|"
            r"(?:met|meeting|saw) (?:GAP )?friends|went (?:out|shopping|to the gym)|"
            r"lovely (?:lunch|dinner|day)|celebrat\w+|party",
            r"(?:birthday|family|work|leaving) (?:dinner|lunch|party|drinks|do|meal)",
            r"(?:managed|did manage|was able) to (?:go|get|make it) (?:out|to)",
        ),
    ),
    (
        NO_PHONE,
        compile_any(
            "used a phone",
            r"i (?:did|had|still) (?:ADV )?(?:text|call|ring|phone|message|whatsapp|ping)\w*",
        ),
    ),
    (
        compile_any(
            "saw nothing until now",
            r"only (?:just )?(?:saw|read|got|checked|opened|noticed) (?:GAP )?(?:your|the|my) "
            r"(?:emails?|messages?|inbox|invite|invitation) (?:GAP )?(?:this morning|today|now|"
            r"just now|last night|when i got back)",
        ),
        compile_any("wrote in the meantime", _WROTE_ANYWAY),
    ),
)
# The missed meeting, named with its weekday: two different weekdays contradict each other.
MISSED_ON_DAY = compile_any(
    "missed on a day",
    r"(?:interview|meeting|call|appointment) (?:on|this|last) (?:past )?WEEKDAY",
    r"WEEKDAY'?s? (?:interview|meeting|call|appointment)",
)

# --- Placeholders -----------------------------------------------------------------------------

# Placeholders are matched in the text as written: their capitals and brackets matter.
_FIELD_WORD = (
    r"(?i:name|company|role|title|position|job|interviewer|recruiter|hiring|manager|date|day|"
    r"time|your|insert|contact|info|number|phone|email|address|link|url|signature|here|details|"
    r"organi[sz]ation|employer|reason|xx)"
)
# A cheap first look, in RE2: every placeholder form below needs one of these.
MAYBE_PLACEHOLDER = re2.compile(
    r"[\[{<_%$]|[Xx]{3}|[Xx]{2}[:./]|HH:MM|DD/MM|MM/DD|TBD|TODO|INSERT|[Ll]orem|(?:Your|Company|Interviewer|Hiring|Recruiter|"
    r"Candidate|Job|Role|Position)['\s]"
)
PLACEHOLDER = re.compile(
    rf"\[[^\[\]\n]{{0,40}}{_FIELD_WORD}[^\[\]\n]{{0,40}}\]"
    rf"|\{{\{{?[^{{}}\n]{{0,40}}\}}?\}}"
    rf"|<(?![^<>\n]*@)(?!https?:)[^<>\n]{{0,40}}{_FIELD_WORD}[^<>\n]{{0,40}}>"
    r"|\b[Xx]{3,}\b|_{3,}|\bTBD\b|\bTODO\b|\bINSERT\b|\b(?i:lorem ipsum)\b|(?<!\w)%s(?!\w)"
    r"|\$[A-Z_]{3,}\b"
    r"|\b(?:[Xx]{1,2}[:./][Xx]{2}|HH:MM|DD/MM(?:/YY(?:YY)?)?|MM/DD(?:/YY(?:YY)?)?)\b"
    r"|\b(?:Your|Company|Interviewer(?:'s)?|Hiring Manager(?:'s)?|Recruiter(?:'s)?|"
    r"Candidate(?:'s)?|Job|Role|Position) (?:Full )?(?:Name|Title|Role|Position)\b"
)

# --- Weak reasons stated bluntly -------------------------------------------------------------

BLUNT_REASONS: dict[str, Lexeme] = {
    "overslept": compile_any(
        "blunt: overslept",
        r"i ADV (?:overslept|over-slept|slept in|slept through (?:my |the )?alarm|slept late|"
        r"woke up late|did not wake up)",
    ),
    "forgot": compile_any(
        "blunt: forgot",
        r"i ADV (?:forgot|had forgotten)",
        r"(?:it|the interview|our interview) ADV (?:slipped my mind|went out of my head)",
    ),
}

# --- Message types --------------------------------------------------------------------------

# Words that answer a decision already heard ("thank you for letting me know", "the role has
# been filled"): a decline reply even when the writer mentions the miss again.
_DECISION_HEARD = (
    r"(?:thank you|thanks|many thanks) (?:GAP )?for (?:letting me know|your (?:honest )?"
    r"(?:reply|message|decision|response|update|email)|the update|getting back to me|"
    r"your kindness|taking the time to (?:let|reply|respond)|informing me|telling me|"
    r"updating me)",
    r"(?:understand|respect|accept|understood) (?:GAP )?(?:your|the) decision",
    r"(?:sorry|disappointed|disappointing|sad|a shame) (?:GAP )?(?:to hear|to learn|that it|"
    r"it did not)",
    r"(?:the )?(?:role|position|vacancy) (?:has|had) (?:been|now been) (?:filled|closed)",
    r"(?:moved|moving|gone|go|proceed|proceeding) (?:forward |ahead )?with (?:another|other|a "
    r"different)",
    r"(?:appreciate|appreciated) (?:GAP )?(?:you|your) (?:letting me know|honesty|candou?r|"
    r"reply|response|consideration|time and)",
    r"reconsider|change your mind|rule (?:me|someone|people|candidates) out|ruled (?:me )?out|"
    r"not to (?:proceed|progress|move forward)|other candidates|your loss",
)
DECISION_HEARD = compile_any("decision heard", *_DECISION_HEARD)

TYPE_CUES: dict[str, Lexeme] = {
    "confirmation": compile_any(
        "confirmation cue",
        r"(?:i|to|glad to|pleased to|happy to|writing to|this is to) (?:ADV )?confirm",
        r"confirm(?:ing|ed)",
        r"(?:works|suits|is|sounds) (?:me )?(?:perfectly|perfect|well|great|fine|good) for me",
        r"(?:\d{1,2}(?:[:.]\d{2})?(?: ?(?:am|pm))?|WEEKDAY|tomorrow) (?:works|suits|(?:is|sounds) "
        r"(?:perfect|great|fine|good|ideal))",
        r"(?:that|this|it|which) (?:works|suits me|sounds|is) (?:perfectly|perfect|great|fine|"
        r"good|well)",
        r"(?:works|suits) (?:me|for me)",
        r"see you (?:then|on|there|next)",
        r"(?:thank you|thanks|grateful) (?:GAP )?for (?:rescheduling|rearranging|the new time|"
        r"the second chance|a second chance|giving me another|giving me a second|agreeing to|"
        r"offering another|offering a new|finding another|the new slot|another opportunity|"
        r"your flexibility|the new date)",
        r"(?:in my calendar|in my diary)",
        r"it is (?:then|in the diary)|at \d+ it is|(?:then|it is) confirmed",
        r"(?:at \d+(?:[:.]\d+)? ?(?:am|pm)?|\w+day|tomorrow) then",
        r"(?:accepted|accept|received|got) (?:GAP )?(?:the|your) (?:calendar )?"
        r"(?:invite|invitation)",
        r"(?:speak|talk|see you|chat|meet you) (?:to you )?then",
        r"(?:the new time|the new slot|the new date|that time|that slot|that date) (?:GAP )?(?:is|"
        r"works|suits) (?:GAP )?(?:perfect|great|fine|good|ideal|for me|me)",
        r"i (?:will|shall) be there (?:then|on \w+day)",
        r"(?:all set|noted in my|booked in|locked in|pencilled in|penciled in)",
        r"as (?:agreed|arranged|discussed)|noted (?:for|down)|i have noted",
    ),
    "decline_reply": compile_any(
        "decline cue",
        *_DECISION_HEARD,
        r"(?:understand|respect|accept) and (?:respect|accept|understand) (?:it|that|this|your)",
        # "I understand." said as a whole reply; the word after the mark ends the match, as
        # every alternative must end in a word.
        r"(?:i (?:ADV )?|[.!?,] |^)(?:understand|understood|accept)(?: completely| fully| "
        r"totally)?[.,!;]\s+\w+",
        r"(?:considered|consider me) for (?:future|other|another)",
        r"(?:wish|wishing) you (?:GAP )?(?:every success|well|all the best|the best|luck|"
        r"continued success|success)",
        r"(?:good luck|best of luck) (?:with|finding|in)",
        r"paths (?:GAP )?cross|stay in touch|apply again|future (?:roles|opportunities|openings)",
        r"(?:chance|opportunity|opening|role) in (?:the )?future",
        r"(?:grateful|thankful) (?:GAP )?(?:you|that you) (?:GAP )?(?:considered|took the time|"
        r"thought of)",
        r"(?:thank you|thanks) (?:GAP )?for being (?:so )?(?:upfront|honest|clear|straightforward|"
        r"transparent|direct|open)",
        r"(?:all the best|best of luck|good luck|every success) (?:to|for|with) (?:you|the "
        r"team|your)",
        r"(?:love|like|glad|happy|pleased) to be considered|if anything (?:similar |else )?"
        r"(?:opens|comes) up",
        r"(?m:^)(?:understood|noted|fine|ok|okay)",
        r"should (?:another|a suitable|a) (?:opportunity|role|position) (?:come up|arise)",
        r"(?:keep|kept) (?:me|my (?:cv|details|resume|application|profile)) (?:GAP )?(?:in mind|on "
        r"file|for)",
    ),
    "running_late": compile_any(
        "running late cue",
        r"(?:running|am|will be|going to be|be|i am) (?:ADV )?(?:about |around |a few |a bit |"
        r"a little |\d+ |ten |five |fifteen |twenty |thirty )?(?:minutes? |mins? )?(?:late|"
        r"behind)",
        r"(?:held up|delayed|on my way|eta|stuck|circling|misjudged the journey)",
        r"(?:be|get|join|arrive|start|dial in|log on|call in|log in) (?:there |with you |on |at "
        r"reception )?(?:GAP )?(?:by|at|in|around) (?:about |around )?\d{1,2}(?:[:.]\d{2})?",
        r"(?:\d+|ten|five|fifteen|twenty) (?:minutes|mins) (?:away|late|behind)",
        r"(?:will not|can not) make (?:it by|our|the) \d{1,2}(?:[:.]\d{2})? ?(?:am|pm)?",
        r"(?:be there|be with you|get there|arrive|join) (?:as soon as|when) i can",
        r"(?:dial in|join|be there|be with you|log on|get there) as soon as i (?:can|am free|am "
        r"able|am done)",
        r"(?:gets|get|will get|should get|puts) me (?:to you|there|in|to your office|to the "
        r"office) (?:for|by|at|around|about) (?:about |around )?\d",
        r"the next (?:train|bus|tube|flight|ferry|connection)",
        r"(?:nearly|almost) there|(?:running|am) behind|on the way|train is (?:delayed|late|stuck|"
        r"held)|(?:traffic|the traffic) is",
        r"(?:having|have|had) (?:GAP )?(?:trouble|problems|difficulty|issues) (?:getting|joining|"
        r"connecting|logging|with)",
    ),
    "late_arrival": compile_any(
        "late arrival cue",
        # Past tense only: "I am late for our call" is the news of a heads-up.
        r"(?:i was|i came|i arrived|i got there) (?:a bit |a little |little |so |\d+ minutes )?"
        r"late (?:to|for|at) (?:the|our|my|today's)",
        r"(?:thank you|thanks) (?:for|to) (?:wait|waiting)(?: for)? (?:me|for me)",
        r"(?:for|about|by) (?:my |our |the )?(?:arriving|being|joining|getting there|turning up)"
        r" (?:GAP )?late",
        r"(?:late arrival|late start|keeping you waiting|kept you waiting|started late|joined "
        r"(?:GAP6 )?late|arrived late|was late (?:to|for) (?:our|the))",
        r"(?:thank you|thanks) (?:GAP )?for (?:still )?(?:seeing|meeting|the interview|your time|"
        r"making time|today)",
        r"(?:despite|even though) (?:i was|my being|we started|it started) late",
        r"(?:my|the) (?:lateness|tardiness|late start|delayed start)",
        r"(?:thank you|thanks) (?:GAP )?for (?:your|the) (?:patience|understanding) (?:GAP )?(?:"
        r"when|while|this morning|today|earlier|as)",
    ),
    "cancellation": compile_any(
        "cancellation cue",
        r"(?:need|have|had|must|want|ask|like|asked) to (?:cancel|postpone|move|rearrange|"
        r"reschedule|change|push back) (?:GAP )?(?:our|the|my|your|tomorrow|this|next|\w+day)",
        r"(?:could|can|might) we (?:GAP )?(?:move|postpone|push back|rearrange|reschedule) "
        r"(?:GAP )?(?:tomorrow|\w+day)'?s?",
        r"we (?:could|can|might) (?:move|postpone|push back|rearrange|reschedule) (?:GAP )?"
        r"(?:tomorrow|\w+day|the|our|my)",
        r"(?:can not|will not be able to|am unable to|am not able to|will be unable to) (?:ADV )?"
        r"(?:make|attend|join|do) (?:our|the|my) (?:GAP )?(?:interview|call|meeting|appointment)",
        r"something (?:has )?(?:come|came) up for (?:tomorrow|\w+day)",
        r"(?:instead|after all) ?\?\s+\w+",
        r"(?:can not|will not be able to|will not|unable to|not be able to|no longer|not able to) "
        r"(?:GAP )?(?:make|attend|do|join|be there) (?:GAP6 )?(?:tomorrow|next|this afternoon|"
        r"later today|tonight|on \w+day|\w+day|the \d+(?:st|nd|rd|th))",
        r"(?:can not|will not|unable to|not be able to) (?:GAP )?(?:make|attend|do|join) "
        r"(?:GAP )?(?:tomorrow|\w+day)'?s?",
        r"cancel|cancelling|canceling|postpone|postponing|change of plans?|change plans|"
        r"short notice|late notice|late change",
        r"(?:tomorrow|next week)'?s? (?:interview|call|meeting)",
    ),
    "no_reply_follow_up": compile_any(
        "follow-up cue",
        r"follow(?:ing)? up on (?:my|the) (?:GAP )?(?:email|message|note|apology|letter|"
        r"voicemail)",
        r"(?:follow-?up|following up|checking in|circling back|bumping|just checking|to follow "
        r"up|nudge|gentle reminder)",
        r"(?:emailed|written|wrote|messaged|called|tried) (?:GAP )?(?:twice|three times|again|a "
        r"few times|several times)",
        r"(?:have not|not|did not) (?:yet )?heard back",
        r"my (?:earlier|previous|last) (?:email|message|note)",
        r"(?:email|message|note|apology) (?:of|from|on) (?:last|\d+|WEEKDAY)",
        r"(?:check|checking|confirm|see) (?:whether|if|that) my (?:message|email|note|apology|"
        r"letter) (?:GAP )?(?:reached|arrived|got through|came through|landed)",
        r"(?:still )?waiting to hear",
        r"(?:second|third|fourth|another|last) (?:email|message|note|attempt) (?:GAP )?(?:with no|"
        r"without)",
        r"(?:no reply|no response|no answer) (?:yet|so far|to my)",
        r"(?:2nd|3rd|4th) (?:email|message|note|attempt|try)|nothing back (?:yet|so far)",
        _STILL_NO_REPLY,
    ),
}
# A day named beside talking ("speak on Tuesday"): a confirmation in a note about a new time,
# but only an aside in a note about the miss ("I was expecting to speak tomorrow").
TALK_ON_A_DAY = compile_any(
    "talk on a day",
    r"(?:speak|talk|see you|chat|meet you) (?:to you )?(?:on \w+day|\w+day|tomorrow)",
)
# Words of a missed interview in the past: the mark of an apology, not of a heads-up.
MISSED = compile_any(
    "missed",
    r"(?:missed|missing|(?:not|did not|could not) mak(?:e|ing) it to|could not get (?:on|onto|into|"
    r"in)|by the time i (?:reached|got|arrived|joined|logged)|had (?:already )?(?:gone|left|ended|"
    r"finished|moved on)|sorry (?:about|for) (?:this morning|yesterday|earlier today|earlier)|"
    r"did not make|did not attend|did not join|could not join|could not "
    r"attend|could not make|was not (?:on|there|able)|were not able|was unable|not attending|"
    r"not showing up|not joining|not being (?:there|at|on)|failed to (?:attend|join|show)|"
    r"for not (?:making|attending|joining|turning up|showing up|being))",
)


def _presence_set(lexemes: Iterable[Lexeme]) -> re2.Set:
    matcher = re2.Set.SearchSet(_OPTIONS)
    for lexeme in lexemes:
        matcher.Add(lexeme.source)  # indices follow the order of LEXEMES
    matcher.Compile()
    return matcher


# Sentences that tell what happened, and sentences that look ahead instead (OVER_EXPLAINING).
# A commitment about the future: a prevention promise looks ahead, it does not tell a story.
PROMISE = compile_any(
    "promise",
    r"from now on|in (?:the )?future|going forward|(?:will|shall) (?:always|never|make sure|"
    r"not let|keep|check|confirm|plan|test|allow|set|leave)|it will not happen again",
)
STORY = combine("story", NARRATIVE, DRAMA, *CAUSE_KINDS.values())
FORWARD = combine("forward", RESCHEDULE, ENTHUSIASM, PROMISE)
BLAME_SHAPES = combine("blame shapes", EXTERNAL_FAILURE, CAUSE, EXPLICIT_FAULT)

# Each lexeme once, though a claim may take part in two contradictions.
LEXEMES: tuple[Lexeme, ...] = tuple(
    dict.fromkeys(
        (
            APOLOGY,
            NOT_AN_APOLOGY,
            OWNERSHIP,
            NOT_OWNERSHIP,
            NOTICE,
            DEFLECTION,
            EXTERNAL_FAILURE,
            CAUSE,
            EXPLICIT_FAULT,
            CONSEQUENCE,
            OWNED_CAUSE,
            EMERGENCY,
            NOT_EMERGENCY,
            RESCHEDULE,
            OWN_PLANS_MOVED,
            FLEXIBLE,
            RIGID,
            PROPOSAL_CUE,
            UNAVAILABLE,
            SETTLED_TIME,
            PROMISE,
            SLOT,
            ENTHUSIASM,
            NEGATED_ENTHUSIASM,
            FRUSTRATION,
            SLANG,
            NARRATIVE,
            DRAMA,
            MISSED_ON_DAY,
            MISSED,
            TALK_ON_A_DAY,
            DECISION_HEARD,
            WARM_WORD,
            ROLE_WORD,
            *CAUSE_KINDS.values(),
            *(lexeme for pair in CONTRADICTIONS for lexeme in pair),
            *BLUNT_REASONS.values(),
            *TYPE_CUES.values(),
        )
    )
)
_PRESENCE = _presence_set(LEXEMES)
_COMBINED = (STORY, FORWARD, BLAME_SHAPES)


def present_in(text: bytes) -> frozenset[Lexeme]:
    """Return the lexemes that occur anywhere in `text` (ASCII), found in a single pass."""
    # The stubs say otherwise, but Set.Match returns the indices that matched, or None.
    matched = cast(list[int] | None, _PRESENCE.Match(text))
    found = {LEXEMES[i] for i in matched or ()}
    found |= {combined for combined in _COMBINED if found.intersection(combined.parts)}
    return frozenset(found)
