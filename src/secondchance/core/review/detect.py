"""Work out a draft's message type from clear cues, when the user did not say."""

from __future__ import annotations

import re

from secondchance.core.message_types import MessageType
from secondchance.core.review import context, signals
from secondchance.core.review import lexicon as lx
from secondchance.core.review.draft import Draft
from secondchance.core.review.normalize import ascii_view

# The verb only: "the confirmation from your coordinator" settles nothing (batch 69).
_CONFIRM = re.compile(r"\bconfirm(?:s|ed|ing)?\b")
# "Please confirm" asks the reader to settle a time the writer proposes; after a miss it makes
# an apology, not a confirmation (issue 17). So do "I'd like you to confirm the salary" and
# "it would be good practice for your team to confirm interviews" (batch 74), and so does advice
# on how the reader should work: "I'd suggest confirming changes by email" (batch 88).
_ASKS_TO_CONFIRM = re.compile(
    r"\b(?:please|kindly|could you|can you|would you|(?:you|them|someone|your\s+[\w-]+)\s+to"
    r"|suggest|recommend|advise)\s+$"
)
# "The confirmed calendar entry": a word that names a thing, not the writer confirming.
_NAMES_A_THING = re.compile(r"\b(?:the|a|an|your|my|our|their|his|her|this|that)\s+$")
_CONDITION = re.compile(r"\b(?:if|unless|provided|as long as)\b")
# "Once I had it in my diary", "Before I confirm, could you share the band?" (batch 42).
_WHEN_BEFORE = re.compile(r"\b(?:when|after|once|as soon as|by the time|before)\b")
# "I had it in my diary for next Thursday": the writer's past, where the miss began.
# So is "so it was in my diary for the wrong day" (batch 82).
_WRITER_IN_THE_PAST = re.compile(
    r"\b(?:i|we)\s+(?:had|wrote|noted|was|were)\b|\b(?:it|this|that)\s+(?:was|had been)\s+$"
)
# "So it showed up in my calendar for 11:00": what a calendar showed, told in the past.
_SHOWN_IN_THE_PAST = re.compile(
    r"\b(?:showed|came|popped)\s+up\b|\b(?:showed|appeared|displayed)\b"
)
# "My PA moved our interview in my diary", "the scheduling link put our call in my calendar
# for Thursday": an entry made or changed in the story of the miss (batches 38 and 42); "I
# have put it in my diary" settles the new time.
_MOVED_IN_THE_PAST = re.compile(
    r"\b(?:(?<!have )(?<!has )(?:moved|changed|shifted|deleted|entered|rescheduled|rebooked)"
    r"|(?<!i )(?<!have )(?<!has )(?:put|placed|added)|sat)\b(?:\s+[\w'-]+){0,4}\s*$"
)
# "I can confirm Thursday, but only if the company covers my fare" (batch 51).
_ON_A_CONDITION_AFTER = re.compile(
    r"[^.!?]{0,40}?\b(?:but only if|only if|provided|as long as|on condition that|so long as)\b"
)
# "Since nobody confirmed the address": what the reader's side never did (batch 62).
# "Nobody called me or sent a message the day before to confirm" (batch 119): "nobody" may stand
# a few words from its verb, within the clause; "never" must stand just before it.
_NOBODY_BEFORE = re.compile(
    r"\b(?:nobody|no one|no-one)\b[^.;!?,]{0,60}$|\bnever\s+(?:has\s+|had\s+|ever\s+)?$"
)
# "Before I confirm": a confirmation still to come, on conditions (batch 42).
_NOT_YET = re.compile(r"\b(?:before|until|once)\s+(?:i|we)\s+(?:can\s+)?$")
# "Which I regret to confirm I did not attend": the miss confirmed, not a time (batch 38).
_THE_MISS_CONFIRMED = re.compile(
    r"\w*\s+(?:that\s+)?(?:i|we)\s+(?:did not|was not|were not|could not|have not|had not|missed|"
    r"failed|never)\b"
)
# "I will confirm every appointment in writing": a habit promised, not this meeting settled.
_A_HABIT_AFTER = re.compile(r"\s+(?:every|each|all|any|future)\b")
# "I am writing to confirm that I still want the role": a wish confirmed, not a time (batch 74).
_A_WISH_AFTER = re.compile(r"\s+that\s+(?:i|we)\s+(?:still|remain|am|are|would|really)\b")
# "Following up on today", "I wanted to follow up on this afternoon" (batches 38 and 40).
_SAME_DAY = re.compile(
    r"\bfollow(?:ing)?[- ]?up (?:on|about|from|after) (?:today|this morning|this afternoon|"
    r"earlier|earlier today|(?:our|the|my|today's) (?:call|chat|interview|meeting) (?:today|this "
    r"morning|this afternoon|earlier))\b"
)

