"""The candidate grammar: each rule is a small regex plus a production.

Rules are tried in the order they are declared (longer, more specific forms
first) as ONE compiled alternation, so the whole text is scanned in a single
pass.  A production turns a match into a `Found` (value, type, mod...) or
rejects it (returns None: "May" the verb, "Bloody Sunday", "5,000 troops"...),
in which case the later rules get a chance at the same position.

Productions resolve relative expressions through `resolve.py`, which applies
the anchoring policy (publication date, narrative, tense).
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Callable

from . import lexicon as L
from . import recache
from . import resolve as R
from .calendar import valid_date
from .found import Found

Production = Callable[["Match", R.Resolver], "Found | None"]


@dataclass
class Rule:
    name: str
    pattern: str
    production: Production
    retry: bool = True  # when it rejects a match, let the later rules try the same place
    first: frozenset | None = None  # the characters it can begin with (None: any)
    _regex: re.Pattern | None = field(default=None, repr=False)

    @property
    def regex(self) -> re.Pattern:
        """The rule alone, compiled on first use (for retries after a rejection)."""
        if self._regex is None:
            self._regex = recache.compile(self.pattern)
        return self._regex


RULES: list[Rule] = []


def rule(pattern: str, retry: bool = True):
    def deco(fn: Production) -> Production:
        RULES.append(Rule(fn.__name__, pattern, fn, retry))
        return fn
    return deco


class Match:
    """A regex match seen through one rule's own group names."""

    __slots__ = ("m", "prefix", "text")

    def __init__(self, m: re.Match, prefix: str):
        self.m, self.prefix = m, prefix
        self.text = m.string

    def __getitem__(self, name: str) -> str | None:
        try:
            return self.m.group(self.prefix + name)
        except IndexError:  # the rule has no such group
            return None

    def get(self, name: str, default: str = "") -> str:
        v = self[name]
        return default if v is None else v

    def span(self, name: str | None = None) -> tuple[int, int]:
        if name is None:
            return self.m.span(self.prefix.rstrip("_") if self.prefix else 0)
        return self.m.span(self.prefix + name if self.prefix else name)

    @property
    def start(self) -> int:
        return self.span()[0]

    @property
    def end(self) -> int:
        return self.span()[1]

    def before(self, n: int = 30) -> str:
        s = self.start
        return self.text[max(0, s - n):s]

    def after(self, n: int = 30) -> str:
        e = self.end
        return self.text[e:e + n]


# ---- common fragments --------------------------------------------------------
B = r"(?<![\w$\u00a3\u20ac#@/.])(?:(?<=mid-)|(?<=pre-)|(?<=post-)|(?<!-))"  # not inside a word, number, url, price
E = r"(?![\w])"  # right boundary
NUM_E = r"(?![\w%]|[.,/:]\d)"  # a number ends here
APOS = r"['\u2019]"
WS = r"\s+"

TIME12 = (r"(?P<h>1[0-2]|0?[1-9])(?:[:.](?P<mi>[0-5]\d))?\s?(?P<ap>[aApP]\.\s?[mM]\.?|[aApP][mM]\b)"
          rf"(?:\s+(?P<tz>{L.TZ}))?")
TIME24 = rf"(?P<h24>[01]?\d|2[0-3]):(?P<mi24>[0-5]\d)(?:\s+(?P<tz24>{L.TZ}|hours|hrs))?"
TIME_WORD = r"(?P<tw>noon|midnight|midday|(?:twelve|one|two|three|four|five|six|seven|eight|nine|ten|eleven|\d{1,2})\s+o'clock)"
TIME = rf"(?:{TIME12}|{TIME_WORD})"

MOD_PRE = r"(?:(?P<pmod>(?i:early-|late-|early|late|mid-|mid|the\s+(?:very\s+)?(?:end|beginning|start|middle|close|turn)\s+of)\s*))?"

DAYREF = (rf"(?:(?P<dwd>{L.WEEKDAY})(?:,?\s+(?P<dmon>{L.MONTH_ANY})\s+(?P<dd>{L.DAY})(?:st|nd|rd|th)?)?"
          rf"|(?P<drel>(?i:today|yesterday|tomorrow|tonight))"
          rf"|(?P<dmon2>{L.MONTH_ANY})\s+(?P<dd2>{L.DAY})(?:st|nd|rd|th)?(?:,\s+(?P<dy2>{L.YEAR4}))?)")


def after_words(*words: str) -> str:
    """A lookbehind for 'one of these words and a space' (each fixed width)."""
    return "(?:" + "|".join(rf"(?<=\b{w} )" for w in words) + ")"


# ---- explicit dates ------------------------------------------------------------
@rule(rf"{B}(?P<wd>{L.WEEKDAY}),?\s+(?P<mon>{L.MONTH_ANY})\s+(?P<d>{L.DAY})(?:st|nd|rd|th)?(?:,?\s+(?P<y>{L.YEAR4}))?{NUM_E}")
def weekday_month_day(m, r):
    return r.month_day(m, L.month_number(m["mon"]), int(m["d"]), m["y"], weekday=L.weekday_number(m["wd"]))


@rule(rf"{B}(?P<wd>{L.WEEKDAY}),?\s+(?:the\s+)?(?P<d>{L.DAY})(?:st|nd|rd|th)?(?:\s+of)?\s+(?P<mon>{L.MONTH_ANY})(?:,?\s+(?P<y>{L.YEAR4}))?{E}")
def weekday_day_month(m, r):
    return r.month_day(m, L.month_number(m["mon"]), int(m["d"]), m["y"], weekday=L.weekday_number(m["wd"]))


