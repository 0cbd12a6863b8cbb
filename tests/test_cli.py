import json
import subprocess
import sys

import pytest

from conftest import BASE_CASE
from secondchance.cli import Exit, cli
from secondchance.core.reasons import REASON_IDS

NOW = ["--now", "2026-11-26T15:40+00:00"]


def run(runner, args, stdin=None):
    return runner.invoke(cli, args, input=stdin, catch_exceptions=False)


def test_kit_json_has_every_message(runner):
    result = run(runner, ["kit", "--case", "-", "--json", *NOW], json.dumps(BASE_CASE))
    assert result.exit_code == 0, result.output
    data = json.loads(result.output)
    assert data["case"]["candidate"]["name"] == "Zoë Łukasiewicz"
    assert set(data["messages"]) == {
        "call_script",
        "voicemail",
        "apology_email",
        # Thanksgiving: the plan calls the next morning, after the email, so no note after
        # a call now is needed (#16).
        "short_message",
        "no_reply_follow_up",
        "last_follow_up",
        "decline_reply",
    }
    email = data["messages"]["apology_email"]
    assert email["channel"] == "email" and email["words"] <= 150
    assert "Zoë Łukasiewicz" in email["subject"]


def test_kit_text_shows_headers_and_bodies(runner):
    result = run(runner, ["kit", "--case", "-", *NOW], json.dumps(BASE_CASE))
    assert result.exit_code == 0
    assert "== Apology email (email," in result.output
    assert "Subject: Apologies for missing our interview – Zoë Łukasiewicz" in result.output
    assert "To: Dana Whitfield <dana@acme.example>" in result.output
    # Each message says when it is meant to be used, right under its title (#16).
    apology = result.output.split("== Apology email (email,", 1)[1].splitlines()
    assert apology[1].startswith("When: ")


def test_flags_alone_make_a_case(runner):
    args = [
        "kit",
        "--json",
        *NOW,
        "--candidate",
        "Nguyễn Thị Minh",
        "--interviewer",
        "Sam Lee",
        "--company",
        "Globex",
        "--role",
        "CFO",
        "--start",
        "2026-11-26T08:00",
        "--timezone",
        "Asia/Ho_Chi_Minh",
        "--reason",
        "overslept",
        "--offer-reference",
    ]
    result = run(runner, args)
    assert result.exit_code == 0, result.output
    data = json.loads(result.output)
    assert data["case"]["offers"]["reference"] is True
    assert "Dear Sam Lee," in data["messages"]["apology_email"]["body"]


def test_flags_override_the_file(runner):
    result = run(
        runner, ["kit", "--case", "-", "--json", *NOW, "--tone", "warm"], json.dumps(BASE_CASE)
    )
    assert json.loads(result.output)["case"]["tone"] == "warm"


def test_reasons_lists_the_catalogue(runner):
    result = run(runner, ["reasons", "--json"])
    assert [row["id"] for row in json.loads(result.output)] == list(REASON_IDS)
    assert "prefer_not_to_say" in run(runner, ["reasons"]).output


@pytest.mark.parametrize(
    ("stdin", "expected"),
    [
        ("{not json", "not valid JSON"),
        ("[1, 2]", "must be a JSON object"),
        ("", "candidate: is required"),
        (
            json.dumps({**BASE_CASE, "company": "Acme\r\nBcc: x@y.z"}),
            "company: must be a single line",
        ),
        (json.dumps({**BASE_CASE, "reason": "aliens"}), "reason: Input should be"),
        ("x" * 300_000, "larger than"),
    ],
)
def test_bad_case_exits_2_with_a_readable_message(stdin, expected):
    proc = subprocess.run(
        [sys.executable, "-m", "secondchance", "kit", "--case", "-", *NOW],
        input=stdin.encode(),
        capture_output=True,
        timeout=60,
    )
    assert proc.returncode == Exit.BAD_INPUT
    stderr = proc.stderr.decode()
    assert expected in stderr
    assert "Traceback" not in stderr


def test_invalid_utf8_exits_2():
    proc = subprocess.run(
        [sys.executable, "-m", "secondchance", "kit", "--case", "-"],
        input=b'{"candidate": "\xff"}',
        capture_output=True,
        timeout=60,
    )
    assert proc.returncode == 2
    assert b"not valid UTF-8" in proc.stderr


def test_now_without_offset_is_a_usage_error(runner):
    result = runner.invoke(cli, ["kit", "--now", "2026-11-26T10:00"])
    assert result.exit_code == 2
    assert "needs a UTC offset" in result.output


def test_serve_refuses_a_busy_port_with_exit_2(tmp_path):
    import socket

    with socket.socket() as busy:
        busy.bind(("127.0.0.1", 0))
        busy.listen()
        port = busy.getsockname()[1]
        proc = subprocess.run(
            [
                sys.executable,
                "-m",
                "secondchance",
                "serve",
                "--no-browser",
                "--port",
                str(port),
                "--db",
                f"sqlite:///{tmp_path / 'x.db'}",
            ],
            capture_output=True,
            timeout=60,
        )
    assert proc.returncode == 2
    assert b"choose another --port" in proc.stderr and b"Traceback" not in proc.stderr
