"""Names are names, and the type of a draft is read with care (issue #17)."""

import pytest

from secondchance.core.review import review

OWNED = (
    "I am sorry I missed our interview; it was my mistake. I remain keen on the role and"
    " would welcome another time."
)


@pytest.mark.parametrize(
    "text",
    [
        f"Dear Chef Ramos,\n\n{OWNED}\n\nBest,\nU Thant\n",
        f"Hi Ty,\n\n{OWNED}\n\nKind regards,\nR Kumar\nU of T alumnus\n",
        f"{OWNED} - U Thant",
    ],
)
def test_names_in_the_greeting_and_signature_are_never_texting(codes, text):
    assert "UNPROFESSIONAL_TONE" not in codes(text, channel="text")


def test_a_name_the_caller_gives_is_never_texting(codes):
    text = f"{OWNED} Ur Sayin will join us too."
    assert "UNPROFESSIONAL_TONE" in codes(text, channel="text")
    result = review(text, channel="text", names=["Ur Sayin"])
    assert "UNPROFESSIONAL_TONE" not in {f.code for f in result.findings}


def test_the_greeting_word_and_the_sign_off_still_count():
    found = review(f"Hey Jo,\n\n{OWNED}\n\nThx,\nDan\n", channel="text").findings
    assert [f.excerpt for f in found if f.code == "UNPROFESSIONAL_TONE"] == ["Hey", "Thx"]


@pytest.mark.parametrize(
    "text",
    [
        "Hi Sam, if 5 pm works for you, I will be there. Thank you for rescheduling.",
        "Hi Sam, unfortunately 3 pm on Thursday does not work for me. Would Friday at 11 suit?",
    ],
)
def test_a_conditional_offer_or_a_refusal_is_never_a_confirmation(text):
    assert review(text, channel="text").message_type != "confirmation"
    assert review("Hi Sam, Thursday at 3 pm works for me. See you then.").message_type == (
        "confirmation"
    )


def test_a_heads_up_that_blames_must_own_the_delay_too(codes):
    blaming = "So sorry, the taxi driver took a wrong turn. Should be with you in 15 minutes."
    owning = "So sorry, I left too late. Should be with you in 15 minutes."
    assert review(blaming, channel="text").message_type == "running_late"
    assert "NO_OWNERSHIP" in codes(blaming, channel="text")
    assert "NO_OWNERSHIP" not in codes(owning, channel="text")


def test_a_list_of_times_is_read_item_by_item_not_as_one_long_sentence():
    slot = "- Monday 30 November at 09:00 EST (14:00 GMT for me)"
    listed = "Thank you for finding another time. Any of these would work for me:\n\n"
    listed += "\n".join([slot] * 3) + "\n\nKind regards,\nZoë"
    assert "LONG_SENTENCE" not in {f.code for f in review(listed, "email").findings}
    prose = "Any of these would work for me " + " and ".join(["Monday at nine in the morning"] * 6)
    assert "LONG_SENTENCE" in {f.code for f in review(prose + ".\n\nZoë", "email").findings}


def test_each_word_of_a_given_name_is_a_name_wherever_it_stands(codes):
    # "Ty" is texting for "thank you", and also how one calls Ty Yıldırım.
    text = f"{OWNED} I have let Ty know as well, and Mr Novák."
    assert "UNPROFESSIONAL_TONE" in codes(text, channel="text")
    assert "UNPROFESSIONAL_TONE" not in codes(text, channel="text", names=["Ty Yıldırım"])


def test_a_given_name_covers_only_whole_words(codes):
    text = f"{OWNED} ty for understanding, Tyra."
    assert "UNPROFESSIONAL_TONE" in codes(text, channel="text", names=["Tyra Novák"])


@pytest.mark.parametrize("amount", ["R$ 18.000", "R$18.000", "US$ 4,000", "C$ 95k"])
def test_a_letter_of_a_currency_is_no_texting_word(codes, amount):
    asked = f"{OWNED} Is the salary closer to {amount}?"
    assert "UNPROFESSIONAL_TONE" not in codes(asked, channel="email")
    assert "UNPROFESSIONAL_TONE" in codes(f"{OWNED} r u free later?", channel="email")


def _found(text, **options):
    return {f.code for f in review(text, **options).findings}


@pytest.mark.parametrize(
    "arrival",
    [
        "I'll be there as soon as I can",
        "I'll be there as soon as I possibly can",
        "I'll come up once the desk has found my name",
    ],
)
def test_a_heads_up_that_names_no_time_offers_none(arrival):
    opening = "So sorry, I misjudged the journey, my fault."
    vague = f"{opening} {arrival}."
    timed = f"{opening} {arrival}, by 10:15."
    assert "NO_RESCHEDULE" in _found(vague, channel="text", message_type="running_late")
    assert "NO_RESCHEDULE" not in _found(timed, channel="text", message_type="running_late")


def test_the_slot_of_the_meeting_being_cancelled_is_not_an_offer():
    text = (
        "Dear Ms Power, I'm afraid I have to cancel my interview on Thursday at 2pm, as I have"
        " been called in for training at work. Apologies for the short notice. I remain keen on"
        " the role."
    )
    found = _found(text, message_type="cancellation")
    assert "NO_RESCHEDULE" in found and "NOT_FLEXIBLE" not in found


def test_a_confirmation_that_sets_its_own_terms_is_not_flexible():
    plain = "Dear Mr Phelan, thank you for the new time. Thursday at 10:00 works well for me."
    terms = plain + " I will need to finish by 10:40 at the latest, as I have another commitment."
    assert "NOT_FLEXIBLE" not in _found(plain, message_type="confirmation")
    assert "NOT_FLEXIBLE" in _found(terms, message_type="confirmation")


@pytest.mark.parametrize(
    "cause",
    [
        "I'd have been on time if reception hadn't sent me to the wrong building.",
        "If it weren't for the train strike I would have made it.",
        "The Zoom link in the confirmation your team sent me was for a different meeting.",
        "This interview has been moved three times by your team, so confusion was inevitable.",
    ],
)
def test_a_cause_handed_the_miss_is_blame(cause):
    text = f"I'm sorry I missed our interview. {cause} I remain keen and can meet any time."
    assert "BLAME" in _found(text)


def test_a_machine_that_kept_the_writer_out_is_covered_by_what_they_should_have_done():
    kept = "I'm sorry I missed our call. My laptop started an update and would not let me join."
    owned = f"{kept} I should have prepared a backup, so this is my responsibility."
    assert "BLAME" in _found(kept + " I remain keen and can meet any time.")
    assert "BLAME" not in _found(owned + " I remain keen and can meet any time.")
