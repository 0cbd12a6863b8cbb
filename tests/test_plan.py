"""The recovery plan and slots, checked against hand-worked calendars (not against the code)."""

import json
import re
import subprocess
import sys
from datetime import UTC, date, datetime, timedelta

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from conftest import make_case, run_cli
from secondchance.cli import cli
from secondchance.core.intake import Case
from secondchance.core.plan import PlanSettings, Progress, build_plan, days_to_offer


def plan_for(now, **changes):
    case = Case.model_validate(make_case(**changes), context={"now": now})
    return case, build_plan(case, now)


def by_id(plan):
    return {action.id: action for action in plan.actions}


def iso(moment):
    return moment.isoformat()


def test_us_follow_up_skips_thanksgiving():
    # Wed 25 Nov 2026, 15:00 in New York. Thu 26 is Thanksgiving: business day 1 is Fri 27,
    # day 2 is Mon 30. The last follow-up is 5 business days later (Tue 1 to Mon 7), and the
    # close 3 more (Tue 8, Wed 9, Thu 10).
    now = datetime(2026, 11, 25, 20, 0, tzinfo=UTC)
    _, plan = plan_for(now, interviewer__country="US", interview__start="2026-11-25T09:30")
    actions = by_id(plan)
    assert iso(actions["call"].due_interviewer) == "2026-11-25T15:00:00-05:00"
    assert iso(actions["email"].due_interviewer) == "2026-11-25T15:15:00-05:00"
    assert actions["email"].message_id == "call_follow_up_email"
    assert iso(actions["follow_up"].due_interviewer) == "2026-11-30T10:00:00-05:00"
    assert iso(actions["last_follow_up"].due_interviewer) == "2026-12-07T10:00:00-05:00"
    assert iso(actions["close"].due_interviewer) == "2026-12-10T10:00:00-05:00"
    assert iso(actions["follow_up"].due) == "2026-11-30T15:00:00+00:00"
    assert iso(actions["follow_up"].due_candidate) == "2026-11-30T15:00:00+00:00"


@pytest.mark.parametrize(
    ("country", "travel", "settings", "offered"),
    [
        # Thanksgiving (Thu 26) is no working day, and the Friday after it is never offered.
        ("US", False, PlanSettings(), [date(2026, 11, 30), date(2026, 12, 1)]),
        ("GB", False, PlanSettings(), [date(2026, 11, 27), date(2026, 11, 30)]),
        # A week's notice for a journey: five working days on, over the weekend.
        ("GB", True, PlanSettings(), [date(2026, 12, 2), date(2026, 12, 3)]),
        # Nor the user's own holiday: Thanksgiving, to an interviewer in Berlin (reading 38).
        ("DE", False, PlanSettings(offer_notice_days=1), [date(2026, 11, 27), date(2026, 11, 30)]),
    ],
)
def test_the_days_a_last_note_offers_leave_a_day_to_answer(country, travel, settings, offered):
    sent = datetime(2026, 11, 25, 15, 0, tzinfo=UTC)  # Wednesday, 10:00 in New York
    case, _ = plan_for(
        sent,
        interviewer__country=country,
        interview__start="2026-11-25T09:30",
        candidate__timezone="America/Los_Angeles",
    )
    assert list(days_to_offer(case, sent, travel, settings)) == offered


def test_no_day_of_thanksgiving_week_that_many_take_off_is_offered():
    # Wednesday 25, the eve (reading 38 to 40), Thursday 26 and the Friday after are skipped.
    sent = datetime(2026, 11, 23, 15, 0, tzinfo=UTC)  # Monday, 10:00 in New York
    case, plan = plan_for(sent, interviewer__country="US", interview__start="2026-11-23T09:30")
    next_day = PlanSettings(offer_notice_days=1)
    assert list(days_to_offer(case, sent, False, next_day)) == [
        date(2026, 11, 24),
        date(2026, 11, 30),
    ]
    slot_days = {slot.interviewer.date() for slot in plan.slots}
    assert not slot_days & {date(2026, 11, 25), date(2026, 11, 26), date(2026, 11, 27)}


