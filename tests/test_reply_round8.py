"""Reading a reply, round 8 (issue 18): clock changes, conversions, corrections, kinds.

Each example is our own phrasing of a family, written the way different people would say the
same thing, not any reply of the labelled data: a sentence that explains a clock change, a
time converted for the candidate ("at your side", "in New York"), a correction ("4pm, not
5pm"), a day that is only described in one clause ("Sunday is a workday here") beside a time
in the next, and the kinds the last outside batch missed. Most examples carry a day and a
time that must not become an offer.
"""

from datetime import date, datetime
from zoneinfo import ZoneInfo

import pytest

from reply_support import starts
from secondchance.core.reply import read_reply

NY = ZoneInfo("America/New_York")
BERLIN = ZoneInfo("Europe/Berlin")
TOKYO = ZoneInfo("Asia/Tokyo")
LONDON = ZoneInfo("Europe/London")
# Monday 19 October 2026: Europe leaves summer time on the 25th, the US on 1 November.
AUTUMN = datetime(2026, 10, 19, 9, 0, tzinfo=BERLIN)
# Thursday 15 January 2026.
WINTER = datetime(2026, 1, 15, 14, 0, tzinfo=NY)


def read(text, sender=BERLIN, candidate=NY, sent=AUTUMN):
    return read_reply(
        text, sent=sent.astimezone(sender), sender_zone=sender, candidate_zone=candidate
    )


# Thursday 22 October 2026, 15:00 in Berlin.
OFFER = "Could you do Thursday 22 October at 15:00?"
THURSDAY_3PM = datetime(2026, 10, 22, 15, 0, tzinfo=BERLIN)

# A sentence that explains a clock change: its days and times are when the clocks move.
CLOCK_CHANGES = [
    "Our clocks go back an hour on Sunday 25 October at 3:00.",
    "We don't change until Sunday 25 October, 3am, so nothing moves for this one.",
    "The time change here is on Sunday at 03:00 and yours is a week later.",
    "DST ends for us on Sunday at 3am; in the US the change is only on 1 November at 2am.",
    "Europe changes its clocks on Sunday at 03:00, the US not until 1 November.",
    "You will still be on summer time then, we fall back on Sunday 25 October at 3am.",
    "Note we switch to winter time on Sunday at 3am, and you go back to EST on 1 November.",
    "We're on CEST until Sunday; you switch a week later, on 1 November at 2am.",
]


@pytest.mark.parametrize("explained", CLOCK_CHANGES, ids=[c[:40] for c in CLOCK_CHANGES])
def test_a_clock_change_explained_offers_nothing(explained):
    reading = read(f"{OFFER} {explained}")
    assert (reading.kind, starts(reading)) == ("proposes_times", [THURSDAY_3PM])


# Wednesday 21 October 2026, 9:00 in Tokyo: 20:00 on Tuesday 20 October in New York.
WEDNESDAY_9AM_TOKYO = datetime(2026, 10, 21, 9, 0, tzinfo=TOKYO)
CONVERSIONS = [
    "We can arrange it on 21 Oct (Wed) 9:00 am Tokyo time, it is 20 Oct (Tue) 8:00 pm at your"
    " side. Please confirm.",
    "Could we meet on Wednesday 21 October at 9:00 Tokyo time? It is Tuesday 20 October 8:00 pm"
    " on your side.",
    "We propose Wed 21 Oct, 9am JST - that's Tue 20 Oct, 8pm for you. Does it suit?",
    "Would Wednesday 21 October at 9:00 our time work? This would be Tuesday at 20:00 where you"
    " are.",
    # A conversion gone wrong by an hour must not add an instant of its own.
    "Could you do Wednesday 21 October at 9:00 Tokyo time? So this is 21:00 in New York and not"
    " 20:00 as it was last month.",
    "How about Wednesday 21 October at 9am Tokyo time, which is Tuesday 9pm in New York?",
    "We moved to the new office, so Wednesday 21 October at 9:00 here is 20:00 in New York."
    " Does that suit?",
    "can u do wed 21 oct at 9am jst? its 8pm tue for u, 9am wed for us",
    "We would like to invite you on 21st October (Wed) at 9:00 JST. In your country it will be"
    " 20th October (Tue) 20:00.",
    "Interview: 21 Oct 9:00 Japan time (your local time: 20 Oct 20:00).",
    "How about 21/10 9am Tokyo? That equals 20/10 8pm at your place.",
    "Is 21 October 9:00 (Tokyo) fine? I calculated it as 20 October 21:00 in New York, please"
    " double check.",
    "We can offer 21 October, 9:00 Tokyo time, meaning 20 October, 20:00 in your time zone.",
]


