"""Train the reviewer's learned layer and choose where it may add a code (issue 17).

Run with `make train-learned` (scikit-learn is in the `learn` extra; nothing at run time
imports it). It writes `src/secondchance/core/review/model/learned.bin` and its record
`learned.json`, and prints the figures the thresholds were chosen on.

- Training data: every labelled draft in tests/data except the two frozen splits that
  `make eval` reports as its fair figures (`test` and `outside`), and the messages of
  KIT_COUNT sampled kits (scripts/sample_kits.py, a fixed seed) as drafts with nothing to
  change: the product's own messages must review clean under their own type.
- Codes: those whose rule sets `learned`. The codes for something missing are left to the
  rules and their tolerant second look: telling a writer they never said what they said is
  the error users forgive least, and a model's guess is no second look.
- Model: one L2 logistic regression per candidate code (liblinear, C=16, balanced classes) over
  the keys of `learned.keys`: the body's words and word pairs in normal form, the message type
  and the channel, hashed and L2-normalized. The features are computed by the reviewer's own
  code, so training and review read a draft the same way.
- Thresholds: the sealed author batches (`-frozen` files) are dealt into eight folds. Each
  fold is read by a model trained on everything else, and its probabilities are pooled. For
  each code, an addition is a draft where the rules did not raise the code, its rule applies,
  and the probability reaches the threshold. A threshold is allowed only where the pooled
  additions number at least ten and nine in ten of them carry the code in their labels; of
  those, the one with most right additions less wrong ones is chosen. Otherwise the code is
  never added.
"""

from __future__ import annotations

import hashlib
import json
import sys
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

import numpy as np
import scipy
import sklearn
from scipy.sparse import csr_matrix
from sklearn.linear_model import LogisticRegression

from corpus import SPLITS, TRAINING_SPLITS, load_corpus
from secondchance.core.review import PUBLIC_CODES, RULES, learned, review
from secondchance.core.review.draft import Draft

CANDIDATES = tuple(rule.code for rule in RULES if rule.learned)
KIT_COUNT, KIT_SEED = 120, 17
# Drafts whose probabilities, as scikit-learn gives them, the record keeps: the reviewer's own
# reading of the weights file must give the same (tests/review/test_learned.py).
REFERENCES = 12
FOLDS = 8
GRID = tuple(round(0.5 + 0.025 * step, 3) for step in range(20))
MIN_ADDED, MIN_RIGHT = 10, 0.9
MODEL_DIR = Path(learned.__file__).parent / "model"


@dataclass
class Example:
    split: str
    id: str
    labels: frozenset[str]
    rules: frozenset[str]  # the public codes the rules raise, with the layer suspended
    open_codes: frozenset[str]  # candidate codes the layer may add: the rule applies, and
    # the draft is long enough for the model to read
    keys: list[int]


def examples() -> list[Example]:
    """Every training draft, read by the rules alone and keyed as the model reads it."""
    found = []
    with learned.suspended():
        for split in TRAINING_SPLITS:
            for labelled in load_corpus(split):
                result = review(labelled.text, channel=labelled.channel)
                draft = Draft.parse(labelled.text, channel=labelled.channel)
                draft = draft.as_type(result.message_type)
                open_codes = frozenset(
                    rule.code
                    for rule in RULES
                    if rule.learned
                    and rule.applies(draft, result.message_type)
                    and draft.words >= learned.MIN_WORDS
                )
                found.append(
                    Example(
                        split,
                        labelled.id,
                        frozenset(labelled.codes),
                        frozenset(f.code for f in result.findings if f.code in PUBLIC_CODES),
                        open_codes,
                        learned.draft_keys(draft),
                    )
                )
    return found


def kit_examples() -> list[Example]:
    """The messages of sampled kits, each read as its own type, with nothing to change."""
    sys.path.insert(0, str(Path(__file__).parents[1] / "scripts"))
    from sample_kits import sampled_kits

    found = []
    for index, (_data, _now, kit) in enumerate(sampled_kits(KIT_COUNT, KIT_SEED)):
        for message_id, message in kit.messages.items():
            if message.message_type is None:  # the call script is spoken, not sent
                continue
            channel = "email" if message.channel == "email" else "text"
            draft = Draft.parse(message.full_text, channel=channel, subject=message.subject)
            draft = draft.as_type(message.message_type, given=True)
            nothing = frozenset[str]()
            keys = learned.draft_keys(draft)
            found.append(
                Example("kits", f"kit{index}-{message_id}", nothing, nothing, nothing, keys)
            )
    return found


def matrix(rows: list[Example]) -> csr_matrix:
    """The L2-normalized key counts, as `learned.Model.probabilities` computes them."""
    data, indices, pointers = [], [], [0]
    for row in rows:
        counted = Counter(row.keys)
        norm = float(np.sqrt(sum(count * count for count in counted.values()))) or 1.0
        for key, count in sorted(counted.items()):
            indices.append(key)
            data.append(count / norm)
        pointers.append(len(indices))
    return csr_matrix((data, indices, pointers), shape=(len(rows), 1 << learned.BITS))


def fit(features: csr_matrix, targets: np.ndarray) -> LogisticRegression:
    model = LogisticRegression(C=16, class_weight="balanced", solver="liblinear", max_iter=1000)
    return model.fit(features, targets)


def _sealed(split: str) -> bool:
    return split in SPLITS and SPLITS[split].stem.endswith("-frozen")


def sealed_folds(rows: list[Example]) -> np.ndarray:
    """The fold of each sealed batch's drafts (0 to FOLDS-1); -1 for drafts always trained on."""
    sealed = sorted({row.split for row in rows if _sealed(row.split)})
    fold_of = {split: index % FOLDS for index, split in enumerate(sealed)}
    return np.array([fold_of.get(row.split, -1) for row in rows])


