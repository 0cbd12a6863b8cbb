"""Offered times in a reply, each read in the zone its writer meant (issue 18).

The grammar is our own: a handful of linear scans over the sender's own words (dates, clock
times, zone words, and things that only look like times), then a pairing of dates with times
sentence by sentence. Zones: a zone word beside a time wins, then one in the same sentence,
then the only zone the message names, then the sender's. Relative days count from the send
time in the sender's zone; a wall time becomes an instant in its zone on its own date, so a
clock change between the send date and the proposed date is respected.

What is never read as a time: phone numbers, prices and salaries, room and floor numbers,
durations, times already past when the reply was sent, and times after "by" or "until"
(a deadline is not an offer).
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta
from zoneinfo import ZoneInfo

from secondchance.core.reply.sentences import REFUSED
from secondchance.core.reply.zonewords import CANDIDATE, SENDER, ZONE_WORD, needs_a_time, zone_of

_WEEKDAYS = {
    "monday": 0, "mon": 0,
    "tuesday": 1, "tue": 1, "tues": 1,
    "wednesday": 2, "wed": 2, "weds": 2,
    "thursday": 3, "thu": 3, "thur": 3, "thurs": 3,
    "friday": 4, "fri": 4,
    "saturday": 5, "sat": 5,
    "sunday": 6, "sun": 6,
    # French, German and Spanish, as people write them in English replies too.
    "lundi": 0, "mardi": 1, "mercredi": 2, "jeudi": 3, "vendredi": 4, "samedi": 5, "dimanche": 6,
    "montag": 0, "dienstag": 1, "mittwoch": 2, "donnerstag": 3, "freitag": 4, "samstag": 5,
    "sonntag": 6,
    "lunes": 0, "martes": 1, "miércoles": 2, "miercoles": 2, "jueves": 3, "viernes": 4,
    "sábado": 5, "sabado": 5, "domingo": 6,
    "segunda": 0, "segunda-feira": 0, "terça": 1, "terca": 1, "terça-feira": 1, "terca-feira": 1,
    "quarta": 2, "quarta-feira": 2, "quinta": 3, "quinta-feira": 3, "sexta": 4, "sexta-feira": 4,
}  # fmt: skip
_MONTHS = {
    "january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3, "april": 4,
    "apr": 4, "may": 5, "june": 6, "jun": 6, "july": 7, "jul": 7, "august": 8, "aug": 8,
    "september": 9, "sept": 9, "sep": 9, "october": 10, "oct": 10, "november": 11, "nov": 11,
    "december": 12, "dec": 12,
    "janvier": 1, "février": 2, "fevrier": 2, "févr": 2, "mars": 3, "avril": 4, "mai": 5,
    "juin": 6, "juillet": 7, "août": 8, "aout": 8, "septembre": 9, "octobre": 10,
    "novembre": 11, "décembre": 12,
    "januar": 1, "februar": 2, "märz": 3, "juni": 6, "juli": 7, "oktober": 10, "dezember": 12,
    "enero": 1, "febrero": 2, "marzo": 3, "abril": 4, "mayo": 5, "junio": 6, "julio": 7,
    "agosto": 8, "septiembre": 9, "octubre": 10, "noviembre": 11, "diciembre": 12,
    "janeiro": 1, "fevereiro": 2, "março": 3, "maio": 5, "junho": 6, "julho": 7,
    "setembro": 9, "outubro": 10, "dezembro": 12,
}  # fmt: skip
# Short forms of day and month names: a full stop after one is not a sentence's end. Names
# that are whole words in some language ("May", "Juni", "sexta") end a sentence like any word,
# though a longer name starts with them.
_WHOLE_NAMES = frozenset(
    {"may", "mai", "juni", "juli", "januar", "februar", "quarta", "quinta", "segunda", "sexta"}
    | {"terça", "terca"}
)
_ABBREVIATIONS = frozenset(
    short
    for table in (_WEEKDAYS, _MONTHS)
    for short in table
    if short not in _WHOLE_NAMES and any(full != short and full.startswith(short) for full in table)
)
_LAST_WORD = re.compile(r"\w+$")
# Abbreviations that are also everyday words count only when written with a capital.
_CAPITAL_ONLY = frozenset({"sat", "sun", "mar", "may"})
# A phone writes "sat 10am" in lower case: before a clock time, "sat" and "sun" are days.
_WEEKDAY_IN_USE = re.compile(
    r"[ \t]*(?:at[ \t]+|@[ \t]*)?\d{1,2}(?:[:.]\d\d|[ \t]*[ap]\.?m\b|[ \t]*o'?clock\b)"
)
# Zones whose writers put the month first in 3/4.
_MONTH_FIRST_ZONES = re.compile(
    r"America/(?:New_York|Chicago|Denver|Phoenix|Los_Angeles|Anchorage|Detroit|Boise|Indiana"
    r"|Kentucky|North_Dakota|Adak|Juneau|Sitka|Nome|Menominee)|Pacific/Honolulu"
    # Year-month-day countries: without the year, "7/9" is still July 9.
    r"|Asia/(?:Tokyo|Seoul|Shanghai|Taipei)"
)


def _words(table: dict[str, int]) -> str:
    return "|".join(sorted(table, key=len, reverse=True))


_WD = _words(_WEEKDAYS)
_MON = _words(_MONTHS)
_ORD = r"(?:st|nd|rd|th)"
_DATE = re.compile(
    rf"\b(?:(?P<iy>20\d\d)-(?P<im>[01]\d)-(?P<id>[0-3]\d)"
    rf"|(?P<d1>[0-3]?\d)(?:{_ORD}|\.)?(?:\s+of\s+|\s+(?:de\s+)?|-)(?P<m1>{_MON})\b\.?"
    rf"(?:(?:,?\s+|-)(?P<y1>20\d\d))?"
    rf"|(?P<m2>{_MON})\b\.?\s+(?:the\s+)?(?P<d2>[0-3]?\d){_ORD}?(?![\d:.]\d|\s*[ap]\.?m\b)"
    rf"(?:,?\s+(?P<y2>20\d\d))?"
    rf"|(?P<na>[0-3]?\d)/(?P<nb>[0-3]?\d)(?:/(?P<ny>(?:20)?\d\d))?(?![\d/])"
    rf"|(?P<xa>[0-3]?\d)-(?P<xb>[0-3]?\d)-(?P<xy>20\d\d)(?!\d)"
    rf"|(?P<ed>[0-3]?\d)\.(?P<em>[01]?\d)\.(?P<ey>20\d\d)"
    rf"|(?P<pd>[0-3]?\d)\.(?P<pm>[01]?\d)\.?(?=,?\s*(?:at\s+|@\s*)?\d{{1,2}}[:h]\d\d)"
    rf"|(?:the\s+)?(?P<d3>[0-3]?\d){_ORD})(?:\b|(?<=\.))"
)
_WEEKDAY = re.compile(
    rf"\b(?:(?P<mod>next|this|coming|following)\s+)?(?P<wd>{_WD})\b\.?(?:\s+(?P<nw>next week))?"
)
_RELATIVE = re.compile(
    r"\b(?:(?P<after>(?:the\s+)?day after (?:tomorrow|tmrw))"
    r"|(?P<tomorrow>tomorrow|tmrw|tmr|tomorow|tommorow|tommorrow|2morrow|2moro|2mrw|demain|mañana)"
    r"|(?P<today>today|tonight|this (?:morning|afternoon|evening)|later today)"
    r"|(?P<yesterday>yesterday))\b"
)
# "Monday 20.07": a dotted day and month, read as such only right after a weekday.
_DOTTED_DAY = re.compile(r"[ \t]*,?[ \t]*(?P<d>[0-3]?\d)\.(?P<m>[01]?\d)\b\.?(?![\d:])")
# "Monday 21": a day of the month, when the 21st is a Monday (else "tues 11" is 11:00).
_WEEKDAY_NUMBER = re.compile(
    r"[ \t]*,?[ \t]*(?:the[ \t]+)?(?P<d>[0-3]?\d)(?P<ord>st|nd|rd|th)?\b"
    r"(?!\s*[-–]\s*\d|[:./]\d|\s*[ap]\.?\s?m\b|\s?(?:hs|hrs|h)\b)"
)
_HOUR_WORDS = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
    "nine": 9, "ten": 10, "eleven": 11, "twelve": 12,
}  # fmt: skip
_HW = _words(_HOUR_WORDS)
# Clock times in words: "half past two", "quarter to ten", "half two" ("half 2"), "at three",
# "four o'clock".
_WORD_TIME = re.compile(
    rf"\b(?:(?P<frac>half|quarter|a quarter)\s+(?P<rel>past|after|to)\s+(?P<w1>{_HW}|\d{{1,2}})"
    rf"|half\s+(?P<w2>{_HW}|\d{{1,2}}(?![:.]?\d))"
    # ("at ten is free as well", "at three if that suits", "at eleven your time"; not "at one
    # of our offices")
    rf"|at\s+(?P<w3>{_HW})(?=\s*(?:o'?clock|[ap]\.?\s?m\b|[,.?!;]|$|on\b|tomorrow|today|next\b"
    rf"|this\b|{_WD}|(?:is|are|works?|suits?|would|could|if|for|sharp|instead|then|your|my|our"
    rf"|[a-z]+ time)\b))"
    rf"|(?P<w4>{_HW})\s*o'?clock)\b(?:\s*(?P<ap>[ap])\.?\s?m\b\.?)?"
)
# A span of days: office hours and availability, never one day ("Mon-Fri", "Monday to Friday").
_DAY_SPAN = re.compile(
    rf"\b(?:{_WD})\b\.?\s*(?:-|\u2013|to|through|thru|until|till)\s*(?:{_WD})\b\.?"
)
# Between the two ends of a span of dates: "24 December to 6 January", "between 3 and 5 March".
_DATE_SPAN_JOIN = re.compile(r"\s*(?:-|\u2013|\u2014|to|through|thru|until|till)\s*")
_BETWEEN_DATES = re.compile(r"\b(?:between|from)\s+(?:the\s+)?$")
# The first day of a span written on the month of the second: "3-5 March".
_DAY_NUMBER_BEFORE = re.compile(r"(?<![\d:.])\b[0-3]?\d(?:st|nd|rd|th)?\s*[-\u2013]\s*$")
# The day said right after a time: "10am on Monday", "2pm tomorrow" (on its line, or after
# "on" on the next: a day that starts the next line of a list is that line's own).
_BESIDE_A_DAY = re.compile(
    rf"[ \t]*(?:\n\s*(?=on\s))?(?:on\s+)?(?:the\s+)?(?:(?:next|this)\s+)?(?:{_WD}|tomorrow"
    r"|today)\b\.?"
)
# "10.30 on Monday": a dotted clock time right before the day it is on.
_BEFORE_A_DAY = re.compile(
    rf"\s*(?:on\s+)?(?:the\s+)?(?:{_WD}|tomorrow|today|\d{{1,2}}(?:st|nd|rd|th))\b"
)
# Words after which a bare number is a clock time ("at 2", "say 3", "between 2 and 4").
_CUE_WORDS = frozenset(
    {"at", "@", "around", "from", "between", "until", "till", "by", "before", "after", "say"}
    | {"a las", "às", "um"}  # "at" in Spanish, Portuguese and German
)
# "do 2 on Friday": a bare hour after a verb of offering and before the day it is on.
_OFFERED_ON_A_DAY = re.compile(r"\b(?:do|make|try|about|or)\s+$")
_ON_A_WEEKDAY = re.compile(rf"\s+on\s+(?:the\s+)?(?:(?:next|this)\s+)?(?:{_WD})\b")
_ONWARDS = re.compile(r"\s*(?:onwards|on\b|until|till)")
# A bare number before "or" and a clock time shares its half of the day: "3 or 4 pm".
_BEFORE_OR_CLOCK = re.compile(r"\s*(?:or|,)\s*\d{1,2}(?:[:.]\d\d)?\s*(?P<ap>[ap])\.?\s?m\b")
# A bare number after "or" that follows a clock time is one too: "at 10 or 11".
_OR_AFTER_A_CLOCK = re.compile(
    r"(?:(?:\b(?:at|around|say)\s+|@\s*)\d{1,2}(?:[:.]\d\d)?|\d{1,2}:\d\d)\s*(?:[ap]\.?\s?m\.?)?"
    r"\s*(?:,|or)\s*$"
)
# "at 1400", "1400 hrs": a 24-hour clock time without a colon, on the quarter hours.
_MILITARY = re.compile(
    r"(?:\bat\s+(?P<h1>[01]\d|2[0-3])(?P<m1>[0-5]\d)\b(?:\s?(?:hrs|h)\b)?(?![.,:/]?\d)"
    r"|\b(?P<h2>[01]\d|2[0-3])(?P<m2>[0-5]\d)\s?hrs\b)"
)
# Words of a sentence that offers a time, for a time whose day was named before.
_OFFER_CUE = re.compile(
    r"\b(?:could|can|would|how about|what about|or|otherwise|alternatively|also|free|available"
    r"|works?|suits?|possible|options?|instead|either|prefer|say|around|any ?time|open|slots?"
    r"|openings?)\b|\?"
    r"|^[ \t]*(?:new )?(?:time|when|start)\s*:"
    # A line that holds only a time or a range, under a day: a booking page's list.
    r"|^[ \t]*(?:[-*\u2022]\s*)?\d{1,2}(?:[:.]\d\d)?\s*(?:[ap]\.?m\.?)?"
    r"(?:\s*(?:-|\u2013|\u2014|to)\s*\d{1,2}(?:[:.]\d\d)?\s*(?:[ap]\.?m\.?)?)?"
    r"[ \t]*(?:[a-z]{2,4})?[ \t]*$",
    re.MULTILINE,
)
# Words that make a bare number after a day a clock time: an offer, or a time agreed ("ok
# tues 11 then", "see you fri 4", "thurs 2 is fine").
_OFFER_OR_AGREEMENT = re.compile(
    _OFFER_CUE.pattern + r"|\b(?:then|see (?:you|u)|fine|ok|okay|good|great|perfect|booked"
    r"|confirm\w*|let'?s|meet|call|interview|chat|talk|speak)\b",
    re.MULTILINE,
)
# Between a time and the next: the next is the first one again in other words, "10am ET
# (3pm UK)", "10:00 ET = 15:00 CET", "10:00 ET / 15:00 UK".
# "15:00 here is 10:00 in New York", "3pm CET would be 9am ET".
# Zone words and days between them are marked first, each as one character that no reply holds
# (NUL and SOH): "10am Mexico City = 11am New York", "09:00 (China) = Wednesday 16/9 18:00
# (your time)", "09:00 Beijing time / Wednesday 16 September, 18:00 your time".
_CONVERSION = re.compile(
    r"\s*(?:\(?\x01(?: [a-z]+)?\)?|[a-z]{2,5}\b|[a-z]+ time\b)?\s*(?:[(=\-\u2013\u2014]"
    r"|(?<=[a-z\x01)] )/"
    r"|(?<=[\w\x01] )(?:is|equals|would be|will be|becomes)\s)\s*(?:(?:on\s+)?\x00[\s,]*)?"
    r"(?:at\s+)?"
)
_A_DAY, _A_ZONE = "\x00", "\x01"
_DAY_OR_DASH = re.compile(r"[\x00\-\u2013\u2014]")
# Before a zone word right after a time: "18:00 (your time)", "10h in your time".
_ZONE_AFTER = re.compile(r"[ \t]*\(?[ \t]*(?:(?:in|on|at)[ \t]+(?=(?:your|my|our)\b))?")
# Between two times: a list ("at 4 pm and 3 pm for you"), which a conversion runs on into.
# With its zone word: "15:00 CET (14:00 GMT, 9:00 ET)".
_LIST_JOIN = re.compile(r"\s*(?:,|and|or|&|/)\s*|\s*(?:[a-z]{2,5}\b|[a-z]+ time\b)\s*[,/]\s*")
# "tomorrow, same time": the clock time said last.
_SAME_TIME = re.compile(
    r"\b(?:(?:at\s+)?(?:the\s+)?same (?:time(?: ?slot)?|hour|slot)\b(?!\s+as\b)"
    # in the other languages replies come in
    r"|a la misma hora|à la même heure|à mesma hora|no mesmo horário|alla stessa ora"
    r"|(?:zur|um die) (?:gleichen|selben) (?:zeit|uhrzeit))"
)
# A deadline, its day possibly first: "by 5pm", "by Wednesday 12:00", "by 20 January at 5pm".
_DEADLINE_WORDS = (
    r"\b(?:by|before|no later than)\s+(?:the\s+)?(?:end of\s+)?"
    r"(?:(?:[a-z]+day|tomorrow|today|tonight|[0-3]?\d(?:st|nd|rd|th)?(?: [a-z]+)?"
    r"|[a-z]+ [0-3]?\d(?:st|nd|rd|th)?),? (?:at )?)?"
)
# After these words a time is one already past, a comparison, a conversion of a time just
# given, or a deadline: never a new offer.
_NOT_OFFERED = re.compile(
    r"(?:\b(?:usual|usually|normal|normally|original|originally|rather than|instead of|"
    r"had you(?: down)? for|(?:was|were|had been) (?:scheduled|booked) (?:for|at)|missed|"
    r"planned for|(?:old|previous|earlier|first) (?:one|slot|time|invite|interview|booking)|"
    r"was at|were at|which is|which would be|that would be|i\.e|equivalent to"
    # "that's 4pm for you" converts; "if that's too early" and "that's locked in for" do not.
    r"|(?<!if )(?:that is|that's)(?! (?:locked|booked|confirmed|set|sorted|fixed|scheduled|fine|ok"
    r"|okay|great|perfect|good|no good|too|not)\b)"
    r"|translates to|corresponds to|(?:office|working|opening|business|core|usual) hours?"
    r"|(?:that|this|which|it|those|these|they) (?:should|would|will|might|'d|'ll)(?: still)?"
    r" (?:be|land|come)"
    r"|(?:should|would|will) (?:land|come out) (?:at|to)|lands? at|so (?:it's|it is)|means"
    # Clocks of other things: opening hours, travel, the sender's own next step.
    r"|opens|closes|opening|closing|arrives|departs|takes off|leaves|fl(?:y|ies|ying)"
    # the end of someone's day: "Rohan has a hard stop at 4"
    r"|hard stop|(?:must|has to|needs to|have to) (?:leave|go|log off))\b"
    r"(?:(?!\b(?:but|however)\b)[^\d\n]){0,30}"
    # The sender's next step at a time ("I'll send the invite at 5pm"), not the invite's time
    # ("I'll send the invite for Thursday at 3pm").
    r"|\b(?:i'll|i will|we'll|we will|i'm going to|i am going to) (?:send|reply|respond|confirm"
    r"|get back|come back|email|write|update|forward|call you back)\b"
    r"(?:(?!\b(?:but|however|for)\b)[^\d\n]){0,30}"
    r"|\b(?:until|till|than)\s+(?:the\s+)?|" + _DEADLINE_WORDS + ""
    # A correction: "yes, 9:00, not 10:00", "at 3 and not at 2" (but "if not 3pm, 4pm" offers).
    r"|(?<!\bif )\bnot\s+(?:at\s+|the\s+)?)$"
)
# A busy time: "in meetings until 2pm tomorrow"; its day can still be the day of an offer.
_BUSY_UNTIL = re.compile(r"(?:until|till)\b")
_BUSY_UNTIL_BEFORE = re.compile(r"\b(?:until|till)\s+$")
# Before a time, words that say it is not possible ("we can't do Monday at 10am"), unless a
# contrast comes between ("busy Monday, but free at 3pm").
_REFUSED_BEFORE = re.compile(
    r"\b(?:can't|cannot|can not|couldn't|could not|unable to|not able to|won't be able to)"
    r" (?:do|make|manage|offer|meet)\b(?:(?!\b(?:but|however|instead|though)\b)[^\d\n.?!]){0,30}$"
)
# After a time, words that take it back: "Monday at 10am doesn't work", "16:00 (Madrid) -
# already taken", "... is cancelled", or that make it the clock of another thing.
_REFUSED_AFTER = re.compile(
    r"\s*(?:meeting|call|lunch|stand-?up|flight|train|appointment|class|session)\b"
    # (words after another time are that time's: "at 3pm (the one at 10am was cancelled)")
    # ("10:00 and 11:00 are taken": the times of a list share what is said after the last)
    r"|(?:\s*(?:,|and|&)\s*\d{1,2}(?:[:.]\d\d)?(?:\s*[ap]\.?m\.?)?){0,6}"
    r"(?:\s*\([^()\d\n]{0,30}\))?[^.!?\n\d(]{0,25}?(?:" + REFUSED + ")"
    r"|[^.!?\n\d(]{0,10}?\b(?:is|are) (?:already )?(?:reserved|held|booked) (?:for|by|with)"
    r" (?!you\b)"
)
# After a day, the same words: "If Thursday is no good, Monday at the same time".
_DAY_REFUSED = re.compile(r"[^.!?\n\d]{0,10}?(?:" + REFUSED + ")")
# Before a day: "not Tuesday", "any day except Monday", "we can't do Friday" (not "why not").
_DAY_REFUSED_BEFORE = re.compile(
    r"(?:(?<!why )(?<!\bif )\bnot|\bexcept|\bother than|\bapart from|\bcan'?t do|\bcannot do"
    r"|\bcan'?t make"
    r"|\bcannot make|\bunable to do)\s+(?:on\s+)?(?:the\s+)?$"
)
# Between two offers: "..., or ...", "... oder ...".
_OR_BETWEEN = re.compile(
    r"[^\d.?!;\n]{0,25}?\b(?:or|oder|ou|o|otherwise|else|sonst|sinon)\b[^\d.?!;\n]{0,15}"
)
_NEXT_WEEK = re.compile(r"\b(?:next week|the week after)\b")
_AMPM = r"(?P<{0}ap>[ap]\.?\s?m\b\.?)"
_CLOCK = (
    r"(?P<{0}h>\d{{1,2}})(?:(?P<{0}sep>[:.h])(?P<{0}m>[0-5]\d))?(?:ish)?"
    r"(?:\s*" + _AMPM + r"|(?P<{0}hs>\s?(?:hs|hrs|h|uhr)\b))?"
)
_TIME = re.compile(
    r"(?<![\d$£€¥₹#/.,:+-])"
    r"(?:(?P<pre>\b(?:at|around|from|between|by|before|until|till|after|say|a las|às|um)\b|@)"
    r"\s*)?"
    + _CLOCK.format("a")
    + r"(?:\s*(?P<rsep>-|–|—|~|〜|to|till|until|and)\s*"
    + r"(?:(?P<bnoon>12[ \t]?nn|(?:12[ \t]?)?(?:noon|midday))\b|"
    + _CLOCK.format("b")
    + r"))?(?P<oclock>\s*o'?\s?clock)?"
    r"(?![\d/%]|,\d|\.\d|\s*(?:%|percent|k\b|(?:st|nd|rd|th)\b)|\s?(?:nn|noon)\b)"
    # "12 noon", and "12NN" as the Philippines and India write it.
    r"|\b(?P<noon>12[ \t]?nn|(?:12[ \t]?)?(?:noon|midday))\b"
)
# Things that only look like times. A phone number has many digits; money carries a currency
# sign or word; a room, floor or extension has its label before the number.
_NOT_A_TIME = re.compile(
    r"[$£€¥₹]\s?\d[\d,.]*\s?(?:k|m|bn)?\b"
    r"|\b\d[\d,.]*\s?(?:k|usd|eur|gbp|dollars|euros|pounds|per\s+(?:hour|annum|year))\b"
    r"|\b\d{1,3}(?:,\d{3})+\b"
    r"|\b(?:room|rm|ext|extension|floor|fl|suite|ste|building|bldg|unit|gate|desk|level|no"
    r"|number|tel|phone|ref|id)\b\.?:?\s*#?\s*\d[\w.-]*"
    r"|#\s?\d+"
    # (not the minutes of a clock time, "10:00 hrs", nor a 24-hour clock, "1500 hrs")
    # ("at 10 hrs" is a clock, as Latin America writes it)
    r"|(?<![:.])\b(?!(?:[01]\d|2[0-3])[0-5]\d\s?hrs\b)(?!(?<=\bat )\d{1,2}\s?hrs\b)\d+\s*"
    r"(?:minutes?|mins?|hours?|hrs?|days?|weeks?|years?|people|candidates|rounds?)\b"
    r"|\b\d+(?:st|nd|rd|th)?\s*(?:f|fl|floor|level|storey)\b"
    r"|\b\d+(?:st|nd|rd|th)\s+(?:round|interview|stage|time|choice|option|call|attempt|year)"
)
# A phone number: seven or more digits in a run of digits, spaces, dots, dashes and brackets
# that is not a date or a range of clock times written the same way.
_PHONE = re.compile(r"(?<![\d:.])\+?\(?\d[\d ().-]{5,30}\d")
_PHONE_LOOKALIKE = re.compile(
    r"\s*(?:20\d\d-\d\d-\d\d|\d{1,2}([./-])\d{1,2}\1(?:20)?\d\d"
    r"|\d{1,2}[.:]\d\d\s*[-–]\s*\d{1,2}[.:]\d\d)(?:\s+\d{1,2})?\s*"
)
# A street address: "at 5 Canada Square", "1200 Sixth Ave" (read in the text as written).
_ADDRESS = re.compile(
    r"\b\d{1,5}[A-Za-z]?,?\s+(?:[A-Z][\w'-]{1,30}\s+){1,3}"
    r"(?:Street|St|Road|Rd|Avenue|Ave|Lane|Ln|Square|Sq|Place|Pl|Way|Boulevard|Blvd|Drive|Dr"
    r"|Court|Ct|Parkway|Row|Terrace|Close|Hill|Park|Plaza|Wharf|Quay|Gardens|Circus|Crescent)\b"
)
# A sentence ends at . ! ? ; (before a space) or a line break.
_BOUNDARY = re.compile(r"[.!?;]+(?=\s)|\n")
_FORWARD = timedelta(days=400)
# How long the meeting is: "45 minutes", "a 30-min call", "an hour", "1.5 hours".
_LENGTH = re.compile(
    r"\b(?:(?P<minutes>\d{2,3})[ -]?(?:minutes?|mins?)\b"
    r"|(?P<half>half an hour|half-hour|half hour)\b"
    r"|(?P<hours>an|one|1|1\.5|one and a half)[ -]?(?:hours?|hrs?)\b)"
)
# A length said of something else: how early to join, a time difference, a wait, a deadline.
_NOT_A_LENGTH_AFTER = re.compile(
    r"[ \t]*(?:\(?s\)?[ \t]*)?(?:before|prior|early|earlier|late|later|ahead|behind|after|of"
    r"|in advance|beforehand|difference|gap|apart|back|forward|from now|ago|notice|to (?:complete"
    r"|finish|submit)|to spare)\b"
)
_NOT_A_LENGTH_BEFORE = re.compile(
    r"\b(?:within|next|last|expires?|expire after|after|waited(?: for)?|sat(?: there)?(?: for)?"
    r"|takes?(?: about| around)?|by|only|spare|every|per"
    # A clock or a time difference: "we fall back an hour", "add an hour", "the odd half hour".
    r"|back|forward|ahead|add|adding|subtract|minus|plus|odd)\s+(?:about\s+|around\s+|an?\s+)?$"
    # Two lengths to choose from: "30 or 45 minutes", "30-45 min".
    r"|\d\s*(?:or|to|-|\u2013)\s*$"
)
_MIN_LENGTH = timedelta(minutes=15)
_MAX_LENGTH = timedelta(hours=3)
MAX_READ_CHARS = 8_000
MAX_TIMES = 20
# A run of more days or times than this in one sentence is not a list a person wrote.
_MAX_RUN = 12


@dataclass(frozen=True, slots=True)
class FoundTime:
    """An offered time: the start (and end of a range) as aware datetimes, and its words."""

    start: datetime
    end: datetime | None
    text: str


@dataclass(frozen=True, slots=True)
class Context:
    """What the words are read against: the send time and both people's zones."""

    sent: datetime
    sender: ZoneInfo
    candidate: ZoneInfo

    @property
    def today(self) -> date:
        """The send date on the sender's calendar."""
        return self.sent.astimezone(self.sender).date()


