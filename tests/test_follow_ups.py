"""The follow-ups and the decline reply after round 17's whole-kit reading (issue #16).

Each check round 17 added is first shown to fail on hand-made bad text; the lines the readers
met in kit after kit are caught as stock; and across sampled kits no sentence of the
follow-ups recurs in more than one kit in six, so two cases rarely share one skeleton.
"""

import re
import sys
from calendar import month_name
from datetime import date, timedelta
from pathlib import Path

import pytest

from conftest import FIXED_NOW, make_case, with_message
from kit_checks import CHECKS, MIN_SENTENCE_WORDS, sentences_of
from secondchance import services
from secondchance.core.compose import Kit, Message, compose_kit, phrasebook
from secondchance.core.compose.kit import short_topic
from secondchance.core.intake import Case

LETTER = "Dear Dana Whitfield,\n\n{}\n\nKind regards,"


def _kit(now=FIXED_NOW, **changes) -> Kit:
    case = Case.model_validate(make_case(**changes), context={"now": now})
    return services.build_kit(case, now)


def _bad_kits():
    good = _kit()
    ahead = FIXED_NOW - timedelta(minutes=110)
    late = _kit(ahead, attend="late", late_minutes=20)
    far = _kit(interview__format="onsite", candidate__timezone="Europe/London")
    # On the way to a visit in another country's time on the day, but living away (reading 21).
    away = _kit(interview__format="onsite", reason="late_or_lost")
    first_due = good.messages["no_reply_follow_up"].send_when
    return [
        (
            "heads-up thread",
            with_message(
                late,
                "no_reply_follow_up",
                body=LETTER.format(
                    "I am following up on our interview, which could not go ahead because I was"
                    " running late."
                ),
            ),
            ahead,
        ),
        (
            "heads-up thread",
            with_message(
                late, "decline_reply", body=LETTER.format("I am sorry for my late start.")
            ),
            ahead,
        ),
        (
            "heads-up thread",
            with_message(late, "last_follow_up", send_when="Send if there is still no reply."),
            ahead,
        ),
        (
            "heads-up thread",
            with_message(
                good,
                "last_follow_up",
                body=LETTER.format("It is about the interview that I put off."),
            ),
            FIXED_NOW,
        ),
        (
            "last note offer",
            with_message(
                good,
                "last_follow_up",
                body=LETTER.format("If a new time is still possible, I would be glad to hear."),
            ),
            FIXED_NOW,
        ),
        (
            "last note offer",
            with_message(
                far,
                "last_follow_up",
                body=LETTER.format("I am free on most weekdays over the coming weeks."),
            ),
            FIXED_NOW,
        ),
        (
            "last note offer",
            with_message(
                away,
                "last_follow_up",
                body=LETTER.format("I can come in on most weekdays over the coming weeks."),
            ),
            FIXED_NOW,
        ),
        (
            "decline accepts",
            with_message(
                good,
                "decline_reply",
                body=LETTER.format("Thank you for letting me know. I understand. I am sorry."),
            ),
            FIXED_NOW,
        ),
        (
            "follow-up spacing",
            with_message(
                good, "last_follow_up", send_when=first_due.replace("if there", "or later if")
            ),
            FIXED_NOW,
        ),
    ]


@pytest.mark.parametrize(("name", "kit", "now"), _bad_kits(), ids=lambda v: str(v)[:24])
def test_each_round_seventeen_check_fails_on_hand_made_bad_text(name, kit, now):
    assert CHECKS[name](kit, now), f"{name} passed a bad kit"


def test_a_call_planned_after_the_email_is_not_chased_the_day_after():
    # 19:30 in New York, after the start: the call waits for the next morning. A first
    # follow-up dated the day after that call is pushy; the plan's own is two days on at least.
    evening = FIXED_NOW + timedelta(hours=10)
    kit = _kit(evening)
    call = kit.messages["call_script"].send_when
    assert re.search(r"on \w+day", call), call
    assert CHECKS["follow-up spacing"](kit, evening) == []
    day = re.search(r"(\w+day \d+ \w+)", call).group(1)
    early = with_message(
        kit, "no_reply_follow_up", send_when=f"Send on {day} if there is no reply."
    )
    assert CHECKS["follow-up spacing"](early, evening)