def out_of_fold(features: csr_matrix, rows: list[Example], folds: np.ndarray) -> dict:
    """Each sealed draft's probability for each code, from a model that never saw its batch."""
    found = {code: np.full(len(rows), np.nan) for code in CANDIDATES}
    for code in CANDIDATES:
        targets = np.array([code in row.labels for row in rows])
        for fold in range(FOLDS):
            held = folds == fold
            model = fit(features[~held], targets[~held])
            found[code][held] = model.predict_proba(features[held])[:, 1]
    return found


def additions(code: str, rows: list[Example], probs: np.ndarray, threshold: float) -> tuple:
    """(right, added) over the pooled sealed drafts where the layer would add `code`."""
    added = [
        row
        for row, probability in zip(rows, probs, strict=True)
        if probability >= threshold and code in row.open_codes and code not in row.rules
    ]
    return sum(code in row.labels for row in added), len(added)


def _trusted(right: int, added: int) -> bool:
    return added >= MIN_ADDED and right >= MIN_RIGHT * added


def choose(code: str, rows: list[Example], probs: np.ndarray) -> tuple[float | None, dict]:
    table = {t: additions(code, rows, probs, t) for t in GRID}
    allowed = [t for t, (right, added) in table.items() if _trusted(right, added)]
    best = max(allowed, key=lambda t: (2 * table[t][0] - table[t][1], t), default=None)
    return best, {str(t): list(counts) for t, counts in table.items()}


def print_pooled(sealed: list[Example], probs: dict, chosen: dict) -> None:
    """Precision and recall of all public codes over the sealed drafts, rules alone and with
    the layer's out-of-fold additions."""
    tally = {"rules": Counter(), "with the layer": Counter()}
    for index, row in enumerate(sealed):
        added = {
            code
            for code, threshold in chosen.items()
            if threshold is not None
            and code in row.open_codes
            and code not in row.rules
            and probs[code][index] >= threshold
        }
        for name, found in (("rules", row.rules), ("with the layer", row.rules | added)):
            tally[name].update(
                tp=len(found & row.labels), fp=len(found - row.labels), fn=len(row.labels - found)
            )
    for name, counts in tally.items():
        precision = counts["tp"] / (counts["tp"] + counts["fp"])
        recall = counts["tp"] / (counts["tp"] + counts["fn"])
        print(f"sealed drafts, {name:15} P {precision:.3f}  R {recall:.3f}  {dict(counts)}")


def quantized(model: LogisticRegression) -> tuple[np.ndarray, float, float]:
    weights = model.coef_[0]
    scale = float(np.abs(weights).max()) / 32767 or 1.0
    return np.round(weights / scale).astype("<i2"), scale, float(model.intercept_[0])


def sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def main() -> None:
    rows = examples() + kit_examples()
    features = matrix(rows)
    folds = sealed_folds(rows)
    sealed = [row for row, fold in zip(rows, folds, strict=True) if fold >= 0]
    print(f"{len(rows)} training drafts; {len(sealed)} in {FOLDS} folds of sealed batches")
    probs = out_of_fold(features, rows, folds)
    chosen, tables = {}, {}
    for code in CANDIDATES:
        pooled = probs[code][folds >= 0]
        chosen[code], tables[code] = choose(code, sealed, pooled)
        missed = sum(code in r.labels - r.rules and code in r.open_codes for r in sealed)
        cells = "  ".join(f"{t}:{r}/{a}" for t, (r, a) in tables[code].items())
        print(f"{code:20} missed {missed:3}  threshold {chosen[code]}  {cells}")
    print_pooled(sealed, {code: probs[code][folds >= 0] for code in CANDIDATES}, chosen)
    kept = [code for code in CANDIDATES if chosen[code] is not None]
    blocks, scales, intercepts = [], [], []
    picked = list(range(0, len(rows), len(rows) // REFERENCES))[:REFERENCES]
    references: dict[str, dict[str, float]] = {rows[index].id: {} for index in picked}
    for code in kept:
        model = fit(features, np.array([code in r.labels for r in rows]))
        probabilities = model.predict_proba(features[picked])[:, 1]
        for index, probability in zip(picked, probabilities, strict=True):
            row = rows[index]
            references[row.id][code] = round(float(probability), 6)
        weights, scale, intercept = quantized(model)
        blocks.append(weights.tobytes())
        scales.append(scale)
        intercepts.append(intercept)
    header = {
        "bits": learned.BITS,
        "codes": kept,
        "thresholds": [chosen[code] for code in kept],
        "intercepts": intercepts,
        "scales": scales,
    }
    MODEL_DIR.mkdir(exist_ok=True)
    weights_file = MODEL_DIR / "learned.bin"
    weights_file.write_bytes(json.dumps(header).encode() + b"\n" + b"".join(blocks))
    record = {
        "weights_sha256": sha256(weights_file),
        "thresholds": {code: chosen[code] for code in CANDIDATES},
        "pooled_additions_right_of_added": tables,
        "training_drafts": len(rows),
        "kit_messages": sum(row.split == "kits" for row in rows),
        "sealed_drafts_in_folds": len(sealed),
        "data_sha256": {SPLITS[split].name: sha256(SPLITS[split]) for split in TRAINING_SPLITS},
        "reference_probabilities": references,
        "versions": {
            "python": sys.version.split()[0],
            "scikit-learn": sklearn.__version__,
            "numpy": np.__version__,
            "scipy": scipy.__version__,
        },
    }
    (MODEL_DIR / "learned.json").write_text(json.dumps(record, indent=1) + "\n", encoding="utf-8")
    print(f"wrote {weights_file} ({weights_file.stat().st_size:,} bytes): {', '.join(kept)}")


if __name__ == "__main__":
    main()
