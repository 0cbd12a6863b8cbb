"""Meta-tests of the phrase families kept as data in core/review/families/*.toml (issue 17).

Every family carries a reason and examples; these tests run every example, so a newcomer who
adds a phrasing to a data file learns at once whether it matches what it should and nothing
it should not.
"""

import re
import tomllib
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from secondchance.core.reasons import get_reason
from secondchance.core.review import context
from secondchance.core.review import lexicon as lx
from secondchance.core.review.draft import Draft

FAMILIES = sorted(lx.FAMILIES.values(), key=lambda family: (family.theme, family.name))
IDS = [f"{family.theme}.{family.name}" for family in FAMILIES]
DATA = Path(lx.__file__).parent / "families"


def _matches(family: lx.Family, text: str) -> bool:
    return Draft.parse(text, channel="text").has(lx.family(family.name))


@pytest.mark.parametrize("family", FAMILIES, ids=IDS)
def test_every_family_has_a_reason_and_enough_examples(family):
    assert family.reason.strip() and "\n" not in family.reason
    assert family.patterns
    assert len(family.match) >= 3, f"{family.name}: fewer than three should-match examples"
    assert len(family.no_match) >= 2, f"{family.name}: fewer than two should-not-match examples"


@pytest.mark.parametrize("family", FAMILIES, ids=IDS)
def test_every_family_example_reads_as_its_data_file_says(family):
    missed = [text for text in family.match if not _matches(family, text)]
    wrongly = [text for text in family.no_match if _matches(family, text)]
    assert (missed, wrongly) == ([], []), family.name


def test_a_family_with_too_few_examples_is_caught():
    thin = lx.Family("thin", "test", "A reason.", ("thin",), ("thin one", "thin two"), ("x", "y"))
    with pytest.raises(AssertionError, match="fewer than three"):
        test_every_family_has_a_reason_and_enough_examples(thin)


def test_every_data_file_is_a_theme_and_every_theme_a_file():
    on_disk = {path.stem for path in DATA.glob("*.toml")}
    assert on_disk == {*lx.THEMES, "fragments"}


def test_the_data_files_ship_with_the_package():
    pyproject = tomllib.loads((Path(__file__).parent.parent / "pyproject.toml").read_text())
    shipped = pyproject["tool"]["setuptools"]["package-data"]["secondchance.core.review"]
    assert "families/*.toml" in shipped


def test_every_fragment_is_defined_and_used():
    used = {
        name
        for text in (
            *(pattern for family in FAMILIES for pattern in family.patterns),
            *(
                v
                for value in lx.FRAGMENTS.values()
                for v in ([value] if isinstance(value, str) else value)
            ),
        )
        for name in re.findall(r"\{([a-z][a-z0-9_]*)\}", text)
    }
    assert used == set(lx.FRAGMENTS)


def test_each_blunt_family_names_a_weak_reason_of_the_catalogue():
    assert lx.BLUNT_REASONS
    assert all(not get_reason(reason_id).forgivable for reason_id in lx.BLUNT_REASONS)


@pytest.mark.parametrize("family", FAMILIES, ids=IDS)
def test_patterns_are_lower_case_for_the_normal_form(family):
    # Escapes such as \w or \d are not letters of the pattern.
    assert not [p for p in family.patterns if re.search(r"[A-Z]", re.sub(r"\\.", "", p))]


# An alternative that ends in a class of marks only ("understand[.,]") can never be followed
# by the closing \b, so it would silently match nothing.
_MARKS_AT_END = re.compile(r"(?:\[[^\]\w\\]+\]|\\[^\w\s]|[.,;:!'\"&-])\+?\)*$")


def _closing(pattern: str, opening: int) -> int:
    depth, index = 0, opening
    while index < len(pattern):
        char = pattern[index]
        if char == "\\":
            index += 2
            continue
        if char == "[":
            index = pattern.index("]", index + 2)
        elif char == "(":
            depth += 1
        elif char == ")":
            depth -= 1
            if depth == 0:
                return index
        index += 1
    raise ValueError(f"unbalanced parentheses in {pattern!r}")


def _top_level_options(inner: str) -> list[str]:
    options, depth, last, index = [], 0, 0, 0
    while index < len(inner):
        char = inner[index]
        if char == "\\":
            index += 2
            continue
        depth += {"(": 1, ")": -1}.get(char, 0)
        if char == "|" and depth == 0:
            options.append(inner[last:index])
            last = index + 1
        index += 1
    return [*options, inner[last:]]


