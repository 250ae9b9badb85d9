"""Building the timeline figure from the events table: pure functions.

One lane per group (or per type); colour by event type; marker symbol by how
the date was obtained; future events hollow; an event dated only to a week,
month, season, year or a vague period is drawn as a bar over the span it
covers (its marker, the handle for hover and click, sits at the middle of the
span); a dashed vertical line marks the latest publication date, "now" for the
corpus.  WebGL traces (Scattergl) with base64 typed arrays keep 100,000 events
smooth to send and to draw.

The per-event plotting values (positions, symbols, hover texts) are computed
once per loaded table in a `PointIndex`; a filter change only selects from it.
"""
from __future__ import annotations

import base64
import html
from dataclasses import dataclass

import numpy as np
import pandas as pd
import plotly.io as pio

TYPE_COLORS = {
    "attack": "#d62728", "killing": "#7b1e1e", "arrest": "#ff7f0e", "statement": "#1f77b4",
    "anniversary": "#9467bd", "formation": "#2ca02c", "political": "#17becf",
    "protest": "#bcbd22", "other": "#7f7f7f",
}
EXTRA_COLORS = ["#e377c2", "#8c564b", "#393b79", "#637939", "#843c39"]
BASIS_SYMBOLS = {"stated": "circle", "implied": "diamond", "derived": "square",
                 "publication": "triangle-up"}
BASIS_LABELS = {"stated": "date stated", "implied": "date implied", "derived": "date derived",
                "publication": "publication date"}
SYMBOL_CODES = {"circle": 0, "square": 1, "diamond": 2, "triangle-up": 5}
OPEN = 100  # Plotly: symbol number + 100 is the hollow variant
# Granularities drawn as a bar over their span rather than as a point.
SPAN_GRANULARITIES = {"week", "month", "season", "quarter", "half", "year", "decade", "century", "vague"}
NO_GROUP = "(no group)"
OTHER_LANES = "(other groups)"
MAX_LANES = 20  # what fits the figure's height at 1280×800
HOVER_WORDS = 9
# Beyond this many markers the hover leaves out the sentence's first words (a click
# still shows the whole sentence), to keep the figure light to send and to draw.
HOVER_WORDS_LIMIT = 25_000
# Up to this many markers the figure uses SVG traces (crisper, drawn in the range
# slider too); beyond it WebGL (Scattergl), which keeps 100,000 events smooth.
WEBGL_FROM = 5_000
DAY_MS = 86_400_000.0
TEMPLATE = pio.templates["plotly_white"].to_plotly_json()


def type_color(t: str) -> str:
    if t in TYPE_COLORS:
        return TYPE_COLORS[t]
    return EXTRA_COLORS[sum(map(ord, t)) % len(EXTRA_COLORS)]


def first_words(text: str, n: int = HOVER_WORDS) -> str:
    words = str(text).split()
    return " ".join(words[:n]) + (" …" if len(words) > n else "")


def esc(text: str) -> str:
    """Text for Plotly labels: escaped, since Plotly reads a few HTML tags."""
    return html.escape(str(text), quote=False)


def _esc(series: pd.Series) -> pd.Series:
    return (series.astype(str).str.replace("&", "&amp;", regex=False)
            .str.replace("<", "&lt;", regex=False).str.replace(">", "&gt;", regex=False))


def typed(array, dtype: str = "f8") -> dict:
    """A numeric array as Plotly's base64 typed-array spec (compact, fast to send)."""
    arr = np.ascontiguousarray(np.asarray(array, dtype=dtype))
    return {"dtype": np.dtype(dtype).str.lstrip("<|="),
            "bdata": base64.b64encode(arr.tobytes()).decode()}


def segments(start, end) -> np.ndarray:
    """[start0, end0, NaN, start1, end1, NaN, ...]: one line segment per pair."""
    n = len(start)
    out = np.full(3 * n, np.nan)
    out[0::3], out[1::3] = start, end
    return out


