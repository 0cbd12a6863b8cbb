"""`secondchance inbox` against a real Dovecot: read-only, threaded, never twice (issue 18)."""

import json
import subprocess
import sys
import uuid
from email.message import EmailMessage
from email.utils import format_datetime

import pytest
from imapclient import IMAPClient

from conftest import FIXED_NOW, ctx, make_case
from imap_server import PASSWORD, USER, ImapServer, dovecot
from secondchance import services
from secondchance.cli import cli
from secondchance.services import replies

SENT_ID = "<apology-1@example.com>"


@pytest.fixture(scope="module")
def imap():
    with dovecot() as server:
        yield server


def mail(sender, subject, body, **headers):
    message = EmailMessage()
    message["From"] = sender
    message["To"] = "zoe@example.com"
    message["Subject"] = subject
    message["Date"] = format_datetime(FIXED_NOW)
    for name, value in headers.items():
        message[name.replace("_", "-")] = value
    message.set_content(body)
    return bytes(message)


THREADED = mail(
    "Assistant <assistant@acme.example>",
    "Re: Sorry I missed our interview",
    "Could you do Tuesday 1 December at 10am ET, or Wednesday at 2pm?",
    In_Reply_To=SENT_ID,
    References=f"<older@example.com> {SENT_ID}",
)
UNTHREADED = mail(
    "Dana Whitfield <dana@acme.example>",
    "Our interview",
    "Let me check with the hiring manager and get back to you.",
)
AUTO = mail(
    "dana@acme.example",
    "Automatic reply: Sorry I missed our interview",
    "Thank you for your message. I will be back on Monday 7 December.",
    Auto_Submitted="auto-replied",
)
QUOTED = mail(
    "dana@acme.example",
    "Re: times",
    "Thanks, I will come back to you soon.\n\n"
    "On Wed, Zoë wrote:\n> I could do Monday 30 November at 3pm.\n",
    In_Reply_To="<unknown@example.com>",
)
STRANGER = mail("news@shop.example", "Sale", "Everything half price until Friday at 5pm.")


def fresh(name: str) -> str:
    """A folder no earlier test wrote to: the server lives for the module, and the storage
    tests run once per database, so a shared folder would carry the first run's mail."""
    return f"{name}-{uuid.uuid4().hex[:8]}"


def append(server: ImapServer, folder: str, *messages: bytes) -> None:
    with IMAPClient("127.0.0.1", port=server.tls, ssl_context=server.client_context()) as client:
        client.login(USER, PASSWORD)
        if not client.folder_exists(folder):
            client.create_folder(folder)
        for message in messages:
            client.append(folder, message, flags=())


def flags(server: ImapServer, folder: str) -> dict[int, tuple[bytes, ...]]:
    with IMAPClient("127.0.0.1", port=server.tls, ssl_context=server.client_context()) as client:
        client.login(USER, PASSWORD)
        client.select_folder(folder, readonly=True)
        uids = client.search(["ALL"])
        assert uids, "the folder should hold the appended messages"
        return {uid: data[b"FLAGS"] for uid, data in client.fetch(uids, ["FLAGS"]).items()}


def env(server: ImapServer, folder: str, scheme: str = "imaps", cafile: bool = True):
    port = server.tls if scheme == "imaps" else server.plain
    values = {
        "SECONDCHANCE_IMAP_URL": f"{scheme}://{USER}@127.0.0.1:{port}/{folder}",
        "SECONDCHANCE_IMAP_PASSWORD": PASSWORD,
    }
    if cafile:
        values["SECONDCHANCE_IMAP_CAFILE"] = server.cafile
    return values


@pytest.fixture
def tracked(db_url):
    db = services.Database(db_url)
    case_id = services.add_case(ctx(db, FIXED_NOW), make_case())
    content = mail("zoe@example.com", "Sorry I missed our interview", "Sorry.", Message_ID=SENT_ID)
    with db.store() as store:
        store.queue(
            case_id, "apology_email", content, "zoe@example.com", ["dana@acme.example"], FIXED_NOW
        )
    yield db, case_id
    db.close()


