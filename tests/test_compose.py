import itertools
import re
from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
from hypothesis import given
from hypothesis import strategies as st

from conftest import FIXED_NOW, make_case
from secondchance.core.compose import (
    MAX_EMAIL_WORDS,
    MAX_SUBJECT_CHARS,
    MAX_VOICEMAIL_WORDS,
    compose_kit,
    describe_day,
    spoken_words,
)
from secondchance.core.compose import phrasebook as pb
from secondchance.core.compose.names import given_name
from secondchance.core.compose.situation import day_since
from secondchance.core.intake import Case
from secondchance.core.reasons import REASON_IDS, REASONS, get_reason
from secondchance.core.review.draft import Draft
from secondchance.core.review.lexicon import BLUNT_REASONS
from secondchance.core.text import count_words

HOSTILE_NAMES = [
    "Zoë Łukasiewicz",
    "Nguyễn Thị Minh",
    "Siobhán O'Connor-Byrne",
    "<script>alert(1)</script>",
    "{candidate} [Name] %s",
    "Ana María de los Ángeles García Fernández de Córdoba Ruiz",
    "W" * 100,
]
APOLOGY = re.compile(r"\b(sorry|apolog(y|ize|ise))\b", re.I)
OWNERSHIP = re.compile(
    r"responsib|on me|my doing|my error|my fault|my mistake|mistake is mine|careless|regret"
    r"|should have|down to me|my own doing|fault (?:is|was) (?:entirely |all )?mine|all mine"
    r"|entirely my own|my own fault|I let you down",
    re.I,
)
RESCHEDULE = re.compile(
    r"reschedul|(?:another|a new) (?:time|date|day|conversation|interview)|any time that suits"
    r"|whenever suits",
    re.I,
)
AGREED = re.compile(r"Tuesday 1 December at 10:00")
ASKS_AGAIN = re.compile(r"another time|any time that suits|whenever suits|find a time", re.I)
PLACEHOLDER = re.compile(r"\[[^\]]*\]|\{[^}]*\}|\bNone\b")
# The follow-up asks again without apologising again: the first email did that (#16).
NEEDS_ALL_THREE = {"voicemail", "apology_email", "call_follow_up_email", "short_message"}
# Interviewers whose names pick different letter shapes for one case.
NAMES = ("Dana Whitfield", "Sarah O'Neill", "Rebecca Stein", "Alexis Moreno", "Kim Ode")


def validate(data) -> Case:
    return Case.model_validate(data, context={"now": FIXED_NOW})


def matrix():
    tones, formats = ("formal", "warm"), ("video", "phone", "onsite")
    offers = ({}, {"reference": True, "portfolio": True, "case_study_url": "https://x.example/cs"})
    agreed = {"start": "2026-12-01T10:00", "timezone": "America/New_York"}
    for reason, tone, fmt, called, offer, new_time in itertools.product(
        REASONS, tones, formats, (False, True), offers, (None, agreed)
    ):
        yield make_case(
            reason=reason.id,
            tone=tone,
            interview__format=fmt,
            contact="interviewer" if called else "none",
            offers=offer,
            candidate__portfolio_url="https://zoe.example/work",
            recruiter={"name": "Priya Raman", "email": "priya@talent.example"},
            rescheduled_to=new_time,
        )
    for name in HOSTILE_NAMES:
        yield make_case(
            candidate__name=name,
            interviewer__name=name,
            company=name[:150],
            role=name[:150],
            offers=offers[1],
        )


MATRIX = list(matrix())


def other_reason_markers(reason_id):
    return [m for r in REASONS if r.id != reason_id for m in r.markers]


@pytest.mark.parametrize("data", MATRIX)
def test_every_message_meets_the_method(data):
    case = validate(data)
    kit = compose_kit(case, FIXED_NOW)
    reason = get_reason(case.reason)
    for message_id, message in kit.messages.items():
        text = message.full_text
        where = f"{message_id} for {case.reason}/{case.tone}"
        assert message.words == count_words(message.body), where
        assert (
            PLACEHOLDER.search(
                message.body.replace(case.candidate.name, "")
                .replace(case.interviewer.name, "")
                .replace(case.company, "")
                .replace(case.role, "")
                .replace(given_name(case.interviewer.name), "")  # the name they are greeted by
            )
            is None
        ), where
        # Everyone is greeted by the name they are called by; a call may go to the recruiter.
        assert given_name(case.interviewer.name) in text or message_id == "call_script", where
        for marker in other_reason_markers(case.reason):
            assert marker not in text.lower(), f"{where} names another reason: {marker}"
        for word in reason.avoid:
            assert word not in text.lower(), f"{where} uses {word!r}"
        if message_id in NEEDS_ALL_THREE:
            assert APOLOGY.search(text), where
            # A medical issue or an emergency is regretted, not owned as a fault.
            assert OWNERSHIP.search(text) or reason.excusable, where
            if case.rescheduled_to:  # once a time is agreed, never ask again
                assert not ASKS_AGAIN.search(text), where
                # The first email confirms the agreed time (round 4 of #16), and the later
                # emails leave it to the confirmation.
                named = message.channel != "email" or message_id == "apology_email"
                assert named == bool(AGREED.search(text)), where
            else:
                assert RESCHEDULE.search(text), where
        if message.channel == "email":
            assert message.words <= MAX_EMAIL_WORDS, where
            assert 0 < len(message.subject) <= MAX_SUBJECT_CHARS, where
            assert message.signature.startswith(case.candidate.name), where
    email = kit.messages["apology_email"]
    assert case.company in email.body and case.role in email.body
    # 30 seconds at 150 words a minute, with the phone number counted as it is spoken.
    if "voicemail" in kit.messages:  # none is scripted once the call has been made
        assert spoken_words(kit.messages["voicemail"].body) <= MAX_VOICEMAIL_WORDS
    assert ("reschedule_confirmation" in kit.messages) == (case.rescheduled_to is not None)
    assert ("no_reply_follow_up" in kit.messages) == (case.rescheduled_to is None)


