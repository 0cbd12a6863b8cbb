"""The kit is one conversation (issue #16): mechanical checks over a broad matrix of cases.

Each check in kit_checks.py is first shown to fail on a hand-made bad kit, so that a passing
run means something; then every check runs over kits composed the way the product composes
them (with the plan's call time), across reasons, tones, contacts, timings, recipients,
names and agreed times.
"""

import itertools
import re
import sys
from datetime import timedelta
from pathlib import Path

import pytest

from conftest import FIXED_NOW, make_case, with_message
from kit_checks import CHECKS, MIN_SENTENCE_WORDS, sentences_of
from secondchance import services
from secondchance.core.compose import Kit, Message, compose_kit
from secondchance.core.intake import Case
from secondchance.core.reasons import REASON_IDS

RECRUITER = {"name": "Priya Raman", "email": "priya@talent.example", "phone": "+1 646 555 0199"}
AGREED = {"start": "2026-12-01T10:00", "timezone": "America/New_York"}
NAMES = [
    ("Dana Whitfield", None),
    ("Nguyễn Thị Minh", None),
    ("Wang Xiaoming", None),
    ("Tanaka Hiroshi", "Ms Tanaka"),
    ("Kwame Osei", "Dr Osei"),
    ("Pieter van der Berg", None),
]
# Minutes from FIXED_NOW (70 minutes after a 09:30 start in New York): 40 minutes and two
# hours before the start, 11 hours before (the evening before), just after, the same
# afternoon, late that night (the call waits for the next morning) and two days later.
TIMINGS = (-110, -190, -730, 0, 300, 13 * 60, 2 * 24 * 60)
RECIPIENTS = ("direct", "recruiter_only", "no_phone")
ATTENDS = (
    {},
    {"attend": "late", "late_minutes": 20},
    {"attend": "another_way"},
    {"attend": "no"},
    {"attend": "late"},
)


def case_data(reason, tone, contact, minutes, recipient, name, agreed):
    full, address = name
    data = make_case(
        reason=reason,
        tone=tone,
        contact=contact,
        recruiter=RECRUITER,
        interviewer__name=full,
        rescheduled_to=AGREED if agreed else None,
        offers={"reference": minutes % 2 == 0, "portfolio": NAMES.index(name) % 3 == 0},
    )
    if address:
        data["interviewer"]["address_as"] = address
    if NAMES.index(name) % 2 == 0:  # half the kits carry the user's own reason for the role
        data["drawn_to"] = "the new Rotterdam hub"
    if minutes < 0:  # written before the start: each answer to "can you still take part?"
        attend = ATTENDS[(REASON_IDS.index(reason) + NAMES.index(name)) % len(ATTENDS)]
        data |= attend
    if recipient == "recruiter_only":
        data["interviewer"].pop("email")
        data["interviewer"].pop("phone")
    if recipient == "no_phone":
        data["interviewer"].pop("phone")
        data["recruiter"] = {"name": "Priya Raman", "email": "priya@talent.example"}
    return data, FIXED_NOW + timedelta(minutes=minutes)


def matrix(stride=7):
    """Every `stride`-th case of the full product (a stride prime to each axis length)."""
    product = itertools.product(
        REASON_IDS,
        ("formal", "warm"),
        ("none", "interviewer", "recruiter", "voicemail"),
        TIMINGS,
        RECIPIENTS,
        NAMES,
        (False, True),
    )
    return [case_data(*axes) for axes in itertools.islice(product, 0, None, stride)]


MATRIX = matrix()


def kit_for(data, now) -> Kit:
    case = Case.model_validate(data, context={"now": now})
    return services.build_kit(case, now)


def run_checks(kits):
    """Return (checks run, problems) over `kits`, one check per kit and kind."""
    problems, runs = [], 0
    for kit, now in kits:
        for name, check in CHECKS.items():
            runs += 1
            problems += [f"{name}: {p}" for p in check(kit, now)]
    return runs, problems


@pytest.mark.parametrize("chunk", range(4))
def test_every_kit_of_the_matrix_holds_every_check(chunk):
    kits = [(kit_for(data, now), now) for data, now in MATRIX[chunk::4]]
    runs, problems = run_checks(kits)
    assert runs >= len(kits) * len(CHECKS)
    assert problems == [], "\n".join(problems[:25])


def test_the_matrix_is_broad():
    assert len(MATRIX) > 2500
    contacts = {data.get("contact") for data, _ in MATRIX}
    assert contacts == {"none", "interviewer", "recruiter", "voicemail"}


# --- Each check fails on a hand-made bad kit ---------------------------------------------


def _good():
    case = Case.model_validate(make_case(), context={"now": FIXED_NOW})
    return compose_kit(case, FIXED_NOW)


def test_a_good_kit_passes_every_check():
    kit = _good()
    assert {name: check(kit, FIXED_NOW) for name, check in CHECKS.items()} == {
        name: [] for name in CHECKS
    }


def _bad_kits():
    good = _good()
    apology = good.messages["apology_email"]
    heads_up_now = FIXED_NOW - timedelta(minutes=110)
    vm_case = good.case.model_copy(update={"contact": "voicemail"})
    return [
        ("duplicates", with_message(good, "call_follow_up_email", body=apology.body), FIXED_NOW),
        (
            "threading",
            with_message(good, "no_reply_follow_up", subject="Re: Sorry I missed our interview"),
            FIXED_NOW,
        ),
        (
            "greetings",
            with_message(good, "voicemail", body="Hello Dana Whitfield, this is Zoë Łukasiewicz."),
            FIXED_NOW,
        ),
        (
            "greetings",
            with_message(
                good.model_copy(
                    update={
                        "case": good.case.model_copy(
                            update={
                                "interviewer": good.case.interviewer.model_copy(
                                    update={"name": "Phạm Văn An"}
                                )
                            }
                        )
                    }
                ),
                "short_message",
                body="Hi Phạm, I am sorry.",
            ),
            FIXED_NOW,
        ),
        (
            "callback number",
            with_message(
                good,
                "voicemail",
                body="Hello Dana, this is Zoë Łukasiewicz. I am sorry I missed it. Thank you.",
            ),
            FIXED_NOW,
        ),
        ("heads-up", _good(), heads_up_now),
        (
            "voicemail versus call",
            with_message(
                good.model_copy(update={"case": vm_case}),
                "apology_email",
                body="Dear Dana,\n\nAs I said on the phone, I am sorry.",
            ),
            FIXED_NOW,
        ),
        (
            "single ownership",
            with_message(
                good,
                "apology_email",
                body="Dear Dana,\n\nI misread the time zone, and that is my error alone. I know you"
                " had set that time aside for me, and I take full responsibility for it.",
            ),
            FIXED_NOW,
        ),
        (
            "repeated sentences",
            with_message(
                good,
                "no_reply_follow_up",
                body=apology.body.split("\n\n")[1] + " I remain genuinely interested.",
            ),
            FIXED_NOW,
        ),
        ("send time", with_message(good, "decline_reply", send_when=None), FIXED_NOW),
        (
            # Formal, with no title known: the full name, never the bare given one (round 10).
            "greetings",
            with_message(good, "short_message", body="Dear Dana,\n\nI am sorry."),
            FIXED_NOW,
        ),
        *_bad_kits_of_round_one(good),
    ]


