"""Whoosh schema, the post-processing of compiled queries (bounded
expansions, hit terms) and highlighting as character offsets. The query
language itself is `query.py`, compiled by `whoosh_query.py`.

Highlights are computed here, not with Whoosh's highlighter: we tokenise
only the one window of text we show, with the same analyzer the index used,
and return `(start, end)` spans, so no markup ever exists to be injected
and long articles keep their highlights past Whoosh's 32K fragment limit.
"""

from __future__ import annotations

import datetime as dt
import re
import warnings
from collections.abc import Iterable
from functools import lru_cache
from pathlib import Path

warnings.filterwarnings("ignore", category=SyntaxWarning, module=r"whoosh(\..*)?")

from whoosh import fields, qparser, query  # noqa: E402
from rapidfuzz import process  # noqa: E402

from rapidfuzz.distance import DamerauLevenshtein  # noqa: E402
from whoosh.analysis import StandardAnalyzer, StemmingAnalyzer  # noqa: E402
from whoosh.matching import WrappingMatcher  # noqa: E402
from whoosh.query.spans import Span, SpanNear2  # noqa: E402

from .analysis import TOKEN_RE as _TOKEN_RE, Snippet, make_snippet, opening, stem as _stem, term_spans  # noqa: E402,F401
from .analysis import terms as analysed  # noqa: E402
from .phrase_checks import keeps_positions  # noqa: E402
from .query_checks import DEFAULT_FIELDS, FIELD_ALIASES  # noqa: E402
from .spelling_words import SPELLED_FIELDS, read_words  # noqa: E402
from .whoosh_fields import AnalysedKeyword, AnalysedText  # noqa: E402

SCHEMA_VERSION = "10"  # 10: one row of spans an article, incidents by (article, seq) (db.py); 9: no positions

ENTITY_FIELDS = ("person", "org", "place", "role", "source")
# Each whole entity name also as one keyword ("ministry of unification"), so
# that person:"..." / org:"..." / place:"..." is a few term look-ups, not a
# position check in every article that has the words (0.2 s at 10,000).
NAME_FIELDS = {"person": "person_name", "org": "org_name", "place": "place_name"}
#: The name under which `Lexicons` holds the words of the spelling list (no field has it).
SPELLING_SOURCE = "\x00spelling"


def make_schema() -> fields.Schema:
    stem = StemmingAnalyzer()
    names = StandardAnalyzer(stoplist=None)
    return fields.Schema(
        id=fields.ID(stored=True, unique=True, sortable=True),
        # (no positions: a phrase of title or body is checked on the stored text, term_eval.py)
        title=AnalysedText(analyzer=stem, field_boost=2.0, phrase=False),
        body=AnalysedText(analyzer=stem, phrase=False),
        person=AnalysedText(analyzer=names),
        org=AnalysedText(analyzer=names),
        place=AnalysedText(analyzer=names),
        role=AnalysedText(analyzer=stem),
        source=AnalysedText(analyzer=names),
        date=fields.DATETIME(sortable=True),
        # YYYYMMDD, 0 when undated: newest first puts undated articles last
        sortdate=fields.NUMERIC(int, bits=32, sortable=True, stored=False),
        **{key: AnalysedKeyword(commas=True, scorable=True) for key in NAME_FIELDS.values()},
    )


_NAME_ANALYZER = StandardAnalyzer(stoplist=None)


@lru_cache(maxsize=1 << 16)
def name_key(name: str) -> str:
    """A name as the words the entity fields index, space-joined: the
    keyword under which NAME_FIELDS hold it. (Kept: an article's names
    are asked twice and an archive's recur, and each ask ran Whoosh's
    analyzer, 0.4 ms of an article's preparation in the workers.)"""
    return " ".join(t.text for t in _NAME_ANALYZER(name))


def sort_value(iso: str) -> int:
    """ISO prefix -> YYYYMMDD with missing parts as 00; 0 when undated."""
    parts = (iso or "").split("-")
    try:
        y = int(parts[0])
        m = int(parts[1]) if len(parts) > 1 else 0
        d = int(parts[2]) if len(parts) > 2 else 0
    except ValueError:
        return 0
    return y * 10000 + m * 100 + d


def date_value(iso: str) -> dt.datetime | None:
    """ISO prefix -> the first instant it names, for the DATETIME field."""
    if not iso:
        return None
    parts = [int(p) for p in iso.split("-")]
    try:
        return dt.datetime(parts[0], parts[1] if len(parts) > 1 else 1, parts[2] if len(parts) > 2 else 1)
    except (ValueError, IndexError):
        return None


def make_parser(schema: fields.Schema) -> qparser.QueryParser:
    """Whoosh's own parser as the app configured it before the query
    language moved to `query.py`: the reference that tests hold
    `whoosh_query.compile_query(query.parse(q))` equal to (and the oracle's
    reader in the exact-answer tests). The app does not use it."""
    parser = qparser.MultifieldParser(list(DEFAULT_FIELDS), schema,
                                      fieldboosts={"title": 2.0, "person": 1.5})
    parser.add_plugin(qparser.FuzzyTermPlugin())
    parser.add_plugin(qparser.FieldAliasPlugin(FIELD_ALIASES))
    parser.add_plugin(qparser.GtLtPlugin())
    return parser


