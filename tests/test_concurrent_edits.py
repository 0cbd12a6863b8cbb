"""Writes that overlap never lose one another, and a stale write is refused (#19 High 2).

Every write raises the case's version; the UPDATE matches only the version it read. A whole
replacement (web form, API PUT, `case edit --if-version`) names the version it was read at
and gets 409 or exit 2 when the case has moved on.
"""

import json
import threading
from datetime import UTC, datetime, timedelta

import pytest

from conftest import ctx, make_case
from secondchance import services
from secondchance.cli import cli
from secondchance.core.errors import EditConflict
from secondchance.core.events import replay
from test_web import build_client, form_values, soup

NOW = datetime(2026, 11, 26, 15, 40, tzinfo=UTC)
# Twelve different fields, each changed by its own writer at the same moment.
CHANGES = [
    {"candidate": {"email": "zoe.l@example.com"}},
    {"candidate": {"phone": "+44 20 7946 0000"}},
    {"candidate": {"linkedin_url": "https://example.com/in/zoe"}},
    {"candidate": {"portfolio_url": "https://example.com/zoe"}},
    {"interviewer": {"email": "dana.w@acme.example"}},
    {"interviewer": {"phone": "+1 212-555-0100"}},
    {"interviewer": {"country": "US"}},
    {"company": "Acme Analytics Ltd"},
    {"role": "Head of Data"},
    {"note": "Dana prefers mornings"},
    {"tone": "warm"},
    {"offers": {"reference": True}},
]


def test_concurrent_edits_of_different_fields_all_arrive(db_url):
    db = services.Database(db_url)
    services.add_case(ctx(db, NOW), make_case())
    start = threading.Barrier(len(CHANGES))
    failures = []

    def edit(change):
        start.wait()
        try:
            services.edit_case(ctx(db, NOW), 1, change)
        except Exception as error:  # collected, so the assertion below names it
            failures.append(error)

    threads = [threading.Thread(target=edit, args=(change,)) for change in CHANGES]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert failures == []
    stored = services.get_case(ctx(db), 1)
    document = stored.case.model_dump(mode="json")
    for change in CHANGES:
        for key, value in change.items():
            if isinstance(value, dict):
                assert {k: document[key][k] for k in value} == value
            else:
                assert document[key] == value
    assert stored.version == 1 + len(CHANGES)


def test_an_edit_at_a_stale_version_is_refused_and_saves_nothing(db_url, runner):
    db = services.Database(db_url)
    services.add_case(ctx(db, NOW), make_case())
    services.edit_case(ctx(db, NOW), 1, {"company": "Newer Co"})
    with pytest.raises(EditConflict):
        services.update_case(ctx(db, NOW), 1, make_case(role="Older role"), version=1)
    args = ["case", "edit", "1", "--role", "Older role", "--if-version", "1", "--db", db_url]
    result = runner.invoke(cli, [*args, "--now", NOW.isoformat()])
    assert result.exit_code == 2
    assert "case 1 was changed elsewhere after you read it, so nothing was saved" in result.output
    stored = services.get_case(ctx(db), 1)
    assert (stored.case.company, stored.case.role, stored.version) == (
        "Newer Co",
        "Head of Data Platform",
        2,
    )
    fresh = runner.invoke(cli, [*args[:5], "--if-version", "2", "--db", db_url])
    assert fresh.exit_code == 0, fresh.output


def test_a_stale_api_put_gets_409_and_the_newer_data_stays(db_url):
    with build_client(db_url) as client:
        assert client.post("/api/cases", json=make_case()).status_code == 201
        read = client.get("/api/cases/1").json()
        assert read["version"] == 1
        first = client.put("/api/cases/1?version=1", json=make_case(company="First Co"))
        assert first.status_code == 200 and first.json()["version"] == 2
        stale = client.put("/api/cases/1?version=1", json=make_case(role="Stale role"))
        assert stale.status_code == 409
        assert "changed elsewhere" in stale.json()["detail"]
        missing = client.put("/api/cases/1", json=make_case(role="Stale role"))
        assert missing.status_code == 422
        case = client.get("/api/cases/1").json()["case"]
        assert (case["company"], case["role"]) == ("First Co", "Head of Data Platform")


