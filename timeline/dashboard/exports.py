"""Exports of the filtered events: downloads and the /export.* routes for scripts.

Every export goes through `filtered` with the same view state as the page, so
the Download CSV button, `/export.csv?...` and the table hold the same rows.
"""
from __future__ import annotations

from urllib.parse import quote

import pandas as pd
from flask import Response, request

from ..table import COLUMNS, filter_events, to_csv, to_json, to_timelinejs
from .figures import build_figure, figure_html
from .state import ViewState, parse_query
from .store import EventStore, Snapshot

NOTICE_HEADER = "X-Timeline-Notice"


def filtered(snapshot: Snapshot, state: ViewState) -> pd.DataFrame:
    """The events the view shows (the table's own filter), with the internal `_row`."""
    if not state.is_filtered():
        return snapshot.events
    df = snapshot.events
    maybe = snapshot.candidates(state.groups, state.q)  # a superset, for speed
    if maybe is not None:
        df = df[maybe]
    return filter_events(df, **state.filter_kwargs())


def table_of(df: pd.DataFrame) -> pd.DataFrame:
    """The events in the table's columns only (what exports hold)."""
    return df[COLUMNS]


def export_text(snapshot: Snapshot, state: ViewState, fmt: str) -> tuple[str, str, str]:
    """(content, file name, media type) of an export of the view."""
    df = filtered(snapshot, state)
    if fmt == "csv":
        return to_csv(table_of(df)), "events.csv", "text/csv"
    if fmt == "json":
        return to_json(table_of(df)), "events.json", "application/json"
    if fmt == "timelinejs":
        return to_timelinejs(table_of(df)), "timelinejs.json", "application/json"
    if fmt == "html":
        fig = build_figure(df, state.lanes, now=snapshot.latest_published,
                           index=snapshot.point_index(state.lanes))
        title = "Timeline" + (f" — {', '.join(state.groups)}" if state.groups else "")
        return figure_html(fig, title), "timeline.html", "text/html"
    raise ValueError(f"unknown export format {fmt!r}")


def register_routes(server, store: EventStore) -> None:
    """/export.csv and /export.json: the filtered events, taking the page's URL parameters."""

    def _respond(fmt: str) -> Response:
        snap = store.snapshot()
        state, notices = parse_query(request.query_string.decode("utf-8", "replace"), snap.vocab)
        content, name, media = export_text(snap, state, fmt)
        resp = Response(content, mimetype=media)
        resp.headers["Content-Disposition"] = f"attachment; filename={name}"
        if notices:
            resp.headers[NOTICE_HEADER] = quote(" ".join(notices), safe=" ,.:;'()")
        return resp

    server.add_url_rule("/export.csv", "export_csv", lambda: _respond("csv"))
    server.add_url_rule("/export.json", "export_json", lambda: _respond("json"))
    server.add_url_rule("/export.timelinejs.json", "export_timelinejs", lambda: _respond("timelinejs"))
