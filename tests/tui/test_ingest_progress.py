"""`negot-tui ingest` progress and exit status (tui.ingest_progress.run_ingest)."""
from __future__ import annotations

import sys

import pytest

import extract
from tui.ingest_progress import run_ingest


def _fake_extract(text, name, **options):
    from extract.records import ArticleMeta, ExtractedArticle, Quote

    start = text.index("\u201c") + 1
    end = text.index("\u201d")
    q = Quote(article=name, quote=text[start:end], speaker="Osama Hamdan", party="Hamas",
              faction=None, date=None, kind="full", start=start, end=end)
    return ExtractedArticle(meta=ArticleMeta(name=name), text=text, quotes=[q])


@pytest.fixture(autouse=True)
def _fake(monkeypatch):
    monkeypatch.setattr(extract, "extract_article", _fake_extract)


@pytest.fixture
def files(tmp_path):
    good = tmp_path / "good.txt"
    good.write_text("\u201cWe want a deal,\u201d he said.\n", encoding="utf-8")
    bad = tmp_path / "[bold]bad[red].txt"
    bad.write_bytes(b"")
    return good, bad


def test_plain_output_and_exit_codes(tmp_path, files, capsys):
    good, bad = files
    db = tmp_path / "n.db"
    assert run_ingest(db, [good]) == 0
    out, err = capsys.readouterr()
    assert out.strip() == ("negot-tui: 1 added, 0 unchanged, 0 failed; 1 quotes, 0 reported, "
                           "0 positions")
    assert "[1/1]" in err and "Traceback" not in err
    assert run_ingest(db, [good, bad, tmp_path / "nope.txt"]) == 1
    out, err = capsys.readouterr()
    assert "0 added, 1 unchanged, 2 failed" in out
    assert f"negot-tui: {bad}: empty file" in err.splitlines()
    assert f"negot-tui: {tmp_path / 'nope.txt'}: no such file or directory" in err.splitlines()
    assert "Traceback" not in err


def test_rich_progress_on_a_terminal(tmp_path, files, capsys, monkeypatch):
    good, bad = files
    monkeypatch.setattr(sys.stderr, "isatty", lambda: True, raising=False)
    assert run_ingest(tmp_path / "n.db", [good, bad]) == 1
    out, err = capsys.readouterr()
    assert f"{bad}: empty file" in err  # markup-like file name printed literally
    assert "1 added, 0 unchanged, 1 failed" in out


def test_bad_database_is_one_line(tmp_path, files, capsys):
    good, _ = files
    notdb = tmp_path / "notes.db"
    notdb.write_text("not a database " * 100)
    assert run_ingest(notdb, [good]) == 2
    out, err = capsys.readouterr()
    assert err.count("\n") == 1 and str(notdb) in err and "Traceback" not in err
