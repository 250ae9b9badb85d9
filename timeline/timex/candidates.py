"""Where the grammar is worth trying: candidate positions, found in one pass.

Only a word that can begin a time expression, a number, or '90 is a
candidate; frequent words ("the", "a", "in", "more") and numbers count only
when what follows can make a time expression of them ("the past three years",
"at least 72 hours", "8 p.m.", "3rd of January", "90 days") — so that the
grammar runs at a few thousand places per megabyte instead of at every word.
"""
from __future__ import annotations

import re
from typing import Iterator

from . import lexicon as L
from . import recache

# Words a time expression can begin with: the grammar is only tried where one
# of these (or a digit, or an apostrophe before two digits) starts a token.
TRIGGER_WORDS = frozenset(
    [w.lower().rstrip(".") for w in L.MONTHS] + [w for w in L.WEEKDAYS] + [w + "s" for w in L.WEEKDAYS]
    + [w.split()[0].rstrip(".'") for w in list(L.FIXED_HOLIDAYS) + list(L.MOVABLE_HOLIDAYS)]
    + [w for w in L.NUMBER_WORDS if " " not in w] + [w for w in L.ORDINALS]
    + [w.split("-")[0] for w in L.ORDINALS]
    + list(L.SEASONS) + list(L.UNITS) + [u + "s" for u in L.UNITS]
    + """the this that these those its his her their in on at by for as up no not until till from before after
    around about approximately roughly circa shortly just nearly almost some more less fewer only barely over under
    close well within full mere additional another last next past coming previous current following latest present
    upcoming same prior early late mid middle wee small pre predawn later earlier yesterday today tomorrow tonight
    overnight noon midnight midday several few many couple number dozen dozens hundreds half fiscal financial
    calendar model fy final most recent year quarter q1 q2 q3 q4 h1 h2 every each per once twice daily weekly
    monthly annually yearly hourly quarterly nightly biweekly bimonthly biannually semiannually semi fortnightly
    now right currently presently nowadays recently lately someday sooner end beginning
    start turn twenties thirties forties fifties sixties seventies eighties nineties centuries decades years months
    weeks days hours minutes initial ensuing succeeding subsequent entire whole remaining preceding intervening
    twenty thirty forty fifty sixty seventy eighty ninety hundred thousand future dawn daybreak dusk nightfall""".split()) - frozenset(
    "day night week month minute hour fortnight season centurie".split())
# Frequent words that begin a time expression only when the next word could too
# ("the past three years", "at least 72 hours", "in the coming days").
STOP_TRIGGERS = frozenset("""the a an in for that on from at by as his its their her this these those not more no
    up over under after before about some only most many one first second third fourth new well close just
    until till within once financial good small another half right end each year two three four five six seven eight
    early late mid later earlier
    nine ten eleven twelve twenty thirty forty fifty sixty seventy eighty ninety several few many""".split())
