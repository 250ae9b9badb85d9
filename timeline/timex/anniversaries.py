"""Anniversaries: "the anniversary of his death, which is January 3rd".

A date without a year that names an anniversary is the COMING one (unless the
clause is plainly past: "they marked the anniversary on Sunday"), and carries
the ordinal when the text gives it ("the 10th anniversary" -> 10), so that the
event layer can date the original event that many years earlier.
"""
from __future__ import annotations

import re

from . import recache
from .lexicon import NUMBER_WORDS, ORDINALS

_ORD = "|".join(sorted((w for w, n in ORDINALS.items() if n > 0), key=len, reverse=True))
_NUM = "|".join(sorted((w for w, n in NUMBER_WORDS.items() if isinstance(n, int) and 0 < n <= 100 and " " not in w
                        and w not in ("a", "an")), key=len, reverse=True))
ANNIVERSARY = recache.compile(
    rf"(?i)(?<![\w-])(?:(?P<ord>{_ORD}|\d{{1,3}}(?:st|nd|rd|th))[\s-]+|(?P<num>{_NUM}|\d{{1,3}})[\s-]+years?[\s-]+)?"
    r"anniversary(?![\w-])")


_OFFSET = recache.compile(r"(?i)\b(?:after|before|since|until|ahead\s+of|following|preceding|prior\s+to)\b")


def anniversary_near(text: str, lo: int, start: int, end: int, hi: int) -> tuple[bool, int | None]:
    """Is the date at [start, end) the date of an anniversary named in its clause [lo, hi)?
    Returns (found, ordinal or None)."""
    window_lo = max(lo, start - 160)
    window_hi = min(hi, end + 80)
    if "nniversar" not in text[window_lo:window_hi]:
        return False, None
    best = None
    for m in ANNIVERSARY.finditer(text, window_lo, window_hi):
        if best is None or abs(m.start() - start) < abs(best.start() - start):
            best = m
    if best is None:
        return False, None
    lo_gap, hi_gap = (end, best.start()) if best.start() >= end else (best.end(), start)
    if _OFFSET.search(text, lo_gap, hi_gap):
        return False, None  # "in January, a week after the 25th anniversary": another day than the anniversary
    ordinal = None
    if best.group("ord"):
        w = best.group("ord").lower()
        ordinal = ORDINALS.get(w) or int(re.match(r"\d+", w).group(0))
    elif best.group("num"):
        w = best.group("num").lower()
        ordinal = NUMBER_WORDS.get(w) if w in NUMBER_WORDS else int(w)
    return True, ordinal
