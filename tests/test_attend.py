"""Whether the user, writing before the start, can still take part (issue 16, round 8).

An optional answer, asked only before the start: late by about so many minutes, another way,
or not at all. It is validated with the case, asked by every front end, stored inside the case
document (migration 0010 takes it out again on the way down), carried by export and import,
and said plainly by the heads-up.
"""

import json
from datetime import timedelta

import pexpect
import pytest
from sqlalchemy import text

from conftest import FIXED_NOW, ctx, make_case
from secondchance import services
from secondchance.cli import cli
from secondchance.core.compose import compose_kit
from secondchance.core.fields import DETAIL_FIELDS, FIELDS_BY_PATH
from secondchance.core.intake import Case
from secondchance.store.db import downgrade, make_engine, upgrade
from test_web import ANSWERS, build_client, csrf, soup
from test_wizard import spawn

AHEAD = FIXED_NOW - timedelta(minutes=110)  # 09:30 in New York, written at 07:40


def validate(**changes):
    return Case.model_validate(make_case(**changes), context={"now": AHEAD})


@pytest.mark.parametrize(
    ("changes", "field"),
    [
        ({"attend": "maybe"}, "attend"),
        ({"attend": "late", "late_minutes": 0}, "late_minutes"),
        ({"attend": "late", "late_minutes": 600}, "late_minutes"),
        ({"attend": "no", "late_minutes": 20}, "late_minutes"),
        ({"late_minutes": 20}, "late_minutes"),
    ],
)
def test_a_bad_answer_is_refused_and_named(changes, field):
    with pytest.raises(ValueError, match=field):
        validate(**changes)


def test_the_question_is_asked_only_before_the_start_and_minutes_only_when_late():
    attend, minutes = FIELDS_BY_PATH["attend"], FIELDS_BY_PATH["late_minutes"]
    assert attend.ahead and attend.optional_choice and attend in DETAIL_FIELDS
    assert minutes.needs == "attend" and minutes.needs_value == "late"


def test_the_cli_takes_the_flags_and_export_and_import_carry_them(runner, db_url, tmp_path):
    args = ["--db", db_url, "--now", AHEAD.isoformat()]
    flags = ["--attend", "late", "--late-minutes", "20"]
    added = runner.invoke(
        cli, ["case", "add", "--case", "-", *flags, *args], input=json.dumps(make_case())
    )
    assert added.exit_code == 0, added.output
    exported = json.loads(runner.invoke(cli, ["case", "export", "--db", db_url]).output)
    assert exported["cases"][0]["case"]["attend"] == "late"
    assert exported["cases"][0]["case"]["late_minutes"] == 20
    backup = tmp_path / "backup.json"
    backup.write_text(json.dumps(exported), "utf-8")
    other = f"sqlite:///{tmp_path / 'other.db'}"
    assert runner.invoke(cli, ["case", "import", str(backup), "--db", other]).exit_code == 0
    case = services.get_case(ctx(services.Database(other)), 1).case
    assert (case.attend, case.late_minutes) == ("late", 20)
    bad = runner.invoke(cli, ["case", "add", "--case", "-", "--attend", "perhaps", *args])
    assert bad.exit_code == 2


def test_the_web_form_asks_it_and_the_api_takes_it(db_url):
    with build_client(db_url) as client:
        page = soup(client.get("/"))
        select = page.find("select", {"name": "attend"})
        assert select is not None and select.find("option", {"value": ""}) is not None
        assert page.find("input", {"name": "late_minutes", "type": "number"}) is not None
        form = {
            **ANSWERS,
            "attend": "",
            "late_minutes": "",
            "csrf": csrf(client),
        }
        assert client.post("/", data=form, follow_redirects=False).status_code == 303
        api = client.post(
            "/api/kit",
            json=make_case(attend="no"),
            params={"now": AHEAD.isoformat()},
        )
        assert api.status_code == 200, api.text
        assert "make our interview today" in api.json()["messages"]["apology_email"]["body"]


def test_migrating_down_takes_the_fields_out_and_up_again_keeps_the_case(db_url):
    context = ctx(services.Database(db_url), now=AHEAD)
    services.add_case(context, make_case(attend="late", late_minutes=15))
    engine = make_engine(db_url)
    downgrade(engine, "0009")
    with engine.connect() as connection:
        stored = connection.execute(text("SELECT document FROM cases")).scalar_one()
    document = json.loads(stored) if isinstance(stored, str) else stored
    assert "attend" not in document and "late_minutes" not in document
    upgrade(engine, "head")
    engine.dispose()
    assert services.get_case(context, 1).case.attend is None


@pytest.mark.parametrize("tone", ["formal", "warm"])
def test_each_answer_is_said_plainly_in_the_heads_up(tone):
    def first_notes(**changes):
        kit = compose_kit(validate(tone=tone, **changes), AHEAD)
        return kit.messages["apology_email"].body + kit.messages["short_message"].body

    late = first_notes(attend="late", late_minutes=20)
    assert late.count("about 20 minutes late") == 2 and "another time" in late
    other_way = first_notes(attend="another_way")
    assert "by phone instead at 09:30" in other_way
    cannot = first_notes(attend="no")
    assert "make our interview today at 09:30" in cannot and "later than" not in cannot
    unknown = first_notes()
    assert "later than 09:30" in unknown and "another day" in unknown


def test_the_wizard_asks_it_only_before_the_start():
    child = spawn()
    for prompt, answer in [
        ("Your name", "Zoë Łukasiewicz"),
        ("The interviewer's name", "Dana Whitfield"),
        ("The company", "Acme Analytics"),
        ("The role", "Head of Data Platform"),
        ("When was the interview?", "2026-11-26 11:30 America/New_York"),
        ("Choose a number", "1"),
        ("Can you still take part?", ""),
        ("Choose a number (Enter to skip)", "7"),
        ("choose a number from 1 to 3", "1"),
        ("About how many minutes late?", "20"),
        ("Add optional details", "n"),
    ]:
        child.expect_exact(prompt)
        if answer != "":
            child.sendline(answer)
    child.expect_exact("running about 20 minutes late")
    child.expect(pexpect.EOF)
    child.close()
    assert child.exitstatus == 0