# Round 17's readers: the follow-up lines they marked down.
ROUND_SEVENTEEN_STOCK = [
    "I wanted to send one final note regarding the interview I missed.",
    "I thought I'd try one last time regarding the interview I missed.",
    "Forgive me for one last note regarding the interview I missed.",
    "If a new time comes up, I'd be glad to take it.",
    "Should a new time become possible, I would be glad to take it.",
    "If the moment has passed, I understand; thank you for your help with it all.",
    "I remain keen on the Head of Data Platform role.",
    "I wanted to check in after my email about the interview I missed.",
    "I know you're busy, so I'll keep this brief. It follows my email.",
    "I'm as keen as ever on the role. I can clear whichever day you choose.",
    "I remain very interested in the Head of Data Platform role at Acme Analytics.",
    "Thank you for getting back to me, and for your time. That's completely fair.",
    "Having no back-up ready was my own oversight, and I am sorry for what it cost you.",
    "I'm sorry again for my late start, which was my own mistake.",
    "Good luck with the search.",
    "Thanks for passing it on. Please thank Dana for me too.",
    "Thank you for the time you gave my application to Acme Analytics.",
    "If a similar role comes up, I would like to apply again.",
]


# The blind reading's share (test_conversation.MAX_SHARE): a sentence met in more than one kit
# in six reads as the product's, not the writer's.
MAX_SHARE = 1 / 6
SAMPLED = 30


def _sampled(message_id: str, seed: int):
    """Yield one message of each of the sampler's kits, the user's own words blanked out."""
    sys.path.insert(0, str(Path(__file__).parent.parent / "scripts"))
    from sample_kits import sampled_kits

    for _data, _now, kit in sampled_kits(SAMPLED, seed):
        case, message = kit.case, kit.messages.get(message_id)
        if message is None:
            continue
        body = message.body
        people = [case.candidate.name, case.interviewer.name, case.company, case.role]
        people += [case.drawn_to or "", case.recruiter.name if case.recruiter else ""]
        people += [case.interviewer.address_as or ""]
        for value in sorted(filter(None, people), key=len, reverse=True):
            body = body.replace(value, "X")
        yield body


@pytest.mark.parametrize("message_id", ["no_reply_follow_up", "last_follow_up"])
@pytest.mark.parametrize("seed", [16, 30, 101])
def test_no_follow_up_sentence_recurs_across_sampled_kits(message_id, seed):
    counts: dict[str, int] = {}
    for body in _sampled(message_id, seed):
        letter = Message(channel="email", subject="", body=body, words=0)
        for sentence in set(sentences_of(letter)):
            if len(sentence.split()) >= MIN_SENTENCE_WORDS:
                counts[sentence] = counts.get(sentence, 0) + 1
    stock = {s: n for s, n in counts.items() if n > MAX_SHARE * SAMPLED}
    assert stock == {}, stock


def test_a_heads_up_thread_is_sent_only_if_the_interview_did_not_take_place():
    ahead = FIXED_NOW - timedelta(minutes=110)
    kit = _kit(ahead, attend="late", late_minutes=20)
    for key in ("no_reply_follow_up", "last_follow_up"):
        assert "only if the interview did not take place" in kit.messages[key].send_when.lower()
        assert "late start" not in kit.messages[key].body
    # The first follow-up owns the delay; the last note, sent only after it, names the
    # interview plainly (reading 23 read "the interview I was running late for" as clunky,
    # reading 27 "the interview I could not make" as untrue of someone who was only late, and
    # readings 29 and 30 "the interview I ran late for" and "I was late for" as awkward, and
    # reading 31 "I am sorry that I ran late for our interview" as vague on what became of it,
    # and reading 32 "My running late meant we could not hold our interview" as clumsy).
    assert "sorry about being late for our interview" in kit.messages["no_reply_follow_up"].body
    last = kit.messages["last_follow_up"].body
    assert "our interview" in last and "late" not in last
    assert (
        "did not take place"
        not in compose_kit(kit.case, FIXED_NOW).messages["no_reply_follow_up"].send_when
    )


