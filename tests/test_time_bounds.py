"""Times near the calendar's edges, and new times in the past, are refused, never stored.

Issue #11: a reschedule to 9999-12-31 used to be stored and then broke every listing with an
OverflowError; a reschedule in the past made the kit confirm an interview long gone.
"""

import json
import subprocess
import sys

import pytest

from conftest import FIXED_NOW, make_case
from secondchance.cli import Exit
from secondchance.wording import BY_ID
from test_web import build_client

# Agreed for 10:00 New York on the day of the miss: after the interview, before FIXED_NOW.
PAST_CASE = make_case(rescheduled_to={"start": "2026-11-26T10:00", "timezone": "America/New_York"})


@pytest.fixture
def client(db_url):
    with build_client(db_url) as test_client:
        assert test_client.post("/api/cases", json=make_case()).status_code == 201
        yield test_client


@pytest.mark.parametrize(
    ("body", "message"),
    [
        ({"event": "rescheduled", "to": "9999-12-31T23:00"}, "outside the years"),
        ({"event": "rescheduled", "to": "0001-01-01T00:00+14:00"}, "outside the years"),
        ({"event": "rescheduled", "to": "2026-11-20T10:00"}, "not in the future"),
        ({"event": "rescheduled", "to": "2029-11-20T10:00"}, "more than a year ahead"),
        ({"event": "rescheduled", "to": "2026-12-03T10:00", "timezone": "0"}, "time zone"),
        ({"event": "called", "at": "0001-01-01T00:00+14:00"}, "outside the years"),
        ({"event": "called", "at": "9999-12-31T23:59+00:00"}, "outside the years"),
    ],
)
def test_api_refuses_events_at_impossible_times_and_the_listing_survives(client, body, message):
    response = client.post("/api/cases/1/events", json=body)
    assert response.status_code == 422, response.text
    assert message in response.text
    assert client.get("/api/cases").status_code == 200
    assert client.get("/api/due").status_code == 200
    assert client.get("/api/cases/1").json()["events"] == []


def test_api_accepts_a_sane_new_time_and_the_kit_confirms_it(client):
    body = {"event": "rescheduled", "to": "2026-12-03T10:00", "timezone": "America/New_York"}
    assert client.post("/api/cases/1/events", json=body).status_code == 200
    assert client.get("/api/cases/1").json()["status"] == "rescheduled"


@pytest.mark.parametrize(
    "path",
    ["/api/plan?now=9999-12-31T00:00%2B00:00", "/api/plan?now=0001-01-01T00:00%2B14:00"],
)
def test_api_refuses_a_now_at_the_calendars_edges(client, path):
    response = client.post(path, json=make_case())
    assert response.status_code == 422 and "outside the years" in response.text


@pytest.mark.parametrize("at", ["0001-01-01T00:00:00+14:00", "9999-12-31T23:00:00+00:00"])
def test_api_ics_refuses_an_impossible_new_time(client, at):
    response = client.post("/api/ics", json={"case": make_case(), "at": at})
    assert response.status_code == 422 and "outside the years" in response.text


def test_api_refuses_a_case_whose_new_time_is_already_past(client):
    response = client.post("/api/kit", json=PAST_CASE)
    # Field errors come in the plain words of secondchance.wording (#20).
    assert response.status_code == 422 and BY_ID["new_time_past"].text in response.text


def run_cli(*args, stdin=b""):
    # A real process: the exit code and the message come from the installed entry point.
    return subprocess.run(
        [sys.executable, "-m", "secondchance", *args], input=stdin, capture_output=True, timeout=60
    )


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["plan", "--case", "-", "--now", "9999-12-31T00:00+00:00"], "outside the years"),
        (["kit", "--case", "-", "--now", "2026-11-26T15:40+00:00"], "not in the future"),
        (["ics", "--case", "-", "--at", "9999-12-31T10:00"], "outside the years"),
    ],
)
def test_cli_refuses_impossible_times_with_exit_2(args, message, tmp_path):
    data = PAST_CASE if args[0] == "kit" else make_case()
    extra = ["--db", f"sqlite:///{tmp_path / 'x.db'}"] if args[0] == "ics" else []
    proc = run_cli(*args, *extra, stdin=json.dumps(data).encode())
    assert proc.returncode == Exit.BAD_INPUT, proc.stderr
    assert message in proc.stderr.decode()
    assert b"Traceback" not in proc.stderr


def test_cli_case_log_refuses_a_reschedule_to_the_year_9999(tmp_path):
    url = f"sqlite:///{tmp_path / 'cases.db'}"
    now = ["--now", FIXED_NOW.isoformat()]
    added = run_cli(
        "case", "add", "--case", "-", "--db", url, *now, stdin=json.dumps(make_case()).encode()
    )
    assert added.returncode == 0, added.stderr
    logged = run_cli("case", "log", "1", "rescheduled", "--to", "9999-12-31T23:00", "--db", url)
    assert logged.returncode == Exit.BAD_INPUT and b"outside the years" in logged.stderr
    assert b"Traceback" not in logged.stderr
    listed = run_cli("case", "list", "--db", url, "--json")
    assert listed.returncode == 0 and json.loads(listed.stdout)[0]["status"] == "missed"
