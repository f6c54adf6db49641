"""Read corpus files into Articles: decode, clean, front matter, metadata.

Scraped pages carry navigation lines, repeated headlines and "Posted ..."
lines instead of tidy metadata; the rules here recognise those by shape
(short lines, duplicates, date patterns) and by the vocabulary in
`data/furniture.txt` and `data/outlets.yaml`, never by particular articles.
"""

from __future__ import annotations

import codecs
import functools
import hashlib
import os
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

from .iso_dates import YEAR_RE, find_date, normalise_date
from .data_yaml import load_data
from .locations import data_files_dir
from .models import Article
from .formats import reader_for
from .skip_file import SkipFile
from .textclean import clean_text
from .yaml_errors import yaml_problem

FRONT_MATTER_LIMIT = 64 * 1024


@dataclass(frozen=True)
class PageWords:
    """What the loader recognises in a saved page: furniture lines to drop
    (menus, share buttons), outlets by web domain, wire agencies by name.
    (Not the extractor's `extract.vocab.Vocab`, which is about incidents.)"""

    furniture: frozenset[str]
    domains: dict[str, str]
    agencies: dict[str, str]


@functools.lru_cache(maxsize=1)
def page_words() -> PageWords:
    base = data_files_dir()
    lines = (base / "furniture.txt").read_text(encoding="utf-8").splitlines()
    furniture = frozenset(ln.strip().lower() for ln in lines if ln.strip() and not ln.startswith("#"))
    outlets = load_data((base / "outlets.yaml").read_text(encoding="utf-8")) or {}
    return PageWords(furniture, dict(outlets.get("domains") or {}), dict(outlets.get("agencies") or {}))


# ------------------------------------------------------------------ decoding

def decode(raw: bytes) -> tuple[str, str]:
    """Bytes -> (text, encoding name). Raise SkipFile for binary data."""
    if not raw.strip():
        raise SkipFile("empty file")
    for bom, name in ((codecs.BOM_UTF8, "utf-8-sig"), (codecs.BOM_UTF16_LE, "utf-16"),
                      (codecs.BOM_UTF16_BE, "utf-16")):
        if raw.startswith(bom):
            try:
                return raw.decode(name), name
            except UnicodeDecodeError:
                break
    if b"\x00" not in raw[:4096]:
        try:
            return raw.decode("utf-8"), "utf-8"
        except UnicodeDecodeError:
            pass
    from charset_normalizer import from_bytes

    matches = from_bytes(raw[: 1 << 20])
    best = _prefer_western(matches, raw)
    if best is None or (b"\x00" in raw[:4096] and not best.encoding.startswith("utf_16")):
        raise SkipFile("binary file (not text in any known encoding)")
    text = raw.decode(best.encoding, errors="replace")
    printable = sum(ch.isprintable() or ch in "\n\t\r" for ch in text[:4096])
    if printable < 0.9 * min(len(text), 4096):
        raise SkipFile("binary file (not text in any known encoding)")
    return text, best.encoding


# Single-byte code pages charset-normalizer cannot tell apart on a short
# text: on English and European news, a tie among them is Windows-1252.
_WESTERN_TIES = frozenset({"cp1252", "cp1250", "cp1257", "cp775", "latin_1", "iso8859_2", "iso8859_4",
                           "iso8859_10", "iso8859_13", "iso8859_15", "mac_iceland", "mac_latin2", "mac_roman",
                           "hp_roman8", "cp850", "cp437"})


def _prefer_western(matches, raw: bytes):
    """The detector's best guess, except that a Windows-1252 reading as clean
    as the best single-byte guess wins: charset-normalizer ranks cp775 or
    cp1257 first on a short cp1252 file, turning "café" into "cafķ"."""
    best = matches.best()
    if best is None or best.encoding not in _WESTERN_TIES:
        return best
    for m in matches:
        if m.encoding == "cp1252" and m.chaos <= best.chaos + 0.05:
            try:
                raw.decode("cp1252")
            except UnicodeDecodeError:
                return best
            return m
    return best