def decode_typed(value) -> np.ndarray | list:
    """The numbers of a typed-array spec (or a plain list)."""
    if isinstance(value, dict) and "bdata" in value:
        return np.frombuffer(base64.b64decode(value["bdata"]), dtype=np.dtype(value["dtype"]))
    return value


def epoch_ms(values) -> np.ndarray:
    """Datetimes as milliseconds since 1970 (what a Plotly date axis reads from numbers)."""
    arr = np.asarray(values, dtype="datetime64[ms]")
    out = arr.astype("int64").astype("float64")
    out[np.isnat(arr)] = np.nan
    return out


def _date_label(df: pd.DataFrame) -> pd.Series:
    start = df["date"].dt.strftime("%Y-%m-%d").fillna("undated")
    end = df["date_end"].dt.strftime("%Y-%m-%d").fillna("")
    return start.where((end == "") | (end == start), start + " – " + end)


def with_rows(df: pd.DataFrame) -> pd.DataFrame:
    """The table with `_row`, each event's stable row number (rows are only ever appended)."""
    if "_row" in df.columns:
        return df
    return df.assign(_row=np.arange(len(df), dtype="int64"))


@dataclass
class PointIndex:
    """Every (event, lane) marker of a table, sorted into traces, ready to select from."""

    lanes: str
    lane_names: list[str]
    rows: np.ndarray        # event row number of each point
    lane: np.ndarray        # index into lane_names
    key: np.ndarray         # index into keys (sorted ascending)
    keys: list[tuple[str, str, bool, bool]]  # (type, stance, span, future) of each trace
    x: np.ndarray           # ms: the day's noon, or the middle of the span
    x0: np.ndarray          # span start (ms), NaN for days
    x1: np.ndarray          # span end (ms, end of the last day)
    jitter: np.ndarray
    symbol: np.ndarray
    span_label: np.ndarray  # hover date of spans ("2020-11-01 – 2020-11-30")
    groups: np.ndarray      # hover groups line
    words: np.ndarray       # hover sentence line
    n_rows: int

    @classmethod
    def build(cls, df: pd.DataFrame, lanes: str = "group") -> "PointIndex":
        df = with_rows(df)
        dated = df[df["date"].notna()]
        if lanes == "type":
            lane_of = dated["type"].astype(str)
            pts = dated.assign(_lane=lane_of)
        else:
            pts = dated.assign(_lane=dated["groups"].map(lambda g: list(g) if len(g) else [NO_GROUP]))
            pts = pts.explode("_lane")
        lane_cat = pd.Categorical(pts["_lane"].astype(str))
        date = pts["date"]
        end = pts["date_end"]
        gran = pts["granularity"].astype(str)
        span = (gran.isin(SPAN_GRANULARITIES).to_numpy() & end.notna().to_numpy()
                & (end > date).fillna(False).to_numpy())
        start_ms = epoch_ms(date.to_numpy())
        end_ms = epoch_ms(end.to_numpy()) + DAY_MS
        x = np.where(span, (start_ms + end_ms) / 2, start_ms + DAY_MS / 2)
        future = pts["future"].fillna(False).astype(bool).to_numpy()
        type_s = pts["type"].astype(str).to_numpy()
        stance_s = pts["stance"].astype(str).to_numpy()
        key_frame = pd.DataFrame({"t": type_s, "s": stance_s, "span": span, "f": future})
        type_rank = {t: i for i, t in enumerate(TYPE_COLORS)}
        uniq = key_frame.drop_duplicates().itertuples(index=False, name=None)
        keys = sorted(uniq, key=lambda k: (type_rank.get(k[0], 99), k[0], k[1], k[2], k[3]))
        key_index = {k: i for i, k in enumerate(keys)}
        key = np.array([key_index[k] for k in zip(type_s, stance_s, span, future)], dtype=np.int32) \
            if len(pts) else np.zeros(0, dtype=np.int32)
        hashed = pd.util.hash_pandas_object(pts["event_id"].astype(str), index=False).to_numpy()
        jitter = ((hashed % np.uint64(1000)).astype(float) / 1000.0 - 0.5) * 0.6
        basis = pts["date_basis"].astype(str).map(BASIS_SYMBOLS).fillna("circle").map(SYMBOL_CODES)
        symbol = basis.to_numpy(dtype="int64") + np.where(future, OPEN, 0)
        label = _date_label(pts).to_numpy(dtype=object) if len(pts) else np.zeros(0, dtype=object)
        groups = (pd.Series([", ".join(g) for g in pts["groups"]], dtype=object) if len(pts)
                  else pd.Series([], dtype=object))
        groups = _esc(groups).where(groups != "", "no group").to_numpy(dtype=object)
        words = ("<br>" + _esc(pts["sentence"].astype(str).map(first_words))).to_numpy(dtype=object) \
            if len(pts) else np.zeros(0, dtype=object)
        order = np.lexsort((x, key))
        return cls(lanes=lanes, lane_names=[str(c) for c in lane_cat.categories],
                   rows=pts["_row"].to_numpy(dtype=np.int64)[order],
                   lane=np.asarray(lane_cat.codes, dtype=np.int32)[order], key=key[order], keys=keys,
                   x=x[order], x0=np.where(span, start_ms, np.nan)[order],
                   x1=np.where(span, end_ms, np.nan)[order], jitter=jitter[order],
                   symbol=symbol[order], span_label=label[order], groups=groups[order],
                   words=words[order], n_rows=int(df["_row"].max()) + 1 if len(df) else 0)

    def mask_for(self, df: pd.DataFrame) -> np.ndarray:
        """Which points belong to the events of `df` (a subset of the indexed table)."""
        rows = with_rows(df)["_row"].to_numpy(dtype=np.int64)
        keep = np.zeros(max(self.n_rows, int(rows.max()) + 1 if len(rows) else 0), dtype=bool)
        keep[rows] = True
        return keep[self.rows]


