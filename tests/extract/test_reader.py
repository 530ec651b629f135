"""Reader: finding files, decoding bytes, rejecting non-articles, header and boilerplate."""
from __future__ import annotations

import os
from pathlib import Path

import pytest

from extract.reader import ArticleReadError, iter_article_files, parse_layout, read_article_file

BODY = "Hamas said on Thursday that talks would resume. \u201cWe are ready,\u201d an official said.\n"


# ---------------------------------------------------------------- files

def test_iter_files_sorted_recursive_skips_hidden(tmp_path: Path):
    (tmp_path / "b.txt").write_text("x")
    (tmp_path / "a.txt").write_text("x")
    (tmp_path / ".hidden.txt").write_text("x")
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "c.md").write_text("x")
    (tmp_path / "sub" / "image.png").write_bytes(b"\x89PNG")
    (tmp_path / ".git").mkdir()
    (tmp_path / ".git" / "d.txt").write_text("x")
    got = [p.relative_to(tmp_path).as_posix() for p in iter_article_files([tmp_path])]
    assert got == ["a.txt", "b.txt", "sub/c.md"]


def test_iter_files_reports_missing(tmp_path: Path):
    errors = []
    got = list(iter_article_files([tmp_path / "nope.txt"], on_error=lambda p, why: errors.append((p, why))))
    assert got == []
    assert errors and "no such file" in errors[0][1]


@pytest.mark.skipif(not hasattr(os, "symlink"), reason="no symlinks")
def test_iter_files_survives_symlink_loop(tmp_path: Path):
    (tmp_path / "a.txt").write_text("x")
    (tmp_path / "loop").symlink_to(tmp_path, target_is_directory=True)
    got = list(iter_article_files([tmp_path]))
    assert [p.name for p in got] == ["a.txt"]


def test_explicit_file_any_suffix(tmp_path: Path):
    f = tmp_path / "article.html"
    f.write_text("x")
    assert list(iter_article_files([f])) == [f]


# ------------------------------------------------------------- decoding

@pytest.mark.parametrize("data", [
    BODY.encode("utf-8"),
    b"\xef\xbb\xbf" + BODY.encode("utf-8"),
    BODY.encode("utf-16"),              # with BOM
    BODY.encode("utf-16-le"),           # without BOM
])
def test_decodings(tmp_path: Path, data: bytes):
    f = tmp_path / "a.txt"
    f.write_bytes(data)
    assert read_article_file(f) == BODY


def test_cp1252_fallback(tmp_path: Path):
    f = tmp_path / "a.txt"
    f.write_bytes("\u201cWe are ready,\u201d he said \u2014 caf\u00e9".encode("cp1252"))
    assert read_article_file(f) == "\u201cWe are ready,\u201d he said \u2014 caf\u00e9"


def test_newlines_normalised(tmp_path: Path):
    f = tmp_path / "a.txt"
    f.write_bytes(b"one\r\ntwo\rthree\n")
    assert read_article_file(f) == "one\ntwo\nthree\n"


@pytest.mark.parametrize("data, reason", [
    (b"", "empty"),
    (b"   \n\n", "empty"),
    (b"%PDF-1.7 binary stuff", "binary"),
    (b"abc\x00\x00\x00def\x00\x00ghi\x00\x00\x00\x00", "binary"),
])
def test_rejects(tmp_path: Path, data: bytes, reason: str):
    f = tmp_path / "a.txt"
    f.write_bytes(data)
    with pytest.raises(ArticleReadError, match=reason) as exc:
        read_article_file(f)
    assert "\n" not in str(exc.value)


def test_rejects_too_large(tmp_path: Path):
    f = tmp_path / "a.txt"
    f.write_bytes(b"word " * 1000)
    with pytest.raises(ArticleReadError, match="too large"):
        read_article_file(f, max_bytes=1000)


def test_rejects_directory(tmp_path: Path):
    with pytest.raises(ArticleReadError):
        read_article_file(tmp_path)


# ------------------------------------------------------ header & boilerplate

def test_header_fields():
    text = ("title: Talks resume\noutlet: BBC News\nurl: http://example.org/a\npublished: 2024-05-06\n\n" + BODY)
    lay = parse_layout(text, "a.txt")
    assert lay.meta.title == "Talks resume"
    assert lay.meta.outlet == "BBC News"
    assert lay.meta.url == "http://example.org/a"
    assert lay.meta.published == "2024-05-06"
    # header lines are excluded from extraction; the body is not
    body_start = text.index("Hamas")
    assert all(e <= body_start for _, e in lay.excluded)


def test_dateline_and_first_line_date():
    lay = parse_layout(" date 2024-03-16 Amidst tensions, Smotrich spoke.\n", "a.txt")
    assert lay.meta.published == "2024-03-16"
    s, e = lay.excluded[0]
    assert " date 2024-03-16 "[:e - s].strip() == "date 2024-03-16"
    lay = parse_layout("Friday, November 22, 2024\n\nHeadline here\n\nBody text.\n", "a.txt")
    assert lay.meta.published == "2024-11-22"
    assert lay.meta.title == "Headline here"


