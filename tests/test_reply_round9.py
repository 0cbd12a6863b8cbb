"""Reading a reply, round 9 (issue 18): restated times, "the same hour", day numbers, floated times.

Each example is our own phrasing of a family that the last outside batch showed, written the
way several different people would put the same thing, not any reply of the labelled data:
a conversion for the candidate on their clock however it is named, "the same hour" after a
converted time, a day of the month after a weekday in words that offer nothing, a time that
someone only floated, and the kinds that were missed. Most examples hold a day and a time
that must not become an offer.
"""

from datetime import datetime
from zoneinfo import ZoneInfo

import pytest

from reply_support import starts
from secondchance.core.reply import read_reply

SHANGHAI = ZoneInfo("Asia/Shanghai")
LOS_ANGELES = ZoneInfo("America/Los_Angeles")
MEXICO = ZoneInfo("America/Mexico_City")
NY = ZoneInfo("America/New_York")
MADRID = ZoneInfo("Europe/Madrid")
LONDON = ZoneInfo("Europe/London")
CHICAGO = ZoneInfo("America/Chicago")
PARIS = ZoneInfo("Europe/Paris")


def read(text, sent, sender, candidate):
    return read_reply(text, sent=sent, sender_zone=sender, candidate_zone=candidate)


# Monday 14 September 2026 in Shanghai; Thursday 17 September at 9:00 there is Wednesday 16
# September at 18:00 in Los Angeles.
MID_SEPTEMBER = datetime(2026, 9, 14, 15, 30, tzinfo=SHANGHAI)
THURSDAY_9AM = datetime(2026, 9, 17, 9, 0, tzinfo=SHANGHAI)
CONVERSIONS = [
    "We can do Thursday 17 September at 9:00 Beijing time, it is 6:00 pm on 16 September"
    " (Wednesday) in your California time.",
    "Could you join on Thursday 17 Sept at 9am China time? That will be Wednesday 16 Sept at"
    " 6pm in your local time.",
    "How about Thursday 17 September, 9:00 (Beijing)? For you in Los Angeles that is Wednesday"
    " at 6pm.",
    "Would Thursday 17 Sept at 9 am Beijing time work? In your Pacific time it's Wednesday at"
    " 6 pm.",
    "Our proposal is 9:00 on 17 September (Thursday), Beijing time - this means 16 September"
    " (Wednesday) 18:00 your time.",
    # A conversion gone wrong by an hour still restates the offer: it adds no instant.
    "Thursday 17 September at 9:00 Beijing time suits us, which is 5pm on Wednesday in your"
    " California time. Please confirm.",
    "Can we meet Thursday 17 Sep 9:00 am Beijing time? In Los Angeles it will be 17:00 on"
    " Wednesday.",
    "Proposed: Thursday 17 September, 09:00 Beijing time / Wednesday 16 September, 17:00 your"
    " Pacific time.",
    "We arrange the interview on Thursday 17 Sept 9am Beijing time, and for your side is"
    " Wednesday 16 Sept 6pm. Thank you.",
    "Interview time: 2026-09-17 09:00 (GMT+8), your local time 2026-09-16 17:00. Kindly confirm.",
    "Can we do Thursday 17 September 9:00 Shanghai time (Wednesday 16 September 17:00 in"
    " California)?",
    "Our director is free on Thursday 17 September at 9:00 am China time - in your Los Angeles"
    " time, this is 6:00 pm on Wednesday 16 September.",
    "Possible time: Thursday 17/9 9:00 (China) = Wednesday 16/9 17:00 (your time).",
]


@pytest.mark.parametrize("text", CONVERSIONS, ids=[c[:45] for c in CONVERSIONS])
def test_a_conversion_on_the_candidates_clock_restates_the_offer(text):
    reading = read(text, MID_SEPTEMBER, SHANGHAI, LOS_ANGELES)
    assert (reading.kind, starts(reading)) == ("proposes_times", [THURSDAY_9AM])