def test_subject_carries_the_name_within_the_cap():
    case = validate(make_case(candidate__name="Ana María de los Ángeles García Fernández"))
    subject = compose_kit(case, FIXED_NOW).messages["apology_email"].subject
    assert len(subject) <= MAX_SUBJECT_CHARS
    assert "García" in subject


@pytest.mark.parametrize("interview_format", ["video", "phone", "onsite"])
@pytest.mark.parametrize("reason", [r for r in REASONS if r.prevention])
def test_avoidable_reasons_promise_a_matching_prevention(reason, interview_format):
    # Some letters make no promise; those that do make the one that fits the cause, and where
    # no promise reads plain and specific (reading 17 of #16), none at all.
    expected = pb.PROMISES.get(f"{reason.id}/{interview_format}", pb.PROMISES[reason.id])
    others = [
        promise
        for key, promise in pb.PROMISES.items()
        if promise and key.split("/")[0] != reason.id
    ]
    made = 0
    for name in NAMES:
        data = make_case(reason=reason.id, interview__format=interview_format)
        data["interviewer"]["name"] = name
        case = validate(data)
        body = compose_kit(case, FIXED_NOW).messages["apology_email"].body
        made += bool(expected) and expected in body
        assert not [other for other in others if other in body], body
        assert "{" not in body
    assert bool(made) == bool(expected)


@pytest.mark.parametrize(
    ("reason_id", "interview_format", "unfitting"),
    [
        ("technology_failure", "onsite", ("the call", "every call", "backup ready", "set-up")),
        ("late_or_lost", "video", ("journey",)),
        ("late_or_lost", "phone", ("journey",)),
        ("wrong_link_or_address", "onsite", ("link", "call details")),
        ("wrong_link_or_address", "video", ("address", "details for")),
    ],
)
def test_a_reasons_words_fit_the_interviews_format(reason_id, interview_format, unfitting):
    case = validate(make_case(reason=reason_id, interview__format=interview_format))
    kit = compose_kit(case, FIXED_NOW)
    for message_id in ("apology_email", "voicemail", "short_message"):
        body = kit.messages[message_id].body.lower()
        assert not [word for word in unfitting if word in body], (message_id, body)


@pytest.mark.parametrize("reason_id", REASON_IDS)
def test_no_framing_claims_a_choice_or_a_notice_the_user_never_described(reason_id):
    kit = compose_kit(validate(make_case(reason=reason_id)), FIXED_NOW)
    text = " ".join(message.body for message in kit.messages.values()).lower()
    for claim in ("chose", "could not tell you sooner", "more important"):
        assert claim not in text


@pytest.mark.parametrize("reason_id", ["medical", "emergency"])
def test_forgivable_emergencies_get_no_prevention_promise(reason_id):
    body = (
        compose_kit(validate(make_case(reason=reason_id)), FIXED_NOW).messages["apology_email"].body
    )
    assert "from now on" not in body and "will not happen again" not in body


def _apologies(**changes):
    return [
        compose_kit(validate(make_case(interviewer__name=name, **changes)), FIXED_NOW)
        .messages["apology_email"]
        .body
        for name in NAMES
    ]


def test_timezone_mixup_names_zones_only_across_two_zones():
    assert all("time zone" in body for body in _apologies())
    # Both on New York time: no zone is named in the cause (#16).
    one_clock = _apologies(candidate__timezone="America/New_York")
    assert not [body for body in one_clock if "time zone" in body], one_clock
    assert all("wrong start time" in body for body in one_clock)


def test_weak_reasons_are_never_stated_bluntly():
    # The same phrase families the reviewer's BLUNT_REASON note reads: one source of truth.
    for reason_id in BLUNT_REASONS:
        kit = compose_kit(validate(make_case(reason=reason_id)), FIXED_NOW)
        for message in kit.messages.values():
            assert not Draft.parse(message.full_text).has(BLUNT_REASONS[reason_id]), reason_id


def test_prefer_not_to_say_names_no_reason():
    kit = compose_kit(validate(make_case(reason="prefer_not_to_say")), FIXED_NOW)
    every_marker = [m for r in REASONS for m in r.markers]
    for message in kit.messages.values():
        assert not any(m in message.full_text.lower() for m in every_marker)


def test_private_note_never_reaches_a_message():
    secret = "Do not mention the other offer from Globex"
    kit = compose_kit(validate(make_case(note=secret)), FIXED_NOW)
    assert all(secret not in m.full_text for m in kit.messages.values())


