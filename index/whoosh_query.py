"""The Whoosh side of the query language: a neutral tree (`query.parse`)
compiled into Whoosh query objects.

The compiled query is the one Whoosh's own QueryParser built for the
same string when the app configured it (`search.make_parser`, kept as the
reference): words analysed by each field's analyzer (stems, stop words
dropped, "north-korean" as both words), an unfielded leaf searched in
title (boost 2) or body, dates read by the DATETIME field. So the fast
evaluator (`term_eval.py`), the bounded expansions and "did you mean" see
the Whoosh objects they always saw. tests/search/test_query_tree.py holds
the two to equality on thousands of random queries.
"""

from __future__ import annotations

import sys

from whoosh import query as wq
from whoosh.fields import Schema
from whoosh.qparser.common import QueryParserError, get_single_text
from whoosh.analysis.tokenizers import IDTokenizer

from .query import (And, AndMaybe, AndNot, DEFAULT_FIELDS, Empty, Every, Fuzzy, Node, Not, Or, Phrase,
                    Prefix, Range, Require, Wildcard, Word, operands)

#: An unfielded word searches these fields with these boosts (a title hit
#: counts double).
FIELD_BOOSTS: dict[str, float] = {"title": 2.0, "body": 1.0}
assert tuple(FIELD_BOOSTS) == DEFAULT_FIELDS

_BINARY = {AndNot: wq.AndNot, AndMaybe: wq.AndMaybe, Require: wq.Require}


def compile_query(tree: Node, schema: Schema) -> wq.Query:
    """The normalised Whoosh query of a parsed query (NullQuery when
    nothing is left, e.g. only stop words)."""
    q = _Compiler(schema).node(tree)
    if not q:
        q = wq.NullQuery
    return q.normalize()


class _Compiler:
    """One compilation: the schema and its default fields."""

    __slots__ = ("schema", "defaults")

    def __init__(self, schema: Schema) -> None:
        self.schema = schema
        self.defaults = tuple(FIELD_BOOSTS.items())

    def node(self, node: Node) -> wq.Query | None:
        """A node's query; None where the reference parser had none (a stop
        word, an emptied NOT), which the enclosing group leaves out."""
        kind = type(node)
        if kind is And or kind is Or:
            subs = [q for q in map(self.node, node.children) if q is not None]
            return (wq.And if kind is And else wq.Or)(subs, boost=node.boost)
        if kind is Not:
            q = self.node(node.child)
            return wq.Not(q) if q else None  # (an empty Or is false: NOT of it is nothing)
        if kind in _BINARY:
            a, b = (self.node(n) for n in operands(node))
            if a is None or b is None:
                return wq.NullQuery if a is None and b is None else (a if b is None else b)
            return _BINARY[kind](a, b)
        if kind is Every:
            return wq.Every()
        if kind is Empty:
            return wq.NullQuery
        if node.field is not None:
            return self.leaf(node, node.field, node.boost)
        # an unfielded leaf: any of the default fields, the user's boost on the group
        subs = [q for f, fb in self.defaults if (q := self.leaf(node, f, fb)) is not None]
        return wq.Or(subs, boost=node.boost)

    def leaf(self, node: Node, field: str, boost: float) -> wq.Query | None:
        kind = type(node)
        if kind is Word:
            return self.term(field, node.text, wq.Term, boost, tokenize=True, removestops=True)
        if kind is Phrase:
            return self.phrase(node, field, boost)
        if kind is Prefix:
            return self.term(field, node.text, wq.Prefix, boost)
        if kind is Wildcard:
            return self.term(field, node.text, wq.Wildcard, boost)
        if kind is Fuzzy:
            q = self.term(field, node.text, wq.FuzzyTerm, boost)
            if q is not None:
                q.maxdist, q.prefixlength = node.maxdist, node.prefix
            return q
        if kind is Range:
            return self.range(node, field, boost)
        raise TypeError(f"not a query leaf: {node!r}")

    def term(self, fieldname: str, text: str, termclass, boost: float, tokenize: bool = False,
             removestops: bool = False) -> wq.Query | None:
        """QueryParser.term_query: the field's own parsing (dates), else its
        analysis; several tokens are all required, none is no query."""
        field = self.schema[fieldname] if fieldname in self.schema else None
        if field is None:
            return termclass(fieldname, text, boost=boost)
        if field.self_parsing():
            try:
                return field.parse_query(fieldname, text, boost=boost)
            except Exception:  # noqa: BLE001 - as QueryParser: an unreadable value matches nothing
                return wq.error_query(sys.exc_info()[1])
        texts = list(field.process_text(text, mode="query", tokenize=tokenize, removestops=removestops))
        if len(texts) > 1:
            return _multitoken(field.multitoken_query, texts, fieldname, termclass, boost)
        if not texts:
            return None
        return termclass(fieldname, texts[0], boost=boost)

    def phrase(self, node: Phrase, fieldname: str, boost: float) -> wq.Query:
        field = self.schema[fieldname] if fieldname in self.schema else None
        if field is not None and _atomic(field):
            return field.parse_query(fieldname, node.text, boost=boost)  # date:"2015"
        if field is not None and field.analyzer:
            words, ranges = [], []
            for t in field.tokenize(node.text, mode="query", chars=True):
                words.append(t.text)
                ranges.append((t.startchar, t.endchar))
        elif field is not None:
            words = list(field.process_text(node.text, mode="query"))
            ranges = [(None, None)] * len(words)
        else:
            words = node.text.split()
            ranges = []
        # (char_ranges are offsets in the phrase, not in the query: only Whoosh's highlighter read them;
        # degrade: a field without positions (title, body) is checked on the text by term_eval, and
        # only a query it leaves to Whoosh reads such a phrase as all of its words)
        return wq.Phrase(fieldname, words, slop=node.slop, boost=boost, char_ranges=ranges, degrade=True)

    def range(self, node: Range, fieldname: str, boost: float) -> wq.Query:
        start, end = node.start, node.end
        field = self.schema[fieldname] if fieldname in self.schema else None
        if field is not None:
            if field.self_parsing():
                try:
                    q = field.parse_range(fieldname, start, end, node.start_excl, node.end_excl, boost=boost)
                    if q is not None:
                        return q
                except QueryParserError:
                    return wq.error_query(sys.exc_info()[1])
            if start:
                start = get_single_text(field, start, tokenize=False, removestops=False)
            if end:
                end = get_single_text(field, end, tokenize=False, removestops=False)
        return wq.TermRange(fieldname, start, end, node.start_excl, node.end_excl, boost=boost)


def _atomic(field) -> bool:
    """A field that reads a quoted value whole (DATETIME: `date:"2015"`),
    as QueryParser's PhrasePlugin decides it."""
    return field.self_parsing() and (getattr(field, "analyzer", None) is None
                                     or isinstance(field.analyzer, IDTokenizer))


def _multitoken(spec: str, texts: list[str], fieldname: str, termclass, boost: float) -> wq.Query:
    """QueryParser.multitoken_query: what a word that analyses to several
    tokens means ("default": all of them, as words side by side)."""
    spec = spec.lower()
    if spec == "first":
        return termclass(fieldname, texts[0], boost=boost)
    if spec == "phrase":
        return wq.Phrase(fieldname, texts, boost=boost)
    cls = {"default": wq.And, "and": wq.And, "or": wq.Or}.get(spec)
    if cls is None:
        raise QueryParserError(f"Unknown multitoken_query value {spec!r}")
    return cls([termclass(fieldname, t, boost=boost) for t in texts])