def run_inbox(runner, db_url, values):
    result = runner.invoke(
        cli, ["inbox", "--json", "--db", db_url, "--now", FIXED_NOW.isoformat()], env=values
    )
    return result


def test_inbox_journey_threads_reads_only_and_never_twice(imap, tracked, db_url, runner):
    db, case_id = tracked
    folder = fresh("Journey")
    append(imap, folder, THREADED, UNTHREADED, AUTO, QUOTED, STRANGER)
    result = run_inbox(runner, db_url, env(imap, folder))
    assert result.exit_code == 0, result.output
    report = json.loads(result.output)
    assert (report["read"], report["unmatched"]) == (5, 1)
    assert [m["case_id"] for m in report["matched"]] == [case_id] * 4
    assert report["kinds"] == ["proposes_times", "pending", "auto_reply", "pending"]
    # Nothing was marked read, and the case did not move.
    assert all(b"\\Seen" not in f for f in flags(imap, folder).values())
    assert services.get_case(ctx(db), case_id).status == "missed"
    # The replies wait on the case; the threaded one offers its times in the right zone.
    found = replies.found_for_case(ctx(db), case_id)
    assert len(found) == 4
    threaded = next(f for f in found if f.sender == "assistant@acme.example")
    advice = replies.read_found(ctx(db, FIXED_NOW), case_id, threaded.id)
    assert [t.start.isoformat() for t in advice.reading.times] == [
        "2026-12-01T10:00:00-05:00",
        "2026-12-02T14:00:00-05:00",
    ]
    quoted = next(f for f in found if f.subject == "Re: times")
    assert replies.read_found(ctx(db, FIXED_NOW), case_id, quoted.id).reading.times == ()
    auto = next(f for f in found if f.subject.startswith("Automatic"))
    assert replies.read_found(
        ctx(db, FIXED_NOW), case_id, auto.id
    ).reading.return_date.isoformat() == ("2026-12-07")
    # A second run reads nothing again; a new message is read once.
    again = json.loads(run_inbox(runner, db_url, env(imap, folder)).output)
    assert (again["read"], again["matched"]) == (0, [])
    append(imap, folder, UNTHREADED)
    third = json.loads(run_inbox(runner, db_url, env(imap, folder)).output)
    assert third["read"] == 1
    assert len(replies.found_for_case(ctx(db), case_id)) == 5


def test_inbox_over_starttls(imap, tracked, db_url, runner):
    _, case_id = tracked
    folder = fresh("StartTLS")
    append(imap, folder, UNTHREADED)
    result = run_inbox(runner, db_url, env(imap, folder, scheme="imap+starttls"))
    assert result.exit_code == 0, result.output
    assert json.loads(result.output)["matched"][0]["case_id"] == case_id


def test_an_untrusted_certificate_is_refused(imap, tracked, db_url, runner):
    folder = fresh("Untrusted")
    append(imap, folder, UNTHREADED)
    result = run_inbox(runner, db_url, env(imap, folder, cafile=False))
    # Refused input is exit 2 with the reason on the terminal, as a user sees it (#19).
    assert result.exit_code == 2
    assert "TLS failed" in result.output
    assert "CERTIFICATE_VERIFY_FAILED" in result.output
    assert all(b"\\Seen" not in f for f in flags(imap, folder).values())


def test_a_wrong_password_exits_2_and_never_shows_a_password(imap, tracked, db_url):
    values = {**env(imap, "INBOX"), "SECONDCHANCE_IMAP_PASSWORD": "wrong-Pa55word-93"}
    proc = subprocess.run(
        [sys.executable, "-m", "secondchance", "inbox", "--db", db_url],
        env={"PATH": "/usr/bin:/bin", **values},
        capture_output=True,
        timeout=60,
    )
    assert proc.returncode == 2
    output = (proc.stdout + proc.stderr).decode()
    assert "wrong-Pa55word-93" not in output
    assert PASSWORD not in output
    assert "Traceback" not in output


