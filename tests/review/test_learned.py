"""The learned layer: its weights file, its reading of a draft, and what it may add (#17)."""

from __future__ import annotations

import hashlib
import json
import math
import struct
import zlib
from collections import Counter
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from corpus import LAYER_HELD_OUT, SPLITS, TRAINING_SPLITS, load_corpus
from eval_review import pooled
from secondchance.core.review import PUBLIC_CODES, RULES, learned, review
from secondchance.core.review.draft import Draft

MODEL_DIR = Path(learned.__file__).parent / "model"
RECORD = json.loads((MODEL_DIR / "learned.json").read_text(encoding="utf-8"))

# Blame the phrase families do not know: the reader's system put the invite in spam.
SPAM_FOLDER = (
    "Dear Ms Okafor,\n\nI am sorry I was not at this morning's interview. Your scheduling"
    " system sent the invitation to my spam folder, so I never saw the confirmed time until"
    " after lunch.\n\nI am still very interested in the analyst role and can meet at any time"
    " that suits you next week.\n\nKind regards,\nTomasz"
)


def _codes(text: str) -> set[str]:
    return {finding.code for finding in review(text).findings}


def _read_as_the_rules_read_it(text: str, channel: str = "email") -> Draft:
    with learned.suspended():
        kind = review(text, channel=channel).message_type  # type: ignore[arg-type]
    return Draft.parse(text, channel=channel).as_type(kind)  # type: ignore[arg-type]


def test_the_weights_file_is_the_one_its_record_describes():
    weights = (MODEL_DIR / "learned.bin").read_bytes()
    assert hashlib.sha256(weights).hexdigest() == RECORD["weights_sha256"]


def test_the_record_names_every_training_file_as_it_is_now():
    # A batch added, changed or dropped without `make train-learned` fails here.
    current = {
        SPLITS[split].name: hashlib.sha256(SPLITS[split].read_bytes()).hexdigest()
        for split in TRAINING_SPLITS
    }
    assert RECORD["data_sha256"] == current
    held_out = {SPLITS[split].name for split in ("test", "outside", *LAYER_HELD_OUT)}
    assert not held_out & set(RECORD["data_sha256"])


def test_the_layer_adds_exactly_the_codes_whose_rules_allow_it():
    allowed = {rule.code for rule in RULES if rule.learned}
    assert set(learned.read_model().thresholds) == allowed
    assert {code for code, t in RECORD["thresholds"].items() if t is not None} == allowed
    # Telling a writer they never said what they said is left to the rules' second look.
    assert not allowed & {"NO_OWNERSHIP", "NO_APOLOGY", "NO_RESCHEDULE", "NO_ENTHUSIASM"}


def _second_reading(path: Path) -> tuple[dict, dict[str, tuple[int, ...]]]:
    """Read the weights file again with struct alone, as its docstring lays it out."""
    raw = path.read_bytes()
    header_end = raw.index(b"\n")
    header = json.loads(raw[:header_end])
    size = 1 << header["bits"]
    blocks = {}
    for index, code in enumerate(header["codes"]):
        start = header_end + 1 + index * size * 2
        blocks[code] = struct.unpack(f"<{size}h", raw[start : start + size * 2])
    assert len(raw) == header_end + 1 + len(header["codes"]) * size * 2
    return header, blocks


def _hand_probability(header: dict, weights: tuple[int, ...], code: str, keys: list[int]) -> float:
    index = header["codes"].index(code)
    counted = Counter(keys)
    norm = math.sqrt(sum(count * count for count in counted.values()))
    total = sum(weights[key] * count / norm for key, count in counted.items())
    score = header["intercepts"][index] + header["scales"][index] * total
    return 1 / (1 + math.exp(-score))


def test_a_second_reader_of_the_file_gives_the_reviewers_probabilities():
    header, blocks = _second_reading(MODEL_DIR / "learned.bin")
    draft = _read_as_the_rules_read_it(SPAM_FOLDER)
    keys = learned.draft_keys(draft)
    found = learned.probabilities(draft)
    for code, weights in blocks.items():
        assert found[code] == pytest.approx(_hand_probability(header, weights, code, keys))
    assert found["BLAME"] > header["thresholds"][header["codes"].index("BLAME")]


