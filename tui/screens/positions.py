"""Positions view: the parties side by side, one column each.

Each column shows that party's stated positions when the store has any
(`store.queries.positions`), otherwise its speakers' quotes: a top-N window,
never every row.  h/l or left/right move between columns, j/k within one.
"""
from __future__ import annotations

from typing import Any

from textual.app import ComposeResult
from textual.containers import Horizontal
from textual.widgets import Footer, Header, Static

from tui import keys, render
from tui.screens.base import QuoteScreen
from tui.widgets.party_column import PartyColumn
from tui.widgets.quote_detail import QuoteDetail
from tui.widgets.quote_list import QuoteList

PARTIES = ("Israel", "Hamas", "Qatar", "Egypt", "United States")
OTHER = "Other"
TOP_N = 100


class PositionsScreen(QuoteScreen):
    """Six party columns on top, the detail pane below."""

    BINDINGS = keys.POSITIONS

    def compose(self) -> ComposeResult:
        yield Header()
        yield Static(render.text(""), id="positions-status")
        with Horizontal(id="columns"):
            for i, party in enumerate((*PARTIES, OTHER)):
                yield PartyColumn(party, id=f"column-{i}")
        yield QuoteDetail(id="detail")
        yield Footer()

    @property
    def columns(self) -> list[PartyColumn]:
        return list(self.query(PartyColumn))

    def on_mount(self) -> None:
        self.refresh_columns()
        self.columns[0].list.focus()

    def on_screen_resume(self) -> None:
        focused = self.focused
        if not isinstance(focused, QuoteList):
            self.columns[0].list.focus()

    def refresh_columns(self) -> None:
        from store.queries import list_parties, quotes_for_timeline

        db = self.app.db
        others = [p.party for p in list_parties(db) if p.party not in PARTIES]
        for column in self.columns:
            if column.party == OTHER:
                rows: list[Any] = []
                for party in others:
                    rows.extend(quotes_for_timeline(db, party=party, limit=TOP_N))
                rows.sort(key=lambda r: (r.date is None, r.date or "", r.id))
                rows = rows[:TOP_N]
            else:
                rows = list(quotes_for_timeline(db, party=column.party, limit=TOP_N))
            column.set_items([(render.quote_item(row, width=120), row) for row in rows])
        self.query_one("#positions-status", Static).update(render.text(
            "Quotes by party (positions appear here once extracted)   \u00b7   "
            "h/l or \u2190/\u2192 between parties, j/k within"))

    def accepts(self, message) -> bool:
        source = message.source
        return source is None or source.has_focus or self.focused is None

    def action_column(self, step: int) -> None:
        columns = self.columns
        current = next((i for i, c in enumerate(columns) if c.list.has_focus), None)
        if current is None:
            columns[0].list.focus()
            return
        target = columns[(current + step) % len(columns)].list
        target.focus()
        self.current_row = target.current_row
        for pane in self.query(QuoteDetail):
            pane.show(target.current_row)

    def action_back(self) -> None:
        if isinstance(self.focused, QuoteDetail):
            self.columns[0].list.focus()
