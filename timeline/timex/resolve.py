"""Productions: from a grammar match to a TIMEX3 reading (`Found`).

`Resolver` holds the per-text anchoring state and implements one method per
kind of expression.  A method returns None to reject the match (a name, a
verb, a count), which lets the next rule try.
"""
from __future__ import annotations

import bisect
import datetime as dt
import re

from . import lexicon as L
from . import recache
from .anchoring import FUTURE, PAST, PRESENT, Anchoring
from .anniversaries import anniversary_near
from .calendar import (SEASON_MONTHS, duration_value, movable_holiday, quarter_of, shift,
                       valid_date, value_at, week_value, weekday_near)
from .found import Found

_DIR_WORD = {PAST: "past", FUTURE: "future", PRESENT: "present", None: "no tense"}
_PREP_BEFORE_MONTH = recache.compile(
    r"(?i)(?:\b(?:in|since|until|till|by|from|through|thru|to|of|during|before|after|between|and|or|early|late|"
    r"mid|last|next|this|that|each|every|end\s+of|beginning\s+of|start\s+of|middle\s+of|on|for|as\s+of|around|"
    r"throughout|into|over|than|about|circa|starting|beginning|ending|ended|until|,)\s*|mid-)$")
_SENT_START = recache.compile(r"(?:^|[.!?:;\"\u201c\u201d(]\s*|\n\s*)$")
# a present-tense verb of schedule right before a date: "meet Monday", "resumes on Tuesday", "is Friday"
_SCHEDULE_VERB = recache.compile(
    r"(?i)\b(meets?|begins?|starts?|opens?|resumes?|reopens?|closes?|ends?|votes?|visits?|travels?|leaves?|"
    r"arrives?|returns?|convenes?|reconvenes?|hears?|testif(?:y|ies)|expires?|takes?\s+effect|goes\s+into\s+effect|"
    r"kicks?\s+off|takes?\s+office|steps?\s+down|is|are)\s+(?:(?:here|there|again|jointly|separately|together|only|"
    r"formally|officially)\s+)?"
    r"(?:on\s+|in\s+|at\s+|until\s+|through\s+)?$")
# between a past verb and its date: the verb's own phrase ending in "on", with no plan, deadline,
# modal or new clause in it ("attacked southern Israel on Oct. 7", "was killed on Jan. 3")
_FIRM_GAP = recache.compile(r"(?i)(?![^,;]*\b(?:to|payable|due|until|till|by|before|ahead|deadline|expire[sd]?|"
                            r"may|might|will|would|could|should|can)\b)(?:[^,;:()\"\u201c\u201d\n]{0,40}\b"
                            # "elected Aoun, the former army commander, on Jan. 9": an apposition to the object
                            r"|[^,;:()\"\u201c\u201d\n]{0,30},\s+(?:the|a|an)\s+(?![^,]*\b(?:to|payable|due|until|by|before|"
                            r"deadline|will|would)\b)[^,;:()\"\u201c\u201d\n]{1,50},\s+)on\s+")
_ENDED = recache.compile(rf"\s+(?P<w>ended|ending)\b(?:\s+(?P<mon>{L.MONTH_ANY})\s+(?P<d>{L.DAY})\b)?")
# "today's world", "today's young people", "in today's dollars", "the youth of today": the present age
_GENERIC_NOUNS = ("world|society|societies|youth|young|children|kids|teenagers|teens|students|parents|families|people|"
                  "generation|generations|economy|economies|standards|terms|dollars|money|technology|technologies|"
                  "computers|machines|cars|weapons|military|armies|soldiers|politics|climate|culture|media|music|"
                  "movies|films|era|age|times|environment|reality|realities|America|Americans|Europe|Africa|Asia")
_GENERIC_AFTER_TODAY = recache.compile(  # up to two modifiers ("today's fast-changing world"), never a preposition
    rf"['\u2019]s\s+(?:(?!(?:with|of|for|on|in|at|by|to|and|or|from|about|over|against|between)\s)[a-z]+(?:-[a-z]+)*\s+)"
    rf"{{0,2}}?(?:{_GENERIC_NOUNS})\b")
_GENERIC_BEFORE_OF_TODAY = recache.compile(rf"\b(?:{_GENERIC_NOUNS})\s+of\s+$")
# "weaker today than at any time in its history", "more dangerous today than ever": the present age
# set against other times, not the day of publication
_TODAY_COMPARED = recache.compile(r"\s+than\s+(?:at\s+any\s+(?:other\s+)?(?:time|point|moment)|ever|before|in\s+(?:the|any)\b|"
                                  r"(?:at|in|during)\s+(?:any|the)\b|it\s+(?:was|has\s+been)|they\s+(?:were|have\s+been)|"
                                  r"(?:\w+\s+){0,2}(?:years?|decades?|generations?)\s+ago)")
_FOR_AT_SENTENCE_START = recache.compile(r"(?:^|[.!?:;\n\"\u201c]\s*)For\s+$")
_LINE_START = recache.compile(r"(?:^|[.!?]\s+|\n\s*)$")
_CAP_WORD_BEFORE = recache.compile(r"([A-Z][\w.'\u2019-]*)\s+$")
_WD_BLOCK_BEFORE = {"bloody", "black", "super", "ash", "palm", "cyber", "holy", "maundy", "shrove", "fat", "blue",
                    "manic", "giving", "mad", "good", "easter", "whit", "low", "plough", "red"}
_WD_BLOCK_AFTER = recache.compile(r"\s+(?:Times|Telegraph|Express|Mirror|Mail|Herald|Post|Independent|Star|Tribune|"
                             r"Observer|People|Night\s+Football|Night\s+Raw|Bloody|Sport|Business\s+Post|Edition)\b")
_COUNT_CONTEXT = recache.compile(r"(?i)(?:\d|million|billion|thousand|percent|%|cents?|dollars?|euros?|pounds?|"
                            r"times|once|twice|\$[\d.,]+\s*\w*)\s*$")
_UNIT_CODE = {"second": "S", "seconds": "S", "minute": "MIN", "minutes": "MIN", "hour": "H", "hours": "H",
              "day": "D", "days": "D", "night": "D", "nights": "D", "week": "W", "weeks": "W",
              "fortnight": "W2", "fortnights": "W2", "month": "M", "months": "M", "quarter": "Q",
              "quarters": "Q", "year": "Y", "years": "Y", "decade": "E", "decades": "E", "century": "C",
              "centuries": "C", "centurie": "C", "millennium": "L", "millennia": "L", "weekend": "WE",
              "weekends": "WE"}
_VAGUE_QTY = {"several", "a few", "few", "some", "many", "a number of", "dozens of", "hundreds of"}
_SEASON_ORDER = ["SP", "SU", "FA", "WI"]
# what follows an ordinal that is not a day: a noun ("the 3rd floor", "the 2nd Infantry Division")
_NOT_A_DAY_AFTER = recache.compile(
    r"(?!\s+(?:and|or|but|when|after|before|as|at|in|on|with|while|until|the|a|an|of\s+(?:that|the\s+same)\s+month)\b)"
    r"(?:-|\s+(?:[a-z]|(?:Infantry|Division|Brigade|Regiment|Battalion|Army|Corps|Fleet|Congress|Amendment|Street|"
    r"Avenue|Airborne|Marine|Armou?red|Cavalry|District|Circuit|Precinct|Ward|Century|Parliament|Dynasty|Squadron|"
    r"Wing|Group|Company|Battery|Round|Floor|Grade|Class|Place|Anniversary)\b))")
_DAY_AFTER_TIME = recache.compile(rf",?\s+(?:on\s+)?(?:(?P<wd>{L.WEEKDAY})|(?P<rel>(?i:today|yesterday|tomorrow)))(?![\w'\u2019])")
# a time's gloss in another zone: "9:30 p.m. (1830 GMT)", "8 a.m. (0500 GMT)"
_GLOSS = recache.compile(r"\s*\((?:about\s+|around\s+)?\d{1,2}:?\d\d\s*(?:[A-Za-z]{1,5}|local\s+time)\)")
# a capitalized word right before a year (no dot, no apostrophe: not "Jan.", "U.S.", "Britain's")
_CAP_BEFORE_YEAR = recache.compile(r"(?:^|(?<=[\s\"\u201c(\[]))([A-Z][A-Za-z]*)\s+$")
# ... that leaves the year a date: a month, a weekday, a season, a holiday, a word of time or a function word
_DATE_WORDS_BEFORE_YEAR = frozenset(
    list(L.MONTHS) + list(L.WEEKDAYS) + list(L.SEASONS)
    + [re.sub(r"'s$", "", h.split()[0]) for h in list(L.FIXED_HOLIDAYS) + list(L.MOVABLE_HOLIDAYS)] + """ramadan eid hanukkah passover diwali nowruz lent
    year years fiscal calendar model fy early late mid middle end beginning start starting beginning ending since
    in on at by of to from for until till through thru during before after between around about circa approximately
    roughly nearly almost over under within throughout against versus vs via per than as with without into onto
    upon toward towards beyond past last next this that these those the a an and or but nor yet so then also only
    even not if when while where because unlike like including except every each all any some no our your my his
    her its their we i he she it they you who what which whose dated born died founded established
    ad bc ce bce""".split())
# a day that dates a verb of saying, before it or after it
_SPEECH_VERB = (r"(?:said|says|told|added|stated|announced|confirmed|reported|wrote|tweeted|posted|declared|noted|"
                r"insisted|warned|acknowledged|denied|claimed|explained|testified|condemned|denounced|accused|blamed|"
                r"rejected|urged|vowed|threatened|dismissed|welcomed)")
_SPEECH_BEFORE = recache.compile(
    rf"(?<![\w-])(?:{_SPEECH_VERB}\s+|told\s+(?:(?!that\b)[\w'\u2019.-]+\s+){{1,3}}?)"
    r"(?:(?:in|at|during|on)\s+(?:a|an|the|his|her|their|its)\s+(?:[\w-]+\s+){0,2}?(?:statement|interview|speech|"
    r"post|letter|briefing|conference|address|session|meeting|hearing)\s+)?(?:on\s+)?$")
_DAY_TOKEN = recache.compile(rf"(?:{L.WEEKDAY}|(?i:today|yesterday)|{L.MONTH_ANY}\s+{L.DAY}(?:st|nd|rd|th)?)")
_SPEECH_AFTER = recache.compile(rf",?\s+{_SPEECH_VERB}\b")
# an event noun right before "the same day": the day is that event's ("condemned the executions the same night")
_EVENT_NOUN_BEFORE = recache.compile(r"(?i)\b(?:attacks?|bombings?|blasts?|strikes?|raids?|killings?|executions?|"
                                     r"murders?|massacres?|shootings?|arrests?|abductions?|kidnappings?|explosions?|"
                                     r"clashes|assaults?|ambush(?:es)?)\s+$")
# what may open a sentence before a time that links it to the sentence before: "But the same day, ..."
_SENTENCE_OPENER = recache.compile(r"(?i)[\"'\u201c]?(?:(?:but|and|also|yet|then|meanwhile|later)\s*,?\s+)?(?:on\s+)?")
_CONTRACT_MONTH_AFTER = recache.compile(r"\s+(?:delivery|contracts?|futures)\b")
_WRITTEN_YEAR_IN = recache.compile(r"\b(?:19|20)\d\d\b")
_AHEAD_OF_BEFORE = recache.compile(r"(?i)\b(?:ahead\s+of|prepar(?:e|es|ed|ing)\s+for|in\s+preparation\s+for|"
                                   r"in\s+the\s+run-?up\s+to|in\s+advance\s+of)\s+(?:the\s+)?$")
# a past verb of an act done, in the reason a direction was chosen: "'killed' sets the past"
_DONE_ACT_WHY = recache.compile(r"'(?:killed|died|attacked|struck|bombed|kidnapped|abducted|arrested|detained|seized|"
                                r"captured|clashed|fought|shot|executed|ambushed|stormed|overran|assassinated|murdered|"
                                r"massacred|shelled|raided|exploded|blew|crashed|fled|surrendered|hosted|met|visited|toured|signed|invaded|"
                                r"occupied|resigned|won)' sets the past")
_COMPARED_BEFORE = recache.compile(r"(?i)\b(?:than|from|over|with|to|versus|vs\.?|against)\s+$")
_NEW_PARAGRAPH = recache.compile(r"\n\s*\n")
_LIMIT_BEFORE_DAY = recache.compile(r"(?i)\b(?:until|till|through)\s+$")
_LIMIT_WORD = recache.compile(r"'(?:by|until|till|before|[a-z ]+ (?:for|until|till|to|through))'")
# "after the May 4 election", "since the Sept. 11 attacks": an event named by its date, under a past verb
_EVENT_OF_DATE_BEFORE = recache.compile(r"(?i)\b(?:after|since|following|before|in|during)\s+the\s+$")
_EVENT_OF_DATE_AFTER = recache.compile(r"(?:,?\s+\d{4})?\s+(?:[a-z]+-)?[a-z]{3,}")
_THAT_BEFORE = recache.compile(r"(?i)\b(?:that|the\s+same)\s+$")
# a live blog's date on a line of its own ("Thursday, October 3, 2024", "3 October 2024") and an entry's clock
# time before its headline ("18:00 GMT – ...")
_DATE_LINE = recache.compile(rf"(?im)^[ \t]*(?:{L.WEEKDAY},?[ \t]+)?(?:(?P<d1>\d{{1,2}})[ \t]+)?(?P<mon>{L.MONTH_FULL})[ \t]+"
                             r"(?:(?P<d2>\d{1,2}),?[ \t]+)?(?P<y>\d{4})[ \t]*$")
_BLOG_ENTRY_AFTER = recache.compile(r"[^\n]{0,14}?\s[-–—]\s")
# ("in August that year", "in March the following year": the "of" may be left out)
_OF_THAT_YEAR = recache.compile(r"(?i),?\s+(?:of\s+)?(that|the\s+same|the\s+following|the\s+next|the\s+previous|"
                                r"the\s+preceding)\s+year\b(?!['’])")


_PART_OF_EVENT = recache.compile(r"\s+of\s+(?:the|a|an|this|that|his|her|its|their)\s+(?:[\w-]+\s+)?(?:game|match|"
                                 r"contest|race|fight|bout|series|final|show|concert|film|movie|book|speech|"
                                 r"session|meeting|hearing|trial|debate|game's|season|tournament|competition)\b")
# words of a match around "the second half": a half of the game, not of the year
_GAME_WORDS = recache.compile(r"(?i)\b(?:goals?|scored|scores|penalty|penalties|halftime|half-time|kick-?off|whistle|"
                              r"equali[sz]\w*|striker|goalkeeper|stoppage\s+time|touchdowns?|quarterback|innings?|"
                              r"rebounds|free\s+kicks?|corner\s+kick|header|the\s+lead|points\s+(?:in|during))\b")