def _bad_kits_of_round_four():
    """One hand-made bad kit for each fit slip the readers of round 4 found."""
    ahead = FIXED_NOW - timedelta(minutes=110)
    agreed = {"rescheduled_to": AGREED, "contact": "interviewer"}
    via_agreed = agreed | {
        "interviewer__email": None,
        "contact": "recruiter",
        "recruiter": RECRUITER,
    }
    abroad = {"interview__format": "onsite", "candidate__timezone": "Europe/London"}
    return [
        (
            "heads-up after call",
            with_message(
                _kit(ahead, contact="interviewer"),
                "apology_email",
                body="Dear Dana,\n\nA quick heads-up before our interview today at 09:30.",
            ),
            ahead,
        ),
        (
            "heads-up choice",
            with_message(
                _kit(ahead, reason="timezone_mixup", attend="no"),
                "apology_email",
                body="Dear Dana,\n\nI cannot make our interview. I misread the time zone. I can"
                " still join at 09:30 if you would like to keep the slot.",
            ),
            ahead,
        ),
        (
            "running late fits",
            with_message(
                _kit(ahead, reason="late_or_lost"),
                "apology_email",
                body="Dear Dana,\n\nI am running late for our interview, and I'm on my way now.",
            ),
            ahead,
        ),
        (
            "presence fits",
            with_message(_kit(), "apology_email", body="Dear Dana,\n\nI couldn't be there, sorry."),
            FIXED_NOW,
        ),
        (
            "presence fits",
            with_message(
                _kit(interview__format="phone"),
                "apology_email",
                body="Dear Dana,\n\nI was late and missed the interview altogether.",
            ),
            FIXED_NOW,
        ),
        (
            "agreed confirmed",
            with_message(
                _kit(**agreed),
                "apology_email",
                body="Dear Dana,\n\nThank you for agreeing to meet again. Could we find"
                " another time?",
            ),
            FIXED_NOW,
        ),
        (
            "thanks to whom",
            with_message(
                _kit(**via_agreed),
                "apology_email",
                body="Dear Priya,\n\nThank you for agreeing to meet again.",
            ),
            FIXED_NOW,
        ),
        (
            "day words",
            with_message(
                _kit(FIXED_NOW + timedelta(hours=10)),
                "apology_email",
                body="Dear Dana,\n\nI am sorry I missed our interview yesterday.",
            ),
            FIXED_NOW + timedelta(hours=10),
        ),
        (
            "spelling",
            with_message(_kit(), "apology_email", body="Dear Dana,\n\nI apologise for missing it."),
            FIXED_NOW,
        ),
        (
            "far flexibility",
            with_message(
                _kit(**abroad),
                "apology_email",
                body="Dear Dana,\n\nAny day you choose will work for me.",
            ),
            FIXED_NOW,
        ),
        (
            "voicemail told",
            with_message(
                _kit(contact="voicemail"),
                "apology_email",
                body="Dear Dana,\n\nI am sorry I missed our interview today.",
            ),
            FIXED_NOW,
        ),
        (
            "heads-up outcome",
            with_message(
                _kit(ahead, reason="wrong_link_or_address"),
                "no_reply_follow_up",
                body="Dear Dana,\n\nIs another time possible?",
                send_when="Send if there is no reply.",
            ),
            ahead,
        ),
        (
            "role once",
            with_message(
                _kit(),
                "no_reply_follow_up",
                body="Dear Dana,\n\nI want the Head of Data Platform role. The Head of Data"
                " Platform role is the one.",
            ),
            FIXED_NOW,
        ),
    ]


def _kit(now=FIXED_NOW, **changes) -> Kit:
    return compose_kit(Case.model_validate(make_case(**changes), context={"now": now}), now)


def _bad_kits_of_round_one(good: Kit):
    """One hand-made kit per finding of the first blind reading, for each check it added."""
    recruiter_only = make_case(recruiter=RECRUITER)
    recruiter_only["interviewer"].pop("email")
    via = compose_kit(Case.model_validate(recruiter_only, context={"now": FIXED_NOW}), FIXED_NOW)
    agreed = _kit(rescheduled_to=AGREED)
    agreed_messages = dict(agreed.messages) | {"decline_reply": good.messages["decline_reply"]}
    ahead = FIXED_NOW - timedelta(minutes=110)
    late = FIXED_NOW + timedelta(days=2)
    hello = "Hello Dana, it's Zoë Łukasiewicz. "
    called_via = compose_kit(
        Case.model_validate(
            {**recruiter_only, "contact": "interviewer"}, context={"now": FIXED_NOW}
        ),
        FIXED_NOW,
    )
    return [
        (
            "calls claimed",
            with_message(
                via, "call_follow_up_email", body="Dear Priya,\n\nThank you for taking my call."
            ),
            FIXED_NOW,
        ),
        (
            # The third blind reading: the interviewer, who took the call, was told of a call
            # with the recruiter.
            "spoken with",
            with_message(
                called_via, "short_message", body="Dear Dana,\n\nI have already spoken with Priya."
            ),
            FIXED_NOW,
        ),
        ("agreed time", agreed.model_copy(update={"messages": agreed_messages}), FIXED_NOW),
        (
            "heads-up wording",
            with_message(
                _kit(ahead), "voicemail", body=hello + "I won't be able to make it. Thank you."
            ),
            ahead,
        ),
        (
            "heads-up wording",
            with_message(
                _kit(ahead, reason="late_or_lost"),
                "apology_email",
                body="Dear Dana,\n\nI am sorry, but I cannot make our interview today.",
            ),
            ahead,
        ),
        (
            "named referents",
            with_message(good, "voicemail", body=hello + "I'm sorry I missed it."),
            FIXED_NOW,
        ),
        (
            "excusable owned",
            with_message(
                _kit(reason="medical"),
                "apology_email",
                body="Dear Dana,\n\nI was unwell. I know you had set that time aside, and I take"
                " responsibility for that.",
            ),
            FIXED_NOW,
        ),
        (
            "delay owned",
            with_message(_kit(late), "short_message", body="Hello Dana,\n\nI am sorry.\n\nZoë"),
            late,
        ),
        (
            "zone tags",
            with_message(
                good, "apology_email", body="Dear Dana,\n\nOur interview today at 09:30 EST."
            ),
            FIXED_NOW,
        ),
        (
            "offers worked in",
            with_message(
                good,
                "apology_email",
                body="Dear Dana,\n\nI am sorry.\n\nI would also be glad to provide references.",
            ),
            FIXED_NOW,
        ),
        *_bad_kits_of_round_two(),
        (
            "cause once",
            with_message(
                good,
                "no_reply_follow_up",
                body="Dear Dana,\n\nAs I wrote, I misread the time zone. Any time suits me.",
            ),
            FIXED_NOW,
        ),
    ]


