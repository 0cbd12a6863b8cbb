"""Tracked cases on a real database: lifecycle, migrations, export/import, crashes, concurrency."""

import json
import signal
import subprocess
import sys
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy import create_engine, inspect, text

from conftest import BASE_CASE, ctx, make_case, run_cli
from secondchance import services
from secondchance.cli import Exit, cli
from secondchance.core.events import (
    EVENTS,
    STATUSES,
    TransitionNotAllowed,
    allowed_events,
    next_status,
)
from secondchance.store.db import (
    HEAD,
    downgrade,
    make_engine,
    open_sessions,
    schema_revision,
    upgrade,
)

NOW = datetime(2026, 11, 25, 20, 0, tzinfo=UTC)

# The table from the tracker issue, written out by hand: status -> {event: new status}.
SPEC = {
    "missed": {
        "called": "contacted",
        "voicemail_left": "contacted",
        "apology_sent": "apologized",
        "rescheduled": "rescheduled",
        "declined": "declined",
        "closed": "closed",
    },
    "contacted": {
        "called": "contacted",
        "voicemail_left": "contacted",
        "apology_sent": "apologized",
        "reply_received": "contacted",
        "rescheduled": "rescheduled",
        "declined": "declined",
        "closed": "closed",
    },
    "apologized": {
        "called": "apologized",
        "voicemail_left": "apologized",
        "apology_sent": "apologized",
        "follow_up_sent": "awaiting",
        "reply_received": "apologized",
        "rescheduled": "rescheduled",
        "declined": "declined",
        "closed": "closed",
    },
    "awaiting": {
        "called": "awaiting",
        "voicemail_left": "awaiting",
        "apology_sent": "awaiting",
        "follow_up_sent": "awaiting",
        "reply_received": "awaiting",
        "rescheduled": "rescheduled",
        "declined": "declined",
        "closed": "closed",
    },
    "rescheduled": {
        "called": "rescheduled",
        "voicemail_left": "rescheduled",
        "apology_sent": "rescheduled",
        "reply_received": "rescheduled",
        "rescheduled": "rescheduled",
        "declined": "declined",
        "interview_done": "closed",
        "closed": "closed",
    },
    "declined": {"closed": "closed"},
    "closed": {},
}


@pytest.mark.parametrize("status", STATUSES)
@pytest.mark.parametrize("event", EVENTS)
def test_every_transition_matches_the_table(status, event):
    expected = SPEC[status].get(event)
    if expected is None:
        with pytest.raises(TransitionNotAllowed) as refused:
            next_status(status, event)
        assert all(allowed in str(refused.value) for allowed in allowed_events(status))
    else:
        assert next_status(status, event) == expected


def cli_run(runner, db_url, *args, stdin=None):
    return runner.invoke(cli, [*args, "--db", db_url], input=stdin, catch_exceptions=False)


def add(runner, db_url, **changes):
    result = cli_run(
        runner,
        db_url,
        "case",
        "add",
        "--case",
        "-",
        "--now",
        NOW.isoformat(),
        stdin=json.dumps(make_case(interview__start="2026-11-25T09:30", **changes)),
    )
    assert result.exit_code == 0, result.output
    return int(result.output.strip())


def test_add_prints_only_the_id_and_list_and_show_report_it(runner, db_url):
    assert add(runner, db_url) == 1
    assert add(runner, db_url, company="Globex") == 2
    listing = json.loads(
        cli_run(runner, db_url, "case", "list", "--json", "--now", NOW.isoformat()).output
    )
    assert [(c["id"], c["status"], c["company"]) for c in listing] == [
        (1, "missed", "Acme Analytics"),
        (2, "missed", "Globex"),
    ]
    assert {"id", "status", "candidate", "company", "role", "next_due"} <= listing[0].keys()
    assert listing[0]["next_due"]["id"] == "call"
    shown = json.loads(
        cli_run(runner, db_url, "case", "show", "1", "--json", "--now", NOW.isoformat()).output
    )
    assert {"id", "status", "case", "events", "plan", "kit"} <= shown.keys()
    assert shown["case"]["candidate"]["name"] == "Zoë Łukasiewicz"
    assert "apology_email" in shown["kit"]