_RESULTS = r"(?:results|earnings|profits?|loss(?:es)?|sales|revenues?|income|figures|numbers)"
_RESULTS_AFTER = recache.compile(rf"[\s-]+(?:(?:net|operating|pretax|pre-tax|per-share|financial)\s+)?{_RESULTS}\b")
_RESULTS_BEFORE = recache.compile(rf"(?i)\b{_RESULTS}\s+(?:for|in|from)\s+$")
_PERIOD_ENDED = recache.compile(r"(?i)\b(?:months|quarter|half|year|weeks|period|days)\s+(?:ended|ending)\s+(?:on\s+)?$")
# words that make what is said a prospect, not a fact: a limit after them lies ahead
_PROSPECT = recache.compile(r"(?i)\b(?:unlikely|likely|expected|possible|impossible|hopes?|hoped|would|could|might|"
                            r"should|predicted|warned|said|says|told)\b")
_VERB_LAST_BEFORE = recache.compile(r"(?i)\b(?:to|will|would|could|may|might|should|can|must|won't|cannot|"
                                    r"not|could\s+not)\s+$")
_WAIT_BEFORE = recache.compile(r"(?i)(?:\b(?:be|been|being|is|was|are|were|take|takes|took|taken|taking|wait|waited|"
                               r"for|within)|['\u2019]s|['\u2019]ll\s+be)\s+$")
_NOUN_DET_BEFORE = recache.compile(r"(?i)(?:\b(?:the|a|an|its|their|his|her|this|that|closing|opening)|['\u2019]s)\s+$")
# a day heading a paragraph, as in a chronology ("SATURDAY, JUNE 21 - ", "June 21: ")
_DATE_HEADING = recache.compile(r"\s*(?:[A-Z][a-z]+day,?\s+)?[A-Z][a-z]{2,8}\.?\s+\d{1,2}(?:,\s*\d{4})?\s*(?:-{1,2}|—|–|:)\s")
# a year named right before "and the year before"
_YEAR_THEN_AND = recache.compile(r"(?i)\b(?:(?P<rel>last|this|next)\s+year|(?:in\s+)?(?P<y>1[5-9]\d\d|20\d\d))\s*(?:,\s*)?(?:and|or|,)\s+$")
# words of weather before "the 70s": a temperature, not a decade
_TEMPERATURE_BEFORE = recache.compile(r"(?i)\b(?:temperatures?|highs?|lows?|degrees|heat|thermometers?|mercury|readings?|"
                                      r"fahrenheit|celsius|forecast|weather)\b[^.;]*$")
_TONIGHT_AFTER = recache.compile(r"\s+(?:tonight|this\s+evening)\b")
_PERIOD_ENDING = recache.compile(r"(?i)\b(?:year|quarter|half|period|months)\s+ending\s+(?:on\s+)?$")
_MODAL = recache.compile(r"(?i)\b(?:will|would|could|might|should|expects?|expected|forecasts?|projects?|projected)\b")
_MARKET_CLOSE_BEFORE = recache.compile(r"(?i)(?:(?:['\u2019]s|\bthe|\bits|\btheir)\s+(?:closing\s+)?close|\bclosing\s+(?:price|level|value|bell))"
                                       r"\s+(?:on\s+)?$")
_INDEFINITE_BEFORE = recache.compile(r"(?i)\b(?:a|an)\s+[a-z]+\s+$")


def _is_title_word(w: str, before: str) -> bool:
    """A capitalized 'Today'/'Tonight' inside a sentence, after a capitalized word: part of a name."""
    return w[:1].isupper() and w[1:2].islower() and " " not in w and bool(_CAP_WORD_BEFORE.search(before)) \
        and not _SENT_START.search(before)


# "one year since the Oct. 7 attack", "two years since August 15": a day counted back from its anniversary
_YEARS_SINCE = re.compile(r"(?i)\b(?P<n>an?|one|two|three|four|five|six|seven|eight|nine|ten|\d{1,3})\s+years?\s+"
                          r"since\s+(?:the\s+)?$")


def _prefix_mod(pmod: str | None) -> str:
    """The TIMEX3 mod of a modifier written before a month ("early", "mid-", "the end of")."""
    pmod = re.sub(r"\s+", " ", (pmod or "").lower().strip()).rstrip("-")
    if pmod.startswith("the"):
        return "END" if ("end" in pmod or "close" in pmod) else "MID" if "middle" in pmod else "START"
    return {"early": "START", "late": "END", "mid": "MID"}.get(pmod, "")


def _unit(u: str) -> str:
    return _UNIT_CODE.get(u.lower().replace(" ", ""), "D")


def _qty(s: str) -> float | None:
    s = re.sub(r"\s+", " ", s.strip().lower())
    if s in _VAGUE_QTY:
        return None
    if s in ("a couple of", "a couple"):
        return 2
    if s in ("a dozen",):
        return 12
    if s in ("a and a half", "one and a half", "an and a half"):
        return 1.5
    return L.number_value(s)


