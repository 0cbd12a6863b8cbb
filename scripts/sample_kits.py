"""Print N varied recovery kits as plain text, for a blind reading (issue #16).

Each kit is composed the way the product composes it (services.build_kit, with the plan's
call time) for a situation drawn from a seed: the people, company and role, what happened,
the tone, the interview's format, when the user writes, whom they have reached, whom the
emails can go to, how the interviewer is addressed, and whether a new time is agreed. The
draws are kept coherent: a heads-up only for a reason one can know of that long before the
start, no technology failure or time-zone mix-up on site, a new time only once someone has
been reached, each interviewer's number in their own country. A factual note heads each kit
and names every person who receives a message and every detail the kit may use, so that a
reader can judge the fit; nothing in the output names the product.

Example:
    python scripts/sample_kits.py -n 36 --out kits.txt
    python scripts/sample_kits.py -n 30 --only apology_email --no-situation --out letters.txt

"""

from __future__ import annotations

import argparse
import random
import unicodedata
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import TYPE_CHECKING, Any
from zoneinfo import ZoneInfo

if TYPE_CHECKING:
    from secondchance.core.compose import Kit

CANDIDATES = [
    ("Zoë Łukasiewicz", "+44 20 7946 0958", "Europe/London"),
    ("Marcus Bell", "+1 415 555 0182", "America/Los_Angeles"),
    ("Aisha Rahman", "+44 161 496 0734", "Europe/London"),
    ("Tomás Herrera", "+34 912 345 678", "Europe/Madrid"),
    ("Priyanka Desai", "+1 646 555 0123", "America/New_York"),
    ("Jonas Becker", "+49 30 901820", "Europe/Berlin"),
    ("Grace Okafor", None, "Europe/London"),
    ("Daniel Kim", "+1 312 555 0199", "America/Chicago"),
]
INTERVIEWERS = [
    ("Dana Whitfield", None),
    ("Sarah O'Neill", None),
    ("Hannah Brooks", "Ms Brooks"),
    ("Pieter van der Berg", None),
    ("Nguyễn Thị Minh", None),
    ("Kwame Osei", "Dr Osei"),
    ("Tanaka Yui", "Ms Tanaka"),
    ("Alexis Moreno", None),
    ("Wang Xiaoming", None),
    ("Rebecca Stein", None),
]
# Each job, with what might draw a candidate to it, in the words a person would type.
JOBS = [
    ("Acme Analytics", "Head of Data Platform", "the move to a real-time data platform"),
    ("Northwind Health", "VP of Engineering", "building the clinical software team"),
    ("Bluefin Capital", "Chief Financial Officer", "taking the firm through its next raise"),
    ("Lumen Retail", "Director of Product", "the push into online grocery"),
    ("Harbor Logistics", "Head of Operations", "running the new Rotterdam hub"),
    ("Quill Media", "Editorial Director", "relaunching the long-form magazine"),
    ("Orchid Biotech", "Senior Program Manager", "the gene therapy programme"),
    ("Kestrel Software", "Engineering Manager position", "the move into payments infrastructure"),
]
# Each interviewer's zone, with a number of that place (all fictional, in the 555 range).
ZONES = {
    "America/New_York": "+1 212 555 0147",
    "Europe/London": "+44 20 7946 0321",
    "America/Chicago": "+1 312 555 0148",
    "Europe/Berlin": "+49 30 5557 0147",
}
REASONS = [
    "overslept",
    "forgot",
    "timezone_mixup",
    "double_booked",
    "late_or_lost",
    "wrong_link_or_address",
    "technology_failure",
    "medical",
    "emergency",
    "prefer_not_to_say",
]
# When the user writes, in minutes from the start: before it, the same day, or later.
WRITING = [-40, -150, 60, 120, 300, 600, 24 * 60 + 120, 2 * 24 * 60]
# Reasons a person can know of, and write about, this long before the start. Late on the way,
# or a link that fails, is known only near the start; a mix-up can be found hours before.
BEFORE = {
    -40: set(REASONS),
    -150: {"forgot", "timezone_mixup", "double_booked", "medical", "emergency"},
}
CONTACTS = ["none", "none", "none", "interviewer", "recruiter", "voicemail"]
# Reasons that cannot happen to an interview on site.
REMOTE_ONLY = {"technology_failure", "timezone_mixup"}


