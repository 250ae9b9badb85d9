"""Reading articles and their metadata, above all the publication date.

Formats: plain text (.txt), Markdown (.md, .markdown), saved web pages
(.html, .htm, main text and metadata by trafilatura), JSON lines / JSON
(.jsonl, .ndjson, .json: objects with text, title, published, url...), and
RSS/Atom feeds (.rss, .atom, .xml; one article per entry, via feedparser).

The publication date of a file comes from, first found wins:
  1. a sibling `NAME.meta.json` ({"title","published","url","source","author"}),
  2. metadata inside the file: a front-matter block (`published: 2020-12-21`),
     the page's own metadata (HTML), the entry's date (feeds, JSON lines),
  3. a date in the file name (`2020-12-21_...`, `20201221-...`),
  4. the `published` given by the caller (the CLI's --published).
An article with no date is still read (its relative dates stay unresolved) and
a `Problem` says which file lacked one.  Nothing here raises on bad input: each
unreadable file becomes a `Problem` and the others are read.
"""
from __future__ import annotations

import datetime as dt
import email.utils
import json
import re
from collections.abc import Iterable, Iterator
from pathlib import Path

from .model import Article, Problem

MAX_FILE_BYTES = 20 * 1024 * 1024  # beyond this a file is refused, not read half-way

TEXT_SUFFIXES = {".txt", ".text"}
MARKDOWN_SUFFIXES = {".md", ".markdown"}
HTML_SUFFIXES = {".html", ".htm", ".xhtml"}
JSON_SUFFIXES = {".jsonl", ".ndjson", ".json"}
FEED_SUFFIXES = {".rss", ".atom", ".xml"}
ARTICLE_SUFFIXES = TEXT_SUFFIXES | MARKDOWN_SUFFIXES | HTML_SUFFIXES | JSON_SUFFIXES | FEED_SUFFIXES
# Files a data folder legitimately holds that are not articles: passed over quietly.
QUIET_SUFFIXES = {".csv", ".tsv", ".png", ".jpg", ".jpeg", ".gif", ".svg", ".css", ".js", ".py"}

META_KEYS = ("title", "published", "url", "source", "author")


class DateFormatError(ValueError):
    """A publication date in a form we do not accept."""


# ------------------------------------------------------------------ dates

_ISO_RE = re.compile(r"^\s*(\d{4})-(\d{1,2})-(\d{1,2})(?:[T ][0-9:.]+(?:Z|[+-]\d{2}:?\d{2})?)?\s*$")
_SLASH_YMD_RE = re.compile(r"^\s*(\d{4})[/.](\d{1,2})[/.](\d{1,2})\s*$")
_COMPACT_RE = re.compile(r"^\s*(\d{4})(\d{2})(\d{2})\s*$")
_MONTHS = {m: i for i, m in enumerate(
    ["january", "february", "march", "april", "may", "june", "july", "august",
     "september", "october", "november", "december"], 1)}
_MONTHS.update({m[:3]: i for m, i in list(_MONTHS.items())})
_MONTHS["sept"] = 9
_DMY_WORDS_RE = re.compile(r"^\s*(?:\w+,\s*)?(\d{1,2})\s+([A-Za-z]+)\.?,?\s+(\d{4})\s*$")
_MDY_WORDS_RE = re.compile(r"^\s*(?:\w+,\s*)?([A-Za-z]+)\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})\s*$")


