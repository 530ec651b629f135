"""Schema versions from the command line: an older database is migrated in place by
`negot-tui ingest` (data kept), and every command refuses a newer database with one
line naming the file and the versions, leaving it untouched."""
from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from store import schema
from store.db import open_db
from store.schema import SCHEMA_VERSION, get_version, set_meta
from tui.cli import main

ARTICLE = ('Hamas official Osama Hamdan said on Tuesday: "We will not accept any deal '
           'that does not end the war."\n')


def make_v1(path: Path) -> None:
    """A database as version 1 of negot-tui left it, with one stored quote."""
    import sqlite_utils

    db = sqlite_utils.Database(path)
    with db.atomic():
        db["meta"].create({"key": str, "value": str}, pk="key")
        schema.MIGRATIONS[1](db)
        set_meta(db, "schema_version", 1)
        db.conn.execute("INSERT INTO articles(id, name, content_hash, text) "
                        "VALUES (1, 'old.txt', 'h', 'x \u201cOld words,\u201d he said')")
        db.conn.execute("INSERT INTO speakers(id, name, party, named) "
                        "VALUES (1, 'Old Speaker', 'Israel', 1)")
        db.conn.execute("INSERT INTO speaker_aliases(speaker_id, alias, key, surname) "
                        "VALUES (1, 'Old Speaker', 'old speaker', 'speaker')")
        db.conn.execute('INSERT INTO quotes(article_id, speaker_id, quote, speaker_name, party, '
                        'start, "end") VALUES (1, 1, \'Old words,\', \'Old Speaker\', '
                        "'Israel', 3, 13)")
        db.conn.executemany("INSERT INTO vocab(word, count) VALUES (?, 1)",
                            [("old",), ("words",), ("speaker",)])
    db.close()


def version(path: Path) -> int:
    import sqlite_utils

    db = sqlite_utils.Database(path)
    try:
        return get_version(db)
    finally:
        db.close()


@pytest.fixture
def article(tmp_path) -> Path:
    p = tmp_path / "new.txt"
    p.write_text(ARTICLE, encoding="utf-8")
    return p


def test_older_database_is_migrated_by_ingest(tmp_path, article, capsys):
    db = tmp_path / "old.db"
    make_v1(db)
    # reading commands open read-only: they say how to upgrade instead of failing obscurely
    assert main(["search", "--db", str(db), "old"]) == 2
    err = capsys.readouterr().err
    assert err == (f"negot-tui: {db}: database schema version 1 needs upgrading; open it once "
                   "without read-only (e.g. `negot-tui ingest`)\n")
    assert version(db) == 1
    assert main(["ingest", "--db", str(db), str(article)]) == 0
    capsys.readouterr()
    assert version(db) == SCHEMA_VERSION
    assert main(["search", "--db", str(db), "--jsonl", "words"]) == 0
    assert "Old words," in capsys.readouterr().out  # version-1 rows survive and are searchable
    assert main(["search", "--db", str(db), "--jsonl", "deal"]) == 0
    assert "Osama Hamdan" in capsys.readouterr().out


@pytest.mark.parametrize("command", [["ingest", "{article}"], ["search", "deal"],
                                     ["cite", "1"], ["tui"]])
def test_newer_database_refused_by_every_command(tmp_path, article, capsys, command):
    db = tmp_path / "new.db"
    assert main(["ingest", "--db", str(db), str(article)]) == 0
    handle = open_db(db)
    set_meta(handle, "schema_version", SCHEMA_VERSION + 1)
    handle.close()
    before = db.read_bytes()
    capsys.readouterr()
    argv = [a.replace("{article}", str(article)) for a in command]
    assert main([argv[0], "--db", str(db), *argv[1:]]) == 2
    out, err = capsys.readouterr()
    assert err == (f"negot-tui: {db}: database schema version {SCHEMA_VERSION + 1} is newer "
                   f"than this negot-tui supports ({SCHEMA_VERSION}); upgrade negot-tui\n")
    assert version(db) == SCHEMA_VERSION + 1
    assert db.read_bytes() == before  # not written to


def test_newer_database_no_traceback_from_the_real_command(tmp_path, article):
    db = tmp_path / "new.db"
    assert main(["ingest", "--db", str(db), str(article)]) == 0
    handle = open_db(db)
    set_meta(handle, "schema_version", 99)
    handle.close()
    proc = subprocess.run([sys.executable, "-m", "tui", "ingest", "--db", str(db), str(article)],
                          capture_output=True, text=True, timeout=60)
    assert proc.returncode == 2
    assert proc.stderr.count("\n") == 1 and "Traceback" not in proc.stderr
    assert "schema version 99 is newer" in proc.stderr
