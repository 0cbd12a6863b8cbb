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

from reply_support import LONDON, at, read, starts

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


# A confirmation that restates the agreed time confirms it: the act of confirming, a booking
# stated, a calendar entry made. One time at most; words of agreement beside two times make a
# choice, and a time put for the candidate to accept is an offer.
CONFIRMED = [
    "This confirms your second interview with Ana on Tuesday 20 January at 3pm.",
    "We write to confirm your new interview on Tuesday 20 January, 15:00-16:00.",
    "Morning Lee, just confirming your call with Ravi on Tuesday at 3pm.",
    "We can confirm Tuesday 20 January at 3pm with the whole panel.",
    "Confirmation: your interview is on Tuesday 20 January at 15:00.",
    "Great, that's booked for Tuesday at 3pm.",
    "Done! I've put Tuesday 20 Jan at 3pm in Priya's calendar.",
    "The interview will take place on Tuesday 20 January at 3pm in room 4.",
    "You're all set for Tuesday at 3pm. See you then!",
    "Tuesday at 3pm is locked in. Calendar invite to follow.",
    "Rescheduled: Tuesday 20 Jan, 3pm - 4pm (ET)\nReply for ana@example.com: Yes · No · Maybe"
    " · More options",
]


@pytest.mark.parametrize("text", CONFIRMED, ids=[t[:40] for t in CONFIRMED])
def test_a_restated_agreed_time_confirms(text):
    reading = read(text)
    assert (reading.kind, starts(reading)) == ("confirms", [at(1, 20, 15)])


@pytest.mark.parametrize(
    ("text", "times"),
    [
        # Two times: a choice, whatever words of agreement stand beside them.
        (
            "Happy to rebook: Tuesday 20 January at 3pm or Wednesday at 10am. The interview will"
            " take place in our office.",
            [at(1, 20, 15), at(1, 21, 10)],
        ),
        # A time put to the candidate to accept.
        ("We can do Tuesday at 3pm, if that works for you.", [at(1, 20, 15)]),
        ("Tuesday at 3pm works for Lena. Could you confirm by Friday?", [at(1, 20, 15)]),
    ],
)
def test_a_time_for_the_candidate_to_accept_is_an_offer(text, times):
    reading = read(text)
    assert (reading.kind, starts(reading)) == ("proposes_times", times)


def test_confirming_a_past_fact_confirms_no_time():
    reading = read(
        "I confirm that we waited for you on Monday at 10. Could you send me two or three"
        " times that suit you next week?"
    )
    assert (reading.kind, reading.times) == ("asks_for_times", ())


# A time still being checked, or only held until a check ends, is no offer yet: the reply
# waits, and offers no time.
PENDING = [
    "I've asked Ben if Tuesday at 3pm works for him and will come back to you.",
    "I'm waiting to hear from the panel about Thursday 22 January at 10am.",
    "I've pencilled in Thursday at 2pm, but I still need the hiring manager's OK.",
    "Tentatively Friday 23 January at 11am - I'll confirm once Sara replies.",
    "Monday 19 January at 9am might work, but I have to check with the team first.",
    "I've put a provisional hold on Wednesday at 1pm while I check the room.",
    "Thursday at 3pm could be possible - I'm confirming with Rob and will get back to you.",
    "We're holding Friday 10am for now, pending the director's sign-off.",
    "The hiring committee next convenes on Tuesday 20 January at 2pm; I'll update you after.",
]


@pytest.mark.parametrize("text", PENDING, ids=[t[:40] for t in PENDING])
def test_a_time_still_being_checked_is_no_offer(text):
    reading = read(text)
    assert (reading.kind, reading.times) == ("pending", ())


def test_a_check_of_something_else_leaves_the_offer():
    reading = read("Could you do Tuesday at 3pm? I'll send the invite once you confirm.")
    assert (reading.kind, starts(reading)) == ("proposes_times", [at(1, 20, 15)])
    reading = read("I've pencilled you in for Tuesday at 3pm, see you then.")
    assert (reading.kind, starts(reading)) == ("confirms", [at(1, 20, 15)])


