"""The reviewer's lexicon: families of meaning, kept as data and written against the normal form.

Every phrase family lives in `families/<theme>.toml` with its reason, its patterns (plain RE2)
and the examples the tests run; this module loads them and names the ones the rules read. To
add a phrasing, edit one data file and its examples: no code changes.

Drafts are matched after `normalize`: lower case, contractions spelled out ("i am", "did not",
"can not"), texting forms as their words, emphasis collapsed and intensifiers blanked. So a
family is written for "i am sorry" and also finds "I'm soooo sorry" and "im rly sorry".

Each family is a `Lexeme`, compiled with RE2 (google-re2): its automata match in time linear in
the input whatever the pattern, so no draft can make the reviewer backtrack. All families also
go into one RE2 prefilter, which tells in a single pass which families may occur in a draft at
all, so the rules only scan for the few that may.

Families say what a phrase *can* mean; `signals` decides what it does mean in its sentence
(negated, conditional, aimed elsewhere, owned or not).
"""

from __future__ import annotations

import contextlib
import marshal
import os
import re
import sys
import tomllib
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass, field, replace
from functools import cached_property
from typing import Any, AnyStr, Protocol, cast

import re2

from secondchance.core.message_types import MessageType

_OPTIONS = re2.Options()
_OPTIONS.max_mem = 128 << 20  # counted repeats of word gaps need more than RE2's 8 MiB default
# `{name}` in a pattern: a fragment of fragments.toml. Its first letter keeps RE2's counted
# repeats ("{0,3}") apart.
_FRAGMENT = re.compile(r"\{([a-z][a-z0-9_]*)\}")
_FOLDER = os.path.join(os.path.dirname(__file__), "families")
THEMES = (
    "apology",
    "ownership",
    "blame",
    "new_time",
    "enthusiasm",
    "tone",
    "story",
    "dishonesty",
    "message_types",
)
_DATA_FILES = (*THEMES, "fragments")


class Match(Protocol):
    """The part of an RE2 match the reviewer reads."""

    def start(self) -> int:
        """Return where the match starts."""

    def span(self) -> tuple[int, int]:
        """Return where the match starts and ends."""


class Pattern(Protocol):
    """The part of a compiled RE2 pattern the reviewer uses (google-re2 keeps its class private)."""

    def search(
        self, text: AnyStr, pos: int | None = None, endpos: int | None = None
    ) -> Match | None:
        """Return the first match, or None."""

    def finditer(
        self, text: AnyStr, pos: int | None = None, endpos: int | None = None
    ) -> Iterator[Match]:
        """Return the matches left to right."""


@dataclass(frozen=True, eq=False)
class Lexeme:
    """One family of phrasings, as an RE2 pattern matched at whole-word boundaries.

    `name` names the family in tests and errors; `parts` is set for a lexeme made by
    `combine`: it occurs wherever one of its parts does.
    """

    source: str
    name: str = ""
    parts: tuple[Lexeme, ...] = ()
    # A family's pattern as the prefilter compiled it (see `candidates_in`): compiled once.
    compiled: Pattern | None = field(default=None, repr=False)

    @cached_property
    def regex(self) -> Pattern:
        """The compiled pattern: the prefilter's for a family, else built on first use."""
        return self.compiled or re2.compile(self.source, _OPTIONS)

    def scan(self, data: bytes, start: int, end: int) -> list[tuple[int, int]]:
        """Return the byte spans of every match in `data[start:end]`, left to right."""
        return [found.span() for found in self.regex.finditer(data, start, end)]


@dataclass(frozen=True, slots=True)
class Family:
    """A phrase family as its data file holds it: why it exists, its patterns, its examples."""

    name: str
    theme: str
    reason: str
    patterns: tuple[str, ...]
    match: tuple[str, ...]
    no_match: tuple[str, ...]
    # Context checks (context.CHECKS) that void a match where they hold.
    unless: tuple[str, ...] = ()


