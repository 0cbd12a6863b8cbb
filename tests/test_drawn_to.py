"""What draws the candidate to the role (issue 16): one optional phrase, end to end.

It is validated like the other one-line fields, asked by every front end, stored inside the
case document (migration 0009 takes it out again on the way down), carried by export and
import, and named in the letters that state the candidate's interest.
"""

import json
import re

import pytest
from sqlalchemy import text

from conftest import FIXED_NOW, ctx, make_case
from secondchance import services
from secondchance.cli import cli
from secondchance.core.compose import compose_kit
from secondchance.core.fields import DETAIL_FIELDS
from secondchance.core.intake import Case
from secondchance.store.db import downgrade, make_engine, upgrade
from test_web import ANSWERS, build_client, csrf, soup

DRAW = "the move into payments infrastructure"
TOPIC = "payments infrastructure"  # what the last note calls it, in its own few words


def validate(**changes):
    return Case.model_validate(make_case(**changes), context={"now": FIXED_NOW})


@pytest.mark.parametrize(
    "bad",
    [
        "payments\r\nBcc: evil@example.com",
        "=?utf-8?q?payments?=",
        "x" * 151,
        "one two three four five six seven eight nine ten eleven twelve thirteen",
    ],
)
def test_a_bad_phrase_is_refused_and_named(bad):
    with pytest.raises(ValueError, match="drawn_to"):
        validate(drawn_to=bad)


def test_the_phrase_is_asked_among_the_optional_details():
    assert "drawn_to" in {field.path for field in DETAIL_FIELDS}


def test_the_cli_takes_the_flag_and_export_and_import_carry_it(runner, db_url, tmp_path):
    args = ["--db", db_url, "--now", FIXED_NOW.isoformat()]
    added = runner.invoke(
        cli,
        ["case", "add", "--case", "-", "--drawn-to", DRAW, *args],
        input=json.dumps(make_case()),
    )
    assert added.exit_code == 0, added.output
    exported = runner.invoke(cli, ["case", "export", "--db", db_url]).output
    assert json.loads(exported)["cases"][0]["case"]["drawn_to"] == DRAW
    edited = runner.invoke(cli, ["case", "edit", "1", "--drawn-to", "the data team", *args])
    assert edited.exit_code == 0, edited.output
    backup = tmp_path / "backup.json"
    backup.write_text(runner.invoke(cli, ["case", "export", "--db", db_url]).output, "utf-8")
    other = f"sqlite:///{tmp_path / 'other.db'}"
    assert runner.invoke(cli, ["case", "import", str(backup), "--db", other]).exit_code == 0
    case = services.get_case(ctx(services.Database(other)), 1).case
    assert case.drawn_to == "the data team"


def test_the_web_form_asks_for_it_and_the_kit_uses_it(db_url):
    with build_client(db_url) as client:
        page = soup(client.get("/"))
        assert page.find("input", {"name": "drawn_to"}) is not None
        form = {
            **ANSWERS,
            "drawn_to": DRAW,
            "csrf": csrf(client),
        }
        assert client.post("/", data=form, follow_redirects=False).status_code == 303
        assert DRAW in client.get("/cases/1/kit").text
        api = client.post("/api/kit", json=make_case(drawn_to=DRAW))
        assert DRAW in api.json()["messages"]["apology_email"]["body"]


def test_migrating_down_takes_the_field_out_and_up_again_keeps_the_case(db_url):
    context = ctx(services.Database(db_url))
    services.add_case(context, make_case(drawn_to=DRAW))
    engine = make_engine(db_url)
    downgrade(engine, "0008")
    with engine.connect() as connection:
        stored = connection.execute(text("SELECT document FROM cases")).scalar_one()
    document = json.loads(stored) if isinstance(stored, str) else stored
    assert "drawn_to" not in document and document["company"] == "Acme Analytics"
    upgrade(engine, "head")
    engine.dispose()
    assert services.get_case(context, 1).case.drawn_to is None


@pytest.mark.parametrize("reason", ["forgot", "medical", "prefer_not_to_say"])
@pytest.mark.parametrize("tone", ["formal", "warm"])
def test_the_letters_name_it_once_when_given_and_read_whole_without_it(reason, tone):
    kit = compose_kit(validate(reason=reason, tone=tone, drawn_to=DRAW), FIXED_NOW)
    apology, follow_up, last = (
        kit.messages[key].body for key in ("apology_email", "no_reply_follow_up", "last_follow_up")
    )
    assert apology.lower().count(DRAW) == 1, apology
    # The first follow-up refers back to it, in a sentence of its own: round 12 of #16 read the
    # first email's sentence pasted as templated, round 13 "the work I mentioned" as vague, and
    # the whole-kit reading after round 17 the user's phrase pasted a second time as assembled,
    # so it names its object in a few words ("payments infrastructure"); reading 20 read the
    # follow-up that dropped it for the role alone as generic. The last note would say those
    # few words twice running, and readings 29 to 31 read it as generic for the role alone: it
    # gives the reason in the user's own words, which only the first email has said.
    assert DRAW not in follow_up.lower() and "Acme Analytics" in follow_up, follow_up
    assert follow_up.lower().count(TOPIC) == 1, follow_up
    assert last.lower().count(DRAW) == 1, last
    (again,) = (line for line in re.split(r"(?<=[.?!])\s+", follow_up) if TOPIC in line.lower())
    assert again not in apology, again
    plain = compose_kit(validate(reason=reason, tone=tone), FIXED_NOW)
    assert "Acme Analytics" in plain.messages["apology_email"].body