def test_an_absence_notice_moves_the_first_follow_up_after_the_return_date():
    # Back on Saturday 12 December: the first business day back in New York is Mon 14, and
    # the follow-up waits one more business day, to Tue 15 at 10:00 their time. The last
    # follow-up and the close count on from there.
    now = datetime(2026, 11, 25, 20, 0, tzinfo=UTC)
    case = Case.model_validate(
        make_case(interviewer__country="US", interview__start="2026-11-25T09:30"),
        context={"now": now},
    )
    progress = Progress(opened_at=now, away_until=date(2026, 12, 12))
    actions = by_id(build_plan(case, now, progress=progress))
    assert "follow_up" not in actions
    back = actions["follow_up_after_return"]
    assert iso(back.due_interviewer) == "2026-12-15T10:00:00-05:00"
    assert back.message_id == "no_reply_follow_up"
    assert "Saturday 12 December" in back.why
    assert iso(actions["last_follow_up"].due_interviewer) == "2026-12-22T10:00:00-05:00"
    # A return before the usual first follow-up changes nothing.
    early = Progress(opened_at=now, away_until=date(2026, 11, 26))
    assert "follow_up" in by_id(build_plan(case, now, progress=early))


def test_thanksgiving_itself_is_not_a_working_day_for_a_call():
    # 10:00 on Thanksgiving in New York, after an interview the day before: the email goes
    # now, the call waits for Fri 27 09:30, and the plan says why.
    now = datetime(2026, 11, 26, 15, 0, tzinfo=UTC)
    _, plan = plan_for(now, interview__start="2026-11-25T15:00")
    actions = by_id(plan)
    assert iso(actions["email"].due) == "2026-11-26T15:00:00+00:00"
    assert actions["email"].message_id == "apology_email"
    assert iso(actions["call"].due_interviewer) == "2026-11-27T09:30:00-05:00"
    assert "It is a public holiday for" in actions["call"].why


def test_the_friday_after_thanksgiving_is_noted_and_never_proposed_for_the_interview():
    # The call waits past Thanksgiving to Fri 27, a business day that many US firms close: the
    # step says so, and no new interview is proposed for that Friday.
    now = datetime(2026, 11, 26, 15, 0, tzinfo=UTC)
    _, plan = plan_for(now, interview__start="2026-11-25T15:00")
    call = by_id(plan)["call"]
    assert call.due_interviewer.date() == date(2026, 11, 27)
    assert "Friday after Thanksgiving" in call.why
    assert plan.slots
    assert all(slot.interviewer.date() != date(2026, 11, 27) for slot in plan.slots)
    # Elsewhere, and on other Fridays, nothing is said.
    _, british = plan_for(now, interview__start="2026-11-25T15:00", interviewer__country="GB")
    assert all("Thanksgiving" not in action.why for action in british.actions)


def test_no_nudge_is_planned_for_the_friday_after_thanksgiving():
    # An email sent at 15:15 on Mon 23 Nov in New York is not two full days old by Wed 25
    # 10:00; Thu 26 is Thanksgiving, and Fri 27 an office many close (reading 23 of #16), so the
    # first nudge waits for Mon 30. A British interviewer's nudge keeps that Friday.
    now = datetime(2026, 11, 23, 20, 0, tzinfo=UTC)
    _, plan = plan_for(now, interviewer__country="US", interview__start="2026-11-23T09:30")
    assert by_id(plan)["follow_up"].due_interviewer.date() == date(2026, 11, 30)
    for action in plan.actions:
        assert action.id in {"call", "email"} or action.due_interviewer.date() != date(2026, 11, 27)
    _, british = plan_for(now, interviewer__country="GB", interview__start="2026-11-23T09:30")
    assert by_id(british)["follow_up"].due_interviewer.date() != date(2026, 11, 30)


def test_a_holiday_the_interview_was_set_on_is_a_working_day_for_the_interviewer():
    # Veterans Day is a US federal holiday that most employers keep open; the interview was
    # set for 09:00 that day, so at noon the call is made now, not the next morning.
    now = datetime(2026, 11, 11, 17, 0, tzinfo=UTC)
    _, plan = plan_for(now, interview__start="2026-11-11T09:00")
    actions = by_id(plan)
    assert actions["call"].due == now
    assert "working hours" in actions["call"].why
    # The holiday is still kept on the days around it: a miss the day before, seen that
    # evening, waits past it for the call.
    evening = datetime(2026, 11, 11, 1, 0, tzinfo=UTC)
    _, plan = plan_for(evening, interview__start="2026-11-10T09:00")
    assert iso(by_id(plan)["call"].due_interviewer) == "2026-11-12T09:30:00-05:00"