def _bad_kits_of_round_two():
    """One hand-made kit per correctness finding of the second blind reading."""
    to_recruiter = make_case(recruiter=RECRUITER, contact="voicemail")
    to_recruiter["interviewer"].pop("email")
    via = compose_kit(Case.model_validate(to_recruiter, context={"now": FIXED_NOW}), FIXED_NOW)
    no_email = make_case()
    no_email["interviewer"].pop("email")
    silent = compose_kit(Case.model_validate(no_email, context={"now": FIXED_NOW}), FIXED_NOW)
    ahead = FIXED_NOW - timedelta(minutes=110)
    after = compose_kit(
        Case.model_validate(make_case(), context={"now": ahead}), ahead, call_at=FIXED_NOW
    )
    hello = "Hello Dana, it's Zoë Łukasiewicz. "
    late = FIXED_NOW + timedelta(days=2)
    move_only = "Hello Dana,\n\nSorry, but could we move our interview today at 09:30?\n\nZoë"
    return [
        ("heads-up choice", with_message(_kit(ahead), "short_message", body=move_only), ahead),
        (
            "decline truth",
            with_message(
                _kit(ahead, reason="overslept"),
                "decline_reply",
                body="Dear Dana,\n\nI understand. I'm sorry again for the short notice.",
            ),
            ahead,
        ),
        (
            "call note concrete",
            with_message(
                _good(),
                "call_follow_up_email",
                body="Dear Dana,\n\nThank you for taking my call just now. I should have been"
                " there, and I am grateful you were willing to talk.",
            ),
            FIXED_NOW,
        ),
        (
            "delay worded apart",
            with_message(
                with_message(
                    _kit(late), "short_message", body="Hi Dana,\n\nLater than I'd have liked."
                ),
                "apology_email",
                body="Dear Dana,\n\nI'm writing later than I'd have liked.",
            ),
            late,
        ),
        (
            "thread known",
            with_message(
                _kit(contact="interviewer"),
                "no_reply_follow_up",
                body="Dear Dana,\n\nJust checking my note reached you.",
            ),
            FIXED_NOW,
        ),
        (
            "heads-up choice",
            with_message(
                _kit(ahead, reason="wrong_link_or_address"),
                "apology_email",
                body="Dear Dana,\n\nCould we move it?",
            ),
            ahead,
        ),
        *_bad_kits_of_round_four(),
        *_bad_kits_of_round_eight(),
        (
            "voicemail owner",
            with_message(via, "apology_email", subject="Following my voicemail"),
            FIXED_NOW,
        ),
        (
            "voicemail owner",
            with_message(
                via, "apology_email", body="Dear Priya,\n\nI left you a voicemail earlier."
            ),
            FIXED_NOW,
        ),
        (
            "channels promised",
            with_message(
                silent, "voicemail", body=hello + "I'll send you an email too. Thank you."
            ),
            FIXED_NOW,
        ),
        (
            "passed start",
            with_message(
                after, "voicemail", body=hello + "I'm sorry for the short notice. Thank you."
            ),
            ahead,
        ),
        *_bad_kits_of_round_three(),
        *_bad_kits_of_round_five(),
    ]


def _bad_kits_of_round_eight():
    """Round 7's reading: a heads-up that never says whether the user can still come."""
    ahead = FIXED_NOW - timedelta(minutes=110)
    vague = "Dear Dana,\n\nI have a problem with our interview today. Could we move it?"
    return [
        (
            "attendance answered",
            with_message(_kit(ahead, reason="forgot"), "apology_email", body=vague),
            ahead,
        ),
        (
            "attendance answered",
            with_message(_kit(ahead, reason="forgot", attend="no"), "apology_email", body=vague),
            ahead,
        ),
        (
            "attendance answered",
            with_message(
                _kit(ahead, reason="forgot", attend="late", late_minutes=20),
                "short_message",
                body="Dear Dana,\n\nI am running late for our interview. I will join soon.",
            ),
            ahead,
        ),
        (
            "attendance answered",
            with_message(
                _kit(ahead, reason="medical", attend="another_way"), "apology_email", body=vague
            ),
            ahead,
        ),
        *_bad_kits_of_round_seven_fit(),
        *_bad_kits_of_round_nine(),
        *_bad_kits_of_round_ten(),
    ]


def _small_hours_kit() -> tuple[Kit, object]:
    """A 14:00 interview in London, written about at 01:00 the next night, on one clock."""
    night = FIXED_NOW.replace(hour=1) + timedelta(days=1)
    return (
        _kit(
            night,
            reason="forgot",
            interviewer__timezone="Europe/London",
            interview={"start": "2026-11-26T14:00", "timezone": "Europe/London", "format": "video"},
        ),
        night,
    )


def test_a_note_in_the_small_hours_names_yesterday_afternoon():
    kit, _ = _small_hours_kit()
    assert "yesterday afternoon" in kit.messages["apology_email"].body


def _bad_kits_of_round_twelve_later():
    """Round 12's reading of the later messages: pasted interest, a follow-up that never says
    what happened, a full date days on, a no answered with a request, a recruiter wished luck
    with her hire, and a note after a call with no days in it."""
    letter = "Dear Dana Whitfield,\n\n{}\n\nKind regards,"
    good, ahead = _good(), FIXED_NOW - timedelta(minutes=110)
    via = make_case(recruiter=RECRUITER)
    via["interviewer"].pop("email")
    via_kit = compose_kit(Case.model_validate(via, context={"now": FIXED_NOW}), FIXED_NOW)
    pasted = good.messages["apology_email"].body.split("\n\n")[1]
    return [
        ("pasted in thread", with_message(good, "no_reply_follow_up", body=pasted), FIXED_NOW),
        (
            "follow-up says what",
            with_message(
                _kit(ahead, attend="no"),
                "no_reply_follow_up",
                body=letter.format("I am writing about our interview. Could we meet?"),
            ),
            ahead,
        ),
        (
            "follow-up weekday",
            with_message(
                good,
                "no_reply_follow_up",
                body=letter.format("I missed our interview on Thursday 26 November."),
            ),
            FIXED_NOW,
        ),
        (
            "decline asks nothing",
            with_message(good, "decline_reply", body=letter.format("Please keep me in mind.")),
            FIXED_NOW,
        ),
        (
            "decline asks nothing",
            with_message(
                _kit(reason="technology_failure"),
                "decline_reply",
                body=letter.format("Missing it was my own doing."),
            ),
            FIXED_NOW,
        ),
        (
            "wish for reader",
            with_message(
                via_kit, "last_follow_up", body=letter.format("I hope the hire goes well.")
            ),
            FIXED_NOW,
        ),
        (
            "after-call days",
            with_message(
                good,
                "call_follow_up_email",
                body=letter.format("I hope another time may be possible."),
            ),
            FIXED_NOW,
        ),
    ]


@pytest.mark.parametrize(
    ("name", "kit", "now"), _bad_kits_of_round_twelve_later(), ids=lambda v: str(v)[:20]
)
def test_each_later_message_check_fails_on_hand_made_bad_text(name, kit, now):
    assert CHECKS[name](kit, now), f"{name} passed a bad kit"


@pytest.mark.parametrize(
    "line",
    [
        "I'm still really interested in the Director of Product role at Lumen Retail.",
        "I am still very keen on working at Acme Analytics.",
        "I would still very much like to work with the team at Acme Analytics.",
        "I'd really like to be part of the team at Acme Analytics.",
        "I'm still very much drawn to what Acme Analytics is doing.",
        "My interest in Acme Analytics hasn't changed.",
        "Might another time work? Any day in that time would suit me.",
        "Could we find a time? Any slot you choose would suit me.",
        "A brief note to follow up my email about the interview I missed.",
        "I am writing again to follow up my email.",
        "I wanted to follow up my call and email about our interview.",
        "If not, I understand, and good luck with the hire.",
        "If not, I understand, and I hope the hire goes well.",
        "Either way, I hope you find the right person.",
        "Whenever a new time opens up, please do get in touch. If not, I understand.",
        "This is the last I'll write about missing my interview.",
        "If things have moved on, I quite understand; thank you all the same.",
        "I would be grateful to be kept in mind if anything similar comes up.",
        "I would be grateful to hear of it if another role opens at Acme Analytics.",
        "If another role opens up at Acme Analytics, please do let me know.",
        "Again, my apologies for missing our interview.",
        "Sorry once more for missing our interview.",
        "I was really keen on the Head of Data Platform role.",
        "Thank you for your answer; I understand the decision.",
        "I understand, and thank you for telling me yourself.",
        "If another time is possible, I'll make it work; either way, I look forward to hearing"
        " from you.",
        "I'm sorry, and it was my mistake.",
        "I hope Dana might find another time. Thanks for everything so far.",
    ],
)
def test_the_later_messages_stock_lines_of_round_twelve_are_caught(line):
    kit = with_message(_good(), "last_follow_up", body=f"Dear Dana,\n\n{line}\n\nKind regards,")
    assert any("stock phrase" in p for p in CHECKS["repeated sentences"](kit, FIXED_NOW))


