"""Rules for owning the miss: apologize, take responsibility, blame nothing (method step 2)."""

from __future__ import annotations

import re
from collections.abc import Iterator

from secondchance.core.message_types import MessageType, needing
from secondchance.core.review import blame, context, signals, tone
from secondchance.core.review import lexicon as lx
from secondchance.core.review.draft import Draft, Span
from secondchance.core.review.rules import Rule, Severity
from secondchance.core.review.second_look import tolerant

_ARTICLE_STEP_2 = "Article, step 2: apologize sincerely, take full responsibility, blame nothing."


def _apologizes(draft: Draft) -> bool:
    return bool(signals.apologies(draft))


def _owns(draft: Draft) -> bool:
    if signals.ownership(draft):
        return True
    # Owning how the miss was handled ("I should have called you at once, that's on me") is
    # owning it, when the cause itself is not put elsewhere: every outside author read it so
    # (issue 17). Beside blame, the notice is all the draft owns.
    return bool(signals.owned(draft)) and not blame.blame(draft)


_OWN_IT = "I take full responsibility for missing it."


def _ownership_suggestion(draft: Draft, span: Span) -> str:
    # After an emergency the part the writer owns is the silence, not the cause.
    if signals.states_emergency(draft):
        return "I am sorry I could not let you know in time, and for the wait it caused you."
    return _OWN_IT


def _sorry_for_the_notice(draft: Draft) -> bool:
    """Tell "I'm sorry I could not let you know sooner", "I wish I had been able to tell you"."""
    notices = draft.sentences_with(lx.NOTICE)
    apologies = {draft.sentence_at(start) for start, _ in signals.apologies(draft)}
    return bool(apologies & notices) or any(
        _WISHED.search(draft.sentences[index].text) for index in notices
    )


def _no_apology(draft: Draft) -> Iterator[Span]:
    if not draft.body.strip() or tolerant(_apologizes, lx.PLAIN_APOLOGY)(draft):
        return
    hollow = signals.hollow_apologies(draft)
    yield draft.to_original(hollow[0]) if hollow else draft.body_span


# "I wish I had been able to tell you": a regret that needs no word of apology.
_WISHED = re.compile(r"\b(?:i wish|i regret|i should have)\b")

# A heads-up or a cancellation need not own anything, unless it blames (issue 17).
_OWNED_WHEN_BLAMING: tuple[MessageType, ...] = ("running_late", "cancellation")


def _no_ownership(draft: Draft) -> Iterator[Span]:
    if not draft.body.strip() or tolerant(_owns)(draft):
        return
    if draft.message_type in _OWNED_WHEN_BLAMING and not blame.blame(draft):
        return
    # In an emergency, being sorry that the reader heard nothing in time owns what the writer
    # could still have done ("I'm sorry I couldn't let you know sooner"). The emergency alone
    # owns nothing: the brief asks for ownership with every reason, and outside authors mark
    # "I had a severe migraine" as owning nothing (batches 31 and 33; on the sealed batches,
    # being sorry for the silence after other causes too cost recall).
    real = signals.states_emergency(draft) and not tone.reads_invented(draft)
    disowned = context.occurrences(draft, lx.NOT_OWNERSHIP)
    if real and _sorry_for_the_notice(draft) and not disowned:
        return
    deflections = context.occurrences(draft, lx.DEFLECTION)
    yield draft.to_original(deflections[0]) if deflections else draft.body_span


def _blame(draft: Draft) -> Iterator[Span]:
    # A tall story or a long account that the writer owns: the red flag or OVER_EXPLAINING
    # says what is wrong with it, and outside authors do not call its mishaps blame as well
    # (round 20, #17).
    told_otherwise = tone.reads_invented(draft) or tone.explains_too_much(draft)
    if told_otherwise and tolerant(_owns)(draft):
        return
    spans = blame.blame(draft) or _tall_tale_owning_nothing(draft)
    for span in spans:
        yield draft.to_original(span)


