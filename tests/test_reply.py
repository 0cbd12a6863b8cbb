"""Reading a reply (issue 18): kinds, times in the right zone, and what is never a time.

The examples here are our own phrasings, apart from the labelled corpus that
`test_dev_corpus_meets_the_targets` scores; they pin each rule of the grammar.
"""

import json
from datetime import datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from secondchance.core.reply import read_reply
from secondchance.core.reply.kinds import is_auto_reply
from secondchance.core.reply.reading import own_words

NY = ZoneInfo("America/New_York")
LONDON = ZoneInfo("Europe/London")
# A Thursday afternoon in New York, in winter.
SENT = datetime(2026, 1, 15, 14, 0, tzinfo=NY)


def read(text, sent=SENT, sender=NY, candidate=LONDON, headers=None):
    return read_reply(
        text, sent=sent, sender_zone=sender, candidate_zone=candidate, headers=headers
    )


def starts(text, **kwargs):
    return [t.start for t in read(text, **kwargs).times]


def at(year, month, day, hour, minute=0, zone=NY):
    return datetime(year, month, day, hour, minute, tzinfo=zone)


# --- Times and zones -----------------------------------------------------------------------

TIMES = [
    # (reply, expected starts)
    ("Could you do Monday at 10am?", [at(2026, 1, 19, 10)]),
    ("Would Tuesday at 2 work?", [at(2026, 1, 20, 14)]),  # "at 2" in an interview is 14:00
    ("How about tomorrow at 11:30?", [at(2026, 1, 16, 11, 30)]),
    ("Friday 3pm ET or Monday 9am ET?", [at(2026, 1, 16, 15), at(2026, 1, 19, 9)]),
    ("Can we do Tuesday or Wednesday at 4pm?", [at(2026, 1, 20, 16), at(2026, 1, 21, 16)]),
    ("I have 10am on the 20th or 3pm on the 21st.", [at(2026, 1, 20, 10), at(2026, 1, 21, 15)]),
    ("Would 9am your time on Tuesday suit?", [at(2026, 1, 20, 9, zone=LONDON)]),
    ("Monday at 2pm UK time?", [at(2026, 1, 19, 14, zone=LONDON)]),
    ("Monday 15:00 CET works for the panel.", [at(2026, 1, 19, 15, zone=ZoneInfo("Europe/Paris"))]),
    ("Monday at 4pm IST?", [at(2026, 1, 19, 16, zone=ZoneInfo("Asia/Kolkata"))]),
    ("Tuesday 8am Sydney time?", [at(2026, 1, 20, 8, zone=ZoneInfo("Australia/Sydney"))]),
    ("Half past two on Friday?", [at(2026, 1, 16, 14, 30)]),
    ("Next Wednesday 10-11am?", [at(2026, 1, 21, 10)]),
    ("Monday 19 January, 14:30-15:15", [at(2026, 1, 19, 14, 30)]),
    ("Can you do 1/20 at 3pm?", [at(2026, 1, 20, 15)]),  # a New York sender writes month first
    ("Are you free Friday afternoon, say 3?", [at(2026, 1, 16, 15)]),
    ("Options: Mon 1/19 at 10, Tue 1/20 at 1pm", [at(2026, 1, 19, 10), at(2026, 1, 20, 13)]),
    ("Monday 9am PST / 12pm EST?", [at(2026, 1, 19, 9, zone=ZoneInfo("America/Los_Angeles"))]),
    ("Can you make 15h00 on 22 January?", [at(2026, 1, 22, 15)]),
    (
        "Two options: 1) 19.01 at 15:00 2) 20.01 at 11:00",
        [at(2026, 1, 19, 15), at(2026, 1, 20, 11)],
    ),
    ("How about 10.30 on Monday?", [at(2026, 1, 19, 10, 30)]),
    ("Thursday 3pm London / 10am New York?", [at(2026, 1, 22, 15, zone=LONDON)]),
    ("Thursday 2-4?", [at(2026, 1, 22, 14)]),
    ("Monday (10-11), Tuesday (2-3)", [at(2026, 1, 19, 10), at(2026, 1, 20, 14)]),
    (
        "How about 10am or 2pm on Tuesday, or 11am Wednesday?",
        [at(2026, 1, 20, 10), at(2026, 1, 20, 14), at(2026, 1, 21, 11)],
    ),
    ("Wednesday the 21st at 1400?", [at(2026, 1, 21, 14)]),
    ("I'm free from 2 onwards on Friday.", [at(2026, 1, 16, 14)]),
    ("Monday 10:00 GMT+1?", [at(2026, 1, 19, 10, zone=ZoneInfo("Etc/GMT-1"))]),
    ("Monday 10:00 UTC+05:30?", [at(2026, 1, 19, 10, zone=ZoneInfo("Asia/Kolkata"))]),
    # A small number after a weekday is an hour unless that date is this week or next.
    ("can do fri 4. else mon 19th at 11", [at(2026, 1, 16, 16), at(2026, 1, 19, 11)]),
    # Conversions and restatements are never a second offer, even when they are wrong.
    (
        "Would Tuesday at 10am ET work? That should be 2pm for you. Otherwise Wednesday at 11am.",
        [at(2026, 1, 20, 10), at(2026, 1, 21, 11)],
    ),
    (
        "Monday 10am ET (2pm UK) or Tuesday 9am ET (1pm UK)?",
        [at(2026, 1, 19, 10), at(2026, 1, 20, 9)],
    ),
    (
        "Monday at 9 AM Central works. So those should land at 2 PM and 4 PM for you.",
        [at(2026, 1, 19, 9, zone=ZoneInfo("America/Chicago"))],
    ),
    ("Tuesday at 11am, so it's 4pm UK.", [at(2026, 1, 20, 11)]),
    # A full stop taken by a day still ends its sentence.
    (
        "Our clocks change on Sunday. Alternatively, Tuesday at 2pm is fine.",
        [at(2026, 1, 20, 14)],
    ),
    ("Hi,\nDate: Tuesday, January 20, 2026\nTime: 10:00 AM - 11:00 AM ET", [at(2026, 1, 20, 10)]),
    (
        "Tuesday 20/01 at 10h (Brasília time)?",
        [at(2026, 1, 20, 10, zone=ZoneInfo("America/Sao_Paulo"))],
    ),
    # A booking page: a day line, then one line per time.
    (
        "Pick a time below.\n\nTue, Jan 20, 2026\n  9:00 AM - 9:45 AM\n  1:30 PM - 2:15 PM\n"
        "Wed, Jan 21, 2026\n  11:00 AM - 11:45 AM\n",
        [at(2026, 1, 20, 9), at(2026, 1, 20, 13, 30), at(2026, 1, 21, 11)],
    ),
    ("It is scheduled for tomorrow i.e. 16-Jan-2026 at 11:30 AM.", [at(2026, 1, 16, 11, 30)]),
    (
        "Tuesday at 9am UK time; it will still be 4am in New York.",
        [at(2026, 1, 20, 9, zone=LONDON)],
    ),
    ("Parfait, c'est noté pour mardi 20 janvier à 11h.", [at(2026, 1, 20, 11)]),
    ("¿Le viene bien el jueves 22 de enero a las 10:00?", [at(2026, 1, 22, 10)]),
    # A deadline's time and day take no part in pairing the offers after them.
    (
        "Please confirm by 5pm Friday which works: Monday 10am or Tuesday 2pm.",
        [at(2026, 1, 19, 10), at(2026, 1, 20, 14)],
    ),
    ("Let me know by Wednesday 12:00 whether Friday 14:00 suits you.", [at(2026, 1, 16, 14)]),
    # A busy time is no offer, but its day is still the day of the offer.
    ("I'm in meetings until 2pm tomorrow, but could do 3pm.", [at(2026, 1, 16, 15)]),
    # A refused time is no offer.
    ("We can't do Monday at 10am, sorry. Would Tuesday at 11am work?", [at(2026, 1, 20, 11)]),
    (
        "Monday at 10am doesn't work for the panel. How about Wednesday at 4pm?",
        [at(2026, 1, 21, 16)],
    ),
    (
        "The new invite is for Monday 2pm; the old one for Thursday 11am is cancelled.",
        [at(2026, 1, 19, 14)],
    ),
    ("Please arrive early, i.e. at 9:45, for the 10am interview on Monday.", [at(2026, 1, 19, 10)]),
    ("Hi,\n\nThanks,\n\nMonday at 3pm works for us.\n\nDana", [at(2026, 1, 19, 15)]),
    ("Hi, no problem.\nBest,\nDana\nP.S. could you do Tuesday 2pm instead?", [at(2026, 1, 20, 14)]),
    ("Kindly join on 20-01-2026 at 11:00 AM EST.", [at(2026, 1, 20, 11)]),
    ("2026-01-20 15:00 would work.", [at(2026, 1, 20, 15)]),
    ("What about Friday? I am around from 1pm.", [at(2026, 1, 16, 13)]),
    ("Tuesday the 20th at 3pm EST / 8pm GMT works for us?", [at(2026, 1, 20, 15)]),
    # Clocks of other things: the sender's next step, a meeting, lunch, opening hours, travel.
    ("I'll send the new invite at 5pm today. Could you do Monday at 10am?", [at(2026, 1, 19, 10)]),
    ("Our London office opens at 8:30, so Tuesday 9am works.", [at(2026, 1, 20, 9)]),
    ("Your flight lands at 6pm Sunday, so let's do Monday 11am.", [at(2026, 1, 19, 11)]),
    ("Between 12-1pm is lunch, so Friday 2pm is better.", [at(2026, 1, 16, 14)]),
    ("If that doesn't work, I'm wide open 2-4pm on Friday.", [at(2026, 1, 16, 14)]),
    # A full stop inside "a.m." or after "Tue." ends no sentence.
    ("Monday 9 a.m. PT?", [at(2026, 1, 19, 9, zone=ZoneInfo("America/Los_Angeles"))]),
    ("Could you do Tue. 10am?", [at(2026, 1, 20, 10)]),
    # "your time" beside one time is said of that time; on its own, of all of them.
    (
        "Could you do Monday at 10am? Or Tuesday at 2pm your time.",
        [at(2026, 1, 19, 10), at(2026, 1, 20, 14, zone=LONDON)],
    ),
    (
        "Could you do Monday 10am or Tuesday 2pm? Times are in your time zone.",
        [at(2026, 1, 19, 10, zone=LONDON), at(2026, 1, 20, 14, zone=LONDON)],
    ),
    # A clause that offers nothing keeps its times out, and its days too unless a contrast
    # that names no day of its own follows.
    (
        "I'm off on Monday, but Tuesday at 11 or Wednesday at 3pm would both be fine.",
        [at(2026, 1, 20, 11), at(2026, 1, 21, 15)],
    ),
    ("I'm out Monday. Could you do 2pm on Tuesday?", [at(2026, 1, 20, 14)]),
    (
        "Thanks for your note. I'm travelling until the 22nd, so let's aim for Friday 23 Jan.,"
        " from 9 to noon.",
        [at(2026, 1, 23, 9)],
    ),
    (
        "We missed you yesterday at 3. Are you able to do tomorrow at 3 instead?",
        [at(2026, 1, 16, 15)],
    ),
    (
        "Please reply by Friday 16 January with your preferred slot: Mon 19 Jan 11:00 or Tue 20"
        " Jan 15:00.",
        [at(2026, 1, 19, 11), at(2026, 1, 20, 15)],
    ),
    # Dates written with their dots, and a weekday that settles which number is the month.
    (
        "Mr. Lee is available on 22.01. at 10:00 or 23.01. at 14:00.",
        [at(2026, 1, 22, 10), at(2026, 1, 23, 14)],
    ),
    ("How about Thursday 05/02 at 10am?", [at(2026, 2, 5, 10)]),
    (
        "Can we move to the afternoon? 3 or 4 pm suits me on Tuesday.",
        [at(2026, 1, 20, 15), at(2026, 1, 20, 16)],
    ),
    (
        "Monday 19th is a bank holiday here, so Tuesday 20th at 10 or 11 would be best.",
        [at(2026, 1, 20, 10), at(2026, 1, 20, 11)],
    ),
    (
        "My calendar is pretty open Monday 19th; anytime between 10am and 4pm GMT.",
        [at(2026, 1, 19, 10, zone=ZoneInfo("UTC"))],
    ),
]