def test_weekend_between_the_miss_and_the_follow_up():
    # Fri 13 Nov, 15:00 New York: two business days on is Tue 17 Nov.
    now = datetime(2026, 11, 13, 20, 0, tzinfo=UTC)
    _, plan = plan_for(now, interview__start="2026-11-13T11:00")
    assert iso(by_id(plan)["follow_up"].due_interviewer) == "2026-11-17T10:00:00-05:00"


def test_london_and_new_york_while_their_clocks_change_apart():
    # Mon 16 Mar 2026: New York is already on EDT (UTC-4), London still on GMT (UTC+0), so the
    # gap is 4 hours. The common window is 09:00-16:00 New York = 13:00-20:00 London; the most
    # comfortable start is 14:00 in London = 10:00 in New York.
    now = datetime(2026, 3, 16, 14, 0, tzinfo=UTC)
    _, plan = plan_for(now, interview__start="2026-03-16T09:00")
    first = plan.slots[0]
    assert iso(first.interviewer) == "2026-03-17T10:00:00-04:00"
    assert iso(first.candidate) == "2026-03-17T14:00:00+00:00"
    assert iso(first.start) == "2026-03-17T14:00:00+00:00"
    assert iso(first.end) == "2026-03-17T15:00:00+00:00"
    assert len({slot.interviewer.date() for slot in plan.slots}) == 3
    assert not any(slot.outside_candidate_hours for slot in plan.slots)


def test_sydney_interviewer_and_ho_chi_minh_candidate():
    # Thu 26 Nov, 12:00 in Sydney (AEDT, UTC+11) = 08:00 in Ho Chi Minh City (UTC+7). Sydney's
    # 09:00-17:00 is 05:00-13:00 there; the shared window is 12:00-17:00 Sydney. The start
    # nearest the candidate's midday (14:00) that still ends by 17:00 Sydney is 16:00.
    now = datetime(2026, 11, 26, 1, 0, tzinfo=UTC)
    _, plan = plan_for(
        now,
        interview__start="2026-11-26T10:00",
        interview__timezone="Australia/Sydney",
        interviewer__timezone="Australia/Sydney",
        candidate__timezone="Asia/Ho_Chi_Minh",
    )
    assert iso(plan.slots[0].interviewer) == "2026-11-27T16:00:00+11:00"
    assert iso(plan.slots[0].candidate) == "2026-11-27T12:00:00+07:00"
    assert by_id(plan)["call"].due == now  # working hours in Sydney: call now


def test_singapore_and_new_york_never_overlap():
    # New York's 09:00-17:00 EST is 22:00-06:00 in Singapore. The least-night slots are
    # 09:00 (22:00 SGT) and 16:00 (05:00 SGT), each 3 hours out; the evening wins the tie.
    now = datetime(2026, 12, 1, 15, 0, tzinfo=UTC)
    _, plan = plan_for(
        now, interview__start="2026-12-01T09:00", candidate__timezone="Asia/Singapore"
    )
    assert any("never overlap" in warning for warning in plan.warnings)
    assert [iso(slot.interviewer) for slot in plan.slots] == [
        "2026-12-02T09:00:00-05:00",
        "2026-12-03T09:00:00-05:00",
        "2026-12-04T09:00:00-05:00",
    ]
    assert iso(plan.slots[0].candidate) == "2026-12-02T22:00:00+08:00"
    assert all(slot.outside_candidate_hours for slot in plan.slots)


def test_noticed_at_half_past_eleven_at_night_for_the_interviewer():
    # 23:30 on Tue 1 Dec in New York: email now, call at 09:30 the next morning.
    now = datetime(2026, 12, 2, 4, 30, tzinfo=UTC)
    _, plan = plan_for(now, interview__start="2026-12-01T14:00")
    actions = by_id(plan)
    assert actions["email"].due == now
    assert iso(actions["call"].due_interviewer) == "2026-12-02T09:30:00-05:00"
    assert [a.id for a in plan.actions][:2] == ["email", "call"]


