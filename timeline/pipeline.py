"""Runs the stages over one document, and over a corpus.

A `Document` starts as an `Article`; each component adds its layer to it by
character offsets (sentences, time expressions, group mentions, events), so
no stage re-reads or re-splits the raw text.  A failure inside one article is
reported as a `Problem` and the corpus goes on.
"""
from __future__ import annotations

import datetime as dt
import sys
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path

import pandas as pd

from .model import Article, Document, Problem


def add_sentences(doc: Document, gazetteer=None) -> None:
    from .sentences import split_sentences

    doc.sentences = split_sentences(doc.text)


def add_timexes(doc: Document, gazetteer=None) -> None:
    from .timex import tag

    doc.timexes = tag(doc.text, doc.article.published, sentences=doc.sentences)


def add_mentions(doc: Document, gazetteer=None) -> None:
    doc.mentions = gazetteer.find_mentions(doc.text, doc.sentences)


def add_events(doc: Document, gazetteer=None) -> None:
    from .events import extract_events

    events = extract_events(doc, gazetteer)
    art = doc.article
    for n, ev in enumerate(events, 1):
        ev.event_id = ev.event_id or f"{art.id}:{n}"
        ev.article_id = ev.article_id or art.id
        ev.source = ev.source or art.source
        ev.title = ev.title or art.title
        ev.url = ev.url or art.url
        ev.published = ev.published or art.published
    doc.events = events


# The pipeline's named components, in order.
COMPONENTS: list[tuple[str, Callable[[Document, object], None]]] = [
    ("sentences", add_sentences),
    ("timexes", add_timexes),
    ("mentions", add_mentions),
    ("events", add_events),
]


_DEFAULT_GAZETTEER = None


def default_gazetteer():
    """The bundled groups gazetteer, loaded once per process."""
    global _DEFAULT_GAZETTEER
    if _DEFAULT_GAZETTEER is None:
        from .gazetteer import load_gazetteer

        _DEFAULT_GAZETTEER, problems = load_gazetteer()
        for p in problems:
            print(f"warning: {p}", file=sys.stderr)
    return _DEFAULT_GAZETTEER


_DATA_GAZETTEERS: dict[Path, object] = {}


def gazetteer_for(data_dir: str | Path):
    """A data folder's own groups.csv when it has one, else the bundled gazetteer (each loaded once)."""
    path = Path(data_dir) / "groups.csv"
    if not path.is_file():
        return default_gazetteer()
    key = path.resolve()
    if key not in _DATA_GAZETTEERS:
        from .gazetteer import load_gazetteer

        gaz, problems = load_gazetteer(path)
        for p in problems:
            print(f"warning: {p}", file=sys.stderr)
        _DATA_GAZETTEERS[key] = gaz
    return _DATA_GAZETTEERS[key]


def process(article: Article, gazetteer=None) -> Document:
    """One article through every component."""
    gaz = gazetteer if gazetteer is not None else default_gazetteer()
    doc = Document(article=article)
    for _name, component in COMPONENTS:
        component(doc, gaz)
    return doc


@dataclass
class CorpusResult:
    """What a corpus run produced: the documents, the events table, and what went wrong."""

    articles: list[Article] = field(default_factory=list)
    documents: list[Document] = field(default_factory=list)
    events: pd.DataFrame | None = None  # merged: one row per event, with all its sources
    mentions: pd.DataFrame | None = None  # every event as each article reported it
    problems: list[Problem] = field(default_factory=list)

    @property
    def groups(self) -> list[str]:
        if self.events is None or self.events.empty:
            return []
        return sorted({g for gs in self.events["groups"] for g in gs})


def process_articles(articles: Iterable[Article], gazetteer=None, progress: bool = False
                     ) -> tuple[list[Document], list[Problem]]:
    """Documents for the articles; an article whose processing fails becomes a Problem."""
    articles = list(articles)
    gaz = gazetteer if gazetteer is not None else default_gazetteer()
    docs: list[Document] = []
    problems: list[Problem] = []
    iterator = articles
    if progress:
        from tqdm import tqdm

        iterator = tqdm(articles, desc="articles", unit="file", file=sys.stderr, leave=False)
    for art in iterator:
        if not art.text.strip():
            problems.append(Problem(art.source or art.id, "empty article, nothing to extract"))
            continue
        try:
            docs.append(process(art, gaz))
        except Exception as exc:  # one bad article must not lose the corpus
            problems.append(Problem(art.source or art.id, f"extraction failed ({exc.__class__.__name__}: {exc})"))
    return docs, problems


def events_table(docs: Iterable[Document], merge: bool = True) -> tuple[pd.DataFrame, pd.DataFrame]:
    """(merged table, per-article mentions table) for the documents."""
    from .table import events_frame

    mentions = events_frame([ev for doc in docs for ev in doc.events])
    if not merge:
        return mentions, mentions
    from .corpus import merge_events

    return merge_events(mentions), mentions


def load_corpus(paths: Iterable[str | Path], published: dt.date | str | None = None,
                gazetteer=None, progress: bool = False, merge: bool = True) -> CorpusResult:
    """Read, process and tabulate every article under `paths`."""
    from .ingest import read_paths

    articles, problems = read_paths(paths, published)
    docs, more = process_articles(articles, gazetteer, progress=progress)
    events, mentions = events_table(docs, merge=merge)
    return CorpusResult(articles=articles, documents=docs, events=events, mentions=mentions,
                        problems=problems + more)
