"""Would a small learned model help the reviewer on authors it never saw? (issue 17)

Run with `make eval-learned` (scikit-learn is a dev dependency; the runtime never imports it).

Leave one author batch out: for each batch B, a linear model per weak code is trained on every
other batch and scored on B. Thresholds are chosen on out-of-fold predictions over the
training batches only (an inner leave-one-batch-out), never on B. Each strategy is printed
per batch, then averaged:

- rules:  today's reviewer alone;
- model:  the model alone decides the weak codes;
- or:     the rules, plus the code wherever the model is confident;
- veto:   the rules' finding stands only where the model does not call it unlikely;
- both:   veto and or together;
- precise: or, with each code's threshold the lowest at which the model alone was right nine
  times in ten out of fold (not weighed against the rules, which are in-sample there).

Features: hashed word 1-2 grams and letter 3-5 grams, the detected type, the channel and a
length bucket; one L2 logistic regression per code (C=4, balanced classes). Options:
`--rule-features` adds the rules' own codes as features; `--min-df=N` and `--top=K` prune the
keys as a shippable weights file would need to; `--quick` runs rules, model, or and precise
only; a batch name (dev, d3, test, c2, D4, D5, D6) runs that fold alone; `-v` prints the
thresholds chosen. docs/learned-review.md records the figures and what they decided.

A strategy may fall back to the rules for a code (threshold "never") when that is what the
training batches favour. Caveat: the rules were tuned while reading dev, d3, D4 and D5, so there the
rules' figures are in-sample and flattering; the frozen test, c2 and D6 are the fair
comparisons.
"""

from __future__ import annotations

import math
import re
import sys
import zlib
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

import numpy as np
from scipy.sparse import csr_matrix, diags
from sklearn.linear_model import LogisticRegression

from corpus import LabelledDraft, load_corpus
from secondchance.core.review import PUBLIC_CODES, REWRITE_CODES, Severity, review

WEAK_CODES = (
    "BLAME",
    "NO_OWNERSHIP",
    "FRUSTRATION",
    "DISHONEST_RED_FLAG",
    "OVER_EXPLAINING",
    "NO_ENTHUSIASM",
)
OUTSIDE = ("c2", "D4", "D5", "D6")
# Never read to change a rule (see each file's header): the fair comparisons with the rules.
FAIR = ("test", "c2", "D6")
STRATEGIES = ("rules", "model", "or", "veto", "both", "precise")
if "--quick" in sys.argv:  # the strategies that ever won, for a faster run
    STRATEGIES = ("rules", "model", "or", "precise")
GRID = tuple(round(0.05 * step, 2) for step in range(1, 20))
NEVER_ADD, NEVER_VETO = 1.01, 0.0
# The "precise" strategy: the model alone must be this precise, on at least this many drafts.
PRECISION, MIN_RAISED = 0.9, 5
C = 4.0
DIM = 1 << 18  # hashed feature space
_WORD = re.compile(r"\w+(?:'\w+)*")


def _option(name: str, default: int) -> int:
    return next((int(arg.split("=")[1]) for arg in sys.argv if arg.startswith(name + "=")), default)


# Pruning, to see what a weights file small enough to ship would cost: keys seen in fewer than
# MIN_DF training drafts get no weight, and `--top=K` refits on the K keys of largest weight.
MIN_DF = _option("--min-df", 1)
TOP_KEYS = _option("--top", 0)
# The rules' own findings as features made the model copy the rules, which are in-sample on
# the batches they were tuned on; kept as an option to show it.
RULE_FEATURES = "--rule-features" in sys.argv


@dataclass
class Item:
    """One labelled draft with what the rules made of it and its feature vector."""

    draft: LabelledDraft
    batch: str
    rule_codes: frozenset[str]  # every non-info code the rules raised, public or not
    features: dict[int, float] = field(default_factory=dict)


def batches() -> dict[str, list[LabelledDraft]]:
    """Group the corpus by author batch: the splits, with the outside-tuned file split in two."""
    grouped: dict[str, list[LabelledDraft]] = {
        "dev": load_corpus("dev"),
        "d3": load_corpus("d3"),
        "test": load_corpus("test"),
        "c2": load_corpus("outside"),
        "D6": load_corpus("outside6"),
    }
    for draft in load_corpus("outside-tuned"):
        grouped.setdefault(draft.id.split("-")[0], []).append(draft)
    return grouped


