"""Data for the dashboard tests: a small, hand-written events table.

Imported by tests/test_dashboard_*.py.  Each row is a plausible event with the
fields the dashboard reads; the tests assert on these values.
"""
from __future__ import annotations

import pandas as pd

from timeline.table import normalize_frame

A = "articles/2020-12-21_embassy.txt"
B = "articles/2020-12-16_protest.txt"
TITLE_A = "Pompeo Blames Iran-Backed Militias for Baghdad Rocket Attack"
TITLE_B = "<b>Protesters</b> gather in Baghdad"


def _row(event_id, date, type_, sentence, groups, *, date_end=None, granularity="day", stance="",
         time_text="", basis="stated", future=False, source=A, published="2020-12-21",
         explanation="", sentence_start=0, value="", anniversary_of=""):
    title = TITLE_A if source == A else TITLE_B
    url = ("https://news.example.org/2020/12/21/embassy-attack" if source == A
           else "https://news.example.org/2020/12/16/protest")
    time_start = time_end = None
    if time_text and time_text in sentence:
        time_start = sentence_start + sentence.index(time_text)
        time_end = time_start + len(time_text)
    return {
        "event_id": event_id, "date": date, "date_end": date_end or date, "value": value or (date or ""),
        "granularity": granularity if date else "", "type": type_, "stance": stance,
        "groups": groups, "sentence": sentence, "time_text": time_text, "date_basis": basis,
        "future": future, "explanation": explanation, "source": source, "title": title, "url": url,
        "published": published, "article_id": source.rsplit(".", 1)[0],
        "sentence_start": sentence_start, "sentence_end": sentence_start + len(sentence),
        "time_start": time_start, "time_end": time_end, "anniversary_of": anniversary_of,
    }


ROWS = [
    _row("a:1", "2020-12-20", "attack",
         "Secretary of State Mike Pompeo blamed Iran-backed groups for a Sunday rocket attack on the US embassy.",
         ["Kataib Hezbollah"], time_text="Sunday", basis="implied", sentence_start=120,
         explanation="'Sunday' read as 2020-12-20: the Sunday before the publication date, Monday 2020-12-21"),
    _row("a:2", "2020-12-21", "statement", "Pompeo wrote on Twitter that Iran-backed militias attacked in Baghdad.",
         ["United States", "Iran"], stance="accusation", basis="publication", sentence_start=240,
         explanation="no date in the sentence: the publication date 2020-12-21"),
    _row("a:3", "2020-12-21", "statement", "Iran denied involvement in the attack.", ["Iran"],
         stance="denial", basis="publication", sentence_start=400),
    _row("a:4", "2020-12-20", "statement",
         "Kataib Hezbollah also denied responsibility for the attack on Sunday.", ["Kataib Hezbollah"],
         stance="denial", time_text="on Sunday", basis="implied", sentence_start=520),
    _row("a:5", "2020-11-01", "statement",
         "In November, an Iranian general warned the militias in Iraq against attacking the US.",
         ["Iran", "Asaib Ahl al-Haq"], date_end="2020-11-30", granularity="month", stance="warning",
         time_text="In November", basis="stated", sentence_start=800, value="2020-11"),
    _row("a:6", "2020-01-03", "killing",
         "Qasem Soleimani was killed in a US drone strike in Baghdad on January 3, 2020.",
         ["United States", "Iran"], time_text="January 3, 2020", basis="stated", sentence_start=1000),
    _row("a:7", "2021-01-03", "anniversary",
         "The militias said they will mark the anniversary of the strike on January 3.",
         ["Kataib Hezbollah"], time_text="January 3", basis="derived", future=True, sentence_start=1100,
         anniversary_of="a:6"),
    _row("a:8", "2019-01-01", "political", "Iraq's parliament voted on the US troop presence in 2019.",
         ["Iraq"], date_end="2019-12-31", granularity="year", time_text="in 2019", basis="stated",
         sentence_start=1200, value="2019"),
    _row("a:9", "2020-12-21", "arrest",
         "Al-Kadhimi said on Monday that Iraq has arrested several suspects.", ["Iraq"],
         time_text="on Monday", basis="stated", sentence_start=1300),
    _row("b:1", "2020-12-15", "protest",
         "A banner read <script>alert('x')</script> as protesters gathered on Tuesday.",
         ["Iraq"], time_text="on Tuesday", basis="implied", source=B, published="2020-12-16",
         sentence_start=50),
    _row("b:2", "2020-12-14", "statement", "=HYPERLINK(\"http://evil\") said a spokesman on Monday.",
         [], stance="other", time_text="on Monday", basis="implied", source=B, published="2020-12-16",
         sentence_start=200),
    _row("b:3", None, "other", "Officials promised more security for the capital.", ["Iraq"],
         basis="publication", source=B, published="2020-12-16", sentence_start=300),
]


def events() -> pd.DataFrame:
    """The table of the rows above, in the table schema."""
    return normalize_frame(pd.DataFrame(ROWS))
