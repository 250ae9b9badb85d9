"""Time the dashboard's callbacks on a generated table of 100,000 events.

    python bench/bench_dashboard.py [--events 100000] [--repeat 5]

Generates a table in the events schema (random groups, types, dates, spans,
sentences), loads it into a dashboard app once (as a server would), then times
the functions behind each callback: filter + figure + grid rows for a filter
change, the URL round trip, the details panel, the selection highlight and the
exports.  Each time includes serialising the callback's answer to JSON, as Dash
does before sending it.  Target: every callback under 300 ms.
"""
from __future__ import annotations

import argparse
import statistics
import sys
import time
from pathlib import Path

import numpy as np
import pandas as pd

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from timeline.table import normalize_frame  # noqa: E402

GROUPS = ["Iran", "Kataib Hezbollah", "Asaib Ahl al-Haq", "Islamic State", "Hezbollah",
          "Hamas", "United States", "Iraq", "Israel", "Houthis", "Saudi Arabia", "Turkey",
          "PKK", "al-Shabaab", "Taliban", "Syria", "Russia", "Popular Mobilization Forces",
          "Badr Organization", "Harakat al-Nujaba"] + [f"Group {i}" for i in range(40)]
TYPES = ["attack", "statement", "arrest", "killing", "anniversary", "formation", "political",
         "protest", "other"]
STANCES = ["accusation", "denial", "condemnation", "warning", "threat", "appeal", "rejection",
           "claim", "other"]
BASES = ["stated", "implied", "derived", "publication"]
WORDS = ("rocket attack embassy militia statement denied responsibility security forces "
         "arrested suspects killed wounded drone strike base convoy ministry spokesman said "
         "group claimed warned condemned protest capital province border").split()


def generate_events(n: int = 100_000, seed: int = 7) -> pd.DataFrame:
    """A random events table of n rows in the table schema."""
    rng = np.random.default_rng(seed)
    day0 = np.datetime64("2010-01-01")
    days = rng.integers(0, 11 * 365, n)
    date = day0 + days.astype("timedelta64[D]")
    gran = rng.choice(["day", "day", "day", "day", "month", "year", "vague", "week"], n)
    length = np.select([gran == "month", gran == "year", gran == "vague", gran == "week"],
                       [29, 364, 90, 6], 0)
    date_end = date + length.astype("timedelta64[D]")
    n_groups = rng.choice([0, 1, 1, 1, 2, 2, 3], n)
    weights = 1 / np.arange(1, len(GROUPS) + 1)
    weights /= weights.sum()
    group_idx = rng.choice(len(GROUPS), (n, 3), p=weights)
    groups = [sorted({GROUPS[j] for j in group_idx[i, : n_groups[i]]}) for i in range(n)]
    types = rng.choice(TYPES, n, p=[.3, .25, .1, .1, .03, .02, .1, .05, .05])
    stance = np.where(types == "statement", rng.choice(STANCES, n), "")
    word_idx = rng.integers(0, len(WORDS), (n, 18))
    sentences = [" ".join(WORDS[j] for j in row).capitalize() + "." for row in word_idx]
    n_articles = max(n // 20, 1)
    art = rng.integers(0, n_articles, n)
    published = date + rng.integers(0, 30, n).astype("timedelta64[D]")
    df = pd.DataFrame({
        "event_id": [f"a{a}:{i}" for i, a in enumerate(art)],
        "date": date, "date_end": date_end, "value": "", "granularity": gran, "type": types,
        "stance": stance, "groups": groups, "sentence": sentences, "time_text": "on Sunday",
        "date_basis": rng.choice(BASES, n), "future": rng.random(n) < 0.02,
        "explanation": "'on Sunday' read as the Sunday before publication",
        "source": [f"articles/a{a}.txt" for a in art], "title": [f"Article {a}" for a in art],
        "url": [f"https://example.org/a{a}" for a in art], "published": published,
        "article_id": [f"a{a}" for a in art],
    })
    return normalize_frame(df)


def _time(fn, repeat: int) -> tuple[float, float]:
    times = []
    for _ in range(repeat):
        t0 = time.perf_counter()
        fn()
        times.append((time.perf_counter() - t0) * 1000)
    return statistics.median(times), max(times)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--events", type=int, default=100_000)
    ap.add_argument("--repeat", type=int, default=5)
    args = ap.parse_args(argv)

    import tempfile

    from timeline.dashboard import callbacks, create_app

    t0 = time.perf_counter()
    df = generate_events(args.events)
    print(f"generated {len(df):,} events in {time.perf_counter() - t0:.1f} s")
    with tempfile.TemporaryDirectory() as tmp:
        t0 = time.perf_counter()
        app = create_app(tmp, events=df)
        print(f"app created (events prepared in memory) in {time.perf_counter() - t0:.1f} s")
        store = app.timeline_store
        snap = store.snapshot()
        some_id = snap.events["event_id"].iloc[len(snap.events) // 2]
        cases = callbacks.bench_cases(store, some_id)
        print(f"\n{'callback':62s} {'median ms':>10s} {'max ms':>8s}  answer")
        worst = 0.0
        for name, fn in cases:
            result = fn()
            size = len(result) if isinstance(result, (str, bytes)) else 0
            med, mx = _time(fn, args.repeat)
            if not name.startswith("download:"):
                worst = max(worst, med)
            print(f"{name:62s} {med:10.0f} {mx:8.0f}  {size / 1e6:.1f} MB")
        print(f"\nslowest interactive callback (median): {worst:.0f} ms — target < 300 ms: "
              f"{'met' if worst < 300 else 'NOT met'}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