def _bad_kits_of_round_ten():
    """Round 10's reading: a word twice running, a name said over and over, and fit slips
    inside one message."""
    letter = "Dear Dana Whitfield,\n\n{}\n\nKind regards,"
    good, ahead = _good(), FIXED_NOW - timedelta(minutes=110)
    late = _kit(now=ahead, attend="late", late_minutes=20)
    start = good.case.interview.instant.astimezone(good.case.interviewer_zone)
    on_the_day = f"I am sorry I missed our interview on {start:%A} {start.day} {start:%B}."
    return [
        (
            "word twice running",
            with_message(
                good, "decline_reply", body=letter.format("I was keen. I'd be keen to hear.")
            ),
            FIXED_NOW,
        ),
        (
            "word twice running",
            with_message(
                good, "last_follow_up", body="Dear Dana Whitfield,\n\nThanks.\n\nMany thanks,"
            ),
            FIXED_NOW,
        ),
        (
            "name count",
            with_message(
                good, "apology_email", body=letter.format("Sorry, Dana. Dana, I missed it.")
            ),
            FIXED_NOW,
        ),
        (
            "thanks again",
            with_message(good, "apology_email", body=letter.format("Thanks again for your time.")),
            FIXED_NOW,
        ),
        (
            "as planned settled",
            with_message(
                late,
                "apology_email",
                body=letter.format("Sorry for the short notice. I can join at 09:30 as planned."),
            ),
            ahead,
        ),
        (
            "offer before move",
            with_message(
                late,
                "apology_email",
                body=letter.format("I have to ask to move it. I can still join by phone."),
            ),
            ahead,
        ),
        (
            "arrival time",
            with_message(late, "apology_email", body=letter.format("I am late.")),
            ahead,
        ),
        (
            "arrival time",
            with_message(late, "short_message", body=letter.format("I could join a bit later.")),
            ahead,
        ),
        (
            "same-day date",
            with_message(good, "apology_email", body=letter.format(on_the_day)),
            FIXED_NOW,
        ),
        (
            "decline fits reason",
            with_message(
                _kit(reason="medical"),
                "decline_reply",
                body=letter.format("I am sorry again for being late."),
            ),
            FIXED_NOW,
        ),
        (
            "after-call open",
            with_message(
                good,
                "call_follow_up_email",
                body=letter.format("Either 09:30 or another day is fine, whichever you decide."),
            ),
            FIXED_NOW,
        ),
        (
            "apology sign-off",
            with_message(good, "apology_email", body="Dear Dana Whitfield,\n\nSorry.\n\nRegards,"),
            FIXED_NOW,
        ),
        (
            "apology sign-off",
            with_message(
                good, "last_follow_up", body="Dear Dana Whitfield,\n\nSorry.\n\nTake care,"
            ),
            FIXED_NOW,
        ),
    ]


def _bad_kits_of_round_nine():
    """Round 8's reading: offers left out of the apology, and a recruiter treated as the one
    interviewing or never asked to pass the apology on."""
    body = "Dear {},\n\nI am sorry I missed my interview. {}\n\nKind regards,"
    # A maker's role, for which reading 17 still has a portfolio or references offered.
    offered = _kit(offers={"reference": True, "portfolio": True}, role="Product Designer")
    recruiter_only = make_case(recruiter=RECRUITER, contact="voicemail")
    recruiter_only["interviewer"].pop("email")
    via = compose_kit(Case.model_validate(recruiter_only, context={"now": FIXED_NOW}), FIXED_NOW)
    warm = _kit(tone="warm")
    night_kit, night = _small_hours_kit()
    ahead = FIXED_NOW - timedelta(minutes=190)
    clash = _kit(ahead, reason="double_booked", attend="another_way")
    on_site = _kit(
        ahead,
        reason="forgot",
        attend="another_way",
        interview={"start": "2026-11-26T09:30", "timezone": "America/New_York", "format": "onsite"},
    )
    return [
        (
            "short notice once",
            with_message(
                with_message(
                    clash, "apology_email", body=body.format("Dana", "Sorry for the short notice.")
                ),
                "call_script",
                body='1. "I am calling to follow up my email, and sorry for the short notice."',
            ),
            ahead,
        ),
        (
            "clash hour",
            with_message(
                clash, "apology_email", body=body.format("Dana", "I can join by phone at 09:30.")
            ),
            ahead,
        ),
        (
            "in person why",
            with_message(
                on_site,
                "apology_email",
                body=body.format("Dana", "I could join by phone or video instead at 09:30."),
            ),
            ahead,
        ),
        (
            "small hours",
            with_message(
                night_kit, "apology_email", body=body.format("Dana", "Sorry about yesterday.")
            ),
            night,
        ),
        (
            "offers placed",
            with_message(offered, "apology_email", body=body.format("Dana", "Could we meet soon?")),
            FIXED_NOW,
        ),
        (
            "offers placed",
            with_message(
                offered,
                "no_reply_follow_up",
                body=body.format("Dana", "I can send references and my portfolio."),
            ),
            FIXED_NOW,
        ),
        (
            "apology passed on",
            with_message(
                via, "apology_email", body=body.format("Priya", "Could Dana find a time?")
            ),
            FIXED_NOW,
        ),
        (
            "recruiter not interviewing",
            with_message(
                via,
                "no_reply_follow_up",
                body=body.format("Priya", "I would like to show you what I could bring."),
            ),
            FIXED_NOW,
        ),
        (
            "warm sign-off",
            with_message(warm, "apology_email", body=body.format("Dana", "Could we meet soon?")),
            FIXED_NOW,
        ),
        (
            "arriving or not",
            with_message(
                on_site,
                "apology_email",
                body=body.format("Dana", "I am on my way. I cannot be there in person."),
            ),
            ahead,
        ),
        (
            "phone as planned",
            with_message(
                _kit(
                    ahead,
                    reason="forgot",
                    attend="another_way",
                    interview={
                        "start": "2026-11-26T09:30",
                        "timezone": "America/New_York",
                        "format": "phone",
                    },
                ),
                "apology_email",
                body=body.format("Dana", "I could switch to a video call at 09:30."),
            ),
            ahead,
        ),
        (
            "recruiter not calling",
            with_message(
                via, "apology_email", body=body.format("Priya", "I was not ready for your call.")
            ),
            FIXED_NOW,
        ),
        (
            "title sign-off",
            with_message(
                warm, "apology_email", body="Dear Ms Brooks,\n\nI am sorry.\n\nTake care,"
            ),
            FIXED_NOW,
        ),
    ]


