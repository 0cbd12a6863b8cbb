"""What the phrases of a draft mean in their sentences: the signals that several rules share.

The lexicon says what a phrase can mean; here each match is read in its sentence. An apology
that is negated, conditional, aimed elsewhere or followed by "but it was their fault" is not
one. Ownership of the late notice is not ownership of the miss. A cause is blame when
something other than the writer fails, it is tied to the miss, and the writer owns none of it,
unless a real emergency explains it. Each signal is computed once per draft and returns spans
of the normal form.
"""

from __future__ import annotations

import math
import re
from bisect import bisect_left, bisect_right
from collections.abc import Iterable

from secondchance.core.review import lexicon as lx
from secondchance.core.review.draft import Draft, Sentence, Span, merged_spans, overlaps

# --- Reading a phrase in its clause: negation, and whose words or feelings they are ---------

# A negation right before a phrase, in the same clause: "not sorry", "never available",
# "refusing to reschedule".
_NEGATED = re.compile(
    r"\b(?:not|never|no longer|no|nor|hardly|without|refus(?:e|es|ed|ing) to)"
    r"(?:\s+(?:be|so|at all|even|too|going to|about to|trying to|want to|need to|have to|able to))*"
    r"\s*$"
    r"|\b(?:nobody|no one|none) (?:from|of|at|in)\s*$"
)
# A colon in a clock time ("written 10:00 in my diary") breaks no clause.
_CLAUSE_BREAK = re.compile(r"[,;]|:(?!\d)|\bbut\b|\band\b")
# Someone else as the subject right before a phrase: "are you still [interested]", "the
# recruiter was [keen]", "she [apologised]". Their feelings and apologies are not the writer's.
_OTHER_SUBJECT = re.compile(
    r"\b(?:you|he|she|they|(?:the|your|his|her|their|[\w-]+'s) (?:[\w-]+ )?(?:recruiter|"
    r"interviewer|panel|team|manager|coordinator|colleague|assistant|receptionist|hr|ceo|"
    r"director|boss|staff|person|people|company|office))\s+"
    r"(?:(?:are|is|was|were|has|had|have|seemed|seems|looked|looks|sounded|sounds|felt|feels|"
    r"got|became|remains?|also|even|already|kindly|later|then|still|very|really|so)\s+){0,3}$"
    r"|\b(?:are|were|is|was) (?:you|they|he|she)\s+(?:still\s+)?$"
)
# The phrases whose subject comes before them: a feeling or an apology, not "the role
# is exactly the kind of work I want", whose own subject is inside it.
_SUBJECT_BEFORE = re.compile(
    r"(?:am|are|is|was|were|still|so|very|really|more|even|interested|keen|excited|enthusiastic|"
    r"eager|passionate|motivated|thrilled|delighted|committed|apologi|sorry|want|would|love|like|"
    r"hope|wish|look)"
)

# --- Apology and ownership -----------------------------------------------------------------

_BUT = re.compile(r"(?:,|;|\s)\s*but\b|\bhowever\b|\bthough\b")
_TURN_REACH = 24  # characters after "but" in which the fault must start
# "I apologise for missing the interview, but...": an apology that owns the miss in its own
# words ("for missing", "about missing") stands, whatever follows; "sorry about the interview,
# but the address was wrong" and a bare "sorry, but it was the airline's fault" are taken back.
_SAYS_WHAT_FOR = re.compile(
    r"\s*(?:(?:for|about)\s+(?:missing|not|being|having|my|standing|failing)|that\s+i)\b"
)
# "I can't apologise enough" holds a negated apology inside a stronger one.
_ENOUGH = re.compile(r"\benough$")
_AND = re.compile(r"\band\b")
# "I could have joined if the link had worked": a condition on someone else, not ownership.
_COULD_HAVE_IF = re.compile(r"\bcould\s+have\b[^.;!?]{0,40}\bif\b")
_DETERMINER_BEFORE = re.compile(r"\b(?:the|our|my|your|this|that|today's|friday's)\s+$")

# --- The reader's question -------------------------------------------------------------------

_WHAT_HAPPENED = re.compile(r"\bwhat (?:happened|went wrong)\b")


def answers_what_happened(draft: Draft) -> bool:
    """Tell a reply to the reader's "What happened?", in its subject or in so many words."""

    def compute() -> bool:
        subject = (draft.subject or "").lower()
        return bool(_WHAT_HAPPENED.search(subject)) or draft.has(lx.ASKED_WHAT_HAPPENED)

    # Blame asks it of every failure it weighs, and type detection of every draft.
    return draft.remember("answers what happened", compute)


# --- Blame ---------------------------------------------------------------------------------

