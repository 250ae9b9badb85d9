"""The details panel of one event, and the events grid's rows: pure functions.

Article text is only ever given to Dash as strings (children), which React
renders as text, never as HTML: a `<script>` in an article does nothing.
Links are only made for http(s) addresses.
"""
from __future__ import annotations

import re

import pandas as pd
from dash import html

from ..table import LIST_SEP

_HTTP = re.compile(r"^https?://", re.I)


def is_link(value: str) -> bool:
    return bool(value) and bool(_HTTP.match(str(value).strip()))


def _int(value) -> int | None:
    if value is None or value is pd.NA:
        return None
    try:
        if pd.isna(value):
            return None
    except (TypeError, ValueError):
        pass
    return int(value)


def highlight_parts(sentence: str, time_text: str = "", time_start=None, time_end=None,
                    sentence_start=None) -> list[tuple[str, bool]]:
    """The sentence cut into (text, is_time_expression) parts.

    Uses the offsets (into the article) when they land on the time text inside
    the sentence; else the first case-insensitive occurrence of the time text.
    """
    sentence = str(sentence or "")
    time_text = str(time_text or "")
    ts, te, ss = _int(time_start), _int(time_end), _int(sentence_start)
    a = b = None
    if ts is not None and te is not None and ss is not None:
        a, b = ts - ss, te - ss
        if not (0 <= a < b <= len(sentence)) or (time_text and sentence[a:b].casefold() != time_text.casefold()):
            a = b = None
    if a is None and time_text:
        i = sentence.casefold().find(time_text.casefold())
        if i >= 0:
            a, b = i, i + len(time_text)
    if a is None:
        return [(sentence, False)] if sentence else []
    parts = [(sentence[:a], False), (sentence[a:b], True), (sentence[b:], False)]
    return [p for p in parts if p[0]]


def _day(value) -> str:
    if value is None or value is pd.NaT or (isinstance(value, float) and pd.isna(value)):
        return ""
    try:
        if pd.isna(value):
            return ""
    except (TypeError, ValueError):
        pass
    return pd.Timestamp(value).strftime("%Y-%m-%d")


def date_label(row) -> str:
    start, end = _day(row["date"]), _day(row["date_end"])
    if not start:
        return "undated"
    return start if not end or end == start else f"{start} – {end}"


def _link_or_text(value: str, label: str | None = None):
    value = str(value)
    if is_link(value):
        return html.A(label or value, href=value.strip(), target="_blank", rel="noopener noreferrer")
    return html.Span(label or value)


def details_children(row) -> list:
    """The details panel's content for one event (a row of the events table)."""
    if row is None:
        return [html.P("Click an event in the timeline or a row of the table to see it here.",
                       className="muted")]
    kind = str(row["type"]) + (f" · {row['stance']}" if row["stance"] else "")
    future = bool(row["future"]) if row["future"] is not pd.NA else False
    sentence = [html.Mark(text, className="timex") if is_time else text
                for text, is_time in highlight_parts(row["sentence"], row["time_text"],
                                                     row["time_start"], row["time_end"],
                                                     row["sentence_start"])]
    facts = []
    for label, value in (("Groups", LIST_SEP.join(row["groups"])),
                         ("Actors", LIST_SEP.join(row["actors"])),
                         ("Alleged by", LIST_SEP.join(row["alleged_by"])),
                         ("Location", row["location"])):
        if value:
            facts += [html.Dt(label), html.Dd(str(value))]
    label = date_label(row)
    precision = [str(v) for v in (row["value"], row["granularity"]) if v and str(v) != label]
    how = [html.Dt("Date"), html.Dd(label + (f" ({', '.join(precision)})" if precision else ""))]
    if row["time_text"]:
        how += [html.Dt("Time expression"), html.Dd(f"“{row['time_text']}”")]
    how += [html.Dt("Date basis"), html.Dd(str(row["date_basis"]) + (" — future event" if future else ""))]
    if row["explanation"]:
        how += [html.Dt("How it was read"), html.Dd(str(row["explanation"]), className="explanation")]
    if row["anniversary_of"]:
        how += [html.Dt("Anniversary of"), html.Dd(str(row["anniversary_of"]))]
    title = str(row["title"] or row["source"] or "article")
    article = [html.Dt("Article"),
               html.Dd([_link_or_text(row["url"], title) if row["url"] else html.Span(title),
                        html.Span(f" (published {_day(row['published'])})" if _day(row["published"]) else "",
                                  className="muted")])]
    sources = list(row["sources"]) or ([row["source"]] if row["source"] else [])
    article += [html.Dt(f"Sources ({len(sources)})"),
                html.Dd(html.Ul([html.Li(_link_or_text(s)) for s in sources], className="sources"))]
    return [
        html.Div([html.Span(date_label(row), className="details-date"),
                  html.Span(kind, className=f"badge type-{row['type']}"),
                  html.Span("future", className="badge future") if future else None],
                 className="details-head"),
        html.Blockquote(sentence, className="sentence", id="details-sentence"),
        html.Dl(how, className="facts"),
        html.Dl(facts, className="facts") if facts else None,
        html.Dl(article, className="facts"),
        html.Div(f"event {row['event_id']}", className="muted small"),
    ]


