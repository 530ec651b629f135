"""Positions view: issues x parties, each cell the party's latest stance on the issue.

The grid (`StanceGrid`) shows per cell the latest stance, its date and how
many statements back it, plus "changed" / "split" markers; the pane below
explains the cell under the cursor.  enter lists the cell's evidence in date
order (esc goes back to the grid); y/c copy the citation of the statement
under the cursor (in the grid: the cell's latest statement).  `/` filters
the issue rows, t chooses the party columns (kept on the app for the
session), x folds the column under the cursor into "Other".

The aggregation is `store.stances` (one GROUP BY over the positions table);
this module only wires it to widgets.
"""
from __future__ import annotations

from typing import Any

from textual import on, work
from textual.app import ComposeResult
from textual.containers import Horizontal
from textual.message import Message
from textual.widgets import Footer, Header, Input, Static

from tui import keys, render
from tui.messages import QuoteChosen
from tui.screens.base import QuoteScreen
from tui.widgets.quote_detail import QuoteDetail
from tui.widgets.quote_list import QuoteList
from tui.widgets.stance_grid import StanceGrid

EVIDENCE_MAX = 500  # statements listed for one cell (the list says "N of M" beyond)
NARROW = 110  # below this many cells the panes drop borders (see app.tcss)


class GridReady(Message):
    """The grid worker finished: `grid` (a store.stances.Grid) or an error."""

    def __init__(self, generation: int, grid: Any | None, groups: Any | None,
                 error: str | None = None) -> None:
        super().__init__()
        self.generation = generation
        self.grid = grid
        self.groups = groups  # cached so a column change needs no database scan
        self.error = error


def evidence_row(pos: Any) -> Any:
    """A citable row for a position's evidence sentence (kept here for older callers)."""
    from store.stances import evidence_row as row

    return row(pos)


def default_columns() -> list[str]:
    from store.stances import DEFAULT_PARTIES, OTHER

    return [*DEFAULT_PARTIES, OTHER]


def filter_issues(issues: list[str], labels: dict[str, str], text: str) -> list[str]:
    """Issues whose key or label contains every word of `text` (any case)."""
    words = text.casefold().split()
    if not words:
        return list(issues)
    out = []
    for issue in issues:
        hay = f"{issue} {labels.get(issue, '')}".casefold()
        if all(w in hay for w in words):
            out.append(issue)
    return out


