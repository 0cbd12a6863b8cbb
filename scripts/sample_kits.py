"""Print N varied recovery kits as plain text, for a blind reading (issue #16).

Each kit is composed the way the product composes it (services.build_kit, with the plan's
call time) for a situation drawn from a fixed seed: the people, company and role, what
happened, the tone, the interview's format, when the user writes, whom they have reached,
whom the emails can go to, how the interviewer is addressed, and whether a new time is
agreed. A short factual note of the situation heads each kit, so that a reader can judge
the fit; nothing in the output names the product.

Example:
    python scripts/sample_kits.py -n 36 --out kits.txt
    python scripts/sample_kits.py -n 30 --only apology_email --no-situation --out letters.txt

"""

from __future__ import annotations

import argparse
import random
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

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
JOBS = [
    ("Acme Analytics", "Head of Data Platform"),
    ("Northwind Health", "VP of Engineering"),
    ("Bluefin Capital", "Chief Financial Officer"),
    ("Lumen Retail", "Director of Product"),
    ("Harbor Logistics", "Head of Operations"),
    ("Quill Media", "Editorial Director"),
    ("Orchid Biotech", "Senior Program Manager"),
    ("Kestrel Software", "Engineering Manager position"),
]
ZONES = ["America/New_York", "Europe/London", "America/Chicago", "Europe/Berlin"]
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
CONTACTS = ["none", "none", "none", "interviewer", "recruiter", "voicemail"]


def situation(rng: random.Random, index: int) -> tuple[dict[str, Any], datetime]:
    """Draw one case and the moment the kit is written."""
    name, phone, home = CANDIDATES[rng.randrange(len(CANDIDATES))]
    interviewer, address_as = INTERVIEWERS[index % len(INTERVIEWERS)]
    company, role = JOBS[rng.randrange(len(JOBS))]
    zone = rng.choice(ZONES)
    hour, minute = rng.choice([9, 10, 11, 14, 15]), rng.choice([0, 30])
    start = datetime(2026, 11, 10 + rng.randrange(0, 3), hour, minute, tzinfo=ZoneInfo(zone))
    minutes = WRITING[rng.randrange(len(WRITING))]
    slug = company.split()[0].lower()
    people: dict[str, Any] = {"name": interviewer, "email": f"hiring@{slug}.example"}
    if rng.random() < 0.7:
        people["phone"] = "+1 212 555 0147"
    if address_as and rng.random() < 0.7:
        people["address_as"] = address_as
    data: dict[str, Any] = {
        "candidate": {"name": name, "email": "me@example.com", "timezone": home},
        "interviewer": people,
        "company": company,
        "role": role,
        "interview": {
            "start": start.replace(tzinfo=None).isoformat(timespec="minutes"),
            "timezone": zone,
            "format": rng.choice(["video", "video", "phone", "onsite"]),
        },
        "reason": REASONS[index % len(REASONS)],
        "tone": rng.choice(["formal", "warm"]),
        "contact": rng.choice(CONTACTS),
        "offers": {"reference": rng.random() < 0.3, "portfolio": rng.random() < 0.2},
    }
    if phone:
        data["candidate"]["phone"] = phone
    if rng.random() < 0.5:
        data["recruiter"] = {"name": "Priya Raman", "email": f"priya@{slug}-talent.example"}
        if rng.random() < 0.3:
            del people["email"]  # only the recruiter can be written to
    if data["contact"] == "recruiter" and "recruiter" not in data:
        data["contact"] = "none"
    if minutes > 0 and rng.random() < 0.15:
        data["rescheduled_to"] = {"start": "2026-11-20T10:00", "timezone": zone}
    now = (start + timedelta(minutes=minutes)).astimezone(UTC)
    return data, now


def describe(data: dict[str, Any], now: datetime) -> str:
    """Say the facts a reader needs to judge the fit, without naming any source."""
    zone = ZoneInfo(data["interview"]["timezone"])
    start = datetime.fromisoformat(data["interview"]["start"]).replace(tzinfo=zone)
    local_now = now.astimezone(zone)
    reached = {
        "none": "nobody yet",
        "interviewer": "the interviewer, by phone",
        "recruiter": "the recruiter, by phone",
        "voicemail": "a voicemail was left for the interviewer",
    }[data["contact"]]
    lines = [
        f"{data['candidate']['name']} was due to interview with {data['interviewer']['name']}"
        f" for the role of {data['role']} at {data['company']} ({data['interview']['format']}),"
        f" at {start:%H:%M} on {start:%A %d %B}.",
        f"What happened: {data['reason'].replace('_', ' ')}. Tone asked for: {data['tone']}.",
        f"Written at {local_now:%H:%M} on {local_now:%A %d %B} (interviewer's time);"
        f" reached so far: {reached}.",
    ]
    if "rescheduled_to" in data:
        lines.append("A new time has been agreed.")
    return "\n".join(lines)


def render(count: int, seed: int, only: set[str], with_situation: bool) -> str:
    """Return `count` kits as plain text."""
    from secondchance import services
    from secondchance.core.message_types import MESSAGE_TITLES

    rng = random.Random(seed)  # noqa: S311 - a reproducible sample, not a secret
    out = []
    for index in range(count):
        data, now = situation(rng, index)
        kit = services.build_kit(services.load_case(data, now), now)
        out += [f"==================== KIT {index + 1} ====================", ""]
        if with_situation:
            out += ["Situation:", describe(data, now), ""]
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