def test_an_early_heads_up_calls_before_a_start_that_comes_before_the_morning_call():
    # 06:30 in New York for a 09:00 interview: the morning call (09:30) would come after the
    # start, so the call is half an hour before it, and the email goes now.
    now = datetime(2026, 12, 1, 11, 30, tzinfo=UTC)
    _, plan = plan_for(now, interview__start="2026-12-01T09:00")
    actions = by_id(plan)
    assert actions["email"].due == now
    assert iso(actions["call"].due_interviewer) == "2026-12-01T08:30:00-05:00"


def test_an_early_heads_up_for_an_afternoon_start_calls_in_the_morning():
    now = datetime(2026, 12, 1, 11, 30, tzinfo=UTC)  # 06:30 in New York, the interview at 15:00
    _, plan = plan_for(now, interview__start="2026-12-01T15:00")
    assert iso(by_id(plan)["call"].due_interviewer) == "2026-12-01T09:30:00-05:00"


@pytest.mark.parametrize(
    ("start", "now"),
    [
        ("2026-12-01T10:00", datetime(2026, 12, 1, 15, 10, tzinfo=UTC)),  # minutes ago
        ("2026-11-30T10:00", datetime(2026, 12, 1, 15, 10, tzinfo=UTC)),  # yesterday
    ],
)
def test_in_working_hours_the_first_step_is_to_call_now(start, now):
    _, plan = plan_for(now, interview__start=start)
    assert plan.actions[0].id == "call" and plan.actions[0].due == now
    assert plan.actions[1].id == "email"
    assert plan.actions[1].due - now == timedelta(minutes=15)


def test_without_phones_the_email_goes_now_and_there_is_no_call():
    now = datetime(2026, 12, 1, 15, 10, tzinfo=UTC)
    _, plan = plan_for(now, interviewer__phone=None, interview__start="2026-12-01T09:00")
    assert "call" not in by_id(plan)
    assert by_id(plan)["email"].due == now


def test_a_recruiter_phone_is_the_fallback_for_the_call():
    now = datetime(2026, 12, 1, 15, 10, tzinfo=UTC)
    recruiter = {"name": "Priya Raman", "phone": "+1 646 555 0199"}
    _, plan = plan_for(
        now, interviewer__phone=None, recruiter=recruiter, interview__start="2026-12-01T09:00"
    )
    assert "Priya Raman (recruiter)" in by_id(plan)["call"].title


def test_without_any_email_the_short_message_is_used():
    now = datetime(2026, 12, 1, 15, 10, tzinfo=UTC)
    _, plan = plan_for(now, interviewer__email=None, interview__start="2026-12-01T09:00")
    message = by_id(plan)["message"]
    assert message.channel == "linkedin" and message.message_id == "short_message"
    assert any("LinkedIn" in warning for warning in plan.warnings)


@pytest.mark.parametrize(
    ("interview_format", "step", "before"),
    [
        ("video", "tech_check", timedelta(hours=1)),
        ("onsite", "depart", timedelta(minutes=90)),
        ("phone", "phone_ready", timedelta(hours=1)),
    ],
)
def test_a_reschedule_replaces_follow_ups_with_prevention(interview_format, step, before):
    now = datetime(2026, 12, 1, 15, 10, tzinfo=UTC)
    new_time = {"start": "2026-12-07T11:00", "timezone": "America/New_York"}
    _, plan = plan_for(
        now,
        interview__start="2026-12-01T09:00",
        rescheduled_to=new_time,
        interview__format=interview_format,
    )
    actions = by_id(plan)
    start = datetime(2026, 12, 7, 16, 0, tzinfo=UTC)
    assert "follow_up" not in actions
    assert actions["confirm"].message_id == "reschedule_confirmation"
    assert actions["confirm"].due == now
    # The working day before Monday 7 Dec is Friday 4 Dec.
    assert iso(actions["double_confirm"].due_interviewer) == "2026-12-04T10:00:00-05:00"
    assert actions["reminder_24h"].due == start - timedelta(hours=24)
    assert actions["reminder_2h"].due == start - timedelta(hours=2)
    assert actions["reminder_30m"].due == start - timedelta(minutes=30)
    assert actions[step].due == start - before
    assert actions["interview"].due == start


