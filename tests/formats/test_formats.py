"""Web pages, PDFs and Word files: the story's text, its metadata, the
same incidents as the plain text, and hostile files skipped with a reason."""

from __future__ import annotations

import io
import zipfile
from pathlib import Path

import pytest
from hypothesis import given, settings as hsettings, strategies as st

from defect_tui.index.api import open_corpus
from defect_tui.index.config import load_settings
from defect_tui.index.extract import Extractor
from defect_tui.index.loader import SkipFile, load_article, parse_article

from .make_files import pdf, pdf_of_text, web_page, word_file

TITLE = "Senior North Korean diplomat in Kuwait defects to South Korea"
PARAS = [
    "SEOUL, Oct. 5 (Yonhap) -- A senior North Korean diplomat who served as acting ambassador to Kuwait "
    "defected to South Korea in September 2019, officials said Monday.",
    "Ryu Hyun-woo, the former charge d'affaires at the North Korean Embassy in Kuwait, arrived in Seoul "
    "with his wife and children, according to the Ministry of Unification.",
    "The defection was not made public until now for the safety of his family.",
]


def _incidents(path: Path) -> list[tuple[str, str, str]]:
    art = load_article(path, path.parent)
    rows = Extractor().extract(art).incidents
    return sorted((r.status, r.actor_name or r.actor, r.date) for r in rows)


def test_the_same_story_gives_the_same_incidents_in_every_format(tmp_path: Path) -> None:
    (tmp_path / "s.txt").write_text(TITLE + "\n\n" + "\n\n".join(PARAS) + "\n", encoding="utf-8")
    (tmp_path / "s.html").write_bytes(web_page(TITLE, PARAS, date="2020-10-05", site="Yonhap",
                                               url="https://en.yna.co.kr/view/1", author="Kim Soo-yeon"))
    (tmp_path / "s.pdf").write_bytes(pdf_of_text(TITLE, PARAS, header="Yonhap News Agency"))
    (tmp_path / "s.docx").write_bytes(word_file(TITLE, PARAS))
    plain = _incidents(tmp_path / "s.txt")
    assert plain and any("Ryu Hyun-woo" in actor for _, actor, _ in plain)
    for name in ("s.html", "s.pdf", "s.docx"):
        assert _incidents(tmp_path / name) == plain, name


def test_a_web_page_is_the_story_without_its_page(tmp_path: Path) -> None:
    path = tmp_path / "story.html"
    path.write_bytes(web_page(TITLE, PARAS, date="2020-10-05", site="Yonhap News Agency",
                              url="https://en.yna.co.kr/view/AEN20201005", author="Kim Soo-yeon"))
    art = load_article(path, tmp_path)
    assert art.title == TITLE
    assert "acting ambassador to Kuwait" in art.body and "Ryu Hyun-woo" in art.body
    for furniture in ("World news menu", "cookies", "secretTrackerValue", "football scores", "Copyright footer",
                      "color: red"):
        assert furniture not in art.body, furniture
    assert art.date == "2020-10-05" and art.date_precision == "day"
    assert art.source == "Yonhap News Agency" and art.url == "https://en.yna.co.kr/view/AEN20201005"
    assert art.extra.get("format") == "html"
    assert "\n" in art.body.strip()  # paragraphs kept


def test_a_pdf_loses_running_headers_page_numbers_and_line_hyphens(tmp_path: Path) -> None:
    body = ["The ministry said the number of defectors fell sharply after the border was sealed in 2020, "
            "with only a few dozen arrivals recorded each year since then according to the figures."] * 12
    lines = []
    for p in body:
        lines += [p[:60] + "-", p[60:120], p[120:]]
    lines[0] = "The ministry said the number of defec-"
    lines[1] = "tors fell sharply after the border was sealed in 2020,"
    pages = [lines[i:i + 9] for i in range(0, len(lines), 9)]
    path = tmp_path / "report.pdf"
    path.write_bytes(pdf(pages, title="report_final_v2.pdf", header="Institute for National Security Strategy",
                         footer="Page"))
    art = load_article(path, tmp_path)
    assert "Institute for National Security Strategy" not in art.body
    assert "Page 2" not in art.body
    assert "defectors fell sharply" in art.body  # hyphen at a line end joined
    assert art.extra.get("format") == "pdf"


def test_a_word_file_gives_paragraphs_tables_and_properties(tmp_path: Path) -> None:
    path = tmp_path / "memo.docx"
    path.write_bytes(word_file(TITLE, PARAS, author="Lee Min-ji",
                               table=[["Year", "Arrivals"], ["2019", "1,047"], ["2020", "229"]]))
    art = load_article(path, tmp_path)
    assert art.title == TITLE and "Ryu Hyun-woo" in art.body
    assert "2020 | 229" in art.body
    assert art.authors == ("Lee Min-ji",)


@pytest.mark.parametrize("name, data, reason", [
    ("scan.pdf", pdf([[]]), "no text layer (scanned)"),
    ("broken.pdf", b"%PDF-1.4\n1 0 obj << /Type /Catalog", "PDF could not be read"),
    ("notzip.docx", b"this is not a zip file at all", "not a Word file (not a zip archive)"),
    ("empty.html", b"<html><head><title>x</title></head><body><nav>Home</nav></body></html>",
     "web page has no article text"),
])
def test_bad_files_are_skipped_with_the_reason(tmp_path: Path, name: str, data: bytes, reason: str) -> None:
    path = tmp_path / name
    path.write_bytes(data)
    with pytest.raises(SkipFile) as err:
        load_article(path, tmp_path)
    assert reason in str(err.value)