@pytest.mark.parametrize("reason_id", ["medical", "emergency"])
def test_an_excusable_cause_owns_the_lost_time_not_the_cause(reason_id):
    kit = compose_kit(validate(make_case(reason=reason_id)), FIXED_NOW)
    for message_id in ("call_script", "voicemail", "short_message"):
        text = kit.messages[message_id].body
        assert "my fault" not in text and "on me" not in text and "down to me" not in text
        assert "how I work" not in text
    email = kit.messages["apology_email"].body
    # The silence is regretted, not the cause: no responsibility taken for being ill.
    assert "I wish I" in email and "beforehand" in email and "responsib" not in email
    assert "from now on" not in email  # no promise for being ill
    assert email.lower().count("sorry") + email.lower().count("apolog") == 1


def test_recruiter_is_copied_and_named_in_the_call_script():
    data = make_case(
        interviewer__phone=None,
        recruiter={
            "name": "Priya Raman",
            "email": "priya@talent.example",
            "phone": "+1 646 555 0199",
        },
    )
    kit = compose_kit(validate(data), FIXED_NOW)
    assert kit.messages["apology_email"].cc == ("Priya Raman <priya@talent.example>",)
    assert kit.messages["apology_email"].to == ("Dana Whitfield <dana@acme.example>",)
    script = kit.messages["call_script"].body
    assert "Call Priya Raman (recruiter)" in script and "+1 646-555-0199" in script
    # The call goes to the recruiter, so the script greets them and asks them to pass it on.
    assert (
        '"Hello Priya, this is Zoë Łukasiewicz. I was due to interview with Dana Whitfield'
        in script
    )
    assert re.search(r"Could you ask Dana whether|if Dana could find another time", script)
    assert kit.messages["voicemail"].body.startswith("Hello Priya, it's Zoë Łukasiewicz.")


RECRUITER_PRIYA = {"name": "Priya Raman", "email": "priya@talent.example"}


@pytest.mark.parametrize(
    ("contact", "opening", "subject"),
    [
        ("none", APOLOGY, "Apologies for missing our interview"),
        (
            "interviewer",
            re.compile(
                "^(?:Thank(?:s| you) for (?:taking my call|hearing me out"
                "|talking with me on the phone)|I am glad we were able to speak)"
            ),
            "Following our call",
        ),
        (
            "voicemail",
            re.compile("(?i)voicemail"),  # the voicemail is named, and the subject says why
            "Apologies for missing our interview",
        ),
        (
            "recruiter",
            re.compile("^I have already spoken with Priya Raman|I have told Priya Raman already"),
            "Apologies for missing our interview",
        ),
    ],
)
def test_the_apology_speaks_truthfully_of_the_contact_so_far(contact, opening, subject):
    case = validate(make_case(contact=contact, recruiter=RECRUITER_PRIYA))
    kit = compose_kit(case, FIXED_NOW)
    email = kit.messages["apology_email"]
    assert opening.search(email.body.split("\n\n")[1])
    assert email.subject.startswith(subject)
    # Once a call is made, the kit scripts no call, and shows one first email, not two.
    assert ("call_script" in kit.messages) == (contact == "none")
    assert ("call_follow_up_email" in kit.messages) == (contact == "none")


def test_an_older_files_called_first_reads_as_a_call_with_the_interviewer():
    case = validate(make_case(called_first=True))
    assert case.contact == "interviewer"
    assert "called_first" not in case.model_dump()
    assert validate(make_case(called_first=False)).contact == "none"


def test_with_only_the_recruiter_to_write_to_the_email_greets_them_and_names_the_interviewer():
    data = make_case(recruiter=RECRUITER_PRIYA, offers={"reference": True})
    del data["interviewer"]["email"]
    kit = compose_kit(validate(data), FIXED_NOW)
    email = kit.messages["apology_email"]
    assert email.to == ("Priya Raman <priya@talent.example>",) and email.cc == ()
    assert email.body.startswith("Dear Priya Raman,")  # formal: the full name, no title known
    # The call just tried names the interviewer, so the interview itself need not again (#16,
    # round 13: three names in one short letter).
    assert "I also tried to reach Dana Whitfield by phone just before sending this." in email.body
    assert "my interview today" in email.body and email.body.count("Dana") == 2
    assert "our interview" not in email.body and "suits you" not in email.body


def test_a_day_later_the_email_owns_the_delay_too():
    case = validate(make_case())
    later = compose_kit(case, FIXED_NOW.replace(day=27)).messages["apology_email"].body
    same_day = compose_kit(case, FIXED_NOW).messages["apology_email"].body
    fault = ("write sooner", "writing sooner", "until now to write", "in touch sooner")
    assert any(words in later for words in fault), later
    assert not any(words in same_day for words in fault), same_day
    medical = validate(make_case(reason="medical"))
    body = compose_kit(medical, FIXED_NOW.replace(day=27)).messages["apology_email"].body
    # An illness owes no excuse for the delay, but the delay is still acknowledged.
    assert "should" not in body
    assert "could not write sooner" in body or "able to write sooner" in body


def test_warm_tone_reads_differently_from_formal():
    formal = compose_kit(validate(make_case()), FIXED_NOW).messages["apology_email"].body
    warm = compose_kit(validate(make_case(tone="warm")), FIXED_NOW).messages["apology_email"].body
    assert formal.startswith("Dear ") and warm.startswith("Hello ")
    assert formal != warm


