"""Positions view: the parties side by side, one column each.

A column shows that party's stated positions (stance on an issue, with the
evidence sentence) when the store has any for it, otherwise its speakers'
quotes: a top-N window, never every row.  h/l or left/right move between
columns, j/k within one.
"""
from __future__ import annotations

from typing import Any

from textual.app import ComposeResult
from textual.containers import Horizontal
from textual.widgets import Footer, Header, Static

from tui import keys, render
from tui.messages import QuoteChosen
from tui.screens.base import QuoteScreen
from tui.widgets.party_column import PartyColumn
from tui.widgets.quote_detail import QuoteDetail
from tui.widgets.quote_list import QuoteList

PARTIES = ("Israel", "Hamas", "Qatar", "Egypt", "United States")
OTHER = "Other"
TOP_N = 50
NARROW = 110  # below this many cells the columns drop borders and padding (see app.tcss)


def is_position(item: Any) -> bool:
    return item is not None and hasattr(item, "stance")


def evidence_row(pos: Any) -> Any:
    """A citable row for a position's evidence sentence: the article's words, no speaker."""
    from store.queries import QuoteRow

    return QuoteRow(id=-pos.id, quote=pos.evidence, speaker=None, speaker_id=None, party=None,
                    faction=None, date=pos.date, kind="evidence", article_id=pos.article_id,
                    article_name=pos.article_name, title=pos.title, outlet=pos.outlet,
                    url=pos.url, published=pos.published, paragraph="", start=pos.start,
                    end=pos.end, cue=None)


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

    issue_labels: dict[str, str] = {}

    def on_mount(self) -> None:
        try:
            from extract.positions import load_taxonomy

            self.issue_labels = {k: i.label for k, i in load_taxonomy().issues.items()}
        except Exception:  # noqa: BLE001 - labels are cosmetic; fall back to issue keys
            self.issue_labels = {}
        self.refresh_columns()
        self.columns[0].list.focus()

    def on_screen_resume(self) -> None:
        if not isinstance(self.focused, (QuoteList, QuoteDetail)):
            self.columns[0].list.focus()

    def _column_data(self, db: Any, parties: list[str]) -> tuple[str, list[Any], int]:
        """('positions' | 'quotes', top-N items, total) for a column covering `parties`."""
        from store.queries import count_quotes, positions, quotes_for_timeline

        found: list[Any] = []
        for party in parties:
            found.extend(positions(db, party=party))
        if found:
            found.sort(key=lambda p: (p.when is None, p.when or "", p.id))
            return "positions", found[:TOP_N], len(found)
        rows: list[Any] = []
        total = 0
        for party in parties:
            rows.extend(quotes_for_timeline(db, party=party, limit=TOP_N))
            total += count_quotes(db, party=party)
        rows.sort(key=lambda r: (r.when is None, r.when or "", r.id))
        return "quotes", rows[:TOP_N], total

    def on_resize(self) -> None:
        self.set_class(self.size.width < NARROW, "-narrow")

    def refresh_columns(self) -> None:
        from store.queries import list_parties

        db = self.app.db
        others = [p.party for p in list_parties(db) if p.party not in PARTIES]
        kinds = set()
        for column in self.columns:
            parties = others if column.party == OTHER else [column.party]
            kind, items, total = self._column_data(db, parties)
            kinds.add(kind)
            other = column.party == OTHER
            if kind == "positions":
                prompts = [(render.position_item(p, width=120, labels=self.issue_labels), p) for p in items]
            else:
                prompts = [(render.quote_item(r, width=120, show_party=other), r) for r in items]
            column.set_items(prompts, total=total, kind=kind)
        what = ("Positions by party" if kinds == {"positions"} else
                "Quotes by party (no positions extracted yet)" if kinds == {"quotes"} else
                "Positions by party (quotes where a party has no positions)")
        self.query_one("#positions-status", Static).update(render.text(
            f"{what}   \u00b7   h/l or \u2190/\u2192 between parties, j/k within, "
            "y copies the quote's citation"))

    def accepts(self, message: QuoteChosen) -> bool:
        source = message.source
        return source is None or source.has_focus or self.focused is None

    def show_detail(self, item: Any | None) -> None:
        if not is_position(item):
            super().show_detail(item)
            return
        from store.queries import get_quote

        quote = get_quote(self.app.db, item.quote_id) if item.quote_id is not None else None
        # Without a quote, y/c cite the evidence sentence as the outlet's words.
        self.current_row = quote if quote is not None else evidence_row(item)
        for pane in self.query(QuoteDetail):
            pane.show(quote, render.position_detail(item, quote, self.issue_labels))

    def action_column(self, step: int) -> None:
        columns = self.columns
        current = next((i for i, c in enumerate(columns) if c.list.has_focus), None)
        if current is None:
            columns[0].list.focus()
            return
        target = columns[(current + step) % len(columns)].list
        target.focus()
        self.show_detail(target.current_row)

    def action_back(self) -> None:
        if isinstance(self.focused, QuoteDetail):
            self.columns[0].list.focus()
