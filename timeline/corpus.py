"""Many articles, one table: merging the same event across articles, deriving anniversaries.

`merge_events(df)` joins rows that report the same event from different
articles: same type (and stance, for statements), overlapping date spans (for
coarse or vague times -- a year, "recent months" -- the same value), and a
shared group or place, never two different places (rockets on a base and a
bomb on a convoy the same day are two attacks on the same side).  The merged row
keeps the most precise date, the union of groups, actors and alleged
perpetrators, `sources` (every article), `source_count`, the earliest
`first_reported`, and `merged_from` (the event ids of every mention), so that
each article's own row stays reachable from the merged one.

`anniversaries(df, years=...)` derives the coming anniversaries of attacks and
killings whose day is known, as table rows of type `anniversary` with
`date_basis=derived` and `anniversary_of` naming the original event.
"""
from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable

import pandas as pd

from .table import COLUMNS, normalize_frame

_GRAN_RANK = {"time": 0, "day": 1, "week": 2, "month": 3, "season": 4, "quarter": 4, "half": 5, "year": 6,
              "decade": 7, "century": 8}
MERGEABLE_GRANULARITIES = {"time", "day", "week", "month"}
DEFAULT_YEARS = (1, 5, 10, 15, 20, 25, 50)


def _uniq(items: Iterable) -> list:
    out = []
    for x in items:
        if x and x not in out:
            out.append(x)
    return out


def _rank(gran) -> int:
    return _GRAN_RANK.get(str(gran), 9)


def _row_sources(row) -> list[str]:
    src = list(row["sources"]) if len(row["sources"]) else []
    return _uniq(src + ([row["source"]] if row["source"] else []))