def test_an_encrypted_pdf_and_a_zip_bomb_are_skipped(tmp_path: Path) -> None:
    from pypdf import PdfWriter

    writer = PdfWriter()
    writer.add_blank_page(612, 792)
    writer.encrypt("secret")
    buf = io.BytesIO()
    writer.write(buf)
    (tmp_path / "locked.pdf").write_bytes(buf.getvalue())
    with pytest.raises(SkipFile, match="encrypted PDF"):
        load_article(tmp_path / "locked.pdf", tmp_path)
    bomb = io.BytesIO()
    with zipfile.ZipFile(bomb, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("word/document.xml", b"\0" * 210_000_000)
    (tmp_path / "bomb.docx").write_bytes(bomb.getvalue())
    with pytest.raises(SkipFile, match="unpacks to more than"):
        load_article(tmp_path / "bomb.docx", tmp_path)


def test_other_files_are_listed_as_skipped_and_clutter_is_not(tmp_path: Path, private_home: Path) -> None:
    folder = tmp_path / "corpus"
    folder.mkdir()
    (folder / "story.html").write_bytes(web_page(TITLE, PARAS, date="2020-10-05", site="Yonhap"))
    (folder / "report.pdf").write_bytes(pdf_of_text(TITLE, PARAS))
    (folder / "notes.xyz").write_text("x")
    (folder / "README").write_text("read me")
    (folder / ".DS_Store").write_bytes(b"\0")
    (folder / "Thumbs.db").write_bytes(b"\0")
    with open_corpus(load_settings(corpus=[folder], index_dir=tmp_path / "ix")) as corpus:
        report = corpus.update()
        assert report.added == 2
        reasons = {Path(s.path).name: s.reason for s in corpus.skipped()}
        assert reasons == {"notes.xyz": "unsupported type .xyz", "README": "unsupported type (no extension)"}
        assert corpus.update().added == 0 and len(corpus.skipped()) == 2  # still listed after a no-op update
        assert corpus.search("Kuwait").total == 2


@hsettings(max_examples=40, deadline=None)
@given(data=st.binary(max_size=3000), suffix=st.sampled_from([".html", ".pdf", ".docx"]))
def test_random_bytes_in_any_format_never_crash(data: bytes, suffix: str) -> None:
    try:
        parse_article(data, "x", f"x{suffix}")
    except SkipFile:
        pass


def test_hostile_web_pages_are_read_or_skipped_with_a_reason(tmp_path: Path) -> None:
    deep = b"<html><body>" + b"<div>" * 10_000 + b"North Korean diplomat defected. " * 5 + b"</div>" * 10_000
    big = web_page(TITLE, PARAS * 2000)  # tens of megabytes of story
    legacy = web_page(TITLE, PARAS + ["Caf\u00e9 owner Kim said the defector \u2014 a diplomat \u2014 left."]) \
        .replace(b'charset="utf-8"', b'charset="windows-1252"').decode("utf-8").encode("cp1252")
    for name, data in (("deep.html", deep), ("big.html", big), ("legacy.html", legacy)):
        (tmp_path / name).write_bytes(data)
        try:
            art = load_article(tmp_path / name, tmp_path)
        except SkipFile as exc:
            assert str(exc), name
            continue
        if name == "legacy.html":
            assert "Café owner Kim" in art.body and "—" in art.body


def test_reading_a_file_is_bounded_in_a_worker(monkeypatch, tmp_path: Path) -> None:
    import time

    from defect_tui.index import extract_pool

    def slow(*a, **kw):  # a parser that never returns
        time.sleep(5)

    monkeypatch.setattr(extract_pool, "load_article", slow)
    extract_pool._init_worker(None)
    t0 = time.monotonic()
    aid, art, ex, reason, _prepared = extract_pool._process(("x", str(tmp_path / "x.pdf"), str(tmp_path), "", None, 0.3))
    assert art is None and "took longer than 0.3 s" in reason and time.monotonic() - t0 < 2


@pytest.mark.parametrize("seed", ["000_4ce9b506f67d8f13", "003_e6830725a6523a0a"])
def test_the_seed_articles_give_the_same_incidents_in_every_format(tmp_path: Path, seed: str) -> None:
    from defect_tui.index.locations import seeds_dir

    source = load_article(seeds_dir() / f"{seed}.txt", seeds_dir())
    paras = [p.strip() for p in source.body.split("\n") if p.strip()]
    (tmp_path / "s.txt").write_text(source.title + "\n\n" + "\n\n".join(paras) + "\n", encoding="utf-8")
    day = source.date if source.date_precision == "day" else ""  # (a page's date is a day: "2015" would read 2015-01-01)
    (tmp_path / "s.html").write_bytes(web_page(source.title, paras, date=day, site=source.source))
    (tmp_path / "s.pdf").write_bytes(pdf_of_text(source.title, paras))
    (tmp_path / "s.docx").write_bytes(word_file(source.title, paras))
    plain = _incidents(tmp_path / "s.txt")
    assert plain
    for name in ("s.html", "s.pdf", "s.docx"):
        assert _incidents(tmp_path / name) == plain, name