def parse_date(value) -> dt.date:
    """A publication date from the forms metadata uses; DateFormatError otherwise.

    Accepted: ISO days and timestamps (2020-12-21, 2020-12-21T10:00:00Z),
    2020/12/21, 20201221, RFC 2822 (feeds: "Mon, 21 Dec 2020 10:00:00 GMT"),
    "21 December 2020", "December 21, 2020".  Ambiguous numeric forms such as
    01/02/2020 are refused rather than guessed.
    """
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    if not isinstance(value, str) or not value.strip():
        raise DateFormatError(f"not a date: {value!r}")
    text = value.strip()
    for rx in (_ISO_RE, _SLASH_YMD_RE, _COMPACT_RE):
        m = rx.match(text)
        if m:
            return _make_date(int(m.group(1)), int(m.group(2)), int(m.group(3)), text)
    m = _DMY_WORDS_RE.match(text)
    if m and m.group(2).lower() in _MONTHS:
        return _make_date(int(m.group(3)), _MONTHS[m.group(2).lower()], int(m.group(1)), text)
    m = _MDY_WORDS_RE.match(text)
    if m and m.group(1).lower() in _MONTHS:
        return _make_date(int(m.group(3)), _MONTHS[m.group(1).lower()], int(m.group(2)), text)
    try:
        parsed = email.utils.parsedate_to_datetime(text)
    except (TypeError, ValueError, IndexError):
        parsed = None
    if parsed is not None:
        return parsed.date()
    raise DateFormatError(f"unknown date format {text!r} (use YYYY-MM-DD)")


def _make_date(year: int, month: int, day: int, text: str) -> dt.date:
    try:
        return dt.date(year, month, day)
    except ValueError:
        raise DateFormatError(f"impossible date {text!r}") from None


_FILENAME_DATE_RE = re.compile(r"(?<!\d)(\d{4})[-_.]?(\d{2})[-_.]?(\d{2})(?!\d)")


def date_from_filename(name: str) -> dt.date | None:
    """2020-12-21_story.txt, 20201221-story.md -> 2020-12-21 (a plausible year only)."""
    for m in _FILENAME_DATE_RE.finditer(name):
        year, month, day = (int(g) for g in m.groups())
        if 1900 <= year <= 2100:
            try:
                return dt.date(year, month, day)
            except ValueError:
                continue
    return None


# ------------------------------------------------------------------ decoding

def decode_text(data: bytes, name: str) -> tuple[str | None, Problem | None]:
    """UTF-8 text (BOMs honoured), or a Problem saying why the bytes are not text."""
    if not data.strip():
        return None, Problem(name, "empty file")
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return data.decode("utf-16"), None
        except UnicodeDecodeError:
            return None, Problem(name, "not readable UTF-16 text")
    if b"\x00" in data[:8192]:
        return None, Problem(name, "binary file (holds NUL bytes), not text")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        return None, Problem(name, f"not UTF-8 text (invalid byte 0x{data[exc.start]:02x} at offset {exc.start})")
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    if not text.strip():
        return None, Problem(name, "no text in file")
    return text, None


# ------------------------------------------------------------------ front matter and Markdown

_FENCED_FRONT_RE = re.compile(r"\A---[ \t]*\n(.*?)\n(?:---|\.\.\.)[ \t]*(?:\n|\Z)", re.S)
_BARE_FRONT_LINE_RE = re.compile(r"^(title|published|date|url|source|author)\s*:\s*(.*?)\s*$", re.I)


def split_front_matter(text: str) -> tuple[dict[str, str], str]:
    """Metadata lines at the top of a file, and the text after them.

    Either a `---` fenced block of `key: value` lines, or bare `key: value`
    lines (title, published, date, url, source, author) before the first blank line.
    """
    meta: dict[str, str] = {}
    m = _FENCED_FRONT_RE.match(text)
    if m:
        for line in m.group(1).splitlines():
            key, sep, val = line.partition(":")
            if sep:
                meta[key.strip().lower()] = val.strip().strip("'\"")
        return meta, text[m.end():].lstrip("\n")
    lines = text.split("\n")
    taken = 0
    for line in lines:
        lm = _BARE_FRONT_LINE_RE.match(line)
        if not lm:
            break
        meta[lm.group(1).lower()] = lm.group(2).strip("'\"")
        taken += 1
    if taken and (taken == len(lines) or not lines[taken].strip()):
        return meta, "\n".join(lines[taken:]).lstrip("\n")
    return {}, text


