"""Facets of the current results: the top people, organisations, places,
sources and years, each with the number of matching articles.

Choosing a value (enter or a click) posts `FacetList.Chosen`; the search
pane appends the value's query term to the search box and the search
reruns. Values are DATA (names from articles): they reach the screen only
as `rich.text.Text`, never as markup.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from rich.cells import cell_len
from rich.text import Text
from textual.message import Message
from textual.widgets import OptionList
from textual.widgets.option_list import Option

from ..textutil import plain
from ..bindings import bindings_for

# (field in Corpus.facets, heading) in the order they are shown
FACET_FIELDS: tuple[tuple[str, str], ...] = (
    ("person", "People"),
    ("org", "Organisations"),
    ("place", "Places"),
    ("source", "Sources"),
    ("date", "Years"),
)

Facets = dict[str, list[tuple[str, int]]]


def narrowed_query(query: str, term: str) -> str:
    """`query` AND `term`: appended, the query bracketed when it has a
    top-level OR (else `a OR b term` would read as `a OR (b AND term)`)."""
    query = query.strip()
    if not query:
        return term
    if re.search(r"\bOR\b", query) and not (query.startswith("(") and query.endswith(")")):
        query = f"({query})"
    return f"{query} {term}"


class FacetList(OptionList):
    """Headings (disabled rows) and values with their article counts."""

    BINDINGS = bindings_for("facet list")

    @dataclass
    class Chosen(Message):
        """The user chose `value` of `field` (narrow the search to it)."""

        field: str
        value: str

    def __init__(self, **kwargs) -> None:
        kwargs.setdefault("markup", False)
        super().__init__(**kwargs)
        self.facets: Facets = {}
        self.query_shown: str | None = None
        self._values: dict[str, tuple[str, str]] = {}
        self._note = ""
        self._width = 0

    # --- content ------------------------------------------------------
    def show_facets(self, query: str, facets: Facets, note: str = "") -> None:
        """Show the facets of `query`; the highlight starts at the top."""
        self.query_shown = query
        self.facets = {name: list(facets.get(name, ())) for name, _ in FACET_FIELDS}
        self._note = note
        self._rebuild(keep=None)

    def values(self, field_name: str) -> list[tuple[str, int]]:
        return list(self.facets.get(field_name, ()))

    def _rebuild(self, keep: str | None) -> None:
        self._width = self._text_width()
        self._values = {}
        options: list[Option] = []
        for name, heading in FACET_FIELDS:
            values = self.facets.get(name) or []
            if not values:
                continue
            options.append(Option(Text(heading, style="bold"), disabled=True))
            for value, count in values:
                option_id = f"facet-{len(self._values)}"
                self._values[option_id] = (name, value)
                options.append(Option(self._row(value, count), id=option_id))
        if not options:
            options.append(Option(Text(self._note or "No facets for these results", style="italic"),
                                  disabled=True))
        self.clear_options()
        self.add_options(options)
        ids = [option.id for option in options]
        if keep is not None and keep in ids:  # headings have no id: never "keep" one
            self.highlighted = ids.index(keep)
        else:
            # the first value, not its heading: enter must choose something
            self.highlighted = next((i for i, option in enumerate(options) if not option.disabled), None)

    def _row(self, value: str, count: int) -> Text:
        width = self._width or self._text_width()
        number = str(count)
        room = max(4, width - len(number) - 3)
        label = plain(value)
        label.truncate(room, overflow="ellipsis")
        row = Text(" ")
        row.append_text(label)
        row.append(" " * max(1, width - 1 - cell_len(label.plain) - len(number)))
        row.append(number, style="dim")
        return row

    def _text_width(self) -> int:
        return max(10, self.scrollable_content_region.width - 2)

    def on_resize(self) -> None:
        if self.option_count and self._text_width() != self._width:
            keep = None
            if self.highlighted is not None:
                keep = self.get_option_at_index(self.highlighted).id
            self._rebuild(keep)

    # --- choosing -----------------------------------------------------
    def chosen_value(self, option_id: str | None) -> tuple[str, str] | None:
        return self._values.get(option_id or "")

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        event.stop()
        chosen = self.chosen_value(event.option_id)
        if chosen is not None:
            self.post_message(self.Chosen(*chosen))
