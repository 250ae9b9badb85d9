"""The events the dashboard serves, held in memory once loaded.

`EventStore` loads the articles of a data folder through the pipeline once,
keeps the events table in memory (with the figure's per-event values computed
once), and appends the events of uploaded articles, re-extracting only the new
article.  Rows are only ever appended, so a row's number (`_row`) identifies
its event for as long as the app runs.

Several server processes (gunicorn workers) each hold a store; a store notices
uploads that another process stored by watching the uploads folder's mtime and
appends them in the order they were stored, so every worker serves the same
rows.  `Snapshot.token` fingerprints the row order: a page drawn from another
order (after a restart, say) is redrawn instead of showing the wrong event.
"""
from __future__ import annotations

import hashlib
import logging
import threading
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np
import pandas as pd

from ..model import Problem
from ..table import COLUMNS, empty_frame, normalize_frame
from .figures import PointIndex
from .state import LANE_MODES, Vocabulary

log = logging.getLogger(__name__)

UPLOADS = Path("articles") / "uploads"  # under the data folder


def articles_root(data_dir: Path) -> Path:
    """The folder whose articles the dashboard reads: DATA/articles, or DATA itself."""
    sub = data_dir / "articles"
    return sub if sub.is_dir() else data_dir


@dataclass
class Snapshot:
    """The store at one moment: what one callback works on (never modified)."""

    events: pd.DataFrame  # the table (COLUMNS) plus `_row`
    version: int
    token: str  # fingerprint of the rows' order: same token, same row numbers (any process)
    vocab: Vocabulary
    group_counts: dict[str, int]
    source_titles: dict[str, str]
    latest_published: pd.Timestamp | None
    problems: list[Problem] = field(default_factory=list)
    _indexes: dict = field(default_factory=dict, repr=False)
    _memo: dict = field(default_factory=dict, repr=False)
    _lock: threading.Lock = field(default_factory=threading.Lock, repr=False)

    def point_index(self, lanes: str) -> PointIndex:
        """The figure's per-event values for a lane mode (built once per snapshot)."""
        with self._lock:
            if lanes not in self._indexes:
                self._indexes[lanes] = PointIndex.build(self.events, lanes)
            return self._indexes[lanes]

    def memo(self, key, compute):
        """A value computed once per snapshot (e.g. the anniversaries of a start day)."""
        with self._lock:
            if key in self._memo:
                return self._memo[key]
        value = compute()
        with self._lock:
            if len(self._memo) > 32:
                self._memo.clear()
            self._memo[key] = value
        return value

    # ------------------------------------------------------------ fast candidate rows
    # `timeline.table.filter_events` stays the judge of which rows a view shows;
    # these only narrow the rows it has to look at.  Each is a superset of what
    # the filter can match (more columns searched than it searches), so the
    # result is exactly filter_events(all rows) at a fraction of the time.

    def _haystack(self) -> list[str]:
        def build():
            df = self.events
            parts = [df[c].astype(str) for c in ("sentence", "title", "time_text", "location",
                                                 "explanation", "source", "url", "value")]
            lists = [pd.Series([" ".join(v) for v in df[c]], index=df.index, dtype=object)
                     for c in ("groups", "actors", "alleged_by", "sources")]
            hay = parts[0]
            for part in parts[1:] + lists:
                hay = hay + "\n" + part
            return hay.str.casefold().tolist()
        return self.memo("haystack", build)

    def _group_rows(self) -> dict[str, np.ndarray]:
        def build():
            out: dict[str, list[int]] = {}
            for col in ("groups", "alleged_by", "actors"):
                for i, names in enumerate(self.events[col]):
                    for g in names:
                        out.setdefault(str(g).casefold(), []).append(i)
            return {k: np.unique(np.asarray(v, dtype=np.int64)) for k, v in out.items()}
        return self.memo("group_rows", build)

    def candidates(self, groups=(), q: str = "") -> np.ndarray | None:
        """A mask of the rows that may match the groups and text filters (None: all may)."""
        mask = None
        if groups:
            index = self._group_rows()
            mask = np.zeros(len(self.events), dtype=bool)
            for g in groups:
                rows = index.get(str(g).casefold())
                if rows is not None:
                    mask[rows] = True
        if q and q.strip():
            needle = q.strip().casefold()
            hit = np.fromiter((needle in h for h in self._haystack()), dtype=bool, count=len(self.events))
            mask = hit if mask is None else mask & hit
        return mask

    def row(self, row: int) -> pd.Series | None:
        if 0 <= row < len(self.events):
            return self.events.iloc[row]
        return None

    def rows_of_ids(self, ids) -> pd.DataFrame:
        return self.events[self.events["event_id"].isin(set(ids))]


def _group_counts(df: pd.DataFrame) -> dict[str, int]:
    counts = df["groups"].explode().dropna().value_counts() if len(df) else pd.Series(dtype=int)
    items = [(str(g), int(n)) for g, n in counts.items()]
    return dict(sorted(items, key=lambda kv: (-kv[1], kv[0].casefold())))