def test_reschedule_confirmation_shows_both_zones():
    data = make_case(rescheduled_to={"start": "2026-12-01T10:00", "timezone": "America/New_York"})
    body = compose_kit(validate(data), FIXED_NOW).messages["reschedule_confirmation"].body
    # The reader's own clock carries no zone name; the candidate's time follows, across zones.
    assert "Tuesday 1 December at 10:00 your time (15:00 mine)" in body
    data["interview"]["format"] = "onsite"  # on site, only the reader's clock matters
    body = compose_kit(validate(data), FIXED_NOW).messages["reschedule_confirmation"].body
    assert "Tuesday 1 December at 10:00" in body and "mine" not in body and "your" not in body


# Hand-checked day names: the interviewer's calendar names the day; a letter says "today" or
# "yesterday" only when the writer's calendar (here Tokyo's) agrees, else it names the date;
# the reader's own day is "today" all the same (round 10 of #16 read its full date as stiff).
@pytest.mark.parametrize(
    ("start", "zone", "now", "expected", "written"),
    [
        # 18:00 in New York on the 25th, while Tokyo is already at 08:00 on the 26th.
        (
            "2026-11-25T09:00",
            "America/New_York",
            datetime(2026, 11, 25, 23, 0, tzinfo=UTC),
            "today",
            "earlier today",
        ),
        # 23:59 in New York, still the 25th; one minute later it is the next day.
        (
            "2026-11-25T09:00",
            "America/New_York",
            datetime(2026, 11, 26, 4, 59, tzinfo=UTC),
            "today",
            "earlier today",
        ),
        (
            "2026-11-25T09:00",
            "America/New_York",
            datetime(2026, 11, 26, 5, 0, tzinfo=UTC),
            "yesterday",
            "yesterday",
        ),
        (
            "2026-11-23T09:00",
            "America/New_York",
            datetime(2026, 11, 26, 15, 0, tzinfo=UTC),
            "on Monday 23 November",
            "on Monday 23 November",
        ),
    ],
)
def test_day_is_named_as_the_interviewer_sees_it(start, zone, now, expected, written):
    data = make_case(
        interview__start=start,
        interview__timezone=zone,
        candidate__timezone="Asia/Tokyo",
        interviewer__timezone=zone,
    )
    case = Case.model_validate(data, context={"now": now})
    missed = case.interview.instant.astimezone(case.interviewer_zone)
    assert describe_day(missed, now) == expected
    assert written in compose_kit(case, now).messages["apology_email"].body


def test_slots_are_offered_in_the_interviewer_zone():
    case = validate(make_case())
    slots = (datetime(2026, 11, 30, 15, 0, tzinfo=UTC), datetime(2026, 12, 1, 16, 30, tzinfo=UTC))
    body = compose_kit(case, FIXED_NOW, slots).messages["apology_email"].body
    assert "Mon 30 Nov 10:00 or Tue 1 Dec 11:30 your time" in body and "EST" not in body


def test_a_phone_number_is_counted_as_it_is_spoken():
    assert spoken_words("Call me on +44 20 7946 0958.") == 3 + 1 + 12
    assert spoken_words("Tuesday at 10:00 on 1 December") == 6  # no number read out


def test_the_voicemail_stays_under_thirty_seconds_with_a_long_number_and_long_names():
    case = validate(
        make_case(
            candidate__name="Maria Antonia de los Ángeles García-Fernández",
            candidate__phone="+1 212-555-0147",
            interviewer__name="Bartholomew Alexander Featherstonehaugh",
            role="Senior Vice President of Global Platform Engineering",
            reason="wrong_link_or_address",
        )
    )
    voicemail = compose_kit(case, FIXED_NOW).messages["voicemail"].body
    assert spoken_words(voicemail) <= MAX_VOICEMAIL_WORDS
    assert "Maria Antonia" in voicemail and "Thank you." in voicemail


@pytest.mark.parametrize(
    ("role", "phrase"),
    [
        ("Head of Finance position", "the Head of Finance position at"),
        ("Data Engineer role", "the Data Engineer role at"),
        ("Head of Data Platform", "the Head of Data Platform role at"),
    ],
)
def test_a_job_title_is_never_followed_by_a_second_job_noun(role, phrase):
    kit = compose_kit(validate(make_case(role=role)), FIXED_NOW)
    assert phrase in kit.messages["apology_email"].body
    assert "position role" not in " ".join(m.body for m in kit.messages.values())


def test_offers_are_whole_sentences_and_the_name_stands_on_its_own_line():
    case = validate(
        make_case(
            candidate__portfolio_url="https://zoe.example/work",
            offers={
                "portfolio": True,
                "case_study_url": "https://zoe.example/cs",
                "reference": True,
            },
        )
    )
    kit = compose_kit(case, FIXED_NOW)
    # One offer goes in the apology email, in one plain sentence with no reason made up for it
    # (rounds 6 and 8 of #16): the most specific, as round 12 read two or three as padding. No
    # later message repeats it; the reply to a refusal pushes nothing.
    email = " ".join(kit.messages["apology_email"].body.split())
    assert "a case study that bears on the role (https://zoe.example/cs)." in email
    assert "portfolio" not in email and "references" not in email
    offer = next(part for part in email.split(". ") if "case study" in part)
    assert "also" not in offer  # no "also" with no other offer before it
    for key in ("no_reply_follow_up", "last_follow_up", "decline_reply"):
        assert "references" not in kit.messages[key].body, key
    short = kit.messages["short_message"].body
    assert short.endswith("\n\n" + case.candidate.name)
    assert short.rsplit("\n\n", 1)[0].rstrip().endswith(".")


