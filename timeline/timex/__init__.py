"""The temporal tagger: finds time expressions in English news text and
normalizes them to TIMEX3 values against a reference (publication) date.

    >>> from timeline.timex import tag
    >>> [t.value for t in tag("Rockets hit the embassy on Sunday.", "2020-12-21")]
    ['2020-12-20']

Modules:
- `lexicon`      words of time and the regex fragments built from them
- `candidates`   where the grammar is worth trying (one regex pass, cheap filters)
- `grammar`      the candidate grammar: one small pattern + production per rule
- `found`        what a production returns
- `resolve`      the productions: match -> value (tense, narrative, publication)
- `anchoring`    reference date, narrative reference, clause tense
- `anniversaries` "the anniversary of his death, which is January 3rd"
- `calendar`     calendar arithmetic and TIMEX3 value spans
- `fallback`     dateparser for free-form date strings (lazy, cached)
- `recache`      the compiled regexes kept across runs, like bytecode
- `firstchars`   the characters each rule can begin with (a tool: its table is in `grammar`)
- `tagger`       the single-pass tagging loop
"""
from __future__ import annotations

from .tagger import parse_reference, tag

__all__ = ["tag", "parse_reference"]
