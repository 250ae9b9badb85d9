"""The characters each grammar rule can begin with, worked out from its regex.

Not imported when tagging: `grammar.FIRST_CHARS` holds the result as a table
(parsing every rule at start-up would cost as much as compiling it), and
`tests/test_timex_grammar.py` checks that the table is still what this module
computes.  Run `python -m timeline.timex.firstchars` to print a fresh table.

The table lets the tagger skip at once the rules that cannot match where a
candidate begins (`candidates.py` only yields positions starting with an ASCII
letter or digit or an apostrophe).  The sets are supersets: assertions are
ignored, and case-insensitive parts admit both cases.
"""
from __future__ import annotations

import re
from re import _constants as K
from re import _parser as P

# every character a candidate position can start with
ALPHABET = "".join(chr(i) for i in range(33, 127)) + "\u2019"
_CAT = {K.CATEGORY_DIGIT: r"\d", K.CATEGORY_NOT_DIGIT: r"\D", K.CATEGORY_SPACE: r"\s",
        K.CATEGORY_NOT_SPACE: r"\S", K.CATEGORY_WORD: r"\w", K.CATEGORY_NOT_WORD: r"\W"}


def _in_class(items, c: str) -> bool:
    neg = hit = False
    for op, av in items:
        if op is K.NEGATE:
            neg = True
        elif op is K.LITERAL:
            hit |= chr(av) == c
        elif op is K.RANGE:
            hit |= av[0] <= ord(c) <= av[1]
        elif op is K.CATEGORY:
            hit |= re.match(_CAT[av], c) is not None
        else:  # an unknown class item: admit everything
            return True
    return hit != neg


def _first(seq, ic: bool) -> tuple[set[str], bool]:
    """(characters the sequence can begin with, whether it can match the empty string)."""
    out: set[str] = set()

    def forms(c: str):
        return {c, c.lower(), c.upper()} if ic else {c}

    for op, av in seq:
        if op is K.LITERAL:
            return out | {c for c in ALPHABET if chr(av) in forms(c)}, False
        if op is K.NOT_LITERAL:
            return out | {c for c in ALPHABET if any(ord(v) != av for v in forms(c))}, False
        if op is K.IN:
            return out | {c for c in ALPHABET if any(_in_class(av, v) for v in forms(c))}, False
        if op is K.CATEGORY:
            return out | {c for c in ALPHABET if re.match(_CAT[av], c)}, False
        if op in (K.AT, K.ASSERT, K.ASSERT_NOT):
            continue  # zero width
        if op is K.SUBPATTERN:
            _group, add, drop, sub = av
            s, empty = _first(sub, (ic or bool(add & K.SRE_FLAG_IGNORECASE)) and not drop & K.SRE_FLAG_IGNORECASE)
        elif op is K.BRANCH:
            s, empty = set(), False
            for alt in av[1]:
                s2, e2 = _first(alt, ic)
                s |= s2
                empty |= e2
        elif op in (K.MAX_REPEAT, K.MIN_REPEAT, K.POSSESSIVE_REPEAT):
            lo, _hi, sub = av
            s, empty = _first(sub, ic)
            empty = empty or lo == 0
        elif op is K.ATOMIC_GROUP:
            s, empty = _first(av, ic)
        else:  # ANY, back references, conditionals...: anything
            return set(ALPHABET), True
        out |= s
        if not empty:
            return out, False
    return out, True


def first_chars(pattern: str) -> str:
    """The characters of ALPHABET a match of `pattern` can begin with, sorted."""
    parsed = P.parse(pattern)
    s, empty = _first(parsed, bool(parsed.state.flags & K.SRE_FLAG_IGNORECASE))
    return "".join(sorted(ALPHABET if empty else s))


def table(rules) -> dict[str, str]:
    return {rl.name: first_chars(rl.pattern) for rl in rules}


if __name__ == "__main__":  # pragma: no cover
    from .grammar import RULES

    print("FIRST_CHARS = {")
    for name, chars in table(RULES).items():
        print(f"    {name!r}: {chars!r},")
    print("}")
