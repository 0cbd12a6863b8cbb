"""Read an interviewer's reply: what kind of answer it is, and which times it offers (issue 18).

`read_reply` is pure: the send time and both zones come in as arguments. It reads only the
sender's own words (see `reading`), so a date in quoted history or a signature is never taken
for a proposal, and it never invents a time that the words do not name.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from datetime import date, datetime
from typing import Annotated
from zoneinfo import ZoneInfo

from pydantic import BaseModel, ConfigDict, PlainSerializer

from secondchance.core.reply.kinds import REPLY_KINDS, ReplyKind, agrees, classify
from secondchance.core.reply.reading import own_words
from secondchance.core.reply.sentences import closed_spans, split
from secondchance.core.reply.times import MAX_READ_CHARS, Context, find_dates, find_times

__all__ = ["REPLY_KINDS", "FoundReply", "OfferedTime", "ReplyKind", "ReplyReading", "read_reply"]

Instant = Annotated[datetime, PlainSerializer(lambda moment: moment.isoformat(), return_type=str)]
# Words after which an absence notice names the day its writer is back.
_RETURN_CUE = re.compile(
    r"\b(?:back|return(?:ing)?|returns|in the office|reachable|available again|reopen(?:s|ing)?"
    # "we will reply to your e-mail from January 4", "answering messages again on the 6th"
    r"|(?:repl(?:y|ies|ying)|respond(?:ing)?|answer(?:ing)?)(?: to)?(?: your| all)?"
    r" (?:e-?mails?|messages?|enquir(?:y|ies)|inquir(?:y|ies))(?: again)? (?:from|on|after"
    r"|as of))\b",
    re.IGNORECASE,
)
_UNTIL_CUE = re.compile(
    r"\b(?:until|till|through|thru|to|hasta|bis|jusqu|ab|à partir d[eu]|a partir de|desde)\b",
    re.IGNORECASE,
)


class OfferedTime(BaseModel):
    """A time the reply offers: its start (and end, for a range) and the words it came from."""

    model_config = ConfigDict(frozen=True)

    start: Instant
    end: Instant | None = None
    text: str


class FoundReply(BaseModel):
    """A reply found in the mailbox and matched to a case (its text is stored beside it)."""

    model_config = ConfigDict(frozen=True)

    id: int | None = None
    case_id: int
    mailbox: str
    uidvalidity: int
    uid: int
    rfc_message_id: str | None
    sender: str
    subject: str
    received_at: Instant


class ReplyReading(BaseModel):
    """What a reply says: its kind, the times it offers, and an absence notice's return date."""

    model_config = ConfigDict(frozen=True)

    kind: ReplyKind
    times: tuple[OfferedTime, ...]
    return_date: date | None
    own_words: str


def read_reply(
    text: str,
    *,
    sent: datetime,
    sender_zone: ZoneInfo,
    candidate_zone: ZoneInfo | None = None,
    headers: Mapping[str, str] | None = None,
) -> ReplyReading:
    """Read a reply sent at the aware time `sent` by someone in `sender_zone`.

    Times with no zone word are the sender's; "your time" is `candidate_zone` (the sender's
    when unknown). An automatic reply offers no times, only the day its writer is back.
    """
    own = own_words(text)
    context = Context(sent=sent, sender=sender_zone, candidate=candidate_zone or sender_zone)
    # The clauses are read as far as the times are: that bounds the work for any input.
    head = own[:MAX_READ_CHARS]
    clauses = split(head)
    agreed = agrees(clauses)
    closed = closed_spans(head, clauses, agrees=agreed)
    found = find_times(own, context, closed, [clause.start for clause in clauses])
    kind = classify(clauses, headers=headers or {}, offered=len(found), agreed=agreed)
    if kind == "auto_reply":
        return ReplyReading(
            kind=kind, times=(), return_date=_return_date(own, context), own_words=own
        )
    # A decline, a question or "let me check" offers nothing, whatever dates it mentions.
    offering = kind in ("proposes_times", "confirms", "other")
    times = tuple(OfferedTime(start=t.start, end=t.end, text=t.text) for t in found if offering)
    return ReplyReading(kind=kind, times=times, return_date=None, own_words=own)


def _return_date(own: str, context: Context) -> date | None:
    """Return the first day named after "back"/"return", else after "until" (or None)."""
    dates = [(at, day) for at, day in find_dates(own, context) if day >= context.today]
    for cue in (_RETURN_CUE, _UNTIL_CUE):
        for match in cue.finditer(own):
            after = [day for at, day in dates if 0 <= at - match.end() <= 40]
            if after:
                return after[0]
    return None