# A deadline's day and time are when to answer or finish something, never a slot.
DEADLINES = [
    ("Could you do Tuesday at 3pm? Please let me know by Friday 16 January at 5pm.", "Tue"),
    ("Wednesday at 3pm is open. Let me know before noon tomorrow so I can hold it.", "Wed"),
    ("We can offer Monday at 3pm. Reply no later than 17:00 on Friday, please.", "Mon"),
    ("The form closes on Friday at 6pm, and the interview is Tuesday at 3pm as planned.", "Tue"),
    ("Your answers are due Sunday at 11:59 pm ET; the panel will see you Monday at 3pm.", "Mon"),
]


@pytest.mark.parametrize(("text", "day"), DEADLINES, ids=[t[:40] for t, _ in DEADLINES])
def test_a_deadline_is_no_slot(text, day):
    assert [t.start.strftime("%a %H:%M") for t in read(text).times] == [f"{day} 15:00"]


@pytest.mark.parametrize(
    "text",
    [
        "Before any interview we now ask candidates to complete an online coding assessment."
        " The link expires on Monday 19 January at 23:59, and I've sent the invitation.",
        "Rather than rebooking, the team would like you to take a short aptitude test; it"
        " needs to be submitted by Friday at 5pm. We'll review it and decide next steps.",
        "Please work on the take-home exercise first and send it back within the week.",
    ],
)
def test_a_test_in_place_of_the_interview_is_other_and_its_deadline_no_slot(text):
    reading = read(text)
    assert (reading.kind, reading.times) == ("other", ())


# A conversion of a time given elsewhere, and the time difference it comes from, offer
# nothing; nor does the zone a conversion names carry over to the offer.
@pytest.mark.parametrize(
    "text",
    [
        "Options: Tue 20 Jan 15:00 or Wed 21 Jan 15:00. We're five hours behind London, so"
        " Tuesday would be 20:00 for you.",
        "Could you do Tuesday at 3pm? That'd be 8pm in London.",
        "Could you do Tuesday at 3pm? In your time zone that's 8pm.",
        "Could you do Tuesday at 3pm? You'd be joining at 8pm your time.",
        "Could you do Tuesday at 3pm, making it 8pm in London?",
    ],
)
def test_a_conversion_offers_nothing_and_lends_no_zone(text):
    assert [t.start.strftime("%a %H:%M %z") for t in read(text).times][:1] == ["Tue 15:00 -0500"]
    assert not [t for t in read(text).times if t.start.hour == 20]


def test_someone_who_can_see_the_candidate_offers_even_beside_an_explanation():
    reading = read(
        "Dr. Ames can see you Thursday at 1pm our time, which is 6pm for you, since the clocks"
        " have not changed yet."
    )
    assert (reading.kind, starts(reading)) == ("proposes_times", [at(1, 22, 13)])


@pytest.mark.parametrize(
    ("text", "times"),
    [
        # Hours in words after "at", whatever verb follows.
        (
            "Would half two on Friday suit? If not, Monday at ten is free too.",
            [(1, 16, 14, 30), (1, 19, 10)],
        ),
        ("Could we say Tuesday at three if that suits?", [(1, 20, 15)]),
        # "The same hour" and "the same slot" repeat the time before.
        (
            "Could you do Monday at 11h? If not, Tuesday at the same hour is open.",
            [(1, 19, 11), (1, 20, 11)],
        ),
        ("Monday at 4pm, or the same slot on Wednesday?", [(1, 19, 16), (1, 21, 16)]),
    ],
)
def test_hours_in_words_and_the_same_hour(text, times):
    assert starts(read(text)) == [at(*t) for t in times]


# More ways to ask for the candidate's times, and to end the candidacy.
ASKS_OR_ENDS = [
    ("asks_for_times", t)
    for t in (
        "Could you tell me which days in the week of 26 January suit you, and whether mornings"
        " or afternoons are better?",
        "Could you send me your disponibilities for next week? Ideally two or three slots.",
        "What does next week look like for you?",
        "Let me know a couple of times you could make next week.",
        "Which days would suit you best next week?",
        "Do mornings or afternoons work better for you?",
        "I can't do Tuesday after all, could you share two or three other times?",
        "Please tell me when you can.",
    )
] + [
    ("declined", t)
    for t in (
        "Your application will therefore not progress further in this process.",
        "Under our rules we are unable to offer individual rescheduling once the round has closed.",
        "We won't be able to take your application forward.",
        "I'm sorry to say your application has been unsuccessful on this occasion.",
        "We're unable to consider you further for this role.",
        "I'm afraid this is the end of the process for this role.",
        "The panel have decided not to go ahead with a second slot.",
        "Your candidacy won't be taken further.",
        "We cannot accommodate a new interview date.",
    )
]


