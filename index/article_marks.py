"""Stars, tags and notes on articles: the analyst's own, in the review log.

They are actions like the incident reviews (`reviews.py`), anchored to the
article id, so they outlive rebuilds the same way. The query syntax gains
`tag:NAME` and `starred:yes`: they narrow the whole query to the
articles so marked, which the search backend receives as a set of ids
(`Corpus.search(..., within=ids)`): the backend never needs to know about
marks, and totals stay exact.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

from .reviews import Action, ReviewError
from .review_apply import live_actions

ARTICLE_KINDS = ("star", "tag", "article_note")

_MARK_TERM = re.compile(r'(?<![\w:])(tag|starred):("[^"]*"|[^\s()]+)', re.IGNORECASE)


@dataclass(frozen=True, slots=True)
class ArticleMarks:
    starred: bool = False
    tags: tuple[str, ...] = ()
    note: str = ""

    def __bool__(self) -> bool:
        return self.starred or bool(self.tags) or bool(self.note)


@dataclass(frozen=True, slots=True)
class MarkFilter:
    """The `tag:` and `starred:` terms of a query (all must hold)."""

    tags: tuple[str, ...] = ()
    starred: bool | None = None  # True: starred only

    def __bool__(self) -> bool:
        return bool(self.tags) or self.starred is not None


def normal_tag(name: str) -> str:
    """A tag as stored and matched: lower case, words joined by '-'."""
    return "-".join(name.strip().strip('"').lower().split())


def fold_marks(actions: Iterable[Action]) -> dict[str, ArticleMarks]:
    """Each article's marks after every action, undos applied."""
    state: dict[str, tuple[bool, dict[str, None], str]] = {}
    for a in live_actions(actions):
        if a.kind not in ARTICLE_KINDS:
            continue
        starred, tags, note = state.get(a.article_id, (False, {}, ""))
        tags = dict(tags)
        if a.kind == "star":
            starred = bool(a.fields.get("starred"))
        elif a.kind == "tag":
            tag = normal_tag(str(a.fields.get("tag", "")))
            if tag and a.fields.get("on", True):
                tags[tag] = None
            else:
                tags.pop(tag, None)
        else:
            note = a.note
        state[a.article_id] = (starred, tags, note)
    return {aid: ArticleMarks(s, tuple(sorted(t)), n) for aid, (s, t, n) in state.items() if s or t or n}


def star_action(article_id: str, starred: bool) -> Action:
    return Action("star", article_id, fields={"starred": starred})


def tag_actions(article_id: str, old: Iterable[str], new: Iterable[str]) -> list[Action]:
    """The actions that turn tags `old` into `new`."""
    before, after = {normal_tag(t) for t in old} - {""}, {normal_tag(t) for t in new} - {""}
    return ([Action("tag", article_id, fields={"tag": t, "on": True}) for t in sorted(after - before)]
            + [Action("tag", article_id, fields={"tag": t, "on": False}) for t in sorted(before - after)])


def article_note_action(article_id: str, note: str) -> Action:
    return Action("article_note", article_id, note=" ".join(note.split()))


def split_mark_terms(query: str) -> tuple[str, MarkFilter]:
    """The query without its `tag:` and `starred:` terms, and those terms.
    ReviewError for `starred:` with a value that is no yes or no."""
    tags: list[str] = []
    starred: bool | None = None
    for m in _MARK_TERM.finditer(query):
        field, value = m.group(1).lower(), m.group(2).strip('"')
        if field == "tag":
            tags.append(normal_tag(value))
        else:
            if value.lower() not in ("yes", "true", "1"):
                raise ReviewError(f"'starred:{value}' — write starred:yes (articles you starred)")
            starred = True
    rest = " ".join(_MARK_TERM.sub(" ", query).split())
    rest = re.sub(r"^(AND|OR)\s+|\s+(AND|OR|NOT)$", "", rest)  # an operator left without its term
    return rest, MarkFilter(tuple(tags), starred)


def marked_ids(marks: dict[str, ArticleMarks], flt: MarkFilter) -> set[str]:
    """Articles that hold every tag of `flt` (and are starred, if asked)."""
    out = set()
    for aid, m in marks.items():
        if flt.starred is not None and m.starred != flt.starred:
            continue
        if all(t in m.tags for t in flt.tags):
            out.add(aid)
    return out