def _bad_kits_of_round_seven_fit():
    """Round 7's fit slips, one hand-made kit each."""
    recruiter_only = make_case(recruiter=RECRUITER, candidate__timezone="Europe/London")
    recruiter_only["interviewer"].pop("email")
    via = compose_kit(Case.model_validate(recruiter_only, context={"now": FIXED_NOW}), FIXED_NOW)
    told = make_case(recruiter=RECRUITER, contact="interviewer", rescheduled_to=AGREED)
    told["interviewer"].pop("email")
    told_kit = compose_kit(Case.model_validate(told, context={"now": FIXED_NOW}), FIXED_NOW)
    on_site = _kit(interview__format="onsite")
    ahead = FIXED_NOW - timedelta(minutes=110)
    return [
        (
            "one register",
            with_message(_kit(), "short_message", body="Dear Dana,\n\nI've left you a voicemail."),
            FIXED_NOW,
        ),
        (
            "recruiter clock",
            with_message(via, "apology_email", body="Dear Priya,\n\nIt was at 09:30 your time."),
            FIXED_NOW,
        ),
        (
            "arranged by",
            with_message(
                told_kit,
                "apology_email",
                body="Dear Priya,\n\nThank you for arranging the new date with Dana.",
            ),
            FIXED_NOW,
        ),
        (
            "phone offer",
            with_message(
                _kit(), "short_message", body="Dear Dana,\n\nI can take it on a different phone."
            ),
            FIXED_NOW,
        ),
        (
            "settled promise",
            with_message(
                told_kit, "apology_email", body="Dear Priya,\n\nAny new date goes in my diary."
            ),
            FIXED_NOW,
        ),
        (
            "wrong details asked",
            with_message(
                _kit(FIXED_NOW - timedelta(minutes=110), reason="wrong_link_or_address"),
                "short_message",
                body="Dear Dana,\n\nI had the wrong link. Could we move our interview?",
            ),
            FIXED_NOW - timedelta(minutes=110),
        ),
        (
            "apology passed on",
            with_message(
                compose_kit(Case.model_validate(recruiter_only, context={"now": ahead}), ahead),
                "apology_email",
                body="Dear Priya,\n\nI cannot make my interview today. Could we move it?",
            ),
            ahead,
        ),
        (
            "whose choice",
            with_message(
                via, "apology_email", body="Dear Priya,\n\nI can join later if that suits you."
            ),
            FIXED_NOW,
        ),
        (
            "outcome once",
            with_message(
                with_message(
                    _kit(), "no_reply_follow_up", body="Hello Dana,\n\nIt did not go ahead."
                ),
                "last_follow_up",
                body="Hello Dana,\n\nOur interview did not go ahead.",
            ),
            FIXED_NOW,
        ),
        (
            "decline via",
            with_message(
                via, "decline_reply", body="Dear Priya,\n\nThank you for telling me directly."
            ),
            FIXED_NOW,
        ),
        (
            "on-site words",
            with_message(on_site, "short_message", body="Dear Dana,\n\nI can still join at 09:30."),
            FIXED_NOW,
        ),
    ]


def _bad_kits_of_round_five():
    """One hand-made kit per fit rule of the fifth blind reading."""
    recruiter_only = make_case(recruiter=RECRUITER)
    recruiter_only["interviewer"].pop("email")
    via = compose_kit(Case.model_validate(recruiter_only, context={"now": FIXED_NOW}), FIXED_NOW)
    unnamed = _kit(reason="prefer_not_to_say")
    link = _kit(reason="wrong_link_or_address")
    # 09:30 in New York is the afternoon in London, where the user is.
    asleep = _kit(reason="overslept")
    body = "Dear Dana,\n\nI am sorry I missed our interview. {}\n\nKind regards,"
    return [
        (
            "recruiter as stranger",
            with_message(via, "apology_email", subject="Apologies for missing our interview"),
            FIXED_NOW,
        ),
        (
            "recruiter as stranger",
            with_message(_good(), "last_follow_up", body=body.format("I hope we can meet again.")),
            FIXED_NOW,
        ),
        (
            "apology passed on",
            with_message(via, "apology_email", body=body.format("Could Dana find another time?")),
            FIXED_NOW,
        ),
        (
            "unnamed cause",
            with_message(unnamed, "apology_email", body=body.format("I have no excuse to offer.")),
            FIXED_NOW,
        ),
        (
            "unnamed cause",
            with_message(
                unnamed, "apology_email", body=body.format("I will be on time next time.")
            ),
            FIXED_NOW,
        ),
        (
            "unchecked link",
            with_message(link, "call_follow_up_email", body=body.format("The fault was mine.")),
            FIXED_NOW,
        ),
        (
            "afternoon sleep",
            with_message(asleep, "apology_email", body=body.format("I slept through the call.")),
            FIXED_NOW,
        ),
        (
            "glad once",
            with_message(
                _good(),
                "no_reply_follow_up",
                body=body.format("I would be glad to meet. I would be glad to send references."),
            ),
            FIXED_NOW,
        ),
        (
            "glad once",
            with_message(
                _good(),
                "last_follow_up",
                body=body.format("I'd still love the chance. I'd love to find a time."),
            ),
            FIXED_NOW,
        ),
        (
            "concrete enthusiasm",
            with_message(
                _good(), "last_follow_up", body=body.format("I am still keen on the role.")
            ),
            FIXED_NOW,
        ),
        (
            "offers plain",
            with_message(
                _good(),
                "no_reply_follow_up",
                body=body.format("If it would help you decide, I can share references."),
            ),
            FIXED_NOW,
        ),
        (
            "offers plain",
            with_message(_good(), "decline_reply", body=body.format("I can share references.")),
            FIXED_NOW,
        ),
        (
            "reason twice",
            with_message(
                _kit(drawn_to="the new Rotterdam hub"),
                "decline_reply",
                body=body.format("The new Rotterdam hub is still what I want."),
            ),
            FIXED_NOW,
        ),
        (
            # Said in the apology and the first follow-up, a third time reads as pasted.
            "reason twice",
            with_message(
                with_message(
                    _kit(drawn_to="the new Rotterdam hub"),
                    "no_reply_follow_up",
                    body=body.format("I would still like to discuss the new Rotterdam hub."),
                ),
                "last_follow_up",
                body=body.format("The new Rotterdam hub is still what I want."),
            ),
            FIXED_NOW,
        ),
        (
            "company apart",
            with_message(
                _good(),
                "decline_reply",
                body=body.format("I liked Acme Analytics. I hope Acme Analytics does well."),
            ),
            FIXED_NOW,
        ),
        (
            "hours owned",
            with_message(
                _kit(FIXED_NOW + timedelta(hours=4)),
                "apology_email",
                body="Dear Dana,\n\nI am sorry I missed our interview earlier today.",
            ),
            FIXED_NOW + timedelta(hours=4),
        ),
        (
            "later today",
            with_message(
                _kit(reason="late_or_lost", interview__format="onsite"),
                "apology_email",
                body="Dear Dana,\n\nI am sorry I missed our interview today. Could we meet another"
                " day?",
            ),
            FIXED_NOW,
        ),
        (
            "call note open",
            with_message(
                _good(), "call_follow_up_email", body=body.format("Is another time possible?")
            ),
            FIXED_NOW,
        ),
    ]


