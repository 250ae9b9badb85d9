"""timeline: read news articles, find their dates, and build a timeline of events.

    >>> import timeline
    >>> timeline.tag("Rockets hit the embassy on Sunday.", published="2020-12-21")
    >>> timeline.extract("Rockets hit the embassy on Sunday.", published="2020-12-21")
"""
from __future__ import annotations

__version__ = "0.1.0"

__all__ = ["tag", "extract", "__version__"]


def tag(text: str, published=None):
    """Time expressions of `text`, resolved against `published` (a date or ISO string)."""
    from .timex import tag as _tag

    return _tag(text, published)


def extract(text: str, published=None, title: str = "", source: str = ""):
    """Events of one article text, dated against `published`."""
    from .ingest import parse_date
    from .model import Article
    from .pipeline import process

    pub = parse_date(published) if published is not None and not hasattr(published, "year") else published
    article = Article(id=source or "text", text=text, title=title, published=pub, source=source)
    return process(article).events