def _email_of(name: str, domain: str) -> str:
    """Make a plausible address from a name: 'Zoë Łukasiewicz' -> zoe.lukasiewicz@<domain>."""
    plain = unicodedata.normalize("NFKD", name.replace("Ł", "L").replace("ł", "l"))
    ascii_name = "".join(c for c in plain if c.isascii() and (c.isalnum() or c == " "))
    return ".".join(ascii_name.lower().split()) + "@" + domain


ATTENDS: tuple[dict[str, Any], ...] = (
    {"attend": "late", "late_minutes": 15},
    {"attend": "late", "late_minutes": 30},
    {"attend": "another_way"},
    {"attend": "no"},
)
ATTEND_WORDS = {
    "late": "yes, but late",
    "another_way": "yes, by phone or video instead",
    "no": "no, not today",
}


def situation(rng: random.Random, index: int) -> tuple[dict[str, Any], datetime]:
    """Draw one coherent case and the moment the kit is written."""
    name, phone, home = CANDIDATES[rng.randrange(len(CANDIDATES))]
    interviewer, address_as = INTERVIEWERS[index % len(INTERVIEWERS)]
    company, role, draw = JOBS[rng.randrange(len(JOBS))]
    reason = REASONS[index % len(REASONS)]
    zone = rng.choice(sorted(ZONES))
    hour, minute = rng.choice([9, 10, 11, 14, 15]), rng.choice([0, 30])
    start = datetime(2026, 11, 10 + rng.randrange(0, 3), hour, minute, tzinfo=ZoneInfo(zone))
    minutes = rng.choice([m for m in WRITING if m > 0 or reason in BEFORE[m]])
    formats = ["video", "video", "phone"] + ([] if reason in REMOTE_ONLY else ["onsite"])
    slug = company.split()[0].lower()
    people: dict[str, Any] = {
        "name": interviewer,
        "email": _email_of(interviewer, f"{slug}.example"),
    }
    if rng.random() < 0.7:
        people["phone"] = ZONES[zone]
    if address_as and rng.random() < 0.7:
        people["address_as"] = address_as
    data: dict[str, Any] = {
        "candidate": {"name": name, "email": _email_of(name, "mail.example"), "timezone": home},
        "interviewer": people,
        "company": company,
        "role": role,
        "interview": {
            "start": start.replace(tzinfo=None).isoformat(timespec="minutes"),
            "timezone": zone,
            "format": rng.choice(formats),
        },
        "reason": reason,
        "tone": rng.choice(["formal", "warm"]),
        "contact": rng.choice(CONTACTS),
        "offers": {"reference": rng.random() < 0.3, "portfolio": rng.random() < 0.2},
    }
    if phone:
        data["candidate"]["phone"] = phone
    if rng.random() < 0.5:  # the optional answer about what draws them to the role
        data["drawn_to"] = draw
    if rng.random() < 0.5:
        data["recruiter"] = {"name": "Priya Raman", "email": f"priya@{slug}-talent.example"}
        if index % 2:  # half the users know how the recruiter signs her emails (no new draw)
            data["recruiter"]["address_as"] = "Priya"
        if rng.random() < 0.3:
            del people["email"]  # only the recruiter can be written to
    if data["contact"] == "recruiter" and "recruiter" not in data:
        data["contact"] = "none"
    if data["contact"] in {"interviewer", "voicemail"}:
        people["phone"] = ZONES[zone]  # the user called them, so the number is known
    # A new time can only have been agreed with someone the user has reached.
    if minutes > 0 and data["contact"] in {"interviewer", "recruiter"} and rng.random() < 0.3:
        data["rescheduled_to"] = {"start": "2026-11-20T10:00", "timezone": zone}
    # Before the start, the optional answer to "can you still take part?" (round 8 of #16).
    if minutes < 0 and rng.random() < 0.75:
        data |= rng.choice(ATTENDS)
    now = (start + timedelta(minutes=minutes)).astimezone(UTC)
    return data, now


