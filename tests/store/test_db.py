"""Opening databases: paths, read-only, bad files, newer schemas, threads."""
from __future__ import annotations

import sqlite3
import threading

import pytest

from store.db import default_db_path, open_db, open_for_thread
from store.errors import StoreError
from store.queries import counts
from store.schema import SCHEMA_VERSION, set_meta

from store_factories import ingest, make_article, smotrich_article


def test_default_path_honours_env(monkeypatch, tmp_path):
    monkeypatch.setenv("NEGOT_TUI_DB", str(tmp_path / "x.db"))
    assert default_db_path() == tmp_path / "x.db"
    monkeypatch.delenv("NEGOT_TUI_DB")
    p = default_db_path()
    assert p.name == "negot.db" and "negot-tui" in str(p)


def test_creates_parent_dirs_and_uses_wal(tmp_path):
    db = open_db(tmp_path / "a" / "b" / "n.db")
    assert db.conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert db.conn.execute("PRAGMA foreign_keys").fetchone()[0] == 1
    assert db.conn.execute("PRAGMA busy_timeout").fetchone()[0] >= 1000


def test_readonly_reads_but_cannot_write(db_path):
    db = open_db(db_path)
    ingest(db, smotrich_article())
    db.close()
    ro = open_db(db_path, readonly=True)
    assert counts(ro).quotes == 3
    with pytest.raises(sqlite3.OperationalError, match="readonly"):
        ro.conn.execute("DELETE FROM quotes")


def test_readonly_missing_file_is_clear(tmp_path):
    with pytest.raises(StoreError, match="no such database") as exc:
        open_db(tmp_path / "missing.db", readonly=True)
    assert "missing.db" in str(exc.value)
    assert not (tmp_path / "missing.db").exists()


@pytest.mark.parametrize("readonly", [False, True])
def test_not_a_sqlite_file(tmp_path, readonly):
    bad = tmp_path / "notes.db"
    bad.write_text("these are my notes, not a database\n" * 50)
    with pytest.raises(StoreError) as exc:
        open_db(bad, readonly=readonly)
    msg = str(exc.value)
    assert str(bad) in msg and "not a SQLite database" in msg and "\n" not in msg


def test_directory_is_refused(tmp_path):
    with pytest.raises(StoreError, match="directory"):
        open_db(tmp_path)


def test_foreign_sqlite_db_is_refused(tmp_path):
    other = tmp_path / "other.db"
    conn = sqlite3.connect(other)
    conn.execute("CREATE TABLE things(x)")
    conn.commit()
    conn.close()
    with pytest.raises(StoreError, match="not a negot-tui database"):
        open_db(other)


@pytest.mark.parametrize("readonly", [False, True])
def test_newer_schema_refused(db_path, readonly):
    db = open_db(db_path)
    set_meta(db, "schema_version", SCHEMA_VERSION + 1)
    db.close()
    with pytest.raises(StoreError) as exc:
        open_db(db_path, readonly=readonly)
    msg = str(exc.value)
    assert str(db_path) in msg and "newer" in msg and str(SCHEMA_VERSION + 1) in msg


def test_reopen_keeps_data_and_version(db_path):
    db = open_db(db_path)
    ingest(db, smotrich_article())
    db.close()
    db = open_db(db_path)
    assert counts(db).articles == 1


def test_connection_per_thread(db_path):
    db = open_db(db_path)
    ingest(db, smotrich_article())
    out, errors = [], []

    def shared():
        try:
            db.conn.execute("SELECT 1").fetchone()
        except sqlite3.ProgrammingError as exc:
            errors.append(exc)

    def own():
        worker_db = open_for_thread(db)
        out.append(counts(worker_db).quotes)
        worker_db.close()

    for fn in (shared, own):
        t = threading.Thread(target=fn)
        t.start()
        t.join()
    assert errors, "sharing a connection across threads should be refused by sqlite3"
    assert out == [3]


def _make_v1(path):
    """A database as the first release wrote it (schema version 1)."""
    import sqlite_utils

    from store import schema

    db = sqlite_utils.Database(path)
    with db.atomic():
        db["meta"].create({"key": str, "value": str}, pk="key")
        schema.MIGRATIONS[1](db)
        schema.set_meta(db, "schema_version", 1)
    return db


def test_older_schema_migrated_in_place(db_path):
    old = _make_v1(db_path)
    with old.atomic():  # rows as version 1 stored them
        old.conn.execute("INSERT INTO articles(id, name, content_hash, text) "
                         "VALUES (1, 'a.txt', 'h', 'x “Hello,” he said')")
        old.conn.execute("INSERT INTO speakers(id, name, party, named) VALUES (1, 'X Y', 'Other', 1)")
        old.conn.execute("INSERT INTO speaker_aliases(speaker_id, alias, key, surname) "
                         "VALUES (1, 'X Y', 'x y', 'y')")
        for i in range(3):
            old.conn.execute('INSERT INTO quotes(article_id, speaker_id, quote, start, "end") '
                             "VALUES (1, 1, 'Hello,', 3, 9)")
    old.close()
    with pytest.raises(StoreError, match="needs upgrading"):
        open_db(db_path, readonly=True)
    db = open_db(db_path)
    from store.schema import get_version

    assert get_version(db) == SCHEMA_VERSION
    assert "idx_quotes_timeline" in {ix.name for ix in db["quotes"].indexes}
    assert counts(db).quotes == 3
    assert db.conn.execute("SELECT uses FROM speaker_aliases").fetchone()[0] == 1
    ingest(db, smotrich_article())  # and the current code writes to it
    db.close()
    assert counts(open_db(db_path, readonly=True)).quotes == 6


def test_shared_connection_usable_from_another_thread(db_path):
    db = open_db(db_path)
    ingest(db, smotrich_article())
    db.close()
    shared = open_db(db_path, readonly=True, shared=True)
    out = []
    t = threading.Thread(target=lambda: out.append(counts(shared).quotes))
    t.start()
    t.join()
    assert out == [3]


def test_reader_is_shared_warm_and_serialised(db_path):
    from store.db import close_readers, reader

    db = open_db(db_path)
    ingest(db, smotrich_article())
    seen, errors = [], []

    def work():
        try:
            with reader(db_path) as r:
                seen.append((id(r), counts(r).quotes))
        except Exception as exc:  # noqa: BLE001
            errors.append(exc)

    threads = [threading.Thread(target=work) for _ in range(8)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert not errors and len({i for i, _ in seen}) == 1 and {n for _, n in seen} == {3}
    ingest(db, make_article("new.txt", ["\u201cFresh words,\u201d Yair Lapid said."],
                            [{"quote": "Fresh words,", "speaker": "Yair Lapid",
                              "party": "Israel"}]))
    with reader(db_path) as r:  # sees what was written since it was opened
        assert counts(r).quotes == 4
        with pytest.raises(sqlite3.OperationalError):
            r.conn.execute("DELETE FROM quotes")
    close_readers()


def test_empty_file_readonly_is_clear(tmp_path):
    empty = tmp_path / "empty.db"
    empty.write_bytes(b"")
    with pytest.raises(StoreError, match="empty database"):
        open_db(empty, readonly=True)
    assert counts(open_db(empty)).quotes == 0  # writable: becomes a fresh database