_MD_RULES = [
    (re.compile(r"^```.*$", re.M), ""),                      # code fences
    (re.compile(r"!\[([^\]]*)\]\([^)]*\)"), ""),             # images
    (re.compile(r"\[([^\]]+)\]\([^)]*\)"), r"\1"),           # links -> their text
    (re.compile(r"^\s{0,3}#{1,6}\s*(.*?)\s*#*\s*$", re.M), r"\1"),  # headings
    (re.compile(r"^\s{0,3}>\s?", re.M), ""),                 # block quotes
    (re.compile(r"^\s{0,3}(?:[-*_]\s*){3,}$", re.M), ""),    # horizontal rules
    (re.compile(r"^(\s*)[-*+]\s+", re.M), r"\1"),            # bullets
    (re.compile(r"(\*\*|__)(?=\S)(.+?)(?<=\S)\1"), r"\2"),   # bold
    (re.compile(r"(?<![\w*])\*(?=\S)(.+?)(?<=\S)\*(?![\w*])"), r"\1"),  # italics
    (re.compile(r"(?<![\w_])_(?=\S)(.+?)(?<=\S)_(?![\w_])"), r"\1"),
    (re.compile(r"`([^`]*)`"), r"\1"),                       # inline code
]


def markdown_to_text(md: str) -> str:
    """Plain text of Markdown: markup removed, words and line structure kept."""
    for rx, repl in _MD_RULES:
        md = rx.sub(repl, md)
    return md


def _first_heading(md: str) -> str:
    m = re.search(r"^\s{0,3}#\s+(.+?)\s*#*\s*$", md, re.M)
    return m.group(1).strip() if m else ""


# ------------------------------------------------------------------ HTML and feeds

def html_to_article_fields(html: str) -> dict[str, str]:
    """Main text and metadata of a saved web page (trafilatura), paragraphs blank-line separated."""
    import trafilatura

    text = trafilatura.extract(html, output_format="txt", include_comments=False,
                               include_tables=False, favor_recall=True) or ""
    meta = trafilatura.extract_metadata(html)
    fields = {"text": "\n\n".join(p.strip() for p in text.split("\n") if p.strip())}
    if meta is not None:
        fields.update(title=meta.title or "", url=meta.url or "", author=meta.author or "",
                      source=meta.sitename or "", published=_html_date(html, meta.date))
    return fields


_DATE_META_RE = re.compile(
    r"<meta[^>]+(?:property|name|itemprop)=[\"'](?:article:published_time|og:published_time|"
    r"datePublished|publish[-_]?date|pubdate|date|dc\.date|DC\.date\.issued|sailthru\.date)[\"'][^>]*>",
    re.I)


def _html_date(html: str, found: str | None) -> str:
    """Only a date the page states in its own metadata; never today's date as a guess."""
    if found and _DATE_META_RE.search(html) or (found and re.search(
            r"datePublished|<time[^>]+datetime", html, re.I)):
        return found
    return ""


def html_fragment_to_text(fragment: str) -> str:
    """Text of an HTML fragment (a feed entry's body), paragraphs kept."""
    if "<" not in fragment:
        return fragment.strip()
    import lxml.html

    try:
        root = lxml.html.fromstring(f"<div>{fragment}</div>")
    except (ValueError, lxml.etree.ParserError):
        return re.sub(r"<[^>]+>", " ", fragment).strip()
    for bad in root.xpath("//script|//style"):
        bad.drop_tree()
    for block in root.xpath("//p|//br|//div|//li|//h1|//h2|//h3|//h4|//blockquote"):
        block.tail = "\n\n" + (block.tail or "")
    text = root.text_content()
    return re.sub(r"\n\s*\n\s*", "\n\n", text).strip()


# ------------------------------------------------------------------ per format

