"""The query language is the core's (`index/query.py`), and the Whoosh
backend compiles it (`index/whoosh_query.py`) into exactly what Whoosh's
own parser built for the app before (`search.make_parser`, the reference):

  compile_query(parse(q), schema) == make_parser(schema).parse(normalize_fields(q))

for thousands of random queries of the documented syntax, and of random
soups of its punctuation (what a user types halfway through a query).
Whoosh query objects compare by value; both sides are normalised.

Deliberate differences, each counted and checked in its own way:
- a `^` boost right before OR / AND: Whoosh's parser folds the right-hand
  operand into the boosted left one, so `kim^2 OR lee` boosts lee too;
  the tree boosts what the user boosted. Compared with boosts set aside.
- a `<`/`>` that opens a group (`>2015 kim`): Whoosh fails with an
  IndexError ("Cannot read this query: list index out of range"); the tree
  drops the stray sign as Whoosh does everywhere else.
"""

from __future__ import annotations

import random
import re

import pytest
from whoosh import query as wq

from defect_tui.index.query import (And, AndMaybe, AndNot, Fuzzy, Not, Or, Phrase, Prefix, QueryError, Range,
                                    Wildcard, Word, check_syntax, normalize_fields, parse)
from defect_tui.index.search import make_parser, make_schema
from defect_tui.index.whoosh_query import compile_query

SCHEMA = make_schema()
REFERENCE = make_parser(SCHEMA)

WORDS = ("defector diplomat embassy Seoul Beijing defected Defectors defecting ambassadors Thae Kim Yong-ho "
         "north-korean N.K. Vladivostok Shigemura unification custody 2015 the of and a or not in "
         "Unrest Yonhap counsellor's acting fishing boats").split()
FIELDS = ("title", "body", "person", "org", "place", "role", "source", "people", "name", "location", "loc",
          "places", "organisation", "organization", "Person", "PEOPLE", "Title", "Location", "Org")
DATES = ("2015", "2016-04", "2017-04-12", "20150412", "2012")
OPS = ("AND", "OR", "NOT", "ANDNOT", "ANDMAYBE", "", "", "")
#: a boost right before OR/AND: Whoosh boosts the right operand too (see above)
BOOST_BEFORE_OP = re.compile(r"\^[0-9.]*\)*\s+(OR|AND)\s")
SOUP = ("kim", "Lee", "the", "defect", "(", ")", '"', "*", "?", "~", "~2", "^2", "^", ">", "<=", ":", "person:",
        "Person:", "date:", "2015", "NOT", "AND", "OR", "ANDNOT", "ANDMAYBE", "REQUIRE", "[", "]", "TO", "'", "-",
        "people:", "x:", "10:30", "*:*", "{", "}", "=", "/", " ", " ", " ")


def _word(rng: random.Random) -> str:
    w = rng.choice(WORDS)
    r = rng.random()
    if r < 0.08:
        return w[:rng.randint(1, max(1, len(w) - 1))] + "*"
    if r < 0.12:
        i = rng.randrange(len(w))
        return w[:i] + rng.choice("*?") + w[i + 1:]
    if r < 0.2:
        return w + rng.choice(("~", "~2", "~2/3", "~/2", "~1"))
    return w


def _phrase(rng: random.Random) -> str:
    words = " ".join(rng.choice(WORDS) for _ in range(rng.randint(1, 4)))
    return f'"{words}"' + (f"~{rng.randint(1, 5)}" if rng.random() < 0.3 else "")


def _date(rng: random.Random) -> str:
    a, b = sorted(rng.sample(DATES, 2), key=lambda d: d.replace("-", "").ljust(8, "0"))
    return rng.choice((f"date:{a}", f"Date:{a}", f"date:[{a} TO {b}]", f"date:[{a} TO]", f"date:[TO {b}]",
                       f"date:>{a}", f"date:<={b}", f"date:>={a}", f"date:<{b}"))


