"""`negot-tui ingest`: extract and store articles with a progress display.

A Rich progress bar on stderr when it is a terminal, plain lines otherwise;
one line per file that could not be stored; a summary line at the end.
Exit status: 0 when every file was stored or already present, 1 when any file
failed, 2 when the database itself cannot be used.
"""
from __future__ import annotations

import sqlite3
import sys
from pathlib import Path

PROG = "negot-tui"


def _line(text: str) -> str:
    from store.text import clean_opt

    return clean_opt(text) or ""


def summary_line(summary) -> str:
    return (f"{summary.added} added, {summary.skipped} unchanged, {summary.failed} failed; "
            f"{summary.quotes} quotes, {summary.reported} reported, "
            f"{summary.positions} positions")


def run_ingest(db_path, paths, actors=None, options=None, issues=None) -> int:
    """Ingest `paths` into the database at `db_path`; return the exit status.

    `options` (extract.formats.ReadOptions): export columns and the user's metadata;
    `issues`: a loaded issue taxonomy (None: the shipped one)."""
    from store.db import open_db
    from store.errors import StoreError
    from store.ingest import ingest_paths

    try:
        db = open_db(Path(db_path))
    except StoreError as exc:
        print(f"{PROG}: {_line(str(exc))}", file=sys.stderr)
        return 2
    try:
        if sys.stderr.isatty():
            summary = _with_rich(db, paths, actors, _bind(ingest_paths, options, issues))
        else:
            summary = _plain(db, paths, actors, _bind(ingest_paths, options, issues))
    except sqlite3.Error as exc:  # the database itself failed (locked, disk full, ...)
        print(f"{PROG}: {_line(str(db_path))}: {_line(str(exc))}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:  # ctrl+c: the article being stored was rolled back
        print(f"{PROG}: interrupted; the articles stored so far are complete, run the same "
              "command again to add the rest", file=sys.stderr)
        return 130
    finally:
        db.close()
    print(f"{PROG}: {summary_line(summary)}")
    return 1 if summary.failed else 0


def _bind(ingest_paths, options, issues=None):
    return lambda *a, **kw: ingest_paths(*a, options=options, issues=issues, **kw)


def _plain(db, paths, actors, ingest_paths):
    def progress(done: int, total: int, path: Path) -> None:
        print(f"{PROG}: [{done}/{total}] {_line(str(path))}", file=sys.stderr)

    def error(path: Path, reason: str) -> None:
        print(f"{PROG}: {_line(str(path))}: {_line(reason)}", file=sys.stderr)

    return ingest_paths(db, paths, actors=actors, on_progress=progress, on_error=error)


def _with_rich(db, paths, actors, ingest_paths):
    from rich.console import Console
    from rich.progress import (BarColumn, MofNCompleteColumn, Progress, SpinnerColumn,
                               TextColumn, TimeElapsedColumn, TimeRemainingColumn)
    from rich.text import Text

    console = Console(stderr=True, highlight=False)
    columns = (SpinnerColumn(), TextColumn("{task.description}", markup=False), BarColumn(),
               MofNCompleteColumn(), TimeElapsedColumn(), TimeRemainingColumn())
    with Progress(*columns, console=console, transient=True) as bar:
        task = bar.add_task("reading", total=None)

        def progress(done: int, total: int, path: Path) -> None:
            bar.update(task, completed=done, total=total, description=_line(path.name)[:40])

        def error(path: Path, reason: str) -> None:
            # Text, not a str: file names and reasons are data, never Rich markup.
            bar.console.print(Text(f"{PROG}: {_line(str(path))}: {_line(reason)}"),
                              soft_wrap=True)

        return ingest_paths(db, paths, actors=actors, on_progress=progress, on_error=error)
