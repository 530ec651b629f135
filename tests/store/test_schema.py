"""The schema: tables, declared foreign keys, FTS kept in sync by triggers, version."""
from __future__ import annotations

from store.schema import SCHEMA_VERSION, get_version

from store_factories import ingest, smotrich_article


def test_tables_and_version(db):
    names = set(db.table_names())
    assert {"articles", "speakers", "speaker_aliases", "quotes", "reported", "positions",
            "meta", "vocab", "quotes_fts", "reported_fts"} <= names
    assert get_version(db) == SCHEMA_VERSION


def test_foreign_keys_are_declared(db):
    fks = {(fk.column, fk.other_table) for fk in db["quotes"].foreign_keys}
    assert fks == {("article_id", "articles"), ("speaker_id", "speakers")}
    fks = {(fk.column, fk.other_table) for fk in db["positions"].foreign_keys}
    assert ("quote_id", "quotes") in fks and ("speaker_id", "speakers") in fks
    assert {(fk.column, fk.other_table) for fk in db["speaker_aliases"].foreign_keys} == {
        ("speaker_id", "speakers")}


def test_foreign_keys_enforced(db):
    import sqlite3

    import pytest

    with pytest.raises(sqlite3.IntegrityError):
        with db.atomic():
            db.conn.execute('INSERT INTO quotes(article_id, quote, start, "end") '
                            "VALUES (999, 'x', 0, 1)")


def test_fts_detected_and_in_sync(db):
    assert db["quotes"].detect_fts() == "quotes_fts"
    assert db["reported"].detect_fts() == "reported_fts"
    ingest(db, smotrich_article())

    def hits(word):
        return [r[0] for r in db.conn.execute(
            "SELECT rowid FROM quotes_fts WHERE quotes_fts MATCH ?", (word,))]

    assert len(hits("oxygen")) == 1
    qid = hits("oxygen")[0]
    with db.atomic():
        db.conn.execute("UPDATE quotes SET quote = 'air supply' WHERE id = ?", (qid,))
    assert hits("oxygen") == [] and hits("supply") == [qid]
    with db.atomic():
        db.conn.execute("DELETE FROM positions")
        db.conn.execute("DELETE FROM quotes WHERE id = ?", (qid,))
    assert hits("supply") == []
    assert db.conn.execute("SELECT count(*) FROM reported_fts WHERE reported_fts MATCH "
                           "'withdrawal'").fetchone()[0] == 1


def test_indexes(db):
    cols = {tuple(ix.columns) for ix in db["quotes"].indexes}
    assert {("date",), ("party",), ("speaker_id",), ("sort_date",)} <= cols
    assert ("content_hash",) in {tuple(ix.columns) for ix in db["articles"].indexes if ix.unique}
