"""The query language, owned by the core: a query string becomes a tree of
frozen nodes that says what the user asked for and nothing about how an
index answers it.

Why a tree of our own: the syntax users learn (README, "Query syntax")
must not change when the backend does. A backend compiles the tree
(`whoosh_query.py` for Whoosh; an in-memory or a server engine would
walk the same nodes) instead of re-parsing the string with its own rules.

The reading is Whoosh's query language as the app has always configured it
(MultifieldParser over title and body, fuzzy terms, field aliases,
`date:>2015` comparisons), reproduced step by step so that the Whoosh
backend builds exactly the queries it built before (tests/search/
test_query_tree.py compares thousands of random queries). What stays out
of the tree on purpose: analysis (stemming, stop words, splitting
"north-korean" into two words) and the fields an unfielded word searches
(`field=None`): both belong to the backend's index.

The nodes are in `query_tree.py`, the refusals users see (raised by
`parse`) in `query_checks.py`; all are re-exported here. No search library
is imported.
"""

from __future__ import annotations

import re

from .query_checks import (DATE_FIELD, DEFAULT_FIELDS, FIELD_ALIASES, MAX_NESTING, TEXT_FIELDS, USER_FIELDS,
                           QueryError, check_size, check_syntax, normalize_fields)
from .query_tree import (LEAVES, And, AndMaybe, AndNot, Empty, Every, Fuzzy, Node, Not, Or, Phrase, Prefix,
                         Range, Require, Wildcard, Word, operands, walk)

__all__ = ["And", "AndMaybe", "AndNot", "DATE_FIELD", "DEFAULT_FIELDS", "Empty", "Every", "FIELD_ALIASES", "FIELDS",
           "Fuzzy", "LEAVES", "MAX_NESTING", "Node", "Not", "Or", "Phrase", "Prefix", "QueryError", "Range",
           "Require", "TEXT_FIELDS", "USER_FIELDS", "Wildcard", "Word", "check_size", "check_syntax",
           "normalize_fields", "operands", "parse", "walk"]

#: The fields a query can name once aliases are resolved.
FIELDS = frozenset(TEXT_FIELDS + (DATE_FIELD,))

_ALIAS_OF = {alias: field for field, aliases in FIELD_ALIASES.items() for alias in aliases}


# ---------------------------------------------------------------- the reading
#
# The steps of Whoosh's QueryParser as `search.make_parser` configures it,
# in its order (tag, group, boosts, fuzzy, wildcards, aliases, comparisons,
# fields, whitespace, boosts, operators), on lightweight mutable nodes, so
# that odd inputs (`NOT NOT x`, `a OR) AND b`) read as they always have.

_TAGS = re.compile("|".join((
    r"(?P<andnot>(?<=\s)ANDNOT(?=\s))",
    r"(?P<andmaybe>(?<=\s)ANDMAYBE(?=\s))",
    r"(?P<every>[*]:[*])",
    r"(?P<squote>(?:^|(?<=\W))'(?P<sq>.*?)'(?=\s|\]|[)}]|$))",
    r"(?P<fname>(?P<fn>\w+|[*]):)",
    r"(?P<wild>[*?\u055e\u061f\u1367])",
    r'(?P<phrase>"(?P<ph>.*?)"(?:~(?P<slop>[1-9][0-9]*))?)',
    r"(?P<open>[(])",
    r"(?P<close>[)])",
    r"(?P<not>(?:^|(?<=\s|[()]))NOT(?=\s))",
    r"(?P<and>(?<=\s)AND(?=\s))",
    r"(?P<or>(?<=\s)OR(?=\s))",
    r"(?P<require>(?:^|(?<=\s))REQUIRE(?=\s))",
    r"(?P<boost>\^(?P<bv>[0-9]*(?:\.[0-9]+)?)(?:$|(?=[ \t\r\n)])))",
    r"(?P<fuzzy>(?<=\S)~(?P<md>[0-9])?(?:/(?P<pl>[1-9][0-9]*))?)",
    r"(?P<gtlt><=|>=|<|>|=<|=>)",
    r"(?P<range>(?P<ro>[{\[])(?P<rs>'[^']*?'\s+|[^\]}]+?(?=\b[Tt][Oo]\b))?\b[Tt][Oo]\b"
    r"(?P<re>\s+'[^']*?'|[^\]}]+?)?(?P<rc>[}\]]))",
    r"(?P<ws>\s+)",
)))
_OPS = {"not", "and", "or", "andnot", "andmaybe", "require"}
_TEXT = {"word", "phrase", "wild", "prefix", "fuzzy"}  # nodes with a text (Whoosh's TextNode)
_QMARKS = "?\u055e\u061f\u1367"


