"""Opening the database: where it lives, pragmas, schema checks.

One connection per thread: a `sqlite_utils.Database` wraps a `sqlite3`
connection that may only be used by the thread that opened it. Worker threads
(e.g. the TUI's search worker) call `open_for_thread(db)` to get their own
connection to the same file with the same read-only flag.
"""
from __future__ import annotations

import os
import sqlite3
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import sqlite_utils

from store.errors import StoreError
from store.schema import SCHEMA_VERSION, get_version, migrate

BUSY_TIMEOUT_MS = 5000
MMAP_BYTES = 1 << 30
ENV_VAR = "NEGOT_TUI_DB"


def default_db_path() -> Path:
    """`$NEGOT_TUI_DB` if set, else negot.db in the platform's user data directory."""
    env = os.environ.get(ENV_VAR)
    if env:
        return Path(env).expanduser()
    from platformdirs import user_data_dir

    return Path(user_data_dir("negot-tui")) / "negot.db"


def _connect(path: Path, readonly: bool, shared: bool) -> sqlite3.Connection:
    if readonly:
        if not path.exists():
            raise StoreError(f"{path}: no such database (run `negot-tui ingest` first)")
        uri = path.resolve().as_uri() + "?mode=ro"
        return sqlite3.connect(uri, uri=True, check_same_thread=not shared)
    if path.parent and not path.parent.exists():
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise StoreError(f"{path}: cannot create directory: {exc.strerror or exc}") from exc
    return sqlite3.connect(str(path), check_same_thread=not shared)


def open_db(path: str | os.PathLike, *, readonly: bool = False,
            shared: bool = False) -> sqlite_utils.Database:
    """Open (and when writable, create or migrate) the database at `path`.

    Raises StoreError with a one-line message naming the file when it is not a
    SQLite database, not a negot-tui database, or has a newer schema.

    `shared=True` lets the connection be used from several threads *one at a
    time* (e.g. successive exclusive search workers keeping one warm
    connection); the caller must serialise access. Default: this thread only.
    """
    path = Path(path)
    if path.is_dir():
        raise StoreError(f"{path}: is a directory, not a database file")
    try:
        conn = _connect(path, readonly, shared)
    except sqlite3.Error as exc:
        raise StoreError(f"{path}: cannot open database: {exc}") from exc
    try:
        conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        conn.execute("PRAGMA foreign_keys = ON")
        # Reads straight from the OS page cache: a connection opened per search
        # worker starts warm instead of re-reading pages into its own cache.
        conn.execute(f"PRAGMA mmap_size = {MMAP_BYTES}")
        db = sqlite_utils.Database(conn)
        db.negot_path = path  # type: ignore[attr-defined]  # for open_for_thread
        db.negot_readonly = readonly  # type: ignore[attr-defined]
        _check_and_migrate(db, path, readonly)
    except sqlite3.DatabaseError as exc:
        conn.close()
        msg = str(exc)
        if "not a database" in msg or "malformed" in msg or "encrypted" in msg:
            raise StoreError(f"{path}: not a SQLite database ({msg})") from exc
        raise StoreError(f"{path}: cannot use database: {msg}") from exc
    except BaseException:
        conn.close()
        raise
    return db


def _check_and_migrate(db: sqlite_utils.Database, path: Path, readonly: bool) -> None:
    # Reading the schema is the first real I/O: a non-SQLite file fails here.
    tables = set(db.table_names())
    version = get_version(db)
    if version > SCHEMA_VERSION:
        raise StoreError(f"{path}: database schema version {version} is newer than this "
                         f"negot-tui supports ({SCHEMA_VERSION}); upgrade negot-tui")
    if version == 0 and tables:
        raise StoreError(f"{path}: not a negot-tui database (it has other tables and no "
                         "schema version)")
    if readonly:
        if version == 0:
            raise StoreError(f"{path}: empty database (run `negot-tui ingest` first)")
        if version < SCHEMA_VERSION:
            raise StoreError(f"{path}: database schema version {version} needs upgrading; "
                             "open it once without read-only (e.g. `negot-tui ingest`)")
        return
    if db.conn.execute("PRAGMA journal_mode").fetchone()[0].lower() != "wal":
        with db.ensure_autocommit_on():
            db.conn.execute("PRAGMA journal_mode = wal")
    migrate(db)


def open_for_thread(db: sqlite_utils.Database) -> sqlite_utils.Database:
    """A new connection to the same file as `db`, for use by another thread."""
    path = getattr(db, "negot_path", None)
    if path is None:
        raise StoreError("this database was not opened with store.db.open_db; "
                         "cannot open a second connection to it")
    return open_db(path, readonly=getattr(db, "negot_readonly", False))


_readers: dict[Path, tuple[sqlite_utils.Database, threading.Lock]] = {}
_readers_lock = threading.Lock()


@contextmanager
def reader(path: str | os.PathLike) -> Iterator[sqlite_utils.Database]:
    """A warm read-only connection to `path` for worker threads, used by one at a time.

    Opening a connection per search costs ~5-10 ms at 1M quotes (cold FTS and
    page caches); this keeps one per file and hands it to one thread at a time.
    A later search waits for an earlier one still holding it (search_quotes
    returns promptly once its `is_cancelled` says so).
    """
    key = Path(path).resolve()
    with _readers_lock:
        entry = _readers.get(key)
        if entry is None:
            entry = (open_db(key, readonly=True, shared=True), threading.Lock())
            _readers[key] = entry
    db, lock = entry
    with lock:
        yield db


def close_reader(path: str | os.PathLike) -> None:
    """Close the connection `reader` keeps for `path`, if any (a view closing)."""
    with _readers_lock:
        entry = _readers.pop(Path(path).resolve(), None)
    if entry is not None:
        db, lock = entry
        with lock:
            db.close()


def close_readers() -> None:
    """Close the connections `reader` keeps (app exit, tests)."""
    with _readers_lock:
        for db, lock in _readers.values():
            with lock:
                db.close()
        _readers.clear()


def open_memory_db() -> sqlite_utils.Database:
    """An in-memory database with the full schema (tests, previews). Single-thread only."""
    db = sqlite_utils.Database(memory=True)
    db.execute("PRAGMA foreign_keys = ON")
    migrate(db)
    return db