@pytest.mark.parametrize(
    "text",
    [
        "Could you do Thursday 17 September at 8am your Pacific time?",
        "Could you do Thursday 17 September at 8am in your local time?",
    ],
)
def test_a_clock_named_as_the_candidates_is_read_on_their_clock(text):
    reading = read(text, MID_SEPTEMBER, SHANGHAI, LOS_ANGELES)
    assert starts(reading) == [datetime(2026, 9, 17, 8, 0, tzinfo=LOS_ANGELES)]


def test_free_time_names_no_clock():
    text = "Whenever you like in your free time: would Thursday 17 September at 10:00 suit?"
    reading = read(text, MID_SEPTEMBER, SHANGHAI, LOS_ANGELES)
    assert starts(reading) == [datetime(2026, 9, 17, 10, 0, tzinfo=SHANGHAI)]


# Monday 2 November 2026 in Mexico City, a day after New York left summer time: 10:00 there is
# 11:00 in New York. "The same hour" repeats the offered 10:00, never the converted 11:00.
EARLY_NOVEMBER = datetime(2026, 11, 2, 9, 30, tzinfo=MEXICO)
SAME_HOUR = [
    "Could it be Thursday 5 November at 10 am Mexico City time? For you in New York it is"
    " 11 am. Or Friday 6 November same hour.",
    "We propose Thursday 5 November, 10:00 our time (11:00 for you). If not, Friday 6 November"
    " at the same time.",
    "Thursday 5 Nov at 10am Central Mexico time works for us - that's 11am your time. Otherwise"
    " Friday 6 Nov, same time.",
    "Can we do Thursday 5 November at 10:00 (Mexico City)? In New York that will be 11:00."
    " Friday 6 November at the same hour is also possible.",
    "Thursday 5 November 10 am Mexico time, in your time it would be 11 am; or Friday 6 November"
    " at the same time?",
    "Could be Thursday 5 at 10 hrs Mexico City? For you it is 11 hrs in New York. If not"
    " possible, Friday 6 same hour.",
    "Thursday 5 Nov 10am Mexico City = 11am New York. Friday 6 Nov same time is also ok.",
    "Could you on Thursday at 10 our time? It means 11 on your side. Or Friday, same hour.",
]


def test_a_second_offer_in_brackets_with_its_own_day_is_no_conversion():
    text = "We could do Thursday 5 November at 10:00 (Friday 6 November at 12:00 is a backup)."
    reading = read(text, EARLY_NOVEMBER, MEXICO, NY)
    assert starts(reading) == [
        datetime(2026, 11, 5, 10, 0, tzinfo=MEXICO),
        datetime(2026, 11, 6, 12, 0, tzinfo=MEXICO),
    ]


@pytest.mark.parametrize("text", SAME_HOUR, ids=[s[:45] for s in SAME_HOUR])
def test_the_same_hour_repeats_the_offered_time_not_its_conversion(text):
    reading = read(text, EARLY_NOVEMBER, MEXICO, NY)
    assert starts(reading) == [
        datetime(2026, 11, 5, 10, 0, tzinfo=MEXICO),
        datetime(2026, 11, 6, 10, 0, tzinfo=MEXICO),
    ]


