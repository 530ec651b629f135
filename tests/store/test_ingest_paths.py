"""ingest_paths: files and folders, unreadable files reported, re-runs add nothing."""
from __future__ import annotations

import pytest

import extract
from store.ingest import ingest_paths
from store.queries import counts, quotes_for_timeline

from store_factories import fake_extract


@pytest.fixture(autouse=True)
def _fake_extractor(monkeypatch):
    monkeypatch.setattr(extract, "extract_article", fake_extract)


@pytest.fixture
def corpus(tmp_path):
    d = tmp_path / "corpus"
    (d / "sub").mkdir(parents=True)
    (d / "a.txt").write_text("Talks resumed.\n\u201cWe want a deal,\u201d Osama Hamdan (Hamas) said.\n",
                             encoding="utf-8")
    (d / "sub" / "b.txt").write_text(
        "\u201cNo deal without the hostages,\u201d Benjamin Netanyahu (Israel) said.\n"
        "\u201cPressure works,\u201d Netanyahu (Israel) said.\n", encoding="utf-8")
    (d / "empty.txt").write_text("   \n", encoding="utf-8")
    (d / "binary.txt").write_bytes(b"%PDF-1.4\x00\x01\x02" * 50)
    return d


def test_folder_ingest_and_rerun(db, corpus):
    progress, errors = [], []
    summary = ingest_paths(db, [corpus, corpus / "missing.txt"],
                           on_progress=lambda d, t, p: progress.append((d, t, p.name)),
                           on_error=lambda p, why: errors.append((p.name, why)))
    assert (summary.added, summary.skipped, summary.failed, summary.quotes) == (2, 0, 3, 3)
    assert [p[:2] for p in progress] == [(i, 4) for i in range(1, 5)]
    assert {name for name, _ in errors} == {"missing.txt", "empty.txt", "binary.txt"}
    assert all(why and "\n" not in why for _, why in errors)
    assert counts(db).speakers == 2  # "Netanyahu" merged into "Benjamin Netanyahu"
    again = ingest_paths(db, [corpus])
    assert (again.added, again.skipped, again.failed, again.quotes) == (0, 2, 2, 0)


def test_same_text_under_another_name_is_unchanged(db, corpus, tmp_path):
    ingest_paths(db, [corpus / "a.txt"])
    copy = tmp_path / "copy.txt"
    copy.write_text((corpus / "a.txt").read_text(encoding="utf-8").replace("\n", "\r\n"),
                    encoding="utf-8")
    summary = ingest_paths(db, [copy])
    assert (summary.added, summary.skipped) == (0, 1)


def test_metadata_override_by_file_name(db, corpus):
    ingest_paths(db, [corpus / "a.txt"], metadata={"a.txt": {"outlet": "Curated", "url": "u"}})
    (row,) = quotes_for_timeline(db)
    assert (row.outlet, row.url) == ("Curated", "u")


def test_extractor_crash_fails_one_file_only(db, corpus, monkeypatch):
    def crashing(text, name, **options):
        if name == "a.txt":
            raise ValueError("boom")
        return fake_extract(text, name, **options)

    monkeypatch.setattr(extract, "extract_article", crashing)
    summary = ingest_paths(db, [corpus / "a.txt", corpus / "sub"])
    assert (summary.added, summary.failed) == (1, 1)
    assert summary.failures[0][0].name == "a.txt" and "boom" in summary.failures[0][1]


def test_actors_passed_to_extractor(db, corpus, monkeypatch):
    seen = []

    def spy(text, name, **options):
        seen.append(options.get("actors"))
        return fake_extract(text, name)

    monkeypatch.setattr(extract, "extract_article", spy)
    marker = object()
    ingest_paths(db, [corpus / "a.txt"], actors=marker)
    assert seen == [marker]


def test_database_error_fails_the_file_not_the_batch(db, corpus, monkeypatch):
    import sqlite3

    from store import ingest as ingest_mod

    real = ingest_mod.find_article

    def locked(db_, digest):
        if locked.calls == 0:
            locked.calls += 1
            raise sqlite3.OperationalError("database is locked")
        return real(db_, digest)

    locked.calls = 0
    monkeypatch.setattr(ingest_mod, "find_article", locked)
    summary = ingest_paths(db, [corpus / "a.txt", corpus / "sub"])
    assert (summary.added, summary.failed) == (1, 1)
    assert "database is locked" in summary.failures[0][1]
