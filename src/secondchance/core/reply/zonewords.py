"""Words that name a time zone in a reply ("ET", "UK time", "Sydney time", "your time").

A zone word names a place's clock, not a fixed offset: "3pm ET" in July is EDT, so every word
maps to an IANA zone and the offset follows from the date (issue 18: DST is respected).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import datetime
from functools import lru_cache
from typing import Final
from zoneinfo import ZoneInfo

# Sentinels for the two people: resolved against the case, not the tz database.
SENDER: Final = "@sender"
CANDIDATE: Final = "@candidate"

# Abbreviations. People write "EST" in July and mean New York's clock, so the standard and
# daylight forms of a zone map to the same place.
_ABBREVIATIONS: dict[str, str] = {
    "et": "America/New_York",
    "est": "America/New_York",
    "edt": "America/New_York",
    "ct": "America/Chicago",
    "cst": "America/Chicago",
    "cdt": "America/Chicago",
    "mt": "America/Denver",
    "mst": "America/Denver",
    "mdt": "America/Denver",
    "pt": "America/Los_Angeles",
    "pst": "America/Los_Angeles",
    "pdt": "America/Los_Angeles",
    "akst": "America/Anchorage",
    "hst": "Pacific/Honolulu",
    "bst": "Europe/London",
    "gmt": "UTC",
    "utc": "UTC",
    "wet": "Europe/Lisbon",
    "cet": "Europe/Paris",
    "cest": "Europe/Paris",
    "eet": "Europe/Athens",
    "eest": "Europe/Athens",
    "msk": "Europe/Moscow",
    "ist": "Asia/Kolkata",
    "pkt": "Asia/Karachi",
    "sgt": "Asia/Singapore",
    "hkt": "Asia/Hong_Kong",
    "jst": "Asia/Tokyo",
    "kst": "Asia/Seoul",
    "awst": "Australia/Perth",
    "acst": "Australia/Adelaide",
    "aest": "Australia/Sydney",
    "aedt": "Australia/Sydney",
    "nzst": "Pacific/Auckland",
    "nzdt": "Pacific/Auckland",
    "sast": "Africa/Johannesburg",
    "brt": "America/Sao_Paulo",
    "aet": "Australia/Sydney",
    "acdt": "Australia/Adelaide",
    "awdt": "Australia/Perth",
    "nzt": "Pacific/Auckland",
    "pht": "Asia/Manila",
    "wib": "Asia/Jakarta",
    "ict": "Asia/Bangkok",
    "myt": "Asia/Kuala_Lumpur",
    "gst": "Asia/Dubai",
    "npt": "Asia/Kathmandu",
    "cot": "America/Bogota",
    "trt": "Europe/Istanbul",
    "idt": "Asia/Jerusalem",
    "mez": "Europe/Berlin",
    "mesz": "Europe/Berlin",
    "wat": "Africa/Lagos",
    "eat": "Africa/Nairobi",
    "art": "America/Argentina/Buenos_Aires",
    "adt": "America/Halifax",
    "ndt": "America/St_Johns",
    "nst": "America/St_Johns",
}
# Region words, written with or without "time" after them.
_REGIONS: dict[str, str] = {
    "eastern": "America/New_York",
    "central": "America/Chicago",
    "mountain": "America/Denver",
    "pacific": "America/Los_Angeles",
    "central european": "Europe/Paris",
    "central mexico": "America/Mexico_City",
    "eastern european": "Europe/Athens",
    "uk": "Europe/London",
    "british": "Europe/London",
    "irish": "Europe/Dublin",
    "india": "Asia/Kolkata",
    "indian": "Asia/Kolkata",
    "japan": "Asia/Tokyo",
    "singapore": "Asia/Singapore",
    "hong kong": "Asia/Hong_Kong",
    "gulf": "Asia/Dubai",
    "german": "Europe/Berlin",
    "french": "Europe/Paris",
    "spanish": "Europe/Madrid",
    "italian": "Europe/Rome",
    "dutch": "Europe/Amsterdam",
    "swiss": "Europe/Zurich",
    "polish": "Europe/Warsaw",
    "argentina": "America/Argentina/Buenos_Aires",
    "argentinian": "America/Argentina/Buenos_Aires",
    "chile": "America/Santiago",
    "colombia": "America/Bogota",
    "peru": "America/Lima",
    "egypt": "Africa/Cairo",
    "saudi": "Asia/Riyadh",
    "qatar": "Asia/Qatar",
    "malaysia": "Asia/Kuala_Lumpur",
    "indonesia": "Asia/Jakarta",
    "vietnam": "Asia/Ho_Chi_Minh",
    "thailand": "Asia/Bangkok",
    "taiwan": "Asia/Taipei",
    "ghana": "Africa/Accra",
    "atlantic": "America/Halifax",
    "newfoundland": "America/St_Johns",
    "arizona": "America/Phoenix",
    "hawaii": "Pacific/Honolulu",
    "czech": "Europe/Prague",
    "portuguese": "Europe/Lisbon",
    "greek": "Europe/Athens",
    "turkish": "Europe/Istanbul",
    "israel": "Asia/Jerusalem",
    "alaska": "America/Anchorage",
    "ksa": "Asia/Riyadh",
    "hk": "Asia/Hong_Kong",
    "az": "America/Phoenix",
    "kuwait": "Asia/Kuwait",
    "bahrain": "Asia/Bahrain",
    "oman": "Asia/Muscat",
    "israeli": "Asia/Jerusalem",
    "brazil": "America/Sao_Paulo",
    "brazilian": "America/Sao_Paulo",
    "mexico": "America/Mexico_City",
    "nigeria": "Africa/Lagos",
    "kenya": "Africa/Nairobi",
    "south africa": "Africa/Johannesburg",
    "philippine": "Asia/Manila",
    "philippines": "Asia/Manila",
    "korea": "Asia/Seoul",
    "korean": "Asia/Seoul",
    "china": "Asia/Shanghai",
    "chinese": "Asia/Shanghai",
    "beijing": "Asia/Shanghai",
    "dubai": "Asia/Dubai",
    "uae": "Asia/Dubai",
    "pakistan": "Asia/Karachi",
    "new zealand": "Pacific/Auckland",
    "nz": "Pacific/Auckland",
    "us eastern": "America/New_York",
    "us pacific": "America/Los_Angeles",
    "us central": "America/Chicago",
    "east coast": "America/New_York",
    "west coast": "America/Los_Angeles",
    "australian eastern": "Australia/Sydney",
}
# Cities, only ever followed by "time" ("Sydney time", "NY time").
_CITIES: dict[str, str] = {
    "new york": "America/New_York",
    "ny": "America/New_York",
    "nyc": "America/New_York",
    "boston": "America/New_York",
    "toronto": "America/Toronto",
    "chicago": "America/Chicago",
    "denver": "America/Denver",
    "la": "America/Los_Angeles",
    "los angeles": "America/Los_Angeles",
    "san francisco": "America/Los_Angeles",
    "sf": "America/Los_Angeles",
    "manila": "Asia/Manila",
    "jakarta": "Asia/Jakarta",
    "bangkok": "Asia/Bangkok",
    "karachi": "Asia/Karachi",
    "cairo": "Africa/Cairo",
    "prague": "Europe/Prague",
    "vienna": "Europe/Vienna",
    "brussels": "Europe/Brussels",
    "copenhagen": "Europe/Copenhagen",
    "oslo": "Europe/Oslo",
    "helsinki": "Europe/Helsinki",
    "kyiv": "Europe/Kyiv",
    "bogota": "America/Bogota",
    "lima": "America/Lima",
    "santiago": "America/Santiago",
    "buenos aires": "America/Argentina/Buenos_Aires",
    "montreal": "America/Toronto",
    "montréal": "America/Toronto",
    "calgary": "America/Edmonton",
    "phoenix": "America/Phoenix",
    "austin": "America/Chicago",
    "dallas": "America/Chicago",
    "atlanta": "America/New_York",
    "miami": "America/New_York",
    "washington": "America/New_York",
    "dc": "America/New_York",
    "edinburgh": "Europe/London",
    "manchester": "Europe/London",
    "munich": "Europe/Berlin",
    "frankfurt": "Europe/Berlin",
    "hamburg": "Europe/Berlin",
    "barcelona": "Europe/Madrid",
    "milan": "Europe/Rome",
    "tel aviv": "Asia/Jerusalem",
    "riyadh": "Asia/Riyadh",
    "doha": "Asia/Qatar",
    "kolkata": "Asia/Kolkata",
    "chennai": "Asia/Kolkata",
    "hyderabad": "Asia/Kolkata",
    "pune": "Asia/Kolkata",
    "kuala lumpur": "Asia/Kuala_Lumpur",
    "taipei": "Asia/Taipei",
    "adelaide": "Australia/Adelaide",
    "wellington": "Pacific/Auckland",
    "accra": "Africa/Accra",
    "seattle": "America/Los_Angeles",
    "vancouver": "America/Vancouver",
    "sao paulo": "America/Sao_Paulo",
    "são paulo": "America/Sao_Paulo",
    "brasília": "America/Sao_Paulo",
    "brasilia": "America/Sao_Paulo",
    "rio": "America/Sao_Paulo",
    "rio de janeiro": "America/Sao_Paulo",
    "bogotá": "America/Bogota",
    "montevideo": "America/Montevideo",
    "caracas": "America/Caracas",
    "halifax": "America/Halifax",
    "ottawa": "America/Toronto",
    "winnipeg": "America/Winnipeg",
    "edmonton": "America/Edmonton",
    "houston": "America/Chicago",
    "minneapolis": "America/Chicago",
    "detroit": "America/Detroit",
    "philadelphia": "America/New_York",
    "pittsburgh": "America/New_York",
    "portland": "America/Los_Angeles",
    "san diego": "America/Los_Angeles",
    "honolulu": "Pacific/Honolulu",
    "zürich": "Europe/Zurich",
    "geneva": "Europe/Zurich",
    "porto": "Europe/Lisbon",
    "budapest": "Europe/Budapest",
    "bucharest": "Europe/Bucharest",
    "sofia": "Europe/Sofia",
    "krakow": "Europe/Warsaw",
    "kraków": "Europe/Warsaw",
    "riga": "Europe/Riga",
    "tallinn": "Europe/Tallinn",
    "vilnius": "Europe/Vilnius",
    "cape town": "Africa/Johannesburg",
    "casablanca": "Africa/Casablanca",
    "addis ababa": "Africa/Addis_Ababa",
    "kigali": "Africa/Kigali",
    "abu dhabi": "Asia/Dubai",
    "jeddah": "Asia/Riyadh",
    "lahore": "Asia/Karachi",
    "islamabad": "Asia/Karachi",
    "dhaka": "Asia/Dhaka",
    "colombo": "Asia/Colombo",
    "kathmandu": "Asia/Kathmandu",
    "noida": "Asia/Kolkata",
    "gurgaon": "Asia/Kolkata",
    "gurugram": "Asia/Kolkata",
    "ho chi minh": "Asia/Ho_Chi_Minh",
    "hanoi": "Asia/Ho_Chi_Minh",
    "shenzhen": "Asia/Shanghai",
    "osaka": "Asia/Tokyo",
    "canberra": "Australia/Sydney",
    "hobart": "Australia/Hobart",
    "darwin": "Australia/Darwin",
    "mexico city": "America/Mexico_City",
    "ciudad de méxico": "America/Mexico_City",
    "cdmx": "America/Mexico_City",
    "monterrey": "America/Monterrey",
    "guadalajara": "America/Mexico_City",
    "tehran": "Asia/Tehran",
    "jerusalem": "Asia/Jerusalem",
    "kiev": "Europe/Kyiv",
    "muscat": "Asia/Muscat",
    "tunis": "Africa/Tunis",
    "algiers": "Africa/Algiers",
    "belgrade": "Europe/Belgrade",
    "zagreb": "Europe/Zagreb",
    "lisboa": "Europe/Lisbon",
    "roma": "Europe/Rome",
    "london": "Europe/London",
    "dublin": "Europe/Dublin",
    "lisbon": "Europe/Lisbon",
    "paris": "Europe/Paris",
    "berlin": "Europe/Berlin",
    "amsterdam": "Europe/Amsterdam",
    "madrid": "Europe/Madrid",
    "rome": "Europe/Rome",
    "zurich": "Europe/Zurich",
    "stockholm": "Europe/Stockholm",
    "warsaw": "Europe/Warsaw",
    "athens": "Europe/Athens",
    "istanbul": "Europe/Istanbul",
    "moscow": "Europe/Moscow",
    "dubai": "Asia/Dubai",
    "mumbai": "Asia/Kolkata",
    "delhi": "Asia/Kolkata",
    "bangalore": "Asia/Kolkata",
    "bengaluru": "Asia/Kolkata",
    "singapore": "Asia/Singapore",
    "hong kong": "Asia/Hong_Kong",
    "shanghai": "Asia/Shanghai",
    "beijing": "Asia/Shanghai",
    "tokyo": "Asia/Tokyo",
    "seoul": "Asia/Seoul",
    "sydney": "Australia/Sydney",
    "melbourne": "Australia/Melbourne",
    "brisbane": "Australia/Brisbane",
    "perth": "Australia/Perth",
    "auckland": "Pacific/Auckland",
    "johannesburg": "Africa/Johannesburg",
    "lagos": "Africa/Lagos",
    "nairobi": "Africa/Nairobi",
    # States and provinces, named as a place's clock is ("in California", "Ontario time").
    "california": "America/Los_Angeles",
    "oregon": "America/Los_Angeles",
    "texas": "America/Chicago",
    "illinois": "America/Chicago",
    "florida": "America/New_York",
    "new jersey": "America/New_York",
    "massachusetts": "America/New_York",
    "colorado": "America/Denver",
    "utah": "America/Denver",
    "ontario": "America/Toronto",
    "quebec": "America/Toronto",
    "british columbia": "America/Vancouver",
    "alberta": "America/Edmonton",
}
# Said right after a time only: "10:00 for you", "(8am mine)", "9.00 in New York".
_BESIDE_A_TIME: dict[str, str] = {
    "for you": CANDIDATE,
    "for u": CANDIDATE,
    "your side": CANDIDATE,
    "on your side": CANDIDATE,
    "on your end": CANDIDATE,
    "at your side": CANDIDATE,
    "at your end": CANDIDATE,
    "where you are": CANDIDATE,
    "yours": CANDIDATE,
    "for me": SENDER,
    "for us": SENDER,
    "mine": SENDER,
    "my side": SENDER,
    "on my side": SENDER,
    "on my end": SENDER,
    "at my side": SENDER,
    "at my end": SENDER,
    "here": SENDER,
    "local": SENDER,
}
_PEOPLE: dict[str, str] = {
    "your": CANDIDATE,
    "your local": CANDIDATE,
    "my": SENDER,
    "our": SENDER,
    "my local": SENDER,
    "our local": SENDER,
}


def _alternatives(words: dict[str, str]) -> str:
    # Longest first, so "central european" wins over "central".
    return "|".join(re.escape(word) for word in sorted(words, key=len, reverse=True))


_TIME_WORD = r"(?:times?|time zone|timezone|tz)"
# Words before "time" that name no clock: "your free time", "our usual time".
NOT_A_CLOCK = (
    r"(?:free|spare|own|preferred|convenient|suitable|available|best|earliest|first|next|last"
    r"|usual|normal|interview|start|lunch|working|office|busy|same|new|agreed|booked|scheduled"
    r"|original|proposed|chosen)\b"
)
# The cities a conversion names: "so this is 11:00 in New York" (lower case).
PLACES = _alternatives(_CITIES)
# Matched on folded (lower-case) text; `abbr` needs the caller's check that it was written as
# one (upper case, or right after a time), because "et", "est" and "ist" are words elsewhere.
# "GMT+1", "UTC-5", "UTC+05:30": a fixed offset. Half hours only where one zone has kept it.
_HALF_HOURS = {
    "+5:30": "Asia/Kolkata",
    "+5:45": "Asia/Kathmandu",
    "+9:30": "Australia/Darwin",
    "+3:30": "Asia/Tehran",
    "+4:30": "Asia/Kabul",
    "+6:30": "Asia/Yangon",
}
ZONE_WORD = re.compile(
    r"\b(?:(?:gmt|utc)\s?(?P<sign>[+-])(?P<hours>\d{1,2})(?::?(?P<minutes>[0-5]\d))?(?!\d)"
    rf"|(?P<beside>{_alternatives(_BESIDE_A_TIME)})\b(?!\s+{_TIME_WORD})"
    rf"|in\s+(?P<place>{_alternatives(_CITIES)})\b(?!\s+{_TIME_WORD})"
    rf"|(?P<person>{_alternatives(_PEOPLE)})\s+{_TIME_WORD}"
    # A person's clock by the name they give it: "your California time", "our Beijing time"
    # (not "your free time").
    rf"|(?P<owner>your|my|our)\s+(?:(?!{NOT_A_CLOCK})[a-z]+\s+){{1,2}}time\b"
    rf"|(?P<city>{_alternatives(_CITIES)})\s+{_TIME_WORD}"
    # "hora de Madrid", "heure de Paris", "horário de Lisboa", "ora di Roma"
    rf"|(?:hora|horário|horario|heure|ora)\s+(?:de\s+|del\s+|d'|di\s+|do\s+|da\s+)?"
    rf"(?P<local>{_alternatives(_CITIES)})"
    rf"|(?P<region>{_alternatives(_REGIONS)})(?:\s+(?:standard\s+|daylight\s+)?{_TIME_WORD})?"
    rf"|(?P<abbr>{_alternatives(_ABBREVIATIONS)})(?:\s+{_TIME_WORD})?"
    rf"|(?P<bare_city>{_alternatives(_CITIES)}))\b"
)


def _offset_zone(sign: str, hours: int, minutes: int) -> str:
    if minutes:
        return _HALF_HOURS.get(f"{sign}{hours}:{minutes:02d}", "UTC")
    if hours == 0 or hours > 14:
        return "UTC"
    # The tz database's Etc zones count the other way: Etc/GMT-1 is an hour ahead of UTC.
    return f"Etc/GMT{'-' if sign == '+' else '+'}{hours}"


def needs_a_time(match: re.Match[str]) -> bool:
    """Say whether a zone word counts only right after a time ("for you", "in Paris", "ET").

    Abbreviations and bare regions are ordinary words elsewhere ("et", "est", "central").
    """
    return bool(
        match["beside"]
        or match["place"]
        or match["bare_city"]
        or match["abbr"]
        or (match["region"] and not match.group().endswith(("time", "times", "zone", "tz")))
    )


# What a region word or a North American letter pair calls a clock where people use it: the
# names the tz database gives that clock in winter and in summer.
_LOCAL_NAMES: dict[str, frozenset[str]] = {
    "eastern": frozenset({"EST", "EDT", "AEST", "AEDT"}),
    "central": frozenset({"CST", "CDT", "ACST", "ACDT"}),
    "mountain": frozenset({"MST", "MDT"}),
    "pacific": frozenset({"PST", "PDT"}),
    "et": frozenset({"EST", "EDT"}),
    "ct": frozenset({"CST", "CDT"}),
    "mt": frozenset({"MST", "MDT"}),
    "pt": frozenset({"PST", "PDT"}),
    "aet": frozenset({"AEST", "AEDT"}),
}
# Where those words are the local names ("CST" is also China's clock, never called "Central").
_LOCAL_AREAS = ("America/", "Australia/")
# Fixed references, never one person's local clock.
_NEVER_LOCAL = frozenset({"gmt", "utc"})


def zone_of(match: re.Match[str], local_zones: Sequence[str], year: int) -> str:
    """Return the IANA zone (or a person's sentinel) that a ZONE_WORD match names.

    `local_zones` are the sender's and the candidate's zones, in that order: a word that is
    the local name of one of their clocks means that clock. "Central" from Mexico City or
    Regina, "MST" from Phoenix and "Eastern" from Brisbane keep no summer time, unlike the US
    and Sydney clocks the words name elsewhere (issue 18).
    """
    word = (match["region"] or match["abbr"] or "").lower()
    if word and word not in _NEVER_LOCAL:
        local = next((zone for zone in local_zones if _is_local_name(word, zone, year)), None)
        if local is not None:
            return local
    return _named_zone(match)


def _is_local_name(word: str, zone: str, year: int) -> bool:
    """Say whether `word` is what people in `zone` call their own clock."""
    names = _names(zone, year)
    if word in _LOCAL_NAMES:
        return zone.startswith(_LOCAL_AREAS) and bool(names & _LOCAL_NAMES[word])
    # "CST" in Shanghai, "IST" in Dublin or Jerusalem, "MST" in Phoenix: the word is the name.
    return word in _ABBREVIATIONS and word.upper() in names


@lru_cache(maxsize=256)
def _names(zone: str, year: int) -> frozenset[str]:
    """Return the names `zone` gives its clock in `year` (winter and summer, both hemispheres)."""
    clock = ZoneInfo(zone)
    return frozenset(datetime(year, month, 15, 12, tzinfo=clock).tzname() or "" for month in (1, 7))


def _named_zone(match: re.Match[str]) -> str:
    """Return the zone a ZONE_WORD match names wherever its reader is."""
    if match["sign"]:
        return _offset_zone(match["sign"], int(match["hours"]), int(match["minutes"] or 0))
    if match["beside"]:
        return _BESIDE_A_TIME[match["beside"]]
    if match["place"]:
        return _CITIES[match["place"]]
    if match["person"] or match["owner"]:
        return _PEOPLE[match["person"] or match["owner"]]
    if match["city"] or match["bare_city"] or match["local"]:
        return _CITIES[match["city"] or match["bare_city"] or match["local"]]
    if match["region"]:
        return _REGIONS[match["region"]]
    return _ABBREVIATIONS[match["abbr"]]