class Lexicons:
    """The words of each field, grouped by first letter, read once per
    searcher. Whoosh's own fuzzy expansion on a multi-segment index runs a
    pure-Python edit distance over every word of the field (about 0.3 s a
    query at 1,000 articles); grouped words and rapidfuzz's C edit distance
    make it a few milliseconds."""

    def __init__(self, reader, spelling: Path | None = None) -> None:
        self.reader = reader
        self.spelling = spelling
        self._has_spelling: bool | None = None
        self._groups: dict[str, dict[str, list[str]]] = {}
        self._names: dict[str, list[str]] = {}

    def spelling_source(self, field: str) -> str:
        """Where the words "did you mean" offers for `field` are read: the
        index's spelling list for a stemmed text field (its own words are
        stems, "countri"), else the field's own words."""
        if self._has_spelling is None:  # (asked once a searcher: an index's list is written before it commits)
            self._has_spelling = self.spelling is not None and self.spelling.exists()
        return SPELLING_SOURCE if field in SPELLED_FIELDS and self._has_spelling else field

    def load(self, field: str) -> None:
        """Read `field`'s words now (see `warm_words`)."""
        self._words(field, "")

    def _words(self, field: str, first: str) -> list[str]:
        groups = self._groups.get(field)
        if groups is None:
            groups = {}
            if field == SPELLING_SOURCE and self.spelling is not None:
                words: Iterable = sorted(read_words(self.spelling))
            else:
                words = self.reader.lexicon(field)
            for w in words:
                w = w.decode("utf-8", "replace") if isinstance(w, bytes) else str(w)
                groups.setdefault(w[:1], []).append(w)
            self._groups[field] = groups
        return groups.get(first, [])

    def names(self, field: str) -> list[str]:
        """The whole names (keys) of a NAME_FIELDS field, read once."""
        names = self._names.get(field)
        if names is None:
            names = [w.decode("utf-8", "replace") if isinstance(w, bytes) else str(w)
                     for w in self.reader.lexicon(field)]
            self._names[field] = names
        return names

    def names_containing(self, field: str, key: str) -> list[str]:
        """The whole names (keys of a NAME_FIELDS field) in which `key`
        occurs as consecutive words: what the phrase would match."""
        needle = f" {key} "
        return [n for n in self.names(field) if needle in f" {n} "]

    def within(self, field: str, text: str, maxdist: int, prefix: int) -> list[str]:
        """Words within `maxdist` edits (Damerau-Levenshtein) that share the
        first `prefix` letters (at least one: most misspellings keep it)."""
        if not text:
            return []
        prefix = max(1, prefix)
        words = self._words(field, text[:1])
        if prefix > 1:
            words = [w for w in words if w.startswith(text[:prefix])]
        found = process.extract(text, words, scorer=DamerauLevenshtein.distance,
                                score_cutoff=maxdist, limit=None)
        return [w for w, _, _ in found]


def edit_distance(a: str, b: str) -> int:
    return int(DamerauLevenshtein.distance(a, b))


def stem_for(field_obj, word: str) -> str:
    """`word` as the field's analyzer indexes it (one token)."""
    toks = [t.text for t in field_obj.analyzer(word)]
    return toks[0] if toks else word


def replace_words(text: str, fixes: dict[str, str]) -> str:
    """Replace the user's words whose analysed form is a key of `fixes`
    (stems: "defectr" -> its stem) with the fix, in the user's capitals."""

    def swap(m: re.Match[str]) -> str:
        word = m.group()
        low = word.lower()
        fix = fixes.get(low) or fixes.get(_stem(low))
        if not fix:
            return word
        if word.isupper() and len(word) > 1:
            return fix.upper()
        if word[:1].isupper():
            return fix[:1].upper() + fix[1:]
        return fix

    return _TOKEN_RE.sub(swap, text)


def warm_words(searcher) -> None:
    """Read the words "did you mean" compares a misspelt word with (the
    spelling words of every field a plain query searches) and the person
    names it offers for a name found nowhere: 0.3 s at 10,000 articles and
    seconds at 100,000 on the first such query of a searcher, which no
    keystroke should pay."""
    lex = lexicons(searcher)
    names = searcher.schema.names()
    for field in DEFAULT_FIELDS:
        if field in names:
            lex.load(lex.spelling_source(field))
    if NAME_FIELDS["person"] in names:
        lex.names(NAME_FIELDS["person"])


def lexicons(searcher, spelling: Path | None = None) -> Lexicons:
    """The searcher's Lexicons, made on first use and kept with it
    (`spelling`: the index's spelling list, given by whoever opened the
    searcher; without it "did you mean" offers the fields' own words)."""
    lex = getattr(searcher, "_defect_lexicons", None)
    if lex is None:
        lex = Lexicons(searcher.reader(), spelling)
        searcher._defect_lexicons = lex  # noqa: SLF001 - lives and dies with the searcher
    return lex


