"""The dashboard in a browser (dash_duo, headless Chromium).

Skipped with a reason when chromium/chromedriver are missing (see conftest.py);
run in CI.  Each test checks what a user sees: markers in the timeline, rows
of the table, the address bar, the details panel, downloaded files.
"""
from __future__ import annotations

import io
import shutil
import time
from pathlib import Path
from urllib.parse import parse_qs, urlparse

import pytest
from selenium.webdriver.common.action_chains import ActionChains
from selenium.webdriver.common.keys import Keys

from tests.dashboard_fixtures import events
from timeline.dashboard import create_app
from timeline.table import filter_events, read_csv

REPO = Path(__file__).resolve().parent.parent
SEED = REPO / "data" / "articles"

POINTS_JS = "return document.querySelectorAll('#timeline .cartesianlayer .subplot.xy .scatterlayer .point').length"
GRID_IDS_JS = """return Array.from(document.querySelectorAll('#grid .ag-center-cols-container .ag-row'))
  .map(r => r.getAttribute('row-id'));"""


def wait_until(fn, timeout=10.0, msg="condition not met"):
    end = time.time() + timeout
    last = None
    while time.time() < end:
        try:
            last = fn()
            if last:
                return last
        except Exception as exc:  # element not there yet
            last = exc
        time.sleep(0.2)
    raise AssertionError(f"{msg} (last: {last!r})")


def points(duo) -> int:
    return duo.driver.execute_script(POINTS_JS)


def grid_ids(duo) -> set[str]:
    return set(duo.driver.execute_script(GRID_IDS_JS))


def query(duo) -> dict[str, list[str]]:
    return parse_qs(urlparse(duo.driver.current_url).query)


def start(duo, app, path: str = "/"):
    duo.start_server(app)
    if path != "/":
        duo.driver.get(duo.server_url + path)
    duo.wait_for_element("#timeline .main-svg", timeout=20)
    wait_until(lambda: points(duo) > 0 or "No dated events" in duo.find_element("#timeline").text,
               msg="timeline not drawn")


@pytest.fixture
def fixture_app(tmp_path):
    return create_app(tmp_path, events=events())


@pytest.fixture
def seed_dir(tmp_path) -> Path:
    """A data folder holding a copy of the bundled seed article."""
    data = tmp_path / "data"
    shutil.copytree(SEED, data / "articles")
    for p in (data / "articles").rglob("*"):
        p.chmod(0o644)
    return data


def test_page_loads_with_points_and_rows(dash_duo, fixture_app):
    start(dash_duo, fixture_app)
    df = events()
    dated = df[df["date"].notna()]
    assert points(dash_duo) == sum(max(1, len(g)) for g in dated["groups"])  # one per event and lane
    wait_until(lambda: grid_ids(dash_duo) == set(df["event_id"]), msg="grid rows")
    assert dash_duo.find_element("#count").text.startswith("12 of 12 events")
    assert dash_duo.get_logs() == []


def test_choosing_a_group_changes_points_table_and_url(dash_duo, fixture_app):
    start(dash_duo, fixture_app)
    before = points(dash_duo)
    dash_duo.select_dcc_dropdown("#f-group", value="Kataib Hezbollah (3)")
    wait_until(lambda: query(dash_duo).get("group") == ["Kataib Hezbollah"], msg="URL")
    wait_until(lambda: grid_ids(dash_duo) == {"a:1", "a:4", "a:7"}, msg="table rows")
    wait_until(lambda: points(dash_duo) == 3, msg="figure points")
    assert before > 3
    assert dash_duo.find_element("#count").text.startswith("3 of 12")


def test_date_range_filter(dash_duo, fixture_app):
    start(dash_duo, fixture_app)
    for selector, day in (("#f-start", "2020-12-15"), ("#f-end", "2020-12-20")):
        box = dash_duo.find_element(selector)
        box.click()
        box.send_keys(day)
        box.send_keys(Keys.TAB)
    wait_until(lambda: query(dash_duo).get("start") == ["2020-12-15"]
               and query(dash_duo).get("end") == ["2020-12-20"], msg="URL")
    want = set(filter_events(events(), start="2020-12-15", end="2020-12-20")["event_id"])
    assert want == {"a:1", "a:4", "b:1"}
    wait_until(lambda: grid_ids(dash_duo) == want, msg="table rows")
    wait_until(lambda: points(dash_duo) == 3, msg="figure points")


