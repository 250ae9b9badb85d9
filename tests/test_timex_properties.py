"""Property and bad-input tests of the temporal tagger: whatever the input, no
exception escapes, offsets lie inside the text, spans do not overlap, work stays
linear, impossible dates are skipped and a missing reference date never turns
into today's date."""
from __future__ import annotations

import datetime as dt
import random
import time

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from timeline.timex import tag

WORDS = ["on", "Sunday", "January", "3rd", "2020", "last", "week", "the", "past", "three", "years", "ago", "May",
         "we", "We", "8", "p.m.", "Friday's", "attack", "in", "recent", "months", "now", ",", ".", "early", "mid-",
         "1990s", "every", "day", "'90s", "31/02/2020", "February", "30", "next", "quarter", "fiscal", "a", "year",
         "earlier", "\n", "Jan.", "14", "anniversary", "of", "which", "is", "will", "was", "-", "2", "1/2"]

settings.register_profile("timex", deadline=None, suppress_health_check=[HealthCheck.too_slow])
settings.load_profile("timex")


def check_spans(text: str, found) -> None:
    prev_end = 0
    for t in found:
        assert 0 <= t.start < t.end <= len(text)
        assert t.text == text[t.start:t.end]
        assert t.start >= prev_end, "spans overlap or are out of order"
        prev_end = t.end
        assert t.type in ("DATE", "TIME", "DURATION", "SET")
        assert t.value
        if t.date and t.date_end:
            assert t.date <= t.date_end


@given(st.text(max_size=400), st.one_of(st.none(), st.dates().map(dt.date.isoformat), st.text(max_size=12)))
def test_any_string(text, published):
    check_spans(text, tag(text, published))


@given(st.lists(st.sampled_from(WORDS), max_size=60), st.dates(min_value=dt.date(1900, 1, 1)))
def test_any_sentence_of_time_words(words, published):
    text = " ".join(words)
    check_spans(text, tag(text, published))


def test_empty_and_whitespace():
    assert tag("", "2020-12-21") == []
    assert tag("   \n\t ", "2020-12-21") == []
    assert tag("", None) == []


def test_binary_junk():
    rng = random.Random(7)
    junk = bytes(rng.randrange(256) for _ in range(20000))
    found = tag(junk, "2020-12-21")  # bytes are decoded, never raise
    text = junk.decode("utf-8", errors="replace")
    check_spans(text, found)
    check_spans(text, tag(text, "2020-12-21"))


def test_ten_megabytes_is_linear():
    unit = ("Rockets hit the embassy on Sunday, officials said on Monday. In recent months the militia, "
            "formed in 2014, grew. The vote is on January 20th at 8 p.m. We will see. ")
    small = unit * 1000
    t0 = time.perf_counter()
    n_small = len(tag(small, "2020-12-21"))
    t_small = time.perf_counter() - t0
    big = unit * (10_000_000 // len(unit))
    t0 = time.perf_counter()
    found = tag(big, "2020-12-21")
    t_big = time.perf_counter() - t0
    assert n_small % 1000 == 0
    assert len(found) == n_small // 1000 * (len(big) // len(unit))
    assert found[-1].end <= len(big)
    # linear: 10x+ more text must not cost much more than proportionally (with slack for a busy machine)
    assert t_big < 4 * t_small * (len(big) / len(small)) + 5


def test_a_hundred_thousand_numbers():
    rng = random.Random(3)
    text = " ".join(str(rng.randrange(0, 3000)) for _ in range(100_000))
    t0 = time.perf_counter()
    found = tag(text, "2020-12-21")
    assert time.perf_counter() - t0 < 60
    check_spans(text, found)
    assert all(t.type == "DATE" and len(t.value) == 4 for t in found)  # at most bare years


def test_a_hundred_thousand_numbers_without_spaces():
    text = ",".join(str(i % 2100) for i in range(100_000))
    check_spans(text, tag(text, "2020-12-21"))


@pytest.mark.parametrize("text,bad", [
    ("The memo is dated 31/02/2020.", "31/02/2020"),
    ("Payment was due on February 30.", "February 30"),
    ("Payment was due on February 30, 2021.", "February 30"),
    ("It happened on April 31.", "April 31"),
    ("It happened on 2020-02-31.", "2020-02-31"),
    ("It happened on 29 February 2019.", "29 February 2019"),
])
def test_impossible_dates_are_skipped_not_clamped(text, bad):
    found = tag(text, "2020-12-21")
    s = text.index(bad)
    e = s + len(bad)
    assert [t for t in found if t.start < e and s < t.end] == []
    assert not any(t.value.endswith(("-02-28", "-02-29", "-03-01", "-04-30")) for t in found)


@pytest.mark.parametrize("published", [None, "", "not a date", "2020-13-45", "yesterday", "12345", object()])
def test_missing_or_malformed_reference_date(published):
    text = "The talks resumed in November, on Sunday, and again yesterday; January 3rd is next. In 2014 it began."
    found = tag(text, published)
    values = {t.text: t.value for t in found}
    assert values["November"] == "XXXX-11"
    assert values["Sunday"] == "XXXX-WXX-7"
    assert values["yesterday"] == "XXXX-XX-XX"
    assert values["January 3rd"] == "XXXX-01-03"
    assert values["2014"] == "2014"
    today = dt.date.today()
    assert all(t.date in (None, dt.date(2014, 1, 1)) for t in found)
    assert not any(today.isoformat() in t.value for t in found)
    assert all(t.anchor in ("unresolved", "absolute") for t in found)


def test_reference_date_forms():
    text = "He left on Sunday."
    for published in ("2020-12-21", dt.date(2020, 12, 21), dt.datetime(2020, 12, 21, 9, 30), "2020-12-21T09:30:00Z",
                      "21 December 2020", "December 21, 2020"):
        assert [t.value for t in tag(text, published)] == ["2020-12-20"], published


def test_given_sentences_are_used_for_clauses():
    from timeline.model import Sentence

    text = "The envoy will travel. He arrived on Friday."
    sentences = [Sentence(0, 22, text[0:22]), Sentence(23, len(text), text[23:])]
    assert [t.value for t in tag(text, "2020-12-21", sentences)] == ["2020-12-18"]