# Monday 21 September 2026 in Madrid. Friday 18 and Thursday 17 are just past.
LATE_SEPTEMBER = datetime(2026, 9, 21, 10, 5, tzinfo=MADRID)
DAY_NUMBERS = [
    "I am sorry, but we cannot reschedule. The process closed on Friday 18 and the new colleague"
    " starts on 1 October.",
    "Interviews finished on Thursday 17, so there are no more slots this round.",
    "We received your message on Saturday 19 and passed it to the manager.",
    "The shortlist went to the director on Tuesday 15th.",
    "Your interview was on Wednesday 16 at the Bilbao office, and the panel is still sorry"
    " about the mix-up.",
    # Not a date that falls on that weekday, in words that offer nothing: still no hour.
    "The office reopens on Monday 5, after the move.",
    "We had a lot of applications until Friday 11.",
    "Hello Daniel, the selection finished on Friday 18 and we have made an offer. Sorry.",
    "Your CV was sent to the team lead on Wednesday 9 and she will decide soon.",
    "The new dates will be published on Monday 28. I will write to you then.",
]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "We tried to call you on Thursday 17 and Friday 18 but could not reach you. Could you"
            " do Wednesday 23 at 11:00?",
            datetime(2026, 9, 23, 11, 0, tzinfo=MADRID),
        ),
        (
            "Our offices were closed Friday 18 for a local holiday, sorry for the late answer. Can"
            " you do Tuesday 22 at 16:00?",
            datetime(2026, 9, 22, 16, 0, tzinfo=MADRID),
        ),
    ],
)
def test_past_numbered_days_leave_the_offer_after_them(text, expected):
    assert starts(read(text, LATE_SEPTEMBER, MADRID, LONDON)) == [expected]


@pytest.mark.parametrize("text", DAY_NUMBERS, ids=[d[:45] for d in DAY_NUMBERS])
def test_a_day_number_after_a_weekday_is_no_hour(text):
    assert starts(read(text, LATE_SEPTEMBER, MADRID, LONDON)) == []


def test_a_process_closed_on_a_numbered_day_is_a_decline():
    reading = read(DAY_NUMBERS[0], LATE_SEPTEMBER, MADRID, LONDON)
    assert reading.kind == "declined"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("can u do fri 4?", datetime(2026, 9, 25, 16, 0, tzinfo=MADRID)),
        ("ok tues 11 then", datetime(2026, 9, 22, 11, 0, tzinfo=MADRID)),
        (
            "Thursday 24 at 10:00 would suit us, if you are free.",
            datetime(2026, 9, 24, 10, 0, tzinfo=MADRID),
        ),
    ],
)
def test_a_bare_hour_after_a_weekday_still_offers_where_words_offer(text, expected):
    assert starts(read(text, LATE_SEPTEMBER, MADRID, LONDON)) == [expected]


# Wednesday 25 March 2026 in Chicago.
LATE_MARCH = datetime(2026, 3, 25, 16, 2, tzinfo=CHICAGO)
FLOATED = [
    "I know Tuesday 10am was floated, but I haven't heard back from everyone yet, so please"
    " don't plan around it. I'll be in touch.",
    "Someone on the panel mentioned Thursday at 2pm, but don't count on that until I've heard"
    " from the others.",
    "Friday at 11 was suggested in our stand-up, though nothing is confirmed yet. I'll come back"
    " to you.",
    "The hiring manager threw out Monday 30 March at 9 as an option, but I still need to hear"
    " from the other two interviewers before we can confirm anything.",
    "Tuesday 31 March at 3pm has been mentioned internally - please don't hold it yet, I'm"
    " still waiting on the panel.",
    "Monday at 2pm got mentioned by the hiring manager, but nothing's locked in until the whole"
    " panel confirms.",
    "Quick update: the team suggested Thursday at 11am. I'm waiting on two of them to confirm"
    " before I send an invite, so hold off for now.",
    "Raj floated Wednesday 1 April at 10am, but it's not final - I'm still collecting everyone's"
    " calendars. Don't book anything yet.",
    "Tuesday 10am has been put forward as a possibility, but please don't treat it as confirmed"
    " until you get the invite.",
]


def test_a_time_someone_suggested_and_put_to_the_candidate_is_offered():
    text = "The panel suggested Thursday at 11am - does that work for you?"
    reading = read(text, LATE_MARCH, CHICAGO, LONDON)
    assert (reading.kind, starts(reading)) == (
        "proposes_times",
        [datetime(2026, 3, 26, 11, 0, tzinfo=CHICAGO)],
    )