@pytest.mark.parametrize(("text", "expected"), TIMES, ids=[t for t, _ in TIMES])
def test_times_are_read_in_the_zone_meant(text, expected):
    assert starts(text) == expected


def test_a_range_has_an_end():
    (offered,) = read("Thursday 22 January, 2-3pm?").times
    assert (offered.start, offered.end) == (at(2026, 1, 22, 14), at(2026, 1, 22, 15))
    assert offered.text == "Thursday 22 January, 2-3pm"


@pytest.mark.parametrize(
    ("text", "start", "end"),
    [
        ("Would Monday between 10 and 11:30 work?", at(2026, 1, 19, 10), at(2026, 1, 19, 11, 30)),
        ("Friday 23 January, from 9 to noon?", at(2026, 1, 23, 9), at(2026, 1, 23, 12)),
        ("Could we do Tuesday 20 January 14:00~15:00?", at(2026, 1, 20, 14), at(2026, 1, 20, 15)),
        ("Wednesday 11am\u2013noon works for us?", at(2026, 1, 21, 11), at(2026, 1, 21, 12)),
        ("How about 1:30\u20132:15 on Friday?", at(2026, 1, 16, 13, 30), at(2026, 1, 16, 14, 15)),
    ],
)
def test_ranges_in_every_form_have_an_end(text, start, end):
    (offered,) = read(text).times
    assert (offered.start, offered.end) == (start, end)