def test_loading_a_url_restores_its_view(dash_duo, fixture_app):
    start(dash_duo, fixture_app, "/?group=Iraq&type=protest&type=arrest&lanes=type")
    wait_until(lambda: grid_ids(dash_duo) == {"a:9", "b:1"}, msg="table rows")
    assert "Iraq" in dash_duo.find_element("#f-group").text
    ticks = {t.text for t in dash_duo.find_elements("#timeline .ytick text")}
    assert ticks == {"protest", "arrest"}  # lanes by type, as the URL says
    assert dash_duo.find_element("#f-lanes input[value='type']").is_selected()
    # reload: the same view again
    dash_duo.driver.refresh()
    wait_until(lambda: grid_ids(dash_duo) == {"a:9", "b:1"}, msg="table rows after reload")


def test_bad_url_shows_a_notice_not_an_error(dash_duo, fixture_app):
    start(dash_duo, fixture_app, "/?group=Atlantis&start=2021-01-01&end=2020-01-01&x=%ZZ")
    notice = wait_until(lambda: dash_duo.find_element("#notice").text, msg="notice")
    assert "Atlantis" in notice and "date range ignored" in notice
    wait_until(lambda: len(grid_ids(dash_duo)) == 12, msg="unfiltered table")


def test_clicking_a_point_shows_its_details(dash_duo, fixture_app):
    start(dash_duo, fixture_app, "/?type=killing")
    wait_until(lambda: points(dash_duo) == 2, msg="two markers (two lanes)")
    point = dash_duo.find_elements("#timeline .cartesianlayer .scatterlayer .point")[0]
    ActionChains(dash_duo.driver).move_to_element(point).pause(0.3).click().perform()
    wait_until(lambda: "Qasem Soleimani was killed" in dash_duo.find_element("#details-sentence").text,
               msg="details")
    wait_until(lambda: dash_duo.find_element("#details-sentence mark").text == "January 3, 2020",
               msg="time expression highlighted")
    details = wait_until(lambda: dash_duo.find_element("#details").text, msg="details text")
    assert "Pompeo Blames" in details and "2020-12-21_embassy.txt" in details
    # the table selects the same event
    wait_until(lambda: dash_duo.driver.execute_script(
        "return Array.from(document.querySelectorAll('#grid .ag-row-selected')).map(r => r.getAttribute('row-id'))")
        == ["a:6"], msg="grid selection")


def test_article_text_is_shown_as_text(dash_duo, fixture_app):
    start(dash_duo, fixture_app, "/?type=protest")
    wait_until(lambda: grid_ids(dash_duo) == {"b:1"}, msg="row")
    dash_duo.driver.execute_script("window.alerted = false; window.alert = () => { window.alerted = true; };")
    dash_duo.find_element("#grid .ag-row[row-id='b:1'] .ag-cell").click()
    wait_until(lambda: "<script>alert('x')</script>" in dash_duo.find_element("#details-sentence").text,
               msg="the sentence, shown as text")
    assert dash_duo.find_elements("#details script") == []
    assert dash_duo.driver.execute_script("return window.alerted") is False
    # the row chosen in the table is ringed in the figure
    wait_until(lambda: dash_duo.driver.execute_script(
        "var g = document.querySelector('#timeline .js-plotly-plot'); var t = g.data[g.data.length - 1];"
        "return t.name === 'selected' && t.x.length === 1"), msg="selection ring in the figure")


