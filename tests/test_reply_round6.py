"""Reading a reply, round 6 (issue 18): the families a fourth outside batch showed us.

Each example is our own phrasing of a family: one slot written in two zones, "12NN" and
"half 3", a length that ends the times offered, a slot the candidate suggested that the
sender is only checking, a booking page with its opening hours, an absence notice that names
a colleague's free slots, a message meant for someone else, and more ways to decline, confirm
or give a choice. Sent on Thursday 15 January 2026, 14:00 in New York.
"""

from datetime import timedelta
from zoneinfo import ZoneInfo

import pytest

from reply_support import at, read
from secondchance.core.reply.sentences import split

PARIS = ZoneInfo("Europe/Paris")
MANILA = ZoneInfo("Asia/Manila")


KINDS = [
    # One slot in two zones is one time, however the second zone is joined on.
    ("Could Ifeoma do Tuesday at 9am ET / 2pm UK?", "proposes_times", [at(1, 20, 9)]),
    (
        "How about Friday 16:00 CET (15:00 GMT, 10:00 ET)?",
        "proposes_times",
        [at(1, 16, 16, zone=PARIS)],
    ),
    # "12NN" is noon; "half 3" is half past three in the afternoon.
    (
        "Can you make 12NN on Monday, Manila time?",
        "proposes_times",
        [at(1, 19, 12, zone=MANILA)],
    ),
    ("Would Wednesday at half 3 suit?", "proposes_times", [at(1, 21, 15, 30)]),
    # A busy day before an offer: its day takes no time of the offer.
    (
        "I'm in training all of tomorrow, so let's do the day after tomorrow at 10.",
        "proposes_times",
        [at(1, 17, 10)],
    ),
    # "Let's do" puts a time to the candidate; "works too" makes a choice.
    (
        "Let's do Monday at 4pm, same link as last time. Shout if that's a problem.",
        "proposes_times",
        [at(1, 19, 16)],
    ),
    (
        "Noor can do Monday at 10, or if that's early for you, Tuesday at 2pm works too.",
        "proposes_times",
        [at(1, 19, 10), at(1, 20, 14)],
    ),
    # "Confirming" opens a confirmation; its conversion is not a second time.
    (
        "Confirming Tuesday 20 January at 11am ET (4pm UK) with Sam and Ola.",
        "confirms",
        [at(1, 20, 11)],
    ),
    # Accepting a zone is no agreement to a time when the reply asks for times.
    (
        "No problem at all. Pacific time is fine, just send me three windows for next week.",
        "asks_for_times",
        [],
    ),
    # A slot the candidate suggested, only being checked: no time offered yet.
    (
        "I've asked Wen whether the Monday 10am slot you suggested is still free; I'll"
        " confirm once she replies.",
        "pending",
        [],
    ),
    (
        "Thanks for proposing Thursday at 4pm. I'll see if that still suits the panel.",
        "pending",
        [],
    ),
    (
        "I have to clear Wednesday 3pm with the hiring manager before I can say yes.",
        "pending",
        [],
    ),
    ("Gil is checking if your Friday 11am idea fits the panel.", "pending", []),
    # The candidate's suggestion, agreed: the time is the agreed one.
    ("The Friday 9am you proposed is great, invite to follow.", "confirms", [at(1, 16, 9)]),
    # A booking page and its opening hours: a request for times, none offered.
    (
        "Pick a new slot through the scheduling page below; it opens Monday to Friday,"
        " 8:00 to 16:00.",
        "asks_for_times",
        [],
    ),
    (
        "Here's my booking page: https://cal.example.com/jo. It lists 9-5 Eastern.",
        "asks_for_times",
        [],
    ),
    (
        "Please use the link below to book whatever new time suits you.",
        "asks_for_times",
        [],
    ),
    # An absence notice that names a colleague's slots offers none of its own.
    (
        "Thank you for your message. I am on leave until 2 February. If your enquiry relates"
        " to interviews, my colleague Dev Rao has openings on Tuesday at 10:00 and 15:00.",
        "auto_reply",
        [],
    ),
    (
        "Out of office until Monday. For urgent interview matters, Chloe is available"
        " Friday 1-3pm.",
        "auto_reply",
        [],
    ),
    # Written to the wrong person, or a role handed over: the user has to look.
    (
        "I'm no longer handling hiring for this team; Rosa Diaz has taken it over and I've"
        " copied her in.",
        "other",
        [],
    ),
    (
        "Your note seems to have been meant for a colleague in Sales, so I've forwarded it.",
        "other",
        [],
    ),
    ("I moved to the finance team last month, so Petra looks after it now.", "other", []),
    # Going on without the candidate.
    (
        "After talking it over, the team will move forward with the shortlisted candidates,"
        " so we won't be arranging a new interview.",
        "declined",
        [],
    ),
    (
        "They've chosen to finalise the hire with the people who completed the loop.",
        "declined",
        [],
    ),
    ("We won't be inviting you back in for this opening.", "declined", []),
    ("They've decided to progress with the candidates who attended.", "declined", []),
    ("The team has opted to close the role with the current shortlist.", "declined", []),
    ("Tom will be your new point of contact and will take it from here.", "other", []),
    # Thanks for explaining what happened is no question about it.
    (
        "Thank you for explaining what happened. Let me talk to Mira and get back to you.",
        "pending",
        [],
    ),
    # The times of what was sent before the miss are past.
    (
        "Could you explain what happened? The invite was sent on Monday at 9:00 and the"
        " reminder went out at 8:00 today.",
        "asks_what_happened",
        [],
    ),
    # A closure from one date to another is a period, not two slots.
    (
        "Our office is closed from 2 February to 6 February, so the first option is"
        " Monday 9 February at 11:00.",
        "proposes_times",
        [at(2, 9, 11)],
    ),
    # What was, what is someone else's, and what is taken: no offers.
    (
        "The panel met on Monday at 10:00 to talk it over. We can offer Wednesday 21 January"
        " at 14:00.",
        "proposes_times",
        [at(1, 21, 14)],
    ),
    (
        "We had scheduled you for 9am on Tuesday. Could you explain what happened?",
        "asks_what_happened",
        [],
    ),
    (
        "Rohan has a hard stop at 4, so could you do 2:30 on Tuesday?",
        "proposes_times",
        [at(1, 20, 14, 30)],
    ),
    (
        "Could you do Tuesday at 3pm? I'm on a flight Wednesday at 9am, so that's my last"
        " slot this week.",
        "proposes_times",
        [at(1, 20, 15)],
    ),
    (
        "Tuesday at 10 is booked for another candidate, but Wednesday at 10 is open.",
        "proposes_times",
        [at(1, 21, 10)],
    ),
    (
        "The 1pm slot on Wednesday is already taken. How about 4pm instead?",
        "proposes_times",
        [at(1, 21, 16)],
    ),
    (
        "Your interview is now on Tuesday at 3pm (the 10am one was cancelled).",
        "confirms",
        [at(1, 20, 15)],
    ),
    # A slot listed under the day it is on, and "tomorrow it is".
    (
        "Our next interview day is Wednesday 21 January; slots at 9:30 and 15:00. Pick one.",
        "proposes_times",
        [at(1, 21, 9, 30), at(1, 21, 15)],
    ),
    ("Perfect, 3pm tomorrow it is.", "confirms", [at(1, 16, 15)]),
    ("ok 2moro 11am?", "proposes_times", [at(1, 16, 11)]),
    # Zones and "the same time" as other languages write them.
    (
        "¿Te viene bien el martes 20 a las 10:30 (hora de Madrid)? Si no, el miércoles a la"
        " misma hora.",
        "proposes_times",
        [
            at(1, 20, 10, 30, zone=ZoneInfo("Europe/Madrid")),
            at(1, 21, 10, 30, zone=ZoneInfo("Europe/Madrid")),
        ],
    ),
    # The invite's own time, and more ways to confirm.
    ("Great, I'll send the invite for Tuesday at 3pm.", "confirms", [at(1, 20, 15)]),
    ("The calendar invite for Tuesday 3pm is in your inbox.", "confirms", [at(1, 20, 15)]),
    ("Sure, Tuesday at 3 then. Sending the invite now.", "confirms", [at(1, 20, 15)]),
    (
        "Could you do Tuesday at 3pm? I'll send the invite at 5pm today once you confirm.",
        "proposes_times",
        [at(1, 20, 15)],
    ),
    # More zone words.
    ("Could you do Tuesday at 10:00 KSA time?", "proposes_times", [at(1, 20, 2)]),
    # A full stop after a clock time, or after "May", ends its sentence.
    (
        "Leah can do Monday 19.1 at 16:00 or Tuesday 20.1 at 10:00. Note that we switch"
        " to summer time in March.",
        "proposes_times",
        [at(1, 19, 16), at(1, 20, 10)],
    ),
    (
        "Anna's next free day is 5 May. Beyond that, Ravi has slots on Wednesday 6 May at"
        " 10:00 and 14:00.",
        "proposes_times",
        [at(5, 6, 10), at(5, 6, 14)],
    ),
]


