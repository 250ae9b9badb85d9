"""The dashboard's view as URL query parameters, and back.

The view (every filter plus the lane mode) lives in the URL query so a view
can be bookmarked and passed on:

    ?group=Iran&group=Kataib%20Hezbollah&type=attack&start=2020-01-01&end=2020-12-31&q=rocket

`parse_query` never raises: unknown groups, types, stances or sources, bad
dates, a reversed date range and unknown keys are dropped and described in
`notices`, so a bad link shows the unfiltered (or empty) view with a notice.
"""
from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from urllib.parse import parse_qsl, urlencode

from ..table import CATEGORY_COLUMNS

STANCES = ["accusation", "denial", "condemnation", "warning", "threat", "appeal",
           "rejection", "claim", "other"]
TYPES = [t for t in CATEGORY_COLUMNS["type"]]
LANE_MODES = ("group", "type")
MAX_Q = 200
MAX_VALUES = 200  # repeated keys beyond this are ignored

_KEYS = ("group", "type", "stance", "start", "end", "q", "source", "lanes")
_DATE_RE = re.compile(r"^(\d{4})(?:-(\d{1,2})(?:-(\d{1,2}))?)?$")


@dataclass
class ViewState:
    groups: list[str] = field(default_factory=list)
    types: list[str] = field(default_factory=list)
    stances: list[str] = field(default_factory=list)
    start: str | None = None  # ISO day
    end: str | None = None
    q: str = ""
    sources: list[str] = field(default_factory=list)
    lanes: str = "group"

    def filter_kwargs(self) -> dict:
        """Keyword arguments of `timeline.table.filter_events`."""
        return {"groups": self.groups, "types": self.types, "stances": self.stances,
                "start": self.start, "end": self.end, "q": self.q, "sources": self.sources}

    def to_dict(self) -> dict:
        return {"groups": list(self.groups), "types": list(self.types),
                "stances": list(self.stances), "start": self.start, "end": self.end,
                "q": self.q, "sources": list(self.sources), "lanes": self.lanes}

    @classmethod
    def from_dict(cls, d: dict | None) -> "ViewState":
        d = d or {}
        return cls(groups=list(d.get("groups") or []), types=list(d.get("types") or []),
                   stances=list(d.get("stances") or []), start=d.get("start") or None,
                   end=d.get("end") or None, q=d.get("q") or "",
                   sources=list(d.get("sources") or []),
                   lanes=d.get("lanes") if d.get("lanes") in LANE_MODES else "group")

    def is_filtered(self) -> bool:
        return bool(self.groups or self.types or self.stances or self.start or self.end
                    or self.q or self.sources)


@dataclass
class Vocabulary:
    """The values a filter may take, from the loaded table."""

    groups: Sequence[str] = ()
    sources: Sequence[str] = ()
    types: Sequence[str] = tuple(TYPES)
    stances: Sequence[str] = tuple(STANCES)


def parse_day(text: str | None) -> dt.date | None:
    """An ISO day (2020-12-21); YYYY-MM and YYYY give the first day. None if not a date."""
    if text is None:
        return None
    m = _DATE_RE.match(str(text).strip())
    if not m:
        return None
    year, month, day = int(m.group(1)), int(m.group(2) or 1), int(m.group(3) or 1)
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def _last_day(text: str, day: dt.date) -> dt.date:
    """The last day of the period an end date names (2020 -> 2020-12-31, 2020-02 -> 2020-02-29)."""
    parts = str(text).strip().split("-")
    if len(parts) == 1:
        return dt.date(day.year, 12, 31)
    if len(parts) == 2:
        nxt = dt.date(day.year + (day.month == 12), day.month % 12 + 1, 1)
        return nxt - dt.timedelta(days=1)
    return day


def _match(values: Iterable[str], known: Sequence[str], what: str, notices: list[str],
           fold: bool = True) -> list[str]:
    """The given values that are known (canonical spelling), unknown ones noted."""
    table = {(k.casefold() if fold else k): k for k in known}
    out: list[str] = []
    unknown: list[str] = []
    for raw in values:
        value = raw.strip()
        if not value:
            continue
        canon = table.get(value.casefold() if fold else value)
        if canon is None:
            unknown.append(value)
        elif canon not in out:
            out.append(canon)
    if unknown:
        shown = ", ".join(repr(_clip(u)) for u in unknown[:5]) + (" …" if len(unknown) > 5 else "")
        notices.append(f"Unknown {what} ignored: {shown}.")
    return out


