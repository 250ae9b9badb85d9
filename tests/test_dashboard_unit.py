"""Dashboard logic without a browser: URL state, figure building, filtering,
details, exports, routes and anniversaries."""
from __future__ import annotations

import datetime as dt
import io
import json

import pandas as pd
import pytest

from tests.dashboard_fixtures import A, B, events
from timeline.dashboard import callbacks, create_app
from timeline.dashboard.anniversaries import upcoming, upcoming_anniversaries
from timeline.dashboard.details import details_children, grid_rows, highlight_parts
from timeline.dashboard.figures import (
    NO_GROUP, OPEN, SYMBOL_CODES, WEBGL_FROM, build_figure, decode_typed,
    points_of, rows_of,
)
from timeline.dashboard.state import Vocabulary, ViewState, parse_query, to_query
from timeline.table import COLUMNS, filter_events, normalize_frame, read_csv, to_json, to_timelinejs


@pytest.fixture
def app(tmp_path):
    return create_app(tmp_path, events=events())


@pytest.fixture
def snap(app):
    return app.timeline_store.snapshot()


def vocab():
    return Vocabulary(groups=["Iran", "Kataib Hezbollah", "Iraq", "United States"], sources=[A, B])


# ---------------------------------------------------------------- URL state

def test_query_round_trip_with_repeated_keys():
    state, notices = parse_query("?group=Iran&group=Kataib%20Hezbollah&type=attack&start=2020-01-01"
                                 "&end=2020-12-31&q=rocket&source=" + A, vocab())
    assert notices == []
    assert state.groups == ["Iran", "Kataib Hezbollah"]
    assert (state.types, state.start, state.end, state.q, state.sources) == (
        ["attack"], "2020-01-01", "2020-12-31", "rocket", [A])
    again, _ = parse_query(to_query(state), vocab())
    assert again == state


def test_query_matches_groups_case_insensitively_to_their_canonical_name():
    state, notices = parse_query("group=iran&group=KATAIB HEZBOLLAH", vocab())
    assert state.groups == ["Iran", "Kataib Hezbollah"] and notices == []


@pytest.mark.parametrize("query, expect_in_notice", [
    ("group=Atlantis", "Unknown group"),
    ("type=picnic", "Unknown type"),
    ("start=2020-13-45", "not a date"),
    ("start=2021-01-01&end=2020-01-01", "after end date"),
    ("foo=bar", "Unknown parameter"),
    ("lanes=sideways", "Lanes"),
])
def test_bad_parameters_give_a_notice_and_are_dropped(query, expect_in_notice):
    state, notices = parse_query(query, vocab())
    assert any(expect_in_notice in n for n in notices), notices
    assert state.groups == [] and state.types == [] and state.start is None and state.end is None


def test_garbage_query_never_raises():
    for junk in ["%%%", "group", "=&=&", "group=%ZZ", "start=" + "9" * 500, "q=" + "x" * 5000,
                 "&".join(f"group=g{i}" for i in range(2000))]:
        state, _ = parse_query(junk, vocab())
        assert isinstance(state, ViewState)
        assert len(state.q) <= 200


def test_partial_dates_cover_the_whole_period():
    state, _ = parse_query("start=2020-02&end=2020-02", vocab())
    assert (state.start, state.end) == ("2020-02-01", "2020-02-29")


# ---------------------------------------------------------------- figure

def test_figure_has_one_marker_per_event_and_lane(snap):
    df = snap.events
    fig = build_figure(df, "group", now=snap.latest_published)
    dated = df[df["date"].notna()]
    expected = sum(max(1, len(g)) for g in dated["groups"])  # an event sits in each of its groups' lanes
    assert sum(points_of(fig).values()) == expected == 14
    lanes = fig["layout"]["yaxis"]["ticktext"]
    assert set(lanes) == {"Iran", "Iraq", "Kataib Hezbollah", "United States", "Asaib Ahl al-Haq", NO_GROUP}
    assert lanes[0] in {"Iran", "Kataib Hezbollah", "Iraq"}  # the busiest lane is on top
    assert NO_GROUP == lanes[-1]


