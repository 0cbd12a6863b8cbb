""".eml files, mailto: links and real SMTP delivery through the outbox (aiosmtpd on 127.0.0.1)."""

import json
import shutil
import socket
import ssl
import subprocess
import threading
from datetime import UTC, datetime
from email import message_from_bytes, policy
from pathlib import Path
from urllib.parse import parse_qs, unquote, urlsplit

import pytest
import trustme
from aiosmtpd.controller import Controller
from aiosmtpd.smtp import AuthResult
from icalendar import Calendar
from pydantic import ValidationError

from conftest import ctx, make_case, run_cli, store_bad_start
from secondchance import services
from secondchance.cli import cli

NOW = datetime(2026, 11, 26, 16, 0, tzinfo=UTC)
PASSWORD = "s3cr3t-Pässword!"
JS_PARSER = Path(__file__).parent / "js" / "parse_eml.js"
RECRUITER = {"name": "Priya Raman", "email": "priya@talent.example"}


@pytest.fixture
def db(db_url):
    database = services.Database(db_url)
    services.add_case(ctx(database, NOW), make_case(recruiter=RECRUITER))
    return database


def parse_with_node(raw: bytes) -> dict:
    node = shutil.which("node")
    assert node, "node is needed for the independent .eml parser (tests/js)"
    proc = subprocess.run([node, str(JS_PARSER)], input=raw, capture_output=True, timeout=60)
    assert proc.returncode == 0, proc.stderr.decode()
    return json.loads(proc.stdout)


# --- .eml ------------------------------------------------------------------------------------


def test_eml_reads_back_the_same_in_python_and_in_node(db):
    raw = bytes(services.message_eml(ctx(db, NOW), 1, "apology_email"))
    assert b"\r\n" in raw and raw.isascii()  # RFC 5322 line ends; RFC 2047 for the names
    assert b"=?utf-8?" in raw.lower()
    mine = message_from_bytes(raw, policy=policy.default)
    assert mine["From"].addresses[0].display_name == "Zoë Łukasiewicz"
    assert mine["From"].addresses[0].addr_spec == "zoe@example.com"
    assert mine["To"].addresses[0].addr_spec == "dana@acme.example"
    assert mine["Cc"].addresses[0].addr_spec == "priya@talent.example"
    assert mine["Subject"] == "Apologies for missing our interview – Zoë Łukasiewicz"
    assert mine["Date"].datetime == NOW
    assert mine["Message-ID"].endswith("@example.com>")
    body = mine.get_body(("plain",)).get_content()
    assert "Dear Dana Whitfield," in body and body.rstrip().endswith("zoe@example.com")

    theirs = parse_with_node(raw)
    assert theirs["from"] == [{"name": "Zoë Łukasiewicz", "address": "zoe@example.com"}]
    assert theirs["to"] == [{"name": "Dana Whitfield", "address": "dana@acme.example"}]
    assert theirs["cc"] == [{"name": "Priya Raman", "address": "priya@talent.example"}]
    assert theirs["subject"] == mine["Subject"]
    assert theirs["text"].strip().splitlines() == body.strip().splitlines()
    assert theirs["date"] == "2026-11-26T16:00:00.000Z"


def test_reschedule_confirmation_carries_the_calendar(db_url):
    database = services.Database(db_url)
    agreed = {"start": "2026-12-03T10:00", "timezone": "America/New_York"}
    services.add_case(ctx(database, NOW), make_case(rescheduled_to=agreed))
    raw = bytes(services.message_eml(ctx(database, NOW), 1, "reschedule_confirmation"))
    mine = message_from_bytes(raw, policy=policy.default)
    parts = list(mine.iter_attachments())
    assert [part.get_content_type() for part in parts] == ["text/calendar"]
    event = next(iter(Calendar.from_ical(parts[0].get_content()).walk("VEVENT")))
    assert event.decoded("DTSTART").astimezone(UTC) == datetime(2026, 12, 3, 15, 0, tzinfo=UTC)
    theirs = parse_with_node(raw)
    assert theirs["attachments"][0]["contentType"] == "text/calendar"
    assert "BEGIN:VEVENT" in theirs["attachments"][0]["content"]


STRING_FIELDS = [
    "candidate__name",
    "candidate__email",
    "candidate__phone",
    "candidate__timezone",
    "interviewer__name",
    "interviewer__email",
    "interviewer__phone",
    "interviewer__timezone",
    "company",
    "role",
    "interview__timezone",
]