@dataclass(slots=True)
class _Token:
    start: int
    end: int


@dataclass(slots=True)
class _Day(_Token):
    day: date | None
    weekday_only: bool = False
    # The other reading of "05/07" (day and month swapped), when both are dates.
    other: date | None = None
    # A deadline's day ("by 5pm Friday") or one end of a span of days ("Mon-Fri"): it keeps
    # its place among the tokens, so pairing stays in step, but takes no time.
    set_aside: bool = False


@dataclass(slots=True)
class _Clock(_Token):
    start_at: tuple[int, int]
    end_at: tuple[int, int] | None
    not_offered: bool = False
    # For "the same time": the clock time it repeats, whose zone it keeps.
    like: _Clock | None = None


@dataclass(slots=True)
class _Zone(_Token):
    zone: str
    beside_only: bool


@dataclass(slots=True)
class _Sentence:
    offers: bool = False
    days: list[_Day] = field(default_factory=list)
    clocks: list[_Clock] = field(default_factory=list)
    zones: list[_Zone] = field(default_factory=list)


def find_times(
    own: str,
    context: Context,
    closed: Sequence[tuple[int, int, bool]] = (),
    clause_starts: Sequence[int] = (),
) -> list[FoundTime]:
    """Return the times offered in `own` (the sender's own words), in order, without repeats.

    `closed` holds spans whose sentences offer nothing (see `sentences`): their clock times
    are never offers, and their days are set aside too where the span's flag says so.
    `clause_starts` are where the clauses of `sentences.split` start: a time takes a day of
    another clause only when its own clause names none.

    Only the first MAX_READ_CHARS are read, and at most MAX_TIMES times returned: that bounds
    the work for any input, however long or hostile.
    """
    own = own[:MAX_READ_CHARS]
    folded = own.lower()
    blocked = _blocked(own, folded)
    days = _days(own, folded, context, blocked)
    clocks = _clocks(folded, days, blocked)
    _set_aside_days(folded, days, clocks)
    _close(days, clocks, closed)
    # "the same hour" repeats the time offered before it, which a closed conversion is not:
    # "Thursday at 10 Mexico City time (11 for you in New York), or Friday same hour".
    clocks = _with_same_times(folded, clocks, blocked)
    _close([], clocks, closed)
    clocks = [clock for clock in clocks if not clock.not_offered]
    # The zone of a conversion or a deadline ("You'd be joining at 7pm your time") is not the
    # zone of the times offered elsewhere.
    zones = [z for z in _zones(folded, context) if not any(a <= z.start < b for a, b, _ in closed)]
    sentences = _sentences(folded, days, clocks, zones)
    paired = _paired(own, folded, sentences, context, clause_starts)
    return _with_length(paired, folded, closed)


