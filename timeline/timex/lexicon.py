"""Words of time: month and weekday names, number words, units, seasons, parts
of the day, holidays — as lookup tables and as the regex fragments the
candidate grammar (`grammar.py`) is written with.

Case matters: month and weekday names are only read capitalized, so that
"may", "march", "sun" or "we" are never dates.
"""
from __future__ import annotations

import re

MONTHS = {
    "january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3, "april": 4, "apr": 4,
    "may": 5, "june": 6, "jun": 6, "july": 7, "jul": 7, "august": 8, "aug": 8,
    "september": 9, "sept": 9, "sep": 9, "october": 10, "oct": 10, "november": 11, "nov": 11,
    "december": 12, "dec": 12,
}

WEEKDAYS = {
    "monday": 1, "mon": 1, "tuesday": 2, "tue": 2, "tues": 2, "wednesday": 3, "wed": 3,
    "thursday": 4, "thu": 4, "thur": 4, "thurs": 4, "friday": 5, "fri": 5, "saturday": 6, "sat": 6,
    "sunday": 7, "sun": 7,
}

NUMBER_WORDS = {
    "zero": 0, "one": 1, "a": 1, "an": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
    "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13,
    "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18,
    "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60,
    "seventy": 70, "eighty": 80, "ninety": 90, "hundred": 100, "a hundred": 100,
    "one hundred": 100, "a thousand": 1000, "one thousand": 1000, "two thousand": 2000,
    "a couple of": 2, "a couple": 2, "couple of": 2, "a dozen": 12, "dozen": 12, "half a dozen": 6,
    "one and a half": 1.5, "a half": 0.5, "half a": 0.5, "half an": 0.5,
}

ORDINALS = {
    "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7,
    "eighth": 8, "ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12, "thirteenth": 13,
    "fourteenth": 14, "fifteenth": 15, "sixteenth": 16, "seventeenth": 17, "eighteenth": 18,
    "nineteenth": 19, "twentieth": 20, "twenty-first": 21, "twenty-second": 22,
    "twenty-third": 23, "twenty-fourth": 24, "twenty-fifth": 25, "twenty-sixth": 26,
    "twenty-seventh": 27, "twenty-eighth": 28, "twenty-ninth": 29, "thirtieth": 30,
    "thirty-first": 31, "last": -1,
    "fortieth": 40, "fiftieth": 50, "sixtieth": 60, "seventieth": 70, "hundredth": 100,
}

# time unit word -> (TIMEX duration letter, is a time unit (PT...))
UNITS = {
    "second": ("S", True), "minute": ("M", True), "hour": ("H", True), "day": ("D", False),
    "night": ("D", False), "week": ("W", False), "fortnight": ("W2", False), "month": ("M", False),
    "quarter": ("Q", False), "year": ("Y", False), "decade": ("E", False), "century": ("C", False),
    "centurie": ("C", False), "millennium": ("L", False), "millennia": ("L", False),
    "weekend": ("WE", False), "season": ("S", False), "semester": ("M6", False),
}

SEASONS = {"spring": "SP", "summer": "SU", "fall": "FA", "autumn": "FA", "winter": "WI"}

PARTS_OF_DAY = {
    "morning": "MO", "afternoon": "AF", "evening": "EV", "night": "NI", "overnight": "NI",
    "midday": "MI", "noon": "12:00", "midnight": "24:00", "dawn": "MO", "daybreak": "MO",
    "dusk": "EV", "nightfall": "EV", "tonight": "NI", "early hours": "NI",
    "pre-dawn hours": "NI", "small hours": "NI", "mid-afternoon": "AF", "mid afternoon": "AF",
    "mid-morning": "MO", "late night": "NI", "lunchtime": "MI",
}