# A turn from the time refused to the one taken: "I can't do tomorrow, but Thursday works".
_TURN = re.compile(r"\b(?:but|however|though|instead|yet)\b")
# "The court has confirmed", "my manager just confirmed", "the meeting had been confirmed":
# someone else settles something.
_SOMEONE_ELSE_BEFORE = re.compile(
    r"\b(?:the|my|his|her|their|your)\s+[\w-]+\s+(?:(?:has|have|had|been|just|also|now)\s+){0,2}$"
)
# "It was my responsibility to confirm the time, and I did not": a duty the writer owns having
# failed, which confirms nothing (round 13, #17).
_DUTY_NOT_DONE = re.compile(
    r"\b(?:responsibility|my\s+job|my\s+duty|forgot|failed|neglected|should\s+have|ought|supposed"
    r"|meant|did not|never)\b(?:\s+\w+){0,3}\s+$"
)
# "They always confirm one day before": what is done as a rule, not a time settled (batch 119).
# ("Never confirmed" is _NOBODY_BEFORE's.)
_AS_A_RULE_BEFORE = re.compile(r"\b(?:always|usually|normally|generally|often)\s+$")
# What makes a "confirm" settle nothing, said just before it or just after it.
_NOT_SAID_BEFORE = (
    _AS_A_RULE_BEFORE,
    _ASKS_TO_CONFIRM,
    _DUTY_NOT_DONE,
    _SOMEONE_ELSE_BEFORE,
    _NOT_YET,
    _NOBODY_BEFORE,
    _NAMES_A_THING,
)
_NOT_SAID_AFTER = (_A_HABIT_AFTER, _A_WISH_AFTER, _THE_MISS_CONFIRMED, _ON_A_CONDITION_AFTER)


def detect_type(draft: Draft) -> MessageType:
    """Return the type the draft most clearly is; an apology when no other is clear.

    Cues are counted per sentence, the subject line counting as one. A type that is about a
    miss in the past (an apology, a late arrival, a follow-up) wins over one that looks ahead
    (a heads-up or a cancellation) when the draft speaks of the interview as missed.
    """
    cues = _cues(draft)
    missed = about_a_miss(draft)
    if cues["decline_reply"] >= 2:
        return "decline_reply"
    # "Could we reschedule the interview of yesterday?" looks back, at a miss told in other
    # words ("not assisting to"): no heads-up and no cancellation (round 13, #17); so do
    # "... and sorry again about last week" (batch 82) and an answer to "What happened?"
    # (batch 102).
    behind = missed or _meeting_in_the_past(draft) or signals.answers_what_happened(draft)
    # "Thank you for offering Monday at 9:00. I can't do mornings": a time refused before the
    # meeting asks to move it (batches 69 and 74).
    if not behind and draft.has(lx.OFFERED_TIME) and draft.has(lx.TIME_REFUSED):
        return "cancellation"
    # "Speak on Tuesday" confirms a new time, unless the draft is about the miss ("I was
    # expecting to speak tomorrow").
    talks_on_a_day = draft.has(lx.TALK_ON_A_DAY) and not missed
    if (cues["confirmation"] or talks_on_a_day) and _confirms_a_time(draft):
        return "confirmation"
    # "Following up on today's interview" after arriving late is a late-arrival note; "I
    # apologise for missing our call: I joined an hour late" is about a miss.
    arrived_late = bool(cues["late_arrival"]) and _arrived_late(draft)
    arrived_late = arrived_late and (not missed or cues["late_arrival"] > 1)
    chased = cues["no_reply_follow_up"] > 1 or not _opens_by_apologizing_for_the_miss(draft)
    if chased and (
        cues["no_reply_follow_up"] > cues["late_arrival"]
        or (cues["no_reply_follow_up"] and not arrived_late)
    ):
        return "no_reply_follow_up"
    if arrived_late:
        return "late_arrival"
    # "Could we push Friday's call to Monday? I'll be in the air at 2" asks to move the
    # meeting; the arrival it mentions is no heads-up (probe C, #17).
    if cues["running_late"] and not behind and cues["running_late"] >= cues["cancellation"]:
        return "running_late"
    if cues["cancellation"] and not behind:
        return "cancellation"
    # One softer cue ("I wish you all the best") closes many an apology too; it makes a decline
    # reply only when the draft is not about the miss or answers a decision.
    # A refused chance ("you won't give me a second chance") is not a request for a new time.
    answers_a_decision = not missed or bool(context.occurrences(draft, lx.DECISION_HEARD))
    if cues["decline_reply"] and answers_a_decision and not signals.reschedule_offers(draft):
        return "decline_reply"
    return "apology"