# -------------------------------------------------------------- front matter

class _NoAliasLoader(yaml.SafeLoader):
    """Refuses anchors/aliases: a few lines of them can expand to gigabytes."""

    def compose_node(self, parent: Any, index: Any) -> Any:  # type: ignore[override]
        if self.check_event(yaml.AliasEvent):
            raise yaml.YAMLError("YAML aliases are not allowed in front matter")
        return super().compose_node(parent, index)


def split_front_matter(text: str) -> tuple[dict[str, Any] | None, str]:
    if not text.startswith("---"):
        return None, text
    m = re.match(r"---[ \t]*\n(.*?)(?:^|\n)(?:---|\.\.\.)[ \t]*(?:\n|$)", text, re.DOTALL)
    if not m:
        return None, text
    block = m.group(1)
    if len(block) > FRONT_MATTER_LIMIT:
        raise SkipFile(f"front matter larger than {FRONT_MATTER_LIMIT // 1024} KB")
    try:
        data = yaml.load(block, Loader=_NoAliasLoader)  # noqa: S506 - safe loader subclass
    except yaml.YAMLError as exc:
        line, _, problem = yaml_problem(exc)
        where = f" at line {line + 2}" if line is not None else ""  # + the opening ---
        raise SkipFile(f"front matter is not valid YAML{where}: {problem}") from None
    if data is None:
        data = {}
    if not isinstance(data, dict):
        raise SkipFile("front matter is not a mapping of keys")
    return data, text[m.end():]


# --------------------------------------------------------- metadata inference

_WORD = re.compile(r"\w+", re.UNICODE)
_BREADCRUMB = re.compile(r"^\W*$|\s[>»|›]\s")  # "Home > World > Asia", lines of symbols
_POSTED = re.compile(r"^\s*(posted|published|updated|modified|date|last updated)\b[:\s]*", re.I)
_DATELINE = re.compile(
    r"^\s*(?P<city>[A-Z][A-Za-z .'-]{1,30}),\s+(?P<date>[A-Z][a-z]{2,8}\.?\s+\d{1,2}(?:,\s*\d{4})?)\s*\((?P<agency>[^)]{2,30})\)\s*(?:--|—|-)"
)
_EMAIL = re.compile(r"[\w.+-]+@([\w-]+(?:\.[\w-]+)+)")
_BYLINE_BY = re.compile(r"^\s*(?:By|BY|Written by|Reporting by)\s+(?P<names>[^\n]{3,120})$")
_NAME = re.compile(r"[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){1,3}")


def _words(line: str) -> int:
    return len(_WORD.findall(line))


def _norm(line: str) -> str:
    return " ".join(_WORD.findall(line.lower()))


def _reads_as_headline(line: str) -> bool:
    s = line.strip()
    n = _words(s)
    if n < 1 or n > 40 or _POSTED.match(s):
        return False
    if find_date(s) and n <= 6:
        return False
    # A sentence, not a headline: ends like one and is longer than headlines run.
    return not (n > 12 and s.endswith((".", '."', ".”", "!", "?")))


