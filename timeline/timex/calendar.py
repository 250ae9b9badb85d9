"""Normalization: calendar arithmetic and TIMEX3 values.

Everything here is pure: dates in, values out.  `describe(value)` gives the
granularity and the calendar span (first and last day) a TIMEX3 value covers,
which is what the timeline draws.
"""
from __future__ import annotations

import calendar as _cal
import datetime as dt
import re
from functools import lru_cache

SEASON_MONTHS = {"SP": (3, 5), "SU": (6, 8), "FA": (9, 11), "WI": (12, 2)}


def valid_date(y: int, m: int, d: int) -> dt.date | None:
    """The date, or None when it does not exist (31/02 is skipped, never clamped)."""
    try:
        return dt.date(y, m, d)
    except (ValueError, OverflowError):
        return None


def last_day(y: int, m: int) -> int:
    return _cal.monthrange(y, m)[1]


def add_months(d: dt.date, n: int) -> dt.date:
    y, m = divmod(d.month - 1 + n, 12)
    y += d.year
    if not 1 <= y <= 9999:
        raise OverflowError
    return dt.date(y, m + 1, min(d.day, last_day(y, m + 1)))


def shift(d: dt.date, unit: str, n: int) -> dt.date:
    """`d` moved by n units (D, W, M, Q, Y, E decade, C century)."""
    if unit == "D":
        return d + dt.timedelta(days=n)
    if unit == "W":
        return d + dt.timedelta(weeks=n)
    if unit == "M":
        return add_months(d, n)
    if unit == "Q":
        return add_months(d, 3 * n)
    if unit == "Y":
        return add_months(d, 12 * n)
    if unit == "E":
        return add_months(d, 120 * n)
    if unit == "C":
        return add_months(d, 1200 * n)
    raise ValueError(unit)


def quarter_of(d: dt.date) -> int:
    return (d.month - 1) // 3 + 1


def week_value(d: dt.date) -> str:
    y, w, _ = d.isocalendar()
    return f"{y:04d}-W{w:02d}"


def value_at(d: dt.date, unit: str) -> str:
    """The TIMEX3 value of the `unit`-sized period containing `d`."""
    if unit == "D":
        return d.isoformat()
    if unit == "W":
        return week_value(d)
    if unit == "WE":
        return week_value(d) + "-WE"
    if unit == "M":
        return f"{d.year:04d}-{d.month:02d}"
    if unit == "Q":
        return f"{d.year:04d}-Q{quarter_of(d)}"
    if unit == "H":
        return f"{d.year:04d}-H{1 if d.month <= 6 else 2}"
    if unit == "Y":
        return f"{d.year:04d}"
    if unit == "E":
        return f"{d.year // 10:03d}"
    if unit == "C":
        return f"{d.year // 100:02d}"
    raise ValueError(unit)


def weekday_near(ref: dt.date, weekday: int, direction: int) -> dt.date:
    """The weekday (1=Monday) relative to ref: direction -1 the last one before or on ref,
    +1 the next one on or after ref, 0 the one in ref's week."""
    diff = weekday - ref.isoweekday()
    if direction < 0:
        return ref + dt.timedelta(days=diff if diff <= 0 else diff - 7)
    if direction > 0:
        return ref + dt.timedelta(days=diff if diff >= 0 else diff + 7)
    return ref + dt.timedelta(days=diff)


def nth_weekday(y: int, m: int, weekday: int, n: int) -> dt.date:
    """n-th (1-based; -1 = last) `weekday` (1=Monday) of a month."""
    if n > 0:
        first = dt.date(y, m, 1)
        return first + dt.timedelta(days=(weekday - first.isoweekday()) % 7 + 7 * (n - 1))
    last = dt.date(y, m, last_day(y, m))
    return last - dt.timedelta(days=(last.isoweekday() - weekday) % 7)


def easter(y: int) -> dt.date:
    a, b, c = y % 19, y // 100, y % 100
    d, e = divmod(b, 4)
    f = (b + 8) // 25
    g = (b - f + 1) // 3
    h = (19 * a + b - d - g + 15) % 30
    i, k = divmod(c, 4)
    l_ = (32 + 2 * e + 2 * i - h - k) % 7
    m = (a + 11 * h + 22 * l_) // 451
    month, day = divmod(h + l_ - 7 * m + 114, 31)
    return dt.date(y, month, day + 1)


def movable_holiday(name: str, y: int) -> dt.date | None:
    name = name.lower()
    if name.startswith("thanksgiving"):
        return nth_weekday(y, 11, 4, 4)
    if name.startswith("easter"):
        return easter(y)
    if name == "good friday":
        return easter(y) - dt.timedelta(days=2)
    if name == "labor day":
        return nth_weekday(y, 9, 1, 1)
    if name == "memorial day":
        return nth_weekday(y, 5, 1, -1)
    if name == "mother's day":
        return nth_weekday(y, 5, 7, 2)
    if name == "father's day":
        return nth_weekday(y, 6, 7, 3)
    if name == "election day":
        return nth_weekday(y, 11, 1, 1) + dt.timedelta(days=1)
    return None


