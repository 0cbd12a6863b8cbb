"""The service context: its clock reaches every service that reads the time."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta
from email.utils import parsedate_to_datetime
from zoneinfo import ZoneInfo

import pytest
from fastapi.testclient import TestClient

from conftest import ctx, make_case
from secondchance import services
from secondchance.core.errors import UserError
from secondchance.services import replies
from secondchance.web.app import WebSettings, create_app

OPENED = datetime(2026, 11, 26, 15, 40, tzinfo=UTC)
# Two clocks days apart, both after the case was stored: every result that depends on the
# time must tell them apart.
EARLY = OPENED + timedelta(minutes=5)
# Four days on: past the Thanksgiving weekend, whose Friday is never offered as a slot, so the
# two clocks are offered different times.
LATE = OPENED + timedelta(days=4, hours=2)
NEW_YORK = ZoneInfo("America/New_York")


@pytest.fixture
def db(db_url):
    database = services.Database(db_url)
    services.add_case(ctx(database, OPENED), make_case())
    yield database
    database.close()


def test_a_new_case_is_opened_at_the_clock(db):
    later = OPENED + timedelta(hours=1)
    case_id = services.add_case(ctx(db, later), make_case(company="Second Co"))
    assert services.get_case(ctx(db), case_id).opened_at == later


def test_an_event_without_a_time_is_logged_at_the_clock(db):
    tracked = services.log_event(ctx(db, EARLY), 1, "called")
    assert [entry.at for entry in tracked.events] == [EARLY]


def test_an_event_ahead_of_the_clock_is_refused(db):
    with pytest.raises(services.InputError, match="in the future"):
        services.log_event(ctx(db, EARLY), 1, "called", EARLY + timedelta(hours=1))


@pytest.mark.parametrize("clock", [EARLY, LATE])
def test_due_items_are_what_is_due_by_the_clock(db, clock):
    items = services.due(ctx(db, clock))
    assert items and all(item.action.due <= clock for item in items)


def test_a_later_clock_makes_more_steps_due(db):
    early = {item.action.id for item in services.due(ctx(db, EARLY))}
    late = {item.action.id for item in services.due(ctx(db, LATE))}
    assert early < late


@pytest.mark.parametrize(
    "plan_of",
    [
        pytest.param(lambda context: services.stored_plan(context, 1), id="stored_plan"),
        pytest.param(lambda context: services.kit_view(context, 1).plan, id="kit_view"),
        pytest.param(lambda context: services.show_case(context, 1).plan, id="show_case"),
    ],
)
def test_a_stored_case_is_planned_from_the_clock(db, plan_of):
    for clock in (EARLY, LATE):
        plan = plan_of(ctx(db, clock))
        assert plan.slots and all(slot.start > clock for slot in plan.slots)
    assert plan_of(ctx(db, EARLY)).slots != plan_of(ctx(db, LATE)).slots


@pytest.mark.parametrize("clock", [EARLY, LATE])
def test_a_reply_without_a_date_counts_as_sent_at_the_clock(db, clock):
    advice = replies.read_for_case(ctx(db, clock), 1, b"Could we do tomorrow at 10am instead?")
    [offered] = advice.reading.times
    tomorrow = clock.astimezone(NEW_YORK).date() + timedelta(days=1)
    assert offered.start.astimezone(NEW_YORK).replace(tzinfo=None) == datetime.combine(
        tomorrow, datetime.min.time()
    ).replace(hour=10)


def test_an_accepted_time_must_lie_after_the_clock(db):
    start = (LATE - timedelta(days=1)).astimezone(NEW_YORK)
    assert replies.accept_time(ctx(db, EARLY), 1, start).status == "rescheduled"
    with pytest.raises(services.InputError, match="not in the future"):
        replies.accept_time(ctx(db, LATE), 1, start)


def test_an_eml_is_dated_by_the_clock(db):
    email = services.message_eml(ctx(db, LATE), 1, "apology_email")
    assert parsedate_to_datetime(email["Date"]) == LATE


def test_settings_keep_only_our_variables_as_they_were_read():
    environ = {"SECONDCHANCE_SMTP_URL": "smtp://127.0.0.1:2525", "HOME": "/root"}
    settings = services.Settings.from_env(environ)
    environ["SECONDCHANCE_SMTP_URL"] = "smtps://elsewhere.example"
    assert dict(settings.env) == {"SECONDCHANCE_SMTP_URL": "smtp://127.0.0.1:2525"}
    assert settings.smtp_configured and not settings.imap_configured


def test_a_bad_mail_url_refuses_sending_but_not_the_rest(db):
    context = ctx(db, EARLY, {"SECONDCHANCE_SMTP_URL": "smtps://me@[::1"})
    assert services.due(context)
    with pytest.raises(UserError) as error:
        services.send_message(context, 1, "apology_email", dry_run=True)
    assert str(error.value).startswith("SECONDCHANCE_SMTP_URL cannot be read")


def test_the_web_app_reads_its_clock_once_per_request(db_url):
    ticks: list[datetime] = []

    def ticking() -> datetime:  # each reading an hour after the last
        ticks.append(OPENED + timedelta(hours=len(ticks)))
        return ticks[-1]

    app = create_app(WebSettings(db_url), clock=ticking)
    with TestClient(app, base_url="http://127.0.0.1:8731") as client:
        created = client.post("/api/cases", json=make_case())
        assert created.status_code == 201
        logged = client.post(f"/api/cases/{created.json()['id']}/events", json={"event": "called"})
        assert logged.status_code == 200
        page = client.get(f"/cases/{created.json()['id']}/kit")
        assert page.status_code == 200
    assert len(ticks) == 3  # one reading per request, however many services it called
    assert datetime.fromisoformat(logged.json()["opened_at"]) == ticks[0]
    assert datetime.fromisoformat(logged.json()["events"][0]["at"]) == ticks[1]


def test_the_cli_clock_is_its_now_option(db_url, runner):
    from secondchance.cli import cli

    added = runner.invoke(
        cli,
        ["case", "add", "--case", "-", "--db", db_url, "--now", OPENED.isoformat()],
        input=json.dumps(make_case()),
    )
    assert added.exit_code == 0, added.output
    read = runner.invoke(
        cli,
        ["reply", "-", "--case", "1", "--db", db_url, "--now", LATE.isoformat(), "--json"],
        input="Could we do tomorrow at 10am instead?",
    )
    assert read.exit_code == 0, read.output
    [offered] = json.loads(read.output)["times"]
    tomorrow = LATE.astimezone(NEW_YORK).date() + timedelta(days=1)
    assert datetime.fromisoformat(offered["start"]).astimezone(NEW_YORK).date() == tomorrow
