"""secondchance: recover with honesty and composure after missing a job interview.

The Python API. Everything here is pure: pass `now` (an aware datetime) where time matters.

>>> from secondchance import Case, compose_kit
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

__version__ = "0.1.0"

# Lazy re-exports keep `import secondchance` (and so every CLI start) cheap.
_EXPORTS = {
    "Case": "secondchance.core.intake",
    "compose_kit": "secondchance.core.compose",
    "Kit": "secondchance.core.compose",
    "Message": "secondchance.core.compose",
    "REASONS": "secondchance.core.reasons",
    "get_reason": "secondchance.core.reasons",
    "review": "secondchance.core.review",
    "Review": "secondchance.core.review",
    "build_plan": "secondchance.core.plan",
    "Plan": "secondchance.core.plan",
}

__all__ = [*sorted(_EXPORTS), "__version__"]

if TYPE_CHECKING:
    from secondchance.core.compose import Kit, Message, compose_kit
    from secondchance.core.intake import Case
    from secondchance.core.reasons import REASONS, get_reason


def __getattr__(name: str) -> Any:  # noqa: ANN401 - re-exports are of many types
    """Import a public name on first use."""
    if name not in _EXPORTS:
        raise AttributeError(f"module 'secondchance' has no attribute {name!r}")
    from importlib import import_module

    return getattr(import_module(_EXPORTS[name]), name)