def _paired(
    own: str,
    folded: str,
    sentences: list[_Sentence],
    context: Context,
    clause_starts: Sequence[int],
) -> list[FoundTime]:
    """Pair each sentence's days and times into instants, in order, at most MAX_TIMES."""
    message_zone = _message_zone(sentences, folded)
    found: list[FoundTime] = []
    seen: set[datetime] = set()
    zones_read: dict[int, ZoneInfo] = {}
    paired: set[int] = set()
    last_day: _Day | None = None
    for sentence in sentences:
        for day, clock in (
            pair
            for part in _alternatives(sentence, folded)
            for pair in _pairs(part, last_day, clause_starts)
        ):
            paired.add(id(clock))
            if day.set_aside or day.day is None:
                continue
            zone, said = _zone_for(clock, day, sentence, message_zone, folded, context)
            zones_read.setdefault(id(clock), zone)
            if said is None and clock.like is not None:
                # "8am your time on Friday ... or Monday at the same time": still your time.
                zone = zones_read.get(id(clock.like), zone)
            start = _at(day.day, clock.start_at, zone)
            if start <= context.sent or start - context.sent > _FORWARD:
                continue
            end = None
            if clock.end_at is not None:
                end = _at(day.day, clock.end_at, zone)
                end = end if end > start else None
            offered = FoundTime(start=start, end=end, text=_phrase(own, day, clock, said))
            if start in seen:
                _with_end(found, offered)  # "Wednesday 4pm ... an invite for 16:00-17:00"
                continue
            seen.add(start)
            found.append(offered)
            if len(found) == MAX_TIMES:
                return found
        last_day = next((d for d in reversed(sentence.days) if not d.set_aside), last_day)
    ranges = [c for s in sentences for c in s.clocks if c.end_at and id(c) not in paired]
    return [_ended(t, ranges) for t in found]