def test_a_time_said_again_as_a_range_takes_its_end():
    text = "Could you do Wednesday at 4pm? I'd block Wednesday 4-5pm for it."
    (offered,) = read(text).times
    assert (offered.start, offered.end) == (at(2026, 1, 21, 16), at(2026, 1, 21, 17))


def test_an_absence_notice_in_german_names_its_return_date():
    reading = read("Vielen Dank. Ich bin im Urlaub und ab dem 19. Januar 2026 wieder im Büro.")
    assert reading.kind == "auto_reply"
    assert reading.return_date.isoformat() == "2026-01-19"


def test_a_day_month_sender_writes_the_day_first():
    assert starts("Shall we say 20/1 at 15:00?", sender=LONDON, sent=SENT.astimezone(LONDON)) == [
        at(2026, 1, 20, 15, zone=LONDON)
    ]


def test_dst_between_the_send_date_and_the_proposed_date_is_respected():
    # Sent in March before the US change; the proposed date is after it: EDT, -04:00.
    sent = datetime(2026, 3, 5, 14, 30, tzinfo=NY)
    (offered,) = read("Could we try Tuesday 10 March at 11:00 ET?", sent=sent).times
    assert offered.start.utcoffset().total_seconds() == -4 * 3600
    assert offered.start == datetime(2026, 3, 10, 15, 0, tzinfo=ZoneInfo("UTC"))