def lane_order(index: PointIndex, mask: np.ndarray) -> tuple[list[str], np.ndarray]:
    """Lanes top to bottom (busiest first; past MAX_LANES the rest pooled) and each lane code's slot."""
    counts = np.bincount(index.lane[mask], minlength=len(index.lane_names))
    present = [i for i in range(len(index.lane_names)) if counts[i]]
    names = index.lane_names
    present.sort(key=lambda i: (-int(counts[i]), names[i] == NO_GROUP, names[i].casefold()))
    slot = np.full(len(names), -1, dtype=np.int64)
    if len(present) > MAX_LANES:
        shown, pooled = present[: MAX_LANES - 1], present[MAX_LANES - 1:]
        order = [names[i] for i in shown] + [OTHER_LANES]
        slot[pooled] = MAX_LANES - 1
    else:
        shown, order = present, [names[i] for i in present]
    for pos, i in enumerate(shown):
        slot[i] = pos
    return order, slot


def build_figure(df: pd.DataFrame, lanes: str = "group", now=None, selected: list[str] | None = None,
                 revision: str = "", index: PointIndex | None = None) -> dict:
    """The timeline figure (a Plotly figure dict) of the (filtered) events `df`.

    `index` is the PointIndex of the whole loaded table (for speed); without it
    one is built from `df`.  Each marker's customdata is its event's row number
    (`_row`), which the details panel looks up.
    """
    df = with_rows(df)
    if index is None or index.lanes != lanes:
        index = PointIndex.build(df, lanes)
    mask = index.mask_for(df)
    order, slot = lane_order(index, mask)
    n_lanes = max(len(order), 1)
    sel = np.flatnonzero(mask)
    y_all = _lane_y(n_lanes, slot[index.lane[sel]], index.jitter[sel])
    key_sel = index.key[sel]
    bounds = np.searchsorted(key_sel, np.arange(len(index.keys) + 1))
    with_words = len(sel) <= HOVER_WORDS_LIMIT
    kind_of_trace = "scattergl" if len(sel) >= WEBGL_FROM else "scatter"
    traces: list[dict] = []
    legend_types: list[str] = []
    spans_by_type: dict[str, list[np.ndarray]] = {}
    for k, (t, stance, span, future) in enumerate(index.keys):
        a, b = bounds[k], bounds[k + 1]
        if a == b:
            continue
        pick = sel[a:b]
        y = y_all[a:b]
        color = type_color(t)
        kind = esc(t + (f" · {stance}" if stance else "")) + (" (future)" if future else "")
        if span:
            spans_by_type.setdefault(t, []).append(np.stack([index.x0[pick], index.x1[pick], y.astype(float)]))
            date_part = "%{text}"
        else:
            date_part = "%{x|%Y-%m-%d}"
        hover = index.groups[pick] + index.words[pick] if with_words else index.groups[pick]
        trace = {
            "type": kind_of_trace, "x": typed(index.x[pick], "f4"), "y": typed(y, "f4"),
            "mode": "markers", "name": t, "legendgroup": t, "showlegend": False,
            "marker": {"color": color, "symbol": typed(index.symbol[pick], "i2"), "size": 9,
                       "line": {"width": 1.5, "color": color}, "opacity": 0.9},
            # a plain list: dcc.Graph reads clickData customdata from the figure by index
            "customdata": index.rows[pick].tolist(),
            "hovertext": hover.tolist(),
            "hovertemplate": f"<b>{date_part}</b> {kind}<br>%{{hovertext}}<extra></extra>",
            "hoverlabel": {"align": "left"},
        }
        if span:
            trace["text"] = index.span_label[pick].tolist()
        if t not in legend_types:
            legend_types.append(t)
        traces.append(trace)
    span_traces = []
    for t, parts in spans_by_type.items():
        x0, x1, y = np.concatenate(parts, axis=1)
        span_traces.append({
            "type": kind_of_trace, "x": typed(segments(x0, x1), "f4"), "y": typed(segments(y, y), "f4"),
            "mode": "lines",
            "line": {"color": type_color(t), "width": 7 if len(sel) < WEBGL_FROM else 3},
            "opacity": 0.35 if len(sel) < WEBGL_FROM else 0.2, "hoverinfo": "skip",
            "showlegend": False, "legendgroup": t, "name": f"{t} span", "connectgaps": False})
    traces = span_traces + traces  # bars under the markers
    # legend: one plain entry per type (toggles the type's traces), then the marker key
    for t in legend_types:
        traces.append({"type": "scatter", "x": [None], "y": [None], "mode": "markers", "name": t,
                       "legendgroup": t, "hoverinfo": "skip",
                       "marker": {"color": type_color(t), "symbol": "circle", "size": 9}})
    for basis, symbol in BASIS_SYMBOLS.items():
        traces.append(_legend_entry(BASIS_LABELS[basis], {"symbol": symbol}))
    traces.append(_legend_entry("future (hollow)", {"symbol": "circle-open"}))
    traces.append({"type": "scatter", "x": [None], "y": [None], "mode": "lines",
                   "name": "span (week/month/year/vague)", "line": {"color": "#999", "width": 7},
                   "opacity": 0.5, "legendgroup": "key", "hoverinfo": "skip"})
    hx, hy = highlight_xy(df, index, selected or [], mask, y_all, sel)
    traces.append({"type": kind_of_trace, "x": hx, "y": hy, "mode": "markers", "name": "selected",
                   "showlegend": False, "hoverinfo": "skip",
                   "marker": {"symbol": "circle-open", "size": 18, "color": "#111",
                              "line": {"width": 2.5, "color": "#111"}}})
    layout = {
        "template": TEMPLATE, "margin": {"l": 8, "r": 8, "t": 24, "b": 8},
        "uirevision": revision or lanes, "clickmode": "event", "dragmode": "zoom",
        "hovermode": "closest", "hoverdistance": 12, "font": {"size": 12},
        "legend": {"font": {"size": 11}, "itemsizing": "constant", "groupclick": "togglegroup",
                   "tracegroupgap": 4},
        "xaxis": {"type": "date", "rangeslider": {"visible": True, "thickness": 0.07},
                  "showgrid": True},
        "yaxis": {"tickmode": "array", "tickvals": list(range(n_lanes - 1, -1, -1)),
                  "ticktext": [_short(n) for n in order], "range": [-0.6, n_lanes - 0.4],
                  "showticklabels": True,
                  "fixedrange": True, "showgrid": True, "zeroline": False, "automargin": True,
                  "tickfont": {"size": 11 if n_lanes > 12 else 12}},
        "shapes": [], "annotations": [],
    }
    if now is not None and not pd.isna(now):
        day = pd.Timestamp(now).strftime("%Y-%m-%d")
        layout["shapes"].append({"type": "line", "xref": "x", "yref": "paper", "x0": day, "x1": day,
                                 "y0": 0, "y1": 1, "line": {"color": "#444", "width": 1.5, "dash": "dash"}})
        layout["annotations"].append({"x": day, "xref": "x", "y": 1, "yref": "paper",
                                      "yanchor": "bottom", "text": f"latest publication {day}",
                                      "showarrow": False, "font": {"size": 11, "color": "#444"}})
    if not len(sel):
        layout["annotations"].append({"text": "No dated events match the filters", "xref": "paper",
                                      "yref": "paper", "x": 0.5, "y": 0.5, "showarrow": False,
                                      "font": {"size": 15, "color": "#777"}})
    return {"data": traces, "layout": layout}


