"""Throughput and peak memory of `python -m timeline tag --jsonl`, side by side
with dateparser's `search_dates` on the same texts, in the same run.

    python bench/bench_tagger.py PATH_TO_TIMEML_FOLDER [--repeat 3]

Both are measured as whole processes (start-up and imports included): each
reads the same JSON lines {"id","text","published"} on stdin and writes JSON
lines.  search_dates runs with languages=['en'] and RELATIVE_BASE = the
document creation time.  Peak memory is the child's maximum resident set size.
Both run as after a normal installation: bytecode caching on (PYTHONDONTWRITEBYTECODE
is dropped for the children, as pip-installed dateparser has its .pyc files already),
and the best of --repeat interleaved runs counts.
"""
from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

DATEPARSER_DRIVER = r"""
import datetime as dt, json, sys
from dateparser.search import search_dates
for line in sys.stdin:
    rec = json.loads(line)
    settings = {}
    if rec.get("published"):
        settings["RELATIVE_BASE"] = dt.datetime.fromisoformat(rec["published"][:10])
    found = search_dates(rec["text"], languages=["en"], settings=settings) or []
    sys.stdout.write(json.dumps({"id": rec["id"], "timexes": [[s, d.isoformat()] for s, d in found]}) + "\n")
"""


def corpus_jsonl(folder: str) -> tuple[str, int, int]:
    from timeline.evaluate import _files, load_tml

    files, problems = _files([folder])
    for p in problems:
        print(f"problem: {p}", file=sys.stderr)
    lines, chars = [], 0
    for f in files:
        doc = load_tml(f)
        chars += len(doc.text)
        lines.append(json.dumps({"id": doc.name, "text": doc.text, "published": doc.published}))
    return "\n".join(lines) + "\n", chars, len(files)


def run(cmd: list[str], payload_path: str) -> tuple[float, float, float, int]:
    """(wall seconds, CPU seconds, peak RSS in MB, output lines) of one whole process."""
    with open(payload_path, "rb") as stdin, tempfile.TemporaryFile() as stdout:
        t0 = time.perf_counter()
        env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
        p = subprocess.Popen(cmd, stdin=stdin, stdout=stdout, stderr=subprocess.PIPE, cwd=REPO, env=env)
        _, status, usage = os.wait4(p.pid, 0)
        secs = time.perf_counter() - t0
        p.returncode = os.waitstatus_to_exitcode(status)
        err = p.stderr.read().decode(errors="replace")
        if p.returncode != 0:
            raise SystemExit(f"{' '.join(cmd[:4])}... failed ({p.returncode}): {err[-1500:]}")
        stdout.seek(0)
        n = sum(1 for _ in stdout)
    rss_mb = usage.ru_maxrss / 1024 if sys.platform != "darwin" else usage.ru_maxrss / 2**20
    return secs, usage.ru_utime + usage.ru_stime, rss_mb, n


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("corpus", help="a folder (or file) of TimeML .tml documents")
    ap.add_argument("--repeat", type=int, default=3, help="runs of each; the fastest counts (default 3)")
    ap.add_argument("--python", default=sys.executable, help="the interpreter to run both with")
    a = ap.parse_args(argv)
    payload, chars, n_docs = corpus_jsonl(a.corpus)
    if not n_docs:
        print("no .tml documents found", file=sys.stderr)
        return 1
    with tempfile.NamedTemporaryFile("w", suffix=".jsonl", delete=False, encoding="utf-8") as f:
        f.write(payload)
        path = f.name
    try:
        ours_runs, theirs_runs = [], []
        for _ in range(max(1, a.repeat)):  # interleaved, so that load on the machine hits both alike
            ours_runs.append(run([a.python, "-m", "timeline", "tag", "--jsonl"], path))
            theirs_runs.append(run([a.python, "-c", DATEPARSER_DRIVER], path))
        ours = min(ours_runs, key=lambda r: r[0])
        theirs = min(theirs_runs, key=lambda r: r[0])
    finally:
        os.unlink(path)
    print(f"corpus: {n_docs} documents, {chars} characters (best of {a.repeat} runs, whole process)")
    print(f"{'':26} {'wall s':>7} {'kchar/s':>8} {'CPU s':>7} {'kchar/CPU s':>11} {'peak MB':>8}")
    for name, (secs, cpu, mb, _) in (("timeline tag --jsonl", ours), ("dateparser search_dates", theirs)):
        print(f"{name:26} {secs:7.2f} {chars / secs / 1e3:8.0f} {cpu:7.2f} {chars / cpu / 1e3:11.0f} {mb:8.1f}")
    print(f"speed ratio, wall time: {theirs[0] / ours[0]:.1f}x faster; CPU time: {theirs[1] / ours[1]:.1f}x faster")
    print(f"peak memory ratio (timeline / search_dates): {ours[2] / theirs[2]:.2f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
