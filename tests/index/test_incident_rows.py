"""The incident table's rows kept as columns (index/incident_rows.py): the
same rows as the objects the store gives, in less memory; replaced and
added rows in place; copies that later reviews do not reach; reviews
applied to columns as to a list."""

from __future__ import annotations

import dataclasses
import shutil
import tracemalloc
from pathlib import Path

import pytest

from defect_tui.index import db
from defect_tui.index.api import Corpus, open_corpus
from defect_tui.index.config import load_settings
from defect_tui.index.incident_rows import IncidentRows
from defect_tui.index.models import Incident
from defect_tui.index.review_apply import apply_reviews
from defect_tui.index.review_ops import action_on, actions_on
from defect_tui.index.row_access import Picked, copy_of, id_at, replaced_between, reviewable, without_evidence


ARTICLES = Path(__file__).resolve().parents[1] / "data" / "articles"


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory):
    """Some dozens of articles, indexed (a few hundred rows: blocks of
    sentences, codes, rows of one article together)."""
    root = tmp_path_factory.mktemp("rows")
    shutil.copytree(ARTICLES, root / "articles")
    c = open_corpus(load_settings(corpus=[root / "articles"], index_dir=root / "ix"))
    c.update()
    yield c
    c.close()


def _values(rows) -> list[tuple]:
    return [dataclasses.astuple(r) for r in rows]


def test_the_columns_give_the_rows_the_store_gives(corpus: Corpus) -> None:
    objects, columns = corpus.incidents(), corpus.incident_table()
    assert len(columns) == len(objects) > 50
    assert _values(columns) == _values(objects)
    assert _values([columns[i] for i in reversed(range(len(columns)))]) == _values(reversed(objects))
    assert _values(columns[3:7]) == _values(objects[3:7]) and columns[-1].incident_id == objects[-1].incident_id
    assert [id_at(columns, i) for i in range(len(columns))] == [r.incident_id for r in objects]
    assert columns[5] is columns[5], "a row read twice is one object, as a list's"
    light = without_evidence(corpus.incident_table())  # (a row made already is given as made)
    assert light[9].evidence == "" and light[9].actor == objects[9].actor
    with pytest.raises(IndexError):
        columns[len(columns)]


def test_odd_ids_and_sentences_holding_the_separator_come_back_whole() -> None:
    rows = [Incident(f"a{n}#{n + 1}" if n % 3 else f"custom-{n}", f"a{n}", "t", "2020-01-01", "", "", "defected",
                     "a man", "", "", None if n % 2 else n, "", "", "", f"sentence {n}" + ("\x00x" if n == 70 else ""))
            for n in range(150)]
    columns = IncidentRows.from_incidents(rows)
    assert _values(columns) == _values(rows)
    assert [columns.incident_id(i) for i in range(150)] == [r.incident_id for r in rows]
    assert _whole(columns.id_parts_at(range(150))) == [r.incident_id for r in rows]


def test_a_replaced_row_is_in_place_and_a_copy_taken_before_keeps_the_old(corpus: Corpus) -> None:
    rows = corpus.incident_table()
    before = copy_of(rows)
    new = dataclasses.replace(rows[4], review="rejected", note="wrong man", extracted_actor=rows[4].actor)
    rows[4] = new
    assert rows[4] is new and before[4].review == "extracted"
    assert replaced_between(before, rows) == [4] and list(reviewable(rows)) == [4]
    assert replaced_between(rows, corpus.incident_table()) is None, "rows of another load are other rows"
    values, codes = rows.column("actor")
    assert [values[c] for c in codes] == [r.actor for r in rows]
    assert rows.per_row(lambda r: r.review, ("review",)) == [r.review for r in rows]


def test_reviews_land_on_columns_as_on_a_list(corpus: Corpus) -> None:
    objects, columns = corpus.incidents(), corpus.incident_table()
    first, second = objects[0], objects[-1]
    article = corpus.article(first.article_id)
    assert article is not None
    actions = [*actions_on(corpus, [first], "reject", note="not a defection"),
               *actions_on(corpus, [second], "edit", fields={"origin": "Vladivostok"}),
               *actions_on(corpus, [objects[1]], "join", fields={"group_key": "test-event"}),
               dataclasses.replace(action_on(objects[2], "confirm", corpus.article(objects[2].article_id)))]
    as_list = apply_reviews(objects, actions, corpus.article).incidents
    as_columns = apply_reviews(columns, actions, corpus.article).incidents
    assert isinstance(as_columns, IncidentRows)
    assert _values(as_columns) == _values(as_list)
    assert {as_columns[i].review for i in reviewable(as_columns)} >= {"rejected", "edited", "confirmed"}


def test_rows_added_after_their_article_and_at_the_end(corpus: Corpus) -> None:
    objects, columns = corpus.incidents(), corpus.incident_table()
    added = [dataclasses.replace(objects[2], incident_id=f"added-{n}", review="added") for n in range(3)]
    edited = columns.edited({0: dataclasses.replace(objects[0], review="confirmed")}, {2: added[:2], -1: added[2:]})
    expect = [added[2], dataclasses.replace(objects[0], review="confirmed"), objects[1], objects[2], *added[:2],
              *objects[3:]]
    assert _values(edited) == _values(expect)
    assert list(reviewable(edited)) == [0, 1, 4, 5]
    assert _whole(edited.id_parts_at(range(len(edited)))) == [r.incident_id for r in expect]
    shown = Picked(edited, [4, 0])
    assert [r.incident_id for r in shown] == ["added-0", "added-2"] and len(copy_of(shown)) == 2


def test_columns_take_a_fraction_of_the_objects_memory(corpus: Corpus) -> None:
    """The point of the columns: rows as objects were the app's largest
    cost (464 MB at a million rows); repeated values as codes and the
    sentences compressed take well under half (a third at 10,000 articles).
    Measured on the rows of 20 copies of the articles, each value a string
    of its own as SQLite hands them over."""
    tuples = list(db._incident_rows(corpus._con(), None, numbered=True))  # type: ignore[attr-defined]

    def fresh(copies: int = 20):  # noqa: ANN202
        for n in range(copies):
            for t in tuples:
                aid = f"{t[1]}-{n}"
                yield (f"{aid}#{t[19]}", aid, *(v + "" if isinstance(v, str) else v for v in t[2:14]),
                       "".join(t[14]), *t[15:19], t[19])

    def held(make) -> int:  # noqa: ANN001
        tracemalloc.start()
        try:
            made = make()
            size = tracemalloc.get_traced_memory()[0]
            assert len(made) == 20 * len(tuples)
            return size
        finally:
            tracemalloc.stop()

    as_objects = held(lambda: db._shared_incidents(t[:19] for t in fresh()))
    as_columns = held(lambda: IncidentRows.from_tuples(fresh()))
    assert as_columns < 0.5 * as_objects, (as_columns, as_objects)


def _whole(parts: tuple[list[str], list[int]]) -> list[str]:
    """Ids given as article ids and numbers written out."""
    return [head if n < 0 else f"{head}#{n}" for head, n in zip(*parts)]