class PositionsScreen(QuoteScreen):
    """Status line, issue filter, the grid, then the cell summary or evidence list + detail."""

    BINDINGS = keys.POSITIONS
    AUTO_FOCUS = "#grid"

    def __init__(self) -> None:
        super().__init__()
        self.data: Any = None  # store.stances.Grid
        self.labels: dict[str, str] = {}
        self.filter_text = ""
        self.evidence_cell: tuple[str, str] | None = None  # open evidence list's cell
        self.evidence_total = 0
        self.groups: Any = None  # store.stances.Groups, kept for column changes
        self.generation = 0
        self.building = False  # a grid worker is running

    def compose(self) -> ComposeResult:
        yield Header()
        yield Static(render.text(""), id="positions-status")
        yield Input(placeholder="filter issues (enter keeps, esc clears)", id="issue-filter")
        yield StanceGrid(id="grid")
        with Horizontal(id="evidence-panes"):
            yield QuoteList(id="evidence")
            yield QuoteDetail(id="detail")
        yield Footer()

    # -- parts -----------------------------------------------------------------------------

    @property
    def grid(self) -> StanceGrid:
        return self.query_one("#grid", StanceGrid)

    @property
    def evidence_list(self) -> QuoteList:
        return self.query_one("#evidence", QuoteList)

    @property
    def columns(self) -> list[str]:
        """The chosen columns (party names, "Other"), kept on the app for the session."""
        chosen = getattr(self.app, "position_columns", None)
        if chosen is None:
            chosen = default_columns()
            self.app.position_columns = chosen
        return list(chosen)

    @property
    def evidence_open(self) -> bool:
        return self.evidence_cell is not None

    # -- lifecycle -------------------------------------------------------------------------

    def on_mount(self) -> None:
        try:
            from store.stances import issue_catalogue

            self.labels = dict(issue_catalogue())
        except Exception:  # noqa: BLE001 - labels are cosmetic; fall back to issue keys
            self.labels = {}
        self.refresh_grid()
        self.grid.focus()

    def on_screen_resume(self) -> None:
        if self.data is not None and list(self.data.columns) != self.columns:
            self.refresh_grid()  # columns changed from the palette while away
        if self.evidence_open:
            self.evidence_list.focus()
        else:
            self.grid.focus()

    def on_resize(self) -> None:
        self.set_class(self.size.width < NARROW, "-narrow")

    # -- the grid --------------------------------------------------------------------------

    def refresh_data(self) -> None:
        """Rescan the store (new statements since the grid was built); an open evidence
        list is listed again."""
        self.refresh_grid(reload=True)
        if self.evidence_open:
            self.open_evidence(focus=False)

    def refresh_grid(self, reload: bool = False) -> None:
        """Rebuild the grid for the chosen columns in a worker (scanning the store only
        the first time or when `reload`); the UI stays responsive on a big store."""
        from store.stances import OTHER

        if reload:
            self.groups = None
        columns = self.columns
        self.generation += 1
        self.building = True
        self.grid.loading = self.data is None  # first load: a spinner over the grid
        self._status()
        self._build(self.generation, [c for c in columns if c != OTHER], OTHER in columns,
                    self.groups)

    @work(thread=True, exclusive=True, group="positions-grid", exit_on_error=False)
    def _build(self, generation: int, named: list[str], other: bool, groups: Any) -> None:
        try:
            from store.stances import build_grid, load_groups

            if groups is None:
                from store.db import open_db

                db = open_db(self.app.db_path, readonly=True)
                try:
                    groups = load_groups(db)
                finally:
                    db.conn.close()
            grid = build_grid(groups, named, other=other)
        except Exception as exc:  # noqa: BLE001 - shown in the status line; the app goes on
            self.post_message(GridReady(generation, None, None, f"{type(exc).__name__}: {exc}"))
            return
        self.post_message(GridReady(generation, grid, groups))

    @on(GridReady)
    def _grid_ready(self, message: GridReady) -> None:
        message.stop()
        if message.generation != self.generation:
            return  # a newer column choice is on its way
        self.building = False
        self.grid.loading = False
        if message.error:
            self.query_one("#positions-status", Static).update(
                render.text(f"Positions could not be loaded: {message.error}"))
            return
        self.groups = message.groups
        self.data = message.grid
        self._show_rows()
        issue_filter = self.query_one("#issue-filter", Input)
        if self.focused is None or (self.focused is issue_filter
                                    and not self.has_class("-filtering")):
            self.grid.focus()  # the spinner kept focus off the grid

    def _show_rows(self) -> None:
        rows = filter_issues(list(self.data.issues), self.labels, self.filter_text)
        self.grid.set_data(self.data, rows, self.labels)
        self._status()

    def _status(self) -> None:
        if self.data is None or self.building:
            self.query_one("#positions-status", Static).update(
                render.text("Loading positions\u2026"))
            return
        shown = len(self.grid.rows)
        total = len(self.data.issues)
        issues = f"{shown} of {total} issues (filter: {self.filter_text})" if self.filter_text \
            else f"{total} issues"
        if self.evidence_open:
            issue, column = self.evidence_cell
            count = len(self.evidence_list.rows)
            more = f" of {self.evidence_total}" if self.evidence_total > count else ""
            text = (f"{count}{more} statements: {column} on "
                    f"{render.issue_label(issue, self.labels, short=True)}, oldest first "
                    "\u00b7 y copies \u00b7 esc back to the grid")
        else:
            text = (f"{issues} \u00d7 {len(self.data.columns)} columns \u00b7 each cell: "
                    "latest stance, its date, statements for it / all statements")
        self.query_one("#positions-status", Static).update(render.text(text))

    def label(self, issue: str | None) -> str:
        return render.issue_label(issue or "", self.labels)

    @on(StanceGrid.CellMoved)
    def _cell_moved(self, message: StanceGrid.CellMoved) -> None:
        message.stop()
        if isinstance(message, StanceGrid.CellOpened):
            self.open_evidence()
        elif self.evidence_open and (message.issue, message.column) != self.evidence_cell:
            self.open_evidence(focus=False)  # tabbed back to the grid and moved: follow
        elif not self.evidence_open:
            self.show_summary()

    def show_summary(self) -> None:
        """The detail pane explains the cell; y/c then copy its latest statement."""
        from store.stances import citable, statements

        issue, column = self.grid.current
        cell = self.grid.current_cell
        latest = None
        if cell is not None and cell.latest_id is not None:
            found = statements(self.app.db, [cell.latest_id])
            latest = found[0] if found else None
        self.current_row = citable(self.app.db, latest) if latest is not None else None
        members = self.data.members.get(column, ()) if self.data is not None and column else ()
        content = render.cell_summary(cell, column or "", self.label(issue), latest,
                                      members=members)
        for pane in self.query(QuoteDetail):
            pane.show(self.current_row, content)

    # -- evidence --------------------------------------------------------------------------

    def open_evidence(self, focus: bool = True) -> None:
        """List the statements behind the cursor's cell, oldest first."""
        from store.stances import OTHER, evidence

        issue, column = self.grid.current
        if issue is None or column is None:
            return
        members = self.data.members.get(column, ())
        cell = self.grid.current_cell
        rows = evidence(self.app.db, issue, members, limit=EVIDENCE_MAX)
        self.evidence_cell = (issue, column)
        self.evidence_total = cell.total if cell is not None else len(rows)
        self.add_class("-evidence")
        items = [(render.statement_item(st, width=160, show_party=column == OTHER), st)
                 for st in rows]
        self.evidence_list.set_items(items)
        if not rows:
            self.current_row = None
            for pane in self.query(QuoteDetail):
                pane.show(None, render.cell_summary(cell, column, self.label(issue),
                                                    members=members))
        else:
            self.show_detail(rows[0])
        if focus:
            self.evidence_list.focus()
        self._status()

    def close_evidence(self) -> None:
        self.evidence_cell = None
        self.remove_class("-evidence")
        self.grid.focus()
        self.show_summary()
        self._status()

    def accepts(self, message: QuoteChosen) -> bool:
        return self.evidence_open and message.source is self.evidence_list

    def show_detail(self, item: Any | None) -> None:
        """A statement from the evidence list: its detail; y/c copy its quote (or sentence)."""
        if item is None:
            return
        from store.stances import citable

        self.current_row = citable(self.app.db, item)
        content = render.statement_detail(item, self.current_row, self.label(item.issue))
        for pane in self.query(QuoteDetail):
            pane.show(self.current_row, content)

    # -- actions ---------------------------------------------------------------------------

    def action_back(self) -> None:
        issue_filter = self.query_one("#issue-filter", Input)
        if issue_filter.has_focus:
            issue_filter.value = ""  # Changed clears the filter
            self.remove_class("-filtering")
            self.grid.focus()
        elif self.evidence_open:
            self.close_evidence()
        elif self.filter_text:
            issue_filter.value = ""
            self.remove_class("-filtering")
            self.grid.focus()
        elif not self.grid.has_focus:
            self.grid.focus()

    def action_filter_issues(self) -> None:
        if self.evidence_open:
            self.close_evidence()
        self.add_class("-filtering")
        self.query_one("#issue-filter", Input).focus()

    @on(Input.Changed, "#issue-filter")
    def _filter_changed(self, event: Input.Changed) -> None:
        event.stop()
        self.filter_text = event.value.strip()
        if self.data is not None:
            self._show_rows()

    @on(Input.Submitted, "#issue-filter")
    def _filter_submitted(self, event: Input.Submitted) -> None:
        event.stop()
        if not self.filter_text:
            self.remove_class("-filtering")
        self.grid.focus()

    def choices(self) -> list[tuple[str, int | None]]:
        """Parties for the column chooser: the defaults, then others by statements."""
        from store.stances import DEFAULT_PARTIES, OTHER

        counts = dict(self.data.parties) if self.data is not None else {}
        names = list(dict.fromkeys([*DEFAULT_PARTIES, *self.columns, *counts]))
        names = [n for n in names if n != OTHER]
        return [(n, counts.get(n, 0)) for n in names] + [(OTHER, None)]

    def action_choose_columns(self) -> None:
        from tui.screens.columns import ColumnChooser

        self.app.push_screen(ColumnChooser(self.choices(), self.columns), self.set_columns)

    def set_columns(self, columns: list[str] | None) -> None:
        """Use `columns` (party names and/or "Other") for the grid; at least one is kept."""
        if columns is None:
            return
        if not columns:
            self.notify("At least one column is needed: columns unchanged.", severity="warning",
                        markup=False)
            return
        if columns == self.columns:
            return
        self.app.position_columns = list(columns)
        if self.evidence_open:
            self.close_evidence()
        self.refresh_grid()
        self.notify("Columns: " + render.clean(", ".join(columns)), markup=False)

    def toggle_column(self, party: str) -> None:
        """Give `party` a column of its own, or fold it back into Other."""
        columns = self.columns
        if party in columns:
            self.set_columns([c for c in columns if c != party])
        else:
            from store.stances import OTHER

            at = columns.index(OTHER) if OTHER in columns else len(columns)
            self.set_columns([*columns[:at], party, *columns[at:]])

    def action_hide_column(self) -> None:
        _, column = self.grid.current
        if column is not None:
            self.toggle_column(column)
