"""Edits at the edges: an agreed time now past, a case that no longer reads back (#19)."""

from datetime import UTC, datetime, timedelta

import pytest

from conftest import ctx, make_case, store_bad_start
from secondchance import services
from secondchance.cli import cli
from test_web import build_client, form_values, soup

NOW = datetime(2026, 11, 26, 15, 40, tzinfo=UTC)
AGREED = {"start": "2026-11-30T10:00", "timezone": "America/New_York"}
LATER = NOW + timedelta(days=10)  # the agreed time has passed


def test_a_case_whose_agreed_time_has_passed_can_still_be_corrected(db_url, runner):
    db = services.Database(db_url)
    services.add_case(ctx(db, NOW), make_case(rescheduled_to=dict(AGREED)))
    edited = services.edit_case(ctx(db, LATER), 1, {"company": "Acme Analytics Ltd"})
    assert edited.case.company == "Acme Analytics Ltd"
    assert edited.case.rescheduled_to is not None
    whole = make_case(rescheduled_to=dict(AGREED), role="Head of Data")
    assert services.update_case(ctx(db, LATER), 1, whole, version=2).case.role == "Head of Data"
    moved = {"rescheduled_to": {"start": "2026-12-01T10:00", "timezone": "America/New_York"}}
    with pytest.raises(Exception, match="not in the future"):  # a new time must lie ahead
        services.edit_case(ctx(db, LATER), 1, moved)


def test_a_case_that_no_longer_reads_back_is_repaired_and_deleted_from_the_cli(db_url, runner):
    db = services.Database(db_url)
    for company in ("First Co", "Second Co"):
        services.add_case(ctx(db, NOW), make_case(company=company))
    store_bad_start(db, 1)
    store_bad_start(db, 2)
    args = ["--db", db_url, "--now", NOW.isoformat()]
    fixed = runner.invoke(cli, ["case", "edit", "1", "--start", "2026-11-26T09:30", *args])
    assert fixed.exit_code == 0, fixed.output
    assert services.get_case(ctx(db), 1).case.company == "First Co"
    gone = runner.invoke(cli, ["case", "delete", "2", "--yes", "--db", db_url])
    assert gone.exit_code == 0, gone.output
    assert gone.output.strip() == "case 2 (Zoë Łukasiewicz, Second Co) deleted"
    assert services.count_cases(ctx(db)) == 1


def test_a_case_that_no_longer_reads_back_is_repaired_on_its_edit_page(db_url):
    db = services.Database(db_url)
    services.add_case(ctx(db, NOW), make_case(company="First Co"))
    store_bad_start(db, 1)
    with build_client(db_url) as client:
        page = client.get("/cases/1/edit")
        assert page.status_code == 200
        values = form_values(soup(page))
        assert values["company"] == "First Co" and values["interview.start"] == "9999-12-31T10:00"
        repaired = client.post(
            "/cases/1/edit", data={**values, "interview.start": "2026-11-26T09:30"}
        )
        assert repaired.status_code == 200, repaired.text
        assert (
            client.get("/api/cases/1").json()["case"]["interview"]["start"] == "2026-11-26T09:30:00"
        )
