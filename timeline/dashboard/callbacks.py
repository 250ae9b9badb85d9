"""The dashboard's callbacks: thin wrappers around pure functions.

`sync_view` (URL <-> filter controls), `render_view` (figure, grid, counts),
`select_events` (click/box selection <-> grid selection, details panel) and
the others take plain values and a store snapshot and return plain values,
so tests and the benchmark call them without a browser.
"""
from __future__ import annotations

import datetime as dt

import dash
from dash import Input, Output, Patch, State, ctx, dcc, html, no_update

from .anniversaries import reported, upcoming_anniversaries
from .details import details_children, grid_rows
from .exports import export_text, filtered
from .figures import build_figure, highlight_xy
from .layout import group_options, source_options, stance_options, type_options
from .state import ViewState, from_controls, parse_day, parse_query, to_query
from .store import EventStore, Snapshot
from .uploads import MAX_UPLOAD_BYTES, add_article, add_pasted, decode_contents, encoded_size

MAX_SELECTED = 500
CONTROL_IDS = ["f-group", "f-type", "f-stance", "f-dates", "f-dates", "f-q", "f-source", "f-lanes"]
CONTROL_PROPS = ["value", "value", "value", "start_date", "end_date", "value", "value", "value"]


# ---------------------------------------------------------------- pure functions

def controls_of(state: ViewState) -> list:
    """The filter controls' values showing a view (in CONTROL_IDS order)."""
    return [state.groups, state.types, state.stances, state.start, state.end, state.q,
            state.sources, state.lanes]


def notice_children(notices: list[str]):
    if not notices:
        return None
    return [html.Strong("Some of the address could not be used: "), " ".join(notices),
            " Showing the rest of the view."]


def sync_view(trigger: str | None, search: str | None, controls: list, snap: Snapshot):
    """(control values or None, url search or None, view dict, notices) for a URL or control change.

    From the URL: the controls take the URL's (validated) view; the URL is left
    as typed.  From a control: the URL takes the controls' view.
    """
    if trigger in (None, "url"):
        state, notices = parse_query(search, snap.vocab)
        return controls_of(state), None, state.to_dict(), notices
    state, notices = from_controls(*controls, vocab=snap.vocab)
    query = to_query(state)
    return None, query, state.to_dict(), notices


def render_view(view: dict | None, snap: Snapshot, selected: list[str] | None = None):
    """(figure, grid rows, grid note, count text, export link) of a view."""
    state = ViewState.from_dict(view)
    df = filtered(snap, state)
    fig = build_figure(df, state.lanes, now=snap.latest_published, selected=selected,
                       revision=to_query(state) or "all", index=snap.point_index(state.lanes))
    rows, note = grid_rows(df)
    total = len(snap.events)
    undated = int(df["date"].isna().sum())
    count = f"{len(df):,} of {total:,} events" + (f" ({undated:,} undated, not drawn)" if undated else "")
    return fig, rows, note, count, "/export.csv" + to_query(state)


def event_ids_from_figure(snap: Snapshot, data: dict | None) -> list[str]:
    """Event ids of the points in a clickData/selectedData (customdata is the row number)."""
    ids: list[str] = []
    for point in (data or {}).get("points", [])[:MAX_SELECTED * 4]:
        raw = point.get("customdata")
        if isinstance(raw, list):
            raw = raw[0] if raw else None
        try:
            row = snap.row(int(raw))
        except (TypeError, ValueError):
            continue
        if row is not None and row["event_id"] not in ids:
            ids.append(row["event_id"])
    return ids[:MAX_SELECTED]


def is_stale(token: str | None, snap: Snapshot) -> bool:
    """Whether a page was drawn from another row order (restart, another worker, an upload).

    The figure's customdata are row numbers: they only name the right events
    when the page's data token is the store's.
    """
    return token != snap.token


def stale_notice() -> list:
    return [html.P("The events changed since this view was drawn; it has been redrawn. "
                   "Click the event again.", className="muted")]


def select_events(trigger: str | None, click: dict | None, box: dict | None, grid_selected,
                  snap: Snapshot) -> tuple[list[str], list]:
    """(selected event ids, details panel) after a click, a box/lasso selection or a grid selection."""
    if trigger == "timeline" or trigger == "timeline.clickData":
        ids = event_ids_from_figure(snap, click)
    elif trigger == "timeline.selectedData":
        ids = event_ids_from_figure(snap, box)
    else:
        ids = [r.get("event_id") for r in (grid_selected or []) if isinstance(r, dict) and r.get("event_id")]
        ids = ids[:MAX_SELECTED]
    rows = snap.rows_of_ids(ids[-1:]) if ids else None
    row = rows.iloc[0] if rows is not None and len(rows) else None
    return ids, details_children(row)


def highlight_patch(view: dict | None, snap: Snapshot, ids: list[str]) -> tuple[list, list]:
    """x and y of the ring drawn around the selected events (the figure's last trace)."""
    state = ViewState.from_dict(view)
    df = filtered(snap, state)
    return highlight_xy(df, snap.point_index(state.lanes), ids)


