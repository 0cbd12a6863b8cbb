"""Calendar files, read back by two independent parsers: icalendar, and ics with dateutil."""

import io
import json
from datetime import UTC, datetime, timedelta
from email import message_from_bytes, policy

import ics
import pytest
from dateutil.tz import tzical
from icalendar import Calendar

from conftest import FIXED_NOW, ctx, make_case, run_cli
from secondchance import services
from secondchance.core.calendar import case_uid, interview_calendar
from secondchance.core.intake import Case, load_zone

NOW = datetime(2026, 11, 25, 20, 0, tzinfo=UTC)
NEW_TIME = datetime(2026, 12, 1, 10, 0, tzinfo=load_zone("America/New_York"))


def case(**changes):
    return Case.model_validate(
        make_case(interview__start="2026-11-25T09:30", **changes), context={"now": NOW}
    )


def parse_both(data: bytes):
    text = data.decode("utf-8")
    return Calendar.from_ical(data), ics.Calendar(text), tzical(io.StringIO(text))


def test_interview_file_parses_in_both_and_keeps_the_time():
    data = interview_calendar(case(), NEW_TIME, NOW)
    ours, theirs, zones = parse_both(data)
    event = next(iter(ours.walk("VEVENT")))
    assert event["DTSTART"].params["TZID"] == "America/New_York"
    assert event.decoded("DTSTART").astimezone(UTC) == datetime(2026, 12, 1, 15, 0, tzinfo=UTC)
    assert event.decoded("DTEND") - event.decoded("DTSTART") == timedelta(hours=1)
    assert "Head of Data Platform" in str(event["SUMMARY"]) and "Acme" in str(event["SUMMARY"])
    assert str(event["LOCATION"]).startswith("Video call")
    other = next(iter(theirs.events))
    assert other.begin.datetime.astimezone(UTC) == datetime(2026, 12, 1, 15, 0, tzinfo=UTC)
    assert other.uid == str(event["UID"])
    # The VTIMEZONE itself, read by dateutil: EST in December, EDT in July.
    zone = zones.get("America/New_York")
    assert datetime(2026, 12, 1, 10, 0, tzinfo=zone).utcoffset() == timedelta(hours=-5)
    assert datetime(2026, 7, 1, 10, 0, tzinfo=zone).utcoffset() == timedelta(hours=-4)


def test_interview_file_has_three_display_alarms():
    ours, theirs, _ = parse_both(interview_calendar(case(), NEW_TIME, NOW))
    alarms = list(ours.walk("VALARM"))
    assert [str(a["ACTION"]) for a in alarms] == ["DISPLAY"] * 3
    assert sorted(a.decoded("TRIGGER") for a in alarms) == [
        -timedelta(hours=24),
        -timedelta(hours=2),
        -timedelta(minutes=30),
    ]
    assert sorted(a.trigger for a in next(iter(theirs.events)).alarms) == [
        -timedelta(hours=24),
        -timedelta(hours=2),
        -timedelta(minutes=30),
    ]


def test_uid_is_stable_and_sequence_grows_when_the_time_moves():
    first = Calendar.from_ical(interview_calendar(case(), NEW_TIME, NOW))
    later = Calendar.from_ical(
        interview_calendar(case(), NEW_TIME + timedelta(days=1), NOW + timedelta(hours=3))
    )
    one, two = next(iter(first.walk("VEVENT"))), next(iter(later.walk("VEVENT")))
    assert one["UID"] == two["UID"] == case_uid(case())
    assert int(two["SEQUENCE"]) > int(one["SEQUENCE"])
    other_case = case(role="Chief Data Officer")
    assert case_uid(other_case) != case_uid(case())


def test_the_same_input_gives_the_same_bytes():
    assert interview_calendar(case(), NEW_TIME, NOW) == interview_calendar(case(), NEW_TIME, NOW)


def test_reminders_are_events_at_their_due_times():
    data = services.reminders_ics(case(interviewer__country="US"), NOW)
    ours, theirs, _ = parse_both(data)
    plan = services.build_plan(case(interviewer__country="US"), NOW)
    later = [a for a in plan.actions if a.due > NOW]
    events = sorted(ours.walk("VEVENT"), key=lambda e: e.decoded("DTSTART"))
    assert [str(e["SUMMARY"]) for e in events] == [a.title for a in later]
    assert [e.decoded("DTSTART").astimezone(UTC) for e in events] == [a.due for a in later]
    assert all(len(list(e.walk("VALARM"))) == 1 for e in events)
    assert len({str(e["UID"]) for e in events}) == len(events)
    assert len(theirs.events) == len(later)