def cache_path(folder: str) -> str:
    """Return where the parsed data files of `folder` are kept: where its bytecode would be."""
    kept_in = os.path.join(folder, "__pycache__")
    if sys.pycache_prefix:
        kept_in = os.path.join(sys.pycache_prefix, os.path.abspath(folder).lstrip(os.sep))
    return os.path.join(kept_in, f"families.{sys.implementation.cache_tag}.marshal")


def _stamp(folder: str) -> tuple[tuple[int, int], ...]:
    stats = [os.stat(os.path.join(folder, f"{name}.toml")) for name in _DATA_FILES]
    return tuple((stat.st_mtime_ns, stat.st_size) for stat in stats)


def _parse(folder: str) -> dict[str, dict[str, Any]]:
    tables = {}
    for name in _DATA_FILES:
        with open(os.path.join(folder, f"{name}.toml"), "rb") as data:
            tables[name] = tomllib.load(data)
    return tables


def read_tables(folder: str = _FOLDER) -> dict[str, dict[str, Any]]:
    """Return every data file's table, parsed once per change of the files.

    Parsing the TOML took a twentieth of `review`'s cold start (#17), so the tables are kept as
    the interpreter keeps bytecode: in `__pycache__`, marked with each file's size and time of
    change, written only where bytecode would be (not under `-B`), and ignored when missing,
    stale or unreadable. The core writes no other file. Plain os.path and open: importlib and
    pathlib would add to every cold start.
    """
    stamp, cache = _stamp(folder), cache_path(folder)
    try:
        with open(cache, "rb") as kept:
            # Only this function writes the file, and marshal data cannot run code.
            kept_stamp, tables = marshal.load(kept)  # noqa: S302
        if kept_stamp == stamp:
            return cast("dict[str, dict[str, Any]]", tables)
    except (OSError, EOFError, ValueError, TypeError):
        pass
    tables = _parse(folder)
    if not sys.dont_write_bytecode:
        _keep(cache, (stamp, tables))
    return tables


def _keep(cache: str, value: tuple[Any, ...]) -> None:
    # Written aside and renamed into place, so a process reading at the same time sees the old
    # cache or the new one, never half of one. A folder it may not write to only costs speed.
    partial = f"{cache}.{os.getpid()}"
    try:
        os.makedirs(os.path.dirname(cache), exist_ok=True)
        with open(partial, "wb") as out:
            marshal.dump(value, out)
        os.replace(partial, cache)
    except OSError:
        with contextlib.suppress(OSError):
            os.remove(partial)


def _expand(pattern: str, fragments: Mapping[str, str | list[str]]) -> str:
    def value(found: re.Match[str]) -> str:
        fragment = fragments[found[1]]
        text = fragment if isinstance(fragment, str) else "|".join(fragment)
        return _expand(text, fragments)

    return _FRAGMENT.sub(value, pattern)


def compile_family(family: Family, fragments: Mapping[str, str | list[str]]) -> Lexeme:
    """Compile a family's patterns as one whole-word alternation for the normal form.

    Every alternative must start and end in a letter or digit, since both boundaries are \\b.
    """
    expanded = [_expand(pattern, fragments) for pattern in family.patterns]
    # Runs of spaces in a pattern stand for any run of white space in the text.
    joined = "|".join(f"(?:{p})" for p in expanded).replace(" ?", r"\s*").replace(" ", r"\s+")
    return Lexeme(rf"\b(?:{joined})\b", family.name)


def _load(tables: Mapping[str, dict[str, Any]]) -> dict[str, Family]:
    families: dict[str, Family] = {}
    for theme in THEMES:
        for name, entry in tables[theme].items():
            if isinstance(entry, dict):
                families[name] = Family(
                    name,
                    theme,
                    entry["reason"],
                    tuple(entry["patterns"]),
                    tuple(entry["match"]),
                    tuple(entry["no_match"]),
                    tuple(entry.get("unless", ())),
                )
    return families


_TABLES = read_tables()
FAMILIES = _load(_TABLES)
FRAGMENTS: dict[str, str | list[str]] = _TABLES["fragments"]


