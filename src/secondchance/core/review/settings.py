"""The reviewer's thresholds, which a user may override; the defaults are in the README."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, fields


@dataclass(frozen=True, slots=True)
class ReviewSettings:
    """Thresholds that a user may override; the defaults are documented in the README."""

    max_words: int = 200  # OVER_EXPLAINING beyond this (greeting and sign-off included)
    target_words: int = 150  # a LENGTH note beyond this, for email
    short_channel_words: int = 100  # a LENGTH note beyond this, for LinkedIn and text
    max_sentence_words: int = 35  # a LONG_SENTENCE note beyond this
    max_grade: float = 12.0  # a READABILITY note when the Flesch-Kincaid grade is higher
    max_apologies: int = 3  # an OVER_APOLOGIZING note at this many apologies or more

    def __post_init__(self) -> None:
        for item in fields(self):
            value = getattr(self, item.name)
            if isinstance(value, bool) or not isinstance(value, int | float) or value <= 0:
                raise ValueError(f"{item.name} must be a positive number, not {value!r}")

    @classmethod
    def from_overrides(cls, overrides: Mapping[str, str | float]) -> ReviewSettings:
        """Build settings from NAME=VALUE overrides; raise ValueError naming a bad one."""
        kinds: dict[str, type[int] | type[float]] = {
            item.name: float if isinstance(item.default, float) else int for item in fields(cls)
        }
        values: dict[str, float] = {}
        for name, raw in overrides.items():
            if name not in kinds:
                raise ValueError(f"{name!r} is not a threshold; use one of {', '.join(kinds)}")
            try:
                values[name] = kinds[name](raw)
            except (TypeError, ValueError):
                raise ValueError(f"{name} must be a number, not {raw!r}") from None
        return cls(**values)  # type: ignore[arg-type]
