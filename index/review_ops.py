"""Review actions made from incidents, and incidents with reviews applied.

The CLI and the app both go through here, so that a confirm from the
shell and one from the table are the same action, checked the same way.
"""

from __future__ import annotations

import dataclasses
import sqlite3
from collections.abc import Collection, Iterable, Mapping
from typing import Any

from .api import Corpus
from .config import Settings
from .extract import Extractor
from .article_marks import ARTICLE_KINDS, ArticleMarks, fold_marks, marked_ids, split_mark_terms
from .models import Article, Incident, SearchResult
from .name_variants import cached_index, expand_name, looks_like_name
from .variant_table import table_of
from .review_apply import EDITABLE, Reviewed, anchor_of, apply_reviews, parse_fields
from .reviews import Action, ActionKind, ReviewError, ReviewStore, new_uid


def reviewed(corpus: Corpus, store: ReviewStore, article_ids: Collection[str] | None = None) -> Reviewed:
    """The corpus's incidents (or those of some articles) as reviewed."""
    incidents = corpus.incidents(article_ids)
    return apply_reviews(incidents, read_actions(store, article_ids), corpus.article)


def read_actions(store: ReviewStore, article_ids: Collection[str] | None = None) -> list[Action]:
    """The store's actions; ReviewError (one line) when the file is damaged:
    it is the analyst's own work, so it is reported, never rewritten."""
    try:
        return store.actions(article_ids)
    except sqlite3.Error as exc:
        raise ReviewError(f"the review file {store.path} cannot be read ({exc}); it is left as it is") from None


def visible(rows: Iterable[Incident], include_rejected: bool = False) -> list[Incident]:
    return [r for r in rows if include_rejected or r.review != "rejected"]


def article_id_of(incident_id: str) -> str:
    """`folder/file#3` -> `folder/file` (article ids may hold '#': the last one counts)."""
    return incident_id.rpartition("#")[0]


def find_incidents(corpus: Corpus, store: ReviewStore, ids: Iterable[str]) -> list[Incident]:
    """The reviewed rows with these ids, in the order given; ReviewError
    names the first id that is no incident."""
    ids = list(ids)
    rows = reviewed(corpus, store, {article_id_of(i) for i in ids}).incidents
    by_id = {r.incident_id: r for r in rows}
    missing = [i for i in ids if i not in by_id]
    if missing:
        raise ReviewError(f"no incident '{missing[0]}' (`defect-tui incidents` lists the ids)")
    return [by_id[i] for i in ids]


def action_on(row: Incident, kind: ActionKind, article: Article | None, *, note: str = "",
              fields: Mapping[str, Any] | None = None) -> Action:
    """An action about one row, anchored to what survives re-extraction."""
    article_id, evidence, actor = anchor_of(row)
    return Action(kind, article_id, article.content_hash if article else "", evidence, actor, row.incident_id,
                  dict(fields or {}), note)


def actions_on(corpus: Corpus, rows: Iterable[Incident], kind: ActionKind, *, note: str = "",
               fields: Mapping[str, Any] | None = None) -> list[Action]:
    articles: dict[str, Article | None] = {}
    out = []
    for row in rows:
        if row.article_id not in articles:
            articles[row.article_id] = corpus.article(row.article_id)
        out.append(action_on(row, kind, articles[row.article_id], note=note, fields=fields))
    return out


def prefill(settings: Settings, article: Article, sentence: str) -> dict[str, Any]:
    """What the extractor reads in one sentence (the first row it finds),
    as editable values; empty where it finds nothing. The sentence is read
    with the article's date, so "last month" still resolves."""
    probe = Article(article.id, article.path, article.title, sentence, article.date, article.date_precision,
                    article.source)
    try:
        rows = Extractor(settings.extraction).extract(probe).incidents
    except Exception:  # noqa: BLE001 - a prefill is a convenience: an empty form is fine
        rows = ()
    if not rows:
        return {}
    first = rows[0]
    return {name: getattr(first, name) for name in EDITABLE}


def add_action(settings: Settings, corpus: Corpus, article_id: str, evidence: str,
               settings_pairs: Mapping[str, str]) -> Action:
    """A new incident in `article_id` whose evidence is `evidence` (a
    sentence of the article, as written there), prefilled by the extractor,
    with the analyst's values over it."""
    article = corpus.article(article_id)
    if article is None:
        raise ReviewError(f"no article '{article_id}' (`defect-tui search` lists the ids)")
    values = prefill(settings, article, evidence.strip())
    values.update(parse_fields(settings_pairs))
    return new_incident_action(article, evidence, values)


