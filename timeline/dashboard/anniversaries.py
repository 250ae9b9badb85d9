"""Upcoming anniversaries of attacks and killings in the data.

`upcoming` is a small vectorised pure function: for each day-dated attack or
killing, the whole-year anniversaries falling in [start, start + days].
`upcoming_anniversaries` hands its candidates to `timeline.corpus.anniversaries`
(the project's definition, which also drops anniversaries already reported).
"""
from __future__ import annotations

import datetime as dt

import numpy as np
import pandas as pd

from ..table import LIST_SEP

ANNIVERSARY_TYPES = ("attack", "killing")
WINDOW_DAYS = 90
COLUMNS = ["anniversary", "years", "date", "type", "groups", "sentence", "event_id"]


def upcoming(df: pd.DataFrame, start: dt.date, days: int = WINDOW_DAYS,
             types=ANNIVERSARY_TYPES) -> pd.DataFrame:
    """Anniversaries (1 year or more) of day-dated events of `types` within [start, start+days]."""
    end = start + dt.timedelta(days=days)
    pick = df[df["type"].astype(str).isin(types) & df["date"].notna()
              & df["granularity"].astype(str).isin(["day", "time"])]
    d = pick["date"]
    year, month, day = d.dt.year.to_numpy(), d.dt.month.to_numpy(), d.dt.day.to_numpy()
    parts = []
    for y in range(start.year, end.year + 1):
        leap = (y % 4 == 0 and y % 100 != 0) or y % 400 == 0
        dd = np.where((month == 2) & (day == 29) & (not leap), 28, day)
        ann = pd.to_datetime(pd.DataFrame({"year": y, "month": month, "day": dd}), errors="coerce")
        ok = ((ann >= pd.Timestamp(start)) & (ann <= pd.Timestamp(end))).to_numpy() & (year < y)
        if ok.any():
            sub = pick[ok]
            parts.append(pd.DataFrame({
                "anniversary": ann[ok].dt.strftime("%Y-%m-%d").to_numpy(),
                "years": (y - year[ok]).astype(int),
                "date": sub["date"].dt.strftime("%Y-%m-%d").to_numpy(),
                "type": sub["type"].astype(str).to_numpy(),
                "groups": [LIST_SEP.join(g) for g in sub["groups"]],
                "sentence": sub["sentence"].astype(str).to_numpy(),
                "event_id": sub["event_id"].astype(str).to_numpy(),
            }))
    out = pd.concat(parts, ignore_index=True) if parts else pd.DataFrame(columns=COLUMNS)
    return out.sort_values(["anniversary", "years"], ascending=[True, False], kind="stable").reset_index(drop=True)


def upcoming_anniversaries(df: pd.DataFrame, start: dt.date, days: int = WINDOW_DAYS) -> pd.DataFrame:
    """Anniversaries in [start, start+days], in COLUMNS.

    Uses `timeline.corpus.anniversaries` (which also leaves out anniversaries the
    articles already report) on the few events `upcoming` finds candidates, so
    that it stays fast on a large table; `upcoming` alone when it is missing.
    """
    found = upcoming(df, start, days)
    try:
        from ..corpus import anniversaries
    except ImportError:
        return found
    if not len(found):
        return found
    ids = set(found["event_id"])
    # only the original events: an anniversary the articles already report is still upcoming
    cand = df[df["event_id"].isin(ids)]
    end = start + dt.timedelta(days=days)
    years = range(1, int(found["years"].max()) + 1)
    try:
        got = anniversaries(cand, years=years, start=start, end=end)
    except Exception:  # the corpus module changed under us: our own list is still right
        return found
    return _conform(got, df)


def reported(table: pd.DataFrame, df: pd.DataFrame) -> pd.Series:
    """Whether the articles themselves report each anniversary (a row of type anniversary)."""
    rep = df[df["type"].astype(str).eq("anniversary") & df["anniversary_of"].ne("") & df["date"].notna()]
    keys = set(zip(rep["anniversary_of"], rep["date"].dt.strftime("%Y-%m-%d")))
    return pd.Series([(e, a) in keys for e, a in zip(table["event_id"], table["anniversary"])],
                     index=table.index, dtype=bool)


def _conform(got: pd.DataFrame, df: pd.DataFrame) -> pd.DataFrame:
    """The corpus module's anniversary rows (type anniversary, anniversary_of) in COLUMNS."""
    if got is None or not len(got):
        return pd.DataFrame(columns=COLUMNS)
    orig = df.drop_duplicates("event_id").set_index("event_id")
    of = got["anniversary_of"].astype(str)
    known = of.isin(orig.index).to_numpy()
    got, of = got[known], of[known]
    first = orig.loc[of.to_numpy()]
    out = pd.DataFrame({
        "anniversary": got["date"].dt.strftime("%Y-%m-%d").to_numpy(),
        "years": (got["date"].dt.year.to_numpy() - first["date"].dt.year.to_numpy()).astype(int),
        "date": first["date"].dt.strftime("%Y-%m-%d").to_numpy(),
        "type": first["type"].astype(str).to_numpy(),
        "groups": [LIST_SEP.join(g) for g in first["groups"]],
        "sentence": first["sentence"].astype(str).to_numpy(),
        "event_id": of.to_numpy(),
    })
    return out.sort_values(["anniversary", "years"], ascending=[True, False], kind="stable").reset_index(drop=True)
