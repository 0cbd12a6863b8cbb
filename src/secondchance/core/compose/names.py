"""Greet people as people greet them: by the name they are called by, never by a family name.

A name is read for the one word people use to its owner's face. Written family-name first
(Vietnamese, and often Chinese, Korean, Hungarian or Japanese), the first word is the family
name. Vietnamese given names come last and are always used alone ("Minh"). A Chinese name whose
first word is a family name and whose second is a pinyin given name that is not also a family
name ("Wang Xiaoming") is read family-name first too: "Hello Xiaoming", not "Hello Wang
Xiaoming" (round 4 of #16). For the others the order cannot be known from the name alone, so
the whole name is used instead of a guess.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache

# Vietnamese family names: the person is called by the last word of the name.
_VIETNAMESE = frozenset(
    """
    nguyễn nguyen trần tran lê le phạm pham hoàng hoang huỳnh huynh phan vũ vu võ vo đặng dang
    bùi bui đỗ do hồ ho ngô ngo dương duong lý ly đinh dinh trương truong lâm lam mai đoàn doan
    """.split()
)
# Family names that usually open a name written family-name first, where the given name could
# equally be first or last ("Wang Wei" or "Wei Wang"): the whole name is used.
_CHINESE = frozenset(
    """
    wang li zhang liu chen yang huang zhao wu zhou xu sun zhu hu guo lin gao luo zheng liang
    xie song tang xu han feng deng cao peng zeng xiao tian dong pan yuan cai jiang yu du ye
    cheng wei su lu ding ren shen yao jin zhong cui tan liao fan
    """.split()
)


# A word made only of pinyin syllables: "xiaoming" is, "smith" and "anne" are not. Compiled on
# first use, not at import: a kit's cold start does not pay for it (see _CJK_RANGES).
@lru_cache(maxsize=1)
def _pinyin() -> re.Pattern[str]:
    return re.compile(
        r"(?:(?:zh|ch|sh|[bpmfdtnlgkhjqxrzcsyw])?"
        r"(?:iang|iong|uang|ang|eng|ing|ong|iao|ian|uai|uan|ai|ei|ao|ou|an|en|in|un|ia|ie|iu|ua"
        r"|uo|ui|ue|er|a|o|e|i|u|v))+"
    )


_FAMILY_FIRST = _CHINESE | frozenset(
    """
    wong chan cheung leung
    kim park choi jung jeong kang cho yoon yun jang lim oh seo shin kwon hwang ahn song
    sato satō suzuki takahashi tanaka watanabe ito itō yamamoto nakamura kobayashi kato katō
    yoshida yamada sasaki yamaguchi matsumoto inoue kimura hayashi shimizu yamazaki mori abe
    ikeda hashimoto ishikawa ogawa okada goto gotō hasegawa murakami kondo kondō ishii saito
    nagy kovács kovacs tóth toth szabó szabo horváth horvath varga kiss molnár molnar
    németh nemeth farkas balogh papp takács takacs juhász juhasz lakatos mészáros meszaros
    """.split()
)
# Family names that are given names too in English ("Kim Taylor"): the order is not guessed.
_ALSO_GIVEN = frozenset("kim song park lim oh may kiss".split())
# Titles that make an address formal on their own ("Dr Osei", "Ms Tanaka").
_TITLES = frozenset("mr mrs ms miss mx dr prof professor sir dame lord lady rev judge hon".split())
# Kana, CJK ideographs and Hangul, by code point. Compiling these as a regex character class
# took a couple of milliseconds of every kit's cold start; a scan of a name takes microseconds.
_CJK_RANGES = ((0x3040, 0x30FF), (0x3400, 0x9FFF), (0xAC00, 0xD7AF))


def _has_cjk(name: str) -> bool:
    return any(low <= ord(ch) <= high for ch in name for low, high in _CJK_RANGES)


def _plain(word: str) -> str:
    return unicodedata.normalize("NFC", word.strip(".,").lower())


def given_name(name: str) -> str:
    """Return the name its owner is greeted by, or the whole name when that cannot be known."""
    if "," in name:  # "Family, Given" as a directory lists it
        after = name.split(",", 1)[1].split()
        return after[0] if after else name
    words = name.split()
    if len(words) < 2:
        return name
    if _plain(words[0]) in _VIETNAMESE:
        return words[-1]
    if _chinese_given(words):
        return words[1]
    if _has_cjk(name):
        return name
    if _plain(words[0]) in _FAMILY_FIRST:
        return _family_first_given(words) or name
    return words[0]


def _family_first_given(words: list[str]) -> str | None:
    """Read the given name after a family name written first ("Tanaka Yui", "Nagy Anna").

    Someone who types a Japanese, Korean or Hungarian family name first has written the name
    in its own order: greeting "Tanaka Yui" whole reads as mail merge (round 7 of #16). A
    first word that is also a common given name elsewhere ("Kim Taylor") stays unknown, unless
    a hyphenated given name follows it; so do longer names, whose given part is not clear.
    """
    if len(words) != 2:
        return None
    if _plain(words[0]) in _ALSO_GIVEN and "-" not in words[1]:  # "Kim Min-jun" reads Korean
        return None
    return None if _plain(words[1]) in _FAMILY_FIRST else words[1]


def greeting_name(name: str) -> str | None:
    """Return the name to greet someone by, or None when only the whole name is known.

    A greeting never carries a full name (round 7 of #16): with no given name to be read,
    the greeting goes without one.
    """
    given = given_name(name)
    return None if given == name and len(name.split()) > 1 else given


def _chinese_given(words: list[str]) -> bool:
    """Tell whether a two-word name reads as a Chinese family name and a given name after it."""
    if len(words) != 2 or _plain(words[0]) not in _CHINESE:
        return False
    given = _plain(words[1]).replace("-", "")
    return given not in _FAMILY_FIRST and bool(_pinyin().fullmatch(given))


def has_title(address_as: str | None) -> bool:
    """Tell whether an address starts with a title, such as "Dr" or "Ms"."""
    words = (address_as or "").split()
    return bool(words) and _plain(words[0]) in _TITLES


@dataclass(frozen=True, slots=True)
class Person:
    """Someone a message speaks to: their full name and how they are addressed."""

    name: str
    address_as: str | None = None

    @property
    def spoken(self) -> str:
        """Return the name said aloud or in a line: the address given, else the given name."""
        return self.address_as or given_name(self.name)

    @property
    def called(self) -> str | None:
        """Return the name a greeting uses, or None when no given name can be read."""
        return self.address_as or greeting_name(self.name)

    def written(self, formal: bool) -> str:
        """Return the name in a letter's body: the address, else (formally) the full name."""
        if self.address_as:
            return self.address_as
        return self.name if formal else given_name(self.name)

    def greeting(self, formal: bool) -> str:
        """Write the greeting every written message of a kit opens with, the same in each.

        Formally, the address given, else the full name: round 10 of #16 read "Dear Yui" as
        too familiar for the tone asked for. Warmly, the given name; a title written warmly
        still takes "Dear" ("Hello Ms Brooks" mixes two registers).
        """
        if formal:
            return f"Dear {self.address_as or self.name},"
        name = self.called
        if name is None:
            return "Hello,"
        return f"Dear {name}," if has_title(name) else f"Hello {name},"

    def note_greeting(self, formal: bool) -> str:
        """Greet in a text or LinkedIn note: as a letter formally, but never "Dear" warmly.

        Round 12 of #16 read "Dear Ms Tanaka" as stiff in a warm text; the address form given
        stays ("Hello Ms Tanaka,").
        """
        if formal or self.called is None:
            return self.greeting(formal)
        return f"Hello {self.called},"

    def hello(self) -> str:
        """Open a call or a voicemail: "Hello Sarah", or "Hello" with no given name known."""
        return f"Hello {self.called}" if self.called else "Hello"
