"""Verdict, score, subject line and offsets of a whole review (core/review/__init__, draft)."""

import pytest
from hypothesis import given
from hypothesis import strategies as st

from corpus import load_corpus
from review_phrases import GOOD
from secondchance.core.reasons import get_reason
from secondchance.core.review import ReviewSettings, Severity, review


def test_a_good_draft_is_ready_with_a_high_score():
    result = review(GOOD)
    assert result.verdict == "ready" and result.score >= 90
    assert all(f.severity is Severity.INFO for f in result.findings)


@pytest.mark.parametrize(
    ("text", "verdict"),
    [
        (
            "Dear Sam, I missed our interview, my mistake. I remain keen on the role. Could we"
            " find another time that suits you?",
            "rewrite",
        ),  # NO_APOLOGY alone
        (
            "Dear Sam, I am sorry I missed it. Could we find another time that suits you? I"
            " remain keen on the role.",
            "revise",
        ),  # NO_OWNERSHIP alone
        (
            "Dear Sam, I am sorry. My alarm didn't go off. I remain keen on the role. Another"
            " time that suits you?",
            "rewrite",
        ),  # BLAME with NO_OWNERSHIP
        ("Dear Sam, I am sorry, my mistake.", "revise"),  # two codes
    ],
)
def test_verdict_follows_the_rules(text, verdict):
    assert review(text).verdict == verdict


def test_info_notes_never_change_the_verdict():
    result = review(GOOD.replace("Subject: Apologies for missing our interview – Lee Park\n\n", ""))
    assert {f.code for f in result.findings} == {"SUBJECT_UNKNOWN"}
    assert result.verdict == "ready"


def test_score_bands_match_verdicts():
    for draft_ in load_corpus():
        result = review(draft_.text, channel=draft_.channel)
        low, high = {"ready": (90, 100), "revise": (50, 89), "rewrite": (0, 49)}[result.verdict]
        assert low <= result.score <= high


def test_subject_line_is_split_off_and_an_apology_there_does_not_count(codes):
    text = "Subject: Sorry for missing our interview\n\nDear Sam, the interview slipped. Best."
    assert "NO_APOLOGY" in codes(text)


def test_blank_subject_is_flagged_but_a_missing_one_only_noted(codes):
    assert "NO_SUBJECT" in codes("Subject:\n\nDear Sam, I am sorry.")
    assert "NO_SUBJECT" in codes("Dear Sam, I am sorry.", subject="")
    assert "NO_SUBJECT" not in codes("Dear Sam, I am sorry.")
    assert "SUBJECT_UNKNOWN" in codes("Dear Sam, I am sorry.")
    assert "SUBJECT_UNKNOWN" not in codes("Dear Sam, I am sorry.", channel="linkedin")


def test_offsets_index_the_text_exactly_as_given():
    text = (
        "Subject: Hi\r\n\r\nDear Sam,\r\n\u201cSorry\u201d lol \u2014 my alarm didn\u2019t go off!!"
    )
    for finding in review(text).findings:
        assert finding.excerpt == text[finding.start : finding.end][:200]
    blame = next(f for f in review(text).findings if f.code == "BLAME")
    assert text[blame.start : blame.end].startswith("my alarm didn\u2019t")


NON_ASCII_NAMES = ["Novák", "Nguyễn Văn An", "Yıldırım", "Łukasiewicz", "Ørsted", "Ngô Bảo Châu"]


@pytest.mark.parametrize("name", NON_ASCII_NAMES)
def test_a_non_ascii_name_is_never_split_into_texting_letters(name):
    draft = (
        f"Dear {name},\n\nI am sorry I missed our interview this morning; that was my mistake."
        " I attached my résumé again. Could we find another time that suits you? I am still"
        f" keen on the role.\n\nKind regards,\n{name}"
    )
    assert "UNPROFESSIONAL_TONE" not in {f.code for f in review(draft).findings}


@given(st.text(alphabet=st.characters(min_codepoint=0xC0, categories=["Lu", "Ll"]), min_size=1))
def test_no_run_of_non_ascii_letters_reads_as_texting(word):
    tone = [f for f in review(f"I am sorry, {word}.").findings if f.code == "UNPROFESSIONAL_TONE"]
    assert not tone, word


