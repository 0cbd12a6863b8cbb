"""Scope: negation, "but", notice and emergencies, read sentence by sentence."""

import pytest


@pytest.mark.parametrize(
    ("text", "code", "present"),
    [
        (
            "I am not available tomorrow at 3pm. Sorry I missed it; my mistake.",
            "NOT_FLEXIBLE",
            False,
        ),
        ("Sorry I missed it, but it was the airline's fault. Another time?", "NO_APOLOGY", True),
        ("Sorry I missed it, but it was the airline's fault. Another time?", "BLAME", True),
        (
            "Sorry I missed our call, and I'm sorry I didn't call sooner; that was my mistake."
            " The link you sent did not work, so I could not get in.",
            "BLAME",
            True,
        ),
        (
            "I'm so sorry I missed it: my father was rushed to hospital, and my phone died on the"
            " way there. I should have called from the ward; that's on me.",
            "BLAME",
            False,
        ),
        ("I'm sorry I missed it. I didn't call or leave a voicemail.", "NO_OWNERSHIP", True),
        ("I'm sorry I missed it; something came up.", "NO_OWNERSHIP", True),
        ("I'm sorry I missed it; something came up.", "BLAME", False),
        ("Sorry, my roommate unplugged my laptop, so I could not join.", "BLAME", True),
        ("Sorry I missed it, the weather was awful so I could not get there.", "BLAME", True),
    ],
)
def test_scope_of_negation_buts_notice_and_emergencies(text, code, present, codes):
    assert (code in codes(text, message_type="apology")) is present


def test_a_turn_brings_a_cause_back_in_after_ownership_sentences_back(codes):
    # The ownership is three sentences before the turn: one of the ownership further back
    # stands for all of it, which keeps a long draft linear (issue 17, speed).
    text = (
        "Dear Karen,\n\nI apologise for missing our call. I should have checked the time zone."
        " I had set a reminder on my phone. The reminder went off an hour after the call. That"
        " said, the invite I got just said 3:00. I remain keen and can talk whenever suits"
        " you.\n\nMo"
    )
    assert "BLAME" in codes(text, message_type="apology")


@pytest.mark.parametrize(
    "text",
    [
        "soooo sorry i missed it!! totally my fault. r u free thurs? rly want this job",
        "100% on me, apologies. can we redo it? still super keen on the role",
        "That mistake is mine, apologies. Could you propose a few alternative dates? I have"
        " admired your work for years.",
    ],
)
def test_texting_forms_and_inflections_carry_the_elements(text, codes):
    found = codes(text, channel="text", message_type="apology")
    assert not found & {"NO_APOLOGY", "NO_OWNERSHIP", "NO_RESCHEDULE", "NO_ENTHUSIASM"}, found


@pytest.mark.parametrize(
    "text",
    [
        "I lost my phone on Monday, so I could not call.\n\nSent from my iPhone",
        "I had no internet all day, so I could not join. I spent the day answering your"
        " colleague's emails from the airport lounge.",
    ],
)
def test_contradictions_the_text_shows_are_red_flags(text, codes):
    assert "DISHONEST_RED_FLAG" in codes("I am sorry, my mistake. " + text)


def test_an_unusual_but_plain_excuse_is_not_a_red_flag(codes):
    text = "I'm sorry; a swarm of bees settled on my car and I could not leave. My mistake."
    assert "DISHONEST_RED_FLAG" not in codes(text)


@pytest.mark.parametrize(
    ("word", "mended"),
    [
        ("appologize", "apologize"),
        ("intrested", "interested"),
        ("responsibilty", "responsibility"),
        ("reshedule", "reschedule"),
        ("sory", "sorry"),
        ("worry", None),  # one edit from "sorry", but a word of its own
        ("interests", None),  # an inflection of a key word, not a slip
        ("mistaken", None),
        ("apology", None),  # already a key word
        ("mistake", None),
        ("nistake", None),  # a slip that changes the first letter is not mended
    ],
)
def test_the_second_look_mends_one_edit_slips_of_key_words_only(word, mended):
    from secondchance.core.review.second_look import mend_word

    assert mend_word(word) == mended