@rule(rf"{B}(?P<t>{TIME})(?:\s+local\s+time)?,?\s+(?:on\s+)?{DAYREF}{E}")
def time_then_day(m, r):
    return r.time_on_day(m)


# "September 16 last year", "Jan. 5 of last year", "on March 3 this year": a day of the year named
REL_YEAR = rf"(?:,?\s+(?:of\s+)?(?P<ry>(?i:last|this|next))\s+year(?!{APOS}s|[\w-]))"


@rule(rf"{B}{MOD_PRE}(?P<mon>{L.MONTH_ANY})\s+(?P<d>{L.DAY})(?:st|nd|rd|th)?(?:\s*[-\u2013]\s*(?P<d2>{L.DAY})(?:st|nd|rd|th)?)?(?:,?\s+(?P<y>{L.YEAR4}|'\d\d)|{REL_YEAR})?{NUM_E}")
def month_day(m, r):
    mon = L.month_number(m["mon"])
    if m["ry"]:
        return r.month_day(m, mon, int(m["d"]), None, rel_year=m["ry"])
    if m["d2"] is None and m["y"] is None and re.match(r"\s*(?:,\d{3}|\d|%|\s*(?:percent|per\s+cent|million|billion))", m.after(12)):
        return None
    y = m["y"]
    if y and y.startswith(("'", "\u2019")):
        y = r.two_digit_year(y[1:])
    return r.month_day(m, mon, int(m["d"]), y)


@rule(rf"{B}(?:(?P<the>the|The)\s+)?(?P<d>{L.DAY})(?:st|nd|rd|th)?(?:\s+of)?\s+(?P<mon>{L.MONTH_ANY})(?:,?\s+(?P<y>{L.YEAR4})|{REL_YEAR})?{NUM_E}")
def day_month(m, r):
    if m["the"] is None and re.search(r"(?:\d[,.]|\$)\s*$", m.before(3)):
        return None
    return r.month_day(m, L.month_number(m["mon"]), int(m["d"]), m["y"], rel_year=m["ry"])


@rule(rf"{B}(?:(?P<the>the|The)\s+)?(?P<dw>{L.DAY_ORD_WORD})\s+of\s+(?P<mon>{L.MONTH_ANY})(?:,?\s+(?P<y>{L.YEAR4}))?{NUM_E}")
def ordinal_of_month(m, r):
    d = L.ordinal_value(m["dw"])
    return r.month_day(m, L.month_number(m["mon"]), d, m["y"]) if d and d > 0 else None


@rule(after_words("on the", "On the", "by the", "By the", "until the", "till the") +
      r"(?P<d>[12]\d|3[01]|0?[1-9])(?P<suf>st|nd|rd|th)(?!\w)")
def day_of_story_month(m, r):
    """'On 15 September the landing took place, and on the 28th Seoul was retaken': a day of the month last read."""
    return r.story_day(m)


@rule(rf"{B}(?P<y>{L.YEAR4})-(?P<mo>0[1-9]|1[0-2])-(?P<d>0[1-9]|[12]\d|3[01])(?:[T ](?P<hh>[01]\d|2[0-3]):(?P<mm>[0-5]\d)(?::\d\d(?:\.\d+)?)?(?:Z|[+-]\d\d:?\d\d)?)?{NUM_E}")
def iso_date(m, r):
    return r.absolute_day(m, int(m["y"]), int(m["mo"]), int(m["d"]), hh=m["hh"], mm=m["mm"])


@rule(rf"{B}(?P<a>\d{{1,2}})(?P<sep>[/.])(?P<b>\d{{1,2}})(?P=sep)(?P<y>{L.YEAR4}|\d\d){NUM_E}")
def numeric_date(m, r):
    a, b = int(m["a"]), int(m["b"])
    y = int(m["y"]) if len(m["y"]) == 4 else int(r.two_digit_year(m["y"]))
    if m["sep"] == "." or a > 12:  # European day.month.year, or the first number cannot be a month
        day, mon = a, b
    else:
        mon, day = a, b
    if valid_date(y, mon, day) is None:
        return False  # 31/02/2020: no date at all
    return r.absolute_day(m, y, mon, day)


@rule(rf"{B}(?P<y>{L.YEAR4})/(?P<mo>0?[1-9]|1[0-2])/(?P<d>0?[1-9]|[12]\d|3[01]){NUM_E}")
def ymd_slash(m, r):
    return r.absolute_day(m, int(m["y"]), int(m["mo"]), int(m["d"]))


# ---- holidays --------------------------------------------------------------------
_HOLIDAY = L.alt([L.cap(h) for h in L.FIXED_HOLIDAYS] + [" ".join(L.cap(w) for w in h.split()) for h in L.FIXED_HOLIDAYS]
                 + [" ".join(L.cap(w) for w in h.split()) for h in L.MOVABLE_HOLIDAYS])


@rule(rf"{B}(?:(?P<rel>(?i:last|next|this))\s+)?(?P<hol>{_HOLIDAY})(?:,?\s+(?P<y>{L.YEAR4}))?(?P<we>\s+(?i:holiday\s+)?(?i:weekend))?{E}")
def holiday(m, r):
    return r.holiday(m, m["hol"], m["y"], m["rel"])