@pytest.mark.parametrize(("text", "kind", "times"), KINDS, ids=[k[0][:40] for k in KINDS])
def test_kind_and_times(text, kind, times):
    reading = read(text)
    assert (reading.kind, [t.start for t in reading.times]) == (kind, times)


def test_the_length_of_the_meeting_ends_each_time_offered():
    reading = read("Would Monday at 2 or Wednesday at 11:30 work? Either is 45 minutes with Ben.")
    assert [(t.start, t.end) for t in reading.times] == [
        (at(1, 19, 14), at(1, 19, 14, 45)),
        (at(1, 21, 11, 30), at(1, 21, 12, 15)),
    ]
    hour = read("How about Friday 10am for an hour with the panel?").times[0]
    assert hour.end - hour.start == timedelta(hours=1)


@pytest.mark.parametrize(
    "text",
    [
        "Could you do Tuesday at 3pm? Please join 10 minutes early.",
        "Could you do Friday 10am? We're an hour ahead of you.",
        "Could you do Friday 10am? The exercise takes about 90 minutes.",
        "Could you do Friday 10am, 30 or 45 minutes, whichever you prefer?",
    ],
)
def test_a_length_of_something_else_gives_no_end(text):
    assert [t.end for t in read(text).times] == [None]


def test_a_range_keeps_its_own_end_beside_a_length():
    reading = read("Mo is free Thursday 1-3pm, so grab any 30 minutes in there.")
    assert [(t.start, t.end) for t in reading.times] == [(at(1, 22, 13), at(1, 22, 15))]


