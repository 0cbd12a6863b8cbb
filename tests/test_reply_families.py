"""Reading a reply, round 5 (issue 18): the families a fresh outside batch showed us.

Each example is our own phrasing of a family: a person who is away one day but offers
others, refusals of a new interview, confirmations and choices in their shorter forms, times
written straight after a date, "the same time" in the zone of the offer it repeats, and
conversions in other languages. Sent on Thursday 15 January 2026, 14:00 in New York.
"""

from zoneinfo import ZoneInfo

import pytest

from reply_support import LONDON, at, read

MADRID = ZoneInfo("Europe/Madrid")


KINDS = [
    # Away on one day, offering others: a person writing, not an absence notice.
    (
        "I'm away on Friday, but Kemi can meet you on Tuesday 20 January at 11am"
        " or Wednesday at 2pm. Let me know.",
        "proposes_times",
        [at(1, 20, 11), at(1, 21, 14)],
    ),
    (
        "Hello Ines,\nI am travelling next week, so Raj will run it. His free slots:\n"
        "- Thu 22 Jan, 10:00\n- Fri 23 Jan, 15:30\nThanks",
        "proposes_times",
        [at(1, 22, 10), at(1, 23, 15, 30)],
    ),
    (
        "I am out of the office until Monday 26 January with no access to email.",
        "auto_reply",
        [],
    ),
    # What the sender cannot do, beside an offer, is no refusal.
    (
        "Sadly we cannot do evenings, but Monday at 4pm would work for Lena.",
        "proposes_times",
        [at(1, 19, 16)],
    ),
    # Refusing the new interview itself.
    (
        "We won't be rescheduling, I'm afraid; the process closes with the current shortlist.",
        "declined",
        [],
    ),
    ("Regrettably we are unable to arrange another interview for this role.", "declined", []),
    (
        "Under our policy your application cannot be considered for rescheduling.",
        "declined",
        [],
    ),
    # Confirmations in their shortest forms.
    ("Friday at 11 it is. Invite coming shortly.", "confirms", [at(1, 16, 11)]),
    ("great, see u tmrw at 3!", "confirms", [at(1, 16, 15)]),
    ("You're scheduled for 9:15-10am on Tuesday with the panel.", "confirms", [at(1, 20, 9, 15)]),
    (
        "That's locked in for Monday 10am your time. Invite sent.",
        "confirms",
        [at(1, 19, 10, zone=LONDON)],
    ),
    # "Can see you on", "which you'd prefer", "also fine": a choice, not an agreement.
    (
        "Tobi can see you on Monday at 3pm, or Tuesday at 10am. Tell me which you'd prefer.",
        "proposes_times",
        [at(1, 19, 15), at(1, 20, 10)],
    ),
    (
        "Monday 10am works for me. If that's too early, Tuesday at 1pm is also fine.",
        "proposes_times",
        [at(1, 19, 10), at(1, 20, 13)],
    ),
    # Requests for the candidate's times.
    (
        "We'll do our best to fit around you. Could you send your availability for next week?",
        "asks_for_times",
        [],
    ),
    (
        "We had you at 4 on Tuesday. Please send over a few windows for next week instead.",
        "asks_for_times",
        [],
    ),
    ("Kindly reply with your available schedule for the second round.", "asks_for_times", []),
    ("What exactly happened this morning? We waited a while.", "asks_what_happened", []),
    # Waiting on a colleague who is away.
    (
        "She's at a conference till Friday. I'll nudge her once she's back and push for a slot.",
        "pending",
        [],
    ),
    # Telling, not promising, something: no "let you know" of a pending answer.
    (
        "I should let you know that I no longer work at Brightwave, so please contact Ana"
        " Lopes directly.",
        "other",
        [],
    ),
]


@pytest.mark.parametrize(("text", "kind", "times"), KINDS, ids=[k[0][:40] for k in KINDS])
def test_kind_and_times(text, kind, times):
    reading = read(text)
    assert (reading.kind, [t.start for t in reading.times]) == (kind, times)


def test_a_time_right_after_a_date_is_not_a_range_from_the_day_number():
    reading = read(
        "Option 1: Wednesday, 21 January – 16:00 GMT\nOption 2: Jan 22 – 9:30 ET\nWhich?"
    )
    assert [t.start for t in reading.times] == [at(1, 21, 16, zone=LONDON), at(1, 22, 9, 30)]


def test_the_same_time_keeps_the_zone_of_the_offer_it_repeats():
    reading = read("Would 9am your time on Tuesday work? If not, Thursday at the same time.")
    assert [t.start for t in reading.times] == [
        at(1, 20, 9, zone=LONDON),
        at(1, 22, 9, zone=LONDON),
    ]


def test_the_same_time_repeats_the_offer_not_its_conversion_and_a_refused_day_is_dropped():
    reading = read(
        "Could you do Monday at 10am? That's 3pm for you. "
        "If Monday doesn't work, Wednesday at the same time is free too."
    )
    assert [t.start for t in reading.times] == [at(1, 19, 10), at(1, 21, 10)]


def test_a_bare_hour_offered_on_a_day_is_an_afternoon_time():
    assert [t.start for t in read("Can you make 3 on Thursday?").times] == [at(1, 22, 15)]
    assert read("There are 2 on Friday already.").times == ()


def test_hrs_after_a_clock_time_and_a_conditional_conversion():
    reading = read(
        "Te propongo el lunes 19 de enero a las 11:00 hrs. En Londres serían las 10:00.",
        sender=MADRID,
    )
    assert [t.start for t in reading.times] == [at(1, 19, 11, zone=MADRID)]


BERLIN = ZoneInfo("Europe/Berlin")
SAO_PAULO = ZoneInfo("America/Sao_Paulo")


@pytest.mark.parametrize(
    ("text", "sender", "expected"),
    [
        (
            "Passt Ihnen Donnerstag, 22.01. um 9h30? Sonst Freitag, 23.01. um 15 Uhr.",
            BERLIN,
            [at(1, 22, 9, 30, BERLIN), at(1, 23, 15, zone=BERLIN)],
        ),
        (
            "Pode ser na terça-feira, 20/01, às 14h? Ou sexta 23 de janeiro às 10h30.",
            SAO_PAULO,
            [at(1, 20, 14, zone=SAO_PAULO), at(1, 23, 10, 30, SAO_PAULO)],
        ),
        ("¿Te va bien el martes 20 a las 17? Gracias.", MADRID, [at(1, 20, 17, zone=MADRID)]),
    ],
)
def test_clock_words_of_other_languages(text, sender, expected):
    assert [t.start for t in read(text, sender=sender).times] == expected


def test_two_whole_offers_joined_by_or_keep_their_own_days_in_any_order():
    reading = read("Would 8.45am Tuesday suit, or Thursday 14h?", sender=LONDON)
    assert [t.start for t in reading.times] == [
        at(1, 20, 8, 45, LONDON),
        at(1, 22, 14, zone=LONDON),
    ]
    # One time on either of two days stays one time on each.
    both = read("Could you do Tuesday or Wednesday at 4pm?")
    assert [t.start for t in both.times] == [at(1, 20, 16), at(1, 21, 16)]