@pytest.mark.parametrize("text", FLOATED, ids=[f[:45] for f in FLOATED])
def test_a_time_only_floated_while_others_have_not_answered_is_pending(text):
    reading = read(text, LATE_MARCH, CHICAGO, LONDON)
    assert (reading.kind, starts(reading)) == ("pending", [])


def test_a_time_mentioned_before_and_agreed_now_is_still_confirmed():
    text = "As I mentioned on the phone, Tuesday at 10am works for us - see you then."
    reading = read(text, LATE_MARCH, CHICAGO, LONDON)
    assert (reading.kind, starts(reading)) == (
        "confirms",
        [datetime(2026, 3, 31, 10, 0, tzinfo=CHICAGO)],
    )


# The kinds the last batch missed, each in several phrasings.
KINDS = [
    # A booking said not to be made yet agrees to nothing.
    (
        "She may be able to fit you in on Friday afternoon, but that isn't locked in yet. I'll"
        " let you know.",
        "pending",
    ),
    ("Nothing is booked yet - I'm still comparing calendars and will be in touch.", "pending"),
    ("It's not confirmed, but I'll write again once the panel has answered.", "pending"),
    ("Nothing has been scheduled yet; the panel is still deciding. Speak soon.", "pending"),
    (
        "Mark might have a gap on Thursday morning, but it's not set in stone. I'll confirm"
        " tomorrow.",
        "pending",
    ),
    # "As agreed" said of anything but the meeting.
    (
        "Thank you for your apology. Please send us the taxi receipt and we will refund it as"
        " agreed.",
        "other",
    ),
    ("We will cover the hotel night as agreed; just keep the invoice.", "other"),
    # Declines in more words.
    ("We have decided to not continue the hiring process with you.", "declined"),
    ("After some thought we chose not to pursue your application.", "declined"),
    ("Regrettably we will not continue the selection process with you.", "declined"),
    ("We are sorry, but the company decided to stop the recruitment for you.", "declined"),
    (
        "Unfortunately it is not possible to arrange again because the interview schedule is"
        " finished.",
        "declined",
    ),
    # "What happened?" in more words.
    ("Kindly clarify the reason you could not attend on Monday.", "asks_what_happened"),
    ("Could you share the reason why you missed the call?", "asks_what_happened"),
    (
        "Kindly share the circumstances which prevented you from attending the interview on"
        " Monday.",
        "asks_what_happened",
    ),
    (
        "We request you to justify your absence in writing before we consider anything else.",
        "asks_what_happened",
    ),
    (
        "Please send a few lines about it; once we receive your explanation, the manager will"
        " decide.",
        "asks_what_happened",
    ),
    # A window to choose from is an offer, not an agreement.
    (
        "I'm free Wednesday afternoon - anywhere between 2 and 4 works, so pick whatever start"
        " time suits you.",
        "proposes_times",
    ),
    (
        "Any time after 3 on Thursday works for me; grab a slot and send an invite.",
        "proposes_times",
    ),
]


@pytest.mark.parametrize(("text", "kind"), KINDS, ids=[k[0][:45] for k in KINDS])
def test_kinds_in_more_words(text, kind):
    assert read(text, LATE_MARCH, CHICAGO, LONDON).kind == kind


def test_as_agreed_of_the_meeting_still_confirms():
    text = "As agreed on the call, your interview is now on Thursday 26 March at 3pm."
    reading = read(text, LATE_MARCH, CHICAGO, LONDON)
    assert (reading.kind, starts(reading)) == (
        "confirms",
        [datetime(2026, 3, 26, 15, 0, tzinfo=CHICAGO)],
    )


@pytest.mark.parametrize(
    ("text", "hour", "minute", "day"),
    [
        ("sounds good, sat 10am at the workshop then", 10, 0, 28),
        ("ok sun 11:30 works, see u there", 11, 30, 29),
        ("cool, sun 2pm at the cafe then", 14, 0, 29),
    ],
)
def test_a_lower_case_weekend_day_before_a_clock_is_a_day(text, hour, minute, day):
    reading = read(text, LATE_MARCH, CHICAGO, LONDON)
    assert (reading.kind, starts(reading)) == (
        "confirms",
        [datetime(2026, 3, day, hour, minute, tzinfo=CHICAGO)],
    )