def test_relative_days_count_from_the_senders_calendar():
    # 23:30 in New York is already Friday in London; "tomorrow" is the sender's Friday.
    sent = datetime(2026, 1, 15, 23, 30, tzinfo=NY)
    assert starts("Tomorrow at 10am?", sent=sent) == [at(2026, 1, 16, 10)]


def test_a_conversion_of_a_time_is_not_a_second_offer():
    text = "Tuesday at 11:00 ET, which is 4pm for you in London?"
    assert starts(text) == [at(2026, 1, 20, 11)]


def test_a_time_said_again_in_the_other_zone_is_one_time():
    assert starts("Tuesday 9am your time (4am mine)?") == [at(2026, 1, 20, 9, zone=LONDON)]


def test_same_time_repeats_the_time_said_before():
    text = "We had you down for 10:30 this morning. Could you do tomorrow, same time?"
    assert starts(text) == [at(2026, 1, 16, 10, 30)]


NOT_TIMES = [
    "Call me on +1 212 555 0147 or 212-555-0148 tomorrow.",
    "We are in Room 4.12 on the 3rd floor; ext. 2030.",
    "The budget is $95,000, or 120k with the bonus, 45.50 per hour.",
    "It will take 45 minutes with 3 people.",
    "Please reply by 5pm on Friday.",
    "You missed our 2pm yesterday.",
    "The 2nd round will follow.",
    "Come to our office at 5 Canada Square on the day.",
    "You were scheduled for 3pm on Friday, and we waited.",
    # Office hours without the words: a span of days, or a signature block.
    "We are open Mon-Fri 9:00-17:30.",
    "Thanks for your note.\n\nBest,\nDana\nMonday 9:00-17:30 GMT\n+44 20 7946 0958",
    "Thanks - I'll reply after my 3pm meeting today.",
    # Sentences that offer nothing: the past, the sender's absence, a request for the
    # candidate's times, another meeting, a clock change, a deadline.
    "We were all set up on Tuesday at 11 and nobody came. Please explain.",
    "The hiring committee meets Friday at 9 to go over the shortlist; I'll come back to you after.",
    "Please send me your availability for next week, ideally between 9am and 12pm ET.",
    "Could you please share 2-3 slots between Monday and Wednesday next week, 10am to 4pm PT?",
    "Note that the US switches to daylight saving time on March 8, so 9am ET will be 1pm here.",
    "Please complete the assessment before Friday 5pm; once done we'll book the interview.",
    "Kindly answer until Tuesday 17:00 at the latest.",
    "I'm on leave on Monday 19 January.",
    "The first round was on the 8th at 4pm. We can't repeat it, sorry.",
    "Friday at 11 would have been ideal but it's taken now.",
]