def _atom(rng: random.Random, depth: int) -> str:
    r = rng.random()
    if r < 0.45:
        atom = _word(rng)
    elif r < 0.6:
        atom = _phrase(rng)
    elif r < 0.7:
        atom = _date(rng)
    elif r < 0.85:
        value = _expr(rng, depth + 1, 2) if rng.random() < 0.3 and depth < 3 else None
        atom = f"{rng.choice(FIELDS)}:" + (f"({value})" if value else rng.choice((_word, _phrase))(rng))
    elif depth < 3:
        atom = f"({_expr(rng, depth + 1, 3)})"
    else:
        atom = _word(rng)
    if rng.random() < 0.1:
        atom = ("NOT " if rng.random() < 0.5 else "") + atom
    if rng.random() < 0.07 and not atom.startswith("date:"):
        atom += rng.choice(("^2", "^0.5", "^3"))
    return atom


def _expr(rng: random.Random, depth: int = 0, width: int = 5) -> str:
    out = _atom(rng, depth)
    for _ in range(rng.randint(0, width)):
        op = rng.choice(OPS)
        out += f" {op} " if op else " "
        out += _atom(rng, depth)
    return out


def _soup(rng: random.Random) -> str:
    return "".join(rng.choice(SOUP) for _ in range(rng.randint(1, 12)))


def _unboosted(q: wq.Query) -> wq.Query:
    q = q.apply(_unboosted)
    if hasattr(q, "boost") and not isinstance(q, wq.BinaryQuery):
        q = q.with_boost(1.0)
    return q


def _compare(text: str) -> str:
    """'same', 'boost' (same but for the boost difference), 'crash' (the
    reference fails), 'refused' (check_syntax) — or raise AssertionError."""
    try:
        check_syntax(text)
    except QueryError:
        with pytest.raises(QueryError):
            parse(text)
        return "refused"
    tree = parse(text)
    try:
        ref = REFERENCE.parse(normalize_fields(text))
    except IndexError:
        assert re.search(r"(^|\()\s*(<=|>=|<|>|=<|=>)", normalize_fields(text)), text
        compile_query(tree, SCHEMA)
        return "crash"
    except Exception as exc:  # noqa: BLE001 - the user saw "Cannot read this query: <message>"
        with pytest.raises(type(exc)) as err:
            compile_query(tree, SCHEMA)
        assert str(err.value) == str(exc)
        return "same"
    got = compile_query(tree, SCHEMA)
    if got == ref:
        return "same"
    assert BOOST_BEFORE_OP.search(text), f"{text!r}\n  whoosh: {ref!r}\n  tree:   {got!r}"
    assert _unboosted(got).normalize() == _unboosted(ref).normalize(), f"{text!r}\n  whoosh: {ref!r}\n  tree:   {got!r}"
    return "boost"


QUERIES = 6000
SOUPS = 6000


def _kinds(make, n: int, seed: int) -> dict[str, int]:
    """How `n` random texts from `make(rng)` compared with Whoosh's reading."""
    rng = random.Random(seed)
    counts: dict[str, int] = {}
    for _ in range(n):
        kind = _compare(make(rng))
        counts[kind] = counts.get(kind, 0) + 1
    return counts


def test_random_queries_compile_to_what_whoosh_parsed() -> None:
    counts = _kinds(_expr, QUERIES, 14)
    assert counts.get("same", 0) >= QUERIES * 0.9, counts
    assert counts.get("boost", 0) < QUERIES * 0.05, counts


def test_random_punctuation_soups_read_as_whoosh_read_them() -> None:
    counts = _kinds(_soup, SOUPS, 1414)
    assert counts.get("same", 0) >= SOUPS * 0.3, counts


@pytest.mark.parametrize("text", ["kim^2 OR lee", "(kim lee)^2 AND park", "x (kim lee)^3 AND park"])
def test_a_boost_stays_on_what_was_boosted(text: str) -> None:
    assert _compare(text) == "boost"