def test_settings_move_hours_and_delays():
    now = datetime(2026, 12, 2, 20, 0, tzinfo=UTC)
    case = Case.model_validate(make_case(interview__start="2026-12-02T09:30"), context={"now": now})
    custom = PlanSettings(
        first_follow_up_days=1,
        interview_minutes=30,
        business_start=datetime(2026, 1, 1, 12, 0).time(),
    )
    plan = build_plan(case, now, custom)
    assert iso(by_id(plan)["follow_up"].due_interviewer) == "2026-12-04T10:00:00-05:00"
    assert all(slot.end - slot.start == timedelta(minutes=30) for slot in plan.slots)
    assert all(slot.interviewer.hour >= 12 for slot in plan.slots)


ZONES = [
    "America/New_York",
    "Europe/London",
    "Asia/Singapore",
    "Australia/Sydney",
    "Asia/Ho_Chi_Minh",
    "Asia/Kolkata",
    "America/Los_Angeles",
    "Pacific/Auckland",
    "UTC",
]


@settings(max_examples=60, deadline=None)
@given(
    now=st.datetimes(
        min_value=datetime(2026, 1, 1), max_value=datetime(2027, 12, 1), timezones=st.just(UTC)
    ),
    mine=st.sampled_from(ZONES),
    theirs=st.sampled_from(ZONES),
    hours_ago=st.integers(min_value=0, max_value=40),
    rescheduled_in=st.one_of(st.none(), st.integers(min_value=1, max_value=400)),
)
def test_plan_invariants(now, mine, theirs, hours_ago, rescheduled_in):
    from zoneinfo import ZoneInfo

    zone = ZoneInfo(theirs)
    start = (now - timedelta(hours=hours_ago)).astimezone(zone).replace(tzinfo=None)
    changes = {
        "interview__start": start.strftime("%Y-%m-%dT%H:%M"),
        "interview__timezone": theirs,
        "interviewer__timezone": theirs,
        "candidate__timezone": mine,
    }
    if rescheduled_in is not None:
        new = (now + timedelta(hours=rescheduled_in)).astimezone(zone).replace(tzinfo=None)
        changes["rescheduled_to"] = {"start": new.strftime("%Y-%m-%dT%H:%M"), "timezone": theirs}
    try:
        case = Case.model_validate(make_case(**changes), context={"now": now})
    except ValueError:
        return  # a generated wall time fell into a clock change
    plan = build_plan(case, now)
    dues = [action.due for action in plan.actions]
    assert dues == sorted(dues)
    assert all(due >= now for due in dues)
    limits = PlanSettings()
    overlap = not any("never overlap" in w for w in plan.warnings)
    for slot in plan.slots:
        local = slot.interviewer
        assert local.minute % 30 == 0 and slot.end - slot.start == timedelta(hours=1)
        assert limits.business_start <= local.time()
        assert (local + timedelta(hours=1)).time() <= limits.business_end
        assert local.weekday() < 5
        mine_local = slot.candidate
        inside = (
            limits.waking_start <= mine_local.time()
            and (mine_local + timedelta(hours=1)).time() <= limits.waking_end
            and mine_local.date() == (mine_local + timedelta(hours=1)).date()
        )
        assert inside == (not slot.outside_candidate_hours)
        if overlap:
            assert inside
        assert slot.start > now


def test_cli_plan_json_times_all_carry_offsets(runner):
    args = ["plan", "--case", "-", "--json", "--now", "2026-11-25T20:00+00:00"]
    result = runner.invoke(
        cli, args, input=json.dumps(make_case(interview__start="2026-11-25T09:30"))
    )
    assert result.exit_code == 0, result.output
    data = json.loads(result.output)
    assert {"actions", "slots", "warnings"} <= data.keys()
    stamps = [v for a in data["actions"] for k, v in a.items() if k.startswith("due")]
    stamps += [v for s in data["slots"] for k, v in s.items() if k != "outside_candidate_hours"]
    assert stamps and all(re.search(r"T\d\d:\d\d:\d\d[+-]\d\d:\d\d$", s) for s in stamps)
    assert all(a["due"].endswith("+00:00") for a in data["actions"])


def test_cli_plan_text_never_shows_a_bare_time(runner):
    args = ["plan", "--case", "-", "--now", "2026-11-25T20:00+00:00"]
    result = runner.invoke(
        cli, args, input=json.dumps(make_case(interview__start="2026-11-25T09:30"))
    )
    assert result.exit_code == 0
    for match in re.finditer(r"\b\d\d:\d\d\b(?:–\d\d:\d\d)?(?P<after>.{0,5})", result.output):
        assert re.match(r" (?:[A-Z]{2,5}|[+-]\d\d)\b", match["after"]), match.group()
    assert "EST" in result.output and "GMT" in result.output


