"""The nodes of a parsed query (`query.parse`): what the user asked for,
in terms any backend can answer.

Frozen dataclasses, so a tree can be cached, compared in tests and shared
between threads. Leaves carry the user's text as typed (after
`normalize_fields`), a field (None: the backend's default fields, title
and body) and the user's `^` boost. Analysis (stemming, stop words,
splitting "north-korean" into two words) is the backend's: it knows how
its index was built. Values of the `date` field are ISO prefixes (2015,
2015-04, 2015-04-12) as check_syntax admits them; a backend reads them as
dates.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Union

@dataclass(frozen=True, slots=True)
class Word:
    """A word as typed ("Defectors", "north-korean", "10:30"): the backend
    analyses it, so it may become one term, several (all required), or none
    (a stop word)."""

    text: str
    field: str | None = None
    boost: float = 1.0


@dataclass(frozen=True, slots=True)
class Phrase:
    """Words in quotes; `slop` 1 is adjacent and in order, `"..."~3` lets
    each word stand up to 3 positions after the one before."""

    text: str
    field: str | None = None
    slop: int = 1
    boost: float = 1.0


@dataclass(frozen=True, slots=True)
class Prefix:
    """`defect*`: words starting with `text` (one trailing star)."""

    text: str
    field: str | None = None
    boost: float = 1.0


@dataclass(frozen=True, slots=True)
class Wildcard:
    """A pattern with `*` (any letters) and `?` (one letter) elsewhere
    than at the end: `de*ct`, `s?ul`."""

    text: str
    field: str | None = None
    boost: float = 1.0


@dataclass(frozen=True, slots=True)
class Fuzzy:
    """`word~`, `word~2`, `word~2/3`: words within `maxdist` edits whose
    first `prefix` letters are as typed."""

    text: str
    field: str | None = None
    maxdist: int = 1
    prefix: int = 0
    boost: float = 1.0


@dataclass(frozen=True, slots=True)
class Range:
    """`[a TO b]` (`{`/`}` exclude the end), or `date:>2015` style
    comparisons; an open end is None. On the date field both ends are
    whole periods and included, whatever the brackets or signs say
    (`date:>2015` includes 2015, `date:<2016` all of 2016): what the app
    has always answered."""

    field: str | None
    start: str | None
    end: str | None
    start_excl: bool = False
    end_excl: bool = False
    boost: float = 1.0


@dataclass(frozen=True, slots=True)
class Every:
    """`*:*`: every article."""


@dataclass(frozen=True, slots=True)
class Empty:
    """Nothing (an operator whose both sides vanished, e.g. `NOT AND`)."""


@dataclass(frozen=True, slots=True)
class And:
    """All children (words side by side, or joined by AND)."""

    children: tuple[Node, ...]
    boost: float = 1.0


@dataclass(frozen=True, slots=True)
class Or:
    """Any child."""

    children: tuple[Node, ...]
    boost: float = 1.0


@dataclass(frozen=True, slots=True)
class Not:
    """`NOT x`: articles without x (inside an And: and without x)."""

    child: Node


@dataclass(frozen=True, slots=True)
class AndNot:
    """`a ANDNOT b`: a, minus the articles that match b."""

    positive: Node
    negative: Node


@dataclass(frozen=True, slots=True)
class AndMaybe:
    """`a ANDMAYBE b`: the articles of a; b only adds to the score."""

    required: Node
    optional: Node


@dataclass(frozen=True, slots=True)
class Require:
    """`a REQUIRE b`: articles matching both, scored by a alone."""

    required: Node
    filter: Node


Node = Union[Word, Phrase, Prefix, Wildcard, Fuzzy, Range, Every, Empty, And, Or, Not, AndNot, AndMaybe,
             Require]
LEAVES = (Word, Phrase, Prefix, Wildcard, Fuzzy, Range)


def walk(node: Node):
    """Every node of the tree, parents before children."""
    yield node
    if isinstance(node, (And, Or)):
        for child in node.children:
            yield from walk(child)
    elif isinstance(node, Not):
        yield from walk(node.child)
    elif isinstance(node, (AndNot, AndMaybe, Require)):
        for child in operands(node):
            yield from walk(child)


def operands(node: AndNot | AndMaybe | Require) -> tuple[Node, Node]:
    """The two sides of a binary operator, left first."""
    if isinstance(node, AndNot):
        return node.positive, node.negative
    if isinstance(node, AndMaybe):
        return node.required, node.optional
    return node.required, node.filter
