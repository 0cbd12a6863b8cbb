"""What the web app is built from: its settings and where its files are.

Its own module, so that the pages, the API and their dependencies read it without importing
the app factory that imports them.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path

from secondchance.web import security

HERE = Path(__file__).parent


@dataclass(frozen=True)
class WebSettings:
    """What the web app needs: its database, its guard, and the environment for sending."""

    database_url: str
    guard: security.Guard = security.Guard()
    env: Mapping[str, str] = field(default_factory=dict, repr=False)
