"""`secondchance reply`, POST /api/reply and the case page's "They replied" box (issue 18)."""

import json
import subprocess
import sys
from email.message import EmailMessage
from email.utils import format_datetime
from pathlib import Path

import pytest
from bs4 import BeautifulSoup
from icalendar import Calendar

from conftest import FIXED_NOW, make_case
from secondchance.cli import cli
from test_web import add_case, client, csrf, soup  # noqa: F401 - the client fixture

ROWS = [
    json.loads(line)
    for line in (Path(__file__).parent / "data" / "replies-dev.jsonl").read_text().splitlines()
]
# The base case's interview was 2026-11-26 09:30 in New York; the clock is 15:40 UTC that day.
OFFER = "Hi Zoë,\n\nNo problem. Could you do Tuesday 1 December at 10am ET, or Wednesday at 2pm?\n"
DECLINE = "Thank you. Unfortunately we have decided to move forward with other candidates."


def run_reply(runner, text, *args):
    return runner.invoke(cli, ["reply", "-", *args], input=text)


@pytest.mark.parametrize("row", ROWS[::9], ids=[r["id"] for r in ROWS[::9]])
def test_cli_json_is_the_hidden_test_form(runner, row):
    args = ["--sent", row["sent"], "--timezone", row["timezone"]]
    args += ["--candidate-timezone", row["candidate_timezone"], "--json"]
    result = run_reply(runner, row["text"], *args)
    assert result.exit_code == 0, result.output
    out = json.loads(result.output)
    assert out["kind"] == row["kind"]
    assert [t["start"] for t in out["times"]] == [t["start"] for t in row["times"]]
    assert all(t["text"] for t in out["times"])
    assert out["return_date"] == row["return_date"]


def test_cli_reads_an_eml_and_its_date_header_wins(runner, tmp_path):
    email = EmailMessage()
    email["From"] = "Dana <dana@acme.example>"
    email["To"] = "zoe@example.com"
    email["Subject"] = "Re: Sorry I missed our interview"
    email["Date"] = format_datetime(FIXED_NOW)  # Thursday 26 November
    email.set_content("Could we do tomorrow at 10am?\n\nOn Wed, Zoë wrote:\n> Monday 3pm?\n")
    path = tmp_path / "reply.eml"
    path.write_bytes(bytes(email))
    result = runner.invoke(
        cli,
        [
            "reply",
            str(path),
            "--sent",
            "2026-01-01T09:00+00:00",
            "--timezone",
            "America/New_York",
            "--json",
        ],
    )
    assert result.exit_code == 0, result.output
    out = json.loads(result.output)
    assert [t["start"] for t in out["times"]] == ["2026-11-27T10:00:00-05:00"]


def test_cli_auto_reply_by_header(runner, tmp_path):
    email = EmailMessage()
    email["From"] = "dana@acme.example"
    email["Date"] = format_datetime(FIXED_NOW)
    email["Subject"] = "Thanks"
    email["Auto-Submitted"] = "auto-replied"
    email.set_content("Thank you for your message. I will be back on 7 December.")
    path = tmp_path / "auto.eml"
    path.write_bytes(bytes(email))
    result = runner.invoke(cli, ["reply", str(path), "--timezone", "Europe/London", "--json"])
    out = json.loads(result.output)
    assert (out["kind"], out["times"], out["return_date"]) == ("auto_reply", [], "2026-12-07")


@pytest.mark.parametrize(
    ("args", "stdin", "message"),
    [
        (["--timezone", "America/New_York"], b"hi", "--sent"),
        (["--sent", "2026-01-01T09:00+00:00"], b"hi", "--timezone"),
        (["--sent", "2026-01-01T09:00", "--timezone", "UTC"], b"hi", "UTC offset"),
        (["--sent", "2026-01-01T09:00+00:00", "--timezone", "Mars/Base"], b"hi", "IANA"),
        (["--sent", "2026-01-01T09:00+00:00", "--timezone", "UTC"], b"  \n", "empty"),
        (["--sent", "2026-01-01T09:00+00:00", "--timezone", "UTC"], b"\xff\xfe", "UTF-8"),
        (
            ["--sent", "2026-01-01T09:00+00:00", "--timezone", "UTC", "--accept", "1"],
            b"hi",
            "--case",
        ),
    ],
)
def test_cli_bad_input_exits_2_with_a_message(args, stdin, message):
    proc = subprocess.run(
        [sys.executable, "-m", "secondchance", "reply", "-", *args],
        input=stdin,
        capture_output=True,
        timeout=60,
    )
    assert proc.returncode == 2
    stderr = proc.stderr.decode()
    assert message in stderr
    assert "Traceback" not in stderr


