"""The words a pattern cannot match without: a cheap test before the regex.

Most sentences of an article tell no defection, and asking the one big
alternation of every predicate (~10,000 characters) whether it matches
took a third of extraction time (0.19 ms a sentence). Every predicate
pattern needs one of a few literal strings ("arriv", "defect", "asylum"
...); a sentence holding none of them cannot match, which `str in str`
tells at a fraction of the cost. The strings are read off the compiled
pattern's parse tree, so a new predicate in the data file gets its own
without anyone writing them down (the data file may still give them).
"""

from __future__ import annotations

import re

try:  # the regular expression parser (Python 3.11+ names it re._parser)
    from re import _parser as _sre  # type: ignore[attr-defined]
except ImportError:  # pragma: no cover - older layouts
    import sre_parse as _sre  # type: ignore[no-redef]

_C = _sre  # (the opcodes are re-exported by the parser module)


def required_literals(pattern: str) -> tuple[str, ...] | None:
    """Strings (case-folded) one of which every match of `pattern` holds,
    matched case-insensitively; None when no such set can be read off (the
    pattern is then always asked)."""
    try:
        tree = _sre.parse(pattern, re.IGNORECASE)
    except Exception:  # noqa: BLE001 - an unreadable pattern is simply always asked
        return None
    got = _required(list(tree))
    return tuple(sorted(got)) if got else None


def _required(items: list) -> set[str] | None:
    """One set of strings that a match of this sequence must hold, the most
    selective found (the set whose shortest string is longest)."""
    candidates: list[set[str]] = []
    run: list[str] = []

    def flush() -> None:
        if run:
            candidates.append({"".join(run).casefold()})
            run.clear()

    for op, arg in items:
        if op is _C.LITERAL:
            run.append(chr(arg))
            continue
        flush()
        if op is _C.SUBPATTERN:
            got = _required(list(arg[-1]))
            if got:
                candidates.append(got)
        elif op is _C.BRANCH:
            branches = [_required(list(b)) for b in arg[1]]
            if branches and all(branches):
                candidates.append(set().union(*branches))  # type: ignore[arg-type]
        elif op in (_C.MAX_REPEAT, _C.MIN_REPEAT, getattr(_C, "POSSESSIVE_REPEAT", None)):
            if arg[0] >= 1:
                got = _required(list(arg[2]))
                if got:
                    candidates.append(got)
        # anything else (a class, a boundary, a lookaround, a back-reference)
        # requires no literal string and ends the literal run
    flush()
    if not candidates:
        return None
    return max(candidates, key=lambda c: (min(map(len, c)), -len(c)))


def any_needle(folded: str, needles: tuple[str, ...]) -> bool:
    """Whether the case-folded text holds one of the needles."""
    return any(n in folded for n in needles)