@pytest.mark.parametrize("tone", ["formal", "warm"])
def test_names_that_look_like_template_slots_are_written_as_typed(tone):
    data = make_case(
        tone=tone,
        interviewer__name="{candidate} {day}",
        interviewer__phone=None,
        recruiter={"name": "{name} {role}", "phone": "+1 646 555 0199", "email": "p@t.example"},
    )
    kit = compose_kit(validate(data), FIXED_NOW)
    script, voicemail = kit.messages["call_script"].body, kit.messages["voicemail"].body
    assert "{name} {role}" in script and '"Hello {name}, this is' in script
    assert voicemail.startswith("Hello {name}, it's")
    assert "{candidate} {day}" in script


def test_the_two_no_reply_follow_ups_differ_and_the_plan_uses_each_once():
    from secondchance.core.plan import build_plan

    case = validate(make_case())
    kit = compose_kit(case, FIXED_NOW)
    first, last = kit.messages["no_reply_follow_up"], kit.messages["last_follow_up"]
    last_words = (
        r"last note|last message|leave it here|only this once more|close with this"
        r"|the last (?:you'll|I'll)|final note|last time"
        # Round 17's openers let go in their own words, without an ultimatum.
        r"|let (?:the matter|this|it) (?:rest|go)|leave the decision"
        # The whole-kit reading after round 17 read a note that announces it is the last as
        # stock: it lets go by leaving it there, or by accepting a no in a clause.
        r"|leave it there|\b(?:If|Should) [^.?!]*, I understand\b"
        # Readings 29 to 34 read that clause as stock too: it asks to hear if it is a no.
        r"|\b(?:If|Whatever|Either way)\b[^.?!]*\b(?:word|note|reply|know|knowing|hear)\b"
    )
    assert first.body != last.body and re.search(last_words, last.body)
    # Every way of letting go reads so, not only the one this case draws.
    doors = [w for readers in pb.LAST_DOORS.values() for ws in readers.values() for w in ws]
    assert all(re.search(last_words, door) for door in doors), doors
    used = [a.message_id for a in build_plan(case, FIXED_NOW).actions]
    assert used.count("no_reply_follow_up") == 1 and used.count("last_follow_up") == 1


@pytest.mark.parametrize(
    ("tone", "greeting"), [("warm", '"Hello Dana,'), ("formal", '"Hello Dana,')]
)
def test_the_call_script_is_spoken_with_a_check_a_pause_and_a_short_version(tone, greeting):
    script = compose_kit(validate(make_case(tone=tone)), FIXED_NOW).messages["call_script"].body
    assert greeting in script
    assert "Is now a good moment" in script
    assert "3. Pause, and let them answer" in script
    assert "If it is a bad moment" in script
    assert script.index("Pause") < script.index("4. Ask for another chance")


def test_before_the_start_the_kit_is_a_heads_up_not_an_apology_for_a_miss():
    ahead = FIXED_NOW - timedelta(minutes=110)  # 40 minutes before 09:30 in New York
    data = make_case(reason="wrong_link_or_address")
    kit = compose_kit(Case.model_validate(data, context={"now": ahead}), ahead)
    email = kit.messages["apology_email"]
    assert email.message_type == "cancellation" and email.subject.startswith("About our")
    # No cancellation the user did not state: the user joins once they have the right link
    # (round 12 of #16), or the reader moves it.
    assert "I will join as soon as I have it" in email.body
    assert "or we could move the interview to another day" in email.body
    for message_id in ("apology_email", "voicemail", "short_message", "call_script"):
        text = kit.messages[message_id].body
        assert "missed" not in text and "missing" not in text, message_id
        assert "sooner" not in text, message_id  # no claim about notice the user never made
    assert "about our interview today at 09:30" in kit.messages["call_script"].body
    assert "or we could move the interview. Which would you prefer?" in (
        kit.messages["call_script"].body
    )
    # The voicemail names the wrong link before it asks for the right one (round 12, kit 6).
    voicemail = kit.messages["voicemail"].body
    assert voicemail.index("the wrong link") < voicemail.index("the right one"), voicemail
    assert kit.messages["decline_reply"].message_type == "decline_reply"
    after = compose_kit(Case.model_validate(make_case(), context={"now": FIXED_NOW}), FIXED_NOW)
    assert after.messages["apology_email"].message_type == "apology"


def _ahead_email(**changes):
    ahead = FIXED_NOW - timedelta(minutes=110)
    case = Case.model_validate(make_case(**changes), context={"now": ahead})
    return compose_kit(case, ahead).messages["apology_email"]


def test_a_heads_up_from_someone_who_cannot_come_says_so_and_asks_to_move():
    # Round 7 of #16: a request to move with no word on whether the user could still come.
    email = _ahead_email(attend="no")
    assert email.subject.startswith("Request to move our interview")
    assert "I cannot make our interview today at 09:30" in email.body or (
        "I will not be able to make our interview today at 09:30" in email.body
    )
    assert "still join" not in email.body and "later than" not in email.body
    assert "another day" in email.body