def _bad_kits_of_round_three():
    """One hand-made kit per fit rule of the third blind reading."""
    on_site = _kit(interview__format="onsite", reason="overslept")
    video = _kit(reason="wrong_link_or_address")
    one_clock = _kit(candidate__timezone="America/New_York")
    body = "Dear Dana,\n\nI am sorry I missed our interview. {}\n\nKind regards,"
    return [
        (
            "reason fits",
            with_message(on_site, "apology_email", body=body.format("I slept through the call.")),
            FIXED_NOW,
        ),
        (
            "reason fits",
            with_message(video, "apology_email", body=body.format("I had the wrong address.")),
            FIXED_NOW,
        ),
        (
            "reason fits",
            with_message(_good(), "apology_email", body=body.format("I slept through the start.")),
            FIXED_NOW,
        ),
        (
            "reason fits",
            with_message(one_clock, "apology_email", body=body.format("I misread the time zone.")),
            FIXED_NOW,
        ),
    ]


@pytest.mark.parametrize(("name", "kit", "now"), _bad_kits(), ids=lambda v: str(v)[:20])
def test_each_check_fails_on_hand_made_bad_text(name, kit, now):
    assert CHECKS[name](kit, now), f"{name} passed a bad kit"


def test_a_first_word_hours_after_the_start_owns_the_silence():
    later = FIXED_NOW + timedelta(hours=4)
    body = _kit(later).messages["apology_email"].body
    assert "earlier today" in body and "until now" in body, body


def test_the_stock_sentences_of_the_old_kit_are_caught():
    kit = with_message(
        _good(),
        "last_follow_up",
        body="If there is still a chance, I would be glad to at any time that suits you.",
    )
    assert any("stock phrase" in p for p in CHECKS["repeated sentences"](kit, FIXED_NOW))


@pytest.mark.parametrize(
    "line",
    [
        "I let two commitments overlap, which is down to me.",
        "If another time is possible, I will fit around your diary.",
        "I know inboxes get busy.",
        "This is my last note, I promise.",
        "I did not manage my time well beforehand.",
        "If not, no hard feelings at all.",
        "I haven't heard back, which is completely fine.",
        "Any day that works for you would be great for another chat.",
        "Could we find another time? I can work around you.",
        "Thank you for your reply, and for being clear with me. I respect the decision.",
        # Round 5: the later messages' stock lines.
        "Good luck with the search, and I hope our paths cross again.",
        "Is another time possible? I'd be glad to fit in with your week.",
        "Sorry again for missing our interview. That one was on me.",
        "If it helps, I'm happy to share references.",
        # Round 8: the least natural line of a letter, as its readers quoted it.
        "I'll make whichever day you suggest work.",
        "I can be free whichever day you pick.",
        "That was my responsibility, and I fell short of it.",
        "For any new time, I will be ready and waiting well before the start.",
        "I fell asleep and missed the call.",
        "I offer my sincere apology for missing our interview today.",
        "It was good of you to take my call.",
        "Might we find another time?",
        "A personal emergency needed my full attention at the time.",
        "A personal emergency took all of my attention at the time.",
        "I will check the link for the call the day before any new time we agree.",
        "I hope you do not mind me writing again after my email.",
        "I won't keep writing, so this is my final note.",
        "After my call and two emails about it, this is the last time I will write.",
        "I would still value the chance to show you what I could bring to Acme.",
        "If the search has moved on, I understand, and thank you for your time.",
        # Round 10: filler, stock openers and euphemisms its readers quoted.
        "Could we find a time? Mornings or afternoons both work for me.",
        "I am still keen to interview, above all because of the new hub.",
        "The new hub is still what I'd most like to talk about with Dana.",
        "Further to my call and email, I wanted to write once more.",
        "This note will be my last about the interview I missed.",
        "This is a final, short note about the interview I missed.",
        "Either way, thanks for your patience with me.",
        "Thanks for being clear with me; it helps.",
        "I am sorry again about the change to our interview.",
        "Should it help, I can send you my portfolio.",
        "I'm free most days, so just name one.",
        "Before any new time, I will check the details against the invitation itself.",
        "For any new date, I will leave a wide margin for the journey.",
        "I will keep my diary open for another time.",
        "I'd really like to hear more about running the new hub.",
        "I let myself run late and was not on the call when it started.",
    ],
)
def test_the_stock_lines_of_round_one_are_caught(line):
    kit = with_message(_good(), "last_follow_up", body=f"Dear Dana,\n\n{line}\n\nKind regards,")
    assert any("stock phrase" in p for p in CHECKS["repeated sentences"](kit, FIXED_NOW))


INTERVIEWERS = [
    "Dana Whitfield",
    "Sarah O'Neill",
    "Hannah Brooks",
    "Pieter van der Berg",
    "Kwame Osei",
    "Alexis Moreno",
    "Rebecca Stein",
    "Tom Lee",
    "Maya Cohen",
    "Luis Ortega",
    "Ruth Adams",
    "Omar Haddad",
    "Ines Duarte",
    "Grace Park",
    "Eli Novak",
    "Nora Quinn",
]


@pytest.mark.parametrize("tone", ["formal", "warm"])
def test_letters_across_cases_do_not_share_one_skeleton(tone):
    # Round 1 found one skeleton in thirty letters: the same first sentence after the apology,
    # the same interest line and the same ask. Across cases, each differs.
    firsts, asks, closings = set(), set(), set()
    for name in INTERVIEWERS:
        body = _kit(tone=tone, interviewer__name=name).messages["apology_email"].body
        paragraphs = body.split("\n\n")
        # The word of the call tried first leads every letter; the apology comes after it.
        sentences = paragraphs[1].split(". ")
        firsts.add(sentences[1] if "tried" in sentences[0] else sentences[0])
        asks.add(paragraphs[2])
        closings.add(paragraphs[-1])
    assert len(firsts) >= 3 and len(closings) >= 3, (firsts, closings)
    assert len(asks) >= 4


def _fit_grid():
    """Every reason in every format, on one clock and across two, before, during and after."""
    for reason, fmt, home, minutes, tone in itertools.product(
        REASON_IDS,
        ("video", "phone", "onsite"),
        ("Europe/London", "America/New_York"),
        (-110, 0, 2 * 24 * 60),
        ("formal", "warm"),
    ):
        data = make_case(
            reason=reason,
            tone=tone,
            interview__format=fmt,
            candidate__timezone=home,
            offers={"reference": True},
            recruiter=RECRUITER,
        )
        yield data, FIXED_NOW + timedelta(minutes=minutes)


def test_every_reason_fits_every_format_and_clock():
    kits = [(kit_for(data, now), now) for data, now in _fit_grid()]
    runs, problems = run_checks(kits)
    assert runs == 360 * len(CHECKS)
    assert problems == [], "\n".join(problems[:25])


# A sentence met in more than one letter in six reads, to someone reading a stack of them,
# as the product's stock line rather than the writer's: round 3 of #16 quoted lines met "in
# most kits", round 4 lines met in a handful. Below that share, what recurs is the common
# courtesy of any two letters ("Could we find another day?").
MAX_SHARE = 1 / 6
SAMPLED = 30


def _sampled_apologies(seed: int):
    """Yield the apology emails of the blind reading's sampler, user's words blanked out."""
    sys.path.insert(0, str(Path(__file__).parent.parent / "scripts"))
    from sample_kits import sampled_kits

    for _data, _now, kit in sampled_kits(SAMPLED, seed):
        case, body = kit.case, kit.messages["apology_email"].body
        people = [case.candidate.name, case.interviewer.name, case.company, case.role]
        people += [case.drawn_to or "", case.recruiter.name if case.recruiter else ""]
        for value in sorted(filter(None, people), key=len, reverse=True):
            body = body.replace(value, "X")
        yield re.sub(r"\d{1,2}:\d{2}", "T", body)


