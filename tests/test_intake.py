import unicodedata
from datetime import timedelta

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from pydantic import ValidationError

from conftest import FIXED_NOW, make_case
from secondchance.core.intake import Case
from secondchance.core.reasons import REASON_IDS


def validate(data):
    return Case.model_validate(data, context={"now": FIXED_NOW})


def error_paths(data) -> set[str]:
    with pytest.raises(ValidationError) as caught:
        validate(data)
    return {".".join(str(p) for p in e["loc"]) for e in caught.value.errors()}


def test_minimal_case_fills_zones_from_the_interview():
    data = make_case(candidate__timezone=None, interviewer__timezone=None)
    case = validate(data)
    assert case.candidate.timezone == "America/New_York"
    assert case.interviewer.timezone == "America/New_York"
    assert case.tone == "formal"


@pytest.mark.parametrize(
    "name", ["Zoë Łukasiewicz", "Nguyễn Thị Minh", "Siobhán O'Connor-Byrne", "李小龍", "Ольга"]
)
def test_unicode_names_come_through_exactly_in_nfc(name):
    decomposed = unicodedata.normalize("NFD", name)
    case = validate(make_case(candidate__name=decomposed))
    assert case.candidate.name == unicodedata.normalize("NFC", name)


@pytest.mark.parametrize(
    ("changes", "path"),
    [
        ({"candidate__name": ""}, "candidate.name"),
        ({"candidate__name": "   "}, "candidate.name"),
        ({"interviewer__name": "Dana\r\nBcc: evil@example.com"}, "interviewer.name"),
        ({"company": "Acme\x00"}, "company"),
        ({"role": "Lead\tEngineer"}, "role"),
        ({"reason": "alien_abduction"}, "reason"),
        ({"interview__timezone": "Mars/Olympus_Mons"}, "interview.timezone"),
        ({"interview__timezone": "../../etc/passwd"}, "interview.timezone"),
        ({"candidate__email": "not-an-email"}, "candidate.email"),
        ({"interviewer__phone": "12345"}, "interviewer.phone"),
        ({"interviewer__phone": "+1 555"}, "interviewer.phone"),
        ({"company": "x" * 151}, "company"),
        ({"candidate__name": "a " * 11}, "candidate.name"),
        ({"interviewer__country": "ZZ"}, "interviewer.country"),
        ({"candidate__portfolio_url": "javascript:alert(1)"}, "candidate.portfolio_url"),
        ({"interview__start": "2026-11-26T09:30+00:00"}, "interview"),
        ({"interview__format": "carrier pigeon"}, "interview.format"),
        ({"surprise": "field"}, "surprise"),
    ],
)
def test_bad_fields_are_named_in_the_error(changes, path):
    assert path in error_paths(make_case(**changes))


def test_required_fields_are_reported_missing():
    paths = error_paths({})
    assert {"candidate", "interviewer", "company", "role", "interview", "reason"} <= paths


def test_interview_more_than_12_hours_ahead_is_not_missed_yet():
    # Up to 12 hours ahead the kit is a heads-up; beyond that it is too early to tell.
    soon = (FIXED_NOW + timedelta(hours=11)).strftime("%Y-%m-%dT%H:%M")
    later = FIXED_NOW + timedelta(hours=13)
    ok = make_case(interview__start=soon, interview__timezone="UTC")
    validate(ok)
    bad = make_case(interview__start=later.strftime("%Y-%m-%dT%H:%M"), interview__timezone="UTC")
    assert "interview" in error_paths(bad)


def test_a_skipped_local_time_is_refused():
    # Clocks in New York jump from 02:00 to 03:00 on 8 March 2026.
    data = make_case(interview__start="2026-03-08T02:30")
    assert "interview" in error_paths(data)


def test_a_repeated_local_time_is_refused():
    data = make_case(rescheduled_to={"start": "2026-11-01T01:30", "timezone": "America/New_York"})
    assert "rescheduled_to" in error_paths(data)


def test_phone_and_email_are_normalised():
    case = validate(
        make_case(interviewer__phone="+12125550147", candidate__email="Zoe@Example.COM")
    )
    assert case.interviewer.phone == "+1 212-555-0147"
    assert case.candidate.email == "Zoe@example.com"


def test_private_note_may_span_lines():
    case = validate(make_case(note="Line one\r\nLine two"))
    assert case.note == "Line one\nLine two"


@settings(max_examples=200, deadline=None)
@given(name=st.text(max_size=120), company=st.text(max_size=200))
def test_any_text_either_validates_or_raises_a_validation_error(name, company):
    data = make_case(candidate__name=name, company=company)
    try:
        case = validate(data)
    except ValidationError:
        return
    assert case.candidate.name == unicodedata.normalize("NFC", name).strip()
    assert "\n" not in case.company and "\r" not in case.company


@settings(max_examples=50, deadline=None)
@given(reason=st.sampled_from(REASON_IDS), tone=st.sampled_from(["formal", "warm"]))
def test_dump_and_reload_gives_the_same_case(reason, tone):
    case = validate(make_case(reason=reason, tone=tone))
    assert validate(case.model_dump(mode="json")) == case


@pytest.mark.parametrize("after", ["\nBcc: x@evil.example", "\r\nTo: y@evil.example", "\x07"])
def test_a_zero_width_joiner_does_not_let_a_control_character_through(after):
    # A name may hold a joiner (Indic scripts need one); what follows it is still checked.
    with pytest.raises(ValidationError, match="single line"):
        Case.model_validate(make_case(candidate__name=f"Ana\u200d{after} Lee"))
    assert Case.model_validate(make_case(candidate__name="Ana\u200dMaria")).candidate.name


def test_reaching_the_recruiter_needs_a_recruiter_to_name():
    # Without one, the letters said "I have told already by phone" (round 10 of #16).
    with pytest.raises(ValidationError, match="recruiter"):
        Case.model_validate(make_case(contact="recruiter"))
    named = make_case(contact="recruiter", recruiter={"name": "Priya Raman"})
    assert Case.model_validate(named).recruiter.name == "Priya Raman"