@pytest.mark.parametrize("field", STRING_FIELDS)
@pytest.mark.parametrize(
    "trick", ["x\r\nBcc: evil@attacker.example", "x\nX-Hack: 1", "x\rTo: a@b.c"]
)
def test_no_field_can_smuggle_a_header(field, trick):
    with pytest.raises(ValidationError):
        services.parse_case(make_case(**{field: trick}), NOW)


def test_awkward_but_valid_names_stay_inside_their_headers(db_url):
    database = services.Database(db_url)
    odd = make_case(
        candidate__name='Zoë "Z" O\'Brien, <Jr.>',
        interviewer__name="Dana; Whitfield: Bcc",
        company="Acme: Bcc, Inc.",
    )
    services.add_case(ctx(database, NOW), odd)
    raw = bytes(services.message_eml(ctx(database, NOW), 1, "apology_email"))
    mine = message_from_bytes(raw, policy=policy.default)
    assert sorted(mine.keys()) == sorted(
        [
            "From",
            "To",
            "Subject",
            "Date",
            "Message-ID",
            "MIME-Version",
            "Content-Type",
            "Content-Transfer-Encoding",
        ]
    )
    assert [a.addr_spec for a in mine["To"].addresses] == ["dana@acme.example"]
    assert mine["From"].addresses[0].display_name == 'Zoë "Z" O\'Brien, <Jr.>'
    assert "bcc" not in [name.lower() for name in parse_with_node(raw)["headerNames"]]


def test_eml_command_writes_a_file_and_refuses_a_missing_address(db_url, runner, tmp_path):
    database = services.Database(db_url)
    services.add_case(ctx(database, NOW), make_case())
    services.add_case(ctx(database, NOW), make_case(interviewer__email=None))
    out = tmp_path / "apology.eml"
    result = runner.invoke(
        cli,
        ["eml", "1", "apology_email", "--out", str(out), "--db", db_url, "--now", NOW.isoformat()],
    )
    assert result.exit_code == 0, result.output
    assert message_from_bytes(out.read_bytes(), policy=policy.default)["To"]
    proc = run_cli("eml", "2", "apology_email", "--db", db_url)
    assert proc.returncode == 2 and b"interviewer.email is needed" in proc.stderr
    proc = run_cli("eml", "1", "voicemail", "--db", db_url)
    assert proc.returncode == 2 and b"is not an email" in proc.stderr


# --- mailto: ----------------------------------------------------------------------------------


def test_mailto_link_decodes_to_the_message(db, runner):
    result = runner.invoke(
        cli, ["mailto", "1", "short_message", "--db", db.url, "--now", NOW.isoformat()]
    )
    url = result.stdout.strip()
    parts = urlsplit(url)
    assert parts.scheme == "mailto" and unquote(parts.path) == "dana@acme.example"
    query = parse_qs(parts.query)
    assert query["cc"] == ["priya@talent.example"]
    kit = services.case_kit(services.show_case(ctx(db, NOW), 1), NOW)
    assert query["body"] == [kit.messages["short_message"].full_text.replace("\n", "\r\n")]
    assert "Warning" not in result.output


def test_a_long_mailto_link_warns_to_use_eml_or_send(db_url, runner):
    database = services.Database(db_url)
    offers = {
        "reference": True,
        "portfolio": True,
        # Long enough that the link passes the length that mail programs cut.
        "case_study_url": "https://zoe.example/case-studies/platform-migration-2025/"
        "what-we-moved-how-long-it-took-and-what-it-cost-the-data-platform-team-in-2025"
        "-and-what-we-would-do-differently-next-time-with-the-whole-team-and-a-larger-budget"
        "-for-the-second-region-and-the-third-one-after-that-and-then-the-fourth-one-as-well",
    }
    services.add_case(
        ctx(database, NOW),
        make_case(
            recruiter=RECRUITER,
            offers=offers,
            role="Phó Chủ tịch Kỹ thuật Nền tảng Dữ liệu",
            company="Công ty Cổ phần Phân tích Dữ liệu Đông Nam Á",
            candidate__name="Nguyễn Thị Minh Khuê",
            interviewer__name="Trần Đức Lương Hoàng",
            drawn_to="nền tảng dữ liệu thời gian thực cho toàn khu vực",
            candidate__portfolio_url="https://zoe.example/portfolio/selected-work",
            candidate__linkedin_url="https://www.linkedin.com/in/zoe-lukasiewicz-data-platform"
            "-engineering-leadership-and-analytics-strategy",
        ),
    )
    # The offers and their links go into the apology email, the longest email here (#16).
    result = runner.invoke(
        cli, ["mailto", "1", "apology_email", "--db", db_url, "--now", NOW.isoformat()]
    )
    assert result.exit_code == 0
    assert len(result.stdout.strip()) > 1500
    assert "secondchance eml" in result.stderr