@pytest.mark.parametrize(
    ("values", "message"),
    [
        ({}, "SECONDCHANCE_IMAP_URL"),
        ({"SECONDCHANCE_IMAP_URL": "imap://zoe@mail.example.com"}, "only allowed to this machine"),
        (
            {"SECONDCHANCE_IMAP_URL": "imaps://zoe:pw@mail.example.com"},
            "SECONDCHANCE_IMAP_PASSWORD",
        ),
        ({"SECONDCHANCE_IMAP_URL": "pop3://zoe@mail.example.com"}, "must start with"),
        # The family of #19's SMTP traceback: one parser now reads both URLs.
        ({"SECONDCHANCE_IMAP_URL": "imaps://zoe@[::1"}, "cannot be read"),
        ({"SECONDCHANCE_IMAP_URL": "imaps://zoe@mail.example.com:99999"}, "cannot be read"),
        (
            {
                "SECONDCHANCE_IMAP_URL": "imaps://zoe@mail.example.com",
                "SECONDCHANCE_IMAP_TIMEOUT": "x",
            },
            "number of seconds",
        ),
        ({"SECONDCHANCE_IMAP_URL": "imaps://mail.example.com"}, "needs a user"),
    ],
)
def test_bad_imap_settings_are_refused_before_connecting(tracked, db_url, runner, values, message):
    result = runner.invoke(
        cli, ["inbox", "--db", db_url], env={"SECONDCHANCE_IMAP_URL": "", **values}
    )
    assert result.exit_code == 2
    assert message in result.output
    assert "pw" not in result.output.split("SECONDCHANCE")[0]


def test_the_cases_page_button_reads_the_mailbox_and_the_case_page_shows_the_reply(imap, db_url):
    from bs4 import BeautifulSoup

    from test_web import add_case, build_client, csrf

    folder = fresh("Web")
    append(imap, folder, UNTHREADED)
    with build_client(db_url, env=env(imap, folder)) as client:
        case_id = add_case(client)
        response = client.post("/inbox", data={"csrf": csrf(client, "/cases")})
        assert response.status_code == 200, response.text
        page = BeautifulSoup(response.text, "html.parser")
        assert "pending" in page.find(id="inbox-matched").get_text()
        case_page = BeautifulSoup(client.get(f"/cases/{case_id}").text, "html.parser")
        (item,) = case_page.find(id="found-replies").find_all("li")
        assert "dana@acme.example" in item.get_text()
        action = item.find("form")["action"]
        shown = client.post(action, data={"csrf": csrf(client, f"/cases/{case_id}")})
        assert BeautifulSoup(shown.text, "html.parser").find(id="reply-kind").get_text() == (
            "pending"
        )
    assert all(b"\\Seen" not in f for f in flags(imap, folder).values())


def test_a_queued_message_keeps_its_message_id_in_its_own_column(tracked, db_url):
    from sqlalchemy import create_engine, text

    engine = create_engine(db_url)
    with engine.connect() as connection:
        stored = connection.execute(text("SELECT rfc_message_id FROM outbox")).scalars().all()
    engine.dispose()
    assert stored == [SENT_ID]


def test_the_message_id_migration_fills_the_column_for_stored_messages(db_url):
    from sqlalchemy import text

    from secondchance.store.db import make_engine, upgrade

    engine = make_engine(db_url)
    upgrade(engine, "0004")
    content = mail("zoe@example.com", "Sorry", "Sorry.", Message_ID="<old-1@example.com>")
    with engine.begin() as connection:
        connection.execute(
            text(
                "INSERT INTO cases (uuid, status, document, opened_at, updated_at) VALUES"
                " ('u-1', 'missed', :doc, :now, :now)"
            ),
            {"doc": json.dumps(make_case()), "now": FIXED_NOW},
        )
        connection.execute(
            text(
                "INSERT INTO outbox (case_id, message_id, status, attempts, created_at,"
                " recipients, content) VALUES (1, 'apology_email', 'sent', 1, :now, :to, :content)"
            ),
            {"now": FIXED_NOW, "to": json.dumps({"from": "z", "to": []}), "content": content},
        )
    upgrade(engine, "0008")
    with engine.connect() as connection:
        assert connection.execute(text("SELECT rfc_message_id FROM outbox")).scalar() == (
            "<old-1@example.com>"
        )
    engine.dispose()
