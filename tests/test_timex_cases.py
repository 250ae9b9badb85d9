"""The temporal tagger against the phrase table tests/timex_cases.tsv (data, not code).

Each row names a text, a reference date and the substring that must be read
as a time expression, with the TIMEX3 value, type, granularity, calendar span,
modifier and anniversary ordinal expected; or value NONE for text that only
looks like a date (nothing may be tagged there).
"""
from __future__ import annotations

import csv
from pathlib import Path

import pytest

from timeline.timex import tag

TABLE = Path(__file__).with_name("timex_cases.tsv")
COLUMNS = ["text", "published", "span", "value", "type", "granularity", "date", "date_end", "mod", "anniversary",
           "note"]


def load_cases() -> list[dict]:
    lines = [line for line in TABLE.read_text(encoding="utf-8").splitlines() if line and not line.startswith("#")]
    reader = csv.reader(lines, delimiter="\t", quoting=csv.QUOTE_NONE, escapechar="\\")
    header = next(reader)
    assert header == COLUMNS, header
    cases = []
    for n, row in enumerate(reader, 2):
        assert len(row) == len(COLUMNS), f"row {n}: {len(row)} columns"
        case = dict(zip(COLUMNS, row), row=n)
        case["text"] = case["text"].replace("\\n", "\n")  # a written \n is a line break (paragraphs)
        cases.append(case)
    return cases


CASES = load_cases()


def _published(value: str):
    return None if value == "-" else value


def _case_id(case: dict) -> str:
    return f"{case['row']}:{case['span'][:30]}->{case['value']}"


def test_table_is_large_and_covers_every_kind():
    assert len(CASES) >= 300
    values = [c["value"] for c in CASES]
    types = {c["type"] for c in CASES}
    assert {"DATE", "TIME", "DURATION", "SET"} <= types
    assert sum(v == "NONE" for v in values) >= 40  # rejections
    assert sum(c["published"] == "-" for c in CASES) >= 8  # no reference date
    assert sum(bool(c["anniversary"]) for c in CASES) >= 5
    assert {"PAST_REF", "PRESENT_REF", "FUTURE_REF"} <= set(values)


@pytest.mark.parametrize("case", CASES, ids=_case_id)
def test_phrase(case):
    text, span = case["text"], case["span"]
    found = tag(text, _published(case["published"]))
    if case["value"] == "NONE":
        if span == "*":
            assert found == [], f"{case['note'] or text}: tagged {[(t.text, t.value) for t in found]}"
        else:
            s = text.index(span)
            e = s + len(span)
            overlapping = [(t.text, t.value) for t in found if t.start < e and s < t.end]
            assert overlapping == [], f"{case['note'] or span!r} must not be tagged"
        return
    s = text.index(span)
    e = s + len(span)
    hits = [t for t in found if t.start == s and t.end == e]
    assert hits, f"{span!r} not tagged exactly; got {[(t.text, t.value) for t in found]}"
    t = hits[0]
    assert t.text == span
    got = dict(value=t.value, type=t.type, granularity=t.granularity,
               date=t.date.isoformat() if t.date else "", date_end=t.date_end.isoformat() if t.date_end else "",
               mod=t.mod, anniversary=str(t.anniversary) if t.anniversary is not None else "")
    want = {k: case[k] for k in got}
    assert got == want, t.explanation
