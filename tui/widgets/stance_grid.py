"""The positions grid: issues as rows, parties as columns, a cell cursor.

A small grid (about 9 x 6), so the widget renders what fits as one Content
(built by `tui.render`, never markup).  When the terminal is too small for
all of it, the widget shows a window of rows and columns that follows the
cursor, with the header row and the issue labels always in view (arrows in
the header say what is off screen).  Keys: arrows / hjkl move, g/G
first/last issue, enter opens the cell's evidence.
"""
from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from textual import events
from textual.content import Content
from textual.geometry import Size
from textual.message import Message
from textual.widget import Widget

from store.stances import OTHER
from tui import keys, render

MIN_COL = 15  # "2024-11-21 3/12" plus a gap
MAX_COL = 26
ROW_HEIGHT = 2


class StanceGrid(Widget, can_focus=True):
    """Focusable grid of stance cells; posts CellMoved and CellOpened."""

    BINDINGS = keys.GRID

    class CellMoved(Message):
        """The cursor is on a new cell (or the data under it changed)."""

        def __init__(self, grid: "StanceGrid", issue: str | None, column: str | None) -> None:
            super().__init__()
            self.grid = grid
            self.issue = issue
            self.column = column

    class CellOpened(CellMoved):
        """enter on a cell: list its evidence."""

    def __init__(self, *, id: str | None = None, classes: str | None = None) -> None:
        super().__init__(id=id, classes=classes)
        self.data: Any = None  # a store.stances.Grid
        self.rows: list[str] = []  # issue keys shown (after the filter)
        self.columns: list[str] = []
        self.labels: dict[str, str] = {}
        self.row = 0
        self.col = 0
        self.top = 0  # first issue row and first party column in view
        self.left = 0

    # -- data ------------------------------------------------------------------------------

    def set_data(self, data: Any, rows: Sequence[str], labels: dict[str, str]) -> None:
        """Show `data` (a Grid) with `rows` (issue keys, e.g. filtered); keep the cursor's cell."""
        issue, column = self.current
        self.data = data
        self.rows = list(rows)
        self.columns = list(data.columns)
        self.labels = labels
        self.row = self.rows.index(issue) if issue in self.rows else min(
            self.row, max(0, len(self.rows) - 1))
        self.col = self.columns.index(column) if column in self.columns else min(
            self.col, max(0, len(self.columns) - 1))
        self.refresh(layout=True)
        self._moved()

    @property
    def current(self) -> tuple[str | None, str | None]:
        """(issue, column) under the cursor, or Nones when the grid is empty."""
        if not self.rows or not self.columns:
            return None, None
        return self.rows[self.row], self.columns[self.col]

    @property
    def current_cell(self) -> Any | None:
        issue, column = self.current
        if issue is None or self.data is None:
            return None
        return self.data.cell(issue, column)

    # -- geometry --------------------------------------------------------------------------

    def label_width(self) -> int:
        """Issue labels get a fifth of the terminal (14 to 24 cells), wrapped on two lines."""
        return max(14, min(24, self.app.size.width // 5))

    def col_width(self) -> int:
        width = self.size.width
        if not self.columns:
            return MIN_COL
        return max(MIN_COL, min(MAX_COL, (width - self.label_width()) // len(self.columns)))

    def get_content_width(self, container: Size, viewport: Size) -> int:
        return container.width

    def get_content_height(self, container: Size, viewport: Size, width: int) -> int:
        return 1 + ROW_HEIGHT * max(1, len(self.rows))

    def viewport(self) -> tuple[int, int]:
        """(rows, columns) that fit; moves the window so the cursor's cell is in it."""
        fit_rows = max(1, (self.size.height - 1) // ROW_HEIGHT)
        fit_cols = max(1, (self.size.width - self.label_width()) // self.col_width())
        self.top = min(max(self.top, self.row - fit_rows + 1), self.row)
        self.top = max(0, min(self.top, len(self.rows) - fit_rows))
        self.left = min(max(self.left, self.col - fit_cols + 1), self.col)
        self.left = max(0, min(self.left, len(self.columns) - fit_cols))
        return fit_rows, fit_cols

    # -- rendering -------------------------------------------------------------------------

    def _label_lines(self, issue: str, width: int) -> list[Content]:
        label = render.issue_label(issue, self.labels, short=True)
        words = Content(label).wrap(width - 1)
        lines = [w.truncate(width - 1, ellipsis=True) for w in words[:ROW_HEIGHT]]
        if len(words) > ROW_HEIGHT:
            lines[-1] = Content(lines[-1].plain[:-1].rstrip() + "\u2026") if lines[-1].plain \
                else lines[-1]
        while len(lines) < ROW_HEIGHT:
            lines.append(Content(""))
        return lines

    def render(self) -> Content:
        if self.data is None:
            return Content("Loading\u2026").stylize(render.DIM)
        if not self.rows:
            return Content("No issue matches the filter (esc clears it).").stylize(render.DIM)
        lw, cw = self.label_width(), self.col_width()
        fit_rows, fit_cols = self.viewport()
        rows = range(self.top, min(len(self.rows), self.top + fit_rows))
        cols = range(self.left, min(len(self.columns), self.left + fit_cols))
        focused = self.has_focus
        above, below = self.top, len(self.rows) - rows.stop
        corner = "Issue" + (f" \u25b2{above}" if above else "") + (f" \u25bc{below}" if below
                                                                    else "")
        header: list[Content] = [Content(corner).stylize(render.DIM).truncate(lw, pad=True)]
        for c in cols:
            name = render.plain(self.columns[c], "bold underline" if c == self.col else "bold")
            if c == cols.start and self.left:
                name = Content.assemble(("\u25c0 ", render.DIM), name)
            if c == cols.stop - 1 and cols.stop < len(self.columns):
                name = Content.assemble(name.truncate(cw - 4, ellipsis=True), (" \u25b6",
                                                                                render.DIM))
            header.append(name.truncate(cw - 1, ellipsis=True, pad=True).pad_right(1))
        lines = [Content.assemble(*header)]
        split_word = {OTHER: "mixed"}
        for r in rows:
            issue = self.rows[r]
            label_style = "bold" if r == self.row else ""
            labels = self._label_lines(issue, lw)
            cells = [render.cell_lines(self.data.cell(issue, self.columns[c]), cw - 1,
                                       split_word.get(self.columns[c], "split")) for c in cols]
            for k in range(ROW_HEIGHT):
                parts = [labels[k].stylize(label_style).truncate(lw, pad=True)]
                for c, pair in zip(cols, cells):
                    piece = pair[k].truncate(cw - 1, pad=True)
                    if r == self.row and c == self.col:
                        piece = piece.stylize(render.CURSOR if focused else "on $boost")
                    parts.append(piece.pad_right(1))
                lines.append(Content.assemble(*parts))
        return Content("\n").join(lines)

    def on_focus(self) -> None:
        self.refresh()

    def on_blur(self) -> None:
        self.refresh()

    def on_click(self, event: events.Click) -> None:
        """A click moves the cursor to the cell; a double click opens its evidence."""
        offset = event.get_content_offset(self)
        if offset is None or offset.y < 1 or offset.x < self.label_width() or not self.rows:
            return
        row = self.top + (offset.y - 1) // ROW_HEIGHT
        col = self.left + (offset.x - self.label_width()) // self.col_width()
        if row < len(self.rows) and col < len(self.columns):
            self.move(rows=row - self.row, cols=col - self.col)
            if event.chain >= 2:
                self.action_open_cell()

    # -- keys ------------------------------------------------------------------------------

    def _moved(self) -> None:
        issue, column = self.current
        self.post_message(self.CellMoved(self, issue, column))

    def move(self, rows: int = 0, cols: int = 0) -> None:
        if not self.rows or not self.columns:
            return
        row = max(0, min(len(self.rows) - 1, self.row + rows))
        col = max(0, min(len(self.columns) - 1, self.col + cols))
        if (row, col) != (self.row, self.col):
            self.row, self.col = row, col
            self.refresh()
            self._moved()

    def action_cell_down(self) -> None:
        self.move(rows=1)

    def action_cell_up(self) -> None:
        self.move(rows=-1)

    def action_cell_left(self) -> None:
        self.move(cols=-1)

    def action_cell_right(self) -> None:
        self.move(cols=1)

    def action_cell_first(self) -> None:
        self.move(rows=-len(self.rows))

    def action_cell_last(self) -> None:
        self.move(rows=len(self.rows))

    def action_open_cell(self) -> None:
        issue, column = self.current
        if issue is not None:
            self.post_message(self.CellOpened(self, issue, column))