def _clip(text: str, n: int = 60) -> str:
    return text if len(text) <= n else text[: n - 1] + "…"


def parse_query(search: str | None, vocab: Vocabulary | None = None) -> tuple[ViewState, list[str]]:
    """(view, notices) for a URL query string ('?group=Iran&start=2020-01-01' or without '?')."""
    vocab = vocab or Vocabulary()
    notices: list[str] = []
    text = (search or "").lstrip("?")
    try:
        pairs = parse_qsl(text, keep_blank_values=False, max_num_fields=2 * MAX_VALUES)
    except ValueError:
        pairs = parse_qsl(text[:4000], keep_blank_values=False)[: 2 * MAX_VALUES]
        notices.append("Too many parameters in the address; some were ignored.")
    values: dict[str, list[str]] = {k: [] for k in _KEYS}
    unknown_keys: list[str] = []
    for key, value in pairs:
        k = key.strip().lower()
        if k in values:
            values[k].append(value)
        elif k not in unknown_keys:
            unknown_keys.append(k)
    if unknown_keys:
        notices.append("Unknown parameter ignored: " + ", ".join(repr(_clip(k)) for k in unknown_keys[:5]) + ".")
    state = ViewState()
    state.groups = _match(values["group"], vocab.groups, "group", notices)
    state.types = _match(values["type"], vocab.types, "type", notices)
    state.stances = _match(values["stance"], vocab.stances, "stance", notices)
    state.sources = _match(values["source"], vocab.sources, "source", notices, fold=False)
    q = " ".join(v.strip() for v in values["q"] if v.strip())
    if len(q) > MAX_Q:
        notices.append(f"Search text cut to {MAX_Q} characters.")
        q = q[:MAX_Q]
    state.q = q
    start = end = None
    for key in ("start", "end"):
        raw = values[key][-1] if values[key] else None
        if raw is None or not raw.strip():
            continue
        day = parse_day(raw)
        if day is None:
            notices.append(f"{key.capitalize()} date {_clip(raw)!r} is not a date (use YYYY-MM-DD); ignored.")
            continue
        if key == "start":
            start = day
        else:
            end = _last_day(raw, day)
    if start and end and start > end:
        notices.append(f"Start date {start} is after end date {end}; date range ignored.")
        start = end = None
    state.start = start.isoformat() if start else None
    state.end = end.isoformat() if end else None
    lanes = values["lanes"][-1].strip().lower() if values["lanes"] else "group"
    if lanes not in LANE_MODES:
        notices.append(f"Lanes {_clip(lanes)!r} unknown (use group or type); lanes by group.")
        lanes = "group"
    state.lanes = lanes
    return state, notices


def to_query(state: ViewState) -> str:
    """The URL query ('?...', or '' for the unfiltered view) of a view."""
    pairs: list[tuple[str, str]] = []
    pairs += [("group", g) for g in state.groups]
    pairs += [("type", t) for t in state.types]
    pairs += [("stance", s) for s in state.stances]
    if state.start:
        pairs.append(("start", state.start))
    if state.end:
        pairs.append(("end", state.end))
    if state.q:
        pairs.append(("q", state.q))
    pairs += [("source", s) for s in state.sources]
    if state.lanes != "group":
        pairs.append(("lanes", state.lanes))
    return "?" + urlencode(pairs) if pairs else ""


def from_controls(groups, types, stances, start, end, q, sources, lanes,
                  vocab: Vocabulary | None = None) -> tuple[ViewState, list[str]]:
    """The view the filter controls show (validated the same way as a URL)."""
    pairs: list[tuple[str, str]] = []
    for key, vals in (("group", groups), ("type", types), ("stance", stances), ("source", sources)):
        if isinstance(vals, str):
            vals = [vals]
        pairs += [(key, str(v)) for v in (vals or [])]
    for key, val in (("start", start), ("end", end)):
        if val:
            pairs.append((key, str(val)[:10]))
    if q:
        pairs.append(("q", str(q)))
    if lanes:
        pairs.append(("lanes", str(lanes)))
    return parse_query(urlencode(pairs), vocab)
