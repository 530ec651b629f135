"""The detail pane: one quote with speaker, party, article, URL and context."""
from __future__ import annotations

from typing import Any

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import VerticalScroll
from textual.content import Content
from textual.widgets import Static

from tui import render


class QuoteDetail(VerticalScroll):
    """Scrollable, focusable view of the selected quote (Content only, never markup)."""

    BINDINGS = [
        Binding("j", "scroll_down", "Scroll down", show=False),
        Binding("k", "scroll_up", "Scroll up", show=False),
    ]

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self.row: Any | None = None

    def compose(self) -> ComposeResult:
        yield Static(render.detail(None), classes="detail-body")

    def show(self, row: Any | None, content: Content | None = None) -> None:
        """Show `row` (a quote); `content` replaces the default rendering (e.g. a position)."""
        self.row = row
        self.query_one(".detail-body", Static).update(
            render.detail(row) if content is None else content)
        self.scroll_home(animate=False)