def test_logging_moves_the_status_and_recomputes_the_plan(runner, db_url):
    add(runner, db_url)
    later = (NOW + timedelta(minutes=20)).isoformat()
    result = cli_run(
        runner,
        db_url,
        "case",
        "log",
        "1",
        "apology_sent",
        "--at",
        later,
        "--note",
        "sent from my phone",
    )
    assert "status is now apologized" in result.output
    shown = json.loads(
        cli_run(runner, db_url, "case", "show", "1", "--json", "--now", later).output
    )
    assert shown["status"] == "apologized"
    assert shown["events"][0] == {
        "event": "apology_sent",
        "at": "2026-11-25T20:20:00+00:00",
        "note": "sent from my phone",
        "rescheduled_to": None,
    }
    ids = [action["id"] for action in shown["plan"]["actions"]]
    assert "email" not in ids and "call" not in ids and ids[0] == "follow_up"

    cli_run(
        runner,
        db_url,
        "case",
        "log",
        "1",
        "rescheduled",
        "--to",
        "2026-12-03T10:00",
        "--timezone",
        "America/New_York",
        "--at",
        later,
    )
    shown = json.loads(
        cli_run(runner, db_url, "case", "show", "1", "--json", "--now", later).output
    )
    assert shown["status"] == "rescheduled"
    ids = [action["id"] for action in shown["plan"]["actions"]]
    assert "follow_up" not in ids and {"confirm", "reminder_2h", "tech_check"} <= set(ids)
    assert "reschedule_confirmation" in shown["kit"]


def test_a_forbidden_event_exits_2_and_lists_the_allowed_ones(db_url):
    runner_db = services.Database(db_url)
    services.add_case(ctx(runner_db, NOW), make_case(interview__start="2026-11-25T09:30"))
    proc = run_cli("case", "log", "1", "interview_done", "--db", db_url)
    assert proc.returncode == Exit.BAD_INPUT
    assert b"Allowed now: called, voicemail_left, apology_sent, rescheduled, declined, closed" in (
        proc.stderr
    )
    proc = run_cli("case", "show", "7", "--db", db_url)
    assert proc.returncode == Exit.BAD_INPUT and b"there is no case 7" in proc.stderr


def test_due_lists_overdue_steps_first(runner, db_url):
    add(runner, db_url)
    add(runner, db_url, interviewer__phone=None, company="Globex")
    week_later = (NOW + timedelta(days=7)).isoformat()
    items = json.loads(cli_run(runner, db_url, "due", "--json", "--now", week_later).output)
    dues = [item["action"]["due"] for item in items]
    assert dues == sorted(dues) and all(item["action"]["overdue"] for item in items)
    assert {item["case_id"] for item in items} == {1, 2}
    text = cli_run(runner, db_url, "due", "--now", week_later).output
    assert "[OVERDUE] case 1" in text and "EST for Dana Whitfield" in text


def test_export_import_round_trip_is_exact_and_import_is_idempotent(runner, db_url, tmp_path):
    add(runner, db_url)
    add(runner, db_url, company="Globex", candidate__name="Nguyễn Thị Minh")
    cli_run(
        runner,
        db_url,
        "case",
        "log",
        "2",
        "called",
        "--at",
        NOW.isoformat(),
        "--note",
        "left a message\nwith the assistant",
    )
    exported = cli_run(runner, db_url, "case", "export").output
    assert exported == cli_run(runner, db_url, "case", "export").output  # deterministic
    assert json.loads(exported)["version"] == 1

    backup = tmp_path / "backup.json"
    backup.write_text(exported, encoding="utf-8")
    other = f"sqlite:///{tmp_path / 'restored.db'}"
    assert cli_run(runner, other, "case", "import", str(backup)).output.strip() == (
        "2 added, 0 brought up to date, 0 with newer details, 0 already present"
    )
    assert cli_run(runner, other, "case", "export").output == exported
    assert cli_run(runner, other, "case", "import", str(backup)).output.strip() == (
        "0 added, 0 brought up to date, 0 with newer details, 2 already present"
    )
    assert cli_run(runner, other, "case", "export").output == exported


