"""Turning article data into `rich.text.Text`, never into markup.

Everything here keeps character offsets intact (one character in, one
character out) so that entity spans, hit spans and evidence offsets from
the backend still point at the right characters after cleaning.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterable, Mapping

from rich.cells import cell_len
from rich.text import Text

from defect_tui.index.article_marks import ArticleMarks

# C0/C1 control characters other than newline: the loader strips them, but a
# stray ESC must never reach the terminal, so replace each 1:1 with a
# visible symbol (keeps offsets).
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")
_WORD = re.compile(r"\S+\s*|\s+")


def counted(n: int, noun: str) -> str:
    """"1 incident", "3 incidents": a count with its noun in the number it takes."""
    return f"{n} {noun}{'' if n == 1 else 's'}"


def _visible(match: re.Match[str]) -> str:
    ch = match.group()
    if ch in "\t\r\x0b\x0c":
        return " "
    if ch == "\x1b":
        return "\u241b"  # ␛
    return "\ufffd"


def clean(text: str) -> str:
    """Control characters replaced one-for-one (offsets stay valid)."""
    return _CONTROL.sub(_visible, text)


def one_line(text: str) -> str:
    """Clean and flatten to one line (same length)."""
    return clean(text).replace("\n", " ")


def plain(text: str, style: str = "") -> Text:
    """A Text of data: never parsed as markup."""
    return Text(one_line(text), style=style, no_wrap=True, overflow="ellipsis")


def safe_style(style: str | None) -> str:
    """A configured style string, or "" if Rich cannot parse it."""
    from rich.style import Style

    if not style:
        return ""
    try:
        Style.parse(style)
    except Exception:
        return ""
    return style


def snippet_text(snippet: str, highlights: Iterable[tuple[int, int]], hit_style: str) -> Text:
    """A search snippet with its hit spans styled (spans index `snippet`)."""
    text = Text(one_line(snippet))
    n = len(text)
    for start, end in highlights:
        start, end = max(0, int(start)), min(n, int(end))
        if start < end:
            text.stylize(hit_style, start, end)
    return text


def wrap_lines(text: str, width: int) -> list[tuple[int, int]]:
    """Word-wrap `text` to `width` cells: (start, end) of each display line.

    `end` excludes the trailing spaces and newline; long words are folded.
    Our own wrapper (instead of letting a widget wrap) is what lets the
    reader map a character offset to the exact display line to scroll to.
    """
    width = max(1, width)
    lines: list[tuple[int, int]] = []
    pos = 0
    for para in text.split("\n"):
        if not para.strip():
            lines.append((pos, pos))
            pos += len(para) + 1
            continue
        line_start = pos
        line_w = 0  # cells used on the current line, trailing spaces included
        visible_end = pos
        for m in _WORD.finditer(para):
            chunk = m.group()
            start = pos + m.start()
            word = chunk.rstrip()
            w = cell_len(word)
            if not word:  # leading whitespace of the paragraph
                line_w += cell_len(chunk)
                continue
            if line_w and line_w + w > width:
                lines.append((line_start, visible_end))
                line_start, line_w = start, 0
            if w > width:  # fold a word longer than the line (line is empty here)
                i = 0
                while i < len(word):
                    j, cw = i, 0
                    while j < len(word) and (j == i or cw + cell_len(word[j]) <= width):
                        cw += cell_len(word[j])
                        j += 1
                    if i:
                        lines.append((line_start, visible_end))
                        line_start = start + i
                    visible_end, line_w, i = start + j, cw, j
                line_w += cell_len(chunk) - w
                continue
            visible_end = start + len(word)
            line_w += cell_len(chunk)
        lines.append((line_start, visible_end))
        pos += len(para) + 1
    return lines or [(0, 0)]


def line_of(starts: list[int], offset: int) -> int:
    """Index of the display line holding character `offset`."""
    return max(0, bisect_right(starts, offset) - 1)


def styled_body(
    body: str,
    colors: Mapping[str, str],
    entities: Iterable[tuple[int, int, str]] = (),
    hits: Iterable[tuple[int, int]] = (),
    evidence: tuple[int, int] | None = None,
    current_hit: tuple[int, int] | None = None,
) -> Text:
    """The article body as Text: evidence under entities, hits on top."""
    text = Text(clean(body))
    n = len(text)

    def span(style: str, start: int, end: int) -> None:
        start, end = max(0, start), min(n, end)
        if style and start < end:
            text.stylize(style, start, end)

    if evidence is not None:
        span(safe_style(colors.get("evidence")) or "on #3a3a5a", *evidence)
    for start, end, label in entities:
        span(safe_style(colors.get(label)), start, end)
    hit_style = safe_style(colors.get("hit")) or "reverse"
    for start, end in hits:
        span(hit_style, start, end)
    if current_hit is not None:
        span("reverse", *current_hit)
    return text


def mark_label(marks: ArticleMarks) -> str:
    """★ and #tags of an article, for a result row or the reader's header."""
    parts = (["★"] if marks.starred else []) + [f"#{t}" for t in marks.tags]
    if marks.note:
        parts.append("✎")
    return " ".join(parts)
