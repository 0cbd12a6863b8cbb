"""Input that used to print a traceback or store something harmful (issue #11).

Every case here gets exit code 2 (or a 4xx) with a readable message, and the database is
left as it was.
"""

import copy
import json

import pytest

from conftest import FIXED_NOW, make_case, run_cli
from secondchance.cli import Exit
from secondchance.web.security import Guard
from test_web import build_client


def assert_refused(proc, message):
    assert proc.returncode == Exit.BAD_INPUT, (proc.returncode, proc.stderr)
    assert message in proc.stderr.decode(), proc.stderr
    assert b"Traceback" not in proc.stderr


@pytest.fixture
def store(tmp_path):
    """A SQLite file with one case, given as a plain path, and that case's export."""
    path = tmp_path / "cases.db"
    added = run_cli(
        "case", "add", "--case", "-", "--db", str(path), "--now", FIXED_NOW.isoformat(),
        stdin=json.dumps(make_case()).encode(),
    )  # fmt: skip
    assert added.returncode == 0, added.stderr
    exported = run_cli("case", "export", "--db", str(path))
    return path, json.loads(exported.stdout)


def case_count(path):
    listed = run_cli("case", "list", "--db", str(path), "--json")
    assert listed.returncode == 0, listed.stderr
    return len(json.loads(listed.stdout))


def test_a_plain_path_is_a_sqlite_file_from_the_option_and_the_environment(store, tmp_path):
    path, _ = store
    assert case_count(path) == 1
    listed = run_cli("case", "list", "--json", env={"SECONDCHANCE_DB": str(path)})
    assert listed.returncode == 0 and len(json.loads(listed.stdout)) == 1


@pytest.mark.parametrize(
    ("db", "message"),
    [
        ("/no/such/folder/cases.db", "does not exist"),
        ("sqlite:////no/such/folder/cases.db", "does not exist"),
        ("postgresql+psycopg://nobody@127.0.0.1:1/none", "could not open the database"),
        ("mysql://[::1", "neither a database URL nor a file path"),
        ("mysql://u@localhost/x", "is not supported"),
    ],
)
def test_a_database_that_cannot_be_opened_is_a_clear_error(db, message):
    assert_refused(run_cli("case", "list", "--db", db), message)


def _tamper(export, change):
    data = copy.deepcopy(export)
    change(data["cases"][0])
    return json.dumps(data).encode()


def _set(path, value):
    def change(case):
        target = case
        for key in path[:-1]:
            target = target[key]
        target[path[-1]] = value

    return change


EVENT = {"event": "called", "at": "2026-11-26T16:00:00+00:00", "note": None, "rescheduled_to": None}


@pytest.mark.parametrize(
    ("change", "message"),
    [
        (_set(["status"], "teleported"), "case 1, status"),
        (_set(["opened_at"], "2026-11-26T15:40:00"), "case 1, opened_at"),
        (_set(["events"], [{**EVENT, "rescheduled_to": "tomorrow"}]), "case 1, events.0"),
        (_set(["events"], [{**EVENT, "at": "9999-12-31T23:00:00+00:00"}]), "outside the years"),
        (_set(["events"], [{**EVENT, "note": "x" * 20_000}]), "case 1, events.0.note"),
        (_set(["events"], [{**EVENT, "note": "a\x00b"}]), "case 1, events.0.note"),
        (_set(["case", "candidate", "name"], "Zoë\r\nBcc: x@example.com"), "case 1, case"),
        (
            _set(
                ["outbox"],
                [
                    {
                        "message_id": "apology_email",
                        "status": "sent",
                        "attempts": 1,
                        "last_error": None,
                        "created_at": "2026-11-26T16:00:00+00:00",
                        "sent_at": "2026-11-26T16:00:05+00:00",
                        "recipients": {},
                        "content": "x",
                    }
                ],
            ),
            "case 1, outbox.0.recipients",
        ),
    ],
)
def test_an_import_is_validated_like_live_input_and_stores_nothing_when_bad(
    store, tmp_path, change, message
):
    _, export = store
    export["cases"][0]["uuid"] = "0b7c6f0e-2f52-4a8e-9a36-1d4f6a0c9e11"  # a case not yet here
    target = tmp_path / "other.db"
    proc = run_cli("case", "import", "-", "--db", str(target), stdin=_tamper(export, change))
    assert_refused(proc, message)
    assert case_count(target) == 0


