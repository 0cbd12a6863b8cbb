import json
import subprocess
import sys

import pytest

from conftest import BASE_CASE, make_case, run_cli
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
        # The interview was set on Thanksgiving, so the interviewer works that day: the call
        # is made now, and the note after it follows.
        "call_follow_up_email",
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
    proc = run_cli("kit", "--case", "-", *NOW, stdin=stdin.encode())
    assert proc.returncode == Exit.BAD_INPUT
    stderr = proc.stderr.decode()
    assert expected in stderr
    assert "Traceback" not in stderr


def test_invalid_utf8_exits_2():
    # The real-process smoke test of `python -m secondchance`: main() and its exit code.
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
        proc = run_cli(
            "serve", "--no-browser", "--port", str(port), "--db", f"sqlite:///{tmp_path / 'x.db'}"
        )
    assert proc.returncode == 2
    assert b"choose another --port" in proc.stderr and b"Traceback" not in proc.stderr


# What `kit` and `plan` must not load at start-up (#19): the store, the web app, mail, the
# reviewer, the other commands, and the holidays package's table of all its countries.
NEVER_FOR_KIT_OR_PLAN = (
    "sqlalchemy",
    "alembic",
    "fastapi",
    "starlette",
    "uvicorn",
    "jinja2",
    "icalendar",
    "re2",
    "rapidfuzz",
    "imapclient",
    "platformdirs",
    "secondchance.store",
    "secondchance.web",
    "secondchance.mail",
    "secondchance.inbox",
    "secondchance.core.review",
    "secondchance.core.reply",
    "secondchance.core.calendar",
    "secondchance.cli.cases",
    "secondchance.cli.delivery",
    "secondchance.cli.replies",
    "secondchance.cli.web",
    "holidays.countries",
)
# Loaded only for a case that has an email address, a phone number or a country (given, or
# that of the interviewer's time zone).
FOR_ADDRESSES_PHONES_AND_COUNTRY = ("email_validator", "phonenumbers", "holidays")

IMPORT_PROBE = """
import json, sys
from secondchance.cli import cli
try:
    cli({args!r})
except SystemExit as done:
    assert not done.code, done.code
print(json.dumps(sorted(sys.modules)), file=sys.stderr)
"""


def modules_loaded_by(*args, case):
    """Run a command in a new interpreter; return the names of every module it imported."""
    code = IMPORT_PROBE.format(args=[*args, "--case", "-", *NOW])
    proc = subprocess.run(
        [sys.executable, "-c", code], input=json.dumps(case).encode(), capture_output=True
    )
    assert proc.returncode == 0, proc.stderr.decode()
    return set(json.loads(proc.stderr.decode().splitlines()[-1]))


def loaded_of(modules, names):
    return {name for name in names if any(m == name or m.startswith(name + ".") for m in modules)}


def test_a_kit_loads_only_what_it_uses():
    modules = modules_loaded_by("kit", case=make_case(interviewer__country="US"))
    assert "secondchance.core.compose" in modules
    assert loaded_of(modules, FOR_ADDRESSES_PHONES_AND_COUNTRY) == {
        *FOR_ADDRESSES_PHONES_AND_COUNTRY
    }
    assert loaded_of(modules, NEVER_FOR_KIT_OR_PLAN) == set()


def test_a_plan_without_addresses_phones_or_country_loads_none_of_their_libraries():
    bare = make_case(
        candidate__email=None,
        candidate__phone=None,
        interviewer__email=None,
        interviewer__phone=None,
        interviewer__timezone="UTC",  # a zone of no one country: only weekends are skipped
    )
    modules = modules_loaded_by("plan", case=bare)
    assert "secondchance.core.plan" in modules
    unused = (
        *NEVER_FOR_KIT_OR_PLAN,
        *FOR_ADDRESSES_PHONES_AND_COUNTRY,
        "secondchance.core.compose",
    )
    assert loaded_of(modules, unused) == set()


def test_an_offer_the_messages_leave_out_is_told_not_dropped(runner):
    reason = "the platform rebuild"  # with a reason given, the offers are all there is to tell
    senior = make_case(role="VP Engineering", offers={"reference": True}, drawn_to=reason)
    result = run(runner, ["kit", "--case", "-", *NOW], json.dumps(senior))
    assert result.exit_code == 0
    assert "references" not in result.output.split("Note:", 1)[0]
    assert "Note: The messages leave out references, which you offered" in result.output
    as_json = ["kit", "--case", "-", "--json", *NOW]
    data = json.loads(run(runner, as_json, json.dumps(senior)).output)
    assert len(data["notes"]) == 1 and "VP Engineering" in data["notes"][0]
    # A maker's role takes the offer in the letter, and nothing is left to tell.
    maker = make_case(role="Senior UX Designer", offers={"portfolio": True}, drawn_to=reason)
    data = json.loads(run(runner, as_json, json.dumps(maker)).output)
    assert data["notes"] == [] and "my portfolio" in data["messages"]["apology_email"]["body"]


def test_without_a_reason_for_the_role_the_user_is_asked_for_one(runner):
    # The follow-ups can only say the user is keen; every blind reading marked that down (#16).
    as_json = ["kit", "--case", "-", "--json", *NOW]
    data = json.loads(run(runner, as_json, json.dumps(make_case(drawn_to=None))).output)
    assert any("what draws you to the role" in note for note in data["notes"])
    given = make_case(drawn_to="the platform rebuild")
    data = json.loads(run(runner, as_json, json.dumps(given)).output)
    assert data["notes"] == []
    assert "platform rebuild" in data["messages"]["no_reply_follow_up"]["body"]
