"""Encoded words in names and lines never reach a header (#19, CVE-2024-6923)."""

from datetime import UTC, datetime
from email import message_from_bytes, policy

import pytest
from fastapi.testclient import TestClient
from pydantic import ValidationError

from conftest import ctx, make_case
from secondchance import services
from secondchance.cli import cli
from secondchance.core.delivery import EMAIL_EVENTS, build_eml
from secondchance.core.errors import UserError
from secondchance.core.intake import Candidate, Case
from secondchance.web.app import WebSettings, create_app
from test_delivery import RECRUITER, parse_with_node

NOW = datetime(2026, 11, 26, 16, 0, tzinfo=UTC)
AGREED = {"start": "2026-12-03T10:00", "timezone": "America/New_York"}
INJECTION = "=?utf-8?q?=0D=0ABcc:_x@evil.example?="
FIELDS = ["candidate__name", "interviewer__name", "recruiter__name", "company", "role"]
HEADERS = {"from", "to", "cc", "subject", "date", "message-id", "mime-version", "content-type"}


def header_names(raw: bytes) -> list[str]:
    return sorted(name.lower() for name in message_from_bytes(raw, policy=policy.default))


@pytest.mark.parametrize("field", FIELDS)
@pytest.mark.parametrize("word", [INJECTION, "Dana =?utf-8?b?QmNjOg==?= W", "=?x?q?a?="])
def test_an_encoded_word_is_refused_at_intake(field, word):
    with pytest.raises(ValidationError, match="encoded header word"):
        services.parse_case(make_case(recruiter=dict(RECRUITER), **{field: word}), NOW)


def test_the_cli_refuses_an_encoded_word_with_exit_2(runner, tmp_path):
    args = ["case", "add", "--candidate", INJECTION, "--interviewer", "Dana W"]
    args += ["--company", "Acme", "--role", "Eng", "--start", "2026-11-26T09:30"]
    args += ["--timezone", "America/New_York", "--reason", "overslept"]
    args += ["--now", NOW.isoformat(), "--db", f"sqlite:///{tmp_path / 'c.db'}"]
    result = runner.invoke(cli, args)
    assert result.exit_code == 2, result.output
    assert "encoded header word" in result.output and "Traceback" not in result.output


def test_the_api_refuses_an_encoded_word_with_422(tmp_path):
    app = create_app(WebSettings(database_url=f"sqlite:///{tmp_path / 'c.db'}"), clock=lambda: NOW)
    with TestClient(app, base_url="http://127.0.0.1:8731") as client:
        response = client.post("/api/cases", json=make_case(interviewer__name=INJECTION))
        assert response.status_code == 422
        [problem] = response.json()["detail"]
        assert problem["loc"][-2:] == ["interviewer", "name"]
        assert "encoded header word" in problem["msg"]


def test_every_eml_reads_back_with_exactly_its_headers(db_url):
    db = services.Database(db_url)
    odd = 'Zoë "?=" O\'Brien, <=? Jr.>'  # the two halves in this order are harmless, and kept
    for agreed in (None, dict(AGREED)):  # follow-ups before a new time, the confirmation after
        data = make_case(recruiter=dict(RECRUITER), rescheduled_to=agreed, candidate__name=odd)
        services.add_case(ctx(db, NOW), data)
    written = set()
    for case_id in (1, 2):
        kit = services.case_kit(services.get_case(ctx(db), case_id), NOW)
        for message_id in EMAIL_EVENTS.keys() & kit.messages.keys():
            raw = bytes(services.message_eml(ctx(db, NOW), case_id, message_id))
            multipart = b"multipart/mixed" in raw
            expected = sorted(HEADERS | (set() if multipart else {"content-transfer-encoding"}))
            assert header_names(raw) == expected, message_id
            parsed = message_from_bytes(raw, policy=policy.default)
            assert parsed["From"].addresses[0].display_name == odd
            theirs = parse_with_node(raw)
            assert sorted(name.lower() for name in theirs["headerNames"]) == expected
            assert theirs["from"] == [{"name": odd, "address": "zoe@example.com"}]
            written.add(message_id)
    assert written == EMAIL_EVENTS.keys()


def test_a_case_that_skipped_validation_still_cannot_inject(db_url):
    valid = services.parse_case(make_case(), NOW)
    forged = valid.model_copy(
        update={"candidate": Candidate.model_construct(name=INJECTION, email="zoe@example.com")}
    )
    assert isinstance(forged, Case)
    kit = services.build_kit(valid, NOW)
    with pytest.raises(UserError, match="would not read back"):
        build_eml(forged, "apology_email", kit.messages["apology_email"], NOW)