@pytest.mark.parametrize("seed", [16, 30, 101])
def test_no_sentence_recurs_across_thirty_sampled_apology_emails(seed):
    counts: dict[str, int] = {}
    for body in _sampled_apologies(seed):
        letter = Message(channel="email", subject="", body=body, words=0)
        for sentence in set(sentences_of(letter)):
            if len(sentence.split()) >= MIN_SENTENCE_WORDS:
                counts[sentence] = counts.get(sentence, 0) + 1
    stock = {s: n for s, n in counts.items() if n > MAX_SHARE * SAMPLED}
    assert stock == {}, stock


def test_the_note_after_a_call_never_says_the_interest_as_the_apology_email_does():
    # The two are alternatives, yet a reader of the whole kit reads both (round 4 of #16): no
    # interest line of the note is a sentence of any closing paragraph of the apology email.
    from secondchance.core.compose import phrasebook as pb

    for tone, pools in pb.NOTE_INTERESTS.items():
        closes = [
            sentence
            for reader in pb.CLOSES[tone].values()
            for wordings in reader.values()
            for wording in wordings
            for sentence in re.split(r"(?<=[.?])\s+", wording)
        ]
        for wordings in pools.values():
            assert not set(wordings) & set(closes), tone


@pytest.mark.parametrize("interview_format", ["onsite", "video", "phone"])
def test_a_late_start_joined_another_way_is_not_on_its_way(interview_format):
    # Round 9 read "I am on my way ..." beside "I cannot be there in person" in one letter.
    ahead = FIXED_NOW - timedelta(minutes=190)
    interview = {"start": "2026-11-26T09:30", "timezone": "America/New_York"}
    kit = _kit(
        ahead,
        reason="late_or_lost",
        attend="another_way",
        interview=interview | {"format": interview_format},
    )
    assert CHECKS["arriving or not"](kit, ahead) == []


@pytest.mark.parametrize("reason", ["forgot", "double_booked", "overslept", "late_or_lost"])
def test_a_phone_interview_still_possible_by_phone_goes_ahead_as_planned(reason):
    # Round 9 (L08): "by phone or video instead" before a phone interview offered video.
    ahead = FIXED_NOW - timedelta(minutes=190)
    interview = {"start": "2026-11-26T09:30", "timezone": "America/New_York", "format": "phone"}
    kit = _kit(ahead, reason=reason, attend="another_way", interview=interview)
    assert CHECKS["phone as planned"](kit, ahead) == []


@pytest.mark.parametrize("reason", ["forgot", "overslept", "medical", "emergency"])
def test_a_phone_interview_going_ahead_as_planned_moves_nothing(reason):
    # Round 10 (kit 23): "I can still take the call as planned" beside an apology for the
    # short notice and an offer to move it left the reader wondering why she wrote.
    ahead = FIXED_NOW - timedelta(minutes=190)
    interview = {"start": "2026-11-26T09:30", "timezone": "America/New_York", "format": "phone"}
    kit = _kit(ahead, reason=reason, attend="another_way", interview=interview)
    assert "as planned" in kit.messages["apology_email"].body
    assert CHECKS["as planned settled"](kit, ahead) == []


def test_the_interview_call_is_never_the_recruiters():
    # Round 9 (L36): "was not ready for your call when it started", written to the recruiter.
    data = make_case(
        recruiter=RECRUITER,
        reason="late_or_lost",
        interview={"start": "2026-11-26T09:30", "timezone": "America/New_York", "format": "phone"},
    )
    data["interviewer"].pop("email")
    kit = compose_kit(Case.model_validate(data, context={"now": FIXED_NOW}), FIXED_NOW)
    assert CHECKS["recruiter not calling"](kit, FIXED_NOW) == []


def test_a_heads_up_to_the_recruiter_never_looks_forward_to_our_conversation():
    # Round 9 (L33): "I look forward to our conversation." to Priya, about Pieter's interview.
    ahead = FIXED_NOW - timedelta(minutes=190)
    for reason in ("forgot", "double_booked", "overslept", "prefer_not_to_say"):
        data = make_case(recruiter=RECRUITER, reason=reason, contact="interviewer")
        data["interviewer"].pop("email")
        kit = compose_kit(Case.model_validate(data, context={"now": ahead}), ahead)
        assert CHECKS["recruiter not interviewing"](kit, ahead) == [], reason


def test_the_recruiter_is_asked_to_pass_the_apology_on_to_someone_named():
    # Round 11's paired reading: "Could you pass my apology on?" left the reader asking to whom.
    data = make_case(recruiter=RECRUITER)
    data["interviewer"].pop("email")
    kit = compose_kit(Case.model_validate(data, context={"now": FIXED_NOW}), FIXED_NOW)
    assert CHECKS["apology passed on"](kit, FIXED_NOW) == []
    body = kit.messages["apology_email"].body
    asked = next(line for line in body.splitlines() if "pass my apology on" in line)
    bare = with_message(
        kit, "apology_email", body=body.replace(asked, "Could you pass my apology on?")
    )
    assert CHECKS["apology passed on"](bare, FIXED_NOW) == [
        "apology_email: asks to pass the apology on without saying to whom"
    ]


@pytest.mark.parametrize("tone", ["formal", "warm"])
@pytest.mark.parametrize("interview_format", ["onsite", "video"])
def test_the_note_after_a_call_says_which_other_way_the_user_still_takes_part(
    interview_format, tone
):
    # Round 11 (K9): "I can still make 15:30" read as coming in person, when only a phone or
    # video call was still possible.
    ahead = FIXED_NOW - timedelta(minutes=110)
    kit = _kit(
        now=ahead,
        reason="emergency",
        contact="interviewer",
        attend="another_way",
        interview__format=interview_format,
        tone=tone,
    )
    written = " ".join(message.body for message in kit.messages.values())
    assert not re.search(r"still (?:make|take part at) \d", written)
    assert re.search(r"I can still (?:join|switch) by|I can still switch to", written)


def test_a_running_late_note_to_the_recruiter_does_not_read_as_if_she_were_on_the_call():
    # Round 11 (L40): "If that still works for you, we can start then", written to Priya.
    ahead = FIXED_NOW - timedelta(minutes=110)
    data = make_case(recruiter=RECRUITER, attend="late", late_minutes=30, tone="warm")
    data["interviewer"].pop("email")
    kit = compose_kit(Case.model_validate(data, context={"now": ahead}), ahead)
    body = kit.messages["apology_email"].body
    assert "we can start then" not in body
    assert "If that still works for Dana, the interview can go ahead then" in body


def test_a_short_note_after_a_call_does_not_own_a_wait_before_it():
    # Round 12 (kits 30, 31, 35): "the long wait before writing" just after a phone call.
    later = FIXED_NOW + timedelta(days=2)
    called = _kit(now=later, contact="interviewer").messages["short_message"].body
    silent = _kit(now=later).messages["short_message"].body
    assert "only writing now" in silent
    assert "only writing now" not in called
    assert "taking my call" in called