@pytest.mark.parametrize("text", NOT_TIMES)
def test_numbers_that_are_not_offered_times(text):
    assert starts(text) == []


def test_quoted_history_is_never_read_for_times():
    text = (
        "Thanks, I will check with the team and come back to you.\n\n"
        "On Wed, 14 Jan 2026 at 16:48, Zoë <zoe@example.com> wrote:\n"
        "> I could do Friday 16 January at 10:00 or Monday at 2pm.\n"
    )
    reading = read(text)
    assert reading.times == ()
    assert reading.kind == "pending"
    assert "Friday" not in reading.own_words


def test_outlook_history_and_interleaved_quotes_are_set_aside():
    text = (
        "Monday at 10am works on our side?\n> Friday 3pm\nSee you.\n\n"
        "-----Original Message-----\nFrom: Zoë\nSent: 14 January 2026 21:37\n"
        "Could we do Thursday 22 January at 14:00?"
    )
    assert "Friday" not in own_words(text)
    assert "Thursday" not in own_words(text)


HISTORY_HEADERS = [
    "*From:* Zoe <z@x.com>\n*Sent:* Tuesday, January 13, 2026 9:00 AM\n*To:* Dana\n",
    "De : Zoe <z@x.com>\nEnvoyé : mardi 13 janvier 2026 09:00\nÀ : Dana\n",
    "Von: Zoe <z@x.com>\nGesendet: Dienstag, 13. Januar 2026 09:00\nAn: Dana\n",
    "-----Ursprüngliche Nachricht-----\n",
    "---- On Tue, 13 Jan 2026 09:00:00 +0000 Zoe <z@x.com> wrote ----\n",
    "Zoe wrote on 13/01/2026 09:00:\n",
    "Sent from Outlook for Android\n",
]


@pytest.mark.parametrize("header", HISTORY_HEADERS)
def test_history_after_any_mail_clients_marker_is_never_read(header):
    text = (
        "Hi Zoe,\nThanks, I'll check with the team and revert.\nDana\n\n"
        + header
        + "\nCould we do Tuesday 20 January at 3pm or Wednesday at 10am?\nZoe"
    )
    reading = read(text)
    assert (reading.kind, reading.times) == ("pending", ())


def test_a_line_that_says_wrote_without_a_date_or_address_is_the_writers_own():
    assert len(read("Hi Zoe,\nAs I wrote yesterday:\n- Monday 3pm\n- Tuesday 2pm\nDana").times) == 2


def test_a_time_takes_the_day_named_before_only_in_a_sentence_that_offers():
    text = "Could we do Tuesday 20 January at 10:00? Our office opens at 8:30, come a bit early."
    assert starts(text) == [at(2026, 1, 20, 10)]
    (offered,) = read("Tuesday works for the panel. Could you do 3pm?").times
    assert (offered.start, offered.text) == (at(2026, 1, 20, 15), "Tuesday 3pm")


def test_an_address_beside_an_offer_is_not_a_second_time():
    text = "Could you come to our office at 5 Canada Square on Tuesday at 10am?"
    assert starts(text) == [at(2026, 1, 20, 10)]


def test_office_hours_are_not_offers():
    assert starts("Best,\nDana\nOffice hours: Mon-Fri 9am-5pm") == []


def test_past_times_are_dropped():
    assert starts("Yesterday at 3pm we waited. Today at 9am we met the others.") == []


# --- Kinds ---------------------------------------------------------------------------------