def text_keys(text: str) -> set[str]:
    """Word 1-2 grams and letter 3-5 grams, read over the lower-cased words and single spaces."""
    words = _WORD.findall(text.lower().replace("\u2019", "'"))
    keys = {"w:" + word for word in words}
    keys.update(f"b:{one} {two}" for one, two in zip(words, words[1:], strict=False))
    joined = " " + " ".join(words) + " "
    for size in (3, 4, 5):
        keys.update("c:" + joined[i : i + size] for i in range(len(joined) - size + 1))
    return keys


def features(text: str, rule_codes: Iterable[str], kind: str, channel: str) -> dict[int, float]:
    """Hash a draft's keys into a unit-length sparse vector, plus its type, channel and length.

    Plain Python and crc32, so that a runtime could compute the same vector without numpy;
    with `--rule-features`, the rules' own codes are added as features too.
    """
    out: dict[int, float] = {}
    keys = text_keys(text)
    for key in keys:
        _add(out, key, 1 / math.sqrt(len(keys)))
    for key in (f"type:{kind}", f"channel:{channel}", f"len:{min(len(text) // 400, 4)}"):
        _add(out, key, 1.0)
    for code in rule_codes if RULE_FEATURES else ():
        _add(out, f"rule:{code}", 1.0)
    return out


def _add(vector: dict[int, float], key: str, value: float) -> None:
    index = zlib.crc32(key.encode()) & (DIM - 1)
    vector[index] = vector.get(index, 0.0) + value


def prepare() -> list[Item]:
    items = []
    for name, drafts in batches().items():
        for draft in drafts:
            result = review(draft.text, channel=draft.channel)  # type: ignore[arg-type]
            codes = frozenset(f.code for f in result.findings if f.severity is not Severity.INFO)
            item = Item(draft, name, codes)
            item.features = features(draft.text, codes, result.message_type, draft.channel)
            assert verdict(codes) == result.verdict, draft.id
            items.append(item)
    return items


def verdict(codes: Iterable[str]) -> str:
    """The reviewer's verdict rule, on a set of non-info codes."""
    found = set(codes)
    if found & REWRITE_CODES or {"BLAME", "NO_OWNERSHIP"} <= found or len(found) >= 3:
        return "rewrite"
    return "revise" if found else "ready"


def matrix(items: Sequence[Item]) -> csr_matrix:
    rows, cols, vals = [], [], []
    for row, item in enumerate(items):
        for col, val in item.features.items():
            rows.append(row)
            cols.append(col)
            vals.append(val)
    return csr_matrix((vals, (rows, cols)), shape=(len(items), DIM))


def fit(train: Sequence[Item], codes: Sequence[str] = WEAK_CODES) -> dict[str, LogisticRegression]:
    """One logistic model per code that both occurs and is absent in `train`.

    Liblinear with a fixed seed makes the fit repeatable.
    """
    x_train = matrix(train)
    keep = np.asarray((x_train > 0).sum(axis=0)).ravel() >= MIN_DF
    x_train = x_train @ diags(keep.astype(float))
    fitted = {}
    for code in codes:
        labels = np.array([code in item.draft.codes for item in train])
        if labels.all() or not labels.any():
            continue
        model = _model().fit(x_train, labels)
        if TOP_KEYS:
            top = np.zeros(x_train.shape[1])
            top[np.argsort(-np.abs(model.coef_[0]), kind="stable")[:TOP_KEYS]] = 1.0
            model = _model().fit(x_train @ diags(top), labels)
        fitted[code] = model
    return fitted


def _model() -> LogisticRegression:
    return LogisticRegression(C=C, class_weight="balanced", solver="liblinear", random_state=0)


def fit_predict(train: Sequence[Item], test: Sequence[Item]) -> dict[str, np.ndarray]:
    """Probability of each weak code on `test`, from one model per code trained on `train`."""
    x_test = matrix(test)
    fitted = fit(train)
    return {
        code: fitted[code].predict_proba(x_test)[:, 1] if code in fitted else np.zeros(len(test))
        for code in WEAK_CODES
    }


