"""The terminal app: three views (search, positions, timeline), a detail pane, copy citation.

`run_app(db_path)` is what `negot-tui` calls: it opens (creating if needed)
the database, loads the bundled demo corpus into an empty one, then runs
`NegotApp`.  Database problems become one line on stderr and exit status 2.
"""
from __future__ import annotations

import shlex
import sys
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from textual import work
from textual.app import App, SystemCommand
from textual.binding import Binding
from textual.screen import Screen

from tui import keys
from tui.screens.help import HelpScreen
from tui.screens.positions import PositionsScreen
from tui.screens.search import SearchScreen
from tui.screens.timeline import TimelineScreen


class NegotApp(App):
    """negot-tui: who said what, for which side, and when."""

    CSS_PATH = "app.tcss"
    TITLE = "negot-tui"
    MODES = {"search": SearchScreen, "positions": PositionsScreen, "timeline": TimelineScreen}
    DEFAULT_MODE = "search"
    BINDINGS = keys.APP

    def __init__(self, db_path: str | Path) -> None:
        super().__init__()
        self.db_path = Path(db_path)
        from store.db import open_db

        # Read-only connection for the UI thread; workers open their own.
        self.db = open_db(self.db_path, readonly=True)
        from store.citation import STYLES

        from tui.config import load_config

        self.citation_styles: list[str] = list(STYLES)
        # The config file's style is where `y` starts; `Y` cycles from there.
        self.config = load_config()
        self.citation_style = self.config.citation_style
        self.sub_title = str(self.db_path)
        from store.stances import DEFAULT_PARTIES, OTHER

        # Columns of the positions grid; kept here so the choice lasts the session.
        self.position_columns: list[str] = [*DEFAULT_PARTIES, OTHER]

    def on_mount(self) -> None:
        for problem in self.config.problems:  # a broken config file is said, never fatal
            self.notify(problem, severity="warning", markup=False, timeout=8)

    # -- data helpers used by the screens --------------------------------------------

    def quote_total(self) -> int:
        from store.queries import counts

        return counts(self.db).quotes

    # -- actions ----------------------------------------------------------------------

    def action_help(self) -> None:
        if not isinstance(self.screen, HelpScreen):
            self.push_screen(HelpScreen())

    def _current_row(self) -> Any | None:
        return getattr(self.screen, "current_row", None)

    def action_copy_citation(self) -> None:
        """Copy the selected quote's citation: OSC 52 now, native tool in a worker, then a toast."""
        from store.citation import format_citation
        from tui import clipboard, render

        row = self._current_row()
        if row is None:
            self.notify("No quote selected: nothing copied.", severity="warning", markup=False)
            return
        citation = format_citation(row, self.citation_style)
        if len(citation.encode("utf-8")) > clipboard.MAX_BYTES:
            self.notify("Citation too long to copy.", severity="error", markup=False)
            return
        self.copy_to_clipboard(citation)
        quote, _ = render.excerpt(render.clean(getattr(row, "quote", "")), (), 40)
        self._copy_native(citation, f"{self.citation_style} citation of \u201c{quote}\u201d",
                          self._cite_command(row))

    def _cite_command(self, row: Any) -> str | None:
        """The shell command that prints this citation, for when the clipboard fails."""
        from store.db import default_db_path
        from store.queries import QuoteRow

        if not isinstance(row, QuoteRow):
            return None
        db = "" if self.db_path == default_db_path() else f" --db {shlex.quote(str(self.db_path))}"
        return f"`negot-tui{db} cite {row.id} --format {self.citation_style}`"

    @work(thread=True, group="clipboard", exit_on_error=False)
    def _copy_native(self, citation: str, what: str, fallback: str | None = None) -> None:
        from tui import clipboard

        outcome = clipboard.copy_text(citation, None, what=what,
                                      command=self.config.clipboard_cmd, fallback=fallback)
        self.notify(outcome.message, severity="information" if outcome.ok else "error",
                    markup=False, timeout=6)

    def action_refresh(self) -> None:
        """Run the current view's query again with its filters: quotes ingested meanwhile
        (e.g. by `negot-tui ingest` in another terminal) appear."""
        refresh = getattr(self.screen, "refresh_data", None)
        if refresh is None:
            return
        refresh()
        self.notify(f"Refreshed: {self.quote_total()} quotes in the database.", markup=False,
                    timeout=3)

    def action_cycle_style(self) -> None:
        index = self.citation_styles.index(self.citation_style) if self.citation_style in self.citation_styles else -1
        self.citation_style = self.citation_styles[(index + 1) % len(self.citation_styles)]
        self.notify(f"Citation style: {self.citation_style} (y/c copies in this style)",
                    markup=False)

    def _on_positions(self, action: str, *args: Any) -> None:
        """Switch to the positions view, then run one of its methods (palette commands)."""
        self.switch_mode("positions")

        def run(tries: int = 10) -> None:  # the switch itself can take a frame or two
            method = getattr(self.screen, action, None)
            if method is not None:
                method(*args)
            elif tries:
                self.set_timer(0.05, lambda: run(tries - 1))

        self.call_after_refresh(run)

    def set_party_filter(self, party: str | None) -> None:
        self.switch_mode("search")
        self.call_after_refresh(lambda: self.screen.set_party_filter(party))

    # -- command palette ----------------------------------------------------------------

    def get_system_commands(self, screen: Screen) -> Iterable[SystemCommand]:
        yield SystemCommand("Search view", "Fuzzy-search quotes (key 1)",
                            lambda: self.switch_mode("search"))
        yield SystemCommand("Positions view", "Parties side by side (key 2)",
                            lambda: self.switch_mode("positions"))
        yield SystemCommand("Timeline view", "Quotes by day (key 3)",
                            lambda: self.switch_mode("timeline"))
        yield SystemCommand("Copy citation", "Copy the selected quote's citation (y / c)",
                            self.action_copy_citation)
        yield SystemCommand("Citation style", f"Next citation style (now {self.citation_style})",
                            self.action_cycle_style)
        yield SystemCommand("Refresh", "Run this view's query again: shows newly ingested "
                            "quotes (f5 / r)", self.action_refresh)
        yield SystemCommand("Help", "Keys and how to search (? / f1)", self.action_help)
        yield SystemCommand("Positions: choose columns",
                            "Which parties are columns of the positions grid (t)",
                            lambda: self._on_positions("action_choose_columns"))
        yield SystemCommand("Positions: filter issues", "Type to filter the grid's rows (/)",
                            lambda: self._on_positions("action_filter_issues"))
        yield SystemCommand("Positions: reload", "Read the positions again (after an ingest)",
                            lambda: self._on_positions("refresh_grid", True))
        yield SystemCommand("Filter: any party", "Search all parties",
                            lambda: self.set_party_filter(None))
        from store.queries import list_parties
        from tui.render import markup_literal

        parties = list_parties(self.db)
        for entry in parties[:12]:
            party = markup_literal(entry.party)  # the palette parses titles as markup
            yield SystemCommand(f"Filter: {party}", f"Search only quotes from {party}",
                                lambda p=entry.party: self.set_party_filter(p))
        for entry in [e for e in parties if e.positions][:12]:
            party = markup_literal(entry.party)
            shown = entry.party in self.position_columns
            yield SystemCommand(f"Positions: {'hide' if shown else 'show'} column {party}",
                                f"{'Fold' if shown else 'Unfold'} {party} "
                                f"{'into' if shown else 'out of'} Other ({entry.positions} "
                                "statements)",
                                lambda p=entry.party: self._on_positions("toggle_column", p))
        yield from super().get_system_commands(screen)


def run_app(db_path: str | Path) -> int:
    """Open or create the database (demo corpus when empty) and run the app; exit status."""
    from store.errors import StoreError

    path = Path(db_path)
    try:
        from store.db import open_db
        from store.demo import ensure_demo

        db = open_db(path)
        try:
            ensure_demo(db)
        finally:
            db.conn.close()
        app = NegotApp(path)
    except StoreError as exc:
        print(f"negot-tui: {exc}", file=sys.stderr)
        return 2
    except Exception as exc:  # noqa: BLE001 - one line, never a traceback, for any db problem
        print(f"negot-tui: {path}: cannot open database: {type(exc).__name__}: {exc}",
              file=sys.stderr)
        return 2
    app.run()
    return app.return_code or 0
