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