def test_the_reviewer_reads_the_weights_as_scikit_learn_trained_them():
    # Probabilities scikit-learn gave at training time, for drafts across the corpus; the
    # weights are rounded to 16 bits, so they agree to a few thousandths.
    drafts = {d.id: d for split in TRAINING_SPLITS for d in load_corpus(split)}
    for draft_id, expected in RECORD["reference_probabilities"].items():
        labelled = drafts[draft_id]
        found = learned.probabilities(_read_as_the_rules_read_it(labelled.text, labelled.channel))
        for code, probability in expected.items():
            assert found[code] == pytest.approx(probability, abs=2e-3), (draft_id, code)


def test_words_and_pairs_are_hashed_as_the_trainer_hashed_them():
    keys = learned.keys(["i", "missed", "it", "9"], "apology", "email")
    crc = [zlib.crc32(word.encode()) for word in ("i", "missed", "it", "0")]
    assert keys[:4] == [value & ((1 << learned.BITS) - 1) for value in crc]
    assert len(keys) == 4 + 3 + 2  # four words, three pairs, the type and the channel


def test_the_layer_finds_blame_no_phrasing_lists_and_points_at_it():
    found = [f for f in review(SPAM_FOLDER).findings if f.code == "BLAME"]
    assert [f.excerpt for f in found] == [
        "Your scheduling system sent the invitation to my spam folder, so I never saw the"
        " confirmed time until after lunch."
    ]
    with learned.suspended():
        assert "BLAME" not in _codes(SPAM_FOLDER)


def test_the_layer_only_adds_to_what_the_rules_find():
    for labelled in load_corpus("test"):
        with learned.suspended():
            alone = _codes(labelled.text)
        assert alone <= _codes(labelled.text), labelled.id


def test_a_short_draft_is_left_to_the_rules():
    # The model is sure of blame here, but twenty words are too few to trust it on.
    short = "So sorry about today. Your scheduling system put the invite in my spam folder, so I"
    short += " never saw the time."
    assert learned.probabilities(_read_as_the_rules_read_it(short))["BLAME"] > 0.99
    assert Draft.parse(short).words < learned.MIN_WORDS
    assert "BLAME" not in _codes(short)


_ANY_TEXT = st.text(
    st.characters(codec="utf-8", exclude_categories=("Cs",)), min_size=0, max_size=400
) | st.lists(
    st.sampled_from(
        [
            "I",
            "sorry",
            "your",
            "recruiter",
            "never",
            "told",
            "me",
            "<script>",
            "\r\n",
            "Łódź",
            "王小明",
            "!!",
            "9:30",
            "blame",
            "traffic",
            ".",
            "\n\n",
        ]
    ),
    max_size=120,
).map(" ".join)


@settings(max_examples=150, deadline=None)
@given(_ANY_TEXT)
def test_any_text_gets_probabilities_and_a_place_inside_it(text):
    draft = _read_as_the_rules_read_it(text)
    for code, probability in learned.probabilities(draft).items():
        assert 0.0 <= probability <= 1.0
        start, end = learned.strongest_sentence(draft, code)
        assert 0 <= start <= end <= len(text)
    layered = {f.code for f in review(text).findings}
    assert layered <= {*PUBLIC_CODES, *(r.code for r in RULES)}
    # Whatever the text, the layer only adds, and only the codes whose rules let it.
    with learned.suspended():
        alone = {f.code for f in review(text).findings}
    assert alone <= layered
    assert layered - alone <= {rule.code for rule in RULES if rule.learned}


def test_on_batches_it_never_saw_the_layer_finds_more_and_keeps_precision():
    # Batches 136 to 147 were written after the layer was trained and are never trained on.
    with learned.suspended():
        alone = pooled(LAYER_HELD_OUT)["type:apology"]
    layered = pooled(LAYER_HELD_OUT)["type:apology"]
    assert layered.recall >= alone.recall + 0.03
    assert layered.precision >= alone.precision - 0.01
    assert layered.accuracy >= alone.accuracy


def test_a_weights_file_cut_short_is_refused_not_misread(tmp_path):
    whole = (MODEL_DIR / "learned.bin").read_bytes()
    cut = tmp_path / "learned.bin"
    cut.write_bytes(whole[:-2])
    with pytest.raises(ValueError, match="cut short"):
        learned.read_model(str(cut))
