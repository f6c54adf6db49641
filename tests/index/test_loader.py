"""Loading and metadata inference: what the reader's header and the result
list show for files with and without front matter."""

from __future__ import annotations

from pathlib import Path

import pytest

from defect_tui.index.loader import SkipFile, load_article, parse_article
from defect_tui.index.locations import seeds_dir

SEED_2015 = "000_4ce9b506f67d8f13"
SEED_2023 = "003_e6830725a6523a0a"


def _seed(name: str):
    return load_article(seeds_dir() / f"{name}.txt", seeds_dir())


def test_seed_2015_title_is_first_line_and_year_from_headline() -> None:
    art = _seed(SEED_2015)
    assert art.id == SEED_2015
    assert art.title.startswith("Number of North Korean Senior Officials Defecting")
    assert (art.date, art.date_precision) == ("2015", "year")
    assert art.body.startswith("At least 20 senior officials")


def test_seed_2023_skips_furniture_and_repeated_headline() -> None:
    art = _seed(SEED_2023)
    assert art.title == "Growing unrest among N.K. elites, signs of serial defections"
    assert (art.date, art.date_precision) == ("2023-06-12", "day")
    assert "Growing unrest" not in art.body
    assert "Go to contents" not in art.body
    assert art.source == "The Dong-A Ilbo"
    assert art.authors == ("Na-Ri Shin", "Kwan-Seok Jang")


def test_front_matter_sets_metadata_and_keeps_extra_keys() -> None:
    raw = (
        "---\ntitle: Envoy flees\ndate: 2019-01-03\nsource: Example Times\n"
        "authors: [A. Writer, B. Writer]\nurl: https://example.org/x\ntags: [nk]\n---\n"
        "The envoy fled to Rome.\n"
    ).encode()
    art = parse_article(raw, "x", "x.md")
    assert (art.title, art.date, art.date_precision) == ("Envoy flees", "2019-01-03", "day")
    assert art.source == "Example Times" and art.authors == ("A. Writer", "B. Writer")
    assert art.extra == {"tags": ["nk"]}
    assert art.body == "The envoy fled to Rome."


@pytest.mark.parametrize(("value", "expected"), [
    ("'June 2016'", ("2016-06", "month")),
    ("2014", ("2014", "year")),
    ("'12 March 2020'", ("2020-03-12", "day")),
])
def test_front_matter_date_as_text(value: str, expected: tuple[str, str]) -> None:
    art = parse_article(f"---\ntitle: T\ndate: {value}\n---\nBody.\n".encode(), "x", "x.md")
    assert (art.date, art.date_precision) == expected


def test_wire_dateline_gives_source_and_byline_gives_author() -> None:
    raw = (b"Soldier crosses border\n\nBy Kim Min-ji\n\n"
           b"SEOUL, July 16 (Yonhap) -- A North Korean soldier crossed the border on Tuesday.\n")
    art = parse_article(raw, "x", "x.txt")
    assert art.title == "Soldier crosses border"
    assert art.source == "Yonhap News Agency"
    assert art.authors == ("Kim Min-ji",)


def test_headline_year_only_when_nothing_better() -> None:
    raw = b"Defections rose in 2019\n\nPublished 4 February 2020\n\nText of the article.\n"
    art = parse_article(raw, "x", "x.txt")
    assert (art.date, art.date_precision) == ("2020-02-04", "day")


def test_escape_sequences_and_controls_are_removed() -> None:
    raw = "Title\n\nSafe \x1b[31mred\x1b[0m text\x1b]52;c;ZXZpbA==\x07 and \u202eevil\x07.\n".encode()
    art = parse_article(raw, "x", "x.txt")
    assert art.body == "Safe red text and evil."


@pytest.mark.parametrize(("raw", "reason"), [
    (b"", "empty"),
    (b"   \n\n", "empty"),
    (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)) * 8, "binary"),
    (b"---\ntitle: [unclosed\n---\nbody\n", "not valid YAML"),
    (b"---\n- a\n- b\n---\nbody\n", "not a mapping"),
    (b"---\na: &x [1, 2]\nb: *x\n---\nbody\n", "aliases"),
])
def test_unusable_files_are_skipped_with_a_reason(raw: bytes, reason: str) -> None:
    with pytest.raises(SkipFile, match=reason):
        parse_article(raw, "x", "x.txt")


@pytest.mark.parametrize("encoding", ["utf-8-sig", "utf-16", "cp1252", "euc-kr"])
def test_common_encodings_decode(encoding: str) -> None:
    text = "Defector report\n\nThe envoy’s café statement: 탈북 – “quoted”.\n"
    if encoding == "cp1252":
        text = text.replace("탈북", "defector")
    if encoding == "euc-kr":
        text = "탈북자 보고서\n\n북한 외교관이 서울로 망명했다. 통일부는 이를 확인했다. " * 3 + "\n"
    art = parse_article(text.encode(encoding), "x", "x.txt")
    assert art.body.strip().split()[-1] == text.strip().split()[-1]


def test_size_limit_skips_large_file(tmp_path: Path) -> None:
    big = tmp_path / "big.txt"
    big.write_bytes(b"word " * 300_000)
    with pytest.raises(SkipFile, match="size limit"):
        load_article(big, tmp_path, max_bytes=1_000_000)


def test_ids_are_relative_paths_without_extension(tmp_path: Path) -> None:
    (tmp_path / "2015" / "apr").mkdir(parents=True)
    f = tmp_path / "2015" / "apr" / "story.md"
    f.write_text("Headline here\n\nBody.\n")
    assert load_article(f, tmp_path).id == "2015/apr/story"


def test_posted_line_without_spaces_gives_the_date() -> None:
    art = parse_article("Headline of the story here\nPosted on : Oct.12,2023 16:40 KST\n\nBody text.\n".encode(), "x", "x.txt")
    assert (art.date, art.date_precision) == ("2023-10-12", "day")


def test_article_ids_by_string_agree_with_pathlib(tmp_path) -> None:
    """The scan's ids are worked out with string operations (fast at 100,000
    files); they must be pathlib's relative path without the extension."""
    from defect_tui.index.loader import article_id_for

    names = ["a.md", "2020/x.y.md", "a.b/c.txt", "d/e.html", "x.tar.gz", "d/.md", "d/x.", "sub/../a.md", "é/ü.md"]
    for name in names:
        path = tmp_path / name
        expected = path.relative_to(tmp_path).with_suffix("").as_posix()
        assert article_id_for(path, tmp_path) == expected, name
        assert article_id_for(path, tmp_path, "seeds") == "seeds/" + expected