@pytest.mark.parametrize("text", CONVERSIONS, ids=[c[:40] for c in CONVERSIONS])
def test_a_conversion_for_the_candidate_restates_the_offer(text):
    reading = read(text, sender=TOKYO, sent=AUTUMN)
    assert (reading.kind, starts(reading)) == ("proposes_times", [WEDNESDAY_9AM_TOKYO])


def test_a_booking_stated_with_a_city_is_no_conversion():
    reading = read("It is confirmed for Thursday 22 October at 15:00 in Berlin.")
    assert (reading.kind, starts(reading)) == ("confirms", [THURSDAY_3PM])


# A correction names the time that is wrong: never an offer.
CORRECTIONS = [
    (
        "Confirmed: Thursday 22 October, 15:00 Berlin / 9:00 New York. (Yes, 9:00, not 10:00. "
        "We change on Sunday, you a week later.)",
        "confirms",
    ),
    ("See you on Thursday 22 October at 15:00, not at 16:00 as I first wrote.", "confirms"),
    (
        "Great, Thursday 22 October at 15:00 is booked. That is 15:00 in Berlin and not 16:00.",
        "confirms",
    ),
    ("Could you do Thursday 22 October at 15:00 (and not 14:00 as in my last note)?", None),
]


@pytest.mark.parametrize(("text", "kind"), CORRECTIONS, ids=[c[:40] for c, _ in CORRECTIONS])
def test_a_corrected_time_is_never_offered(text, kind):
    reading = read(text)
    assert (reading.kind, starts(reading)) == (kind or "proposes_times", [THURSDAY_3PM])


def test_if_not_offers_the_next_day():
    reading = read("Does Thursday 22 October at 15:00 suit? If not Friday, same time.")
    assert starts(reading) == [THURSDAY_3PM, datetime(2026, 10, 23, 15, 0, tzinfo=BERLIN)]


def test_a_full_stop_after_pm_ends_the_sentence():
    reading = read("Great, so 4pm. Tuesday I'll send the link to the panel.")
    assert starts(reading) == []


# A day described in one clause (a working day, a weekend, a holiday) is not the day of the
# time offered in the next clause, which names its own day. Sent Thursday 15 January 2026.
DESCRIBED_DAYS = [
    "Sunday is a normal working day here, but since it isn't for you, let's do Monday at 17:00.",
    "Friday is our weekend, so how about Monday 19 January at 5pm?",
    "Sunday is a workday for us but I know it is not for you, so would Monday at 17:00 work?",
    "Monday is a half day for the team, so could you do Monday at 5pm instead?",
]


@pytest.mark.parametrize("text", DESCRIBED_DAYS, ids=[c[:40] for c in DESCRIBED_DAYS])
def test_a_day_described_in_one_clause_takes_no_time_of_the_next(text):
    reading = read(text, sender=NY, candidate=LONDON, sent=WINTER)
    assert starts(reading) == [datetime(2026, 1, 19, 17, 0, tzinfo=NY)]


@pytest.mark.parametrize(
    "text",
    [
        "Tomorrow is a holiday here. Could we talk at 4pm?",
        "Sunday is a working day for our team. Would 5pm work?",
    ],
)
def test_a_described_day_lends_no_day_to_the_next_sentence(text):
    assert starts(read(text, sender=NY, candidate=LONDON, sent=WINTER)) == []


