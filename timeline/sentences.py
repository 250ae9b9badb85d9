"""Sentence splitting for news text, with character offsets.

Rules, in the order they matter for news:
- paragraphs are separated by blank lines; a sentence never crosses one;
- inside a paragraph a single line break is a space (hard-wrapped text),
  except after a line that reads as a heading, byline or dateline (no final
  punctuation, short) -- such a line is a unit of its own -- and around bulleted
  lines ("- ...", "• ...", "1. ..."), each of which is a unit;
- a sentence ends at . ! ? (plus closing quotes/brackets) followed by space and
  something that can start a sentence, unless the period belongs to an
  abbreviation (Gen., Dr., Jan., No. 5), an initial (J. Smith), or a dotted
  acronym followed by a word that does not start sentences (U.S. embassy);
- wire copy's typewriter quotes (``...'') are quotes like “...”;
- a quotation that opens in a sentence and closes in the same paragraph is kept
  whole with its attribution ("... not yours. We will not ...," he said.).
"""
from __future__ import annotations

import re

from .model import Sentence

# Abbreviations whose period does not end a sentence (case-sensitive, without the final period).
_TITLE_ABBREV = {
    "Mr", "Mrs", "Ms", "Dr", "Prof", "Gen", "Lt", "Col", "Maj", "Capt", "Cmdr", "Cdr", "Sgt",
    "Adm", "Brig", "Gov", "Sen", "Rep", "Rev", "Fr", "St", "Sr", "Jr", "Pres", "Amb", "Hon",
    "Supt", "Insp", "Cpl", "Pvt", "Pfc", "Spc", "Spec", "Det", "Sgts", "Sens", "Reps", "Govs", "Gens", "Messrs", "Mt", "Ft", "No", "Nos", "Vol", "Art",
    "vs", "v", "approx", "ca", "cf", "al", "Inc", "Corp", "Co", "Ltd", "Bros", "Dept", "Univ",
    "Assn", "Ave", "Blvd", "Rd", "est", "Fig", "fig", "p", "pp", "ed", "eds",
}
_MONTH_ABBREV = {"Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec"}
_WEEKDAY_ABBREV = {"Mon", "Tue", "Tues", "Wed", "Thu", "Thurs", "Fri", "Sat", "Sun"}
# Words that typically open a sentence: after "U.S." or "a.m." they signal a boundary.
_SENTENCE_STARTERS = {
    "The", "A", "An", "It", "He", "She", "They", "We", "I", "You", "This", "That", "These",
    "Those", "But", "And", "In", "On", "At", "After", "Before", "When", "While", "There",
    "His", "Her", "Their", "Its", "Our", "However", "Meanwhile", "If", "As", "For", "Since",
    "Earlier", "Later", "Last", "Some", "Many", "No", "One", "Two", "Officials", "Yet", "So",
    "Such", "Most", "Other", "Another", "Both", "Each", "What", "Who", "Why", "How", "Then",
}
MAX_SENTENCE = 1500  # longer runs without a boundary (tables, run-on dumps) are cut at spaces
_OPEN_QUOTES = "“‘"
_CLOSE_QUOTES = "”’"
_TERMINAL = ".!?"

# the next sentence opens with a capital (Latin, Cyrillic, Greek), a digit, or a letter of a script without case
# (CJK, Arabic, Hebrew...); CJK full stops need no space after them
_BOUNDARY = re.compile(r"([.!?]+|\.\.\.|…|[。！？]+)([\"”’'\)\]]*)(\s+|(?<=[。！？]))(?=(?:``)?[\"“‘'\(\[]?"
                       r"[A-Z0-9\u00C0-\u024F\u0391-\u03A9\u0400-\u042F\u0590-\u06FF\u3040-\u9FFF\uAC00-\uD7AF])")
_PARA_SPLIT = re.compile(r"\n[ \t\r\f\v]*\n\s*")


def _paragraph_spans(text: str) -> list[tuple[int, int]]:
    spans = []
    pos = 0
    for m in _PARA_SPLIT.finditer(text):
        spans.append((pos, m.start()))
        pos = m.end()
    spans.append((pos, len(text)))
    return [(s, e) for s, e in spans if text[s:e].strip()]


def _is_heading_line(line: str) -> bool:
    """A line that stands alone: heading, byline, dateline, list item without final punctuation."""
    s = line.strip()
    if not s:
        return False
    if s[-1] in _TERMINAL or s[-1] in "\"”’'):;,":
        return False
    if re.match(r"^(By|BY|Author|Posted|Published|Updated|Photo|Image|Source)\b", s):
        return True
    words = re.findall(r"[A-Za-z][\w'’-]*", s)
    if not words or len(s) > 120:
        return False
    capitalized = sum(1 for w in words if w[0].isupper() or len(w) <= 3)
    return capitalized / len(words) >= 0.8


