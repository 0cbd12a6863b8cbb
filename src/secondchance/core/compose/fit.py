"""Keep messages inside their caps, and count words the way they are read or spoken."""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping, Sequence
from functools import lru_cache

from secondchance.core.limits import MAX_SUBJECT_CHARS
from secondchance.core.text import count_words

_DIGIT_RUN = re.compile(r"\+?\d[\d ().-]*\d")
PHONE_DIGITS = 6  # a run of at least this many digits is a number read out digit by digit
_SLOT = re.compile(r"\{(\w+)\}")


def spoken_words(text: str) -> int:
    """Count words as they are spoken: a phone number is said digit by digit ("plus" too)."""

    def say(run: re.Match[str]) -> str:
        digits = re.findall(r"\d", run.group())
        if len(digits) < PHONE_DIGITS:
            return run.group()  # a time or a date, said much as it is written
        return " ".join(["plus"] * run.group().startswith("+") + digits)

    return count_words(_DIGIT_RUN.sub(say, text))


def fill(template: str, values: Mapping[str, str]) -> str:
    """Fill a whole template's {slots} once, then tidy the gaps that empty slots leave.

    Paragraphs are separated by a blank line; a template's own line breaks inside a
    paragraph are only where its source was wrapped, except in a list of "- " items.

    Values are inserted in one pass, so user text that looks like a slot stays as typed.
    """
    text = _SLOT.sub(lambda match: values[match.group(1)], template)
    paragraphs = (_tidy(paragraph) for paragraph in text.split("\n\n"))
    return "\n\n".join(paragraph for paragraph in paragraphs if paragraph)


def _tidy(paragraph: str) -> str:
    """Rejoin a wrapped paragraph into one line; a list keeps one line per item."""
    lines = [line.strip() for line in paragraph.splitlines() if line.strip()]
    if lines and all(line.startswith("- ") for line in lines):
        return "\n".join(" ".join(line.split()) for line in lines)
    return " ".join(paragraph.split())


def fit(
    template: str,
    values: Mapping[str, str],
    cap: int,
    give_way: Sequence[tuple[str, str]] = (),
    measure: Callable[[str], int] = count_words,
) -> str:
    """Fill `template`; while `measure` passes `cap`, replace slots in `give_way` order.

    Each `give_way` entry is (slot, shorter value): optional slots give way to "" and long
    ones to a shorter wording, so the cap holds for any names the user types.
    """
    current = dict(values)
    text = fill(template, current)
    for slot, shorter in give_way:
        if measure(text) <= cap:
            break
        current[slot] = shorter
        text = fill(template, current)
    return text


def subject(leads: tuple[str, ...], name: str) -> str:
    """Return '<lead> – <name>' within the subject cap, room kept for a later 'Re: '.

    `leads` go from longest to shortest: a long name takes a shorter lead first, and is
    itself shortened to its first and last words only when even the shortest lead is too long.
    """
    limit = MAX_SUBJECT_CHARS - len("Re: ")
    for lead in leads:
        if len(full := f"{lead} – {name}") <= limit:
            return full
    words = name.split()
    short = f"{leads[-1]} – {words[0]} {words[-1]}" if len(words) > 1 else f"{leads[-1]} – {name}"
    return short[:limit].rstrip()


@lru_cache(maxsize=256)
def address(name: str, email: str) -> str:
    """Format a display address with RFC 5322 quoting (cached: the parser behind it is slow)."""
    from email.headerregistry import Address

    return str(Address(display_name=name, addr_spec=email))