def test_a_contrast_still_gives_its_time_the_day_before():
    reading = read("Busy Monday morning, but free at 3pm.", sender=NY, sent=WINTER)
    assert starts(reading) == [datetime(2026, 1, 19, 15, 0, tzinfo=NY)]


KINDS = [
    # The place is taken, however briefly said.
    ("sorry Sam, the job's been filled. all the best", "declined"),
    ("We have already hired someone for this position, I'm afraid.", "declined"),
    ("Unfortunately we filled the post last week.", "declined"),
    ("Quick update: we've closed this role.", "declined"),
    ("We ended up hiring another candidate. Thanks for your interest.", "declined"),
    ("the role is gone now unfortunately", "declined"),
    ("Sorry - we've given the job to someone else.", "declined"),
    # A request for the candidate's own dates, in other words.
    ("Please send me two or three suggestions for a new date next week.", "asks_for_times"),
    ("Could you propose a new time that works on your side?", "asks_for_times"),
    ("Could you let me have a couple of alternative dates?", "asks_for_times"),
    ("Pls suggest new timing.", "asks_for_times"),
    ("Happy to rebook. Which slots next week are good on your side?", "asks_for_times"),
    ("No problem. Propose a day and time that suits you and I'll sort it.", "asks_for_times"),
    # Away on some days, but answering and asking: no absence notice.
    (
        "I'm away Thursday and Friday at a training, otherwise free. Tell me what suits you and"
        " I'll make it work.",
        "asks_for_times",
    ),
    (
        "Thanks for letting me know. I'm on leave next Monday, but send me whatever works for you"
        " the rest of the week.",
        "asks_for_times",
    ),
    # Waiting on a colleague who is away: the sender will check, nothing is offered yet.
    (
        "Thanks for your message. I'll check with the panel chair about her diary and come back"
        " to you. She is on a business trip until Friday.",
        "pending",
    ),
    (
        "Thanks for the update. The hiring manager is out of office this week; I'll speak with"
        " him when he is back.",
        "pending",
    ),
    (
        "Perhaps Thursday afternoon could work, but I have to clear it with the director first"
        " - please don't treat it as fixed.",
        "pending",
    ),
    ("Maybe we can do Tuesday at 3pm, but I must check with my manager first.", "pending"),
    (
        "Thursday morning might be possible but it is not confirmed yet, I need to ask the"
        " director.",
        "pending",
    ),
    # Asking what happened before deciding anything: no decline.
    (
        "Before deciding if we are able to offer you another interview, the panel would like a"
        " short account of what happened.",
        "asks_what_happened",
    ),
    (
        "Prior to any decision on a second interview, we would need a written explanation of"
        " your absence on Monday at 10:00.",
        "asks_what_happened",
    ),
    (
        "The panel needs a short written statement about your absence before considering a new"
        " slot.",
        "asks_what_happened",
    ),
    (
        "Whether we can offer a new slot depends on your explanation of Monday's no-show.",
        "asks_what_happened",
    ),
    ("Before we pick another slot, what went on yesterday morning?", "asks_what_happened"),
    ("Sorry, but we already found someone.", "declined"),
    ("Unfortunately the process is finished for this position.", "declined"),
    ("Thanks for reaching out. We have completed hiring for this role.", "declined"),
    ("The position has been offered to another applicant who accepted.", "declined"),
    ("Please write me when you have time next week.", "asks_for_times"),
    ("Tell me a day and hour that is good for you.", "asks_for_times"),
    ("I forwarded your mail to the manager, he will decide.", "pending"),
    ("I found someone to take your interview, she will be in touch.", "pending"),
    ("The 3pm slot was offered to someone else, sorry. Let me check other times.", "pending"),
    ("Can you please tell what was the problem?", "asks_what_happened"),
    (
        "The committee asks that you explain your absence in writing before a decision on"
        " rescheduling is made.",
        "asks_what_happened",
    ),
    # What stays as it was.
    ("We are unable to offer another interview.", "declined"),
    ("I am out of the office until Monday 19 January with no access to email.", "auto_reply"),
    ("Thank you for your email. I'm on leave and will be back on 19 January.", "auto_reply"),
]