# Words in the noun phrase before a failure that show it is the writer's own clause.
_NOT_A_NOUN_PHRASE = frozenset(
    "i we me myself because so and but that which as when while if to was were is are had "
    "have been be it not did do could would should will can am then also just after before "
    "since until".split()
)
# "The train I was on broke down": the train is the agent, the writer only rode in it.
_RIDDEN_BY_THE_WRITER = re.compile(lx.RIDDEN_BY_THE_WRITER + r"\s*$")
_WRITER = frozenset("i we me myself us".split())
# "n" and "&" join clauses in a text: "phone was on silent n alarm didnt ring" (batch 65).
_CLAUSE_JOINERS = frozenset("as because since so when after and but n &".split())
_BEFORE_THE_VERB = frozenset("also just then still even again simply really".split())
# A noun phrase that names a time or a mood, not an agent: "the morning was a nightmare". The
# writer's own illness is no one's fault either: "a high fever kept me in bed" (issue 17).
_MOOD_NOUNS = re.compile(
    r"\b(?:morning|day|week|weekend|night|evening|time|situation|circumstances|things|life|"
    r"schedule|diary|commute|fever|migraine|flu|illness|virus|infection|covid|sickness|nausea|"
    r"food poisoning|stomach bug|vertigo)\b"
)
# "Our interview did not go ahead", "never took place", "did not end up taking place": with the
# meeting as its subject, it tells of the miss and names no cause. The failure's span may stop
# at the verb ("never took"), so the rest is not required.
_NOT_HELD = re.compile(
    r"(?:did not|never|could not) (?:go|went|happen|happened|take|took|work out|worked out|end"
    r"|ended)\b|fell (?:through|apart)\b"
)
# The words of a turn that may open a sentence after the writer has owned the miss.
_CONCEDING = (
    r"though|although|that said|having said that|in my defen[cs]e|for what it is worth|"
    r"to be fair|in fairness|honestly|mind you"
)
# A turn that brings a cause in after the writer has owned the miss, in the same sentence: "my
# bad for leaving late, but the traffic was insane" owns the start and blames the rest.
_CONCESSION = re.compile(rf"\b(?:but|even so|admittedly|{_CONCEDING})\b")
_CONCEDES_AT = re.compile(rf"\s*(?:{_CONCEDING}|but|however)\b")
# A concession tagged on at the end: "The invitation did not say which time zone, though."
_CONCEDES_LAST = re.compile(r"\b(?:though|tho|however|mind you|to be fair)\W*$")
# A thing of the writer's: "my laptop", "our router" (a person of theirs is _PERSON).
_OWN_THING = re.compile(r"(?:my|our) ((?:[\w'-]+ ){0,2}?[\w'-]+)")
_PERSON = re.compile(
    r"(?:[\w'-]+ )*?(?:driver|flatmate|roommate|housemate|neighbou?r|childminder|babysitter|nanny|"
    r"boss|manager|colleague|assistant|partner|husband|wife|landlord|friend|cab|uber|taxi)\b"
)
# How many sentences tell a story long enough that an owned cause inside it is one of its steps.
_LONG_STORY = 3
# How many sentences before a cause a turn may open and still lead up to it.
_TURN_SENTENCES = 2
_READER = re.compile(
    r"\b(?:you|your|yours|recruiter|receptionist|reception|front desk|security desk|hr|"
    r"coordinator)\b"
)
# "..., though I should have arrived earlier anyway", "your invite said Eastern time, but I
# should have checked": ownership granted in passing, after the reader's side has been given
# the fault. Outside readers still read that as blame (issue 17).
_IN_PASSING = re.compile(r"(?:but|though|although|even though|even so)\b")
# A clause of time that sets a cause as the scene of the writer's own slip (batch 105).
_SETTING = re.compile(r"\b(?:after|when|once|while)\b")

# --- New time --------------------------------------------------------------------------------