def duration_value(n: float | None, unit: str) -> str:
    """P3M, PT5H, P2Y6M, PXY (n None)."""
    time_unit = unit in ("H", "MIN", "S")
    letter = {"MIN": "M"}.get(unit, unit)
    if unit == "W2":
        n, letter = (None if n is None else n * 2), "W"
    if unit == "M6":
        n, letter = (None if n is None else n * 6), "M"
    if unit in ("E", "C", "L"):  # counted decades, centuries, millennia in years, as TimeML writes them
        if n is None:  # "decades": TimeML's own decade unit keeps what the text says
            return "PXDE" if unit == "E" else f"PX{unit}"
        n, unit, letter = n * {"E": 10, "C": 100, "L": 1000}[unit], "Y", "Y"
    if unit == "WE":
        return "P2D" if n == 1 else ("PXWE" if n is None else f"P{int(n * 2)}D")
    p = "PT" if time_unit else "P"
    if n is None:
        return f"{p}X{letter}"
    if n != int(n):
        whole = int(n)
        frac = n - whole
        sub = {"Y": (12, "M"), "H": (60, "M"), "D": (24, "H"), "MIN": (60, "S"), "M": (None, None),
               "W": (7, "D"), "E": (10, "Y"), "C": (100, "Y")}.get(unit, (None, None))
        if sub[0]:
            part = int(round(frac * sub[0]))
            if unit == "D":
                return f"P{whole}DT{part}H" if whole else f"PT{part}H"
            if unit in ("E", "C"):
                return f"P{int(round(n * sub[0]))}Y"
            if whole:
                return f"{p}{whole}{letter}{part}{sub[1]}"
            return f"{p}{part}{sub[1]}"
        return f"{p}{n:g}{letter}"
    return f"{p}{int(n)}{letter}"


def _unresolved_granularity(v: str) -> str:
    """Granularity of a value with X's: XXXX-11 month, XXXX-WXX-7 day, XXXX-XX-XXTMO time..."""
    if "T" in v[10:11]:
        return "time"
    parts = v.split("-")
    if len(parts) >= 3 and parts[1].startswith("W"):
        return "week" if parts[2] == "WE" else "day"
    if len(parts) >= 3:
        return "day"
    if len(parts) == 2:
        p = parts[1]
        return "week" if p.startswith("W") else "quarter" if p.startswith("Q") else "half" if p.startswith("H") else \
            "season" if p in ("SP", "SU", "FA", "WI") else "month"
    return {4: "year", 3: "decade", 2: "century"}.get(len(v), "year")


_SEASON_RE = re.compile(r"(\d{4})-(SP|SU|FA|WI)")


@lru_cache(maxsize=4096)
def describe(value: str) -> tuple[str, dt.date | None, dt.date | None]:
    """(granularity, first day, last day) of a TIMEX3 value."""
    try:
        return _describe(value)
    except (ValueError, OverflowError):
        return "vague" if "REF" in value else "day", None, None


def _describe(v: str):
    if v.startswith("P"):
        return "duration", None, None
    if v in ("PAST_REF", "PRESENT_REF", "FUTURE_REF"):
        return "vague", None, None
    m = re.fullmatch(r"(\d{4})-(\d{2})-(\d{2})(T.*)?", v)
    if m:
        d = dt.date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
        return ("time" if m.group(4) else "day"), d, d
    m = re.fullmatch(r"(\d{4})-(\d{2})", v)
    if m:
        y, mo = int(m.group(1)), int(m.group(2))
        return "month", dt.date(y, mo, 1), dt.date(y, mo, last_day(y, mo))
    m = re.fullmatch(r"(\d{4})-W(\d{2})(-WE)?", v)
    if m:
        start = dt.date.fromisocalendar(int(m.group(1)), int(m.group(2)), 6 if m.group(3) else 1)
        return ("week", start, start + dt.timedelta(days=1 if m.group(3) else 6))
    m = re.fullmatch(r"(\d{4})-Q([1-4])", v)
    if m:
        y, q = int(m.group(1)), int(m.group(2))
        return "quarter", dt.date(y, 3 * q - 2, 1), dt.date(y, 3 * q, last_day(y, 3 * q))
    m = re.fullmatch(r"(\d{4})-H([12])", v)
    if m:
        y, h = int(m.group(1)), int(m.group(2))
        return "half", dt.date(y, 6 * h - 5, 1), dt.date(y, 6 * h, last_day(y, 6 * h))
    m = _SEASON_RE.fullmatch(v)
    if m:
        y = int(m.group(1))
        a, b = SEASON_MONTHS[m.group(2)]
        end_y = y + 1 if b < a else y
        return "season", dt.date(y, a, 1), dt.date(end_y, b, last_day(end_y, b))
    m = re.fullmatch(r"(\d{4})", v)
    if m:
        y = int(m.group(1))
        return "year", dt.date(y, 1, 1), dt.date(y, 12, 31)
    m = re.fullmatch(r"(\d{3})", v)
    if m:
        y = int(m.group(1)) * 10
        return "decade", dt.date(max(y, 1), 1, 1), dt.date(y + 9, 12, 31)
    m = re.fullmatch(r"(\d{2})", v)
    if m:
        y = int(m.group(1)) * 100
        return "century", dt.date(max(y, 1), 1, 1), dt.date(y + 99, 12, 31)
    if "X" in v:
        return _unresolved_granularity(v), None, None
    return "day", None, None