KINDS = [
    ("Would Monday at 10am or Tuesday at 2pm work for you?", "proposes_times"),
    ("Please send me a few times that work for you next week.", "asks_for_times"),
    ("What are your availabilities for a new slot?", "asks_for_times"),
    ("Great, Tuesday at 10am it is. I have sent the new invite. See you then!", "confirms"),
    ("Is everything OK? We waited for you this morning.", "asks_what_happened"),
    ("Let me check with the hiring manager and get back to you.", "pending"),
    ("Unfortunately we have decided to move forward with other candidates.", "declined"),
    ("The position has now been filled. Best of luck in your search.", "declined"),
    ("I am out of the office until Monday 26 January with limited access to email.", "auto_reply"),
    ("Thanks for the note.", "other"),
    ("Would sometime Thursday morning work?", "proposes_times"),
    ("ok tues 3 works", "confirms"),
    ("Sure, when suits?", "asks_for_times"),
    ("Kindly revert with your convenient time slots.", "asks_for_times"),
    ("Why didn't you show up?", "asks_what_happened"),
    ("Noted, I'll pass this on to the panel.", "pending"),
    ("We won't be progressing your application further.", "declined"),
    ("We have decided to pursue other applicants at this time.", "declined"),
    ("The team has decided to go with another candidate.", "declined"),
    ("Noted - leave it with me.", "pending"),
    ("Yes, 3pm tomorrow is fine. Speak then.", "confirms"),
    ("Monday works best - say 11?", "proposes_times"),
    ("k see u then", "confirms"),
    ("cool, booked", "confirms"),
    ("Please tell me when you can.", "asks_for_times"),
    ("Tuesday works for the panel. Could you do 3pm?", "proposes_times"),
    (
        "Before we talk about a new date, please explain briefly what has happened.",
        "asks_what_happened",
    ),
    (
        "We were waiting for you at reception. May I ask the reason for your absence?",
        "asks_what_happened",
    ),
    (
        "Please pick a new slot from the calendar link below. If you don't see something that"
        " works, write to me.",
        "asks_for_times",
    ),
    ("Please send me by Monday two or three possible dates next week.", "asks_for_times"),
    ("Could we do Monday at 3pm? Otherwise Tuesday at 11am works on our side.", "proposes_times"),
    ("Could you send me two or three windows that work for you next week?", "asks_for_times"),
    (
        "We have decided to continue with the candidates already in the final round. We will"
        " therefore not reschedule.",
        "declined",
    ),
    ("We've decided to move on. Thanks.", "declined"),
    (
        "Could you tell us why you could not join? After we confirm the situation, we will decide.",
        "asks_what_happened",
    ),
    ("Ich kläre das intern und melde mich nächste Woche.", "pending"),
    ("C'est noté pour jeudi à 11h.", "confirms"),
    ("Dana is free on Tuesday between 1 and 3, any time that suits.", "proposes_times"),
    (
        "Sure, let me check with Dana.\n\nKind regards,\nSam Lee\nOut of office on Fridays",
        "pending",
    ),
    ("Hi, we were expecting you at 10. Is all well?", "asks_what_happened"),
    ("When would be a good time to reconnect?", "asks_for_times"),
    ("Happy to rebook - what works for you?", "asks_for_times"),
    ("We'll review and be in touch.", "pending"),
    ("I'm waiting to hear back from the hiring manager.", "pending"),
    ("Thanks, but we won't be moving ahead with your application.", "declined"),
    ("Done - moved to Thursday 3pm.", "confirms"),
    ("Booked you in for Tuesday 10am.", "confirms"),
    ("All set for Tuesday at 10am ET.", "confirms"),
    ("Please inform your convenient date and time for the interview.", "asks_for_times"),
    ("when r u free", "asks_for_times"),
    ("We regret to inform that we cannot proceed further with your profile.", "declined"),
    ("sorry we went with someone else", "declined"),
    ("will check n revert", "pending"),
    ("thursday 11 works 👍", "confirms"),
    # Read from what each sentence does, not from a cue anywhere in the message.
    ("I'm away on Monday myself - when could you talk?", "asks_for_times"),
    (
        "Hello, thanks for your mail. I am on business trip and will be back 20 January. I will"
        " answer your e-mail after my return.",
        "auto_reply",
    ),
    (
        "Dear applicant, we received your email. Our team will get back to you within 3 working"
        " days. Please do not reply to this email.",
        "auto_reply",
    ),
    ("I am OOO until Jan 20. For anything urgent, reach my colleague Sam.", "auto_reply"),
    ("Sorry, the manager does not want to continue. Good luck for the future.", "declined"),
    ("Sorry, we went with an internal candidate for this one.", "declined"),
    ("Thanks, but we are not in a position to arrange a second interview.", "declined"),
    ("I'll have to run this past Maria first. Give me a day or two.", "pending"),
    (
        "Thank you for your availability. I'll share it with the panel and confirm a slot soon.",
        "pending",
    ),
    (
        "We can offer you one more slot: Wednesday 21 January, 9:00-9:45. Please confirm if"
        " this suits.",
        "proposes_times",
    ),
    (
        "Your new interview: Tuesday, January 20, 2026, 3:00 PM - 4:00 PM Eastern Time. Join"
        " Zoom Meeting",
        "confirms",
    ),
    (
        "Happy new year! Sure, let's get it rebooked. What does your week look like?",
        "asks_for_times",
    ),
    ("We were all set up on Tuesday at 11 and nobody came. Please explain.", "asks_what_happened"),
    ("Pouvez-vous nous dire ce qui s'est passé jeudi ?", "asks_what_happened"),
    ("We have now confirmed the new slot with the panel: Tuesday 20 January at 3pm.", "confirms"),
    ("As agreed on the phone, the interview is now Tuesday 20 January at 3pm.", "confirms"),
    ("Tuesday 3pm ET it is, I've sent you the updated invite.", "confirms"),
    ("The office is closed for the holidays and will reopen on Monday 5 January.", "auto_reply"),
    ("Hi - we waited 15 mins on the call at 2 today. What's going on?", "asks_what_happened"),
    (
        "Please note I work Monday to Thursday. I will reply to your email on my next working day.",
        "auto_reply",
    ),
    (
        "Can you confirm you're still interested? If so I'll find some new times with the team.",
        "other",
    ),
    ("Share a few slots that suit you and I will arrange the call.", "asks_for_times"),
]