_MEETING_NOUN = re.compile(r"(?:interview|call|chat|meeting|conversation)s?\b")
_ATTENDING = re.compile(r"make\s+(?:it\s+to\s+)?(?:the|our|my)\s+(?:interview|call|meeting)\b")
# "The interview at a later date", "the call again": a new meeting, not the missed one.
_LOOKS_AHEAD = re.compile(r"\b(?:again|later|another|new|soon|whenever|any ?time|convenience)\b")
# "I was available all day yesterday", "the bus was running ten minutes late": an account of
# the past, not an offer. Anchored at the phrase, unlike _PAST_BEFORE, which reads a whole
# clause before a time.
_PAST_BEFORE_OFFER = re.compile(
    r"\b(?:i|we) (?:was|were|had been)\s+$"
    r"|\b(?:was|were|had been)\s+(?:running\s+)?(?:about\s+|around\s+|nearly\s+|almost\s+)?$"
)
# "You were already in another meeting": the reader busy, not a new time (batch 65).
_BUSY_ELSEWHERE = re.compile(r"\b(?:in|into|from)\s+another\s+(?:meeting|call|interview)\b")
# "I should have blocked the time": a regret, not "could we have another time".
_HAVE_DONE = re.compile(
    r"have\s+(?:\w+ed|been|done|made|taken|given|sent|got|gotten|put|set|kept|found|left|held|"
    r"told)\b"
)
_AUXILIARY_BEFORE = re.compile(r"\b(?:should|could|would|must|might|may|i|we)\s+$")
# "A folder I had set up a few weeks ago": a time in the past, not one offered (issue 17).
_AGO = re.compile(r"\s+ago\b")
# "I have to cancel my interview" calls a meeting off; it offers no time (batch 15, #17).
_CANCELS = re.compile(r"\bcancel")
# "I'll be there as soon as I can" names no arrival time, and outside authors (batches d3, 4
# and 10) hold a heads-up that says only that to lack one; a clock time or a number of minutes
# later in the sentence still gives it. So do "as soon as I possibly can" and "once they have
# sorted out their list" (batch 33): spaces stand for any run, as a blanked intensifier leaves.
_VAGUE_ARRIVAL = re.compile(
    r"\s+(?:(?:up|in|down|over)\s+)?(?:as\s+(?:soon|quickly|fast)\s+as\s+(?:i\s+(?:\w+\s+)?can|i\s+am\s+able"
    r"|possible|humanly\s+possible)|when\s+i\s+can|asap|shortly|once)\b(?![^.!?\n]*\d)"
)
# "No way to get there in time" is about being punctual; it asks for no time (round 13, #17).
_PUNCTUAL = re.compile(r"\b(?:in|on) time$")
# "My sister asked me to help her move flat on Tuesday": someone else's plans, not an offer.
_SOMEONE_ELSES_ACT = re.compile(r"\b(?:help|helped|helping|let|letting) (?:her|him|them)\s+$")
# "Most organisations would have given a candidate a second chance": what other employers do,
# held up to the reader, asks for nothing (batches 113 and 114).
_OTHERS_WOULD = re.compile(
    r"\b(?:many|most|other|some|plenty of|a lot of)\s+(?:other\s+)?"
    r"(?:companies|organi[sz]ations|employers|firms|businesses|recruiters)\b[^.;!?]*$"
)
# "I confused it with another appointment": the clash that caused the miss (batch 44).
_MIXED_UP_WITH = re.compile(
    r"\b(?:confused|mixed|mixed up|muddled|clashed|conflicted|overlapped|double-booked)\b"
    r"(?:\s+[\w'-]+){0,3}\s+with\s+$"
)
# "I will make sure it never happens again": a promise, not an offer of a time.
_MAKE_SURE = re.compile(r"(?<=make)\s+(?:sure|certain)\b")
# Times that are not offered: a deadline, a past event, the writer's own next step, or the
# meeting already set ("move Tuesday's interview"); and questions about the past.
_DEADLINE_BEFORE = re.compile(r"\b(?:by|before|until|no later than)\s+$")
_PAST_BEFORE = re.compile(
    r"\b(?:i|we)\s+(?:left|arrived|got there|reached|set off|woke|was|were|had|joined|called)\b"
)
_PAST_AFTER = re.compile(
    r"[,\s]+(?:when|as|after)?\s*(?:i|we|she|he|they|you)\s+(?:spoke|said|told|called|emailed|"
    r"wrote|was|were|had|did|met)\b"
)
_WRITER_ACTS_BEFORE = re.compile(
    r"\bi (?:will|shall|am going to|plan to|intend to) (?:ring|call|phone|email|follow up|"
    r"contact|reach out|get in touch|write|check in)\b"
)
_THE_MEETING_AFTER = re.compile(r"'?s?\s+(?:interview|call|meeting|appointment|chat)\b")
# "I have to cancel my interview on Thursday at 2pm": the slot of the meeting being moved, not an
# offer (batch 15, #17). "Could we move it to Friday" still offers Friday.
# "Move our interview on Friday", "a new time for our interview on Friday at 10:00" (batch
# 35): the meeting being moved, named by its old time.
_THE_MEETING_MOVED_BEFORE = re.compile(
    r"\b(?:(?:cancel|move|postpone|reschedule|rearrange|push|shift|change|miss)\w*\s+(?:back\s+)?"
    r"|(?:new|different|another|other)\s+(?:time|date|slot|day)\s+for\s+)"
    r"(?:my|our|the|this|that)\s+(?:[\w-]+\s+){0,2}?(?:interview|call|meeting|appointment|chat)\s+"
    r"(?:(?:scheduled|booked|set|planned|arranged)\s+)?(?:(?:on|at|for)\s+)?$"
)
_ABOUT_THE_PAST = re.compile(r"\b(?:did|was|were|had|have you|has)\b")

# "Friday after 3pm", "Tuesday at 10": a day and its hour make one time, not two.
_ONE_TIME_BETWEEN = re.compile(r"\s*(?:(?:at|after|from|before|around|by)\s+)?(?=\d)")

# --- Enthusiasm ----------------------------------------------------------------------------

# "Interested to know why nobody called": curiosity, not interest in the role.
_CURIOUS = re.compile(
    r"\s*(?:to\s+)?(?:know|hear|learn|understand|find out)\s+(?:why|how|what|whether|if|who)\b"
)


# How far a clause is read around a phrase. Negation, a "but" and a date's context sit close
# to the words they bear on; the bound keeps a review linear in a sentence of any length.
_REACH = 240


def clause_before(draft: Draft, start: int) -> str:
    """Return the text from the start of the clause holding `start` up to it (within reach)."""
    index = draft.sentence_at(start)
    sentence_start = draft.sentences[index].start if index >= 0 else 0
    clause_starts = _clause_starts(draft)
    last_break = clause_starts[bisect_right(clause_starts, start) - 1]
    return draft.body[max(sentence_start, last_break, start - _REACH) : start]


def _clause_starts(draft: Draft) -> list[int]:
    """Where each clause begins: 0 and the end of every clause break, in order (cached)."""
    return draft.remember(
        "clause starts", lambda: [0, *(m.end() for m in _CLAUSE_BREAK.finditer(draft.body))]
    )


# _NEGATED is anchored at the end: the last few words before a phrase are all it reads.
_NEGATION_WINDOW = 48


def negated(draft: Draft, span: Span) -> bool:
    """Tell whether a phrase is negated right before it, in its own clause."""
    return bool(_NEGATED.search(clause_before(draft, span[0])[-_NEGATION_WINDOW:]))


# "I understand how frustrating that was for you": a feeling granted to the reader.
# "I realise that is frustrating": the feeling said of what the writer did, granted to the reader.
# "I understand if you are annoyed with me" (batch 114): the reader's feeling allowed for.
_EMPATHY_BEFORE = re.compile(
    r"\b(?:understand|appreciate|know|imagine|realise|realize|see|sorry for|regret) (?:just )?"
    r"(?:how|(?:that|this|it) (?:is|was|must be|must have been|will have been|would have been)"
    r"|(?:if|why|that) (?:you|the panel|your team|the team|they) (?:are|were|feel|felt|may be|"
    r"might be|would be|must be|may feel|might feel|are feeling))"
    r"\s+(?:\w+\s+)?$"
)
_FOR_THE_READER = re.compile(
    r"[^.;!?]{0,40}?\bfor (?:you|the panel|your team|the team|everyone|all of you)\b"
)