def test_import_refuses_a_tampered_export(runner, db_url, tmp_path):
    add(runner, db_url)
    data = json.loads(cli_run(runner, db_url, "case", "export").output)
    data["cases"][0]["status"] = "closed"  # no event leads there
    bad = tmp_path / "bad.json"
    bad.write_text(json.dumps(data), encoding="utf-8")
    proc = run_cli("case", "import", str(bad), "--db", f"sqlite:///{tmp_path / 'x.db'}")
    assert proc.returncode == 2 and b"does not follow from the case's events" in proc.stderr


def test_a_database_at_the_first_revision_is_migrated_and_keeps_its_data(db_url):
    engine = make_engine(db_url)
    upgrade(engine, "0001")
    assert schema_revision(engine) == "0001"
    with engine.begin() as connection:
        connection.execute(
            text(
                "INSERT INTO cases (uuid, status, document, opened_at, updated_at) VALUES"
                " ('u-1', 'missed', :doc, :now, :now)"
            ),
            {"doc": json.dumps(make_case()), "now": NOW},
        )
    assert not inspect(engine).has_table("outbox")
    engine.dispose()
    open_sessions(db_url)  # first use migrates
    engine = make_engine(db_url)
    assert schema_revision(engine) == HEAD
    assert inspect(engine).has_table("outbox")
    db = services.Database(db_url)
    assert [c.company for c in services.list_cases(ctx(db, NOW))] == ["Acme Analytics"]


def test_migrating_down_and_up_again_keeps_every_event(db_url):
    db = services.Database(db_url)
    services.add_case(ctx(db, NOW), make_case(interview__start="2026-11-25T09:30"))
    services.log_event(ctx(db, NOW + timedelta(minutes=1)), 1, "called")
    engine = make_engine(db_url)
    count = text("SELECT count(*) FROM events")
    for move, revision in ((downgrade, "0003"), (upgrade, "head")):
        move(engine, revision)  # on SQLite, a rebuilt `cases` table must not cascade
        with engine.connect() as connection:
            assert connection.execute(count).scalar() == 1, revision
    engine.dispose()
    assert [event.event for event in services.get_case(ctx(db), 1).events] == ["called"]


def test_a_deleted_case_id_is_never_given_to_a_new_case(db_url, runner):
    db = services.Database(db_url)
    for _ in range(2):
        services.add_case(ctx(db, NOW), make_case(interview__start="2026-11-25T09:30"))
    services.delete_case(ctx(db), 2)
    assert services.add_case(ctx(db, NOW), make_case(interview__start="2026-11-25T09:30")) == 3
    stale = runner.invoke(cli, ["case", "log", "2", "called", "--db", db_url])
    assert stale.exit_code == Exit.BAD_INPUT and "there is no case 2" in stale.output
    assert services.get_case(ctx(db), 3).events == ()


def test_case_list_pages_by_id_without_an_offset(db_url, runner):
    from sqlalchemy import event

    db = services.Database(db_url)
    for number in range(5):
        services.add_case(
            ctx(db, NOW), make_case(company=f"Co {number}", interview__start="2026-11-25T09:30")
        )
    services.delete_case(ctx(db), 2)
    statements = []
    engine = db._sessions.kw["bind"]
    event.listen(engine, "before_cursor_execute", lambda *a: statements.append(a[2]))
    pages, after = [], 0
    while page := services.list_cases(ctx(db, NOW), limit=2, after=after):
        pages.append([summary.id for summary in page])
        after = page[-1].id
    assert pages == [[1, 3], [4, 5]]
    # Through the primary key (SQLite prints an "OFFSET 0" after any LIMIT, which skips nothing).
    listing = [statement for statement in statements if "FROM cases" in statement]
    assert listing and all("cases.id >" in statement for statement in listing)
    listed = runner.invoke(cli, ["case", "list", "--limit", "2", "--after", "1", "--db", db_url])
    assert listed.exit_code == 0
    assert "see more with --after 4" in listed.stderr
    assert [line.split()[0] for line in listed.stdout.splitlines()] == ["3", "4"]


