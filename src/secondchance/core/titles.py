"""What a role's title says about its level, read the same way by the plan and the kit."""

from __future__ import annotations

import re

# VP and C-level: their holders are given more room between notes (plan, round 17 of #16).
EXECUTIVE_WORDS = frozenset(
    {"vp", "svp", "evp", "vice", "chief", "president"}
    | {"ceo", "cfo", "cto", "coo", "cmo", "cio", "cpo"}
)
# Senior roles, to whom a portfolio or references read as tacked on (kit, round 12 of #16).
SENIOR_WORDS = EXECUTIVE_WORDS | {"director", "head", "manager", "partner"}


def title_words(role: str) -> set[str]:
    """Return the lower-case words of a role's title."""
    return set(re.findall(r"[a-z]+", role.lower()))


def is_executive(role: str) -> bool:
    """Whether `role` is VP or C-level."""
    return bool(title_words(role) & EXECUTIVE_WORDS)