Thresholds = dict[str, tuple[float, float]]  # code -> (add at or above, veto below)


def decide(
    items: Sequence[Item], probs: dict[str, np.ndarray], thresholds: Thresholds, strategy: str
) -> list[frozenset[str]]:
    """The non-info codes each draft ends with under a strategy and its thresholds."""
    decided = []
    for row, item in enumerate(items):
        codes = set(item.rule_codes)
        if strategy != "rules":
            for code, (add, veto) in thresholds.items():
                p = probs[code][row]
                keep = p >= add
                if strategy != "model":
                    keep = keep or (code in codes and p >= veto)
                codes.discard(code)
                if keep:
                    codes.add(code)
        decided.append(frozenset(codes))
    return decided


def objective(items: Sequence[Item], decided: list[frozenset[str]]) -> tuple[int, int]:
    """Verdicts right first, then code decisions right, over the weak codes."""
    verdicts = sum(verdict(c) == item.draft.verdict for item, c in zip(items, decided, strict=True))
    codes = sum(
        (code in c) == (code in item.draft.codes)
        for item, c in zip(items, decided, strict=True)
        for code in WEAK_CODES
    )
    return verdicts, codes


def choose(items: Sequence[Item], probs: dict[str, np.ndarray], strategy: str) -> Thresholds:
    """Pick thresholds per code by coordinate ascent on out-of-fold training predictions."""
    start = {"model": (0.5, NEVER_VETO)}.get(strategy, (NEVER_ADD, NEVER_VETO))
    chosen: Thresholds = dict.fromkeys(WEAK_CODES, start)
    if strategy == "rules":
        return chosen
    if strategy == "precise":
        return {code: (_precise(items, probs[code], code), NEVER_VETO) for code in WEAK_CODES}
    adds = GRID if strategy == "model" else (*GRID, NEVER_ADD)
    vetoes = (NEVER_VETO, *GRID) if strategy in ("veto", "both") else (NEVER_VETO,)
    if strategy == "veto":
        adds = (NEVER_ADD,)
    for _ in range(2):
        for code in WEAK_CODES:
            best = None
            for add in adds:
                for veto in vetoes:
                    if veto > add:
                        continue
                    trial = {**chosen, code: (add, veto)}
                    score = objective(items, decide(items, probs, trial, strategy))
                    # Ties go to the change closest to the rules: a high add, a low veto.
                    key = (*score, add, -veto)
                    if best is None or key > best[0]:
                        best = (key, (add, veto))
            assert best is not None
            chosen[code] = best[1]
    return chosen


def _precise(items: Sequence[Item], probs: np.ndarray, code: str) -> float:
    """The lowest threshold at which the model alone is right PRECISION times in ten, out of fold.

    Unlike the other strategies this does not weigh the model against the rules, whose figures
    on the batches they were tuned on are in-sample and would make any addition look wrong.
    """
    labels = np.array([code in item.draft.codes for item in items])
    for threshold in GRID:
        raised = probs >= threshold
        if raised.sum() >= MIN_RAISED and labels[raised].mean() >= PRECISION:
            return threshold
    return NEVER_ADD


@dataclass
class Tally:
    tp: Counter[str] = field(default_factory=Counter)
    fp: Counter[str] = field(default_factory=Counter)
    fn: Counter[str] = field(default_factory=Counter)
    right: int = 0
    drafts: int = 0

    def add(self, item: Item, codes: frozenset[str]) -> None:
        found = codes & set(PUBLIC_CODES)
        for code in PUBLIC_CODES:
            if code in found and code in item.draft.codes:
                self.tp[code] += 1
            elif code in found:
                self.fp[code] += 1
            elif code in item.draft.codes:
                self.fn[code] += 1
        self.right += verdict(codes) == item.draft.verdict
        self.drafts += 1

    def pr(self, code: str | None = None) -> tuple[float, float]:
        tp = sum(self.tp.values()) if code is None else self.tp[code]
        fp = sum(self.fp.values()) if code is None else self.fp[code]
        fn = sum(self.fn.values()) if code is None else self.fn[code]
        return (tp / (tp + fp) if tp + fp else 1.0, tp / (tp + fn) if tp + fn else 1.0)

    @property
    def accuracy(self) -> float:
        return self.right / self.drafts