class Resolver:
    def __init__(self, anchoring: Anchoring):
        self.A = anchoring
        self.text = anchoring.text
        self._date_lines: list[tuple[int, dt.date | None]] | None = None  # a live blog's date lines, found once

    @property
    def ref(self) -> dt.date | None:
        return self.A.ref

    # ---- helpers -----------------------------------------------------------------
    def two_digit_year(self, yy: str) -> str:
        y = int(yy)
        base = self.ref.year if self.ref else 2000
        cands = [1900 + y, 2000 + y]
        best = min(cands, key=lambda c: (c > base + 10, abs(c - base)))
        return str(best)

    def direction(self, start: int, end: int) -> tuple[int | None, str, int | None, bool]:
        """Which way a date without a year (or a bare weekday) lies from the reference:
        (PAST/FUTURE/PRESENT/None, reason, anniversary ordinal, is anniversary)."""
        lo, hi = self.A.clause(start, end)
        tense, word = self.A.tense(start, end, (lo, hi))
        sched = _SCHEDULE_VERB.search(self.text, max(lo, start - 40), start)
        if sched and _NOUN_DET_BEFORE.search(self.text, max(0, sched.start(1) - 12), sched.start(1)):
            sched = None  # "the stock's close on Monday", "the opening on Friday": a noun
        if sched and tense == PAST and word and word not in self.text[max(lo, start - 60):start] \
                and sched.group(1).lower() not in ("is", "are"):
            # "Trump, who takes office on Monday, claimed credit": the present schedule right before the
            # date is its verb, not the past one after it
            return FUTURE, f"'{sched.group(1)}' sets the future", None, False
        if tense in (None, PRESENT) and sched:  # "the leaders meet Monday", "the deadline is Friday": a schedule
            tense, word = FUTURE, sched.group(1)
        contract = _CONTRACT_MONTH_AFTER.match(self.text, end)
        if contract and tense != FUTURE:
            # "Brent futures for January delivery fell": a contract for a month ahead, whatever the verb
            tense, word = FUTURE, contract.group(0).strip()
        is_ann, ordinal = anniversary_near(self.text, lo, start, end, hi)
        if is_ann and tense == PAST and (re.match(r"\s+(?:marks|falls|is)\b", self.text[end:end + 8])
                                         or re.search(r"\b(?:which|that)\s+(?:falls|is)\s+(?:on\s+)?$", self.text[max(0, start - 20):start])
                                         and re.match(r"\s*(?:[.;!?]|$)", self.text[end:end + 3])):
            # "Monday marks the fourth anniversary of that operation, which displaced ...": the present
            # right after the date is its verb; the past further on is the operation's; "officials said
            # they expected attacks before the fifth anniversary, which falls on Aug. 5": the present of
            # the relative clause is the date's verb, not the saying
            return FUTURE, "the coming anniversary", ordinal, True
        if is_ann and tense != PAST:
            return FUTURE, "the coming anniversary", ordinal, True
        if is_ann:
            return tense, f"an anniversary, '{word}' is past", ordinal, True
        return tense, (f"'{word}' sets the {_DIR_WORD[tense]}" if word else "no tense word"), None, False

    def firm_past(self, start: int, why: str) -> bool:
        """Whether the past read for the expression at `start` is beyond doubt: "since", or the
        past verb right before it in the same phrase ("attacked southern Israel on Oct. 7"), not
        one that governs a plan or a noun further off ("set to expire Nov. 6", "authorized a
        split, payable Dec. 7")."""
        if why == "'since' sets the past":
            return True
        if _EVENT_OF_DATE_BEFORE.search(self.text, max(0, start - 16), start):
            date = re.match(rf"(?:{L.MONTH_ANY})\s+{L.DAY}(?:st|nd|rd|th)?", self.text[start:start + 20])
            if date and _EVENT_OF_DATE_AFTER.match(self.text, start + date.end()):
                return True  # "rose after the May 4 election": the election is over, however long ago
        m = re.match(r"'([^']+)' sets the past$", why)
        if m is None:
            return False
        if m.group(1).lower() in ("set", "put", "cut", "hit", "let", "read"):
            return False  # present or past: "has set Nov. 10 as the deadline"
        i = self.text.rfind(m.group(1), max(0, start - 45), start)
        return i >= 0 and _FIRM_GAP.fullmatch(self.text, i + len(m.group(1)), start) is not None

    def year_named_after(self, m) -> tuple[int, int] | None:
        """(year, end) for "17 May of that year", "in July of the following year": the year last
        named, or one before or after it."""
        om = _OF_THAT_YEAR.match(self.text, m.end)
        if om is None or self.A.year is None:
            return None
        w = om.group(1).lower()
        off = 1 if w.endswith(("following", "next")) else -1 if w.endswith(("previous", "preceding")) else 0
        return self.A.year + off, om.end()

    def story_day(self, m) -> Found | None:
        """'on the 28th': that day of the month last read, when the text is telling a story
        with a month in it; not an ordinal of something else ('on the 3rd Infantry Division')."""
        if _NOT_A_DAY_AFTER.match(self.text, m.end):
            return None
        day = int(m["d"])
        if self.A.month is None:  # "the trial begins on the 22nd": of the month of publication, or the next
            ref = self.ref
            if ref is None:
                return None
            direction = self.direction(m.start, m.end)[0]
            k = ref.year * 12 + ref.month - 1
            if direction == FUTURE and day < ref.day:
                k += 1
            elif direction == PAST and day > ref.day:
                k -= 1
            d = valid_date(k // 12, k % 12 + 1, day)
            if d is None:
                return None
            return self._day_found(d, f"day {day} of the month of publication or the one {_DIR_WORD[direction]}",
                                   "publication", m.start, start=m.start - 4)
        y, mo = self.A.month
        d = valid_date(y, mo, day)
        if d is None:
            return None
        return self._day_found(d, f"day {day} of the month last read ({y}-{mo:02d})", "narrative", m.start,
                               start=m.start - 4)  # with its "the"

    def _entry_day(self, pos: int) -> dt.date | None:
        """The day last told in a chronology's entry ("SATURDAY, JUNE 21 - ... in the early hours of
        Sunday"): a paragraph headed by a day, told since its heading."""
        nd = self.A.narrative
        if nd is None:
            return None
        ps = self.A.paragraph_start(pos)
        head = _DATE_HEADING.match(self.text, ps, min(len(self.text), ps + 60))
        return nd if head and ps <= self.A.narrative_pos and head.end() <= pos else None

    def _story_day(self, pos: int) -> dt.date | None:
        """The day last told, when the paragraph tells a story of long ago (a history: ten years or
        more before publication, or no publication date) or is a chronology's entry; in news a bare
        weekday is the week's, whatever background the paragraph gives ("officials said Thursday")."""
        entry = self._entry_day(pos)
        if entry is not None:
            return entry
        fy = self.A.frame_year(pos)
        nd = self.A.narrative
        if fy is None or nd is None or nd.year != fy or (self.ref is not None and fy > self.ref.year - 10):
            return None
        return nd

    def framed_year(self, start: int, direction, why: str = "") -> int | None:
        """The paragraph's year frame for a date without a year, when the tense allows it: a
        past year for a past or untensed clause, a year ahead for a future or untensed one;
        none when it is the publication year (the tense then picks the year) or for a
        coming anniversary."""
        fy = self.A.frame_year(start)
        if fy is None:
            return None
        ref = self.ref
        if ref is None:
            return fy
        if direction == FUTURE and _LIMIT_WORD.match(why):
            direction = None  # "by summer, Britain stood alone": a limit, not a plan, in a story
        if fy < ref.year and direction != FUTURE:
            return fy
        if fy > ref.year and direction != PAST:
            return fy
        return None

    def _day_found(self, d: dt.date, why: str, anchor: str, pos: int, **kw) -> Found:
        if _PERIOD_ENDED.search(self.text, max(0, pos - 30), pos):
            # "the three months ended Oct. 28": a report's period ("a year earlier" counts from its end),
            # not a day that dates the clock times told later
            self.A.note_day(d, pos)
            self.A.narrative_period_end = True
            return Found(d.isoformat(), anchor=anchor, why=why + " (the end of a period)", **kw)
        if anchor != "absolute" and _LIMIT_BEFORE_DAY.search(
                self.text, max(0, pos - 12), pos):
            # "could see heavy rain until Sunday; the next advisory is due at 11 p.m.": a limit set
            # ahead is no day the story moves to
            return Found(d.isoformat(), anchor=anchor, why=why + " (a limit: the story's day stays)", **kw)
        if anchor != "absolute" and self._dates_speech(pos) and self.A.narrative is not None:
            # (a day with its year, "announced on March 11, 2024 that ...", is a day of the story all the same)
            # "Abiad said on Wednesday that ...": the day of the saying; the story stays on its own day
            self.A.told_day = (d, pos)  # (but "the same day" after it is that day)
            return Found(d.isoformat(), anchor=anchor, why=why + " (a reporting date: the story's day stays)", **kw)
        self.A.note_day(d, pos)
        return Found(d.isoformat(), anchor=anchor, why=why, **kw)

    def _dates_speech(self, pos: int) -> bool:
        """Whether the day expression at `pos` only dates a verb of saying: "said on Wednesday",
        "told reporters Wednesday", "said in a statement on Wednesday", "Abiad on Wednesday said"."""
        if _SPEECH_BEFORE.search(self.text, max(0, pos - 60), pos):
            return True
        day = _DAY_TOKEN.match(self.text, pos)
        return bool(day and _SPEECH_AFTER.match(self.text, day.end()))

    # ---- explicit dates ------------------------------------------------------------
    def absolute_day(self, m, y, mo, d, hh=None, mm=None) -> Found | None:
        date = valid_date(y, mo, d)
        if date is None:
            return False  # an impossible date: skipped, and nothing else may read it
        if hh is not None:
            self.A.note_day(date, m.start)
            return Found(f"{date.isoformat()}T{hh}:{mm}", type="TIME", why="a full date and time")
        return self._day_found(date, "a full date", "absolute", m.start)

    def month_day(self, m, mon, d, y, weekday=None, rel_year=None) -> Found | None:
        if mon is None or not d:
            return None
        if y:
            return self.absolute_day(m, int(y), mon, d) or False
        if valid_date(2000, mon, d) is None:  # February 30, April 31: not a date, and no month either
            return False
        ref = self.ref
        if rel_year:  # "September 16 last year": that day of the year before publication
            rel = rel_year.lower()
            if ref is None:
                return Found(f"XXXX-{mon:02d}-{d:02d}", anchor="unresolved", why="no reference date: year unknown")
            c = valid_date(ref.year + {"last": -1, "this": 0, "next": 1}[rel], mon, d)
            if c is None:
                return False
            return self._day_found(c, f"{rel} year from the publication date", "publication", m.start)
        named = self.year_named_after(m)
        if named is not None:
            c = valid_date(named[0], mon, d)
            if c is None:
                return False
            return self._day_found(c, f"the year named before: {named[0]}", "narrative", m.start, end=named[1])
        since = _YEARS_SINCE.search(self.text, max(0, m.start - 40), m.start)
        if since is not None and ref is not None:
            # "Israelis marked one year since the Oct. 7 attack": the day that many years before its anniversary
            # around publication (a date of the past: it moves no story day)
            k = 1 if since["n"].lower() in ("a", "an") else L.number_value(since["n"].lower())
            if k is not None and k == int(k) and 0 < k < 200:
                years = int(k)
                # the anniversary is the one around publication, not one well ahead of it
                y = ref.year if (valid_date(ref.year, mon, d) or ref) <= ref + dt.timedelta(days=45) else ref.year - 1
                c = valid_date(y - years, mon, d)
                if c is not None:
                    return Found(c.isoformat(), anchor="publication",
                                 why=f"'{since.group(0).strip()} ...': {years} year(s) before its anniversary")
        direction, why, ordinal, is_ann = self.direction(m.start, m.end)
        if direction != FUTURE and _PERIOD_ENDING.search(self.text, max(0, m.start - 30), m.start) and \
                _MODAL.search(self.text, *self.A.clause(m.start, m.end)):
            # "results for the fiscal year ending June 30 would fall short": a period still running ends ahead
            direction, why = FUTURE, "a period still running"
        fy = None if is_ann else self.framed_year(m.start, direction, why)
        if fy is not None:
            c = valid_date(fy, mon, d)
            if c is None:
                return False
            return self._day_found(c, f"the year {fy} written earlier in the paragraph", "narrative", m.start)
        if ref is None:
            return Found(f"XXXX-{mon:02d}-{d:02d}", anchor="unresolved", why="no reference date: year unknown")
        cands = [c for c in (valid_date(ref.year + k, mon, d) for k in (-1, 0, 1)) if c]
        firm = direction == PAST and self.firm_past(m.start, why)
        if weekday:
            fitting = [c for c in cands if c.isoweekday() == weekday]
            if fitting:
                c = min(fitting, key=lambda c: abs((c - ref).days))
                return self._day_found(c, f"the year in which {c:%B} {d} is a {c:%A}", "publication", m.start)
        c = self._choose(cands, ref, direction, firm=firm)
        f = self._day_found(c, f"year from the publication date: {why}", "publication", m.start)
        if is_ann:
            f.anniversary = ordinal or 1
        return f

    @staticmethod
    def _choose(cands, ref, direction, window=300, firm=False):
        """The candidate day the tense points to, when it lies within `window` days of the
        reference (a day named without its year is rarely further away), or however far back
        when the past is `firm` ("attacked Israel on Oct. 7", written the next September);
        a plan up to a month more ahead; else the nearest."""
        if direction == PAST:
            past = [c for c in cands if c <= ref]
            if past and (firm or (ref - max(past)).days <= window):
                return max(past)
        elif direction == FUTURE:  # a plan may lie up to eleven months ahead ("scheduled for October 10")
            fut = [c for c in cands if c >= ref]
            if fut and (min(fut) - ref).days <= window + 35:
                return min(fut)
        # no tense: the nearest, the past one on a tie... but within a month ahead counts as near
        return min(cands, key=lambda c: (abs((c - ref).days) - (15 if c > ref and (c - ref).days < 45 else 0), c > ref))

    def month_alone(self, m, pmod: str | None = None) -> Found | None:
        mon_txt = m["mon"]
        mon = L.month_number(mon_txt)
        if mon is None:
            return None
        pmod = pmod or (m.get("pmod") or "").lower().strip()
        before = m.before(40)
        y = m["y"]
        if y and y[0] in "'\u2019":
            y = self.two_digit_year(y[1:])
        if m["sy"]:
            y = L.spoken_year_value(m["sy"])
        if not y and not pmod and re.search(r"(?i)\bthe\s+$", before) and re.match(r"\s+[a-z]", m.after(3)) \
                and not re.match(r"\s+(?:of|on|to|through|from|for|against)\b", m.after(10)):
            pass  # "the March accession": a month used as an adjective
        elif not y and not pmod:
            prep = _PREP_BEFORE_MONTH.search(before)
            if not prep:
                cap = _CAP_WORD_BEFORE.search(before)
                at_start = bool(_SENT_START.search(before))
                if mon_txt.lower() in ("may", "march") or mon_txt.isupper():
                    return None  # the verb or noun, or a headline
                if cap and not at_start:
                    return None  # a name: Theresa May, Operation ... November
                if re.match(r"\s+[A-Z][a-z]", m.after(20)) and not at_start:
                    return None  # June Carter, April Glaspie
                if re.match(r"\s+[A-Z][a-z]", m.after(20)) and at_start and not re.match(
                        r"\s+(?:I|It|The|This|That|He|She|They|We|Iran|Iraq)\b", m.after(10)):
                    return None
            elif mon_txt in ("May", "March") and re.match(r"\s+(?:be|have|not|also|still|well|never|soon|need|want|"
                                                         r"require|face|take|seek|become|help|lead|see|cause|"
                                                         r"affect|include)\b", m.after(12)):
                return None
        mod = _prefix_mod(pmod)
        if y:
            self.A.month = (int(y), mon)
            self.A.year = int(y)
            return Found(f"{int(y):04d}-{mon:02d}", mod=mod, why="a month and year")
        ref = self.ref
        named = self.year_named_after(m)
        if named is not None:
            self.A.month = (named[0], mon)
            self.A.year = named[0]
            return Found(f"{named[0]:04d}-{mon:02d}", mod=mod, anchor="narrative", end=named[1],
                         why=f"the year named before: {named[0]}")
        direction, why, ordinal, is_ann = self.direction(m.start, m.end)
        fy = None if is_ann else self.framed_year(m.start, direction, why)
        if fy is not None:
            self.A.month = (fy, mon)
            self.A.year = fy
            return Found(f"{fy:04d}-{mon:02d}", mod=mod, anchor="narrative",
                         why=f"the year {fy} written earlier in the paragraph")
        if ref is None:
            return Found(f"XXXX-{mon:02d}", mod=mod, anchor="unresolved", why="no reference date: year unknown")
        cands = [dt.date(ref.year + k, mon, 1) for k in (-1, 0, 1)]
        this_month = ref.replace(day=1)
        if direction == PAST and (mon != ref.month + 1 or _DONE_ACT_WHY.match(why)):
            # ("three soldiers were killed in December", told in November: last December)
            c = max(c for c in cands if c <= this_month)
        elif direction == PAST:  # next month under a past verb: "a cut in supply in September" told in
            c = this_month.replace(month=mon)  # August is a plan of this year; last year's would be "last September"
        elif direction == FUTURE:
            c = min(c for c in cands if c >= this_month)
        else:
            c = min(cands, key=lambda c: (abs((c - this_month).days), c > this_month))
        self.A.month = (c.year, c.month)
        return Found(f"{c.year:04d}-{mon:02d}", mod=mod, anchor="publication", why=f"year from the publication date: {why}")

    def rel_month(self, m) -> Found | None:
        rel = m["rel"].lower().rstrip("-")
        mon = L.month_number(m["mon"])
        ref = self.ref
        if rel in ("early", "late", "mid"):
            return self.month_alone(m, pmod=rel)
        if rel == "that":  # "killed in police custody that July": the month of the year being told
            if not re.match(r"\s*(?:[,.;:)]|$|(?:and|but|when|after|before|while|as|in|at)\b)", m.after(12)):
                return None  # "he said that July was the hottest month": a complementizer
            if self.A.year is None:
                return self.month_alone(m)
            return Found(f"{self.A.year:04d}-{mon:02d}", anchor="narrative", why=f"'that {m['mon']}': of the year last named")
        if ref is None:
            return Found(f"XXXX-{mon:02d}", anchor="unresolved", why="no reference date")
        cur = ref.year * 12 + ref.month - 1
        if rel in ("last", "past"):
            k = max(n for n in range(cur - 12, cur) if n % 12 == mon - 1)
        elif rel in ("next", "coming"):
            k = min(n for n in range(cur + 1, cur + 13) if n % 12 == mon - 1)
        else:
            k = ref.year * 12 + mon - 1
        return Found(f"{k // 12:04d}-{k % 12 + 1:02d}", anchor="publication", why=f"'{rel}' {m['mon']} from the publication date")

    def following_month(self, m) -> Found | None:
        """'the following March' / 'the previous March': the first such month after (before) the month being told
        -- the month last named, else the narrative day's."""
        mon = L.month_number(m["mon"])
        off = -1 if m["w"].lower() in ("previous", "preceding") else 1
        if self.A.month:
            y, mo = self.A.month
            anchor, why = "narrative", "the month last named"
        else:
            base, anchor = self.A.narrative_day()
            if base is None:
                return Found(f"XXXX-{mon:02d}", anchor="unresolved", why="nothing to count from")
            y, mo, why = base.year, base.month, f"the {anchor} date {base.isoformat()}"
        cur = y * 12 + mo - 1
        span = range(cur + 1, cur + 13) if off > 0 else range(cur - 1, cur - 13, -1)
        k = next(n for n in span if n % 12 == mon - 1)
        return Found(f"{k // 12:04d}-{k % 12 + 1:02d}", anchor=anchor, why=f"'the {m['w']} {m['mon']}': from {why}")

    # ---- weekdays and days ---------------------------------------------------------
    def weekday(self, m) -> Found | None:
        wd = L.weekday_number(m["wd"])
        rel = (m["rel"] or "").lower()
        before = m.before(25)
        cap = _CAP_WORD_BEFORE.search(before)
        if not rel and cap and cap.group(1).lower().rstrip(".") in _WD_BLOCK_BEFORE:
            return None
        if _WD_BLOCK_AFTER.match(m.after(25)) or (wd == 7 and re.search(r"\b(?:Mail|Independent|Scotland)\s+on\s+$", before)):
            return None  # a newspaper
        start = m.start
        if rel == "on":
            start = m.span("wd")[0]
        mod = {"early": "START", "late": "END"}.get(rel, "")
        ref = self.ref
        entry = self._entry_day(m.start) if rel in ("", "on") else None
        if entry is not None:
            # "MONDAY, JUNE 23 - Iran fires missiles on Monday": the day the chronology's entry heads, or after it
            d = weekday_near(entry, wd, 1)
            return self._day_found(d, f"the {m['wd']} of the entry headed {entry.isoformat()}", "narrative",
                                   m.start, start=start, mod=mod)
        story = None if rel else self._story_day(m.start)
        if story is not None:
            # "On Saturday 20 June 1942 ... On Monday, ...": the story moves on from the day last told
            d = weekday_near(story + dt.timedelta(days=1), wd, 1)
            return self._day_found(d, f"the {m['wd']} after the day last told, {story.isoformat()}", "narrative",
                                   m.start, start=start, mod=mod)
        if ref is None:
            return Found(f"XXXX-WXX-{wd}", anchor="unresolved", why="no reference date", start=start, mod=mod)
        told = self.A.narrative
        if not rel and told is not None and _AHEAD_OF_BEFORE.search(m.before(40)) \
                and self.A.narrative_pos >= self.A.sentence_start(m.start):
            # "Oil fell on Monday as ministers prepared for Friday's meeting": after the day the sentence tells
            d = weekday_near(told + dt.timedelta(days=1), wd, 1)
            return self._day_found(d, f"the {m['wd']} ahead of the day told, {told.isoformat()}", "narrative",
                                   m.start, start=start, mod=mod)
        if rel == "previous" and self.A.narrative is not None:
            d = weekday_near(self.A.narrative - dt.timedelta(days=1), wd, -1)
            why = f"'previous': the {m['wd']} before the narrative date {self.A.narrative.isoformat()}"
        elif rel == "following":
            base = self.A.narrative or ref
            d = weekday_near(base + dt.timedelta(days=1), wd, 1)
            why = f"'following': the {m['wd']} after {base.isoformat()}"
        elif rel in ("last", "previous", "past"):
            d = weekday_near(ref - dt.timedelta(days=1), wd, -1)
            why = f"'{rel}': the {m['wd']} before the publication date"
        elif rel in ("next", "coming"):
            d = weekday_near(ref + dt.timedelta(days=1), wd, 1)
            why = f"'{rel}': the {m['wd']} after the publication date"
        elif wd == ref.isoweekday() and rel != "this":
            d = ref
            why = "the publication day itself"
        else:
            direction, why0, _, _ = self.direction(m.span("wd")[0], m.end)
            if _MARKET_CLOSE_BEFORE.search(m.before(40)):
                # "a premium to the stock's close on Monday", "closing price on Monday": a market close is done
                direction, why0 = PAST, "a market close told"
            if direction == FUTURE and not rel and re.match(r"['\u2019]s\s", m.after(3)) and \
                    re.match(r"'(?:would|could|might|to \w+)'", why0):
                # "ways to get around Wednesday's ruling": the day names a done event; a weak
                # (conditional or infinitive) future in the clause does not move it ahead
                direction, why0 = PAST, f"{why0.split(' sets')[0]}: too weak a future before a possessive day"
            if rel == "this" and direction not in (PAST, FUTURE):
                d = weekday_near(ref, wd, 0)
                why = f"'this {m['wd']}': the one in the week of publication"
            else:
                d = weekday_near(ref, wd, 1 if direction == FUTURE else -1)
                why = f"{why0}: the {'coming' if direction == FUTURE else 'last'} {m['wd']}"
        return self._day_found(d, why, "publication", m.start, start=start, mod=mod)

    def set_weekday(self, m) -> Found | None:
        wd = L.weekday_number(m["wd"])
        return Found(f"XXXX-WXX-{wd}", type="SET", why="every such weekday", end=m.span("wd")[1])

    def deictic_day(self, m) -> Found | None:
        if _is_title_word(m["w"], m.before(25)):
            return None  # "USA Today", "VOA Today": a name
        w = re.sub(r"\s+", " ", m["w"].lower())
        offset = {"today": 0, "yesterday": -1, "tomorrow": 1, "the day before yesterday": -2,
                  "the day after tomorrow": 2}[w]
        if self.ref is None:
            return Found("XXXX-XX-XX", anchor="unresolved", why="no reference date")
        if w == "today" and (_GENERIC_AFTER_TODAY.match(m.after(40)) or _GENERIC_BEFORE_OF_TODAY.search(m.before(30))
                             or _TODAY_COMPARED.match(m.after(40))):
            # "today's world", "in today's dollars", "the youth of today": the present age, not the day
            return Found("PRESENT_REF", anchor="publication", why="'today' in its generic sense: the present", date=self.ref,
                         date_end=self.ref, granularity="vague")
        d = self.ref + dt.timedelta(days=offset)
        return self._day_found(d, f"'{w}' from the publication date", "publication", m.start)

    def day_being_told(self, m) -> Found | None:
        """The day the narrative is at (the last day read, else the publication day); after a sentence whose day
        dated only a saying, that day ("The mission warned on Wednesday ... Officials planned a ceremony later in
        the day")."""
        base, anchor = self.A.narrative_day()
        if self._told_in_sentence(m.start) or self._told_just_before(m.start):
            base, anchor = self.A.told_day[0], "narrative"
        if base is None:
            return Found("XXXX-XX-XX", anchor="unresolved", why="no reference date")
        return Found(base.isoformat(), anchor=anchor, why=f"the day being told ({anchor} day)")

    def the_week(self, m) -> Found | None:
        """'For the week, the index fell 3.8%', 'the week's most active session', 'the week ended
        Oct. 20': the week being reported (of the day last read, else of publication)."""
        if m["pos"] is None and m["ended"] is None and not _FOR_AT_SENTENCE_START.search(m.before(12)):
            return None  # "stayed for the week": a duration, or a generic week
        if self.ref is None:
            return Found("XXXX-WXX", anchor="unresolved", why="no reference date")
        if m["ended"]:
            ended = _ENDED.match(m.after(40))
            if ended and ended["mon"]:
                mon, d = L.month_number(ended["mon"]), int(ended["d"])
                days = [c for c in (valid_date(self.ref.year + k, mon, d) for k in (-1, 0)) if c]
                past = [c for c in days if c <= self.ref]
                if past:
                    return Found(week_value(max(past)), anchor="publication",
                                 why=f"the week ended {max(past).isoformat()}")
        base, anchor = self.A.narrative_day()
        return Found(week_value(base), anchor=anchor, why=f"the week being reported ({anchor} day {base.isoformat()})")

    def _day_of(self, wd=None, rel=None, mon=None, d=None, y=None, pos=0, end=0):
        """The day meant by a weekday / today-yesterday-tomorrow / month-day reference."""
        ref = self.ref
        if mon and d:
            mo = L.month_number(mon)
            if y:
                return valid_date(int(y), mo, int(d))
            if ref is None or valid_date(2000, mo, int(d)) is None:
                return None
            cands = [c for c in (valid_date(ref.year + k, mo, int(d)) for k in (-1, 0, 1)) if c]
            return self._choose(cands, ref, self.direction(pos, end)[0])
        if ref is None:
            return None
        if rel:
            return ref + dt.timedelta(days={"today": 0, "tonight": 0, "yesterday": -1, "tomorrow": 1}[rel.lower()])
        if wd:
            n = L.weekday_number(wd)
            entry = self._entry_day(pos)
            if entry is not None:  # "SATURDAY, JUNE 21 - ... in the early hours of Sunday": the entry's week
                return weekday_near(entry, n, 1)
            if n == ref.isoweekday():
                return ref
            direction = self.direction(pos, end)[0]
            return weekday_near(ref, n, 1 if direction == FUTURE else -1)
        return None

    def time_on_day(self, m) -> Found | None:
        day = self._day_of(wd=m["dwd"], rel=m["drel"], mon=m["dmon"] or m["dmon2"], d=m["dd"] or m["dd2"],
                           y=m["dy2"], pos=m.start, end=m.end)
        hm = self._clock_value(m)
        if hm is None:
            return None
        if day is None:
            return Found(f"XXXX-XX-XXT{hm}", type="TIME", anchor="unresolved", why="a time on an unresolved day")
        self.A.note_day(day, m.start)
        hm = self._midnight(hm, day, m, named=True)
        return Found(f"{day.isoformat()}T{hm}", type="TIME", anchor="publication", why="a time on a day")

    def part_of_day_rule(self, m, code, mod="") -> Found | None:
        wd = m["wd"]
        rel = m["rel"]
        if wd and wd.lower() in ("yesterday", "tomorrow", "today"):
            rel, wd = wd, None
        pm = (m.get("pm") or "").lower()
        mod = mod or {"early": "START", "late": "END"}.get(pm, "")
        day = self._day_of(wd=wd, rel=rel, mon=m["mon"], d=m["d"], y=m.get("y"), pos=m.start, end=m.end)
        end = m.span("part")[1] if m["s"] else None
        if day is None and m["mon"] and (m.get("y") or self.ref is not None):
            return None  # "the early hours of Feb. 30": no such day
        if day is None:
            return Found(f"XXXX-XX-XXT{code}", type="TIME", anchor="unresolved", why="no reference date", end=end, mod=mod)
        self.A.note_day(day, m.start)
        return Found(f"{day.isoformat()}T{code}", type="TIME", anchor="publication", mod=mod,
                     why="a part of a day", end=end)

    def part_with_mod(self, m) -> Found | None:
        """'mid-afternoon yesterday', 'by mid afternoon', 'late evening': a part of the day named, else
        of the day the narrative is at."""
        pm = m["pm"].lower().strip().rstrip("-")
        code = L.PARTS_OF_DAY[m["part"].lower()]
        mod = {"early": "START", "late": "END", "mid": "MID"}.get(pm, "")
        if re.match(r"\s*(?:hours|hour|rush|news|edition|show|session|trading|flight|shift|prayers?|light)\b",
                    m.after(12), re.I):
            return None  # "early morning hours" is read elsewhere; "late afternoon trading": an adjective
        if m["wd"]:
            wd = m["wd"]
            rel = wd if wd.lower() in ("yesterday", "today", "tomorrow") else None
            day = self._day_of(wd=None if rel else wd, rel=rel, pos=m.start, end=m.end)
            anchor, why = "publication", f"a part of {wd}"
        else:
            day, anchor = self.A.narrative_day()
            why = f"a part of the {anchor} day"
        if day is None:
            return Found(f"XXXX-XX-XXT{code}", type="TIME", anchor="unresolved", mod=mod, why="no reference date")
        return Found(f"{day.isoformat()}T{code}", type="TIME", anchor=anchor, mod=mod, why=why)

    def relative_part(self, m, rel=None, part=None) -> Found | None:
        rel = (rel or m["rel"]).lower()
        rel = re.sub(r"\s+", " ", rel)
        code = part or L.PARTS_OF_DAY[m["part"].lower()]
        if self.ref is None:
            return Found(f"XXXX-XX-XXT{code}", type="TIME", anchor="unresolved", why="no reference date")
        offset = -1 if rel in ("last", "yesterday") else 1 if rel == "tomorrow" else 0
        if rel == "last" and code in ("MO", "AF") and m["part"]:
            offset = -1
        d = self.ref + dt.timedelta(days=offset)
        mod = "START" if rel.startswith("early") else "END" if rel.startswith("late ") else ""
        return Found(f"{d.isoformat()}T{code}", type="TIME", anchor="publication", mod=mod,
                     why=f"'{rel}' from the publication date")

    # ---- times of day ----------------------------------------------------------------
    def _clock_value(self, m) -> str | None:
        if m["tw"]:
            w = m["tw"].lower()
            if w in ("noon", "midday"):
                return "12:00"
            if w == "midnight":
                return "24:00"
            h = L.number_value(w.split()[0])
            return f"{int(h):02d}:00" if h and 0 < h <= 12 else None
        if m["h24"]:
            return f"{int(m['h24']):02d}:{m['mi24']}"
        if m["h"] is None:
            return None
        h = L.number_value(m["h"])
        if h is None or not 0 <= h <= 24:
            return None
        h = int(h)
        ap = (m["ap"] or "").lower().replace(".", "").replace(" ", "")
        pp = (m["pp"] or "").lower()
        if ap == "pm" or "afternoon" in pp or "evening" in pp or "night" in pp:
            if h < 12:
                h += 12
        elif ap == "am" and h == 12:
            h = 0
        return f"{h:02d}:{m['mi'] or '00'}"

    def _midnight(self, hm: str, day: dt.date, m, named: bool, approx: str = "") -> str:
        """Which midnight of `day`: its end (T24:00, as TimeML reads "at midnight Friday"), or its
        start (T00:00) for "after midnight" on a day named ("shortly after midnight on Wednesday"),
        and for a midnight already past on the publication day or later ("Iran fired missiles
        shortly after midnight", written that day: the end of the day is still to come)."""
        if hm != "24:00":
            return hm
        after = "after" in approx or re.search(r"(?i)\bafter\s+$", m.before(8))
        if named and after:
            return "00:00"
        if self.ref is not None and day >= self.ref and self.direction(m.start, m.end)[0] == PAST:
            return "00:00"
        return hm

    def clock(self, m) -> Found | None:
        hm = self._clock_value(m)
        if hm is None:
            return None
        if m["tw"] and m["tw"].lower() == "noon" and re.search(r"(?i)\bhigh\s+$", m.before(6)):
            return None  # "high noon": an idiom
        end = None
        ap = m["ap"]
        if ap and ap.endswith(".") and not m["tz"] and not m["loc"]:
            rest = self.text[m.end:m.end + 3]
            if rest == "" or re.match(r"\s*\n|\s+[A-Z\"\u201c\u201d]|[\"\u201d)]|\s*$", rest):
                end = m.end - 1  # the sentence's full stop
        approx = (m["approx"] or "").lower()
        mod = "APPROX" if approx.startswith(("around", "about", "approx", "rough")) else \
            "BEFORE" if "before" in approx else "AFTER" if "after" in approx else ""
        on = _DAY_AFTER_TIME.match(self.text, m.end)
        gloss = None if on else _GLOSS.match(self.text, m.end)
        if gloss:  # "at about 9:30 p.m. (1830 GMT) on Wednesday": the day after the time's gloss
            day_after = _DAY_AFTER_TIME.match(self.text, gloss.end())
            if day_after:
                day = self._day_of(wd=day_after["wd"], rel=day_after["rel"], pos=m.start, end=day_after.end())
                if day is not None:
                    self.A.note_day(day, m.start)  # the gloss is a time of the same day
                    hm = self._midnight(hm, day, m, named=True, approx=approx)
                    return Found(f"{day.isoformat()}T{hm}", type="TIME", anchor="publication", end=end, mod=mod,
                                 why="a clock time on the day named after its gloss")
        if on:  # "at around 3 a.m. local time on Monday": the time of that day
            day = self._day_of(wd=on["wd"], rel=on["rel"], pos=m.start, end=on.end())
            if day is not None:
                self.A.note_day(day, m.start)
                hm = self._midnight(hm, day, m, named=True, approx=approx)
                return Found(f"{day.isoformat()}T{hm}", type="TIME", anchor="publication", end=on.end(), mod=mod,
                             why="a clock time on a day")
        tonight = _TONIGHT_AFTER.match(self.text, m.end)
        if tonight and self.ref is not None and not m["ap"]:  # "plays at 7:30 tonight": an evening time today
            h, mi = int(hm[:2]), hm[3:]
            if h < 12:
                h += 12
            return Found(f"{self.ref.isoformat()}T{h:02d}:{mi}", type="TIME", anchor="publication", end=tonight.end(),
                         mod=mod, why="a clock time tonight")
        day, anchor = self.A.narrative_day()
        if anchor == "narrative" and self.ref is not None and not self._told_near(m.start, day):
            day, anchor = self.ref, "publication"
        blog_day = self._date_line_day(m.start)
        if blog_day is not None:  # a live blog's entry, "18:00 GMT – Ruto says ...": the day of the date line above
            day, anchor = blog_day, "narrative"
        elif self.ref is not None and self._blog_entry(m.start):
            day, anchor = self.ref, "publication"  # (with no date line: the blog's day, not a day an entry told)
        if day is None:
            return Found(f"XXXX-XX-XXT{hm}", type="TIME", anchor="unresolved", why="no reference date", end=end, mod=mod)
        hm = self._midnight(hm, day, m, named=False, approx=approx)
        return Found(f"{day.isoformat()}T{hm}", type="TIME", anchor=anchor, end=end, mod=mod,
                     why=f"a clock time on the {anchor} day")

    def _date_line_day(self, pos: int) -> dt.date | None:
        """For a clock time opening a line before a dash ("18:00 GMT – Kenya's Ruto says ..."), the date of the
        last line that holds a date and nothing else ("Thursday, October 3, 2024"), if there is one."""
        if not self._blog_entry(pos):
            return None
        line_start = self.text.rfind("\n", 0, pos) + 1
        lines = self._date_lines
        if lines is None:  # found once per text: the look-up stays cheap however many entries there are
            lines = self._date_lines = [(dm.start(), valid_date(int(dm["y"]), L.month_number(dm["mon"]),
                                                                int(dm["d1"] or dm["d2"])))
                                        for dm in _DATE_LINE.finditer(self.text) if dm["d1"] or dm["d2"]]
        i = bisect.bisect_left(lines, (line_start,)) - 1
        return lines[i][1] if i >= 0 else None

    def _blog_entry(self, pos: int) -> bool:
        """Whether a clock time at `pos` opens a line before a dash: a live blog's entry ("18:00 GMT – ...")."""
        line_start = self.text.rfind("\n", max(0, pos - 40), pos) + 1  # (bounded: a line of text may be megabytes)
        if line_start == 0 and pos > 40:
            return False
        return not self.text[line_start:pos].strip() and _BLOG_ENTRY_AFTER.match(self.text, pos) is not None

    def _told_near(self, pos: int, day: dt.date) -> bool:
        """Whether the day last told may date a clock time at `pos` with no day of its own: it was
        told in the same paragraph or in the sentence before, and a time still to come ("will hold a
        call at 10 a.m.") does not lie on a day before publication."""
        npos = self.A.narrative_pos
        if self.A.narrative_period_end:
            return False
        if day < self.ref and self.direction(pos, pos + 1)[0] == FUTURE:
            return False
        if day > self.ref and self.direction(pos, pos + 1)[0] == PAST:
            return False  # "Shares rose ... at midday" after "payable Nov. 15": a past time is not on a coming day
        if self.A.paragraph_start(npos) == self.A.paragraph_start(pos):
            return True
        if 0 <= (self.ref - day).days <= 3 and self.direction(pos, pos + 1)[0] == PAST:
            return True  # the news story's own day, told in the lead: "The explosions began at 3:30 p.m."
        prev = self.A.sentence_start(pos) - 1
        while prev > 0 and self.text[prev].isspace():
            prev -= 1
        return prev > 0 and self.A.sentence_start(prev) <= npos

    def early_hours_alone(self, m) -> Found | None:
        """"In a televised speech in the early hours, ...": the early hours of the day being told (the
        narrative day, else the publication day)."""
        base, anchor = self.A.narrative_day()
        if base is None:
            return Found("XXXX-XX-XXTNI", type="TIME", mod="START", anchor="unresolved", why="nothing to count from")
        return Found(f"{base.isoformat()}TNI", type="TIME", mod="START", anchor=anchor,
                     why=f"the early hours of the {anchor} day {base.isoformat()}")

    # ---- anaphora -------------------------------------------------------------------
    def anaphoric(self, m) -> Found | None:
        w = re.sub(r"\s+", " ", m["w"].lower())
        u = m["u"].lower()
        base, anchor = self.A.narrative_day()
        off = 1 if ("next" in w or "following" in w) else -1 if ("previous" in w or "preceding" in w) else 0
        told = self._told_since_story_day()
        if off == 0 and re.search(r"same|that", w) and told is not None and u in L.PARTS_OF_DAY.keys() | {"day"} \
                and (_SENTENCE_OPENER.fullmatch(self.text, self.A.sentence_start(m.start), m.start)
                     or not _EVENT_NOUN_BEFORE.search(self.text, max(0, m.start - 30), m.start)):
            # "Kataib Hezbollah on Friday denied ... But the same day, its spokesman warned", "Biden told the
            # Assembly the same day": the day just told, even when it only dated a saying (but "condemned the
            # executions the same night" is the night of the executions)
            base, anchor = told[0], "narrative"
        elif self._told_in_sentence(m.start):
            base, anchor = told[0], "narrative"
        if w == "this very" and u in ("morning", "afternoon", "evening", "night", "day"):
            base, anchor = self.ref, "publication"
        if base is None:
            return Found("XXXX-XX-XX" if u not in ("week", "month", "year", "weekend") else
                         {"week": "XXXX-WXX", "month": "XXXX-XX", "year": "XXXX", "weekend": "XXXX-WXX-WE"}[u],
                         anchor="unresolved", why="nothing to count from")
        why = f"'{m['w']} {u}' counted from the {anchor} date {base.isoformat()}"
        if u in ("day", "morning", "afternoon", "evening", "night"):
            d = base + dt.timedelta(days=off)
            self.A.note_day(d, m.start)
            if u != "day":  # "that evening": a part of the day being told
                return Found(f"{d.isoformat()}T{L.PARTS_OF_DAY[u]}", type="TIME", anchor=anchor, why=why)
            return Found(d.isoformat(), anchor=anchor, why=why)
        if u == "weekend":
            d = weekday_near(base + dt.timedelta(days=7 * off), 6, 1 if off >= 0 else -1)
            return Found(week_value(d) + "-WE", anchor=anchor, why=why)
        unit = {"week": "W", "month": "M", "year": "Y"}[u]
        fy = self.A.frame_year(m.start) if unit == "Y" and anchor != "narrative" else None
        if fy is not None:  # "In 1941, ... The following year": from the year the story is in
            return Found(f"{fy + off:04d}", anchor="narrative", why=f"'{m['w']} year': from the year {fy} of the story")
        if unit == "Y" and self.A.year and anchor == "narrative" or (unit == "Y" and self.A.year and off == 0):
            return Found(f"{self.A.year + off:04d}", anchor="narrative", why=f"'{m['w']} year': the year last named")
        if unit == "M" and self.A.month:
            y, mo = self.A.month
            k = y * 12 + mo - 1 + off
            return Found(f"{k // 12:04d}-{k % 12 + 1:02d}", anchor="narrative", why=f"'{m['w']} month': from the month last named")
        return Found(value_at(shift(base, unit, off), unit), anchor=anchor, why=why)

    def that_quarter(self, m) -> Found | None:
        """'that quarter': the quarter last named, else the quarter of the narrative date."""
        if self.A.quarter is not None:
            y, q = self.A.quarter
            return Found(f"{y:04d}-Q{q}", anchor="narrative", why="the quarter last named")
        if self.A.month is not None:
            y, mo = self.A.month
            return Found(f"{y:04d}-Q{(mo - 1) // 3 + 1}", anchor="narrative", why="the quarter of the month last named")
        if self.ref is None:
            return Found("XXXX-QX", anchor="unresolved", why="nothing to count from")
        return Found(f"{self.ref.year:04d}-Q{quarter_of(self.ref)}", anchor="publication",
                     why="the quarter of the publication date")

    def _told_since_story_day(self) -> tuple[dt.date, int] | None:
        """The last day that dated only a saying, when it was told after the story's own day (else None)."""
        told = self.A.told_day
        return told if told is not None and told[1] > self.A.narrative_pos else None

    def _told_in_sentence(self, pos: int) -> bool:
        """Whether a day that dated only a saying was told earlier in this sentence, after the story's day:
        "Petro on Saturday accused the government ..., a charge Molano rejected the day after" counts from it."""
        told = self._told_since_story_day()
        return told is not None and told[1] >= self.A.sentence_start(pos)

    def _told_just_before(self, pos: int) -> bool:
        """Whether the last day told dated only a saying in the sentence before, after the story's day: "The
        government warned on Friday that ... A day later, a Fano spokesman rejected any talks" counts from it."""
        told = self._told_since_story_day()
        if told is None:
            return False
        here = self.A.sentence_start(pos)
        return here > 0 and told[1] >= self.A.sentence_start(max(0, here - 2)) and not _NEW_PARAGRAPH.search(
            self.text, told[1], here)

    def anaphoric_shift(self, m) -> Found | None:
        w = re.sub(r"\s+", " ", m["w"].lower()).split()
        u, direction = w[1], w[2]
        off = -1 if direction in ("before", "earlier", "prior") else 1
        if u == "year" and (prev := _YEAR_THEN_AND.search(m.before(30))) and (self.ref or prev["y"]):
            # "last year and the year before", "in 2019 or the year after": from the year just named
            y = int(prev["y"]) if prev["y"] else self.ref.year + {"last": -1, "this": 0, "next": 1}[prev["rel"].lower()]
            return Found(f"{y + off:04d}", anchor="narrative", why=f"one year {direction} the year just named, {y}")
        base, anchor = self.A.narrative_day()
        if u in ("day", "night") and self._told_in_sentence(m.start):
            base, anchor = self.A.told_day[0], "narrative"
        if base is None:
            return Found("XXXX-XX-XX", anchor="unresolved", why="nothing to count from")
        unit = {"day": "D", "night": "D", "week": "W", "month": "M", "year": "Y"}[u]
        d = shift(base, unit, off)
        if unit == "D":
            self.A.note_day(d, m.start)
        return Found(value_at(d, unit), anchor=anchor, why=f"one {u} {direction} the {anchor} date {base.isoformat()}")

    def units_shift(self, m) -> Found | None:
        direction = re.sub(r"\s+", " ", m["dir"].lower())
        n_txt = m["n"]
        u_txt = m["u"] or n_txt
        unit = _unit(u_txt)
        n = _qty(n_txt) if m["u"] else None
        ap = (m.get("ap") or "").lower().strip()
        mod = "APPROX" if ap in ("about", "around", "nearly", "almost", "approximately", "roughly", "some") else \
            "MORE_THAN" if ap in ("more than", "over", "well over") else "LESS_THAN" if ap in ("less than", "under") else ""
        if m["orso"] and not mod:
            mod = "APPROX"  # "a week or so ago"
        past = direction in ("ago", "earlier", "before", "back", "previously", "prior")
        if direction == "since":
            return None
        if direction in ("before", "after") and m["u"]:
            # "twenty years after the war": a duration between two events
            value = duration_value(n, unit if unit != "MIN" else "MIN")
            return Found(value, type="DURATION", mod=mod, end=m.span("u")[1], why=f"{n_txt} {u_txt} {direction} an event")
        deictic = direction in ("ago", "from now", "hence", "back")
        if deictic:
            base, anchor = self.ref, "publication"
        else:
            base, anchor = self.A.narrative_base(unit)
            if unit in ("D", "H") and n is not None and (self._told_in_sentence(m.start) or (
                    direction in ("later", "afterward", "afterwards") and self._told_just_before(m.start))):
                # "The WHO said on Wednesday that patients were shot dead a day earlier": from the day of the saying
                base, anchor = self.A.told_day[0], "narrative"
            month = self.A.period
            if month is not None and month[1] == "month" and month[2] > self.A.narrative_pos and unit in ("W", "D") \
                    and n is not None and n == int(n) and direction in ("later", "afterward", "afterwards", "earlier"):
                # "He was charged in May. Two weeks later ...": from the month told, a month at most
                mid = month[0] + dt.timedelta(days=14)
                d = mid + dt.timedelta(days=(7 if unit == "W" else 1) * int(n) * (-1 if past else 1))
                return Found(value_at(d, "M"), anchor="narrative", mod=mod,
                             why=f"{n_txt} {u_txt} {direction} the month told, {month[0]:%Y-%m}")
        if n is None and direction in ("before", "after") and _WAIT_BEFORE.search(m.before(12)):
            # "it could be years before the city recovers": how long until it
            return Found(duration_value(None, unit), type="DURATION", end=m.span("u" if m["u"] else "n")[1],
                         why=f"an unspecified number of {u_txt} until an event")
        month = self.A.period
        if n is None and not deictic and month is not None and month[1] == "month" and month[2] > self.A.narrative_pos \
                and unit in ("S", "MIN", "H", "D") and m.start - month[2] < 80:
            # "In March, days before the truce began, ...": some days from the month just told, in it
            base, anchor = month[0], "narrative"
        if n is None and direction in ("before", "after") and re.match(r"\s+[\w$]", m.after(3)):
            # "in the days before the vote": 'before' is a signal relating the days to an event
            end = m.span("u")[1] if m["u"] else m.span("n")[1]
            if base is None:
                return Found("PAST_REF" if past else "FUTURE_REF", anchor="unresolved", why="vague count", end=end)
            coarse = {"S": "D", "MIN": "D", "H": "D", "D": "M", "W": "M", "M": "Y", "Q": "Y", "Y": "E", "E": "C"}.get(unit, "Y")
            return Found(value_at(base, coarse), anchor=anchor, mod="BEFORE" if past else "AFTER", end=end,
                         why=f"some {u_txt} {direction} an event near the {anchor} date")
        if n is None:  # "days later", "several years ago"
            if base is None:
                return Found("PAST_REF" if past else "FUTURE_REF", anchor="unresolved", why="vague count")
            if deictic:
                return Found("PAST_REF" if past else "FUTURE_REF", anchor=anchor, mod=mod, why="a vague count of units from the publication date")
            if anchor == "publication":  # "Hours later, police arrived": an offset in a story, of no day told
                return Found(duration_value(None, unit), type="DURATION", end=m.span("u" if m["u"] else "n")[1], mod=mod,
                             why=f"an unspecified number of {u_txt} {direction} an event")
            coarse = {"S": "D", "MIN": "D", "H": "D", "D": "M", "W": "M", "M": "Y", "Q": "Y", "Y": "E", "E": "C"}.get(unit, "Y")
            return Found(value_at(base, coarse), anchor=anchor, mod="BEFORE" if past else "AFTER",
                         why=f"some {u_txt} {direction} the {anchor} date")
        if unit in ("S", "MIN", "H"):
            if base is None:
                return Found("XXXX-XX-XX", type="DATE", anchor="unresolved", why="no reference date")
            return Found(base.isoformat(), anchor=anchor, mod=mod, why=f"{n_txt} {u_txt} {direction}: the same day")
        if base is None:
            gran_x = {"D": "XXXX-XX-XX", "W": "XXXX-WXX", "M": "XXXX-XX", "Q": "XXXX-QX"}.get(unit, "XXXX")
            return Found(gran_x, anchor="unresolved", why="no reference date")
        sign = -1 if past else 1
        if unit == "WE":
            unit, n = "W", n
        if unit == "W2":
            unit, n = "W", n * 2
        if unit in ("L",):
            unit, n = "C", n * 10
        if n != int(n):  # 1.5 years -> 18 months
            sub = {"Y": ("M", 12), "E": ("Y", 10), "M": ("D", 30), "W": ("D", 7), "D": ("D", 1), "Q": ("M", 3), "C": ("Y", 100)}
            unit, n = sub[unit][0], n * sub[unit][1]
        n = int(round(n))
        # a year ago in a report about a quarter: the same quarter a year before
        q = self.A.year_ago_quarter(m.start)
        try:
            if unit == "Y" and q and n == 1 and past:
                y, qq = q
                return Found(f"{y - 1:04d}-Q{qq}", anchor="narrative", mod=mod,
                             why=f"a year before the quarter {y}-Q{qq} being reported")
            d = shift(base, unit, sign * n)
        except (OverflowError, ValueError):
            return None
        gran = {"D": "D", "W": "W", "M": "M", "Q": "Q", "Y": "Y", "E": "Y", "C": "Y"}[unit]
        period = self.A.period
        if unit == "Y" and past and not deictic and anchor == "narrative" and period is not None and period[1] == "month" \
                and period[2] >= self.A.sentence_start(m.start) and _COMPARED_BEFORE.search(m.before(25)):
            gran = "M"  # "revenue in May was 64 percent lower than a year earlier": that month a year before
        if deictic and unit in ("W", "M", "Y") and re.search(r"(?i)\b(?:exactly|precisely)\s+$", m.before(12)):
            gran = "D"  # "exactly a year ago": that very day
        if gran == "D":
            self.A.note_day(d, m.start)
        return Found(value_at(d, gran), anchor=anchor, mod=mod,
                     why=f"{n_txt} {u_txt} {direction} the {anchor} date {base.isoformat()}")

    # ---- weeks, months, years, quarters relative to the publication ---------------------
    def earlier_this(self, m) -> Found | None:
        ec = m["ec"].lower()
        inthe = re.sub(r"\s+", " ", m["inthe"].lower())
        u = m["u"].lower()
        unit = {"week": "W", "month": "M", "year": "Y", "decade": "E", "century": "C", "quarter": "Q", "season": None}[u]
        if unit is None:
            return None
        story_year = self.A.frame_year(m.start) if inthe == "in the" and unit == "Y" else None
        if story_year is not None:  # "In 1950 war broke out. Earlier in the year, ...": the story's year
            return Found(f"{story_year:04d}", anchor="narrative", mod="START" if ec == "early" else
                         "END" if ec == "late" else "", why=f"'{ec} in the year': the year {story_year} of the story")
        if inthe == "that":
            base, anchor = self.A.narrative_day()
            off = 0
        else:
            base, anchor = self.ref, "publication"
            off = {"this": 0, "next": 1, "last": -1, "in the": 0}[inthe]
        mod = "START" if ec == "early" else "END" if ec == "late" else ""
        if base is None:
            return Found({"W": "XXXX-WXX", "M": "XXXX-XX", "Y": "XXXX", "E": "XXX", "C": "XX", "Q": "XXXX-QX"}[unit],
                         anchor="unresolved", why="no reference date", mod=mod)
        d = shift(base, unit if unit != "E" else "Y", off * (10 if unit == "E" else 1))
        if inthe == "that" and unit == "Y" and self.A.year:
            return Found(f"{self.A.year:04d}", anchor="narrative", mod=mod, why=f"'{ec} that year': the year last named")
        return Found(value_at(d, unit), anchor=anchor, mod=mod, why=f"'{ec} {inthe} {u}' from the {anchor} date")

    def year_earlier_period(self, m, adjective=False) -> Found | None:
        kind = (m["a"] or m["ye"] or "year").lower()
        u = (m["u"] or "").lower()
        if "nine months" in u or "six months" in u:
            return Found("P9M" if "nine" in u else "P6M", type="DURATION", why="a period of months")
        q = self.A.year_ago_quarter(m.start)
        if self.ref is None and q is None:
            return Found("XXXX", anchor="unresolved", why="no reference date")
        if kind == "year":
            if q:
                return Found(f"{q[0] - 1:04d}-Q{q[1]}", anchor="narrative", why="the same quarter a year before")
            if u in ("quarter", "period"):
                cy, cq = self.ref.year, quarter_of(self.ref) - 1
                if cq == 0:
                    cy, cq = cy - 1, 4
                return Found(f"{cy - 1:04d}-Q{cq}", anchor="publication",
                             why="the last quarter completed before publication, a year earlier")
            return Found(f"{self.ref.year - 1:04d}", anchor="publication", why="the year before publication")
        base = q or (self.ref.year, quarter_of(self.ref))
        y, qq = base
        qq -= 1
        if qq == 0:
            y, qq = y - 1, 4
        return Found(f"{y:04d}-Q{qq}", anchor="narrative" if q else "publication", why="the quarter before")

    def same_period_last_year(self, m) -> Found | None:
        """'the quarter a year ago', 'the same period last year', "last year's quarter": in a
        report about a quarter, that quarter one year earlier."""
        q = self.A.year_ago_quarter(m.start)
        if q:
            return Found(f"{q[0] - 1:04d}-Q{q[1]}", anchor="narrative", why="the quarter being reported, a year before")
        if self.ref is None:
            return Found("XXXX-QX", anchor="unresolved", why="no reference date")
        if (m["u"] or m["u2"]).lower() == "period":  # a period of unknown length: its year only
            return Found(f"{self.ref.year - 1:04d}", anchor="publication", why="a period of the year before publication")
        cy, cq = self.ref.year, quarter_of(self.ref) - 1
        if cq == 0:
            cy, cq = cy - 1, 4
        return Found(f"{cy - 1:04d}-Q{cq}", anchor="publication",
                     why="the last quarter completed before publication, a year earlier")

    def _of_year(self, m) -> tuple[int | None, str]:
        """The year of "the first half of next year", "the fourth quarter of that year", "... of the year"."""
        w = re.sub(r"\s+", " ", m["ofy"].lower())
        ref = self.ref
        if w in ("last", "this", "next", "the current"):
            if ref is None:
                return None, "no reference date"
            return ref.year + {"last": -1, "next": 1}.get(w, 0), f"'{w} year' from the publication date"
        if w == "the":  # "the first quarter of the year": the year of the story, else of publication
            fy = self.A.frame_year(m.start)
            if fy is not None:
                return fy, f"the year {fy} of the story"
            return (ref.year, "the year of publication") if ref else (None, "no reference date")
        if self.A.year is None:
            return None, "no year named before"
        off = 1 if w.endswith(("following", "next")) else -1 if w.endswith(("previous", "preceding")) else 0
        return self.A.year + off, f"'{w} year': from the year last named, {self.A.year}"

    def _default_quarter_year(self, q: int, pos: int, end: int) -> tuple[int | None, str]:
        ref = self.ref
        direction, why, _, _ = self.direction(pos, end)
        fy = self.framed_year(pos, direction, why)
        if fy is not None:  # "In 2003, sales fell in the fourth quarter": the story's year, as for months
            return fy, f"the year {fy} written earlier in the paragraph"
        if ref is None:
            return None, "no reference date"
        cur = quarter_of(ref)
        period = self.A.period
        if period is not None and period[1] in ("quarter", "half") and period[2] >= self.A.sentence_start(pos) \
                and period[0].year != ref.year and _WRITTEN_YEAR_IN.search(self.text, period[2], pos):
            # "to average $54 in the first half of 2016, with a recovery in the third quarter": that year's
            y = period[0].year
            return y, f"the year of the part of {y} named before it"
        if q < cur - 1 and direction == FUTURE and not self._names_results(pos, end):
            # "sales will recover in the first quarter", written in November: a quarter long over, next year's
            y, why = ref.year + 1, why + ": a quarter already over this year"
        elif q <= cur:
            y = ref.year  # a quarter already begun or over: reports come after it
        elif direction == FUTURE and q == 4 and cur == 1 and self._names_results(pos, end):
            # "will report fourth-quarter earnings" in January: the quarter just completed
            y, why = ref.year - 1, "the results of the last quarter completed"
        else:
            y = ref.year - 1 if direction != FUTURE else ref.year
        return y, why

    def _names_results(self, pos: int, end: int) -> bool:
        """Whether the quarter at [pos, end) names the period of results ("fourth-quarter earnings",
        "results for the fourth quarter")."""
        return bool(_RESULTS_AFTER.match(self.text, end) or _RESULTS_BEFORE.search(self.text, max(0, pos - 30), pos))

    def quarter(self, m) -> Found | None:
        f = self._quarter(m)
        if f and m["the"] and m["ord"] and f.start is None:
            the = m["the"].lower()
            hyphen = self.text[m.span("ord")[1]:m.span("ord")[1] + 1] == "-"
            if the in ("its", "their") or (the == "the" and hyphen and not m["ya"]):
                # "its fourth quarter", "the third-quarter results": the determiner belongs to the noun
                start = m.span("ya")[0] if m["ya"] else m.span("y0")[0] if m["y0"] else \
                    m.span("fisc")[0] if m["fisc"] else m.span("ord")[0]
                f.start = start
        return f

    def _half_year(self, n: int, y, m) -> Found:
        """Half n (1 or 2) of year y, or of the year the narrative or publication date gives."""
        if not y:
            y, why = self._default_quarter_year(1 if n == 1 else 3, m.start, m.end)
            if y is None:
                return Found(f"XXXX-H{n}", anchor="unresolved", why=why)
        return Found(f"{int(y):04d}-H{n}", why="a half year")

    def _quarter(self, m) -> Found | None:
        ref = self.ref
        if m["qq"]:
            code = m["qq"]
            y = m["y"]
            if y and y[0] in "'\u2019":
                y = self.two_digit_year(y[1:])
            n = int(code[1])
            if code[0] == "H":
                return self._half_year(n, y, m)
            if not y:
                y, why = self._default_quarter_year(n, m.start, m.end)
                if y is None:
                    return Found(f"XXXX-Q{n}", anchor="unresolved", why=why)
            self.A.note_quarter(int(y), n, m.start)
            return Found(f"{int(y):04d}-Q{n}", why="a quarter")
        q_word = m["q"].lower()
        if q_word == "quarters" or q_word == "halves":
            return None
        if _PART_OF_EVENT.match(self.text, m.end):
            return None  # "the second half of the game": a part of an event, not of a year
        if q_word == "half" and not (m["y"] or m["y0"] or m["ofy"] or m["rel"]):
            sent = self.A.sentence_start(m.start)
            if _GAME_WORDS.search(self.text, sent, min(len(self.text), m.end + 120)):
                return None  # "took the lead early in the second half": a half of a match
        ord_ = re.sub(r"\s+", " ", (m["ord"] or "").lower()).replace("fiscal ", "")
        half = q_word == "half"
        num = {"first": 1, "second": 2, "third": 3, "fourth": 4, "1st": 1, "2nd": 2, "3rd": 3, "4th": 4}.get(ord_)
        y = m["y"] or m["y0"]
        if m["ofy"]:
            oy, why = self._of_year(m)
            if oy is None:
                return Found(f"XXXX-{'H' if half else 'Q'}{num or 'X'}", anchor="unresolved", why=why)
            y = str(oy)
        rel = (m["rel"] or "").lower()
        if m["ya"] and not y and num and ref:
            y0, _ = self._default_quarter_year(num, m.start, m.end)
            y = str(y0 - 1)  # "the year-ago third quarter"
        if rel and ref:
            y = str(ref.year + {"this": 0, "last": -1, "next": 1}[rel])
        elif rel:
            y = None
        if half:
            if num not in (1, 2):
                if ord_ in ("final", "last", "latter") and y:
                    num = 2
                else:
                    return None
            return self._half_year(num, y, m)
        if num is None:
            if ord_ in ("final", "last") and y:
                num = 4
            elif ref is None:
                return Found("XXXX-QX", anchor="unresolved", why="no reference date")
            else:
                ctx = self.A.recent_quarter(m.start)
                cy, cq = ref.year, quarter_of(ref)
                if ord_ in ("latest", "most recent", "past", "last", "recent"):
                    cy, cq = (cy, cq - 1) if cq > 1 else (cy - 1, 4)  # the last quarter completed
                elif ord_ == "previous":
                    if ctx:
                        cy, cq = ctx
                    cy, cq = (cy, cq - 1) if cq > 1 else (cy - 1, 4)
                elif ord_ in ("next", "coming"):
                    cy, cq = (cy, cq + 1) if cq < 4 else (cy + 1, 1)
                elif ord_ == "same" and ctx:
                    cy, cq = ctx
                self.A.note_quarter(cy, cq, m.start)
                return Found(f"{cy:04d}-Q{cq}", anchor="publication", why=f"'{ord_} quarter' from the publication date")
        if not y:
            y, why = self._default_quarter_year(num, m.start, m.end)
            if y is None:
                return Found(f"XXXX-Q{num}", anchor="unresolved", why=why)
            anchor = "publication"
        else:
            anchor = "absolute"
        if not (_INDEFINITE_BEFORE.search(m.before(25)) and not m["the"] and m["ord"]
                and self.text[m.span("ord")[1]:m.span("ord")[1] + 1] != "-"):
            # "after a flat second quarter": a quarter described in passing is not the one reported
            # ("a third-quarter loss" is the report's: the article is the loss's)
            self.A.note_quarter(int(y), num, m.start)
        return Found(f"{int(y):04d}-Q{num}", anchor=anchor, why="a quarter")

    def month_rel_year(self, m) -> Found | None:
        """'June last year', 'January this year', 'early March next year'."""
        mon = L.month_number(m["mon"])
        rel = m["rel"].lower()
        mod = _prefix_mod(m.get("pmod"))
        if self.ref is None:
            return Found(f"XXXX-{mon:02d}", anchor="unresolved", why="no reference date", mod=mod)
        y = self.ref.year + {"last": -1, "this": 0, "next": 1}[rel]
        self.A.month, self.A.year = (y, mon), y
        return Found(f"{y:04d}-{mon:02d}", anchor="publication", why=f"{m['mon']} of {rel} year", mod=mod)

    def week_of(self, m) -> Found | None:
        """'the week of March 6': the week holding that day."""
        f = self.month_day(m, L.month_number(m["mon"]), int(m["d"]), m["y"])
        if not f or f.value.startswith("X"):
            return f or None
        d = dt.date.fromisoformat(f.value[:10])
        return Found(week_value(d), anchor=f.anchor, why=f"the week of {d.isoformat()}")

    def year_quarter_context(self, m) -> Found | None:
        """'the 1988 period' in a report about a quarter: that quarter of 1988."""
        y = int(m["y"])
        q = self.A.year_ago_quarter(m.start)
        if q is None:
            return Found(f"{y:04d}", why="a year")
        return Found(f"{y:04d}-Q{q[1]}", anchor="narrative", why=f"quarter {q[1]} (being reported) of {y}")

    def the_unit(self, m) -> Found | None:
        """'the year', 'the quarter', 'the month', 'the week' read from the context."""
        u = m["u"].lower()
        adj = (m["adj"] or "").lower()
        if u == "weekend":
            if self.ref is None:
                return Found("XXXX-WXX-WE", anchor="unresolved", why="no reference date")
            direction, why, _, _ = self.direction(m.start, m.end)
            if direction != FUTURE and re.search(r"(?i)\b(?:before|by|until|till)\s+$", m.before(8)):
                lo = self.A.clause(m.start, m.end)[0]
                if _PROSPECT.search(self.text, lo, m.start):
                    # "aides said an agreement was unlikely before the weekend": a limit ahead, told in the past
                    direction, why = FUTURE, "a limit still ahead in what was said"
            if self.ref.isoweekday() >= 6 and direction != FUTURE and direction != PAST:
                d = self.ref
            else:
                d = weekday_near(self.ref, 6, 1 if direction == FUTURE else -1)
            return Found(week_value(d) + "-WE", anchor="publication", why=f"the weekend: {why}")
        if u == "period":
            if adj not in ("latest", "same", "current"):
                return None
            u = "quarter"
        ended = _ENDED.match(m.after(40))
        if ended and u == "year" and adj in ("", "fiscal"):
            # "the year ended March 31": the twelve months up to that day
            return Found("P1Y", type="DURATION", why="the twelve months ended on a day")
        if ended and u == "quarter" and not adj and ended["mon"] and self.ref is not None \
                and self.A.recent_quarter(m.start) is None:  # a quarter named before may be a fiscal one
            mon, d = L.month_number(ended["mon"]), int(ended["d"])
            days = [c for c in (valid_date(self.ref.year + k, mon, d) for k in (-1, 0)) if c]
            past = [c for c in days if c <= self.ref] if ended["w"].lower() == "ended" else days
            if past:
                last = max(past)
                mid = last - dt.timedelta(days=45)  # the quarter holds most of the three months before that day
                y, q = mid.year, quarter_of(mid)
                self.A.note_quarter(y, q, m.start)
                return Found(f"{y:04d}-Q{q}", anchor="publication", why=f"the quarter ended {last.isoformat()}")
        if adj in ("full", "whole", "entire", "fiscal", "current") and u == "year":
            y = self.ref.year if self.ref else None
            if y is None:
                return Found("XXXX", anchor="unresolved", why="no reference date")
            return Found(f"{y:04d}", why="the year in question")
        if u == "quarter":
            q = self.A.recent_quarter(m.start)
            if q:
                return Found(f"{q[0]:04d}-Q{q[1]}", anchor="narrative", why="the quarter being reported")
            if self.ref is None:
                return Found("XXXX-QX", anchor="unresolved", why="no reference date")
            cq = quarter_of(self.ref)
            y, cq = (self.ref.year, cq - 1) if cq > 1 else (self.ref.year - 1, 4)
            return Found(f"{y:04d}-Q{cq}", anchor="publication", why="the last quarter reported")
        if u == "year":
            if self.ref is None:
                return Found("XXXX", anchor="unresolved", why="no reference date")
            return Found(f"{self.ref.year:04d}", anchor="publication", why="the year of publication")
        return None

    def rel_unit(self, m) -> Found | None:
        if m["u"][0].isupper() and m["rel"][0].isupper() and not _LINE_START.search(m.before(4)):
            return None  # "This Week", a programme (even in quotes: ABC's "This Week")
        rel = m["rel"].lower()
        u = re.sub(r"\s+", " ", m["u"].lower())
        fiscal = bool(m["fisc"]) or u == "fiscal year"
        if u == "fiscal year":
            u = "year"
        ref = self.ref
        if u == "season" and rel in ("this", "current", "last", "past", "previous", "next", "coming", "upcoming") \
                and ref is not None and not fiscal:
            # "this season", "next season" (of a sport, of storms): a season is a year's, and told by its year
            y = ref.year + {"last": -1, "past": -1, "previous": -1, "next": 1, "coming": 1, "upcoming": 1}.get(rel, 0)
            if ref.month <= 2:  # a season running in January or February began the year before (told by that year)
                y -= 1
            return Found(f"{y:04d}", anchor="publication", why=f"'{rel} season': the season of the year {y}")
        if u in ("half", "season"):
            return None
        if rel in ("following", "same", "prior") or (rel == "previous" and u != "quarter"):
            base, anchor = self.A.narrative_day()
            off = {"following": 1, "same": 0, "prior": -1, "previous": -1}[rel]
        else:
            base, anchor = ref, "publication"
            off = {"last": -1, "past": -1, "previous": -1, "latest": -1, "next": 1, "coming": 1, "upcoming": 1,
                   "this": 0, "current": 0, "present": 0}[rel]
        unit = {"week": "W", "month": "M", "year": "Y", "quarter": "Q", "weekend": "WE", "decade": "E", "century": "C"}[u]
        if rel in ("past", "last") and unit in ("E", "C") and m["the"]:
            return Found("P10Y" if unit == "E" else "P100Y", type="DURATION", why=f"the {rel} {u}")
        if base is None:
            return Found({"W": "XXXX-WXX", "M": "XXXX-XX", "Y": "XXXX", "Q": "XXXX-QX", "WE": "XXXX-WXX-WE",
                          "E": "XXX", "C": "XX"}[unit], anchor="unresolved", why="no reference date")
        why = f"'{rel} {u}' from the {anchor} date {base.isoformat()}"
        if unit == "Q":
            ctx = self.A.recent_quarter(m.start)
            if rel in ("latest",) and ctx:
                y, q = ctx
            else:
                d = shift(base, "Q", off)
                y, q = d.year, quarter_of(d)
            self.A.note_quarter(y, q, m.start)
            return Found(f"{y:04d}-Q{q}", anchor=anchor, why=why)
        if unit == "WE":
            if off < 0:
                d = weekday_near(base - dt.timedelta(days=1), 6, -1)
                if (base - d).days < 2:
                    d -= dt.timedelta(days=7)
            elif off > 0:
                d = weekday_near(base + dt.timedelta(days=1), 6, 1)
                if base.isoweekday() >= 6:
                    d += dt.timedelta(days=7)
            else:
                d = weekday_near(base, 6, 1) if base.isoweekday() < 6 else weekday_near(base, 6, -1)
            return Found(week_value(d) + "-WE", anchor=anchor, why=why)
        if unit == "E":
            d = shift(base, "Y", 10 * off)
        elif unit == "C":
            d = shift(base, "Y", 100 * off)
        else:
            d = shift(base, unit, off)
        return Found(value_at(d, unit), anchor=anchor, why=why + (" (fiscal)" if fiscal else ""))

    # ---- years, decades, seasons ------------------------------------------------------
    def year(self, m, fiscal=False) -> Found | None:
        y_txt = m["y"]
        if y_txt.startswith(("'", "\u2019")) or len(y_txt) == 2:
            if not fiscal:
                return None
            y = int(self.two_digit_year(y_txt.lstrip("'\u2019")))
        else:
            y = int(y_txt)
        end = None
        if not fiscal:
            before = m.before(30)
            after = m.after(30)
            prep = re.search(r"(?i)(?:\b(?:in|since|until|till|by|from|through|of|during|before|after|between|and|"
                             r"to|the|early|late|mid|year|its|his|her|their|fiscal|calendar|around|circa|c\.|"
                             r"on|for|as|summer|spring|autumn|fall|winter|[a-z]+'s)\s+|mid-|[,(\u2013-]\s*)$", before)
            if not (1600 <= y <= 2100) and not (prep and 1000 <= y):
                return None
            if re.match(r"\s*(?:%|percent|per\s+cent|[a-z]+\s+(?:percent|people|dollars))", after):
                return None
            if re.search(r"(?i)(?:\b(?:No|no|number|Nos|page|pages|p|pp|Room|room|Flight|flight|Route|route|Highway|"
                         r"Resolution|resolution|code|Article|article|Section|section|Chapter|chapter|Model|model|"
                         r"Boeing|Airbus|Windows|Office|version|Version|v|Suite|suite|Apt|Unit|unit|Box|box|"
                         r"Interstate|Division|Regiment|Brigade|Battalion|Squadron|Law|Act|rule|Rule|Item|item|"
                         r"Tu|Su|MiG|Il|Mi|An|Yak|at|At|about|some|nearly|almost|over|than|least|only|just|"
                         r"up|down|rose|fell|gained|lost|to|from)\.?\s+|[#\u2116]\s*|\d[.,]?\s+)$", before) and not prep:
                return None
            if not prep and re.match(r"\s+(?:[a-z]+s|people|men|women|children|troops|soldiers|police|staff|"
                                     r"persons|militia|[A-Z][a-z]+\s+(?:Street|St\.|Avenue|Ave\.|Road|Rd\.|Boulevard|Blvd))\b",
                                     after) and not re.match(r"\s+(?:was|is|has|as|its|this|has|does|his|years)\b", after):
                return None
            if re.match(r"\s+[A-Z][a-z]+\s+(?:Street|St\.|Avenue|Ave\.|Road|Rd\.|Boulevard|Blvd|Drive|Lane)\b", after):
                return None
            name = _CAP_BEFORE_YEAR.search(before)
            if name and name.group(1).lower() not in _DATE_WORDS_BEFORE_YEAR:
                return None  # "Euro 2024", "Vision 2030", "Expo 2020": the year is part of a name
            if m["y2"]:
                end = m.span("y")[1]
        else:
            if m["y2"]:
                end = m.end
        self.A.year = y
        kind = "a fiscal year" if fiscal else "a year"
        return Found(f"{y:04d}", why=kind, end=end)

    def spoken_year(self, m) -> Found | None:
        y = L.spoken_year_value(m["sy"])
        if y is None or not 1000 <= y <= 2100:
            return None
        self.A.year = y
        return Found(f"{y:04d}", why="a year written in words")

    def year_end(self, m) -> Found | None:
        u = (m["u"] or "year").lower()
        if u != "year":
            if self.ref is None:
                return Found({"month": "XXXX-XX", "week": "XXXX-WXX", "quarter": "XXXX-QX"}[u], mod="END",
                             anchor="unresolved", why="no reference date")
            unit = {"month": "M", "week": "W", "quarter": "Q"}[u]
            return Found(value_at(self.ref, unit), mod="END", anchor="publication", why=f"the end of the {u} of publication")
        if self.ref is not None and re.search(r"(?i)\bsince\s+$", m.before(8)):
            # "the index is up 4% since year-end": the last year-end before the time of writing
            return Found(f"{self.ref.year - 1:04d}", mod="END", anchor="publication",
                         why="since year-end: the end of the year before publication")
        y = self.A.year or (self.ref.year if self.ref else None)
        if y is None:
            return Found("XXXX", mod="END", anchor="unresolved", why="no reference date")
        if self.ref is not None and y < self.ref.year and self.direction(m.start, m.end)[0] == FUTURE and \
                not re.search(r"(?i)\b(?:was|were|had)\b", self.text[self.A.clause(m.start, m.end)[0]:m.start]):
            # "hope to double the data by the end of the year", an old year named before: still to come
            return Found(f"{self.ref.year:04d}", mod="END", anchor="publication",
                         why="the end of the year of publication, still to come")
        return Found(f"{y:04d}", mod="END", anchor="publication", why="the end of the year in question")

    def decade(self, m) -> Found | None:
        dm = (m["dm"] or "").lower().rstrip("-")
        if m["dw"]:
            w = m["dw"].lower()
            tens = {"twenties": 2, "thirties": 3, "forties": 4, "fifties": 5, "sixties": 6, "seventies": 7,
                    "eighties": 8, "nineties": 9}[w]
            if not m["the"]:
                return None  # "in their forties": an age
            y = 1900 + tens * 10
        else:
            dec = m["dec"].lstrip("'\u2019")
            if len(dec) == 2:
                if not (m["dec"][0] in "'\u2019" or m["the"]):
                    return None
                if re.search(r"(?i)\b(?:low|high|upper|lower|mid|his|her|their|its)\s*$", m.before(12)):
                    return None
                if m["dec"][0] not in "'\u2019" and _TEMPERATURE_BEFORE.search(m.before(80)):
                    return None  # "temperatures climbing into the mid-90s", "lows in the 70s": degrees
                base = self.ref.year if self.ref else 2000
                y = 2000 + int(dec) if 2000 + int(dec) <= base else 1900 + int(dec)
            else:
                y = int(dec)
                if y < 1000:
                    return None
        mod = {"early": "START", "late": "END", "mid": "MID", "middle": "MID"}.get(dm, "")
        return Found(f"{y // 10:03d}", mod=mod, why="a decade")

    def century(self, m) -> Found | None:
        c = m["c"].lower()
        n = L.ORDINALS.get(c) or int(re.match(r"\d+", c).group(0))
        if not 1 <= n <= 22:
            return None
        dm = (m["dm"] or "").lower().rstrip("-")
        mod = {"early": "START", "late": "END", "mid": "MID"}.get(dm, "")
        return Found(f"{n - 1:02d}", mod=mod, why="a century")

    def season(self, m) -> Found | None:
        rel = re.sub(r"\s+", " ", (m["rel"] or "").lower()).rstrip("-")
        rel = {"this past": "last", "this coming": "next"}.get(rel, rel)
        if rel.startswith("the ") and rel != "the":
            rel = rel[4:]  # "the early summer"
        s_txt = m["s"]
        code = L.SEASONS[s_txt.lower()]
        y = m["y"] or (L.spoken_year_value(m["sy"]) if m["sy"] else None)
        before = m.before(25)
        start = None
        if rel == "in the":
            start = m.span("rel")[0] + 3
        that = None if rel or y else _THAT_BEFORE.search(before)
        if that:  # "that autumn", "the same summer": read from its first word
            rel, start = "that", m.start - len(before) + that.start()
        if not rel and not y:
            if not re.search(r"(?i)\b(?:in|during|since|until|till|by|over|through|this|last|next|of|before|after|"
                             r"early|late|mid|each|every)\s+$", before):
                return None
        if s_txt[0].isupper() and _CAP_WORD_BEFORE.search(before) and not _SENT_START.search(before) and rel in ("", "the"):
            return None  # the Arab Spring
        if rel in ("the", "in the", "that") and not y and re.match(r"\s+of\s+(?!\d)", m.after(8)):
            return None  # the fall of Baghdad
        if s_txt.lower() == "fall" and rel in ("the", "in the") and re.match(r"\s+(?:in|of)\b", m.after(6)):
            return None
        mod = {"early": "START", "late": "END", "mid": "MID"}.get(rel, "")
        if y:
            self.A.year = int(y)  # "in the spring of 2020. That summer, ...": the year last named
            return Found(f"{int(y):04d}-{code}", mod=mod, why="a season and year", start=start)
        if rel == "that" and self.A.year is not None:
            return Found(f"{self.A.year:04d}-{code}", anchor="narrative", why=f"'that {s_txt}': of the year last named",
                         start=start)
        story = self._season_in_story(m, rel, code)
        if story is not None:
            story.mod, story.start = mod, start
            return story
        ref = self.ref
        if ref is None:
            return Found(f"XXXX-{code}", mod=mod, anchor="unresolved", why="no reference date", start=start)
        def sidx(d):
            mo = d.month
            for c, (a, b) in SEASON_MONTHS.items():
                if (a <= mo <= b) if a <= b else (mo >= a or mo <= b):
                    sy = d.year - 1 if (c == "WI" and mo <= 2) else d.year
                    return sy * 4 + _SEASON_ORDER.index(c)
            return 0
        cur = sidx(ref)
        t = _SEASON_ORDER.index(code)
        cands = [(ref.year + k) * 4 + t for k in (-2, -1, 0, 1)]
        if rel in ("last", "past"):
            k = max(c for c in cands if c < cur)
        elif rel == "next":
            k = min(c for c in cands if c > cur)
        elif rel == "this":
            k = min(cands, key=lambda c: abs(c - cur))
        else:
            direction, _, _, _ = self.direction(m.start, m.end)
            if direction == PAST:
                k = max(c for c in cands if c <= cur)
            elif direction == FUTURE:
                k = min(c for c in cands if c >= cur)
            else:
                k = min(cands, key=lambda c: (abs(c - cur), c > cur))
        return Found(f"{k // 4:04d}-{code}", mod=mod, anchor="publication", why=f"'{rel or s_txt}' from the publication date",
                     start=start)

    def _season_in_story(self, m, rel: str, code: str) -> Found | None:
        """A season without a year in a paragraph whose year is written out: "In 1941, ... in the
        summer" is 1941's; "the next spring" / "the following winter" is the one after the month
        (else the year) the story is in."""
        anaphoric = rel in ("next", "following") and re.search(r"(?i)\bthe\s+$", m.before(5))
        if rel not in ("", "the", "in the", "early", "late", "mid") and not anaphoric:
            return None
        direction, why = (None, "") if anaphoric else self.direction(m.start, m.end)[:2]
        fy = self.A.frame_year(m.start) if anaphoric else self.framed_year(m.start, direction, why)
        if fy is None:
            return None
        if not anaphoric:
            return Found(f"{fy:04d}-{code}", anchor="narrative", why=f"the year {fy} written earlier in the paragraph")
        y, mo = self.A.month if self.A.month and self.A.month[0] == fy else (fy, 12)
        first = SEASON_MONTHS[code][0]
        y = y if first > mo else y + 1
        return Found(f"{y:04d}-{code}", anchor="narrative", why=f"'{rel} {m['s']}': the one after {fy}-{mo:02d}")

    def holiday(self, m, name, y, rel) -> Found | None:
        found = self._holiday(m, name, y, rel)
        if found is None or not m["we"] or not re.fullmatch(r"\d{4}-\d\d-\d\d", found.value):
            return found
        # "the Labor Day weekend": the weekend nearest the holiday (before a Monday, after a Friday)
        d = dt.date.fromisoformat(found.value)
        sat = min((d + dt.timedelta(days=k) for k in range(-6, 7)), key=lambda x: (x.weekday() != 5, abs((x - d).days)))
        return Found(week_value(sat) + "-WE", anchor=found.anchor, why=found.why + ", its weekend")

    def _holiday(self, m, name, y, rel) -> Found | None:
        key = name.lower()
        after = m.after(12)
        if re.match(r"\s+(?:Island|Rising|Bunny|Offensive|tree|card|carol|Carol|Eve\s+Massacre|Parade)\b", after):
            return None
        if key == "independence day" and not re.search(
                r"(?<![\w.])(?:U\.S\.|US|USA|Americans?|America|United\s+States|July\s+4(?:th)?|Fourth\s+of\s+July)(?!\w)",
                self.text[max(0, m.start - 200):m.end + 100]):
            return None  # each country has its own ("as Ukraine marks Independence Day"): July 4 only for the US
        def on(year):
            if key in L.FIXED_HOLIDAYS:
                mo, d = L.FIXED_HOLIDAYS[key]
                return valid_date(year, mo, d)
            return movable_holiday(key, year)
        if y:
            d = on(int(y))
            return self._day_found(d, f"{name} {y}", "absolute", m.start) if d else None
        ref = self.ref
        if ref is None:
            d = on(2000)
            return Found(f"XXXX-{d.month:02d}-{d.day:02d}" if key in L.FIXED_HOLIDAYS else "XXXX", anchor="unresolved",
                         why="no reference date")
        cands = [c for c in (on(ref.year + k) for k in (-1, 0, 1)) if c]
        r = (rel or "").lower()
        if r == "last":
            c = max(c for c in cands if c < ref)
        elif r == "next":
            c = min(c for c in cands if c > ref)
        else:
            c = self._choose(cands, ref, self.direction(m.start, m.end)[0])
        return self._day_found(c, f"{name} nearest the publication date", "publication", m.start)

    # ---- durations and sets -----------------------------------------------------------
    def compound_duration(self, m) -> Found | None:
        n, n2 = _qty(re.sub(r"\s+", " ", m["n"].lower())), _qty(re.sub(r"\s+", " ", m["n2"].lower()))
        u, u2 = _unit(m["u"]), _unit(m["u2"])
        order = ["Y", "M", "W", "D", "H", "MIN"]
        if n is None or n2 is None or u not in order or u2 not in order or order.index(u2) <= order.index(u):
            return None  # "three days and two years": no one length
        if (n != 1) == (m["u"].lower() in ("year", "month", "week", "day", "hour")) and m["n"].lower() not in ("a", "an", "one"):
            return None  # "five year and ...": not a count of units
        parts = {u: n, u2: n2}
        if "W" in parts and len(parts) == 2 and "D" in parts:  # weeks and days: days, as ISO writes them
            parts = {"D": parts["W"] * 7 + parts["D"]}
        elif "W" in parts:
            return Found(duration_value(n, u), type="DURATION", why="a duration", end=m.span("u")[1])
        date = "".join(f"{parts[k]:g}{k}" for k in ("Y", "M", "D") if k in parts)
        time = "".join(f"{parts[k]:g}{'M' if k == 'MIN' else k}" for k in ("H", "MIN") if k in parts)
        value = "P" + date + ("T" + time if time else "")
        return Found(value, type="DURATION", why=f"a duration of {m['n']} {m['u']} and {m['n2']} {m['u2']}")

    def duration(self, m, range_=False) -> Found | None:
        u_txt = m["u"]
        unit = _unit(u_txt)
        n_txt = re.sub(r"\s+", " ", m["n"].lower())
        n = _qty(n_txt)
        the = (m.get("the") or "").strip().lower()
        rel = re.sub(r"\s+", " ", (m.get("rel") or "").lower())
        ap = re.sub(r"\s+", " ", (m.get("ap") or "").lower().strip())
        tail = (m.get("tail") or "").lower()
        start = None
        if rel == "last" and not the and re.search(r"(?i)\b(?:could|would|will|may|might|to|should|can|must|did|does|do|"
                                                    r"not|which|that|it|they|he|she|we|strike|war|talks)\s+$", m.before(12)):
            rel = ""  # "could last two weeks": the verb
            start = m.span("ap")[0] if m["ap"] else m.span("n")[0]
        elif the in ("its", "his", "her", "their", "that", "this", "those") or (the and m.get("sep") == "-" and not rel):
            # "the 30-day ceasefire": the determiner belongs to the noun, not to the duration
            start = m.span("rel")[0] if m["rel"] else (m.span("ap")[0] if m["ap"] else m.span("n")[0])
        if tail.endswith("-old") or re.match(r"\s+old\b", m.after(6)) or (tail == "" and re.match(r"-old\b", m.after(5))):
            return None  # an age: "a 6-year-old boy"
        if unit == "Q" and (m.get("sep") == "-" or re.match(r"\s+of\b", m.after(5)) or (n_txt in ("a", "an") and not rel)):
            return None  # "three-quarters of", "a quarter of the vote"
        if unit == "S" and (n_txt in ("a", "an", "one") or not (u_txt.lower().endswith("s") or (
                m.get("sep") == "-" and n is not None and n > 1))):
            return None  # "a second time", "one second"; "a 30-second commercial" is a duration
        if unit == "S" and n_txt in ("a", "an"):
            return None
        plural = u_txt.lower().endswith("s") or u_txt.lower() in ("centuries", "millennia")
        if n_txt in ("a", "an") and plural:
            return None
        if n is not None and n > 1 and not plural and m.get("sep") != "-" and not range_ and n_txt not in ("a", "an"):
            if u_txt.lower() not in ("century", "year", "month", "day", "week", "hour"):
                return None
        if n_txt in ("a", "an") and not rel and not ap and _COUNT_CONTEXT.search(m.before(25)):
            return Found(duration_value(1, unit), type="SET", why="a rate: per " + u_txt)
        if n_txt in ("one",) and u_txt.lower() == "day" and not rel and not the and not ap:
            if re.match(r"\s+(?:,|\.|he|she|they|we|I|it|the|soon|you|in\s+the\s+future)\b", m.after(15)) or \
                    re.search(r"(?i)(?:^|[.!?\"\u201c]\s*)$", m.before(3)) or \
                    re.search(r"(?i)\b(?:will|would|could|may|might|can|shall|should|must|hope[sd]?\s+(?:that\s+)?\w+)\s+$",
                              self.text[max(0, m.span("n")[0] - 30):m.span("n")[0]]):  # "Islam will one day be..."
                return Found("FUTURE_REF", why="'one day': some day", granularity="vague")
        if range_:
            n2 = _qty(m["n2"])
            if n is None or n2 is None or n2 <= n:
                return None
            value = duration_value(None, unit)
            return Found(value, type="DURATION", why=f"between {n:g} and {n2:g} {u_txt}")
        if tail.startswith((" to", " or ")) and re.search(r"\d|[a-z]", tail):
            value = duration_value(None, unit)
            return Found(value, type="DURATION", why="a range of durations", start=start)
        if n is not None and n > 10000:
            return None
        mod = {"about": "APPROX", "around": "APPROX", "nearly": "APPROX", "almost": "APPROX", "approximately": "APPROX",
               "roughly": "APPROX", "some": "APPROX", "close to": "APPROX", "more than": "MORE_THAN", "over": "MORE_THAN",
               "well over": "MORE_THAN", "less than": "LESS_THAN", "fewer than": "LESS_THAN", "under": "LESS_THAN",
               "at least": "EQUAL_OR_MORE", "up to": "EQUAL_OR_LESS", "no more than": "EQUAL_OR_LESS",
               "not more than": "EQUAL_OR_LESS", "as many as": "EQUAL_OR_LESS",
               "as much as": "EQUAL_OR_LESS"}.get(ap, "")
        if n is not None and "and a half" in tail:
            n += 0.5
        if n is not None and not the and not rel and not ap and unit in ("D", "W", "M", "Y") and self.ref and \
                re.search(r"(?<![\w-])in\s+$", m.before(4)) and n == int(n):
            direction, _, _, _ = self.direction(m.start, m.end)
            if direction == FUTURE:
                d = shift(self.ref, unit, int(n))
                return Found(value_at(d, unit), anchor="publication", why=f"'in {n_txt} {u_txt}': that long after publication")
        value = duration_value(n, unit)
        why = f"a duration of {n_txt} {u_txt}"
        if rel in ("past", "last", "previous", "preceding"):
            why += " up to the publication date" if self.ref else ""
        return Found(value, type="DURATION", mod=mod, why=why, start=start)

    def vague_units(self, m) -> Found | None:
        u = m["u"].lower()
        rel = re.sub(r"\s+", " ", (m.get("rel") or "").lower())
        if rel in ("ahead", "to come"):
            rel = "coming"
        unit = _unit(u)
        ref = self.ref
        if rel == "last" and not m["the"] and _VERB_LAST_BEFORE.search(m.before(12)):
            return None  # "expected to last weeks": the verb; the bare plural is read alone
        if rel == "recent" or rel in ("past", "last", "previous", "preceding"):
            lo = None
            if ref:
                span = {"D": ("D", -7), "W": ("W", -3), "M": ("M", -2), "Q": ("M", -6), "Y": ("Y", -3), "E": ("Y", -20),
                        "C": ("Y", -200), "H": ("D", -1), "MIN": ("D", 0), "S": ("D", 0), "WE": ("W", -3)}.get(unit, ("M", -2))
                try:
                    lo = shift(ref, span[0], span[1])
                except (OverflowError, ValueError):
                    lo = None
            return Found("PAST_REF", anchor="publication" if ref else "unresolved", why=f"'{rel} {u}': a while before publication",
                         date=lo, date_end=ref if lo else None, granularity="vague")
        if rel in ("coming", "next", "following", "ensuing", "subsequent"):
            hi = None
            if ref:
                span = {"D": ("D", 7), "W": ("W", 3), "M": ("M", 3), "Q": ("M", 6), "Y": ("Y", 3), "E": ("Y", 20)}.get(unit, ("M", 2))
                try:
                    hi = shift(ref, span[0], span[1])
                except (OverflowError, ValueError):
                    hi = None
            if rel in ("following", "ensuing", "subsequent"):
                return Found(duration_value(None, unit), type="DURATION", why=f"'{rel} {u}'")
            return Found("FUTURE_REF", anchor="publication" if ref else "unresolved", why=f"'{rel} {u}': a while after publication",
                         date=ref if hi else None, date_end=hi, granularity="vague")
        if rel and rel not in ("early", "first", "final", "initial", "remaining", "intervening"):
            return None
        if unit in ("H", "MIN") and not rel and re.search(r"(?i)\bin\s+$", m.before(4)):
            return None  # "in hours": a measure ("paid in hours"), or read with what follows
        return Found(duration_value(None, unit), type="DURATION", why=f"an unspecified number of {u}")

    def set_every(self, m) -> Found | None:
        q = m["q"].lower()
        u_txt = m["u"]
        other = bool(m["other"])
        n = _qty(m["n"]) if m["n"] else 1
        freq = m["freq"]
        if n is None:
            return None
        if q in ("a", "an") and not freq and not _COUNT_CONTEXT.search(m.before(25)):
            return None
        wd = L.weekday_number(u_txt) if u_txt[0].isupper() else None
        mon = L.month_number(u_txt) if u_txt[0].isupper() and not wd else None
        if q in ("a", "an", "per") and (wd or mon):
            return None
        if wd:  # "every Monday night": that part of every Monday
            part = f"T{L.PARTS_OF_DAY[m['part'].lower()]}" if m["part"] else ""
            return Found(f"XXXX-WXX-{wd}{part}", type="SET", why=f"{q} {u_txt}")
        if mon:
            return Found(f"XXXX-{mon:02d}", type="SET", why=f"{q} {u_txt}")
        low = u_txt.lower()
        if low in L.SEASONS:
            return Found(f"XXXX-{L.SEASONS[low]}", type="SET", why=f"{q} {u_txt}")
        if low in ("morning", "evening", "night", "afternoon"):
            return Found(f"XXXX-XX-XXT{L.PARTS_OF_DAY[low]}", type="SET", why=f"{q} {u_txt}")
        unit = _unit(low)
        if unit == "S" and q in ("a", "an", "per"):
            return None
        if other:
            n *= 2
        return Found(duration_value(n, unit), type="SET", why=f"{q} {m['n'] or ''} {u_txt}".replace("  ", " "))

    def set_adverb(self, m) -> Found | None:
        w = m["adv"]
        before = m.before(20)
        if w[0].isupper() and _CAP_WORD_BEFORE.search(before) and not _SENT_START.search(before):
            return None  # China Daily
        if w[0].isupper() and re.match(r"\s+[A-Z]", m.after(3)):
            return None  # Daily Mail
        if re.search(r"(?i)\bthe\s+$", before) and re.match(r"\s+[A-Z]", m.after(3)):
            return None  # the daily Haaretz
        if w.lower() in ("quarterly", "monthly", "weekly", "annually", "yearly") and re.match(
                r"\s+(?:[a-z]+(?:s|ing|end|ends|ion|ions|ate|rate|rates|report|figures|data|meeting|magazine|"
                r"publication|newsletter|payment|dividend|profit|loss|earnings|results|sales|revenue)\b)", m.after(20)) \
                and not re.match(r"\s+(?:in|on|at|by|from|to|and|or|since|until|as|for|with|is|was)\b", m.after(8)):
            return None  # "a quarterly dividend": an adjective
        v = {"daily": "P1D", "weekly": "P1W", "monthly": "P1M", "annually": "P1Y", "yearly": "P1Y", "hourly": "PT1H",
             "quarterly": "P3M", "nightly": "P1D", "biweekly": "P2W", "bimonthly": "P2M", "biannually": "P6M",
             "semiannually": "P6M", "semi-annually": "P6M", "fortnightly": "P2W"}[w.lower()]
        return Found(v, type="SET", why=f"'{w}'")

    # ---- vague references ----------------------------------------------------------------
    def vague(self, m) -> Found | None:
        w = re.sub(r"\s+", " ", m["w"].lower())
        ref = self.ref
        after = m.after(25)
        start = None
        if w.endswith("now") and w != "now":
            first = w.split()[0]
            if first in ("until", "up", "by"):
                start = m.end - 3
        if w.startswith("in the "):
            start = m.start + 3
        if w in ("recently", "lately") and re.match(r"(?i)\s+as\b", after) and re.search(r"(?i)\bas\s+$", m.before(4)):
            return None  # "as recently as Tuesday": the date that follows is the time
        if w in ("soon", "shortly") and re.match(r"(?i)\s+(?:after|afterwards?|thereafter|as|before|enough|to\s+be)\b", after):
            return None
        if w == "shortly" and not re.search(r"(?i)\b(?:will|would|expected|due|to)\b", m.before(60)):
            return None
        if w in ("current", "recent") and re.match(r"\s*(?:[-,.;:)]|$)", after):
            return None
        if w == "current" and re.match(r"(?i)\s+(?:account|accounts|affairs|events|density|flows?|sea|ocean|"
                                        r"president|prime|minister|chairman|chief|members?|holders?|version|"
                                        r"form|owner|law|system|regime|government|administration|issue|edition|"
                                        r"generation|state|list|rules|leadership|status|crisis|situation|"
                                        r"policy|policies|team|coach|head|director|and|or|year|month|week|quarter)\b", after):
            return None
        if w == "recent" and re.match(r"(?i)\s+(?:history|memory|memories|past|times|years|months|weeks|days|decades)\b", after):
            return None
        if w == "the past" and re.match(r"(?i)\s+(?:is|was|few|several|\d|year|week|month|decade|century)\b", after):
            return None
        if w == "now" and re.match(r"\s*-", after):
            return None
        if w == "the present" and re.match(r"(?i)\s+(?:day|time)", after):
            return None
        if w in ("now", "right now", "just now", "currently", "at present", "presently", "nowadays", "these days",
                 "at the moment", "at this time", "for the time being", "the present", "the present day",
                 "the present time", "present-day", "current", "until now", "up to now", "by now"):
            return Found("PRESENT_REF", anchor="publication" if ref else "unresolved", why=f"'{w}': the time of writing",
                         date=ref, date_end=ref, granularity="vague", start=start)
        if w in ("recently", "lately", "recent", "formerly", "previously", "the past"):
            lo = shift(ref, "M", -3) if ref and w in ("recently", "lately", "recent") else None
            return Found("PAST_REF", anchor="publication" if ref else "unresolved", why=f"'{w}': before the time of writing",
                         date=lo, date_end=ref if lo else None, granularity="vague", start=start)
        hi = None
        if ref and w in ("soon", "shortly", "the near future", "the near term", "the short term", "as soon as possible"):
            hi = shift(ref, "M", 3)
        if "few" in w or w.startswith("in the"):
            unit = _unit(w.split()[-1])
            if ref:
                hi = shift(ref, {"D": "D", "W": "W", "M": "M", "Y": "Y"}.get(unit, "M"),
                           {"D": 7, "W": 3, "M": 3, "Y": 3}.get(unit, 3))
        return Found("FUTURE_REF", anchor="publication" if ref else "unresolved", why=f"'{w}': after the time of writing",
                     date=ref if hi else None, date_end=hi, granularity="vague", start=start)
