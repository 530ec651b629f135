"""Timeline view: quotes in date order, grouped under day headers.

Only a window of rows is loaded (`WINDOW`, fetched with limit/offset); moving
near either edge, jumping a day or to the first/last quote slides the window,
so the list never holds every quote in the database.
"""
from __future__ import annotations

from typing import Any

from textual.app import ComposeResult
from textual.containers import Horizontal
from textual.widgets import Footer, Header, Static

from tui import keys, render
from tui.screens.base import QuoteScreen
from tui.widgets.quote_detail import QuoteDetail
from tui.widgets.quote_list import QuoteList

WINDOW = 200
EDGE = 3  # rows from the window's edge at which the next chunk is fetched


def day_of(row: Any) -> str | None:
    """The day a quote belongs to: its date (or its article's), first 10 chars (YYYY-MM-DD)."""
    when = getattr(row, "date", None) or getattr(row, "published", None)
    return str(when)[:10] if when else None


class TimelineScreen(QuoteScreen):
    """Day-grouped list on the left, detail on the right."""

    BINDINGS = keys.TIMELINE

    def __init__(self) -> None:
        super().__init__()
        self.window_start = 0  # absolute index of self.rows[0]
        self.rows: list[Any] = []
        self.total = 0
        self.party: str | None = None  # f / ctrl+f cycle it

    def compose(self) -> ComposeResult:
        yield Header()
        yield Static(render.text(""), id="timeline-status")
        with Horizontal(classes="panes"):
            yield QuoteList(id="timeline")
            yield QuoteDetail(id="detail")
        yield Footer()

    @property
    def timeline(self) -> QuoteList:
        return self.query_one("#timeline", QuoteList)

    def on_mount(self) -> None:
        self._count()
        self._load(0)
        self.timeline.focus()

    def _count(self) -> None:
        from store.queries import count_quotes

        self.total = count_quotes(self.app.db, party=self.party)

    def on_screen_resume(self) -> None:
        self.timeline.focus()

    def _fetch(self, offset: int, limit: int) -> list[Any]:
        from store.queries import quotes_for_timeline

        return list(quotes_for_timeline(self.app.db, party=self.party, limit=limit,
                                        offset=max(0, offset)))

    def _load(self, offset: int, focus_abs: int | None = None) -> None:
        """Load the window starting at `offset`; highlight absolute row `focus_abs`."""
        offset = max(0, min(offset, max(0, self.total - WINDOW)))
        self.window_start = offset
        self.rows = self._fetch(offset, WINDOW)
        if len(self.rows) < WINDOW:  # total may be stale (e.g. db grew); trust the data
            self.total = max(self.total, offset + len(self.rows))
        keep = None
        if focus_abs is not None and self.rows:
            index = min(max(focus_abs - offset, 0), len(self.rows) - 1)
            keep = getattr(self.rows[index], "id", None)
        self.timeline.set_items(self._items(), keep_row_id=keep)
        self._status()

    def _items(self) -> list[tuple[Any, Any | None]]:
        items: list[tuple[Any, Any | None]] = []
        day_counts: dict[str | None, int] = {}
        for row in self.rows:
            day_counts[day_of(row)] = day_counts.get(day_of(row), 0) + 1
        previous: object = object()
        for row in self.rows:
            day = day_of(row)
            if day != previous:
                items.append((render.day_header(day, day_counts[day]), None))
                previous = day
            items.append((render.quote_item(row, show_date=False), row))
        return items

    def _status(self) -> None:
        row = self.current_row
        position = ""
        if row is not None and row in self.rows:
            position = f"quote {self.window_start + self.rows.index(row) + 1} of {self.total}   \u00b7   "
        days = len({day_of(r) for r in self.rows})
        self.query_one("#timeline-status", Static).update(render.text(
            f"{position}showing {self.window_start + 1 if self.rows else 0}\u2013"
            f"{self.window_start + len(self.rows)} ({days} days)   \u00b7   "
            f"party: {self.party or 'any'} (f)   \u00b7   ] / [ next/previous day, g / G first/last"))

    # -- window sliding ----------------------------------------------------------------

    def _abs_index(self) -> int | None:
        row = self.current_row
        if row is None:
            return None
        try:
            return self.window_start + self.rows.index(row)
        except ValueError:
            return None

    def quote_changed(self, row: Any | None) -> None:
        at = self._abs_index()
        if at is not None:
            local = at - self.window_start
            if local >= len(self.rows) - EDGE and self.window_start + len(self.rows) < self.total:
                self._load(at - WINDOW // 2, focus_abs=at)
            elif local < EDGE and self.window_start > 0:
                self._load(at - WINDOW // 2, focus_abs=at)
        self._status()

    # -- keys ---------------------------------------------------------------------------

    def action_first(self) -> None:
        self._load(0, focus_abs=0)

    def action_last(self) -> None:
        self._load(self.total - WINDOW, focus_abs=self.total - 1)

    def action_day(self, direction: int) -> None:
        """Jump to the first quote of the next (1) or previous (-1) day."""
        at = self._abs_index()
        if at is None:
            return
        day = day_of(self.rows[at - self.window_start])
        if direction > 0:
            target = self._scan_forward(at, day)
        else:
            target = self._scan_backward(at, day)
        if target is None:
            self.app.bell()
            return
        if not self.window_start <= target < self.window_start + len(self.rows):
            self._load(target - WINDOW // 4, focus_abs=target)
        else:
            self.timeline.highlighted = self.timeline.index_of_row(
                self.rows[target - self.window_start].id)

    def _row_at(self, index: int) -> Any | None:
        if self.window_start <= index < self.window_start + len(self.rows):
            return self.rows[index - self.window_start]
        got = self._fetch(index, 1)
        return got[0] if got else None

    def _scan_forward(self, at: int, day: str | None) -> int | None:
        index = at + 1
        while index < self.total:
            chunk = self._chunk(index, +1)
            if not chunk:
                return None
            for i, row in enumerate(chunk):
                if day_of(row) != day:
                    return index + i
            index += len(chunk)
        return None

    def _scan_backward(self, at: int, day: str | None) -> int | None:
        # First find the start of the previous day, then that day's first row.
        index = at - 1
        previous_day: object = object()
        found: int | None = None
        while index >= 0:
            chunk = self._chunk(index, -1)  # rows index, index-1, ... (descending)
            if not chunk:
                break
            for i, row in enumerate(chunk):
                d = day_of(row)
                if found is None:
                    if d != day:
                        previous_day, found = d, index - i
                elif d == previous_day:
                    found = index - i
                else:
                    return found
            index -= len(chunk)
        return found

    def _chunk(self, index: int, direction: int, size: int = WINDOW) -> list[Any]:
        """Rows starting at absolute `index` going forward, or ending there going backward
        (returned nearest first)."""
        if direction > 0:
            if self.window_start <= index < self.window_start + len(self.rows):
                return self.rows[index - self.window_start:]
            return self._fetch(index, size)
        if self.window_start <= index < self.window_start + len(self.rows):
            return list(reversed(self.rows[:index - self.window_start + 1]))
        start = max(0, index - size + 1)
        return list(reversed(self._fetch(start, index - start + 1)))

    def action_cycle_party(self) -> None:
        """Show only one party's quotes (cycles through the parties, then all)."""
        from store.queries import list_parties

        choices: list[str | None] = [None, *(p.party for p in list_parties(self.app.db))]
        index = choices.index(self.party) if self.party in choices else 0
        self.party = choices[(index + 1) % len(choices)]
        self._count()
        self._load(0)

    def refresh_data(self) -> None:
        """Count and load the window again (same party filter, same quote highlighted)."""
        at = self._abs_index()
        self._count()
        self._load(self.window_start, focus_abs=at)

    def action_back(self) -> None:
        if isinstance(self.focused, QuoteDetail):
            self.timeline.focus()
