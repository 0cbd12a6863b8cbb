"""Small text helpers shared by the composer and the reviewer."""

from __future__ import annotations

import re

_WORD = re.compile(r"\w+(?:['’.:-]\w+)*")


def count_words(text: str) -> int:
    """Count words the way a reader would: runs of letters or digits, with inner ' . - joined."""
    return len(_WORD.findall(text))