def _bad_kits_of_round_twelve():
    """One hand-made kit per check the twelfth blind reading added."""
    good = _good()
    evening = FIXED_NOW + timedelta(hours=9)  # 19:40 in New York: the call waits till morning
    return [
        (
            "short sorry once",
            with_message(
                good,
                "short_message",
                body="Hello Dana,\n\nI'm sorry I missed our interview. I'm sorry for the long wait"
                " before writing, too.\n\nZoë",
            ),
            FIXED_NOW,
        ),
        (
            "short after call",
            with_message(
                _kit(contact="interviewer"),
                "short_message",
                body="Hello Dana,\n\nThanks for talking with me by phone. I'm sorry I missed our"
                " interview. I lost track of the date.\n\nZoë",
            ),
            FIXED_NOW,
        ),
        (
            "missed plainly",
            with_message(
                _kit(reason="late_or_lost"),
                "apology_email",
                body="Dear Dana,\n\nI was running late and never joined the call.",
            ),
            FIXED_NOW,
        ),
        (
            "warm note greeting",
            with_message(
                _kit(tone="warm"), "short_message", body="Dear Ms Tanaka,\n\nSorry.\n\nZoë"
            ),
            FIXED_NOW,
        ),
        (
            "call tried first",
            with_message(
                good,
                "apology_email",
                body="Dear Dana,\n\nI am sorry I missed our interview today.",
                send_when="Send now if the call did not reach Dana.",
            ),
            FIXED_NOW,
        ),
        (
            "wrote last night",
            with_message(
                good, "voicemail", body="Hello Dana, it's Zoë. I sent you an email earlier."
            ),
            evening,
        ),
        (
            "right one named",
            with_message(
                good, "voicemail", body="Hello Dana. Could you let me have the right one?"
            ),
            FIXED_NOW,
        ),
        (
            "not coming, not held up",
            with_message(
                _kit(now=FIXED_NOW - timedelta(minutes=110), attend="no"),
                "short_message",
                body="Hello Dana,\n\nA technical problem on my side is holding me up.\n\nZoë",
            ),
            FIXED_NOW - timedelta(minutes=110),
        ),
        (
            "late, and why",
            with_message(
                _kit(
                    now=FIXED_NOW - timedelta(minutes=220),
                    reason="forgot",
                    attend="late",
                    late_minutes=30,
                ),
                "apology_email",
                body="Dear Dana,\n\nI am going to be 30 minutes late. I lost track of the date.",
            ),
            FIXED_NOW - timedelta(minutes=220),
        ),
    ]


@pytest.mark.parametrize(
    ("name", "kit", "now"), _bad_kits_of_round_twelve(), ids=lambda v: str(v)[:20]
)
def test_each_round_twelve_check_fails_on_hand_made_bad_text(name, kit, now):
    assert CHECKS[name](kit, now), f"{name} passed a bad kit"


@pytest.mark.parametrize(
    "line",
    [
        # Round 12: the least natural lines of the first email and the short message.
        "I will set two alarms for any new time.",
        "Any new interview will go in my phone, with a reminder, as soon as we agree it.",
        "I will note any new time on both your clock and mine.",
        "I will block out any new time in my calendar as soon as it is set.",
        "I will make sure I am ready well ahead of any new time.",
        "I will make sure I am there for any new time.",
        "I am sorry that I missed it, and that I let the hours since pass without a word.",
        "I'm sorry I missed it, and that I couldn't write in the hours since.",
        "I had booked another commitment for the same time.",
        "Please accept my apology for missing our interview.",
        "It was my mistake, and I know I wasted your time.",
        "I wanted to say sorry for missing our interview.",
        "I'd hoped to write before now.",
        "I double-booked myself, and it was my fault.",
        "A quick note to say I'm running late.",
    ],
)
def test_the_stock_lines_of_round_twelve_are_caught(line):
    kit = with_message(_good(), "last_follow_up", body=f"Dear Dana,\n\n{line}\n\nKind regards,")
    assert any("stock phrase" in p for p in CHECKS["repeated sentences"](kit, FIXED_NOW))


def _bad_kits_of_reading_17():
    """Reading 17: a stock ownership line, an apology for an interview still to come, a note
    after a call in three one-line paragraphs, 'a second interview' for the rescheduled first
    one, a late note about a wrong link that never asks for the right one, a technical failure
    confessed as a mistake, and references offered for a senior role."""
    letter = "Dear Dana Whitfield,\n\n{}\n\nKind regards,"
    good, ahead = _good(), FIXED_NOW - timedelta(minutes=110)
    return [
        (
            "repeated sentences",
            with_message(
                good, "apology_email", body=letter.format("I overslept; the fault is all mine.")
            ),
            FIXED_NOW,
        ),
        (
            "tense before the start",
            with_message(
                _kit(ahead),
                "apology_email",
                body=letter.format("I am sorry again about our interview today at 09:30."),
            ),
            ahead,
        ),
        (
            "call note brief",
            with_message(
                good,
                "call_follow_up_email",
                body=letter.format(
                    "Thank you for taking my call.\n\nSorry again; it was my mistake.\n\n"
                    "I can make any day next week."
                ),
            ),
            FIXED_NOW,
        ),
        (
            "call note brief",
            with_message(
                good,
                "call_follow_up_email",
                body=letter.format("Thanks for my call. Sorry again, and sorry for the delay."),
            ),
            FIXED_NOW,
        ),
        (
            "first interview again",
            with_message(
                good, "apology_email", body=letter.format("Thanks for a second interview.")
            ),
            FIXED_NOW,
        ),
        (
            "late, wrong details asked",
            with_message(
                _kit(ahead, reason="wrong_link_or_address", attend="late", late_minutes=15),
                "apology_email",
                body=letter.format("I am running about 15 minutes late; I had the wrong link."),
            ),
            ahead,
        ),
        (
            "failure owned as a failure",
            with_message(
                _kit(reason="technology_failure"),
                "call_follow_up_email",
                body=letter.format("Sorry again for missing it; the mistake was all mine."),
            ),
            FIXED_NOW,
        ),
        (
            "offer fits role",
            with_message(
                _kit(offers={"reference": True}),
                "apology_email",
                body=letter.format("I can send you references, if that would help."),
            ),
            FIXED_NOW,
        ),
    ]


@pytest.mark.parametrize(
    ("name", "kit", "now"), _bad_kits_of_reading_17(), ids=lambda v: str(v)[:20]
)
def test_each_reading_17_check_fails_on_hand_made_bad_text(name, kit, now):
    assert CHECKS[name](kit, now), f"{name} passed a bad kit"


def test_a_delay_told_hours_ahead_gives_what_holds_the_start():
    # Reading 17 (kits 22, 32 and 33): "can't be ready in time" ahead of the start is no reason.
    hours_ahead = FIXED_NOW - timedelta(minutes=190)
    kit = _kit(hours_ahead, reason="forgot", attend="late", late_minutes=30)
    bad = with_message(
        kit,
        "apology_email",
        body="Dear Dana,\n\nI lost track of the date and cannot be ready in time.\n\nKind regards,",
    )
    assert CHECKS["late, what holds it"](bad, hours_ahead)
    assert CHECKS["late, what holds it"](kit, hours_ahead) == []
    assert "can no longer move" in kit.messages["apology_email"].body


def test_references_are_offered_for_a_makers_role():
    # The offer is not dropped altogether: a designer's references still help (reading 17).
    kit = _kit(offers={"reference": True}, role="Senior Product Designer")
    assert "references" in kit.messages["apology_email"].body