@pytest.mark.parametrize(("text", "kind"), KINDS, ids=[k for _, k in KINDS])
def test_kinds(text, kind):
    assert read(text).kind == kind


def test_an_auto_reply_offers_no_times_and_names_its_return_date():
    text = "I am away from 12 January and will be back on Monday, 26 January 2026."
    reading = read(text)
    assert (reading.kind, reading.times) == ("auto_reply", ())
    assert reading.return_date.isoformat() == "2026-01-26"


@pytest.mark.parametrize(
    "headers",
    [
        {"Auto-Submitted": "auto-replied"},
        {"X-Autoreply": "yes"},
        {"Precedence": "auto_reply"},
        {"Precedence": "bulk"},
    ],
)
def test_auto_reply_headers_count(headers):
    assert is_auto_reply(headers)
    assert read("Thank you for your message.", headers=headers).kind == "auto_reply"


def test_auto_submitted_no_and_list_mail_are_not_auto_replies():
    assert not is_auto_reply({"Auto-Submitted": "no"})
    assert not is_auto_reply({"Precedence": "list"})


# --- Safety and the corpus -----------------------------------------------------------------


@settings(max_examples=150, deadline=None)
@given(st.text(max_size=400))
def test_any_text_reads_without_error_and_only_future_aware_times(text):
    reading = read(text)
    for offered in reading.times:
        assert offered.start.tzinfo is not None
        assert offered.start > SENT
        assert offered.end is None or offered.end > offered.start


def test_huge_and_hostile_input_is_read_in_bounded_work():
    text = "1 1 1 1 at 2, Tue 10am 3/4 +44 20 7946 0958 " * 20_000
    reading = read(text)
    assert len(reading.times) <= 20


# Every labelled file, the frozen outside split included: a change that breaks one shows here.
LABELLED_REPLIES = sorted((Path(__file__).parent / "data").glob("replies-*.jsonl"))


@pytest.mark.parametrize("labelled", LABELLED_REPLIES, ids=lambda path: path.stem)
def test_each_labelled_file_meets_the_targets(labelled):
    rows = [json.loads(line) for line in labelled.read_text().splitlines() if line.strip()]
    kinds_right = offered = found = invented = 0
    for row in rows:
        reading = read(
            row["text"],
            sent=datetime.fromisoformat(row["sent"]),
            sender=ZoneInfo(row["timezone"]),
            candidate=ZoneInfo(row["candidate_timezone"]),
        )
        gold = {datetime.fromisoformat(t["start"]) for t in row["times"]}
        got = {t.start for t in reading.times}
        kinds_right += reading.kind == row["kind"]
        offered += len(gold)
        found += len(gold & got)
        invented += len(got - gold)
    assert kinds_right / len(rows) >= 0.90
    assert found / offered >= 0.95
    assert invented <= 2 * len(rows) / 100