# ---- parts of days ----------------------------------------------------------------
@rule(rf"{B}(?P<the>(?i:the|in\s+the)\s+)?(?P<ph>(?i:early|wee|small|pre-dawn|predawn)\s+hours)\s+of\s+(?:(?P<wd>{L.WEEKDAY})|(?P<rel>(?i:today|yesterday|tomorrow))|(?P<mon>{L.MONTH_ANY})\s+(?P<d>{L.DAY})(?:,?\s+(?P<y>{L.YEAR4}))?)(?:{APOS}s)?{E}")
def early_hours_of(m, r):
    """'the early hours of Monday', 'the early hours of July 7, 2021': the start of that day's night."""
    return r.part_of_day_rule(m, "NI", mod="START")


@rule(rf"{B}(?P<ph>(?i:the\s+(?:early|wee|small|pre-dawn|predawn)\s+hours))(?!\s+of\b){E}")
def early_hours_alone(m, r):
    """'in the early hours' with no day named: the start of the night of the day being told."""
    return r.early_hours_alone(m)


@rule(rf"{B}(?i:the)\s+(?P<part>(?i:morning|afternoon|evening|night))\s+of\s+(?:(?P<wd>{L.WEEKDAY})(?!,?\s+(?:{L.MONTH_ANY}|\d))|(?P<mon>{L.MONTH_ANY})\s+(?P<d>{L.DAY})(?:st|nd|rd|th)?(?!,?\s+\d)){E}")
def part_of_named_day(m, r):
    """'the evening of May 7', 'the night of Tuesday': that part of the day named."""
    return r.part_of_day_rule(m, L.PARTS_OF_DAY[m["part"].lower()])


@rule(rf"{B}(?P<part>(?i:dawn|daybreak|dusk|nightfall))\s+(?:(?i:on)\s+)?(?P<wd>{L.WEEKDAY}){E}")
def dawn_weekday(m, r):
    """'at dawn Monday', 'at dusk on Friday': that part of the weekday."""
    return r.part_of_day_rule(m, L.PARTS_OF_DAY[m["part"].lower()])


@rule(rf"{B}(?P<wd>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)(?:\s+(?P<pl>(?i:mornings|afternoons|evenings|nights))"
      rf"|(?=\s+(?:and|or)\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\s+(?P<pl2>(?i:mornings|afternoons|evenings|nights))\b)){E}")
def weekday_parts_plural(m, r):
    """'on Friday nights', 'Monday and Tuesday nights': every such part of that weekday."""
    part = (m["pl"] or m["pl2"]).lower()[:-1]
    return Found(f"XXXX-WXX-{L.weekday_number(m['wd'])}T{L.PARTS_OF_DAY[part]}", type="SET", why=f"every {m['wd']} {part}")


@rule(rf"{B}(?:(?P<pm>(?i:early|late))\s+)?(?P<wd>{L.WEEKDAY}|(?i:yesterday|tomorrow|today))\s+(?P<part>(?i:morning|afternoon|evening|night|overnight))(?P<s>{APOS}s)?{E}")
def day_part(m, r):
    return r.part_of_day_rule(m, L.PARTS_OF_DAY[m["part"].lower()])


@rule(rf"{B}(?P<rel>(?i:this|last|tomorrow|yesterday|later\s+this|earlier\s+this|early\s+this|late\s+this))\s+(?P<part>(?i:morning|afternoon|evening|night))(?!{APOS}s\s+(?:\w+\s+)?(?:episode|show|edition|game))({E})")
def rel_part(m, r):
    return r.relative_part(m)


@rule(rf"{B}(?P<pm>(?i:mid-?\s?|early\s+|late\s+))(?P<part>(?i:morning|afternoon|evening))(?:\s+(?P<wd>{L.WEEKDAY}|(?i:yesterday|today|tomorrow)))?(?![\w-])")
def part_with_mod(m, r):
    return r.part_with_mod(m)


@rule(rf"{B}(?P<w>(?i:tonight|overnight))(?!{APOS}s\s+(?:show|episode))(?![\w-])")
def tonight(m, r):
    if R._is_title_word(m["w"], m.before(25)):
        return None  # "Entertainment Tonight": a name
    if m["w"].lower() == "overnight":
        # "overnight" as an adjective ("overnight rate") is not a time
        if re.match(r"\s+(?:rates?|loans?|funds?|deposits?|interbank|repo|money|stays?|trip|bag|success)", m.after(12)):
            return None
        if re.search(r"(?i)\b(?:every|each|an|all|its|their|his|her|our|the)\s+$", m.before(8)) and \
                re.match(r"\s+[a-z]+(?<!ly)\b(?<!\bin)(?<!\bat)(?<!\bon)", m.after(15)):
            return None  # "every overnight clerk", "the overnight shift": an adjective before a noun
        return r.relative_part(m, rel="last", part="NI")
    return r.relative_part(m, rel="this", part="NI")


# ---- times -------------------------------------------------------------------------
@rule(rf"{B}(?P<approx>(?i:around|about|approximately|roughly|shortly\s+(?:before|after)|just\s+(?:before|after))\s+)?{TIME}(?:\s+(?P<loc>local\s+time))?{E}")
def clock_time(m, r):
    return r.clock(m)


@rule(after_words("at", "At", "by", "By", "until", "from", "before", "after", "around", "about", "since", "till") + rf"{TIME24}{NUM_E}")
def clock_24(m, r):
    return r.clock(m)


@rule(rf"{B}(?P<h24>[01]?\d|2[0-3]):(?P<mi24>[0-5]\d)\s*(?P<tz24>{L.TZ}|Z|hours|hrs){E}")
def clock_24_zone(m, r):
    """'(05:00 GMT)', '13:30 local time': a clock time by its zone, whatever comes before it."""
    return r.clock(m)


