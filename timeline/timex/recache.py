"""The grammar's compiled regexes, kept across runs the way Python keeps bytecode.

Compiling the candidate grammar (tens of thousands of pattern characters) takes
Python's regex parser and compiler a sizeable part of a short run.  `compile`
stores what `re` compiles a pattern to (its opcode list and group tables) in
`__pycache__/timex-regex.<python tag>.marshal` next to this module (unless Python
writes no bytecode either: -B, PYTHONDONTWRITEBYTECODE) and, in later runs, hands
the stored code straight to the regex engine, which validates it.

The store is keyed by the exact Python build and regex-engine version and by the
pattern text itself, so an edited pattern is simply compiled afresh.  Anything
unexpected (no write access, a different engine, a corrupt file) falls back to
plain `re.compile`: the result is always the same compiled pattern.
"""
from __future__ import annotations

import atexit
import marshal
import os
import re
import sys
import zlib
from pathlib import Path

try:
    import _sre
    from re import _compiler, _parser

    _KEY = (sys.version, sys.implementation.cache_tag or "", _sre.MAGIC, _sre.CODESIZE, _sre.MAXREPEAT,
            _sre.MAXGROUPS)
except (ImportError, AttributeError):  # pragma: no cover - another regex engine
    _sre = None
    _KEY = None

_PATH = Path(__file__).resolve().with_name("__pycache__") / f"timex-regex.{sys.implementation.cache_tag}.marshal"
_store: dict | None = None
_used: set = set()  # the keys this run asked for
_dirty = False
_MAX_ENTRIES = 150  # beyond this, entries this run did not use (patterns edited since) are dropped


def _load() -> dict:
    global _store
    if _store is None:
        _store = {}
        try:
            with open(_PATH, "rb") as f:
                key, crc, payload = marshal.loads(f.read())  # (marshal.load reads a file piecemeal: slow)
            if key == _KEY and crc == zlib.crc32(payload):  # a damaged file is ignored, not trusted
                entries = marshal.loads(payload)
                if isinstance(entries, dict):
                    _store = entries
        except Exception:  # missing, unreadable or from another version: start afresh
            pass
    return _store


def _save() -> None:
    if not _dirty or _store is None:
        return
    entries = _store
    if len(entries) > _MAX_ENTRIES:
        entries = {k: v for k, v in entries.items() if k in _used}
    tmp = None
    try:
        _PATH.parent.mkdir(exist_ok=True)
        tmp = _PATH.with_name(f"{_PATH.name}.{os.getpid()}.tmp")
        with open(tmp, "wb") as f:
            payload = marshal.dumps(entries)
            f.write(marshal.dumps((_KEY, zlib.crc32(payload), payload)))
        os.replace(tmp, _PATH)
    except Exception:  # read-only installation: compile every run, as before
        try:
            if tmp is not None:
                tmp.unlink()
        except Exception:
            pass


def compile(pattern: str, flags: int = 0) -> re.Pattern:  # noqa: A001 - mirrors re.compile
    """`re.compile(pattern, flags)`, from the store when it holds the pattern."""
    global _dirty
    if _KEY is None:
        return re.compile(pattern, flags)
    store = _load()
    _used.add((pattern, flags))
    entry = store.get((pattern, flags))
    if entry is not None:
        try:
            rx = _sre.compile(pattern, entry[0], entry[1], entry[2], entry[3], entry[4])
            if rx.pattern == pattern and rx.groups == entry[2]:
                return rx
        except Exception:  # a stale or damaged entry: compile afresh
            pass
    try:
        p = _parser.parse(pattern, flags)
        code = _compiler._code(p, flags)
        groupindex = dict(p.state.groupdict)
        indexgroup = [None] * p.state.groups
        for k, i in groupindex.items():
            indexgroup[i] = k
        args = (int(flags | p.state.flags), [int(c) for c in code], int(p.state.groups - 1), groupindex,
                tuple(indexgroup))
        rx = _sre.compile(pattern, *args)
    except re.error:
        raise
    except Exception:  # the engine's internals differ from what this module knows
        return re.compile(pattern, flags)
    if not _dirty and not sys.dont_write_bytecode:  # written when bytecode is (PYTHONDONTWRITEBYTECODE, -B)
        atexit.register(_save)
    store[(pattern, flags)] = args
    _dirty = True
    return rx