_QTY_NEXT = frozenset(L.NUMBER_WORDS) | frozenset("a an one several few couple dozen dozens hundreds half".split())
# what must follow the commonest of them (any word in NEXT_OK otherwise)
STOP_NEXT = {
    "in": frozenset(), "on": frozenset(), "from": frozenset(["now"]), "by": frozenset(["now", "then"]),
    "for": frozenset(["time"]), "as": frozenset("soon early many much".split()), "that": frozenset(L.UNITS) | {"same", "morning", "afternoon", "evening"} | frozenset(L.MONTHS),
    "up": frozenset(["to"]), "until": frozenset(["now"]), "till": frozenset(["now"]), "after": _QTY_NEXT,
    "before": _QTY_NEXT, "at": frozenset("least present moment this".split()), "not": frozenset(["more"]),
    "no": frozenset(["more", "later", "earlier"]), "more": frozenset(["than"]), "about": _QTY_NEXT,
    "over": _QTY_NEXT, "under": _QTY_NEXT, "only": _QTY_NEXT, "some": _QTY_NEXT | frozenset(L.UNITS),
    "his": _QTY_NEXT, "her": _QTY_NEXT, "its": _QTY_NEXT | frozenset(["first", "second", "third", "fourth", "fiscal"]),
    "their": _QTY_NEXT | frozenset(["first", "second", "third", "fourth", "fiscal"]), "new": frozenset(["year"]),
    "well": frozenset(["over"]), "close": frozenset(["to"]), "within": _QTY_NEXT, "just": _QTY_NEXT | {"now"},
    "financial": frozenset("year quarter first second third fourth".split()), "good": frozenset(["friday"]),
    "small": frozenset(["hours"]), "another": _QTY_NEXT | frozenset(L.UNITS), "half": frozenset(["a", "an"]),
    "right": frozenset(["now"]), "end": frozenset(["of"]),
    "a": _QTY_NEXT | frozenset(L.UNITS) | frozenset("full mere year-earlier year-ago".split()),
    "an": _QTY_NEXT | frozenset(L.UNITS) | frozenset("additional hour".split()),
    "the": frozenset("""past last next coming previous following first second third fourth final latest current present
        same end beginning start middle close turn day night morning afternoon evening week weekend month year quarter
        period early late mid future near short long distant foreseeable fiscal calendar full whole entire recent
        weeks months years days decades hours ensuing subsequent remaining initial intervening preceding wee small
        pre predawn very nineties eighties seventies sixties fifties forties thirties twenties spring summer fall
        autumn winter comparable corresponding year-earlier year-ago day-long nine six three two four five seven eight
        ten twelve eleven""".split()) | frozenset(L.MONTHS) | frozenset(L.ORDINALS) | frozenset(L.WEEKDAYS),
}
_NUMBER_WORD_NEXT = (frozenset(L.UNITS) | frozenset(u + "s" for u in L.UNITS) | frozenset(L.NUMBER_WORDS) | frozenset(
    """centuries millennia more additional full straight consecutive successive times o or to and quarters
    trading business working
    years months weeks days hours minutes decades""".split()))
for _w in "two three four five six seven eight nine ten eleven twelve twenty thirty forty fifty sixty seventy eighty ninety several few many".split():
    STOP_NEXT[_w] = _NUMBER_WORD_NEXT
STOP_NEXT["each"] = frozenset(L.UNITS) | frozenset(L.WEEKDAYS) | frozenset(L.MONTHS) | frozenset(L.NUMBER_WORDS) | {
    "other", "morning", "evening", "afternoon", "night", "spring", "summer", "fall", "autumn", "winter"}
STOP_NEXT["year"] = frozenset("earlier ago end s".split())
# "second" begins a time expression only as the ordinal of a quarter or half ("second-quarter profit")
STOP_NEXT["second"] = frozenset("quarter quarters half fiscal".split())
# a number right after these never makes them part of the expression ("in 1990": only 1990 is)
DIGIT_AFTER_OK = frozenset("""the about around nearly almost some over under within only just his her its their another
    a up at some more""".split())
NEXT_OK = TRIGGER_WORDS | frozenset(L.UNITS) | frozenset("future near short long medium distant foreseeable time moment least to very than morning "
                                              "afternoon evening night".split())
NEXT_WORD = recache.compile(r"[\s'\u2019-]*(?:the\s+)?([A-Za-z]+|\d)")
# after a number: what makes it worth reading (a month, a unit, a.m., an ordinal suffix...)
NUMBER_CONTEXT = recache.compile(r"\d{4}(?!\d)|\d{1,2}[/.]\d{1,2}[/.]\d\d|\d{1,2}[:.]\d\d\s?[aApP]\.?[mM]|\d{1,2}:\d\d|\d[\d,.]{0,15}(?:\s+\d/\d)?[\s-]*(?:(?:st|nd|rd|th)\b[\s-]*)?([A-Za-z]+)")
NUMBER_NEXT = (TRIGGER_WORDS | frozenset(L.UNITS)
               | frozenset("am pm o s st nd rd th trading business working".split())) - {"a", "an"}
# after a number, these words count only in their time-of-day or date use
NUMBER_NEXT_SPECIAL = recache.compile(r"(?i)[ap]\.?\s?m\b|(?:in|at)\s+(?:the\s+)?(?:morning|afternoon|evening|night)|"
                                 r"of\s+[A-Z][a-z]{2}|(?:to|or|-)\s*(?:\d|[a-z]+\s+(?:years|months|weeks|days|hours))")



# words that may follow a trigger but begin no rule themselves
NOT_START = frozenset("""same number start turn additional following after before from beginning middle close very whole
    entire full most""".split())
