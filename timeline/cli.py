"""The `timeline` command: tag, extract, serve, eval.

Errors about input are one line each on stderr, naming the file and the
reason; the exit code is non-zero only when nothing at all could be read.
"""
from __future__ import annotations

import argparse
import datetime as dt
import json
import sys
from collections import Counter
from pathlib import Path

REPO_DATA = Path(__file__).resolve().parent.parent / "data"


def _published_arg(value: str):
    from .ingest import DateFormatError, parse_date

    try:
        return parse_date(value)
    except DateFormatError as exc:
        raise argparse.ArgumentTypeError(str(exc)) from None


def build_parser() -> argparse.ArgumentParser:
    ap = argparse.ArgumentParser(prog="timeline", description=__doc__.splitlines()[0])
    sub = ap.add_subparsers(dest="command", required=True)

    t = sub.add_parser("tag", help="print the time expressions of a text as JSON lines")
    t.add_argument("file", nargs="?", help="a text file ('-' or none: standard input)")
    t.add_argument("--published", type=_published_arg, help="reference date, YYYY-MM-DD")
    t.add_argument("--jsonl", action="store_true",
                   help='read JSON lines {"id","text","published"} on stdin, write {"id","timexes"} per line')

    e = sub.add_parser("extract", help="extract the events of articles as CSV (or JSON)")
    e.add_argument("paths", nargs="+", help="article files or folders")
    e.add_argument("--published", type=_published_arg,
                   help="publication date for articles that state none, YYYY-MM-DD")
    e.add_argument("-o", "--output", help="output file (default: standard output)")
    e.add_argument("--format", choices=["csv", "json", "timelinejs"], default=None,
                   help="output format (default: from the output file's suffix, else csv)")
    e.add_argument("--groups", help="groups gazetteer CSV (default: the bundled data/groups.csv)")
    e.add_argument("--no-merge", action="store_true",
                   help="one row per article mention instead of merging the same event across articles")
    e.add_argument("--progress", action=argparse.BooleanOptionalAction, default=None,
                   help="show a progress bar (default: when stderr is a terminal)")
    e.add_argument("-q", "--quiet", action="store_true", help="no summary on stderr")

    s = sub.add_parser("serve", help="run the dashboard")
    s.add_argument("--data", default=str(REPO_DATA), help="data folder (articles/ and groups.csv)")
    s.add_argument("--host", default="127.0.0.1")
    s.add_argument("--port", type=int, default=8050)
    s.add_argument("--debug", action="store_true")

    v = sub.add_parser("eval", help="score the tagger on TimeML (.tml) files")
    v.add_argument("paths", nargs="+", help=".tml files or folders")
    v.add_argument("--errors", action="store_true", help="list every miss, spurious and wrong value")
    return ap


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    try:
        return {"tag": cmd_tag, "extract": cmd_extract, "serve": cmd_serve, "eval": cmd_eval}[args.command](args)
    except BrokenPipeError:  # `timeline ... | head`
        return 0


# ------------------------------------------------------------------ tag

def _reference_date(value):
    """A reference date from a JSON line; None (relative dates unresolved) when absent or malformed."""
    if value in (None, ""):
        return None, None
    if isinstance(value, str) and len(value) >= 10 and value[4] == "-" and value[7] == "-" \
            and (len(value) == 10 or value[10] in "T "):
        try:  # the common ISO case without importing the ingest stage (start-up time matters here)
            return dt.date.fromisoformat(value[:10]), None
        except ValueError:
            pass
    from .ingest import DateFormatError, parse_date

    try:
        return parse_date(value), None
    except DateFormatError as exc:
        return None, str(exc)