def felt_by_the_reader(draft: Draft, span: Span) -> bool:
    """Tell whether a feeling is the reader's, acknowledged by the writer, not the writer's."""
    return bool(
        _EMPATHY_BEFORE.search(clause_before(draft, span[0]))
        or _FOR_THE_READER.match(draft.body, span[1], span[1] + _REACH)
    )


def felt_by_someone_else(draft: Draft, span: Span) -> bool:
    """Tell "the recruiter was keen" or "she apologised" from the writer's own words."""
    return bool(
        _SUBJECT_BEFORE.match(draft.body, span[0])
        and _OTHER_SUBJECT.search(clause_before(draft, span[0]))
    )


def _rest_of_sentence(draft: Draft, span: Span) -> tuple[int, str]:
    index = draft.sentence_at(span[0])
    end = draft.sentences[index].end if index >= 0 else len(draft.body)
    return span[1], draft.body[span[1] : min(end, span[1] + _REACH)]


# --- Apology -------------------------------------------------------------------------------


def apologies(draft: Draft) -> list[Span]:
    """Spans of sincere apologies: not negated, conditional, aimed elsewhere or taken back."""
    return draft.remember(
        "apologies", lambda: [s for s in draft.spans(lx.APOLOGY) if _sincere(draft, s)]
    )


def hollow_apologies(draft: Draft) -> list[Span]:
    """Spans of apology words that do not count as an apology."""
    return draft.remember(
        "hollow", lambda: [s for s in draft.spans(lx.APOLOGY) if not _sincere(draft, s)]
    )


def _sincere(draft: Draft, span: Span) -> bool:
    if negated(draft, span):
        return False
    if overlaps(span, draft.spans(lx.NOT_AN_APOLOGY)) and not _ENOUGH.search(draft.body, *span):
        return False
    if felt_by_someone_else(draft, span):
        return False  # "the recruiter apologised for the confusion"
    return not _taken_back(draft, span)


def _taken_back(draft: Draft, span: Span) -> bool:
    """Tell "sorry, but it was the airline's fault" from "I'm sorry, but I must cancel"."""
    offset, rest = _rest_of_sentence(draft, span)
    turn = _BUT.search(rest)
    if turn is None or _SAYS_WHAT_FOR.match(rest, 0, turn.start()):
        return False
    after = offset + turn.end()
    index = draft.sentence_at(span[0])
    # "Sorry, but it was the airline's fault": the fault is what the "but" turns to, not a
    # reason given later in a request ("sorry, but I must cancel, because..."). A fault put in
    # so many words, a denial, or a failure laid on the reader's side takes the apology back;
    # "sorry, but the bus driver skipped my stop" still apologises, and BLAME says what is wrong
    # with the rest. Outside readers read it so, and a false "you never apologised" is the
    # error least forgiven (issue 17).
    if draft.in_sentence(lx.OWNED_CAUSE, index):
        return False
    fault = [
        *draft.in_sentence(lx.EXPLICIT_FAULT, index),
        *draft.in_sentence(lx.NOT_OWNERSHIP, index),
        *(
            span
            for span in draft.in_sentence(lx.EXTERNAL_FAILURE, index)
            if names_the_reader(draft, span) and names_an_agent(draft.body[span[0] : span[1]])
        ),
    ]
    return any(after <= start <= after + _TURN_REACH for start, _ in fault)


# --- Ownership ------------------------------------------------------------------------------


def ownership(draft: Draft) -> list[Span]:
    """Spans where the writer owns the miss itself (not only the late notice)."""
    return draft.remember(
        "ownership",
        lambda: [span for span in owned(draft) if not _owns_only_notice(draft, span)],
    )


def owned(draft: Draft) -> list[Span]:
    """Spans where the writer owns any part of the miss, the late notice included."""

    def compute() -> list[Span]:
        owning = draft.spans(lx.OWNERSHIP)
        if not owning:
            return []  # nothing to read in context: the families below need no scan
        refused = merged_spans([*draft.spans(lx.NOT_OWNERSHIP), *draft.spans(lx.DEFLECTION)])
        found = []
        for span in owning:
            if overlaps(span, refused) or negated(draft, span):
                continue
            conditional = _COULD_HAVE_IF.search(draft.body, span[0], span[1] + _REACH)
            if conditional and conditional.start() < span[1]:
                continue
            if _consequence_of_a_fault(draft, span):
                continue
            found.append(span)
        return found

    return draft.remember("owned", compute)


# What joins a cause to what it led to: "..., so I lost track of it".
_SO_BETWEEN = re.compile(r"\b(?:so|which is why|that is why|and so|hence)\b")


def _consequence_of_a_fault(draft: Draft, span: Span) -> bool:
    """Tell a slip told as what the hiring process's fault led to.

    "Most companies send a reminder the day before, so I lost track of it": the slip is the
    fault's consequence, and owns nothing (batches 65 and 77).
    """
    index = draft.sentence_at(span[0])
    return index >= 0 and any(
        end <= span[0] and _SO_BETWEEN.search(draft.body, end, span[0])
        for _, end in draft.in_sentence(lx.PROCESS_FAULT, index)
    )


