"""The events table: one pandas schema, filtering, and safe exports.

Every consumer (CLI, dashboard, exports) goes through `events_frame` so that
columns, dtypes and list encodings are the same everywhere.  List-valued
columns (groups, actors, alleged_by, sources) are held as Python lists in the
frame and joined with "; " on export.
"""
from __future__ import annotations

import datetime as dt
import io
from collections.abc import Iterable, Sequence
from dataclasses import asdict

import pandas as pd

from .model import Event

LIST_SEP = "; "

# Column order of the table and of every CSV export.
COLUMNS = [
    "event_id", "date", "date_end", "value", "granularity", "type", "stance", "plover",
    "groups", "actors", "alleged_by", "location", "sentence", "time_text", "date_basis",
    "future", "anniversary_of", "explanation", "source", "title", "url", "published",
    "article_id", "sources", "source_count", "first_reported",
    "sentence_start", "sentence_end", "time_start", "time_end",
]
LIST_COLUMNS = ["groups", "actors", "alleged_by", "sources"]
DATE_COLUMNS = ["date", "date_end", "published", "first_reported"]
CATEGORY_COLUMNS = {
    "type": ["attack", "statement", "arrest", "killing", "anniversary", "formation",
             "political", "protest", "other"],
    "granularity": ["time", "day", "week", "month", "season", "quarter", "half", "year",
                    "decade", "century", "vague", "duration", "set", ""],
    "date_basis": ["stated", "implied", "derived", "publication"],
}
INT_COLUMNS = ["source_count", "sentence_start", "sentence_end", "time_start", "time_end"]
# List columns outside the fixed schema that some tables carry (merge_events adds merged_from).
EXTRA_LIST_COLUMNS = ["merged_from"]

# Event types and statement stances to the PLOVER event ontology.
PLOVER = {
    ("attack", ""): "ASSAULT", ("killing", ""): "ASSAULT", ("arrest", ""): "COERCE",
    ("protest", ""): "PROTEST", ("formation", ""): "MOBILIZE", ("political", ""): "POLITICAL",
    ("anniversary", ""): "COMMEMORATE", ("other", ""): "OTHER",
    ("statement", "accusation"): "ACCUSE", ("statement", "condemnation"): "ACCUSE",
    ("statement", "denial"): "REJECT", ("statement", "rejection"): "REJECT",
    ("statement", "warning"): "THREATEN", ("statement", "threat"): "THREATEN",
    ("statement", "appeal"): "REQUEST", ("statement", "claim"): "CLAIM",
    ("statement", "other"): "STATEMENT", ("statement", ""): "STATEMENT",
}
STANCES = ["accusation", "denial", "condemnation", "warning", "threat", "appeal", "rejection", "claim", "other"]


def plover_code(type_: str, stance: str = "") -> str:
    """The PLOVER category of an event type (with a statement's stance)."""
    type_, stance = str(type_ or ""), str(stance or "")
    if type_ == "statement":
        return PLOVER.get((type_, stance), "STATEMENT")
    return PLOVER.get((type_, ""), "OTHER" if type_ else "")
STRING_COLUMNS = [c for c in COLUMNS if c not in LIST_COLUMNS + DATE_COLUMNS + INT_COLUMNS
                  + list(CATEGORY_COLUMNS) + ["future"]]


def _as_list(value) -> list[str]:
    if isinstance(value, (list, tuple)):
        return [str(v) for v in value if str(v).strip()]
    if value is None or (isinstance(value, float) and pd.isna(value)) or value is pd.NA:
        return []
    text = str(value)
    return [part.strip() for part in text.split(";") if part.strip()]


def normalize_frame(df: pd.DataFrame) -> pd.DataFrame:
    """Give any frame of events the table's columns and dtypes (missing columns are added)."""
    df = df.copy()
    for col in COLUMNS:
        if col not in df.columns:
            df[col] = None
    if df["sources"].isna().all() if len(df) else True:
        df["sources"] = df["source"]
    for col in LIST_COLUMNS + [c for c in EXTRA_LIST_COLUMNS if c in df.columns]:
        df[col] = [_as_list(v) for v in df[col]]
    for col in DATE_COLUMNS:
        # one unit whatever the input (dates, ISO strings): tables from memory and from CSV compare equal
        df[col] = pd.to_datetime(df[col], errors="coerce", format="mixed").astype("datetime64[s]")
    if df["first_reported"].isna().any():
        df["first_reported"] = df["first_reported"].fillna(df["published"])
    df["source_count"] = [len(s) if len(s) else 1 for s in df["sources"]] if len(df) else []
    for col in INT_COLUMNS:
        df[col] = pd.to_numeric(df[col], errors="coerce").astype("Int64")
    df["future"] = df["future"].map(_as_bool).astype("boolean")
    for col, cats in CATEGORY_COLUMNS.items():
        values = df[col].fillna("").astype(str)
        extra = sorted(set(values) - set(cats))
        df[col] = pd.Categorical(values, categories=cats + extra)
    for col in STRING_COLUMNS:
        df[col] = df[col].fillna("").astype(str).replace({"nan": "", "None": ""})
    missing = df["plover"] == ""
    if missing.any():
        df.loc[missing, "plover"] = [plover_code(t, s) for t, s in
                                     zip(df.loc[missing, "type"].astype(str), df.loc[missing, "stance"])]
    return df[COLUMNS + [c for c in df.columns if c not in COLUMNS]].reset_index(drop=True)


