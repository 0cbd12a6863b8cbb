"""The one table of messages a person can see: every raw error finds its row, in plain words."""

import re

import pytest
from pydantic import ValidationError

from conftest import FIXED_NOW, ctx, make_case
from secondchance import services
from secondchance.core.errors import UserError
from secondchance.wording import BY_ID, FALLBACK, PAGE_FALLBACK, TABLE, plain, plain_id

# Words a person who has just missed an interview should never have to read.
JARGON = re.compile(
    r"IANA|ISO|String should|Input should|Value error|--\w|\bloc\b|path\.|_|\{|\}|regex|"
    r"T\d\d:\d\d|\d{4}-\d\d-\d\d",
)

# (row id, a case that the validators refuse with it): the rows are tested, not assumed.
REFUSED_CASES = [
    ("required", make_case(candidate__name="   ")),
    ("required", make_case(company=None)),
    ("one_line", make_case(company="Acme\r\nBcc: x@y.z")),
    ("control_characters", {**make_case(), "note": "call back\x07 soon"}),
    ("encoded_word", make_case(interviewer__name="Dana =?utf-8?b?QmNjOg==?= W")),
    ("too_many_words", make_case(candidate__name="Ana " * 12)),
    ("too_long", make_case(interviewer__country="USA")),
    ("too_long", make_case(role="r" * 500)),
    ("zone", make_case(interview__timezone="Mars/Olympus")),
    ("email", make_case(interviewer__email="dana-at-acme")),
    ("email_ascii", make_case(interviewer__email="ñ@acme.example")),
    ("encoded_word", make_case(candidate__name="=?utf-8?q?=0D=0ABcc:_x@evil.example?=")),
    ("phone_form", make_case(candidate__phone="call me")),
    ("phone_digits", make_case(candidate__phone="+1 555")),
    ("web_address", make_case(candidate__portfolio_url="portfolio.example")),
    ("country", make_case(interviewer__country="XX")),
    ("date_time", make_case(interview__start="soon")),
    ("date_time", make_case(interview__start="2026-11-26T09:30-05:00")),
    ("year_range", make_case(interview__start="1999-11-26T09:30")),
    ("not_missed_yet", make_case(interview__start="2027-06-01T10:00")),
    ("choice", make_case(reason="aliens")),
    ("choice", make_case(tone="loud")),
    ("clocks_skip", make_case(interview__start="2026-03-08T02:30")),
    ("clocks_repeat", make_case(interview__start="2026-11-01T01:30")),
    ("recruiter_needed", make_case(contact="recruiter")),
    ("minutes_only_late", make_case(late_minutes=20)),
    (
        "new_time_before_miss",
        make_case(rescheduled_to={"start": "2026-11-20T10:00", "timezone": "America/New_York"}),
    ),
]


@pytest.mark.parametrize(("row", "document"), REFUSED_CASES, ids=[r for r, _ in REFUSED_CASES])
def test_each_refusal_of_the_intake_is_worded_by_its_row(row, document):
    with pytest.raises(ValidationError) as refused:
        services.parse_case(document, FIXED_NOW)
    ids = [plain_id(e["msg"], e["type"]) for e in refused.value.errors(include_url=False)]
    assert row in ids, ids


@pytest.mark.parametrize(
    ("row", "to"),
    [("new_time_past", "2026-11-20T10:00"), ("new_time_far", "2028-02-01T10:00")],
)
def test_a_refused_new_time_is_worded_by_its_row(row, to, tmp_path):
    from datetime import datetime

    db = services.Database(f"sqlite:///{tmp_path / 'cases.db'}")
    case_id = services.add_case(ctx(db, FIXED_NOW), make_case())
    with pytest.raises(UserError) as refused:
        services.log_event(
            ctx(db, FIXED_NOW), case_id, "rescheduled", to=datetime.fromisoformat(to)
        )
    assert plain_id(str(refused.value)) == row
    db.close()


def test_every_row_is_tested_and_every_text_is_plain():
    tested = {row for row, _ in REFUSED_CASES} | {"new_time_past", "new_time_far"}
    # Rows tested through the web pages (tests/test_web.py) and the two below.
    tested |= {"case_number", "event_not_now", "form_expired", "no_case", "not_in_kit"}
    tested |= {"slot_gone", "not_an_export"}
    assert {row.id for row in TABLE} == tested
    for row in (*TABLE, FALLBACK, PAGE_FALLBACK):
        text = row.text.format("5", max_length=5)
        assert not JARGON.search(text), (row.id, text)
        assert text[0].isupper() and text.endswith("."), row.id
    assert len(BY_ID) == len(TABLE) + 2  # ids are unique


def test_an_unknown_error_gets_the_gentle_fallback():
    assert plain("frobnication failed at 0x1f") == FALLBACK.text
    assert plain("String should have at most 2 characters", "string_too_long", {"max_length": 2})
    assert plain("Value error, must not be blank") == BY_ID["required"].text


def test_a_refused_event_and_an_expired_form_have_their_rows():
    from secondchance.core.events import TransitionNotAllowed
    from secondchance.web.pages import EXPIRED

    assert plain_id(str(TransitionNotAllowed("declined", "called"))) == "event_not_now"
    assert plain_id(EXPIRED) == "form_expired"


def test_the_services_refusals_a_page_can_meet_have_their_rows(tmp_path):
    from secondchance.store.repo import CaseNotFound

    db = services.Database(f"sqlite:///{tmp_path / 'cases.db'}")
    case_id = services.add_case(ctx(db, FIXED_NOW), make_case())
    refusals = {
        "no_case": lambda: services.get_case(ctx(db), 99),
        "not_in_kit": lambda: services.message_eml(ctx(db, FIXED_NOW), case_id, "sonnet"),
        "slot_gone": lambda: services.interview_ics(
            services.parse_case(make_case(), FIXED_NOW), FIXED_NOW, slot=9
        ),
        "not_an_export": lambda: services.import_cases(ctx(db), '{"nope": 1}'),
    }
    for row, refuse in refusals.items():
        with pytest.raises((UserError, CaseNotFound)) as refused:
            refuse()
        assert plain_id(str(refused.value)) == row, (row, str(refused.value))
    for text in ("{", '{"cases": [{"x": 1}]}'):
        with pytest.raises(UserError) as refused:
            services.import_cases(ctx(db), text)
        assert plain_id(str(refused.value)) == "not_an_export", str(refused.value)
    db.close()


def test_every_front_end_describes_a_refused_case_from_the_same_problems(db_url):
    """The CLI, the API and the forms word one refusal from one description of it (#19)."""
    from secondchance.cli.output import format_validation_error
    from secondchance.web.forms import field_errors
    from secondchance.wording import problems
    from test_web import build_client

    document = make_case(interviewer__email="dana-at-acme", company=None)
    with pytest.raises(ValidationError) as refused:
        services.parse_case(document, FIXED_NOW)
    described = {problem.where: problem for problem in problems(refused.value)}
    assert set(described) == {"interviewer.email", "company"}
    assert described["company"].terse == "is required"

    cli = format_validation_error(refused.value).splitlines()[1:]
    assert sorted(cli) == sorted(f"  {where}: {p.terse}" for where, p in described.items())
    with build_client(db_url) as client:
        answer = client.post("/api/cases", json=document)
    assert answer.status_code == 422
    api = {".".join(map(str, item["loc"][1:])): item["msg"] for item in answer.json()["detail"]}
    assert api == {where: p.plain for where, p in described.items()}
    form = field_errors(refused.value, {})
    assert form["interviewer.email"] == described["interviewer.email"].plain