@rule(rf"{B}(?P<h24>[01]?\d|2[0-3]):(?P<mi24>[0-5]\d)(?=[ \t]*[\u2014\u2013|-][ \t])")
def clock_24_stamp(m, r):
    """'17:40 \u2014 Haftar's forces say ...': a live blog's entry stamp at the head of its line (the blog's
    day, in the zone the blog gives once: "All times are GMT")."""
    if not re.search(r"(?:^|\n)[ \t]*$", m.before(40)):
        return None
    return r.clock(m)


@rule(rf"{B}(?P<h24>[01]\d|2[0-3])(?P<mi24>[0-5]\d)(?:\s?(?P<tz24>Z)|\s+(?P<tz24b>{L.TZ}|hours|hrs)){E}")
def clock_hhmm(m, r):
    """'(1830 GMT)', '0500Z', 'at 1400 hours': four digits and a zone are a clock time, never a year;
    before 'hours' only a leading zero or a preposition of time makes it one ('1500 hours of work' is not)."""
    if (m["tz24b"] or "").lower() in ("hours", "hrs"):
        if re.match(r"\s+of\b", m.after(5)):
            return None
        if not m["h24"].startswith("0") and not re.search(r"(?:\(|\b(?:at|At|by|By|until|till|from|From|before|since))\s*$",
                                                          m.before(8)):
            return None
    return r.clock(m)


@rule(rf"{B}(?P<h>\d{{1,2}}|(?i:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve))\s+(?P<pp>in\s+the\s+(?:morning|afternoon|evening)|at\s+night){E}")
def hour_in_the_part(m, r):
    return r.clock(m)


# ---- weekdays -----------------------------------------------------------------------
@rule(rf"{B}(?:(?P<the>(?i:the|this)\s+(?=(?i:previous|following|coming|past)\s))?(?P<rel>(?i:last|next|this|coming|previous|following|past|early|late))\s+)?(?P<wd>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)(?![\w-])")
def weekday(m, r):
    return r.weekday(m)


@rule(rf"{B}(?P<wd>Mondays|Tuesdays|Wednesdays|Thursdays|Fridays|Saturdays|Sundays)(?:\s+and\s+(?P<wd2>Mondays|Tuesdays|Wednesdays|Thursdays|Fridays|Saturdays|Sundays))?{E}")
def weekday_plural(m, r):
    return r.set_weekday(m)


# ---- relative days ------------------------------------------------------------------
@rule(rf"{B}(?P<w>(?i:the\s+day\s+(?:before|after)\s+(?:yesterday|tomorrow)|today|yesterday|tomorrow))(?![\w-])")
def deictic_day(m, r):
    return r.deictic_day(m)


@rule(rf"{B}(?P<w>(?i:the\s+(?:next|following|previous|preceding|same)|that|this\s+very|that\s+same|the\s+very\s+next|later\s+that|earlier\s+that|later\s+the\s+same|earlier\s+the\s+same))\s+(?P<u>(?i:day|week|month|year|morning|afternoon|evening|night|weekend)){E}")
def anaphoric_unit(m, r):
    return r.anaphoric(m)


@rule(rf"{B}(?i:that(?:\s+same)?)\s+(?i:quarter){E}")
def that_quarter(m, r):
    return r.that_quarter(m)


@rule(rf"{B}(?P<w>(?i:the\s+(?:day|night|week|month|year)\s+(?:before|after|earlier|later|prior)))(?!\s+(?:the|a|an|his|her|its|their|our|last|\w+ed)\b)(?![\w-])"
      rf"(?!\s+(?:{L.MONTH_ANY}|{L.WEEKDAY}|{_HOLIDAY}|(?i:today|tomorrow|yesterday|next|this))(?![\w-]))")
def anaphoric_before_after(m, r):
    return r.anaphoric_shift(m)


# ---- N units ago / later / from now ---------------------------------------------------
NUM_TOKEN = r"(?:\d{1,4}(?:\.\d{1,3})?|[A-Za-z]{3,9}(?:-[a-z]{3,5})?)"  # checked by the production
QTY = rf"(?:{L.NUMBER}|(?i:a|an|one|several|a\s+few|few|some|many|a\s+couple\s+of|a\s+couple|a\s+number\s+of|a\s+dozen|dozens\s+of|hundreds\s+of|(?:a|one)\s+and\s+a\s+half))"
APPROX = r"(?P<ap>(?i:about|around|nearly|almost|approximately|roughly|some|more\s+than|less\s+than|fewer\s+than|at\s+least|only|just|barely|over|under|up\s+to|no\s+more\s+than|not\s+more\s+than|as\s+many\s+as|as\s+much\s+as|close\s+to|well\s+over|within|a\s+full|a\s+mere|an\s+additional|another)\s+)?"


@rule(rf"{B}{APPROX}(?P<n>{QTY})[\s-]+(?:(?i:trading|business|working)\s+)?(?P<u>{L.UNIT}|{L.UNITS_PL})(?P<orso>\s+or\s+so)?\s+(?P<dir>(?i:ago|earlier|later|before|after|afterwards?|from\s+now|hence|back|previously|since|prior)){E}")
def units_ago(m, r):
    return r.units_shift(m)


