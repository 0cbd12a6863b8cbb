"""What a phrase family needs before it can match, as RE2's prefilter reads it (issue 17, speed).

RE2's prefilter (FilteredRE2) learns from each family the plain words it needs, and finds in one
pass which families' words a draft holds; only those are scanned. Its reading of our patterns
is poor where it counts: a space of a pattern stands for any run of white space ("\\s+"), which
splits a phrase into its words, and words under three letters are dropped, so "it is
confirmed" needs only "confirmed" and "my b" needs nothing at all. Families that need nothing
are scanned on every draft, and most of those scans find nothing.

So the prefilter reads the draft with each run of white space collapsed to one space
(`collapse`), and a family's pattern with its spaces as plain spaces, where that is sound: a
phrase then needs its words together, spaces included. It is sound for a pattern in which
nothing but its spaces can match white space, and in which two spaces never meet (in collapsed
text they would share one). The other patterns keep "\\s+": their words hold no white space,
so they are in the collapsed text wherever they are in the draft. The two kinds go into the
prefilter as two entries, so that each is read as what it is.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

# RE2's \s: the white space a pattern's spaces match.
_WHITE_RUN = re.compile(rb"[\t\n\f\r ]+")
# Escapes that match no white space character: word and digit classes, a word boundary, and
# escaped punctuation.
_DRY_ESCAPES = frozenset("bwd.?*+()[]{}|\\^$-'/&,:;!#%@~<>=_\"")
_REPEAT = re.compile(r"\{(\d+)(,(\d*))?\}\??")
_LAZY_OR_NOT = re.compile(r"[?*+]\??")


def collapse(text: bytes) -> bytes:
    """Return `text` with each run of white space made one space, as the prefilter reads it."""
    return _WHITE_RUN.sub(b" ", text)


def any_white(pattern: str) -> str:
    """Return a pattern whose spaces match any run of white space (" ?" an optional run)."""
    return pattern.replace(" ?", r"\s*").replace(" ", r"\s+")


def alternation(patterns: Sequence[str]) -> str:
    """Join patterns into one that matches any of them, in order, as whole words."""
    joined = "|".join(f"(?:{pattern})" for pattern in patterns)
    return rf"\b(?:{joined})\b"


def entries(patterns: Sequence[str]) -> tuple[str, ...]:
    """Return what stands for a family of `patterns` in the prefilter (see the module)."""
    phrases = [p for p in patterns if _spaces_alone_match_white(p)]
    others = [any_white(p) for p in patterns if not _spaces_alone_match_white(p)]
    return tuple(alternation(group) for group in (phrases, others) if group)


def _spaces_alone_match_white(pattern: str) -> bool:
    if not _dry_but_spaces(pattern):
        return False
    try:
        shape, end = _Parser(pattern).alternatives(0)
    except (ValueError, IndexError):
        return False  # syntax this reading does not know: keep "\\s+"
    return end == len(pattern) and not shape.spaces_meet


def _dry_but_spaces(pattern: str) -> bool:
    """Tell whether nothing in `pattern` but its spaces can match a white space character.

    A conservative reading of RE2 syntax: any escape outside `_DRY_ESCAPES`, a negated class,
    a class holding a space or a control character, a dot, and the line anchors all say no.
    """
    in_class = False
    index = 0
    while index < len(pattern):
        char = pattern[index]
        if char == "\\":
            if pattern[index + 1 : index + 2] not in _DRY_ESCAPES:
                return False
            index += 2
            continue
        if char < " " or (in_class and char in " ["):
            return False
        if in_class:
            in_class = char != "]"
        elif char == "[":
            if pattern[index + 1 : index + 2] == "^":
                return False
            in_class = True
            if pattern[index + 1 : index + 2] == "]":
                index += 1  # a "]" first in a class is one of its characters
        elif char in ".^$":
            return False
        index += 1
    return True


@dataclass(frozen=True, slots=True)
class _Shape:
    """Where the spaces of a piece of pattern can fall in what it matches.

    `empty`: it can match nothing; `opens`, `closes`: a match can start, end with one of its
    spaces; `spaces_meet`: two of its spaces can come one right after the other.
    """

    empty: bool
    opens: bool
    closes: bool
    spaces_meet: bool

    def then(self, other: _Shape) -> _Shape:
        return _Shape(
            self.empty and other.empty,
            self.opens or (self.empty and other.opens),
            other.closes or (other.empty and self.closes),
            self.spaces_meet or other.spaces_meet or (self.closes and other.opens),
        )

    def either(self, other: _Shape) -> _Shape:
        return _Shape(
            self.empty or other.empty,
            self.opens or other.opens,
            self.closes or other.closes,
            self.spaces_meet or other.spaces_meet,
        )

    def repeated(self, least: int, most: int | None) -> _Shape:
        again = most is None or most > 1
        return _Shape(
            self.empty or least == 0,
            self.opens,
            self.closes,
            self.spaces_meet or (again and self.closes and self.opens),
        )


_NOTHING = _Shape(empty=True, opens=False, closes=False, spaces_meet=False)
_CHARACTER = _Shape(empty=False, opens=False, closes=False, spaces_meet=False)
_SPACE = _Shape(empty=False, opens=True, closes=True, spaces_meet=False)


class _Parser:
    """Read the shape of a pattern that `_dry_but_spaces` accepts (RE2 syntax)."""

    def __init__(self, pattern: str) -> None:
        self.pattern = pattern

    def alternatives(self, index: int) -> tuple[_Shape, int]:
        shape, index = self.sequence(index)
        while self.pattern[index : index + 1] == "|":
            other, index = self.sequence(index + 1)
            shape = shape.either(other)
        return shape, index

    def sequence(self, index: int) -> tuple[_Shape, int]:
        shape = _NOTHING
        while index < len(self.pattern) and self.pattern[index] not in "|)":
            piece, index = self.piece(index)
            shape = shape.then(piece)
        return shape, index

    def piece(self, index: int) -> tuple[_Shape, int]:
        shape, index = self.atom(index)
        if found := _LAZY_OR_NOT.match(self.pattern, index):
            least = 1 if found.group()[0] == "+" else 0
            most = 1 if found.group()[0] == "?" else None
            return shape.repeated(least, most), found.end()
        if found := _REPEAT.match(self.pattern, index):
            least = int(found[1])
            most = least if found[2] is None else (int(found[3]) if found[3] else None)
            return shape.repeated(least, most), found.end()
        return shape, index

    def atom(self, index: int) -> tuple[_Shape, int]:
        char = self.pattern[index]
        if char == " ":
            return _SPACE, index + 1
        if char == "\\":
            # \b matches no character; in a space run it never holds, but counting it as
            # nothing between two spaces only errs toward "they meet".
            return (_NOTHING if self.pattern[index + 1] == "b" else _CHARACTER), index + 2
        if char == "[":
            end = self.pattern.index("]", index + 2)  # a "]" first in a class is a character
            while self.pattern[end - 1] == "\\" and self.pattern[end - 2] != "\\":
                end = self.pattern.index("]", end + 1)
            return _CHARACTER, end + 1
        if char == "(":
            return self.group(index)
        return _CHARACTER, index + 1

    def group(self, index: int) -> tuple[_Shape, int]:
        index += 1
        if self.pattern.startswith("?", index):
            flags = re.compile(r"\?(?:P<\w+>|[a-zA-Z-]*:|[a-zA-Z-]*\))").match(self.pattern, index)
            if flags is None:
                raise ValueError(f"unread group in {self.pattern!r}")
            if flags.group().endswith(")"):
                return _NOTHING, flags.end()  # "(?i)": flags for what follows
            index = flags.end()
        shape, index = self.alternatives(index)
        return shape, index + 1