def _prefiltered(lexemes: Sequence[Lexeme]) -> tuple[tuple[Lexeme, ...], re2.Filter]:
    """Add each family to one RE2 prefilter, and give it the pattern the prefilter compiled."""
    prefilter = re2.Filter()
    for lexeme in lexemes:
        prefilter.Add(lexeme.source, _OPTIONS)
    prefilter.Compile()
    # Indices follow the order of addition, which is the order of LEXEMES.
    return tuple(replace(lex, compiled=prefilter.re(i)) for i, lex in enumerate(lexemes)), prefilter


LEXEMES, _PREFILTER = _prefiltered(
    [compile_family(family, FRAGMENTS) for family in FAMILIES.values()]
)
_COMPILED = {lexeme.name: lexeme for lexeme in LEXEMES}


def family(name: str) -> Lexeme:
    """Return the compiled family `name` of the data files."""
    return _COMPILED[name]


def combine(name: str, *lexemes: Lexeme) -> Lexeme:
    """Join lexemes into one, so that a question about any of them takes a single scan."""
    return Lexeme("|".join(f"(?:{lexeme.source})" for lexeme in lexemes), name, lexemes)


APOLOGY = family("apology")
# Contexts in which an apology word is not an apology for the miss (checked around each one).
NOT_AN_APOLOGY = family("not_an_apology")
PLAIN_APOLOGY = family("plain_apology")
OWNERSHIP = family("ownership")
OWN_PLANS_MOVED = family("own_plans_moved")
NOT_OWNERSHIP = family("not_ownership")
NOTICE = family("notice")
DEFLECTION = family("deflection")
FAILURE_VERB = family("failure_verb")
EXTERNAL_FAILURE = family("external_failure")
CAUSE = family("named_cause")
EXPLICIT_FAULT = family("explicit_fault")
PROCESS_FAULT = family("process_fault")
MIX_UP_SOURCE = family("mix_up_source")
COUNTERFACTUAL_CAUSE = family("counterfactual_cause")
KEPT_FROM = family("kept_from")
CONSEQUENCE = family("consequence")
OWNED_CAUSE = family("owned_cause")
OWNED_ACTION = family("owned_action")
EMERGENCY = family("emergency")
NOT_EMERGENCY = family("not_an_emergency")
RESCHEDULE = family("reschedule")
FLEXIBLE = family("flexible")
HELP_OFFERED = family("help_offered")
LATER_OPENING = family("later_opening")
RIGID = family("rigid")
ARRIVAL = family("arrival")
PROPOSAL_CUE = family("proposal_cue")
UNAVAILABLE = family("unavailable")
SETTLED_TIME = family("settled_time")
SLOT = family("slot")
ENTHUSIASM = family("enthusiasm")
WARM_WORD = family("warm_word")
ROLE_WORD = family("role_word")
NEGATED_ENTHUSIASM = family("negated_enthusiasm")
PLAIN_INTEREST = family("plain_interest")
FRUSTRATION = family("frustration")
SHRUG = family("shrug")
CARE_FOR_THE_READER = family("care_for_the_reader")
SLANG = family("slang")
NARRATIVE = family("narrative")
ASKED_WHAT_HAPPENED = family("asked_what_happened")
DRAMA = family("drama")
PILE_UP = family("pile_up")
ALL_AT_ONCE = family("all_at_once")
PROMISE = family("promise")
MISSED_ON_DAY = family("missed_on_a_day")
NO_PHONE = family("no_phone")
SECRECY = family("secrecy")
PHONE_TAKEN = family("phone_taken")
SOUNDS_UNLIKELY = family("sounds_unlikely")
BEREAVED_AGAIN = family("bereaved_again")
OFFERED_PROOF = family("offered_proof")
DECISION_HEARD = family("decision_heard")
TALK_ON_A_DAY = family("talk_on_a_day")
READER_FOLLOWED_UP = family("reader_followed_up")
MEETING_IN_THE_PAST = family("meeting_in_the_past")
OFFERED_TIME = family("offered_time")
TIME_REFUSED = family("time_refused")
MISSED = family("missed")
# A relative clause that puts the writer inside the failing thing: "the train [I was on]".
RIDDEN_BY_THE_WRITER = _expand("{ridden}", FRAGMENTS)

