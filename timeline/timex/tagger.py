"""The tagging loop: one pass over the candidate positions of the text.

At each candidate (`candidates.py`) the compiled grammar is matched once and
the matched rule's production reads it; when it rejects,
the later rules are tried at the same position, then the scan moves on.  Work
per character is bounded: the grammar is one regex, and a rejection costs at
most one attempt per rule.
"""
from __future__ import annotations

import datetime as dt
import re

from ..model import Sentence, Timex
from . import lexicon as L
from . import recache
from .anchoring import Anchoring
from .calendar import describe
from .found import Found
from .candidates import candidates
from .grammar import GRAMMAR, RULE_BY_GROUP, RULES, Match
from .resolve import Resolver

_RULE_INDEX = {rl.name: i for i, rl in enumerate(RULES)}

# modifiers written before an expression that the rules themselves do not read
_PREFIX = recache.compile(
    r"(?i)(?<![\w-])(?P<w>early|late|mid|the\s+(?:very\s+)?(?:end|beginning|start|middle|close|turn)\s+of|"
    r"around|about|approximately|roughly|circa|some|nearly|almost|more\s+than|less\s+than|at\s+least|up\s+to|"
    r"no\s+later\s+than|no\s+earlier\s+than)(?:\s+|-)$")
# dates in capitals, as in a chronology's headings ("FRIDAY, JUNE 13 - Israel launches ..."): read as
# "Friday, June 13"; a month in capitals counts only before a day or a year ("MAY 5", "MARCH 2003")
_CAPS_MONTH = r"(?:JANUARY|FEBRUARY|MARCH|APRIL|MAY|JUNE|JULY|AUGUST|SEPTEMBER|OCTOBER|NOVEMBER|DECEMBER|JAN|FEB|MAR|APR|JUN|JUL|AUG|SEPT?|OCT|NOV|DEC)"
_CAPS_DATE = recache.compile(rf"\b(?:MONDAY|TUESDAY|WEDNESDAY|THURSDAY|FRIDAY|SATURDAY|SUNDAY)(?=,?\s+{_CAPS_MONTH}\.?\s+\d)"
                             rf"|(?<![A-Za-z])(?:MONDAY|TUESDAY|WEDNESDAY|THURSDAY|FRIDAY|SATURDAY|SUNDAY)(?=\s*(?:-|–|—|:)\s)"
                             rf"|\b{_CAPS_MONTH}(?=\.?\s+\d{{1,4}}\b)")


def _title_caps(text: str) -> str:
    return _CAPS_DATE.sub(lambda m: m.group(0).capitalize(), text)


# a signal ("within") or focus adverb ("only", "just") the patterns took in: TimeML leaves it outside
_SIGNAL_LEAD = recache.compile(r"(?i)(?:within|only|just|barely|merely)\s+(?!now\b)")
_PREFIX_LAST = frozenset("early late mid of around about approximately roughly circa some nearly almost than least to"
                         .split())
_DATE_MODS = {"early": "START", "late": "END", "mid": "MID", "around": "APPROX", "about": "APPROX",
              "approximately": "APPROX", "roughly": "APPROX", "circa": "APPROX", "no later than": "ON_OR_BEFORE",
              "no earlier than": "ON_OR_AFTER"}
_DUR_MODS = {"around": "APPROX", "about": "APPROX", "approximately": "APPROX", "roughly": "APPROX", "some": "APPROX",
             "nearly": "APPROX", "almost": "APPROX", "more than": "MORE_THAN", "less than": "LESS_THAN",
             "at least": "EQUAL_OR_MORE", "up to": "EQUAL_OR_LESS"}


def parse_reference(published) -> dt.date | None:
    """A reference date from a date, datetime or ISO-ish string; None when missing or malformed."""
    if published is None:
        return None
    if isinstance(published, dt.datetime):
        return published.date()
    if isinstance(published, dt.date):
        return published
    s = str(published).strip()
    m = re.match(r"(\d{4})-(\d{1,2})-(\d{1,2})", s) or re.match(r"(\d{4})(\d{2})(\d{2})(?:\D|$)", s)
    if m:
        try:
            return dt.date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
        except ValueError:
            return None
    from .fallback import parse_date_string

    return parse_date_string(s)


def _read(m, resolver):
    rl, prefix = RULE_BY_GROUP[m.lastgroup]
    try:
        return rl.production(Match(m, prefix), resolver), m, _RULE_INDEX[rl.name]
    except (ValueError, OverflowError, KeyError, IndexError, TypeError, AttributeError):
        return None, m, _RULE_INDEX[rl.name]


