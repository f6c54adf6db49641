"""Every incident as reviewed, streamed to an export without holding them.

`defect-tui incidents --output` over 100,000 articles writes a million
rows. Read as `Incident` objects with the reviews applied (`review_ops.
reviewed`), they took 7.5 s and 560 MB before the first line was written.
Here only the articles some review touches are read as incidents and
reviewed (`apply_reviews` on their rows alone gives those rows exactly as
on the whole table: a review is anchored in its own article); every other
row goes from the row store to the writer as the plain values it is
stored as. The order is the whole table's: corpus order, an article's
added rows after its extracted ones, the added rows of articles without
extracted rows last.
"""

from __future__ import annotations

from collections.abc import Collection, Iterator

from .api import Corpus
from .export import incident_values
from .models import Incident
from .review_apply import apply_reviews
from .review_ops import read_actions
from .reviews import ReviewStore

#: what the rows of an unreviewed article carry in the review columns
_UNREVIEWED = ("extracted", "")


def reviewed_values(corpus: Corpus, store: ReviewStore | None, article_ids: Collection[str] | None = None, *,
                    include_rejected: bool = False, review_columns: bool = False) -> Iterator[tuple]:
    """Each incident's values in `export.export_columns` order, as the
    reviewed table has them (rejected rows left out unless asked for).
    ReviewError when the review file cannot be read, before any row."""
    reviewed = _reviewed_articles(corpus, store, article_ids, include_rejected, review_columns)
    touched = set(reviewed)
    extra = _UNREVIEWED if review_columns else ()
    for values in corpus.incident_values(article_ids):
        aid = values[1]
        if aid in touched:  # its reviewed rows, in place of its first row
            rows = reviewed.pop(aid, None)
            if rows:
                yield from rows
            continue
        yield values + extra if extra else values
    for rows in reviewed.values():  # articles whose every extracted row is gone, or that had none
        yield from rows


def _reviewed_articles(corpus: Corpus, store: ReviewStore | None, article_ids: Collection[str] | None,
                       include_rejected: bool, review_columns: bool) -> dict[str, list[tuple]]:
    """The values of the rows of every article a review touches, reviewed,
    by article in the order the reviewed table gives them."""
    actions = read_actions(store, article_ids) if store is not None else []
    touched = {a.article_id for a in actions}
    if not touched:
        return {}
    rows = apply_reviews(corpus.incidents(touched), actions, corpus.article).incidents
    kept: list[Incident] = [r for r in rows if include_rejected or r.review != "rejected"]
    out: dict[str, list[tuple]] = {aid: [] for aid in dict.fromkeys(r.article_id for r in rows)}
    for inc, values in zip(kept, incident_values(kept, review_columns)):
        out[inc.article_id].append(values)
    return out
