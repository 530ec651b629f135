"""Table definitions, full-text indexes and in-place migrations.

The schema version lives in the `meta` table. `MIGRATIONS[n]` turns a version
n-1 database into version n; an older program refuses a database whose version
is higher than `SCHEMA_VERSION` (see `store.db.open_db`).
"""
from __future__ import annotations

from collections.abc import Callable

import sqlite_utils

SCHEMA_VERSION = 3

# FTS5 over quotes and reported speech. Own SQL rather than `enable_fts` so the
# index can carry a prefix index (fast as-you-type `word*` queries); the shape
# (`<table>_fts`, content="<table>", triggers `<table>_ai/_ad/_au`) is the one
# sqlite-utils and datasette detect.
_TOKENIZE = "unicode61 remove_diacritics 2"
FTS_TABLES = {"quotes": ("quote", "speaker_name"), "reported": ("content", "speaker_name")}


def _fts_sql(table: str, columns: tuple[str, ...]) -> str:
    cols = ", ".join(f"[{c}]" for c in columns)
    new = ", ".join(f"new.[{c}]" for c in columns)
    old = ", ".join(f"old.[{c}]" for c in columns)
    fts = f"{table}_fts"
    return f"""
CREATE VIRTUAL TABLE [{fts}] USING FTS5 (
    {cols},
    tokenize='{_TOKENIZE}', prefix='2 3',
    content="{table}"
);
CREATE TRIGGER [{table}_ai] AFTER INSERT ON [{table}] BEGIN
  INSERT INTO [{fts}] (rowid, {cols}) VALUES (new.rowid, {new});
END;
CREATE TRIGGER [{table}_ad] AFTER DELETE ON [{table}] BEGIN
  INSERT INTO [{fts}] ([{fts}], rowid, {cols}) VALUES('delete', old.rowid, {old});
END;
CREATE TRIGGER [{table}_au] AFTER UPDATE ON [{table}] BEGIN
  INSERT INTO [{fts}] ([{fts}], rowid, {cols}) VALUES('delete', old.rowid, {old});
  INSERT INTO [{fts}] (rowid, {cols}) VALUES (new.rowid, {new});
END;
"""


def _v1(db: sqlite_utils.Database) -> None:
    """Initial schema."""
    db["articles"].create({
        "id": int, "name": str, "content_hash": str, "title": str, "outlet": str, "url": str,
        "published": str, "author": str, "text": str, "ingested_at": str,
    }, pk="id", not_null=["name", "content_hash", "text"])
    db["articles"].create_index(["content_hash"], unique=True)
    db["articles"].create_index(["published"])

    db["speakers"].create({"id": int, "name": str, "party": str, "faction": str, "named": int},
                          pk="id", not_null=["name"])
    # One speaker per (name, party): "a senior official" of Hamas is not Israel's.
    db.execute("CREATE UNIQUE INDEX idx_speakers_name_party ON speakers(name, COALESCE(party, ''))")
    db["speakers"].create_index(["party"])

    # key/surname: the folded, title-stripped form used to merge name variants.
    db["speaker_aliases"].create({"speaker_id": int, "alias": str, "key": str, "surname": str},
                                 foreign_keys=[("speaker_id", "speakers", "id")],
                                 not_null=["speaker_id", "alias"])
    db["speaker_aliases"].create_index(["speaker_id", "alias"], unique=True)
    db["speaker_aliases"].create_index(["key"])
    db["speaker_aliases"].create_index(["surname"])
    db.execute("CREATE INDEX idx_speaker_aliases_alias ON speaker_aliases(alias COLLATE NOCASE)")

    db["quotes"].create({
        "id": int, "article_id": int, "speaker_id": int, "quote": str, "speaker_name": str,
        "party": str, "faction": str, "date": str, "sort_date": str, "kind": str,
        "start": int, "end": int, "cue": str, "speaker_as_written": str, "paragraph": str,
    }, pk="id", not_null=["article_id", "quote", "start", "end"],
        foreign_keys=[("article_id", "articles", "id"), ("speaker_id", "speakers", "id")])
    db["reported"].create({
        "id": int, "article_id": int, "speaker_id": int, "speaker_name": str, "party": str,
        "faction": str, "cue": str, "content": str, "date": str, "sort_date": str,
        "start": int, "end": int, "speaker_as_written": str, "paragraph": str,
    }, pk="id", not_null=["article_id", "content", "start", "end"],
        foreign_keys=[("article_id", "articles", "id"), ("speaker_id", "speakers", "id")])
    db["positions"].create({
        "id": int, "article_id": int, "speaker_id": int, "quote_id": int, "party": str,
        "issue": str, "stance": str, "evidence": str, "date": str, "sort_date": str,
        "start": int, "end": int,
    }, pk="id", not_null=["article_id", "party", "issue", "stance", "evidence"],
        foreign_keys=[("article_id", "articles", "id"), ("speaker_id", "speakers", "id"),
                      ("quote_id", "quotes", "id")])
    for table in ("quotes", "reported", "positions"):
        db[table].create_index(["sort_date"])
        db[table].create_index(["party"])
        db[table].create_index(["speaker_id"])
        db[table].create_index(["article_id"])
    db["quotes"].create_index(["date"])
    db["positions"].create_index(["issue", "party"])
    db["positions"].create_index(["quote_id"])

    # Words seen in quotes and speaker names, for mapping misspelt query words.
    db["vocab"].create({"word": str, "count": int}, pk="word")

    for table, columns in FTS_TABLES.items():
        db.executescript(_fts_sql(table, columns))