class _AdjacentMatcher(SpanNear2.SpanNear2Matcher):
    """Documents where the words stand next to each other, in order.

    Whoosh's general span matcher (any slop, either order) builds a Span
    object per position and compares them pairwise: over half of a common
    phrase's cost at 10,000 articles. For an exact phrase, shifted position
    sets say the same thing."""

    def _get_spans(self):
        starts: set[int] | None = None
        for i, m in enumerate(self.ms):
            shifted = {p - i for p in m.value_as("positions")}
            starts = shifted if starts is None else starts & shifted
            if not starts:
                return []
        last = len(self.ms) - 1
        return [Span(p, p + last) for p in sorted(starts or ())]

    def copy(self):
        return self.__class__([m.copy() for m in self.ms])


class ExactPhrase(query.Phrase):
    """A slop-1 phrase matched by `_AdjacentMatcher` (same hits, same scores)."""

    def matcher(self, searcher, context=None):
        m = super().matcher(searcher, context)
        inner = m.child if isinstance(m, WrappingMatcher) and not isinstance(m, SpanNear2.SpanNear2Matcher) else m
        if isinstance(inner, SpanNear2.SpanNear2Matcher) and inner.slop == 1 and inner.ordered:
            fast = _AdjacentMatcher(inner.ms)
            return WrappingMatcher(fast, boost=self.boost) if inner is not m else fast
        return m


def _any_of(terms: list[query.Term], boost: float) -> query.Query:
    """An Or of expansion terms; one term alone carries the boost itself
    (Whoosh ignores the boost of a one-child Or)."""
    if len(terms) == 1:
        return terms[0].with_boost(terms[0].boost * boost)
    return (query.PreloadedOr if len(terms) > 2 else query.Or)(terms, boost=boost)


def bound_expansions(q: query.Query, lex: Lexicons, limit: int) -> query.Query:
    """Replace prefix/wildcard/fuzzy terms with their `limit` most frequent
    expansions: an unbounded `a*` on a large archive is the slow tail."""
    reader = lex.reader

    def visit(node: query.Query) -> query.Query:
        if isinstance(node, query.Phrase) and node.field() in NAME_FIELDS and node.field() in reader.schema.names():
            key = " ".join(w for w in node.words if isinstance(w, str))
            names_field = NAME_FIELDS[node.field()]
            if names_field in reader.schema.names():
                names = lex.names_containing(names_field, key)
                terms = [query.Term(names_field, n) for n in names[:limit * 4]]
                if not terms:
                    return query.NullQuery
                return _any_of(terms, node.boost)
        if type(node) is query.Phrase and node.slop == 1 and keeps_positions(reader.schema, node.fieldname):
            return ExactPhrase(node.fieldname, node.words, slop=1, boost=node.boost, char_ranges=node.char_ranges)
        if isinstance(node, (query.Prefix, query.Wildcard, query.FuzzyTerm, query.Regex)):
            field = node.field()
            try:
                if isinstance(node, query.FuzzyTerm):
                    words = lex.within(field, node.text, node.maxdist, node.prefixlength)
                else:
                    words = list(node._btexts(reader))  # noqa: SLF001 - the expansion Whoosh itself uses
            except Exception:  # noqa: BLE001 - an odd pattern expands to nothing
                words = []
            rest: list = []
            if len(words) > limit:
                words.sort(key=lambda w: reader.doc_frequency(field, w), reverse=True)
                words, rest = words[:limit], words[limit:]
            terms = [query.Term(field, reader.schema[field].from_bytes(w) if isinstance(w, bytes) else w)
                     for w in words]
            if not terms:
                return query.NullQuery
            # Many words of one expansion: Whoosh's binary tree of unions
            # spends its time re-checking block quality (0.5 s for `Ri*` at
            # 10,000 articles); one pass into an array of scores is faster.
            best = _any_of(terms, node.boost)
            if not rest:
                return best
            # the rarer words still match (every article the syntax means is
            # found and counted), scored 0: ranking is the best words' job
            others = [query.ConstantScoreQuery(
                query.Term(field, reader.schema[field].from_bytes(w) if isinstance(w, bytes) else w), 0.0)
                for w in rest]
            return query.Or([best, query.Or(others)])
        return node.apply(visit)

    return visit(q)


def query_terms(q: query.Query) -> tuple[str, ...]:
    """Analysed words of the text fields, for marking hits in body text."""
    out: set[str] = set()

    def walk(node: query.Query) -> None:
        if isinstance(node, query.Not):
            return  # excluded words are not hits
        if isinstance(node, query.Term) and isinstance(node.text, str):
            if node.field() in ("title", "body"):
                out.add(node.text)
            elif node.field() in ENTITY_FIELDS or node.field() in NAME_FIELDS.values():
                # person:Thae marks "Thae" in the text too
                out.update(analysed(node.text))
        elif isinstance(node, query.Phrase) and node.field() in ("title", "body"):
            out.update(w for w in node.words if isinstance(w, str))
        elif isinstance(node, query.Phrase) and node.field() in ENTITY_FIELDS:
            out.update(t for w in node.words if isinstance(w, str) for t in analysed(w))
        for child in node.children():
            walk(child)

    walk(q)
    return tuple(sorted(out))
