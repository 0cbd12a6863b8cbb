"""Times at the calendar's edge already in the store never break a listing or a migration (#19).

An older version, or a hand edit, can leave 9999-12-31 in an event's `at` or a case's
`opened_at`; the planner's date arithmetic would overflow on them. Such a case reads back as
one to check, and every other case stays in view.
"""

import json
from datetime import UTC, datetime, timedelta

import pytest
from sqlalchemy import text

from conftest import ctx, make_case
from secondchance import services
from secondchance.cli import cli
from secondchance.store.db import HEAD, make_engine, schema_revision, upgrade
from test_web import build_client

NOW = datetime(2026, 11, 26, 15, 40, tzinfo=UTC)
EDGE = datetime(9999, 12, 31, 23, 59, tzinfo=UTC)


def _insert(connection, number, at_head, opened_at=NOW, event_at=None):
    connection.execute(
        text(
            "INSERT INTO cases (id, uuid, status, document, opened_at, updated_at) VALUES"
            " (:id, :uuid, :status, :doc, :opened, :opened)"
        ),
        {
            "id": number,
            "uuid": f"00000000-0000-4000-8000-00000000000{number}",
            "status": "missed" if event_at is None else "contacted",
            "doc": json.dumps(make_case(company=f"Company {number}")),
            "opened": opened_at,
        },
    )
    if at_head:  # what a write at the head keeps beside the case
        connection.execute(text("UPDATE cases SET next_due = :now"), {"now": NOW})
    if event_at is not None:
        connection.execute(
            text("INSERT INTO events (case_id, event, at) VALUES (:id, 'called', :at)"),
            {"id": number, "at": event_at},
        )


@pytest.fixture(params=["0003", "head"])
def edge_db(request, db_url):
    """Cases 2 and 3 carry the edge date, written at schema 0003 (then migrated) or at head."""
    engine = make_engine(db_url)
    upgrade(engine, request.param)
    with engine.begin() as connection:
        at_head = request.param == "head"
        _insert(connection, 1, at_head)
        _insert(connection, 2, at_head, event_at=EDGE)
        _insert(connection, 3, at_head, opened_at=EDGE)
    engine.dispose()
    db = services.Database(db_url)  # migrates from 0003 to the head on first use
    assert schema_revision(make_engine(db_url)) == HEAD
    return db


def test_the_listing_and_due_survive_and_name_the_cases_to_check(edge_db):
    summaries = services.list_cases(ctx(edge_db, NOW))
    assert [summary.problem is None for summary in summaries] == [True, False, False]
    assert all("outside the years" in (s.problem or "") for s in summaries[1:])


def test_due_shows_the_unreadable_cases_as_ones_to_check(edge_db):
    items = services.due(ctx(edge_db, NOW + timedelta(days=1)))
    repairs = {item.case_id for item in items if item.action.id == "repair-case"}
    assert 1 in {item.case_id for item in items} and repairs == {2, 3}


@pytest.mark.parametrize(
    "args",
    [["case", "list"], ["case", "list", "--json"], ["due"], ["case", "export"]],
)
def test_the_cli_commands_run_without_a_traceback(edge_db, runner, args):
    result = runner.invoke(cli, [*args, "--db", edge_db.url])
    assert result.exit_code == 0, result.output
    assert "Company 1" in result.output or args == ["due"]


def test_showing_an_edge_case_is_a_clear_refusal(edge_db, runner):
    result = runner.invoke(cli, ["case", "show", "3", "--db", edge_db.url])
    assert result.exit_code == 2
    assert "case 3 cannot be read back" in result.output and "outside the years" in result.output


def test_the_web_pages_and_api_answer(edge_db):
    with build_client(edge_db.url) as client:
        for path in ("/cases", "/api/cases", "/api/due", "/"):
            assert client.get(path).status_code == 200, path
        assert len(client.get("/api/cases").json()) == 3
        assert client.get("/api/cases/2").status_code == 422