@pytest.mark.parametrize(
    "body", [b"[]", b"null", b"42", b'{"version": 1}', b"[" * 50_000 + b"]" * 50_000]
)
def test_an_import_that_is_not_an_export_is_refused(tmp_path, body):
    proc = run_cli("case", "import", "-", "--db", str(tmp_path / "x.db"), stdin=body)
    assert_refused(proc, "secondchance")


def test_an_import_never_queues_mail_and_says_what_it_left_out(store, tmp_path):
    path, export = store
    queued = {
        "message_id": "apology_email",
        "status": "queued",
        "attempts": 0,
        "last_error": None,
        "created_at": "2026-11-26T16:00:00+00:00",
        "sent_at": None,
        "recipients": {"from": "mallory@example.com", "to": ["victim@example.com"]},
        "content": "From: mallory@example.com\r\n\r\nhello",
    }
    export["cases"][0]["outbox"] = [queued]
    target = tmp_path / "other.db"
    proc = run_cli("case", "import", "-", "--db", str(target), stdin=json.dumps(export).encode())
    assert proc.returncode == 0, proc.stderr
    assert b"1 added" in proc.stdout and b"never queues mail" in proc.stdout
    outbox = run_cli("outbox", "--db", str(target))
    assert b"victim@example.com" not in outbox.stdout and b"queued" not in outbox.stdout
    export["cases"][0]["events"] = [EVENT]
    export["cases"][0]["status"] = "contacted"
    again = run_cli("case", "import", "-", "--db", str(path), stdin=json.dumps(export).encode())
    assert again.returncode == 0 and b"1 brought up to date" in again.stdout


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["case", "log", "99999999999999999999", "called"], "is not in the range"),
        (["case", "show", "0"], "is not in the range"),
        (["eml", "1", "apology_email", "--out", "/no/such/folder/x.eml"], "cannot write"),
    ],
)
def test_ids_out_of_range_and_unwritable_output_are_clear_errors(store, args, message):
    path, _ = store
    extra = ["--now", FIXED_NOW.isoformat()] if args[0] == "eml" else []
    assert_refused(run_cli(*args, *extra, "--db", str(path)), message)


def test_deeply_nested_json_for_a_case_is_a_clear_error():
    proc = run_cli("kit", "--case", "-", stdin=b"[" * 100_000 + b"]" * 100_000)
    assert_refused(proc, "nested too deeply")


def test_serve_refuses_an_empty_token():
    assert_refused(run_cli("serve", "--token", "", "--no-browser"), "must not be empty")


@pytest.mark.parametrize("offered", ["tök-3141", "\u00e9" * 40])
def test_a_non_ascii_token_or_csrf_value_is_refused_not_a_500(db_url, offered):
    guard = Guard(bind_host="0.0.0.0", token="tok-3141")  # noqa: S104 - the case under test
    with build_client(db_url, guard) as guarded:
        assert guarded.get("/", params={"token": offered}).status_code == 401
        header = f"Bearer {offered}".encode()  # raw bytes: a client may send any
        assert guarded.get("/", headers={"authorization": header}).status_code == 401
    with build_client(db_url) as client:
        client.get("/")
        response = client.post("/", data={"csrf": offered, "candidate.name": "Zoë"})
        assert response.status_code == 422


# --- The web server -------------------------------------------------------------------------