@pytest.mark.parametrize(("kind", "text"), ASKS_OR_ENDS, ids=[t[:40] for _, t in ASKS_OR_ENDS])
def test_ways_to_ask_for_times_or_end_the_candidacy(kind, text):
    assert read(text).kind == kind


def test_reply_when_you_can_asks_for_no_times():
    text = (
        "Is everything alright? I'd like to hear what's going on before we look at dates. Ring"
        " me or drop me a line when you can."
    )
    assert read(text).kind == "asks_what_happened"


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        (
            "We're not going ahead with Tuesday as planned; I'll send new options tomorrow.",
            "pending",
        ),
        ("We can't move forward until we hear from the panel, so bear with me.", "pending"),
    ],
)
def test_a_refusal_of_one_thing_is_no_decline(text, kind):
    assert read(text).kind == kind


# Phones and word processors curl apostrophes; the reader reads them as written straight.
@pytest.mark.parametrize(
    ("text", "kind", "times"),
    [
        ("I\u2019ve asked Ben if Tuesday at 3pm works for him; I\u2019ll revert.", "pending", []),
        ("We won\u2019t be rescheduling, I\u2019m afraid.", "declined", []),
        ("Tuesday won\u2019t work. Wednesday at 3pm?", "proposes_times", [at(1, 21, 15)]),
        ("You\u2019re all set for Tuesday at 3pm.", "confirms", [at(1, 20, 15)]),
    ],
)
def test_curly_apostrophes_read_as_straight_ones(text, kind, times):
    reading = read(text)
    assert (reading.kind, starts(reading)) == (kind, times)


@pytest.mark.parametrize(
    ("text", "kind", "times"),
    [
        # Agreement in a few words, and a talk pointed back to.
        ("ok tue 3pm then, see u", "confirms", [at(1, 20, 15)]),
        ("Yes, Tuesday at 3pm is good. I'll update the invite.", "confirms", [at(1, 20, 15)]),
        (
            "As discussed on the phone, your interview is now Tuesday 20 January at 3pm.",
            "confirms",
            [at(1, 20, 15)],
        ),
        # "So the earliest would be" offers; only a conversion names whose clock it is on.
        (
            "We're closed on Monday for the holiday, so the earliest would be Tuesday at 3pm.",
            "proposes_times",
            [at(1, 20, 15)],
        ),
        # Someone else's travel is no slot.
        (
            "Tuesday 3pm? It's the only time Phil has before he flies out on Wednesday at 8am.",
            "proposes_times",
            [at(1, 20, 15)],
        ),
        # Waiting on someone to say whether a time is free.
        (
            "I'm waiting on the recruiter to confirm whether Thursday 3pm is still free.",
            "pending",
            [],
        ),
        # The sender's own next step, its subject left out, asks for nothing.
        (
            "I'm checking with Dana whether the panel is free; I should know by Wednesday and"
            " will send you a couple of options then.",
            "pending",
            [],
        ),
        ("Could you share a couple of windows that would work on your side?", "asks_for_times", []),
        ("Sorry, but rescheduling isn't possible for this role.", "declined", []),
    ],
)
def test_short_and_roundabout_forms(text, kind, times):
    reading = read(text)
    assert (reading.kind, starts(reading)) == (kind, times)


@pytest.mark.parametrize(
    ("text", "returns"),
    [
        (
            "I'm currently travelling with patchy connectivity and will answer on my return on"
            " Monday 26 January.",
            (1, 26),
        ),
        (
            "Bonjour, je suis absente jusqu'au 26 janvier. Pour toute urgence, écrivez à Lou.",
            (1, 26),
        ),
        ("Ich bin bis zum 26.01.2026 nicht im Büro. In dringenden Fällen bitte an Jo.", (1, 26)),
        ("Thanks for contacting us. This mailbox isn't monitored; please use the portal.", None),
    ],
)
def test_more_absence_notices_and_unattended_mailboxes(text, returns):
    reading = read(text)
    assert reading.kind == "auto_reply"
    assert reading.return_date == (at(*returns, 0).date() if returns else None)


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        (
            "I've pencilled Thursday 2pm but Marc is still to confirm, so hold off for now.",
            "pending",
        ),
        ("Priya has yet to approve Friday at 10am; I'll let you know.", "pending"),
        (
            "Please note I'm no longer the recruiter on this role. Sam has picked it up and will"
            " be in touch.",
            "other",
        ),
    ],
)
def test_a_colleague_still_to_confirm_or_taking_over(text, kind):
    reading = read(text)
    assert (reading.kind, reading.times) == (kind, ())


