"""One party's column in the positions view: a header and that party's quotes."""
from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from textual.app import ComposeResult
from textual.containers import Vertical
from textual.content import Content
from textual.widgets import Static

from tui import render
from tui.widgets.quote_list import QuoteList


class PartyColumn(Vertical):
    """Header with the party name and count, then a QuoteList (a top-N window)."""

    def __init__(self, party: str, *, id: str | None = None) -> None:
        super().__init__(id=id, classes="party-column")
        self.party = party

    def compose(self) -> ComposeResult:
        yield Static(render.plain(self.party, "bold"), classes="party-header")
        yield QuoteList(classes="party-list")

    @property
    def list(self) -> QuoteList:
        return self.query_one(QuoteList)

    def set_items(self, items: Sequence[tuple[Content, Any | None]], total: int | None = None,
                  keep_row_id: Any = None, kind: str = "quotes") -> None:
        shown = sum(1 for _, row in items if row is not None)
        count = f"{shown}" if total is None or total <= shown else f"{shown}/{total}"
        self.tooltip = f"{total if total is not None else shown} {kind}"
        self.query_one(".party-header", Static).update(
            Content.assemble(render.plain(self.party, "bold"), (f" \u00b7 {count}", render.DIM)))
        self.list.set_items(items, keep_row_id=keep_row_id)