def out_of_fold(train: Sequence[Item]) -> dict[str, np.ndarray]:
    """Each training draft's probabilities from models trained without its batch."""
    oof: dict[str, np.ndarray] = {code: np.zeros(len(train)) for code in WEAK_CODES}
    for inner in sorted({item.batch for item in train}):
        rows = [i for i, item in enumerate(train) if item.batch == inner]
        rest = [item for item in train if item.batch != inner]
        probs = fit_predict(rest, [train[i] for i in rows])
        for code in WEAK_CODES:
            oof[code][rows] = probs[code]
    return oof


def held_out(items: list[Item], batch: str) -> dict[str, tuple[Tally, Thresholds]]:
    """Score every strategy on one batch, trained and tuned on the others."""
    train = [item for item in items if item.batch != batch]
    test = [item for item in items if item.batch == batch]
    oof = out_of_fold(train)
    final = fit_predict(train, test)
    out = {}
    for strategy in STRATEGIES:
        thresholds = choose(train, oof, strategy)
        tally = Tally()
        for item, codes in zip(test, decide(test, final, thresholds, strategy), strict=True):
            tally.add(item, codes)
        out[strategy] = (tally, thresholds)
    return out


def report(name: str, results: dict[str, tuple[Tally, Thresholds]], verbose: bool) -> None:
    drafts = results["rules"][0].drafts
    print(f"\n== held out: {name} ({drafts} drafts) ==")
    header = "".join(f"{code[:12]:>14}" for code in WEAK_CODES)
    print(f"{'strategy':<8}{'verdict':>8}{'all P/R':>11}{header}")
    for strategy, (tally, thresholds) in results.items():
        p, r = tally.pr()
        cells = "".join(
            f"{tally.pr(code)[0]:>7.2f}/{tally.pr(code)[1]:<4.2f}"
            + ("*" if tally.tp[code] + tally.fp[code] + tally.fn[code] == 0 else " ")
            + " "
            for code in WEAK_CODES
        )
        print(f"{strategy:<8}{tally.accuracy:>8.2f}{p:>6.2f}/{r:<4.2f}{cells}")
        if verbose and strategy != "rules":
            print("         thresholds (add, veto):", thresholds)


def summary(all_results: dict[str, dict[str, tuple[Tally, Thresholds]]]) -> None:
    groups = {
        "every batch": list(all_results),
        "outside batches": [b for b in all_results if b in OUTSIDE],
        "fair (test,c2,D6)": [b for b in all_results if b in FAIR],
        "D6 alone": [b for b in all_results if b == "D6"],
    }
    print("\n== averages over held-out batches (verdict accuracy; per-code precision) ==")
    print(
        f"{'group':<18}{'strategy':<8}{'verdict':>8}{'all P':>7}{'all R':>7}"
        + "".join(f"{code[:12]:>14}" for code in WEAK_CODES)
    )
    for group, names in groups.items():
        for strategy in STRATEGIES:
            tallies = [all_results[b][strategy][0] for b in names]
            acc = sum(t.accuracy for t in tallies) / len(tallies)
            p = sum(t.pr()[0] for t in tallies) / len(tallies)
            r = sum(t.pr()[1] for t in tallies) / len(tallies)
            pooled = Tally()
            for t in tallies:
                pooled.tp.update(t.tp)
                pooled.fp.update(t.fp)
                pooled.fn.update(t.fn)
            cells = "".join(
                f"{pooled.pr(code)[0]:>8.2f}/{pooled.pr(code)[1]:<5.2f}" for code in WEAK_CODES
            )
            print(f"{group:<18}{strategy:<8}{acc:>8.2f}{p:>7.2f}{r:>7.2f}{cells}")
    print("(verdict, all P and all R: mean of the batches; per code: P/R pooled over them)")


def main() -> None:
    verbose = "-v" in sys.argv
    only = [arg for arg in sys.argv[1:] if not arg.startswith("-")]
    items = prepare()
    print("batches:", ", ".join(f"{b} {n}" for b, n in Counter(i.batch for i in items).items()))
    all_results = {}
    for batch in only or sorted({item.batch for item in items}):
        all_results[batch] = held_out(items, batch)
        report(batch, all_results[batch], verbose)
    summary(all_results)


if __name__ == "__main__":
    main()