def test_a_range_can_end_at_twelve_noon():
    reading = read("Could you do 10-12 noon on Friday?")
    assert [(t.start, t.end) for t in reading.times] == [(at(1, 16, 10), at(1, 16, 12))]


def test_a_full_stop_after_a_number_ends_a_sentence_unless_a_month_follows():
    assert [c.text for c in split("We can do 10:00. Note the room.")] == [
        "We can do 10:00.",
        "Note the room.",
    ]
    assert len(split("Am Montag, 30. März um 10 Uhr.")) == 1


@pytest.mark.parametrize(
    "history",
    [
        "De: Lior Ben <lior@example.org>\nEnviado el: lunes, 12 de enero de 2026 9:02\n"
        "Para: Marta\nAsunto: Entrevista",
        "Lior Ben <lior@example.org> schrieb am Mo., 12. Jan. 2026, 09:02:",
        "Od: Lior Ben <lior@example.org>\nWysłano: poniedziałek, 12 stycznia 2026 09:02",
    ],
)
def test_history_headers_in_other_languages_hide_the_times_below(history):
    text = (
        f"Thanks Lior, could you tell me what happened?\n\n{history}\n\nI can do Tuesday at 10:00."
    )
    reading = read(text)
    assert (reading.kind, reading.times) == ("asks_what_happened", ())


def test_thanks_for_telling_what_happened_is_no_question_but_thanks_then_asking_is():
    assert read("Thanks for being so open about what happened.").kind == "other"
    assert read("Thanks, and could you tell me what happened?").kind == "asks_what_happened"


def test_mornings_or_afternoons_asks_for_times_and_a_passed_on_message_waits():
    assert read("Glad to rebook. Are mornings or afternoons better for you?").kind == (
        "asks_for_times"
    )
    assert read("Thanks. Your note has been forwarded to the hiring team.").kind == "pending"