def _infer_title(text: str, furniture: frozenset[str]) -> tuple[str, int]:
    """Return (title, offset where the body starts)."""
    lines = text.split("\n")
    offsets, pos = [], 0
    for ln in lines:
        offsets.append(pos)
        pos += len(ln) + 1
    nonblank = [i for i, ln in enumerate(lines) if ln.strip()]
    if not nonblank:
        return "", 0
    k = 0
    # Skip navigation lines: listed furniture, or a short line followed by a longer headline.
    while k < min(len(nonblank) - 1, 6):
        s = lines[nonblank[k]].strip()
        nxt = lines[nonblank[k + 1]].strip()
        repeated_next = k + 2 < len(nonblank) and _norm(lines[nonblank[k + 2]]) == _norm(nxt)
        if s.lower() in furniture or _BREADCRUMB.search(s) or (
                _words(s) <= 4 and repeated_next and _reads_as_headline(nxt)):
            k += 1
            continue
        break
    first = lines[nonblank[k]].strip()
    if not _reads_as_headline(first):
        # No headline: name the article by its opening words; the body keeps them.
        title = first if len(first) <= 100 else first[:97].rsplit(" ", 1)[0] + "…"
        return title, offsets[nonblank[k]] if k else 0
    end = k + 1
    while end < len(nonblank) and _norm(lines[nonblank[end]]) == _norm(first):
        end += 1
    body_start = offsets[nonblank[end]] if end < len(nonblank) else len(text)
    return first, body_start


def _infer_date(title: str, body: str) -> tuple[str, str]:
    head = body.split("\n")[:15]
    for ln in head:  # "Posted June. 12, 2023 08:06" beats any other date
        if _POSTED.match(ln) and (found := find_date(ln)):
            return found[0], found[1]
    for ln in head[:6]:
        s = ln.strip()
        if s and (found := find_date(s)) and (_words(s) <= 8 or found[2] < 40):
            return found[0], found[1]
    m = YEAR_RE.search(title)
    if m:
        return m.group(1), "year"
    return "", ""


def _infer_source_authors(body: str, vocab: PageWords) -> tuple[str, tuple[str, ...]]:
    lines = [ln for ln in body.split("\n") if ln.strip()]
    source, authors = "", []
    candidates = lines[:6] + lines[-4:]
    for ln in candidates:
        m = _DATELINE.match(ln)
        if m and not source:
            agency = m.group("agency").strip()
            source = vocab.agencies.get(agency, agency)
        if _EMAIL.search(ln) and len(ln) < 300:
            # "Na-Ri Shin journari@donga.com · Kwan-Seok Jang jks@donga.com"
            for part in re.split(r"[·|;,/]", ln):
                em = _EMAIL.search(part)
                if not em:
                    continue
                name = part[: em.start()].strip(" -–—:")
                if name and _NAME.fullmatch(name):
                    authors.append(name)
                if not source:
                    domain = em.group(1).lower()
                    source = vocab.domains.get(domain, "")
        by = _BYLINE_BY.match(ln)
        if by:
            for name in re.split(r",| and | & ", by.group("names")):
                name = name.strip()
                if _NAME.fullmatch(name):
                    authors.append(name)
                elif name in vocab.agencies or name in vocab.agencies.values():
                    source = source or vocab.agencies.get(name, name)
    return source, tuple(dict.fromkeys(authors))


# ---------------------------------------------------------------- entry points

def article_id_for(path: str | Path, root: Path, folder_label: str = "") -> str:
    """The file's path under its corpus folder, without its extension, with
    "/" between folders (and the folder's label before it when given)."""
    ident = _relative_stem(os.fspath(path), os.fspath(root))
    if ident is None:  # (pathlib's reading, which the string one above agrees with where it answers)
        ident = Path(path).relative_to(root).with_suffix("").as_posix()
    return f"{folder_label}/{ident}" if folder_label else ident


def _relative_stem(path: str, root: str) -> str | None:
    """The same as pathlib's relative_to + with_suffix("") + as_posix for a
    path found under `root` by a folder walk, by string operations (pathlib
    took 2 of the 2.3 s of an update that found nothing changed at 100,000
    files); None where it cannot be sure and pathlib should answer."""
    prefix = root if root.endswith(os.sep) else root + os.sep
    if not path.startswith(prefix) or os.sep + "." + os.sep in path or os.sep * 2 in path[len(prefix):]:
        return None
    rel = path[len(prefix):]
    stem, ext = os.path.splitext(rel)
    if len(ext) < 2 or not stem or stem.endswith(os.sep):
        return None  # ("name.", ".hidden": pathlib's suffix rules differ)
    return stem.replace(os.sep, "/") if os.sep != "/" else stem


