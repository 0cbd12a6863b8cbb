"""Info-level notes: useful to the writer, never part of the verdict.

They cover what apology writers ask about most: apologizing too often, stating a weak reason
bluntly, sentences and drafts that run long, and a subject that is missing or long.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from secondchance.core.limits import MAX_SUBJECT_CHARS
from secondchance.core.message_types import DESCRIPTIONS
from secondchance.core.reasons import get_reason
from secondchance.core.review import lexicon as lx
from secondchance.core.review import signals
from secondchance.core.review.detect import doubted_type
from secondchance.core.review.draft import LIST_ITEM, Draft, Span
from secondchance.core.review.rules import Rule, Severity
from secondchance.core.text import count_words, reading_grade

_FOLLOWED_BY_TO = re.compile(r"\s+to\b")
# Below this many words, a readability grade says little.
MIN_WORDS_FOR_GRADE = 30


def _over_apologizing(draft: Draft) -> Iterator[Span]:
    spans = signals.apologies(draft)
    if len(spans) >= draft.settings.max_apologies:
        yield draft.to_original((spans[1][0], spans[-1][1]))


def _blunt_spans(draft: Draft) -> Iterator[tuple[str, Span]]:
    for reason_id, pattern in lx.BLUNT_REASONS.items():
        for start, end in draft.spans(pattern):
            # "I forgot to attach my CV" is about something else than the missed interview.
            if not _FOLLOWED_BY_TO.match(draft.body, end):
                yield reason_id, draft.to_original((start, end))


def _blunt_reason(draft: Draft) -> Iterator[Span]:
    return (span for _, span in _blunt_spans(draft))


def _reframe(draft: Draft, span: Span) -> str | None:
    found = {where: reason_id for reason_id, where in _blunt_spans(draft)}
    return get_reason(found[span]).framing if span in found else None


def _long_sentences(draft: Draft) -> Iterator[Span]:
    limit = draft.settings.max_sentence_words
    for sentence in draft.sentences:
        # A sentence of more than `limit` words has at least 2 * limit characters.
        if len(sentence.text) > 2 * limit and _prose_words(sentence.text) > limit:
            yield draft.to_original((sentence.start, sentence.end))


def _prose_words(text: str) -> int:
    """Count the words of a sentence, each item of a list it introduces read on its own.

    A list of times under "Any of these would work for me:" is read one line at a glance;
    only the introduction and the longest item make the sentence hard to follow.
    """
    lines = text.split("\n")
    items = [count_words(line) for line in lines[1:] if LIST_ITEM.match(line.strip())]
    rest = [line for line in lines[1:] if not LIST_ITEM.match(line.strip())]
    return count_words("\n".join([lines[0], *rest])) + max(items, default=0)


def _hard_to_read(draft: Draft) -> Iterator[Span]:
    if draft.words < MIN_WORDS_FOR_GRADE:
        return
    grade = reading_grade(draft.original_body, len(draft.sentences), draft.words)
    if grade > draft.settings.max_grade:
        yield draft.body_span


def _long_draft(draft: Draft) -> Iterator[Span]:
    settings = draft.settings
    limit = settings.target_words if draft.channel == "email" else settings.short_channel_words
    if limit < draft.words <= settings.max_words or (
        draft.channel != "email" and draft.words > limit
    ):
        yield draft.body_span


def _type_unsure(draft: Draft) -> Iterator[Span]:
    if not draft.type_given and draft.message_type == "apology" and doubted_type(draft):
        yield draft.body_start, draft.body_start


def _other_type(draft: Draft, span: Span) -> str | None:
    other = doubted_type(draft)
    return f"If it is {DESCRIPTIONS[other]}, review it as '{other}'." if other else None


def _subject_unknown(draft: Draft) -> Iterator[Span]:
    if draft.subject is None and draft.body.strip():
        yield draft.body_start, draft.body_start


def _subject_too_long(draft: Draft) -> Iterator[Span]:
    if draft.subject and len(draft.subject) > MAX_SUBJECT_CHARS:
        yield 0, draft.text.find("\n") if "\n" in draft.text else len(draft.text)


OVER_APOLOGIZING = Rule(
    code="OVER_APOLOGIZING",
    title="Apologises too many times",
    severity=Severity.INFO,
    message="You apologize several times. One sincere apology, plus a short 'sorry again' at"
    " most, reads as more confident.",
    match=_over_apologizing,
    suggestion="Keep the first apology and cut the repeats.",
    source="Article, step 2: a sincere apology, then action; repetition reads as anxiety.",
    examples_fail=("I am so sorry. I apologize again. Please forgive me. Sorry once more for it.",),
    examples_pass=("I am so sorry that I missed our interview. Could we reschedule?",),
)

BLUNT_REASON = Rule(
    code="BLUNT_REASON",
    title="The reason could be put more kindly",
    severity=Severity.INFO,
    message="A weak reason stated bluntly. Keep it true, but frame it with dignity.",
    match=_blunt_reason,
    suggest=_reframe,
    source="Article, step 4: reframe weak reasons such as oversleeping or forgetting, without"
    " lying.",
    examples_fail=("Sorry, I overslept.", "I completely forgot about our interview."),
    examples_pass=("I did not manage my time well.", "I forgot to mention my portfolio link"),
)

LONG_SENTENCE = Rule(
    code="LONG_SENTENCE",
    title="A very long sentence",
    severity=Severity.INFO,
    message="A long sentence; split it so it can be read at a glance.",
    match=_long_sentences,
    source="Plain-language guidance: sentences under about 25 words are read most easily.",
    examples_fail=(
        "I am writing to you today because I wanted to let you know that I am very sorry that I"
        " was not able to attend our interview this morning and that I would be very grateful"
        " for the chance to find another time.",
    ),
    examples_pass=("I am sorry I missed our interview. Could we find another time?",),
)

READABILITY = Rule(
    code="READABILITY",
    title="Hard to read quickly",
    severity=Severity.INFO,
    message="The draft reads above the configured grade level; shorter words and sentences help"
    " a busy reader.",
    match=_hard_to_read,
    source="Flesch-Kincaid grade level; business writing usually aims at grade 8 to 12.",
    examples_fail=(
        "Notwithstanding considerable organisational complexities, I unreservedly acknowledge"
        " responsibility for nonattendance. Institutional expectations necessitate"
        " unconditional punctuality, particularly regarding consequential engagements."
        " Consequently, I respectfully request consideration regarding rescheduling"
        " opportunities. Simultaneously, I reaffirm considerable enthusiasm regarding"
        " organisational transformation initiatives, particularly international"
        " collaboration.",
    ),
    examples_pass=(
        "I am sorry I missed our interview. It was my mistake, and I will not let it happen"
        " again. I am still keen on the role. Could we find a new time that suits you? Thank"
        " you for your patience, and I hope to hear from you soon.",
    ),
)

LENGTH = Rule(
    code="LENGTH",
    title="Longer than it needs to be",
    severity=Severity.INFO,
    message="Longer than it needs to be; aim for the configured target length.",
    match=_long_draft,
    source="Product rule: the apology email body stays within 150 words.",
    examples_fail=("Sorry. " + "This sentence only adds length to the draft. " * 22,),
    examples_pass=("I am sorry I missed our interview. Could we find another time?",),
)

TYPE_UNSURE = Rule(
    code="TYPE_UNSURE",
    title="Reviewed as an apology, by default",
    severity=Severity.INFO,
    message="This was reviewed as an apology after a missed interview, though it never says"
    " the interview was missed and it reads partly like another kind of message.",
    match=_type_unsure,
    suggest=_other_type,
    source="Issue 17: when the type is unsure, review as the plain apology and say so.",
    examples_fail=(
        "Thank you for rescheduling, I really appreciate it.",
        "All the best with your search, and I would be glad to meet again.",
    ),
    examples_pass=(
        "I am sorry I missed our interview. Could we find another time?",
        "Hi Sam, I am so sorry about this morning.",
    ),
)

SUBJECT_UNKNOWN = Rule(
    code="SUBJECT_UNKNOWN",
    title="The subject does not say what this is",
    severity=Severity.INFO,
    message="No subject was given, so it was not checked. Start with a 'Subject:' line or use"
    " --subject.",
    match=_subject_unknown,
    source="Product rule: the subject is checked only when the user gives one.",
    channels=("email",),
    examples_fail=("Dear Sam, I am sorry.",),
    examples_pass=("Subject: Apologies – Lee Park\n\nDear Sam, I am sorry.",),
)

SUBJECT_TOO_LONG = Rule(
    code="SUBJECT_TOO_LONG",
    title="The subject line is long",
    severity=Severity.INFO,
    message=f"The subject is over {MAX_SUBJECT_CHARS} characters and may be cut off in the inbox.",
    match=_subject_too_long,
    source="Product rule: subjects stay within 70 characters.",
    channels=("email",),
    examples_fail=("Subject: " + "Apologies " * 9 + "\n\nDear Sam, I am sorry.",),
    examples_pass=("Subject: Apologies for missing our interview – Lee Park\n\nDear Sam.",),
)

RULES = (
    OVER_APOLOGIZING,
    BLUNT_REASON,
    LONG_SENTENCE,
    READABILITY,
    LENGTH,
    TYPE_UNSURE,
    SUBJECT_UNKNOWN,
    SUBJECT_TOO_LONG,
)