START_WORDS = TRIGGER_WORDS - NOT_START


def _forms(w: str) -> tuple[str, ...]:
    if w in L.MONTHS and len(w) > 4:
        return (L.cap(w), w.upper())  # "SEPTEMBER 2001" in a headline (read only before a year)
    if w in L.MONTHS or w in L.WEEKDAYS or w.rstrip("s") in L.WEEKDAYS:
        return (L.cap(w),)  # "may", "march", "sun" in lower case are never dates
    return (w, L.cap(w))


# after "more", "at", "up", "as": the quantity must follow ("more than 100 days", "at least a week")
APPROX_AHEAD = recache.compile(
    r"(?i)at\s+(?:present|the\s+moment|this\s+time)\b|[a-z]+\s+(?:than|least|to|many\s+as|much\s+as|soon\s+as|early\s+as|late\s+as)\s+(?:\d|possible|now|"
    r"(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|sixty|"
    r"several|few|couple|dozen|dozens|hundreds|half|next|this|last|early|mid|late|the|Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|"
    r"Sep|Oct|Nov|Dec|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|noon|midnight)\b)")
APPROX_STARTS = frozenset("more less fewer at up as".split())
# "the two", "the first", "the same", "the end": only with a time word right after
THE_WEAK = frozenset(L.NUMBER_WORDS) | frozenset(w for w in L.ORDINALS if w != "last") | frozenset(
    "same end close beginning start middle turn latest recent current entire whole full long short".split())
THE_THIRD = recache.compile(r"[\s-]+[A-Za-z]+[\s-]+(?:(?:of|few|several|and|or|to|half)\b|\d|" + L.alt(
    sorted({f for w in list(L.UNITS) + [u + "s" for u in L.UNITS] + ["centuries", "millennia", "nine", "six", "three",
                                                                      "two", "four", "quarters", "period", "hours",
                                                                      "term", "future", "fiscal", "calendar"] + list(L.NUMBER_WORDS)
            for f in (w, L.cap(w))})) + r"\b)")
# the places worth trying the grammar at: a trigger word, a number, or '90
CANDIDATE = recache.compile(r"(?<![\w])(?:[0-9]|FY(?=\s?\d)|" + L.alt(sorted({f for w in START_WORDS for f in _forms(w)}))
                       + r"(?![\w]))|['\u2019][0-9]")


def candidates(text: str) -> Iterator[int]:
    """Start offsets in `text` where a time expression may begin, in order."""
    for tok in CANDIDATE.finditer(text):
        start = tok.start()
        w = tok.group()
        c0 = w[0]
        if c0.isdigit():
            if start and text[start - 1] in "$\u00a3\u20ac#":
                continue  # a price or a number sign
            if not _number_may_be_time(text, start):
                continue
        elif c0 not in "'\u2019":
            lw = w.lower()
            if lw in STOP_TRIGGERS:
                if lw in APPROX_STARTS and APPROX_AHEAD.match(text, start) is None:
                    continue
                nx = NEXT_WORD.match(text, tok.end())
                if nx is None:
                    continue
                nw = nx.group(1)
                if lw == "the" and nw.lower() in THE_WEAK and THE_THIRD.match(text, tok.end()) is None:
                    continue
                if nw[0].isdigit():
                    if lw not in DIGIT_AFTER_OK or not _number_may_be_time(text, nx.start(1)):
                        continue
                elif nw.lower() not in STOP_NEXT.get(lw, NEXT_OK):
                    continue
        yield start


# "on the 28th": a day of the month being told, whatever follows
_DAY_ORDINAL = recache.compile(r"(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)\b")
_DAY_ORDINAL_BEFORE = recache.compile(r"\b(?:[Oo]n|[Bb]y|until|till)\s+the\s+$")


def _number_may_be_time(text: str, i: int) -> bool:
    if _DAY_ORDINAL.match(text, i) and _DAY_ORDINAL_BEFORE.search(text, max(0, i - 12), i):
        return True
    c = NUMBER_CONTEXT.match(text, i)
    return c is not None and (c.group(1) is None or c.group(1).lower() in NUMBER_NEXT
                              or NUMBER_NEXT_SPECIAL.match(text, c.start(1)) is not None)