def _alternatives_ending_in_marks(lexeme: lx.Lexeme) -> list[str]:
    inner = lexeme.source.removeprefix(r"\b(?:").removesuffix(r")\b")
    found, pending = [], _top_level_options(inner)
    while pending:
        option = pending.pop()
        if option.startswith("(?:") and _closing(option, 0) == len(option) - 1:
            pending += _top_level_options(option[3:-1])
        elif _MARKS_AT_END.search(option):
            found.append(option)
    return found


@pytest.mark.parametrize("pattern", ["i understand[.,]", "(?:instead|after all) ?\\?", "ok|fine!"])
def test_an_alternative_that_could_never_end_at_a_word_boundary_is_found(pattern):
    family = lx.Family("example", "test", "A reason.", (pattern,), (), ())
    assert _alternatives_ending_in_marks(lx.compile_family(family, lx.FRAGMENTS))


def test_no_family_alternative_ends_in_punctuation():
    found = {name: _alternatives_ending_in_marks(lx.family(name)) for name in lx.FAMILIES}
    assert found == {name: [] for name in lx.FAMILIES}


def test_every_context_check_a_family_names_exists_and_each_is_used():
    named = {check for family in FAMILIES for check in family.unless}
    assert named == set(context.CHECKS)


@pytest.mark.parametrize(
    ("family", "voided", "kept"),
    [
        ("deflection", "It was never beyond my control.", "It was beyond my control."),
        (
            "online",
            "I should have sent you a message once I had a connection.",
            "I sent you a message once I had a connection.",
        ),
        ("rigid", "I am not only free on Mondays.", "I am only free on Mondays."),
        (
            "frustration",
            "I understand how frustrating this has been for you.",
            "Honestly this whole process has been frustrating.",
        ),
        (
            "frustration",
            'Your note said "this whole process has been frustrating" and I agree.',
            "Honestly this whole process has been frustrating.",
        ),
        ("slang", "Hi Bro Jones,\n\nI am sorry.", "Hi, I am sorry bro."),
        (
            "cue_confirmation",
            "If Thursday at 3 pm works for you.",
            "Thursday at 3 pm works for me.",
        ),
        (
            "cue_confirmation",
            "I should have asked you to confirm the time.",
            "I am writing to confirm the time.",
        ),
        (
            "plain_apology",
            "Sorry for the confusion in any case.",
            "Sorry for the confusion this morning.",
        ),
        (
            "decision_heard",
            "I understand if you have moved on with other candidates.",
            "I understand you have moved on with other candidates.",
        ),
        # Owned nearby: what the writer should have done, beside the cause, covers it.
        (
            "external_failure",
            "My train was held. I should have left earlier.",
            "My train was held. I take full responsibility.",
        ),
        (
            "named_cause",
            "I was late because of traffic, my mistake.",
            "I was late because of traffic.",
        ),
        # A want of the role counts only as the writer's own, said outright.
        (
            "plain_interest",
            "They wanted the job filled by Friday.",
            "Still want the job, honestly.",
        ),
        (
            "plain_interest",
            "I do not want the role anymore.",
            "I still want the role.",
        ),
        # Regret felt by someone else is not the writer's apology.
        (
            "plain_apology",
            "The recruiter was embarrassed about missing my call.",
            "I was embarrassed about missing your call.",
        ),
        # A mix-up traced to the writer's own act is owned beside it.
        (
            "mix_up_source",
            "I typed am instead of pm, which is where the confusion came from.",
            "The invite listed no time zone, which is where the confusion came from.",
        ),
        # A fault in so many words is covered only by "..., but I should have" beside it.
        (
            "explicit_fault",
            "It was the airline's fault, but I should have planned for it.",
            "It was the airline's fault. I should have planned for it.",
        ),
        (
            "not_ownership",
            "It was not my fault, but I should have checked the invite.",
            "It was not my fault. I should have checked the invite.",
        ),
    ],
)
def test_a_context_check_voids_a_match_only_where_it_holds(family, voided, kept):
    lexeme = lx.family(family)
    assert Draft.parse(voided).has(lexeme) and not context.occurrences(Draft.parse(voided), lexeme)
    assert context.occurrences(Draft.parse(kept), lexeme)


# Words of every family's examples, with the marks and breaks that drafts put between them.
_EXAMPLE_WORDS = sorted(
    {word for family in FAMILIES for text in family.match for word in text.lower().split()}
    | {",", ".", "?", "\n", "\n\n", "  "}
)


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(_EXAMPLE_WORDS), max_size=40))
def test_the_prefilter_never_leaves_out_a_family_that_matches(words):
    # A family the prefilter leaves out is never scanned, so a miss here would lose a finding.
    data = " ".join(words).encode()
    candidates = lx.candidates_in(data)
    for lexeme in lx.LEXEMES:
        if lexeme.regex.search(data):
            assert lexeme in candidates, lexeme.name