class _N:
    """A node of the reading: a leaf, a marker (whitespace, `field:`, `^2`,
    `~2`, `>`, brackets) or an operator, told apart by `kind`."""

    __slots__ = ("kind", "text", "field", "boost", "a", "b", "c", "d")

    def __init__(self, kind: str, text: str = "", a=None, b=None, c=None, d=None) -> None:
        self.kind, self.text, self.field, self.boost = kind, text, None, 1.0
        self.a, self.b, self.c, self.d = a, b, c, d


class _G:
    """A group of nodes: a parenthesis or an operator's operands."""

    __slots__ = ("kind", "nodes", "boost")

    def __init__(self, kind: str, nodes: list | None = None) -> None:
        self.kind, self.nodes, self.boost = kind, nodes if nodes is not None else [], 1.0


def _word(text: str) -> _N:
    return _N("word", text)


def _tag(text: str) -> list:
    out: list = []
    pos = prev = 0
    search = _TAGS.search
    while (m := search(text, pos)) is not None:
        start, kind = m.start(), m.lastgroup
        if start > prev:
            out.append(_word(text[prev:start]))
        if kind == "squote":
            node = _word(m.group("sq"))
        elif kind == "fname":
            node = _N("fname", m.group(0), a=m.group("fn"))
        elif kind == "phrase":
            node = _N("phrase", m.group("ph"), a=int(m.group("slop") or 1))
        elif kind == "boost":
            try:
                node = _N("boostmark", m.group(0), a=float(m.group("bv")))
            except ValueError:  # "^" alone is a word
                node = _word(m.group(0))
        elif kind == "fuzzy":
            node = _N("fuzzmark", m.group(0), a=int(m.group("md") or 1), b=int(m.group("pl") or 0))
        elif kind == "range":
            lo, hi = m.group("rs"), m.group("re")
            if lo:
                lo = lo.rstrip()
                lo = lo[1:-1] if lo.startswith("'") and lo.endswith("'") else lo
            if hi:
                hi = hi.lstrip()
                hi = hi[1:-1] if hi.startswith("'") and hi.endswith("'") else hi
            node = _N("range", a=lo, b=hi, c=m.group("ro") == "{", d=m.group("rc") == "}")
        elif kind in ("wild", "gtlt"):
            node = _N(kind, m.group(0))
        else:  # every, open, close, ws, operators
            node = _N(kind)
        out.append(node)
        pos = prev = m.end()
    if prev < len(text):
        out.append(_word(text[prev:]))
    return out


def _group(flat: list) -> _G:
    """Parentheses into groups (balanced: check_syntax saw to it)."""
    stack = [_G("and")]
    for node in flat:
        if node.kind == "open":
            stack.append(_G("and"))
        elif node.kind == "close":
            if len(stack) > 1:
                last = stack.pop()
                stack[-1].nodes.append(last)
        else:
            stack[-1].nodes.append(node)
    top = stack[0]
    for level in stack[1:]:
        top.nodes.extend(level.nodes)
    if len(top.nodes) == 1 and isinstance(top.nodes[0], _G):
        top = top.nodes[0]
        top.boost = 1.0
    return top


def _has_boost(node) -> bool:
    return isinstance(node, _G) or node.kind in _TEXT or node.kind == "range"


def _to_word(node: _N) -> _N:
    return _word(node.text)


def _clean_boosts(top: _G) -> None:
    """`^2` after a space or at the start is a word (top level only)."""
    nodes = top.nodes
    for i, node in enumerate(nodes):
        if isinstance(node, _N) and node.kind == "boostmark" and (not i or not _has_boost(nodes[i - 1])):
            nodes[i] = _to_word(node)


