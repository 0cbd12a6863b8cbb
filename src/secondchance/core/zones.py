"""Countries and time zones, from the tz database tables that the `tzdata` package ships.

Reading package data is the one file access the core allows: it is part of the program, like
the reason catalogue, and does not depend on the user's machine.
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError


def _rows(table: str) -> list[list[str]]:
    # Read beside the module: importlib.resources pulls tempfile, shutil and the compression
    # modules into every command's start-up for two small text files (#19).
    import tzdata  # type: ignore[import-untyped]  # data only, no types to check

    text = (Path(tzdata.__file__).parent / "zoneinfo" / table).read_text(encoding="utf-8")
    return [line.split("\t") for line in text.splitlines() if line and not line.startswith("#")]


@lru_cache(maxsize=1)
def country_names() -> dict[str, str]:
    """Map each ISO 3166 alpha-2 code to its English name."""
    return {row[0]: row[1] for row in _rows("iso3166.tab")}


@lru_cache(maxsize=1)
def _zone_countries() -> dict[str, str]:
    # zone.tab gives each canonical zone exactly one country, unlike zone1970.tab.
    return {row[2]: row[0] for row in _rows("zone.tab")}


def zone_countries() -> dict[str, str]:
    """Map each canonical zone to its country's code (for choosing a zone by country)."""
    return dict(_zone_countries())


def country_of_zone(zone_name: str) -> str | None:
    """Return the country of an IANA zone, or None where the zone has no single country."""
    return _zone_countries().get(zone_name)


@lru_cache(maxsize=512)
def load_zone(name: str) -> ZoneInfo:
    """Return the IANA zone `name`; raise ValueError with a readable message otherwise."""
    try:
        return ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError, OSError):
        raise ValueError(
            f"{name!r} is not a known IANA time zone; use a name like 'Europe/London'"
        ) from None