def _as_bool(value) -> bool:
    if isinstance(value, str):
        return value.strip().lower() in {"true", "1", "yes"}
    if value is None or value is pd.NA or (isinstance(value, float) and pd.isna(value)):
        return False
    return bool(value)


def events_frame(events: Iterable[Event]) -> pd.DataFrame:
    """The events table for a list of `Event` records."""
    rows = [asdict(e) for e in events]
    df = pd.DataFrame(rows, columns=[c for c in COLUMNS if c in Event.__dataclass_fields__] or None)
    return normalize_frame(df)


def empty_frame() -> pd.DataFrame:
    return normalize_frame(pd.DataFrame(columns=COLUMNS))


# ---------------------------------------------------------------- filtering

def filter_events(
    df: pd.DataFrame,
    groups: Sequence[str] = (),
    types: Sequence[str] = (),
    stances: Sequence[str] = (),
    start: dt.date | str | None = None,
    end: dt.date | str | None = None,
    q: str = "",
    sources: Sequence[str] = (),
) -> pd.DataFrame:
    """Rows matching every given filter.

    groups: any of them among the row's groups (or alleged perpetrators);
    start/end: the event's span overlaps [start, end] (undated rows are dropped
    when a range is set); q: case-insensitive substring of sentence, title or
    time text; sources: any of them among the row's sources.
    """
    mask = pd.Series(True, index=df.index)
    if groups:
        wanted = {g.casefold() for g in groups}
        mask &= pd.Series([any(g.casefold() in wanted for g in row_groups)
                           for row_groups in df["groups"]], index=df.index, dtype=bool)
    if types:
        mask &= df["type"].astype(str).isin(list(types))
    if stances:
        mask &= df["stance"].astype(str).isin(list(stances))
    start_ts = _ts(start)
    end_ts = _ts(end)
    if start_ts is not None:
        last = df["date_end"].fillna(df["date"])
        mask &= last.notna() & (last >= start_ts)
    if end_ts is not None:
        mask &= df["date"].notna() & (df["date"] <= end_ts)
    if q and q.strip():
        needle = q.strip().casefold()
        hay = (df["sentence"].astype(str) + "\n" + df["title"].astype(str) + "\n"
               + df["time_text"].astype(str)).str.casefold()
        mask &= hay.str.contains(needle, regex=False)
    if sources:
        wanted_src = set(sources)
        mask &= pd.Series([bool(wanted_src & set(s)) or src in wanted_src
                           for s, src in zip(df["sources"], df["source"])], index=df.index, dtype=bool)
    return df[mask]


def _ts(value) -> pd.Timestamp | None:
    if value is None or value == "":
        return None
    ts = pd.to_datetime(value, errors="coerce")
    return None if pd.isna(ts) else ts


# ---------------------------------------------------------------- export

_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def _guarded(value: str) -> bool:
    """True for a cell that starts like a formula, after any leading quotes (so the guard round-trips)."""
    return value.lstrip("'").startswith(_FORMULA_START)


def neutralize_cell(value: str) -> str:
    """Prefix a cell that a spreadsheet would run as a formula (= + - @ tab CR) with a quote.

    A cell that already starts with quotes before such a character gets one
    more, so that `unneutralize_cell` gives back exactly the original text.
    """
    if isinstance(value, str) and value and _guarded(value):
        return "'" + value
    return value


def unneutralize_cell(value: str) -> str:
    if isinstance(value, str) and len(value) > 1 and value[0] == "'" and _guarded(value[1:]):
        return value[1:]
    return value


def export_frame(df: pd.DataFrame) -> pd.DataFrame:
    """The table as plain strings, as written to CSV: ISO days, lists joined."""
    out = pd.DataFrame(index=df.index)
    for col in df.columns:
        series = df[col]
        if col in LIST_COLUMNS or col in EXTRA_LIST_COLUMNS:
            out[col] = [LIST_SEP.join(v) if isinstance(v, (list, tuple)) else ("" if v is None else str(v))
                        for v in series]
        elif col in DATE_COLUMNS:
            out[col] = series.dt.strftime("%Y-%m-%d").fillna("")
        elif col == "future":
            out[col] = series.map(lambda v: "true" if v is True else "false")
        else:
            out[col] = series.astype(object).where(series.notna(), "").astype(str)
        out[col] = out[col].map(neutralize_cell)
    return out


