"""The sender's own words in a reply: quoted history, signatures and footers set aside.

The reviewer's reader (`Draft.parse`) already finds where a pasted message's own text ends:
Gmail's "On ... wrote:", Outlook's header block, "-- ", a closing run of '>' lines and a legal
footer. A reply needs two more things set aside, because dates in them are never proposals
(issue 18): '>' lines quoted in the middle of the text, and the history markers of mail
clients in other languages and on phones.
"""

from __future__ import annotations

import re

from secondchance.core.owntext import own_text_span, straighten

# Where history or boilerplate starts, beyond what the reviewer's reader knows.
_MORE_HISTORY = re.compile(
    r"^[ \t]*(?:(?:le|am|el|il|op|em)\b[^\n]{0,200}?"
    r"(?:a écrit|schrieb|escribió|ha scritto|schreef|escreveu)[^\n]{0,40}:[ \t]*$"
    # "Zoe wrote on 13/01/2026 09:00:", "---- On Tue, ... wrote ----" (Zoho)
    # (with a date or an address in it, unlike "As I wrote yesterday:")
    # ("Ana <ana@x.pt> schrieb am Di., 20. Okt. 2026, 10:37:", in other languages too)
    r"|(?=[^\n]*[\d@])-*[ \t]*[^\n]{0,200}(?:\b(?:wrote|writes|schrieb|escribió|escreveu"
    r"|schreef|skrev|napisał|kirjoitti)\b|a écrit|ha scritto)[^\n]{0,80}(?::|-{2,})[ \t]*$"
    r"|begin forwarded message:"
    r"|-{2,}[ \t]*(?:original|forwarded|reply|ursprüngliche|message d'origine|mensaje original)"
    r"[ \t]*(?:message|nachricht)?[ \t]*-{2,}"
    r"|original message[ \t]*$"
    # Outlook's header block in any language, its labels bold ("*From:*") or spaced ("De :").
    r"|\*{0,2}(?:from|de|von|van|da|od|fra|från)\*{0,2}[ \t]?:\*{0,2}[^\n]*\n(?:[^\n]*\n){0,3}?"
    r"[ \t]*\*{0,2}(?:sent|date|envoyé|gesendet|enviado(?: el)?|inviato|datum|data|verzonden"
    r"|skickat|sendt|wysłano|odesláno|lähetetty|fecha)\*{0,2}[ \t]?:"
    # A line that is only a name and its address, dated on it or on the next line (Lotus Notes,
    # pasted headers): "Ama Owusu <ama@example.com>\n01/14/2026 06:02 PM".
    r"|[\w .,'-]{1,60}<[^\s<>@]+@[^\s<>]+>[ \t,]*(?:\n[ \t]*)?[^\n]{0,30}\b20\d\d\b[^\n]*$"
    r"|sent from my \w+"
    r"|sent from outlook"
    r"|get outlook for \w+)",
    re.IGNORECASE | re.MULTILINE,
)
# A closing line on its own ("Best,", "Kind regards", "Thanks!", "Cheers"): what follows it is
# the name and signature block, where office hours, phone numbers and addresses live.
_SIGN_OFF = re.compile(
    r"^[ \t]*(?:(?:best|kind|warm|warmest|many|with kind|all the)(?: \w+)?[ \t]*(?:regards|wishes"
    r"|thanks|best)?|regards|thanks|thank you|many thanks|cheers|sincerely|cordially|talk soon"
    r"|speak soon|yours(?: \w+)?|cordialement|bien à vous|saludos|un saludo|atentamente"
    r"|(?:beste|viele|freundliche) grüße|mit freundlichen grüßen|abraços|atenciosamente"
    r"|met vriendelijke groet(?:en)?|distinti saluti|cordiali saluti)[ \t]*[,.!]?[ \t]*$",
    re.IGNORECASE | re.MULTILINE,
)
# A signature block starts with a name and is short and asks nothing.
_NAME_LINE = re.compile(r"[^\d.?!:]{1,60}")
_MAX_SIGNATURE_LINES = 15
_QUOTED_LINE = re.compile(r"^[ \t]*>[^\n]*$", re.MULTILINE)
MAX_REPLY_CHARS = 100_000


def own_words(text: str) -> str:
    """Return the part of `text` its sender wrote: no quoted history, footer or signature line.

    Quoted '>' lines in the middle are blanked rather than removed, so sentences on either
    side of them stay apart.
    """
    # Phones and word processors curl apostrophes ("won’t", "I’ve"): every cue is written straight.
    text = straighten(text[:MAX_REPLY_CHARS]).replace("\r\n", "\n").replace("\r", "\n")
    start, end = own_text_span(text)
    own = text[start:end]
    cut = _MORE_HISTORY.search(own)
    if cut and own[: cut.start()].strip():
        own = own[: cut.start()]
    return _without_signature(_QUOTED_LINE.sub("", own).strip())


def _without_signature(own: str) -> str:
    """Drop the block after the last closing line, when it is short and asks nothing.

    The closing line itself stays: "Thanks!" can be all a terse reply says.
    """
    for match in reversed(list(_SIGN_OFF.finditer(own))):
        block = own[match.end() :]
        lines = [line for line in block.splitlines() if line.strip()]
        if (
            own[: match.start()].strip()
            and lines
            and _NAME_LINE.fullmatch(lines[0].strip())
            and "?" not in block
            and len(lines) <= _MAX_SIGNATURE_LINES
        ):
            return own[: match.end()].rstrip()
    return own
