"""Score one labelled batch of drafts, as it arrives (issue #17).

    .venv/bin/python tests/score_batch.py path/to/drafts-outsideNN.txt [--misses]

A new outside batch is scored once, on arrival, before anyone reads it: this prints precision,
recall and verdict accuracy over all its drafts and over its "missed interview" drafts, per
code, and how many types detection got right. `--misses` lists every disagreement with its
text; use it only on a batch that is being released for reading, never on a sealed one.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from corpus import SPLITS, load_corpus
from eval_review import confusion, evaluate
from secondchance.core.review import PUBLIC_CODES, review

ARRIVING = "arriving"


def print_misses() -> None:
    """List the drafts whose codes or verdict differ from their labels."""
    for draft in load_corpus(ARRIVING):
        result = review(draft.text, channel=draft.channel)  # type: ignore[arg-type]
        found = {f.code for f in result.findings if f.code in PUBLIC_CODES}
        if found == draft.codes and result.verdict == draft.verdict:
            continue
        print(f"--- {draft.id} {draft.type} (read as {result.message_type})")
        print(f"    missed {sorted(draft.codes - found)}, added {sorted(found - draft.codes)}")
        print("    " + draft.text.strip().replace("\n", "\n    "))


def main() -> None:
    """Score the batch named on the command line."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("batch", type=Path)
    parser.add_argument("--misses", action="store_true")
    args = parser.parse_args()
    SPLITS[ARRIVING] = args.batch
    if args.misses:
        print_misses()
    scores = evaluate(ARRIVING)
    for key in ("all", "type:apology"):
        score = scores[key]
        print(
            f"{key:<14} P {score.precision:.2f}  R {score.recall:.2f}"
            f"  verdicts {score.accuracy:.2f}  ({score.drafts} drafts)"
        )
    for code in PUBLIC_CODES:
        score = scores[code]
        print(f"  {code:<20} P {score.precision:.2f}  R {score.recall:.2f}  missed {score.fn}")
    drafts = load_corpus(ARRIVING)
    pairs = confusion((d.type, d.channel, d.text) for d in drafts)
    right = sum(n for (labelled, read), n in pairs.items() if labelled == read)
    print(f"type detection {right}/{len(drafts)}")


if __name__ == "__main__":
    main()
