"""Adding articles from the dashboard: uploaded files or pasted text.

An accepted article is stored under DATA/articles/uploads/ as the file itself
plus a sibling NAME.meta.json ({"title","published","url","source","author"},
the format ingest reads), so it is read again after a restart.  It is read by
`timeline.ingest`, extracted by `timeline.pipeline.process` (only the new
article), and its events are appended to the store.  A file over 5 MB, not
text, of another type, or with no readable content is refused with a message
and nothing is stored.
"""
from __future__ import annotations

import base64
import binascii
import datetime as dt
import json
import os
import re
import tempfile
from dataclasses import dataclass, field
from pathlib import Path

import pandas as pd

from ..model import Problem
from .store import UPLOADS, EventStore

MAX_UPLOAD_BYTES = 5 * 1024 * 1024
UPLOAD_SUFFIXES = (".txt", ".md", ".html", ".htm")
_SAFE = re.compile(r"[^A-Za-z0-9._-]+")


@dataclass
class UploadResult:
    ok: bool
    message: str
    events: int = 0
    stored: list[str] = field(default_factory=list)


def decode_contents(contents: str) -> bytes | None:
    """The bytes of a dcc.Upload `contents` data URL ('data:...;base64,...'); None if malformed."""
    if not isinstance(contents, str) or "," not in contents:
        return None
    head, _, payload = contents.partition(",")
    if ";base64" not in head:
        return None
    try:
        return base64.b64decode(payload, validate=False)
    except (binascii.Error, ValueError):
        return None


def encoded_size(contents: str) -> int:
    """The decoded size of a data URL, without decoding it."""
    payload = contents.partition(",")[2]
    return len(payload) * 3 // 4 - payload[-2:].count("=")


def safe_name(name: str, taken: set[str]) -> str:
    """A file name safe to store (no folders, plain characters), not already taken."""
    base = Path(str(name).replace("\\", "/")).name
    stem, suffix = os.path.splitext(base)
    stem = _SAFE.sub("-", stem).strip("-.") or "article"
    stem = stem[:80]
    suffix = suffix.lower()
    lowered = {t.lower() for t in taken}

    def free(cand: str) -> bool:
        return cand.lower() not in lowered and (Path(cand).stem + ".meta.json").lower() not in lowered

    candidate, n = stem + suffix, 2
    while not free(candidate):
        candidate = f"{stem}-{n}{suffix}"
        n += 1
    return candidate


def _slug(text: str) -> str:
    return _SAFE.sub("-", text.lower()).strip("-")[:40] or "pasted"


def _reasons(problems: list[Problem]) -> str:
    return "; ".join(p.reason for p in problems) or "nothing readable"