# Distinct kinds of cause; naming three or more at once reads as a stacked excuse.
CAUSE_KINDS: dict[str, Lexeme] = {
    kind: family(f"cause_{kind}")
    for kind in ("sleep", "forgot", "travel", "tech", "personal", "schedule", "timezone")
}
# Statements that cannot both be true. Each pair is (claim, what contradicts it).
CONTRADICTIONS: tuple[tuple[Lexeme, Lexeme], ...] = tuple(
    (family(claim), family(against)) for claim, against in _TABLES["dishonesty"]["contradictions"]
)
# Pairs of families that read as frustration when they meet in one sentence.
FRUSTRATION_PAIRS: tuple[tuple[Lexeme, Lexeme], ...] = tuple(
    (family(one), family(other)) for one, other in _TABLES["tone"]["together"]
)
# A weak reason stated bluntly, by catalogue id: the family `blunt_<id>` of story.toml.
BLUNT_REASONS: dict[str, Lexeme] = {
    name.removeprefix("blunt_"): lexeme
    for name, lexeme in _COMPILED.items()
    if name.startswith("blunt_")
}
_CUED_TYPES: tuple[MessageType, ...] = (
    "confirmation",
    "decline_reply",
    "running_late",
    "late_arrival",
    "cancellation",
    "no_reply_follow_up",
)
TYPE_CUES: dict[MessageType, Lexeme] = {kind: family(f"cue_{kind}") for kind in _CUED_TYPES}

# --- Tone, outside the normal form ------------------------------------------------------------

EMOJI = re.compile(
    "[\U0001f300-\U0001faff\U00002600-\U000027bf\U0001f000-\U0001f2ff\U0000fe0f"
    "\U0001f900-\U0001f9ff]|(?<!\\w)(?::-?[)(DPp/]|;-?\\)|<3|xD|XD)(?!\\w)"
)
REPEATED_MARKS = re.compile(r"[!?]{2,}|(?:!\s*\w[^.!?\n]{0,80}){2,}!")
# What every match of the two patterns above holds. Both try a match at every character, so a
# look for these first (most drafts have none) spares a scan.
_EMOTICON_MARKS = (":", ";", "<3", "xD", "XD")


def may_hold_emoji(text: str) -> bool:
    """Tell whether `text` has what an emoji (non-ASCII) or an emoticon needs."""
    return not text.isascii() or any(mark in text for mark in _EMOTICON_MARKS)


def may_hold_repeated_marks(text: str) -> bool:
    """Tell whether `text` has what repeated marks need: a "!", or "??"."""
    return "!" in text or "??" in text


TWO_CAPITALS = re.compile(r"[A-Z]{2}")
# Shouting: a run of three or more words in capitals, or one emphatic word ("SO sorry",
# "PERFECT"). A lone capitalised word is usually an acronym or a name (HIPAA, NASDAQ, COBOL).
CAPS_RUN = re.compile(r"\b[A-Z]{2,}(?:\s+[A-Z]{2,}){2,}\b")
CAPS_WORD = re.compile(r"\b[A-Z]{2,}\b")
EMPHATIC_WORDS = frozenset(
    "sorry so very really truly deeply sincerely extremely totally completely absolutely "
    "definitely seriously honestly literally perfect great amazing awesome fantastic brilliant "
    "wonderful love loved excited thrilled thanks thank please never always huge important "
    "urgent apologize apologise apologies again not mistake fault missed miss late still keen "
    "interested want need must now immediately today tomorrow".split()
)
# Acronyms that legitimately appear in capitals in a job search.
ACRONYMS = frozenset(
    "CEO CFO CTO COO CMO CIO CISO CPO CRO VP SVP EVP HR UX UI QA IT AI ML PM NYC USA UK EU UTC "
    "GMT EST EDT PST PDT CST CDT CET CEST BST IST JST AEST AEDT SGT MBA PHD CPA CFA SAAS B2B "
    "B2C API APAC EMEA LATAM ESG KPI OKR SQL AWS GCP ASAP NASA UNICEF NATO".split()
)

# --- Placeholders -----------------------------------------------------------------------------