@pytest.mark.parametrize(
    "text",
    [
        "Could you do Tuesday at 3pm? Our clocks fall back an hour on Sunday, mind.",
        "Could you do Tuesday at 3pm? New York time, so add an hour for Halifax.",
        "Could you do Tuesday at 3pm? We're the odd half hour here, so check your conversion.",
    ],
)
def test_an_hour_of_clock_or_difference_is_no_length(text):
    assert [(t.start, t.end) for t in read(text).times] == [(at(1, 20, 15), None)]


def test_a_range_said_again_without_a_day_ends_the_time():
    reading = read(
        "Tuesday 20 January at 3pm suits Dr Ames. I've sent an invitation for 15:00-16:30."
    )
    assert [(t.start, t.end) for t in reading.times] == [(at(1, 20, 15), at(1, 20, 16, 30))]


@pytest.mark.parametrize(
    ("text", "kind", "times"),
    [
        # A request to confirm puts the time to the candidate.
        ("Please just confirm you can make Tuesday at 3pm.", "proposes_times", [at(1, 20, 15)]),
        # A condition is no booking; a hope after a booking leaves it booked.
        (
            "If that's booked, we'll try Wednesday at 3pm instead.",
            "proposes_times",
            [at(1, 21, 15)],
        ),
        ("Tuesday 3pm is booked, hope that works!", "confirms", [at(1, 20, 15)]),
        ("Hope Tuesday at 3pm works for you!", "proposes_times", [at(1, 20, 15)]),
        # Confirming with someone else checks; confirming with the candidate confirms.
        (
            "I'm confirming Tuesday at 3pm with the panel now and will send the invite.",
            "pending",
            [],
        ),
        ("Just confirming Tuesday at 3pm with you.", "confirms", [at(1, 20, 15)]),
    ],
)
def test_confirming_words_that_agree_to_nothing_yet(text, kind, times):
    reading = read(text)
    assert (reading.kind, starts(reading)) == (kind, times)


@pytest.mark.parametrize(
    ("text", "times"),
    [
        # A place's opening hours and its floor are no slots.
        (
            "We can offer Tuesday at 3pm. Reception is open from 8:30 and closes at 6pm; we're"
            " at 200 Park Ave, 14th floor.",
            [at(1, 20, 15)],
        ),
        # "How is ... for you?" asks whether it suits: the time is still the sender's.
        ("How is Tuesday at 3pm for you?", [at(1, 20, 15)]),
        # "... for you" after a conversion is the candidate's clock.
        ("Could you do Tuesday at 8pm for you (3pm here)?", [at(1, 20, 20, zone=LONDON)]),
    ],
)
def test_opening_hours_floors_and_how_it_suits(text, times):
    assert starts(read(text)) == times


@pytest.mark.parametrize(
    ("text", "kind", "times"),
    [
        ("Great, that's sorted for Tuesday at 3pm. Speak then!", "confirms", [at(1, 20, 15)]),
        ("Ana is free on Tuesday at 3pm, so we can speak then.", "proposes_times", [at(1, 20, 15)]),
        ("Merci. Je vérifie avec l'équipe et je vous reviens avec des options.", "pending", []),
    ],
)
def test_sorted_speak_then_and_a_french_check(text, kind, times):
    reading = read(text)
    assert (reading.kind, starts(reading)) == (kind, times)


