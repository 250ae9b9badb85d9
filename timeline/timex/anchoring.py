"""Anchoring: what a relative expression is resolved against, and which way.

- The reference date (publication date of the article) anchors deictic
  expressions: today, last week, on Sunday, in November.
- The narrative reference (the most recent explicit date read so far) anchors
  anaphoric ones: two days later, the next day, that month.
- The tense and modality of the clause around an expression decide whether a
  bare weekday, a month without a year or a day without a year lies before or
  after the reference date: "was fired on Sunday" is the Sunday before, "could
  seek revenge on January 3rd" the coming one.
"""
from __future__ import annotations

import bisect
import datetime as dt
import re

from ..model import Sentence

PAST, FUTURE, PRESENT = -1, 1, 0

# Words that put a clause in the future (modal or scheduled), strongest signals first.
_FUTURE = (
    r"will|'ll|\u2019ll|shall|won't|won\u2019t|wo\s+n't|going\s+to|gonna|plans?\s+to|planning\s+to|intends?\s+to|"
    r"is\s+to|are\s+to|scheduled|slated|set\s+to|due\s+to|expected\s+to|expects?\s+to|hopes?\s+to|"
    r"upcoming|forthcoming|next|coming|would|could|might|may|should|must|aims?\s+to|"
    r"between\s+now\s+and|from\s+now|as\s+(?:soon|early)\s+as|no\s+later\s+than|starting"
)
_PAST = (
    r"was|were|had|did|didn't|didn\u2019t|been|ago|last|earlier|previously|said|told|took|made|came|went|"
    r"gave|met|left|began|began|fell|rose|won|lost|held|killed|saw|struck|hit|shot|sent|led|got|brought|"
    r"fought|found|thought|spoke|wrote|became|ran|stood|kept|paid|sold|bought|set|put|cut|"
    r"[a-z]{2,}ed"
)
_PRESENT = r"is|are|am|now|currently|today|'s|\u2019s"
_NOT_PAST = {"need", "speed", "indeed", "feed", "seed", "bed", "red", "shed", "bleed", "breed",
             "proceed", "succeed", "exceed", "creed", "embed", "hundred", "led", "based", "bred",
             "united", "limited", "related", "expected", "scheduled", "slated", "proposed",
             "planned", "alleged", "armed", "so-called", "called", "named", "supposed", "concerned",
             "interested", "involved", "detailed", "advanced", "experienced", "sacred", "wed", "used"}
_MARKER = re.compile(rf"(?i)(?<![\w'\u2019])(?:(?P<f>{_FUTURE})|(?P<p>{_PAST})|(?P<n>{_PRESENT}))(?![\w])")

_CLAUSE_BREAK = re.compile(r"[.!?;\n]\s|[\n\u2022]|\s[\u2014\u2013-]\s|,\s+(?:but|while|whereas|although|and)\s")


class Anchoring:
    """Per-text state: the reference date, clause boundaries and the narrative reference."""

    def __init__(self, text: str, ref: dt.date | None, sentences: list[Sentence] | None = None):
        self.text = text
        self.ref = ref
        self.narrative: dt.date | None = None  # last explicit day read
        self.narrative_pos = -1
        self.quarter: tuple[int, int] | None = None  # last quarter read (year, q)
        self.quarter_pos = -10**9
        self.month: tuple[int, int] | None = None
        self.year: int | None = None
        self._breaks: list[int] | None = None
        self._sentences = sorted((s.start, s.end) for s in sentences) if sentences else None
        self._sent_starts = [s for s, _ in self._sentences] if self._sentences else None

    # ---- clauses and tense -------------------------------------------------
    def clause(self, start: int, end: int) -> tuple[int, int]:
        """Bounds of the clause (or sentence when given) around [start, end), at most 250 chars each side."""
        lo, hi = max(0, start - 250), min(len(self.text), end + 250)
        if self._sentences:
            i = bisect.bisect_right(self._sent_starts, start) - 1
            if i >= 0 and self._sentences[i][1] >= end:
                lo, hi = max(lo, self._sentences[i][0]), min(hi, self._sentences[i][1])
        window = self.text[lo:start]
        last = None
        for m in _CLAUSE_BREAK.finditer(window):
            last = m
        if last:
            lo = lo + last.end()
        m = _CLAUSE_BREAK.search(self.text, end, hi)
        if m:
            hi = m.start() + 1
        return lo, hi

    def tense(self, start: int, end: int) -> tuple[int | None, str]:
        """(PAST/FUTURE/PRESENT or None, the word that decided) for the clause around a span:
        the tense marker nearest to the expression wins."""
        lo, hi = self.clause(start, end)
        best = None
        last_future_end = -100
        for m in _MARKER.finditer(self.text, lo, hi):
            if start <= m.start() < end:
                continue
            word = m.group(0)
            if m.group("p") and word.lower() in _NOT_PAST:
                continue
            if m.group("f"):
                kind = FUTURE
                last_future_end = m.end()
            elif m.group("p") and m.start() - last_future_end <= 12 and \
                    re.fullmatch(r"\s+(?:be\s+|have\s+|have\s+been\s+|not\s+be\s+|also\s+be\s+)?", self.text[last_future_end:m.start()]):
                kind = FUTURE  # "will be held": a participle after a future auxiliary
                last_future_end = m.end()
            elif m.group("p"):
                kind = PAST
            else:
                kind = PRESENT
            dist = (start - m.end()) if m.end() <= start else (m.start() - end) + 10
            low = re.sub(r"\s+", " ", word.lower())
            if low in ("between now and", "as soon as", "as early as", "no later than") and start - m.end() <= 2:
                dist -= 100  # "between now and January 20th": the date is ahead whatever the verb
            elif low.startswith(("will", "'ll", "\u2019ll", "going", "plan", "scheduled", "set to", "due", "expected to",
                                 "upcoming", "next", "shall")):
                dist -= 8
            if best is None or dist < best[0]:
                best = (dist, kind, word)
        if best is None:
            return None, ""
        return best[1], best[2]

    # ---- narrative ---------------------------------------------------------
    def note_day(self, d: dt.date, pos: int) -> None:
        self.narrative, self.narrative_pos = d, pos
        self.month = (d.year, d.month)
        self.year = d.year

    def note_quarter(self, y: int, q: int, pos: int) -> None:
        self.quarter, self.quarter_pos = (y, q), pos

    def narrative_day(self) -> tuple[dt.date | None, str]:
        """The day anaphoric expressions count from: the last explicit day, else the reference date."""
        if self.narrative is not None:
            return self.narrative, "narrative"
        return self.ref, "publication"

    def recent_quarter(self, pos: int, window: int = 1500) -> tuple[int, int] | None:
        if self.quarter and pos - self.quarter_pos <= window:
            return self.quarter
        return None
