"""The incident table on rows kept as columns (index/incident_rows.py):
every sort, the quick filter and a review give what they give on a list
of the same rows, and the column's values are read without making rows."""

from __future__ import annotations

import dataclasses
import random

from defect_tui.index.incident_rows import IncidentRows
from defect_tui.index.models import Incident
from defect_tui.tui.widgets.incident_columns import SORT_KEYS, IncidentModel
from defect_tui.tui.widgets.row_loading import rows_by_article

STATUSES = ("defected", "attempted", "sought_asylum", "reported_count")
PLACES = ("", "Beijing", "Seoul", "South Korea", "Kaesong", "Shenyang")


def _rows(n: int = 600) -> list[Incident]:
    """Invented rows, their values drawn from small sets, as an archive's repeat."""
    pick = random.Random(7).choice
    out = []
    for i in range(n):
        aid = f"art-{i // 4:04d}"
        out.append(Incident(f"{aid}#{i % 4 + 1}", aid, pick(("", f"Title {i // 4}")), "2020-01-01",
                            pick(("", "2019", "2019-05", "2020-03-02")), "day", pick(STATUSES),
                            pick(("a soldier", "two fishermen", "Kim", "the diplomat")), pick(("", "Kim Ok", "Ri Il")),
                            pick(("", "soldier", "diplomat")), pick((None, 1, 2, 13)), pick(PLACES), pick(PLACES),
                            pick(("", "Yonhap", "AP")), f"Sentence {i}.", 0, 10, pick(("", "ri il", "kim ok")),
                            pick((0, 1, 3))))
    return out


def test_every_sort_and_filter_on_columns_is_the_lists() -> None:
    rows = _rows()
    columns = IncidentRows.from_incidents(rows)
    reviewed = dataclasses.replace(rows[10], review="rejected", note="same as row 3", actor="Pak")
    rows[10] = reviewed
    columns[10] = reviewed
    on_list, on_columns = IncidentModel(rows), IncidentModel(columns)
    for key in SORT_KEYS:
        for reverse in (False, True):
            assert on_list.sorted_order(key, reverse) == on_columns.sorted_order(key, reverse), key
    order = on_list.sorted_order("actor")
    for query in ("kim", "origin:seoul -defected", '"two fishermen" role:sol', "review:rejected", "pak", "note:same"):
        assert on_list.filter(order, query) == on_columns.filter(order, query), query
    assert list(on_columns.filter(order, "review:rejected")) == [10]


def test_rows_by_article_read_from_the_article_column() -> None:
    rows = _rows(40)
    assert rows_by_article(IncidentRows.from_incidents(rows)) == rows_by_article(rows)
