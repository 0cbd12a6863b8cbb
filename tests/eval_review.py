"""Score the reviewer on the labelled corpus: precision and recall per code and per type.

Run with `make eval`. The dev split is for development; the frozen test split is the honest
figure, because no rule is ever changed for one of its drafts (see tests/data/drafts-test.txt);
the outside split was written by an author who never saw the rules (see drafts-outside.txt).
The d3 split is development data by another such author (drafts-dev-d3.txt).
`-v` lists every disagreement on the dev and d3 splits.
"""

from __future__ import annotations

import contextlib
import sys
from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass

from corpus import LAYER_HELD_OUT, SPLITS, TYPE_PROBES, load_corpus, load_type_probe
from secondchance.core.review import PUBLIC_CODES, learned, review


@dataclass
class Score:
    tp: int = 0
    fp: int = 0
    fn: int = 0
    right: int = 0
    drafts: int = 0

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0

    @property
    def accuracy(self) -> float:
        return self.right / self.drafts if self.drafts else 1.0


def evaluate(split: str, verbose: bool = False, typed: bool = False) -> dict[str, Score]:
    """Score one split; keys are codes, 'type:<name>' and 'all' (micro over the codes).

    With `typed`, each draft is reviewed with its labelled message type; otherwise the
    reviewer detects the type itself, as it does for a user who gives none.
    """
    scores: dict[str, Score] = defaultdict(Score)
    for draft in load_corpus(split):
        options = {"message_type": draft.type} if typed else {}
        result = review(draft.text, channel=draft.channel, **options)  # type: ignore[arg-type]
        found = {f.code for f in result.findings if f.code in PUBLIC_CODES}
        for code in PUBLIC_CODES:
            outcome = _outcome(code in found, code in draft.codes)
            if outcome is None:
                continue
            for key in (code, "all", f"type:{draft.type}"):
                setattr(scores[key], outcome, getattr(scores[key], outcome) + 1)
            if verbose and outcome in ("fp", "fn"):
                kind = "false positive" if outcome == "fp" else "missed        "
                print(f"  {kind} {code:<20} {draft.id}")
        for key in ("all", f"type:{draft.type}"):
            scores[key].drafts += 1
            scores[key].right += result.verdict == draft.verdict
        if verbose and result.verdict != draft.verdict:
            print(f"  verdict {result.verdict} != {draft.verdict} for {draft.id}")
    return scores


def _outcome(found: bool, labelled: bool) -> str | None:
    if found and labelled:
        return "tp"
    if found:
        return "fp"
    return "fn" if labelled else None


def report(split: str, scores: dict[str, Score]) -> None:
    print(f"\n== {split} split: {scores['all'].drafts} drafts ==")
    print(f"{'code or type':<28}{'precision':>10}{'recall':>8}{'verdicts':>10}")
    for key in (*PUBLIC_CODES, *sorted(k for k in scores if k.startswith("type:")), "all"):
        score = scores[key]
        verdicts = f"{score.accuracy:>10.2f}" if score.drafts else ""
        print(f"{key:<28}{score.precision:>10.2f}{score.recall:>8.2f}{verdicts}")


def pooled(splits: Iterable[str]) -> dict[str, Score]:
    """Score several splits as one."""
    total: dict[str, Score] = defaultdict(Score)
    for split in splits:
        for key, score in evaluate(split).items():
            for part in ("tp", "fp", "fn", "right", "drafts"):
                setattr(total[key], part, getattr(total[key], part) + getattr(score, part))
    return total


def report_layer() -> None:
    """The learned layer's fair figures: batches it was never trained on, without and with it."""
    print(f"\n== the learned layer's held-out batches ({', '.join(LAYER_HELD_OUT)}) ==")
    print(f"{'':<28}{'precision':>10}{'recall':>8}{'verdicts':>10}")
    readings = (("rules alone", learned.suspended), ("with the layer", contextlib.nullcontext))
    for name, reading in readings:
        with reading():
            scores = pooled(LAYER_HELD_OUT)
        for key in ("type:apology", "all"):
            score = scores[key]
            label = f"{name}, {key}"
            print(f"{label:<28}{score.precision:>10.3f}{score.recall:>8.3f}{score.accuracy:>10.3f}")


def confusion(messages: Iterable[tuple[str, str, str]]) -> Counter[tuple[str, str]]:
    """Count (labelled type, detected type) pairs over (type, channel, text) messages."""
    return Counter(
        (kind, review(text, channel=channel).message_type)  # type: ignore[arg-type]
        for kind, channel, text in messages
    )


def labelled_types(split: str) -> list[tuple[str, str, str]]:
    """Return (type, channel, text) for each draft of a split."""
    return [(draft.type, draft.channel, draft.text) for draft in load_corpus(split)]


def report_confusion(split: str, pairs: Counter[tuple[str, str]]) -> None:
    types = sorted({kind for pair in pairs for kind in pair})
    short = [kind[:8] for kind in types]
    print(f"\n== type detection on {split} (rows: labelled, columns: detected) ==")
    print(f"{'':<20}" + "".join(f"{name:>9}" for name in short))
    for labelled in types:
        row = "".join(f"{pairs[(labelled, detected)] or '.':>9}" for detected in types)
        print(f"{labelled:<20}{row}")
    right = sum(n for (labelled, detected), n in pairs.items() if labelled == detected)
    print(f"accuracy {right / sum(pairs.values()):.2f}")


# Every split is printed; type detection for those not written beside the rules (dev is), less
# the batches already tuned on before type detection was measured.
SCORED = tuple(SPLITS)
CONFUSED = tuple(split for split in SPLITS if split not in {"dev", "outside-tuned"})


def main() -> None:
    verbose = "-v" in sys.argv
    typed = "--typed" in sys.argv
    for split in SCORED:
        report(split, evaluate(split, verbose=verbose and split in {"dev", "d3"}, typed=typed))
    for split in CONFUSED:
        report_confusion(split, confusion(labelled_types(split)))
    for probe in TYPE_PROBES:
        report_confusion(probe, confusion(load_type_probe(probe)))
    report_layer()
    counts = Counter(draft.type for split in ("dev", "test") for draft in load_corpus(split))
    print("\ndrafts per type:", ", ".join(f"{t} {n}" for t, n in sorted(counts.items())))


if __name__ == "__main__":
    main()