def test_a_comparison_opening_a_group_is_dropped_not_a_crash() -> None:
    assert _compare(">2015 kim") == "crash"
    assert parse(">2015 kim") == And((Word("2015"), Word("kim")))


# ------------------------------------------------------------- tree shapes

def test_the_tree_of_plain_words_phrases_and_fields() -> None:
    assert parse("defector diplomat") == And((Word("defector"), Word("diplomat")))
    assert parse('"acting ambassador"~3') == And((Phrase("acting ambassador", slop=3),))
    assert parse("People:Kim") == And((Word("Kim", "person"),))
    # a parenthesis stays a group of its own (in Whoosh `(title:the) ANDNOT x`
    # matches nothing while `title:the ANDNOT x` is x)
    assert parse("person:(kim OR lee)") == And((And((Or((Word("kim", "person"), Word("lee", "person"))),)),))


def test_the_tree_of_operators_by_precedence() -> None:
    # NOT binds tightest, then AND, then OR, then ANDNOT and ANDMAYBE
    assert parse("a OR b AND NOT c") == And((Or((Word("a"), And((Word("b"), Not(Word("c")))))),))
    assert parse("a ANDNOT b OR c ANDMAYBE d") == And(
        (AndMaybe(AndNot(Word("a"), Or((Word("b"), Word("c")))), Word("d")),))


def test_the_tree_of_dates_prefixes_fuzzy_and_boosts() -> None:
    assert parse("date:[2015 TO 2017]") == And((Range("date", "2015", "2017"),))
    assert parse("date:>2015") == And((Range("date", "2015", None, start_excl=True),))
    assert parse("date:<=2016-04") == And((Range("date", None, "2016-04"),))
    assert parse("defect* de*ct") == And((Prefix("defect"), Wildcard("de*ct")))
    assert parse("Shigemura~ Vladivostk~2/3") == And((Fuzzy("Shigemura"), Fuzzy("Vladivostk", maxdist=2, prefix=3)))
    assert parse("title:unrest^2") == And((Word("unrest", "title", 2.0),))


def test_a_stop_word_stays_in_the_tree_and_is_dropped_by_the_backend() -> None:
    tree = parse("the defector")
    assert tree == And((Word("the"), Word("defector")))
    assert compile_query(tree, SCHEMA) == REFERENCE.parse("the defector")


# ------------------------------------------------------------------- errors

ERRORS = {
    '"unclosed': 'Unclosed quote: add the closing " to end the phrase.',
    "kim)": "A ')' has no matching '('.",
    "(kim": "Unclosed '(': add the matching ')'.",
    "(" * 21 + "kim" + ")" * 21: "Parentheses are nested more than 20 deep; write the query with fewer levels.",
    "date:[2015 TO 2017": "Unclosed range: write ranges as date:[2015 TO 2017].",
    "nosuchfield:x": "Unknown field 'nosuchfield:' — fields are title:, body:, person:, org:, place:, role:, "
                     "source:, date:",
    "person: Kim": "'person:' needs a value right after it, as in person:Kim.",
    "Date: 2015": "'Date:' needs a value right after it, as in Date:2015.",
    "date:2015-13": "'date:2015-13' is not a date: write date:2015, date:2015-04, date:2015-04-12 or "
                    "date:[2015 TO 2017].",
    "date:[2017 TO 2015]": "'date:[2017 TO 2015]' ends before it starts: write the earlier date first.",
    "kim AND": "'AND' needs a word after it.",
    "kim NOT": "'NOT' needs a word after it.",
    "OR kim": "'OR' needs a word before it.",
}


@pytest.mark.parametrize("text", list(ERRORS))
def test_every_syntax_error_message_still_comes_out(text: str) -> None:
    with pytest.raises(QueryError) as err:
        parse(text)
    assert str(err.value) == ERRORS[text]