def test_sqlite_runs_in_wal_mode(tmp_path):
    url = f"sqlite:///{tmp_path / 'wal.db'}"
    services.add_case(
        ctx(services.Database(url), datetime(2026, 11, 26, 16, tzinfo=UTC)), make_case()
    )
    with create_engine(url).connect() as connection:
        assert connection.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"


WRITER = """
import sys
from datetime import UTC, datetime
sys.path.insert(0, {tests!r})
from conftest import ctx, make_case
from secondchance import services
db = ctx(services.Database({url!r}), datetime(2026, 11, 26, 16, 0, tzinfo=UTC))
for number in range({count}):
    case_id = services.add_case(db, make_case(company="Writer {name} " + str(number)))
    services.log_event(db, case_id, "called")
    services.log_event(db, 1, "called", note="{name} " + str(number))
    print(case_id, flush=True)
"""


def test_two_processes_writing_at_once_lose_nothing(db_url):
    db = services.Database(db_url)
    services.add_case(ctx(db, NOW), make_case(interview__start="2026-11-25T09:30"))
    tests = str(Path(__file__).parent)
    count = 25
    writers = [
        subprocess.Popen(
            [sys.executable, "-c", WRITER.format(tests=tests, url=db_url, count=count, name=name)],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
        )
        for name in ("A", "B")
    ]
    for writer in writers:
        with writer:
            _, error = writer.communicate(timeout=240)
        assert writer.returncode == 0, error.decode()
    cases = services.list_cases(ctx(db, NOW))
    assert len(cases) == 1 + 2 * count
    shared = services.show_case(ctx(db, NOW), 1)
    notes = sorted(entry.note for entry in shared.events)
    assert notes == sorted(f"{name} {n}" for name in "AB" for n in range(count))
    assert shared.status == "contacted"
    assert all(c.status == "contacted" for c in cases)


KILLED = """
import sys
from datetime import UTC, datetime
sys.path.insert(0, {tests!r})
from conftest import make_case
from secondchance import services
db = services.Database({url!r})
now = datetime(2026, 11, 26, 16, 0, tzinfo=UTC)
while True:
    with db.store() as store:
        case_id = store.add_case(services.parse_case(make_case(), now), now)
        for event in ("called", "apology_sent", "follow_up_sent"):
            store.log(case_id, event, now)
    print(case_id, flush=True)
"""


def test_a_writer_killed_mid_write_leaves_a_consistent_database(db_url):
    services.Database(db_url)  # migrate first, so the kill cannot land inside a migration
    script = KILLED.format(tests=str(Path(__file__).parent), url=db_url)
    with subprocess.Popen(
        [sys.executable, "-c", script], stdout=subprocess.PIPE, stderr=subprocess.DEVNULL
    ) as writer:
        written = 0
        deadline = time.monotonic() + 120  # a hang guard only, not a speed check
        while written < 15 and time.monotonic() < deadline:
            if writer.stdout.readline():
                written += 1
        writer.send_signal(signal.SIGKILL)
        writer.wait(timeout=30)
    assert written >= 15
    db = services.Database(db_url)
    cases = services.list_cases(ctx(db, NOW))
    assert len(cases) >= written
    for summary in cases:
        detail = services.show_case(ctx(db, NOW), summary.id)
        # Each case was written with its three events in one transaction: all or nothing.
        assert [e.event for e in detail.events] == ["called", "apology_sent", "follow_up_sent"]
        assert detail.status == "awaiting"
    if db_url.startswith("sqlite"):
        with create_engine(db_url).connect() as connection:
            assert connection.exec_driver_sql("PRAGMA integrity_check").scalar() == "ok"


def test_the_default_database_lives_in_the_user_data_folder(tmp_path, monkeypatch):
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path))
    monkeypatch.delenv("SECONDCHANCE_DB", raising=False)
    db = services.database(None, {})
    assert db.url == f"sqlite:///{tmp_path / 'secondchance' / 'cases.db'}"
    services.add_case(ctx(db, datetime(2026, 11, 26, 16, tzinfo=UTC)), BASE_CASE)
    assert (tmp_path / "secondchance" / "cases.db").exists()
    named = f"sqlite:///{tmp_path / 'named.db'}"
    assert services.database(None, {"SECONDCHANCE_DB": named}).url == named