# fixed-date holidays: name -> (month, day)
FIXED_HOLIDAYS = {
    "christmas day": (12, 25), "christmas eve": (12, 24), "christmas": (12, 25),
    "new year's day": (1, 1), "new year's eve": (12, 31), "new year's": (1, 1),
    "independence day": (7, 4), "valentine's day": (2, 14), "halloween": (10, 31),
    "veterans day": (11, 11), "armistice day": (11, 11), "bastille day": (7, 14),
    "boxing day": (12, 26), "may day": (5, 1), "st. patrick's day": (3, 17),
    "guy fawkes night": (11, 5), "april fools' day": (4, 1),
}
# movable holidays: name -> function(year) -> date, defined in calendar.py
MOVABLE_HOLIDAYS = ("thanksgiving day", "thanksgiving", "easter sunday", "easter", "good friday",
                    "labor day", "memorial day", "mother's day", "father's day", "election day")

TIMEZONES = (
    "GMT|UTC|EST|EDT|CST|CDT|MST|MDT|PST|PDT|ET|CT|MT|PT|BST|CET|CEST|EET|EEST|IST|JST|AEST|AEDT|MSK|"
    "local time|Eastern time|Pacific time|Central time|Eastern Standard Time|"
    "Eastern Daylight Time|Greenwich Mean Time|Baghdad time|Tehran time"
)


def alt(words, escape=True) -> str:
    """A regex alternation of `words`, factored as a trie so that the regex engine
    rejects a position after one or two characters instead of trying every word;
    longer words are preferred to their prefixes."""
    if not escape:
        ws = sorted(set(words), key=len, reverse=True)
        return "(?:" + "|".join(ws) + ")"
    trie: dict = {}
    for w in set(words):
        node = trie
        for ch in w:
            node = node.setdefault(ch, {})
        node[""] = {}

    def emit(node) -> str:
        branches = [re.escape(ch) + emit(sub) for ch, sub in sorted(node.items()) if ch]
        end = "" in node
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        return f"(?:{body})?" if end else body

    return "(?:" + emit(trie) + ")"


def cap(word: str) -> str:
    return word[:1].upper() + word[1:]


# ---- regex fragments -------------------------------------------------------
_MONTH_FULL = ["January", "February", "March", "April", "May", "June", "July", "August",
               "September", "October", "November", "December"]
# months with a following day number may be abbreviated, with or without a dot
MONTH_ABBR = r"(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\.?"
MONTH_FULL = alt(_MONTH_FULL)
MONTH = rf"(?:{MONTH_FULL}|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\.)"
MONTH_ANY = rf"(?:{MONTH_FULL}|{MONTH_ABBR})"

_WD_FULL = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
WEEKDAY = alt(_WD_FULL +
              ["Mon.", "Tue.", "Tues.", "Wed.", "Thu.", "Thur.", "Thurs.", "Fri.", "Sat.", "Sun."])
WEEKDAY_PL = alt([w + "s" for w in _WD_FULL])

DAY = r"(?:3[01]|[12][0-9]|0?[1-9])"
DAY_ORD = rf"(?:{DAY}(?:st|nd|rd|th)?)"
DAY_ORD_WORD = alt([w for w, n in ORDINALS.items() if 0 < n <= 31] +
                   [cap(w) for w, n in ORDINALS.items() if 0 < n <= 31])
YEAR4 = r"(?:1[0-9]{3}|20[0-9]{2}|2100)"
YEAR = rf"(?:{YEAR4}|'[0-9]{{2}})"