# The whole-kit reading after round 17: the lines its readers quoted from the follow-ups.
WHOLE_KIT_READING_STOCK = [
    "May I ask one last time about the missed interview?",
    "Before I let the matter rest, I wanted to ask once more about the missed interview.",
    "If the process has moved on without me, I understand.",
    "I am grateful to have been considered.",
    "I would welcome the opportunity to interview for the role.",
    "Following my email, I am getting in touch about the interview I missed.",
    "Any weekday in the coming weeks would suit me, at a day's notice.",
    "I would still very much like to play a part in taking the firm through its next raise.",
    "I'd still love to be involved in the new Rotterdam hub.",
    "I hope you don't mind a last note on the missed interview.",
]


@pytest.mark.parametrize(
    ("drawn_to", "topic"),
    [
        ("taking the firm through its next raise", "the next raise"),
        ("the push into online grocery", "the push into online grocery"),
        ("the move to a real-time data platform", "the real-time data platform"),
        ("building the clinical software team", "the clinical software team"),
        ("the gene therapy programme", "the gene therapy programme"),
        ("your climate work", "the climate work"),
        # No safe noun phrase: the last note names the role instead.
        ("helping patients get care faster", None),
        ("leading a team of 40", None),
        ("the chance to lead a global team", None),
        ("during the last call", None),
        ("building the team quickly", None),
        ("AI", None),
        ("", None),
    ],
)
def test_the_last_note_refers_back_to_the_users_reason_in_a_few_of_their_words(drawn_to, topic):
    assert short_topic(drawn_to) == topic


def test_the_last_note_names_the_role_when_the_reason_has_no_short_name():
    kit = _kit(drawn_to="helping patients get care faster", tone="warm")
    last = kit.messages["last_follow_up"].body
    assert "helping patients" not in last and "Acme Analytics" in last, last


# Reading 20: the follow-up lines its readers scored 3 or lower, each caught as stock.
READING_TWENTY_STOCK = [
    "I am writing about our interview on Tuesday, which did not happen after I ran late.",
    "It is about the interview on Tuesday, which in the end did not take place.",
    "I am writing once more about the interview that never took place.",
    "I'm writing again, as I haven't had a reply to my call and email yet.",
    "I have not heard back since my email, so I wanted to follow up.",
    "The Head of Data Platform role at Acme Analytics is still the job I'd most like.",
    "The Head of Data Platform role is the kind of job I have been looking for.",
    "I would like very much to be considered for the Head of Data Platform role.",
    "The Head of Data Platform role is the one I would most like to land.",
    "Is there still room for a new date after the missed interview?",
    "Might a new date be possible after the missed interview?",
    "If we can still find a date after the missed interview, I am free.",
    "It is the next raise, above all, that draws me to the role.",
    "The next raise is a lot of what interests me about the role.",
    "Whatever you decide, thank you for your time; I will leave it there.",
    "I would value the chance to sit down and talk about the role.",
    "My calendar's pretty open over the coming weeks.",
    "I am keen to interview for the role, not least for relaunching the magazine.",
    "Any chance of a new date after the missed interview?",
    "I would like to try once more for a new date after the missed interview.",
]


