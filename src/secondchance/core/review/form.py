"""Rules for the form of the message: no template leftovers, a real subject (method step 3)."""

from __future__ import annotations

from collections.abc import Iterator

from secondchance.core.review import lexicon as lx
from secondchance.core.review.draft import Draft, Span
from secondchance.core.review.rules import Rule, Severity


def _placeholders(draft: Draft) -> Iterator[Span]:
    # The subject line can carry one too, so the check starts at the top of the text; it
    # stops where the body does, before any pasted history.
    if lx.MAYBE_PLACEHOLDER.search(draft.text, 0, draft.body_end) is None:
        return
    for match in lx.PLACEHOLDER.finditer(draft.text, 0, draft.body_end):
        yield match.span()


def _blank_subject(draft: Draft) -> Iterator[Span]:
    if draft.subject is not None and not draft.subject.strip():
        yield 0, draft.text.find("\n") if "\n" in draft.text else len(draft.text)


PLACEHOLDER = Rule(
    code="PLACEHOLDER",
    title="A placeholder is still in the text",
    severity=Severity.ERROR,
    message="A template placeholder is still in the text.",
    match=_placeholders,
    suggestion="Replace it with the real name, company or detail.",
    source="Article, sample email: its bracketed fields must all be filled before sending.",
    examples_fail=(
        "Dear [Interviewer's Name], I am sorry.",
        "I remain keen on the role at {Company}.",
        "Dear <Interviewer>, apologies.",
        "My number is XXXX.",
        "Best regards, Your Name",
        "I am sorry I missed our interview at XX:XX on DD/MM.",
        # A slot left in capitals, alone (round 13).
        "So that is settled for Friday, June XX, at the Leeds office.",
        "Hello RECRUITER, sorry for the mix-up over Monday.",
        "I remain keen on the analyst post at COMPANY.",
    ),
    examples_pass=(
        "Dear Dana, I am sorry. You can reach me at <dana@example.com>.",
        "Could we meet at 10:00 on 12/03, or at 14:30 on the 14th?",
        "I remain keen on the role at Acme [UK] Ltd.",
        "I ran the NHS DATA team and the CRM ROLLOUT in my last post.",
        "I am keen on the Role of Deputy Head and can come on the 20th.",
    ),
)

NO_SUBJECT = Rule(
    code="NO_SUBJECT",
    title="No subject line",
    severity=Severity.ERROR,
    message="The email's subject is blank. A clear subject gets it opened.",
    match=_blank_subject,
    suggestion="Apologies for missing our interview – followed by your full name",
    source="Article, sample email: the subject names the apology and the sender.",
    channels=("email",),
    examples_fail=("Subject:\n\nDear Sam, I am sorry.", "Subject:   \r\nDear Sam, I am sorry."),
    examples_pass=(
        "Subject: Apologies for missing our interview – Lee Park\n\nDear Sam, I am sorry.",
        "Dear Sam, I am sorry.",
    ),
)

RULES = (PLACEHOLDER, NO_SUBJECT)
