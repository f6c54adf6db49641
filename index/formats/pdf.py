"""PDFs: reports, press releases, court papers.

pypdf (maintained, pure Python) gives each page's text; here the lines
are put back into paragraphs (a line that does not end a sentence goes on
with the next), words hyphenated across lines are joined, and a header or
footer repeated on most pages is dropped. A PDF without a text layer is a
scan, and is said to be one."""

from __future__ import annotations

import io
import logging
import re
from collections import Counter

from ..skip_file import SkipFile
from .converted import Converted

_HYPHEN = re.compile(r"(\w)-\n(\w)")
#: marks where a page starts while lines are put back into paragraphs
#: (a private-use character: no whitespace, so strip() keeps it)
_PAGE = "\ue000"
_ENDS = (".", "!", "?", ":", '"', "”", "'", "’")
_PAGE_NO = re.compile(r"^\s*(?:page\s*)?\d{1,4}(?:\s*(?:/|of)\s*\d{1,4})?\s*$", re.I)


def read_pdf(raw: bytes) -> Converted:
    try:
        from pypdf import PdfReader
        from pypdf.errors import PdfReadError
    except ImportError:  # pragma: no cover - a dependency of the package
        raise SkipFile("PDFs need the pypdf package") from None
    logging.getLogger("pypdf").setLevel(logging.ERROR)
    try:
        reader = PdfReader(io.BytesIO(raw), strict=False)
        if reader.is_encrypted:
            try:
                if not reader.decrypt(""):
                    raise SkipFile("encrypted PDF (needs a password)")
            except SkipFile:
                raise
            except Exception:  # noqa: BLE001 - an unsupported cipher
                raise SkipFile("encrypted PDF (needs a password)") from None
        pages = [page.extract_text() or "" for page in reader.pages]
        info = reader.metadata or {}
    except SkipFile:
        raise
    except (PdfReadError, ValueError, KeyError, TypeError, AttributeError, IndexError, RecursionError,
            OSError, AssertionError) as exc:
        raise SkipFile(f"PDF could not be read ({type(exc).__name__})") from None
    if not any(p.strip() for p in pages):
        raise SkipFile("no text layer (scanned)")
    text, starts = _page_starts(_paragraphs([_PAGE + p for p in _strip_running(pages)]))
    meta: dict = {"page_starts": starts}
    title = _info(info, "/Title")
    if title:
        meta["title"] = title
    author = _info(info, "/Author")
    if author:
        meta["authors"] = [a.strip() for a in re.split(r";|,| and ", author) if a.strip()]
    created = _info(info, "/CreationDate")
    m = re.match(r"D:(\d{4})(\d{2})?(\d{2})?", created or "")
    if m:
        meta["date"] = "-".join(g for g in m.groups() if g)
    return Converted(text, meta, "pdf")


def _info(info, key: str) -> str:
    try:
        value = info.get(key)
    except Exception:  # noqa: BLE001 - broken metadata is no reason to skip the text
        return ""
    return str(value).strip() if value else ""


def _strip_running(pages: list[str]) -> list[str]:
    """Drop the first and last lines that repeat on most pages (running
    headers and footers) and bare page numbers."""
    if len(pages) < 3:
        return [_drop_page_numbers(p) for p in pages]
    edges: Counter[str] = Counter()
    for p in pages:
        lines = [ln.strip() for ln in p.splitlines() if ln.strip()]
        edges.update(set(lines[:2] + lines[-2:]))
    running = {ln for ln, n in edges.items() if n >= max(3, int(len(pages) * 0.6))}
    out = []
    for p in pages:
        out.append(_drop_page_numbers("\n".join(ln for ln in p.splitlines() if ln.strip() not in running)))
    return out


def _drop_page_numbers(page: str) -> str:
    return "\n".join(ln for ln in page.splitlines() if not _PAGE_NO.match(ln))


def _paragraphs(pages: list[str]) -> str:
    """Lines back into paragraphs: a line that ends a sentence, or stops
    well short of the column's width (a headline, a heading, the last line
    of a paragraph), ends its paragraph; any other goes on with the next;
    `defec-` + `tion` across a line end is one word."""
    text = _HYPHEN.sub(r"\1\2", "\n".join(pages))
    lines = [ln.strip() for ln in text.splitlines()]
    widths = sorted(len(ln) for ln in lines if ln)
    full = widths[int(len(widths) * 0.75)] if widths else 0  # a full line of the column
    out: list[str] = []
    open_line = False  # the last line goes on in the next one
    for line in lines:
        if not line:
            open_line = False
            continue
        if out and open_line:
            out[-1] += " " + line
        else:
            out.append(line)
        open_line = not line.endswith(_ENDS) and len(line) >= 0.7 * full and not _headline(line)
    return "\n".join(out).strip()


def _headline(line: str) -> bool:
    """Most longer words capitalised: a headline or a heading, a line of its own."""
    words = [w for w in re.findall(r"[A-Za-z][\w'’-]*", line) if len(w) >= 4]
    return len(words) >= 3 and sum(w[0].isupper() for w in words) >= 0.7 * len(words)


def _page_starts(text: str) -> tuple[str, list[int]]:
    """The text without its page marks, and the offset where each page starts."""
    out, starts = [], []
    for i, part in enumerate(text.split(_PAGE)):
        if i:
            starts.append(sum(len(p) for p in out))
        out.append(part)
    return "".join(out), starts