def test_figure_lanes_by_type(snap):
    fig = build_figure(snap.events, "type")
    assert sorted(fig["layout"]["yaxis"]["ticktext"]) == sorted(
        {"attack", "statement", "killing", "anniversary", "political", "arrest", "protest"})
    assert sum(points_of(fig).values()) == 11  # one marker per dated event


def test_figure_colours_by_type_and_symbols_by_basis_hollow_when_future(snap):
    fig = build_figure(snap.events, "type")
    by_row = {}
    for tr in fig["data"]:
        if tr.get("customdata") is not None and tr["mode"] == "markers":
            for row, sym in zip(decode_typed(tr["customdata"]), decode_typed(tr["marker"]["symbol"])):
                by_row[int(row)] = (tr["name"], tr["marker"]["color"], int(sym))
    ids = list(snap.events["event_id"])
    assert by_row[ids.index("a:1")][2] == SYMBOL_CODES["diamond"]           # implied
    assert by_row[ids.index("a:6")][2] == SYMBOL_CODES["circle"]            # stated
    assert by_row[ids.index("a:7")][2] == SYMBOL_CODES["square"] + OPEN     # derived, future: hollow
    assert by_row[ids.index("a:1")][1] != by_row[ids.index("a:2")][1]       # attack vs statement colour


def test_month_and_year_events_are_bars_over_their_span(snap):
    fig = build_figure(snap.events, "group")
    bars = [tr for tr in fig["data"] if tr["mode"] == "lines" and tr.get("name", "").endswith("span")]
    xs = [v for tr in bars for v in decode_typed(tr["x"]) if v == v]
    # (positions are float32 milliseconds: exact to a few minutes, so round to the day)
    days = sorted({pd.Timestamp(int(v), unit="ms").round("D").strftime("%Y-%m-%d") for v in xs})
    # November 2020 (a:5) from its first day to the end of its last; 2019 (a:8) likewise
    assert {"2020-11-01", "2020-12-01", "2019-01-01", "2020-01-01"} <= set(days)
    # the month event's marker is in the middle of November, not on the 1st
    for tr in fig["data"]:
        if tr.get("customdata") is not None and tr["mode"] == "markers":
            for row, x in zip(decode_typed(tr["customdata"]), decode_typed(tr["x"])):
                if snap.events["event_id"][int(row)] == "a:5":
                    assert pd.Timestamp(int(x), unit="ms").day in (15, 16)


def test_now_line_at_latest_publication_and_range_slider(snap):
    fig = build_figure(snap.events, "group", now=snap.latest_published)
    assert fig["layout"]["shapes"][0]["x0"] == "2020-12-21"
    assert fig["layout"]["xaxis"]["rangeslider"]["visible"] is True


def test_hover_text_is_escaped(snap):
    fig = build_figure(snap.events, "group")
    hover = " ".join(h for tr in fig["data"] for h in (tr.get("hovertext") or []))
    assert "<script>" not in hover and "&lt;script&gt;" in hover
    assert "Pompeo" in hover  # the first words of the sentence


