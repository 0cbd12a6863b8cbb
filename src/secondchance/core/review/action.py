"""Rules for acting on the miss: ask for a new time, flexibly, and show interest (step 3)."""

from __future__ import annotations

import re
from collections.abc import Iterator

from secondchance.core.message_types import needing
from secondchance.core.review import context, signals
from secondchance.core.review import lexicon as lx
from secondchance.core.review.draft import Draft, Span, overlaps
from secondchance.core.review.rules import Rule, Severity, missing
from secondchance.core.review.second_look import tolerant

_ARTICLE_STEP_3 = (
    "Article, step 3: offer to reschedule at their convenience, make clear you are flexible,"
    " and add value where it fits."
)


# A window inside a proposed day: "Thursday between 12 and 1", "Friday after 4". Offering
# only such windows is the user's own terms, however many there are (batch 25, #17).
_NARROW = re.compile(r"\b(?:between|after|before|from|only|not before|no earlier than)\s+\d")
_NARROW_REACH = 12  # characters past a slot's span in which its window may be named


def _not_flexible(draft: Draft) -> Iterator[Span]:
    rigid = context.occurrences(draft, lx.RIGID)
    if rigid:
        # An arrival time is a fact to share, not a term to impose: "by 2:10 at the latest".
        arrivals = draft.spans(lx.ARRIVAL)
        rigid = [span for span in rigid if not overlaps(span, arrivals)]
    if rigid:
        yield from (draft.to_original(span) for span in rigid)
        return
    if draft.message_type in ("running_late", "confirmation"):
        return  # its one time is the arrival, or the time agreed: not a slot on narrow terms
    slots = _windows(draft, signals.proposed_slots(draft))
    if not slots or signals.flexible(draft):
        return
    narrow = all(_NARROW.search(draft.body, start, end + _NARROW_REACH) for start, end in slots)
    if len(slots) == 1 or narrow:
        yield draft.to_original(slots[0])


# The two ends of one window: "between 12:00 and 12:30", "from 2 to 3", "10-11".
_RANGE_JOIN = re.compile(r"\s*(?:and|to|until|till|-|\u2013)\s*")


def _windows(draft: Draft, slots: list[Span]) -> list[Span]:
    """Join a slot to the one before it when the two are the ends of one window (batch 120)."""
    windows: list[Span] = []
    for start, end in slots:
        if windows and _RANGE_JOIN.fullmatch(draft.body, windows[-1][1], start):
            windows[-1] = (windows[-1][0], end)
        else:
            windows.append((start, end))
    return windows


def _offers_new_time(draft: Draft) -> bool:
    # Naming a time, even on narrow terms, is an offer; NOT_FLEXIBLE judges the terms.
    return (
        bool(signals.reschedule_offers(draft))
        or draft.has(lx.RIGID)
        or bool(signals.proposed_slots(draft))
        or signals.settled_new_time(draft)
    )


def _has_enthusiasm(draft: Draft) -> bool:
    return bool(signals.enthusiasm(draft))


NO_RESCHEDULE = Rule(
    code="NO_RESCHEDULE",
    title="No new time is asked for or offered",
    severity=Severity.ERROR,
    message="The draft does not ask for, or offer, a new time.",
    match=missing(tolerant(_offers_new_time)),
    suggestion="If you are willing, I would be grateful to reschedule at whatever time suits you.",
    source=_ARTICLE_STEP_3,
    types=needing("reschedule"),
    examples_fail=(
        "Dear Sam, I am sorry I missed our interview. It was my mistake.",
        "Hi Ana, apologies for today. I take full responsibility. Best, Lee",
        "I'm sorry, that's my fault. I look forward to hearing from you.",
        "So sorry. I should have blocked the time in my calendar. I hope to hear from you.",
        "I'm sorry I missed it; that was my mistake. Please let me know if there is anything I can"
        " do.",
        # A time in the past, or in someone else's plans, is no offer (issue 17).
        "I'm sorry I missed our call; I misread the date, my fault. The reminder sat in a list I"
        " had made a few days ago.",
        "I'm sorry I missed our call, my fault. My neighbour asked me to help him move some"
        " furniture on Monday morning.",
        # Being in time is punctuality, not a new time (round 13).
        "I'm sorry I missed our call, my fault: I could not get the car fixed in time.",
    ),
    examples_pass=(
        "Would you be open to another slot next week?",
        "Let me know if you still want to talk.",
        "I would be grateful for the chance to reschedule.",
        "Is it possible to have the interview another day?",
        "Please give me one more chance.",
        "I can make myself available whenever suits you.",
        "Would you be open to proposing a few alternative dates?",
        "r u free later this week?",
        "can we redo it tmrw?",
        "Are you still interested in speaking?",
        "Can we run it back sometime this week?",
        "tmrw or fri?",
        "Please advise when we can meet.",
        "I hope you will still consider seeing me.",
        "If there's still room in your diary, I'd jump at the chance to talk.",
        "I am sorry I missed it. I look forward to our new time on Thursday at 3pm.",
        "I would be glad to reshedule whenever suits you.",
    ),
)

