"""Events per second for extraction over TimeML (.tml) files, beside the tagger alone.

    python bench/bench_extract.py PATH [PATH ...] [--repeat 1] [--limit N]

PATH: .tml files or folders of them (searched recursively), e.g. the TempEval-3
TimeBank/AQUAINT training data.  Each document's text is the content of <TEXT>
with every tag removed; its publication date is the document creation time
(the TIMEX3 with functionInDocument="CREATION_TIME" or "PUBLICATION_TIME").

Three timings over the same texts, best of --repeat runs:
  tagger alone    timeline.timex.tag(text, published)
  full extraction timeline.pipeline.process(article): sentences, time
                  expressions, group mentions and events
  events stage    the part of the full run after the tagger (mentions + events)
"""
from __future__ import annotations

import argparse
import datetime as dt
import html
import re
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from timeline.model import Article, Document  # noqa: E402

_TEXT = re.compile(r"<TEXT>(.*?)</TEXT>", re.S)
_DCT = re.compile(r"<TIMEX3[^>]*functionInDocument=\"(?:CREATION_TIME|PUBLICATION_TIME)\"[^>]*>", re.S)
_VALUE = re.compile(r"value=\"(\d{4}-\d{2}-\d{2})")


def read_tml(path: Path) -> Article | None:
    raw = path.read_text(encoding="utf-8", errors="replace")
    m = _TEXT.search(raw)
    if not m:
        return None
    text = html.unescape(re.sub(r"<[^>]+>", "", m.group(1)))
    published = None
    d = _DCT.search(raw)
    if d:
        v = _VALUE.search(d.group(0))
        if v:
            published = dt.date.fromisoformat(v.group(1))
    return Article(id=path.stem, text=text, published=published, source=path.name)


def collect(paths: list[str]) -> list[Path]:
    files: list[Path] = []
    for p in map(Path, paths):
        files.extend(sorted(p.rglob("*.tml")) if p.is_dir() else [p])
    return files


def best_of(repeat: int, fn) -> tuple[float, object]:
    best, result = float("inf"), None
    for _ in range(repeat):
        t0 = time.perf_counter()
        result = fn()
        best = min(best, time.perf_counter() - t0)
    return best, result


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("paths", nargs="+")
    ap.add_argument("--repeat", type=int, default=1)
    ap.add_argument("--limit", type=int, default=0, help="only the first N files")
    args = ap.parse_args(argv)

    from timeline.events import extract_events
    from timeline.pipeline import default_gazetteer, process
    from timeline.sentences import split_sentences
    from timeline.timex import tag

    files = collect(args.paths)
    if args.limit:
        files = files[:args.limit]
    articles = [a for a in (read_tml(f) for f in files) if a is not None]
    if not articles:
        print("no TimeML documents found", file=sys.stderr)
        return 1
    chars = sum(len(a.text) for a in articles)
    gaz = default_gazetteer()
    process(articles[0], gaz)  # warm-up: compiled patterns, lexicons

    t_tag, timexes = best_of(args.repeat, lambda: [tag(a.text, a.published) for a in articles])
    t_full, docs = best_of(args.repeat, lambda: [process(a, gaz) for a in articles])

    def events_stage():
        out = []
        for d in docs:
            doc = Document(article=d.article, sentences=d.sentences or split_sentences(d.text),
                           timexes=d.timexes)
            doc.mentions = gaz.find_mentions(doc.text, doc.sentences)
            out.append(extract_events(doc, gaz))
        return out

    t_events, _ = best_of(args.repeat, events_stage)
    n_events = sum(len(d.events) for d in docs)
    n_timex = sum(len(t) for t in timexes)
    n_groups = len({g for d in docs for e in d.events for g in e.groups})
    print(f"{len(articles)} documents, {chars:,} characters, {n_timex} time expressions, "
          f"{n_events} events, {n_groups} groups (best of {args.repeat})")
    rows = [
        ("tagger alone", t_tag, None),
        ("full extraction", t_full, n_events),
        ("events stage", t_events, n_events),
    ]
    print(f"{'':16} {'seconds':>8} {'docs/s':>8} {'chars/s':>10} {'events/s':>9}")
    for name, secs, n in rows:
        secs = max(secs, 1e-9)
        ev = f"{n / secs:9.0f}" if n is not None else f"{'-':>9}"
        print(f"{name:16} {secs:8.2f} {len(articles) / secs:8.1f} {chars / secs:10.0f} {ev}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
