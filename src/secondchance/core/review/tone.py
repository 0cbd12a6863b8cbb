"""Rules for composure and honesty: no venting, no slang, no story, no red flags (steps 4, 5)."""

from __future__ import annotations

from collections.abc import Iterator

from secondchance.core.review import lexicon as lx
from secondchance.core.review import signals
from secondchance.core.review.rules import Draft, Rule, Severity, Span, phrases
from secondchance.core.text import count_words

# Stacking this many distinct kinds of cause reads as an invented story.
STACKED_CAUSES = 3
NARRATIVE_SENTENCES = 4
# Three story sentences are too many once they take this share of the words.
STORY_SHARE = 0.4
# One dramatic event can be true; three in one short message read as a tall story.
DRAMATIC_EVENTS = 3


def _merged(spans: Iterator[Span]) -> list[Span]:
    merged: list[Span] = []
    for start, end in sorted(spans):
        if merged and start <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(end, merged[-1][1]))
        else:
            merged.append((start, end))
    return merged


# A lone "u" next to these is an initial ("U.S.", "U-turn"), not "you".
_NOT_TEXTING = frozenset(".&'-") - {""}


def _unprofessional(draft: Draft) -> Iterator[Span]:
    yield from draft.find(lx.SLANG)
    for start, end in draft.find(lx.TEXTING_YOU):
        if draft.folded[start - 1 : start] not in _NOT_TEXTING and (
            draft.folded[end : end + 1] not in _NOT_TEXTING
        ):
            yield start, end
    if draft.has(lx.MAYBE_REPEATED_MARKS):
        yield from draft.find(lx.REPEATED_MARKS)
    # Emoticons and capitals are matched in the text as written, not the lower-cased copy.
    if draft.has(lx.MAYBE_EMOJI):
        for match in lx.EMOJI.finditer(draft.text, draft.body_start, draft.body_end):
            yield match.span()
    if not lx.TWO_CAPITALS.search(draft.text, draft.body_start, draft.body_end):
        return
    for match in lx.CAPS_RUN.finditer(draft.text, draft.body_start, draft.body_end):
        words = match.group().split()
        if any(word not in lx.ACRONYMS and set(word) != {"X"} for word in words):
            yield match.span()


def _over_explaining(draft: Draft) -> Iterator[Span]:
    if draft.words > draft.settings.max_words:
        yield draft.body_span
        return
    if len(draft.sentences) < 3 or not draft.has(lx.STORY):
        return  # a story needs at least three sentences that tell it
    telling = draft.sentences_with(lx.STORY)
    looking_ahead = draft.sentences_with(lx.FORWARD)
    story = [s for i, s in enumerate(draft.sentences) if i in telling - looking_ahead]
    story_words = sum(count_words(s.text) for s in story)
    if len(story) >= NARRATIVE_SENTENCES or (
        len(story) >= 3 and story_words >= STORY_SHARE * draft.words
    ):
        yield story[0].start, story[-1].end


def _red_flags(draft: Draft) -> Iterator[Span]:
    drama = _merged(draft.find(lx.DRAMA))
    if len(drama) >= DRAMATIC_EVENTS:
        yield drama[0][0], drama[-1][1]
        return
    if len(signals.cause_kinds(draft)) >= STACKED_CAUSES:
        yield draft.body_span
        return
    for first, second in lx.CONTRADICTIONS:
        one = next(draft.find(first), None)
        other = next(draft.find(second), None)
        if one and other:
            yield min(one[0], other[0]), max(one[1], other[1])
            return


FRUSTRATION = Rule(
    code="FRUSTRATION",
    severity=Severity.ERROR,
    message="This reads as venting, defensiveness, pressure or guilt. Keep the message calm and"
    " about them.",
    match=phrases(lx.FRUSTRATION),
    suggestion="Remove this; thank them and leave the decision with them.",
    source="Article, step 5: do not push, argue or show frustration, even if it is over.",
    examples_fail=(
        "Honestly the whole process has been frustrating.",
        "I have other offers, so I need an answer by Friday.",
        "Nobody reminded me about the interview.",
        "It's not a big deal, these things happen.",
        "With all due respect, your scheduling system is a joke.",
        "You should have called me when I did not join.",
    ),
    examples_pass=(
        "I understand if you have moved on, and I thank you for considering me.",
        "Whatever time suits you is fine with me.",
        "I would be grateful to hear from you when convenient.",
        "I take full responsibility; it was unacceptable of me.",
    ),
)

UNPROFESSIONAL_TONE = Rule(
    code="UNPROFESSIONAL_TONE",
    severity=Severity.WARNING,
    message="Slang, emoji, shouting or texting style undercut a professional apology.",
    match=_unprofessional,
    suggestion="Write it as you would to a senior colleague: full words, calm punctuation.",
    source="Article, step 2: humility and professionalism carry more weight at senior levels.",
    examples_fail=(
        "So sorry lol, can we redo it?",
        "My bad!! Totally forgot.",
        "Sorry 🙏 can we reschedule?",
        "I AM REALLY SORRY ABOUT TODAY.",
        "r u free tmrw?",
        "Hey, sorry about that.",
    ),
    examples_pass=(
        "Hi Sam, I am very sorry about today!",
        "I remain keen on the VP of Sales role at IBM in the UK.",
        "I worked on the U.S. launch.",
    ),
)

OVER_EXPLAINING = Rule(
    code="OVER_EXPLAINING",
    severity=Severity.WARNING,
    message="Too much story. One honest sentence about the cause is enough.",
    match=_over_explaining,
    suggestion="Cut the account to one sentence and spend the words on the apology and the"
    " next step.",
    source="Article, sample email tip: keep it concise and avoid over-explaining.",
    examples_fail=(
        "I woke up at 6 because my son was ill. Then I drove him to the clinic. After that the"
        " car would not start, so I called a taxi. By the time I got home it was 11. I am sorry.",
        "Sorry. " + "I want to explain everything that happened this morning in detail. " * 20,
    ),
    examples_pass=(
        "I misread the time zone of our meeting, which was careless of me. I am sorry.",
        "I am sorry. My son was ill and I had to take him to the doctor.",
    ),
)

DISHONEST_RED_FLAG = Rule(
    code="DISHONEST_RED_FLAG",
    severity=Severity.ERROR,
    message="The story contradicts itself or piles drama on drama; readers take that as"
    " invented. State the true cause simply.",
    match=_red_flags,
    suggestion="Give the one true reason in one sentence, and own it.",
    source="Article, step 4: frame the reason carefully, without lying outright.",
    examples_fail=(
        "You won't believe it, but my house caught fire and then I was robbed on the way.",
        "I was sick, my train was cancelled and my laptop died.",
        "I never received the invite, and then it slipped my mind.",
    ),
    examples_pass=(
        "My son was taken to hospital by ambulance this morning.",
        "My laptop died minutes before the call, and I should have had a backup.",
        "I overslept, which is no excuse.",
    ),
)

RULES = (FRUSTRATION, UNPROFESSIONAL_TONE, OVER_EXPLAINING, DISHONEST_RED_FLAG)
