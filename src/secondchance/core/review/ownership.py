"""Rules for owning the miss: apologize, take responsibility, blame nothing (method step 2)."""

from __future__ import annotations

from collections.abc import Iterator

from secondchance.core.review import signals
from secondchance.core.review.rules import Draft, Rule, Severity, Span

_ARTICLE_STEP_2 = "Article, step 2: apologize sincerely, take full responsibility, blame nothing."


def _no_apology(draft: Draft) -> Iterator[Span]:
    if not draft.body.strip() or signals.apologies(draft):
        return
    hollow = signals.hollow_apologies(draft)
    yield hollow[0] if hollow else draft.body_span


def _no_ownership(draft: Draft) -> Iterator[Span]:
    if not draft.body.strip() or signals.ownership(draft):
        return
    if signals.states_emergency(draft) and signals.apologies(draft):
        return  # for a real emergency a sincere apology is enough
    deflections = signals.deflections(draft)
    yield deflections[0] if deflections else draft.body_span


BLAME = Rule(
    code="BLAME",
    severity=Severity.ERROR,
    message="This puts the miss on something or someone else. Name the cause if you must, then"
    " own it.",
    match=signals.blame,
    suggestion="Keep the cause short and add what you should have done, e.g. '..., and I should"
    " have allowed for it.'",
    source=_ARTICLE_STEP_2 + " Its examples: the alarm, traffic, the calendar.",
    examples_fail=(
        "I'm sorry I missed the interview. My alarm didn't go off.",
        "Apologies, I was stuck in traffic for two hours.",
        "Sorry, the recruiter's invite had the wrong time on it.",
        "My assistant booked it on the wrong day, so I could not attend.",
        "Due to circumstances beyond my control I could not make the call.",
        "The link you sent didn't work for me.",
        "My internet provider went down this morning.",
    ),
    examples_pass=(
        "My train was cancelled, but I should have taken an earlier one. I am sorry.",
        "I misread the time in the invitation, which was careless of me.",
        "My father was rushed to hospital, a situation beyond my control.",
        "I am sorry I missed our interview; the mistake is entirely mine.",
        "My laptop failed at the start of the call; I should have had a backup ready.",
    ),
)

NO_OWNERSHIP = Rule(
    code="NO_OWNERSHIP",
    severity=Severity.ERROR,
    message="The draft never accepts responsibility. Say plainly that the miss was yours.",
    match=_no_ownership,
    suggestion="I take full responsibility for missing it.",
    source=_ARTICLE_STEP_2,
    examples_fail=(
        "Dear Sam, I am sorry I could not attend our interview. Something came up. Could we"
        " reschedule?",
        "Hi Ana, apologies for yesterday, I had no option but to stay home. Can we find"
        " another time?",
        "Dear Mr Cole, I regret missing our call. I would like to reschedule.",
    ),
    examples_pass=(
        "Dear Sam, I am sorry I missed our interview. I mixed up the date, and that is on me.",
        "Dear Ana, I apologize. The fault is mine, and I have no excuse.",
        "Dear Mr Cole, I am so sorry. I dropped the ball on this one.",
        "Dear Lee, I am truly sorry; my son was taken to hospital this morning.",
        "Dear Kim, I am very sorry for miss the interview, it is my mistake.",
    ),
)

NO_APOLOGY = Rule(
    code="NO_APOLOGY",
    severity=Severity.ERROR,
    message="There is no sincere apology in the body. Apologize once, directly, for the miss.",
    match=_no_apology,
    suggestion="I sincerely apologize for missing our interview.",
    source=_ARTICLE_STEP_2 + " An apology only in the subject line is not read as one.",
    examples_fail=(
        "Dear Sam, I could not attend the interview today. Can we reschedule?",
        "Sorry for the confusion in any case. Let me know a new time.",
        "Sorry, but it was the airline's fault.",
        "My bad, can we do another time?",
        "I'm sorry if you were inconvenienced. When can we talk?",
    ),
    examples_pass=(
        "Dear Sam, please accept my sincere apology for missing our interview.",
        "I am so sorry that I missed our call this morning.",
        "Please forgive me for not attending our meeting.",
        "My apologies for missing the interview; the fault is mine.",
        "I regret missing our interview and take full responsibility.",
    ),
)

RULES = (BLAME, NO_OWNERSHIP, NO_APOLOGY)