def to_csv(df: pd.DataFrame) -> str:
    """CSV text of the table, safe to open in a spreadsheet."""
    buf = io.StringIO()
    export_frame(df).to_csv(buf, index=False)
    return buf.getvalue()


def read_csv(path_or_buffer) -> pd.DataFrame:
    """Read an exported CSV back into the table (undoing the formula guard)."""
    raw = pd.read_csv(path_or_buffer, dtype=str, keep_default_na=False)
    raw = raw.map(unneutralize_cell)
    return normalize_frame(raw)


# ---------------------------------------------------------------- JSON exports (dashboard)

def _json_value(col: str, value):
    """One cell as a JSON value: ISO days, lists as arrays, missing as null."""
    if col in LIST_COLUMNS:
        return [str(v) for v in value] if isinstance(value, (list, tuple)) else _as_list(value)
    if value is None or value is pd.NA or value is pd.NaT:
        return None
    if isinstance(value, float) and pd.isna(value):
        return None
    if col in DATE_COLUMNS:
        return pd.Timestamp(value).strftime("%Y-%m-%d")
    if col == "future":
        return bool(value)
    if col in INT_COLUMNS:
        return int(value)
    if hasattr(value, "item"):  # numpy scalars
        return value.item()
    return str(value) if not isinstance(value, (bool, int, float)) else value


def to_records(df: pd.DataFrame) -> list[dict]:
    """The rows as plain JSON-ready dicts (same columns as the CSV)."""
    cols = list(df.columns)
    return [{col: _json_value(col, val) for col, val in zip(cols, row)}
            for row in df.itertuples(index=False, name=None)]


def to_json(df: pd.DataFrame) -> str:
    """JSON text of the table: a list of event objects (ISO days, lists as arrays)."""
    import json

    return json.dumps(to_records(df), ensure_ascii=False, indent=1)


# How much of a date TimelineJS is told, by the event's granularity.
_TLJS_PARTS = {
    "time": ("year", "month", "day"), "day": ("year", "month", "day"),
    "week": ("year", "month", "day"),
    "month": ("year", "month"), "season": ("year", "month"), "quarter": ("year", "month"),
    "half": ("year", "month"),
    "year": ("year",), "decade": ("year",), "century": ("year",),
}


def _tljs_date(ts: pd.Timestamp, parts: tuple[str, ...]) -> dict:
    return {part: str(getattr(ts, part)) for part in parts}


def to_timelinejs(df: pd.DataFrame, title: str = "Timeline") -> str:
    """TimelineJS JSON (https://timeline.knightlab.com/docs/json-format.html) of the dated rows.

    Each date carries only what the event's granularity says: a day-dated event
    gets year, month and day; a month-dated one year and month; a year-dated one
    the year.  Spans (weeks, seasons, decades, vague periods) get an end date.
    TimelineJS renders `text` as HTML, so every article string is escaped.
    """
    import html
    import json

    events = []
    for rec in to_records(df):
        if not rec.get("date"):
            continue
        gran = rec.get("granularity") or ""
        start = pd.Timestamp(rec["date"])
        end = pd.Timestamp(rec["date_end"]) if rec.get("date_end") else None
        if gran == "vague":  # "recent months", "last summer": as precise as the span allows
            parts = ("year", "month") if end is not None and (end - start).days < 400 else ("year",)
        else:
            parts = _TLJS_PARTS.get(gran, ("year", "month", "day"))
        item = {"start_date": _tljs_date(start, parts)}
        if end is not None and end > start and _tljs_date(end, parts) != item["start_date"]:
            item["end_date"] = _tljs_date(end, parts)
        if rec.get("time_text"):
            item["display_date"] = html.escape(rec["time_text"])
        groups = rec.get("groups") or []
        headline = rec.get("type") or "event"
        if groups:
            headline += ": " + ", ".join(groups)
        body = html.escape(rec.get("sentence") or "")
        if rec.get("title"):
            body += "<br><i>" + html.escape(rec["title"]) + "</i>"
        item["text"] = {"headline": html.escape(headline), "text": body}
        if groups:
            item["group"] = html.escape(groups[0])
        item["unique_id"] = rec.get("event_id") or ""
        events.append(item)
    return json.dumps({"title": {"text": {"headline": html.escape(title)}}, "events": events},
                      ensure_ascii=False, indent=1)
