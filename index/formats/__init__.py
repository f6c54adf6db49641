"""Files that are not plain text: web pages, PDFs and Word files.

Each reader turns a file's bytes into plain text with paragraphs, plus
what the file's own metadata says (title, date, authors, source, url),
offline; the text then goes through the same cleaning and extraction as a
`.txt` file. A file a reader cannot read raises `SkipFile` with a reason
the user can act on.
"""

from __future__ import annotations

from collections.abc import Callable

from .converted import Converted
from .docx import read_docx
from .html import read_html
from .pdf import read_pdf

__all__ = ["CLUTTER", "Converted", "DOCUMENT_SUFFIXES", "reader_for"]

#: each library is imported by its reader on the first file of that type
READERS: dict[str, Callable[[bytes], Converted]] = {
    ".html": read_html, ".htm": read_html, ".xhtml": read_html, ".pdf": read_pdf, ".docx": read_docx,
}


def reader_for(suffix: str) -> Callable[[bytes], Converted] | None:
    """The reader of a file type, or None for plain text."""
    return READERS.get(suffix.lower())


#: what a corpus folder may hold besides .txt/.md (config `extensions` adds to it)
DOCUMENT_SUFFIXES = (".html", ".htm", ".xhtml", ".pdf", ".docx")
#: clutter passed over in silence (not listed as skipped)
CLUTTER = frozenset({".ds_store", "thumbs.db", "desktop.ini"})