@rule(rf"{B}(?P<n>(?i:days|weeks|months|years|decades|hours|minutes))\s+(?P<dir>(?i:ago|earlier|later|afterwards?|before|after)){E}")
def vague_units_ago(m, r):
    return r.units_shift(m)


# ---- deictic weeks / months / years / quarters ----------------------------------------
REL = r"(?P<rel>(?i:last|next|this|past|coming|previous|current|following|latest|present|upcoming|same|prior))"


@rule(rf"{B}(?P<ec>(?i:earlier|later|early|late))\s+(?P<inthe>(?i:this|next|last|in\s+the|that))\s+(?P<u>(?i:week|month|year|decade|century|quarter|season)){E}")
def earlier_this(m, r):
    return r.earlier_this(m)


@rule(rf"{B}(?P<the>(?i:the|this|that)\s+)?(?P<a>(?i:year|quarter))[-\s](?P<b>(?i:earlier|ago))\s+(?P<u>(?i:period|quarter|month|year|nine\s+months|six\s+months|half|week)){E}")
def year_earlier_period(m, r):
    return r.year_earlier_period(m)


@rule(rf"{B}(?P<ye>(?i:year|quarter))[-\s](?P<b>(?i:earlier|ago))(?=\s+\w){E}")
def year_earlier_adj(m, r):
    return r.year_earlier_period(m, adjective=True)


@rule(rf"{B}(?i:the\s+(?:(?:same|corresponding|comparable)\s+)?(?P<u>quarter|period)\s+(?:a\s+year\s+(?:ago|earlier)|"
      rf"(?:of\s+)?last\s+year|(?:of\s+)?the\s+(?:previous|prior)\s+year)|"
      rf"last\s+year{APOS}s\s+(?:(?:same|corresponding|comparable)\s+)?(?P<u2>quarter|period)){E}")
def same_period_last_year(m, r):
    return r.same_period_last_year(m)


# "the first half of next year", "the fourth quarter of that year": the year named after the part
OF_YEAR = (r"\s+of\s+(?P<ofy>(?i:last|this|next|the|that|the\s+same|the\s+following|the\s+next|the\s+previous|"
           r"the\s+preceding|the\s+current))\s+(?P<offisc>(?i:fiscal|calendar)\s+)?(?i:year)(?![\w-]|['\u2019]s)")


@rule(rf"{B}(?:(?P<the>(?i:the|its|their|this\s+year{APOS}s|last\s+year{APOS}s))\s+)?(?:(?P<ya>(?i:comparable\s+)?(?i:year[-\s](?:ago|earlier)))\s+)?(?:(?P<y0>{L.YEAR4})\s+)?(?P<fisc>(?i:fiscal|financial|calendar)\s*[-\s]?)?(?P<ord>(?i:first|second|third|fourth|1st|2nd|3rd|4th|final|last|latest|current|previous|next|past|most\s+recent|recent|same|coming|fiscal\s+(?:first|second|third|fourth)))[-\s]+(?P<fisc2>(?i:fiscal\s+)?)(?P<q>(?i:quarters?|half|halves)){E}(?:\s+(?:of\s+)?(?P<fy>(?i:fiscal\s+|the\s+year\s+)?)(?P<y>{L.YEAR4})|{OF_YEAR})?")
def quarter(m, r):
    return r.quarter(m)


@rule(rf"{B}{MOD_PRE}(?P<mon>{L.MONTH_FULL}|(?:Jan|Feb|Aug|Sept|Oct|Nov|Dec)\.)\s+(?:of\s+)?(?P<rel>(?i:last|this|next))\s+year{E}")
def month_rel_year(m, r):
    return r.month_rel_year(m)


@rule(rf"{B}(?i:the)\s+week\s+of\s+(?P<mon>{L.MONTH_ANY})\s+(?P<d>{L.DAY})(?:st|nd|rd|th)?(?:,?\s+(?P<y>{L.YEAR4}))?{NUM_E}")
def week_of(m, r):
    return r.week_of(m)


@rule(rf"{B}(?P<the>(?i:the))\s+(?P<y>{L.YEAR4})\s+(?P<u>(?i:quarter|period)){E}")
def year_quarter_context(m, r):
    return r.year_quarter_context(m)


@rule(rf"{B}(?P<y>{L.YEAR4}){APOS}s\s+(?P<ord>(?i:first|second|third|fourth))[-\s](?P<q>(?i:quarter|half)){E}")
def year_s_quarter(m, r):
    return r.quarter(m)


@rule(rf"{B}(?P<rel>(?i:this|last|next))\s+year{APOS}s\s+(?P<ord>(?i:first|second|third|fourth))[-\s](?P<q>(?i:quarter|half)){E}")
def rel_year_s_quarter(m, r):
    return r.quarter(m)


@rule(rf"{B}(?P<qq>Q[1-4]|H[12])(?:\s+(?P<y>{L.YEAR4}|'\d\d))?{E}")
def q_code(m, r):
    return r.quarter(m)


@rule(rf"{B}(?P<the>(?i:the)\s+)?{REL}\s+(?P<fisc>(?i:fiscal|calendar)\s+)?(?P<u>(?i:week|month|year|quarter|weekend|decade|century|half|season|fiscal\s+year))(?![\w-])")
def rel_unit(m, r):
    return r.rel_unit(m)


@rule(rf"{B}(?P<rel>(?i:last|next|this|past|coming|early|late|mid-?|that))\s*(?P<mon>{L.MONTH_FULL}){E}"
      r"(?!,?\s+(?:of\s+)?(?:\d{4}|'\d\d)(?!\d)|\s+(?:of\s+)?(?:last|next|this|that|the\s+same|the\s+following|"
      r"the\s+previous)\s+year\b)")  # "late December 2019", "early April last year": a month of a year
