"""Word files (.docx): paragraphs and the text of tables, with the core
properties (title, author, date) when the text gives none.

python-docx reads them; the zip is checked first, so a zip bomb or a file
that is not a zip is skipped with the reason instead of filling memory."""

from __future__ import annotations

import io
import zipfile

from ..skip_file import SkipFile
from .converted import Converted

#: the most a .docx may unpack to (a long report is a few MB)
MAX_UNPACKED = 200_000_000


def read_docx(raw: bytes) -> Converted:
    try:
        import docx
    except ImportError:  # pragma: no cover - a dependency of the package
        raise SkipFile("Word files need the python-docx package") from None
    try:
        with zipfile.ZipFile(io.BytesIO(raw)) as z:
            if sum(i.file_size for i in z.infolist()) > MAX_UNPACKED:
                raise SkipFile("Word file unpacks to more than 200 MB (not a document)")
            if "word/document.xml" not in z.namelist():
                raise SkipFile("not a Word document (no word/document.xml)")
    except zipfile.BadZipFile:
        raise SkipFile("not a Word file (not a zip archive)") from None
    try:
        document = docx.Document(io.BytesIO(raw))
    except Exception as exc:  # noqa: BLE001 - python-docx raises many kinds on a broken file
        raise SkipFile(f"Word file could not be read ({type(exc).__name__})") from None
    parts = [p.text.strip() for p in document.paragraphs]
    for table in document.tables:
        for row in table.rows:
            cells = [c.text.strip() for c in row.cells]
            parts.append(" | ".join(dict.fromkeys(c for c in cells if c)))
    text = "\n".join(p for p in parts if p)
    if not text.strip():
        raise SkipFile("Word file has no text")
    props = document.core_properties
    meta: dict = {}
    if props.title:
        meta["title"] = props.title
    if props.author:
        meta["authors"] = [a.strip() for a in props.author.split(";") if a.strip()]
    when = props.created or props.modified
    if when is not None:
        meta["date"] = when.date().isoformat()
    return Converted(text, meta, "docx")