def test_cli_plan_options_and_bad_values(runner):
    data = json.dumps(make_case(interview__start="2026-11-25T09:30"))
    base = ["plan", "--case", "-", "--json", "--now", "2026-11-25T20:00+00:00"]
    result = runner.invoke(
        cli, [*base, "--duration", "30", "--business-hours", "10:00-16:00"], input=data
    )
    slots = json.loads(result.output)["slots"]
    assert all(s["interviewer"][11:16] >= "10:00" for s in slots)
    bad = runner.invoke(cli, [*base, "--business-hours", "17:00-09:00"], input=data)
    assert bad.exit_code == 2 and "must start before it ends" in bad.output


def test_unknown_country_is_refused():
    data = json.dumps(make_case(interviewer__country="XX"))
    proc = run_cli("plan", "--case", "-", "--now", "2026-11-26T20:00+00:00", stdin=data.encode())
    assert proc.returncode == 2
    assert b"interviewer.country" in proc.stderr and b"Traceback" not in proc.stderr


HOLIDAY_PROBE = """
import sys
from datetime import date, timedelta
{setup}
days = [date(2026, 1, 1) + timedelta(days=n) for n in range(730)]
for country in ("US", "GB", "DE", "JP", "BR", "IN"):
    print(country, [d.isoformat() for d in days if {is_holiday}])
print(sum(1 for name in sys.modules if name.startswith("holidays.countries")))
"""


def _probe(setup, is_holiday):
    code = HOLIDAY_PROBE.format(setup=setup, is_holiday=is_holiday)
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120)
    assert proc.returncode == 0, proc.stderr
    *tables, loaded = proc.stdout.splitlines()
    return tables, int(loaded)


def test_the_planner_loads_only_the_countries_it_needs_and_gets_the_same_holidays():
    ours, loaded = _probe(
        "from secondchance.core.plan import business_calendar",
        "business_calendar(country)[0].is_holiday(d)",
    )
    theirs, _ = _probe(
        "import holidays; tables = {}",
        "d in tables.setdefault(country, holidays.country_holidays(country))",
    )
    assert ours == theirs
    assert "2026-11-26" in ours[0] and "2026-12-26" in ours[1]  # Thanksgiving, Boxing Day
    # Neither the package that imports every country nor an entry standing in for it (#19).
    assert loaded == 0


def test_before_the_start_the_call_goes_now_even_before_working_hours():
    ahead = datetime(2026, 11, 26, 13, 50, tzinfo=UTC)  # 08:50 in New York, 09:30 start
    case = Case.model_validate(
        make_case(interview__start="2026-11-26T09:30"), context={"now": ahead}
    )
    first, second = build_plan(case, ahead).actions[:2]
    assert (first.id, first.due) == ("call", ahead)
    assert second.title == "Email Dana Whitfield before the interview starts"


@pytest.mark.parametrize(
    ("attend", "extra", "purpose"),
    [
        ("no", {}, "that you cannot attend"),
        ("late", {"late_minutes": 20}, "that you are running late"),
        ("another_way", {}, "to offer another way to take part"),
    ],
)
def test_the_heads_up_email_is_titled_by_the_answer_about_attending(attend, extra, purpose):
    ahead = datetime(2026, 11, 26, 11, 0, tzinfo=UTC)  # 06:00 in New York, 09:30 start
    case = Case.model_validate(
        make_case(interview__start="2026-11-26T09:30", attend=attend, **extra),
        context={"now": ahead},
    )
    titles = [action.title for action in build_plan(case, ahead).actions]
    assert f"Email Dana Whitfield {purpose}" in titles
    assert "Email Dana Whitfield your apology" not in titles