def test_cli_with_a_case_accepts_a_time_only_when_told(runner, tmp_path):
    db = str(tmp_path / "cases.db")
    case_file = tmp_path / "case.json"
    case_file.write_text(json.dumps(make_case()))
    added = runner.invoke(
        cli, ["case", "add", "--case", str(case_file), "--db", db, "--now", FIXED_NOW.isoformat()]
    )
    assert added.exit_code == 0, added.output
    case_id = "1"
    now = ["--now", FIXED_NOW.isoformat(), "--db", db]
    read_only = runner.invoke(cli, ["reply", "-", "--case", case_id, *now, "--json"], input=OFFER)
    out = json.loads(read_only.output)
    assert out["kind"] == "proposes_times"
    assert out["times"][0]["start"] == "2026-12-01T10:00:00-05:00"
    assert "1 December" in out["message"]["body"] or "December" in out["message"]["body"]
    shown = runner.invoke(cli, ["case", "show", case_id, *now, "--json"])
    assert json.loads(shown.output)["status"] == "missed"  # reading moved nothing
    accepted = runner.invoke(
        cli, ["reply", "-", "--case", case_id, "--accept", "1", *now], input=OFFER
    )
    assert accepted.exit_code == 0, accepted.output
    shown = json.loads(runner.invoke(cli, ["case", "show", case_id, *now, "--json"]).output)
    assert shown["status"] == "rescheduled"
    assert [e["event"] for e in shown["events"]] == ["rescheduled"]


AWAY = (
    "Thank you for your email. I am out of the office with limited access to email and will be"
    " back on Monday 7 December."
)


def test_noting_an_absence_plans_the_follow_up_after_the_return_date(runner, tmp_path):
    db = str(tmp_path / "cases.db")
    case_file = tmp_path / "case.json"
    case_file.write_text(json.dumps(make_case()))
    now = ["--now", FIXED_NOW.isoformat(), "--db", db]
    assert runner.invoke(cli, ["case", "add", "--case", str(case_file), *now]).exit_code == 0
    not_away = runner.invoke(cli, ["reply", "-", "--case", "1", "--note-away", *now], input=OFFER)
    assert not_away.exit_code == 2
    assert "automatic reply" in not_away.output
    noted = runner.invoke(cli, ["reply", "-", "--case", "1", "--note-away", *now], input=AWAY)
    assert noted.exit_code == 0, noted.output
    shown = json.loads(runner.invoke(cli, ["case", "show", "1", *now, "--json"]).output)
    assert shown["status"] == "missed"  # nobody has answered yet
    assert [(e["event"], e["note"]) for e in shown["events"]] == [
        ("away_notice", "back on 2026-12-07")
    ]
    steps = {action["id"]: action for action in shown["plan"]["actions"]}
    # One business day after Monday 7 December, at 10:00 in the interviewer's New York.
    assert steps["follow_up_after_return"]["due_interviewer"] == "2026-12-08T10:00:00-05:00"
    assert "follow_up" not in steps


# --- The API -------------------------------------------------------------------------------


def test_api_reply_matches_the_cli(client, runner):  # noqa: F811
    row = ROWS[0]
    body = {k: row[k] for k in ("text", "sent", "timezone", "candidate_timezone")}
    response = client.post("/api/reply", json=body)
    assert response.status_code == 200, response.text
    args = [
        "--sent",
        row["sent"],
        "--timezone",
        row["timezone"],
        "--candidate-timezone",
        row["candidate_timezone"],
        "--json",
    ]
    assert response.json() == json.loads(run_reply(runner, row["text"], *args).output)


