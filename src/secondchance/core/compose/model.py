"""The kit's values: one message, and the whole kit for a case."""

from __future__ import annotations

from pydantic import BaseModel, ConfigDict, computed_field

from secondchance.core.intake import Case
from secondchance.core.message_types import Channel, MessageId, MessageType
from secondchance.core.text import count_words


class Message(BaseModel):
    """One ready-to-use message; `body` excludes the signature, which is kept apart.

    `send_when` tells the user when the message is meant to be used, in the plan's words.
    """

    model_config = ConfigDict(frozen=True)

    channel: Channel
    subject: str | None
    body: str
    signature: str | None = None
    to: tuple[str, ...] = ()
    cc: tuple[str, ...] = ()
    # The kind of message, for the reviewer; None for the call script, an outline to speak from.
    message_type: MessageType | None = None
    send_when: str | None = None

    @computed_field  # type: ignore[prop-decorator]
    @property
    def words(self) -> int:
        """Count the body's words: derived, so a copy with a new body can never disagree."""
        return count_words(self.body)

    @property
    def full_text(self) -> str:
        """Return the body followed by the signature, as it would be sent."""
        return f"{self.body}\n{self.signature}" if self.signature else self.body


class Kit(BaseModel):
    """The whole recovery kit for one case, its messages in the order of the conversation."""

    model_config = ConfigDict(frozen=True)

    case: Case
    messages: dict[MessageId, Message]
    # What the user should know beside the messages: anything they chose that no message does,
    # and why (an offer of references for a senior role, a second offer), and a request for
    # what draws them to the role when the follow-ups have nothing of theirs to name.
    notes: tuple[str, ...] = ()
