"""The table's marks kept as bits per article: a set of ids to every caller."""

from __future__ import annotations

from defect_tui.index.id_marks import MAX_NUMBER, IdMarks


def test_marks_behave_as_a_set_of_the_ids_given_whatever_their_form():
    ids = ["a1#1", "a1#3", "x/y#2#10", "odd-id", "b#01", "b#1", "c#" + str(MAX_NUMBER), "d#", "e#²"]
    marks = IdMarks(ids)
    assert marks == set(ids) and set(marks) == set(ids) and len(marks) == len(ids)
    for iid in ids:
        assert iid in marks
    assert "a1#2" not in marks and "b#001" not in marks and "a1" not in marks and 3 not in marks
    marks.add("a1#1")  # (twice: counted once)
    assert len(marks) == len(ids)
    marks.discard("a1#1")
    marks.discard("a1#1")
    marks.discard("never#5")
    assert "a1#1" not in marks and len(marks) == len(ids) - 1
    assert marks.issuperset(["a1#3", "odd-id"]) and not marks.issuperset(["a1#3", "a1#1"])


def test_marks_of_a_million_shape_update_and_intersect_like_a_set():
    ids = [f"art-{a}#{n}" for a in range(300) for n in range(1, 12)]
    marks = IdMarks()
    marks.update(ids)
    assert len(marks) == len(ids) and marks == set(ids)
    marks.difference_update(ids[:100])
    assert marks == set(ids[100:])
    marks &= IdMarks(ids[50:150])  # (what a reload keeps: the marks still in the table)
    assert marks == set(ids[100:150])
    copy = marks.copy()
    marks.clear()
    assert not marks and len(copy) == 50 and copy == set(ids[100:150])


def test_marks_given_as_parts_are_the_same_marks_as_given_whole():
    marks = IdMarks(["a#2"])
    marks.update_parts(["a", "a#3", "b", "c", "odd", "a"], [1, -1, 0, MAX_NUMBER, -1, 1])
    assert marks == {"a#1", "a#2", "a#3", "b#0", f"c#{MAX_NUMBER}", "odd"} and len(marks) == 6
    assert marks.holds("a", 3) and marks.holds("a#1", -1) and marks.holds("b", 0) and not marks.holds("a", 4)
    assert marks.has_parts(["a", "a#2", "odd"], [1, -1, -1]) and not marks.has_parts(["a", "z"], [1, 1])
    marks.discard_parts(["a", "a#2", "a", "c", "q"], [1, -1, 3, MAX_NUMBER, 5])
    assert marks == {"b#0", "odd"} and len(marks) == 2