def _ended(offered: FoundTime, ranges: list[_Clock]) -> FoundTime:
    """Give a time the end of a range said again with no day: "an invitation for 15:00-16:00"."""
    wall = (offered.start.hour, offered.start.minute)
    again = next((c.end_at for c in ranges if c.start_at == wall), None)
    if offered.end is not None or again is None:
        return offered
    length = timedelta(hours=again[0] - wall[0], minutes=again[1] - wall[1])
    if length <= timedelta(0):
        return offered
    return FoundTime(start=offered.start, end=offered.start + length, text=offered.text)


def _with_length(
    found: list[FoundTime], folded: str, closed: Sequence[tuple[int, int, bool]]
) -> list[FoundTime]:
    """End the times that have no end of their own after the one length the message gives.

    "Wednesday at 2 or Thursday at 11:30? Both are 45 minutes." ends them at 2:45 and 12:15.
    A length said of something else ("join 5 minutes early", "an hour ahead of you", "we
    waited 20 minutes") or two different lengths give no end.
    """
    lengths = {
        _length(match)
        for match in _LENGTH.finditer(folded)
        if not any(start <= match.start() < end for start, end, _ in closed)
        and not _NOT_A_LENGTH_AFTER.match(folded, match.end())
        and not _NOT_A_LENGTH_BEFORE.search(folded, max(0, match.start() - 25), match.start())
    }
    if len(lengths) != 1:
        return found
    length = lengths.pop()
    if not _MIN_LENGTH <= length <= _MAX_LENGTH:
        return found
    return [
        t if t.end else FoundTime(start=t.start, end=t.start + length, text=t.text) for t in found
    ]