def test_webgl_for_big_tables():
    big = pd.concat([events()] * (WEBGL_FROM // 10 + 1), ignore_index=True)
    big["event_id"] = [f"e{i}" for i in range(len(big))]
    fig = build_figure(big, "type")
    assert {tr["type"] for tr in fig["data"] if tr.get("customdata") is not None} == {"scattergl"}
    small = build_figure(events(), "type")
    assert {tr["type"] for tr in small["data"] if tr.get("customdata") is not None} == {"scatter"}


# ---------------------------------------------------------------- views (the callbacks' work)

def test_group_filter_changes_figure_grid_and_export_link(snap):
    fig_all, rows_all, *_ = callbacks.render_view(None, snap)
    view = ViewState(groups=["Kataib Hezbollah"]).to_dict()
    fig, rows, note, count, link = callbacks.render_view(view, snap)
    assert {r["event_id"] for r in rows} == {"a:1", "a:4", "a:7"}
    assert {snap.events["event_id"][r] for r in rows_of(fig)} == {"a:1", "a:4", "a:7"}
    assert count == "3 of 12 events"
    assert link == "/export.csv?group=Kataib+Hezbollah"
    assert len(rows_all) == 12 and len(rows_of(fig_all)) == 11


def test_date_range_filter(snap):
    view = ViewState(start="2020-12-15", end="2020-12-20").to_dict()
    _, rows, *_ = callbacks.render_view(view, snap)
    assert {r["event_id"] for r in rows} == {"a:1", "a:4", "b:1"}


def test_sync_view_both_ways(snap):
    controls, query, view, notices = callbacks.sync_view("url", "?group=iran&type=statement&bogus=1", [], snap)
    assert controls[:2] == [["Iran"], ["statement"]] and query is None
    assert notices and "bogus" in notices[0]
    _, query, view, notices = callbacks.sync_view(
        "f-group", "", [["Iraq"], [], [], "2020-12-01", None, "banner", [], "type"], snap)
    assert query == "?group=Iraq&start=2020-12-01&q=banner&lanes=type" and notices == []
    assert ViewState.from_dict(view).lanes == "type"


def test_click_selects_event_and_shows_details(snap):
    row = int(snap.events.index[snap.events["event_id"] == "a:1"][0])
    ids, details = callbacks.select_events("timeline.clickData", {"points": [{"customdata": row}]},
                                           None, None, snap)
    assert ids == ["a:1"]
    text = _text(details)
    assert "Sunday rocket attack" in text and "the Sunday before the publication date" in text
    hx, hy = callbacks.highlight_patch(None, snap, ids)
    assert len(hx) == 1  # one group: one ring


def test_grid_selection_shows_the_last_selected(snap):
    ids, details = callbacks.select_events("grid", None, None, [{"event_id": "a:3"}, {"event_id": "a:6"}], snap)
    assert ids == ["a:3", "a:6"] and "Soleimani" in _text(details)


def _text(node) -> str:
    if node is None:
        return ""
    if isinstance(node, (str, int, float)):
        return str(node)
    if isinstance(node, (list, tuple)):
        return "".join(_text(n) for n in node)
    return _text(getattr(node, "children", None))


# ---------------------------------------------------------------- details

def test_time_expression_highlighted_by_offsets():
    s = "Kataib Hezbollah also denied responsibility for the attack on Sunday."
    parts = highlight_parts(s, "on Sunday", 520 + s.index("on Sunday"), 520 + s.index("on Sunday") + 9, 520)
    assert parts == [(s[: s.index("on Sunday")], False), ("on Sunday", True), (".", False)]
    # offsets that do not land on the time text: found by text instead
    assert ("on Sunday", True) in highlight_parts(s, "on Sunday", 3, 9, 0)
    assert highlight_parts(s, "", None, None, None) == [(s, False)]


def test_details_show_article_text_as_text_and_links_only_http(snap):
    from dash import html

    row = snap.events[snap.events["event_id"] == "b:1"].iloc[0]
    children = details_children(row)
    quote = next(c for c in children if isinstance(c, html.Blockquote))
    assert "<script>alert('x')</script>" in _text(quote.children)  # a string child: React shows it as text
    mark = [c for c in quote.children if isinstance(c, html.Mark)]
    assert mark and mark[0].children == "on Tuesday"
    bad = row.copy()
    bad["url"] = "javascript:alert(1)"
    links = [n for n in _walk(details_children(bad)) if isinstance(n, html.A)]
    assert all(str(a.href).startswith("http") for a in links)


def _walk(node):
    if isinstance(node, (list, tuple)):
        for n in node:
            yield from _walk(n)
    elif node is not None and not isinstance(node, (str, int, float)):
        yield node
        yield from _walk(getattr(node, "children", None))


def test_grid_rows_are_capped_with_a_note(snap):
    rows, note = grid_rows(snap.events, limit=5)
    assert len(rows) == 5 and "5 of 12" in note
    rows, note = grid_rows(snap.events)
    assert len(rows) == 12 and rows[4]["date_end"] == "2020-11-30" and rows[0]["date_end"] == ""


def test_grid_says_when_as_precisely_as_the_text():
    df = normalize_frame(pd.DataFrame([
        {"event_id": "m", "type": "statement", "sentence": "s", "date": "2020-11-01",
         "date_end": "2020-11-30", "value": "2020-11", "granularity": "month"},
        {"event_id": "v", "type": "statement", "sentence": "s", "date": "2020-10-21",
         "date_end": "2020-12-21", "value": "PAST_REF", "granularity": "vague"},
        {"event_id": "d", "type": "attack", "sentence": "s", "date": "2020-12-20",
         "date_end": "2020-12-20", "value": "2020-12-20", "granularity": "day"},
    ]))
    rows, _ = grid_rows(df)
    assert [r["when"] for r in rows] == ["2020-11", "the past", ""]


# ---------------------------------------------------------------- exports

def test_csv_download_is_exactly_the_filtered_rows(snap):
    state = ViewState(groups=["Iran"], types=["statement"])
    content, name, media = callbacks.export_text(snap, state, "csv")
    got = read_csv(io.StringIO(content))
    want = filter_events(events(), groups=["Iran"], types=["statement"])
    assert list(got["event_id"]) == list(want["event_id"]) == ["a:2", "a:3", "a:5"]
    assert list(got.columns[: len(COLUMNS)]) == COLUMNS and "_row" not in got.columns


def test_csv_export_guards_formulas(snap):
    content, *_ = callbacks.export_text(snap, ViewState(), "csv")
    assert "'=HYPERLINK" in content


def test_json_export_round_trips(snap):
    recs = json.loads(to_json(snap.events[COLUMNS]))
    assert len(recs) == 12
    a5 = next(r for r in recs if r["event_id"] == "a:5")
    assert a5["date"] == "2020-11-01" and a5["date_end"] == "2020-11-30"
    assert a5["groups"] == ["Iran", "Asaib Ahl al-Haq"] and a5["future"] is False
    undated = next(r for r in recs if r["event_id"] == "b:3")
    assert undated["date"] is None


def test_timelinejs_dates_only_as_precise_as_the_event():
    data = json.loads(to_timelinejs(events()))
    by_id = {e["unique_id"]: e for e in data["events"]}
    assert by_id["a:1"]["start_date"] == {"year": "2020", "month": "12", "day": "20"}
    assert by_id["a:5"]["start_date"] == {"year": "2020", "month": "11"}
    assert "end_date" not in by_id["a:5"]
    assert by_id["a:8"]["start_date"] == {"year": "2019"}
    assert "b:3" not in by_id  # undated
    assert "<script>" not in by_id["b:1"]["text"]["text"]  # TimelineJS renders HTML: escaped
    assert "&lt;script&gt;" in by_id["b:1"]["text"]["text"]


def test_html_export_is_standalone(snap):
    content, name, media = callbacks.export_text(snap, ViewState(groups=["Iraq"]), "html")
    assert name == "timeline.html" and "<html>" in content.lower()[:100]
    assert "plotly" in content.lower() and "<script src=" not in content.replace('src="data:', "")
    assert "<script>alert" not in content


# ---------------------------------------------------------------- routes

def test_export_routes_take_the_page_parameters(app):
    client = app.server.test_client()
    resp = client.get("/export.csv?group=Iran&type=statement")
    assert resp.status_code == 200 and resp.mimetype == "text/csv"
    assert list(read_csv(io.StringIO(resp.get_data(as_text=True)))["event_id"]) == ["a:2", "a:3", "a:5"]
    resp = client.get("/export.json?start=2020-12-15&end=2020-12-20")
    assert sorted(r["event_id"] for r in resp.get_json()) == ["a:1", "a:4", "b:1"]


@pytest.mark.parametrize("query", ["group=Atlantis", "start=2021-01-01&end=2020-01-01", "start=yesterday",
                                   "%ff%fe=%00", "type=" + "x" * 3000])
def test_bad_parameters_never_break_the_routes(app, query):
    client = app.server.test_client()
    resp = client.get("/export.csv?" + query)
    assert resp.status_code == 200
    assert "X-Timeline-Notice" in resp.headers
    assert len(read_csv(io.StringIO(resp.get_data(as_text=True)))) == 12  # unfiltered view


def test_page_and_layout_are_served(app):
    client = app.server.test_client()
    assert client.get("/?group=%ZZ&start=2021-99-99").status_code == 200
    assert client.get("/_dash-layout").status_code == 200


# ---------------------------------------------------------------- anniversaries

def test_upcoming_anniversaries_of_attacks_and_killings():
    table = upcoming(events(), dt.date(2020, 12, 21))
    assert list(table["event_id"]) == ["a:6"]
    assert table.iloc[0]["anniversary"] == "2021-01-03" and table.iloc[0]["years"] == 1
    assert upcoming(events(), dt.date(2020, 6, 1)).empty


def test_upcoming_anniversaries_29_february():
    df = events()
    df.loc[df["event_id"] == "a:6", "date"] = pd.Timestamp("2016-02-29")
    table = upcoming(df, dt.date(2021, 2, 1))
    assert table.iloc[0]["anniversary"] == "2021-02-28" and table.iloc[0]["years"] == 5


def test_anniversaries_with_the_corpus_module_agree():
    mine = upcoming(events(), dt.date(2020, 12, 21))
    theirs = upcoming_anniversaries(events(), dt.date(2020, 12, 21))
    assert list(mine["event_id"]) == list(theirs["event_id"])
    assert list(mine["anniversary"]) == list(theirs["anniversary"])


def test_an_empty_data_folder_gives_an_empty_dashboard(tmp_path):
    app = create_app(tmp_path)
    snap = app.timeline_store.snapshot()
    assert len(snap.events) == 0
    fig, rows, note, count, link = callbacks.render_view(None, snap)
    assert rows == [] and count == "0 of 0 events"
    assert any("No dated events" in a["text"] for a in fig["layout"]["annotations"])
    assert app.server.test_client().get("/export.csv").status_code == 200


def test_lanes_beyond_the_limit_are_pooled():
    from timeline.dashboard.figures import MAX_LANES, OTHER_LANES

    df = events()
    rows = []
    for i in range(MAX_LANES + 5):
        row = df.iloc[0].copy()
        row["event_id"], row["groups"] = f"g{i}", [f"Group {i:02d}"]
        rows.append(row)
    big = pd.DataFrame(rows).reset_index(drop=True)
    fig = build_figure(big, "group")
    ticks = fig["layout"]["yaxis"]["ticktext"]
    assert len(ticks) == MAX_LANES and ticks[-1] == OTHER_LANES
    assert sum(points_of(fig).values()) == MAX_LANES + 5  # pooled, not dropped


@pytest.mark.parametrize("view", [
    ViewState(groups=["iran"]), ViewState(groups=["Iraq", "Kataib Hezbollah"], q="ON"),
    ViewState(q="sunday"), ViewState(q="pompeo blames"), ViewState(q="no such words"),
    ViewState(groups=["Atlantis"]), ViewState(q="2020-12-21_embassy"),
    ViewState(groups=["United States"], types=["statement"], start="2020-12-01"),
])
def test_the_fast_path_gives_exactly_the_tables_filter(snap, view):
    from timeline.dashboard.exports import filtered

    fast = filtered(snap, view)
    plain = filter_events(snap.events, **view.filter_kwargs())
    assert list(fast["event_id"]) == list(plain["event_id"])