def rel_month(m, r):
    return r.rel_month(m)


@rule(rf"{B}(?i:the)\s+(?P<w>(?i:following|next|previous|preceding))\s+(?P<mon>{L.MONTH_FULL}){E}"
      r"(?!,?\s+(?:of\s+)?\d{4}(?!\d))")
def following_month(m, r):
    """'removed the TPLF from its list ... the following March': the first such month after the one told."""
    return r.following_month(m)


@rule(after_words("later in", "earlier in", "early in", "late in", "Later in", "Earlier in", "Early in", "Late in")
      + r"(?i:the)\s+day(?![\w-])")
def later_in_the_day(m, r):
    """'arrived in Philadelphia later in the day': the day being told."""
    return r.day_being_told(m)


@rule(rf"{B}(?i:the)\s+(?P<u>week)(?:(?=(?P<pos>{APOS}s\s))|(?=\s+(?P<ended>ended|ending)\b)|(?=[,.;]))")
def the_week(m, r):
    return r.the_week(m)


@rule(rf"{B}(?i:the)\s+(?!year\s+(?:two\s+thousand|nineteen|eighteen))(?:(?P<adj>(?i:full|fiscal|latest|current|same|whole|entire))\s+)?(?P<u>(?i:year|quarter|month|week|weekend|period))(?![\w-]|{APOS}s|\s+(?:before|after|earlier|later|ago|to|of|in|that|when|which|he|she|they|it|I|we)\b(?!\s+[$\u00a3\u20ac#\d]))")
def the_unit(m, r):
    return r.the_unit(m)


# ---- years, decades, centuries, seasons ----------------------------------------------------
@rule(rf"{B}(?P<the>(?i:the)\s+)?(?:(?P<dm>(?i:early|late|mid-?|middle))[\s-]*)?(?P<dec>(?:1[0-9]|20)[0-9]0|{APOS}[0-9]0|[0-9]0){APOS}?s{E}")
def decade(m, r):
    return r.decade(m)


@rule(rf"{B}(?P<the>(?i:the)\s+)?(?:(?P<dm>(?i:early|late|mid-?))[\s-]*)?(?P<dw>(?i:twenties|thirties|forties|fifties|sixties|seventies|eighties|nineties)){E}")
def decade_word(m, r):
    return r.decade(m)


@rule(rf"{B}(?P<the>(?i:the)\s+)?(?:(?P<dm>(?i:early|late|mid-?))[\s-]*)?(?P<c>\d{{1,2}}(?:st|nd|rd|th)|(?i:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|thirteenth|fourteenth|fifteenth|sixteenth|seventeenth|eighteenth|nineteenth|twentieth|twenty-first|twenty-second))[\s-]+(?i:century|centuries){E}")
def century(m, r):
    return r.century(m)


@rule(rf"{B}(?:(?P<rel>(?i:this\s+past|this\s+coming|(?:the\s+)?(?:early|late|mid-?)|last|next|this|past|the|that|in\s+the))\s*)?(?P<s>{L.SEASON})(?:\s+(?:of\s+)?(?:(?P<y>{L.YEAR4})|(?P<sy>{L.SPOKEN_YEAR})))?{E}", retry=False)
def season(m, r):
    return r.season(m)


@rule(rf"{B}(?P<fy>(?i:fiscal|financial|calendar|model\s+year|fiscal\s+year|calendar\s+year|the\s+(?:fiscal\s+|calendar\s+)?year)\s*|FY\s?)(?P<y>{L.YEAR4}|'?\d\d)(?:[-/](?P<y2>\d{{2}}|\d{{4}}))?{NUM_E}")
def fiscal_year(m, r):
    return r.year(m, fiscal=True)


@rule(rf"{B}(?P<y>{L.YEAR4})(?:\s*[-\u2013/]\s*(?P<y2>\d{{2}}(?!\d)))?{NUM_E}(?!\s*(?:%|percent|per\s+cent))")
def year(m, r):
    return r.year(m)


@rule(rf"{B}(?:(?P<the>(?i:the\s+year))\s+)?(?P<sy>{L.SPOKEN_YEAR}){E}")
def spoken_year(m, r):
    return r.spoken_year(m)


@rule(rf"{B}(?P<w>(?i:year[-\s]end|year{APOS}s\s+end|(?:the\s+)?end\s+of\s+the\s+(?P<u>year|month|week|quarter))){E}")
def year_end(m, r):
    return r.year_end(m)


# ---- durations -----------------------------------------------------------------------------
@rule(rf"{B}(?P<n>{L.NUMBER}|(?i:a|an|one))\s+(?P<u>(?i:years?|months?|weeks?|days?|hours?))\s+and\s+"
      rf"(?P<n2>{L.NUMBER}|(?i:a|an|one))\s+(?P<u2>(?i:months?|weeks?|days?|hours?|minutes?)){E}")
def compound_duration(m, r):
    """'seven years and three months', 'two hours and 15 minutes': one duration."""
    return r.compound_duration(m)