def _length(match: re.Match[str]) -> timedelta:
    if match["minutes"]:
        return timedelta(minutes=int(match["minutes"]))
    if match["half"]:
        return timedelta(minutes=30)
    return timedelta(minutes=90 if match["hours"] in ("1.5", "one and a half") else 60)


def _with_end(found: list[FoundTime], again: FoundTime) -> None:
    """Give a time said twice the end that only its second saying named."""
    for index, earlier in enumerate(found):
        if earlier.start == again.start and earlier.end is None and again.end is not None:
            found[index] = FoundTime(start=earlier.start, end=again.end, text=earlier.text)


def _close(days: list[_Day], clocks: list[_Clock], closed: Sequence[tuple[int, int, bool]]) -> None:
    for start, end, days_too in closed:
        for clock in clocks:
            clock.not_offered = clock.not_offered or start <= clock.start < end
        for day in days:
            if start <= day.start < end and (days_too or _another_day_follows(days, day, end)):
                day.set_aside = True


def _another_day_follows(days: list[_Day], day: _Day, end: int) -> bool:
    """Say whether a day of its own follows a closed clause: "off Monday, but Tuesday at 11"."""
    return any(other.start >= end for other in days if other is not day and other.start < end + 80)


def find_dates(own: str, context: Context) -> list[tuple[int, date]]:
    """Return every calendar date named in `own` with its offset (for return dates)."""
    own = own[:MAX_READ_CHARS]
    folded = own.lower()
    blocked = _blocked(own, folded)
    return [(d.start, d.day) for d in _days(own, folded, context, blocked) if d.day is not None]


# --- Scanning -----------------------------------------------------------------------------


def _set_aside_days(folded: str, days: list[_Day], clocks: list[_Clock]) -> None:
    """Set aside the days of a span ("Mon-Fri") and those beside a time that is no offer.

    A day beside a busy time stays: "in meetings until 2pm tomorrow, but could do 3pm".
    """
    spans = [m.span() for m in _DAY_SPAN.finditer(folded)]
    refused = [
        c
        for c in clocks
        if c.not_offered
        and not _BUSY_UNTIL.match(folded, c.start)
        and not _BUSY_UNTIL_BEFORE.search(folded, max(0, c.start - 10), c.start)
    ]
    spans += _date_spans(folded, days)
    for day in days:
        day.set_aside = (
            any(start <= day.start < end for start, end in spans)
            or any(_beside_in_sentence(folded, c, day) for c in refused)
            or (
                bool(_DAY_REFUSED.match(folded, day.end)) and not _after_a_time(folded, day, clocks)
            )
            or bool(_DAY_REFUSED_BEFORE.search(folded, max(0, day.start - 20), day.start))
        )


def _beside_in_sentence(folded: str, clock: _Clock, day: _Day) -> bool:
    """Say whether a day and a time are written together ("Monday 10am", "10am Monday").

    A full stop between them ends the sentence: "... will be 11:00. Friday at the same hour".
    """
    first, second = (clock, day) if clock.start < day.start else (day, clock)
    return _beside(folded, first.end, second.start) and not (
        _BOUNDARY.search(folded, first.end, second.start) or _ends_a_sentence(folded, first)
    )


def _after_a_time(folded: str, day: _Day, clocks: list[_Clock]) -> bool:
    """Say whether a time comes right before `day` (then a refusal after it is the time's).

    "The 1pm slot on Wednesday is taken" refuses that slot, not the whole of Wednesday.
    """
    return any(
        0 <= day.start - c.end <= 15 and not _BOUNDARY.search(folded, c.end, day.start)
        for c in clocks
    )


def _date_spans(folded: str, days: list[_Day]) -> list[tuple[int, int]]:
    """Return spans of dates ("closed from 24 December to 6 January"): a period, never a slot."""
    spans = []
    for first, second in zip(days, days[1:], strict=False):
        if first.weekday_only or second.weekday_only:
            continue  # weekday spans ("Mon-Fri") are read by _DAY_SPAN
        joined = _DATE_SPAN_JOIN.fullmatch(folded, first.end, second.start)
        between = folded[first.end : second.start].strip() == "and" and _BETWEEN_DATES.search(
            folded, max(0, first.start - 15), first.start
        )
        if joined or between:
            spans.append((first.start, second.end))
    spans += [
        (day.start, day.end)
        for day in days
        if folded[day.start : day.start + 1].isdigit()
        and _DAY_NUMBER_BEFORE.search(folded, max(0, day.start - 8), day.start)
    ]
    return spans


def _blocked(own: str, folded: str) -> list[tuple[int, int]]:
    """Return the spans of phone numbers, prices, rooms and other numbers that are no time."""
    spans = [m.span() for m in _NOT_A_TIME.finditer(folded)]
    spans += [m.span() for m in _ADDRESS.finditer(own)]
    spans += [
        m.span()
        for m in _PHONE.finditer(folded)
        if sum(c.isdigit() for c in m.group()) >= 7 and not _PHONE_LOOKALIKE.fullmatch(m.group())
    ]
    return _union(sorted(spans))


def _overlaps(span: tuple[int, int], spans: Sequence[tuple[int, int]]) -> bool:
    """Say whether `span` overlaps one of `spans` (sorted, not overlapping each other)."""
    index = bisect_left(spans, (span[1], span[1])) - 1
    return index >= 0 and spans[index][1] > span[0]


def _days(own: str, folded: str, context: Context, blocked: list[tuple[int, int]]) -> list[_Day]:
    explicit = [
        _Day(m.start(), m.end(), _explicit_day(m, context), other=_swapped_day(m, context))
        for m in _DATE.finditer(folded)
        if not _overlaps(m.span(), blocked) and _written_as_date(own, m)
    ]
    weekdays = [
        _weekday_token(m, folded, context)
        for m in _WEEKDAY.finditer(folded)
        if _capital_ok(own, m.start("wd"), m["wd"]) or _WEEKDAY_IN_USE.match(folded, m.end())
    ]
    relative = [
        _Day(m.start(), m.end(), _relative_day(m, context)) for m in _RELATIVE.finditer(folded)
    ]
    return _merged([*explicit, *weekdays, *relative], folded)


def _written_as_date(own: str, match: re.Match[str]) -> bool:
    month = match["m1"] or match["m2"]
    if month and not _capital_ok(own, match.start("m1" if match["m1"] else "m2"), month):
        return False
    return not (match["d3"] and int(match["d3"]) > 31)


def _weekday_token(match: re.Match[str], folded: str, context: Context) -> _Day:
    dotted = _DOTTED_DAY.match(folded, match.end())
    if dotted:
        try:
            day = _in_year(context.today, int(dotted["m"]), int(dotted["d"]), None)
        except ValueError:
            day = None
        # "Tuesday 10.30" is a time; "Monday 20.07" is a day only when 20 July is a Monday.
        if day is not None and day.weekday() == _WEEKDAYS[match["wd"]]:
            return _Day(match.start(), dotted.end(), day)
    numbered = _WEEKDAY_NUMBER.match(folded, match.end())
    if numbered:
        number = int(numbered["d"])
        # "thurs 4" is 4 pm this week unless the 4th is this Thursday or the next: a number
        # that could be an hour names a day only close by.
        weeks = 2 if number <= 12 else 8
        weekday = _WEEKDAYS[match["wd"]]
        day = _day_numbered(context.today, weekday, number, weeks)
        # "the process closed on Friday 18": a day just past, when no hour of a 12-hour
        # clock or an ordinal could make the number a time.
        if day is None and (number > 12 or numbered["ord"]):
            day = _day_numbered(context.today, weekday, number, -8)
        if day is not None:
            return _Day(match.start(), numbered.end(), day)
    return _Day(match.start(), match.end(), _weekday_day(match, folded, context), weekday_only=True)