def _owns_only_notice(draft: Draft, span: Span) -> bool:
    """Tell whether an ownership phrase owns only the late notice ("I should have called")."""
    index = draft.sentence_at(span[0])
    notices = _notices(draft, index)
    if not notices:
        return False
    if _leads_to_notice(draft, span, notices):
        return True
    # "I'm sorry I didn't tell you sooner; that's my mistake": an ownership after a notice,
    # with no account of the miss before it in the sentence. "I should have called straight
    # away; that part is my fault" owns the notice twice, not the miss.
    earlier = [
        s
        for s in draft.in_sentence(lx.OWNERSHIP, index)
        if s[0] < span[0] and not _leads_to_notice(draft, s, notices)
    ]
    return not earlier and any(end <= span[0] for _, end in notices)


def _leads_to_notice(draft: Draft, span: Span, notices: list[Span]) -> bool:
    """Tell "I should have [let you know sooner]": a notice follows the ownership closely.

    "I should have had a backup ready and let you know" owns the backup first: the notice is
    a second thing owned, not the only one (issue 17).
    """
    return any(
        0 <= start - span[1] <= 30 and not _AND.search(draft.body, span[1], start)
        for start, _ in notices
    )


def _determiner_before(draft: Draft, offset: int) -> bool:
    """Tell whether "the", "our" and the like come right before `offset`.

    Only the last few characters are searched: a search from the start of the body would make
    a long draft quadratic.
    """
    return bool(_DETERMINER_BEFORE.search(draft.body, max(0, offset - 24), offset))


def _notices(draft: Draft, index: int) -> list[Span]:
    """Phrases about telling the reader in sentence `index`; "our call earlier" is the meeting."""
    return [
        span
        for span in draft.in_sentence(lx.NOTICE, index)
        if not _determiner_before(draft, span[0])
    ]


def states_emergency(draft: Draft) -> bool:
    """Tell whether the draft states a genuine emergency or medical event as fact."""

    def compute() -> bool:
        emergencies = draft.spans(lx.EMERGENCY)
        if not emergencies:
            return False
        work = draft.spans(lx.NOT_EMERGENCY)
        return any(not overlaps(span, work) for span in emergencies)

    return draft.remember("emergency", compute)


# --- Blame ----------------------------------------------------------------------------------


def names_an_agent(text: str) -> bool:
    """Tell whether the words before the failure are an agent, not the writer or a mood."""
    failure = lx.FAILURE_VERB.regex.search(text)
    subject = text[: failure.start()] if failure else text
    words = _RIDDEN_BY_THE_WRITER.sub("", subject).split()
    # "The reception also did not know": an adverb between the agent and its verb.
    while words and words[-1] in _BEFORE_THE_VERB:
        words.pop()
    # "missed our call as LinkedIn never sent": the agent is the phrase after the joiner.
    joiners = [i for i, word in enumerate(words) if word in _CLAUSE_JOINERS]
    if joiners:
        words = words[joiners[-1] + 1 :]
    if words in (["this"], ["that"], ["it"]):
        return False  # "this will not count against me": a bare pronoun is no agent
    if not words or words[0] in _WRITER or any(w in _NOT_A_NOUN_PHRASE for w in words[1:]):
        return False
    if failure and _NOT_HELD.match(text, failure.start()) and _MEETING_NOUN.search(subject):
        return False  # "our interview did not go ahead" tells of the miss, not of a cause
    return not _MOOD_NOUNS.search(" ".join(words))


def names_the_reader(draft: Draft, span: Span) -> bool:
    """Tell whether a cause puts the fault on the reader's side ("your invite", "HR")."""
    return bool(_READER.search(draft.body[span[0] : span[1]]))


def owned_nearby(draft: Draft, span: Span) -> bool:
    """Tell whether the miss is owned in a way that covers this cause.

    Ownership in the cause's own sentence covers it. Beside it, or before a story, only
    ownership that says what the writer did or should have done covers it ("My train was held.
    I should have left earlier."); a generic "I take responsibility" leaves a named outside
    cause standing, as independent readers judge it (issue 17), unless the cause comes after it
    and is the writer's own thing or one step of a long story. A turn after the ownership
    that brings the cause in never covers it ("that is on me, though the line was suspended"),
    and a fault on the reader's side, named or the hiring process's ("the invitation only
    showed GMT", round 20), is covered only as `owned_in_its_sentence` says. Nor is
    a cause brought in by a plea ("for what it's worth, the booking system sent..."): outside
    authors read it as held against the reader, whatever is owned beside it (batches 12, 18
    and 25, #17).
    """
    index = draft.sentence_at(span[0])
    if _pleaded(draft, span, index):
        return False
    if names_the_reader(draft, span) or overlaps(span, draft.spans(lx.PROCESS_FAULT)):
        return owned_in_its_sentence(draft, span)
    if _turned_after_ownership(draft, span, index):
        return False
    if draft.in_sentence(lx.OWNED_CAUSE, index):
        return True
    sentences, specific = _owning_sentences(draft)
    if index in sentences:
        return True
    first_owned, first_specific, last_specific = _owning_bounds(draft)
    # What the writer should have done, said anywhere before the cause or just after it, covers
    # it, even when the cause opens its sentence ("The hailstorm shut the bridge. I should have
    # set off the evening before.", round 20).
    if first_specific < index or index + 1 in specific:
        return True
    specific_after = last_specific > index
    # A cause told inside a story that the writer owns before it and says, after it, what they
    # should have done: a link in the story, not the excuse (issue 17).
    owned_before = first_owned < index
    if owned_before and (
        specific_after or _in_a_long_story(draft, index) or _the_writers_own_thing(draft, span)
    ):
        return True
    # A long account closed by what the writer should have done ("None of that is your
    # concern; I should have travelled the evening before"): the story is too long, each
    # mishap in it no excuse (batch 38).
    return specific_after and _in_a_long_story(draft, index)