def cmd_tag(args) -> int:
    from .timex import tag

    out = sys.stdout
    if args.jsonl:
        for lineno, line in enumerate(sys.stdin, 1):
            if not line.strip():
                continue
            try:
                rec = json.loads(line)
                if not isinstance(rec, dict):
                    raise ValueError("not a JSON object")
            except ValueError as exc:
                print(f"stdin:{lineno}: malformed JSON line ({exc})", file=sys.stderr)
                out.write(json.dumps({"id": None, "timexes": [], "error": "malformed JSON line"}) + "\n")
                continue
            published, problem = _reference_date(rec.get("published"))
            if problem:
                print(f"stdin:{lineno}: reference date ignored: {problem}", file=sys.stderr)
            text = rec.get("text") if isinstance(rec.get("text"), str) else ""
            timexes = [t.to_json() for t in tag(text, published)]
            out.write(json.dumps({"id": rec.get("id"), "timexes": timexes}, ensure_ascii=False) + "\n")
        return 0
    if args.file in (None, "-"):
        text = sys.stdin.read()
    else:
        from .ingest import decode_text

        try:
            data = Path(args.file).read_bytes()
        except OSError as exc:
            print(f"{args.file}: cannot read ({exc.strerror or exc})", file=sys.stderr)
            return 2
        text, problem = decode_text(data, args.file)
        if problem:
            print(problem, file=sys.stderr)
            return 2
    for t in tag(text, args.published):
        out.write(json.dumps(t.to_json(), ensure_ascii=False) + "\n")
    return 0


# ------------------------------------------------------------------ extract

def cmd_extract(args) -> int:
    from . import table
    from .ingest import read_paths
    from .pipeline import events_table, process_articles

    progress = sys.stderr.isatty() if args.progress is None else args.progress
    articles, problems = read_paths(args.paths, args.published)
    gazetteer = None
    if args.groups:
        from .gazetteer import load_gazetteer

        gazetteer, gaz_problems = load_gazetteer(args.groups)
        problems = gaz_problems + problems
    docs, more = process_articles(articles, gazetteer, progress=progress and not args.quiet)
    problems += more
    events, _mentions = events_table(docs, merge=not args.no_merge)
    fmt = args.format or _format_from_suffix(args.output)
    if fmt == "json":
        payload = table.to_json(events)
    elif fmt == "timelinejs":
        payload = table.to_timelinejs(events)
        payload = payload if isinstance(payload, str) else json.dumps(payload, ensure_ascii=False, indent=1)
    else:
        payload = table.to_csv(events)
    for p in problems:
        print(p, file=sys.stderr)
    if not articles:
        print("error: no article could be read", file=sys.stderr)
        return 1
    if args.output:
        Path(args.output).write_text(payload, encoding="utf-8", newline="")
    else:
        sys.stdout.write(payload)
    if not args.quiet:
        print(_summary(articles, docs, problems, events, args.output), file=sys.stderr)
    return 0


def _format_from_suffix(output: str | None) -> str:
    if output and output.lower().endswith(".json"):
        return "json"
    return "csv"


def _summary(articles, docs, problems, events, output) -> str:
    undated = sum(1 for a in articles if a.published is None)
    groups = Counter(g for gs in events["groups"] for g in gs) if len(events) else Counter()
    lines = [
        f"read {len(articles)} article(s), extracted {len(docs)}; "
        f"{len(problems)} problem(s) reported above" + (f"; {undated} without a publication date" if undated else ""),
        f"{len(events)} event(s), {len(groups)} group(s)"
        + (": " + ", ".join(f"{g} ({n})" for g, n in groups.most_common(8)) if groups else ""),
    ]
    if output:
        lines.append(f"written to {output}")
    return "\n".join(lines)


# ------------------------------------------------------------------ serve / eval

def cmd_serve(args) -> int:
    from .dashboard import create_app

    data = Path(args.data)
    if not data.is_dir():
        print(f"{data}: no such data folder", file=sys.stderr)
        return 2
    app = create_app(data)
    app.run(host=args.host, port=args.port, debug=args.debug)
    return 0


def cmd_eval(args) -> int:
    from .evaluate import main as eval_main

    return eval_main([*args.paths, *(["--errors"] if args.errors else [])])


if __name__ == "__main__":
    sys.exit(main())
