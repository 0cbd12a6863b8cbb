"""Read the labelled draft corpus in tests/data/drafts.txt."""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

CORPUS = Path(__file__).parent / "data" / "drafts.txt"
_HEADER = re.compile(
    r"^### id=(?P<id>\S+) channel=(?P<channel>\S+) verdict=(?P<verdict>\S+) codes=(?P<codes>\S*)$",
    re.MULTILINE,
)


@dataclass(frozen=True)
class LabelledDraft:
    id: str
    channel: str
    verdict: str
    codes: frozenset[str]
    text: str


def load_corpus(path: Path = CORPUS) -> list[LabelledDraft]:
    source = path.read_text(encoding="utf-8")
    headers = list(_HEADER.finditer(source))
    drafts = []
    for header, following in zip(headers, [*headers[1:], None], strict=True):
        end = following.start() if following else len(source)
        text = source[header.end() + 1 : end].strip("\n") + "\n"
        codes = frozenset(c for c in header["codes"].split(",") if c)
        drafts.append(
            LabelledDraft(header["id"], header["channel"], header["verdict"], codes, text)
        )
    return drafts
