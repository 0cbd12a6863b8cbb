"""The sender's own words in a reply: quoted history, signatures and footers set aside.

The reviewer's reader (`Draft.parse`) already finds where a pasted message's own text ends:
Gmail's "On ... wrote:", Outlook's header block, "-- ", a closing run of '>' lines and a legal
footer. A reply needs two more things set aside, because dates in them are never proposals
(issue 18): '>' lines quoted in the middle of the text, and the history markers of mail
clients in other languages and on phones.
"""

from __future__ import annotations

import re

from secondchance.core.owntext import own_text_span

# Where history or boilerplate starts, beyond what the reviewer's reader knows.
_MORE_HISTORY = re.compile(
    r"^[ \t]*(?:(?:le|am|el|il|op|em)\b[^\n]{0,200}?"
    r"(?:a écrit|schrieb|escribió|ha scritto|schreef|escreveu)[^\n]{0,40}:[ \t]*$"
    r"|begin forwarded message:"
    r"|-{2,}[ \t]*(?:original|forwarded|reply) message[ \t]*-{2,}"
    r"|(?:from|de|von|van):[^\n]*\n(?:[^\n]*\n){0,3}?"
    r"[ \t]*(?:sent|date|envoyé|gesendet|enviado)\s*:"
    r"|sent from my \w+"
    r"|get outlook for \w+)",
    re.IGNORECASE | re.MULTILINE,
)
_QUOTED_LINE = re.compile(r"^[ \t]*>[^\n]*$", re.MULTILINE)
MAX_REPLY_CHARS = 100_000


def own_words(text: str) -> str:
    """Return the part of `text` its sender wrote: no quoted history, footer or signature line.

    Quoted '>' lines in the middle are blanked rather than removed, so sentences on either
    side of them stay apart.
    """
    text = text[:MAX_REPLY_CHARS].replace("\r\n", "\n").replace("\r", "\n")
    start, end = own_text_span(text)
    own = text[start:end]
    cut = _MORE_HISTORY.search(own)
    if cut and own[: cut.start()].strip():
        own = own[: cut.start()]
    return _QUOTED_LINE.sub("", own).strip()