def _fuzzy(group: _G) -> _G:
    """`word` + `~2/3` -> one fuzzy leaf; a stray `~` is a word."""
    nodes, out, i = group.nodes, [], 0
    while i < len(nodes):
        node = nodes[i]
        if isinstance(node, _G):
            node = _fuzzy(node)
        elif node.kind == "word" and i < len(nodes) - 1:
            mark = nodes[i + 1]
            if isinstance(mark, _N) and mark.kind == "fuzzmark":
                fuzzy = _N("fuzzy", node.text, a=mark.a, b=mark.b)
                fuzzy.field, fuzzy.boost = node.field, node.boost
                node = fuzzy
                i += 1
        elif node.kind == "fuzzmark":
            node = _to_word(node)
        out.append(node)
        i += 1
    group.nodes = out
    return group


def _is_text(node) -> bool:
    return isinstance(node, _N) and node.kind in _TEXT


def _wildcards(group: _G) -> None:
    """A `*` or `?` joins the text on either side into one pattern; one
    trailing star alone makes a prefix."""
    nodes, i = group.nodes, 0
    while i < len(nodes):
        node = nodes[i]
        if isinstance(node, _N) and node.kind == "wild":
            if i < len(nodes) - 1 and _is_text(nodes[i + 1]):
                node.text += nodes.pop(i + 1).text
            if i > 0 and _is_text(nodes[i - 1]):
                node.text = nodes.pop(i - 1).text + node.text
            else:
                i += 1
        else:
            if isinstance(node, _G):
                _wildcards(node)
            i += 1
    for node in nodes:
        if isinstance(node, _N) and node.kind == "wild":
            text = node.text
            if len(text) > 1 and "[" not in text and not any(q in text for q in _QMARKS) \
                    and text.find("*") == len(text) - 1:
                node.kind, node.text = "prefix", text[:-1]


def _aliases(group: _G) -> None:
    for node in group.nodes:
        if isinstance(node, _G):
            _aliases(node)
        elif node.kind == "fname" and node.a in _ALIAS_OF:
            node.a = _ALIAS_OF[node.a]


_RELATIONS = {"<": (False, True, False), ">": (True, True, False), "<=": (False, False, False),
              "=<": (False, False, False), ">=": (True, False, False), "=>": (True, False, False)}


def _comparisons(group: _G) -> _G:
    """`field:>value` -> an open range; a `<`/`>` anywhere else vanishes."""
    nodes, out, i = group.nodes, [], 0
    last = len(nodes) - 1
    while i < len(nodes):
        node = nodes[i]
        if isinstance(node, _G):
            out.append(_comparisons(node))
        elif node.kind == "gtlt":
            # (Whoosh fails with an IndexError on a comparison that opens a
            # group, e.g. ">2015 x"; here it vanishes like any stray one.)
            if i < last and out and isinstance(out[-1], _N) and out[-1].kind == "fname" and _is_text(nodes[i + 1]):
                lower, excl_lo, excl_hi = _RELATIONS[node.text]
                value = nodes[i + 1].text
                out.append(_N("range", a=value if lower else None, b=None if lower else value,
                              c=excl_lo, d=excl_hi))
                i += 1
        else:
            out.append(node)
        i += 1
    group.nodes = out
    return group


def _set_field(node, field: str) -> None:
    if isinstance(node, _G):
        for child in node.nodes:
            _set_field(child, field)
    elif node.field is None and (node.kind in _TEXT or node.kind == "range"):
        node.field = field


def _fields(group: _G) -> _G:
    """`field:` applies to the node after it (a group: to its leaves); one
    that names no field is text again."""
    merged, pending = [], []
    for node in group.nodes:
        if isinstance(node, _N) and node.kind == "fname" and node.a not in FIELDS:
            pending.append(node)
            continue
        if pending:
            original = "".join(p.text for p in pending)
            if _is_text(node):
                node.text = original + node.text
            else:
                merged.append(_word(original))
            pending = []
        merged.append(node)
    if pending:
        merged.append(_word("".join(p.text for p in pending)))
    out, i = [], len(merged)
    while i > 0:
        i -= 1
        node = merged[i]
        if isinstance(node, _G):
            node = _fields(node)
        elif node.kind == "fname":
            node = _to_word(node)
        if i > 0 and not (isinstance(node, _N) and node.kind == "ws"):
            before = merged[i - 1]
            if isinstance(before, _N) and before.kind == "fname":
                _set_field(node, before.a)
                i -= 1
        out.append(node)
    out.reverse()
    group.nodes = out
    return group


