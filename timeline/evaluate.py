"""Scoring the temporal tagger on TimeML (.tml) files: `timeline eval PATH... [--errors]`.

For each file the text is the content of <TEXT> with its tags removed, the
reference date is the document creation (or publication) time, and the gold
expressions are its TIMEX3 elements.  The tagger's expressions are matched one
to one with the gold by largest character overlap, TempEval-3 style:

- strict:   same start and end
- relaxed:  any overlap
- value:    relaxed match with the same TIMEX3 value (a time of day counts as
            right when the day is, whatever clock reading is given)
- type:     accuracy of DATE/TIME/DURATION/SET over relaxed matches
"""
from __future__ import annotations

import argparse
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path
from xml.etree import ElementTree as ET

_DCT_FUNCTIONS = ("CREATION_TIME", "PUBLICATION_TIME")


@dataclass
class GoldDoc:
    name: str
    text: str
    published: str | None
    gold: list[dict] = field(default_factory=list)


def _flatten(node, parts: list[str], spans: list, offset: list[int]) -> None:
    """Text of `node` without tags, recording the character span of every TIMEX3 inside."""
    if node.text:
        parts.append(node.text)
        offset[0] += len(node.text)
    for child in node:
        start = offset[0]
        _flatten(child, parts, spans, offset)
        if child.tag == "TIMEX3":
            spans.append((start, offset[0], dict(child.attrib)))
        if child.tail:
            parts.append(child.tail)
            offset[0] += len(child.tail)


def load_tml(path: Path) -> GoldDoc:
    root = ET.parse(path).getroot()
    published = None
    for t in root.iter("TIMEX3"):
        if t.get("functionInDocument") in _DCT_FUNCTIONS and t.get("value"):
            published = t.get("value")[:10]
            break
    text_el = root.find(".//TEXT")
    if text_el is None:
        raise ValueError("no <TEXT> element")
    parts: list[str] = []
    spans: list = []
    _flatten(text_el, parts, spans, [0])
    gold = [dict(start=s, end=e, value=a.get("value", ""), type=a.get("type", "")) for s, e, a in spans]
    return GoldDoc(path.stem, "".join(parts), published, gold)


def _overlap(a, b) -> int:
    return min(a["end"], b["end"]) - max(a["start"], b["start"])


def _same_value(gold_value: str, sys_value: str) -> bool:
    g, s = gold_value.strip().upper(), (sys_value or "").strip().upper()
    if g == s:
        return True
    return g[10:11] == "T" and s[:11] == g[:11]  # a time of day: the right day is enough


def match(gold: list[dict], system: list[dict]):
    """One-to-one pairs by largest overlap; returns (pairs, unmatched gold, unmatched system)."""
    cands = sorted(((_overlap(g, s), gi, si) for gi, g in enumerate(gold) for si, s in enumerate(system)
                    if _overlap(g, s) > 0), reverse=True)
    used_g, used_s, pairs = set(), set(), []
    for _, gi, si in cands:
        if gi not in used_g and si not in used_s:
            used_g.add(gi)
            used_s.add(si)
            pairs.append((gi, si))
    misses = [g for i, g in enumerate(gold) if i not in used_g]
    extras = [s for i, s in enumerate(system) if i not in used_s]
    return pairs, misses, extras


def _prf(tp: int, n_sys: int, n_gold: int) -> tuple[float, float, float]:
    p = tp / n_sys if n_sys else 0.0
    r = tp / n_gold if n_gold else 0.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def _files(paths: list[str]) -> tuple[list[Path], list[str]]:
    files, problems = [], []
    for p in map(Path, paths):
        if p.is_dir():
            files.extend(sorted(p.rglob("*.tml")))
        elif p.is_file():
            files.append(p)
        else:
            problems.append(f"{p}: no such file or folder")
    return files, problems


def evaluate(paths: list[str], errors: bool = False, out=None) -> dict:
    """Score the tagger on the .tml files under `paths`; print the report to `out`."""
    from .timex import tag

    out = out or sys.stdout
    files, problems = _files(paths)
    totals = dict(gold=0, system=0, strict=0, relaxed=0, value=0, type=0, chars=0)
    lines = []
    t0 = time.perf_counter()
    for f in files:
        try:
            doc = load_tml(f)
        except (ET.ParseError, ValueError, OSError) as e:
            problems.append(f"{f}: {e}")
            continue
        system = [t.to_json() for t in tag(doc.text, doc.published)]
        pairs, misses, extras = match(doc.gold, system)
        totals["gold"] += len(doc.gold)
        totals["system"] += len(system)
        totals["chars"] += len(doc.text)
        for gi, si in pairs:
            g, s = doc.gold[gi], system[si]
            totals["relaxed"] += 1
            totals["strict"] += (g["start"], g["end"]) == (s["start"], s["end"])
            totals["type"] += s["type"].upper() == g["type"].upper()
            if _same_value(g["value"], s["value"]):
                totals["value"] += 1
            elif errors:
                lines.append(f"VALUE {doc.name}: '{doc.text[g['start']:g['end']]}' gold {g['value']} "
                             f"got {s['value']} ('{s['text']}')")
        if errors:
            lines += [f"MISS  {doc.name}: '{doc.text[g['start']:g['end']]}' gold {g['value']}" for g in misses]
            lines += [f"EXTRA {doc.name}: '{s['text']}' -> {s['value']}" for s in extras]
    secs = time.perf_counter() - t0
    for line in lines:
        print(line, file=out)
    for p in problems:
        print(f"problem: {p}", file=out)
    n = len(files) - sum(1 for p in problems if not p.endswith("no such file or folder"))
    sp, sr, sf = _prf(totals["strict"], totals["system"], totals["gold"])
    rp, rr, rf = _prf(totals["relaxed"], totals["system"], totals["gold"])
    vp, vr, vf = _prf(totals["value"], totals["system"], totals["gold"])
    type_acc = totals["type"] / totals["relaxed"] if totals["relaxed"] else 0.0
    print(f"files {n} chars {totals['chars']} gold {totals['gold']} system {totals['system']} "
          f"seconds {secs:.2f}", file=out)
    print(f"strict   P {sp:.3f} R {sr:.3f} F1 {sf:.3f}", file=out)
    print(f"relaxed  P {rp:.3f} R {rr:.3f} F1 {rf:.3f}", file=out)
    print(f"value    P {vp:.3f} R {vr:.3f} F1 {vf:.3f}", file=out)
    print(f"type accuracy {type_acc:.3f}", file=out)
    return dict(totals, files=n, problems=problems, strict_f1=sf, relaxed_f1=rf, value_f1=vf, type_accuracy=type_acc)


def main(argv: list[str]) -> int:
    ap = argparse.ArgumentParser(prog="timeline eval", description="score the tagger on TimeML .tml files")
    ap.add_argument("paths", nargs="+", metavar="PATH", help=".tml files or folders holding them")
    ap.add_argument("--errors", action="store_true", help="list every miss, spurious and wrong value")
    args = ap.parse_args(argv)
    result = evaluate(args.paths, errors=args.errors)
    return 0 if result["files"] else 1


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main(sys.argv[1:]))
