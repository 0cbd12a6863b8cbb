"""A learned second reader: codes the phrase families miss, added where a model is sure (#17).

Every new author words blame, venting and rigid terms in ways no family has met yet, and each
round of new phrasings lifted the batch it was written from but hardly the next. A reader who
understands the text still gets them, so a linear model per code, trained on every labelled
draft in tests/data, reads the draft's words and word pairs as well.

It only ever adds. A code is added where the rules did not raise it and the model's
probability reaches the code's threshold. `make train-learned` chose each threshold on author
batches the model had not been trained on, where nine additions in ten had to be right; a
code that never got there has no threshold and is never added.

The weights ship in `model/learned.bin`: one JSON line (codes, thresholds, intercepts, the
scale of each code's weights), then each code's weights as little-endian int16, one per
bucket of the hashed words. `model/learned.json` records how the file was trained.
"""

from __future__ import annotations

import contextlib
import json
import math
import operator
import os
import re
import sys
import zlib
from array import array
from collections import Counter, defaultdict
from collections.abc import Iterator, Sequence
from contextvars import ContextVar
from dataclasses import dataclass
from functools import cache

from secondchance.core.review.draft import Draft, Span

BITS = 16
# Below this many words the model has too little to weigh and its estimates run to the
# extremes; out of fold, drafts this short gave 9 of its 200 or so additions.
MIN_WORDS = 25
_MASK = (1 << BITS) - 1
_FILE = os.path.join(os.path.dirname(__file__), "model", "learned.bin")
# Words of letters (any script, with inner apostrophes), runs of digits, single marks.
_TOKEN = re.compile(r"[^\W\d_]+(?:'[^\W\d_]+)*|\d+|[^\w\s]")
# Mixes a pair's two word hashes into one key (a multiplicative hash), so that "not late" and
# "late not" land in different buckets.
_PAIR = 0x9E3779B1


def tokens(draft: Draft) -> list[re.Match[str]]:
    """Return the body's tokens in normal form, each with its place."""
    return list(_TOKEN.finditer(draft.body))


def keys(words: Sequence[str], kind: str, channel: str) -> list[int]:
    """Hash each word, each pair of neighbours, the message type and the channel to a bucket.

    A key appears once per occurrence, so counting the list gives the term counts.
    """
    # A run of digits is a token of its own (see _TOKEN), so any number reads as "0".
    plain = ["0" if word.isdecimal() else word for word in words]
    hashes = list(map(zlib.crc32, map(str.encode, plain)))
    pairs = [
        (first * _PAIR ^ second) & _MASK for first, second in zip(hashes, hashes[1:], strict=False)
    ]
    labels = [zlib.crc32(f"@type:{kind}".encode()), zlib.crc32(f"@channel:{channel}".encode())]
    return [hashed & _MASK for hashed in hashes] + pairs + [label & _MASK for label in labels]


def draft_keys(draft: Draft) -> list[int]:
    """Return the keys of `draft`, read as its current message type."""
    words = [found.group() for found in tokens(draft)]
    return keys(words, draft.message_type, draft.channel)


@dataclass(frozen=True, slots=True)
class Model:
    """The trained weights: a logistic regression per code over hashed word keys."""

    codes: tuple[str, ...]
    thresholds: dict[str, float]
    intercepts: dict[str, float]
    scales: dict[str, float]
    weights: dict[str, memoryview]  # int16 per bucket, times the code's scale

    def probabilities(self, counted: Counter[int]) -> dict[str, float]:
        """Return each code's probability for a draft's counted keys, L2-normalized."""
        keys, counts = list(counted), list(counted.values())
        norm = math.sqrt(sum(map(operator.mul, counts, counts))) or 1.0
        found = {}
        for code in self.codes:
            # map() keeps the sum over a draft's few hundred keys in C: a tenth of a review.
            total = sum(map(operator.mul, map(self.weights[code].__getitem__, keys), counts))
            score = self.intercepts[code] + self.scales[code] * total / norm
            found[code] = 1.0 / (1.0 + math.exp(-score)) if score > -700 else 0.0
        return found

    def key_weight(self, code: str, key: int) -> float:
        """Return how far one occurrence of `key` pushes towards `code`, before normalizing."""
        return self.scales[code] * self.weights[code][key]


def read_model(path: str = _FILE) -> Model:
    """Read a weights file in the format above."""
    with open(path, "rb") as source:
        header_line = source.readline()
        body = source.read()
    header = json.loads(header_line)
    if header["bits"] != BITS:
        raise ValueError(f"{path} holds {header['bits']}-bit keys; this reader hashes {BITS}")
    size = 1 << BITS
    values = array("h")
    values.frombytes(body)
    if len(values) != size * len(header["codes"]):
        raise ValueError(f"{path} is cut short or too long for {len(header['codes'])} codes")
    if sys.byteorder == "big":  # the file is little-endian
        values.byteswap()
    table = memoryview(values)
    codes = tuple(header["codes"])
    return Model(
        codes=codes,
        thresholds=dict(zip(codes, header["thresholds"], strict=True)),
        intercepts=dict(zip(codes, header["intercepts"], strict=True)),
        scales=dict(zip(codes, header["scales"], strict=True)),
        weights={code: table[at * size : (at + 1) * size] for at, code in enumerate(codes)},
    )


# A context variable, not a global: a block that suspends the layer in one thread or task
# leaves every other review as it was.
_suspended: ContextVar[bool] = ContextVar("learned_layer_suspended", default=False)


@contextlib.contextmanager
def suspended() -> Iterator[None]:
    """Review by the rules alone inside this block: for training and for measuring the rules."""
    token = _suspended.set(True)
    try:
        yield
    finally:
        _suspended.reset(token)


@cache
def _model() -> Model:
    return read_model()


def probabilities(draft: Draft) -> dict[str, float]:
    """Return the probability of each code the model may add, once per draft and type."""
    return draft.remember("learned", lambda: _model().probabilities(Counter(draft_keys(draft))))


def adds(draft: Draft, code: str) -> bool:
    """Tell whether the model is sure enough of `code` in `draft` to add it."""
    if _suspended.get() or draft.words < MIN_WORDS:
        return False
    threshold = _model().thresholds.get(code)
    return threshold is not None and probabilities(draft)[code] >= threshold


def strongest_sentence(draft: Draft, code: str) -> Span:
    """Return the original span of the sentence whose words push hardest towards `code`.

    The whole body when no sentence pushes towards it at all.
    """
    model, found = _model(), tokens(draft)
    every_key = keys([match.group() for match in found], draft.message_type, draft.channel)
    word_keys, pair_keys = every_key[: len(found)], every_key[len(found) : 2 * len(found) - 1]
    push: defaultdict[int, float] = defaultdict(float)
    for index, match in enumerate(found):
        # A pair counts towards the sentence of its first word.
        pair = model.key_weight(code, pair_keys[index]) if index < len(pair_keys) else 0.0
        push[draft.sentence_at(match.start())] += model.key_weight(code, word_keys[index]) + pair
    push.pop(-1, None)
    best = max(push, key=push.__getitem__, default=None)
    if best is None or push[best] <= 0:
        return draft.body_span
    chosen = draft.sentences[best]
    return draft.to_original((chosen.start, chosen.end))