def doubted_type(draft: Draft) -> MessageType | None:
    """Return the type a draft read as an apology may be instead, when that reading is unsure.

    A draft that never speaks of a missed interview, yet carries a cue of another type too
    weak to decide on, was read as the plain apology by default (issue 17).
    """
    if about_a_miss(draft):
        return None
    cues = _cues(draft)
    best = max(cues, key=lambda kind: cues[kind])
    return best if cues[best] else None


# What else one misses on the way: "I've missed my connection at Heuston" is a cause of being
# late, not the interview missed (batch 22, #17).
_MISSED_ON_THE_WAY = re.compile(
    r"\s+(?:my|the|a|our|his|her)\s+(?:[\w-]+\s+)?(?:connection|train|bus|flight|tram|ferry"
    r"|stop|turn|turning|exit|coach|plane|lift|ride)\b"
)


def about_a_miss(draft: Draft) -> bool:
    """Tell whether the draft speaks of the interview as missed, in its body or its subject.

    A subject such as "Missed interview Friday" says so even when the body only tells the
    morning (batch 22, #17); missing a train on the way does not.
    """

    def compute() -> bool:
        spans = draft.spans(lx.MISSED)
        if any(not _MISSED_ON_THE_WAY.match(draft.body, end) for _, end in spans):
            return True
        return _subject_says(draft, lx.MISSED)

    return draft.remember("about a miss", compute)


def _meeting_in_the_past(draft: Draft) -> bool:
    """Tell a draft about a meeting already past, in its body or its subject.

    A reply under "Re: What happened today?" tells the morning, not a delay ahead (batch 44).
    """
    return draft.has(lx.MEETING_IN_THE_PAST) or _subject_says(draft, lx.MEETING_IN_THE_PAST)


def _cues(draft: Draft) -> dict[MessageType, int]:
    """Count each type's cues per sentence, the subject line counting as one."""

    def compute() -> dict[MessageType, int]:
        # Six cue patterns on a short line cost less than the whole set of families would.
        cues = {
            kind: len(_cued_sentences(draft, lexeme)) + _subject_says(draft, lexeme)
            for kind, lexeme in lx.TYPE_CUES.items()
        }
        # A draft thanking the reader for checking in answers their chase: its "checking in",
        # in the body or in a subject replied to, is theirs (round 13, #17), and so is one
        # that answers their "What happened?" (batch 81).
        if draft.has(lx.READER_FOLLOWED_UP) or signals.answers_what_happened(draft):
            cues["no_reply_follow_up"] = 0
        # "Following up on this afternoon" is about the day's meeting, not a reply awaited.
        same_day = len(_SAME_DAY.findall(draft.body)) + len(
            _SAME_DAY.findall(_subject(draft).decode())
        )
        cues["no_reply_follow_up"] = max(0, cues["no_reply_follow_up"] - same_day)
        return cues

    return draft.remember("type cues", compute)


def _cued_sentences(draft: Draft, cue: lx.Lexeme) -> frozenset[int]:
    """Return the sentences holding a cue that its context does not void ("if 5 pm works")."""
    if not lx.FAMILIES[cue.name].unless:
        return draft.sentences_with(cue)  # no check to apply: the shared, cached answer
    return frozenset(draft.sentence_at(start) for start, _ in context.occurrences(draft, cue)) - {
        -1
    }