def test_a_heads_up_running_late_says_how_late_and_offers_another_time():
    email = _ahead_email(reason="overslept", tone="warm", attend="late", late_minutes=20)
    assert "running about 20 minutes late for our interview today at 09:30" in email.body
    # The arrival time, on the reader's clock, rather than "then" (round 10 of #16).
    assert "I expect to join at about 09:50 your time." in email.body
    assert "we can start then; otherwise I'd be grateful for another time." in email.body


def test_a_user_lost_on_the_way_to_a_visit_is_in_town_and_asks_no_notice_to_travel():
    # Round 10 of #16: "a few days' notice to travel" from someone who was on the way there.
    def words(reason):
        data = make_case(
            reason=reason,
            contact="interviewer",
            interview__format="onsite",
            candidate__timezone="Europe/London",
        )
        kit = compose_kit(Case.model_validate(data, context={"now": FIXED_NOW}), FIXED_NOW)
        return " ".join(message.body for message in kit.messages.values())

    assert "to travel" in words("overslept")  # at home abroad: another date is a journey
    assert "to travel" not in words("late_or_lost")
    assert "to travel" not in words("wrong_link_or_address")


def test_a_note_to_the_recruiter_owns_the_miss_not_her_time():
    data = make_case(
        interviewer__email=None,
        recruiter={"name": "Priya Raman", "email": "priya@talentbridge.example"},
        contact="recruiter",
        reason="forgot",
        tone="warm",
    )
    kit = compose_kit(Case.model_validate(data, context={"now": FIXED_NOW}), FIXED_NOW)
    note = kit.messages["apology_email"].body
    # Round 12 of #16 read "I know I wasted your time" as stock: the note owns the miss only.
    assert "my own fault" in note and "your time" not in note


def test_a_delay_foreseen_hours_ahead_is_not_yet_running_late():
    # Round 8 of #16: "running late" two hours before the start read as nonsense.
    hours_ahead = FIXED_NOW - timedelta(hours=4)
    data = make_case(reason="medical", attend="late", late_minutes=30)
    kit = compose_kit(Case.model_validate(data, context={"now": hours_ahead}), hours_ahead)
    email = kit.messages["apology_email"].body
    assert "going to be about 30 minutes late for our interview today at 09:30" in email
    assert "running" not in email
    assert kit.messages["apology_email"].subject.startswith("I will be late for our interview")


def test_a_heads_up_with_no_answer_offers_both_in_one_sentence():
    email = _ahead_email()
    both = [s for s in email.body.split(". ") if "later than 09:30" in s and "another day" in s]
    assert len(both) == 1, email.body


def test_a_heads_up_on_site_offers_to_come_in_not_to_join():
    email = _ahead_email(interview__format="onsite", attend="another_way", tone="warm")
    assert "be there in person. I can still join by phone or video" in email.body
    on_site = _ahead_email(interview__format="onsite", reason="wrong_link_or_address")
    assert "come in as soon as I have it" in on_site.body and "join" not in on_site.body


def test_an_evening_heads_up_for_a_morning_interview_says_tomorrow():
    missed = datetime(2026, 11, 27, 9, 0, tzinfo=ZoneInfo("America/New_York"))
    assert describe_day(missed, datetime(2026, 11, 27, 1, 0, tzinfo=UTC)) == "tomorrow"


def test_a_call_planned_for_the_next_morning_names_the_day_as_it_will_be_then():
    from secondchance import services

    late_evening = datetime(2026, 12, 2, 4, 0, tzinfo=UTC)  # 23:00 in New York on the 1st
    case = Case.model_validate(
        make_case(interview__start="2026-12-01T17:00"), context={"now": late_evening}
    )
    kit = services.build_kit(case, late_evening)
    # The email goes now; the call follows the next morning and knows the email came first.
    # An email the reader got at 23:00 came "last night" when the call is made the next
    # morning, whatever the writer's calendar says (round 12 of #16 read "earlier" as wrong);
    # the letter says "today", as it is on the reader's calendar (round 10).
    assert "I wrote to you last night, and I wanted to call" in kit.messages["call_script"].body
    assert "I sent you an email last night" in kit.messages["voicemail"].body
    assert "our interview earlier today" in kit.messages["apology_email"].body
    same_zone = Case.model_validate(
        make_case(interview__start="2026-12-01T17:00", candidate__timezone="America/New_York"),
        context={"now": late_evening},
    )
    kit = services.build_kit(same_zone, late_evening)
    assert "I wrote to you last night, and I wanted to call" in kit.messages["call_script"].body
    assert "our interview earlier today" in kit.messages["apology_email"].body
    assert "call_follow_up_email" not in kit.messages


@pytest.mark.parametrize(
    ("minutes_after", "phrase"),
    [(-40, "today at 09:30"), (70, "interview today"), (300, "interview earlier today")],
)
def test_the_same_days_interview_is_named_for_the_hour_of_writing(minutes_after, phrase):
    start = datetime(2026, 11, 26, 14, 30, tzinfo=UTC)  # 09:30 in New York
    now = start + timedelta(minutes=minutes_after)
    case = Case.model_validate(make_case(), context={"now": now})
    assert phrase in compose_kit(case, now).messages["apology_email"].body


