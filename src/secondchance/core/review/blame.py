"""Which outside causes in a draft are blame (method step 2): the signal behind BLAME.

A failure is blame when its subject is not the writer, it explains the miss (in the types
where a cause explains one), and the miss is not owned where it would cover the cause. That
last part, and negation, are context checks that the cause families name in their data
(`unless = ["negated", "owned_nearby"]`), applied by `context.occurrences`. A draft that owns
no part of the miss is read more widely: any cause it gives, in any words, is blame.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from secondchance.core.message_types import EXPLAINS_A_MISS, needing
from secondchance.core.review import context, signals
from secondchance.core.review import lexicon as lx
from secondchance.core.review.draft import Draft, Span, overlaps

# "You won't give me a second chance": the reader's decision, not a cause of the miss.
_DECISION = re.compile(
    r"\b(?:will not|would not|refused to|did not want to) (?:be )?(?:give|giving|offer|offering|"
    r"grant|granting|allow|allowing|reconsider|reconsidering|consider|considering|reschedule|"
    r"rescheduling|rebook|rebooking|see|seeing|accept|accepting|hold|holding)\b"
)
_DECISION_REACH = 24  # characters past a failure's span in which its verb may end
# "The link would not load on my end": the failure is placed on the writer's own side.
# A sentence the writer opens, after at most a word of comment ("honestly, I had no signal").
_WRITER_OPENS = re.compile(r"\s*(?:\w+,\s*)?(?:i|we)\b")
_WHY_I = re.compile(r"\b(?:why|the reason) i\b")
_TURN = re.compile(r"\b(?:but|though|although|however|yet)\b,?")
# A thing the reader's side sent is an agent whatever words stand between it and the verb:
# "the Zoom link in the confirmation your team sent me was for another meeting".
_SENT_BY_THE_READER = re.compile(
    r"(?:the|an?) (?:[\w-]+ ){0,2}?(?:invite|invitation|reminder|confirmation|booking|email|link|"
    r"address|dial-in|details)\b.*\b(?:you|your)\b.*\bsent\b"
)
_ON_MY_SIDE = re.compile(r"[^.;!?]{0,40}?\b(?:on|at|from) my (?:end|side)\b")
# "The Wi-Fi in my building went down": a thing of the writer's own place (batch 19).
_AT_MY_PLACE = re.compile(
    r"\b(?:in|at) my (?:building|flat|apartment|house|home|block|street|area)\b"
    r"|\bmy home (?:internet|wi-?fi|broadband|connection|network|router)\b"
)

# What something "made me" feel, when it is glad: "the visit made me even more keen" (batch 102).
_MADE_GLAD = re.compile(
    r"\s*(?:[\w-]+\s+){0,3}?(?:excited|keen|eager|enthusiastic|happy|glad|interested|welcome|"
    r"motivated|inspired|determined)\b"
)

# The reader's own difficulty, acknowledged: what follows it is theirs, not an excuse (batch 105).
_FELT_FOR_THE_READER = re.compile(
    r"\bi (?:know|understand|appreciate|realise|realize|can imagine) (?:how|that it is|it is)"
    r" (?:hard|difficult|tricky|busy|much work|a lot)\b"
)
_FELT_REACH = 80  # characters before a cause in which the reader's difficulty may be granted
# What the reader's message said, then read wrongly by the writer (batches 102 and 104).
_READ_BY_THE_WRITER = re.compile(
    r"[^.;!?]{0,60}?(?:,|;)?\s+and\s+i\s+(?:then\s+|simply\s+|just\s+)?(?:read|took|understood|"
    r"misread|wrote|entered|noted|put|assumed|mixed)\b"
)
# What a journey costs, named after it: "the bus fare", "my train tickets" (batch 101).
_A_COST = re.compile(r"\s*(?:fares?|tickets?|pass|money|costs?|price|expenses?|refund)\b")

# Kinds of cause that lie outside the writer: the journey there and the devices used.
_OUTSIDE_KINDS = ("travel", "tech")

# Where a failure's own clause starts: after a comma, a colon or a dash inside its sentence.
_CLAUSE_BREAK = re.compile(r"[,;:\u2013\u2014]|\s-\s")
# A reason clause led by someone or something other than the writer, to its clause's end.
_BECAUSE_THE = re.compile(
    r"\b(?:because|since|cause|coz|cuz|bc)\s+(?:of\s+)?(?:the|your|their|his|her|nobody|"
    r"no one|someone|they|he|she)\b[^.;:!?]*"
)
_RELATIVE = re.compile(r",\s*(?:who|whom|whose|which)\b[^,;:.!?]*,")


def _blanked(found: re.Match[str]) -> str:
    return " " * len(found.group())


# Families that put the fault on someone else in so many words: no agent needs finding.
_FAULT_IN_WORDS = (
    lx.EXPLICIT_FAULT,
    lx.NOT_OWNERSHIP,
    lx.PROCESS_FAULT,
    lx.COUNTERFACTUAL_CAUSE,
    lx.KEPT_FROM,
)


def blame(draft: Draft) -> list[Span]:
    """Spans that put the miss on something or someone else, and are not owned.

    A stated emergency explains side failures inside it ("my phone died" on the way to the
    hospital), unless the fault is put on the reader, or it is one more mishap in a pile.
    """

    def compute() -> list[Span]:
        found: list[Span] = []
        explains = draft.message_type in EXPLAINS_A_MISS
        covered = signals.states_emergency(draft) and not _unowned_pile(draft)
        for span, explicit in _failures(draft):
            reader = signals.names_the_reader(draft, span)
            if not explicit and not explains:
                continue
            if not explicit and covered and not reader:
                continue
            if not explicit and not reader and not _tied_to_the_miss(draft, span):
                continue
            if overlaps(span, found):
                continue
            found.append(span)
        if not found and explains and not covered and not signals.owned(draft):
            found = _unowned_causes(draft)
        return found

    return draft.remember("blame", compute)


def _unowned_pile(draft: Draft) -> bool:
    """Tell a tale of mishaps of many kinds, none owned, where an emergency is one among them.

    A car that would not start, a taxi lost, a phone snatched and then a hospital call: the
    emergency no longer explains the others, and readers take the whole as excuses (outside
    batch 22 and the dev split's wasp sting, #17). A pile the writer owns ("I should have had
    a backup plan") is too long a story, not blame.
    """
    piled = len(signals.cause_kinds(draft)) >= signals.STACKED_CAUSES
    return piled and not signals.ownership(draft)


def _failures(draft: Draft) -> list[tuple[Span, bool]]:
    """Candidate causes, each with whether it names the fault in so many words."""
    if not draft.has(lx.BLAME_SHAPES):
        return []
    waved = draft.spans(lx.DEFLECTION)
    found = [
        (span, True) for faults in _FAULT_IN_WORDS for span in context.occurrences(draft, faults)
    ]
    found += [
        (span, True)
        for span in context.occurrences(draft, lx.MIX_UP_SOURCE)
        if not _traced_to_the_writer(draft, span)
    ]
    for span in context.occurrences(draft, lx.EXTERNAL_FAILURE):
        if _no_cause(draft, span, waved):
            continue
        text = draft.body[span[0] : span[1]]
        if signals.names_an_agent(text) or _SENT_BY_THE_READER.match(text):
            found.append((span, False))
    # "Due to the snow on Highway 97": the family names the outside cause itself (batch 100).
    found += [
        (span, False)
        for span in context.occurrences(draft, lx.CAUSE)
        if not _no_cause(draft, span, waved)
    ]
    return sorted(found)


def _no_cause(draft: Draft, span: Span, waved: Sequence[Span]) -> bool:
    """Tell a failure that gives nobody else the fault, whoever its subject."""
    if overlaps(span, waved):
        return True  # "nobody from your team called": a complaint, not a cause
    if _is_a_decision(draft, span):
        return True  # "you won't give me a second chance": the reader's decision, not a cause
    # Only the few words before the cause are searched, so a long sentence stays linear.
    index = draft.sentence_at(span[0])
    opening = max(draft.sentences[index].start, span[0] - _FELT_REACH) if index >= 0 else span[0]
    if _FELT_FOR_THE_READER.search(draft.body, opening, span[0]):
        return True  # "I know how hard it is to find a slot when half the team is out"
    if _READ_BY_THE_WRITER.match(draft.body, span[1]):
        return True  # "your email said 03/04 and I read it as 3 April": the reading is the slip
    if _MADE_GLAD.match(draft.body, span[1]):
        return True  # "our conversation made me even more excited": a pleasure, not a cause
    # The writer's own side: "the link would not load on my end", "the Wi-Fi in my building".
    return bool(_ON_MY_SIDE.match(draft.body, span[1]) or _AT_MY_PLACE.search(draft.body, *span))


def _traced_to_the_writer(draft: Draft, span: Span) -> bool:
    """Tell "I had no signal all day, which is why I couldn't join": the writer's own state.

    "Which is why" traces the miss to what comes before it in its sentence; when the writer
    opens that, nobody else is given the fault (round 13, #17). After a turn, it is what
    follows the turn: "I should have checked, but your coordinator sent the old link, which
    is why I sat in an empty room" traces the miss to the coordinator (batch 33).
    """
    index = draft.sentence_at(span[0])
    if index < 0 or not _WHY_I.search(draft.body, span[0], span[1]):
        return False
    before = _TURN.split(draft.body[draft.sentences[index].start : span[0]])[-1]
    return _WRITER_OPENS.match(before) is not None


def _is_a_decision(draft: Draft, span: Span) -> bool:
    """Tell "the panel won't be rescheduling": the verb of the decision may run past the span."""
    found = _DECISION.search(draft.body, span[0], span[1] + _DECISION_REACH)
    return found is not None and found.start() < span[1]


def _tied_to_the_miss(draft: Draft, span: Span) -> bool:
    """Tell whether a failure is given as the reason for the miss, not as a side remark.

    In a note of one or two sentences every sentence is about the miss, and so is every
    sentence of an answer to "What happened?" (batch 77). Beside a heads-up's arrival time or
    its minutes late ("will reach by 11:20"), a cause explains the delay.
    """
    if len(draft.sentences) <= 2 or signals.answers_what_happened(draft):
        return True
    index = draft.sentence_at(span[0])
    near = draft.sentences_with(lx.CONSEQUENCE, lx.MISSED, lx.APOLOGY, lx.TYPE_CUES["running_late"])
    return bool(near & {index - 1, index, index + 1})


def _unowned_causes(draft: Draft) -> list[Span]:
    """Find the cause a draft that owns no part of the miss gives for it, in any words.

    With nothing owned, outside authors read any cause the draft gives as blame, not only the
    causes a family knows (#17: most of BLAME's misses on the sealed batches): a failure with
    a subject of its own ("phone died overnight so alarm never went off"), or a known kind of
    cause waved off as fate ("Southern cancelled two trains. Nothing I can do.").
    """
    failures = _unowned_failures(draft) or _reasons_given(draft)
    if failures or not (signals.cause_kinds(draft) or draft.has(lx.SECRECY)):
        return failures
    waved = context.occurrences(draft, lx.DEFLECTION)[:1]
    if waved or draft.message_type not in needing("ownership"):
        return waved
    # A summons the reader must take on trust, with nothing owned: most authors mark it blame
    # as well as a red flag. Every sealed group gains recall by it for a little precision
    # (round 20; tried and dropped in round 19, when precision was the closer margin).
    if secret := draft.spans(lx.SECRECY):
        return list(secret[:1])
    return _outside_causes(draft)[:1]


def _outside_causes(draft: Draft) -> list[Span]:
    """Find a journey or a device that failed, told as the cause, in a draft that owns nothing.

    "The heavy rain flooded the road and no bus could pass", "the link was not opening": with
    nothing owned, outside authors read the journey or the device as the excuse, whatever words
    tell it, even where no sentence ties it to the miss (round 20, #17). A clash in the writer's
    own diary, a time-zone slip, sleep or forgetting are the writer's own causes; an emergency
    is covered by `blame`.
    """
    found = []
    for kind in _OUTSIDE_KINDS:
        for span in context.occurrences(draft, lx.CAUSE_KINDS[kind]):
            sentence = draft.sentences[draft.sentence_at(span[0])]
            if _no_cause(draft, span, ()) or _AT_MY_PLACE.search(sentence.text):
                continue
            if _A_COST.match(draft.body, span[1]):
                continue  # "the bus fare from Morogoro": what the journey cost, not a failure
            # "I had no signal on the ferry, which is why I could not join": the writer's state.
            if not _traced_to_the_writer(draft, (span[0], sentence.end)):
                found.append(span)
    return sorted(found)


def _reasons_given(draft: Draft) -> list[Span]:
    """Find a "because" whose clause has someone or something else as its subject.

    "I was not able to join because the confirmation call was very quick": in a draft that
    owns nothing, the reason given is the excuse, whatever its verb (batch 35).
    """
    for found in _BECAUSE_THE.finditer(draft.body):
        span = found.span()
        if not signals.negated(draft, span) and not _no_cause(draft, span, ()):
            return [span]
    return []


def _unowned_failures(draft: Draft) -> list[Span]:
    """Find a failure of a thing or of someone else, in its own clause.

    The clause must name the failure's subject: a greeting before it ("So sorry, Dana,
    couldn't make it"), the writer's own side and a negation give nobody the fault.
    """
    waved = draft.spans(lx.DEFLECTION)
    for span in draft.spans(lx.FAILURE_VERB):
        index = draft.sentence_at(span[0])
        if index < 0 or signals.negated(draft, span):
            continue
        # "My childminder, who has looked after the girls for years, let me down": the
        # subject stands before a relative clause, read as if it were not there (batch 33).
        opening = _RELATIVE.sub(_blanked, draft.body[draft.sentences[index].start : span[0]])
        subject = _CLAUSE_BREAK.split(opening)[-1]
        clause = (span[0] - len(subject), span[1])
        if _no_cause(draft, clause, waved) or signals.owned_nearby(draft, clause):
            continue
        if not _tied_to_the_miss(draft, span):
            continue
        if signals.names_an_agent(subject + draft.body[span[0] : span[1]]):
            return [clause]
    return []