def test_reschedule_reminders_include_prevention_steps():
    new = {"start": "2026-12-07T11:00", "timezone": "America/New_York"}
    ours, _, _ = parse_both(services.reminders_ics(case(rescheduled_to=new), NOW))
    titles = {str(e["SUMMARY"]) for e in ours.walk("VEVENT")}
    assert "Reminder: interview in 2 hours" in titles
    assert "Test camera, microphone, connection and the link" in titles


def run_ics(*args, data=None):
    stdin = json.dumps(data or make_case(interview__start="2026-11-25T09:30")).encode()
    return run_cli("ics", "--case", "-", "--now", "2026-11-25T20:00+00:00", *args, stdin=stdin)


def test_cli_writes_a_slot_to_a_file(tmp_path):
    out = tmp_path / "interview.ics"
    proc = run_ics("--slot", "2", "--out", str(out))
    assert proc.returncode == 0, proc.stderr
    event = next(iter(Calendar.from_ical(out.read_bytes()).walk("VEVENT")))
    # Slot 2 of this plan: Tue 1 Dec 09:00 in New York (Thanksgiving and the Friday after it,
    # when many firms close, are skipped; Mon 30 Nov is slot 1).
    assert event.decoded("DTSTART").astimezone(UTC) == datetime(2026, 12, 1, 14, 0, tzinfo=UTC)


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--slot", "4"], b"--slot must be between 1 and 3"),
        (["--slot", "0"], b"--slot must be between 1 and 3"),
        (["--at", "2026-11-20T10:00"], b"not in the future"),
        (["--at", "2027-03-14T02:30"], b"does not exist"),
        (["--at", "2027-11-07T01:30"], b"happens twice"),
        (["--at", "next tuesday"], b"not an ISO-8601 time"),
        ([], b"give --slot N or --at TIME"),
    ],
)
def test_cli_refuses_bad_times_with_exit_2(args, message):
    proc = run_ics(*args)
    assert proc.returncode == 2
    assert message in proc.stderr and b"Traceback" not in proc.stderr


def test_cli_at_with_an_offset_and_the_agreed_time():
    proc = run_ics("--at", "2026-12-02T15:00+00:00")
    event = next(iter(Calendar.from_ical(proc.stdout).walk("VEVENT")))
    assert event.decoded("DTSTART").astimezone(UTC) == datetime(2026, 12, 2, 15, 0, tzinfo=UTC)
    agreed = make_case(
        interview__start="2026-11-25T09:30",
        rescheduled_to={"start": "2026-12-03T09:00", "timezone": "Europe/London"},
    )
    proc = run_ics(data=agreed)
    event = next(iter(Calendar.from_ical(proc.stdout).walk("VEVENT")))
    assert event["DTSTART"].params["TZID"] == "Europe/London"
    assert event.decoded("DTSTART").astimezone(UTC) == datetime(2026, 12, 3, 9, 0, tzinfo=UTC)


def test_unicode_and_markup_in_names_survive_the_round_trip():
    tricky = case(
        candidate__name="Zoë Łukasiewicz",
        interviewer__name="<script>Nguyễn</script>",
        company="Ünïcode, Inc.; \\ Ltd",
    )
    event = next(
        iter(Calendar.from_ical(interview_calendar(tricky, NEW_TIME, FIXED_NOW)).walk("VEVENT"))
    )
    assert str(event["SUMMARY"]) == "Interview: Head of Data Platform at Ünïcode, Inc.; \\ Ltd"
    assert "<script>Nguyễn</script>" in str(event["DESCRIPTION"])


# --- Every file in a named zone (issue #12) -------------------------------------------------


def _vtimezones(data: bytes) -> set[str]:
    return {str(zone["TZID"]) for zone in Calendar.from_ical(data).walk("VTIMEZONE")}


@pytest.mark.parametrize(
    "at",
    ["2026-12-02T15:00:00Z", "2026-12-02T15:00:00+00:00", "2026-12-03T00:00+09:00"],
)
def test_any_offset_is_written_in_the_interviewers_zone_with_its_vtimezone(at):
    proc = run_ics("--at", at)
    assert proc.returncode == 0, proc.stderr
    text = proc.stdout.decode()
    assert "DTSTART;TZID=America/New_York:20261202T100000" in text
    assert "DTEND;TZID=America/New_York:20261202T110000" in text
    assert "DTSTART:2026" not in text and "DTEND:2026" not in text
    assert _vtimezones(proc.stdout) == {"America/New_York"}
    ours, theirs, zones = parse_both(proc.stdout)
    instant = datetime(2026, 12, 2, 15, 0, tzinfo=UTC)
    assert next(iter(ours.walk("VEVENT"))).decoded("DTSTART").astimezone(UTC) == instant
    assert next(iter(theirs.events)).begin.datetime.astimezone(UTC) == instant
    assert zones.get("America/New_York") is not None


