"""A tolerant second look before the reviewer says an element is missing (issue #17).

Telling someone "you never apologized" when they did is the error users forgive least. So a
missing-element finding stands only when the draft, read again with its key words spelled
right, still lacks the element: "I appologize", "still very intrested", "my responsibilty".
The second reading goes through the same signals, so negation, scope and hollow apologies are
judged exactly as on the first. An element may also name a plainer family that only this look
reads ("I'd be grateful for another chance to talk about the role" shows interest): taken on
every draft it would blur the first reading, but it is enough to hold back "you never said".

Only a slip of one edit (a letter added, dropped, changed or two swapped) is mended, only in a
word of six letters or more that keeps its first letter, and never in a word that is itself a
key word: short words have too many real neighbours ("worry" is one edit from "sorry").
"""

from __future__ import annotations

import re
from collections.abc import Callable

from secondchance.core.review import context
from secondchance.core.review.draft import Draft
from secondchance.core.review.lexicon import Lexeme

# The words that carry the four elements, as the lexicon spells them.
KEY_WORDS = frozenset(
    {
        "apologize",
        "apologise",
        "apologized",
        "apologised",
        "apologizing",
        "apologising",
        "apologies",
        "apology",
        "responsibility",
        "responsible",
        "mistake",
        "interested",
        "interest",
        "enthusiastic",
        "opportunity",
        "reschedule",
        "available",
        "convenience",
        "convenient",
        "grateful",
        "sincerely",
        "position",
        "passionate",
    }
)
# Slips of words too short for the one-edit rule, written out.
KNOWN_SLIPS = {"sory": "sorry", "soory": "sorry", "sorri": "sorry", "apolgy": "apology"}
_MIN_LENGTH = 6


def _candidates() -> re.Pattern[str]:
    """Match only the words that could mend: a known slip, or a word one edit from a key word.

    One edit changes a word's length by at most one, and a mended word keeps its first letter,
    so the rest of the draft never reaches the edit-distance library.
    """
    lengths: dict[str, list[int]] = {}
    for key in KEY_WORDS:
        lengths.setdefault(key[0], []).append(len(key))
    shapes = [
        f"{letter}[a-z]{{{max(_MIN_LENGTH, min(sizes) - 1) - 1},{max(sizes)}}}"
        for letter, sizes in sorted(lengths.items())
    ]
    return re.compile(
        rf"(?<![A-Za-z])(?:{'|'.join([*KNOWN_SLIPS, *shapes])})(?![A-Za-z])", re.IGNORECASE
    )


_CANDIDATE = _candidates()
# The key words by first letter, in a fixed order so that a tie always mends the same way.
_KEYS_BY_LETTER: dict[str, tuple[str, ...]] = {
    letter: tuple(sorted(key for key in KEY_WORDS if key[0] == letter))
    for letter in {key[0] for key in KEY_WORDS}
}


def has_on_second_look(draft: Draft, signal: Callable[[Draft], object]) -> bool:
    """Tell whether `signal` finds its element once the draft's key-word slips are mended."""
    mended = draft.remember("second_look", lambda: _mended(draft))
    return mended is not None and bool(signal(mended))


def tolerant(
    present: Callable[[Draft], bool], looser: Lexeme | None = None
) -> Callable[[Draft], bool]:
    """Wrap an element's test so that it also passes on the second look.

    `looser` is a family read only on the second look: a plainer way to say the element
    ("I'd be grateful for another chance to talk about the role") that the first reading
    keeps out because, on its own, it would let too much through elsewhere.
    """

    def present_or_looser(draft: Draft) -> bool:
        return present(draft) or (looser is not None and bool(context.occurrences(draft, looser)))

    return lambda draft: present_or_looser(draft) or has_on_second_look(draft, present_or_looser)


def _mended(draft: Draft) -> Draft | None:
    text = draft.text
    pieces: list[str] = []
    last = 0
    for match in _CANDIDATE.finditer(text):
        fix = mend_word(match.group().lower())
        if fix is None:
            continue
        pieces += [text[last : match.start()], fix]
        last = match.end()
    if not pieces:
        return None
    pieces.append(text[last:])
    again = Draft.parse(
        "".join(pieces), draft.channel, draft.subject, draft.settings, names=draft.names
    )
    return again.as_type(draft.message_type)


def _inflects_a_key_word(word: str) -> bool:
    # "interests", "mistaken", "positions": one edit away, but real words of their own.
    return word[:-1] in KEY_WORDS or word[:-2] in KEY_WORDS


def mend_word(word: str) -> str | None:
    """Return the key word that `word` misspells by one edit, or None."""
    if word in KNOWN_SLIPS:
        return KNOWN_SLIPS[word]
    if len(word) < _MIN_LENGTH or word in KEY_WORDS or _inflects_a_key_word(word):
        return None
    # Imported here: only a draft about to be told it lacks something pays for the library.
    from rapidfuzz.distance import OSA
    from rapidfuzz.process import extractOne

    best = extractOne(word, _KEYS_BY_LETTER.get(word[0], ()), scorer=OSA.distance, score_cutoff=1)
    return None if best is None else str(best[0])