def test_the_sun_in_a_sentence_is_no_day():
    text = "I sat 10 minutes in the sun at lunch. Could you do Friday 27 March at 2pm?"
    reading = read(text, LATE_MARCH, CHICAGO, LONDON)
    assert starts(reading) == [datetime(2026, 3, 27, 14, 0, tzinfo=CHICAGO)]


def test_a_refused_day_on_the_next_line_leaves_the_line_before():
    text = (
        "She can do these:\n\nMon 30th - 10am or 2pm\nTue 31st - 11am\n\nWednesday is out,"
        " she's travelling. Which suits?"
    )
    reading = read(text, LATE_MARCH, CHICAGO, LONDON)
    assert starts(reading) == [
        datetime(2026, 3, 30, 10, 0, tzinfo=CHICAGO),
        datetime(2026, 3, 30, 14, 0, tzinfo=CHICAGO),
        datetime(2026, 3, 31, 11, 0, tzinfo=CHICAGO),
    ]


def test_all_times_in_one_zone_names_the_zone_of_every_time():
    text = (
        "She's offered the following:\n\nMon 30th - 9.30am or 11am\nTues 31st - 4pm\n\nWeds is"
        " a no-go as she's travelling. All times UK. Which works?"
    )
    reading = read(text, LATE_MARCH, CHICAGO, NY)
    assert starts(reading) == [
        datetime(2026, 3, 30, 9, 30, tzinfo=LONDON),
        datetime(2026, 3, 30, 11, 0, tzinfo=LONDON),
        datetime(2026, 3, 31, 16, 0, tzinfo=LONDON),
    ]


# Monday 12 October 2026 in Paris: 16:00 there is 10:00 in New York.
MID_OCTOBER = datetime(2026, 10, 12, 10, 0, tzinfo=PARIS)
PARIS_OFFERS = [
    (
        "Would Thursday 15 October at 4pm CET suit? For you on the East Coast that should be 10am."
        " Friday 16 at the same hour is possible as well.",
        [datetime(2026, 10, 15, 16, 0, tzinfo=PARIS), datetime(2026, 10, 16, 16, 0, tzinfo=PARIS)],
    ),
    (
        "Thursday 15/10 at 16h (Paris) - 10h in your time. If you prefer, Friday 16/10 same hour.",
        [datetime(2026, 10, 15, 16, 0, tzinfo=PARIS), datetime(2026, 10, 16, 16, 0, tzinfo=PARIS)],
    ),
    (
        "Thursday 15 October works for the manager at 16:00 our time, it will be 10:00 for you in"
        " New York.",
        [datetime(2026, 10, 15, 16, 0, tzinfo=PARIS)],
    ),
    (
        "We could do 15 October at 16:00 (Paris) - 10:00 and 11:00 are taken on our side.",
        [datetime(2026, 10, 15, 16, 0, tzinfo=PARIS)],
    ),
]


@pytest.mark.parametrize(("text", "expected"), PARIS_OFFERS, ids=[p[0][:45] for p in PARIS_OFFERS])
def test_an_offer_keeps_its_clause_when_a_conversion_follows_it(text, expected):
    assert starts(read(text, MID_OCTOBER, PARIS, NY)) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Julie brought up Wednesday at 3pm, but she hasn't checked with the director yet, so"
        " don't hold it.",
        "One idea that came up was Tuesday 20 October at 10:00, but nothing is fixed. I'll revert.",
    ],
)
def test_a_time_that_only_came_up_is_pending(text):
    reading = read(text, MID_OCTOBER, PARIS, NY)
    assert (reading.kind, starts(reading)) == ("pending", [])