def test_after_a_heads_up_the_first_follow_up_owns_the_outcome_once_in_plain_words():
    # Reading 20 found "which did not happen after I ran late" tangled and no apology at all;
    # reading 23 "did not go ahead after I ran late" passive, blurring who caused it; reading 29
    # "I was so late that our interview could not go ahead" as awkward after a short delay,
    # and reading 30 "my lateness cost us our interview" as sharing the blame with the reader.
    ahead = FIXED_NOW - timedelta(minutes=110)
    for tone in ("formal", "warm"):
        kit = _kit(ahead, attend="late", late_minutes=20, tone=tone)
        first = kit.messages["no_reply_follow_up"].body
        assert "sorry about being late for our interview" in first, first
        assert "go ahead" in first and "cost us" not in first, first
        assert "did not go ahead after" not in first, first
        assert "sorry" not in kit.messages["last_follow_up"].body.lower()


# Reading 21: the follow-up lines its readers marked down, each caught as stock.
READING_TWENTY_ONE_STOCK = [
    "I'd jump at the chance to interview for the Head of Data Platform role at Acme Analytics.",
    "The real-time data platform is the heart of my interest in Acme Analytics.",
    "The real-time data platform is much of why Acme Analytics appeals to me.",
    "I'd love to discuss the real-time data platform at Acme Analytics.",
    "I am excited by the Head of Data Platform role, and would like to interview for it.",
    "I am keen not to lose the chance to discuss the Head of Data Platform role.",
    "I am eager to interview for the Head of Data Platform role at Acme Analytics.",
    "The Head of Data Platform role is a job I'd love the chance to talk about.",
    "I thought I'd drop you a line after my email about the interview I missed.",
    "I am sorry that our interview did not go ahead after I had to ask for a different time.",
    "I am writing once more about the interview we were not able to hold.",
    "I am sorry that our interview did not go ahead after the trouble on my side.",
    "I can come in most weekdays over the coming weeks.",
]


# Reading 23: the follow-up lines its readers marked down, each caught as stock.
READING_TWENTY_THREE_STOCK = [
    "I am keen to talk more about the long-form magazine at Quill Media.",
    "The Head of Operations role at Harbor Logistics is one I am keen to discuss further.",
    "I was keen to learn more about the Head of Data Platform role, and I still am.",
    "The Engineering Manager position at Kestrel Software is one I'd very much like to discuss.",
    "There's a lot about the Head of Data Platform role at Acme Analytics that I'm keen to learn.",
    "Another chance to interview for the role at Kestrel Software would mean a lot to me.",
    "An interview for the Director of Product role would mean a great deal to me.",
    "I'd be glad to interview for the Chief Financial Officer role at Bluefin Capital.",
    "I would like very much to interview for the Editorial Director role at Quill Media.",
    "I hope very much to interview for the VP of Engineering role at Northwind Health.",
    "I'd very much value another chance to interview for the role.",
    "The new Rotterdam hub at Harbor Logistics is what I was most keen to talk about.",
    "I'm hoping we can rearrange the interview I missed, so I wanted to follow up on my email.",
    "I am hoping we might rearrange the interview, and wanted to follow up on my email.",
    "Following my email about the interview I missed, I wanted to ask about a new date.",
    "Since I missed our interview, I have been hoping we might find another date.",
    "I know I missed the interview with Ms Brooks, but may I ask whether a date is possible?",
    "I know it's been a while since I ran late for the interview with Sarah.",
    "It's been a while, but if the interview I was running late for can still be rearranged.",
    "It's been a while, but if the interview I was unable to make can still be rearranged.",
    "Would a new date in the next two weeks be possible? I can be free whichever day you prefer.",
    "Could we find a time soon? Whichever day suits you, I will make it work.",
    "Might there be room in your calendar for a new interview soon?",
    "I can keep my weekdays flexible over the coming weeks.",
    "My weekdays are largely free over the coming weeks.",
    "Might Alexis be able to see me in the coming weeks?",
    "Should you have moved on, I understand, and I am grateful to you for considering me.",
    "If it is not to be, I understand, and thank you for your time and consideration.",
    "Either way, thank you for your time; I'll leave the decision with you.",
    "If it's a no, I understand, and thanks for your time all the same.",
    "I'm sorry our interview on Tuesday did not go ahead after I ran late.",
    "I can travel back for it on whichever day suits you.",
]