# --- Greetings as people greet (#16) --------------------------------------------------------


def _greetings(**changes):
    kit = compose_kit(validate(make_case(**changes)), FIXED_NOW)
    return {key: m.body.split("\n", 1)[0] for key, m in kit.messages.items()}, kit


@pytest.mark.parametrize(
    ("changes", "written", "spoken"),
    [
        # Aloud and warmly the given name; formally in writing the full name, with no title
        # known (round 10 of #16 read "Dear Yui" as too familiar).
        ({}, "Dear Dana Whitfield,", "Hello Dana,"),
        ({"tone": "warm"}, "Hello Dana,", "Hello Dana,"),
        ({"interviewer__address_as": "Dr Whitfield"}, "Dear Dr Whitfield,", "Hello Dr Whitfield,"),
        # A title written warmly still takes "Dear": "Hello Ms Brooks" mixes two registers.
        (
            {"interviewer__address_as": "Dr Whitfield", "tone": "warm"},
            "Dear Dr Whitfield,",
            "Hello Dr Whitfield,",
        ),
        ({"interviewer__name": "Nguyễn Thị Minh", "tone": "warm"}, "Hello Minh,", "Hello Minh,"),
        ({"interviewer__name": "Phạm Văn An", "tone": "warm"}, "Hello An,", "Hello An,"),
        # A Chinese family name before a pinyin given name: the given name (round 4 of #16).
        (
            {"interviewer__name": "Wang Xiaoming", "tone": "warm"},
            "Hello Xiaoming,",
            "Hello Xiaoming,",
        ),
        # A Japanese or Hungarian family name typed first: the name is in its own order.
        ({"interviewer__name": "Tanaka Yui"}, "Dear Tanaka Yui,", "Hello Yui,"),
        ({"interviewer__name": "Nagy Péter"}, "Dear Nagy Péter,", "Hello Péter,"),
        ({"interviewer__name": "Kim Min-jun", "tone": "warm"}, "Hello Min-jun,", "Hello Min-jun,"),
        # Family name first or last cannot be told apart: no name, never a full one.
        ({"interviewer__name": "Wang Wei", "tone": "warm"}, "Hello,", "Hello,"),
        ({"interviewer__name": "Kim Smith", "tone": "warm"}, "Hello,", "Hello,"),
        ({"interviewer__name": "Whitfield, Dana", "tone": "warm"}, "Hello Dana,", "Hello Dana,"),
    ],
)
def test_people_are_greeted_as_people_greet(changes, written, spoken):
    firsts, kit = _greetings(**changes)
    assert firsts["apology_email"] == written
    assert firsts["decline_reply"] == written
    assert firsts["voicemail"].startswith(spoken)
    assert f'"{spoken}' in kit.messages["call_script"].body


def test_the_address_given_is_used_in_every_greeting():
    firsts, _ = _greetings(interviewer__address_as="Ms Tanaka", interviewer__name="Tanaka Yui")
    assert all(
        "Ms Tanaka" in first for first in firsts.values() if first.startswith(("Dear", "Hel"))
    )
    assert all("Tanaka Yui," not in first for first in firsts.values())


def test_the_voicemail_keeps_the_number_and_both_names_with_the_longest_names():
    case = validate(
        make_case(
            candidate__name="Maria Antonia de los Ángeles García-Fernández Ruiz de Córdoba",
            candidate__phone="+1 212-555-0147",
            interviewer__name="Bartholomew Alexander Featherstonehaugh",
            role="Senior Vice President of Global Platform Engineering and Developer Experience",
            reason="wrong_link_or_address",
        )
    )
    voicemail = compose_kit(case, FIXED_NOW).messages["voicemail"].body
    assert spoken_words(voicemail) <= MAX_VOICEMAIL_WORDS
    assert "+1 212 555 0147" in voicemail  # said in its digit groups
    assert voicemail.count(case.candidate.name) == 2
    assert voicemail.endswith(f"Again, it's {case.candidate.name}. Thank you.")


def test_later_emails_reply_under_the_first_emails_subject():
    kit = compose_kit(validate(make_case(contact="voicemail")), FIXED_NOW)
    first = kit.messages["apology_email"].subject
    assert first.startswith("Apologies for missing our interview")  # what it is about
    for key in ("no_reply_follow_up", "last_follow_up", "decline_reply"):
        assert kit.messages[key].subject == "Re: " + first


def test_each_message_says_when_it_is_meant_to_be_used():
    kit = compose_kit(validate(make_case()), FIXED_NOW)
    when = {key: m.send_when for key, m in kit.messages.items()}
    assert when["call_script"] == "Call now, before anything else."
    assert when["apology_email"] == "Send now if the call did not reach Dana."
    assert when["call_follow_up_email"] == (
        "Send straight after the call, if you spoke to Dana and no new time was fixed. A time"
        " fixed on the call: add it to the case for the confirmation instead."
    )
    assert when["decline_reply"] == "Send only if they decline to meet again."


def test_with_the_plan_the_follow_ups_say_the_plans_own_dates():
    from secondchance import services

    case = validate(make_case(interviewer__country="US"))
    kit = services.build_kit(case, FIXED_NOW)
    plan = {a.id: a for a in services.build_plan(case, FIXED_NOW).actions}
    due = plan["follow_up"].due_interviewer
    expected = f"Send on {due:%A} {due.day} {due:%B} at {due:%H:%M %Z} if there has been no reply"
    assert kit.messages["no_reply_follow_up"].send_when.startswith(expected)
    assert "still no reply" in kit.messages["last_follow_up"].send_when


