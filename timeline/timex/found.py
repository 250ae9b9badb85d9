"""What a grammar production returns: a reading of one matched span."""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass


@dataclass
class Found:
    value: str
    type: str = "DATE"
    mod: str = ""
    anchor: str = "absolute"  # absolute, publication, narrative, unresolved
    why: str = ""
    start: int | None = None  # overrides of the matched span (e.g. to drop a preposition)
    end: int | None = None
    date: dt.date | None = None  # overrides of the span computed from the value (vague values)
    date_end: dt.date | None = None
    granularity: str = ""
    anniversary: int | None = None
