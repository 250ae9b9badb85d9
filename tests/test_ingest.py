"""Reading articles: formats, where the publication date comes from, bad input."""
from __future__ import annotations

import datetime as dt
import json

import pytest

from timeline.ingest import (
    DateFormatError, article_from_bytes, date_from_filename, markdown_to_text, parse_date,
    read_paths, split_front_matter,
)

D = dt.date


@pytest.mark.parametrize("text, expected", [
    ("2020-12-21", D(2020, 12, 21)),
    ("2020-12-21T10:30:00Z", D(2020, 12, 21)),
    ("2020-12-21T23:30:00+03:00", D(2020, 12, 21)),
    ("2020/12/21", D(2020, 12, 21)),
    ("20201221", D(2020, 12, 21)),
    ("Mon, 21 Dec 2020 10:00:00 GMT", D(2020, 12, 21)),
    ("21 December 2020", D(2020, 12, 21)),
    ("December 21, 2020", D(2020, 12, 21)),
    ("Dec. 21, 2020", D(2020, 12, 21)),
])
def test_parse_date_accepts_metadata_forms(text, expected):
    assert parse_date(text) == expected


@pytest.mark.parametrize("text", ["yesterday", "12/21", "01/02/2020", "2020-02-30", "", "2020-13-01"])
def test_parse_date_refuses_ambiguous_or_impossible(text):
    with pytest.raises(DateFormatError):
        parse_date(text)


def test_date_from_filename():
    assert date_from_filename("2020-12-21_baghdad.txt") == D(2020, 12, 21)
    assert date_from_filename("20201221-story.md") == D(2020, 12, 21)
    assert date_from_filename("report_2020_12_21.txt") == D(2020, 12, 21)
    assert date_from_filename("000_591450a2b04aa0df.txt") is None
    assert date_from_filename("2020-02-31_x.txt") is None


def test_seed_reads_with_its_metadata(seed_path):
    arts, problems = read_paths([seed_path])
    assert problems == []
    [art] = arts
    assert art.published == D(2020, 12, 21)
    assert art.published_from == "meta.json"
    assert art.title.startswith("Pompeo Blames")
    assert art.url.startswith("https://news.antiwar.com/2020/12/21/")
    assert art.author == "Dave DeCamp"
    assert art.site == "Antiwar.com"
    assert "Sunday rocket attack" in art.text


def test_date_precedence_meta_then_front_matter_then_filename_then_option(tmp_path):
    (tmp_path / "2019-01-01_a.txt").write_text("published: 2020-05-05\n\nRockets hit on Sunday.")
    (tmp_path / "2019-01-01_a.meta.json").write_text(json.dumps({"published": "2021-07-07"}))
    (tmp_path / "2019-01-01_b.txt").write_text("published: 2020-05-05\n\nRockets hit on Sunday.")
    (tmp_path / "2019-01-01_c.txt").write_text("Rockets hit on Sunday.")
    (tmp_path / "d.txt").write_text("Rockets hit on Sunday.")
    arts, problems = read_paths([tmp_path], published="2022-02-02")
    by_id = {a.id.rsplit("/", 1)[-1]: a for a in arts}
    assert by_id["2019-01-01_a"].published == D(2021, 7, 7)
    assert by_id["2019-01-01_b"].published == D(2020, 5, 5)
    assert by_id["2019-01-01_b"].text == "Rockets hit on Sunday."  # front matter is not text
    assert by_id["2019-01-01_c"].published == D(2019, 1, 1)
    assert by_id["d"].published == D(2022, 2, 2)
    assert by_id["d"].published_from == "option"
    assert problems == []


def test_article_without_date_is_read_and_reported(tmp_path):
    f = tmp_path / "undated.txt"
    f.write_text("Rockets hit the base on Sunday.")
    arts, problems = read_paths([f])
    assert len(arts) == 1 and arts[0].published is None
    assert len(problems) == 1 and "undated.txt" in str(problems[0]) and "no publication date" in str(problems[0])


def test_fenced_front_matter_and_markdown(tmp_path):
    f = tmp_path / "story.md"
    f.write_text("---\ntitle: Rockets hit Baghdad\npublished: 2020-12-21\nauthor: A. Writer\n---\n"
                 "# Heading\n\nRockets **hit** the [embassy](http://x.y) on *Sunday*.\n")
    [art], problems = read_paths([f])
    assert problems == []
    assert art.title == "Rockets hit Baghdad" and art.author == "A. Writer"
    assert art.published == D(2020, 12, 21)
    assert "Rockets hit the embassy on Sunday." in art.text
    assert "**" not in art.text and "http" not in art.text


def test_split_front_matter_leaves_ordinary_text_alone():
    text = "Title: the story of a war\nIt began on Sunday."
    assert split_front_matter(text) == ({}, text)


def test_markdown_to_text_keeps_words():
    assert markdown_to_text("## On *Sunday*, rockets hit\n- item one") == "On Sunday, rockets hit\nitem one"


def test_html_page_main_text_and_metadata(tmp_path):
    page = """<!doctype html><html><head><title>Site | Rockets</title>
    <meta property="article:published_time" content="2020-12-21T08:00:00Z">
    <meta name="author" content="Jane Roe"><link rel="canonical" href="https://example.org/rockets">
    </head><body><nav>Home | World | Sport</nav><article><h1>Rockets hit Baghdad</h1>
    <p>Rockets struck the embassy compound in Baghdad on Sunday, officials said, in the latest of a series of attacks.</p>
    <p>Iran denied involvement in the attack on Monday, calling the accusations baseless and dangerous.</p>
    <script>alert('x')</script></article><footer>Copyright</footer></body></html>"""
    f = tmp_path / "page.html"
    f.write_text(page)
    [art], problems = read_paths([f])
    assert art.published == D(2020, 12, 21) and art.published_from == "html"
    assert "Rockets struck the embassy compound" in art.text
    assert "Iran denied involvement" in art.text
    assert "alert" not in art.text and "Copyright" not in art.text
    assert art.url == "https://example.org/rockets"