def _day_numbered(today: date, weekday: int, number: int, weeks: int) -> date | None:
    """Return the nearest day numbered `number` that falls on `weekday`, within `weeks` weeks.

    A negative `weeks` looks back from the day before `today`.
    """
    for ahead in range(7 * weeks) if weeks > 0 else range(-1, 7 * weeks, -1):
        day = today + timedelta(days=ahead)
        if day.day == number and day.weekday() == weekday:
            return day
    return None


def _capital_ok(own: str, start: int, word: str) -> bool:
    return word not in _CAPITAL_ONLY or own[start : start + 1].isupper()


def _merged(days: list[_Day], folded: str) -> list[_Day]:
    """Join a weekday to the date written beside it ("Tue 10 March", "28 May (Thu)")."""
    days.sort(key=lambda d: (d.start, -d.end))
    merged: list[_Day] = []
    for day in days:
        if merged and day.start < merged[-1].end:
            # Inside a date already taken, or the same date written on: "Monday, 30. March".
            if day.end > merged[-1].end and day.day == merged[-1].day:
                merged[-1].end = day.end
            continue
        if merged and _beside(folded, merged[-1].end, day.start):
            previous = merged[-1]
            if previous.weekday_only != day.weekday_only:
                explicit, weekday = (day, previous) if previous.weekday_only else (previous, day)
                merged[-1] = _Day(previous.start, day.end, _agreeing(explicit, weekday))
                continue
        merged.append(day)
    return merged


def _agreeing(explicit: _Day, weekday: _Day) -> date | None:
    """Read "Thu 05/07" as the date that falls on a Thursday, whichever order it is written in."""
    named = weekday.day.weekday() if weekday.day else None
    other = explicit.other
    if explicit.day and explicit.day.weekday() != named and other and other.weekday() == named:
        return other
    return explicit.day


def _swapped_day(match: re.Match[str], context: Context) -> date | None:
    first, second = match["na"] or match["xa"], match["nb"] or match["xb"]
    if first is None or second is None or first == second:
        return None
    try:
        return _numeric_day(second, first, match["ny"] or match["xy"], context)
    except ValueError:
        return None


def _beside(folded: str, end: int, start: int) -> bool:
    return 0 <= start - end <= 4 and not folded[end:start].strip(" ,().-")


def _explicit_day(match: re.Match[str], context: Context) -> date | None:
    today = context.today
    try:
        if match["iy"]:
            return date(int(match["iy"]), int(match["im"]), int(match["id"]))
        if match["m1"] or match["m2"]:
            month = _MONTHS[match["m1"] or match["m2"]]
            day = int(match["d1"] or match["d2"])
            year = match["y1"] or match["y2"]
            return _in_year(today, month, day, int(year) if year else None)
        if match["na"]:
            return _numeric_day(match["na"], match["nb"], match["ny"], context)
        if match["xa"]:
            return _numeric_day(match["xa"], match["xb"], match["xy"], context)
        if match["ed"]:
            return date(int(match["ey"]), int(match["em"]), int(match["ed"]))
        if match["pd"]:
            return _in_year(today, int(match["pm"]), int(match["pd"]), None)
        return _next_numbered(today, int(match["d3"]))
    except ValueError:
        return None


def _next_numbered(today: date, number: int) -> date | None:
    """Return the next day numbered `number` ("the 30th"), this month or in the next two."""
    for ahead in range(3):
        month = (today.month - 1 + ahead) % 12 + 1
        year = today.year + (today.month - 1 + ahead) // 12
        try:
            day = date(year, month, number)
        except ValueError:
            continue
        if day >= today:
            return day
    return None


def _in_year(today: date, month: int, day: int, year: int | None) -> date:
    if year is not None:
        return date(year, month, day)
    candidate = date(today.year, month, day)
    # A day named without a year is the next one, unless it is just past (a reference back).
    return (
        candidate if candidate >= today - timedelta(days=60) else date(today.year + 1, month, day)
    )


def _numeric_day(
    first_text: str, second_text: str, year_text: str | None, context: Context
) -> date:
    first, second = int(first_text), int(second_text)
    month_first = bool(_MONTH_FIRST_ZONES.fullmatch(context.sender.key))
    if first > 12:
        month_first = False
    elif second > 12:
        month_first = True
    month, day = (first, second) if month_first else (second, first)
    year = int(year_text) if year_text else None
    if year is not None and year < 100:
        year += 2000
    return _in_year(context.today, month, day, year)


def _weekday_day(match: re.Match[str], folded: str, context: Context) -> date:
    today = context.today
    weekday = _WEEKDAYS[match["wd"]]
    ahead = (weekday - today.weekday()) % 7
    modifier = match["mod"]
    next_week = bool(match["nw"]) or bool(_NEXT_WEEK.search(_sentence_around(folded, match)))
    if next_week or modifier == "next":
        monday = today - timedelta(days=today.weekday()) + timedelta(days=7)
        return monday + timedelta(days=weekday)
    if modifier in ("this", "coming") and ahead == 0:
        return today
    day = today + timedelta(days=ahead or 7)
    return day + timedelta(days=7) if modifier == "following" else day


def _sentence_around(folded: str, match: re.Match[str]) -> str:
    return _sentence_of(folded, match.start(), match.end())


def _sentence_of(folded: str, start: int, end: int) -> str:
    """Return the sentence around `start:end`, looking at most 300 characters either side."""
    low = max(0, start - 300)
    first = max((m.end() for m in _BOUNDARY.finditer(folded, low, start)), default=low)
    stop = _BOUNDARY.search(folded, end, end + 300)
    return folded[first : stop.start() if stop else end + 300]


def _relative_day(match: re.Match[str], context: Context) -> date:
    offset = 2 if match["after"] else 1 if match["tomorrow"] else -1 if match["yesterday"] else 0
    return context.today + timedelta(days=offset)


def _clocks(folded: str, days: list[_Day], blocked: list[tuple[int, int]]) -> list[_Clock]:
    day_spans = _union([(d.start, d.end) for d in days])
    day_ends = {d.end for d in days}
    clocks = []
    position = 0
    while match := _TIME.search(folded, position):
        position = match.end()
        # "at 10 and 2pm" is two times; only "between 2 and 4" is a range.
        second = match["bh"] is not None or match["bnoon"] is not None
        ranged = second and (match["rsep"] != "and" or match["pre"] == "between")
        if second and not ranged:
            position = match.start("bnoon" if match["bnoon"] else "bh")
        start = match.start("ah") if match["ah"] else match.start()
        end = max(match.end("ah"), match.end("am"), match.end("aap"))
        if ranged or match["noon"]:
            end = match.end()
        else:
            end = max(end, match.end("oclock"), match.end("ahs"))
        if _overlaps((start, end), day_spans):
            # "May 12 – 15:00" is no range from 12 to 15: the time after the date is read alone.
            position = start + 1
            continue
        if _overlaps((start, end), blocked):
            continue
        clock = _read_clock(match, folded, day_ends, ranged)
        if clock is not None:
            # A minute to the hour (23:59, 11:59 pm) ends a deadline; nobody offers a slot at it.
            offered = _offered(folded, start, end) and clock[0][1] != 59
            clocks.append(_Clock(match.start(), end, *clock, not_offered=not offered))
    clocks.extend(_word_clocks(folded, blocked, day_spans))
    clocks.extend(_military_clocks(folded, blocked, day_spans))
    clocks.sort(key=lambda c: c.start)
    return _conversions_set_aside(folded, clocks, days)


def _conversions_set_aside(folded: str, clocks: list[_Clock], days: list[_Day]) -> list[_Clock]:
    """Mark what restates a time as not offered: its conversion, and a list run on from one.

    A conversion can be wrong by an hour around a clock change, so it is never an offer.
    """
    for before, clock in zip(clocks, clocks[1:], strict=False):
        between = folded[before.end : clock.start]
        marked = ZONE_WORD.sub(_A_ZONE, _days_marked(between, before.end, days))
        # With a day or a dash between, the second time is on the same line and says whose
        # clock it is on: "10:00 Monday (Tuesday 11:00)" offers two, "16h (Paris) - 10h in your
        # time" one, and a list's lines ("- Mon 1pm ET\n- Tue 10am ET") one each.
        restated = _CONVERSION.fullmatch(marked) and (
            not _DAY_OR_DASH.search(marked)
            or ("\n" not in between and _zone_after(folded, clock.end))
        )
        if restated or (before.not_offered and _LIST_JOIN.fullmatch(between)):
            clock.not_offered = True
    return clocks


def _zone_after(folded: str, end: int) -> bool:
    gap = _ZONE_AFTER.match(folded, end)
    return bool(ZONE_WORD.match(folded, gap.end() if gap else end))


