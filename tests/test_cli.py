"""The `timeline` command as a user runs it."""
from __future__ import annotations

import io
import json
import subprocess
import sys
from pathlib import Path

import pandas as pd
import pytest

from timeline import table

REPO = Path(__file__).resolve().parent.parent
CSV_COLUMNS = ["event_id", "date", "date_end", "value", "granularity", "type", "stance", "groups",
               "actors", "location", "sentence", "time_text", "date_basis", "source", "title", "published"]


def run(*args, stdin: str | None = None, cwd: Path = REPO) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "timeline", *args], input=stdin, capture_output=True,
                          text=True, cwd=cwd, timeout=300)


def test_tag_file_prints_one_json_object_per_expression(seed_path):
    p = run("tag", str(seed_path), "--published", "2020-12-21")
    assert p.returncode == 0, p.stderr
    text = seed_path.read_text(encoding="utf-8")
    rows = [json.loads(line) for line in p.stdout.splitlines()]
    assert rows, "no time expression found in the seed"
    for r in rows:
        assert {"start", "end", "text", "type", "value", "granularity", "date", "date_end"} <= set(r)
        assert text[r["start"]:r["end"]] == r["text"]
    assert {"text": "January 20th", "value": "2021-01-20"}.items() <= next(
        r for r in rows if r["text"] == "January 20th").items()


def test_tag_jsonl_keeps_order_ids_and_survives_bad_lines():
    lines = [
        {"id": "a", "text": "It happened on Sunday.", "published": "2020-12-21"},
        "{broken",
        {"id": "b", "text": "It happened in November.", "published": None},
        {"id": "c", "text": "", "published": "2020-12-21"},
        {"id": "d", "text": "We met in November.", "published": "not a date"},
    ]
    stdin = "\n".join(l if isinstance(l, str) else json.dumps(l) for l in lines) + "\n"
    p = run("tag", "--jsonl", stdin=stdin)
    assert p.returncode == 0, p.stderr
    out = [json.loads(line) for line in p.stdout.splitlines()]
    assert [o["id"] for o in out] == ["a", None, "b", "c", "d"]
    assert out[0]["timexes"][0]["value"] == "2020-12-20"
    assert out[2]["timexes"][0]["value"] == "XXXX-11"  # no reference date: unresolved, not today
    assert out[3]["timexes"] == []
    assert out[4]["timexes"][0]["value"] == "XXXX-11"
    assert "stdin:2" in p.stderr and "stdin:5" in p.stderr


def test_unknown_published_format_is_a_one_line_error(seed_path):
    p = run("extract", str(seed_path), "--published", "21/12/20")
    assert p.returncode == 2
    assert "unknown date format" in p.stderr or "impossible date" in p.stderr


def test_extract_bundled_data_writes_all_columns(tmp_path):
    out = tmp_path / "events.csv"
    p = run("extract", "data", "-o", str(out))
    assert p.returncode == 0, p.stderr
    df = pd.read_csv(out, dtype=str, keep_default_na=False)
    assert CSV_COLUMNS == [c for c in df.columns if c in CSV_COLUMNS]
    assert len(df) >= 10
    assert set(df["source"]) == {"data/articles/000_591450a2b04aa0df.txt"}
    assert (df["published"] == "2020-12-21").all()
    assert "event(s)" in p.stderr and "read 1 article" in p.stderr
    assert table.read_csv(out)["event_id"].is_unique


def test_extract_to_stdout_and_json(seed_path):
    p = run("extract", str(seed_path), "-q")
    assert p.returncode == 0, p.stderr
    df = pd.read_csv(io.StringIO(p.stdout), dtype=str, keep_default_na=False)
    assert len(df) >= 10 and p.stderr == ""
    p = run("extract", str(seed_path), "--format", "json", "-q")
    assert p.returncode == 0, p.stderr
    records = json.loads(p.stdout)
    assert isinstance(records, list) and len(records) == len(df)


def test_extract_reports_bad_files_and_processes_the_rest(tmp_path, seed_path):
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "good.txt").write_text(seed_path.read_text(encoding="utf-8"), encoding="utf-8")
    (folder / "empty.txt").write_bytes(b"")
    (folder / "junk.txt").write_bytes(b"\x00\xff\x00binary")
    (folder / "latin.txt").write_bytes("caf\xe9".encode("latin-1"))
    p = run("extract", str(folder), "--published", "2020-12-21", "-o", str(tmp_path / "ev.csv"))
    assert p.returncode == 0, p.stderr
    err = p.stderr
    assert "empty.txt: empty file" in err
    assert "junk.txt: binary file" in err
    assert "latin.txt: not UTF-8 text" in err
    df = pd.read_csv(tmp_path / "ev.csv", dtype=str, keep_default_na=False)
    assert len(df) >= 10 and set(df["source"]) == {"in/good.txt"}


def test_extract_fails_only_when_nothing_could_be_read(tmp_path):
    (tmp_path / "empty.txt").write_bytes(b"")
    p = run("extract", str(tmp_path / "empty.txt"), str(tmp_path / "missing.txt"))
    assert p.returncode == 1
    assert "empty.txt: empty file" in p.stderr and "missing.txt: no such file or folder" in p.stderr
    assert "no article could be read" in p.stderr


def test_extract_article_without_date_is_told(tmp_path):
    f = tmp_path / "undated.txt"
    f.write_text("Rockets hit the US embassy in Baghdad on Sunday, officials said.")
    p = run("extract", str(f))
    assert p.returncode == 0
    assert "undated.txt: no publication date" in p.stderr


def test_help_lists_the_commands():
    p = run("--help")
    assert p.returncode == 0
    for cmd in ("tag", "extract", "serve", "eval"):
        assert cmd in p.stdout


@pytest.mark.parametrize("api", ["tag", "extract"])
def test_python_api(api):
    import timeline

    fn = getattr(timeline, api)
    result = fn("Rockets hit the US embassy in Baghdad on Sunday, officials said.", published="2020-12-21")
    assert result
    if api == "tag":
        assert result[0].value == "2020-12-20"
    else:
        assert result[0].date.isoformat() == "2020-12-20" and result[0].type == "attack"


def test_extract_with_own_gazetteer_reports_bad_rows(tmp_path, seed_path):
    groups = tmp_path / "groups.csv"
    groups.write_text('name,aliases,kind,affiliation,country\n'
                      'Kataib Hezbollah,KH;Kata\'ib Hezbollah,armed group,Iran-aligned,Iraq\n'
                      'Badr Organization, Badr Brigades, armed group, Iran-aligned, Iraq, extra, fields\n', encoding="utf-8")
    p = run("extract", str(seed_path), "--groups", str(groups), "-o", str(tmp_path / "ev.csv"))
    assert p.returncode == 0, p.stderr
    assert "groups.csv:3" in p.stderr
    df = pd.read_csv(tmp_path / "ev.csv", dtype=str, keep_default_na=False)
    assert any("Kataib Hezbollah" in g for g in df["groups"])


def test_extract_progress_bar_on_request(tmp_path, seed_path):
    p = run("extract", str(seed_path), "--progress", "-o", str(tmp_path / "ev.csv"))
    assert p.returncode == 0
    assert "articles: 100%" in p.stderr