def test_html_page_without_date_is_not_given_today(tmp_path):
    f = tmp_path / "page.html"
    f.write_text("<html><body><article><p>Rockets struck the embassy compound in Baghdad on Sunday, "
                 "officials said, in the latest of a series of attacks on the area.</p></article></body></html>")
    [art], problems = read_paths([f])
    assert art.published is None
    assert any("no publication date" in p.reason for p in problems)


def test_json_lines_with_a_bad_line(tmp_path):
    f = tmp_path / "batch.jsonl"
    f.write_text("\n".join([
        json.dumps({"id": "a1", "text": "Rockets hit on Sunday.", "published": "2020-12-21", "title": "A"}),
        "{not json",
        json.dumps({"id": "a2", "text": "", "published": "2020-12-21"}),
        json.dumps({"id": "a3", "body": "Iran denied it on Monday.", "date": "2020-12-22"}),
    ]))
    arts, problems = read_paths([f])
    assert [a.id for a in arts] == ["a1", "a3"]
    assert arts[1].published == D(2020, 12, 22)
    assert sorted(p.line for p in problems) == [2, 3]
    assert all("batch.jsonl" in str(p) for p in problems)


def test_rss_feed_entries(tmp_path):
    f = tmp_path / "feed.rss"
    f.write_text("""<?xml version="1.0"?><rss version="2.0"><channel><title>Wire</title>
      <item><title>Rockets hit Baghdad</title><link>https://x.org/1</link>
        <pubDate>Mon, 21 Dec 2020 09:00:00 GMT</pubDate>
        <description>&lt;p&gt;Rockets hit the embassy on Sunday.&lt;/p&gt;&lt;p&gt;No one was hurt.&lt;/p&gt;</description></item>
      <item><title>Empty</title><link>https://x.org/2</link><description></description></item>
    </channel></rss>""")
    arts, problems = read_paths([f])
    assert len(arts) == 1
    art = arts[0]
    assert art.title == "Rockets hit Baghdad" and art.url == "https://x.org/1"
    assert art.published == D(2020, 12, 21) and art.site == "Wire"
    assert "Rockets hit the embassy on Sunday." in art.text and "<p>" not in art.text
    assert len(problems) == 1 and "no text" in problems[0].reason


def test_atom_feed(tmp_path):
    f = tmp_path / "feed.atom"
    f.write_text("""<?xml version="1.0" encoding="utf-8"?><feed xmlns="http://www.w3.org/2005/Atom">
      <title>Atom wire</title><entry><title>Arrests in Iraq</title><link href="https://x.org/a"/>
      <updated>2020-12-22T10:00:00Z</updated><content type="html">Iraq arrested several suspects on Monday.</content>
      </entry></feed>""")
    [art], problems = read_paths([f])
    assert problems == []
    assert art.published == D(2020, 12, 22) and art.text == "Iraq arrested several suspects on Monday."


@pytest.mark.parametrize("name, data, reason", [
    ("empty.txt", b"", "empty"),
    ("blank.txt", b"  \n\n ", "empty"),
    ("binary.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00", "binary"),
    ("latin1.txt", "Caf\u00e9 attack on Sunday".encode("latin-1"), "not UTF-8"),
])
def test_bad_files_are_reported_and_others_read(tmp_path, name, data, reason):
    (tmp_path / name).write_bytes(data)
    (tmp_path / "good.txt").write_text("published: 2020-12-21\n\nRockets hit on Sunday.")
    arts, problems = read_paths([tmp_path])
    assert [a.id.rsplit("/", 1)[-1] for a in arts] == ["good"]
    assert len(problems) == 1 and name in problems[0].path and reason in problems[0].reason


def test_missing_path_and_unsupported_type(tmp_path):
    (tmp_path / "notes.docx").write_bytes(b"PK\x03\x04")
    arts, problems = read_paths([tmp_path / "missing.txt", tmp_path])
    assert arts == []
    reasons = " | ".join(str(p) for p in problems)
    assert "missing.txt: no such file or folder" in reasons
    assert "notes.docx" in reasons and "not an article file type" in reasons


def test_malformed_sidecar_is_reported_not_fatal(tmp_path):
    (tmp_path / "a.txt").write_text("Rockets hit on Sunday.")
    (tmp_path / "a.meta.json").write_text("{broken")
    arts, problems = read_paths([tmp_path], published="2020-12-21")
    assert len(arts) == 1 and arts[0].published == D(2020, 12, 21)
    assert any("a.meta.json" in p.path and "metadata not read" in p.reason for p in problems)


def test_upload_bytes():
    art, problems = article_from_bytes("note.txt", b"Rockets hit on Sunday.", "2020-12-21")
    assert art is not None and art.published == D(2020, 12, 21) and problems == []
    art, problems = article_from_bytes("note.txt", b"\x00\x01\x02", "2020-12-21")
    assert art is None and "binary" in problems[0].reason
    art, problems = article_from_bytes("note.txt", b"Rockets hit.", "21/12")
    assert art is None and "date" in problems[0].reason


def test_duplicate_ids_are_made_unique(tmp_path):
    (tmp_path / "a").mkdir()
    (tmp_path / "a" / "x.txt").write_text("One.")
    (tmp_path / "x.md").write_text("Two.")
    arts, _ = read_paths([tmp_path / "a" / "x.txt", tmp_path / "a" / "x.txt"], published="2020-01-01")
    assert len({a.id for a in arts}) == 2
