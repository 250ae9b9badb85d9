"""The page: header with counts and exports, filters on the left, the timeline,
then the events grid (or anniversaries, or the add-articles form) beside the
details panel.  Built fresh on each page load from the current events."""
from __future__ import annotations

import dash_ag_grid as dag
from dash import dcc, html

from .anniversaries import WINDOW_DAYS
from .details import GRID_COLUMNS, details_children
from .state import STANCES, TYPES
from .store import Snapshot
from .uploads import MAX_UPLOAD_BYTES, UPLOAD_SUFFIXES

GRAPH_CONFIG = {"displaylogo": False, "scrollZoom": True,
                "modeBarButtonsToRemove": ["autoScale2d", "toImage"]}


def group_options(snap: Snapshot) -> list[dict]:
    return [{"label": f"{g} ({n})", "value": g} for g, n in snap.group_counts.items()]


def type_options(snap: Snapshot) -> list[dict]:
    counts = snap.events["type"].astype(str).value_counts()
    return [{"label": f"{t} ({int(counts.get(t, 0))})", "value": t} for t in TYPES if counts.get(t, 0)] \
        or [{"label": t, "value": t} for t in TYPES]


def stance_options(snap: Snapshot) -> list[dict]:
    counts = snap.events["stance"].astype(str).value_counts()
    return [{"label": f"{s} ({int(counts.get(s, 0))})", "value": s} for s in STANCES if counts.get(s, 0)] \
        or [{"label": s, "value": s} for s in STANCES]


def source_options(snap: Snapshot) -> list[dict]:
    return [{"label": (f"{title} — {src}" if title else src), "value": src}
            for src, title in snap.source_titles.items()]


def _field(label: str, control, hint: str | None = None) -> html.Div:
    return html.Div([html.Label(label, className="field-label"), control,
                     html.Div(hint, className="hint") if hint else None], className="field")