def test_the_streamed_export_is_exactly_one_json_document(runner, db_url):
    empty = cli_run(runner, db_url, "case", "export").output
    assert json.loads(empty) == {"cases": [], "version": 1}
    assert empty == json.dumps(json.loads(empty), indent=2, sort_keys=True) + "\n"
    add(runner, db_url)
    add(runner, db_url, candidate__name="Łucja Ñúñez")
    text = cli_run(runner, db_url, "case", "export").output
    document = json.loads(text)
    assert len(document["cases"]) == 2
    assert text == json.dumps(document, indent=2, sort_keys=True, ensure_ascii=False) + "\n"


def test_list_pages_and_due_reads_only_cases_with_something_due(runner, db_url):
    for _ in range(3):
        add(runner, db_url)
    later = (NOW + timedelta(days=1)).isoformat()
    cli_run(runner, db_url, "case", "log", "2", "apology_sent", "--at", later)
    cli_run(runner, db_url, "case", "log", "2", "closed", "--at", later)
    page = json.loads(
        cli_run(runner, db_url, "case", "list", "--json", "--limit", "2", "--offset", "1").output
    )
    assert [item["id"] for item in page] == [2, 3]
    due = json.loads(cli_run(runner, db_url, "due", "--json", "--now", later).output)
    assert {item["case_id"] for item in due} == {1, 3}  # the closed case has nothing left
    db = services.Database(db_url)
    with db.reading() as store:
        assert [tracked.id for tracked in store.due_cases(NOW - timedelta(days=1))] == []
        assert {tracked.id for tracked in store.due_cases(NOW + timedelta(days=1))} == {1, 3}


def _store_a_year_9999_reschedule(db_url, case_id):
    """Write what an older version accepted and this one refuses, past every check."""
    from secondchance.store.models import CaseRow, EventRow

    with services.Database(db_url).store() as store:
        row = store.session.get(CaseRow, case_id)
        row.status = "rescheduled"
        row.next_due = NOW - timedelta(hours=1)
        row.events.append(
            EventRow(
                event="rescheduled",
                at=NOW,
                rescheduled_to={"start": "9999-12-31T23:00:00", "timezone": "America/New_York"},
            )
        )


def test_one_case_that_no_longer_reads_back_never_breaks_the_listing(runner, db_url):
    add(runner, db_url)
    add(runner, db_url, candidate__name="Zoë Second")
    _store_a_year_9999_reschedule(db_url, 1)
    listing = cli_run(runner, db_url, "case", "list", "--now", NOW.isoformat())
    assert listing.exit_code == 0
    first, second = listing.output.splitlines()
    assert "cannot be read back" in first and "9999" in first and "Acme Analytics" in first
    assert "Zoë Second" in second and "next:" in second
    due = json.loads(cli_run(runner, db_url, "due", "--json", "--now", NOW.isoformat()).output)
    repair = [item for item in due if item["case_id"] == 1]
    assert [item["action"]["id"] for item in repair] == ["repair-case"]
    assert "9999" in repair[0]["action"]["why"]
    proc = run_cli("case", "show", "1", "--db", db_url)
    assert proc.returncode == Exit.BAD_INPUT
    assert b"case 1 cannot be read back" in proc.stderr and b"Traceback" not in proc.stderr
    exported = json.loads(cli_run(runner, db_url, "case", "export").output)
    assert len(exported["cases"]) == 2  # nothing is lost


def test_the_web_lists_around_a_case_that_no_longer_reads_back(runner, db_url):
    from test_web import build_client

    add(runner, db_url)
    add(runner, db_url, candidate__name="Zoë Second")
    _store_a_year_9999_reschedule(db_url, 2)
    with build_client(db_url) as client:
        cases = client.get("/api/cases")
        assert cases.status_code == 200
        assert [item["problem"] is None for item in cases.json()] == [True, False]
        assert client.get("/api/due").status_code == 200
        page = client.get("/cases")
        assert page.status_code == 200 and "Cannot be read back" in page.text
        assert client.get("/api/cases/2").status_code == 422


