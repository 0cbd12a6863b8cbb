"""The kit page's order: each message under the plan step that uses it, the step for now first.

The kit used to list its messages in a fixed order, so the call script led while the plan said
to email first (#20). The plan decides; what no step uses comes last.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from secondchance.core.plan import Plan

# Messages that go with a step's own message: the voicemail if the call is not answered, the
# follow-up email after it; the short note where email is slow to be read.
COMPANIONS = {
    "call_script": ("voicemail", "call_follow_up_email"),
    "apology_email": ("short_message",),
}


# Messages for an answer from the interviewer, which no step of the plan can date.
REPLIES = ("decline_reply", "reschedule_confirmation")


@dataclass(frozen=True, slots=True)
class KitStep:
    """One step of the plan on the kit page, with the messages it uses."""

    title: str
    due: datetime | None  # None for the replies kept for later
    message_ids: tuple[str, ...]


def kit_steps(plan: Plan, message_ids: list[str]) -> list[KitStep]:
    """Group the kit's messages by the plan step that uses them, in the plan's order.

    Messages no step uses come last: the replies for when they answer, then the others.
    """
    left = list(message_ids)
    steps = []
    for action in plan.actions:
        if action.message_id not in left:
            continue
        own = (action.message_id, *COMPANIONS.get(action.message_id, ()))
        used = tuple(message for message in own if message in left)
        left = [message for message in left if message not in used]
        steps.append(KitStep(action.title, action.due, used))
    replies = tuple(message for message in left if message in REPLIES)
    others = tuple(message for message in left if message not in REPLIES)
    if replies:
        steps.append(KitStep("If they answer", None, replies))
    if others:
        steps.append(KitStep("The other messages", None, others))
    return steps