# --- SMTP -------------------------------------------------------------------------------------


class Recorder:
    def __init__(self):
        self.received = []
        self.refuse = False
        self.refuse_rcpt = set()
        self.bad_quit = False
        self.on_data = None  # called as the message arrives, before the server answers

    async def handle_RCPT(self, server, session, envelope, address, rcpt_options):
        if address in self.refuse_rcpt:
            return "550 5.1.1 No such user here"
        envelope.rcpt_tos.append(address)
        return "250 OK"

    async def handle_QUIT(self, server, session, envelope):
        return "421 4.3.2 Shutting down" if self.bad_quit else "221 Bye"

    async def handle_DATA(self, server, session, envelope):
        if self.on_data:
            self.on_data()
        if self.refuse:
            return "550 5.7.1 Mailbox unavailable"
        self.received.append(
            {
                "from": envelope.mail_from,
                "to": envelope.rcpt_tos,
                "data": envelope.content,
                "tls": bool(session.ssl),
            }
        )
        return "250 OK"


def free_port():
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@pytest.fixture(scope="module")
def ca():
    return trustme.CA()


@pytest.fixture
def smtp_server(ca, tmp_path):
    def authenticate(server, session, envelope, mechanism, auth_data):
        good = auth_data.login == b"zoe" and auth_data.password == PASSWORD.encode()
        return AuthResult(success=good)

    server_context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    ca.issue_cert("localhost", "127.0.0.1").configure_cert(server_context)
    handler = Recorder()
    port = free_port()
    controller = Controller(
        handler,
        hostname="127.0.0.1",
        port=port,
        tls_context=server_context,
        require_starttls=True,
        authenticator=authenticate,
        auth_require_tls=True,
    )
    controller.start()
    cafile = tmp_path / "ca.pem"
    ca.cert_pem.write_to_path(str(cafile))
    env = {
        "SECONDCHANCE_SMTP_URL": f"smtp+starttls://zoe@127.0.0.1:{port}",
        "SECONDCHANCE_SMTP_PASSWORD": PASSWORD,
        "SECONDCHANCE_SMTP_CAFILE": str(cafile),
        "SECONDCHANCE_SMTP_TIMEOUT": "5",
    }
    yield handler, env
    controller.stop()


def send_cli(db_url, env, *args):
    proc = run_cli(*args, "--db", db_url, env=env)
    output = proc.stdout.decode() + proc.stderr.decode()
    assert PASSWORD not in output
    return proc, output


def test_send_over_starttls_delivers_and_logs_the_event(db, smtp_server):
    handler, env = smtp_server
    proc, output = send_cli(db.url, env, "send", "1", "apology_email", "--json")
    assert proc.returncode == 0, output
    entry = json.loads(proc.stdout)
    assert entry["status"] == "sent" and entry["attempts"] == 1
    [message] = handler.received
    assert message["tls"] is True
    assert message["from"] == "zoe@example.com"
    assert sorted(message["to"]) == ["dana@acme.example", "priya@talent.example"]
    parsed = message_from_bytes(message["data"], policy=policy.default)
    assert parsed["Subject"].startswith("Apologies for missing our interview")
    detail = services.show_case(ctx(db, NOW), 1)
    assert detail.status == "apologized"
    assert detail.events[-1].event == "apology_sent"
    assert PASSWORD.encode() not in services.export_cases(ctx(db)).encode()


def test_what_is_sent_carries_exactly_the_headers_written(db_url, smtp_server):
    handler, env = smtp_server
    database = services.Database(db_url)
    odd = make_case(
        recruiter={"name": "Priya <?= Raman =?", "email": "priya@talent.example"},
        candidate__name='Zoë "?=" Ł, =? Jr.',
    )
    services.add_case(ctx(database, NOW), odd)
    entry = services.send_message(ctx(database, NOW, env), 1, "apology_email")
    assert entry is not None and entry.status == "sent"
    [message] = handler.received
    assert sorted(message["to"]) == ["dana@acme.example", "priya@talent.example"]
    parsed = message_from_bytes(message["data"], policy=policy.default)
    assert sorted(name.lower() for name in parsed) == sorted(
        ["from", "to", "cc", "subject", "date", "message-id", "mime-version"]
        + ["content-type", "content-transfer-encoding"]
    )
    assert parsed["From"].addresses[0].display_name == 'Zoë "?=" Ł, =? Jr.'
    assert [a.display_name for a in parsed["Cc"].addresses] == ["Priya <?= Raman =?"]