# Words that plead a case before a cause: "for what it's worth", "in fairness", "for the record".
# BLAME reads a cause after them as held against the reader, and FRUSTRATION leaves them to it.
PLEA = re.compile(
    r"\b(?:for what it is worth|to be fair|(?:it is )?fair to say|in (?:all )?fairness"
    r"|for the record|in my defen[cs]e|i must say"
    r"|just to mention|just so you know|i (?:should|must|would) (?:just )?(?:like to )?mention"
    r"|for (?:some )?context|to give (?:you )?(?:some )?context|it is just that)\b"
)


def _pleaded(draft: Draft, span: Span, index: int) -> bool:
    """Tell whether a plea comes before the cause in its sentence."""
    if index < 0:
        return False
    return PLEA.search(draft.body, draft.sentences[index].start, span[0]) is not None


def _the_writers_own_thing(draft: Draft, span: Span) -> bool:
    """Tell "my phone died" or "my flight was cancelled" from "my Uber driver cancelled".

    The writer's own equipment or journey failing, told after the miss is owned, is the
    forgivable reason named briefly (PRODUCT.md, step 4); a person of theirs who let them down
    is still someone else given the fault (issue 17).
    """
    found = _OWN_THING.match(draft.body, span[0], span[1])
    # The whole noun phrase, not its first word: "my executive assistant" (batch 90).
    return found is not None and not _PERSON.match(draft.body, found.start(1), span[1])


def _in_a_long_story(draft: Draft, index: int) -> bool:
    """Tell whether sentence `index` is one step of a story told over several sentences.

    Once the miss is owned, each mishap of a long account is read as the story it is (too long,
    or too many mishaps to be true), not as the excuse: outside readers flag the telling, not
    each link of it (issue 17).
    """
    starts = draft.remember("story starts", lambda: {s.start for s in story_sentences(draft)})
    return len(starts) >= _LONG_STORY and draft.sentences[index].start in starts


def _owning_bounds(draft: Draft) -> tuple[float, float, float]:
    """Return the first owning sentence, and the first and last that own it specifically.

    They answer "owned anywhere before?" and "owned specifically after?" in constant time, so a
    long draft with a cause in every sentence stays linear (infinity when there is none).
    """

    def compute() -> tuple[float, float, float]:
        sentences, specific = _owning_sentences(draft)
        return (
            min(sentences, default=math.inf),
            min(specific, default=math.inf),
            max(specific, default=-math.inf),
        )

    return draft.remember("owning bounds", compute)


def _owning_sentences(draft: Draft) -> tuple[frozenset[int], frozenset[int]]:
    """Return the sentences that own the miss, and those of them that own it specifically.

    Once per draft rather than per cause, so that a long draft costs no more per cause.
    """

    def compute() -> tuple[frozenset[int], frozenset[int]]:
        sentences = frozenset(draft.sentence_at(start) for start, _ in ownership(draft))
        # Beyond its own sentence, only ownership that says what the writer did or should have
        # done covers a cause; a generic "I take responsibility" leaves it standing (issue 17).
        actions = {draft.sentence_at(start) for start, _ in draft.spans(lx.OWNED_ACTION)}
        return sentences, frozenset(actions & sentences)

    return draft.remember("owning sentences", compute)


def owned_in_its_sentence(draft: Draft, span: Span) -> bool:
    """Tell whether "..., but I should have" or "which is no excuse" owns a fault in its sentence.

    A fault put in so many words, or on the reader's side, needs that; ownership elsewhere in
    the draft does not cover it, and a fault on the reader's side is not covered by ownership
    granted in passing ("though I should have come earlier").
    """
    index = draft.sentence_at(span[0])
    owned = draft.in_sentence(lx.OWNED_CAUSE, index)
    # "I failed to confirm the time after the date was moved": the cause told only as the
    # setting of the writer's own slip, in a clause of time after it (batch 105).
    owned += [
        s
        for s in ownership(draft)
        if draft.sentence_at(s[0]) == index
        and s[1] <= span[0]
        and _SETTING.search(draft.body, s[1], span[0])
    ]
    if names_the_reader(draft, span):
        owned = [s for s in owned if not _IN_PASSING.match(draft.body, s[0])]
    return bool(owned) and not _turned_after_ownership(draft, span, index)


def _turned_after_ownership(draft: Draft, span: Span, index: int) -> bool:
    """Tell whether a concession after some ownership brings this cause back in."""
    owned_cause = [start for start, _ in draft.in_sentence(lx.OWNED_CAUSE, index)]
    return any(
        _turns_between(draft, start, span[0])
        for start in (*owned_cause, *_ownership_to_check(draft, span[0], index))
    )


def _ownership_to_check(draft: Draft, end: int, index: int) -> list[int]:
    """Return the starts of ownership a turn may come after before `end`, in sentence `index`.

    Across sentences only a turn opening one of the last `_TURN_SENTENCES` counts, so all
    ownership further back asks `_turns_between` the same question and one of it stands for
    all: with a bisection, a long draft owning the miss many times costs no more per cause.
    """
    starts = draft.remember("ownership starts", lambda: sorted(s for s, _ in ownership(draft)))
    if index < 0:
        return starts
    near = draft.sentences[max(index - _TURN_SENTENCES + 1, 0)].start
    first_near = bisect_left(starts, near)
    return starts[max(first_near - 1, 0) : bisect_right(starts, end)]


