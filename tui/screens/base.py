"""What every view shares: a detail pane fed by QuoteChosen, and `current_row` for copying."""
from __future__ import annotations

from typing import Any

from textual import on
from textual.screen import Screen

from tui.messages import QuoteChosen
from tui.widgets.quote_detail import QuoteDetail


class QuoteScreen(Screen):
    """A view with lists of quotes and one detail pane (``#detail``)."""

    current_row: Any | None = None

    @on(QuoteChosen)
    def _show_quote(self, message: QuoteChosen) -> None:
        message.stop()
        if not self.accepts(message):
            return
        self.show_detail(message.row)
        self.quote_changed(message.row)

    def show_detail(self, item: Any | None) -> None:
        """Show a list item in the detail pane; it becomes the quote that y/c copies."""
        self.current_row = item
        for pane in self.query(QuoteDetail):
            pane.show(item)

    def accepts(self, message: QuoteChosen) -> bool:
        """Whether this message should drive the detail pane (views with several lists filter)."""
        return True

    def quote_changed(self, row: Any | None) -> None:
        """Hook for views that react to the highlighted quote (after the detail pane)."""

    def focus_detail(self) -> None:
        self.query_one(QuoteDetail).focus()