def test_a_refused_send_stays_in_the_outbox_and_a_retry_sends_it(db, smtp_server):
    handler, env = smtp_server
    handler.refuse = True
    proc, output = send_cli(db.url, env, "send", "1", "apology_email", "--json")
    assert proc.returncode == 1
    entry = json.loads(proc.stdout)
    assert entry["status"] == "failed" and "550" in entry["last_error"]
    assert services.show_case(ctx(db, NOW), 1).status == "missed"

    handler.refuse = False
    proc, output = send_cli(db.url, env, "outbox", "--retry", "--json")
    assert proc.returncode == 0, output
    [entry] = json.loads(proc.stdout)
    assert {"id", "case_id", "message_id", "status", "attempts", "last_error"} <= entry.keys()
    assert entry["status"] == "sent" and entry["attempts"] == 2
    assert len(handler.received) == 1
    assert services.show_case(ctx(db, NOW), 1).status == "apologized"


def test_a_retry_on_a_case_that_no_longer_reads_back_delivers_once(db, smtp_server):
    handler, env = smtp_server
    handler.refuse = True
    assert services.send_message(ctx(db, NOW, env), 1, "apology_email").status == "failed"
    store_bad_start(db, 1)
    handler.refuse = False
    outcomes = [services.retry_outbox(ctx(db, NOW, env)) for _ in range(3)]
    assert [[entry.status for entry in outcome] for outcome in outcomes] == [["sent"], [], []]
    assert len(handler.received) == 1
    [entry] = services.outbox(ctx(db))
    assert (entry.status, entry.attempts) == ("sent", 2)


def test_a_case_deleted_while_its_message_goes_out_is_no_traceback(db, smtp_server, runner):
    handler, env = smtp_server
    handler.on_data = lambda: services.delete_case(ctx(db), 1)
    entry = services.send_message(ctx(db, NOW, env), 1, "apology_email")
    assert entry is not None and entry.status == "sent"
    assert len(handler.received) == 1 and services.outbox(ctx(db)) == []
    assert services.count_cases(ctx(db)) == 0


def test_an_error_at_quit_after_acceptance_still_counts_as_sent(db, smtp_server):
    handler, env = smtp_server
    handler.bad_quit = True
    proc, output = send_cli(db.url, env, "send", "1", "apology_email", "--json")
    assert proc.returncode == 0, output
    assert json.loads(proc.stdout)["status"] == "sent"
    assert len(handler.received) == 1
    assert services.show_case(ctx(db, NOW), 1).status == "apologized"


def test_a_retry_goes_only_to_the_recipients_the_server_refused(db, smtp_server):
    handler, env = smtp_server
    handler.refuse_rcpt = {"priya@talent.example"}
    proc, output = send_cli(db.url, env, "send", "1", "apology_email", "--json")
    entry = json.loads(proc.stdout)
    assert entry["status"] == "failed" and "priya@talent.example" in entry["last_error"]
    assert "550" in entry["last_error"]
    assert [m["to"] for m in handler.received] == [["dana@acme.example"]]

    handler.refuse_rcpt = set()
    proc, output = send_cli(db.url, env, "outbox", "--retry", "--json")
    assert proc.returncode == 0, output
    assert json.loads(proc.stdout)[0]["status"] == "sent"
    assert [m["to"] for m in handler.received] == [["dana@acme.example"], ["priya@talent.example"]]


def test_the_password_is_scrubbed_even_when_the_server_echoes_the_auth_token(ca, tmp_path, db):
    import base64

    token = base64.b64encode(b"\0zoe\0" + PASSWORD.encode()).decode()

    def echo_and_refuse(server, session, envelope, mechanism, auth_data):
        return AuthResult(success=False, handled=False, message=f"535 5.7.8 bad {token}")

    context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    ca.issue_cert("127.0.0.1").configure_cert(context)
    port = free_port()
    controller = Controller(
        Recorder(),
        hostname="127.0.0.1",
        port=port,
        tls_context=context,
        require_starttls=True,
        authenticator=echo_and_refuse,
        auth_require_tls=True,
    )
    controller.start()
    try:
        cafile = tmp_path / "ca.pem"
        ca.cert_pem.write_to_path(str(cafile))
        env = {
            "SECONDCHANCE_SMTP_URL": f"smtp+starttls://zoe@127.0.0.1:{port}",
            "SECONDCHANCE_SMTP_PASSWORD": PASSWORD,
            "SECONDCHANCE_SMTP_CAFILE": str(cafile),
            "SECONDCHANCE_SMTP_TIMEOUT": "5",
        }
        proc, output = send_cli(db.url, env, "send", "1", "apology_email", "--json")
    finally:
        controller.stop()
    entry = json.loads(proc.stdout)
    assert entry["status"] == "failed" and "535" in entry["last_error"]
    assert token not in output and token not in services.export_cases(ctx(db))
    assert "********" in entry["last_error"]