def test_a_naive_wall_time_is_the_interviewers_own():
    proc = run_ics("--at", "2026-12-02T10:00")
    assert "DTSTART;TZID=America/New_York:20261202T100000" in proc.stdout.decode()


def test_an_interviewer_in_utc_still_gets_a_tzid_and_a_vtimezone():
    in_utc = case(interview__timezone="Etc/UTC", interviewer__timezone="Etc/UTC")
    data = interview_calendar(in_utc, datetime(2026, 12, 2, 15, tzinfo=UTC), NOW)
    assert b"DTSTART;TZID=Etc/UTC:20261202T150000" in data
    assert _vtimezones(data) == {"Etc/UTC"}
    ours, theirs, zones = parse_both(data)
    assert next(iter(theirs.events)).begin.datetime.astimezone(UTC) == datetime(
        2026, 12, 2, 15, tzinfo=UTC
    )
    assert zones.get("Etc/UTC").utcoffset(datetime(2026, 12, 2)) == timedelta(0)


def test_reminders_are_in_the_candidates_zone_with_its_vtimezone():
    tokyo = case(candidate__timezone="Asia/Tokyo")
    data = services.reminders_ics(tokyo, NOW)
    events = list(Calendar.from_ical(data).walk("VEVENT"))
    assert events and {str(e["DTSTART"].params["TZID"]) for e in events} == {"Asia/Tokyo"}
    assert {str(e["DTEND"].params["TZID"]) for e in events} == {"Asia/Tokyo"}
    assert _vtimezones(data) == {"Asia/Tokyo"}
    _, theirs, _ = parse_both(data)
    assert len(theirs.events) == len(events)


def _sequence(data: bytes) -> int:
    return int(next(iter(Calendar.from_ical(data).walk("VEVENT")))["SEQUENCE"])


def test_sequence_grows_only_when_the_time_moves_and_is_kept_in_the_store(db_url):
    from secondchance.core.calendar import legacy_sequence

    db = services.Database(db_url)
    first = _sequence(services.interview_ics(case(), NOW, at=NEW_TIME, db=db))
    assert first > legacy_sequence(NOW)  # above anything the old scheme wrote before now
    later = NOW + timedelta(hours=5)
    assert _sequence(services.interview_ics(case(), later, at=NEW_TIME, db=db)) == first
    same_instant = NEW_TIME.astimezone(UTC)
    assert _sequence(services.interview_ics(case(), later, at=same_instant, db=db)) == first
    moved = NEW_TIME + timedelta(days=1)
    assert _sequence(services.interview_ics(case(), later, at=moved, db=db)) == first + 1
    back = services.interview_ics(case(), later + timedelta(days=3), at=NEW_TIME, db=db)
    assert _sequence(back) == first + 2
    other = case(role="Chief Data Officer")
    assert _sequence(services.interview_ics(other, later, at=NEW_TIME, db=db)) > 0


def test_the_cli_keeps_the_sequence_in_the_database_it_is_given(tmp_path):
    url = f"sqlite:///{tmp_path / 'cal.db'}"
    one = run_ics("--at", "2026-12-02T15:00", "--db", url)
    two = run_ics("--at", "2026-12-02T15:00", "--db", url)
    three = run_ics("--at", "2026-12-02T16:00", "--db", url)
    assert one.returncode == two.returncode == three.returncode == 0, one.stderr
    assert _sequence(one.stdout) == _sequence(two.stdout) == _sequence(three.stdout) - 1


def test_a_stored_case_keeps_its_calendar_uids_when_a_name_is_corrected(db_url):
    """#19 Low 10: a corrected name made a new UID, so re-importing doubled the event."""
    now = datetime(2026, 11, 26, 16, 0, tzinfo=UTC)
    db = services.Database(db_url)
    agreed = {"start": "2026-12-03T10:00", "timezone": "America/New_York"}
    services.add_case(ctx(db, now), make_case(rescheduled_to=agreed))

    def uids():
        tracked = services.get_case(ctx(db), 1)
        case = services.current_case(tracked)
        interview = services.interview_ics(case, now, db=db, case_key=tracked.uuid)
        reminders = services.case_reminders_ics(tracked, now)
        raw = bytes(services.message_eml(ctx(db, now), 1, "reschedule_confirmation"))
        [attached] = message_from_bytes(raw, policy=policy.default).iter_attachments()
        return [
            sorted(str(event["UID"]) for event in Calendar.from_ical(data).walk("VEVENT"))
            for data in (interview, reminders, attached.get_content())
        ]

    before = uids()
    services.edit_case(ctx(db, now), 1, {"interviewer": {"name": "Dana Whitfield-Ng"}})
    services.edit_case(ctx(db, now), 1, {"candidate": {"name": "Zoë Ł."}, "company": "Acme"})
    assert uids() == before
    assert before[0] == before[2]  # the invite and the confirmation's attachment agree