def new_incident_action(article: Article, evidence: str, values: Mapping[str, Any]) -> Action:
    """The `add` action of an incident the analyst found in `article`."""
    evidence = evidence.strip()
    if not evidence or evidence not in article.body:
        raise ReviewError(f"the evidence is not a sentence of article '{article.id}': copy it as written there")
    values = dict(values)
    if not values.get("status"):
        values["status"] = "defected"
    uid = new_uid()
    return Action("add", article.id, article.content_hash, evidence, "", f"{article.id}#+{uid[:8]}",
                  values, uid=uid)


def join_actions(corpus: Corpus, rows: list[Incident], into: Incident) -> list[Action]:
    """Put `rows` in the event of `into` (the "same" column counts them
    together): they take its group key, or a new one shared with it when
    it has none (an unnamed actor)."""
    key = into.group_key or f"join:{new_uid()[:12]}"
    members = [into] + [r for r in rows if r.incident_id != into.incident_id]
    moving = [r for r in members if r.group_key != key]
    return actions_on(corpus, moving, "join", fields={"group_key": key})


def split_actions(corpus: Corpus, rows: list[Incident]) -> list[Action]:
    """Take each row out of its event: an event of its own."""
    out: list[Action] = []
    for row in rows:
        out += actions_on(corpus, [row], "split", fields={"group_key": f"split:{new_uid()[:12]}"})
    return out


_marks_cache: dict[tuple[int, tuple[int, int]], dict[str, ArticleMarks]] = {}


def article_marks(store: ReviewStore) -> dict[str, ArticleMarks]:
    """Every article's stars, tags and note (ReviewError: a damaged file).
    Read again only when the log changed (the search reads them on every
    keystroke to show tags on the results)."""
    try:
        key = (id(store), store.version())
        got = _marks_cache.get(key)
        if got is None:
            got = fold_marks(store.actions(kinds=ARTICLE_KINDS))
            _marks_cache.clear()
            _marks_cache[key] = got
        return got
    except sqlite3.Error as exc:
        raise ReviewError(f"the review file {store.path} cannot be read ({exc}); it is left as it is") from None


def resolve_marks(store: ReviewStore | None, query: str) -> tuple[str, set[str] | None]:
    """The query without `tag:`/`starred:` terms, and the articles those
    terms allow (None: no such term). ReviewError for a bad `starred:`."""
    rest, flt = split_mark_terms(query)
    if not flt:
        return query, None
    marks = article_marks(store) if store is not None else {}
    return rest, marked_ids(marks, flt)


def resolve_query(corpus: Corpus, store: ReviewStore | None, query: str) -> tuple[str, set[str] | None]:
    """What a backend is asked for a query as the user typed it: the query
    without `tag:`/`starred:` terms and with a name's other spellings, and
    the articles those terms allow (None: any). Search, the incident table's
    results and the facets all read a query through here, so that they
    agree. ReviewError for a bad `starred:`."""
    rest, within = resolve_marks(store, query)
    return with_spellings(corpus, rest), within


def search_marked(corpus: Corpus, store: ReviewStore | None, query: str, **kwargs: Any) -> SearchResult:
    """`Corpus.search` of a query as typed (see `resolve_query`)."""
    try:
        text, within = resolve_query(corpus, store, query)
    except ReviewError as exc:
        return SearchResult(query, 0, (), error=str(exc))
    result = corpus.search(text, within=within, **kwargs)
    return dataclasses.replace(result, query=query) if result.query != query else result


def matching_marked(corpus: Corpus, store: ReviewStore | None, query: str) -> set[str] | None:
    """`Corpus.matching_ids` of a query as typed (see `resolve_query`)."""
    try:
        text, within = resolve_query(corpus, store, query)
    except ReviewError:
        return set()
    return corpus.matching_ids(text, within=within)


def facets_marked(corpus: Corpus, store: ReviewStore | None, query: str,
                  **kwargs: Any) -> dict[str, list[tuple[str, int]]]:
    """`Corpus.facets` of a query as typed (see `resolve_query`);
    ReviewError for a bad `starred:`."""
    text, within = resolve_query(corpus, store, query)
    return corpus.facets(text, within=within, **kwargs)


def with_spellings(corpus: Corpus, query: str) -> str:
    """A name query with the person's other spellings; any other as it is
    (checked by its shape first: most keystrokes never read the names)."""
    return expand_name(query, cached_index(corpus), table_of(corpus)) if looks_like_name(query) else query