def test_a_stale_web_edit_form_is_refused_and_keeps_the_typing(db_url):
    with build_client(db_url) as client:
        assert client.post("/api/cases", json=make_case()).status_code == 201
        values = form_values(soup(client.get("/cases/1/edit")))
        assert values["version"] == "1"
        # Meanwhile, another tab logs a call: the case moves to version 2.
        assert client.post("/api/cases/1/events", json={"event": "called"}).status_code == 200
        stale = client.post("/cases/1/edit", data={**values, "company": "Typed Co"})
        assert stale.status_code == 409
        answer = soup(stale)
        assert "changed elsewhere" in answer.find(id="form-errors").get_text()
        assert answer.find("input", attrs={"name": "company"})["value"] == "Typed Co"
        assert client.get("/api/cases/1").json()["case"]["company"] == "Acme Analytics"


def _history_agrees(tracked):
    return replay(event.event for event in tracked.events) == tracked.status


def copy_that_moved_on(db_url, tmp_path):
    """Return a store with case 1 'called', and an export of a copy that also sent the apology."""
    db = services.Database(db_url)
    services.add_case(ctx(db, NOW), make_case())
    services.log_event(ctx(db, NOW + timedelta(minutes=1)), 1, "called")
    elsewhere = services.Database(f"sqlite:///{tmp_path / 'elsewhere.db'}")
    services.import_cases(ctx(elsewhere), services.export_cases(ctx(db)))
    services.log_event(ctx(elsewhere, NOW + timedelta(minutes=5)), 1, "apology_sent")
    return db, services.export_cases(ctx(elsewhere))


def test_an_import_waits_for_a_log_in_progress_and_leaves_a_coherent_history(db_url, tmp_path):
    db, export = copy_that_moved_on(db_url, tmp_path)
    results = []
    # `case log 1 closed` is under way, holding its transaction, when the import starts.
    with db.store() as store:
        store.log(1, "closed", NOW + timedelta(minutes=3))
        importer = threading.Thread(
            target=lambda: results.append(services.import_cases(ctx(db), export))
        )
        importer.start()
        importer.join(timeout=1.5)
        assert importer.is_alive()  # the import waits for the case rather than read past it
    importer.join(timeout=30)
    [result] = results
    assert result.extended == 0 and [d.what for d in result.divergences] == ["history"]
    tracked = services.get_case(ctx(db), 1)
    assert [event.event for event in tracked.events] == ["called", "closed"]
    assert tracked.status == "closed" and _history_agrees(tracked)
    # The store still exports and imports cleanly elsewhere.
    services.import_cases(
        ctx(services.Database(f"sqlite:///{tmp_path / 'c.db'}")), services.export_cases(ctx(db))
    )


def test_a_log_waits_for_an_import_in_progress_and_follows_it(db_url, tmp_path):
    from secondchance.core.transfer import Export

    db, text = copy_that_moved_on(db_url, tmp_path)
    export = Export.model_validate(json.loads(text))
    errors = []

    def log_closed():
        try:
            services.log_event(ctx(db, NOW + timedelta(minutes=6)), 1, "closed")
        except Exception as error:
            errors.append(error)

    with db.store() as store:
        assert store.import_(export).extended == 1
        logger = threading.Thread(target=log_closed)
        logger.start()
        logger.join(timeout=1.5)
        assert logger.is_alive()
    logger.join(timeout=30)
    assert errors == []
    tracked = services.get_case(ctx(db), 1)
    assert [event.event for event in tracked.events] == ["called", "apology_sent", "closed"]
    assert tracked.status == "closed" and _history_agrees(tracked)