@pytest.mark.parametrize(
    ("body", "field"),
    [
        ({"text": "hi", "sent": "2026-01-01T09:00", "timezone": "UTC"}, "sent"),
        ({"text": "hi", "sent": "2026-01-01T09:00+00:00", "timezone": "Mars/Base"}, "timezone"),
        ({"text": "", "sent": "2026-01-01T09:00+00:00", "timezone": "UTC"}, "text"),
        ({"sent": "2026-01-01T09:00+00:00", "timezone": "UTC"}, "text"),
        ({"text": "hi", "sent": "2026-01-01T09:00+00:00", "timezone": "UTC", "x": 1}, "x"),
    ],
)
def test_api_reply_bad_input_is_422_with_field_errors(client, body, field):  # noqa: F811
    response = client.post("/api/reply", json=body)
    assert response.status_code == 422
    assert field in {str(part) for item in response.json()["detail"] for part in item["loc"]}


# --- The case page -------------------------------------------------------------------------


def paste(client, case_id, text):  # noqa: F811
    token = csrf(client, f"/cases/{case_id}")
    response = client.post(f"/cases/{case_id}/reply", data={"csrf": token, "reply": text})
    assert response.status_code == 200, response.text
    return token, BeautifulSoup(response.text, "html.parser")


def test_case_page_has_the_reply_box(client):  # noqa: F811
    case_id = add_case(client)
    html = soup(client.get(f"/cases/{case_id}"))
    assert html.find(id="they-replied").find("textarea", {"name": "reply"}) is not None


def test_pasting_shows_each_time_in_both_zones_and_moves_nothing(client):  # noqa: F811
    case_id = add_case(client)
    _, html = paste(client, case_id, OFFER)
    assert html.find(id="reply-kind").get_text() == "proposes times"
    items = html.find(id="reply-times").find_all("li")
    assert len(items) == 2
    first = items[0].get_text(" ", strip=True)
    assert "10:00" in first and "15:00" in first  # New York, then London
    assert "Tuesday 1 December at 10am ET" in first
    assert len(html.find_all("button", {"name": "accept"})) == 2
    status = soup(client.get(f"/cases/{case_id}")).find(id="status").get_text()
    assert status == "missed"


def test_accepting_a_time_logs_it_and_shows_the_confirmation_and_ics(client):  # noqa: F811
    case_id = add_case(client)
    client.post(f"/api/cases/{case_id}/events", json={"event": "apology_sent"})
    token, html = paste(client, case_id, OFFER)
    start = html.find("input", {"name": "start"})["value"]
    done = client.post(
        f"/cases/{case_id}/reply/accept",
        data={"csrf": token, "start": start, "kind": "proposes_times"},
    )
    page = BeautifulSoup(done.text, "html.parser")
    assert "rescheduled" in page.find(id="reply-status").get_text()
    assert "December" in page.find(id="reply-message").get_text()
    events = [e["event"] for e in client.get(f"/api/cases/{case_id}").json()["events"]]
    assert events[-2:] == ["reply_received", "rescheduled"]
    ics = client.get(page.find(id="ics")["href"])
    (event,) = Calendar.from_ical(ics.content).walk("VEVENT")
    assert event.decoded("DTSTART").isoformat() == "2026-12-01T10:00:00-05:00"


def test_a_decline_is_logged_only_on_the_button_and_shows_the_decline_reply(client):  # noqa: F811
    case_id = add_case(client)
    token, html = paste(client, case_id, DECLINE)
    assert html.find(id="reply-kind").get_text() == "declined"
    assert client.get(f"/api/cases/{case_id}").json()["status"] == "missed"
    done = client.post(f"/cases/{case_id}/reply/decline", data={"csrf": token})
    page = BeautifulSoup(done.text, "html.parser")
    assert page.find(id="reply-message").get_text().strip()
    assert client.get(f"/api/cases/{case_id}").json()["status"] == "declined"


def test_reply_forms_need_the_csrf_token(client):  # noqa: F811
    case_id = add_case(client)
    refused = client.post(f"/cases/{case_id}/reply", data={"csrf": "forged", "reply": OFFER})
    assert refused.status_code == 422


def test_script_in_a_reply_is_escaped(client):  # noqa: F811
    case_id = add_case(client)
    _, html = paste(client, case_id, "<script>alert(1)</script> Could you do Tuesday at 2pm?")
    assert html.find("script", string="alert(1)") is None