def _retry(text, start, after_index, resolver):
    """Later rules at the same position, when the first one rejected its match."""
    c = text[start]
    for rl in RULES[after_index + 1:]:
        if rl.first is not None and c not in rl.first:
            continue  # cannot begin here: not even worth compiling
        m2 = rl.regex.match(text, start)
        if m2 is None:
            continue
        try:
            f = rl.production(Match(m2, ""), resolver)
        except (ValueError, OverflowError, KeyError, IndexError, TypeError, AttributeError):
            f = None
        if f is False:
            return None, None
        if f is not None:
            return f, m2
    return None, None


_DAY_VALUE = recache.compile(r"\d{4}-\d\d-\d\d")
_WRITTEN_YEAR = recache.compile(r"(?<![\d$\u00a3\u20ac.,])(\d{4})(?![\d%])")
_YEAR_AS_MODIFIER = recache.compile(r"\s+(?:[A-Z]|[a-z]+\s+(?:model|vintage))|(?:-|\s+)(?:model|vintage|era)\b")
_MONTHS_PERIOD = recache.compile(r"P(?:[4-9]|1[01])M|\d{4}-H[12]")  # a report's nine or six months, half
_NAMED_PERIOD = recache.compile(rf"\d{{4}}|\b(?:{L.MONTH_ANY}|{L.SEASON}|(?i:quarter))\b")
_YEAR_VALUE = recache.compile(r"\d{4}")
_DATED_VALUE = recache.compile(r"\d{4}-\d\d")


def _frames(text: str, s: int, e: int, f: Found) -> tuple[int, bool, bool] | None:
    """(year, dated, written out) that an expression sets as the paragraph's year frame, if any:
    a date written with its year ("1 September 1939", "April 1940", "in 1941", not "a 1987
    Chevrolet"), or a year counted from the story ("the following year")."""
    value = f.value
    m = _WRITTEN_YEAR.search(text, s, e)
    if m is not None and value[:4] == m.group(1):
        if e - s == 4 and _YEAR_AS_MODIFIER.match(text, e):
            return None
        return int(m.group(1)), bool(_DATED_VALUE.match(value)), True
    if f.anchor == "narrative" and _YEAR_VALUE.match(value):  # "the following year", "17 May of that year"
        return int(value[:4]), bool(_DATED_VALUE.match(value)), False
    return None


def _note_story(anchoring: Anchoring, text: str, s: int, e: int, f: Found, gran: str, d0) -> None:
    """What an expression just read tells later ones: the paragraph's year, the month or year
    being told ("three years later"), a report's longer period ("a year earlier")."""
    if f.type in ("DATE", "TIME"):
        frame = _frames(text, s, e, f)
        if frame is not None:
            if frame[2]:
                anchoring.note_written_year(frame[0], s)
            anchoring.note_frame(frame[0], s, dated=frame[1],
                                 counted=not frame[2] and _STORY_MOVES_ON.search(text, s, e) is not None)
        elif f.anchor == "publication":
            anchoring.end_frame()
    if f.type == "DATE" and d0 is not None and gran in ("year", "month", "season", "quarter", "half") \
            and _NAMED_PERIOD.search(text, s, e) and not _SINCE_JUST_BEFORE.search(text, max(0, s - 12), s):
        # "in June", "in 2014", not "a year earlier", nor "has led the camp since April" (where a state of
        # things began, not a time the story is told at)
        anchoring.note_period(d0, gran, s)
    if _MONTHS_PERIOD.fullmatch(f.value):
        anchoring.note_months_period(s)


# a year counted forward from the story ("the following year", "two years later"), not a comparison
# ("a year earlier", "the year-ago quarter")
_STORY_MOVES_ON = recache.compile(r"(?i)\b(?:following|next|subsequent|later)\b")
_SINCE_JUST_BEFORE = recache.compile(r"(?i)\b(?:since|ever\s+since)\s+(?:early\s+|late\s+|mid-?)?$")
_DAY_BEFORE_AFTER = recache.compile(r"(?i)(?<![\w-])(?:the\s+)?(day|night)\s+(before|after)\s+$")


def _day_before_after(text: str, start: int, floor: int, f: Found) -> tuple[Found, int]:
    """'the day before last Tuesday', 'the day after Christmas': one day from the day read."""
    m = _DAY_BEFORE_AFTER.search(text, max(floor, start - 20), start)
    if m is None:
        return f, start
    d = dt.date.fromisoformat(f.value) + dt.timedelta(days=-1 if m.group(2).lower() == "before" else 1)
    why = f"the {m.group(1).lower()} {m.group(2).lower()} {f.value}"
    if m.group(1).lower() == "night":
        return Found(d.isoformat() + "TNI", type="TIME", anchor=f.anchor, why=why), m.start()
    return Found(d.isoformat(), anchor=f.anchor, why=why), m.start()