def _turns_between(draft: Draft, start: int, end: int) -> bool:
    """Tell whether a concession ("though", "in my defence") comes between two offsets.

    Across sentences, a sentence that opens with the turn counts, whether it holds the cause
    or leads up to it ("I should have checked. That said, ... The invite just said 3:00"), and
    so does the cause's sentence tagged with one at its end ("..., though.", batch 65). "But"
    and "however" open a turn too ("It was my mistake. But the invitation...", batch 50).
    """
    if start > end:
        return False
    first, last = draft.sentence_at(start), draft.sentence_at(end)
    if first == last:
        return bool(_CONCESSION.search(draft.body, start, end))
    opening = range(max(first + 1, last - _TURN_SENTENCES + 1), last + 1)
    if _CONCEDES_LAST.search(draft.sentences[last].text):
        return True
    return any(_CONCEDES_AT.match(draft.body, draft.sentences[i].start) for i in opening)


# --- New time -------------------------------------------------------------------------------


def reschedule_offers(draft: Draft) -> list[Span]:
    """Spans that ask for or offer a new time (or, for a heads-up, an arrival time)."""

    def compute() -> list[Span]:
        offers = draft.spans(lx.RESCHEDULE)
        if not offers:
            return []
        # "Nothing I can do" shrugs, "anything I can do" offers help, and "another opportunity
        # down the line" hopes for some later role: none names a new time (issue 17).
        not_offers = [
            *draft.spans(lx.OWN_PLANS_MOVED),
            *draft.spans(lx.DEFLECTION),
            *draft.spans(lx.HELP_OFFERED),
            *draft.spans(lx.LATER_OPENING),
        ]
        return [
            span
            for span in offers
            if not negated(draft, span)
            and not overlaps(span, not_offers)
            and not _names_the_old_meeting(draft, span)
            and not _said_of_something_else(clause_before(draft, span[0]))
            and not _BUSY_ELSEWHERE.search(draft.body, max(span[0] - 6, 0), span[1])
            and not _perfect_tense(draft, span)
            and not _MAKE_SURE.match(draft.body, span[1])
            and not _AGO.match(draft.body, span[1])
            and not _PUNCTUAL.search(draft.body, span[0], span[1])
            and not _vague_arrival(draft, span)
            and not _CANCELS.search(draft.body, span[0], span[1])
        ]

    return draft.remember("reschedule", compute)


# What the words before an offer can make of it: the writer's past, someone else's plans, what
# other firms do, or the clash behind the miss.
_NOT_AN_OFFER_AFTER = (_PAST_BEFORE_OFFER, _SOMEONE_ELSES_ACT, _OTHERS_WOULD, _MIXED_UP_WITH)


def _said_of_something_else(before: str) -> bool:
    """Tell whether the clause before an offer makes it something other than a new time."""
    return any(pattern.search(before) for pattern in _NOT_AN_OFFER_AFTER)


def _vague_arrival(draft: Draft, span: Span) -> bool:
    """Tell a heads-up's "I'll be there as soon as I can" (no time) from an offer."""
    return draft.message_type == "running_late" and bool(_VAGUE_ARRIVAL.match(draft.body, span[1]))


def _perfect_tense(draft: Draft, span: Span) -> bool:
    """Tell "I should have blocked the time" (a regret) from "could we have another time"."""
    return bool(
        _HAVE_DONE.match(draft.body, span[0])
        and _AUXILIARY_BEFORE.search(clause_before(draft, span[0]))
    )


def _names_the_old_meeting(draft: Draft, span: Span) -> bool:
    """Tell "the interview on Friday" (the old meeting) from "interview again" (a new one)."""
    text = draft.body[span[0] : span[1]]
    if _ATTENDING.match(text):
        return True  # "make the interview": attending the old one, not booking a new one
    if not _MEETING_NOUN.match(text) or _LOOKS_AHEAD.search(text):
        return False  # "the interview at a later date" is a new one
    return _determiner_before(draft, span[0])


def settled_new_time(draft: Draft) -> bool:
    """Tell whether a sentence names a time already agreed ("I look forward to Tuesday at 10").

    Once both sides have settled the new time, naming it stands in for asking for one. A time
    the writer entered in their own diary, told in the past, is how the miss came about.
    """
    if not (draft.has(lx.SETTLED_TIME) and draft.has(lx.SLOT)):
        return False
    looking_back = draft.sentences_with(lx.MISSED)
    settled = draft.sentences_with(lx.SETTLED_TIME) - looking_back
    settled = frozenset(i for i in settled if not writer_placed_it(draft, i))
    return bool(settled & draft.sentences_with(lx.SLOT))


# "So I put 11:00 in my calendar", "I had written 10:00 in my diary", "I'd blocked out 1:30 to
# 3:00 in my calendar" (batch 114): the writer's own entry, told in the past.
_WRITER_PLACED = re.compile(
    r"\b(?:i|we)\s+(?:had\s+)?(?:put|set|entered|saved|wrote|written|marked|copied|noted|"
    r"blocked|pencill?ed|added)\b"
)


def writer_placed_it(draft: Draft, index: int) -> bool:
    """Tell whether sentence `index` tells of an entry the writer made in the past."""
    return index >= 0 and bool(_WRITER_PLACED.search(draft.sentences[index].text))


def flexible(draft: Draft) -> bool:
    """Tell whether the draft leaves the choice of time open somewhere."""
    return draft.remember(
        "flexible", lambda: any(not negated(draft, s) for s in draft.spans(lx.FLEXIBLE))
    )


