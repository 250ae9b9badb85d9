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
from . import recache

PAST, FUTURE, PRESENT = -1, 1, 0

# Words that put a clause in the future (modal or scheduled) or in the past.
_FUTURE_WORDS = frozenset("""will shall won't won\u2019t wo gonna upcoming forthcoming next coming would scheduled slated
    starting""".split())
_FUTURE_PHRASES = recache.compile(
    r"(?i)\b(?:going\s+to|plans?\s+to|planning\s+to|intends?\s+to|is\s+to|are\s+to|set\s+to|due\s+to|"
    r"expected\s+to|expects?\s+to|hopes?\s+to|aims?\s+to|between\s+now\s+and|from\s+now|as\s+(?:soon|early)\s+as|"
    r"no\s+later\s+than|(?:is|are)\s+(?:set|scheduled|slated|planned|due)\s+(?:for|to|on)|(?:is|are)\s+due|"
    r"(?:set|scheduled|slated|planned)\s+for|to\s+be\s+(?:[a-z]+ed|[a-z]+en|held|made|paid|sold|built|set|put|run|"
    r"won|told|met|sent|shut|cut|read))\b")
_STRONG_PHRASES = ("between now and", "as soon as", "as early as", "no later than")
_PAST_WORDS = frozenset("""was were had did didn't didn\u2019t been ago last earlier previously said told took made came
    went gave met left began fell rose won lost held killed saw struck hit shot sent led got brought fought found thought
    spoke wrote became ran stood kept paid sold bought set put cut""".split())
_PRESENT_WORDS = frozenset("is are am now currently today".split())
_NOT_PAST = {"need", "speed", "indeed", "feed", "seed", "bed", "red", "shed", "bleed", "breed",
             "proceed", "succeed", "exceed", "creed", "embed", "hundred", "based", "bred",
             "united", "limited", "related", "expected", "scheduled", "slated", "proposed",
             "planned", "alleged", "armed", "called", "named", "supposed", "concerned",
             "interested", "involved", "detailed", "advanced", "experienced", "sacred", "wed", "used"}
_WORD = recache.compile(r"[A-Za-z]+(?:['\u2019][A-Za-z]+)?")
_INFINITIVE = recache.compile(r"\bto\s+(?!(?:the|a|an|his|her|their|its|this|that|these|those|be|date|day|now|more|about|"
                         r"some|all|any|each|every|our|your|my|them|him|us|me|it|one|two|three|\d)\b)[a-z]{3,}\b")


def _forms(stems: str) -> frozenset:
    """The stems with their regular -s, -ed, -ing forms."""
    out = set()
    for w in stems.split():
        out.add(w)
        base = w[:-1] if w.endswith("e") else w
        out.update({w + "s", base + "ed", base + "ing", w + "d" if w.endswith("e") else w + "ed"})
        if w.endswith("y"):
            out.update({w[:-1] + "ies", w[:-1] + "ied"})
    return frozenset(out)


# words whose infinitive complement looks ahead: "agreed to buy", "plans to leave", "an agreement to
# acquire", "is likely to rule"; a purpose infinitive after any other noun ("celebrations to mark")
# or "shot to death" does not
_INTENT_HEADS = _forms("""agree decide plan intend want hope expect vote promise pledge vow threaten seek aim need
    ask urge order prepare move offer schedule wish resolve choose elect opt tell allow invite call propose
    arrange mean try struggle rush scramble race push press demand require authorize approve instruct
    direct force compel permit encourage persuade""") | frozenset("""set sought told chose chosen meant going
    planned planning permitted permitting compelled compelling about due likely unlikely ready poised willing
    eager able unable certain sure bound expected slated
    is are was were am has have had plan plans agreement agreements deal deals offer offers bid bids proposal
    proposals decision move vote promise pledge threat order orders request intention effort efforts
    commitment deadline push campaign bill way""".split())
_TO_NOUN = recache.compile(r"(?:death|power|office|court|trial|prison|jail|justice|safety|hospital|school|work|bed|"
                      r"church|market|war|rest|life|light|mind|fruition|account|bear|hand|heart|task|dinner|"
                      r"lunch|breakfast|town|sea|shore|land|home)\b")