def test_the_next_due_migration_survives_a_case_this_version_refuses(db_url):
    engine = make_engine(db_url)
    upgrade(engine, "0003")
    with engine.begin() as connection:
        for number in (1, 2):
            connection.execute(
                text(
                    "INSERT INTO cases (uuid, status, document, opened_at, updated_at) VALUES"
                    " (:uuid, 'missed', :doc, :now, :now)"
                ),
                {"uuid": f"u-{number}", "doc": json.dumps(make_case()), "now": NOW},
            )
        connection.execute(
            text(
                "INSERT INTO events (case_id, event, at, rescheduled_to)"
                " VALUES (2, 'rescheduled', :now, :to)"
            ),
            {"now": NOW, "to": json.dumps({"start": "9999-12-31T23:00:00", "timezone": "UTC"})},
        )
    engine.dispose()
    db = services.Database(db_url)  # migrates to HEAD
    items = services.due(ctx(db, NOW + timedelta(days=1)))
    assert {item.case_id for item in items} == {1, 2}
    assert [item.action.id for item in items if item.case_id == 2] == ["repair-case"]


def test_case_edit_changes_only_the_fields_given_and_delete_removes_the_case(runner, db_url):
    add(runner, db_url)
    cli_run(runner, db_url, "case", "log", "1", "called", "--at", NOW.isoformat())
    edited = cli_run(
        runner,
        db_url,
        "case",
        "edit",
        "1",
        "--interviewer-email",
        "dana.w@acme.example",
        "--note",
        "Dana asked for Thursdays",
        "--now",
        NOW.isoformat(),
    )
    assert edited.output.strip() == "case 1: details saved; status is still contacted"
    shown = json.loads(cli_run(runner, db_url, "case", "show", "1", "--json").output)
    assert shown["case"]["interviewer"]["email"] == "dana.w@acme.example"
    assert shown["case"]["interviewer"]["name"] == "Dana Whitfield"  # untouched
    assert shown["case"]["note"] == "Dana asked for Thursdays"
    assert [event["event"] for event in shown["events"]] == ["called"]
    deleted = cli_run(runner, db_url, "case", "delete", "1", "--yes")
    assert deleted.output.strip() == "case 1 (Zoë Łukasiewicz, Acme Analytics) deleted"
    assert json.loads(cli_run(runner, db_url, "case", "list", "--json").output) == []


def test_an_import_brings_a_case_up_to_date_and_leaves_a_different_history_alone(tmp_path):
    home, laptop = (services.Database(f"sqlite:///{tmp_path / n}.db") for n in ("home", "laptop"))
    services.add_case(ctx(home, NOW), make_case(interview__start="2026-11-25T09:30"))
    services.import_cases(ctx(laptop), services.export_cases(ctx(home)))
    # The laptop carries on: a call, then the apology goes out (a sent-message record too).
    services.log_event(ctx(laptop, NOW + timedelta(minutes=5)), 1, "called", note="left a word")
    services.log_event(ctx(laptop, NOW + timedelta(minutes=20)), 1, "apology_sent")
    with laptop.store() as store:
        store.record_sent(1, "decline_reply", NOW + timedelta(minutes=25))
    result = services.import_cases(ctx(home), services.export_cases(ctx(laptop)))
    assert (result.added, result.extended, result.skipped) == (0, 1, 0)
    merged = services.get_case(ctx(home), 1)
    assert [e.event for e in merged.events] == ["called", "apology_sent", "message_sent"]
    assert merged.status == "apologized" and merged.events[0].note == "left a word"
    assert services.export_cases(ctx(home)) == services.export_cases(ctx(laptop))
    # Importing again changes nothing; a history that went another way is left alone.
    again = services.import_cases(ctx(home), services.export_cases(ctx(laptop)))
    assert (again.extended, again.skipped) == (0, 1)
    services.log_event(ctx(home, NOW + timedelta(days=2)), 1, "follow_up_sent")
    services.log_event(ctx(laptop, NOW + timedelta(days=2)), 1, "declined")
    services.log_event(ctx(laptop, NOW + timedelta(days=3)), 1, "closed")
    diverged = services.import_cases(ctx(home), services.export_cases(ctx(laptop)))
    assert diverged.extended == 0 and [d.what for d in diverged.divergences] == ["history"]
    assert services.get_case(ctx(home), 1).status == "awaiting"