def _meta_sidecar(path: Path) -> tuple[dict, Problem | None]:
    side = path.with_name(path.stem + ".meta.json")
    if not side.exists():
        side = path.with_name(path.name + ".meta.json")
        if not side.exists():
            return {}, None
    try:
        meta = json.loads(side.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
        return {}, Problem(str(side), f"metadata not read ({exc.__class__.__name__}: {exc})")
    if not isinstance(meta, dict):
        return {}, Problem(str(side), "metadata is not a JSON object")
    return meta, None


def _build_article(
    art_id: str, text: str, source: str, layers: list[tuple[str, dict]], fallback, name: str,
) -> tuple[Article, list[Problem]]:
    """An Article from metadata layers (first found wins for each field)."""
    problems: list[Problem] = []
    fields = {k: "" for k in META_KEYS}
    published: dt.date | None = None
    published_from = ""
    for origin, layer in layers:
        for key in ("title", "url", "author"):
            if not fields[key] and layer.get(key):
                fields[key] = str(layer[key]).strip()
        if not fields["source"] and layer.get("source"):
            fields["source"] = str(layer["source"]).strip()
        raw = layer.get("published") or layer.get("date")
        if published is None and raw:
            try:
                published = parse_date(raw)
                published_from = origin
            except DateFormatError as exc:
                problems.append(Problem(source, f"{origin} publication date ignored: {exc}"))
    if published is None:
        published = date_from_filename(name)
        published_from = "filename" if published else ""
    if published is None and fallback is not None:
        published, published_from = fallback, "option"
    if published is None:
        problems.append(Problem(source, "no publication date (relative dates left unresolved); "
                                        "add NAME.meta.json, a 'published:' line or --published"))
    title = fields["title"] or _title_from_text(text)
    art = Article(id=art_id, text=text, title=title, published=published, url=fields["url"],
                  source=source, site=fields["source"], author=fields["author"],
                  published_from=published_from)
    return art, problems


def _title_from_text(text: str) -> str:
    first = text.lstrip().split("\n", 1)[0].strip()
    if 0 < len(first) <= 200 and not first.endswith((".", "?", "!", ":")):
        return first
    return ""


def read_file(path: Path, published: dt.date | None = None, root: Path | None = None
              ) -> tuple[list[Article], list[Problem]]:
    """Articles held in one file (a feed or JSON lines file holds several)."""
    source = _display_name(path, root)
    suffix = path.suffix.lower()
    try:
        size = path.stat().st_size
    except OSError as exc:
        return [], [Problem(source, f"cannot read ({exc.strerror or exc})")]
    if size > MAX_FILE_BYTES:
        return [], [Problem(source, f"too large ({size / 2**20:.1f} MB; limit {MAX_FILE_BYTES // 2**20} MB)")]
    try:
        data = path.read_bytes()
    except OSError as exc:
        return [], [Problem(source, f"cannot read ({exc.strerror or exc})")]
    sidecar, side_problem = _meta_sidecar(path)
    arts, problems = read_bytes(path.name, data, published, source=source, sidecar=sidecar,
                                art_id=_article_id(path, root))
    if side_problem:
        problems.insert(0, side_problem)
    return arts, problems


def article_from_bytes(name: str, data: bytes, published=None, meta: dict | None = None
                       ) -> tuple[Article | None, list[Problem]]:
    """One article from uploaded bytes (the dashboard's upload); None and the reasons if unreadable."""
    try:
        pub = parse_date(published) if published not in (None, "") else None
    except DateFormatError as exc:
        return None, [Problem(name, str(exc))]
    arts, problems = read_bytes(name, data, pub, source=name, sidecar=meta or {},
                                art_id=Path(name).stem or "upload")
    return (arts[0] if arts else None), problems


def read_bytes(name: str, data: bytes, published: dt.date | None = None, source: str = "",
               sidecar: dict | None = None, art_id: str = "") -> tuple[list[Article], list[Problem]]:
    """Articles from a file's bytes, by the file name's suffix."""
    source = source or name
    art_id = art_id or Path(name).stem
    sidecar = sidecar or {}
    suffix = Path(name).suffix.lower()
    if suffix and suffix not in ARTICLE_SUFFIXES:
        return [], [Problem(source, f"unsupported file type '{suffix}' "
                                    f"(read: {', '.join(sorted(ARTICLE_SUFFIXES))})")]
    text, problem = decode_text(data, source)
    if problem:
        return [], [problem]
    layers = [("meta.json", sidecar)] if sidecar else []
    if suffix in JSON_SUFFIXES:
        return _read_json_records(text, source, art_id, published, layers)
    if suffix in FEED_SUFFIXES or (suffix not in HTML_SUFFIXES and _looks_like_feed(text)):
        return _read_feed(data, source, art_id, published)
    if suffix in HTML_SUFFIXES or (not suffix and text.lstrip()[:15].lower().startswith(("<!doctype", "<html"))):
        fields = html_to_article_fields(text)
        body = fields.pop("text", "")
        if not body.strip():
            return [], [Problem(source, "no readable main text in the page")]
        art, probs = _build_article(art_id, body, source, layers + [("html", fields)], published, name)
        return [art], probs
    front, body = split_front_matter(text)
    if suffix in MARKDOWN_SUFFIXES:
        if "title" not in front and _first_heading(body):
            front["title"] = _first_heading(body)
        body = markdown_to_text(body)
    if not body.strip():
        return [], [Problem(source, "no text after the metadata")]
    art, probs = _build_article(art_id, body, source, layers + [("front-matter", front)], published, name)
    return [art], probs


def _looks_like_feed(text: str) -> bool:
    head = text.lstrip()[:500].lower()
    return head.startswith("<?xml") and ("<rss" in head or "<feed" in head) or head.startswith(("<rss", "<feed"))


_TEXT_KEYS = ("text", "body", "content", "article", "full_text")


def _read_json_records(text: str, source: str, art_id: str, published, layers
                       ) -> tuple[list[Article], list[Problem]]:
    records: list[tuple[int, object]] = []
    problems: list[Problem] = []
    stripped = text.lstrip()
    if stripped.startswith("["):
        try:
            records = list(enumerate(json.loads(text), 1))
        except json.JSONDecodeError as exc:
            return [], [Problem(source, f"malformed JSON: {exc.msg}", exc.lineno)]
    else:
        try:  # one pretty-printed object
            records = [(1, json.loads(text))] if stripped.startswith("{") and "\n" in stripped.rstrip() and \
                not stripped.rstrip().endswith("}\n{") else []
        except json.JSONDecodeError:
            records = []
        if not records:
            for lineno, line in enumerate(text.split("\n"), 1):
                if not line.strip():
                    continue
                try:
                    records.append((lineno, json.loads(line)))
                except json.JSONDecodeError as exc:
                    problems.append(Problem(source, f"malformed JSON line skipped: {exc.msg}", lineno))
    articles: list[Article] = []
    many = len(records) > 1
    for n, rec in records:
        if not isinstance(rec, dict):
            problems.append(Problem(source, "record is not a JSON object, skipped", n))
            continue
        body = next((rec[k] for k in _TEXT_KEYS if isinstance(rec.get(k), str) and rec[k].strip()), "")
        if not body:
            problems.append(Problem(source, "record has no text, skipped", n))
            continue
        rid = str(rec.get("id") or (f"{art_id}-{n}" if many else art_id))
        art, probs = _build_article(rid, body.replace("\r\n", "\n"), f"{source}#{n}" if many else source,
                                    layers + [("json", rec)], published, source)
        articles.append(art)
        problems.extend(probs)
    if not articles and not problems:
        problems.append(Problem(source, "no articles in file"))
    return articles, problems


def _read_feed(data: bytes, source: str, art_id: str, published) -> tuple[list[Article], list[Problem]]:
    import feedparser

    feed = feedparser.parse(data)
    if feed.bozo and not feed.entries:
        return [], [Problem(source, f"not a readable RSS/Atom feed ({feed.get('bozo_exception', 'parse error')})")]
    articles: list[Article] = []
    problems: list[Problem] = []
    site = feed.feed.get("title", "")
    for n, entry in enumerate(feed.entries, 1):
        body_html = ""
        if entry.get("content"):
            body_html = max((c.get("value", "") for c in entry.content), key=len)
        body_html = body_html or entry.get("summary", "") or entry.get("description", "")
        body = html_fragment_to_text(body_html)
        title = html_fragment_to_text(entry.get("title", ""))
        if not body:
            problems.append(Problem(f"{source}#{n}", "feed entry has no text, skipped"))
            continue
        stamp = entry.get("published_parsed") or entry.get("updated_parsed")
        pub = dt.date(*stamp[:3]) if stamp else None
        meta = {"title": title, "url": entry.get("link", ""), "author": entry.get("author", ""),
                "source": site, "published": pub.isoformat() if pub else ""}
        eid = f"{art_id}-{n}"
        art, probs = _build_article(eid, body, f"{source}#{n}", [("feed", meta)], published, "")
        articles.append(art)
        problems.extend(probs)
    if not articles and not problems:
        problems.append(Problem(source, "feed has no entries"))
    return articles, problems


# ------------------------------------------------------------------ paths

def _display_name(path: Path, root: Path | None) -> str:
    if root is not None:
        try:
            return path.relative_to(root).as_posix()
        except ValueError:
            pass
    return path.as_posix()


def _article_id(path: Path, root: Path | None) -> str:
    rel = _display_name(path, root)
    return rel.rsplit(".", 1)[0] if "." in Path(rel).name else rel


def iter_article_files(folder: Path) -> Iterator[tuple[Path, Problem | None]]:
    """Files of a folder (recursively, sorted) that may hold articles; others are reported."""
    for path in sorted(p for p in folder.rglob("*") if p.is_file()):
        rel_parts = path.relative_to(folder).parts
        if any(part.startswith(".") for part in rel_parts):
            continue
        name = path.name.lower()
        suffix = path.suffix.lower()
        if name.endswith(".meta.json") or suffix in QUIET_SUFFIXES:
            continue
        if suffix in ARTICLE_SUFFIXES:
            yield path, None
        else:
            yield path, Problem(_display_name(path, folder.parent), f"skipped: not an article file type ('{suffix or 'no suffix'}')")


def read_paths(paths: Iterable[str | Path], published=None) -> tuple[list[Article], list[Problem]]:
    """Every article under the given files and folders, and what could not be read.

    `published` (date or ISO string) is the fallback publication date.
    """
    pub = parse_date(published) if isinstance(published, str) else published
    articles: list[Article] = []
    problems: list[Problem] = []
    for raw in paths:
        path = Path(raw)
        if path.is_dir():
            found = False
            for file, skip in iter_article_files(path):
                if skip:
                    problems.append(skip)
                    continue
                found = True
                arts, probs = read_file(file, pub, root=path.parent if path.parent != path else None)
                articles.extend(arts)
                problems.extend(probs)
            if not found:
                problems.append(Problem(str(raw), "folder holds no article files"))
        elif path.is_file():
            arts, probs = read_file(path, pub)
            articles.extend(arts)
            problems.extend(probs)
        else:
            problems.append(Problem(str(raw), "no such file or folder"))
    return _unique_ids(articles), problems


def _unique_ids(articles: list[Article]) -> list[Article]:
    seen: dict[str, int] = {}
    for art in articles:
        if art.id in seen:
            seen[art.id] += 1
            art.id = f"{art.id}~{seen[art.id]}"
        else:
            seen[art.id] = 1
    return articles
