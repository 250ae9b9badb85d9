"""Typed records passed between the pipeline's stages.

Data flows one way: ingest makes `Article`s; the pipeline wraps each in a
`Document` to which every stage adds its layer (sentences, time expressions,
group mentions, events), all by character offsets into `Article.text` so that
no stage re-reads or re-splits the raw text.  The table stage turns events into
a pandas DataFrame; the dashboard only ever sees that DataFrame.
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Any


@dataclass
class Article:
    """One news article as read from disk (or an upload)."""

    id: str
    text: str
    title: str = ""
    published: dt.date | None = None
    url: str = ""
    source: str = ""  # where it came from: file path (relative) or URL
    site: str = ""  # the outlet, e.g. "Antiwar.com"
    author: str = ""
    published_from: str = ""  # how the date was found: meta, front-matter, filename, option, html, feed, json


@dataclass
class Problem:
    """Something that could not be read, and why; reported, never fatal."""

    path: str
    reason: str
    line: int | None = None

    def __str__(self) -> str:
        where = f"{self.path}:{self.line}" if self.line else self.path
        return f"{where}: {self.reason}"


@dataclass
class Sentence:
    start: int
    end: int
    text: str
    paragraph: int = 0  # index of the paragraph (blank-line separated) it belongs to


@dataclass
class Timex:
    """A time expression found in a text, normalized against a reference date.

    `value` is a TIMEX3 value (2020-12-20, 2020-11, 2014, 2020-W11, 2012-SU,
    PAST_REF, P3M, XXXX-11 when unresolved...).  `date`/`date_end` are the first
    and last day covered, when there is a calendar span.
    """

    start: int
    end: int
    text: str
    type: str  # DATE, TIME, DURATION, SET
    value: str
    granularity: str  # day, week, month, season, quarter, year, decade, century, vague, time, duration, set
    date: dt.date | None = None
    date_end: dt.date | None = None
    mod: str = ""  # START, END, MID, APPROX, BEFORE, AFTER, ON_OR_BEFORE ...
    anchor: str = ""  # what it was resolved against: absolute, publication, narrative, unresolved
    explanation: str = ""  # how it was read, for people: "'on Sunday' read as 2020-12-20: ..."
    anniversary: int | None = None  # the ordinal when the expression dates an anniversary (1 = first)

    def to_json(self) -> dict[str, Any]:
        """A plain dict for JSON (ISO days); written field by field, as it is on the tagger's hot path."""
        return {
            "start": self.start, "end": self.end, "text": self.text, "type": self.type,
            "value": self.value, "granularity": self.granularity,
            "date": self.date.isoformat() if self.date else None,
            "date_end": self.date_end.isoformat() if self.date_end else None,
            "mod": self.mod, "anchor": self.anchor, "explanation": self.explanation,
            "anniversary": self.anniversary,
        }


@dataclass
class Mention:
    """A group (or person tied to a group) named in the text."""

    start: int
    end: int
    text: str
    group: str  # canonical group name ("" for a person not tied to a group)
    kind: str = "gazetteer"  # gazetteer, demonym, person, coreference, pattern
    person: str = ""  # the person's name when the mention is a person


@dataclass
class Event:
    """One dated thing that happened (or will), read from one sentence."""

    event_id: str
    type: str  # attack, statement, arrest, killing, anniversary, formation, political, protest, other
    sentence: str
    date: dt.date | None = None
    date_end: dt.date | None = None
    value: str = ""
    granularity: str = ""
    stance: str = ""  # for statements: accusation, denial, condemnation, warning, threat, appeal, rejection, claim, other
    plover: str = ""
    groups: list[str] = field(default_factory=list)
    actors: list[str] = field(default_factory=list)
    alleged_by: list[str] = field(default_factory=list)
    location: str = ""
    time_text: str = ""
    date_basis: str = "publication"  # stated, implied, derived, publication
    future: bool = False
    anniversary_of: str = ""
    explanation: str = ""
    article_id: str = ""
    source: str = ""
    title: str = ""
    url: str = ""
    published: dt.date | None = None
    sentence_start: int = 0
    sentence_end: int = 0
    time_start: int | None = None
    time_end: int | None = None


@dataclass
class Document:
    """An article plus every layer the pipeline adds to it."""

    article: Article
    sentences: list[Sentence] = field(default_factory=list)
    timexes: list[Timex] = field(default_factory=list)
    mentions: list[Mention] = field(default_factory=list)
    events: list[Event] = field(default_factory=list)

    @property
    def text(self) -> str:
        return self.article.text
