"""The events table: schema, PLOVER column, filtering, and CSV safety and round trip."""
import datetime as dt
import io

import pandas as pd
import pytest

from timeline.model import Event
from timeline.table import (COLUMNS, events_frame, filter_events, neutralize_cell, normalize_frame,
                            plover_code, read_csv, to_csv, unneutralize_cell)


def sample():
    return events_frame([
        Event(event_id="a:1", type="attack", sentence="=HYPERLINK(\"http://x\")", date=dt.date(2020, 12, 20),
              value="2020-12-20", granularity="day", groups=["Iran-backed militias"],
              alleged_by=["Iran-backed militias"], location="Baghdad, Green Zone", source="a.txt",
              published=dt.date(2020, 12, 21), actors=["@someone", "+plus"], time_text="Sunday",
              sentence_start=0, sentence_end=10, time_start=3, time_end=9),
        Event(event_id="a:2", type="statement", stance="denial", sentence="-1 means nothing; Iran denied it.",
              date=dt.date(2020, 12, 21), value="2020-12-21", granularity="day", groups=["Iran", "IRGC"],
              source="a.txt", published=dt.date(2020, 12, 21), explanation="'=already quoted"),
        Event(event_id="b:1", type="killing", sentence="Soleimani was killed.", date=dt.date(2020, 1, 3),
              value="2020-01-03", granularity="day", groups=["IRGC Quds Force"], date_basis="derived",
              source="b.txt", published=dt.date(2020, 12, 28), future=False),
    ])


def test_schema_and_dtypes():
    df = sample()
    assert list(df.columns[:len(COLUMNS)]) == COLUMNS
    assert pd.api.types.is_datetime64_any_dtype(df["date"])
    assert isinstance(df["type"].dtype, pd.CategoricalDtype)
    assert isinstance(df["date_basis"].dtype, pd.CategoricalDtype)
    assert df.loc[0, "groups"] == ["Iran-backed militias"]
    assert df.loc[0, "sources"] == ["a.txt"] and df.loc[0, "source_count"] == 1


def test_plover_column_is_filled_from_type_and_stance():
    df = sample()
    assert list(df["plover"]) == ["ASSAULT", "REJECT", "ASSAULT"]
    assert plover_code("statement", "accusation") == "ACCUSE"
    assert plover_code("statement", "appeal") == "REQUEST"
    assert plover_code("protest") == "PROTEST"
    assert plover_code("arrest") == "COERCE"


@pytest.mark.parametrize("cell", ["=1+1", "+1", "-1", "@SUM(A1)", "\tx", "'=x", "''+y"])
def test_formula_cells_are_neutralized_and_restored(cell):
    guarded = neutralize_cell(cell)
    assert guarded.startswith("'")
    assert unneutralize_cell(guarded) == cell


@pytest.mark.parametrize("cell", ["plain", "'quoted", "", "Iran; Iraq"])
def test_ordinary_cells_are_untouched(cell):
    assert neutralize_cell(cell) == cell
    assert unneutralize_cell(cell) == cell


def test_csv_cells_never_start_like_a_formula():
    raw = pd.read_csv(io.StringIO(to_csv(sample())), dtype=str, keep_default_na=False)
    for col in raw.columns:
        for v in raw[col]:
            assert not v.startswith(("=", "+", "-", "@")), (col, v)
    assert raw.loc[0, "actors"] == "'@someone; +plus"
    assert raw.loc[0, "groups"] == "Iran-backed militias"
    assert raw.loc[1, "groups"] == "Iran; IRGC"
    assert raw.loc[0, "date"] == "2020-12-20"


def test_csv_round_trip_gives_the_same_table(tmp_path):
    df = sample()
    path = tmp_path / "events.csv"
    path.write_text(to_csv(df), encoding="utf-8")
    back = read_csv(path)
    pd.testing.assert_frame_equal(back, df, check_categorical=False)
    assert back.loc[0, "sentence"] == "=HYPERLINK(\"http://x\")"
    assert back.loc[1, "explanation"] == "'=already quoted"


def test_normalize_frame_adds_missing_columns():
    df = normalize_frame(pd.DataFrame({"type": ["attack"], "date": ["2020-12-20"], "groups": ["Iran; Iraq"]}))
    assert list(df.columns) == COLUMNS
    assert df.loc[0, "groups"] == ["Iran", "Iraq"] and df.loc[0, "plover"] == "ASSAULT"


def test_filters():
    df = sample()
    assert list(filter_events(df, groups=["iran"])["event_id"]) == ["a:2"]
    assert list(filter_events(df, types=["attack", "killing"])["event_id"]) == ["a:1", "b:1"]
    assert list(filter_events(df, stances=["denial"])["event_id"]) == ["a:2"]
    assert list(filter_events(df, start="2020-12-01", end="2020-12-20")["event_id"]) == ["a:1"]
    assert list(filter_events(df, q="SOLEIMANI")["event_id"]) == ["b:1"]
    assert list(filter_events(df, sources=["b.txt"])["event_id"]) == ["b:1"]