def _legend_entry(name: str, marker: dict) -> dict:
    entry = {"type": "scatter", "x": [None], "y": [None], "mode": "markers", "name": name,
             "marker": {"color": "#555", "size": 9, **marker}, "legendgroup": "key",
             "hoverinfo": "skip"}
    if name == BASIS_LABELS["stated"]:
        entry["legendgrouptitle"] = {"text": "marker"}
    return entry


def highlight_xy(df: pd.DataFrame, index: PointIndex, selected: list[str], mask=None,
                 y_all=None, sel=None) -> tuple[list, list]:
    """Positions of the selected events' markers (in every lane they sit in)."""
    if not selected:
        return [], []
    df = with_rows(df)
    rows = df.loc[df["event_id"].isin(set(selected)), "_row"].to_numpy(dtype=np.int64)
    if not len(rows):
        return [], []
    if mask is None:
        mask = index.mask_for(df)
        order, slot = lane_order(index, mask)
        sel = np.flatnonzero(mask)
        y_all = _lane_y(max(len(order), 1), slot[index.lane[sel]], index.jitter[sel])
    hit = np.isin(index.rows[sel], rows)
    return index.x[sel][hit].tolist(), y_all[hit].tolist()


def _lane_y(n_lanes: int, slots: np.ndarray, jitter: np.ndarray) -> np.ndarray:
    """y of markers: lane i (0 = the busiest) at n-1-i, plus the event's jitter."""
    return (n_lanes - 1 - slots + jitter).astype(float)


def points_of(fig: dict) -> dict[str, int]:
    """Markers per event type in a figure built here (legend and highlight traces aside)."""
    out: dict[str, int] = {}
    for tr in fig["data"]:
        if tr.get("mode") == "markers" and tr.get("customdata") is not None:
            out[tr["name"]] = out.get(tr["name"], 0) + len(decode_typed(tr["customdata"]))
    return out


def rows_of(fig: dict) -> set[int]:
    """The event row numbers drawn in a figure built here."""
    out: set[int] = set()
    for tr in fig["data"]:
        if tr.get("mode") == "markers" and tr.get("customdata") is not None:
            out |= {int(v) for v in decode_typed(tr["customdata"])}
    return out


def _short(name: str, n: int = 24) -> str:
    name = esc(name)
    return name if len(name) <= n else name[: n - 1] + "…"


def figure_html(fig: dict, title: str = "Timeline") -> str:
    """A standalone HTML page of the figure (plotly.js inlined, works offline)."""
    layout = dict(fig["layout"], title={"text": esc(title)}, height=700)
    return pio.to_html({"data": fig["data"], "layout": layout}, include_plotlyjs=True,
                       full_html=True, validate=False)