_NUM_WORDS = [w for w in NUMBER_WORDS if w not in ("a", "an")]
_TENS = ["twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]
_ONES = ["one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]
NUMBER_WORD = ("(?i:" + alt(_TENS) + "(?:[- ]" + alt(_ONES) + ")?(?![\\w-])|"
               + alt([w for w in _NUM_WORDS if w not in _TENS]) + ")")
NUMBER_DIGITS = r"(?:\d{1,3}(?:,\d{3}){1,4}|\d{1,9}(?:\.\d{1,6})?)"
FRACTION = r"(?:\d{1,9}\s+(?:1/2|1/4|3/4)|\d{1,9}(?:\.\d{1,6})?)"
NUMBER = rf"(?:{FRACTION}|{NUMBER_WORD}(?:\s+and\s+a\s+half)?|{NUMBER_DIGITS})"

ORD_WORD = "(?i:" + alt([w for w in ORDINALS if w != "last"]) + ")"

UNIT = r"(?i:second|minute|hour|day|night|week|fortnight|month|quarter|year|decade|century|centurie|millennium|weekend)"
UNITS_PL = r"(?i:seconds|minutes|hours|days|nights|weeks|fortnights|months|quarters|years|decades|centuries|millennia|weekends)"
SEASON = r"(?i:spring|summer|fall|autumn|winter)"
PART_OF_DAY = r"(?i:morning|afternoon|evening|night|overnight)"
TZ = rf"(?:{TIMEZONES})"


SPOKEN_YEAR = ("(?i:(?:nineteen|eighteen|seventeen|sixteen)(?:\\s+hundred)?[\\s-]+(?:(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)"
               "(?:[\\s-]+(?:one|two|three|four|five|six|seven|eight|nine))?|ten|eleven|twelve|thirteen|fourteen|"
               "fifteen|sixteen|seventeen|eighteen|nineteen|oh[\\s-]+(?:one|two|three|four|five|six|seven|eight|nine))"
               "|two\\s+thousand(?:\\s+and)?(?:[\\s-]+(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|"
               "thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty(?:[\\s-]+(?:one|two|three|four|five|"
               "six|seven|eight|nine))?))?)")


def spoken_year_value(s: str) -> int | None:
    """'nineteen ninety-six' -> 1996, 'two thousand and one' -> 2001."""
    words = re.sub(r"[\s-]+", " ", s.lower()).replace(" and ", " ").replace(" hundred", "").split()
    if not words:
        return None
    if words[:2] == ["two", "thousand"]:
        rest = words[2:]
        return 2000 + (sum(NUMBER_WORDS.get(w, 0) for w in rest) if rest else 0)
    head = NUMBER_WORDS.get(words[0])
    if head is None:
        return None
    rest = [w for w in words[1:] if w != "oh"]
    return head * 100 + sum(NUMBER_WORDS.get(w, 0) for w in rest)


def number_value(s: str) -> float | None:
    """'three' -> 3, 'twenty-one' -> 21, '2 1/2' -> 2.5, '5,000' -> 5000, 'a' -> 1."""
    s = s.strip().lower().replace("\u2013", "-")
    if not s:
        return None
    if s in NUMBER_WORDS:
        return NUMBER_WORDS[s]
    m = re.fullmatch(r"(\d+)\s+(1/2|1/4|3/4)", s)
    if m:
        return int(m.group(1)) + {"1/2": 0.5, "1/4": 0.25, "3/4": 0.75}[m.group(2)]
    if s.endswith(" and a half"):
        v = number_value(s[: -len(" and a half")])
        return None if v is None else v + 0.5
    m = re.fullmatch(r"([a-z]+)[- ]([a-z]+)", s)
    if m and m.group(1) in NUMBER_WORDS and m.group(2) in NUMBER_WORDS:
        return NUMBER_WORDS[m.group(1)] + NUMBER_WORDS[m.group(2)]
    try:
        return float(s.replace(",", ""))
    except ValueError:
        return None


def month_number(s: str) -> int | None:
    return MONTHS.get(s.lower().rstrip(".").strip())


def weekday_number(s: str) -> int | None:
    return WEEKDAYS.get(s.lower().rstrip(".").rstrip("s").strip()) or WEEKDAYS.get(s.lower().rstrip("."))


def ordinal_value(s: str) -> int | None:
    s = s.lower().strip()
    if s in ORDINALS:
        return ORDINALS[s]
    m = re.fullmatch(r"(\d+)(?:st|nd|rd|th)?", s)
    return int(m.group(1)) if m else None