# Reading 24: the follow-up lines its readers marked down, each caught as stock.
READING_TWENTY_FOUR_STOCK = [
    "My interest in the Head of Operations role at Harbor Logistics is unchanged.",
    "My interest in the VP of Engineering role at Northwind Health is just the same.",
    "Kestrel Software's move into payments infrastructure is the part I most look forward to"
    " hearing about.",
    "Quill Media's long-form magazine is what interests me most about the role.",
    "A phone interview on any day this month or next would be fine.",
    "Is a new date for the interview I missed still on the cards?",
    "If a day is offered, I will keep it free.",
    "For a video call, any day that suits you works for me.",
]


# Reading 25: the follow-up lines its readers marked down, each caught as stock.
READING_TWENTY_FIVE_STOCK = [
    "Meeting to discuss the Head of Data Platform role at Acme Analytics matters a great deal to"
    " me.",
    "Northwind Health's clinical software team is exactly the kind of work I am looking for.",
    "I have lost none of my enthusiasm for the VP of Engineering role at Northwind Health.",
    "I'd be thrilled to interview for the Engineering Manager position at Kestrel Software.",
    "Interviewing for the Engineering Manager position at Kestrel Software is something I'd"
    " really like to do.",
    "Whichever day you choose, I will be available.",
]


@pytest.mark.parametrize(
    "line",
    [
        *ROUND_SEVENTEEN_STOCK,
        *WHOLE_KIT_READING_STOCK,
        *READING_TWENTY_STOCK,
        *READING_TWENTY_ONE_STOCK,
        *READING_TWENTY_THREE_STOCK,
        *READING_TWENTY_FOUR_STOCK,
        *READING_TWENTY_FIVE_STOCK,
    ],
)
def test_the_follow_up_lines_readers_marked_down_are_caught(line):
    kit = with_message(_kit(), "last_follow_up", body=LETTER.format(line))
    assert any("stock phrase" in p for p in CHECKS["repeated sentences"](kit, FIXED_NOW)), line


AHEAD = FIXED_NOW - timedelta(minutes=110)


@pytest.mark.parametrize(
    ("changes", "owned"),
    [
        # Reading 25: a cancellation of the user's own making is theirs, not one they "had to" make.
        ({"attend": "no"}, "I called off our interview"),
        ({"attend": "no", "reason": "medical"}, "had to cancel"),
        ({}, "make our interview"),  # no answer given: a later start or another day was offered
        # Reading 31: "I could not make it after all" skipped over a promise to attend.
        ({"attend": "another_way"}, "make it to our interview last Thursday after saying"),
        ({"reason": "medical"}, "make our interview"),
    ],
)
@pytest.mark.parametrize("tone", ["formal", "warm"])
def test_after_a_heads_up_the_users_part_is_said_plainly_and_never_as_a_miss(changes, owned, tone):
    # Reading 21: "after I had to ask for a different time", "after the trouble on my side"
    # and "the interview we were not able to hold" read as evasive.
    kit = _kit(AHEAD, tone=tone, **changes)
    first, last = kit.messages["no_reply_follow_up"].body, kit.messages["last_follow_up"].body
    assert owned in first, first
    for body in (first, last):
        assert not re.search(r"\bmiss(?:ed|ing)?\b|postponed|not able to hold|trouble", body), body
    assert first.lower().count("sorry") == 1, first
    assert "sorry" not in last.lower(), last


WALK_INS = re.compile(r"\bcome in\b|\boffice\b|\bweekdays?\b", re.IGNORECASE)


