"""The reason catalogue: how each cause of a missed interview is framed honestly (method step 4).

Every framing here is written to be true for anyone who picked that reason: it names the
reason at the level of detail the user gave us, and never adds a cause, a fact or a detail.
"""

from __future__ import annotations

from dataclasses import dataclass

# The words each reason's sentences take from the interview's format, one row per format:
# `details` names what was wrong (never an address for a video call), `join` what was missed,
# `on_time` how to be punctual (a journey only on site), `backup` what would have saved a
# technical failure (on site its detail is unknown, so none is named), `tech_promise` the
# matching commitment.
_BY_FORMAT: dict[str, dict[str, str]] = {
    "video": {
        "details": "link for the call",
        "join": "joining the call",
        "on_time": "be set up and waiting well before the start",
        "backup": "I should have had a backup ready",
        "tech_promise": "test my set-up well before any new call",
    },
    "phone": {
        "details": "number for the call",
        "join": "taking the call",
        "on_time": "be somewhere quiet and ready well before the call",
        "backup": "I should have had a backup ready",
        "tech_promise": "have a spare phone charged for any new call",
    },
    "onsite": {
        "details": "address",
        "join": "being there",
        "on_time": "set off much earlier",
        "backup": "I should have allowed for it",
        "tech_promise": "make sure nothing technical can hold me up on any new date",
    },
}


@dataclass(frozen=True, slots=True)
class Reason:
    """One catalogue entry.

    `framing` is a complete sentence for a message; `spoken` is a shorter clause for calls and
    voicemail; `ahead` is the sentence for a heads-up sent before the start. They and
    `prevention` may contain `{details}`, `{join}`, `{on_time}`, `{backup}` and
    `{tech_promise}`, filled from the interview format.
    `prevention` is a commitment about the future (never a claim that something was already
    done); it is None where a promise would be out of place, or would only be an alarm, a
    calendar reminder or "I will be there", which round 12 of #16 read as juvenile. `avoid`
    lists wording that must not appear in our messages for this reason. How a person states a
    weak reason bluntly ("I overslept") is the reviewer's phrase family `blunt_<id>`, kept with
    the other families.
    `markers` are words that name this reason, so that no message can name another one.
    """

    id: str
    label: str
    forgivable: bool
    framing: str
    spoken: str
    ahead: str
    prevention: str | None
    avoid: tuple[str, ...]
    markers: tuple[str, ...]

    @property
    def excusable(self) -> bool:
        """Tell whether the cause itself is nobody's fault (a medical issue, an emergency).

        Messages then regret the disruption instead of claiming responsibility for the cause.
        """
        return self.forgivable and self.prevention is None

    def frame(self, interview_format: str) -> str:
        """Return the framing sentence for an interview of this format."""
        return _fill(self.framing, interview_format)

    def promise(self, interview_format: str) -> str | None:
        """Return the prevention sentence for an interview of this format, if there is one."""
        return _fill(self.prevention, interview_format) if self.prevention else None

    def warn(self, interview_format: str) -> str:
        """Return the heads-up sentence for an interview of this format."""
        return _fill(self.ahead, interview_format)

    def say(self, interview_format: str) -> str:
        """Return the short spoken clause for an interview of this format."""
        return _fill(self.spoken, interview_format)


def _fill(template: str, interview_format: str) -> str:
    return template.format(**_BY_FORMAT[interview_format])


REASONS: tuple[Reason, ...] = (
    Reason(
        id="overslept",
        label="Overslept",
        forgivable=False,
        framing="I slept through the start of our interview, and that is my own fault.",
        spoken="I slept through the start",
        ahead="I slept much later than I meant to, and that is my own fault.",
        prevention=None,
        avoid=("overslept", "over-slept", "slept in", "alarm"),
        markers=("slept", "asleep"),
    ),
    Reason(
        id="forgot",
        label="Forgot, or it was not in my calendar",
        forgivable=False,
        framing="I lost track of the date and had not put our interview in my calendar, which"
        " was careless of me.",
        spoken="I lost track of the date",
        ahead="I lost track of the date, and that is my own fault.",
        prevention=None,
        avoid=("forgot", "forgotten", "slipped my mind", "calendar app"),
        markers=("lost track",),
    ),
    Reason(
        id="timezone_mixup",
        label="Time-zone mix-up",
        forgivable=False,
        framing="I misread the time zone of the meeting, which was careless of me.",
        spoken="I misread the time zone of the meeting",
        ahead="I misread the time zone and planned around the wrong hour.",
        prevention="I will confirm the hour of any new time with you directly.",
        avoid=("your invite", "the invite was wrong", "daylight saving"),
        markers=("time zone",),
    ),
    Reason(
        id="double_booked",
        label="Double-booked",
        forgivable=False,
        framing="I let another commitment clash with our interview, and that was my mistake.",
        spoken="I let another commitment clash with it",
        ahead="I have let another commitment clash with our interview, which is my mistake.",
        prevention=None,
        avoid=("more important", "another interview", "something came up"),
        markers=("overlap", "conflict", "clash"),
    ),
    Reason(
        id="late_or_lost",
        label="Late or lost on the way",
        forgivable=False,
        framing="I did not allow enough time for {join} at the agreed hour.",
        spoken="I did not allow enough time for {join}",
        ahead="I did not allow enough time for {join}, and I am running late.",
        prevention="For any new date, I will {on_time}.",
        avoid=("traffic", "the train", "my train", "the bus", "sat nav", "gps"),
        markers=("enough time", "journey"),
    ),
    Reason(
        id="wrong_link_or_address",
        label="Wrong link or address",
        forgivable=False,
        framing="I was working from the wrong {details} and did not check it in time.",
        spoken="I was working from the wrong {details}",
        ahead="I was working from the wrong {details} and did not check it in time.",
        prevention="I will go over the details carefully before any new time.",
        avoid=("your link", "the link you sent", "wrong link you", "your directions"),
        markers=("working from the wrong",),
    ),
    Reason(
        id="technology_failure",
        label="Technology failure",
        forgivable=True,
        framing=("A technical failure on my side stopped me from {join}, and {backup}."),
        spoken="a technical failure on my side stopped me from {join}",
        ahead="A technical failure on my side is holding me up, and {backup}.",
        prevention="I will {tech_promise}.",
        avoid=("stupid laptop", "my internet provider", "the isp"),
        markers=("technical",),
    ),
    Reason(
        id="medical",
        label="Medical issue",
        forgivable=True,
        framing="A medical issue kept me from attending.",
        spoken="a medical issue kept me from attending",
        ahead="I have a medical issue that I need to deal with.",
        prevention=None,
        avoid=("diagnosis", "hospital", "doctor said"),
        markers=("medical",),
    ),
    Reason(
        id="emergency",
        label="Personal or family emergency",
        forgivable=True,
        framing="A personal emergency needed my full attention at the time.",
        spoken="a personal emergency needed my full attention",
        ahead="A personal emergency needs my full attention.",
        prevention=None,
        avoid=("life or death", "you would not believe"),
        markers=("emergency",),
    ),
    Reason(
        id="prefer_not_to_say",
        label="Prefer not to say",
        forgivable=False,
        framing="",
        spoken="",
        ahead="",
        prevention=None,
        avoid=(),
        markers=(),
    ),
)

REASON_IDS: tuple[str, ...] = tuple(reason.id for reason in REASONS)
_BY_ID = {reason.id: reason for reason in REASONS}


def get_reason(reason_id: str) -> Reason:
    """Return the catalogue entry for `reason_id`; raise KeyError for an unknown id."""
    return _BY_ID[reason_id]
