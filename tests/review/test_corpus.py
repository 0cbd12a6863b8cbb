"""The labelled corpus and the lexicon: coverage, frozen splits and the reviewer's figures."""

import sys
from pathlib import Path

import pytest

import eval_agreement
import review_phrases as phrases
from conftest import FIXED_NOW
from corpus import SPLITS, load_corpus
from eval_review import evaluate
from secondchance.core.compose import REVIEW_TYPE, compose_kit
from secondchance.core.message_types import MESSAGE_TYPES
from secondchance.core.review import PUBLIC_CODES, RULES, Severity, review
from secondchance.core.review import lexicon as lx
from secondchance.core.review.draft import Draft
from test_compose import MATRIX, validate


@pytest.mark.parametrize("split", ["dev", "test"])
def test_each_split_covers_every_code_type_and_channel(split):
    drafts = load_corpus(split)
    for code in PUBLIC_CODES:
        assert sum(code in d.codes for d in drafts) >= 2, code
    for kind in MESSAGE_TYPES:
        assert sum(d.type == kind for d in drafts) >= 6, kind
    assert sum(not d.codes for d in drafts) >= 20
    assert {d.channel for d in drafts} == {"email", "linkedin", "text"}


def test_corpus_is_large_with_a_frozen_test_split_and_unique_ids():
    dev, test, outside = load_corpus("dev"), load_corpus("test"), load_corpus("outside")
    assert len(dev) + len(test) >= 400 and len(test) >= 120 and len(outside) >= 100
    later = [
        d
        for split in SPLITS
        if split.startswith("outside") and split != "outside"
        for d in load_corpus(split)
    ]
    ids = [d.id for d in (*dev, *test, *outside, *later)]
    assert len(ids) == len(set(ids))
    texts = [" ".join(d.text.split()) for d in (*dev, *test, *outside, *later)]
    assert len(texts) == len(set(texts)), "a draft appears twice"


def test_element_labels_quote_the_draft_and_name_known_elements():
    for labelled in (*load_corpus("dev"), *load_corpus("test")):
        flat = " ".join(labelled.text.split())
        for element, excerpts in labelled.elements.items():
            assert element in {"apology", "ownership", "reschedule", "enthusiasm"}, labelled.id
            for excerpt in excerpts:
                assert " ".join(excerpt.split()) in flat, (labelled.id, excerpt)


def test_the_reviewer_keeps_its_figures_on_the_splits():
    # Floors a little under the figures recorded when the rules or the learned layer last
    # changed: a regression guard, not a target. The test split is never tuned or trained on
    # (see drafts-test.txt).
    floors = {"dev": (0.97, 0.96, 0.97), "d3": (0.93, 0.87, 0.93), "test": (0.90, 0.93, 0.93)}
    for split, (precision, recall, verdicts) in floors.items():
        whole = evaluate(split)["all"]
        assert whole.precision >= precision, (split, whole.precision)
        assert whole.recall >= recall, (split, whole.recall)
        assert whole.accuracy >= verdicts, (split, whole.accuracy)


def test_every_lexeme_family_is_used_by_a_rule_and_met_in_an_example():
    from pathlib import Path

    package = Path(lx.__file__).parent
    users = "".join(
        path.read_text(encoding="utf-8") for path in package.glob("*.py") if path.stem != "lexicon"
    )
    names = {value: name for name, value in vars(lx).items() if isinstance(value, lx.Lexeme)}
    examples = [
        *(d.text for split in ("dev", "d3") for d in load_corpus(split)),
        *(text for rule in RULES for text in (*rule.examples_fail, *rule.examples_pass)),
        *(
            text
            for name in dir(phrases)
            if name.isupper()
            for text in _texts(getattr(phrases, name))
        ),
    ]
    corpus = [Draft.parse(text) for text in examples]
    for lexeme in lx.LEXEMES:
        name = names.get(lexeme)
        reached = (name and f"lx.{name}" in users) or _reached_through_a_table(lexeme, users)
        assert reached, f"{lexeme.name} is never read by a rule"
        assert any(draft.has(lexeme) for draft in corpus), f"{lexeme.name} matches no example"


def _texts(value):
    """The texts in a phrase list: plain strings, or (code, raised, text) cases."""
    if isinstance(value, str):
        return [value]
    return [item[-1] if isinstance(item, tuple) else item for item in value]


def _reached_through_a_table(lexeme, users):
    tables = {
        "CAUSE_KINDS": lx.CAUSE_KINDS.values(),
        "CONTRADICTIONS": [x for pair in lx.CONTRADICTIONS for x in pair],
        "FRUSTRATION_PAIRS": [x for pair in lx.FRUSTRATION_PAIRS for x in pair],
        "BLUNT_REASONS": lx.BLUNT_REASONS.values(),
        "TYPE_CUES": lx.TYPE_CUES.values(),
    }
    tables |= {
        name: value.parts
        for name, value in vars(lx).items()
        if isinstance(value, lx.Lexeme) and value.parts
    }
    return any(lexeme in members and f"lx.{table}" in users for table, members in tables.items())


SAMPLED_KITS = 150
REALISTIC = [
    data
    for data in MATRIX
    if "{" not in data["candidate"]["name"] and not data["candidate"]["name"].isupper()
]


@pytest.mark.parametrize("data", REALISTIC[::3])
def test_every_generated_message_reviews_ready_under_its_own_type(data):
    kit = compose_kit(validate(data), FIXED_NOW)
    for message_id, message in kit.messages.items():
        if message_id not in REVIEW_TYPE:
            continue  # the call script is a speaking outline, not a message
        channel = "email" if message.channel == "email" else "text"
        kind = REVIEW_TYPE[message_id]
        result = review(message.full_text, channel, message.subject, message_type=kind)
        problems = [(f.code, f.excerpt) for f in result.findings if f.severity is not Severity.INFO]
        assert result.verdict == "ready" and not problems, (message_id, problems)


def test_messages_of_varied_kits_review_ready_under_their_own_types():
    # The phrasebook's variety (people, roles, what draws them, the moment, whom the user
    # reached, a heads-up answered "as planned") meets the reviewer here, kit by kit as a blind
    # reading sees them; the fixed matrix above holds one person and one role.
    sys.path.insert(0, str(Path(__file__).parents[2] / "scripts"))
    from sample_kits import sampled_kits

    problems = []
    for index, (_data, _now, kit) in enumerate(sampled_kits(SAMPLED_KITS, seed=2026)):
        for message_id, message in kit.messages.items():
            if message.message_type is None:
                continue  # the call script is a speaking outline, not a message
            channel = "email" if message.channel == "email" else "text"
            result = review(
                message.full_text, channel, message.subject, message_type=message.message_type
            )
            found = [(f.code, f.excerpt[:60]) for f in result.findings if f.severity != "info"]
            if result.verdict != "ready" or found:
                problems.append((index, message_id, message.message_type, found))
    assert problems == []


def test_the_second_reader_labelled_every_missed_interview_draft_of_its_batches_once():
    labels = eval_agreement.second_reader()
    lines = [
        line
        for line in eval_agreement.SECOND_READER.read_text("utf-8").splitlines()
        if not line.startswith("#")
    ]
    assert len(lines) == len(labels), "a line is malformed or an id repeats"
    drafts = {
        d.id for split in eval_agreement.BATCHES for d in load_corpus(split) if d.type == "apology"
    }
    assert set(labels) == drafts
    assert all(codes <= set(PUBLIC_CODES) for codes in labels.values())
