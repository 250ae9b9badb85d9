"""`timeline eval`: scoring the tagger on TimeML files written here for the test."""
from __future__ import annotations

from pathlib import Path

from timeline.evaluate import evaluate, load_tml, main

TML = """<?xml version="1.0" ?>
<TimeML>
<DOCID>t1</DOCID>
<DCT><TIMEX3 tid="t0" type="DATE" value="2020-12-21" temporalFunction="false" functionInDocument="CREATION_TIME">2020-12-21</TIMEX3></DCT>
<TEXT>Rockets hit the embassy on <TIMEX3 tid="t1" type="DATE" value="2020-12-20">Sunday</TIMEX3>. In <TIMEX3 tid="t2" type="DATE" value="2020-11">November</TIMEX3> a general came. The militia was formed in <TIMEX3 tid="t3" type="DATE" value="2014">2014</TIMEX3> and held the town for <TIMEX3 tid="t4" type="DURATION" value="P3M">three months</TIMEX3> until <TIMEX3 tid="t5" type="DATE" value="2015-01-01">the winter</TIMEX3>.</TEXT>
</TimeML>
"""


def write(tmp_path: Path, name: str = "doc.tml", body: str = TML) -> Path:
    p = tmp_path / name
    p.write_text(body, encoding="utf-8")
    return p


def test_load_tml_strips_tags_and_reads_the_creation_time(tmp_path):
    doc = load_tml(write(tmp_path))
    assert doc.published == "2020-12-21"
    assert "<" not in doc.text
    assert [doc.text[g["start"]:g["end"]] for g in doc.gold] == ["Sunday", "November", "2014", "three months",
                                                                 "the winter"]
    assert [g["value"] for g in doc.gold] == ["2020-12-20", "2020-11", "2014", "P3M", "2015-01-01"]


def test_scores_and_errors(tmp_path, capsys):
    write(tmp_path)
    result = evaluate([str(tmp_path)], errors=True)
    out = capsys.readouterr().out
    assert result["files"] == 1 and result["gold"] == 5
    # four of five right; "the winter" is found (relaxed match) with another value
    assert result["value"] == 4
    assert result["relaxed"] == 5
    assert "VALUE doc: 'the winter' gold 2015-01-01" in out
    assert "strict   P" in out and "relaxed  P" in out and "value    P" in out and "type accuracy" in out


def test_main_reports_misses_and_spurious(tmp_path, capsys):
    body = TML.replace('<TIMEX3 tid="t3" type="DATE" value="2014">2014</TIMEX3>', "2014").replace(
        "a general came", 'a general came <TIMEX3 tid="t9" type="DATE" value="1999">every day</TIMEX3>')
    write(tmp_path, body=body)
    assert main([str(tmp_path), "--errors"]) == 0
    out = capsys.readouterr().out
    assert "EXTRA doc: '2014' -> 2014" in out
    assert "VALUE doc: 'every day' gold 1999 got P1D" in out


def test_bad_paths_are_reported_not_fatal(tmp_path, capsys):
    write(tmp_path, "good.tml")
    (tmp_path / "broken.tml").write_text("<TimeML><TEXT>unclosed", encoding="utf-8")
    result = evaluate([str(tmp_path), str(tmp_path / "missing.tml")])
    out = capsys.readouterr().out
    assert result["files"] == 1
    assert "broken.tml" in out and "missing.tml: no such file or folder" in out
    assert main([str(tmp_path / "nothing-here")]) == 1