@pytest.mark.parametrize(("text", "kind"), KINDS, ids=[k[:40] for k, _ in KINDS])
def test_kinds_in_more_words(text, kind):
    reading = read(text, sender=NY, candidate=LONDON, sent=WINTER)
    assert (reading.kind, reading.times) == (kind, ())


def test_an_absence_notice_returns_on_the_day_it_answers_again():
    reading = read(
        "Automatic reply. Our office is closed from 29 December to 2 January. We will answer"
        " your email from 5 January.",
        sender=NY,
        sent=datetime(2026, 12, 28, 9, 0, tzinfo=NY),
    )
    assert (reading.kind, reading.return_date) == ("auto_reply", date(2027, 1, 5))


# The week the two clocks are out of step: Monday 26 October 2026 in Los Angeles, an
# interview agreed for Wednesday 28 October at 9:00 Pacific, which is 16:00 in London.
LA = ZoneInfo("America/Los_Angeles")
GAP = datetime(2026, 10, 26, 8, 0, tzinfo=LA)
AGREED_IN_THE_GAP = [
    "Confirmed for Wed 28 Oct at 9am PT (4pm for you, not 5pm - you changed already and we"
    " change on Sunday).",
    "Yes, Wednesday 28th at 9am Pacific works. Just to be clear that's 4pm UK, not 5pm.",
    "Booked: Wed Oct 28, 9am Pacific. Note: 4pm your time (not 5pm), because the US only"
    " changes on Nov 1.",
    "Sounds good, 9am Wednesday. It'll be 4pm in London this week, not the usual 5pm.",
    "Let's lock in Wed 28 Oct 9:00 PT. Our clocks fall back on Sunday 1 Nov at 2am.",
    "ok wed 9am PT then. thats 4pm urs. we switch sunday",
]


@pytest.mark.parametrize("text", AGREED_IN_THE_GAP, ids=[c[:40] for c in AGREED_IN_THE_GAP])
def test_a_confirmation_in_the_gap_between_clock_changes_names_one_time(text):
    reading = read(text, sender=LA, candidate=LONDON, sent=GAP)
    assert (reading.kind, starts(reading)) == (
        "confirms",
        [datetime(2026, 10, 28, 9, 0, tzinfo=LA)],
    )


# Spring, and in other languages: Monday 23 March 2026 in Berlin, a week before Europe moves
# to summer time and two weeks after the US did.
SPRING = datetime(2026, 3, 23, 9, 0, tzinfo=BERLIN)
SPRING_CHANGES = [
    "From Sunday 29 March at 2:00 we are on summer time.",
    "Time difference is 5 hours until 29 March, then 6 hours from Monday 30 March at 9:00.",
    "After the switch on Sunday at 2am it will be 6 hours again.",
    "Mind the time shift: we jump forward on Sunday at 2am.",
    "Zeitumstellung ist bei uns am Sonntag um 2 Uhr.",
    "Hinweis: am 29. März um 2 Uhr stellen wir die Uhren um.",
    "Attention, chez nous le passage à l'heure d'été est le dimanche 29 mars à 2h.",
]


@pytest.mark.parametrize("explained", SPRING_CHANGES, ids=[c[:40] for c in SPRING_CHANGES])
def test_a_spring_clock_change_explained_offers_nothing(explained):
    reading = read(f"Could you do Thursday 26 March at 15:00? {explained}", sent=SPRING)
    assert starts(reading) == [datetime(2026, 3, 26, 15, 0, tzinfo=BERLIN)]
