"""Imports between two machines: every divergence reported by case, later edits carried (#19)."""

from datetime import UTC, datetime, timedelta

from conftest import ctx, make_case
from secondchance import services
from secondchance.cli import cli

NOW = datetime(2026, 11, 26, 15, 40, tzinfo=UTC)


def two_machines(tmp_path):
    """Return A and B holding the same two cases, and B's ids for A's cases 1 and 2."""
    a, b = (services.Database(f"sqlite:///{tmp_path / name}.db") for name in ("a", "b"))
    services.add_case(ctx(a, NOW), make_case())
    services.add_case(ctx(a, NOW), make_case(company="Second Co"))
    services.log_event(ctx(a, NOW + timedelta(minutes=10)), 1, "apology_sent")
    services.import_cases(ctx(b), services.export_cases(ctx(a)))
    with b.reading() as store:  # ids are each machine's own; the UUID names the case
        ids = {n: store.case_id_of(services.get_case(ctx(a), n).uuid) for n in (1, 2)}
    return a, b, ids


def test_histories_that_went_two_ways_are_each_reported(tmp_path, runner):
    a, b, ids = two_machines(tmp_path)
    services.log_event(ctx(a, NOW + timedelta(hours=2)), 1, "reply_received")
    services.log_event(ctx(b, NOW + timedelta(hours=3)), ids[1], "declined")
    result = services.import_cases(ctx(b), services.export_cases(ctx(a)))
    assert (result.extended, result.skipped) == (0, 1)
    [divergence] = result.divergences
    assert (divergence.case_id, divergence.what) == (ids[1], "history")
    assert "'declined' here and 'reply_received' in the file" in divergence.detail
    assert services.get_case(ctx(b), ids[1]).status == "declined"  # kept as it is here
    export = tmp_path / "a.json"
    export.write_text(services.export_cases(ctx(a)), encoding="utf-8")
    printed = runner.invoke(cli, ["case", "import", str(export), "--db", b.url])
    assert printed.exit_code == 0, printed.output
    assert "1 difference(s) between the file and this store" in printed.output
    assert f"case {ids[1]}, history: from event 2 on, it is 'declined' here" in printed.output


def test_a_later_edit_travels_and_an_earlier_one_is_reported(tmp_path):
    a, b, ids = two_machines(tmp_path)
    email = {"interviewer": {"email": "dana.w@acme.example"}}
    services.edit_case(ctx(a, NOW + timedelta(minutes=1)), 1, email)
    services.edit_case(ctx(a, NOW + timedelta(minutes=5)), 2, {"role": "Edited on A"})
    services.edit_case(ctx(b, NOW + timedelta(minutes=30)), ids[2], {"role": "Edited on B"})
    result = services.import_cases(ctx(b), services.export_cases(ctx(a)))
    assert result.details_updated == 1
    assert services.get_case(ctx(b), ids[1]).case.interviewer.email == "dana.w@acme.example"
    [divergence] = result.divergences
    assert (divergence.case_id, divergence.what) == (ids[2], "details")
    assert "these were edited at 2026-11-26T16:10:00+00:00" in divergence.detail
    assert services.get_case(ctx(b), ids[2]).case.role == "Edited on B"
    back = services.import_cases(ctx(a), services.export_cases(ctx(b)))  # and the other way round
    assert back.details_updated == 1 and back.divergences == []
    assert services.get_case(ctx(a), 2).case.role == "Edited on B"
    assert services.export_cases(ctx(a)) == services.export_cases(ctx(b))