def proposed_slots(draft: Draft) -> list[Span]:
    """Distinct concrete times offered for the new meeting (not the missed one, not refused)."""

    def compute() -> list[Span]:
        if not draft.has(lx.SLOT):
            return []
        offers = {draft.sentence_at(start) for start, _ in reschedule_offers(draft)}
        # A bare question with a time in it proposes it ("tomorrow or Friday?"), unless it
        # asks about the past ("did you get my email on Monday?").
        questions = {
            i
            for i, s in enumerate(draft.sentences)
            if s.text.endswith("?") and not _ABOUT_THE_PAST.search(s.text)
        }
        proposing = proposing_sentences(draft) | offers | questions
        # The missed meeting, or a time already agreed: named, not proposed.
        looking_back = draft.sentences_with(lx.MISSED) | draft.sentences_with(lx.SETTLED_TIME)
        slots: list[Span] = []
        for span in draft.spans(lx.SLOT):
            index = draft.sentence_at(span[0])
            if index not in proposing or index in looking_back or overlaps(span, slots):
                continue
            before = clause_before(draft, span[0])
            if lx.UNAVAILABLE.regex.search(before):
                continue  # "I'm not available tomorrow": a time ruled out, not offered
            if _THE_MEETING_AFTER.match(draft.body, span[1]) or _THE_MEETING_MOVED_BEFORE.search(
                before
            ):
                continue  # "move Tuesday's interview": the meeting already set, not an offer
            if _WRITER_ACTS_BEFORE.search(before):
                continue  # "I will ring your office tomorrow": when the writer acts, not a slot
            past = _PAST_BEFORE.search(before) or _PAST_AFTER.match(draft.body, span[1])
            if _DEADLINE_BEFORE.search(before) or past:
                continue  # "an answer by Friday", "On Friday, when I spoke to...": no offer
            if slots and _one_time(draft, slots[-1], span):
                slots[-1] = (slots[-1][0], span[1])
                continue
            slots.append(span)
        return slots

    return draft.remember("slots", compute)


def proposing_sentences(draft: Draft) -> frozenset[int]:
    """Sentences with a word that proposes a time: "could", "would", "available"...

    A "would" or "could" that is denied proposes nothing: "she texted at 7:15 and would not
    say why" is the story of the miss (batch 33). "If you can not move it to Monday" still
    asks for Monday.
    """

    def compute() -> frozenset[int]:
        return frozenset(
            draft.sentence_at(start)
            for start, end in draft.spans(lx.PROPOSAL_CUE)
            if not (_DENIED.match(draft.body, end) and draft.body[start:end] in _PAST_MODALS)
        )

    return draft.remember("proposing", compute)


_DENIED = re.compile(r"\s+not\b")
_PAST_MODALS = frozenset({"would", "could"})


def _one_time(draft: Draft, earlier: Span, later: Span) -> bool:
    """Tell "Friday after 3pm" or "Tuesday 10:00": a day and its hour make one time, not two."""
    between = _ONE_TIME_BETWEEN.match(draft.body, earlier[1])
    return between is not None and between.end() == later[0]


# --- Enthusiasm -----------------------------------------------------------------------------


def enthusiasm(draft: Draft) -> list[Span]:
    """Spans that say the writer still wants the role, the team or the work.

    Interest held by the reader ("are you still interested", "if you still want to chat
    about the role") is not the writer's.
    """

    def compute() -> list[Span]:
        found = _writers_interest(draft, draft.spans(lx.ENTHUSIASM))
        if found:
            return found
        # Only when no family matched: a warm word in a sentence about the role.
        about_the_role = draft.sentences_with(lx.ROLE_WORD)
        warm = (s for s in draft.spans(lx.WARM_WORD) if draft.sentence_at(s[0]) in about_the_role)
        return _writers_interest(draft, warm)

    return draft.remember("enthusiasm", compute)


def _writers_interest(draft: Draft, spans: Iterable[Span]) -> list[Span]:
    """Keep the spans of interest that are the writer's: not refused, negated or someone else's."""
    interest = list(spans)
    if not interest:
        return []
    refused = draft.spans(lx.NEGATED_ENTHUSIASM)
    return [
        s
        for s in interest
        if not overlaps(s, refused)
        and not negated(draft, s)
        and not felt_by_someone_else(draft, s)
        and not _CURIOUS.match(draft.body, s[1])
    ]


# --- Story ----------------------------------------------------------------------------------


def story_sentences(draft: Draft) -> list[Sentence]:
    """Sentences that tell what happened rather than look ahead."""

    def compute() -> list[Sentence]:
        if not draft.has(lx.STORY):
            return []
        telling = draft.sentences_with(lx.STORY)
        # Only a real offer, interest or promise looks ahead: "which should have left plenty
        # of time" and "the bus was running ten minutes late" still tell the story (issue 17).
        forward = [*reschedule_offers(draft), *enthusiasm(draft), *draft.spans(lx.PROMISE)]
        looking_ahead = {draft.sentence_at(start) for start, _ in forward}
        # "I'm sorry I missed our interview at 3pm" names the miss; it tells no story unless a
        # cause is in it too (batches 40, 42 and 46).
        causes = draft.sentences_with(*lx.CAUSE_KINDS.values(), lx.EXTERNAL_FAILURE)
        only_sorry = {draft.sentence_at(start) for start, _ in apologies(draft)} - causes
        return [
            s for i, s in enumerate(draft.sentences) if i in telling - looking_ahead - only_sorry
        ]

    return draft.remember("story", compute)


# Stacking this many distinct kinds of cause reads as an invented story.
STACKED_CAUSES = 3


def cause_kinds(draft: Draft) -> set[str]:
    """Return the distinct kinds of cause the draft names."""
    return draft.remember(
        "causes", lambda: {kind for kind, rx in lx.CAUSE_KINDS.items() if draft.has(rx)}
    )