DECLINE_WITH_HISTORY = (
    "Hi Dana,\n\nThank you for letting me know; I understand. I wish you and the team all the"
    " best.\n\nBest,\nSam\n\n"
)


@pytest.mark.parametrize(
    "history",
    [
        "On Tue, 1 Dec 2026 at 09:14, Dana Whitfield <dana@acme.com> wrote:\n> Hi Sam,\n>"
        " We were frustrated that nobody called, so we will not reschedule.\n",
        "On Tue, 1 Dec 2026 at 09:14, Dana Whitfield <\ndana@acme.com> wrote:\n\n> Nobody"
        " called. Frustrating.\n",
        "-----Original Message-----\nFrom: Dana\nSent: Tuesday\n\nWe were frustrated that"
        " nobody called.\n",
        "________________________________\nFrom: Dana <dana@acme.com>\nSent: Tuesday\nWe were"
        " frustrated that nobody called.\n",
        "> We were frustrated that nobody called.\n>\n> Dana\n",
        "-- \nSam Carter | Head of FRUSTRATION Testing & Co\n",
    ],
)
def test_pasted_reply_history_and_signature_are_not_reviewed(history):
    text = DECLINE_WITH_HISTORY + history
    result = review(text, message_type="decline_reply")
    assert {f.code for f in result.findings} == {"SUBJECT_UNKNOWN"}, result.findings
    assert result.words == review(DECLINE_WITH_HISTORY, message_type="decline_reply").words


def test_a_legal_footer_is_not_reviewed_but_the_message_above_it_is(codes):
    footer = (
        "\n\nCONFIDENTIALITY NOTICE: This email is confidential and intended solely for the"
        " addressee. If you received it in error, please notify the sender."
    )
    assert codes(GOOD + footer) == set()
    assert "NO_APOLOGY" in codes(GOOD.replace("I am sorry I missed", "I missed") + footer)


def test_quoted_text_alone_is_still_read_and_text_below_a_quote_is_kept(codes):
    quoted_only = "> Dear Sam, I missed our interview. Another time?\n"
    assert "NO_APOLOGY" in codes(quoted_only, channel="linkedin")
    bottom_posted = "> Can you still make it?\n\nSorry, I missed it. My mistake. Another time?"
    assert "NO_APOLOGY" not in codes(bottom_posted, channel="linkedin")


def test_an_ampersand_in_a_name_is_not_texting_but_r_for_are_is(codes):
    assert "UNPROFESSIONAL_TONE" not in codes(GOOD + "Carter & Co | R&D\n")
    assert "UNPROFESSIONAL_TONE" in codes(GOOD + "r u free?\n")


@pytest.mark.parametrize("reason_id", ["overslept", "forgot"])
def test_blunt_reason_suggests_the_catalogue_reframe_of_the_same_reason(reason_id):
    text = {"overslept": "I am sorry, I overslept.", "forgot": "I am sorry, I forgot."}[reason_id]
    note = next(f for f in review(text).findings if f.code == "BLUNT_REASON")
    assert note.suggestion == get_reason(reason_id).framing
    assert note.severity is Severity.INFO


def test_one_sincere_apology_is_not_over_apologizing_but_four_are(codes):
    assert "OVER_APOLOGIZING" not in codes("I am so sorry I missed our interview.")
    many = "I am sorry. I apologize. Please forgive me. My apologies again."
    assert "OVER_APOLOGIZING" in codes(many)


def test_thresholds_are_configurable(codes):
    text = "Dear Sam, I am sorry I missed it; my mistake. " + "I remain keen on the role. " * 12
    assert "LENGTH" not in codes(text)
    assert "LENGTH" in codes(text, settings=ReviewSettings(target_words=20))
    assert "OVER_EXPLAINING" in codes(text, settings=ReviewSettings(max_words=30))
    with pytest.raises(ValueError, match="positive"):
        ReviewSettings(max_grade=0)
