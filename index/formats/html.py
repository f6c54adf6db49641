"""Web pages saved from a browser: the story's text without the menus,
banners, related links, comments, scripts and styles around it.

trafilatura does the work (measured on saved news pages it keeps the
story's paragraphs and drops the page furniture; it runs offline); the
page's own metadata (meta tags, JSON-LD, Open Graph) gives the title,
date, authors, site name and canonical url."""

from __future__ import annotations

import warnings

from ..skip_file import SkipFile
from .converted import Converted

#: fewer words than this are no story
MIN_WORDS = 10


def read_html(raw: bytes) -> Converted:
    try:
        import trafilatura
    except ImportError:  # pragma: no cover - a dependency of the package
        raise SkipFile("web pages need the trafilatura package") from None
    if raw.count(b"<div") > 200_000:
        raise SkipFile("web page too deeply nested to be an article")
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        try:
            doc = trafilatura.bare_extraction(raw, with_metadata=True, include_comments=False,
                                              include_tables=True, favor_precision=True)
        except (RecursionError, ValueError, MemoryError) as exc:
            raise SkipFile(f"web page could not be read ({type(exc).__name__})") from None
    if doc is None:
        raise SkipFile("web page has no article text")
    data = doc.as_dict() if hasattr(doc, "as_dict") else dict(doc)
    text = (data.get("text") or "").strip()
    if len(text.split()) < MIN_WORDS:  # a menu or a "Home" link is what is left of a page without a story
        raise SkipFile("web page has no article text")
    title = str(data.get("title") or "").strip()
    first, _, rest = text.partition("\n")
    if title and " ".join(first.split()).casefold() == " ".join(title.split()).casefold():
        text = rest.strip()  # the headline once, as the title
    meta = {k: data[v] for k, v in (("title", "title"), ("date", "date"), ("author", "author"),
                                    ("source", "sitename"), ("url", "url")) if data.get(v)}
    if "date" in meta:
        meta["date"] = _honest_date(str(meta["date"]), raw)
    if "author" in meta:
        meta["authors"] = [a.strip() for a in str(meta.pop("author")).split(";") if a.strip()]
    return Converted(text, meta, "html")


def _honest_date(iso: str, raw: bytes) -> str:
    """trafilatura fills a date it found as a year or a month up to a day
    (2015 -> 2015-01-01); unless the page says that day, keep the year or
    month, so that "in April" is not read against January 1st."""
    if len(iso) != 10 or iso.encode() in raw:
        return iso
    if iso.endswith("-01-01"):
        return iso[:4]
    if iso.endswith("-01"):
        return iso[:7]
    return iso
