"""Compose the recovery kit, and the replies to an interviewer's answer, from one case.

`situation` reads the moment once; `phrasebook` holds every word as whole messages; `kit`
and `replies` choose and fill them; `fit` keeps each inside its cap.
"""

from secondchance.core.compose.fit import spoken_words
from secondchance.core.compose.kit import REVIEW_TYPE, compose_kit
from secondchance.core.compose.model import Kit, Message
from secondchance.core.compose.replies import ReplyKind, compose_reply_message
from secondchance.core.compose.situation import Situation, describe_day, format_when
from secondchance.core.limits import (
    MAX_EMAIL_WORDS,
    MAX_SHORT_MESSAGE_WORDS,
    MAX_SUBJECT_CHARS,
    MAX_VOICEMAIL_WORDS,
)
from secondchance.core.message_types import Channel, MessageId

__all__ = [
    "MAX_EMAIL_WORDS",
    "MAX_SHORT_MESSAGE_WORDS",
    "MAX_SUBJECT_CHARS",
    "MAX_VOICEMAIL_WORDS",
    "REVIEW_TYPE",
    "Channel",
    "Kit",
    "Message",
    "MessageId",
    "ReplyKind",
    "Situation",
    "compose_kit",
    "compose_reply_message",
    "describe_day",
    "format_when",
    "spoken_words",
]
