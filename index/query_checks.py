"""The fields a query may name and the mistakes it is refused for, with the
messages users see under the search box.

Apart from the parser (`query.py`) because these are the product's words,
not its grammar: what a field is called and how a refusal is explained.
They catch what a search engine would silently turn into "no results"
(an unclosed quote, a misspelt field, a date that is no date).
"""

from __future__ import annotations

import datetime as dt
import re

# Query fields a user may type, and their aliases.
TEXT_FIELDS = ("title", "body", "person", "org", "place", "role", "source")
DATE_FIELD = "date"
FIELD_ALIASES = {
    "place": ["location", "loc", "places"],
    "person": ["people", "name"],
    "org": ["organisation", "organization"],
}
USER_FIELDS = TEXT_FIELDS + (DATE_FIELD,) + tuple(a for v in FIELD_ALIASES.values() for a in v)
#: The fields a word without a field searches.
DEFAULT_FIELDS = ("title", "body")

#: Parentheses nested deeper than this are refused: no one writes them, and
#: a parser recursing into thousands of levels fails with a Python error.
MAX_NESTING = 20


class QueryError(ValueError):
    """A query the user has to fix; the message says how."""


_DATE_RE = re.compile(r'(?<![\w:])date:(\[[^\]]*\]|"[^"]*"|[^\s()]+)', re.IGNORECASE)
_DATE_VALUE_RE = re.compile(r"\d{4}(?:-\d{1,2}(?:-\d{1,2})?)?|\d{8}")
_FIELD_RE = re.compile(r'(?:(?<=\s)|(?<=^)|(?<=\())([A-Za-z_]+):(?=\S)')
# "person:" with nothing (or a space) after it: it would be read as a word
_EMPTY_FIELD_RE = re.compile(r'(?:(?<=\s)|(?<=^)|(?<=\())([A-Za-z_]+):(?=\s|$|\))')


def is_date(value: str) -> bool:
    """2015, 2015-04, 2015-04-12 or 20150412, and a real calendar date."""
    if not _DATE_VALUE_RE.fullmatch(value):
        return False
    y, m, d = date_parts(value)
    try:
        dt.date(y, m or 1, d or 1)
    except ValueError:
        return False
    return y >= 1


def date_parts(value: str) -> tuple[int, int, int]:
    """(year, month, day) of a date value, 0 for a part not given."""
    value = value.strip()
    if "-" not in value and len(value) == 8:
        return int(value[:4]), int(value[4:6]), int(value[6:])
    parts = [int(p) for p in value.split("-")] + [0, 0]
    return parts[0], parts[1], parts[2]


def normalize_fields(text: str) -> str:
    """`Date:2015`, `PERSON:Kim` -> `date:2015`, `person:Kim`: field names
    are lower case and a capitalised one would silently search the words
    "Date" and "2015" instead."""
    return _FIELD_RE.sub(lambda m: (m.group(1).lower() + ":") if m.group(1).lower() in USER_FIELDS else m.group(0),
                         text)


def check_size(text: str, max_chars: int, max_terms: int) -> None:
    """Refuse at once a query too long to answer within a second (a pasted
    article, thousands of random words), with the limit in the message."""
    if len(text) > max_chars:
        raise QueryError(f"This query is {len(text):,} characters long; the limit is {max_chars:,} "
                         "(search.max_query_chars in the config).")
    terms = len(re.findall(r"\w+", text))
    if terms > max_terms:
        raise QueryError(f"This query has {terms:,} words; the limit is {max_terms:,} "
                         "(search.max_query_terms in the config).")


def check_syntax(text: str) -> None:
    """Catch what the search would silently turn into "no results"."""
    if text.count('"') % 2:
        raise QueryError('Unclosed quote: add the closing " to end the phrase.')
    depth = 0
    for ch in text:
        depth += {"(": 1, ")": -1}.get(ch, 0)
        if depth < 0:
            raise QueryError("A ')' has no matching '('.")
        if depth > MAX_NESTING:
            raise QueryError(f"Parentheses are nested more than {MAX_NESTING} deep; write the query with fewer levels.")
    if depth > 0:
        raise QueryError("Unclosed '(': add the matching ')'.")
    if text.count("[") != text.count("]"):
        raise QueryError("Unclosed range: write ranges as date:[2015 TO 2017].")
    for m in _FIELD_RE.finditer(text):
        if m.group(1).lower() not in USER_FIELDS:
            known = ", ".join(f"{f}:" for f in TEXT_FIELDS + (DATE_FIELD,))
            raise QueryError(f"Unknown field '{m.group(1)}:' — fields are {known}")
    for m in _EMPTY_FIELD_RE.finditer(re.sub(r'"[^"]*"', lambda q: "x" * len(q.group()), text)):
        if m.group(1).lower() in USER_FIELDS:
            example = "2015" if m.group(1).lower() == DATE_FIELD else "Kim"
            raise QueryError(f"'{m.group(1)}:' needs a value right after it, as in {m.group(1)}:{example}.")
    for m in _DATE_RE.finditer(text):
        value = m.group(1)
        ranged = value.startswith("[") and value.endswith("]")
        parts = re.split(r"\s*\bTO\b\s*", value[1:-1].strip()) if ranged else [value.lstrip("<>=")]
        if not all(is_date(p.strip()) or (len(parts) == 2 and not p.strip()) for p in parts):
            raise QueryError(f"'date:{value}' is not a date: write date:2015, date:2015-04, date:2015-04-12 "
                             "or date:[2015 TO 2017].")
        if len(parts) == 2 and all(p.strip() for p in parts) and date_parts(parts[0]) > date_parts(parts[1]):
            raise QueryError(f"'date:{value}' ends before it starts: write the earlier date first.")
    stripped = re.sub(r'"[^"]*"', " PHRASE ", text).strip()  # a phrase is an operand
    tokens = stripped.split()
    if tokens and tokens[-1] in ("AND", "OR", "NOT"):
        raise QueryError(f"'{tokens[-1]}' needs a word after it.")
    if tokens and tokens[0] in ("AND", "OR"):
        raise QueryError(f"'{tokens[0]}' needs a word before it.")
