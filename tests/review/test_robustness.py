"""Any text reviews: thresholds, odd Unicode, pathological and oversized drafts."""

import subprocess
import sys
import unicodedata

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from secondchance.core.review import review


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=600), st.sampled_from(["email", "linkedin", "text"]))
def test_any_text_reviews_and_spans_stay_inside(text, channel):
    result = review(text, channel=channel)
    assert 0 <= result.score <= 100
    for finding in result.findings:
        assert 0 <= finding.start <= finding.end <= len(text)
        assert finding.excerpt == text[finding.start : finding.end][:200]


@settings(max_examples=50, deadline=None)
@given(
    st.lists(
        st.sampled_from(
            [
                "\x00",
                "\r",
                "\n",
                "\u2028",
                "\t",
                "sorry",
                "Subject:",
                " ",
                "I",
                "!",
                "[",
                "]",
                "é",
                "\u0301",
                "😀",
            ]
        ),
        max_size=400,
    )
)
def test_control_characters_and_odd_unicode_never_crash(parts):
    text = "".join(parts)
    assert review(unicodedata.normalize("NFD", text)).verdict in {"ready", "revise", "rewrite"}


def test_pathological_inputs_finish():
    # Each would take exponential time with a backtracking-prone pattern; run in a subprocess
    # so that a regression hangs only that process, and the timeout is only a hang guard.
    code = (
        "from secondchance.core.review import review\n"
        "for text in ['sorry ' * 15000, 'a,' * 40000, 'I ' * 40000, '!' * 90000,"
        " 'x' * 99000, ('my alarm ' * 5000), ('[' * 30000) + 'Name',"
        " 'Thursday at 3pm, ' * 5000, ('\\n' * 50000), 'apologize if ' * 7500,"
        " 'the bus was late so I missed it. ' * 3000, 'Sorry, but the recruiter never sent it. '"
        " * 2400, 'sorry, but ' * 9000, 'not sorry ' * 9000]:\n"
        "    review(text)\n"
        "print('done')\n"
    )
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, timeout=300)
    assert proc.stdout.strip() == b"done", proc.stderr


def test_too_long_a_draft_is_refused():
    with pytest.raises(ValueError, match="longer than"):
        review("a" * 100_001)


_MARKS_AND_EMOJI = st.text(
    alphabet=st.sampled_from([*"!?:;<3xXDdPp()-/ a\n", "\U0001f64f", "\u2764", "\ufe0f", "é"]),
    max_size=40,
)


@settings(max_examples=500, deadline=None)
@given(st.one_of(_MARKS_AND_EMOJI, st.text(max_size=40)))
@example("thanks ;)")
@example("see you :-P")
@example("<3")
@example("ok xD")
@example("really??")
@example("great! see you! bye!")
@example("sorry \U0001f64f")
def test_the_first_looks_at_marks_and_emoji_never_skip_a_match(text):
    from secondchance.core.review import lexicon as lx

    if lx.REPEATED_MARKS.search(text):
        assert lx.may_hold_repeated_marks(text)
    if lx.EMOJI.search(text):
        assert lx.may_hold_emoji(text)


def test_the_words_of_a_link_are_not_read_as_the_drafts():
    # "sorry" and "my fault" in a web address apologise for nothing and own nothing.
    draft = (
        "Dear Sam, I missed our interview. Could we find another time? I remain keen on the role."
        " My portfolio: https://example.com/sorry/my-fault and github.com/sam/my-fault-log"
    )
    codes = {finding.code for finding in review(draft).findings}
    assert {"NO_APOLOGY", "NO_OWNERSHIP"} <= codes