NOT_FLEXIBLE = Rule(
    code="NOT_FLEXIBLE",
    title="Leaves little room for their diary",
    severity=Severity.WARNING,
    message="This sets your own narrow terms for the new time. After a miss, fit around them.",
    match=_not_flexible,
    learned=True,
    suggestion="Offer two or three times if you like, and add 'or any other time that suits you'.",
    source=_ARTICLE_STEP_3,
    # A confirmation that adds terms ("I will need to finish by 10:40 at the latest") narrows
    # the time the reader offered (batch 15, #17).
    types=("apology", "cancellation", "no_reply_follow_up", "running_late", "confirmation"),
    examples_fail=(
        "Could we reschedule? I am only available on Fridays after 4pm.",
        "Can we do Thursday at 3pm instead?",
        "I can reschedule, but you'd need to work around my travel.",
        "The only time I have is Monday morning.",
        "I'm not available tomorrow or Friday, but I could do Monday at 9:30.",
        "It would need to be a remote call, as I won't travel in again.",
        "Friday at 4pm is the only alternative I can offer.",
        "I'm only around on Saturdays this month, so a weekend slot would be needed.",
        # A day and its hour are one time, not a choice of two (issue 17).
        "I'm sorry I missed it, my fault. Could we do Friday after 3pm?",
        "I could do Thursday between 12 and 1, or Friday after 4, if either of those suits.",
    ),
    examples_pass=(
        "Could we reschedule? I could do Tuesday at 10am or Wednesday at 2pm, or any other time"
        " that suits you.",
        "I would be glad to reschedule at whatever time suits you.",
        "Would Thursday at 3pm work, or another time that is better for you?",
        "Could we try Tuesday at 10 or Wednesday at 2?",
        "I missed our interview on Monday. Could we find another time?",
        "Thank you for agreeing to meet again on Tuesday 1 December at 10:00.",
        "Are you free to talk later today or tomorrow?",
        "Tomorrow I cannot come. Is it possible to change to other day next week? Any day is okay.",
        "I will ring your office tomorrow to see whether a new time is possible.",
        # A heads-up's arrival estimate sets no term (issue 17).
        "I'm so sorry, I'm running ten minutes late. I'll be at reception by 2:10 at the latest.",
    ),
)

NO_ENTHUSIASM = Rule(
    code="NO_ENTHUSIASM",
    title="No interest in the role is shown",
    severity=Severity.WARNING,
    message="Nothing says you still want the role. Asking for a new time is not the same.",
    match=missing(tolerant(_has_enthusiasm, lx.PLAIN_INTEREST)),
    suggestion="I remain very interested in the role and in the work of your team.",
    source="Article, sample email: reaffirm enthusiasm for the opportunity and the company.",
    types=needing("enthusiasm"),
    examples_fail=(
        "Dear Sam, I apologize for missing our interview. Could we reschedule?",
        "Sorry about today. I am no longer that interested, but can we talk?",
        "I'm sorry I missed it, my fault. I look forward to hearing from you.",
        "Sorry I missed it, my fault. Are you still interested in speaking?",
        "Free anytime this week if you still want to chat about the role.",
    ),
    examples_pass=(
        "I remain genuinely interested in the role at Acme.",
        "I look forward to speaking with you about the role.",
        "I would welcome the chance to contribute to your team.",
        "I am still very interest in this position.",
        "This opportunity means a great deal to me.",
        "I've admired Halden's work on grid storage for a long time.",
        "I'm still keen.",
        "Would love to still chat about the PM role.",
        "The research fellowship remains my first choice.",
        "srsly still super into this role",
        "Still v keen x",
        "Serving in the force remains my goal.",
        "Stoked about the role.",
        "I am still very interesting in the job.",
        "I'd very much like to keep talking about the Supply Planner role.",
        "The Product Owner role is still the one I'd most like.",
        "Your lab's work on soil microbiomes is the reason I applied.",
        "I'd love to pick up where we left off on the role.",
        "Leading your incident team is exactly the kind of work I want to do.",
        "Your work on crash detection is what drew me to the role.",
        "I'm still very intrested in the warehouse supervisor position.",
    ),
)

RULES = (NO_RESCHEDULE, NOT_FLEXIBLE, NO_ENTHUSIASM)