_AUX_GAP = recache.compile(r"\s+(?:(?:not|also|still|never|only|soon|then|probably|likely|\w+ly)\s+)?(?:be\s+|have\s+|have\s+been\s+)?")
_WORDS_BEFORE = recache.compile(r"([A-Za-z]+)\s+(?:(?:not|also|still|never|only|soon|then|\w+ly)\s+)?$")
_PLUPERFECT = recache.compile(r"(?i)\bhad\s+(?:(?:already|previously|originally|initially|also|\w+ly)\s+)?(?:been\s+)?$")
_ABBREV = recache.compile(r"(?:\b[A-Z][a-z]{0,3}|\b[A-Z](?:\.[A-Z])+|\b(?:[a-z]\.)+[a-z]|\b(?:Sept|Gov|Gen|Rep|Sen|Col|Capt|Lt|Sgt|Adm|Prof|Corp|Inc|Ltd|Bros))$")
_BACK_BREAKS = ("? ", "! ", "; ", "\n", " -- ", " \u2014 ", " \u2013 ", ", but ", ", while ", ", although ", ", whereas ")


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
        self._sentences = sorted((s.start, s.end) for s in sentences) if sentences else None
        self._sent_starts = [s for s, _ in self._sentences] if self._sentences else None

    # ---- clauses and tense -------------------------------------------------
    def clause(self, start: int, end: int) -> tuple[int, int]:
        """Bounds of the clause (or sentence when given) around [start, end), at most 250 chars each side."""
        text = self.text
        lo, hi = max(0, start - 250), min(len(text), end + 250)
        if self._sentences:
            i = bisect.bisect_right(self._sent_starts, start) - 1
            if i >= 0 and self._sentences[i][1] >= end:
                lo, hi = max(lo, self._sentences[i][0]), min(hi, self._sentences[i][1])
        best = lo
        for sep in _BACK_BREAKS:
            k = text.rfind(sep, lo, start)
            if k >= 0 and k + len(sep) > best:
                best = k + len(sep)
        k = text.rfind(". ", best, start)
        while k >= 0 and _ABBREV.search(text, max(best, k - 6), k):  # "Gen. Qasem", "Jan. 3", "U.S. forces"
            k = text.rfind(". ", best, k)
        if k >= 0:
            best = max(best, k + 2)
        lo = best
        stop = hi
        for sep in _BACK_BREAKS:
            k = text.find(sep, end, stop)
            if k >= 0:
                stop = k + 1
        k = text.find(". ", end, stop)
        while k >= 0 and _ABBREV.search(text, max(end, k - 6), k):
            k = text.find(". ", k + 2, stop)
        if k >= 0:
            stop = k + 1
        return lo, stop

    def tense(self, start: int, end: int, bounds: tuple[int, int] | None = None) -> tuple[int | None, str]:
        """(PAST/FUTURE/PRESENT or None, the word that decided) for the clause around a span:
        the tense word nearest before the expression wins (the governing verb usually comes
        first: "said Friday", "will meet on Thursday"), then the nearest after it."""
        lo, hi = bounds or self.clause(start, end)
        lo, hi = max(lo, start - 160), min(hi, end + 100)  # the governing verb is near
        text = self.text
        lead = text[max(lo, start - 14):start].lower()
        if re.search(r"\bsince\s+$", lead):
            return PAST, "since"
        markers = []  # (position, end, kind, word, strong)
        if re.search(r"\b(?:until|till|by|before|ahead\s+of|effective|starting)\s+$", lead) and not re.search(
                r"(?i)\b(?:was|were|had|did|been)\b", text[lo:hi]) and not re.match(r"\w+['\u2019]s\b", text[start:end + 3]):
            # "by March", "until Friday": ahead, unless a verb right before says otherwise
            markers.append((start - 6, start - 6, FUTURE, lead.split()[-1], 0))
        for m in _FUTURE_PHRASES.finditer(text, lo, hi):
            if not start <= m.start() < end:
                w = re.sub(r"\s+", " ", m.group(0).lower())
                if _PLUPERFECT.search(text, max(lo, m.start() - 30), m.start()):
                    # "had been due to expire Friday": a plan seen from the past, now over
                    markers.append((m.start(), m.end(), PAST, m.group(0), 1))
                    continue
                markers.append((m.start(), m.end(), FUTURE, m.group(0), 2 if w in _STRONG_PHRASES else 1))
        last_future_end = -100
        for m in _WORD.finditer(text, lo, hi):
            if start <= m.start() < end:
                continue
            w = m.group(0)
            lw = w.lower()
            if lw == "next" and text.startswith(" to", m.end()):
                continue  # "next to": a place
            if lw in _FUTURE_WORDS and lw != "would" and _PLUPERFECT.search(text, max(lo, m.start() - 30), m.start()):
                markers.append((m.start(), m.end(), PAST, w, 1))  # "had been scheduled to close Monday"
            elif lw in _FUTURE_WORDS or lw.endswith(("'ll", "\u2019ll")):
                markers.append((m.start(), m.end(), FUTURE, w, 1 if lw != "would" else 0))
                last_future_end = m.end()
            elif lw in _PAST_WORDS or (lw.endswith("ed") and len(lw) > 3 and lw not in _NOT_PAST
                                       and not lw.startswith("un")):  # "unspecified", "undisclosed": adjectives
                if m.start() - last_future_end <= 16 and _AUX_GAP.fullmatch(text, last_future_end, m.start()):
                    markers.append((m.start(), m.end(), FUTURE, w, 0))  # "will be held"
                    last_future_end = m.end()
                else:
                    markers.append((m.start(), m.end(), PAST, w, 0))
            elif lw in _PRESENT_WORDS:
                markers.append((m.start(), m.end(), PRESENT, w, 0))
        # "agreed to buy it in January": an infinitive between a past verb and the date looks ahead
        for m in _INFINITIVE.finditer(text, max(lo, start - 80), start):
            if _TO_NOUN.match(m.group(0).split()[-1]):
                continue
            prev = _WORDS_BEFORE.search(text, max(0, m.start() - 40), m.start())
            if prev is None or prev.group(1).lower() not in _INTENT_HEADS or \
                    _PLUPERFECT.search(text, max(0, prev.start() - 30), prev.start()):
                continue  # "had planned to sign it Friday": seen from the past
            markers.append((m.start(), m.end(), FUTURE, m.group(0), 0))
        best = None
        for ms, me, kind, word, strong in markers:
            dist = (start - me) if me <= start else (ms - end) + 40
            if strong == 2 and start - me <= 2:
                dist -= 100  # "between now and January 20th": the date is ahead whatever the verb
            elif strong:
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