def anniversaries_view(view: dict | None, when: str | None, snap: Snapshot):
    """The anniversaries table for the view's groups/types/text (not its date range)."""
    state = ViewState.from_dict(view)
    state.start = state.end = None
    day = parse_day(when) if when else None
    if day is None:
        day = snap.latest_published.date() if snap.latest_published is not None else dt.date.today()
    table = snap.memo(("anniversaries", day), lambda: upcoming_anniversaries(snap.events, day))
    if state.is_filtered():
        table = table[table["event_id"].isin(set(filtered(snap, state)["event_id"]))]
    if not len(table):
        return html.P(f"No anniversaries of attacks or killings in the 90 days after {day}.",
                      className="muted")
    shown = table.head(300)
    in_articles = reported(shown, snap.events)
    head = html.Tr([html.Th(h) for h in ("On", "Years", "Event date", "Type", "Groups", "Sentence")])
    body = [html.Tr([html.Td(r.anniversary), html.Td(str(r.years)), html.Td(r.date), html.Td(r.type),
                     html.Td(r.groups),
                     html.Td([r.sentence, html.Span(" (mentioned in the articles)", className="muted")
                              if rep else None], className="sentence-cell")])
            for r, rep in zip(shown.itertuples(index=False), in_articles)]
    more = (html.P(f"…and {len(table) - len(shown):,} more.", className="muted")
            if len(table) > len(shown) else None)
    noun = "anniversary" if len(table) == 1 else "anniversaries"
    return html.Div([html.P(f"{len(table):,} {noun} from {day} to "
                            f"{day + dt.timedelta(days=90)}", className="muted small"),
                     html.Table([html.Thead(head), html.Tbody(body)], className="anniv-table"), more])


def upload_files(store: EventStore, contents, filenames, published, title, url) -> tuple[bool, list]:
    """(anything added, messages) for dcc.Upload contents (one or several files)."""
    if isinstance(contents, str):
        contents, filenames = [contents], [filenames]
    messages = []
    added = False
    for content, name in zip(contents or [], filenames or []):
        name = name or "upload"
        if isinstance(content, str) and encoded_size(content) > MAX_UPLOAD_BYTES:
            messages.append((False, f"{name}: refused — {encoded_size(content) / 2**20:.1f} MB is over "
                                    f"the {MAX_UPLOAD_BYTES // 2**20} MB limit."))
            continue
        data = decode_contents(content)
        if data is None:
            messages.append((False, f"{name}: refused — the upload could not be read."))
            continue
        res = add_article(store, name, data, published or None, title or "", url or "")
        added |= res.ok
        messages.append((res.ok, res.message))
    return added, messages


def message_children(messages: list[tuple[bool, str]]):
    return [html.Div(text, className="msg ok" if ok else "msg error") for ok, text in messages]


def bench_cases(store: EventStore, event_id: str):
    """(name, function) pairs timing each callback's work, including JSON serialisation.

    Names starting with "download:" are file exports, reported apart from the
    interactive callbacks (their time grows with the number of rows exported).
    """
    from dash._utils import to_json

    snap = store.snapshot()
    groups = list(snap.group_counts)[:2]
    row = int(snap.events.index[snap.events["event_id"] == event_id][0])
    click = {"points": [{"customdata": row}]}
    controls = [groups, [], [], None, None, "", [], "group"]
    views = {
        "no filter": ViewState(),
        "two groups": ViewState(groups=groups),
        "type + date range": ViewState(types=["attack"], start="2015-01-01", end="2017-12-31"),
        "free text": ViewState(q="drone strike"),
        "lanes by type": ViewState(lanes="type"),
    }
    cases = []
    for label, view in views.items():
        cases.append((f"render_view: {label} (filter+figure+grid)",
                      lambda v=view: to_json(render_view(v.to_dict(), store.snapshot(), []))))
    cases.append(("sync_view: control change -> URL",
                  lambda: to_json(sync_view("f-group", "", controls, store.snapshot())[:3])))
    cases.append(("sync_view: URL -> controls",
                  lambda: to_json(sync_view("url", "?group=Iran&type=attack&start=2019-01-01",
                                            controls, store.snapshot())[:3])))
    cases.append(("select_events: click -> details + highlight",
                  lambda: to_json([select_events("timeline.clickData", click, None, None, store.snapshot()),
                                   highlight_patch(ViewState(groups=groups).to_dict(), store.snapshot(),
                                                   [event_id])])))
    cases.append(("anniversaries_view: 90 days",
                  lambda: to_json(anniversaries_view(ViewState().to_dict(), None, store.snapshot()))))
    cases.append(("download: CSV of two groups (export, not interactive)",
                  lambda: export_text(store.snapshot(), ViewState(groups=groups), "csv")[0]))
    cases.append(("download: figure HTML of two groups (export, not interactive)",
                  lambda: export_text(store.snapshot(), ViewState(groups=groups), "html")[0]))
    return cases


