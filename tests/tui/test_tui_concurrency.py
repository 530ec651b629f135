"""The TUI open on a database while `negot-tui ingest` writes to it: no "database is locked"
on either side (WAL, busy timeout), and refresh (f5 / r / palette) shows the new quotes
with the view's current query and filters."""
from __future__ import annotations

import subprocess
import sys
import threading
from pathlib import Path

from store.db import open_db
from store.search import search_quotes
from tui.app import NegotApp
from tui.widgets.quote_list import QuoteList
from tui_fixtures import settle, toasts

N = 12  # articles written while the app is open (two quotes each)


def article(i: int) -> str:
    return (f"title: Zanzibar round {i} of talks\n"
            f"published: 2024-09-{1 + i % 28:02d}\n\n"
            f"Negotiators met again on Monday in round {i}.\n\n"
            f"\u201cWe reject any Zanzibar deal number {i} that does not include a permanent "
            f"ceasefire,\u201d Osama Hamdan said in a statement.\n\n"
            f"Benjamin Netanyahu told reporters: \u201cThere is no agreement on the Zanzibar "
            f"hostages plan {i} yet.\u201d\n")


def corpus(root: Path, n: int = N) -> Path:
    d = root / "new"
    d.mkdir()
    for i in range(n):
        (d / f"zanzibar_{i:02d}.txt").write_text(article(i), encoding="utf-8")
    return d


def command() -> list[str]:
    exe = Path(sys.executable).with_name("negot-tui")
    return [str(exe)] if exe.exists() else [sys.executable, "-m", "tui"]


def start_ingest(db: Path, folder: Path) -> subprocess.Popen:
    return subprocess.Popen([*command(), "ingest", "--db", str(db), str(folder)],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)


def finished(proc: subprocess.Popen) -> tuple[int, str]:
    out, err = proc.communicate(timeout=120)
    assert "locked" not in err and "Traceback" not in err, err
    return proc.returncode, out


async def test_search_view_refresh_shows_quotes_ingested_meanwhile(db_path, tmp_path):
    app = NegotApp(db_path)
    async with app.run_test(size=(120, 40), notifications=True) as pilot:
        await settle(app, pilot)
        for ch in "zanzibar":
            await pilot.press(ch)
        await settle(app, pilot)
        results = app.screen.query_one("#results", QuoteList)
        assert results.rows == []
        proc = start_ingest(db_path, corpus(tmp_path))
        # read while it writes: every refresh must answer, never "database is locked"
        while proc.poll() is None:
            await pilot.press("f5")
            await settle(app, pilot)
            status = str(app.screen.query_one("#search-status").content)
            assert "failed" not in status.casefold(), status
        code, out = finished(proc)
        assert code == 0 and f"{N} added" in out
        await pilot.press("f5")
        await settle(app, pilot)
        quotes = [row.quote for row in results.rows]
        assert len(quotes) == 2 * N
        assert all("Zanzibar" in q for q in quotes)
        assert app.screen.query_one("#query").value == "zanzibar"  # the query was kept
        assert any(t.startswith("Refreshed:") for t in toasts(app))


async def test_refresh_keeps_the_party_filter(db_path, tmp_path):
    app = NegotApp(db_path)
    async with app.run_test(size=(120, 40), notifications=True) as pilot:
        await settle(app, pilot)
        app.screen.query_one("#query").value = "zanzibar party:israel"
        await settle(app, pilot)
        code, _ = finished(start_ingest(db_path, corpus(tmp_path)))
        assert code == 0
        app.screen.query_one("#results", QuoteList).focus()  # r types in the box; a key here
        await pilot.pause()
        await pilot.press("r")
        await settle(app, pilot)
        rows = app.screen.query_one("#results", QuoteList).rows
        assert len(rows) == N and {row.party for row in rows} == {"Israel"}


async def test_timeline_refresh_with_r(db_path, tmp_path):
    app = NegotApp(db_path)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(app, pilot)
        await pilot.press("escape", "3")  # out of the search box
        await settle(app, pilot)
        screen = app.screen
        before = screen.total
        code, _ = finished(start_ingest(db_path, corpus(tmp_path)))
        assert code == 0
        assert screen.total == before  # nothing moves until asked
        await pilot.press("r")
        await settle(app, pilot)
        assert screen.total == before + 2 * N
        assert sum("Zanzibar" in (row.quote or "") for row in screen.rows) == 2 * N


async def test_positions_refresh_from_the_palette(db_path, tmp_path):
    app = NegotApp(db_path)
    async with app.run_test(size=(140, 40)) as pilot:
        await settle(app, pilot)
        await pilot.press("escape", "2")
        await settle(app, pilot)
        screen = app.screen
        before = screen.data.cell("ceasefire", "Hamas").total
        code, _ = finished(start_ingest(db_path, corpus(tmp_path)))
        assert code == 0
        await pilot.press("ctrl+p")
        await pilot.pause()
        for ch in "Refresh":
            await pilot.press(ch)
        await pilot.pause(0.3)
        await pilot.press("enter")
        await settle(app, pilot)
        await pilot.pause(0.2)
        await settle(app, pilot)
        assert app.screen is screen
        assert screen.data.cell("ceasefire", "Hamas").total == before + N


def test_reader_and_writer_at_once_never_locked(tmp_path):
    """Store level: a reader thread searching in a loop while the real ingest writes."""
    db_path = tmp_path / "c.db"
    open_db(db_path).close()  # schema and WAL first, as `negot-tui ingest` leaves them
    errors: list[BaseException] = []
    seen: list[int] = []
    stop = threading.Event()

    def read() -> None:
        db = open_db(db_path, readonly=True)
        try:
            while not stop.is_set():
                seen.append(len(search_quotes(db, "zanzibar", limit=100)))
        except BaseException as exc:  # noqa: BLE001 - reported below
            errors.append(exc)
        finally:
            db.close()

    thread = threading.Thread(target=read)
    thread.start()
    try:
        code, out = finished(start_ingest(db_path, corpus(tmp_path, 30)))
    finally:
        stop.set()
        thread.join(30)
    assert not errors, errors
    assert code == 0 and "30 added" in out
    assert seen and max(seen) <= 60
    db = open_db(db_path, readonly=True)
    assert len(search_quotes(db, "zanzibar", limit=100)) == 60
    db.close()
