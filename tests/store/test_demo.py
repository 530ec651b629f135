"""The bundled demo corpus and its curated metadata."""
from __future__ import annotations

import pytest

import extract
from store import demo
from store.queries import counts, quotes_for_timeline

from store_factories import fake_extract


def test_demo_files_are_bundled():
    paths = demo.demo_paths()
    assert len(paths) >= 5 and all(p.suffix == ".txt" and p.stat().st_size > 0 for p in paths)


@pytest.fixture
def demo_copy(tmp_path, monkeypatch):
    d = tmp_path / "demo"
    d.mkdir()
    (d / "one.txt").write_text("\u201cWe want a deal,\u201d Osama Hamdan (Hamas) said.\n",
                               encoding="utf-8")
    (d / "two.txt").write_text("\u201cClose to a deal,\u201d Antony Blinken (United States) "
                               "said.\n", encoding="utf-8")
    monkeypatch.setattr(demo, "demo_dir", lambda: d)
    monkeypatch.setattr(extract, "extract_article", fake_extract)
    return d


def test_metadata_both_layouts(demo_copy):
    assert demo.demo_metadata() == {}
    (demo_copy / "sources.toml").write_text(
        '["one.txt"]\ntitle = "T1"\noutlet = "O1"\nurl = "https://x/1"\npublished = 2024-10-01\n'
        'ignored = "x"\n', encoding="utf-8")
    assert demo.demo_metadata() == {"one.txt": {"title": "T1", "outlet": "O1",
                                                "url": "https://x/1", "published": "2024-10-01",
                                                "author": None}}
    (demo_copy / "sources.toml").write_text('[sources."two.txt"]\noutlet = "O2"\n',
                                            encoding="utf-8")
    assert demo.demo_metadata() == {"two.txt": {"outlet": "O2", "title": None, "url": None,
                                                "published": None, "author": None}}


def test_ensure_demo_once_with_metadata(db, demo_copy):
    (demo_copy / "sources.toml").write_text('["one.txt"]\noutlet = "Curated"\n', encoding="utf-8")
    summary = demo.ensure_demo(db)
    assert summary.added == 2 and summary.failed == 0
    outlets = {r.speaker: r.outlet for r in quotes_for_timeline(db)}
    # listed file: curated values only; unlisted file: what the extractor found
    assert outlets == {"Osama Hamdan": "Curated", "Antony Blinken": "Detected Outlet"}
    assert demo.ensure_demo(db) is None
    assert counts(db).articles == 2


def test_real_demo_corpus_ingests(db):
    summary = demo.ensure_demo(db)
    assert summary.failed == 0 and summary.added == len(demo.demo_paths())
    listed = demo.demo_metadata()
    for name, title, outlet, url, published in db.conn.execute(
            "SELECT name, title, outlet, url, published FROM articles"):
        if name in listed:
            want = listed[name]
            assert (title, outlet, url, published) == (
                want["title"], want["outlet"], want["url"], want["published"]), name