# ---------------------------------------------------------------- registration

def register(app: dash.Dash, store: EventStore) -> None:
    control_outputs = [Output(i, p) for i, p in zip(CONTROL_IDS, CONTROL_PROPS)]
    control_inputs = [Input(i, p) for i, p in zip(CONTROL_IDS, CONTROL_PROPS)]

    @app.callback(
        control_outputs + [Output("url", "search"), Output("view-state", "data"),
                           Output("notice", "children")],
        [Input("url", "search")] + control_inputs,
    )
    def _sync(search, *controls):
        trigger = ctx.triggered_id
        values, query, view, notices = sync_view(trigger, search, list(controls), store.snapshot())
        outs = values if values is not None else [no_update] * len(CONTROL_IDS)
        if query is not None and query == (search or ""):
            query = no_update
        return [*outs, query if query is not None else no_update, view, notice_children(notices)]

    @app.callback(
        Output("f-group", "options"), Output("f-type", "options"), Output("f-stance", "options"),
        Output("f-source", "options"),
        Input("data-version", "data"), prevent_initial_call=True,
    )
    def _options(_version):
        snap = store.snapshot()
        return group_options(snap), type_options(snap), stance_options(snap), source_options(snap)

    @app.callback(
        Output("timeline", "figure"), Output("grid", "rowData"), Output("grid-note", "children"),
        Output("count", "children"), Output("export-link", "href"),
        Input("view-state", "data"), Input("data-version", "data"), State("selected", "data"),
    )
    def _render(view, _version, selected):
        return render_view(view, store.snapshot(), selected)

    @app.callback(
        Output("selected", "data"), Output("details", "children"), Output("grid", "selectedRows"),
        Output("timeline", "figure", allow_duplicate=True),
        Output("data-version", "data", allow_duplicate=True),
        Input("timeline", "clickData"), Input("timeline", "selectedData"), Input("grid", "selectedRows"),
        State("view-state", "data"), State("data-version", "data"),
        prevent_initial_call=True,
    )
    def _select(click, box, grid_selected, view, token):
        prop = ctx.triggered[0]["prop_id"] if ctx.triggered else ""
        trigger = prop if prop.startswith("timeline.") else "grid"
        snap = store.snapshot()
        if is_stale(token, snap) and trigger.startswith("timeline."):
            return [], stale_notice(), no_update, no_update, snap.token  # the new token redraws the view
        ids, details = select_events(trigger, click, box, grid_selected, snap)
        grid_out = {"ids": ids} if trigger != "grid" else no_update
        hx, hy = highlight_patch(view, snap, ids)
        patch = Patch()
        patch["data"][-1]["x"] = hx
        patch["data"][-1]["y"] = hy
        return ids, details, grid_out, patch, no_update

    @app.callback(Output("grid", "dashGridOptions"), Input("grid-search", "value"),
                  prevent_initial_call=True)
    def _grid_search(text):
        patch = Patch()
        patch["quickFilterText"] = text or ""
        return patch

    @app.callback(
        Output("anniv-list", "children"),
        Input("view-state", "data"), Input("anniv-date", "date"), Input("data-version", "data"),
    )
    def _anniversaries(view, when, _version):
        return anniversaries_view(view, when, store.snapshot())

    @app.callback(
        Output("download", "data"),
        Input("btn-csv", "n_clicks"), Input("btn-json", "n_clicks"), Input("btn-tljs", "n_clicks"),
        Input("btn-html", "n_clicks"), State("view-state", "data"),
        prevent_initial_call=True,
    )
    def _download(_c, _j, _t, _h, view):
        fmt = {"btn-csv": "csv", "btn-json": "json", "btn-tljs": "timelinejs", "btn-html": "html"}.get(
            ctx.triggered_id)
        if fmt is None:
            return no_update
        content, name, media = export_text(store.snapshot(), ViewState.from_dict(view), fmt)
        return dcc.send_string(content, name, type=media)

    @app.callback(
        Output("upload-msg", "children"), Output("data-version", "data"),
        Output("upload", "contents"), Output("paste-text", "value"),
        Input("upload", "contents"), Input("paste-add", "n_clicks"),
        State("upload", "filename"), State("paste-text", "value"), State("up-published", "value"),
        State("up-title", "value"), State("up-url", "value"),
        prevent_initial_call=True,
    )
    def _add(contents, _n, filenames, pasted, published, title, url):
        if ctx.triggered_id == "upload":
            if not contents:
                return no_update, no_update, no_update, no_update
            added, messages = upload_files(store, contents, filenames, published, title, url)
            version = store.snapshot().token if added else no_update
            return message_children(messages), version, None, no_update
        res = add_pasted(store, pasted or "", published or None, title or "", url or "")
        version = store.snapshot().token if res.ok else no_update
        return message_children([(res.ok, res.message)]), version, no_update, ("" if res.ok else no_update)