def test_asking_for_other_times_logs_the_reply_and_offers_the_plans_slots(client):  # noqa: F811
    case_id = add_case(client)
    client.post(f"/api/cases/{case_id}/events", json={"event": "apology_sent"})
    token, html = paste(client, case_id, OFFER)
    assert html.find(id="other-times") is not None
    done = client.post(f"/cases/{case_id}/reply/other-times", data={"csrf": token})
    page = BeautifulSoup(done.text, "html.parser")
    slots = page.find(id="other-slots").find_all("li")
    assert len(slots) == 3
    assert all("for you" in slot.get_text() for slot in slots)  # both zones
    detail = client.get(f"/api/cases/{case_id}").json()
    assert (detail["status"], detail["events"][-1]["event"]) == ("apologized", "reply_received")


def test_accepting_after_a_decline_logs_nothing(client):  # noqa: F811
    case_id = add_case(client)
    assert client.post(f"/api/cases/{case_id}/reply/decline", json={}).status_code == 200
    refused = client.post(
        f"/api/cases/{case_id}/reply/accept", json={"start": "2026-12-01T10:00:00-05:00"}
    )
    assert refused.status_code == 422
    events = [e["event"] for e in client.get(f"/api/cases/{case_id}").json()["events"]]
    assert events == ["declined"]


# --- The next message, written by the composer for each kind of reply -----------------------

KIND_SAMPLES = {
    "proposes_times": (OFFER, "reschedule_confirmation", "confirmation"),
    "declined": (DECLINE, "decline_reply", "decline_reply"),
    "asks_what_happened": (
        "Hi Zoë, thanks for writing. Can you tell me what happened this morning?",
        "asks_what_happened",
        "apology",
    ),
    "asks_for_times": (
        "Thanks for reaching out. Could you send me a few times that work for you next week?",
        "asks_for_times",
        "confirmation",
    ),
    "pending": (
        "Thanks Zoë, I am checking with the hiring manager and will get back to you.",
        "pending",
        "no_reply_follow_up",
    ),
    "auto_reply": (
        "I am out of the office until 7 December with limited access to email.",
        "auto_reply",
        "no_reply_follow_up",
    ),
}


@pytest.mark.parametrize("kind", list(KIND_SAMPLES))
def test_each_kind_shows_its_own_next_message_in_cli_api_and_page(kind, client, runner, tmp_path):  # noqa: F811
    from secondchance.core.review import review

    text, message_id, message_type = KIND_SAMPLES[kind]
    db = str(tmp_path / "cases.db")
    case_file = tmp_path / "case.json"
    case_file.write_text(json.dumps(make_case()))
    now = ["--now", FIXED_NOW.isoformat(), "--db", db]
    assert runner.invoke(cli, ["case", "add", "--case", str(case_file), *now]).exit_code == 0
    out = json.loads(
        runner.invoke(cli, ["reply", "-", "--case", "1", *now, "--json"], input=text).output
    )
    assert (out["kind"], out["next_message"]) == (kind, message_id)
    message = out["message"]
    assert message["message_type"] == message_type and message["body"].strip()
    full = f"{message['body']}\n{message['signature']}"
    result = review(full, "email", message["subject"], message_type=message_type)
    assert result.verdict == "ready" and not result.findings, result.findings
    shown = runner.invoke(cli, ["reply", "-", "--case", "1", *now], input=text).output
    assert message["body"].splitlines()[0] in shown

    case_id = add_case(client)
    api = client.post(f"/api/cases/{case_id}/reply", json={"text": text}).json()
    assert (api["kind"], api["next_message"], api["message"]["body"]) == (
        kind,
        message_id,
        message["body"],
    )
    _, html = paste(client, case_id, text)
    assert html.find(id="next-message-missing") is None
    assert message["body"].splitlines()[-1] in html.find(id="next-message").get_text()


def test_the_note_after_an_absence_is_timed_for_the_return_date(client):  # noqa: F811
    case_id = add_case(client)
    api = client.post(
        f"/api/cases/{case_id}/reply", json={"text": KIND_SAMPLES["auto_reply"][0]}
    ).json()
    assert api["return_date"] == "2026-12-07"
    assert "Monday 7 December" in api["message"]["send_when"]


def test_an_absence_without_a_return_date_says_to_wait(client):  # noqa: F811
    case_id = add_case(client)
    _, html = paste(client, case_id, "I am currently out of the office with limited access.")
    assert html.find(id="reply-kind").get_text() == "auto reply"
    assert html.find(id="next-message") is None
    assert "when they are back" in html.find(id="next-message-missing").get_text()


