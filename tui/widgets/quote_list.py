"""A list of quotes (plus optional non-selectable headers), holding only a window of rows.

Built on OptionList with ``markup=False``; every prompt is Content from
`tui.render`.  Callers pass at most a few hundred rows (top N or a window):
an OptionList with every row in the database would block the UI for seconds.
Lists that page (search results) append the next page on `NearEnd`, posted
when the cursor or the scroll position comes within a screen of the end.
"""
from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from textual.content import Content
from textual.message import Message
from textual.widgets import OptionList
from textual.widgets.option_list import Option

from tui import keys
from tui.messages import QuoteChosen


class QuoteList(OptionList):
    """OptionList whose options map to quote rows (None for header lines)."""

    BINDINGS = keys.LIST
    NEAR_END_ROWS = 10  # the cursor this close to the last row asks for more

    class NearEnd(Message):
        """The cursor or the scroll position is near the end: a paging owner may append."""

        def __init__(self, quote_list: "QuoteList") -> None:
            super().__init__()
            self.quote_list = quote_list

        @property
        def control(self) -> "QuoteList":
            return self.quote_list

    def __init__(self, *, id: str | None = None, classes: str | None = None) -> None:
        super().__init__(id=id, classes=classes, markup=False)
        self.rows: list[Any | None] = []

    def append_items(self, items: Sequence[tuple[Content, Any | None]]) -> None:
        """Add (prompt, row) pairs at the end, keeping the cursor and scroll position."""
        if not items:
            return
        self.rows.extend(row for _, row in items)
        self.add_options([Option(prompt, disabled=row is None) for prompt, row in items])

    def _check_near_end(self) -> None:
        if not self.rows:
            return
        index = self.highlighted
        near_cursor = index is not None and index >= len(self.rows) - self.NEAR_END_ROWS
        near_scroll = self.max_scroll_y > 0 and (
            self.scroll_y >= self.max_scroll_y - max(1, self.size.height))
        if near_cursor or near_scroll:
            self.post_message(self.NearEnd(self))

    def watch_scroll_y(self, old_value: float, new_value: float) -> None:
        super().watch_scroll_y(old_value, new_value)
        if round(old_value) != round(new_value) and new_value > old_value:
            self._check_near_end()

    def set_items(self, items: Sequence[tuple[Content, Any | None]],
                  keep_row_id: Any = None) -> None:
        """Replace all options with (prompt, row) pairs; a None row is a disabled header.

        Highlights the row whose id is `keep_row_id` if present, else the first row.
        """
        self.rows = [row for _, row in items]
        self.set_options([Option(prompt, disabled=row is None) for prompt, row in items])
        target = None
        if keep_row_id is not None:
            target = next((i for i, r in enumerate(self.rows)
                           if r is not None and getattr(r, "id", None) == keep_row_id), None)
        if target is None:
            target = next((i for i, r in enumerate(self.rows) if r is not None), None)
        self.highlighted = target
        if target is None:
            self.post_message(QuoteChosen(None, self))
        else:
            self.scroll_to_highlight()

    @property
    def current_row(self) -> Any | None:
        index = self.highlighted
        if index is None or not 0 <= index < len(self.rows):
            return None
        return self.rows[index]

    def index_of_row(self, row_id: Any) -> int | None:
        return next((i for i, r in enumerate(self.rows)
                     if r is not None and getattr(r, "id", None) == row_id), None)

    def _on_option_list_option_highlighted(self, event: OptionList.OptionHighlighted) -> None:
        if event.option_list is self:
            self.post_message(QuoteChosen(self.current_row, self))
            self._check_near_end()