@pytest.mark.parametrize(
    ("text", "kind", "times"),
    [
        # A yes and one time, said plainly, agrees; with a condition or a choice it offers.
        ("Sure - Tuesday 20 January at 3pm.", "confirms", [at(1, 20, 15)]),
        ("ok tuesday 3pm", "confirms", [at(1, 20, 15)]),
        ("Sure, Tuesday at 3pm could work if you're free.", "proposes_times", [at(1, 20, 15)]),
        ("OK - 3pm Tuesday or 10am Wednesday?", "proposes_times", [at(1, 20, 15), at(1, 21, 10)]),
        # A yes before a number that is no time agrees to nothing.
        ("Great, 2 of the panel are away next week, so let me check with them.", "pending", []),
    ],
)
def test_a_plain_yes_and_one_time(text, kind, times):
    reading = read(text)
    assert (reading.kind, starts(reading)) == (kind, times)


@pytest.mark.parametrize(
    ("text", "kind", "times"),
    [
        (
            "The earliest the panel can meet is Tuesday at 10am, since Monday is a public holiday"
            " here.",
            "proposes_times",
            [at(1, 20, 10)],
        ),
        ("Thanks. I'll speak to Joe tomorrow and see what we can do.", "pending", []),
        (
            "Given the seniority of the role, the team isn't comfortable moving forward after the"
            " missed interview.",
            "declined",
            [],
        ),
    ],
)
def test_the_earliest_slot_a_talk_to_come_and_a_team_not_moving_forward(text, kind, times):
    reading = read(text)
    assert (reading.kind, starts(reading)) == (kind, times)


def test_a_24_hour_clock_with_hrs_is_no_length():
    assert starts(read("Would Tuesday 1500 hrs be OK for you?")) == [at(1, 20, 15)]
    assert starts(read("Could you do Tuesday at 3pm? It takes 2 hrs.")) == [at(1, 20, 15)]


@pytest.mark.parametrize(
    "history",
    [
        "Ama Owusu <ama@example.com>\n01/14/2026 06:02 PM\nTo: Kofi Mensah\nSubject: Re: Interview",
        "Ama Owusu <ama@example.com> 14 Jan 2026, 18:02",
    ],
)
def test_a_pasted_name_and_address_with_a_date_starts_the_history(history):
    text = f"Could you do Tuesday at 3pm?\n\n{history}\n\nCould we try Monday 19 at 2pm instead?"
    assert starts(read(text)) == [at(1, 20, 15)]


def test_an_address_in_the_senders_own_words_is_no_history():
    text = "Please copy Jo Park <jo@example.com> when you reply.\nCould you do Tuesday at 3pm?"
    assert starts(read(text)) == [at(1, 20, 15)]


@pytest.mark.parametrize(
    ("text", "kind", "times"),
    [
        (
            "Brilliant - Tuesday 20th at 3pm ET it is. Invite to follow.",
            "confirms",
            [at(1, 20, 15)],
        ),
        (
            "Having discussed it, Marcus doesn't want to reschedule, so we'll leave it there.",
            "declined",
            [],
        ),
        (
            "We've paused hiring for this role for now; I'll reach out if it reopens.",
            "declined",
            [],
        ),
        # A person away who answers this message waits; a notice written in advance does not.
        (
            "Got your note. I'm OOO till Monday but will sort a new time as soon as I'm back.",
            "pending",
            [],
        ),
        (
            "I am out of the office until Monday 19 January. If you need to reschedule an"
            " interview, please write to hr@example.com.",
            "auto_reply",
            [],
        ),
    ],
)
def test_a_time_and_its_zone_agreed_a_refusal_to_rebook_and_a_person_away(text, kind, times):
    reading = read(text)
    assert (reading.kind, starts(reading)) == (kind, times)


@pytest.mark.parametrize(
    ("text", "kind", "times"),
    [
        (
            "Thank you, Tuesday 20 January at 3:00 PM works for the committee. You will receive a"
            " calendar invitation shortly.",
            "confirms",
            [at(1, 20, 15)],
        ),
        (
            "Thanks Ama, we've noted Tuesday 20 January at 3pm for your interview.",
            "confirms",
            [at(1, 20, 15)],
        ),
        (
            "Thanks, I've noted your preference for Tuesday 3pm and will confirm once I've spoken"
            " to the panel.",
            "pending",
            [],
        ),
        (
            "Which is your preferred option, Wednesday 10am or Thursday 2pm?",
            "proposes_times",
            [at(1, 21, 10), at(1, 22, 14)],
        ),
    ],
)
def test_noted_times_and_preferences(text, kind, times):
    reading = read(text)
    assert (reading.kind, starts(reading)) == (kind, times)
