"""How far two careful readers agree, and where the reviewer stands between them (issue 17).

Run with `make eval-agreement`. The 252 "missed interview" drafts of sealed batches 106 to 111
were labelled by their authors and, blind, by a second reader (data/second-reader-106-111.txt).
Prints precision and recall, overall and by code, of the second reader against the authors,
of the reviewer against each reader, and of the reviewer where the two readers agree. If two
readers agreed far less than the reviewer's targets, the targets would measure label noise;
they agree at about 0.98, so the reviewer's misses are real misses.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping

from corpus import DATA, load_corpus
from secondchance.core.review import PUBLIC_CODES, review

SECOND_READER = DATA / "second-reader-106-111.txt"
BATCHES = [f"outside{number}" for number in range(106, 112)]
_LINE = re.compile(r"^(?P<id>\S+) verdict=(?P<verdict>\w+) codes=(?P<codes>\S*)$")

Labels = Mapping[str, frozenset[str]]


def second_reader() -> dict[str, frozenset[str]]:
    """Return the second reader's codes by draft id."""
    labels = {}
    for line in SECOND_READER.read_text(encoding="utf-8").splitlines():
        if found := _LINE.match(line):
            labels[found["id"]] = frozenset(code for code in found["codes"].split(",") if code)
    return labels


def score(
    found: Labels,
    truth: Labels,
    codes: tuple[str, ...] = PUBLIC_CODES,
    counted: Callable[[str, str], bool] = lambda _draft, _code: True,
) -> tuple[int, int, int]:
    """Return true positives, false positives and misses of `found` against `truth`."""
    tp = fp = fn = 0
    for draft, labelled in truth.items():
        for code in codes:
            if not counted(draft, code):
                continue
            said, right = code in found[draft], code in labelled
            tp += said and right
            fp += said and not right
            fn += right and not said
    return tp, fp, fn


def figures(tp: int, fp: int, fn: int) -> str:
    precision = tp / (tp + fp) if tp + fp else 1.0
    recall = tp / (tp + fn) if tp + fn else 1.0
    return f"{precision:.2f} / {recall:.2f} ({tp + fn:>3})"


def main() -> None:
    drafts = [d for split in BATCHES for d in load_corpus(split) if d.type == "apology"]
    authors = {d.id: d.codes for d in drafts}
    second = second_reader()
    reviewer = {}
    for d in drafts:
        findings = review(d.text, channel=d.channel).findings  # type: ignore[arg-type]
        reviewer[d.id] = frozenset(f.code for f in findings if f.code in PUBLIC_CODES)

    def agreed(draft: str, code: str) -> bool:
        return (code in authors[draft]) == (code in second[draft])

    comparisons = [
        ("second reader vs authors", second, authors, None),
        ("reviewer vs authors", reviewer, authors, None),
        ("reviewer vs second reader", reviewer, second, None),
        ("reviewer where both agree", reviewer, authors, agreed),
    ]
    print(f"{len(drafts)} 'missed interview' drafts; P / R (labelled)\n")
    print(f"{'code':<20}" + "".join(f"{name:>28}" for name, *_ in comparisons))
    for code in ("all", *PUBLIC_CODES):
        codes = PUBLIC_CODES if code == "all" else (code,)
        row = []
        for _name, found, truth, only in comparisons:
            counted = only or (lambda _draft, _code: True)
            row.append(figures(*score(found, truth, codes, counted)))
        print(f"{code:<20}" + "".join(f"{cell:>28}" for cell in row))


if __name__ == "__main__":
    main()
