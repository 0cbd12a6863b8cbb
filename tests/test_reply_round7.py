"""Reading a reply, round 7 (issue 18): what a sentence does decides whether its times are offers.

Each example is our own phrasing of a family, written to cover how other people say the same
thing, not one reply: a day or slot that is refused ("is out", "has gone", "- taken"), a zone
word that is the sender's own clock without summer time ("Central" in Mexico City, "MST" in
Phoenix), and more below. Sent on Thursday 15 January 2026, 14:00 in New York unless a test
says otherwise.
"""

from datetime import datetime
from zoneinfo import ZoneInfo

import pytest

from secondchance.core.reply import read_reply

NY = ZoneInfo("America/New_York")
LONDON = ZoneInfo("Europe/London")
SENT = datetime(2026, 1, 15, 14, 0, tzinfo=NY)


def read(text, sender=NY, candidate=LONDON, sent=SENT):
    return read_reply(
        text, sent=sent.astimezone(sender), sender_zone=sender, candidate_zone=candidate
    )


def at(month, day, hour, minute=0, zone=NY):
    return datetime(2026, month, day, hour, minute, tzinfo=zone)


def starts(reading):
    return [t.start for t in reading.times]


# A day or a slot the reply says is not possible takes no time: the refusal follows the day
# or the time it is said of, in any of the ways people say it.
REFUSED = [
    ("If Tuesday is no good, Wednesday 21 January at 1pm also works.", [at(1, 21, 13)]),
    ("Tuesday is out for Omar; is Wednesday at 3pm any good?", [at(1, 21, 15)]),
    ("Friday's impossible, I'm afraid - we could do Monday at 10am.", [at(1, 19, 10)]),
    ("Monday won't work for us. How about Tuesday at 11am?", [at(1, 20, 11)]),
    ("Thursday at 2pm is no longer available, but Friday at 2pm is.", [at(1, 16, 14)]),
    ("The Tuesday 10am slot has gone, sorry. Wednesday 10am is still free.", [at(1, 21, 10)]),
    ("We're fully booked on Monday, so Wednesday at 2pm is the earliest.", [at(1, 21, 14)]),
    ("Not Tuesday, sadly, but how about Wednesday at 11am?", [at(1, 21, 11)]),
    (
        "Slots:\nA) Tue 20 Jan, 10:00 (New York) - already taken\nB) Wed 21 Jan, 14:00\n"
        "C) Thu 22 Jan, 11:00 (gone)",
        [at(1, 21, 14)],
    ),
    # A time refused on a day leaves the day: the next time is on it.
    ("The 2pm on Friday is already spoken for. Would 4pm suit instead?", [at(1, 16, 16)]),
    # "Why not" offers.
    ("Why not Tuesday at 4pm?", [at(1, 20, 16)]),
]


@pytest.mark.parametrize(("text", "times"), REFUSED, ids=[t[:40] for t in dict(REFUSED)])
def test_a_refused_day_or_slot_takes_no_time(text, times):
    reading = read(text)
    assert (reading.kind, starts(reading)) == ("proposes_times", times)


def test_words_that_refuse_agree_to_nothing():
    reading = read(
        "Unfortunately Tuesday at 3 no longer works for Priya. She can do Wednesday at 3."
    )
    assert (reading.kind, starts(reading)) == ("proposes_times", [at(1, 21, 15)])


def test_a_wish_is_no_agreement():
    reading = read("I've left the company, so I'm not the right person now. Hope it works out!")
    assert reading.kind == "other"


# A zone word that is what the sender (or else the candidate) calls their own clock means that
# clock: several of them keep no summer time, unlike the US or Sydney clocks the words name
# elsewhere. Sent on Thursday 2 July 2026.
JULY = datetime(2026, 7, 2, 9, 0, tzinfo=ZoneInfo("UTC"))
LOCAL_NAMES = [
    # (sender, words, the instant meant)
    ("America/Mexico_City", "Could Ana do Tuesday 7 July at 11am Central?", "-06:00"),
    ("America/Mexico_City", "Could Ana do Tuesday 7 July at 11am Central Mexico time?", "-06:00"),
    ("America/Regina", "How about Tuesday 7 July at 11am CST?", "-06:00"),
    ("America/Phoenix", "Would Tuesday 7 July at 11am Mountain time work?", "-07:00"),
    ("America/Phoenix", "Would Tuesday 7 July at 11am MST work?", "-07:00"),
    ("Australia/Brisbane", "Would Tuesday 7 July at 11am Eastern suit?", "+10:00"),
    ("Australia/Darwin", "Would Tuesday 7 July at 11am Central time suit?", "+09:30"),
    ("Asia/Shanghai", "Could you do Tuesday 7 July at 11am CST?", "+08:00"),
    ("Asia/Jerusalem", "Could you do Tuesday 7 July at 11am IST?", "+03:00"),
    ("Europe/Dublin", "Could you do Tuesday 7 July at 11am IST?", "+01:00"),
    # Elsewhere the words keep their usual meaning, summer time and all.
    ("America/Chicago", "Could Ana do Tuesday 7 July at 11am Central?", "-05:00"),
    ("Europe/London", "Could Ana do Tuesday 7 July at 11am Central?", "-05:00"),
    ("Europe/London", "Could you do Tuesday 7 July at 11am MST?", "-06:00"),
    ("Europe/London", "Could you do Tuesday 7 July at 11am IST?", "+05:30"),
    ("America/Chicago", "Could Ana do Tuesday 7 July at 11am Central Mexico time?", "-06:00"),
]


@pytest.mark.parametrize(("sender", "text", "offset"), LOCAL_NAMES)
def test_a_zone_word_is_the_local_clock_of_the_person_who_uses_it(sender, text, offset):
    reading = read(text, sender=ZoneInfo(sender), sent=JULY)
    assert [t.start.isoformat() for t in reading.times] == [f"2026-07-07T11:00:00{offset}"]


def test_a_zone_word_can_name_the_candidates_own_clock():
    reading = read(
        "Could you do Tuesday 7 July at 11am Central?",
        sender=LONDON,
        candidate=ZoneInfo("America/Regina"),
        sent=JULY,
    )
    assert [t.start.isoformat() for t in reading.times] == ["2026-07-07T11:00:00-06:00"]