def _one_edit_slips(word: str) -> set[str]:
    """Every word one edit from `word` that keeps its first letter."""
    letters = "abcdefghijklmnopqrstuvwxyz"
    head, tail = word[0], word[1:]
    slips = {head + tail[:i] + tail[i + 1 :] for i in range(len(tail))}
    slips |= {head + tail[:i] + c + tail[i + 1 :] for i in range(len(tail)) for c in letters}
    slips |= {head + tail[:i] + c + tail[i:] for i in range(len(tail) + 1) for c in letters}
    slips |= {head + tail[:i] + tail[i + 1] + tail[i] + tail[i + 2 :] for i in range(len(tail) - 1)}
    return slips


def test_the_second_look_reads_every_word_that_could_mend():
    # The cheap filter in front of the edit-distance library must drop no slip it would mend.
    from secondchance.core.review.second_look import _CANDIDATE, KEY_WORDS, mend_word

    for key in KEY_WORDS:
        for slip in _one_edit_slips(key):
            if mend_word(slip) is not None:
                assert _CANDIDATE.fullmatch(slip), slip
    assert _CANDIDATE.fullmatch("Intrested")
    assert not _CANDIDATE.fullmatch("tomorrow")


def test_key_words_with_different_first_letters_are_never_one_slip_apart():
    # Why the second look compares a word only with the key words of its first letter.
    from rapidfuzz.distance import OSA

    from secondchance.core.review.second_look import KEY_WORDS

    for one in KEY_WORDS:
        for other in KEY_WORDS:
            if one[0] != other[0]:
                assert OSA.distance(one, other) > 2, (one, other)