def _days_marked(between: str, offset: int, days: list[_Day]) -> str:
    """Write each day that lies wholly in `between` (which starts at `offset`) as one mark."""
    stop = offset + len(between)
    inside = [d for d in days if offset <= d.start and d.end <= stop]
    if not inside:
        return between
    pieces, at = [], offset
    for day in inside:
        pieces += [between[at - offset : day.start - offset], _A_DAY]
        at = day.end
    return "".join([*pieces, between[at - offset :]])


def _offered(folded: str, start: int, end: int) -> bool:
    """Say whether the words around a time leave it an offer (not past, converted or refused)."""
    before = max(0, start - 40)
    if _NOT_OFFERED.search(folded, before, start) or _REFUSED_BEFORE.search(folded, before, start):
        return False
    after = _BESIDE_A_DAY.match(folded, end)
    return not _REFUSED_AFTER.match(folded, after.end() if after else end)


def _military_clocks(
    folded: str, blocked: list[tuple[int, int]], day_spans: list[tuple[int, int]]
) -> Iterator[_Clock]:
    for match in _MILITARY.finditer(folded):
        hour, minute = int(match["h1"] or match["h2"]), int(match["m1"] or match["m2"])
        if minute % 15 or _overlaps(match.span(), blocked) or _overlaps(match.span(), day_spans):
            continue
        offered = _offered(folded, match.start(), match.end())
        yield _Clock(match.start(), match.end(), (hour, minute), None, not_offered=not offered)


def _word_clocks(
    folded: str, blocked: list[tuple[int, int]], day_spans: list[tuple[int, int]]
) -> Iterator[_Clock]:
    for match in _WORD_TIME.finditer(folded):
        if _overlaps(match.span(), blocked) or _overlaps(match.span(), day_spans):
            continue
        word = match["w1"] or match["w2"] or match["w3"] or match["w4"]
        hour = _HOUR_WORDS[word] if word in _HOUR_WORDS else int(word)
        minute = 30 if match["w2"] else 0
        if match["frac"]:
            minute = 30 if match["frac"] == "half" else 15
            if match["rel"] == "to":
                hour, minute = (hour - 1) or 12, 60 - minute
        if not 1 <= hour <= 12:
            continue
        if match["ap"]:
            hour = hour % 12 + (12 if match["ap"] == "p" else 0)
        elif hour <= 6:
            hour += 12
        offered = _offered(folded, match.start(), match.end())
        yield _Clock(match.start(), match.end(), (hour, minute), None, not_offered=not offered)


def _with_same_times(
    folded: str, clocks: list[_Clock], blocked: list[tuple[int, int]]
) -> list[_Clock]:
    """Add "the same time" as a copy of the last time offered before it.

    With no offer before it, it is the time said last: "We had you at 10:30. Tomorrow, same
    time?". A conversion after an offer ("that's 4 pm in Paris") is never the one repeated.
    """
    offered = [c for c in clocks if not c.not_offered]
    copies = []
    for match in _SAME_TIME.finditer(folded):
        earlier = _said_last(offered, match.start()) or _said_last(clocks, match.start())
        if earlier is not None and not _overlaps(match.span(), blocked):
            copies.append(
                _Clock(match.start(), match.end(), earlier.start_at, earlier.end_at, like=earlier)
            )
    return sorted([*clocks, *copies], key=lambda c: c.start)


def _said_last(clocks: list[_Clock], before: int) -> _Clock | None:
    said = bisect_right([c.end for c in clocks], before) - 1
    return clocks[said] if said >= 0 else None


def _read_clock(
    match: re.Match[str], folded: str, day_ends: set[int], ranged: bool
) -> tuple[tuple[int, int], tuple[int, int] | None] | None:
    if match["noon"]:
        return (12, 0), None
    pre = (match["pre"] or "").strip()
    if not _is_clock(match, "a", pre, ranged, folded, day_ends):
        return None
    if ranged and not match["bnoon"] and not _is_clock(match, "b", "at", True, folded, day_ends):
        return None
    end_ap = match["bap"][0] if ranged and match["bap"] else None
    shared = None if ranged or match["aap"] else _BEFORE_OR_CLOCK.match(folded, match.end())
    start_ap = match["aap"][0] if match["aap"] else shared["ap"] if shared else end_ap
    start = _hour_minute(match, "a", start_ap)
    if start is None:
        return None
    if not ranged:
        return start, None
    end = (12, 0) if match["bnoon"] else _hour_minute(match, "b", end_ap or start_ap)
    if end is None:
        return None
    if not match["aap"] and end_ap and start > end:
        start = _hour_minute(match, "a", "a" if end_ap == "p" else "p") or start
    if start >= end and not end_ap:
        end = (end[0] + 12, end[1]) if end[0] < 12 else end
    return start, end


def _is_clock(
    match: re.Match[str],
    side: str,
    pre: str,
    ranged: bool,
    folded: str,
    weekday_ends: set[int],
) -> bool:
    """Tell a clock time from any other number: it needs a mark, a colon or a cue word."""
    sep = match[f"{side}sep"]
    if (
        match[f"{side}ap"]
        or match[f"{side}hs"]
        or (match["oclock"] and (side == "b" or not ranged))
    ):
        return True
    if side == "a" and ranged and (match["bap"] or match["bnoon"] or match["bsep"] in (":", "h")):
        return True  # "2-3pm", "10-10:45", "9-noon"
    if sep in (":", "h"):
        return match[f"{side}m"] is not None
    if sep == ".":
        return (
            bool(pre)
            or ranged
            or _after_date(folded, match.start(), weekday_ends)
            or bool(_BEFORE_A_DAY.match(folded, match.end()))
        )
    if pre == "from" and _ONWARDS.match(folded, match.end()):
        return True  # "from 2 onwards on Thursday"
    if pre in _CUE_WORDS:
        return side == "b" or pre not in ("from", "between") or ranged
    if side == "a" and (
        _OR_AFTER_A_CLOCK.search(folded, max(0, match.start() - 20), match.start())
        or _BEFORE_OR_CLOCK.match(folded, match.end())
    ):
        return True
    if side == "a" and _OFFERED_ON_A_DAY.search(folded, max(0, match.start() - 15), match.start()):
        return bool(_ON_A_WEEKDAY.match(folded, match.end()))  # "can you do 2 on Friday?"
    # "tues 11", "Monday (10-11)": a bare hour right after a day, in a range or in words that
    # offer or agree to a time ("the process closed on Friday 18" names a day).
    return (
        side == "a"
        and _after_date(folded, match.start(), weekday_ends)
        and (
            ranged
            or bool(_OFFER_OR_AGREEMENT.search(_sentence_of(folded, match.start(), match.end())))
        )
    )


def _after_date(folded: str, start: int, day_ends: set[int]) -> bool:
    return any(
        end in day_ends and not folded[end:start].strip(" ,(")
        for end in range(max(start - 3, 0), start + 1)
    )


def _hour_minute(match: re.Match[str], side: str, ap: str | None) -> tuple[int, int] | None:
    digits = match[f"{side}h"]
    hour, minute = int(digits), int(match[f"{side}m"] or 0)
    if ap:
        ap = ap[0]
        if not 1 <= hour <= 12:
            return None
        hour = hour % 12 + (12 if ap == "p" else 0)
    elif hour > 23:
        return None
    elif 1 <= hour <= 6 and not digits.startswith("0") and not match[f"{side}hs"]:
        # Nobody proposes an interview at 3 in the morning: "at 3" is 15:00.
        hour += 12
    return hour, minute


def _zones(folded: str, context: Context) -> list[_Zone]:
    local, year = (context.sender.key, context.candidate.key), context.today.year
    return [
        _Zone(
            m.start(),
            m.end(),
            zone_of(m, local, year),
            needs_a_time(m) and not _ALL_TIMES.search(folded, max(0, m.start() - 30), m.start()),
        )
        for m in ZONE_WORD.finditer(folded)
        if not (
            m["beside"] == "for you"
            and _HOW_IT_SUITS.search(folded, max(0, m.start() - 50), m.start())
        )
    ]


# A zone word said of every time in the message: "All times UK", "times are in CET".
_ALL_TIMES = re.compile(
    r"\b(?:all|the|these|those|both|above|listed) (?:(?:the|above|slot|listed) )?times?"
    r"(?: (?:above|below|listed|shown|given|quoted))?(?: (?:are|is|will be))?(?: (?:in|on))?\s*$"
)
# "How is Friday at noon for you?" asks whether it suits, not what the clock says where you are.
_HOW_IT_SUITS = re.compile(r"\bhow(?:'s| is| does| would| about)\b[^.?!\n]{0,40}$")