def _confirms_the_miss(draft: Draft, index: int) -> bool:
    """Tell "which I regret to confirm I did not attend": the sentence confirms the miss."""
    sentence = draft.sentences[index]
    return any(
        _THE_MISS_CONFIRMED.match(draft.body, found.end())
        for found in _CONFIRM.finditer(draft.body, sentence.start, sentence.end)
    )


def _confirms_a_time(draft: Draft) -> bool:
    """Tell whether a confirmation cue sits beside a time, or says 'confirm' outright."""
    missed = about_a_miss(draft)
    confirming = _cued_sentences(draft, lx.TYPE_CUES["confirmation"])
    confirming = frozenset(i for i in confirming if not _tells_the_past(draft, i))
    if missed:
        confirming = frozenset(
            i for i in confirming if not _counters(draft, i) and not _tells_the_slip(draft, i)
        )
    confirming = frozenset(
        i
        for i in confirming
        if not _offers_on_a_condition(draft, i)
        and not _called_off_first(draft, i)
        and not _confirmed_by_someone_else(draft, i)
        and not _confirms_the_miss(draft, i)
    )
    confirming |= draft.sentences_with(lx.TALK_ON_A_DAY)
    with_time = draft.sentences_with(lx.SLOT)
    says_confirm = any(_confirmed_outright(draft, found) for found in _CONFIRM.finditer(draft.body))
    said_outright = says_confirm and (bool(with_time) or not missed)
    return bool(confirming & with_time) or said_outright


def _confirmed_outright(draft: Draft, found: re.Match[str]) -> bool:
    """Tell whether a "confirm" is the writer settling something now.

    Not when the words before it ask, own a duty not done, give it to someone else or put it
    off ("please confirm", "nobody confirmed", "before I confirm"), nor when the words after it
    make it a habit, the miss itself or a condition.
    """
    if context.CHECKS["counterfactual"](draft, found.span()):
        return False
    before = signals.clause_before(draft, found.start())
    return not any(rx.search(before) for rx in _NOT_SAID_BEFORE) and not any(
        rx.match(draft.body, found.end()) for rx in _NOT_SAID_AFTER
    )


def _tells_the_past(draft: Draft, index: int) -> bool:
    """Tell "when I accepted your invitation, my calendar moved it" (a story of the miss).

    A confirmation cue inside a clause of time, or after the writer's own past ("so I had 4 pm
    in my diary"), in a draft about a miss, confirms nothing (issue 17); nor does a cue that
    names a thing ("the confirmed calendar entry", batch 69).
    """
    return any(
        _WHEN_BEFORE.search(before)
        or _WRITER_IN_THE_PAST.search(before)
        or _SHOWN_IN_THE_PAST.search(before)
        or _DUTY_NOT_DONE.search(before)
        or _MOVED_IN_THE_PAST.search(before)
        or _NAMES_A_THING.search(before)
        for before in (
            signals.clause_before(draft, start)
            for start, _ in draft.in_sentence(lx.TYPE_CUES["confirmation"], index)
        )
    )


def _called_off_first(draft: Draft, index: int) -> bool:
    """Tell "our 10:00 clashes with a workshop already in my calendar" (the time called off).

    Every confirmation cue follows a cancellation cue with no turn between them; "I can't do
    tomorrow, but Thursday works" turns, and confirms Thursday.
    """
    called_off = draft.in_sentence(lx.TYPE_CUES["cancellation"], index)
    if not called_off:
        return False
    first = min(start for start, _ in called_off)
    return all(
        first < start and not _TURN.search(draft.body, first, start)
        for start, _ in draft.in_sentence(lx.TYPE_CUES["confirmation"], index)
    )


def _confirmed_by_someone_else(draft: Draft, index: int) -> bool:
    """Tell "the court has confirmed I must attend": a third party confirms, not the writer."""
    return all(
        _SOMEONE_ELSE_BEFORE.search(signals.clause_before(draft, start))
        for start, _ in draft.in_sentence(lx.TYPE_CUES["confirmation"], index)
    )


