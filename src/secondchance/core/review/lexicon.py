"""The reviewer's lexicon: the many ways people apologize, own, ask, blame and vent.

Patterns are written in a small shorthand so that contractions and filler words do not have
to be spelled out each time (see `_SHORTHAND`), and run against a lower-cased copy of the draft
whose curly quotes were straightened and pure intensifiers blanked (see `Draft.parse`).

Each family of phrasings is a `Lexeme`, compiled with RE2 (google-re2): its automata match in
time linear in the input whatever the pattern, so no draft can make the reviewer backtrack
catastrophically, and it compiles this lexicon several times faster than `re`. All lexemes also
go into one RE2 set, which tells in a single pass which families occur in a draft at all, so
the rules only scan for the few that do.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cached_property
from typing import cast

import re2

_SHORTHAND = {
    "I'M": r"i(?:'m| am|m)",
    "I'VE": r"i(?:'ve| have)",
    "I'D": r"i(?:'d| would)",
    "I'LL": r"i(?:'ll| will| shall)",
    "IT'S": r"(?:it is|it's|its|it was|this is|this was|that is|that was|that's)",
    "THAT'S": r"(?:that is|that's|thats|that was)",
    "DIDN'T": r"(?:did not|didn't|didnt|did n't)",
    "DON'T": r"(?:do not|don't|dont)",
    "WASN'T": r"(?:was not|wasn't|wasnt)",
    "ISN'T": r"(?:is not|isn't|isnt)",
    "CAN'T": r"(?:cannot|can not|can't|cant)",
    "COULDN'T": r"(?:could not|couldn't|couldnt)",
    "WON'T": r"(?:will not|won't|wont)",
    "YOU'D": r"you(?:'d| would)",
    "YOU'RE": r"(?:you are|you're|youre)",
    # Pure intensifiers are blanked out of the text before matching (see INTENSIFIER); these few
    # carry meaning elsewhere in the lexicon, so patterns skip them here instead.
    "ADV ": r"(?:(?:so|most|still|also|again|just|honestly|much|once again) ){0,3}",
    # Up to three (or six) arbitrary words, for "I take [the] full responsibility". RE2's \w is
    # ASCII, which keeps the automata small; a gap word with accents simply does not match.
    "GAP ": r"(?:[\w'-]+,? ){0,3}",
    "GAP6 ": r"(?:[\w'-]+,? ){0,6}",
}
# Words that only strengthen what follows. Draft.parse replaces each with spaces of the same
# length, so "I am so very deeply sorry" matches "I am so sorry" and every offset still holds.
INTENSIFIER = re.compile(
    # No leading \b: a pattern that starts with a literal lets `re` skip ahead quickly; the
    # word's start is checked by the caller instead.
    r"(?:very|really|truly|deeply|sincerely|terribly|extremely|genuinely|awfully|incredibly|"
    r"profoundly|utterly|completely|totally|entirely|wholly|fully|simply|foolishly|stupidly|"
    r"carelessly|quite|absolutely|hugely|massively|seriously|humbly|greatly|dearly)\b"
)
# The same words for RE2, whose \b is ASCII-only: used on ASCII text, where that is exact.
INTENSIFIER_WORDS = re2.compile(r"\b(?:" + INTENSIFIER.pattern.split("(?:", 1)[1])
_ESCAPE = re.compile(r"\\p[A-Z]|\\.")
_CAPITAL = re.compile(r"[A-Z]")
_TOKEN = re.compile("|".join(re.escape(key) for key in sorted(_SHORTHAND, key=len, reverse=True)))
_UNANCHORED = re2._Anchor.UNANCHORED  # type: ignore[attr-defined]  # noqa: SLF001 - see Lexeme.scan
_OPTIONS = re2.Options()
_OPTIONS.max_mem = 64 << 20  # counted repeats of word gaps need more than RE2's 8 MiB default


@dataclass(frozen=True, eq=False)
class Lexeme:
    """One family of phrasings, as an RE2 pattern matched at whole-word boundaries.

    `parts` is set for a lexeme made by `combine`: it occurs wherever one of its parts does.
    """

    source: str
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


def compile_any(*patterns: str) -> Lexeme:
    """Compile patterns (in shorthand) as one whole-word alternation, for lower-cased text.

    Matching lower-cased text instead of using a case-insensitive pattern keeps scanning fast.
    Every alternative must end in a letter or digit, since the closing boundary is RE2's \\b.
    """
    expanded = [_TOKEN.sub(lambda m: _SHORTHAND[m.group()], p) for p in patterns]
    # Runs of spaces in a pattern stand for any run of white space in the text.
    joined = "|".join(f"(?:{p})" for p in expanded).replace(" ?", r"\s*").replace(" ", r"\s+")
    if _CAPITAL.search(_ESCAPE.sub("", joined)):
        raise ValueError(f"lexicon patterns must be lower case: {joined[:80]}")
    return Lexeme(rf"\b(?:{joined})\b")


# --- Apology -------------------------------------------------------------------------------

APOLOGY = compile_any(
    r"I'M ADV sorry",
    r"(?:so|very|truly|deeply|really|terribly|sincerely) sorry",
    r"sorry (?:for|about|that|to have|to miss|i) (?:GAP )?(?:miss\w*|not|my|the interview|our|"
    r"today|yesterday|having|any inconvenience|the inconvenience|wasting|taking|being|"
    r"failing|keeping)",
    r"(?:i|we) ADV (?:apologi[sz]e|apologi[sz]ed)",
    r"(?:i|i'd|i would|let me|i want to|i wanted to|i wish to|i need to|i must|allow me to) "
    r"(?:like to |first |also )?ADV (?:apologi[sz]e|offer (?:you )?(?:my|an) (?:ADV )?apology)",
    r"(?:please |kindly )?(?:accept|receive) (?:my|our) (?:ADV )?(?:sincere |deepest |heartfelt |"
    r"humble |sincerest |profound |honest |full |unreserved )?(?:apolog(?:y|ies)|regrets)",
    r"(?:my|our) (?:ADV )?(?:sincere |sincerest |deepest |heartfelt |humble |profound |"
    r"honest |unreserved )?apolog(?:y|ies)",
    r"(?:sincere|sincerest|deepest|heartfelt|humble|profound|many|my|unreserved) apologies",
    r"apologies (?:for|again|once again)",
    r"i ADV regret (?:GAP )?(?:miss\w*|not|that|my|having|the|our|any|this|it)",
    r"i owe you (?:an|a sincere|a full|my) apology",
    r"(?:please |kindly )?forgive (?:me|my)",
    r"(?:please |kindly )?(?:excuse|pardon) (?:me|my)",
    r"i beg (?:your|you) (?:pardon|forgiveness)",
    r"(?:express|present|extend|offer) (?:you )?(?:my|our) (?:ADV )?(?:sincere |deepest |"
    r"heartfelt |humble )?(?:apolog(?:y|ies)|regrets?)",
    r"(?:i|i'd|i would|let me|i want to) (?:like to )?say (?:how |that )?ADV sorry",
    r"(?:i|i'd|i would|i want to) (?:like to )?(?:say|repeat|reiterate) (?:my )?(?:ADV )?"
    r"(?:apology|apologies)",
    r"mea culpa",
    r"apologi[sz](?:e|ed|ing)",
    r"(?:formal|full|sincere|heartfelt|humble|honest|unreserved|deepest|profound) apolog(?:y|ies)",
    r"sorry,? (?:about|for|again|once again|to have|that|i|we|sorry)",
)

# An apology that does not count: negated, conditional, aimed elsewhere, or followed by "but".
NON_APOLOGY = compile_any(
    r"(?:not|never|no need to be|no need to|nothing to be|shouldn't be|won't be|don't need to be) "
    r"(?:ADV )?(?:sorry|apologi[sz]e|apologi[sz]ing)",
    r"(?:sorry|apologi[sz]e|apologies|apology),? (?:ADV )?(?:if|but|though)",
    r"sorry (?:ADV )?(?:for|about) (?:the |any |all the |this |that )?"
    r"(?:confusion|misunderstanding|mix-up on your end|mixup on your end)",
    r"sorry (?:for|about) (?:the|any) (?:confusion|misunderstanding)",
    r"sorry (?:you feel|you felt|you were|you are|you think|to hear|to bother|to say|"
    r"to disturb|for the late reply|for the delay in replying|in any case|anyway|whatever)",
    r"(?:sorry|apologi[sz]e)[,.]? (?:in any case|anyway|i guess|or whatever)",
    r"my bad",
    r"(?:apologi[sz]e|sorry) (?:on behalf of|for (?:the|your|their) (?:recruiter|airline|team|"
    r"company|system|calendar|app))",
)

# --- Ownership ------------------------------------------------------------------------------

OWNERSHIP = compile_any(
    r"i (?:ADV )?(?:take|accept|bear|assume|own) (?:GAP )?(?:responsibility|the blame|the fault|"
    r"accountability|ownership|this|that|it|the mistake|my mistake|my error)",
    r"(?:it|this|that|the mistake|the error|the fault|the blame|the responsibility|the miss) "
    r"(?:is|was|lies|rests|sits) (?:ADV )?(?:entirely |completely |wholly |fully |totally |"
    r"squarely |all |solely )?(?:on me|mine|with me|my (?:own )?(?:fault|mistake|error|"
    r"doing|responsibility|oversight))",
    r"(?:IT'S|is) (?:ADV )?(?:entirely |completely |wholly |totally |all |solely )?(?:on me|"
    r"my (?:own )?(?:fault|mistake|error|doing|responsibility|oversight|failure))",
    r"THAT'S (?:ADV )?(?:all )?on me",
    r"(?:entirely|completely|wholly|totally|solely|fully) (?:my|on me|mine)",
    r"(?:my|the) (?:own )?(?:mistake|fault|error|oversight|failing|failure|responsibility|doing) "
    r"(?:alone|entirely|completely|and mine alone|and no one else's|and nobody else's)",
    r"i (?:ADV )?have no excuse",
    r"(?:there is|there's|there's really|i have|that is|that's|this is) no excuse",
    r"(?:no|not an) excuse",
    r"i (?:ADV )?(?:should|ought to|could|must) (?:ADV )?have",
    r"i should've",
    r"i (?:ADV )?(?:dropped the ball|messed up|screwed up|slipped up|fell short|let you down|"
    r"let myself down|let the team down|blew it)",
    r"i (?:ADV )?(?:made|make|did|have made) (?:a|an|the|this|that) (?:GAP )?(?:mistake|error|"
    r"misjudgement|misjudgment|blunder)",
    r"i (?:ADV )?(?:failed|neglected|forgot|omitted) to",
    r"i (?:ADV )?(?:DIDN'T|did not|had not|hadn't|never) (?:GAP )?(?:manage|plan|check|confirm|"
    r"double-check|double check|verify|keep|allow|leave|prepare|organi[sz]e|set|note|write|"
    r"put|read|notice|track|realise|realize|give|test|look|make sure|pay attention)",
    r"i (?:ADV )?(?:mixed up|mixed-up|misread|misjudged|mismanaged|misunderstood|miscalculated|"
    r"misplaced|overlooked|confused|mistook|double-booked|double booked|overbooked|"
    r"underestimated|overslept|forgot|lost track|got the (?:time|date|day|link|address)|"
    r"wrote (?:down )?the wrong|noted (?:down )?the wrong|put the wrong|entered the wrong|"
    r"had the wrong|went to the wrong|used the wrong|"
    r"joined the wrong|let (?:two|the|my)|allowed (?:two|the|my))",
    r"i (?:ADV )?(?:am|was|feel) (?:ADV )?(?:fully |entirely |solely |wholly )?(?:responsible|"
    r"accountable|to blame|at fault)",
    r"i hold myself (?:ADV )?(?:fully |entirely )?(?:responsible|accountable)",
    r"i (?:ADV )?(?:only )?(?:have myself to blame|blame (?:only )?myself|blame no one but myself)",
    r"(?:no one|nobody|noone) (?:else )?to blame (?:but|except) (?:me|myself)",
    r"(?:the|all the|full) (?:fault|blame|responsibility) (?:is|was|lies|rests) (?:ADV )?"
    r"(?:entirely )?(?:mine|with me|on me)",
    r"(?:my|an|the) (?:own )?(?:carelessness|negligence|oversight|lapse|poor planning|"
    r"poor time management|disorganisation|disorganization)",
    r"(?:careless|negligent|thoughtless|unprofessional|irresponsible) of me",
    r"i was (?:ADV )?(?:wrong|careless|negligent|disorganised|disorganized)",
    r"(?:that|this|it) was my (?:doing|error|mistake|fault|responsibility|oversight)",
    r"i (?:ADV )?(?:own|owned) (?:this|that|it|up to)",
    r"(?:is|was) (?:my|entirely my) fault",
    r"my fault",
    r"(?:this|it) (?:is|was) (?:a|an) (?:GAP )?(?:mistake|error|oversight|lapse) "
    r"(?:on my part|of mine|"
    r"that i made|i made)",
    r"on my part",
    r"my (?:own )?(?:mistake|error|oversight)",
)

# Ownership phrases that are negated or turned into a deflection.
NON_OWNERSHIP = compile_any(
    r"(?:not|n't|never|no) (?:ADV )?(?:really |entirely |completely |wholly |totally )?"
    r"(?:my fault|my mistake|my error|on me|my responsibility|my doing)",
    r"(?:wasn't|isn't|was not|is not|it's not|it wasn't) (?:ADV )?(?:entirely |really |"
    r"completely |totally )?(?:my|on me|mine)",
    r"through no fault of my own",
    r"no fault of (?:my|mine)",
    r"i (?:DON'T|do not) (?:think|feel|believe) (?:GAP )?(?:my fault|i should have|responsible)",
    r"(?:not|hardly) (?:an|any|the) excuse (?:not |but )?(?:to|for)? ?you",
)

DEFLECTION = compile_any(
    r"something (?:ADV )?(?:came up|happened|unexpected came up)",
    r"(?:i|we) (?:had|have|was left with) no (?:other )?(?:option|choice|alternative)",
    r"(?:it|this|that) (?:couldn't|could not|can't|cannot) (?:be|have been) (?:helped|avoided)",
    r"out of my (?:hands|control)",
    r"beyond my control",
    r"(?:unforeseen|unexpected|unavoidable|exceptional|extenuating) (?:circumstances|events|"
    r"issues|reasons|problems)",
    r"(?:circumstances|events|things|factors|issues|reasons) (?:GAP )?(?:beyond|outside|out of) "
    r"(?:my|our|anyone's) (?:control|hands)",
    r"(?:these things|things like this|stuff|it|mistakes|life) (?:happens?|happen to everyone)",
    r"(?:wasn't|was not|isn't|is not|not) (?:ADV )?(?:entirely |really |completely |totally )?"
    r"my fault",
    r"through no fault of my own",
    r"(?:there was )?nothing (?:i|anyone) could (?:have )?(?:do|done)",
)

# --- Blame ----------------------------------------------------------------------------------

BLAME = compile_any(
    r"(?:my|the) alarm(?: clock)? (?:GAP )?(?:DIDN'T|did not|never|failed|wasn't|was not|"
    r"stopped|broke|died|doesn't|malfunction)(?: to)?(?: go off| ring| work| sound| wake me)?",
    r"(?:my|the) (?:phone|battery|watch|clock) (?:GAP )?(?:died|DIDN'T|did not|failed|ran out|"
    r"was dead|wasn't charged|reset|was on silent|never)",
    r"(?:because of|due to|thanks to|blame|on account of|caused by) (?:the |some |heavy |"
    r"terrible |awful |horrible |crazy |unexpected )?(?:traffic|roadworks|road works|congestion|"
    r"weather|strike|the train|the bus|the tube|the subway|the airline|my flight|the flight|"
    r"the (?:calendar|app)|my (?:calendar|assistant|isp|internet|provider|landlord|phone|alarm))",
    r"(?:stuck|caught|held up|delayed|trapped|sat) in (?:GAP )?(?:traffic|a jam|a traffic jam|"
    r"congestion)",
    r"traffic (?:was|is|has been) (?:ADV )?(?:terrible|awful|horrible|bad|insane|crazy|heavy|"
    r"a nightmare|unbelievable|ridiculous|gridlocked)",
    r"(?:my|the) (?:train|bus|tube|subway|metro|tram|ferry|taxi|uber|lyft|cab|ride|driver|"
    r"flight|plane) (?:GAP )?(?:was|were|got|had been|is) (?:ADV )?(?:cancell?ed|delayed|late|"
    r"diverted|stuck|stopped|rerouted|grounded|overbooked)",
    r"(?:my|the) (?:train|bus|tube|subway|metro|flight|driver|taxi|uber|cab) (?:never (?:came|"
    r"showed|arrived)|DIDN'T (?:come|show|arrive|turn up)|broke down)",
    r"(?:the|my) (?:airline|rail company|train company|bus company) (?:GAP )?(?:cancell?ed|"
    r"delayed|lost|messed up|overbooked)",
    r"(?:the|my) (?:airline|railway|train operator|tfl|mta)'s fault",
    r"(?:my|the|google|outlook|apple|ical) calendar(?: app)? (?:GAP )?(?:DIDN'T|did not|failed|"
    r"never|wasn't|was not|glitched|crashed|deleted|showed|had|put|converted|messed|synced|"
    r"didn't sync|lost)",
    r"(?:the|your|their|her|his) (?:calendar )?invit(?:e|ation) (?:GAP )?(?:was|had|said|showed|"
    r"listed|didn't|did not|never|came through|arrived)",
    r"(?:the|your|my) recruiter(?:'s)? (?:GAP )?(?:invite|invitation|email|message|mistake|error|"
    r"sent|gave|told|said|wrote|didn't|did not|never|forgot|confused|got)",
    r"(?:my|our) (?:personal |executive )?(?:assistant|pa|secretary|ea) (?:GAP )?(?:forgot|"
    r"booked|scheduled|DIDN'T|did not|failed|never|messed|put|mixed|entered|double-booked|"
    r"wrote|got)",
    r"(?:my|the) (?:isp|internet service provider|internet provider|broadband provider|"
    r"broadband|internet|wi-?fi|connection|router|network|vpn) (?:GAP )?(?:went down|was down|"
    r"failed|cut out|died|dropped|crashed|stopped working|had an outage|DIDN'T work|did not work|"
    r"was not working|wasn't working|was terrible|was awful|was unreliable)",
    r"(?:my|the) landlord",
    r"(?:my|the) (?:babysitter|nanny|childminder|neighbou?r|roommate|flatmate|housemate|"
    r"partner|wife|husband|boss|manager) (?:GAP )?(?:DIDN'T|did not|never|forgot|cancell?ed|"
    r"kept me|made me|turned off|unplugged|called me|woke|locked)",
    r"(?:the|your|their) (?:link|zoom link|teams link|meeting link|address|directions|"
    r"instructions|dial-in|details) (?:GAP )?(?:you|they|she|he|the recruiter) (?:sent|gave|"
    r"provided|shared) (?:GAP )?(?:was|were|didn't|did not|never|had)",
    r"(?:your|their|the recruiter's|the company's) (?:link|address|email|directions|"
    r"instructions|system|portal|software|building|receptionist|reception|security) "
    r"(?:GAP )?(?:was|were|had|didn't|did not|never|failed|wouldn't|would not)",
    r"(?:zoom|teams|google meet|webex|skype|the software|the platform|the app|the system) "
    r"(?:GAP )?(?:crashed|failed|DIDN'T|did not|wouldn't|would not|kept|froze|glitched)",
    r"(?:your|the) (?:system|software|platform) (?:is|was) (?:ADV )?(?:terrible|awful|confusing|"
    r"broken|buggy)",
    r"(?:it|that|this) (?:wasn't|was not|isn't|is not) (?:ADV )?(?:really |entirely |totally )?"
    r"my fault",
    r"(?:not|wasn't|isn't|was not|is not) (?:entirely |really |totally )?my fault",
    r"through no fault of my own",
    r"(?:circumstances|events|things|factors) (?:GAP )?(?:beyond|outside|out of) (?:my|our) "
    r"(?:control|hands)",
    r"beyond my control",
    r"out of my (?:control|hands)",
    r"(?:unforeseen|unavoidable|extenuating) circumstances",
    r"(?:it|this|that) was (?:the|your|their|his|her) (?:GAP )?(?:fault|mistake|error)",
    r"(?:you|your team|the recruiter|hr|they|nobody|no one|no-one) (?:GAP )?"
    r"(?:should have|could have|never|DIDN'T) (?:GAP )?(?:remind|reminded|sent|send|told|tell|"
    r"confirm|confirmed|called|call|let me know|followed up|follow up)",
    r"(?:if|had) (?:you|your team|the recruiter|someone|anyone|they) (?:had )?(?:sent|send|"
    r"reminded|remind|called|confirmed|told)",
)

# Words that mark a cause as owned when they appear with the blamed cause.
OWNED_CAUSE = compile_any(
    r"(?:but|and|yet|though|however|still|even so)[,]? (?:GAP )?i (?:ADV )?(?:should|ought to|"
    r"could|must) (?:ADV )?have",
    r"i should've",
    r"(?:which|this|that|it) (?:ADV )?(?:is|was) (?:ADV )?no excuse",
    r"(?:no|not an) excuse",
    r"(?:but|and|yet|still|ultimately|however)[,]? (?:GAP )?(?:THAT'S|IT'S|the responsibility is|"
    r"the fault is|the blame is) (?:ADV )?(?:entirely |all |still |completely )?(?:on me|mine|"
    r"my (?:responsibility|fault|mistake|doing))",
    r"(?:but|and|yet|still|ultimately|however)[,]? i (?:ADV )?(?:take|accept|own) (?:GAP )?"
    r"(?:responsibility|the blame|it|this|that)",
    r"i (?:ADV )?(?:take|accept|bear) (?:GAP )?(?:full |complete |total |sole )?(?:responsibility|"
    r"the blame|accountability)",
    r"(?:my|on my) (?:own )?(?:responsibility|fault|mistake)",
    r"i (?:ADV )?(?:should|ought to) (?:ADV )?have",
    r"i (?:ADV )?(?:failed|neglected) to",
    r"i (?:ADV )?(?:DIDN'T|did not) (?:GAP )?(?:plan|check|allow|leave|prepare|have a backup|"
    r"test|confirm)",
)

# A genuine emergency or medical event stated as fact.
EMERGENCY = compile_any(
    r"(?:a|an|my|our|the|family|personal|medical) (?:GAP )?emergenc(?:y|ies)",
    r"(?:in|to|at|from) (?:the )?(?:hospital|a&e|er|emergency room|urgent care)",
    r"(?:was|were|been|got) (?:rushed|admitted|taken) (?:to|into) (?:the )?(?:hospital|a&e|er)",
    r"hospitali[sz]ed",
    r"(?:was|were|been|had|got) (?:GAP )?(?:in|into|involved in) (?:a|an) (?:GAP )?(?:accident|"
    r"crash|collision)",
    r"(?:my|our) (?:car |road |bike )?(?:accident|crash)",
    r"(?:an|the) ambulance",
    r"(?:passed away|died suddenly|bereavement|a death in (?:my|the) family|funeral)",
    r"(?:a|an|my|sudden) (?:medical|health) (?:issue|problem|condition|situation|matter|"
    r"episode|scare)",
    r"(?:went|go|gone) into labou?r",
    r"(?:a|an) (?:seizure|heart attack|stroke|allergic reaction|asthma attack|migraine|fever|"
    r"injury|fall)",
    r"(?:fell|was|became|got|been|was taken|been taken) (?:seriously |very |suddenly |severely )?"
    r"(?:ill|sick|unwell)",
    r"food poisoning",
)

# --- Reschedule and flexibility -------------------------------------------------------------

RESCHEDULE = compile_any(
    r"re-?schedul\w*",
    r"re-?arrang\w*",
    r"re-?book\w* (?:the|our|a|another|my) (?:interview|call|meeting|slot|time|conversation)",
    r"(?:another|a new|a different|an alternative|a later|a second|one more|some other|other) "
    r"(?:time|times|slot|slots|date|dates|day|days|opportunity|chance|meeting|interview|call|"
    r"appointment|moment|occasion|session|conversation|window)",
    r"(?:another|a second|one more|a new) (?:opportunity|chance) (?:to|for)",
    r"(?:find|arrange|set up|book|schedule|organi[sz]e|propose|agree|pick|choose|suggest) "
    r"(?:GAP )?(?:time|slot|date|meeting|call|interview|day)",
    r"(?:meet\w*|speak\w*|talk\w*|chat\w*|connect\w*|interview\w*|catch\w* up|reconnect\w*) "
    r"(?:GAP )?(?:again|later|"
    r"another|at a later|at another|soon|at your convenience|whenever|any time|anytime|"
    r"at a time)",
    r"(?:if|whether) you (?:GAP )?(?:still )?(?:want|would like|'d like|are willing|are open|"
    r"would be open|would be willing|have time|are able|can find|could find|might|would consider"
    r"|are still interested|still want)",
    r"let me know if (?:you )?(?:GAP )?(?:still|want|would|are|could|can|there is|there's)",
    r"(?:would|could|might) you (?:ADV )?(?:be )?(?:open|willing|available|able|consider|"
    r"find|have)",
    r"(?:is|would) (?:it|there) (?:be )?(?:possible|a possibility|any possibility|any chance|"
    r"a chance)",
    r"(?:happy|glad|available|free|ready|able|keen|eager) to (?:meet|talk|speak|interview|"
    r"connect|chat|join|come in|make myself available)",
    r"(?:at|to suit) your (?:earliest )?(?:convenience|availability|schedule)",
    r"(?:whenever|whatever|any time|anytime|at a time|at any time|a time) (?:GAP )?(?:suits|"
    r"works|is convenient|is best|best suits|fits|suit)",
    r"(?:work|fit) around your",
    r"(?:make|making) myself available",
    r"(?:second|another|one more|new) chance",
    r"(?:move|push|shift) (?:the|our) (?:interview|meeting|call)",
    r"(?:new|another) (?:time|date|slot|appointment)",
    r"(?:give|grant|offer) me (?:another|a second|one more|a new) (?:chance|opportunity|"
    r"interview|try|slot)",
    r"(?:still|again) (?:be )?(?:possible|an option|on the table)",
    r"if (?:the door is still open|you are still open|it is still possible|it's still possible)",
    r"confirm (?:GAP )?(?:rescheduled|new)",
    r"(?:when|what time|which day|what day) (?:would|could|might) (?:GAP )?(?:suit|work|be)",
    r"are you (?:free|available)",
    r"(?:work|works|suit|suits) (?:for )?you",
    r"(?:any|whatever|whichever|a) (?:time|day|date|slot)s? (?:that )?you (?:choose|prefer|pick|"
    r"suggest|name|like|want|propose)",
    r"(?:could|can|shall|might) we (?:GAP )?(?:meet|speak|talk|try|do|have|find|set|schedule|"
    r"arrange)",
)

FLEXIBLE = compile_any(
    r"(?:any|whatever|whichever|any other|another) (?:time|day|date|slot)s? (?:that )?"
    r"(?:GAP )?(?:suits|works|is convenient|you prefer|you choose|best)",
    r"(?:or|and) (?:any|another|some|other) (?:other )?(?:time|day|date|slot)",
    r"(?:other|any) (?:times|days|dates|slots) (?:GAP )?(?:work|suit|are fine|are good)",
    r"(?:flexible|open to|happy to work around|fit around your|work around your|"
    r"at your convenience|whenever suits|whenever works|whenever is|your availability|"
    r"your schedule|suits you|works for you|works best for you|you prefer)",
    r"(?:anytime|any time|whenever)",
    r"(?:make|making) myself available",
)

RIGID = compile_any(
    r"(?:i'm|i am|i will be|i'll be) (?:only|just) (?:available|free)",
    r"(?:only|just) (?:available|free|possible|works?) (?:on|at|after|before|between|in|"
    r"from|until|during)",
    r"(?:i|we) can only (?:do|make|meet|manage|talk|speak|be available)",
    r"(?:the|my) only (?:time|day|date|slot|window|option|availability)",
    r"only (?:on )?(?:mondays|tuesdays|wednesdays|thursdays|fridays|saturdays|sundays|weekends|"
    r"evenings|mornings|afternoons)",
    r"(?:it|this|that|the interview|the call|the meeting) (?:has|have|needs|need|must|would have|"
    r"will have|would need|will need) (?:to )?be (?:on|at|after|before|in|between|during)",
    r"you(?:'d| would| will|'ll)? (?:need|have|has) to (?:GAP )?(?:work around|fit around|"
    r"accommodate|adjust)",
    r"(?:work|fit) around (?:my|me)",
    r"(?:i'm|i am|i'll be|i will be) (?:not |un)available (?:GAP )?(?:until|before|after|on|"
    r"for|next)",
    r"no (?:earlier|later) than",
    r"(?:i CAN'T|i cannot|i won't|i will not|i DON'T) (?:do|make|meet on|take) (?:any )?"
    r"(?:mornings|afternoons|evenings|mondays|tuesdays|wednesdays|thursdays|fridays|weekends|"
    r"calls)",
    r"take it or leave it",
    r"(?:that is|that's|it is|it's) (?:my|the) (?:only|last) (?:option|offer|availability)",
)

# A concrete proposed time: "Thursday at 3pm", "tomorrow morning", "2 December at 10:00".
# Words that turn a sentence into a proposal, and words that make it about the missed meeting.
PROPOSAL_CUE = compile_any(
    r"could|can|would|shall|how about|what about|are you|i'm free|i am free|i'm available|"
    r"i am available|works for me|suit|propose|suggest|available|free"
)
MISSED = compile_any(r"miss(?:ed|ing)?")

SLOT = compile_any(
    r"(?:on )?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|tomorrow|mon|tue|"
    r"tues|wed|thu|thur|thurs|fri|sat|sun)(?:,? (?:\d{1,2}(?:st|nd|rd|th)? )?(?:jan|feb|mar|apr|"
    r"may|jun|jul|aug|sep|sept|oct|nov|dec)\w*)?(?:,? (?:at |from |around |between )?"
    r"\d{1,2}(?:[:.]\d{2})? ?(?:am|pm|a\.m|p\.m)?| (?:morning|afternoon|evening))?",
    r"\d{1,2}(?:[:.]\d{2})? ?(?:am|pm|a\.m|p\.m)",
    r"\d{1,2}:\d{2}",
)

# --- Enthusiasm -----------------------------------------------------------------------------

ENTHUSIASM = compile_any(
    r"(?:ADV )?(?:interested|keen|excited|enthusiastic|eager|passionate|motivated|thrilled|"
    r"committed|invested|drawn) (?:in|about|by|to|for|on)",
    r"(?:remain|am still|still|am|i'm|stay|remains|very|really|genuinely|truly|deeply|highly) "
    r"(?:ADV )?(?:interested|keen|excited|enthusiastic|eager|passionate|motivated|committed)",
    r"(?:my|great|strong|keen|genuine|real|continued|sincere|deep|high) (?:ADV )?"
    r"(?:interest|enthusiasm|excitement|passion|motivation|commitment) (?:in|for|about|to)",
    r"(?:interest|enthusiasm|excitement|passion) (?:in|for) (?:the|this|your|joining|working|"
    r"contributing)",
    r"look(?:ing)? forward",
    r"(?:love|like|keen|eager|excited|happy|glad) to (?:hear|learn|know) more",
    r"(?:would|'d) (?:ADV )?(?:love|welcome|value|relish|appreciate|like|enjoy) (?:GAP )?"
    r"(?:the|an|a) (?:chance|opportunity) to (?:GAP )?(?:contribute|join|be part|work|bring|"
    r"help|learn|discuss|talk about|show|demonstrate|continue|share)",
    r"(?:excites|appeals to|interests|inspires|motivates|energi[sz]es) me",
    r"(?:admire|respect|value|believe in|love|like|appreciate) (?:GAP )?(?:the|your|what|how) "
    r"(?:GAP )?(?:work|team|company|mission|product|vision|approach|culture|organi[sz]ation|"
    r"role|business|doing|building|achieved)",
    r"(?:the|this) (?:role|position|job|opportunity|team|work) (?:GAP )?(?:means|matters|is "
    r"important|is very important|remains important|is exactly|is a great|is an exciting|"
    r"is a perfect|fits)",
    r"(?:a|the) (?:great|perfect|strong|natural|ideal|excellent) fit",
    r"(?:role|position|opportunity|job|team|company|work) (?:remains|is|stays|means|is still) "
    r"(?:ADV )?(?:important|valuable|meaningful|exciting|a priority|my priority|my first choice|"
    r"a lot|a great deal|everything|my top choice)",
    r"(?:contribute|contributing|bring my|join your|joining your|joining the) (?:GAP )?(?:team|"
    r"company|mission|work|skills|experience|organi[sz]ation)",
    r"(?:care|cared) (?:deeply |a lot |a great deal |very much )?about (?:this|the) "
    r"(?:role|opportunity|position|job)",
    r"(?:the|this) (?:role|position|opportunity) (?:ADV )?(?:excites|interests|appeals)",
    r"i (?:ADV )?want (?:this|the) (?:role|job|position|opportunity)",
    r"(?:very|really|still|so) interest(?:ed)? (?:in|for|to)",
    r"(?:important|valuable|meaningful) (?:opportunity|role|position) (?:to|for) me",
    r"(?:eager|keen|excited|happy|glad|hoping) to (?:GAP )?(?:learn more|discuss|continue|"
    r"hear more|join|contribute|show|demonstrate|talk about|explore)",
    r"(?:serious|sincere|genuine) about (?:this|the) (?:role|opportunity|position)",
    r"(?:love|like|want|hope|eager|keen|excited|happy|glad|proud|thrilled) to (?:ADV )?(?:be part "
    r"of|join|work with|work for|work at|contribute to|be considered|bring)",
    r"contribut\w* (?:GAP6 )?to (?:the|your|this) (?:team|company|organi[sz]ation|mission|work|"
    r"business|success|role)",
)

NEGATED_ENTHUSIASM = compile_any(
    r"(?:not|no longer|less|hardly|never) (?:ADV )?(?:that |so |as )?(?:interested|keen|"
    r"excited|enthusiastic|motivated)",
    r"lost (?:GAP )?interest",
)

# --- Tone -----------------------------------------------------------------------------------

FRUSTRATION = compile_any(
    r"(?:ADV )?(?:frustrat(?:ed|ing)|annoy(?:ed|ing)|irritat(?:ed|ing)|infuriat(?:ed|ing)|"
    r"furious|livid|pissed|fed up|sick of|tired of)",
    r"(?:ridiculous|absurd|outrageous|pathetic|nonsense|insulting)",
    r"(?:your|the recruiter's|the company's|this) (?:GAP )?(?:is|was) (?:ADV )?(?:unacceptable|"
    r"unfair|a joke)",
    r"(?:IT'S|is) (?:ADV )?unfair",
    r"to be (?:fair|frank),? (?:GAP )?(?:you|your|the|it|this)",
    r"in (?:all )?fairness",
    r"with (?:all )?due respect",
    r"(?:as (?:i'm|i am) sure you (?:know|understand|can imagine)|surely you (?:can|must|will)|"
    r"as you (?:surely|must) know)",
    r"(?:obviously|clearly),? (?:you|your)",
    r"(?:i have|i've got|i'm considering|i am considering|i'm weighing|weighing) (?:GAP )?"
    r"(?:other|several|multiple|a few|competing|another) (?:offers?|opportunities|interviews|"
    r"companies|options)",
    r"(?:other|competing) (?:offers?|companies|opportunities) (?:GAP )?(?:waiting|interested|"
    r"pursuing|on the table|chasing|lined up)",
    r"(?:need|expect|want|require) (?:an answer|a response|a reply|to hear back|a decision|"
    r"confirmation) (?:GAP )?(?:by|before|within|today|asap|immediately|urgently)",
    r"(?:reply|respond|answer|hear back|hear from you|let me know|decision|decide|know) "
    r"(?:GAP )?(?:by|before) (?:the )?(?:end|close) of (?:the )?(?:day|business|week|today)",
    r"if i (?:DON'T|do not|haven't|have not) (?:hear|heard|get|receive) (?:GAP )?(?:by|before|"
    r"soon|within)",
    r"(?:final|last) (?:warning|offer)",
    r"(?:time-sensitive|time sensitive|ultimatum)",
    r"(?:it )?would have (?:helped|been (?:nice|helpful|good|useful|easier)) (?:GAP )?(?:if )?"
    r"(?:you|your|the recruiter|someone|anyone|they|hr)",
    r"(?:as|like) (?:most|other|any|every) (?:other )?(?:companies|employers|recruiters|firms|"
    r"organi[sz]ations|company|employer|recruiter) (?:GAP )?(?:do|does|would)",
    r"(?:most|other|normal|professional) (?:companies|employers|recruiters|firms) (?:GAP )?"
    r"(?:send|do|would|usually|always)",
    r"(?:let me know|reply|respond|get back to me|hear back|hear from you|decide|confirm|answer) "
    r"(?:GAP6 )?(?:by|before|no later than) (?:tomorrow|tonight|today|monday|tuesday|wednesday|"
    r"thursday|friday|the end|end of|close of|noon|midday|\d)",
    r"(?:final rounds?|other (?:interviews|processes|offers?|companies)|another offer|"
    r"competing offers?) (?:GAP )?(?:elsewhere|with other|at other|pending|on the table)",
    r"(?:interviewing|in final rounds?|in talks|in process) (?:GAP )?elsewhere",
    r"(?:let me know|reply|respond|answer|get back to me|hear back) (?:GAP )?(?:asap|"
    r"immediately|right away|urgently)",
    r"you(?:'d| would|'ll| will) be (?:making a|missing out|losing)",
    r"your loss",
    r"i (?:deserve|am owed|am entitled)",
    r"(?:it's|it is|that's|that is) only fair",
    r"(?:after all|given all) (?:GAP )?i(?:'ve| have)? (?:done|been through|gave|given|sacrificed)",
    r"i (?:went|have gone|had gone) out of my way",
    r"(?:i've|i have|i had) been (?:more than |very )?(?:patient|understanding)",
    r"(?:i've|i have) been waiting (?:GAP )?(?:for (?:a|your) (?:reply|response|answer)|days|"
    r"weeks)",
    r"(?:(?:not|hardly|no) (?:such )?a big deal|no big deal|just one interview|only one "
    r"interview|these things happen|it happens to (?:everyone|everybody|the best)|"
    r"mistakes happen|nobody's perfect|no one is perfect)",
    r"(?:why|how) (?:didn't|did not|couldn't|could not|wasn't|was not|would|could) (?:you|anyone|"
    r"nobody|no one|your team|the recruiter)",
    r"(?:you|your team|the recruiter|hr|your company|your office) (?:GAP )?(?:should have|could "
    r"have|ought to have|failed to|never bothered|didn't bother)",
    r"(?:nobody|no one|no-one) (?:GAP )?(?:reminded|told|sent|called|confirmed|bothered)",
    r"(?:thanks|great|wonderful|fantastic) (?:a lot|for nothing)",
    r"(?:oh well|yeah right|sure,? whatever)",
    r"i (?:DON'T|do not) (?:understand|see) why",
    r"you (?:should|must|need to|have to|ought to) (?:understand|realise|realize|know|appreciate)",
    r"let me be clear",
    r"(?:if you (?:can't|cannot|won't|will not|don't|do not) (?:GAP )?(?:understand|accommodate|"
    r"see|give))",
    r"(?:not (?:that|like) (?:it|this) (?:matters|was my fault))",
    r"(?:i'd|i would|i|i'll|we'd) (?:expect|need|want|appreciate) (?:a|an) "
    r"(?:quick|prompt|fast|swift|"
    r"speedy|immediate|rapid) (?:decision|answer|reply|response|turnaround)",
    r"(?:won't|will not|don't|do not|wouldn't|would not) let (?:one|a single|this|a|my|an) "
    r"(?:GAP )?(?:outweigh|overshadow|define|cost|ruin|undo|erase)",
    r"outweigh (?:GAP )?(?:years|experience|record|career|track record)",
    r"(?:given|considering|after) how long (?:this|the|your) (?:GAP )?(?:process|search|"
    r"recruitment|hiring) (?:has|had|is) (?:already )?(?:taken|been|dragged|lasted)",
)

SLANG = compile_any(
    r"lol|lmao|lmfao|rofl|omg|omfg|wtf|smh|tbh|imo|imho|btw|brb|idk|ikr|ngl|fyi",
    r"my bad",
    r"r u|u r|ur|ya|yeah|yep|nope|yup|gonna|wanna|gotta|kinda|sorta|dunno|lemme|"
    r"gimme",
    r"thx|thnx|tnx|pls|plz|sry|soz|cya|kk|np|2day|2moro|2morrow|b4|gr8|l8r|m8|coz|cuz|bcoz|bcz",
    r"oops|whoops|oopsie|ugh|meh|dude|bro",
    r"(?:hey|hi|hello) (?:guys|folks|there|you|mate|buddy)",
    r"hey",
    r"super sorry|sooo+|sorryy+|pleasee+|heyy+",
)
# "u" for "you"; the U of "U.S." or "U-turn" is told apart in the tone rule.
TEXTING_YOU = compile_any(r"u")
EMOJI = re.compile(
    "[\U0001f300-\U0001faff\U00002600-\U000027bf\U0001f000-\U0001f2ff\U0000fe0f"
    "\U0001f900-\U0001f9ff]|(?<!\\w)(?::-?[)(DPp/]|;-?\\)|<3|xD|XD)(?!\\w)"
)
REPEATED_MARKS = re.compile(r"[!?]{2,}|(?:!\s*\w[^.!?\n]{0,80}){2,}!")
# Lower-case RE2 twins of EMOJI and REPEATED_MARKS for the presence set: when neither occurs
# (the usual case) the tone rule skips the slower `re` scans, which need look-arounds.
MAYBE_EMOJI = Lexeme(
    r"[\x{1F300}-\x{1FAFF}\x{2600}-\x{27BF}\x{1F000}-\x{1F2FF}\x{FE0F}]|[:;]-?[)(dp/]|<3|xd"
)
MAYBE_REPEATED_MARKS = Lexeme(r"[!?][!?]|![^.!?\n]{1,82}!")
TWO_CAPITALS = re.compile(r"[A-Z]{2}")
CAPS_RUN = re.compile(r"\b[A-Z]{5,}\b|\b[A-Z]{2,}(?:\s+[A-Z]{2,}){2,}\b")
# Acronyms that legitimately appear in capitals in a job search.
ACRONYMS = frozenset(
    "CEO CFO CTO COO CMO CIO CISO CPO CRO VP SVP EVP HR UX UI QA IT AI ML PM NYC USA UK EU UTC "
    "GMT EST EDT PST PDT CST CDT CET CEST BST IST JST AEST AEDT SGT MBA PHD CPA CFA SAAS B2B "
    "B2C API APAC EMEA LATAM ESG KPI OKR SQL AWS GCP ASAP NASA UNICEF NATO".split()
)

# --- Over-explaining and dishonesty ---------------------------------------------------------

NARRATIVE = compile_any(
    r"because|since|due to|so i|which meant|meaning that|by the time|then|while|"
    r"after that|afterwards|on top of (?:that|this)|to make (?:matters|things) worse|it turned "
    r"out|it turns out|as i was|while i was|when i (?:got|arrived|realised|realized|woke|tried|"
    r"went|checked|looked)|unfortunately|first|next|finally|eventually|at that point|"
    r"at (?:about|around|exactly)? ?\d{1,2}(?:[:.]\d{2})? ?(?:am|pm)?|which is why|that's why|"
    r"that is why|i had to|i tried to|i ended up|i rushed|i ran|i drove|i called|i waited|"
    r"i realised|i realized|i noticed|i discovered|i found out",
)

DRAMA = compile_any(
    r"you (?:won't|will not|wouldn't|would not) believe",
    r"believe it or not",
    r"of all (?:days|mornings|times)",
    r"(?:like|straight) (?:something )?out of a (?:movie|film|nightmare)",
    r"freak accident",
    r"(?:a )?series of (?:unfortunate|unbelievable|crazy)",
    r"(?:absolute|total|complete|utter) (?:nightmare|disaster|chaos|catastrophe)",
    r"everything (?:that could|went) (?:possibly )?(?:go )?wrong",
    r"worst (?:day|morning|week) of my (?:life|career)",
    r"(?:literally|unbelievably|insanely|incredibly) (?:everything|the worst|impossible|"
    r"insane|crazy)",
    r"(?:house|flat|apartment|car|building|kitchen) (?:GAP )?(?:caught|was|went up|burst into) "
    r"(?:on )?fire",
    r"(?:robbed|mugged|carjacked|kidnapped|hijacked|held at gunpoint|abducted|attacked by)",
    r"(?:earthquake|tornado|hurricane|tsunami|flood(?:ed|ing)?|blizzard|volcano|meteor|"
    r"power outage across|blackout across)",
    r"(?:my )?dog ate",
    r"(?:police|ambulance|fire brigade|firefighters|paramedics|helicopter|coast guard|swat)",
    r"(?:burst|exploded|collapsed|flooded|caught fire|was stolen|got stolen|were stolen)",
    r"(?:lost my (?:wallet|keys|passport|phone) (?:and|then))",
    r"(?:my )?(?:grand(?:mother|father|ma|pa)|aunt|uncle|cousin) (?:GAP )?(?:died|passed away|"
    r"was rushed|collapsed|fell)",
)

# Distinct kinds of cause; naming three or more at once reads as a stacked excuse.
CAUSE_KINDS: dict[str, Lexeme] = {
    "sleep": compile_any(r"overslept|slept (?:in|through)|alarm|woke up late|didn't wake"),
    "forgot": compile_any(r"forgot|slipped my mind|not in my (?:calendar|diary)|lost track"),
    "travel": compile_any(
        r"traffic|train|bus|flight|airline|tube|subway|taxi|uber|car (?:broke|wouldn't)|"
        r"flat tyre|flat tire|got lost|road ?works|accident on"
    ),
    "tech": compile_any(
        r"internet|wi-?fi|laptop|computer|zoom|teams|webex|connection|power cut|power outage|"
        r"battery|router"
    ),
    # Health and family are one kind: a sick child is one cause, not two.
    "personal": compile_any(
        r"sick|ill|unwell|hospital|doctor|migraine|fever|injur\w+|medical|food poisoning|"
        r"dentist|clinic|(?:my|our) (?:son|daughter|child|children|kids?|mother|father|mum|mom|"
        r"dad|wife|husband|partner|grandmother|grandfather|sister|brother)|babysitter|nanny|"
        r"funeral"
    ),
    "schedule": compile_any(r"double[- ]booked|another (?:meeting|interview)|clash|conflict"),
    "timezone": compile_any(r"time ?zones?|daylight saving|\b(?:est|pst|gmt|utc|cet|bst)\b"),
}

# Statements that cannot both be true: saying you never knew and that you forgot.
CONTRADICTIONS: tuple[tuple[Lexeme, Lexeme], ...] = (
    (
        compile_any(
            r"(?:never|DIDN'T|did not) (?:GAP )?(?:received?|got|get|know about|aware of|see) "
            r"(?:GAP )?(?:invite|invitation|email|interview)"
        ),
        compile_any(r"forgot|slipped my mind|lost track"),
    ),
    (
        compile_any(r"(?:was|were|got|arrived) (?:GAP )?(?:there|on time|early|in the lobby)"),
        compile_any(r"overslept|slept (?:in|through)|woke up late"),
    ),
    (
        compile_any(r"(?:home|in bed|asleep) (?:all|the whole) (?:day|morning)"),
        compile_any(r"(?:stuck|caught) in traffic|(?:train|bus|flight) was"),
    ),
)

# --- Placeholders and blunt reasons ---------------------------------------------------------

_FIELD_WORD = (
    r"(?i:name|company|role|title|position|job|interviewer|recruiter|hiring|manager|date|day|"
    r"time|your|insert|contact|info|number|phone|email|address|link|url|signature|here|details|"
    r"organi[sz]ation|employer|reason|xx)"
)
# A cheap first look: every placeholder form below contains one of these.
# A cheap first look, in RE2: every placeholder form below needs one of these.
MAYBE_PLACEHOLDER = re2.compile(
    r"[\[{<_%$]|[Xx]{3}|TBD|TODO|INSERT|[Ll]orem|(?:Your|Company|Interviewer|Hiring|Recruiter|"
    r"Candidate|Job|Role|Position)['\s]"
)
PLACEHOLDER = re.compile(
    rf"\[[^\[\]\n]{{0,40}}{_FIELD_WORD}[^\[\]\n]{{0,40}}\]"
    rf"|\{{\{{?[^{{}}\n]{{0,40}}\}}?\}}"
    rf"|<(?![^<>\n]*@)(?!https?:)[^<>\n]{{0,40}}{_FIELD_WORD}[^<>\n]{{0,40}}>"
    r"|\b[Xx]{3,}\b|_{3,}|\bTBD\b|\bTODO\b|\bINSERT\b|\b(?i:lorem ipsum)\b|(?<!\w)%s(?!\w)"
    r"|\$[A-Z_]{3,}\b"
    r"|\b(?:Your|Company|Interviewer(?:'s)?|Hiring Manager(?:'s)?|Recruiter(?:'s)?|"
    r"Candidate(?:'s)?|Job|Role|Position) (?:Full )?(?:Name|Title|Role|Position)\b"
)

BLUNT_REASONS: dict[str, Lexeme] = {
    "overslept": compile_any(
        r"i (?:ADV )?(?:overslept|over-slept|slept in|slept through (?:my |the )?alarm|"
        r"slept late|woke up late|didn't wake up)"
    ),
    "forgot": compile_any(
        r"i (?:ADV )?(?:forgot|had forgotten)",
        r"(?:it|the interview|our interview) (?:ADV )?(?:slipped my mind|went out of my head)",
    ),
}


def combine(*lexemes: Lexeme) -> Lexeme:
    """Join lexemes into one, so that a question about any of them takes a single scan."""
    return Lexeme("|".join(f"(?:{lexeme.source})" for lexeme in lexemes), parts=lexemes)


# Sentences that tell what happened, and sentences that look ahead instead (OVER_EXPLAINING).
STORY = combine(NARRATIVE, DRAMA, *CAUSE_KINDS.values())
FORWARD = combine(RESCHEDULE, ENTHUSIASM)


def _presence_set(lexemes: Iterable[Lexeme]) -> re2.Set:
    matcher = re2.Set.SearchSet(_OPTIONS)
    for lexeme in lexemes:
        matcher.Add(lexeme.source)  # indices follow the order of LEXEMES
    matcher.Compile()
    return matcher


LEXEMES: tuple[Lexeme, ...] = (
    APOLOGY,
    NON_APOLOGY,
    OWNERSHIP,
    NON_OWNERSHIP,
    DEFLECTION,
    BLAME,
    OWNED_CAUSE,
    EMERGENCY,
    RESCHEDULE,
    FLEXIBLE,
    RIGID,
    PROPOSAL_CUE,
    MISSED,
    SLOT,
    ENTHUSIASM,
    NEGATED_ENTHUSIASM,
    FRUSTRATION,
    SLANG,
    TEXTING_YOU,
    NARRATIVE,
    DRAMA,
    *CAUSE_KINDS.values(),
    *(lexeme for pair in CONTRADICTIONS for lexeme in pair),
    *BLUNT_REASONS.values(),
    MAYBE_EMOJI,
    MAYBE_REPEATED_MARKS,
)
_PRESENCE = _presence_set(LEXEMES)


def present_in(text: bytes) -> frozenset[Lexeme]:
    """Return the lexemes that occur anywhere in UTF-8 `text`, found in a single pass."""
    # The stubs say otherwise, but Set.Match returns the indices that matched, or None.
    matched = cast(list[int] | None, _PRESENCE.Match(text))
    found = {LEXEMES[i] for i in matched or ()}
    found |= {combined for combined in (STORY, FORWARD) if found.intersection(combined.parts)}
    return frozenset(found)