def _tall_tale_owning_nothing(draft: Draft) -> list[Span]:
    """Return where a tall tale starts, in a note that must own the miss and owns nothing.

    Most authors mark such a tale blame as well as a red flag, emergency or not (round 20: it
    added recall on three sealed groups of five, for a little precision on another).
    """
    must_own = draft.message_type in needing("ownership") and not signals.owned(draft)
    if not (must_own and tone.reads_invented(draft)):
        return []
    return list(draft.spans(lx.DRAMA)[:1] or draft.spans(lx.STORY)[:1])


BLAME = Rule(
    code="BLAME",
    title="Puts the blame elsewhere",
    severity=Severity.ERROR,
    message="This puts the miss on something or someone else. Name the cause if you must, then"
    " own it.",
    match=_blame,
    learned=True,
    suggestion="Keep the cause short and add what you should have done, e.g. '..., and I should"
    " have allowed for it.'",
    source=_ARTICLE_STEP_2 + " Its examples: the alarm, traffic, the calendar.",
    examples_fail=(
        "I'm sorry I missed the interview. My alarm didn't go off.",
        "Apologies, I was stuck in traffic for two hours.",
        "Sorry, the recruiter's invite had the wrong time on it.",
        "My assistant booked it on the wrong day, so I could not attend.",
        "The link you sent didn't work for me.",
        "My internet provider went down this morning.",
        "I'm sorry. My laptop decided to install an update right before the call.",
        "Sorry I missed it. The weather was horrendous and the roads were closed.",
        "So sorry. My roommate unplugged the router so the call would not connect.",
        "Sorry, it was the airline's fault, not mine.",
        "My alarm didn't go off. I'm sorry I didn't call sooner; that part is my fault.",
        "Sorry I missed the call - your calendar invite showed 3pm my time.",
        "Sorry I missed it. The train I was on broke down between stations.",
        "Sorry I missed it. My neighbour's car was blocking my driveway.",
        "hey, running late soz, traffic is mental",
        "Sorry I missed it. My childcare fell through at the last minute.",
        "Sorry for arriving late - the taxi driver got lost twice.",
        "Sorry. The video link in your email pointed to a meeting that had already ended.",
        "Sorry. The campus map I was given sent me to the wrong building.",
        "Sorry I missed it. Google Calendar converted the time wrongly when I travelled.",
        "Sorry I missed it. My train was held for an hour. I'm sorry I didn't ring you from the"
        " train - I should have.",
        "My childminder cancelled at the last minute. I should have called you straight away,"
        " that part is my fault.",
        # Ownership first, then a turn that brings the cause back in (issue 17).
        "I'm sorry I missed it, and that is on me, although the front desk sent me to the wrong"
        " floor.",
        "I take full responsibility. Honestly, the invite your team sent showed Pacific time.",
        # The reader's side given the fault, then ownership in passing (issue 17).
        "Thanks for seeing me. The front desk kept me waiting over my badge, though I should"
        " have come earlier anyway.",
        "I'm sorry, and I take responsibility for it. My Uber driver cancelled twice, so by the"
        " time I got a car it was too late.",
        "I apologise; since the reminder from your scheduling tool never arrived, I did not"
        " realise it was today.",
        # An outside cause owned only generically after it (issue 17).
        "I'm sorry I missed our interview, and I take responsibility. The taxi firm sent the car"
        " to my old address, so I was late.",
        "I'm sorry I missed the interview, and I take responsibility. My flatmate unplugged the"
        " router.",
        # The cause given as how the miss came about, or put on the reader's side (issue 17).
        "Understood, thank you. Your booking page showed UTC without saying so, which is how the"
        " confusion came about.",
        "I'm only sorry the mix-up over the dial-in on your side cost us the slot.",
        # Owned, then the reader's process held up as what would have prevented it (issue 17).
        "I got the day wrong, my mistake. That said, plenty of firms text the morning of, and if"
        " yours had, I would have been on time.",
        # The miss traced to what went before it, or the booking itself called wrong (round 13).
        "Sorry I missed it. The dial-in code was wrong, which is why I could not join.",
        "Sorry for the late change. The slot should never have been booked on my day off.",
        "Apologies for the late start. Security had me on the wrong floor's list.",
        # With nothing owned, any cause with a subject of its own, in words no family knows.
        "sorry, phone died in the night so no alarm went off, can we do another day",
        "Sorry I missed our call. Landlord turned the power off for repairs without warning.",
        "Sorry, I'm running 20 minutes late: Northern cancelled two trains in a row, there's"
        " nothing I can do. I'll be with you by 11:20.",
        # The agent with a clause of the writer's, or an adverb, before its verb (batch 31).
        "I will be there at 10:15 instead of 10:00 because the cab which I booked did not turn up.",
        "Sorry I missed it. I arrived on time, but the front desk also did not know about it.",
        # With nothing owned, the journey or the device told is the excuse (round 20).
        "Dear Ms Lee,\n\nA lorry overturned at the junction and the motorway was closed for two"
        " hours.\n\nRegards,\nSam Ortiz",
        "I am sorry for this morning. The meeting link kept showing an error on my laptop."
        " Could we try again on Thursday?",
        # A concession tagged on after the ownership; clauses joined as a text joins them.
        "I am so sorry I missed our call. I entered it in my diary in the wrong time zone, my"
        " mistake. I would be glad of any other time. The invite did not say which time zone,"
        " though.",
        "sorry missed the interview, phone was on silent n alarm didnt ring. any time ok 4 me",
        "I am sorry I missed our call; it was my mistake, I confused the hour. But the invitation"
        " was only in Eastern time.",
        # A person of the writer's, named in more than one word, is still someone else (batch 90).
        "I am very sorry for missing our interview, and I take full responsibility. Unfortunately"
        " my executive assistant put it in my diary for the following week, which is why I was"
        " not on the call.",
        # A tall tale, or a secret summons, with nothing owned (round 20).
        "I am so sorry about this morning. My phone was stolen on the way to the station, and"
        " when I got home my flat had flooded from upstairs. Could we rebook next week?",
        "I apologise for missing the interview. I was called to a confidential meeting that I am"
        " not allowed to discuss. I remain interested and can meet at any time.",
        # The slip told as what the process's fault led to owns nothing (batches 65 and 77).
        "Sorry I missed our interview yesterday. Honestly most companies send a reminder the day"
        " before, so I lost track of it.",
        # The hiring process's fault, told after ownership in another sentence (round 20).
        "Please accept my apology for missing our interview. I take full responsibility; I read"
        " the time wrong. The invitation only showed the time in GMT, not in my own zone.",
    ),
    examples_pass=(
        "My train was cancelled, but I should have taken an earlier one. I am sorry.",
        # An outside cause given first, as the subject, then what the writer should have done in
        # the very next sentence: round 20's authors read it as owned (batches 74 and 83), and
        # so did the sealed batches, on balance, against the examples of round 13.
        "I'm sorry I missed our interview. The hailstorm shut the bridge for an hour. I should"
        " have set off the evening before.",
        "I'm sorry I missed it. I went to the old building because the taxi app gave me the"
        " wrong address. I should have checked it.",
        "I am sorry. My train was held outside the station. I should have left an hour earlier.",
        "I misread the time in the invitation, which was careless of me.",
        "My father was rushed to hospital and my phone died on the way.",
        "I am sorry I missed our interview; the mistake is entirely mine.",
        "My laptop failed at the start of the call; I should have had a backup ready.",
        "Something came up this morning and I could not join.",
        "I'm sorry that our interview didn't go ahead as planned this morning.",
        "Sorry, I am 10 minutes late, the metro is slow and I should go earlier.",
        "I did not check which office it was in, so I went to the wrong one.",
        "Sorry I couldn't join - the Wi-Fi in my flat went down. Could we find another time?",
        "So sorry, Dana, couldn't make our 10am. Could we find another time?",
        "I went to the main building instead of the annexe, which was my own slip.",
        # The meeting as subject, the writer's own side, the reader's decision (issue 17).
        "I am sorry; our call fell through the cracks in a hectic week, and that is on me.",
        "Apologies, the video link would not open on my end, so I could not join.",
        "I am sorry I missed it, and I hope the panel would not hold it against anyone.",
        "I am sorry, and I take full responsibility. My tablet needed an update, and the"
        " broadband was slow as my flatmate was streaming. I should have set it all up the"
        " night before.",
        # The writer's own thing failing, or the miss owned before the outside cause is told.
        "I'm sorry I missed our interview. My car battery died overnight. I should have checked"
        " it the evening before.",
        "I take full responsibility for missing it. The hailstorm shut the bridge for an hour."
        " I should have set off the evening before.",
        "I'm sorry I missed it. Just as I logged in, my laptop and the office wifi both went"
        " down. I should have had a backup.",
        # Owned first, then the writer's own journey or equipment named briefly (issue 17).
        "I'm sorry I missed the interview, and I take responsibility. My train was held outside"
        " the station for an hour.",
        # Owned first, then told as one step of a long story: OVER_EXPLAINING says what is wrong.
        "I'm very sorry I missed our interview; the fault is mine. I left at eight. Then the"
        " bridge was closed. After that the taxi rank was empty, so I walked. By the time I"
        " arrived, you had gone.",
        # "Which is why" after the writer's own state gives nobody else the fault (round 13).
        "Sorry I missed it. Honestly, I had no signal on the ferry, which is why I could not join.",
        # A tall story or a long account the writer owns is a red flag or OVER_EXPLAINING, not
        # blame as well (round 20).
        "Hi Sarah, I'm so sorry for missing our interview. So what happened was I was on the bus"
        " and realised I'd left my folder at home, so I got off and went back for it, and then"
        " the next bus was full and didn't stop, and then I tried to get a taxi on the app but"
        " nothing came for ages, and by the time one came it was already 2:20. I tried to"
        " message you but the app kept crashing on me. Anyway I know I should have left earlier"
        " and gone without the folder, that's on me. Could we find another time?",
        "I'm so sorry I missed our interview; I should have left earlier. On the way to your"
        " office the bus broke down, then a van crashed into the taxi I took, then my phone was"
        " stolen, and my flat flooded while I was out.",
        "I'm sorry I missed it. I had the wrong floor in my head, my mistake.",
    ),
)