def _extend_prefix(text: str, start: int, floor: int, f: Found, possessive: bool = False) -> tuple[int, str]:
    """Take in a modifier written just before the expression ("early", "the end of", "about")."""
    if f.value.endswith("_REF") or f.mod:
        return start, f.mod
    before = text[max(floor, start - 30):start]
    last = before.rstrip(" -").rsplit(None, 1)[-1:] or [""]
    if last[0].lower() not in _PREFIX_LAST and not before.endswith("mid-"):
        return start, f.mod
    m = _PREFIX.search(text, max(floor, start - 30), start)
    if not m:
        return start, f.mod
    w = re.sub(r"\s+", " ", m.group("w").lower())
    if f.type == "DURATION":
        mod = _DUR_MODS.get(w)
    elif f.type == "SET":
        mod = None
    else:
        mod = _DATE_MODS.get(w)
        if w.startswith("the"):
            mod = "END" if ("end" in w or "close" in w) else "MID" if "middle" in w else "START"
        if w == "mid" and text[m.end() - 1:m.end()] != "-" and not f.value[:1].isdigit():
            mod = None
    if not mod or (possessive and mod == "APPROX"):
        return start, f.mod  # "get around Wednesday's ruling": 'around' belongs to the verb
    return m.start(), mod


def tag(text: str, published=None, sentences: list[Sentence] | None = None) -> list[Timex]:
    """Time expressions of `text`, resolved against the reference date `published`.

    Returns non-overlapping `Timex` records sorted by start, with character
    offsets into `text`.  Without a reference date relative expressions keep
    X's in their values (XXXX-11) instead of guessing.
    """
    if text is None:
        return []
    if isinstance(text, (bytes, bytearray)):
        text = text.decode("utf-8", errors="replace")
    elif not isinstance(text, str):
        text = str(text)
    ref = parse_reference(published)
    original, text = text, _title_caps(text)  # same length: offsets hold in both
    anchoring = Anchoring(text, ref, sentences)
    resolver = Resolver(anchoring)
    out: list[Timex] = []
    pos, last_end = 0, 0
    match = GRAMMAR.match
    for start in candidates(text):
        if start < pos:
            continue
        m = match(text, start)
        if m is None:
            continue
        f, mm, idx = _read(m, resolver)
        if f is False:  # rejected for good (an impossible date): nothing else may read it
            pos = mm.end()
            continue
        if f is None:
            if not RULES[idx].retry:
                continue
            f, mm = _retry(text, start, idx, resolver)
            if f is None:
                continue
        s = f.start if f.start is not None else mm.start()
        e = f.end if f.end is not None else mm.end()
        # trim spaces/punctuation the patterns may have taken at the edges
        while e > s and text[e - 1] in " \t\n,;":
            e -= 1
        lead = _SIGNAL_LEAD.match(text, s, e)
        if lead:  # "within two weeks", "only 14 days": outside the TIMEX3 extent
            s = lead.end()
        if e <= s or s < last_end:
            pos = max(start + 1, mm.end())
            continue
        s, mod = _extend_prefix(text, s, last_end, f, text.startswith(("'s", "\u2019s"), e))
        if f.type == "DATE" and _DAY_VALUE.fullmatch(f.value) and not mod:
            f, s = _day_before_after(text, s, last_end, f)
        gran, d0, d1 = describe(f.value)
        if f.granularity:
            gran = f.granularity
        elif f.value in ("PAST_REF", "PRESENT_REF", "FUTURE_REF"):
            gran = "vague"
        if f.date is not None or f.date_end is not None:
            d0, d1 = f.date, f.date_end
        if f.type == "SET":
            gran, d0, d1 = "set", None, None
        elif f.type == "DURATION":
            gran, d0, d1 = "duration", None, None
        surface = original[s:e]
        why = f"'{surface}' read as {f.value}" + (f": {f.why}" if f.why else "")
        out.append(Timex(start=s, end=e, text=surface, type=f.type, value=f.value, granularity=gran,
                         date=d0, date_end=d1, mod=mod, anchor=f.anchor, explanation=why,
                         anniversary=f.anniversary))
        _note_story(anchoring, text, s, e, f, gran, d0)
        last_end = e
        pos = max(e, start + 1)
    return out