# --- Pairing ------------------------------------------------------------------------------


def _sentences(
    folded: str, days: list[_Day], clocks: list[_Clock], zones: list[_Zone]
) -> list[_Sentence]:
    tokens: list[_Token] = sorted([*days, *clocks, *zones], key=lambda t: t.start)
    inside = _union([(t.start, t.end - _ends_a_sentence(folded, t)) for t in tokens])
    marks = [
        m.span()
        for m in _BOUNDARY.finditer(folded)
        if not _overlaps((m.start(), m.start() + 1), inside)
    ]
    bounds = [*(start for start, _ in marks), len(folded) + 1]
    starts = [0, *(end for _, end in marks)]
    sentences = [
        _Sentence(offers=bool(_OFFER_CUE.search(folded, start, end)))
        for start, end in zip(starts, bounds, strict=True)
    ]
    for token in tokens:
        sentence = sentences[bisect_right(bounds, token.start)]
        if isinstance(token, _Day):
            sentence.days.append(token)
        elif isinstance(token, _Clock):
            sentence.clocks.append(token)
        elif isinstance(token, _Zone):
            sentence.zones.append(token)
    return [s for s in sentences if s.days or s.clocks or s.zones]


def _ends_a_sentence(folded: str, token: _Token) -> bool:
    """Say whether a day or a time took a full stop that ends its sentence ("on Sunday. Or").

    The dot of an abbreviation ("Tue. 10am") and of a clock time ("9 a.m. PT") does not.
    """
    if not folded.endswith(".", token.start, token.end):
        return False
    if isinstance(token, _Clock):
        # "... so 4pm. Tuesday ..." ends; the dots of "5 p.m." may not.
        return folded.endswith(("am.", "pm."), token.start, token.end)
    if not isinstance(token, _Day):
        return False
    word = _LAST_WORD.search(folded, token.start, token.end - 1)
    # "22.01." is a date written with its dots, not a sentence's end.
    return word is not None and word.group() not in _ABBREVIATIONS and not word.group().isdigit()


def _union(spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Merge sorted spans that overlap, so that `_overlaps` can search them."""
    merged: list[tuple[int, int]] = []
    for start, end in spans:
        if merged and start < merged[-1][1]:
            merged[-1] = (merged[-1][0], max(end, merged[-1][1]))
        else:
            merged.append((start, end))
    return merged


def _pairs(
    sentence: _Sentence, last_day: _Day | None, clause_starts: Sequence[int] = ()
) -> Iterator[tuple[_Day, _Clock]]:
    """Pair the sentence's days with its clock times.

    Runs alternate: "Tue or Wed at 3pm" gives each day the time after it; a sentence that
    opens with a time ("2-3pm on the 14th, or 10-11am on the 15th") gives each time the day
    after it. Times with no day in their sentence take the last day named before.
    """
    if not sentence.clocks:
        return
    runs = _runs([*sentence.days, *sentence.clocks])
    times_first = isinstance(runs[0][0], _Clock)
    for index, run in enumerate(runs):
        if not isinstance(run[0], _Clock):
            continue
        clocks = [c for c in run if isinstance(c, _Clock)][:_MAX_RUN]
        neighbour = index + 1 if times_first else index - 1
        if not 0 <= neighbour < len(runs):
            neighbour = index - 1 if times_first else index + 1
        if 0 <= neighbour < len(runs):
            days = _same_clause(
                [d for d in runs[neighbour] if isinstance(d, _Day)][:_MAX_RUN],
                clocks[0],
                clause_starts,
            )
        else:
            # A time with no day of its own takes the last day named, but only in a sentence
            # that offers ("Could you do 3pm?"), not one that informs ("we open at 8:30").
            days = [last_day] if last_day is not None and sentence.offers else []
        for day in days:
            for clock in clocks:
                yield day, clock


def _same_clause(days: list[_Day], clock: _Clock, clause_starts: Sequence[int]) -> list[_Day]:
    """Keep the days of the time's own clause, when it names one.

    "Friday is our weekend, so how about Monday at 5pm?" offers Monday only, while "busy
    Monday morning, but free at 3" still gives 3pm the day of the clause before.
    """
    clause = bisect_right(clause_starts, clock.start)
    own = [d for d in days if bisect_right(clause_starts, d.start) == clause]
    return own or days


def _alternatives(sentence: _Sentence, folded: str) -> list[_Sentence]:
    """Split a sentence at each "or" that joins two whole offers, a day and a time on each side.

    "9.30am Monday, or Tuesday 16h" is two offers, whatever order each is written in; "Tue or
    Wed at 3pm" is one time on either day and stays whole.
    """
    tokens: list[_Token] = sorted([*sentence.days, *sentence.clocks], key=lambda t: t.start)
    # Whether the tokens from each index on hold a day and a time (one pass, from the end).
    whole_from = [False] * (len(tokens) + 1)
    kinds: set[type] = set()
    for index in range(len(tokens) - 1, -1, -1):
        kinds.add(type(tokens[index]))
        whole_from[index] = len(kinds) == 2
    parts: list[list[_Token]] = [[]]
    in_part: set[type] = set()
    for index, token in enumerate(tokens):
        if (
            len(in_part) == 2
            and whole_from[index]
            and _OR_BETWEEN.fullmatch(folded, tokens[index - 1].end, token.start)
        ):
            parts.append([])
            in_part = set()
        parts[-1].append(token)
        in_part.add(type(token))
    if len(parts) == 1:
        return [sentence]
    return [
        _Sentence(
            offers=sentence.offers,
            days=[t for t in part if isinstance(t, _Day)],
            clocks=[t for t in part if isinstance(t, _Clock)],
            zones=sentence.zones,
        )
        for part in parts
    ]


def _runs(tokens: list[_Token]) -> list[list[_Token]]:
    runs: list[list[_Token]] = []
    for token in sorted(tokens, key=lambda t: t.start):
        if runs and type(runs[-1][0]) is type(token):
            runs[-1].append(token)
        else:
            runs.append([token])
    return runs


def _message_zone(sentences: list[_Sentence], folded: str) -> str | None:
    """Return the one zone the message names for all its times, if it names one.

    "your time" right after a time is said of that time only: "Monday 10am? Or Tuesday 2pm
    your time." reads Monday in the sender's zone.
    """
    named = {
        z.zone
        for s in sentences
        for z in s.zones
        if not z.beside_only
        and not (
            z.zone in (SENDER, CANDIDATE) and any(_beside(folded, c.end, z.start) for c in s.clocks)
        )
    }
    return named.pop() if len(named) == 1 else None


_ON_BETWEEN = re.compile(r"\s+on\s+(?:the\s+)?")


def _zone_for(
    clock: _Clock,
    day: _Day,
    sentence: _Sentence,
    message_zone: str | None,
    folded: str,
    context: Context,
) -> tuple[ZoneInfo, _Zone | None]:
    """Return the zone a time is read in, and the zone word beside it (if any)."""
    anchors = [clock.end]
    if _beside(folded, clock.end, day.start) or _ON_BETWEEN.fullmatch(folded, clock.end, day.start):
        anchors.append(day.end)  # "9pm Wednesday for you", "9am on Thursday for you"
    beside = next(
        (z for z in sentence.zones for a in anchors if _beside(folded, a, z.start)),
        None,
    )
    named = beside.zone if beside else None
    if named is None:
        free = [z for z in sentence.zones if not z.beside_only]
        named = free[0].zone if free else message_zone
    if named is None or named == SENDER:
        return context.sender, beside
    if named == CANDIDATE:
        return context.candidate, beside
    return ZoneInfo(named), beside


def _at(day: date, hour_minute: tuple[int, int], zone: ZoneInfo) -> datetime:
    hour, minute = hour_minute
    if hour == 24:
        return datetime.combine(day + timedelta(days=1), time(0, minute), tzinfo=zone)
    return datetime.combine(day, time(hour, minute), tzinfo=zone)


def _phrase(own: str, day: _Day, clock: _Clock, zone: _Zone | None) -> str:
    start, end = min(day.start, clock.start), max(day.end, clock.end, zone.end if zone else 0)
    first, second = sorted([day, clock], key=lambda token: token.start)
    apart = _BOUNDARY.search(own, first.end, second.start) is not None
    if end - start <= 60 and not apart:
        words = " ".join(own[start:end].split()).rstrip(",;")
        if words.endswith(".") and not words.endswith(".m."):
            words = words[:-1]
        return words + ")" if words.count("(") > words.count(")") else words
    return " ".join([*own[day.start : day.end].split(), *own[clock.start : clock.end].split()])