NO_OWNERSHIP = Rule(
    code="NO_OWNERSHIP",
    title="Does not take responsibility",
    severity=Severity.ERROR,
    message="Nothing in the draft takes responsibility for any part of the miss. Own the part"
    " that was yours, even when the cause was not.",
    match=_no_ownership,
    suggestion=_OWN_IT,
    suggest=_ownership_suggestion,
    source=_ARTICLE_STEP_2,
    types=(*needing("ownership"), *_OWNED_WHEN_BLAMING),
    examples_fail=(
        "Sorry I missed our interview yesterday. Honestly most companies send a reminder the day"
        " before, so I lost track of it.",
        "Dear Sam, I am sorry I could not attend our interview. Something came up. Could we"
        " reschedule?",
        "Hi Ana, apologies for yesterday, I had no option but to stay home. Can we find"
        " another time?",
        "Dear Mr Cole, I regret missing our call. I would like to reschedule.",
        "I'm sorry I missed our meeting. I didn't call or leave a voicemail either.",
        # Only the notice owned, beside a cause put elsewhere (issue 17).
        "Sorry I missed it. My alarm didn't go off. I should have let you know sooner.",
        "Sorry I missed it. The bus never came. I should have called you straight away, that"
        " part is my fault.",
        "I'm very sorry I missed our interview for the Staff Nurse post at the hospital.",
        "Apologies for not making our chat yesterday - a personal matter came up at short"
        " notice. I'd love to reconnect whenever works for you.",
        # An emergency alone owns nothing: the brief asks for ownership with every reason.
        "I'm sorry I wasn't able to attend yesterday. I had a severe migraine all morning.",
        "Dear Lee, I am truly sorry; my son was taken to hospital this morning.",
    ),
    examples_pass=(
        "Dear Sam, I am sorry I missed our interview. I mixed up the date, and that is on me.",
        "Dear Ana, I apologize. The fault is mine, and I have no excuse.",
        "Dear Mr Cole, I am so sorry. I dropped the ball on this one.",
        "Dear Lee, I am truly sorry; my son was taken to hospital this morning, and I am sorry"
        " I could not let you know sooner.",
        "Dear Kim, I am very sorry for miss the interview, it is my mistake.",
        "Sooo sorry, 100% on me.",
        "Sorry, that mistake is mine.",
        "so sorry i missed our call earlier, totally on me",
        "so sorry abt earlier, my b.",
        "omg so sorry i totally spaced on our call",
        "No excuses - I overcommitted my morning and it slipped.",
        "I am very sorry; I mistakenly thought it was next week.",
        "I had the invitation open in the wrong calendar. That's a careless slip.",
        "I am sorry I missed our call; I take full responsibilty for it.",
        # A child sent home, said in plain words, is an emergency (issue 17), and the silence
        # is what the writer owns.
        "I'm so sorry I missed our interview. My son was called home from nursery with a fever"
        " and I had to fetch him. I regret that I couldn't tell you in time.",
        # How the miss was handled, owned beside a cause nobody is blamed for (issue 17).
        "Sorry I missed it. I should have called you straight away, that part is my fault.",
        "I'm so sorry I missed our call. I was kept on the ward after an emergency admission,"
        " and I should still have found a minute to let you know.",
        "Apologies for missing our interview. My laptop froze during an update, and I should"
        " have dialled in by phone at once instead of trying to fix it, which is on me.",
        # Two things owned, the notice second: the first owns the miss (issue 17).
        "I'm sorry I missed our call. I should have kept a spare charger by me and warned you at"
        " once, and that part is on me.",
    ),
)

