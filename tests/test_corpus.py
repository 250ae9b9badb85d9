"""Merging the same event across articles, and derived anniversaries."""
import datetime as dt

import pandas as pd

from timeline.corpus import anniversaries, merge_events
from timeline.model import Event
from timeline.table import events_frame


def ev(eid, art, type_="attack", date="2020-12-20", gran="day", groups=("Iran-backed militias",),
       published="2020-12-21", stance="", location="", date_end=None, value=None):
    d = dt.date.fromisoformat(date)
    return Event(event_id=eid, type=type_, sentence=f"{eid} sentence", date=d,
                 date_end=dt.date.fromisoformat(date_end) if date_end else d,
                 value=value or date, granularity=gran, stance=stance, groups=list(groups),
                 location=location, article_id=art, source=f"{art}.txt",
                 published=dt.date.fromisoformat(published))


def test_same_attack_from_three_articles_is_one_row_with_all_sources():
    df = events_frame([
        ev("a:1", "a", published="2020-12-22"),
        ev("b:4", "b", groups=["Iran-backed militias", "United States"], published="2020-12-20"),
        ev("c:2", "c", date="2020-12-01", gran="month", date_end="2020-12-31", value="2020-12", published="2020-12-30"),
        ev("d:1", "d", type_="statement", stance="denial", groups=["Iran"]),
    ])
    out = merge_events(df)
    attacks = out[out["type"] == "attack"]
    assert len(attacks) == 1
    row = attacks.iloc[0]
    assert sorted(row["sources"]) == ["a.txt", "b.txt", "c.txt"]
    assert row["source_count"] == 3
    assert row["first_reported"] == pd.Timestamp("2020-12-20")
    assert row["granularity"] == "day" and row["date"] == pd.Timestamp("2020-12-20")
    assert sorted(row["merged_from"]) == ["a:1", "b:4", "c:2"]
    assert "United States" in row["groups"]
    assert len(out) == 2


def test_different_days_types_stances_or_sides_stay_apart():
    df = events_frame([
        ev("a:1", "a"),
        ev("b:1", "b", date="2020-12-25"),                       # another day
        ev("c:1", "c", type_="killing"),                          # another type
        ev("d:1", "d", groups=["ISIS"]),                          # no shared group or place
        ev("e:1", "e", type_="statement", stance="denial", groups=["Iran"]),
        ev("f:1", "f", type_="statement", stance="warning", groups=["Iran"]),
    ])
    assert len(merge_events(df)) == 6


def test_shared_place_is_enough():
    df = events_frame([ev("a:1", "a", groups=["ISIS"], location="Kirkuk"),
                       ev("b:1", "b", groups=[], location="Kirkuk")])
    assert len(merge_events(df)) == 1


def test_same_side_in_two_places_is_two_events():
    df = events_frame([ev("a:1", "a", groups=["United States"], location="Ain al-Asad"),
                       ev("b:1", "b", groups=["United States"], location="Diyala"),
                       ev("c:1", "c", groups=["United States"], location="Ain al-Asad air base")])
    out = merge_events(df)
    assert len(out) == 2  # the base named twice (once more fully) is one event; Diyala is another
    assert sorted(len(m) for m in out["merged_from"]) == [1, 2]


def test_rows_of_one_article_are_not_merged_and_coarse_times_must_be_equal():
    df = events_frame([
        ev("a:1", "a"), ev("a:2", "a"),
        ev("b:1", "b", date="2014-01-01", date_end="2014-12-31", gran="year", value="2014"),
        ev("c:1", "c", date="2014-06-01", date_end="2014-06-30", gran="month", value="2014-06"),
        ev("d:1", "d", date="2014-01-01", date_end="2014-12-31", gran="year", value="2014"),
    ])
    out = merge_events(df)
    assert len(out) == 4  # a:1, a:2 apart; b:1 + d:1 merged; the month inside 2014 is not the year
    assert sorted(out[out["value"] == "2014"].iloc[0]["merged_from"]) == ["b:1", "d:1"]


def test_merge_of_empty_table():
    out = merge_events(events_frame([]))
    assert out.empty and "merged_from" in out.columns


def test_upcoming_anniversaries_of_attacks_and_killings():
    df = events_frame([
        ev("a:1", "a", type_="killing", date="2020-01-03", groups=["IRGC Quds Force"]),
        ev("a:2", "a", date="2016-12-20"),
        ev("a:3", "a", date="2020-11-01", gran="month", date_end="2020-11-30", value="2020-11"),  # no day
        ev("a:4", "a", type_="statement", stance="denial", date="2019-12-21"),
    ])
    out = anniversaries(df, years=(1, 5), start="2020-12-21", end="2022-12-31")
    got = {(r.anniversary_of, r.date.date().isoformat()) for r in out.itertuples()}
    assert got == {("a:1", "2021-01-03"), ("a:2", "2021-12-20")}
    assert set(out["type"].astype(str)) == {"anniversary"}
    assert set(out["date_basis"].astype(str)) == {"derived"}
    assert out["future"].all()
    row = out[out["anniversary_of"] == "a:1"].iloc[0]
    assert row["groups"] == ["IRGC Quds Force"] and "1st anniversary" in row["explanation"]


def test_anniversary_already_reported_is_not_repeated():
    kill = ev("a:1", "a", type_="killing", date="2020-01-03")
    told = ev("a:2", "a", type_="anniversary", date="2021-01-03")
    told.anniversary_of = "a:1"
    out = anniversaries(events_frame([kill, told]), years=(1, 2), start="2020-12-21")
    assert list(out["date"].dt.date.astype(str)) == ["2022-01-03"]


def test_leap_day_anniversary():
    out = anniversaries(events_frame([ev("a:1", "a", date="2020-02-29")]), years=(1,), start="2020-03-01")
    assert out.iloc[0]["date"] == pd.Timestamp("2021-02-28")
