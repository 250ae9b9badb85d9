"""The grammar's speed devices must never change what it reads: the first-character
table is what `firstchars` computes from the rules, and a regex from the cache is
the same as one compiled afresh."""
from __future__ import annotations

import re

from timeline.timex import grammar, recache
from timeline.timex.firstchars import ALPHABET, first_chars, table


def test_first_chars_table_is_current():
    assert grammar.FIRST_CHARS == table(grammar.RULES), (
        "grammar.FIRST_CHARS is stale: regenerate it with `python -m timeline.timex.firstchars`")


def test_first_chars_are_a_superset():
    # every rule that matches somewhere begins with one of its first characters
    samples = ["January 3rd", "Jan. 3, 2020", "the 3rd of January", "Tuesday, March 5, 2019", "2020-01-03",
               "01/03/2020", "in 2014", "the 1990s", "'90s", "fiscal 2021", "FY2021", "Sunday's attack",
               "Tuesday night", "the early hours of Monday", "yesterday", "this morning", "last week",
               "earlier this month", "late December", "a week ago", "two days later", "the following day",
               "now", "in recent months", "the coming days", "last summer", "the third quarter", "Q3 2020",
               "8 p.m.", "11:30 a.m. GMT", "at 14:30", "for three months", "90 days", "every year",
               "each Friday", "weekly", "Christmas Day", "three to five years", "nineteen ninety-six",
               "the year-earlier period", "year-end", "the day before yesterday", "noon", "twice a week"]
    for rl in grammar.RULES:
        chars = set(first_chars(rl.pattern))
        rx = re.compile(rl.pattern)
        for s in samples:
            for i in range(len(s)):
                m = rx.match(s, i)
                if m and m.end() > m.start():
                    assert s[m.start()] in chars or s[m.start()] not in ALPHABET, (rl.name, s)


def test_first_chars_of_simple_patterns():
    assert first_chars(r"(?<!\w)(?:the\s+)?(?P<d>\d+)") == "0123456789t"
    assert first_chars(r"(?i:may)") == "Mm"
    assert first_chars(r"(?:a|B)?c") == "Bac"
    assert first_chars(r"x*") == ALPHABET


def test_cached_regex_is_the_same_regex():
    pattern = r"(?P<a>\d+)\s*(?i:days?)(?=\W)|(?P<b>[A-Z][a-z]+)"
    first = recache.compile(pattern)
    again = recache.compile(pattern)
    plain = re.compile(pattern)
    for rx in (first, again):
        assert rx.pattern == plain.pattern and rx.flags == plain.flags
        assert rx.groups == plain.groups and rx.groupindex == plain.groupindex
        for s in ["3 Days later", "Monday", "12days.", "x"]:
            a, b = rx.search(s), plain.search(s)
            assert (a and (a.span(), a.lastgroup, a.groups())) == (b and (b.span(), b.lastgroup, b.groups()))


def test_grammar_is_compiled_like_re():
    plain = re.compile(grammar.GRAMMAR.pattern)
    assert grammar.GRAMMAR.groupindex == plain.groupindex and grammar.GRAMMAR.flags == plain.flags


def test_damaged_store_is_ignored(tmp_path, monkeypatch):
    path = tmp_path / "store.marshal"
    for name, value in (("_PATH", path), ("_store", None), ("_used", set()), ("_dirty", False)):
        monkeypatch.setattr(recache, name, value)
    pattern = r"(?P<n>\d+)\s+(?i:days)"
    recache.compile(pattern)
    monkeypatch.setattr(recache, "_dirty", True)
    recache._save()
    assert path.exists()
    data = bytearray(path.read_bytes())
    data[len(data) // 2] ^= 0x10
    path.write_bytes(bytes(data))
    monkeypatch.setattr(recache, "_store", None)
    rx = recache.compile(pattern)
    assert rx.match("12 Days").group("n") == "12" and rx.match("12 weeks") is None
    monkeypatch.setattr(recache, "_store", None)
    path.write_bytes(b"junk")
    assert recache.compile(pattern).match("3 days")
