"""Whole drafts in phrasings that independent writers use and the rules once missed (issue 17).

Each pins one family of phrasings end to end, through detection, context and the verdict; the
drafts are our own, written in the voices the outside batches showed us.
"""

import pytest

from secondchance.core.review import review

PLAIN_AND_READY = [
    # Interest said plainly, ownership in a learner's words.
    "Dear Ms Varga,\n\nI am very sorry for missed interview on Monday. The mistake is fully from"
    " my side, I had written the time wrongly. This job of QA engineer is very interesting for me"
    " and I am ready for any day which is comfortable for you.\n\nBest regards,\nIgor",
    # "I still really want this", and a new time for whenever the panel can meet.
    "Hi Tess,\n\nSorry I missed the panel this morning - I got the day wrong, that's on me. I still"
    " really want this, and I'm happy to come in whenever the panel can meet.\n\nSam",
    # A confirmation needs no apology, ownership or interest.
    "Dear Mr Lowe,\n\nThank you for offering another slot. Wednesday at 11:00 works perfectly,"
    " and I will be at reception at 10:50.\n\nBest wishes,\nNadia",
]


@pytest.mark.parametrize("text", PLAIN_AND_READY)
def test_plain_good_drafts_are_ready(text):
    result = review(text)
    assert result.verdict == "ready", [f.code for f in result.findings]


@pytest.mark.parametrize(
    ("text", "code"),
    [
        # A guilt-trip about effort, with the miss owned.
        (
            "Dear Ana,\n\nSorry I missed our call; I mixed up the days. I hope it is taken into"
            " account how much work the case study took. I remain keen and can talk any day.\n\nBo",
            "FRUSTRATION",
        ),
        # A salary ultimatum.
        (
            "Hi Lee,\n\nSorry for missing today, my mistake. My other offer expires on Friday;"
            " otherwise I will be accepting the other offer. Still keen - any time works.\n\nMo",
            "FRUSTRATION",
        ),
        # Blame on the process, with nothing of the writer's own beside it.
        (
            "Dear Ms Ode,\n\nI am sorry about this morning. I never received a calendar invite for"
            " the interview. I am still interested and free any day next week.\n\nKit",
            "BLAME",
        ),
        # Blame on a navigation app that sent the writer to the reader's old address.
        (
            "Dear Mr Bell,\n\nSorry I missed our 10:00. Google Maps sent me to your old office,"
            " and by the time I got to the right one you had left. I am keen on the role and can"
            " come back any day.\n\nJo",
            "BLAME",
        ),
        # Mishaps piled on mishaps.
        (
            "Dear Ms Ruiz,\n\nI am so sorry I missed Tuesday. I was rear-ended on the way, a man"
            " stole my phone while I waited, and when I got home the power was out in the whole"
            " building. I am still very interested; any time suits me.\n\nLi",
            "DISHONEST_RED_FLAG",
        ),
    ],
)
def test_a_pinned_problem_is_found(text, code):
    assert code in {f.code for f in review(text).findings}


def test_a_heads_up_that_waves_off_its_part_blames_and_owns_nothing():
    text = (
        "Hi Ros, sorry, the A40 is shut for roadworks, nothing I can do about it."
        " Be there at 10:20."
    )
    result = review(text, channel="text")
    found = {f.code for f in result.findings}
    assert (result.message_type, {"BLAME", "NO_OWNERSHIP"} <= found) == ("running_late", True)
