"""The replies to an interviewer's answer (issue #18), written in the kit's voice (issue #16)."""

from datetime import UTC, date, datetime

import pytest

from conftest import FIXED_NOW, make_case
from naturalness import check
from secondchance.core.compose import compose_kit, compose_reply_message
from secondchance.core.intake import Case
from secondchance.core.reasons import REASONS
from secondchance.core.review import review

SLOTS = (datetime(2026, 11, 30, 15, 0, tzinfo=UTC), datetime(2026, 12, 1, 21, 0, tzinfo=UTC))
WRITTEN = ("asks_what_happened", "asks_for_times", "pending", "auto_reply")


def validate(**changes) -> Case:
    return Case.model_validate(make_case(**changes), context={"now": FIXED_NOW})


def reply(case: Case, kind: str, tone: str = "formal"):
    return compose_reply_message(
        case, kind, now=FIXED_NOW, tone=tone, slots=SLOTS, return_date=date(2026, 12, 1)
    )


@pytest.mark.parametrize("tone", ["formal", "warm"])
@pytest.mark.parametrize("reason", [r.id for r in REASONS])
@pytest.mark.parametrize("kind", WRITTEN)
def test_every_reply_reviews_ready_and_reads_naturally(kind, reason, tone):
    case = validate(reason=reason)
    message = reply(case, kind, tone)
    result = review(message.full_text, "email", message.subject, message_type=message.message_type)
    assert result.verdict == "ready" and not result.findings, result.findings
    slots = [case.candidate.name, case.interviewer.name, case.company, case.role, "Dana"]
    assert check(message.body, slots) == []
    assert message.send_when


@pytest.mark.parametrize("kind", WRITTEN)
def test_a_reply_answers_under_the_kits_first_subject(kind):
    case = validate()
    kit = compose_kit(case, FIXED_NOW)
    assert reply(case, kind).subject == "Re: " + kit.messages["apology_email"].subject


@pytest.mark.parametrize("reason", list(REASONS))
def test_what_happened_uses_only_the_reason_the_user_gave(reason):
    body = reply(validate(reason=reason.id), "asks_what_happened").body.lower()
    others = [m for r in REASONS if r.id != reason.id for m in r.markers]
    assert not [marker for marker in others if marker in body]
    assert not [word for word in reason.avoid if word in body]
    if reason.id == "prefer_not_to_say":
        assert "rather not go into the reason" in body


def test_the_times_are_shown_in_both_zones_only_where_they_differ():
    body = reply(validate(), "asks_for_times").body
    assert "- Monday 30 November at 10:00 EST (15:00 GMT for me)" in body
    assert "- Tuesday 1 December at 16:00 EST (21:00 GMT for me)" in body
    same_zone = validate(candidate__timezone="America/New_York")
    assert " for me)" not in reply(same_zone, "asks_for_times").body


def test_a_slot_on_another_day_for_the_candidate_names_that_day():
    case = validate(candidate__timezone="Asia/Tokyo")
    body = reply(case, "asks_for_times").body
    assert "- Monday 30 November at 10:00 EST (Tuesday 1 December, 00:00 JST for me)" in body


def test_the_out_of_office_note_is_for_the_return_date():
    message = reply(validate(), "auto_reply")
    assert message.send_when == "Send on Tuesday 1 December, once they are back."
    assert "while you were out" in message.body


def test_confirmation_and_decline_are_the_kits_own_messages():
    agreed = validate(rescheduled_to={"start": "2026-12-01T10:00", "timezone": "America/New_York"})
    kit = compose_kit(agreed, FIXED_NOW)
    for kind in ("confirms", "proposes_times"):
        assert reply(agreed, kind) == kit.messages["reschedule_confirmation"]
    # With a new time agreed the kit holds no decline reply; if it is called off after all,
    # the reply is the one the kit would hold without it.
    assert "decline_reply" not in kit.messages
    plain = compose_kit(validate(), FIXED_NOW)
    assert reply(agreed, "declined") == plain.messages["decline_reply"]


@pytest.mark.parametrize(
    ("kind", "changes"),
    [("confirms", {}), ("asks_for_times", {"slots": ()}), ("auto_reply", {"return_date": None})],
)
def test_a_reply_without_what_it_needs_is_refused(kind, changes):
    arguments = {"now": FIXED_NOW, "slots": SLOTS, "return_date": date(2026, 12, 1)} | changes
    with pytest.raises(ValueError, match="needs"):
        compose_reply_message(validate(), kind, **arguments)