def merge_events(df: pd.DataFrame) -> pd.DataFrame:
    """One row per event across articles; see the module doc for the rules."""
    df = normalize_frame(df)
    if df.empty:
        out = df.copy()
        out["merged_from"] = [[] for _ in range(len(out))]
        return out
    n = len(df)
    parent = list(range(n))
    arts: dict[int, set] = {}

    def find(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    start = df["date"]
    end = df["date_end"].fillna(df["date"])
    keys = df["type"].astype(str) + "|" + df["stance"].astype(str)
    article = df["article_id"].astype(str).where(df["article_id"].astype(str) != "", df["source"].astype(str))
    for i in range(n):
        arts[i] = {article[i]}
    precise = df["granularity"].astype(str).isin(MERGEABLE_GRANULARITIES)
    value = df["value"].astype(str)
    words = [set(re.findall(r"\w+", str(t).lower())) for t in df["sentence"]]
    ok = df["date"].notna() | (value != "")
    pairs: list[tuple[float, int, int]] = []
    for _key, idx in df[ok].groupby(keys[ok]).groups.items():
        rows = sorted(idx, key=lambda i: (pd.isna(start[i]), start[i] if pd.notna(start[i]) else pd.Timestamp.min))
        for a_pos, i in enumerate(rows):
            for j in rows[a_pos + 1:]:
                if pd.notna(start[j]) and pd.notna(end[i]) and start[j] > end[i]:
                    break  # sorted by start: no later row can overlap i
                if article[i] == article[j]:
                    continue  # one article's rows are distinct events by construction
                if not (precise[i] and precise[j]) and value[i] != value[j]:
                    continue  # coarse or vague times ("2014", "recent months") must be the same to match
                gi, gj = set(df.at[i, "groups"]), set(df.at[j, "groups"])
                li, lj = df.at[i, "location"], df.at[j, "location"]
                if not ((gi & gj) or (li and li == lj)):
                    continue
                if li and lj and li.lower() not in lj.lower() and lj.lower() not in li.lower():
                    continue  # told in two different places: two events, whoever was involved
                score = (4 * (value[i] == value[j]) + 2 * len(gi & gj) / max(1, len(gi | gj))
                         + 2 * bool(li and li == lj)
                         + 3 * len(words[i] & words[j]) / max(1, len(words[i] | words[j])))
                pairs.append((score, i, j))
    # best matches first; an article reports an event once, so a cluster holds one row per article
    for _score, i, j in sorted(pairs, key=lambda p: -p[0]):
        ri, rj = find(i), find(j)
        if ri == rj or arts[ri] & arts[rj]:
            continue
        root, child = min(ri, rj), max(ri, rj)
        parent[child] = root
        arts[root] |= arts[child]
    clusters: dict[int, list[int]] = {}
    for i in range(n):
        clusters.setdefault(find(i), []).append(i)
    rows = []
    for members in clusters.values():
        members.sort(key=lambda i: (_rank(df.at[i, "granularity"]),
                                    df.at[i, "published"] if pd.notna(df.at[i, "published"]) else pd.Timestamp.max))
        best = df.loc[members[0]].to_dict()
        if len(members) > 1:
            best["groups"] = _uniq(g for i in members for g in df.at[i, "groups"])
            best["actors"] = _uniq(a for i in members for a in df.at[i, "actors"])
            best["alleged_by"] = _uniq(a for i in members for a in df.at[i, "alleged_by"])
            if not best["location"]:
                best["location"] = next((df.at[i, "location"] for i in members if df.at[i, "location"]), "")
        sources = _uniq(s for i in members for s in _row_sources(df.loc[i]))
        best["sources"] = sources
        best["source_count"] = len(sources) or 1
        firsts = [df.at[i, "first_reported"] for i in members if pd.notna(df.at[i, "first_reported"])]
        best["first_reported"] = min(firsts) if firsts else pd.NaT
        best["merged_from"] = [df.at[i, "event_id"] for i in members]
        rows.append(best)
    out = pd.DataFrame(rows)
    extra = [c for c in out.columns if c not in COLUMNS]
    out = normalize_frame(out)
    # normalize_frame recomputes source_count from sources: keep it consistent
    out = out[COLUMNS + [c for c in extra if c in out.columns]]
    return out.sort_values(["date", "event_id"], na_position="last", kind="stable").reset_index(drop=True)


def _ordinal(n: int) -> str:
    suffix = "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{suffix}"


def _shift(day: dt.date, years: int) -> dt.date:
    try:
        return day.replace(year=day.year + years)
    except ValueError:  # 29 February in a common year: the 28th
        return day.replace(year=day.year + years, day=28)


def anniversaries(df: pd.DataFrame, years: Iterable[int] = DEFAULT_YEARS,
                  start: dt.date | str | None = None, end: dt.date | str | None = None,
                  types: Iterable[str] = ("attack", "killing")) -> pd.DataFrame:
    """Coming anniversaries of attacks and killings with a known day, as table rows.

    start: first day to list (default: the latest publication date in the
    table, else today); end: last day (default: none, only `years` bound it).
    An anniversary the articles already report (a row of type anniversary with
    the same day and `anniversary_of`) is not repeated.
    """
    df = normalize_frame(df)
    start_ts = pd.Timestamp(start) if start is not None else (
        df["published"].max() if df["published"].notna().any() else pd.Timestamp(dt.date.today()))
    end_ts = pd.Timestamp(end) if end is not None else None
    reported = {(r.anniversary_of, r.date) for r in df.itertuples() if str(r.type) == "anniversary" and r.anniversary_of}
    rows = []
    base = df[df["type"].astype(str).isin(list(types)) & (df["granularity"].astype(str) == "day") & df["date"].notna()]
    for _, row in base.iterrows():
        day0 = row["date"].date()
        for n in sorted(set(int(y) for y in years)):
            if n <= 0:
                continue
            day = pd.Timestamp(_shift(day0, n))
            if day < start_ts or (end_ts is not None and day > end_ts):
                continue
            if (row["event_id"], day) in reported:
                continue
            new = row.to_dict()
            new.update({
                "event_id": f"{row['event_id']}:anniversary:{n}",
                "type": "anniversary", "stance": "", "plover": "COMMEMORATE",
                "date": day, "date_end": day, "value": day.date().isoformat(), "granularity": "day",
                "time_text": "", "date_basis": "derived", "future": bool(day > start_ts),
                "anniversary_of": row["event_id"],
                "explanation": f"{_ordinal(n)} anniversary of the {row['type']} of {day0.isoformat()}",
                "time_start": None, "time_end": None,
            })
            rows.append(new)
    if not rows:
        return normalize_frame(pd.DataFrame(columns=list(df.columns)))
    return normalize_frame(pd.DataFrame(rows)).sort_values("date", kind="stable").reset_index(drop=True)