def test_next_message_ids_are_the_composers():
    from secondchance.core.compose.replies import REPLY_TYPES
    from secondchance.core.message_types import MESSAGE_IDS
    from secondchance.services.replies import NEXT_MESSAGE

    named = {name for name in NEXT_MESSAGE.values() if name is not None}
    assert named == set(REPLY_TYPES) | {"reschedule_confirmation", "decline_reply"}
    assert named - set(REPLY_TYPES) <= set(MESSAGE_IDS)


def test_reading_a_reply_loads_neither_the_reviewer_nor_the_composer():
    probe = (
        "import sys\n"
        "from secondchance.cli import cli\n"
        "try:\n"
        "    cli(['reply', '-', '--sent', '2026-03-05T14:30-05:00', '--timezone', 'UTC',"
        " '--json'])\n"
        "except SystemExit:\n"
        "    pass\n"
        "print(sorted(n for n in sys.modules if n.startswith(('secondchance.core.review',"
        " 'secondchance.core.compose', 're2'))), file=sys.stderr)\n"
    )
    proc = subprocess.run(
        [sys.executable, "-c", probe], input=OFFER.encode(), capture_output=True, timeout=60
    )
    assert b'"kind": "proposes_times"' in proc.stdout
    assert proc.stderr.decode().strip().splitlines()[-1] == "[]"


# --- Noting an absence from the case page and the API --------------------------------------


def away_events(client, case_id):  # noqa: F811
    events = client.get(f"/api/cases/{case_id}").json()["events"]
    return [(e["event"], e["note"]) for e in events]


def test_the_case_page_notes_a_return_date_only_on_the_button(client):  # noqa: F811
    case_id = add_case(client)
    token, html = paste(client, case_id, AWAY)
    form = html.find(id="note-away").find_parent("form")
    assert form.find("input", {"name": "return_date"})["value"] == "2026-12-07"
    assert away_events(client, case_id) == []  # reading it noted nothing
    foreign = client.post(
        form["action"],
        data={"csrf": token, "return_date": "2026-12-07"},
        headers={"origin": "http://evil.example"},
    )
    assert foreign.status_code == 403
    forged = client.post(form["action"], data={"csrf": "forged", "return_date": "2026-12-07"})
    assert forged.status_code == 422
    assert away_events(client, case_id) == []
    noted = client.post(form["action"], data={"csrf": token, "return_date": "2026-12-07"})
    assert noted.status_code == 200  # the case page, after the redirect
    assert "away" in soup(noted).find(id="logged").get_text()
    assert away_events(client, case_id) == [("away_notice", "back on 2026-12-07")]
    assert client.get(f"/api/cases/{case_id}").json()["status"] == "missed"


def test_no_return_date_button_for_a_reply_that_is_not_an_absence_notice(client):  # noqa: F811
    case_id = add_case(client)
    _, html = paste(client, case_id, OFFER)
    assert html.find(id="note-away") is None
    _, undated = paste(client, case_id, "Auto-reply: I am out of the office this week.")
    assert undated.find(id="reply-kind").get_text() == "auto reply"
    assert undated.find(id="note-away") is None


def test_api_notes_a_return_date_and_refuses_a_bad_one_with_422(client):  # noqa: F811
    case_id = add_case(client)
    url = f"/api/cases/{case_id}/reply/away"
    for body, field in [
        ({"return_date": "7 December"}, "return_date"),
        ({}, "return_date"),
        ({"return_date": "2026-12-07", "extra": 1}, "extra"),
    ]:
        refused = client.post(url, json=body)
        assert refused.status_code == 422
        assert field in {str(p) for item in refused.json()["detail"] for p in item["loc"]}
    past = client.post(url, json={"return_date": "2026-11-01"})
    assert past.status_code == 422
    assert "2026-11-01" in past.json()["detail"][0]["msg"]
    assert away_events(client, case_id) == []
    assert (
        client.post("/api/cases/999/reply/away", json={"return_date": "2026-12-07"}).status_code
        == 404
    )
    noted = client.post(url, json={"return_date": "2026-12-07"})
    assert noted.status_code == 200, noted.text
    assert noted.json()["status"] == "missed"
    assert away_events(client, case_id) == [("away_notice", "back on 2026-12-07")]
    operation = client.get("/openapi.json").json()["paths"][url.replace(str(case_id), "{case_id}")]
    assert {"200", "404", "422"} <= set(operation["post"]["responses"])