def add_article(store: EventStore, name: str, data: bytes, published: str | None = None,
                title: str = "", url: str = "") -> UploadResult:
    """Check, read, extract and store one uploaded article; nothing is stored if it is refused."""
    from ..ingest import article_from_bytes
    from ..pipeline import gazetteer_for, process
    from ..table import events_frame

    shown = Path(str(name).replace("\\", "/")).name or "upload"
    suffix = Path(shown).suffix.lower()
    if suffix not in UPLOAD_SUFFIXES:
        return UploadResult(False, f"{shown}: refused — only {', '.join(UPLOAD_SUFFIXES)} files "
                                   f"can be added (this is '{suffix or 'no extension'}').")
    if len(data) > MAX_UPLOAD_BYTES:
        return UploadResult(False, f"{shown}: refused — {len(data) / 2**20:.1f} MB is over the "
                                   f"{MAX_UPLOAD_BYTES // 2**20} MB limit.")
    if not data.strip():
        return UploadResult(False, f"{shown}: refused — the file is empty.")
    if url and not re.match(r"^https?://", url.strip(), re.I):
        return UploadResult(False, f"{shown}: refused — the link must start with http:// or https://.")
    if published:
        from ..ingest import DateFormatError, parse_date
        try:
            published = parse_date(published).isoformat()
        except (DateFormatError, ValueError) as exc:
            return UploadResult(False, f"{shown}: refused — publication date: {exc}")
    uploads = store.uploads_dir
    store.snapshot()  # first take in what other server processes stored
    fname = safe_name(shown, _listing(uploads))
    rel_dir = UPLOADS.as_posix()  # as the corpus loader names it on the next start
    rel = f"{rel_dir}/{fname}"
    meta = {k: v for k, v in (("title", title.strip()), ("published", published or ""),
                              ("url", url.strip())) if v}
    article, problems = article_from_bytes(rel, data, None, meta=meta)
    if article is None:
        return UploadResult(False, f"{shown}: refused — {_reasons(problems)}.")
    if not article.text.strip():
        return UploadResult(False, f"{shown}: refused — no readable text.")
    article.id = rel.rsplit(".", 1)[0]
    article.source = rel
    try:
        doc = process(article, gazetteer_for(store.data_dir))
    except Exception as exc:  # an extractor failure must not take the app down
        return UploadResult(False, f"{shown}: refused — extraction failed ({exc.__class__.__name__}).")
    frame = events_frame(doc.events)
    stored = _store_files(uploads, fname, data, {
        "title": article.title, "published": article.published.isoformat() if article.published else "",
        "url": article.url, "source": article.site, "author": article.author})
    store.append(frame, stored_names=stored)
    notes = [p.reason for p in problems if "publication date" in p.reason]
    date_note = (f"published {article.published.isoformat()}" if article.published
                 else "no publication date: relative dates left unresolved")
    msg = f"Added {fname}: {len(frame)} event{'s' if len(frame) != 1 else ''} ({date_note})."
    if notes and article.published:
        msg += " " + " ".join(notes)
    return UploadResult(True, msg, len(frame), stored)


def add_pasted(store: EventStore, text: str, published: str | None = None, title: str = "",
               url: str = "") -> UploadResult:
    """Pasted text as an article (stored as a .txt file)."""
    if not text or not text.strip():
        return UploadResult(False, "Pasted text refused — it is empty.")
    stamp = dt.datetime.now(dt.timezone.utc).strftime("%Y%m%d-%H%M%S")
    name = f"pasted-{stamp}-{_slug(title or text.strip().split(chr(10))[0])}.txt"
    return add_article(store, name, text.encode("utf-8"), published, title, url)


def _listing(folder: Path) -> set[str]:
    try:
        return {p.name for p in folder.iterdir()}
    except OSError:
        return set()


def _store_files(folder: Path, fname: str, data: bytes, meta: dict) -> list[str]:
    """Write the article and its NAME.meta.json (each written whole, then renamed into place)."""
    folder.mkdir(parents=True, exist_ok=True)
    meta_name = Path(fname).stem + ".meta.json"
    for target, payload in ((meta_name, json.dumps(meta, ensure_ascii=False, indent=2).encode("utf-8")),
                            (fname, data)):
        fd, tmp = tempfile.mkstemp(dir=folder, prefix=".part-")
        with os.fdopen(fd, "wb") as fh:
            fh.write(payload)
        os.replace(tmp, folder / target)
    return [fname, meta_name]


def read_stored_upload(data_dir: Path, name: str) -> tuple[pd.DataFrame | None, list[Problem]]:
    """Events of an upload another server process stored (read as on a restart)."""
    from ..ingest import read_file
    from ..pipeline import gazetteer_for, process
    from ..table import events_frame

    path = Path(data_dir) / UPLOADS / name
    articles, problems = read_file(path, None, root=Path(data_dir))
    events = []
    for art in articles:
        try:
            events.extend(process(art, gazetteer_for(data_dir)).events)
        except Exception as exc:
            problems.append(Problem(str(path), f"extraction failed ({exc.__class__.__name__})"))
    return events_frame(events), problems