# ---------------------------------------------------------------- grid

GRID_LIMIT = 3000  # rows sent to the grid; the exports hold every filtered row
GRID_COLUMNS = [
    {"field": "date", "headerName": "Date", "width": 102},
    {"field": "when", "headerName": "When", "width": 96, "tooltipField": "when"},
    {"field": "type", "headerName": "Type", "width": 92},
    {"field": "stance", "headerName": "Stance", "width": 96},
    {"field": "groups", "headerName": "Groups", "width": 150, "tooltipField": "groups"},
    {"field": "sentence", "headerName": "Sentence", "flex": 1, "minWidth": 260, "tooltipField": "sentence"},
    {"field": "time_text", "headerName": "Time text", "width": 105},
    {"field": "date_basis", "headerName": "Basis", "width": 90},
    {"field": "date_end", "headerName": "Until", "width": 100},
    {"field": "title", "headerName": "Article", "width": 180, "tooltipField": "title"},
]
GRID_FIELDS = [c["field"] for c in GRID_COLUMNS] + ["event_id"]


# Granularities whose first day would mislead: the grid shows their TIMEX value instead.
_COARSE = {"week", "month", "season", "quarter", "half", "year", "decade", "century", "vague"}
_VAGUE_WORDS = {"PAST_REF": "the past", "PRESENT_REF": "now", "FUTURE_REF": "the future"}


def when_labels(df: pd.DataFrame) -> list[str]:
    """When each event happened, as precise as the text said: 2014, 2020-11, the past..."""
    out = []
    for value, gran in zip(df["value"].astype(str), df["granularity"].astype(str)):
        if gran in _COARSE and value:
            out.append(_VAGUE_WORDS.get(value, value))
        else:
            out.append("")
    return out


def grid_rows(df: pd.DataFrame, limit: int = GRID_LIMIT) -> tuple[list[dict], str]:
    """The grid's rows for the filtered events (at most `limit`), and a note on how many."""
    n = len(df)
    part = df.iloc[:limit]
    out = pd.DataFrame({
        "event_id": part["event_id"].astype(str),
        "date": part["date"].dt.strftime("%Y-%m-%d").fillna(""),
        "date_end": part["date_end"].dt.strftime("%Y-%m-%d").fillna(""),
        "type": part["type"].astype(str),
        "stance": part["stance"].astype(str),
        "groups": [LIST_SEP.join(g) for g in part["groups"]],
        "sentence": part["sentence"].astype(str),
        "time_text": part["time_text"].astype(str),
        "date_basis": part["date_basis"].astype(str),
        "title": part["title"].astype(str),
    })
    out["date_end"] = out["date_end"].where(out["date_end"] != out["date"], "")
    out["when"] = when_labels(part)
    rows = out.to_dict("records")
    note = (f"{n:,} events" if n <= limit else
            f"showing the first {limit:,} of {n:,} events — narrow the filters, or export them all")
    return rows, note