@rule(rf"{B}(?P<the>(?i:the|these|those|this|that|its|his|her|their)\s+)?(?:(?P<rel>(?i:past|last|next|coming|previous|first|final|latest|remaining|following|preceding|initial|ensuing|succeeding|subsequent|same|entire|whole|full|full\s+first|first\s+full|last\s+few|past\s+few|next\s+few|coming\s+few|first\s+few))\s+)?{APPROX}(?P<n>{QTY})(?P<sep>[\s-]+)(?:(?P<more>(?i:more|additional|full|straight|consecutive|successive|long|trading|business|working))\s+)?(?P<u>{L.UNIT}|{L.UNITS_PL})(?P<tail>(?:-(?:old|long))|\s+(?:or\s+so|or\s+more|and\s+a\s+half)|\s+(?:to|or)\s+{NUM_TOKEN}\s+(?:{L.UNITS_PL}))?{E}(?!-(?:earlier|ago|end|old|on-|over-))", retry=False)
def duration(m, r):
    return r.duration(m)


@rule(rf"{B}(?P<ap>(?i:a\s+)?)?(?P<n>{NUM_TOKEN})\s*(?:to|-|\u2013|or)\s*(?P<n2>{NUM_TOKEN})\s+(?P<u>{L.UNITS_PL}){E}")
def duration_range(m, r):
    return r.duration(m, range_=True)


@rule(rf"{B}(?P<the>(?i:the|these)\s+)?(?P<rel>(?i:past|last|next|coming|recent|previous|following|ensuing|intervening|early|first|final|initial|remaining|subsequent|preceding))\s+(?P<u>{L.UNITS_PL}){E}")
def rel_units(m, r):
    return r.vague_units(m)


@rule(rf"{B}(?i:the)\s+(?P<u>(?i:days|weeks|months|years|decades))\s+(?P<rel>(?i:ahead|to\s+come)){E}")
def units_ahead(m, r):
    """'in the days ahead', 'the years to come': a while after the time of writing."""
    return r.vague_units(m)


@rule(rf"{B}(?P<u>(?i:years|months|weeks|decades|centuries|days|hours|minutes))(?=[-\s]long\b|\s+(?:or|of\s+(?!(?:the|a|an|this|that|these|those|his|her|its|their|our|my|your|age|which|whom|it|them|him|us|me|each|every|all|some|\d))[a-z]{{3,}})\b)")
def bare_units_long(m, r):
    return r.vague_units(m)


@rule(after_words("for", "For", "in", "within", "over", "Over", "after", "After", "took", "take", "takes", "lasting",
                  "lasted", "last", "spent", "spend", "than", "need", "needs", "needed", "possibly", "perhaps", "maybe",
                  "or even", "and even", "if not") + rf"(?P<u>(?i:years|months|weeks|decades|centuries|days|hours|minutes)){E}(?!\s+(?:of|earlier|later|ago|before|after)\b)")
def bare_units(m, r):
    return r.vague_units(m)


# ---- sets ------------------------------------------------------------------------------------
@rule(rf"{B}(?P<freq>(?i:once|twice|three\s+times|four\s+times|\d+\s+times|several\s+times)\s+)?(?P<q>(?i:every|each|per|a|an))\s+(?:(?P<other>other)\s+)?(?:(?P<n>{L.NUMBER})\s+)?(?P<u>{L.UNIT}|{L.UNITS_PL}|{L.WEEKDAY}|{L.MONTH_FULL}|(?i:morning|evening|night|afternoon|spring|summer|fall|autumn|winter))(?:(?<=day)\s+(?P<part>(?i:morning|afternoon|evening|night)))?{E}", retry=False)
def every_unit(m, r):
    return r.set_every(m)


@rule(rf"{B}(?P<adv>(?i:daily|weekly|monthly|annually|yearly|hourly|quarterly|nightly|biweekly|bimonthly|biannually|semiannually|semi-annually|fortnightly)){E}", retry=False)
def set_adverb(m, r):
    return r.set_adverb(m)


# ---- vague references --------------------------------------------------------------------------
# (idioms such as "at the moment", "for the time being", "someday" are left untagged, as TimeML annotators do)
@rule(rf"{B}(?P<w>(?i:(?:(?:just\s+|right\s+|until\s+|up\s+to\s+|by\s+)?now)(?!-)|currently|at\s+present|presently|nowadays|these\s+days|the\s+present(?!\s+(?:day|time|tense|case|study|system|government|administration|one)\b)|the\s+present\s+(?:day|time)|present-day|current|recently|lately|the\s+past(?!\s+(?:tense|participle))|the\s+future(?!\s+of\b)|the\s+near\s+future|the\s+distant\s+future|the\s+foreseeable\s+future|the\s+(?:near|short|long|medium)\s+term|the\s+(?:coming|next)\s+few\s+(?:days|weeks|months|years)|future\s+(?:quarters|years|months|weeks|generations)|(?<=\bin\s)future(?!\s+\w)|in\s+the\s+(?:coming|next)\s+(?:days|weeks|months|years)|as\s+soon\s+as\s+possible|sooner\s+or\s+later))(?![\w-])")
def vague(m, r):
    return r.vague(m)


MONTH_UPPER = "(?:JANUARY|FEBRUARY|MARCH|APRIL|MAY|JUNE|JULY|AUGUST|SEPTEMBER|OCTOBER|NOVEMBER|DECEMBER)"


# ---- months alone ----------------------------------------------------------------------------
@rule(rf"{B}{MOD_PRE}(?P<mon>{L.MONTH_FULL}|(?:Jan|Feb|Apr|Aug|Sept|Oct|Nov|Dec)\.|(?:(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\.?|{MONTH_UPPER})(?=,?\s+{L.YEAR4}{NUM_E}))(?:,?\s+(?:of\s+)?(?:(?P<y>{L.YEAR4}|'\d\d)|(?P<sy>{L.SPOKEN_YEAR})))?{NUM_E}")
def month_alone(m, r):
    return r.month_alone(m)