def describe(data: dict[str, Any], now: datetime) -> str:
    """Say every fact the kit may use, so a reader can judge the fit; name no source."""
    zone = ZoneInfo(data["interview"]["timezone"])
    start = datetime.fromisoformat(data["interview"]["start"]).replace(tzinfo=zone)
    local_now = now.astimezone(zone)
    candidate, interviewer = data["candidate"], data["interviewer"]
    recruiter = data.get("recruiter")
    reached = {
        "none": "nobody yet",
        "interviewer": f"{interviewer['name']} (the interviewer), by phone",
        "recruiter": f"{recruiter['name'] if recruiter else ''} (the recruiter), by phone",
        "voicemail": f"a voicemail was left for {interviewer['name']}",
    }[data["contact"]]
    place = {"video": "a video call", "phone": "a phone call", "onsite": "on site"}
    lines = [
        f"{candidate['name']} (in {candidate['timezone']}) was due to interview with"
        f" {interviewer['name']} for the role of {data['role']} at {data['company']},"
        f" {place[data['interview']['format']]}, at {start:%H:%M} on {start:%A %d %B}"
        f" ({data['interview']['timezone']}).",
        f"What happened: {data['reason'].replace('_', ' ')}. Tone asked for: {data['tone']}.",
        f"Written at {local_now:%H:%M} on {local_now:%A %d %B} (interviewer's time), "
        + ("before the start." if now < start else "after the start.")
        + f" Reached so far: {reached}.",
    ]
    known = [f"{interviewer['name']}: " + _contacts(interviewer)]
    if "address_as" in interviewer:
        known.append(f"{interviewer['name']} is addressed as {interviewer['address_as']}")
    if recruiter:
        known.append(f"{recruiter['name']} (the recruiter who arranged it): {_contacts(recruiter)}")
        if "address_as" in recruiter:
            known.append(f"{recruiter['name']} is addressed as {recruiter['address_as']}")
    known.append(f"{candidate['name']}: {_contacts(candidate)}")
    lines.append("Known: " + "; ".join(known) + ".")
    if "email" not in interviewer and recruiter:
        lines.append(f"Emails can only go to {recruiter['name']}, the recruiter.")
    if "drawn_to" in data:
        lines.append(f"What draws the candidate to the role, in their words: {data['drawn_to']}.")
    offers = [k for k, v in data["offers"].items() if v]
    if offers:
        lines.append("Offered in the letters: " + " and ".join(offers) + ".")
    if "attend" in data:
        minutes = f", by about {data['late_minutes']} minutes" if "late_minutes" in data else ""
        lines.append(f"Can they still take part? {ATTEND_WORDS[data['attend']]}{minutes}.")
    if "rescheduled_to" in data:
        new = data["rescheduled_to"]
        lines.append(f"A new time has been agreed: {new['start'].replace('T', ' at ')}.")
    return "\n".join(lines)


def _contacts(person: dict[str, Any]) -> str:
    parts = [person[key] for key in ("email", "phone") if person.get(key)]
    return ", ".join(parts) if parts else "no email or phone given"


def sampled_kits(count: int, seed: int) -> Iterator[tuple[dict[str, Any], datetime, Kit]]:
    """Yield `count` situations drawn from `seed`, each with the kit the product composes."""
    from secondchance import services

    rng = random.Random(seed)  # noqa: S311 - a reproducible sample, not a secret
    for index in range(count):
        data, now = situation(rng, index)
        yield data, now, services.build_kit(services.parse_case(data, now), now)


def render(count: int, seed: int, only: set[str], with_situation: bool) -> str:
    """Return `count` kits as plain text."""
    from secondchance.core.message_types import MESSAGE_TITLES

    out = []
    for index, (data, now, kit) in enumerate(sampled_kits(count, seed)):
        out += [f"==================== KIT {index + 1} ====================", ""]
        if with_situation:
            out += ["Situation:", describe(data, now), ""]
            out += [f"Told to the user beside the kit: {note}" for note in kit.notes]
        for message_id, message in kit.messages.items():
            if only and message_id not in only:
                continue
            out += [f"--- {MESSAGE_TITLES[message_id]} ---"]
            if message.send_when:
                out += [f"When: {message.send_when}"]
            if message.subject:
                out += [f"Subject: {message.subject}"]
            out += ["", message.full_text, ""]
    return "\n".join(out)


def main() -> None:
    """Parse the options and write the kits."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("-n", "--count", type=int, default=36)
    parser.add_argument("--seed", type=int, default=16)
    parser.add_argument("--only", action="append", default=[], help="a message id; repeatable")
    parser.add_argument("--no-situation", action="store_true")
    parser.add_argument("--out", type=Path, help="the file to write (default: print)")
    args = parser.parse_args()
    text = render(args.count, args.seed, set(args.only), not args.no_situation)
    if args.out:
        args.out.write_text(text, encoding="utf-8")
        print(f"wrote {args.count} kits to {args.out}")
    else:
        print(text)


if __name__ == "__main__":
    main()