def test_csv_download_holds_exactly_the_filtered_rows(dash_duo, fixture_app):
    start(dash_duo, fixture_app, "/?group=Iran&type=statement")
    wait_until(lambda: grid_ids(dash_duo) == {"a:2", "a:3", "a:5"}, msg="table rows")
    dash_duo.find_element("#btn-csv").click()
    target = Path(dash_duo.download_path) / "events.csv"
    wait_until(lambda: target.exists() and target.stat().st_size > 0, msg="downloaded file")
    downloaded = read_csv(target)
    assert list(downloaded["event_id"]) == ["a:2", "a:3", "a:5"]
    # the route for scripts answers the same rows for the same parameters
    href = dash_duo.find_element("#export-link").get_attribute("href")
    assert urlparse(href).path == "/export.csv" and parse_qs(urlparse(href).query) == query(dash_duo)
    resp = fixture_app.server.test_client().get(href[len(dash_duo.server_url):])
    assert read_csv(io.StringIO(resp.get_data(as_text=True))).equals(downloaded)


def _open_add_tab(duo):
    duo.find_element("#tabs [data-value='add'], #tab-add").click()
    duo.wait_for_element("#upload input[type=file]")


def test_upload_adds_events_that_survive_a_restart(dash_duo, seed_dir, tmp_path):
    app = create_app(seed_dir)
    before = set(app.timeline_store.snapshot().events["event_id"])
    start(dash_duo, app)
    wait_until(lambda: len(grid_ids(dash_duo)) == len(before), msg="seed rows")
    article = tmp_path / "drone-strike.txt"
    article.write_text("Drone strike hits convoy near Baghdad airport\n\n"
                       "A drone strike hit a convoy of Kataib Hezbollah near Baghdad airport on Friday, "
                       "killing three people, Iraqi security officials said.\n", encoding="utf-8")
    _open_add_tab(dash_duo)
    dash_duo.find_element("#up-published").send_keys("2021-03-08")
    dash_duo.find_element("#upload input[type=file]").send_keys(str(article))
    msg = wait_until(lambda: dash_duo.find_element("#upload-msg .msg.ok").text, timeout=30, msg="upload message")
    assert "drone-strike.txt" in msg and "published 2021-03-08" in msg
    stored = seed_dir / "articles" / "uploads"
    assert (stored / "drone-strike.txt").exists() and (stored / "drone-strike.meta.json").exists()
    now = app.timeline_store.snapshot().events
    added = set(now["event_id"]) - before
    assert added, "the upload added no events"
    dash_duo.find_element("#tabs [data-value='events'], .tab").click()
    wait_until(lambda: added <= grid_ids(dash_duo), msg="new rows in the table")
    assert any("convoy" in s for s in now[now["event_id"].isin(added)]["sentence"])
    # a restart (a new app over the same folder) reads it again, with the same events
    again = create_app(seed_dir).timeline_store.snapshot().events
    assert added <= set(again["event_id"])
    assert str(again[again["event_id"].isin(added)]["published"].iloc[0].date()) == "2021-03-08"


def test_bad_upload_is_refused_with_a_message(dash_duo, seed_dir, tmp_path):
    app = create_app(seed_dir)
    n = len(app.timeline_store.snapshot().events)
    start(dash_duo, app)
    _open_add_tab(dash_duo)
    binary = tmp_path / "photo.txt"
    binary.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)) * 4)
    dash_duo.find_element("#upload input[type=file]").send_keys(str(binary))
    msg = wait_until(lambda: dash_duo.find_element("#upload-msg .msg.error").text, timeout=20, msg="refusal")
    assert "photo.txt" in msg and "refused" in msg and "binary" in msg
    big = tmp_path / "huge.txt"
    big.write_bytes(b"word " * (1_100_000))  # 5.5 MB
    dash_duo.find_element("#upload input[type=file]").send_keys(str(big))
    refusal = wait_until(lambda: [m.text for m in dash_duo.find_elements("#upload-msg .msg.error")
                                  if "huge.txt" in m.text], timeout=30, msg="size refusal")
    assert "5 MB limit" in refusal[0]
    assert not (seed_dir / "articles" / "uploads").exists() or not any((seed_dir / "articles" / "uploads").iterdir())
    assert len(app.timeline_store.snapshot().events) == n