@pytest.mark.parametrize(
    "reason", ["late_or_lost", "wrong_link_or_address", "overslept", "double_booked"]
)
def test_the_last_note_offers_the_trip_to_a_user_who_lives_in_another_countrys_time(reason):
    # Reading 21: "I can come in most weekdays" to a user in London, for a visit in New York,
    # who had been on the way to it on the day; weeks later, a visit is a journey again.
    for tone in ("formal", "warm"):
        kit = _kit(interview__format="onsite", reason=reason, tone=tone)
        last = kit.messages["last_follow_up"].body
        assert re.search(r"\btravel\b|\btrip\b", last, re.IGNORECASE), last
        assert not re.search(r"travel back|trip again", last), last
        assert not WALK_INS.search(last), last
        assert CHECKS["last note offer"](kit, FIXED_NOW) == []


def test_the_last_note_offers_one_visit_in_town_not_daily_walk_ins():
    in_town = {"candidate__timezone": "America/New_York", "interview__format": "onsite"}
    for tone in ("formal", "warm"):
        last = _kit(tone=tone, **in_town).messages["last_follow_up"].body
        assert not re.search(r"come in (?:on )?most weekdays|\btravel\b|\btrip\b", last), last
        assert re.search(r"suits|any day", last), last


NAMED_DAYS = re.compile(
    r"\b(?P<first>[A-Z][a-z]+day) (?P<d1>\d{1,2})(?: (?P<m1>[A-Z][a-z]+))? (?:or|and)"
    r" (?P<second>[A-Z][a-z]+day) (?P<d2>\d{1,2}) (?P<m2>[A-Z][a-z]+)"
)


RECRUITER_ONLY = {
    "interviewer__email": None,
    "recruiter": {"name": "Priya Raman", "email": "priya@acme-talent.example"},
}


@pytest.mark.parametrize("tone", ["formal", "warm"])
@pytest.mark.parametrize("changes", [{}, {"interview__format": "onsite"}, RECRUITER_ONLY])
def test_the_last_note_offers_two_named_working_days_after_it_is_sent(tone, changes):
    # Readings 29 to 37 read "any day that suits you", after the first follow-up's offer, as
    # adding nothing new: the last note names two days the reader can answer in one word.
    last = _kit(tone=tone, **changes).messages["last_follow_up"]
    offer = NAMED_DAYS.search(last.body)
    assert offer, last.body
    first = _date_of(offer["d1"], offer["m1"] or offer["m2"])
    second = _date_of(offer["d2"], offer["m2"])
    assert first.strftime("%A") == offer["first"] and second.strftime("%A") == offer["second"]
    assert first < second and first.weekday() < 5 and second.weekday() < 5
    # Days after the one the note is meant to go on, with a day to answer, and room for others.
    sent = re.search(r"on \w+ (\d{1,2}) (\w+)", last.send_when)
    assert sent, last.send_when
    assert (first - _date_of(sent[1], sent[2])).days >= 2, (last.send_when, last.body)
    assert re.search(r"any (?:other|later) day|another day", last.body), last.body


@pytest.mark.parametrize("tone", ["formal", "warm"])
def test_every_wording_of_the_named_days_leaves_room_for_another(tone):
    # Not only the ones the cases above draw: two days alone would read as the user's terms.
    for visit, wordings in phrasebook.LAST_DAYS[tone].items():
        for wording in wordings:
            assert "{days}" in wording or "{both_days}" in wording, (visit, wording)
            assert re.search(r"any (?:other|later) day|another day", wording), (visit, wording)


def _date_of(day: str, month: str) -> date:
    return date(FIXED_NOW.year, list(month_name).index(month), int(day))


def test_without_a_plan_the_last_note_names_no_day():
    case = Case.model_validate(make_case(), context={"now": FIXED_NOW})
    last = compose_kit(case, FIXED_NOW).messages["last_follow_up"].body
    assert not NAMED_DAYS.search(last), last
    assert re.search(r"any day|whichever", last), last