def _v2(db: sqlite_utils.Database) -> None:
    """Indexes that let the timeline and party/speaker views page without sorting everything.

    The expressions match `store.queries.TIMELINE_ORDER` exactly so SQLite can
    walk the index; party indexes are NOCASE because party filters are.
    """
    timeline = "(sort_date IS NULL), sort_date, article_id, start"
    db.executescript(f"""
        CREATE INDEX idx_quotes_timeline ON quotes({timeline});
        CREATE INDEX idx_quotes_party_timeline ON quotes(party COLLATE NOCASE, {timeline});
        CREATE INDEX idx_quotes_speaker_timeline ON quotes(speaker_id, {timeline});
        CREATE INDEX idx_quotes_party_recent ON quotes(party COLLATE NOCASE, sort_date);
        CREATE INDEX idx_positions_party_nocase ON positions(party COLLATE NOCASE);
    """)


def _v3(db: sqlite_utils.Database) -> None:
    """How often each form of a speaker's name was used: the most used full form is shown."""
    db.execute("ALTER TABLE speaker_aliases ADD COLUMN uses INTEGER NOT NULL DEFAULT 1")


MIGRATIONS: dict[int, Callable[[sqlite_utils.Database], None]] = {1: _v1, 2: _v2, 3: _v3}
assert max(MIGRATIONS) == SCHEMA_VERSION


def get_version(db: sqlite_utils.Database) -> int:
    """The schema version recorded in the database, 0 when it has none."""
    if not db["meta"].exists():
        return 0
    row = db.conn.execute("SELECT value FROM meta WHERE key = 'schema_version'").fetchone()
    return int(row[0]) if row else 0


def set_meta(db: sqlite_utils.Database, key: str, value: str | int) -> None:
    db.execute("INSERT INTO meta(key, value) VALUES (?, ?) "
               "ON CONFLICT(key) DO UPDATE SET value = excluded.value", (key, str(value)))


def get_meta(db: sqlite_utils.Database, key: str, default: str | None = None) -> str | None:
    if not db["meta"].exists():
        return default
    row = db.conn.execute("SELECT value FROM meta WHERE key = ?", (key,)).fetchone()
    return row[0] if row else default


def migrate(db: sqlite_utils.Database) -> int:
    """Bring the database up to `SCHEMA_VERSION`, one transaction per step; return the version."""
    version = get_version(db)
    while version < SCHEMA_VERSION:
        step = version + 1
        with db.atomic():
            if not db["meta"].exists():
                db["meta"].create({"key": str, "value": str}, pk="key")
            MIGRATIONS[step](db)
            set_meta(db, "schema_version", step)
        version = step
    return version
