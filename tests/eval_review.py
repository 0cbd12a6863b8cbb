"""Score the reviewer on the labelled corpus: precision and recall per code, verdict accuracy.

Run with `make eval`. The corpus is for development; the reviewer is also judged on drafts it
has never seen, so a low figure here means a rule is wrong, not that a draft needs a special case.
"""

from __future__ import annotations

import sys
from collections import Counter

from corpus import load_corpus
from secondchance.core.review import PUBLIC_CODES, review


def evaluate(verbose: bool = False) -> tuple[dict[str, tuple[float, float]], float]:
    drafts = load_corpus()
    tp, fp, fn = Counter(), Counter(), Counter()
    right = 0
    for draft in drafts:
        result = review(draft.text, channel=draft.channel)
        found = {f.code for f in result.findings if f.code in PUBLIC_CODES}
        for code in PUBLIC_CODES:
            if code in found and code in draft.codes:
                tp[code] += 1
            elif code in found:
                fp[code] += 1
                if verbose:
                    print(f"  false positive {code:<20} {draft.id}")
            elif code in draft.codes:
                fn[code] += 1
                if verbose:
                    print(f"  missed         {code:<20} {draft.id}")
        right += result.verdict == draft.verdict
        if verbose and result.verdict != draft.verdict:
            print(f"  verdict {result.verdict} != {draft.verdict} for {draft.id}")
    scores = {}
    for code in PUBLIC_CODES:
        precision = tp[code] / (tp[code] + fp[code]) if tp[code] + fp[code] else 1.0
        recall = tp[code] / (tp[code] + fn[code]) if tp[code] + fn[code] else 1.0
        scores[code] = (precision, recall)
    return scores, right / len(drafts)


def main() -> None:
    scores, accuracy = evaluate(verbose="-v" in sys.argv)
    print(f"{'code':<22}{'precision':>10}{'recall':>8}")
    for code, (precision, recall) in scores.items():
        print(f"{code:<22}{precision:>10.2f}{recall:>8.2f}")
    print(f"verdict accuracy {accuracy:.2f} over {len(load_corpus())} drafts")


if __name__ == "__main__":
    main()
