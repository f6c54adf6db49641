"""The reader: article header, entity legend, and the body with entities,
search hits and the evidence sentence styled by character span.

The body is an `ArticleView`, a line-API `ScrollView` that wraps the text
itself (`textutil.wrap_lines`). Doing the wrapping here rather than in a
Static/TextArea is what makes "jump to character offset" exact: we know the
display line of every character, at every width, so `n`/`N` and "open at
the evidence sentence" scroll precisely, and only visible lines are
rendered, so long articles stay cheap.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping, Sequence
from pathlib import Path

from rich.text import Text
from textual.app import ComposeResult
from textual.containers import Vertical
from textual.geometry import Size
from textual.message import Message
from textual.scroll_view import ScrollView
from textual.strip import Strip
from textual.widgets import Static

from defect_tui.index.article_marks import ArticleMarks
from defect_tui.index.models import LABELS, Article, EntitySpan

from ..textutil import line_of, mark_label, plain, safe_style, styled_body, wrap_lines
from ..bindings import bindings_for
from .new_incident import NewIncidentFromReader


class ArticleView(ScrollView, can_focus=True):
    """Scrollable article body; `n`/`N` jump between search hits."""

    BINDINGS = bindings_for("reader")

    def __init__(self, **kwargs) -> None:
        super().__init__(**kwargs)
        self.body = ""
        self.label_colors: Mapping[str, str] = {}
        self.entities: list[tuple[int, int, str]] = []
        self.hits: list[tuple[int, int]] = []
        self.evidence: tuple[int, int] | None = None
        self.current_hit = -1
        self.text = Text()
        self._lines: list[tuple[int, int]] = []
        self._starts: list[int] = []
        self._wrap_width = 0
        self._cache: dict[int, Strip] = {}
        self._pending_offset: int | None = None
        self._scheduled: int | None = None

    # --- content ------------------------------------------------------
    def set_article(
        self,
        body: str,
        colors: Mapping[str, str],
        entities: Sequence[EntitySpan],
        hits: Sequence[tuple[int, int]] = (),
        evidence: tuple[int, int] | None = None,
    ) -> None:
        self.body = body
        self.label_colors = colors
        self.entities = [(e.start, e.end, e.label) for e in entities]
        self.hits = sorted({(int(s), int(e)) for s, e in hits if e > s})
        self.evidence = evidence if evidence and evidence[1] > evidence[0] >= 0 else None
        self.current_hit = -1
        self._restyle()
        self._wrap_width = 0
        # from the incident table: at the evidence; from a search: at the
        # first hit, so that a hit deep in a long article is on screen
        if self.evidence:
            self._pending_offset = self.evidence[0]
        elif self.hits and self.hits[0][0] > 0:
            self._pending_offset = self.hits[0][0]
        else:
            self._pending_offset = 0
        self.scroll_to(0, 0, animate=False)
        self._rewrap()

    def recolor(self, colors: Mapping[str, str]) -> None:
        """New label colours (the theme changed) for the same article."""
        self.label_colors = colors
        self._restyle()

    def _restyle(self) -> None:
        current = self.hits[self.current_hit] if 0 <= self.current_hit < len(self.hits) else None
        self.text = styled_body(self.body, self.label_colors, self.entities, self.hits, self.evidence, current)
        self._cache.clear()
        self.refresh()

    def _rewrap(self) -> None:
        width = self.scrollable_content_region.width
        if width <= 0 or width == self._wrap_width:
            return
        anchor = self._pending_offset if self._pending_offset is not None else self._scheduled
        if anchor is None and self._starts:
            anchor = self._starts[min(int(self.scroll_y), len(self._starts) - 1)]
        self._wrap_width = width
        self._lines = wrap_lines(self.text.plain, width)
        self._starts = [s for s, _ in self._lines]
        self._cache.clear()
        self.virtual_size = Size(width, len(self._lines))
        self.refresh()
        if anchor is not None:
            self._pending_offset = None
            self._scheduled = anchor  # survives a re-wrap before the scroll happens
            self.call_after_refresh(self._scroll_scheduled, anchor)

    def _scroll_scheduled(self, anchor: int) -> None:
        if self._scheduled == anchor:
            self._scheduled = None
            self.scroll_to_offset(anchor, top=(anchor == 0))

    def on_resize(self) -> None:
        self._rewrap()

    # --- positions ----------------------------------------------------
    def line_of_offset(self, offset: int) -> int:
        return line_of(self._starts, offset)

    @property
    def line_count(self) -> int:
        return len(self._lines)

    def line_text(self, index: int) -> str:
        s, e = self._lines[index]
        return self.text.plain[s:e]

    def visible_lines(self) -> range:
        top = int(self.scroll_y)
        return range(top, min(len(self._lines), top + self.scrollable_content_region.height))

    def scroll_to_offset(self, offset: int, top: bool = False) -> None:
        """Scroll so that the line of `offset` is in view, a third down."""
        if not self._lines:
            self._pending_offset = offset
            return
        line = self.line_of_offset(offset)
        height = max(1, self.scrollable_content_region.height)
        y = line if top else max(0, line - height // 3)
        self.scroll_to(y=y, animate=False, force=True)

    def focus_offset(self) -> int:
        """Where the reader's attention is: the current hit, else the
        evidence sentence when in view, else the top of the view."""
        if self.current_hit >= 0 and self.hits:
            return self.hits[self.current_hit][0]
        visible = self.visible_lines()
        if self.evidence is not None and self._starts and self.line_of_offset(self.evidence[0]) in visible:
            return self.evidence[0]
        if self._starts and len(visible):
            return self._starts[visible.start]
        return 0

    # --- hits ---------------------------------------------------------
    def _goto_hit(self, index: int) -> None:
        if not self.hits:
            self.notify("No search hits in this article", severity="information")
            return
        self.current_hit = index % len(self.hits)
        self._restyle()
        self.scroll_to_offset(self.hits[self.current_hit][0])
        self.post_message(self.HitChanged(self.current_hit, len(self.hits)))

    def action_next_hit(self) -> None:
        self._goto_hit(self.current_hit + 1 if self.current_hit >= 0 else self._first_hit_below())

    def action_prev_hit(self) -> None:
        self._goto_hit(self.current_hit - 1 if self.current_hit >= 0 else self._first_hit_below() - 1)

    def _first_hit_below(self) -> int:
        """Index of the first hit at or below the top of the view."""
        if not self._starts:
            return 0
        top = self._starts[min(int(self.scroll_y), len(self._starts) - 1)]
        for i, (s, _) in enumerate(self.hits):
            if s >= top:
                return i
        return 0

    class Scrolled(Message):
        """The view moved (the reader's page mark follows)."""

    def watch_scroll_y(self, old: float, new: float) -> None:
        super().watch_scroll_y(old, new)
        if int(old) != int(new):
            self.post_message(self.Scrolled())

    def top_offset(self) -> int:
        """The text offset of the first line in view."""
        visible = self.visible_lines()
        return self._starts[visible.start] if self._starts and len(visible) else 0

    class HitChanged(Message):
        def __init__(self, index: int, total: int) -> None:
            super().__init__()
            self.index = index
            self.total = total

    # --- rendering ----------------------------------------------------
    def render_line(self, y: int) -> Strip:
        scroll_x, scroll_y = self.scroll_offset
        index = scroll_y + y
        width = self.scrollable_content_region.width
        style = self.rich_style
        if index >= len(self._lines):
            return Strip.blank(width, style)
        strip = self._cache.get(index)
        if strip is None:
            s, e = self._lines[index]
            line = self.text[s:e]
            line.no_wrap = True
            line.stylize_before(style)
            strip = Strip(list(line.render(self.app.console)), line.cell_len)
            self._cache[index] = strip
        return strip.crop_extend(scroll_x, scroll_x + width, style)


def citation(article: Article) -> str:
    """The article as a reference: title, outlet, date, byline, url."""
    parts = [article.title or article.id, article.source, article.date]
    if article.authors:
        parts.append("by " + ", ".join(article.authors))
    if article.url:
        parts.append(article.url)
    return ". ".join(p.strip().rstrip(".") for p in parts if p and p.strip()) + "."


class ReaderPane(NewIncidentFromReader, Vertical):
    """Header + legend + body of the open article."""

    BINDINGS = bindings_for("reader pane")

    def __init__(self, **kwargs) -> None:
        super().__init__(**kwargs)
        self.article: Article | None = None
        self.marks = ArticleMarks()  # the analyst's star, tags and note of the open article
        self._hits_text = ""  # the border's hit count; the page mark goes before it
        self.border_title = "Reader"

    def compose(self) -> ComposeResult:
        yield Static(Text("No article open — pick a search result or an incident.", style="dim italic"),
                     id="reader-header", markup=False)
        yield Static(Text(), id="reader-legend", markup=False)
        yield ArticleView(id="article-view")

    @property
    def view(self) -> ArticleView:
        return self.query_one(ArticleView)

    def show_article(
        self,
        article: Article,
        entities: Sequence[EntitySpan],
        colors: Mapping[str, str],
        hits: Sequence[tuple[int, int]] = (),
        evidence: tuple[int, int] | None = None,
        marks: ArticleMarks = ArticleMarks(),
    ) -> None:
        self.article = article
        self.marks = marks
        self._entities, self._colors, self._hit_count = list(entities), colors, len(hits)
        self._render_header()
        self.view.set_article(article.body, colors, entities, hits, evidence)
        self._hit_status(-1, len(self.view.hits))
        self.border_title = "Reader"

    def show_marks(self, marks: ArticleMarks) -> None:
        """The open article's star, tags and note, in its header."""
        self.marks = marks
        self._render_header()

    def recolor(self, colors: Mapping[str, str]) -> None:
        """Redraw the open article in the colours of a new theme."""
        self._colors = colors
        if self.article is not None:
            self._render_header()
            self.view.recolor(colors)

    def show_removed(self) -> None:
        """The open article's file left the corpus: say so, show nothing stale."""
        gone = self.article.title if self.article else ""
        self.article = None
        line = Text("This article was removed from the corpus", style="italic")
        if gone:
            line.append(": ")
            line.append(gone, style="bold")
        self.query_one("#reader-header", Static).update(line)
        self.query_one("#reader-legend", Static).update(Text())
        self.view.set_article("", {}, [], [], None)
        self.border_subtitle = ""

    def _render_header(self) -> None:
        """Title and meta on one line each, legend on one: fitted to the
        width so that the body keeps the rows on a small terminal."""
        article = self.article
        if article is None:
            return
        width = max(10, self.size.width - 2)
        title = plain(article.title or article.id, "bold")
        title.truncate(width, overflow="ellipsis")
        meta = [article.date, article.source]
        if article.authors:
            meta.append("by " + ", ".join(article.authors))
        if article.url:
            meta.append(article.url)
        fmt = article.extra.get("format") if isinstance(article.extra, dict) else None
        if fmt:  # read from a web page, PDF or Word file: say which (O opens it)
            meta.append(f"{str(fmt).upper()} {Path(article.path).name}")
        meta_text = plain(" · ".join(m for m in meta if m) or article.id, "dim")
        if self.marks:
            label = mark_label(self.marks) + (f" {self.marks.note}" if self.marks.note else "")
            meta_text = Text.assemble(plain(label, "bold yellow"), " · ", meta_text)
        meta_text.truncate(width, overflow="ellipsis")
        self.query_one("#reader-header", Static).update(Text("\n").join([title, meta_text]))
        legend = self.legend(self._entities, self._colors, self._hit_count, short=width < 64)
        self.query_one("#reader-legend", Static).update(legend)

    def on_resize(self) -> None:
        self._render_header()

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        if action == "copy_citation":
            return self.article is not None
        if action == "open_url":
            return bool(self.article and self.article.url)
        if action == "new_incident":
            return self.article is not None
        if action == "open_file":
            return self.article is not None and Path(self.article.path).exists()
        return True

    def action_copy_citation(self) -> None:
        """Copy the open article's reference (OSC 52: works over SSH too)."""
        if self.article is not None:
            text = citation(self.article)
            self.app.copy_to_clipboard(text)
            self.app.notify(f"Copied: {text}", markup=False)

    def action_open_file(self) -> None:
        """The original file (the PDF, the saved page) in the system's viewer."""
        if self.article is not None:
            path = Path(self.article.path).resolve()
            self.app.open_url(path.as_uri())
            self.app.notify(f"Opening {path}", markup=False)

    def action_open_url(self) -> None:
        if self.article and self.article.url:
            self.app.open_url(self.article.url)
            self.app.notify(f"Opening {self.article.url}", markup=False)

    SHORT = {"PERSON": "per", "ORG": "org", "LOCATION": "loc", "DATE": "date", "ROLE": "role", "NUMBER": "num"}

    @classmethod
    def legend(cls, entities: Sequence[EntitySpan], colors: Mapping[str, str], hits: int,
               short: bool = False) -> Text:
        counts = Counter(e.label for e in entities)
        text = Text(no_wrap=False)
        for label in LABELS:
            style = safe_style(colors.get(label))
            if text:
                text.append(" " if short else "  ")
            text.append(cls.SHORT[label] if short else label.lower(), style=style)
            text.append(f" {counts.get(label, 0)}", style="dim")
        if hits and not short:  # narrow: the border shows the hit count
            text.append("  ")
            text.append("hits", style=safe_style(colors.get("hit")) or "reverse")
            text.append(f" {hits}", style="dim")
        return text

    def _hit_status(self, index: int, total: int) -> None:
        self._hits_text = ("no hits" if self.article else "") if not total else (
            f"{total} {'hit' if total == 1 else 'hits'} · n/N to jump" if index < 0 else f"hit {index + 1}/{total}")
        self._show_subtitle()

    def _show_subtitle(self) -> None:
        """Hits, and for a PDF the page at the top of the view."""
        page = self._page_at_top()
        self.border_subtitle = " · ".join(p for p in (page, self._hits_text) if p)

    def _page_at_top(self) -> str:
        starts = self.article.extra.get("page_starts") if self.article is not None else None
        if not isinstance(starts, list) or not starts:
            return ""
        top = self.view.top_offset()
        page = sum(1 for p in starts if isinstance(p, int) and p <= top) or 1
        return f"page {page}/{len(starts)}"

    def on_article_view_scrolled(self, message: ArticleView.Scrolled) -> None:
        message.stop()
        self._show_subtitle()

    def on_article_view_hit_changed(self, message: ArticleView.HitChanged) -> None:
        message.stop()
        self._hit_status(message.index, message.total)
