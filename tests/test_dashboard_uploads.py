"""Adding articles from the dashboard (no browser): checks, storage, re-reading."""
from __future__ import annotations

import base64
import json
import shutil
from pathlib import Path

import pytest

from timeline.dashboard import callbacks
from timeline.dashboard.store import EventStore
from timeline.dashboard.uploads import MAX_UPLOAD_BYTES, add_article, add_pasted, decode_contents, safe_name

REPO = Path(__file__).resolve().parent.parent
ARTICLE = ("Drone strike hits convoy near Baghdad airport\n\n"
           "A drone strike hit a convoy of Kataib Hezbollah near Baghdad airport on Friday, killing three "
           "people, Iraqi security officials said.\n")


@pytest.fixture
def data_dir(tmp_path) -> Path:
    data = tmp_path / "data"
    shutil.copytree(REPO / "data" / "articles", data / "articles")
    for p in (data / "articles").rglob("*"):
        p.chmod(0o644)
    return data


def uploads(data: Path) -> list[str]:
    folder = data / "articles" / "uploads"
    return sorted(p.name for p in folder.iterdir()) if folder.exists() else []


def test_upload_is_extracted_stored_and_read_again(data_dir):
    store = EventStore(data_dir)
    before = store.snapshot()
    res = add_article(store, "convoy.txt", ARTICLE.encode(), "2021-03-08", title="Convoy hit", url="https://example.org/c")
    assert res.ok, res.message
    assert uploads(data_dir) == ["convoy.meta.json", "convoy.txt"]
    meta = json.loads((data_dir / "articles" / "uploads" / "convoy.meta.json").read_text())
    assert meta["published"] == "2021-03-08" and meta["title"] == "Convoy hit" and meta["url"] == "https://example.org/c"
    after = store.snapshot()
    new = after.events[~after.events["event_id"].isin(before.events["event_id"])]
    assert len(new) == res.events > 0
    assert set(new["source"]) == {"articles/uploads/convoy.txt"}
    friday = new[new["sentence"].str.contains("convoy")]
    assert str(friday["date"].iloc[0].date()) == "2021-03-05"  # the Friday before 2021-03-08
    # the earlier rows keep their numbers (the figure's customdata)
    assert list(after.events["event_id"][: len(before.events)]) == list(before.events["event_id"])
    # restart: a new store over the folder has the same events for the upload
    again = EventStore(data_dir).snapshot().events
    assert set(new["event_id"]) <= set(again["event_id"])


def test_another_server_process_picks_up_the_upload_in_the_same_order(data_dir):
    one, two = EventStore(data_dir), EventStore(data_dir)
    assert add_article(one, "a.txt", ARTICLE.encode(), "2021-03-08").ok
    assert add_article(one, "b.md", ("# Rally\n\nThousands rallied in Baghdad on Saturday.\n").encode(), "2021-03-08").ok
    assert two.snapshot().token == one.snapshot().token
    assert list(two.snapshot().events["event_id"]) == list(one.snapshot().events["event_id"])


@pytest.mark.parametrize("name, data, reason", [
    ("photo.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)), "binary"),
    ("empty.txt", b"   \n\n", "empty"),
    ("notes.pdf", b"%PDF-1.4 some text", "only .txt, .md, .html"),
    ("big.txt", b"word " * (MAX_UPLOAD_BYTES // 5 + 10), "5 MB limit"),
    ("latin.txt", "caf\u00e9 attack on Sunday".encode("latin-1"), "not UTF-8"),
    ("page.html", b"<html><body><script>x()</script></body></html>", "no readable"),
])
def test_bad_uploads_are_refused_and_change_nothing(data_dir, name, data, reason):
    store = EventStore(data_dir)
    token = store.snapshot().token
    res = add_article(store, name, data, "2021-03-08")
    assert not res.ok and reason in res.message and "refused" in res.message
    assert uploads(data_dir) == [] and store.snapshot().token == token


def test_bad_publication_date_is_refused(data_dir):
    store = EventStore(data_dir)
    res = add_article(store, "x.txt", ARTICLE.encode(), "next Tuesday-ish")
    assert not res.ok and "publication date" in res.message and uploads(data_dir) == []


def test_pasted_text(data_dir):
    store = EventStore(data_dir)
    res = add_pasted(store, ARTICLE, "2021-03-08", title="Convoy")
    assert res.ok and res.stored[0].startswith("pasted-") and res.stored[0].endswith("-convoy.txt")
    assert not add_pasted(store, "  ", "2021-03-08").ok


def test_upload_callback_decodes_several_files(data_dir):
    store = EventStore(data_dir)
    ok = "data:text/plain;base64," + base64.b64encode(ARTICLE.encode()).decode()
    bad = "data:application/octet-stream;base64," + base64.b64encode(b"\x00\x01\x02").decode()
    added, messages = callbacks.upload_files(store, [ok, bad], ["good.txt", "bad.txt"], "2021-03-08", "", "")
    assert added and [m[0] for m in messages] == [True, False]
    assert decode_contents("not a data url") is None


def test_stored_names_are_safe():
    assert safe_name("../../etc/passwd.txt", set()) == "passwd.txt"
    assert safe_name("C:\\Users\\me\\report 1.md", set()) == "report-1.md"
    assert safe_name("a.txt", {"a.txt"}) == "a-2.txt"
    assert safe_name("a.md", {"a.txt", "a.meta.json"}) == "a-2.md"  # never share a .meta.json


def test_a_page_drawn_before_an_upload_is_redrawn_not_misread(data_dir):
    store = EventStore(data_dir)
    token = store.snapshot().token
    assert not callbacks.is_stale(token, store.snapshot())
    assert add_article(store, "a.txt", ARTICLE.encode(), "2021-03-08").ok
    assert callbacks.is_stale(token, store.snapshot())