def test_an_untrusted_certificate_fails_and_checks_are_never_skipped(db, smtp_server):
    handler, env = smtp_server
    untrusted = {**env, "SECONDCHANCE_SMTP_CAFILE": ""}
    proc, output = send_cli(db.url, untrusted, "send", "1", "apology_email", "--json")
    assert json.loads(proc.stdout)["status"] == "failed"
    assert "TLS failed" in json.loads(proc.stdout)["last_error"]
    assert handler.received == []


def test_a_server_that_hangs_times_out_into_the_outbox(db):
    listener = socket.socket()
    listener.bind(("127.0.0.1", 0))
    listener.listen()
    accepted = []
    thread = threading.Thread(target=lambda: accepted.append(listener.accept()), daemon=True)
    thread.start()
    env = {
        "SECONDCHANCE_SMTP_URL": f"smtp+starttls://zoe@127.0.0.1:{listener.getsockname()[1]}",
        "SECONDCHANCE_SMTP_PASSWORD": PASSWORD,
        "SECONDCHANCE_SMTP_TIMEOUT": "1",
    }
    proc, output = send_cli(db.url, env, "send", "1", "apology_email", "--json")
    thread.join(timeout=5)
    for connection, _ in accepted:
        connection.close()
    listener.close()
    entry = json.loads(proc.stdout)
    assert entry["status"] == "failed" and "did not answer in time" in entry["last_error"]
    assert services.outbox(ctx(db))[0].status == "failed"


@pytest.mark.parametrize(
    ("url", "message"),
    [
        ("smtp://mail.example.com:25", "only allowed to this machine"),
        ("ftp://mail.example.com", "must start with smtp+starttls://"),
        ("smtp+starttls://zoe:hunter2@mail.example.com", "not in SECONDCHANCE_SMTP_URL"),
    ],
)
def test_unsafe_smtp_settings_are_refused_before_any_connection(db, url, message):
    proc, output = send_cli(db.url, {"SECONDCHANCE_SMTP_URL": url}, "send", "1", "apology_email")
    assert proc.returncode == 2 and message in output
    assert "hunter2" not in output
    assert services.outbox(ctx(db)) == []


def test_plain_smtp_to_a_local_relay_is_allowed(db):
    handler = Recorder()
    port = free_port()
    controller = Controller(handler, hostname="127.0.0.1", port=port)
    controller.start()
    try:
        proc, output = send_cli(
            db.url,
            {"SECONDCHANCE_SMTP_URL": f"smtp://127.0.0.1:{port}"},
            "send",
            "1",
            "call_follow_up_email",
        )
    finally:
        controller.stop()
    assert proc.returncode == 0, output
    assert len(handler.received) == 1 and handler.received[0]["tls"] is False


def test_dry_run_sends_nothing_and_a_closed_case_sends_nothing(db, smtp_server):
    handler, env = smtp_server
    proc, output = send_cli(db.url, env, "send", "1", "apology_email", "--dry-run")
    assert proc.returncode == 0 and "nothing was sent" in output
    services.log_event(ctx(db, NOW), 1, "closed")
    proc, output = send_cli(db.url, env, "send", "1", "apology_email")
    assert proc.returncode == 2 and "closed" in output
    assert handler.received == [] and services.outbox(ctx(db)) == []


def test_a_send_the_table_does_not_allow_is_recorded_without_moving_the_case(db, smtp_server):
    handler, env = smtp_server
    services.log_event(ctx(db, NOW), 1, "declined")
    proc, output = send_cli(db.url, env, "send", "1", "decline_reply")
    assert proc.returncode == 0, output
    detail = services.show_case(ctx(db, NOW), 1)
    assert detail.status == "declined"
    assert detail.events[-1].event == "message_sent"
    assert detail.events[-1].note == "sent decline_reply"
