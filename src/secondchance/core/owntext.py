"""Where a pasted message's own text is: after a header block, before history and footers.

Shared by the reviewer (`Draft.parse`) and the reply reader, which needs nothing else of the
reviewer: kept apart so that reading a reply does not load the reviewer's lexicon.
"""

from __future__ import annotations

import re

Span = tuple[int, int]
_SUBJECT_LINE = re.compile(r"[ \t]*subject[ \t]*:[ \t]*(?P<subject>[^\r\n]*)", re.IGNORECASE)
_HEADER_LINE = re.compile(r"[ \t]*(?:to|cc|bcc|from|date)[ \t]*:[^\r\n]*", re.IGNORECASE)
# Where a pasted reply's history begins: Gmail and Apple Mail's "On ... wrote:" (sometimes
# wrapped over two lines), Outlook's "Original Message" rule or its From:/Sent: block, or the
# signature delimiter "-- ". The writer did not write what follows, or it is not the message.
_HISTORY = re.compile(
    r"^[ \t]*(?:on\b[^\n]{0,200}?(?:\n[^\n]{0,200}?)?\bwrote:[ \t]*$"
    r"|-{2,}[ \t]*(?:original|forwarded) message[ \t]*-{2,}"
    r"|_{10,}[ \t]*$"
    r"|from:[^\n]*\n[ \t]*(?:sent|date):"
    r"|-- ?$)",
    re.MULTILINE,
)
# A mail client's legal footer: a paragraph with at least two of these is not the message.
_FOOTER_CUE = re.compile(
    r"confidential|privileged|intended (?:solely |only )?for|in error|notify the sender|"
    r"unauthori[sz]ed|disclaimer|do not (?:print|read|copy)|virus"
)
_PARAGRAPH_BREAK = re.compile(r"\n[ \t]*\n")

# Curly quotes made straight; str.replace per pair is several times faster than translate.
_CURLY = (("\u2019", "'"), ("\u2018", "'"), ("\u02bc", "'"), ("\u201c", '"'), ("\u201d", '"'))
_SPACES = re.compile("[\u00a0\u2007\u2009\u202f]")


def straighten(text: str) -> str:
    """Straighten the quotes and odd spaces of `text`, keeping every offset."""
    if not text.isascii():
        for curly, straight in _CURLY:
            if curly in text:
                text = text.replace(curly, straight)
        text = _SPACES.sub(" ", text)
    return text


def fold(text: str) -> str:
    """Lower-case `text` and straighten its quotes and odd spaces, keeping every offset."""
    text = straighten(text)
    lowered = text.lower()
    if len(lowered) == len(text):
        return lowered
    # A few characters (such as U+0130) lower-case to two; those are kept as they are.
    return "".join(low if len(low := char.lower()) == 1 else char for char in text)


def own_text_span(text: str) -> Span:
    """Return the span of the text its writer wrote: after a header block, before history.

    The same reading `Draft.parse` makes, for readers of other kinds of text (a reply).
    """
    folded = fold(text)
    start, _ = header_block(folded)
    return start, own_text_end(folded, start, len(text.rstrip()))


def own_text_end(folded: str, start: int, end: int) -> int:
    """Return where the writer's own text ends: before pasted history, quotes or a footer.

    Nothing is cut when it would leave no text of the writer's before it.
    """
    cut = min(_history_start(folded, start, end), _quoted_tail_start(folded, start, end))
    cut = min(cut, _footer_start(folded, start, cut))
    own = folded[start:cut].rstrip()
    return start + len(own) if own.strip() else end


def _history_start(folded: str, start: int, end: int) -> int:
    for match in _HISTORY.finditer(folded, start, end):
        if folded[start : match.start()].strip():
            return match.start()
    return end


def _quoted_tail_start(folded: str, start: int, end: int) -> int:
    """Return where a closing run of quoted ('>') and blank lines begins (`end` if none)."""
    position, quoted = end, False
    while position > start:
        line_start = max(folded.rfind("\n", start, position), start - 1) + 1
        line = folded[line_start:position].strip()
        if line and not line.startswith(">"):
            break
        quoted = quoted or bool(line)
        position = max(line_start - 1, start)
    return position if quoted else end


def _footer_start(folded: str, start: int, end: int) -> int:
    """Return where a legal footer paragraph begins (`end` if there is none)."""
    paragraph = start
    for match in [*_PARAGRAPH_BREAK.finditer(folded, start, end), None]:
        stop = match.start() if match else end
        cues = {cue.group() for cue in _FOOTER_CUE.finditer(folded, paragraph, stop)}
        if len(cues) >= 2 and folded[start:paragraph].strip():
            return paragraph
        if match:
            paragraph = match.end()
    return end


def header_block(folded: str) -> tuple[int, Span | None]:
    """Return where the body starts and the subject's span, if the text opens with headers."""
    position, subject, in_headers = 0, None, False
    for line in folded.splitlines(keepends=True):
        content = line.rstrip("\r\n")
        subject_match = _SUBJECT_LINE.fullmatch(content)
        if subject_match and subject is None:
            subject, in_headers = subject_match.span("subject"), True
            subject = (position + subject[0], position + subject[1])
        elif _HEADER_LINE.fullmatch(content) or (not content.strip() and not in_headers):
            in_headers = in_headers or bool(content.strip())
        else:
            break
        position += len(line)
    return (position if in_headers else 0), subject
