"""Anchoring: what a relative expression is resolved against, and which way.

- The reference date (publication date of the article) anchors deictic
  expressions: today, last week, on Sunday, in November.
- The narrative reference (the most recent explicit date read so far) anchors
  anaphoric ones: two days later, the next day, that month.
- The year frame (the last year written out in the paragraph: "In 1941, ...",
  "On 1 September 1939 ...") anchors later dates without a year in that
  paragraph, as a reader of a story told in the past does: "In December, Japan
  attacked Pearl Harbor" is December 1941, not the December before publication.
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
from . import lexicon as L
from . import recache

PAST, FUTURE, PRESENT = -1, 1, 0

# Words that put a clause in the future (modal or scheduled) or in the past.
_FUTURE_WORDS = frozenset("""will shall won't won\u2019t wo gonna upcoming forthcoming next coming would scheduled slated
    starting""".split())
_FUTURE_PHRASES = recache.compile(
    r"(?i)\b(?:should\s+(?!(?:have|not\s+have|\w+n't\s+have)\b)(?=[a-z])|going\s+to|plans?\s+to|planning\s+to|intends?\s+to|is\s+to|are\s+to|set\s+to|due\s+to|"
    r"expected\s+to|poised\s+to|(?:is|are)\s+expected|expects?\s+to|(?:expects?|predicts?|forecasts?)\s+(?:[\w-]+\s+){1,3}?to\s+(?!(?:the|a|an)\b)[a-z]+|hopes?\s+to|aims?\s+to|between\s+now\s+and|from\s+now|as\s+(?:soon|early)\s+as|"
    r"no\s+later\s+than|(?:is|are)\s+(?:set|scheduled|slated|planned|due)\s+(?:for|to|on)|(?:is|are)\s+due|"
    r"(?:set|scheduled|slated|planned)\s+for|to\s+be\s+(?:[a-z]+ed|[a-z]+en|held|made|paid|sold|built|set|put|run|"
    r"won|told|met|sent|shut|cut|read)|"
    # an obligation with a deadline, a deadline set: "must be returned by 12:00 on Saturday", "sets Saturday deadline"
    r"must\s+(?!have\b)(?:be\s+)?[a-z]+(?:ed|en)?(?=\s+(?:[\w-]+\s+){0,3}?(?:by|before|until)\b)|"
    r"(?:sets?|gives?|gave|issued|imposed)\s+(?:an?\s+|the\s+)?(?=\w+\s+deadline\b))\b")
_STRONG_PHRASES = ("between now and", "as soon as", "as early as", "no later than")
_PAST_WORDS = frozenset("""was were had did didn't didn\u2019t been ago last earlier previously said told took made came
    went gave met left began fell rose won lost held killed saw struck hit shot sent led got brought fought found thought
    spoke wrote became ran stood kept paid sold bought set put cut overran retook drove swept fled flew threw blew broke
    chose froze stole tore swore rode slew shook withdrew overthrew undertook overtook arose sought taught caught built
    spent meant dealt felt sank rang sprang underwent oversaw forbade hung stuck swung dug strove laid""".split())
_PRESENT_WORDS = frozenset("is are am now currently today".split())
_NOT_PAST = {"need", "speed", "indeed", "feed", "seed", "bed", "red", "shed", "bleed", "breed",
             "proceed", "succeed", "exceed", "creed", "embed", "hundred", "based", "bred",
             "united", "limited", "related", "expected", "scheduled", "slated", "proposed",
             "planned", "alleged", "armed", "called", "named", "supposed", "concerned",
             "interested", "involved", "detailed", "advanced", "experienced", "sacred", "wed", "used",
             "preferred", "restricted", "registered", "classified", "diversified", "integrated"}
_WORD = recache.compile(r"(?<![0-9])[A-Za-z]+(?:['\u2019][A-Za-z]+)?")
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
# the nouns among those heads: the object of a past verb ("signed a deal to buy", "extended their offers to
# acquire"), where a bare weekday after the infinitive dates the act told, as news writes it
_INTENT_NOUNS = frozenset("""plan plans agreement agreements deal deals offer offers bid bids proposal proposals
    decision move vote promise pledge threat order orders request intention effort efforts commitment push
    campaign bill""".split())
_PAST_BEFORE_NOUN = recache.compile(r"(?i)\b(?!(?:need|speed|feed|seed|red|based|united|expected|proposed|planned)\b)"
                                    r"(?:[a-z]{3,}ed|made|gave|sent|struck|won|put|took|got|brought|drew|laid)\s+"
                                    r"(?:(?:a|an|the|its|their|his|her|our|new|fresh|joint|rival|formal|\w+['\u2019]s)\s+){0,2}$")
_WEEKDAY_SPAN = recache.compile(rf"(?i)(?:(?:last|this|next|on|early|late)\s+)?{L.WEEKDAY}")
_TO_NOUN = recache.compile(r"(?:death|power|office|court|trial|prison|jail|justice|safety|hospital|school|work|bed|"
                      r"church|market|war|rest|life|light|mind|fruition|account|bear|hand|heart|task|dinner|"
                      r"lunch|breakfast|town|sea|shore|land|home)\b")
_AUX_GAP = recache.compile(r"\s+(?:(?:not|also|still|never|only|soon|then|probably|likely|\w+ly)\s+)?(?:to\s+(?=be\s|have\s))?"
                           r"(?:be\s+|have\s+|have\s+been\s+|remain\s+|stay\s+)?")
# a verb whose object is to act later, then that object: "called on supporters (to march)"
_OBJECT_CONTROL = recache.compile(r"(?i)\b(urged?|urges|urging|call(?:ed|s|ing)?(?=\s+on\b)|asked|asks?|ordered|orders?|"
                                  r"told|tells?|invited|invites?|encouraged|encourages?|instructed|instructs?|"
                                  r"directed|persuaded|summoned)(?:\s+on)?\s+(?:[\w'\u2019-]+\s+){1,3}$")
_REPORTING_AFTER = frozenset("said told added announced reported stated confirmed".split())
_ATTRIBUTION_GAP = recache.compile(r"[^,;.!?]{0,40},\s+(?:[\w'\u2019.-]+\s+){0,5}")
_WORDS_BEFORE = recache.compile(r"([A-Za-z]+)\s+(?:(?:not|also|still|never|only|soon|then|\w+ly)\s+)?$")
_PLUPERFECT = recache.compile(r"(?i)\bhad\s+(?:(?:already|previously|originally|initially|also|\w+ly)\s+)?(?:been\s+)?$")
_ABBREV = recache.compile(r"(?:\b[A-Z][a-z]{0,3}|\b[A-Z](?:\.[A-Z])+|\b(?:[a-z]\.)+[a-z]|\b(?:Sept|Gov|Gen|Rep|Sen|Col|Capt|Lt|Sgt|Adm|Prof|Corp|Inc|Ltd|Bros|vs|v))$")
_SENT_END = recache.compile(r"[.!?][\"'\u201d\u2019)]*\s+(?=[\"'\u201c\u2018(]?[A-Z0-9])")
# words whose full stop does not end a sentence ("Gen. Qasem", "Jan. 3", "U.S. forces", "J. Smith")
_TITLE_ABBREV = recache.compile(r"(?:\b[A-Z]|\b(?:[A-Z]\.)+[A-Z]|\b(?:Mr|Mrs|Ms|Dr|St|Jr|Sr|Gen|Col|Lt|Sgt|Capt|Gov|"
                                r"Sen|Rep|Prof|Maj|Adm|Rev|Ft|Mt|Spc|Spec|Pfc|Pvt|Cpl|Cmdr|Cdr|Brig|Amb|Insp|Supt|Det|Hon|"
                                r"Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|"
                                r"No|Nos|Corp|Co|Bros|vs|[a-z]\.[a-z]))$")
# "since" governing the phrase of a year: "since 2014", "ever since coups in August 2020 and May 2021"
_SINCE_GAP = recache.compile(r"[^,;:.!?()\u2014\u2013\"\u201c\u201d]*")
_RELATIVE_AT = recache.compile(r"(?i),\s*(?:who|which)\b[^,;:.!?()]*")
_FRAME_PREP = recache.compile(r"(?i)\b(?:in|on|during|by|until|till|through|from)\s+$")
# what may come before a year that frames its sentence: "In 1941, ...", "By the end of 1942 ...",
# "On 1 September 1939 ...", "Late in 1943 ...", "Then, in 1944 ..."
_FRAME_LEAD = recache.compile(r"(?i)[\"'\u201c\u2018(]?(?:(?:then|and|but|so|later|earlier|finally|meanwhile),?\s+)?"
                              r"(?:(?:in|on|by|during|from|until|till|after|before|early|late|mid|around|the|end|start|"
                              r"beginning|middle|summer|spring|autumn|fall|winter|of|later|earlier|morning|afternoon|"
                              r"evening|night|dawn|day|days|week|weeks|month|months|hours)\s+){0,5}")
# a verb that puts a date ahead of the time it is told, and the preposition that brings the date
_SCHEDULED = recache.compile(
    r"(?i)\b(set|sets|setting|scheduled|schedules|rescheduled|reschedules|postponed|postpones|postpone|delayed|"
    r"delays|delay|adjourned|adjourns|adjourn|deferred|defers|defer|put\s+off|pushed\s+back|recessed|recesses|"
    r"extended|extends|extend|(?:called|calls|call|planned|plans|plan|announced|announces|organi[sz]ed|organi[sz]es)"
    r"(?=\s+(?:a|an|another|new|more|the|their|its)\s+(?:[\w-]+\s+){0,2}?(?:rally|rallies|protests?|marches|march|strikes?|"
    r"demonstrations?|sit-ins?|vigils?|meetings?|vote|summit|session|general\s+strike)\b))\b"
    r"[^.;:!?()\"\u201c\u201d]{0,60}?\b(for|until|till|to|through)\s+(?:the\s+)?$")
_BACK_BREAKS = ("? ", "! ", "; ", "\n", " -- ", " \u2014 ", " \u2013 ", ", but ", ", while ", ", although ", ", whereas ")


class Anchoring:
    """Per-text state: the reference date, clause boundaries and the narrative reference."""

    def __init__(self, text: str, ref: dt.date | None, sentences: list[Sentence] | None = None):
        self.text = text
        self.ref = ref
        self.narrative: dt.date | None = None  # last explicit day read
        self.narrative_pos = -1
        self.told_day: tuple[dt.date, int] | None = None  # last day that dated only a saying, and where
        self.narrative_period_end = False
        self.quarter: tuple[int, int] | None = None  # last quarter read (year, q)
        self.quarter_pos = -10**9
        self.months_period_pos = -10**9
        self.month: tuple[int, int] | None = None
        self.year: int | None = None
        # (year, position, paragraph start, frames its own sentence, heads its sentence) of the last year written out
        self.frame: tuple[int, int, int, bool, bool] | None = None
        self.written_years: list[tuple[int, int]] = []  # (position, year) of every year written out, in order
        self._line_breaks: list[int] | None = None
        self.period: tuple[dt.date, str, int] | None = None  # last month/season/quarter/year read
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
        found = self._tense(start, end, max(lo, start - 160), min(hi, end + 100))  # the governing verb is near
        if found[0] is None and (lo < start - 160 or hi > end + 100):
            # "In January, a week after the anniversary of ..., a bombing ... killed": further off
            found = self._tense(start, end, lo, hi)
        return found

    def _tense(self, start: int, end: int, lo: int, hi: int) -> tuple[int | None, str]:
        text = self.text
        lead = text[max(lo, start - 14):start].lower()
        if re.search(r"\bsince\s+(?:the\s+)?$", lead):  # "since May 4", "since the Sept. 11 attacks"
            return PAST, "since"
        markers = []  # (position, end, kind, word, strong)
        sched = _SCHEDULED.search(text, max(lo, start - 90), start)
        if sched and not _PLUPERFECT.search(text, max(lo, sched.start() - 30), sched.start()):
            # "set sentencing for June 16", "was postponed until May 22": a date set ahead, whatever the tense
            w = re.sub(r"\s+", " ", f"{sched.group(1)} {sched.group(2)}".lower())
            markers.append((start - 1, start - 1, FUTURE, w, 1))
        phrase_ends = []  # where a future phrase ends ("is due to", "set to"): a participle after it is no past
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
                phrase_ends.append(m.end())
        last_future_end = -100
        for m in _WORD.finditer(text, lo, hi):
            if start <= m.start() < end or (m.start() > 0 and text[m.start() - 1] in "-\u2010\u2011") or (
                    text[m.end():m.end() + 1] in ("-", "\u2010", "\u2011") and text[m.end() + 1:m.end() + 2].isalpha()):
                continue  # (the expression itself; "Iran-backed", "well-armed", "closed-door": part of a compound adjective)
            w = m.group(0)
            lw = w.lower()
            if lw == "next" and text.startswith(" to", m.end()):
                continue  # "next to": a place
            if lw == "would" and text.startswith(("-be ", "-be\u00a0"), m.end()):
                continue  # "a would-be bomber": an adjective, no tense
            if lw in _FUTURE_WORDS and lw != "would" and _PLUPERFECT.search(text, max(lo, m.start() - 30), m.start()):
                markers.append((m.start(), m.end(), PAST, w, 1))  # "had been scheduled to close Monday"
            elif lw in _FUTURE_WORDS or lw.endswith(("'ll", "\u2019ll")):
                markers.append((m.start(), m.end(), FUTURE, w, 1 if lw != "would" else 0))
                last_future_end = m.end()
            elif lw in _PAST_WORDS or (lw.endswith("ed") and len(lw) > 3 and lw not in _NOT_PAST
                                       and not lw.startswith("un")  # "unspecified", "undisclosed": adjectives
                                       and not w[:1].isupper()):  # "Mohammed", "Ahmed": names
                after_future = [e for e in phrase_ends if e <= m.start()] + [last_future_end]
                fe = max(after_future)
                if m.start() - fe <= 16 and _AUX_GAP.fullmatch(text, fe, m.start()):
                    # "will be held", "is due to be replaced", "set to be sworn in"
                    markers.append((m.start(), m.end(), FUTURE, w, 0))
                    last_future_end = m.end()
                else:
                    markers.append((m.start(), m.end(), PAST, w, 0))
            elif lw in _PRESENT_WORDS:
                markers.append((m.start(), m.end(), PRESENT, w, 0))
        # "agreed to buy it in January": an infinitive between a past verb and the date looks ahead
        weekday = bool(_WEEKDAY_SPAN.match(text, start, end))
        for m in _INFINITIVE.finditer(text, max(lo, start - 80), start):
            if _TO_NOUN.match(m.group(0).split()[-1]):
                continue
            prev = _WORDS_BEFORE.search(text, max(0, m.start() - 40), m.start())
            if prev is not None and prev.group(1).lower() not in _INTENT_HEADS:
                # "called on supporters to march on Monday", "urged residents to leave by Friday"
                prev = _OBJECT_CONTROL.search(text, max(lo, m.start() - 60), m.start()) or prev
            if prev is None or prev.group(1).lower() not in _INTENT_HEADS or \
                    _PLUPERFECT.search(text, max(0, prev.start() - 30), prev.start()):
                continue  # "had planned to sign it Friday": seen from the past
            if weekday and prev.group(1).lower() in _INTENT_NOUNS and \
                    _PAST_BEFORE_NOUN.search(text, max(lo, prev.start() - 30), prev.start()):
                continue  # "extended their offers to acquire the company Friday": the weekday dates the act told
            markers.append((m.start(), m.end(), FUTURE, m.group(0), 0))
        if any(me <= start for _, me, _, _, _ in markers):
            # "... will meet on Wednesday, diplomats said": a reporting verb in the attribution after a
            # comma tells when it was said, not the time of the clause a verb before the date governs
            markers = [mk for mk in markers if mk[1] <= start or mk[3].lower() not in _REPORTING_AFTER
                       or not _ATTRIBUTION_GAP.fullmatch(text, end, mk[0])]
        best = None
        for ms, me, kind, word, strong in markers:
            dist = (start - me) if me <= start else (ms - end) + 40
            if strong == 2 and 0 <= start - me <= 2:  # right before the date, not somewhere after it
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
        self.narrative_period_end = False  # set by the caller when the day ends a report's period
        self.month = (d.year, d.month)
        self.year = d.year

    def note_quarter(self, y: int, q: int, pos: int) -> None:
        self.quarter, self.quarter_pos = (y, q), pos

    def paragraph_start(self, pos: int) -> int:
        if self._line_breaks is None:  # found once, so that the look-up stays cheap in a long text
            self._line_breaks = [m.start() for m in re.finditer("\n", self.text)]
        i = bisect.bisect_left(self._line_breaks, pos) - 1
        return self._line_breaks[i] + 1 if i >= 0 else 0

    def sentence_start(self, pos: int) -> int:
        """Start of the sentence holding `pos` (the given sentences, else the last full stop
        that is not an abbreviation's, within its paragraph)."""
        if self._sentences:
            i = bisect.bisect_right(self._sent_starts, pos) - 1
            if i >= 0:
                return self._sentences[i][0]
        para = max(self.paragraph_start(pos), pos - 1000)
        best = para
        for m in _SENT_END.finditer(self.text, para, pos + 2):  # the look-ahead sees the next capital
            if m.end() <= pos and not _TITLE_ABBREV.search(self.text, max(para, m.start() - 6), m.start()):
                best = m.end()
        return best

    def note_frame(self, year: int, start: int, dated: bool = False, counted: bool = False) -> None:
        """A year written out at `start` that sets the time of the story: at the head of its
        sentence ("In 1941, ...", "On May 22, 1995, ..."), or a dated adverbial ("invaded Norway
        in April 1940"); later dates without a year in the paragraph lie in it.  A year inside
        a sentence ("formed in 2014", "since 1980", "the August 1988 cease-fire") sets nothing, nor
        does a year governed by "since" ("ruled Mali since coups in August 2020"); a dated adverbial
        in a sentence that names another year is background too (see `frame_year`).  A year counted
        from the story (`counted`: "On May 22, 1995, he was made general, and the following year he
        was appointed ...") moves a story already told by its year on wherever it stands: a later "in
        December" is in 1996.  With no year framing the paragraph ("became president in 2010 and was
        re-elected five years later. A constitution approved in March ...") it sets nothing."""
        sent = self.sentence_start(start)
        if self._since_governs(max(sent, start - 130), start):
            return  # "ruled Mali since coups in August 2020": where a state of things began, not the story's time
        if _FRAME_LEAD.fullmatch(self.text, sent, start) or (
                counted and self.frame is not None and self.frame[2] == self.paragraph_start(start)
                and not self._in_relative_clause(max(sent, start - 120), start)):
            self.frame = (year, start, self.paragraph_start(start), True, True)
        elif dated and _FRAME_PREP.search(self.text, max(sent, start - 12), start) \
                and not self._in_relative_clause(max(sent, start - 120), start):
            # (not in a relative clause: "the Houthis, who swept into Sanaa in September 2014, have ...": background)
            self.frame = (year, start, self.paragraph_start(start), True, False)

    def note_written_year(self, year: int, start: int) -> None:
        """A year written out at `start` (whether or not it frames the story); one governed by
        "since" is background whatever else the sentence says, and counts for nothing."""
        if not self._since_governs(max(self.sentence_start(start), start - 130), start):
            self.written_years.append((start, year))

    def _since_governs(self, lo: int, start: int) -> bool:
        """Whether "since" governs the phrase that ends at `start` ("since 2014", "ever since coups in August
        2020 and May 2021"): the last "since" in text[lo:start], with no punctuation after it (one linear scan)."""
        text, hi = self.text, start
        while True:
            k = max(text.rfind("since", lo, hi), text.rfind("Since", lo, hi), text.rfind("SINCE", lo, hi))
            if k < 0:
                return False
            if (k > 0 and (text[k - 1].isalnum() or text[k - 1] == "_")) or (k + 5 < len(text) and (
                    text[k + 5].isalnum() or text[k + 5] == "_")):
                hi = k  # inside a word ("Sincerely"): look further back
                continue
            return _SINCE_GAP.fullmatch(text, k + 5, start) is not None

    def _in_relative_clause(self, lo: int, start: int) -> bool:
        """Whether `start` lies in a relative clause set off by a comma ("the Houthis, who swept into Sanaa in
        September 2014, ..."): the last comma before it opens "who"/"which" and no punctuation follows."""
        k = self.text.rfind(",", lo, start)
        return k >= 0 and _RELATIVE_AT.fullmatch(self.text, k, start) is not None

    def _other_year_in_sentence(self, year: int, fpos: int, pos: int) -> bool:
        """Whether the sentence of the year at `fpos` names another year (before `pos`): a sentence
        with two years ("took power in August 2020 and again in May 2021") gives background, not the story's time."""
        sent = self.sentence_start(fpos)
        i = bisect.bisect_left(self.written_years, (sent, -1))
        for p, y in self.written_years[i:]:
            if p >= pos:
                break
            if y != year and self.sentence_start(p) == sent:
                return True
        return False

    def end_frame(self) -> None:
        """A date read from the publication ("last week", "this year"): the story is back in the present."""
        self.frame = None

    def frame_year(self, pos: int) -> int | None:
        """The year framing a date without a year at `pos`: the last year written out in the same
        paragraph, in an earlier sentence or at the head of this one ("In 1941, ... on 22 June");
        a year inside the sentence ("the PMF, formed in 2014, attacked in December") frames nothing."""
        if self.frame is None:
            return None
        year, fpos, para, initial, lead = self.frame
        if self.paragraph_start(pos) != para:
            return None
        if not initial and self.sentence_start(pos) <= fpos:
            return None
        if not lead and self._other_year_in_sentence(year, fpos, pos):
            return None  # a year at the head of its sentence ("In 1941, Germany, allied since 1936, ...") still frames
        return year

    def note_period(self, start: dt.date, granularity: str, pos: int) -> None:
        """A month, season, quarter or year read at `pos` ("in June of that year", "in 2014")."""
        self.period = (start, granularity, pos)

    def narrative_base(self, unit: str) -> tuple[dt.date | None, str]:
        """What 'three years later' counts from: the last day read, unless a month or a year was read
        after it and the count is in units at least that coarse ("In June 2014 ... Three years later")."""
        if self.period is not None and self.period[2] > self.narrative_pos:
            start, gran, _ = self.period
            coarse = {"year": ("Y", "E", "C"), "month": ("M", "Q", "Y", "E", "C"), "season": ("M", "Q", "Y", "E", "C"),
                      "quarter": ("Q", "Y", "E", "C")}.get(gran, ())
            if unit in coarse:
                return start, "narrative"
        return self.narrative_day()

    def narrative_day(self) -> tuple[dt.date | None, str]:
        """The day anaphoric expressions count from: the last explicit day, else the reference date."""
        if self.narrative is not None:
            return self.narrative, "narrative"
        return self.ref, "publication"

    def note_months_period(self, pos: int) -> None:
        """A report's longer period ("the nine months", "the first half") named after its quarter."""
        self.months_period_pos = pos

    def year_ago_quarter(self, pos: int) -> tuple[int, int] | None:
        """The quarter that "a year earlier" / "the year-ago period" compares with, if it is the
        period last named: after "for the nine months, ... a year earlier" the comparison is
        with the year before, not with a quarter."""
        q = self.recent_quarter(pos)
        if q is not None and self.quarter_pos < self.months_period_pos < pos:
            return None
        return q

    def recent_quarter(self, pos: int, window: int = 1500) -> tuple[int, int] | None:
        if self.quarter and pos - self.quarter_pos <= window:
            return self.quarter
        return None