@pytest.mark.parametrize(
    ("text", "code", "present"),
    [
        # A cause brought in by a plea stays blame, whatever the writer owns beside it.
        (
            "I'm sorry I missed our call. For what it's worth, the booking system sent my"
            " confirmation in US Eastern rather than UK time. I should have checked, and I take"
            " responsibility for that.",
            "BLAME",
            True,
        ),
        # The same cause, told plainly and owned, is a fact, not blame.
        (
            "I'm sorry I missed our call. Your portal sent the reminder to my old address"
            " rather than my new one; I should have updated it, and that's on me.",
            "BLAME",
            False,
        ),
        # A subject before a relative clause is still the one who failed, in a draft that owns
        # nothing.
        (
            "I'm so sorry I missed it. My childminder, who has looked after the girls for years,"
            " let me down at the last minute. I'm still keen; could we find another time?",
            "BLAME",
            True,
        ),
        # In a draft that owns nothing, the reason given is the excuse, whatever its verb...
        (
            "I'm sorry I was not able to join yesterday because the confirmation call was very"
            " quick. I'm still keen; could we find another time?",
            "BLAME",
            True,
        ),
        # ...and the same reason, owned, is a fact.
        (
            "I'm sorry I was not able to join yesterday because the confirmation call was very"
            " quick and I noted the wrong week; that was my mistake. I'm still keen; could we"
            " find another time?",
            "BLAME",
            False,
        ),
        # A long account closed by what the writer should have done is too long a story, not
        # an excuse in each of its steps.
        (
            "I'm sorry I missed our interview this morning. I set out at six to give myself"
            " time. At Doncaster the train was held for forty minutes by a signal fault. The"
            " connection I had planned on was then cancelled, and the taxi took half an hour to"
            " arrive. By the time I reached the office you had moved on to the next candidate."
            " None of that is your concern: I should have travelled the evening before, and"
            " that is my mistake. I remain very keen and can meet at any time that suits you.",
            "BLAME",
            False,
        ),
        # An emergency explains the mishaps inside it...
        (
            "I'm so sorry I missed it. My mother was rushed to hospital and my phone died while"
            " I was with her. Could we find another time?",
            "BLAME",
            False,
        ),
        # ...but not when it is one more item in a pile of kinds, none of them owned.
        (
            "I'm so sorry I missed it. My alarm did not go off, then the bus never came, and"
            " while I waited my sister called to say our father had been rushed to hospital."
            " Could we find another time?",
            "BLAME",
            True,
        ),
        # In an answer to "What happened?", every cause told is the cause of the miss, however
        # many sentences stand between it and any word of the miss (batch 77).
        (
            "Subject: Re: What happened?\n\nHello,\n\nThe link in the invitation did not work."
            " I tried many times. I am still keen and free any day next week.\n\nNelida",
            "BLAME",
            True,
        ),
        # A cause named with "due to" is blame in a draft that owns nothing, whoever its
        # subject (batch 100)...
        (
            "Due to the snow on Highway 97 this morning, I was unable to attend the interview."
            " The roads were not ploughed. Apologies for any inconvenience. Please let me know"
            " when we can reschedule.",
            "BLAME",
            True,
        ),
        # What the journey cost is no cause either (batch 101). The learned layer reads the
        # fare as blame all the same: a known false alarm (docs/learned-review.md).
        pytest.param(
            "Dear Mr Shah,\n\nSorry that I did not come on Monday. I am still interested in the"
            " job and can come again at any time, though the bus fare from Morogoro is a lot for"
            " me.\n\nJuma",
            "BLAME",
            False,
            marks=pytest.mark.xfail(strict=True, reason="the learned layer reads it as blame"),
        ),
        # The reader's message read wrongly by the writer, the reader's own busy team, and a
        # cause told only as the setting of the writer's own slip are no blame (batches 102
        # to 105).
        (
            "Dear Mr Dawson,\n\nI am very sorry for missing our interview. Your email said 03/04"
            " and I read it as 3 April, without asking you. That was my mistake. I am still keen"
            " and free at any time.\n\nAmra",
            "BLAME",
            False,
        ),
        (
            "Dear Mr MacLeod,\n\nI'm writing to apologise for missing our interview yesterday. I"
            " had the date down for the 14th rather than the 13th, and the mistake is entirely"
            " mine. I know how hard it is to find a slot when half the team is out on the hill,"
            " and I'm sorry to have wasted one.\n\nI'm still very keen on the role.\n\nMateus",
            "BLAME",
            False,
        ),
        (
            "Dear Mr O'Connell,\n\nI'm sorry I missed Monday's interview. I failed to confirm"
            " the time after the date was moved, and I take full responsibility. I'm still keen"
            " and free at any time.\n\nLeila",
            "BLAME",
            False,
        ),
        # ...and what made the writer glad is no cause at all (batch 102).
        (
            "Dear Dr Ferreira, thank you for meeting me this morning, and I'm sorry again for"
            " arriving late. Our conversation made me even more excited"
            " about the role. I look forward to hearing from you.",
            "BLAME",
            False,
        ),
    ],
)
def test_pleas_and_piles_decide_whether_a_cause_is_blame(text, code, present, codes):
    assert (code in codes(text, message_type="apology")) is present


def test_an_emergency_owns_the_silence_unless_it_is_a_tale_readers_doubt(codes):
    # A real emergency is owned by being sorry for the silence; the emergency alone owns
    # nothing (the brief, and outside batches 31 and 33); in a secret summons neither is enough.
    told = "I'm so sorry I missed it: my son was rushed to hospital. Could we find another time?"
    real = (
        "I'm so sorry I missed it: my son was rushed to hospital, and I'm sorry I couldn't let"
        " you know. Could we find another time?"
    )
    doubted = (
        "I'm so sorry I missed it. My uncle died abroad and I was flown out at once to sign"
        " confidential documents; I was not permitted to use my phone until I landed."
        " Could we find another time?"
    )
    assert "NO_OWNERSHIP" in codes(told, message_type="apology")
    assert "NO_OWNERSHIP" not in codes(real, message_type="apology")
    found = codes(doubted + " I'm sorry I could not tell you sooner.", message_type="apology")
    assert {"DISHONEST_RED_FLAG", "NO_OWNERSHIP"} <= found