def _text_of(raw: bytes, path: str) -> tuple[str, str, dict[str, Any], str]:
    """(clean text, encoding or format, metadata, format): a web page, PDF
    or Word file through its reader, plain text with its front matter."""
    reader = reader_for(Path(path).suffix)
    if reader is not None:
        converted = reader(raw)
        return clean_text(converted.text), converted.format, dict(converted.meta), converted.format
    text, encoding = decode(raw)
    meta, rest = split_front_matter(clean_text(text))
    return rest, encoding, meta or {}, ""


def parse_article(raw: bytes, article_id: str, path: str) -> Article:
    """Decode and parse one file's bytes; raise SkipFile with a reason."""
    rest, encoding, meta, fmt = _text_of(raw, path)
    vocab = page_words()
    title = str(meta.get("title") or "").strip()
    if title and fmt not in ("pdf", "docx"):
        body = rest.lstrip("\n")
        start = len(rest) - len(body)
    else:  # (a PDF's or Word file's own title is often a file name: the text's headline first)
        title_in_text, start = _infer_title(rest, vocab.furniture)
        title, body = (title_in_text or title), rest[start:]
    if "page_starts" in meta:  # offsets into the body the reader shows
        meta["page_starts"] = [max(0, p - start) for p in meta["page_starts"]]
    body = body.rstrip()
    if not body.strip() and not title:
        raise SkipFile("no text after front matter")
    if meta.get("date") and fmt not in ("pdf", "docx"):
        date, precision = normalise_date(meta.get("date"))
    else:  # a PDF's creation date is the file's, not the story's: the text's date first
        date, precision = _infer_date(title, body)
        if not date and meta.get("date"):
            date, precision = normalise_date(meta.get("date"))
    source, authors = _infer_source_authors(body, vocab)
    if meta.get("source"):
        source = clean_text(str(meta["source"])).strip()
    fm_authors = meta.get("authors", meta.get("author"))
    if fm_authors:
        items = fm_authors if isinstance(fm_authors, list) else re.split(r",| and ", str(fm_authors))
        authors = tuple(clean_text(str(a)).strip() for a in items if str(a).strip())
    url = clean_text(str(meta.get("url") or "")).strip()
    if not source and url:
        host = re.sub(r"^www\.", "", re.sub(r"^[a-z]+://", "", url).split("/")[0].lower())
        source = vocab.domains.get(host, host)
    known = {"title", "date", "source", "authors", "author", "url"}
    extra = {str(k): v for k, v in meta.items() if k not in known}
    if fmt:
        extra["format"] = fmt
    return Article(
        id=article_id,
        path=path,
        title=clean_text(title).replace("\n", " "),
        body=body,
        date=date,
        date_precision=precision,  # type: ignore[arg-type]
        source=source,
        authors=authors,
        url=url,
        content_hash=hashlib.sha256(raw).hexdigest(),
        encoding=encoding,
        extra=extra,
    )


def load_article(path: Path, root: Path, folder_label: str = "", max_bytes: int | None = None) -> Article:
    """Read one file; raise SkipFile with the reason it cannot be indexed."""
    try:
        if max_bytes is not None and path.stat().st_size > max_bytes:
            size_mb = path.stat().st_size / 1e6
            raise SkipFile(f"larger than the size limit ({size_mb:.1f} MB > {max_bytes / 1e6:.1f} MB; see max_file_mb)")
        raw = path.read_bytes()
    except FileNotFoundError:
        raise SkipFile("file vanished before it could be read") from None
    except PermissionError:
        raise SkipFile("no permission to read the file") from None
    except IsADirectoryError:
        raise SkipFile("is a folder, not a file") from None
    except OSError as exc:
        raise SkipFile(f"cannot read the file ({exc.strerror or exc})") from None
    return parse_article(raw, article_id_for(path, root, folder_label), str(path))