# The characters each rule can begin with (`firstchars.py` works them out from
# the patterns; tests/test_timex_grammar.py checks that this table is current).
# A rule missing here may begin with anything.
FIRST_CHARS: dict[str, str] = {
    'weekday_month_day': 'FMSTW',
    'weekday_day_month': 'FMSTW',
    'time_then_day': '0123456789efmnost',
    'month_day': 'ADEFJLMNOSTelmt',
    'day_month': '0123456789Tt',
    'ordinal_of_month': 'EFNSTefnst',
    'day_of_story_month': '0123456789',
    'iso_date': '12',
    'numeric_date': '0123456789',
    'ymd_slash': '12',
    'holiday': 'ABCEFGHILMNSTVlnt',
    'early_hours_of': 'EIPSTWeipstw',
    'part_of_named_day': 'Tt',
    'dawn_weekday': 'DNdn',
    'early_hours_alone': 'Tt',
    'weekday_parts_plural': 'FMSTW',
    'day_part': 'EFLMSTWYelty',
    'rel_part': 'ELTYelty',
    'part_with_mod': 'ELMelm',
    'tonight': 'OTot',
    'clock_time': '0123456789AJRSaefjmnorst',
    'clock_24': '0123456789',
    'clock_24_zone': '0123456789',
    'clock_24_stamp': '0123456789',
    'clock_hhmm': '012',
    'hour_in_the_part': '0123456789EFNOSTefnost',
    'weekday': 'CEFLMNPSTWceflnpt',
    'weekday_plural': 'FMSTW',
    'deictic_day': 'TYty',
    'anaphoric_unit': 'ELTelt',
    'that_quarter': 'Tt',
    'anaphoric_before_after': 'Tt',
    'units_ago': '0123456789ABCDEFHJLMNORSTUWZabcdefhjlmnorstuwz',
    'vague_units_ago': 'DHMWYdhmwy',
    'earlier_this': 'ELel',
    'year_earlier_period': 'QTYqty',
    'year_earlier_adj': 'QYqy',
    'same_period_last_year': 'LTlt',
    'quarter': '1234CFILMNPRSTYcfilmnprsty',
    'month_rel_year': 'ADEFJLMNOSTelmt',
    'week_of': 'Tt',
    'year_quarter_context': 'Tt',
    'year_s_quarter': '12',
    'rel_year_s_quarter': 'LNTlnt',
    'q_code': 'HQ',
    'rel_unit': 'CFLNPSTUcflnpstu',
    'rel_month': 'CELMNPTcelmnpt',
    'following_month': 'Tt',
    'later_in_the_day': 'Tt',
    'the_week': 'Tt',
    'the_unit': 'Tt',
    'decade': "'0123456789ELMTelmt’",
    'decade_word': 'EFLMNSTeflmnst',
    'century': '0123456789EFLMNSTeflmnst',
    'season': 'AEFILMNPSTWaefilmnpstw',
    'fiscal_year': 'CFMTcfmt',
    'year': '12',
    'spoken_year': 'ENSTenst',
    'year_end': 'ETYety',
    'duration': '0123456789ABCDEFHIJLMNOPRSTUWZabcdefhijlmnoprstuwz',
    'compound_duration': '0123456789ACDEFHNOSTZacdefhnostz',
    'duration_range': '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz',
    'rel_units': 'CEFILNPRSTcefilnprst',
    'units_ahead': 'Tt',
    'bare_units_long': 'CDHMWYcdhmwy',
    'bare_units': 'CDHMWYcdhmwy',
    'every_unit': '0123456789AEFOPSTaefopst',
    'set_adverb': 'ABDFHMNQSWYabdfhmnqswy',
    'vague': 'ABCFIJLNPRSTUabcfijlnprstu',
    'month_alone': 'ADEFJLMNOSTelmt',
}
_ALNUM = frozenset("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz")
for _rl in RULES:
    _rl.first = frozenset(FIRST_CHARS[_rl.name]) if _rl.name in FIRST_CHARS else None


def compile_grammar() -> re.Pattern:
    """One alternation of every rule, with each rule's groups renamed `rN_name`; the
    left boundary common to the rules is checked once, before the alternation, and
    each rule is guarded by a one-character look-ahead on the characters it can
    begin with, so that a candidate costs one character test per rule that cannot
    match there instead of a failed attempt."""
    parts = []
    for i, rl in enumerate(RULES):
        prefix = f"r{i}_"
        pat = rl.pattern[len(B):] if rl.pattern.startswith(B) else rl.pattern
        pat = re.sub(r"\(\?P<(\w+)>", lambda mm: f"(?P<{prefix}{mm.group(1)}>", pat)
        pat = re.sub(r"\(\?P=(\w+)\)", lambda mm: f"(?P={prefix}{mm.group(1)})", pat)
        guard = ""
        if rl.first is not None and not _ALNUM <= rl.first:
            guard = "(?=[" + "".join(re.escape(c) for c in sorted(rl.first)) + "])"
        parts.append(f"{guard}(?P<r{i}>{pat})")
    return recache.compile(B + "(?:" + "|".join(parts) + ")")


GRAMMAR = compile_grammar()
RULE_BY_GROUP = {f"r{i}": (rl, f"r{i}_") for i, rl in enumerate(RULES)}