def _no_space(group: _G) -> None:
    group.nodes = [n for n in group.nodes if isinstance(n, _G) or n.kind != "ws"]
    for node in group.nodes:
        if isinstance(node, _G):
            _no_space(node)


def _boosts(group: _G) -> None:
    """`x^2` boosts x; a `^2` with nothing to boost is a word."""
    out: list = []
    for node in group.nodes:
        if isinstance(node, _G):
            _boosts(node)
        elif node.kind == "boostmark":
            if out and _has_boost(out[-1]):
                out[-1].boost = node.a
                continue
            node = _to_word(node)
        out.append(node)
    group.nodes = out


def _operators(group: _G) -> _G:
    """NOT binds tightest, then AND, OR, ANDNOT, ANDMAYBE, REQUIRE; each
    left to right; an operator missing an operand vanishes."""
    nodes = group.nodes
    for op in ("not", "and", "or", "andnot", "andmaybe", "require"):
        i = 0
        while i < len(nodes):
            node = nodes[i]
            if not (isinstance(node, _N) and node.kind == op):
                i += 1
                continue
            length = len(nodes)
            if op == "not":
                del nodes[i]
                if i < length - 1:
                    nodes[i] = _G("not", [nodes[i]])
            elif 0 < i < length - 1:
                left, right = nodes[i - 1], nodes[i + 1]
                # (a boosted parenthesis does not take in its neighbour: in
                # Whoosh `(a b)^2 AND c` boosts c too)
                if op in ("and", "or") and isinstance(left, _G) and left.kind == op and left.boost == 1.0:
                    left.nodes.append(right)
                    del nodes[i:i + 2]
                else:
                    nodes[i - 1:i + 2] = [_G(op, [left, right])]
            else:
                del nodes[i]
    for i, node in enumerate(nodes):
        if isinstance(node, _G):
            nodes[i] = _operators(node)
    return group


_LEAF = {"word": Word, "phrase": Phrase, "prefix": Prefix, "wild": Wildcard, "fuzzy": Fuzzy}
_BINARY = {"andnot": AndNot, "andmaybe": AndMaybe, "require": Require}


def _freeze(node) -> Node | None:
    if isinstance(node, _N):
        kind = node.kind
        if kind == "word" or kind == "prefix" or kind == "wild":
            return _LEAF[kind](node.text, node.field, node.boost)
        if kind == "phrase":
            return Phrase(node.text, node.field, node.a, node.boost)
        if kind == "fuzzy":
            return Fuzzy(node.text, node.field, node.a, node.b, node.boost)
        if kind == "range":
            return Range(node.field, node.a, node.b, node.c, node.d, node.boost)
        if kind == "every":
            return Every()
        return None  # (no marker or operator is left by now)
    kind = node.kind
    if kind == "and" or kind == "or":
        children = tuple(c for c in map(_freeze, node.nodes) if c is not None)
        return (And if kind == "and" else Or)(children, node.boost)
    if kind == "not":
        child = _freeze(node.nodes[0]) if node.nodes else None
        return Not(child) if child is not None else None
    a, b = _freeze(node.nodes[0]), _freeze(node.nodes[1])
    if a is None or b is None:
        return Empty() if a is None and b is None else (a if b is None else b)
    return _BINARY[kind](a, b)


def read(text: str) -> Node:
    """The tree of a query that passed check_syntax and normalize_fields."""
    top = _group(_tag(text))
    _clean_boosts(top)
    _fuzzy(top)
    _wildcards(top)
    _aliases(top)
    _comparisons(top)
    _fields(top)
    _no_space(top)
    _boosts(top)
    return _freeze(_operators(top)) or And(())


def parse(text: str) -> Node:
    """The tree of a query, or QueryError with what to fix."""
    check_syntax(text)
    return read(normalize_fields(text))
