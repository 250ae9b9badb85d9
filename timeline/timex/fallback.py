"""dateparser, where our own rules do not decide: free-form date strings such
as a reference date written "21 Dec 2020" or "December 21st, 2020 10:00 GMT".

Imported lazily (dateparser is slow to import) and cached; the language is
fixed to English so that no language detection runs per call.
"""
from __future__ import annotations

import datetime as dt
import re
from functools import lru_cache

_SETTINGS = {"PREFER_DAY_OF_MONTH": "first", "STRICT_PARSING": True, "REQUIRE_PARTS": ["day", "month", "year"]}


@lru_cache(maxsize=2048)
def parse_date_string(s: str) -> dt.date | None:
    """A full calendar date written any common way, or None (never today's date as a guess)."""
    s = (s or "").strip()
    if not s or len(s) > 64 or not re.search(r"(?<!\d)\d{4}(?!\d)", s) or not re.search(r"(?<!\d)\d{1,2}(?!\d)|\d{8}", s):
        return None  # only a written-out full date ("21 Dec 2020"), never "yesterday" read against today
    try:
        import dateparser
    except ImportError:  # pragma: no cover - dateparser is a dependency
        return None
    try:
        d = dateparser.parse(s, languages=["en"], settings=_SETTINGS)
    except Exception:  # dateparser raises assorted errors on junk
        return None
    return d.date() if d else None
