"""The Whoosh backend's files: its schema's documents and its writers.

The build pipeline (`build.py`) sends articles here through the
`SearchSink` interface and never sees a Whoosh object."""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

from whoosh import index as windex
from whoosh.filedb.filestore import FileStorage
from whoosh.index import LockError

from .locking import BUSY, IndexBusy
from .models import Article, EntitySpan, Extraction
from .search import NAME_FIELDS, SCHEMA_VERSION, date_value, make_schema, name_key, sort_value
from .spelling_words import DOCUMENT_KEY, FILE_NAME, SpellingList, words_of
from .whoosh_fields import analyse
from .whoosh_adding import use_field_adding
from .whoosh_pool import use_term_pool
from .whoosh_postings import use_term_postings

FOLDER = "whoosh"


def open_whoosh(root: Path) -> windex.Index:
    """The Whoosh index of an index folder, opened to read its files where
    they are. Whoosh's default maps a segment's compound file and then
    copies each part it opens into a BytesIO: every open searcher held the
    whole index in memory (80 MB at 10,000 articles, some 800 MB at 100,000,
    once per searcher in the pool). Without the mapping, each part is read
    through the segment's file, which the OS caches. Segments stay compound
    (one file each, not some 16): a pool of searchers over a dozen
    segments keeps few files open."""
    return FileStorage(str(root / FOLDER), supports_mmap=False).open_index()


def spelling_path(root: Path) -> Path:
    """The spelling list of an index folder (`spelling_words.py`)."""
    return root / FOLDER / FILE_NAME


def _field_text(spans: Iterable[EntitySpan], label: str) -> str:
    """Canonical names first, then the spellings the text used, one per
    line: either finds the article."""
    return "\n".join(dict.fromkeys(s.canonical or s.text for s in spans if s.label == label)) + "\n" + \
        "\n".join(dict.fromkeys(s.text for s in spans if s.label == label and s.canonical))


def document(art: Article, ex: Extraction) -> dict:
    """The Whoosh document of one article and its entities."""
    doc = {
        "id": art.id,
        "title": art.title,
        "body": art.body,
        "person": _field_text(ex.entities, "PERSON"),
        "org": _field_text(ex.entities, "ORG"),
        "place": _field_text(ex.entities, "LOCATION"),
        "role": _field_text(ex.entities, "ROLE"),
        "source": art.source,
    }
    for label, field in (("PERSON", "person"), ("ORG", "org"), ("LOCATION", "place")):
        keys = {name_key(n) for s in ex.entities if s.label == label for n in (s.text, s.canonical) if n}
        doc[NAME_FIELDS[field]] = ",".join(sorted(k for k in keys if k))
    when = date_value(art.date)
    if when is not None:
        doc["date"] = when
    doc["sortdate"] = sort_value(art.date)
    return doc


_SCHEMA = None  # (a worker's own schema, made once: its fields analyse the text)


def prepare(article: Article, extraction: Extraction) -> dict:
    """The article's document with its text fields analysed: run in the
    extraction workers, so that the one writer only adds postings
    (whoosh_fields.py)."""
    global _SCHEMA
    if _SCHEMA is None:
        _SCHEMA = make_schema()
    doc = document(article, extraction)
    out = analyse(_SCHEMA, doc)
    out[DOCUMENT_KEY] = words_of(_SCHEMA, doc)
    return out


class _LengthsRead:
    """A new segment's per-document reader whose field lengths are read
    once per field and document, not once per posting.

    Whoosh's writer asks the length of the posting's document for every
    posting it writes at the commit (for each block's shortest and longest
    document), and each ask is a seek and a read of the segment's lengths
    file: 447,268 of them, 1.2 s of the 5.9 s that committing 1,000
    re-indexed articles takes. The lengths are the same; they are read in
    one pass over each field's documents and kept in a list."""

    def __init__(self, reader) -> None:
        self._reader = reader

    def __getattr__(self, name: str):
        return getattr(self._reader, name)

    def doc_field_length_reader(self, fieldname: str, default: int = 0):
        get = self._reader.doc_field_length_reader(fieldname, default)
        return [get(d) for d in range(self._reader.doc_count_all())].__getitem__


def _read_lengths_once(writer):
    """`writer`, its commit reading the new segment's lengths as `_LengthsRead` does."""
    opened = writer.per_document_reader
    writer.per_document_reader = lambda: _LengthsRead(opened())
    return writer


def build_writer(writer):
    """A Whoosh SegmentWriter with the build's faster parts: postings kept by
    term (`whoosh_pool.py`), analysed fields added whole
    (`whoosh_adding.py`), terms written a block at a time
    (`whoosh_postings.py`), lengths read once. The index is the one
    Whoosh's own writer makes."""
    return _read_lengths_once(use_term_postings(use_field_adding(use_term_pool(writer))))


class WhooshSink:
    """One Whoosh writer as a SearchSink, and the spelling list it grows
    (`spelling_words.py`), saved just before the writer commits."""

    def __init__(self, writer, spelling: SpellingList) -> None:
        self._writer = writer
        self._spelling = spelling

    def _document(self, article: Article, extraction: Extraction, prepared: object) -> dict:
        """The fields to write; the article's words go to the spelling list."""
        if isinstance(prepared, dict):
            doc = dict(prepared)
            words = doc.pop(DOCUMENT_KEY, None)
        else:
            doc, words = document(article, extraction), None
        self._spelling.add(words if words is not None else words_of(self._writer.schema, doc))
        return doc

    def add(self, article: Article, extraction: Extraction, prepared: object = None) -> None:
        self._writer.add_document(**self._document(article, extraction, prepared))

    def replace(self, article: Article, extraction: Extraction, prepared: object = None) -> None:
        self._writer.update_document(**self._document(article, extraction, prepared))

    def delete(self, article_id: str) -> None:
        self._writer.delete_by_term("id", article_id)

    def commit(self) -> None:
        self._spelling.save()  # (first: a list with more words than the index is harmless)
        self._writer.commit()

    def cancel(self) -> None:
        self._writer.cancel()


class WhooshFiles:
    """Creates, opens and counts the Whoosh index inside an index folder."""

    schema_version = SCHEMA_VERSION
    prepare = staticmethod(prepare)

    def create(self, root: Path) -> WhooshSink:
        (root / FOLDER).mkdir(parents=True, exist_ok=True)
        ix = windex.create_in(str(root / FOLDER), make_schema())
        return WhooshSink(build_writer(ix.writer(limitmb=256)),
                          SpellingList(spelling_path(root), start_empty=True))

    def open(self, root: Path) -> WhooshSink:
        try:
            writer = open_whoosh(root).writer(timeout=2.0, limitmb=256)  # (as a build's: no postings spilled to disk)
            return WhooshSink(build_writer(writer),
                              SpellingList(spelling_path(root)))
        except LockError:
            raise IndexBusy(BUSY) from None

    def count(self, root: Path) -> int:
        ix = open_whoosh(root)
        with ix.searcher() as s:
            return s.doc_count()