NO_APOLOGY = Rule(
    code="NO_APOLOGY",
    title="No clear apology",
    severity=Severity.ERROR,
    message="There is no sincere apology in the body. Apologize once, directly, for the miss.",
    match=_no_apology,
    suggestion="I sincerely apologize for missing our interview.",
    source=_ARTICLE_STEP_2 + " An apology only in the subject line is not read as one.",
    types=needing("apology"),
    examples_fail=(
        "Dear Sam, I could not attend the interview today. Can we reschedule?",
        "Sorry for the confusion in any case. Let me know a new time.",
        "Sorry, but it was the airline's fault.",
        "Sorry but I did not miss the interview, your colleague never connected.",
        "My bad, can we do another time?",
        "I'm sorry if you were inconvenienced. When can we talk?",
        "I regret to inform you that I was unable to attend today's interview.",
        "I'm not sorry, it was bound to happen.",
        "I worry that I missed our call. Could we talk again?",
    ),
    examples_pass=(
        "Dear Sam, please accept my sincere apology for missing our interview.",
        "I am so sorry that I missed our call this morning.",
        "Please forgive me for missing our meeting.",
        "My apologies for missing the interview; the fault is mine.",
        "I regret missing our interview and take full responsibility.",
        "I missed our 4pm call, my error. Apologies.",
        "sooo sorry abt this morning",
        "I'm sorry, but I have to cancel tomorrow's interview.",
        "I am writing to express my sincere regret for my absence at the interview.",
        "I appologize for missing our interview this morning.",
        "Please excuse that I missed our interview today.",
    ),
)

RULES = (BLAME, NO_OWNERSHIP, NO_APOLOGY)