def _tells_the_slip(draft: Draft, index: int) -> bool:
    """Tell "I put it in my diary for the wrong Tuesday, my mistake" (how the miss came about).

    In a draft about a miss, a diary or a time in a sentence that owns a fault, or that the
    writer put there in the simple past, is the slip being told, not a new time settled.
    """
    owned = any(draft.sentence_at(start) == index for start, _ in signals.owned(draft))
    return owned or signals.writer_placed_it(draft, index)


def _offers_on_a_condition(draft: Draft, index: int) -> bool:
    """Tell "so if that works on your side, I'd be glad to speak then" (an offer, issue 17).

    The condition may open the sentence, clauses before the cue, or follow it ("I can confirm
    Tuesday only if the firm covers my travel"): a confirmation settles a time both sides
    agreed, and a time still under a condition is not settled.
    """
    start = draft.sentences[index].start
    return any(
        _CONDITION.search(draft.body, start, cue) or _ON_A_CONDITION_AFTER.match(draft.body, end)
        for cue, end in draft.in_sentence(lx.TYPE_CUES["confirmation"], index)
    )


# Two days or times set side by side as a choice for the reader.
_ALTERNATIVES = re.compile(
    r"\b(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|\d{1,2}(?:[:.]\d{2})?"
    r"(?: ?[ap]m)?)\b[^.!?]{0,24}?\bor\b\s+(?:on\s+)?(?:monday|tuesday|wednesday|thursday|"
    r"friday|saturday|sunday|\d)"
)


def _counters(draft: Draft, index: int) -> bool:
    """Tell "I can't do tomorrow, but Thursday or any time Friday works" (an offer of times).

    After a miss, a sentence that refuses one time or opens a range is proposing, not settling
    a time both sides agreed (issue 17).
    """
    if draft.in_sentence(lx.UNAVAILABLE, index) or draft.in_sentence(lx.FLEXIBLE, index):
        return True
    # "Tuesday or Wednesday morning next week works for me": a choice offered (batch 105).
    return _ALTERNATIVES.search(draft.sentences[index].text) is not None


# Words that name the lateness, the reader's grace over the start included (issue 17).
_LATENESS = ("late", "waiting", "start time", "delayed start", "my delay")


# "Re: Apologies for missing our interview": the writer's own first apology, now chased.
_REPLIED = re.compile(rb"\s*(?:re|fwd?|aw|sv)\s*:")


def _opens_by_apologizing_for_the_miss(draft: Draft) -> bool:
    """Tell a first apology for the miss, whose one "no reply" cue belongs to its story.

    "Apology for missing today's interview ... I tried the switchboard twice": the subject, or
    the first sentence that apologizes, is sorry for the miss itself, and no cue of a chase
    comes before it; a follow-up opens on the chase, or replies under its first apology's
    subject (batches 73, 91 and 93).
    """
    if _subject_says(draft, lx.APOLOGY) and not _REPLIED.match(_subject(draft)):
        return _subject_says(draft, lx.MISSED)
    apologies = sorted(draft.sentences_with(lx.APOLOGY))
    if not apologies:
        return False
    first = apologies[0]
    chased = _cued_sentences(draft, lx.TYPE_CUES["no_reply_follow_up"])
    return first in draft.sentences_with(lx.MISSED) and not any(i <= first for i in chased)


def _arrived_late(draft: Draft) -> bool:
    """Tell a note after a late arrival from a plain thank-you: lateness must be named.

    A subject line such as "Apologies for arriving late today" is a cue as good as the body's.
    """
    cue = lx.TYPE_CUES["late_arrival"]
    cued = bool(draft.spans(cue)) or _subject_says(draft, cue)
    return cued and any(word in draft.body for word in _LATENESS)


def _subject(draft: Draft) -> bytes:
    return draft.remember(
        "subject bytes", lambda: ascii_view(draft.subject.lower()) if draft.subject else b""
    )


def _subject_says(draft: Draft, lexeme: lx.Lexeme) -> bool:
    """Tell whether the subject line holds one of `lexeme`'s phrases."""
    subject = _subject(draft)
    return bool(subject and lexeme.regex.search(subject))