def _source_titles(df: pd.DataFrame) -> dict[str, str]:
    titles: dict[str, str] = {}
    for sources, source, title in zip(df["sources"], df["source"], df["title"]):
        for s in list(sources) or [source]:
            if s and (s not in titles or (not titles[s] and s == source)):
                titles[s] = title if s == source else titles.get(s, "")
    return dict(sorted(titles.items()))


def make_snapshot(df: pd.DataFrame, version: int, problems: list[Problem] | None = None) -> Snapshot:
    df = df.reset_index(drop=True)
    df["_row"] = np.arange(len(df), dtype="int64")
    token = hashlib.sha1("\n".join(df["event_id"].astype(str)).encode("utf-8")).hexdigest()[:16]
    groups = _group_counts(df)
    titles = _source_titles(df)
    latest = df["published"].max() if len(df) else None
    return Snapshot(events=df, version=version, token=token,
                    vocab=Vocabulary(groups=list(groups), sources=list(titles)),
                    group_counts=groups, source_titles=titles,
                    latest_published=None if latest is None or pd.isna(latest) else latest,
                    problems=list(problems or []))


class EventStore:
    """The events of a data folder, in memory; uploads are appended."""

    def __init__(self, data_dir: str | Path, events: pd.DataFrame | None = None,
                 warm: bool = True):
        self.data_dir = Path(data_dir)
        self._lock = threading.RLock()
        problems: list[Problem] = []
        if events is not None:
            df = normalize_frame(events)
        else:
            df, problems = self._load()
        self._seen_uploads = self._upload_names()
        self._uploads_mtime = self._uploads_stat()
        self._snapshot = make_snapshot(df, 1, problems)
        if warm:
            for lanes in LANE_MODES:
                self._snapshot.point_index(lanes)

    # ------------------------------------------------------------ loading

    @property
    def uploads_dir(self) -> Path:
        return self.data_dir / UPLOADS

    def _load(self) -> tuple[pd.DataFrame, list[Problem]]:
        from ..pipeline import gazetteer_for, load_corpus

        root = articles_root(self.data_dir)
        if not root.is_dir():
            return empty_frame(), [Problem(str(root), "data folder not found")]
        if not any(p.is_file() for p in root.rglob("*")):
            return empty_frame(), []
        result = load_corpus([root], gazetteer=gazetteer_for(self.data_dir))
        for p in result.problems:
            log.warning("%s", p)
        events = result.events if result.events is not None else empty_frame()
        return normalize_frame(events), list(result.problems)

    def _upload_names(self) -> set[str]:
        try:
            return {p.name for p in self.uploads_dir.iterdir() if p.is_file()}
        except OSError:
            return set()

    def _mtime(self, name: str) -> int:
        try:
            return (self.uploads_dir / name).stat().st_mtime_ns
        except OSError:
            return 0

    def _uploads_stat(self) -> float:
        try:
            return self.uploads_dir.stat().st_mtime_ns
        except OSError:
            return 0

    # ------------------------------------------------------------ reading

    def snapshot(self) -> Snapshot:
        """The current events; first picks up uploads stored by another server process."""
        if self._uploads_stat() != self._uploads_mtime:
            self._pick_up_foreign_uploads()
        return self._snapshot

    @property
    def events(self) -> pd.DataFrame:
        return self.snapshot().events

    # ------------------------------------------------------------ appending

    def append(self, new_events: pd.DataFrame, stored_names=()) -> Snapshot:
        """Add the events of newly read articles; returns the new snapshot."""
        with self._lock:
            self._seen_uploads |= set(stored_names)
            self._uploads_mtime = self._uploads_stat()
            cur = self._snapshot
            if len(new_events):
                new = normalize_frame(new_events)
                old = cur.events[COLUMNS]
                df = normalize_frame(pd.concat([old.astype(object), new[COLUMNS].astype(object)],
                                               ignore_index=True)) if len(old) else new
            else:
                df = cur.events[COLUMNS]
            snap = make_snapshot(df, cur.version + 1, cur.problems)
            for lanes in LANE_MODES:
                snap.point_index(lanes)
            self._snapshot = snap
            return snap

    def _pick_up_foreign_uploads(self) -> None:
        from .uploads import read_stored_upload

        with self._lock:
            names = self._upload_names()
            self._uploads_mtime = self._uploads_stat()
            fresh = [n for n in names - self._seen_uploads
                     if not n.endswith(".meta.json") and not n.startswith(".")]
            # in the order they were stored, as every process appends them
            fresh.sort(key=lambda n: (self._mtime(n), n))
            self._seen_uploads |= names
            frames = []
            for name in fresh:
                frame, problems = read_stored_upload(self.data_dir, name)
                for p in problems:
                    log.warning("%s", p)
                if frame is not None and len(frame):
                    frames.append(frame)
            if frames:
                self.append(pd.concat(frames, ignore_index=True))
