"""Bring a draft to one normal form before matching, and map every offset back to the original.

People write "I'm", "im", "I am", "sooo sorry", "soz", "r u free tmrw" and "100% on me". The
lexicon is written once, against the normal form: lower case, straight quotes, contractions
spelled out, texting forms as the words they stand for, letters repeated for emphasis
collapsed, and pure intensifiers blanked ("I am so very deeply sorry" reads "I am so sorry").

Most words are left as they are, so the normal form is the lower-cased text with a few
replacements. Each replacement is recorded, which is what maps a match in the normal form back
to a span of the text exactly as the user wrote it.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass
from typing import Literal

import re2

Kind = Literal["contraction", "texting", "repeat", "intensifier", "symbol"]

# Contractions, with and without their apostrophe where the bare form is not also a word.
CONTRACTIONS: dict[str, str] = {
    "i'm": "i am",
    "im": "i am",
    "i've": "i have",
    "ive": "i have",
    "i'll": "i will",
    "you're": "you are",
    "youre": "you are",
    "you've": "you have",
    "you'll": "you will",
    "you'd": "you would",
    "we're": "we are",
    "we've": "we have",
    "we'll": "we will",
    "we'd": "we would",
    "they're": "they are",
    "they've": "they have",
    "they'll": "they will",
    "they'd": "they would",
    "he's": "he is",
    "she's": "she is",
    "it's": "it is",
    "that's": "that is",
    "thats": "that is",
    "there's": "there is",
    "theres": "there is",
    "here's": "here is",
    "what's": "what is",
    "whats": "what is",
    "who's": "who is",
    "where's": "where is",
    "when's": "when is",
    "how's": "how is",
    "let's": "let us",
    "should've": "should have",
    "could've": "could have",
    "would've": "would have",
    "must've": "must have",
    "cannot": "can not",
    "can't": "can not",
    "cant": "can not",
    "won't": "will not",
    "wont": "will not",
    "shan't": "shall not",
}
# Any other "-n't" verb: "didn't" -> "did not", also written without the apostrophe.
_NT_VERBS = (
    "did do does is was were are has have had could would should must need might ought dare"
).split()
for _verb in _NT_VERBS:
    CONTRACTIONS[f"{_verb}n't"] = f"{_verb} not"
    CONTRACTIONS[f"{_verb}nt"] = f"{_verb} not"
CONTRACTIONS.update({"don't": "do not", "dont": "do not"})

# Texting forms and abbreviations, as the words they stand for.
TEXTING: dict[str, str] = {
    "u": "you",
    "ya": "you",
    "ur": "your",
    "yr": "your",
    "r": "are",
    "pls": "please",
    "plz": "please",
    "plse": "please",
    "thx": "thanks",
    "thnx": "thanks",
    "thanx": "thanks",
    "ty": "thank you",
    "sry": "sorry",
    "soz": "sorry",
    "sorri": "sorry",
    "tmrw": "tomorrow",
    "tmr": "tomorrow",
    "tmrow": "tomorrow",
    "tomoz": "tomorrow",
    "2moro": "tomorrow",
    "2morrow": "tomorrow",
    "2mrw": "tomorrow",
    "2day": "today",
    "2nite": "tonight",
    "tonite": "tonight",
    "b4": "before",
    "cuz": "because",
    "cos": "because",
    "coz": "because",
    "bc": "because",
    "bcoz": "because",
    "bcz": "because",
    "abt": "about",
    "w": "with",
    "msg": "message",
    "wk": "week",
    "wks": "weeks",
    "hrs": "hours",
    "omw": "on my way",
    "lmk": "let me know",
    "np": "no problem",
    "idk": "i do not know",
    "rly": "really",
    "v": "very",
    "srsly": "seriously",
    "gonna": "going to",
    "wanna": "want to",
    "gotta": "have to",
    "kinda": "kind of",
    "dunno": "do not know",
    "lemme": "let me",
    "gimme": "give me",
    "thru": "through",
    "tho": "though",
    "k": "ok",
    "kk": "ok",
    "ppl": "people",
    "@": "at",
}
# Symbols read as words but written in ordinary business prose ("Carter & Co", "Q&A").
SYMBOLS: dict[str, str] = {"&": "and"}
# Abbreviations whose full stop is not the end of a sentence.
ABBREVIATIONS: dict[str, str] = {
    "a.m.": "am",
    "p.m.": "pm",
    "mr.": "mr",
    "mrs.": "mrs",
    "ms.": "ms",
    "dr.": "dr",
    "prof.": "prof",
    "e.g.": "eg",
    "i.e.": "ie",
}
# Words that only strengthen what follows; blanked with spaces of the same length.
INTENSIFIERS = frozenset(
    "very really truly deeply sincerely terribly extremely genuinely awfully incredibly "
    "profoundly utterly completely totally entirely wholly fully simply foolishly stupidly "
    "carelessly quite absolutely hugely massively seriously humbly greatly dearly "
    "super".split()
)
# "I'd" is "I had" before a past participle and "I would" otherwise; a bare "id" is taken
# for "I'd" only before such a verb, never in "my ID card".
_HAD_BEFORE = frozenset(
    "been had taken gone done left made got gotten forgotten set put lost sent told seen "
    "overslept".split()
)
_WOULD_BEFORE = frozenset(
    "be like love appreciate welcome rather prefer value hate need want happily gladly".split()
)
# Words that may stand between "I'd" and its verb, which decides: "I'd only be able to" is "I
# would", "I'd only just left" is "I had" (batch 118).
_BETWEEN = frozenset("already just never only really still also".split())
_SINGLE_LETTERS = frozenset({"u", "r", "w", "k", "v"})
_REPLACE: dict[str, tuple[str, Kind]] = {
    **{word: (norm, "contraction") for word, norm in CONTRACTIONS.items()},
    **{word: (norm, "texting") for word, norm in TEXTING.items()},
    **{word: (norm, "contraction") for word, norm in ABBREVIATIONS.items()},
    **{word: (norm, "symbol") for word, norm in SYMBOLS.items()},
}

_WORDS = "|".join(
    re.escape(word)
    for word in sorted({*_REPLACE, *INTENSIFIERS, "i'd", "id"}, key=len, reverse=True)
)
_RUNS = "|".join(f"{letter}{{3,}}" for letter in "abcdefghijklmnopqrstuvwxyz")
# RE2 finds every candidate in one linear pass; only those reach Python.
# A possessive ends a word too: "tmrw's interview" is tomorrow's.
_CANDIDATES = re2.compile(
    rf"(?:^|[^a-z0-9'])((?:{_WORDS})|[a-z]*(?:{_RUNS})[a-z]*)(?:$|[^a-z0-9'%]|'s(?:$|[^a-z0-9]))"
)
_NEXT_WORD = re.compile(r"\s*([a-z]+)")
_REPEATS = re.compile(r"([a-z])\1{2,}")


@dataclass(frozen=True, slots=True)
class Replacement:
    """One change: `original[start:end]` became `normal[normal_start:normal_end]`."""

    start: int
    end: int
    normal_start: int
    normal_end: int
    kind: Kind


@dataclass(frozen=True, slots=True)
class Normalized:
    """A text in normal form, with the record that maps its offsets back to the original."""

    text: str
    replacements: tuple[Replacement, ...]
    base: int  # where the normalized text starts in the original
    starts: tuple[int, ...]  # each replacement's start in the normal form, for bisecting

    def to_original(self, start: int, end: int) -> tuple[int, int]:
        """Map a span of the normal form to the smallest span of the original that covers it."""
        return self._point(start, is_end=False), self._point(end, is_end=True)

    def _point(self, offset: int, *, is_end: bool) -> int:
        index = bisect_right(self.starts, offset) - 1
        if index < 0:
            return self.base + offset
        change = self.replacements[index]
        if offset < change.normal_end or (is_end and offset == change.normal_end):
            # Inside a replaced word, the whole original word answers for it.
            inside_end = is_end and offset > change.normal_start
            return self.base + (change.end if inside_end else change.start)
        return self.base + change.end + (offset - change.normal_end)


_NON_ASCII = re.compile(r"[^\x00-\x7f]")
_DASHES = str.maketrans("\u2010\u2011\u2012\u2013\u2014\u2015\u2212", "-------")


def ascii_view(text: str) -> bytes:
    """Return `text` as one byte per character for RE2, keeping non-ASCII words whole.

    The lexicon is ASCII. A non-ASCII letter or digit becomes '0', which is a word character
    but no word of the lexicon, so "Novák", "Văn" and "résumé" stay one word each instead of
    leaving a lone "k", "v" or "r" that reads as texting (issue #17, names are names). Any other
    non-ASCII character becomes '?', a separator, as a space would be; a typographic dash
    becomes '-', as the families write it ("sorry for missing it – totally on me", batch 38).
    """
    if text.isascii():
        return text.encode()
    return _NON_ASCII.sub(_ascii_stand_in, text.translate(_DASHES)).encode()


def _ascii_stand_in(match: re.Match[str]) -> str:
    return "0" if match.group().isalnum() else "?"


def normalize(folded: str, base: int = 0) -> Normalized:
    """Return the normal form of already folded text; `base` is its offset in the original."""
    data = ascii_view(folded)
    pieces: list[str] = []
    replacements: list[Replacement] = []
    last = shift = 0
    position = 0
    # A search from the end of each word, not finditer: the separator after one word is the
    # one before the next ("r u free"), and finditer would have consumed it.
    while (found := _CANDIDATES.search(data, position)) is not None:
        start, end = found.span(1)
        position = end
        word = folded[start:end].rstrip()
        end = start + len(word)
        normal, kind = _normal_word(folded, start, end, word)
        if normal is None or normal == word:
            continue
        pieces += [folded[last:start], normal]
        normal_start = start + shift
        replacements.append(Replacement(start, end, normal_start, normal_start + len(normal), kind))
        shift += len(normal) - len(word)
        last = end
    if not replacements:
        return Normalized(folded, (), base, ())
    pieces.append(folded[last:])
    starts = tuple(change.normal_start for change in replacements)
    return Normalized("".join(pieces), tuple(replacements), base, starts)


def _normal_word(folded: str, start: int, end: int, word: str) -> tuple[str | None, Kind]:
    if word in INTENSIFIERS:
        return " " * len(word), "intensifier"
    if word in ("i'd", "id"):
        verb = _verb_after(folded, end)
        had = verb in _HAD_BEFORE or verb.endswith("ed") or verb in {"already", "never"}
        if word == "id" and not had and verb not in _WOULD_BEFORE:
            return None, "contraction"
        return ("i had" if had else "i would"), "contraction"
    if word in _SINGLE_LETTERS and _is_initial(folded, start, end):
        return None, "texting"
    if word in _REPLACE:
        return _REPLACE[word]
    collapsed = _REPEATS.sub(r"\1", word)
    if len(collapsed) == 1:
        return None, "repeat"  # "www", "XXX": not emphasis
    if collapsed in _REPLACE:
        return _REPLACE[collapsed][0], "repeat"
    return collapsed, "repeat"


def _verb_after(folded: str, end: int) -> str:
    """Return the word after "I'd", past any adverbs; an adverb last of all is returned itself."""
    word = ""
    while following := _NEXT_WORD.match(folded, end):
        word, end = following.group(1), following.end()
        if word not in _BETWEEN:
            break
    return word


def _is_initial(folded: str, start: int, end: int) -> bool:
    """Tell a lone letter that is an initial, a list mark or part of a currency from text speak.

    "U.S.", "U-turn", "(r)" and "R$ 18.000" (Brazilian reais, batch 113) hold no texting word.
    """
    before = folded[start - 1 : start]
    after = folded[end : end + 1]
    return before in {".", "-", "&", "'", "("} or after in {".", "-", "&", "'", ")", "$"}