@pytest.mark.parametrize("tone", ["formal", "warm"])
def test_with_no_reason_given_the_first_follow_up_names_the_role_plainly(tone):
    # Reading 21 read asserted interest ("I'd jump at the chance") where nothing was known.
    kit = _kit(tone=tone, drawn_to=None)
    first = kit.messages["no_reply_follow_up"].body
    gushing = re.compile(r"jump at|excited|eager|love|heart of", re.IGNORECASE)
    assert "Head of Data Platform" in first and "Acme Analytics" in first, first
    assert not gushing.search(first), first
    # Every plain wording, not only the one this case draws.
    for line in phrasebook.FOLLOW_UP_INTERESTS[tone]["plain"]:
        assert not gushing.search(line), line


# Reading 23: a talk implied that never happened (the interview was missed), and a call
# "seen"; the formal tone has no contractions.
NEVER_TALKED = re.compile(
    r"talk more|discuss(?:ed)? further|learn more|hear more|\bsee me\b|travel back|trip again",
    re.IGNORECASE,
)


@pytest.mark.parametrize("seed", [23, 71717])
def test_the_follow_ups_never_imply_an_earlier_talk(seed):
    sys.path.insert(0, str(Path(__file__).parent.parent / "scripts"))
    from sample_kits import sampled_kits

    for _data, _now, kit in sampled_kits(SAMPLED, seed):
        for key in ("no_reply_follow_up", "last_follow_up"):
            body = kit.messages[key].body if key in kit.messages else ""
            assert not NEVER_TALKED.search(body), body
            if kit.case.tone == "formal":
                assert not re.search(r"\w'(?:m|d|s|ll|ve|re|t)\b", body.replace("'s ", " ")), body


@pytest.mark.parametrize("tone", ["formal", "warm"])
def test_the_reason_is_referred_back_to_with_its_owner(tone):
    # Reading 23 read "online grocery at Lumen Retail" as an odd clip of the user's reason.
    kit = _kit(tone=tone, company="Lumen Retail", drawn_to="the push into online grocery")
    letters = kit.messages["no_reply_follow_up"].body + kit.messages["last_follow_up"].body
    assert "online grocery at Lumen Retail" not in letters, letters
    assert "push into online grocery" in letters, letters


@pytest.mark.parametrize("tone", ["formal", "warm"])
def test_the_ask_names_the_interviews_own_format(tone):
    # Reading 23: "Might Alexis be able to see me" for a phone interview.
    kit = _kit(tone=tone, interview__format="phone")
    first = kit.messages["no_reply_follow_up"].body
    assert "phone interview" in first, first
    assert "see me" not in first and "video" not in first, first


@pytest.mark.parametrize(
    ("home", "hours"),
    [
        # New York's 09:00-15:00 is 14:00-20:00 in London: the window both days share, by the
        # plan's business and waking hours.
        ("Europe/London", "09:00 to 15:00 your time (14:00 to 20:00"),
        # Chicago is an hour behind New York: the interviewer's whole working day is waking.
        ("America/Chicago", "working day"),
        # Sydney wakes as New York's working day ends (08:00 is 16:00 the day before there).
        ("Australia/Sydney", "16:00 to 17:00 your time (08:00 to 09:00"),
        # Tokyo sleeps through New York's working day: no shared window, so any hour is offered.
        ("Asia/Tokyo", "whatever hour suits you"),
    ],
)
def test_across_time_zones_the_first_follow_up_names_hours_on_both_clocks(home, hours):
    # Readings 33 and 34: "a morning or an afternoon would suit me" ignored a seven-hour gap.
    kit = _kit(candidate__timezone=home)
    first = kit.messages["no_reply_follow_up"].body
    city = home.rsplit("/", 1)[-1]
    assert hours in first and f"here in {city}" in first, first
    assert "morning or an afternoon" not in first and "Mornings or afternoons" not in first


def test_on_one_clock_the_first_follow_up_names_no_city():
    kit = _kit(candidate__timezone="America/New_York")
    assert "here in" not in kit.messages["no_reply_follow_up"].body