_BULLET = re.compile(r"[ \t]*(?:[-•*–▪●◦]|\d{1,2}[.)])[ \t]+\S")


def _line_units(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Break a paragraph into units at line breaks that follow a heading-like line."""
    units = []
    unit_start = start
    pos = start
    while True:
        nl = text.find("\n", pos, end)
        if nl < 0:
            break
        line = text[pos:nl]
        # a bulleted line is a unit of its own ("- Hamas said on Monday ...", "• Israel called it ...")
        if _is_heading_line(line) or _BULLET.match(text, nl + 1, end) or (_BULLET.match(line) and line.strip()):
            units.append((unit_start, nl))
            unit_start = nl + 1
        pos = nl + 1
    units.append((unit_start, end))
    return units


def _word_before(text: str, idx: int) -> str:
    """The token that ends at idx (where text[idx] is the first terminal character)."""
    j = idx
    while j > 0 and not text[j - 1].isspace() and text[j - 1] not in "\"“‘(":
        j -= 1
    return text[j:idx]


def _next_word(text: str, idx: int) -> str:
    m = re.match(r"(?:``)?[\"“‘'\(\[]?([^\s]+)", text[idx:idx + 60])
    return re.sub(r"[^\w'’.-]", "", m.group(1)) if m else ""


def _is_boundary(text: str, m: re.Match) -> bool:
    punct = m.group(1)
    if punct != ".":
        return True
    word = _word_before(text, m.start(1))
    nxt = _next_word(text, m.end())
    bare = word.rstrip(".")
    if not bare:
        return True
    if bare in _TITLE_ABBREV or bare in _WEEKDAY_ABBREV:
        return False
    if bare in _MONTH_ABBREV:
        return not nxt[:1].isdigit() and nxt in _SENTENCE_STARTERS
    # single initial: "J. Smith", "George W. Bush"
    if len(bare) == 1 and bare.isupper():
        return False
    # dotted acronyms: U.S., U.N., a.m., p.m.
    if re.fullmatch(r"(?:[A-Za-z]\.)+[A-Za-z]", bare):
        return nxt in _SENTENCE_STARTERS
    # numbers like "No. 5" handled above; "3.5" never matches (needs whitespace after)
    return True


def _quote_end(text: str, open_idx: int, limit: int) -> int | None:
    """Index just after the quotation opened at open_idx, if it closes before `limit`."""
    ch = text[open_idx]
    if ch == "“":
        close = text.find("”", open_idx + 1, limit)
        nxt_open = text.find("“", open_idx + 1, limit)
        if close < 0 or (0 <= nxt_open < close):
            return None
        return close + 1
    if ch == '"':
        close = text.find('"', open_idx + 1, limit)
        return close + 1 if close >= 0 else None
    if text.startswith("``", open_idx):  # typewriter quotes of wire copy: ``...''
        close = text.find("''", open_idx + 2, limit)
        nxt_open = text.find("``", open_idx + 2, limit)
        if close < 0 or (0 <= nxt_open < close):
            return None
        return close + 2
    return None


def _split_unit(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Sentence spans inside one unit (a paragraph or a heading line)."""
    spans: list[tuple[int, int]] = []
    # spans of quotations that close within this unit: no boundary inside them
    protected: list[tuple[int, int]] = []
    i = start
    while i < end:
        ch = text[i]
        if ch == "“" or (ch == '"' and (i == start or not text[i - 1].isalnum())) or text.startswith("``", i):
            q_end = _quote_end(text, i, min(end, i + 1500))
            if q_end:
                protected.append((i, q_end))
                i = q_end
                continue
        i += 1
    cur = start
    for m in _BOUNDARY.finditer(text, start, end):
        cut = m.end(2)
        if any(a < m.start(1) and cut < b for a, b in protected):
            continue
        if not _is_boundary(text, m):
            continue
        spans.append((cur, cut))
        cur = m.end()
    spans.append((cur, end))
    out = []
    for s, e in spans:
        while s < e and text[s].isspace():
            s += 1
        while e > s and text[e - 1].isspace():
            e -= 1
        while e - s > MAX_SENTENCE:  # a run-on without boundaries: cut at a clause break or space
            window = text[s:s + MAX_SENTENCE]
            cut = max(window.rfind("; "), window.rfind(", "))
            if cut < MAX_SENTENCE // 2:
                cut = window.rfind(" ")
            if cut <= 0:
                cut = MAX_SENTENCE - 1
            out.append((s, s + cut + 1))
            s += cut + 1
            while s < e and text[s].isspace():
                s += 1
        if s < e:
            out.append((s, e))
    return out


def split_sentences(text: str) -> list[Sentence]:
    """Sentences of `text` with character offsets and paragraph index.

    Headings, bylines and other lines without final punctuation are units of
    their own.  `Sentence.text` is exactly `text[start:end]`.
    """
    if not text:
        return []
    sentences: list[Sentence] = []
    for p_idx, (ps, pe) in enumerate(_paragraph_spans(text)):
        for us, ue in _line_units(text, ps, pe):
            for s, e in _split_unit(text, us, ue):
                sentences.append(Sentence(start=s, end=e, text=text[s:e], paragraph=p_idx))
    return sentences


# A story's dateline: "TAMPA, Fla. - ", "BAGHDAD/WASHINGTON, Feb 3 (Reuters) - ", "Goma (DR Congo) (AFP) - ",
# "ISLAMABAD: ", "ADDIS ABABA, Ethiopia (AP) _ ", "MAPUTO, Oct 5, 2024 (AFP) - ".
# (a city may have accented letters: "BOGOTÁ -", "ASUNCIÓN, Paraguay -")
_DATELINE = re.compile(r"[ \t]*(?P<city>[A-ZÀ-ÖØ-Þ](?:[^\W\d_]|[.'’-])*(?:[ /][A-ZÀ-ÖØ-Þ](?:[^\W\d_]|[.'’-])*){0,3})"
                       r"(?:,[ \t]*(?P<where>[A-Z][\w.'’-]*(?:[ \t][A-Z][\w.'’-]*){0,2}))?"
                       r"(?:,?[ \t]*[A-Z][a-z]{2,8}\.?[ \t]+\d{1,2}(?:,[ \t]*\d{4})?)?"
                       r"[ \t]*(?P<paren>(?:\([^()\n]{1,30}\)[ \t]*){1,2})?(?:_|-{1,2}|—|–|:)(?:[ \t]+(?=\S)|[ \t]*(?=\n|$))")
_NOT_PLACES = {"NEW", "UPDATE", "UPDATED", "BREAKING", "EXCLUSIVE", "WATCH", "ANALYSIS", "OPINION", "EDITORIAL", "LIVE",
               "VIDEO", "PHOTOS", "READ", "NOTE", "CORRECTION", "FACTBOX", "EXPLAINER", "TIMELINE"}
_WIRES = re.compile(r"\((?:AP|Reuters|AFP|UPI|dpa|Xinhua|IANS|ANI|CNN|BBC|PTI|Anadolu|Bernama|Yonhap|Kyodo|TASS)\)")


def dateline_at(text: str, pos: int) -> re.Match | None:
    """The dateline opening the text at `pos`, if any: a city in capitals (with its state or country, a
    date, an agency) before a dash or colon, or any city before a wire agency in brackets.  Dashes in
    pairs ("ISIS - the group that held Mosul - attacked") set off a phrase, not a dateline."""
    m = _DATELINE.match(text, pos)
    if not m:
        return None
    if m["paren"] and _WIRES.search(m["paren"]):
        return m
    first = m["city"].split()[0].split("/")[0].strip(",")
    if first in _NOT_PLACES or not (first.isupper() and len(first) > 2) or m.group(0).rstrip()[-1:] == ":" and len(m["city"].split()) > 3:
        return None
    line_end = text.find("\n", m.end())
    rest = text[m.end():line_end if line_end >= 0 else len(text)][:300]
    if re.search(r"\s(?:-{1,2}|—|–)\s", rest.split(". ")[0]):
        return None
    return m


def story_dateline(text: str) -> re.Match | None:
    """The dateline at the head of one of a story's first three paragraphs (after a title line)."""
    pos, seen = 0, 0
    while seen < 3 and pos < len(text):
        while pos < len(text) and text[pos] in " \t\r\n":
            pos += 1
        m = dateline_at(text, pos)
        if m:
            return m
        nxt = text.find("\n", pos)
        if nxt < 0:
            return None
        pos, seen = nxt + 1, seen + 1
    return None


def dateline_where(m: re.Match) -> str:
    """The state or country a dateline names ("Fla.", "Ethiopia", "DR Congo" in brackets), else ''."""
    if m["where"]:
        return m["where"].strip()
    parens = re.findall(r"\(([^()]*)\)", m["paren"] or "")
    return parens[0].strip() if len(parens) == 2 else ""