def test_boilerplate_excluded():
    text = ("Headline\n\nGetting your Trinity Audio player ready...\n" + BODY +
            "- Advertisement -\nSee also  Other story about \u201cthings,\u201d he said\n" + BODY * 3 +
            "Source link\n\nBy Ali Raza\n\nI am a dedicated writer with a passion for news.\n\n"
            "Leave a Reply\nYour email address will not be published.\n\nLatest News\n\n"
            "\u201cSomething else,\u201d a minister said.\n")
    lay = parse_layout(text, "a.txt")
    excluded = "".join(text[s:e] for s, e in lay.excluded)
    for phrase in ("Trinity Audio", "Advertisement", "See also", "Source link", "By Ali Raza",
                   "dedicated writer", "Leave a Reply", "email address", "Something else"):
        assert phrase in excluded, phrase
    assert "We are ready" not in excluded


from hypothesis import given, settings  # noqa: E402
from hypothesis import strategies as st  # noqa: E402


@settings(max_examples=300, deadline=None)
@given(st.binary(max_size=400))
def test_any_bytes_read_or_one_line_error(tmp_path_factory, data):
    f = tmp_path_factory.mktemp("b") / "a.txt"
    f.write_bytes(data)
    try:
        text = read_article_file(f)
    except ArticleReadError as exc:
        assert str(exc) and "\n" not in str(exc)
    else:
        assert isinstance(text, str) and text.strip() and "\r" not in text


DATE_BAR_PAGE = ("Friday, November 22, 2024\n\nHamas rejects the latest truce proposal\n\nMust Read\n\n"
                 "- Advertisement -\n\nGetting your Trinity Audio player ready...\n\n"
                 "Hamas on Tuesday rejected the proposal, officials said.\n")


def test_page_date_bar_is_not_the_publication_date():
    """The "today" bar of a saved page says when it was saved: published stays unknown."""
    lay = parse_layout(DATE_BAR_PAGE, "a.txt")
    assert lay.meta.published is None
    assert lay.meta.title == "Hamas rejects the latest truce proposal"
    bar_end = DATE_BAR_PAGE.index("\n")
    assert any(s == 0 and e == bar_end for s, e in lay.excluded)


def test_page_date_bar_kept_when_something_agrees():
    page = DATE_BAR_PAGE.replace("Hamas on Tuesday", "Published on November 22, 2024\n\nHamas on Tuesday")
    assert parse_layout(page, "a.txt").meta.published == "2024-11-22"
    hdr = "url: https://example.org/news/2024/11/22/hamas-rejects\n\n" + DATE_BAR_PAGE
    assert parse_layout(hdr, "a.txt").meta.published == "2024-11-22"


def test_page_date_bar_and_a_different_published_line():
    page = DATE_BAR_PAGE.replace("Hamas on Tuesday", "Published on November 19, 2024\n\nHamas on Tuesday")
    assert parse_layout(page, "a.txt").meta.published == "2024-11-19"


def test_explicit_published_header_beats_date_bar():
    page = "published: 2024-11-20\n\n" + DATE_BAR_PAGE
    assert parse_layout(page, "a.txt").meta.published == "2024-11-20"


def test_published_from_the_url_when_nothing_else_says():
    body = "Talks resumed in the capital, officials said.\n"
    assert parse_layout("url: https://example.org/world/2024/3/9/talks-resume\n\n" + body,
                        "a.txt").meta.published == "2024-03-09"
    assert parse_layout("url: https://example.org/20240309/talks\n\n" + body, "a.txt").meta.published == "2024-03-09"
    assert parse_layout("url: https://example.org/news/world-67676982\n\n" + body, "a.txt").meta.published is None
    # a header date wins; the date bar of a saved page still says nothing when the URL disagrees
    page = "published: 2024-03-10\nurl: https://example.org/2024/3/9/talks\n\n" + body
    assert parse_layout(page, "a.txt").meta.published == "2024-03-10"
    hdr = "url: https://example.org/news/2024/11/19/hamas-rejects\n\n" + DATE_BAR_PAGE
    assert parse_layout(hdr, "a.txt").meta.published == "2024-11-19"


def test_published_line_with_a_time_before_the_date():
    body = "Talks resumed in the capital, officials said.\n"
    page = "Harbour talks resume\n\nUpdated 3:45 PM EST, Tue March 5, 2024\n\n" + body
    assert parse_layout(page, "a.txt").meta.published == "2024-03-05"
    page = "Harbour talks resume\n\nUpdated 2 hours ago\n\n" + body
    assert parse_layout(page, "a.txt").meta.published is None


def test_more_publication_lines():
    body = "\n\nTalks resumed in the capital, officials said.\n\nMore text follows here.\n"
    for head in ("Date: March 5, 2024", "Harbour talks resume\nBy Anna Berg | March 5, 2024",
                 "Harbour talks resume\nMarch 5, 2024", "Harbour talks resume\n\n5 March 2024"):
        assert parse_layout(head + body, "a.txt").meta.published == "2024-03-05", head
    assert parse_layout("Date night in the capital was fun in 2024" + body, "a.txt").meta.published is None
    # the saved page's "today" bar under a headline is still no publication date
    assert parse_layout("Hamas rejects the latest truce proposal\n" + DATE_BAR_PAGE, "a.txt").meta.published is None
