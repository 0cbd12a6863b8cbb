"""A naturalness checker for the messages the composer writes (issue #9's proof).

It reads a message as a careful editor would and names what makes text read as stitched
together: a noun said twice in one phrase, the same content word twice in one sentence, two
apologies in a row, a sentence with no end mark, a name glued to a sentence, and broken joins
between parts. Slot values (names, company, role, links, times) are blanked out first: the
user's own words are theirs to repeat.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

# Words whose repetition in one sentence is normal English, not a stitching seam.
FUNCTION_WORDS = frozenset(
    """
    a an the and or but if so of to in on at by for with from as is am are was were be been
    being i me my mine you your yours we our us they them their he she his her it its this that
    these those there here not no do does did have has had will would could should can may might
    shall must than then too very also just still again all any some each every one more most
    what when where which who whom whose how why about into over after before up out off own
    same such only both either neither nor yet let please thank thanks
    """.split()
)
# Nouns for a job: any two of them side by side say the same thing twice ("position role").
JOB_NOUNS = frozenset({"role", "position", "job", "post", "opening", "vacancy"})
APOLOGY = re.compile(r"\b(?:sorry|apolog\w*|regret)\b", re.IGNORECASE)
END_MARKS = (".", "?", "!")
LIST_ITEM = "- "
BROKEN_JOINS = (
    re.compile(r" [,.;:!?]"),  # a space before punctuation
    re.compile(r"[,;:]\s*[.!?]|\.\s*\.|,\s*,"),  # punctuation piled up
    re.compile(r"\S  +\S"),  # two spaces inside a line
    re.compile(r"\b(\w+) \1\b", re.IGNORECASE),  # a word doubled across a join
    re.compile(r"[.!?] [a-z]"),  # a sentence that starts in lower case
    re.compile(r"\{|\}"),  # a template slot left unfilled
    # Two sentences run together: a word, then a new sentence's opening with no mark between.
    re.compile(r"\b(?:[a-z]+|Slot) (?:You|We|My|This|Thank|Please|Kind|Warm)\b"),
)
SENTENCE_END = re.compile(r"(?<=[.!?])\s+(?=\S)")
WORD = re.compile(r"[A-Za-z][A-Za-z'-]*")


def blank_slots(text: str, slots: Iterable[str]) -> str:
    """Replace each slot value the user gave with a neutral token, longest first."""
    for value in sorted({s for s in slots if s}, key=len, reverse=True):
        text = text.replace(value, "Slot")
    text = re.sub(r"https?://\S+?(?=[\s,;]|\.(?:\s|$)|$)", "Slot", text)
    return re.sub(r"\+?\d[\d ().:-]*\d", "0", text)


def paragraphs(body: str) -> list[str]:
    return [p.strip() for p in body.split("\n\n") if p.strip()]


def sentences(paragraph: str) -> list[str]:
    return [s for s in SENTENCE_END.split(" ".join(paragraph.split())) if s]


def check(body: str, slots: Iterable[str] = (), spoken: bool = False) -> list[str]:
    """Return what reads as unnatural in `body`, one line per problem (empty when clean).

    `body` is the message without its signature (a short message may end with the name on
    its own line). A greeting ends with a comma and a sign-off is the last paragraph. A call
    script (`spoken`) quotes its speech in double quotes between numbered step headings.
    """
    raw_problems = [
        f"a job noun doubled: {match.group()!r}"
        for match in re.finditer(
            r"\b(?:role|position|job|post)\s+(?:role|position|job|post)\b", body, re.I
        )
    ]
    text = blank_slots(body, slots)
    if spoken and '"' in text:
        # A call script: each quoted speech is read as a paragraph, each instruction line too.
        speech = re.findall(r'"([^"]*)"', text)
        instructions = [
            line.strip()
            for line in re.sub(r'"[^"]*"', "", text).splitlines()
            if line.strip() and not re.fullmatch(r"\d+\. [A-Z].*", line.strip())
        ]
        parts = speech + instructions
    else:
        parts = paragraphs(text)
        if parts and parts[-1] == "Slot":
            parts = parts[:-1]  # the sender's name, on its own line: a signature
    problems: list[str] = []
    for index, paragraph in enumerate(parts):
        greeting = index == 0 and paragraph.endswith(",") and len(paragraph.split()) <= 6
        sign_off = index == len(parts) - 1 and paragraph.endswith(",")
        if greeting or sign_off:
            continue
        # A list of "- " items may follow a lead-in that ends with a colon (#16's replies).
        lead_in = index + 1 < len(parts) and parts[index + 1].startswith(LIST_ITEM)
        problems += _paragraph_problems(paragraph, spoken or lead_in)
    problems += _apology_runs(speech if spoken and '"' in text else parts)
    return raw_problems + problems


def _paragraph_problems(paragraph: str, spoken: bool) -> list[str]:
    problems = []
    for line in paragraph.splitlines():
        stripped = line.strip()
        if stripped.startswith(LIST_ITEM):
            continue  # a list item, such as a proposed time, needs no end mark
        # A call script's instruction may introduce the words to say with a colon.
        marks = (*END_MARKS, ":") if spoken else END_MARKS
        if stripped and not stripped.endswith(marks):
            problems.append(f"no end mark: {stripped!r}")
    for pattern in BROKEN_JOINS:
        for match in pattern.finditer(paragraph):
            problems.append(f"broken join {match.group()!r} in {paragraph!r}")
    is_list = paragraph.startswith(LIST_ITEM)
    for sentence in paragraph.splitlines() if is_list else sentences(paragraph):
        problems += _sentence_problems(sentence)
    if re.search(r"[.!?]\s*Slot\s*$", paragraph) and "\n" not in paragraph[-30:]:
        problems.append(f"a name glued to a sentence: {paragraph[-60:]!r}")
    return problems


def _sentence_problems(sentence: str) -> list[str]:
    words = [w.lower().strip("'-") for w in WORD.findall(sentence)]
    problems = []
    for left, right in zip(words, words[1:], strict=False):
        if left in JOB_NOUNS and right in JOB_NOUNS:
            problems.append(f"a job noun doubled: {left} {right!r} in {sentence!r}")
    content = [w for w in words if w not in FUNCTION_WORDS and w != "slot" and len(w) > 2]
    seen: set[str] = set()
    for word in content:
        stem = word.removesuffix("s")
        if stem in seen:
            problems.append(f"{word!r} twice in one sentence: {sentence!r}")
        seen.add(stem)
    return problems


def _apology_runs(parts: list[str]) -> list[str]:
    flat = [s for paragraph in parts for s in sentences(paragraph)]
    return [
        f"two apologies in a row: {first!r} {second!r}"
        for first, second in zip(flat, flat[1:], strict=False)
        if APOLOGY.search(first) and APOLOGY.search(second)
    ]