@given(st.text(min_size=1, max_size=60).filter(str.strip))
def test_a_greeting_name_is_always_part_of_the_name(name):
    greeted = given_name(name)
    assert greeted and greeted in name


@pytest.mark.parametrize(
    ("name", "greeted"),
    [
        ("山田 花子", "山田 花子"),  # kanji: family name first, so the whole name
        ("やまだ はなこ", "やまだ はなこ"),  # kana
        ("김 민준", "김 민준"),  # hangul
        ("Dana 山田", "Dana 山田"),  # one such word anywhere is enough
        ("Ｄａｎａ Whitfield", "Ｄａｎａ"),  # full-width Latin is not one of those scripts
    ],
)
def test_a_name_in_a_family_first_script_is_greeted_whole(name, greeted):
    assert given_name(name) == greeted


@pytest.mark.parametrize(
    ("role", "offered"),
    [
        ("Senior Product Designer", True),
        ("Software Engineer", True),
        ("Copywriter", True),
        ("VP of Engineering", False),
        ("Editorial Director", False),
        ("Chief Financial Officer", False),
        ("Head of Data Platform", False),
        ("Engineering Manager", False),
    ],
)
def test_a_portfolio_is_offered_only_for_a_makers_role(role, offered):
    # Round 12 of #16 read a portfolio offered for a VP or Director role as tacked on, and
    # reading 17 references too: a maker is offered one thing, the portfolio, others nothing.
    case = validate(make_case(role=role, offers={"portfolio": True, "reference": True}))
    email = compose_kit(case, FIXED_NOW).messages["apology_email"].body
    assert ("portfolio" in email) == offered, email
    assert "references" not in email, email


@pytest.mark.parametrize(
    ("sent_day", "said"),
    [
        (27, "on Thursday"),  # the Friday after a Thursday interview: the same week
        (29, "on Thursday"),  # Sunday still ends that week
        (30, "last Thursday"),  # Monday: the week has turned
        (2, "last Thursday"),  # Wednesday 2 December, six days on
        (3, "on 26 November"),  # a week on: the date
    ],
)
def test_a_follow_up_names_the_interview_day_as_a_person_would_when_it_is_sent(sent_day, said):
    berlin = ZoneInfo("Europe/Berlin")
    interview = datetime(2026, 11, 26, 10, 0, tzinfo=berlin)  # a Thursday
    month = 11 if sent_day > 3 else 12
    assert day_since(interview, datetime(2026, month, sent_day, 9, 0, tzinfo=berlin)) == said


# --- Round 18 of #16: what the first messages offer fits what the user can do --------------


def _kit_at(minutes, **changes):
    now = FIXED_NOW + timedelta(minutes=minutes)
    return compose_kit(Case.model_validate(make_case(**changes), context={"now": now}), now)


def test_the_call_offers_an_email_only_to_a_callee_with_a_known_address():
    recruiter = {"name": "Priya Raman", "email": "priya@talent.example"}
    kit = _kit_at(0, interviewer__email=None, recruiter=recruiter)
    script = kit.messages["call_script"].body
    assert "Call Dana Whitfield" in script
    assert "email" not in script.split("2. Say sorry")[0]  # no "may I email you" to Dana
    assert "call back" in script


def test_a_wrong_number_for_a_phone_interview_asks_for_the_right_one_first():
    kit = _kit_at(
        -110, reason="wrong_link_or_address", attend="another_way", interview__format="phone"
    )
    for key in ("apology_email", "short_message", "voicemail", "call_script"):
        text = kit.messages[key].body
        assert "the right one" in text, key
        assert "switch to a video call" not in text, key
        assert text.index("wrong number") < text.index("the right one"), key


def test_with_no_answer_on_taking_part_the_later_time_is_the_readers_to_name():
    kit = _kit_at(-110)
    for key in ("apology_email", "short_message"):
        text = kit.messages[key].body
        later = r"a (?:little|bit) later(?: than [^,]+)?, (?:at (?:a|whatever) time|whenever)"
        assert re.search(later, text), key


def test_an_emergency_is_named_as_one_in_a_heads_up():
    for tone in ("formal", "warm"):
        text = _kit_at(-110, reason="emergency", tone=tone).messages["apology_email"].body
        assert "personal emergency" in text
        assert "cropped up" not in text


def test_a_heads_up_with_no_reason_keeps_it_private_without_owning_the_matter_itself():
    text = _kit_at(-110, reason="prefer_not_to_say", attend="no").messages["apology_email"].body
    assert "rather not go into" in text
    assert "private matter, and entirely my own doing" not in text


def test_the_users_reason_for_the_role_is_tied_to_the_role_in_the_first_letter():
    for tone in ("formal", "warm"):
        for minutes in (60, 300, 2 * 24 * 60):
            kit = _kit_at(minutes, tone=tone, drawn_to="the move into payments infrastructure")
            body = kit.messages["apology_email"].body
            paragraph = next(p for p in body.split("\n\n") if "payments" in p)
            assert "Head of Data Platform role" in paragraph or "the role" in paragraph, body
