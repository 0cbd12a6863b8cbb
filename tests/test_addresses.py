"""Email addresses outside ASCII: refused at intake, or kept in their ASCII form (#19 Medium 4).

Nothing here speaks SMTPUTF8, so letters outside ASCII before the @ are refused with a clear
message, and an international domain is stored as IDNA (xn--), which every header, mailto:
link and SMTP server reads.
"""

from datetime import UTC, datetime
from email import message_from_bytes, policy
from urllib.parse import urlsplit

from conftest import ctx, make_case
from secondchance import services
from secondchance.cli import cli
from test_web import build_client

NOW = datetime(2026, 11, 26, 15, 40, tzinfo=UTC)
FLAGS = ["--interviewer", "Dana W", "--company", "Acme", "--role", "Eng"]
FLAGS += ["--start", "2026-11-26T09:30", "--timezone", "America/New_York", "--reason", "overslept"]


def test_the_cli_refuses_letters_outside_ascii_before_the_at(runner, tmp_path):
    args = ["case", "add", "--candidate", "Zoë", *FLAGS, "--interviewer-email", "ñ@ñ.es"]
    result = runner.invoke(cli, [*args, "--now", NOW.isoformat(), "--db", str(tmp_path / "c.db")])
    assert result.exit_code == 2 and "Traceback" not in result.output
    assert "interviewer.email" in result.output
    assert "is not a valid email address: Internationalized characters" in result.output


def test_the_api_refuses_it_with_a_field_error(db_url):
    with build_client(db_url) as client:
        response = client.post("/api/cases", json=make_case(candidate__email="zoë@example.com"))
        assert response.status_code == 422
        [problem] = response.json()["detail"]
        assert problem["loc"][-2:] == ["candidate", "email"]


def test_an_international_domain_is_kept_as_idna_and_every_output_works(db_url, runner):
    db = services.Database(db_url)
    services.add_case(ctx(db, NOW), make_case(interviewer__email="dana@bücher.example"))
    assert services.get_case(ctx(db), 1).case.interviewer.email == "dana@xn--bcher-kva.example"
    raw = bytes(services.message_eml(ctx(db, NOW), 1, "apology_email"))
    assert raw.isascii()
    parsed = message_from_bytes(raw, policy=policy.default)
    assert parsed["To"].addresses[0].addr_spec == "dana@xn--bcher-kva.example"
    url, _ = services.message_mailto(ctx(db, NOW), 1, "apology_email")
    assert urlsplit(url).path == "dana@xn--bcher-kva.example"
    shown = runner.invoke(cli, ["case", "show", "1", "--db", db_url, "--now", NOW.isoformat()])
    assert shown.exit_code == 0, shown.output


def test_a_stored_address_from_before_reads_as_a_case_to_check(db_url, runner):
    from secondchance.store.models import CaseRow

    db = services.Database(db_url)
    services.add_case(ctx(db, NOW), make_case())
    services.add_case(ctx(db, NOW), make_case(company="Second Co"))
    with db.store() as store:  # what an older version let in
        row = store.session.get(CaseRow, 2)
        row.document = {**row.document, "interviewer": {**row.document["interviewer"]}}
        row.document["interviewer"]["email"] = "ñ@ñ.es"
    shown = runner.invoke(cli, ["case", "show", "2", "--db", db_url])
    assert shown.exit_code == 2 and "case 2 cannot be read back" in shown.output
    for args in (["eml", "2", "apology_email"], ["mailto", "2", "apology_email"]):
        result = runner.invoke(cli, [*args, "--db", db_url])
        assert result.exit_code == 2 and "cannot be read back" in result.output, args
    with build_client(db_url) as client:
        assert client.get("/api/cases/2").status_code == 422
        assert client.get("/cases/2/kit").status_code == 422
        assert [case["problem"] is None for case in client.get("/api/cases").json()] == [
            True,
            False,
        ]
