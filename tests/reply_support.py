"""What the reply-reader tests share: a reader with a fixed send time, and the times it finds."""

from datetime import datetime
from zoneinfo import ZoneInfo

from secondchance.core.reply import read_reply

NY = ZoneInfo("America/New_York")
LONDON = ZoneInfo("Europe/London")
SENT = datetime(2026, 1, 15, 14, 0, tzinfo=NY)


def read(text, sender=NY, candidate=LONDON, sent=SENT):
    """Read `text` as a reply from `sender` to `candidate`, sent at `sent` on the sender's clock."""
    return read_reply(
        text, sent=sent.astimezone(sender), sender_zone=sender, candidate_zone=candidate
    )


def at(month, day, hour, minute=0, zone=NY):
    """Return that wall time of 2026 in `zone`."""
    return datetime(2026, month, day, hour, minute, tzinfo=zone)


def starts(reading):
    """Return the start of each time the reading found, in order."""
    return [t.start for t in reading.times]