# Placeholders are matched in the text as written: their capitals and brackets matter.
_FIELD_WORD = (
    r"(?i:name|company|role|title|position|job|interviewer|recruiter|hiring|manager|date|day|"
    r"time|your|insert|contact|info|number|phone|email|address|link|url|signature|here|details|"
    r"organi[sz]ation|employer|reason|xx)"
)
# Field names that a template writes in capitals where the writer is to fill in their own.
_SLOT_WORD = (
    r"(?:FIRST ?|LAST ?|FULL |YOUR |COMPANY |CANDIDATE )?NAME|COMPANY|ROLE|POSITION|TITLE|DATE"
    r"|INTERVIEWER|RECRUITER|EMPLOYER|ORGANI[SZ]ATION|PHONE|SIGNATURE"
)
# A cheap first look, in RE2: every placeholder form below needs one of these.
MAYBE_PLACEHOLDER = re2.compile(
    r"[\[{<_%$]|[Xx]{3}|[Xx]{2}[:./]|XX|HH:MM|DD/MM|MM/DD|TBD|TODO|INSERT|[Ll]orem|[A-Z]{3}"
    r"|(?:Your|Company|Interviewer|Hiring|Recruiter|"
    r"Candidate|Job|Role|Position)['\s]"
)
PLACEHOLDER = re.compile(
    rf"\[[^\[\]\n]{{0,40}}{_FIELD_WORD}[^\[\]\n]{{0,40}}\]"
    rf"|\{{\{{?[^{{}}\n]{{0,40}}\}}?\}}"
    rf"|<(?![^<>\n]*@)(?!https?:)[^<>\n]{{0,40}}{_FIELD_WORD}[^<>\n]{{0,40}}>"
    r"|\b[Xx]{3,}\b|_{3,}|\bTBD\b|\bTODO\b|\bINSERT\b|\b(?i:lorem ipsum)\b|(?<!\w)%s(?!\w)"
    r"|\$[A-Z_]{3,}\b"
    r"|\b(?:[Xx]{1,2}[:./][Xx]{2}|HH:MM|DD/MM(?:/YY(?:YY)?)?|MM/DD(?:/YY(?:YY)?)?)\b"
    r"|\b(?:Your|Company|Interviewer(?:'s)?|Hiring Manager(?:'s)?|Recruiter(?:'s)?|"
    r"Candidate(?:'s)?|Job|Role|Position) (?:Full )?(?:Name|Title|Role|Position)\b"
    # A slot left in capitals, alone: "on March XX", "the XXth", "Dear NAME", "at COMPANY". A
    # capital word beside it makes a run of shouting or an acronym instead (round 13, #17).
    rf"|(?<![A-Z] )(?<![A-Z])\b(?:XX(?:st|nd|rd|th)?|{_SLOT_WORD})\b(?! [A-Z])(?![A-Z])"
)


# Sentences that tell what happened (OVER_EXPLAINING).
STORY = combine("story", NARRATIVE, DRAMA, *CAUSE_KINDS.values())
BLAME_SHAPES = combine(
    "blame shapes",
    EXTERNAL_FAILURE,
    CAUSE,
    EXPLICIT_FAULT,
    PROCESS_FAULT,
    NOT_OWNERSHIP,
    MIX_UP_SOURCE,
    COUNTERFACTUAL_CAUSE,
    KEPT_FROM,
)


def candidates_in(text: bytes) -> frozenset[Lexeme]:
    """Return the families that may occur in `text` (ASCII), found in a single pass.

    RE2's prefilter (FilteredRE2) knows the plain words each family needs, and looks for all of
    them at once: a family whose words are missing cannot match, and is never scanned. A family
    returned may still not match, as its words can stand apart; its own scan tells.

    One RE2 set of the families themselves would answer exactly, but its automaton is so large
    that each new draft builds states of its own: three quarters of the time of a first review
    (issue 17, speed). The words alone make a small automaton that new drafts mostly reuse.
    """
    # The stubs say otherwise, but Filter.Match returns None when nothing may match.
    return frozenset(LEXEMES[i] for i in _PREFILTER.Match(text, potential=True) or ())