def test_a_vp_or_c_level_contact_is_given_a_day_more_before_each_follow_up():
    # Fri 13 Nov, 15:00 New York, by email only. A Head of role: Tue 17 Nov, then five business
    # days on, Tue 24. A CFO or VP role: one day more each time, Wed 18 Nov and Thu 26, which
    # is Thanksgiving; not Fri 27, which many US offices close, but Mon 30.
    now = datetime(2026, 11, 13, 20, 0, tzinfo=UTC)
    for role, first, last in [
        ("Head of Data Platform", "2026-11-17", "2026-11-24"),
        ("Chief Financial Officer", "2026-11-18", "2026-11-30"),
        ("VP of Engineering", "2026-11-18", "2026-11-30"),
    ]:
        _, plan = plan_for(
            now, role=role, interview__start="2026-11-13T11:00", interviewer__phone=None
        )
        actions = by_id(plan)
        assert actions["follow_up"].due_interviewer.date().isoformat() == first, role
        assert actions["last_follow_up"].due_interviewer.date().isoformat() == last, role


def test_the_follow_up_counts_from_a_call_planned_after_the_email():
    # Wed 11 Nov, 19:30 in New York, after the start: the email goes now, the call waits for
    # Thu 12 at 09:30. Two business days from the call, not the email: Mon 16, not Fri 13.
    now = datetime(2026, 11, 12, 0, 30, tzinfo=UTC)
    _, plan = plan_for(now, interview__start="2026-11-11T09:30")
    actions = by_id(plan)
    assert iso(actions["call"].due_interviewer) == "2026-11-12T09:30:00-05:00"
    assert iso(actions["follow_up"].due_interviewer) == "2026-11-16T10:00:00-05:00"


@settings(max_examples=40, deadline=None)
@given(hours=st.integers(min_value=0, max_value=24 * 7 - 1))
def test_the_first_nudge_waits_two_full_days_after_the_last_message(hours):
    # Missed on Mon 16 Nov at 09:00 New York; the user starts at any hour of the next week.
    now = datetime(2026, 11, 16, 15, 0, tzinfo=UTC) + timedelta(hours=hours)
    _, plan = plan_for(now, interview__start="2026-11-16T09:00")
    actions = by_id(plan)
    sent = max(action.due for action in plan.actions if action.id in {"email", "short_message"})
    assert actions["follow_up"].due - sent >= timedelta(days=2)


@pytest.mark.parametrize(
    ("reason", "clock", "attend", "warned"),
    [
        ("forgot", datetime(2026, 11, 26, 13, 50, tzinfo=UTC), "late", True),
        ("timezone_mixup", datetime(2026, 11, 26, 13, 50, tzinfo=UTC), "late", True),
        # Whether or not the user said how they would take part, the interview can be kept.
        ("forgot", datetime(2026, 11, 26, 13, 50, tzinfo=UTC), None, True),
        ("overslept", datetime(2026, 11, 26, 13, 50, tzinfo=UTC), "late", False),
        ("forgot", datetime(2026, 11, 26, 15, 40, tzinfo=UTC), "late", False),
    ],
)
def test_a_slip_found_before_the_start_is_told_it_can_still_keep_the_interview(
    reason, clock, attend, warned
):
    # The interview is at 09:30 New York (14:30 UTC); 13:50 UTC is 40 minutes before it.
    case = Case.model_validate(
        make_case(reason=reason, attend=attend, interview__start="2026-11-26T09:30"),
        context={"now": clock},
    )
    found = [w for w in build_plan(case, clock).warnings if "has not started yet" in w]
    assert bool(found) == warned
    if warned:
        assert "40 minutes to go" in found[0]


@pytest.mark.parametrize(
    ("now", "missed", "sent", "nudge"),
    [
        # Wed 18 Nov, 20:30 New York: counted from its own date, the nudge fell on Friday 10:00.
        (datetime(2026, 11, 19, 1, 30, tzinfo=UTC), "2026-11-18T09:00", date(2026, 11, 18), "23"),
        # Sat 14 Nov, 10:00 New York: read on Monday, so nudged on Wednesday, not Tuesday.
        (datetime(2026, 11, 14, 15, 0, tzinfo=UTC), "2026-11-13T09:00", date(2026, 11, 14), "18"),
    ],
)
def test_an_email_is_nudged_two_business_days_after_it_is_read(now, missed, sent, nudge):
    _, plan = plan_for(now, interview__start=missed)
    actions = by_id(plan)
    assert actions["email"].due_interviewer.date() == sent
    assert iso(actions["follow_up"].due_interviewer) == f"2026-11-{nudge}T10:00:00-05:00"
