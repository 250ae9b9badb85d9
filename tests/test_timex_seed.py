"""The seed article (bundled in data/articles/), published Monday 2020-12-21: its
nine time expressions read exactly right, and nothing else tagged."""
from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from timeline.timex import tag

SEED = Path(__file__).resolve().parent.parent / "data" / "articles" / "000_591450a2b04aa0df.txt"
PUBLISHED = "2020-12-21"


def occurrence(text: str, phrase: str, n: int = 1) -> tuple[int, int]:
    i = -1
    for _ in range(n):
        i = text.index(phrase, i + 1)
    return i, i + len(phrase)


@pytest.fixture(scope="module")
def seed():
    text = SEED.read_text(encoding="utf-8")
    return text, tag(text, PUBLISHED)


# phrase, occurrence, value, granularity, first day, last day
EXPECTED = [
    ("Sunday", 1, "2020-12-20", "day", "2020-12-20", "2020-12-20"),
    ("Sunday", 2, "2020-12-20", "day", "2020-12-20", "2020-12-20"),  # "Sunday's attack"
    ("Monday", 1, "2020-12-21", "day", "2020-12-21", "2020-12-21"),
    ("November", 1, "2020-11", "month", "2020-11-01", "2020-11-30"),
    ("January 3rd", 1, "2021-01-03", "day", "2021-01-03", "2021-01-03"),
    ("2014", 1, "2014", "year", "2014-01-01", "2014-12-31"),
    ("January 20th", 1, "2021-01-20", "day", "2021-01-20", "2021-01-20"),
]


def test_exactly_nine_expressions_and_nothing_else(seed):
    text, found = seed
    assert len(found) == 9, [(t.text, t.value) for t in found]
    assert [t.text for t in found] == ["Sunday", "Sunday", "Monday", "recent months", "November", "January 3rd",
                                      "2014", "now", "January 20th"]
    assert all(text[t.start:t.end] == t.text for t in found)
    starts = [t.start for t in found]
    assert starts == sorted(starts)


@pytest.mark.parametrize("phrase,n,value,gran,first,last", EXPECTED)
def test_dated_expressions(seed, phrase, n, value, gran, first, last):
    text, found = seed
    start, end = occurrence(text, phrase, n)
    hit = [t for t in found if (t.start, t.end) == (start, end)]
    assert hit, f"{phrase!r} #{n} not tagged"
    t = hit[0]
    assert (t.type, t.value, t.granularity) == ("DATE", value, gran)
    assert (t.date, t.date_end) == (dt.date.fromisoformat(first), dt.date.fromisoformat(last))


def test_sundays_attack_is_the_sunday_before(seed):
    text, found = seed
    start, _ = occurrence(text, "Sunday\u2019s attack")
    t = next(t for t in found if t.start == start)
    assert t.text == "Sunday" and t.value == "2020-12-20"


def test_recent_months_is_a_vague_past(seed):
    text, found = seed
    t = next(t for t in found if t.text == "recent months")
    assert (t.value, t.granularity) == ("PAST_REF", "vague")
    assert dt.date(2020, 10, 1) <= t.date <= t.date_end <= dt.date(2020, 12, 21)


def test_now_is_the_publication_day(seed):
    _, found = seed
    t = next(t for t in found if t.text == "now")
    assert (t.value, t.date, t.date_end) == ("PRESENT_REF", dt.date(2020, 12, 21), dt.date(2020, 12, 21))


def test_january_3rd_is_the_coming_anniversary(seed):
    _, found = seed
    t = next(t for t in found if t.text == "January 3rd")
    assert t.value == "2021-01-03" and t.date > dt.date(2020, 12, 21)
    assert t.anniversary == 1
    assert "anniversary" in t.explanation


def test_we_is_not_wednesday(seed):
    text, found = seed
    start = text.index("We will not listen")
    assert not any(t.start <= start < t.end for t in found)
    assert not any(t.value.endswith("-3") or "WXX-3" in t.value for t in found)