def test_a_body_over_the_limit_is_refused_before_it_is_read(db_url):
    from secondchance.web.security import MAX_BODY_BYTES

    huge = b'{"text": "' + b"a" * (MAX_BODY_BYTES + 10) + b'"}'
    with build_client(db_url) as client:
        declared = client.post(
            "/api/review", content=huge, headers={"content-type": "application/json"}
        )
        assert declared.status_code == 413 and "limit" in declared.json()["detail"]
        assert declared.headers["x-content-type-options"] == "nosniff"

        def chunks():
            yield huge[: len(huge) // 2]
            yield huge[len(huge) // 2 :]

        chunked = client.post(
            "/api/review", content=chunks(), headers={"content-type": "application/json"}
        )
        assert chunked.status_code == 413
        small = client.post("/api/review", json={"text": "Dear Sam, I am sorry."})
        assert small.status_code == 200 and small.json()["verdict"]


def test_a_500_page_carries_the_security_headers(db_url, monkeypatch):
    from fastapi.testclient import TestClient

    from secondchance import services
    from secondchance.web.app import WebSettings, create_app

    def explode(*args, **kwargs):
        raise RuntimeError("a bug")

    monkeypatch.setattr(services, "review_draft", explode)
    app = create_app(WebSettings(db_url), clock=lambda: FIXED_NOW)
    with TestClient(app, base_url="http://127.0.0.1:8731", raise_server_exceptions=False) as c:
        response = c.post("/api/review", json={"text": "Dear Sam"})
    assert response.status_code == 500
    assert "default-src 'self'" in response.headers["content-security-policy"]
    assert response.headers["x-frame-options"] == "DENY"
    assert "a bug" not in response.text


@pytest.mark.parametrize(
    ("host", "expected"),
    [
        ("::1", "http://[::1]:8731/"),
        ("::", "http://[::1]:8731/"),
        ("fe80::1", "http://[fe80::1]:8731/?token=t"),
        ("0.0.0.0", "http://127.0.0.1:8731/?token=t"),
        ("127.0.0.1", "http://127.0.0.1:8731/"),
    ],
)
def test_the_printed_link_brackets_an_ipv6_address(host, expected):
    from secondchance.cli.web import server_link

    token = "t" if "token" in expected else None
    assert server_link(host, 8731, token) == expected


def test_database_files_and_exports_are_private_to_their_owner(tmp_path):
    path = tmp_path / "private.db"
    added = run_cli(
        "case", "add", "--case", "-", "--db", str(path), "--now", FIXED_NOW.isoformat(),
        stdin=json.dumps(make_case(note="my private note")).encode(),
    )  # fmt: skip
    assert added.returncode == 0, added.stderr
    files = [p for p in tmp_path.iterdir() if p.name.startswith("private.db")]
    assert path in files
    for file in files:  # the database, and its -wal/-shm while they exist
        assert file.stat().st_mode & 0o777 == 0o600, (file, oct(file.stat().st_mode))
    out = tmp_path / "backup.json"
    out.write_text("old")
    out.chmod(0o644)
    assert run_cli("case", "export", "--db", str(path), "--out", str(out)).returncode == 0
    assert out.stat().st_mode & 0o777 == 0o600
    assert "my private note" in out.read_text()


@pytest.mark.parametrize("token", ["a&b=c", "x#y", "two words", "100%+1"])
def test_the_printed_link_carries_the_token_whole(token, tmp_path):
    """#19 Low 10: a token with &, # or a space was printed as is and reached the app cut."""
    from urllib.parse import parse_qs, urlsplit

    from fastapi.testclient import TestClient

    from secondchance.cli.web import server_link
    from secondchance.web.app import WebSettings, create_app
    from secondchance.web.security import Guard

    link = server_link("0.0.0.0", 8731, token)  # noqa: S104 - the case that prints a token
    assert parse_qs(urlsplit(link).query) == {"token": [token]}
    settings = WebSettings(f"sqlite:///{tmp_path / 'c.db'}", Guard("0.0.0.0", token=token))  # noqa: S104
    with TestClient(create_app(settings), base_url="http://127.0.0.1:8731") as client:
        assert client.get("/cases").status_code == 401
        assert client.get(link.removeprefix("http://127.0.0.1:8731")).status_code == 200
        assert client.get("/cases").status_code == 200  # the cookie the link set