def build_layout(snap: Snapshot) -> html.Div:
    latest = snap.latest_published.strftime("%Y-%m-%d") if snap.latest_published is not None else None
    filters = html.Aside([
        _field("Groups", dcc.Dropdown(id="f-group", options=group_options(snap), multi=True,
                                      placeholder="All groups", maxHeight=320)),
        _field("Types", dcc.Dropdown(id="f-type", options=type_options(snap), multi=True,
                                     placeholder="All types")),
        _field("Stance (statements)", dcc.Dropdown(id="f-stance", options=stance_options(snap),
                                                   multi=True, placeholder="Any stance")),
        _field("Dates", dcc.DatePickerRange(id="f-dates", display_format="YYYY-MM-DD",
                                            start_date_placeholder_text="from",
                                            end_date_placeholder_text="until", clearable=True,
                                            start_date_id="f-start", end_date_id="f-end",
                                            number_of_months_shown=1, first_day_of_week=1)),
        _field("Search sentences", dcc.Input(id="f-q", type="search", debounce=0.6,
                                             placeholder="e.g. rocket", className="text-input")),
        _field("Source article", dcc.Dropdown(id="f-source", options=source_options(snap), multi=True,
                                              placeholder="All articles", optionHeight=48)),
        _field("Lanes", dcc.RadioItems(id="f-lanes", options=[{"label": " by group", "value": "group"},
                                                              {"label": " by type", "value": "type"}],
                                       value="group", inline=True, className="radio")),
        html.A("Clear all filters", href="/", id="clear-filters", className="clear-link"),
    ], className="filters")

    exports = html.Div([
        html.Button("CSV", id="btn-csv", className="btn", title="Download the filtered events as CSV"),
        html.Button("JSON", id="btn-json", className="btn", title="Download the filtered events as JSON"),
        html.Button("TimelineJS", id="btn-tljs", className="btn", title="Download a TimelineJS JSON file"),
        html.Button("Figure HTML", id="btn-html", className="btn", title="Download the figure as a standalone HTML page"),
        html.A("link for scripts", id="export-link", href="/export.csv", className="script-link",
               title="/export.csv with this view's filters"),
        dcc.Download(id="download"),
    ], className="exports")

    header = html.Header([
        html.H1("Timeline"),
        html.Span(id="count", className="count"),
        exports,
    ], className="topbar")

    grid = dag.AgGrid(
        id="grid", columnDefs=GRID_COLUMNS, rowData=[], getRowId="params.data.event_id",
        defaultColDef={"sortable": True, "resizable": True, "filter": True},
        dashGridOptions={"rowSelection": {"mode": "multiRow", "enableClickSelection": True,
                                          "checkboxes": False, "headerCheckbox": False},
                         "rowHeight": 28, "headerHeight": 30, "tooltipShowDelay": 400,
                         "enableCellTextSelection": True, "animateRows": False},
        className="ag-theme-quartz grid", style={"height": "100%", "width": "100%"},
    )
    events_tab = html.Div([
        html.Div([dcc.Input(id="grid-search", type="search", placeholder="Search the table…",
                            className="text-input grid-search", debounce=False),
                  html.Span(id="grid-note", className="muted small")], className="grid-bar"),
        html.Div(grid, className="grid-wrap"),
    ], className="tab-body")

    anniv_tab = html.Div([
        html.Div([html.Span(f"Anniversaries of attacks and killings in the {WINDOW_DAYS} days after "),
                  dcc.DatePickerSingle(id="anniv-date", date=latest, display_format="YYYY-MM-DD",
                                       placeholder="date", first_day_of_week=1),
                  html.Span(" (default: the latest publication date)", className="muted small")],
                 className="grid-bar"),
        html.Div(id="anniv-list", className="anniv-list"),
    ], className="tab-body")

    add_tab = html.Div([
        html.Div([
            _field("Publication date", dcc.Input(id="up-published", type="text", placeholder="YYYY-MM-DD",
                                                 className="text-input short")),
            _field("Title (optional)", dcc.Input(id="up-title", type="text", className="text-input")),
            _field("Link (optional)", dcc.Input(id="up-url", type="url", placeholder="https://…",
                                                className="text-input")),
        ], className="add-row"),
        dcc.Upload(id="upload", multiple=True, accept=",".join(UPLOAD_SUFFIXES),
                   children=html.Div(["Drop .txt, .md or .html files here, or ",
                                      html.A("choose files"),
                                      f" (up to {MAX_UPLOAD_BYTES // 2**20} MB each)"]),
                   className="upload-zone"),
        dcc.Textarea(id="paste-text", placeholder="…or paste an article's text here",
                     className="paste-area"),
        html.Div([html.Button("Add pasted text", id="paste-add", className="btn primary"),
                  dcc.Loading(html.Div(id="upload-msg", className="upload-msg", role="status"),
                              type="dot")], className="add-row"),
    ], className="tab-body add-tab")

    lower = html.Div([
        dcc.Tabs(id="tabs", value="events", className="tabs", children=[
            dcc.Tab(label="Events", value="events", children=events_tab, className="tab",
                    selected_className="tab--selected"),
            dcc.Tab(label="Upcoming anniversaries", value="anniv", children=anniv_tab, className="tab",
                    selected_className="tab--selected"),
            dcc.Tab(label="Add articles", value="add", children=add_tab, className="tab",
                    selected_className="tab--selected", id="tab-add"),
        ]),
        html.Section([html.H2("Details"), html.Div(details_children(None), id="details")],
                     className="details"),
    ], className="lower")

    problems = [html.Li(str(p)) for p in snap.problems[:20]]
    return html.Div([
        dcc.Location(id="url", refresh=False),
        dcc.Store(id="view-state"), dcc.Store(id="selected", data=[]),
        dcc.Store(id="data-version", data=snap.token),
        header,
        html.Div(id="notice", className="notice", role="alert"),
        html.Details([html.Summary(f"{len(snap.problems)} file(s) could not be fully read"),
                      html.Ul(problems)], className="problems") if problems else None,
        html.Div([
            filters,
            html.Main([
                dcc.Graph(id="timeline", config=GRAPH_CONFIG, className="timeline-graph",
                          style={"height": "100%"}),
                lower,
            ], className="main"),
        ], className="body"),
    ], className="app")
