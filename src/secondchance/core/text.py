"""Small text helpers shared by the composer and the reviewer."""

from __future__ import annotations

import re

_WORD = re.compile(r"\w+(?:['’.:-]\w+)*")


def count_words(text: str) -> int:
    """Count words the way a reader would: runs of letters or digits, with inner ' . - joined."""
    return len(_WORD.findall(text))


# Reading level works on the ASCII letters of the text: vowels become "a", all else a space,
# so the vowel groups are the words of the result (bytes.translate runs at C speed).
_VOWELS_ONLY = bytes(ord("a") if chr(b) in "aeiouy" else ord(" ") for b in range(256))


# A silent final e after a consonant, in a word with an earlier vowel ("make", not "the", and
# not the "-le" of "little").
_SILENT_E = re.compile(rb"[aeiouy][b-df-hj-np-tv-xz]*[b-df-hj-km-np-tv-xz]e\b")


def reading_grade(text: str, sentences: int, words: int | None = None) -> float:
    """Return the Flesch-Kincaid grade level of `text` split into `sentences` sentences.

    Syllables are estimated over the whole text at once: vowel groups, less silent final e's,
    and at least one per word. That is within a few percent of a dictionary count for the
    grade, at a fraction of the cost.
    """
    words = count_words(text) if words is None else words
    if not words or sentences < 1:
        return 0.0
    letters = text.lower().encode("ascii", "ignore")
    vowel_groups = len(letters.translate(_VOWELS_ONLY).split())
    syllables = max(vowel_groups - len(_SILENT_E.findall(letters)), words)
    return 0.39 * words / sentences + 11.8 * syllables / words - 15.59
