"""The case's fields, listed once: the CLI flags, the web form and the wizard all come from here.

Each field names its place in the case document, what people call it, a short hint, its CLI
flag and its kind. The kind decides how it is asked: a text box of the right type, a choice,
a yes/no switch, or a free-text note.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any, Literal

from secondchance.core.message_types import TONES

FieldKind = Literal[
    "name", "line", "when", "zone", "reason", "choice", "email", "tel", "url", "country",
    "switch", "note", "minutes",
]  # fmt: skip


@dataclass(frozen=True, slots=True)
class CaseField:
    """One field of the case, as every front end presents it."""

    path: str  # the dotted path in the case document
    label: str
    hint: str
    flag: str
    kind: FieldKind
    required: bool = False
    choices: tuple[tuple[str, str], ...] = ()  # (value, label) for kind "choice"
    needs: str | None = None  # asked only once this other field has a value
    needs_value: str | None = None  # ... and only when it has this one
    up_front: bool = False  # optional, yet shown with the required questions
    ahead: bool = False  # asked only when the kit is written before the interview's start
    # (value, path): a choice offered only once that other field has a value
    choice_needs: tuple[tuple[str, str], ...] = ()

    def choices_for(self, answers: Mapping[str, Any]) -> tuple[tuple[str, str], ...]:
        """Return the choices that make sense given the answers so far."""
        needs = dict(self.choice_needs)
        return tuple(
            (value, label)
            for value, label in self.choices
            if value not in needs or answers.get(needs[value])
        )

    @property
    def optional_choice(self) -> bool:
        """Whether a choice may be left unanswered (its first value is "")."""
        return self.kind == "choice" and bool(self.choices) and self.choices[0][0] == ""

    @property
    def first(self) -> bool:
        """Whether the field belongs with the first questions, not the optional details."""
        return self.required or self.up_front


CASE_FIELDS: tuple[CaseField, ...] = (
    CaseField(
        "candidate.name", "Your name", "As you sign your emails.", "--candidate", "name", True
    ),
    CaseField(
        "interviewer.name",
        "The interviewer's name",
        "As they sign theirs.",
        "--interviewer",
        "name",
        True,
    ),
    CaseField(
        "company", "The company", "The employer you were meeting.", "--company", "line", True
    ),
    CaseField("role", "The role", "The job title, as advertised.", "--role", "line", True),
    CaseField(
        "interview.start",
        "When the interview was",
        "Its local wall time, YYYY-MM-DDTHH:MM.",
        "--start",
        "when",
        True,
    ),
    CaseField(
        "interview.timezone",
        "Its time zone",
        "An IANA zone such as America/New_York.",
        "--timezone",
        "zone",
        True,
    ),
    CaseField(
        "candidate.timezone",
        "Your time zone",
        "Where you are now, if not the interview's zone.",
        "--candidate-timezone",
        "zone",
        up_front=True,
    ),
    CaseField(
        "reason",
        "What happened",
        'Choose the honest one; "prefer not to say" is fine.',
        "--reason",
        "reason",
        True,
    ),
    CaseField(
        "candidate.email", "Your email", "Replies come back here.", "--candidate-email", "email"
    ),
    CaseField(
        "candidate.phone",
        "Your phone",
        "With its country code, e.g. +44 20 7946 0958.",
        "--candidate-phone",
        "tel",
    ),
    CaseField(
        "interviewer.email",
        "The interviewer's email",
        "Where the apology goes.",
        "--interviewer-email",
        "email",
    ),
    CaseField(
        "interviewer.phone",
        "The interviewer's phone",
        "With its country code, for the call.",
        "--interviewer-phone",
        "tel",
    ),
    CaseField(
        "interviewer.address_as",
        "How do you address the interviewer?",
        "The name you would greet them by, e.g. Sarah, Dr Okafor, Ms Lee. Left empty, calls"
        " and warm notes use their first name, and formal letters their full name.",
        "--interviewer-address-as",
        "name",
    ),
    CaseField(
        "interviewer.timezone",
        "The interviewer's time zone",
        "If not the interview's zone.",
        "--interviewer-timezone",
        "zone",
    ),
    CaseField(
        "interviewer.country",
        "The interviewer's country",
        "Two letters, e.g. US; for public holidays.",
        "--interviewer-country",
        "country",
    ),
    CaseField(
        "recruiter.name",
        "The recruiter who arranged it",
        "If there was one.",
        "--recruiter",
        "name",
    ),
    CaseField(
        "recruiter.address_as",
        "How do you address the recruiter?",
        "The name you would greet them by, e.g. Priya or Mr Adeyemi. Left empty, as for the"
        " interviewer.",
        "--recruiter-address-as",
        "name",
        needs="recruiter.name",
    ),
    CaseField(
        "recruiter.email",
        "The recruiter's email",
        "Copied on the apology.",
        "--recruiter-email",
        "email",
        needs="recruiter.name",
    ),
    CaseField(
        "recruiter.phone",
        "The recruiter's phone",
        "Called when the interviewer has no phone.",
        "--recruiter-phone",
        "tel",
        needs="recruiter.name",
    ),
    CaseField(
        "interview.format",
        "Format",
        "How the interview was to be held.",
        "--format",
        "choice",
        choices=(("video", "Video"), ("phone", "Phone"), ("onsite", "On site")),
    ),
    CaseField(
        "tone",
        "Tone",
        "Formal suits most first contacts.",
        "--tone",
        "choice",
        choices=tuple((tone, tone.title()) for tone in TONES),
    ),
    CaseField(
        "candidate.portfolio_url",
        "Portfolio link",
        "A page of your work.",
        "--portfolio-url",
        "url",
    ),
    CaseField(
        "candidate.linkedin_url", "LinkedIn link", "Your public profile.", "--linkedin-url", "url"
    ),
    CaseField(
        "offers.case_study_url",
        "A case study to offer",
        "A link to one piece of relevant work.",
        "--case-study-url",
        "url",
    ),
    CaseField(
        "drawn_to",
        "What draws you to the role",
        'A short phrase that ends "What draws me to it is ...", e.g. "the move into payments'
        ' infrastructure".',
        "--drawn-to",
        "line",
    ),
    CaseField(
        "attend",
        "Can you still take part?",
        "Only when you are writing before the start: the messages then say so plainly.",
        "--attend",
        "choice",
        choices=(
            ("", "Not answered"),
            ("late", "Yes, but late"),
            ("another_way", "Yes, by phone or video instead"),
            ("no", "No, not today"),
        ),
        ahead=True,
    ),
    CaseField(
        "late_minutes",
        "About how many minutes late?",
        'A whole number, e.g. 20; only with "Yes, but late".',
        "--late-minutes",
        "minutes",
        needs="attend",
        needs_value="late",
        ahead=True,
    ),
    CaseField(
        "contact",
        "Whom you have reached so far",
        "The follow-up email then speaks of that call truthfully.",
        "--contact",
        "choice",
        choices=(
            ("none", "Nobody yet"),
            ("interviewer", "I spoke to the interviewer"),
            ("recruiter", "I spoke to the recruiter"),
            ("voicemail", "I left a voicemail"),
        ),
        # Reaching a recruiter nobody named would leave the letters naming nobody.
        choice_needs=(("recruiter", "recruiter.name"),),
    ),
    CaseField(
        "offers.reference",
        "Offer references",
        "Say that references are ready.",
        "--offer-reference",
        "switch",
    ),
    CaseField(
        "offers.portfolio",
        "Offer my portfolio",
        "Offer to send your portfolio.",
        "--offer-portfolio",
        "switch",
    ),
    CaseField(
        "note",
        "Private note",
        "For you only; it never goes into a message.",
        "--note",
        "note",
    ),
)

FIELDS_BY_PATH = {field.path: field for field in CASE_FIELDS}
REQUIRED_FIELDS = tuple(field for field in CASE_FIELDS if field.required)
DETAIL_FIELDS = tuple(field for field in CASE_FIELDS if not field.first)
