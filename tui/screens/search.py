"""Search view: type to fuzzy-search quotes (fzf style), results with matches highlighted.

Each keystroke starts a thread worker (exclusive in group "search", so the
previous one is cancelled) that waits a short debounce, borrows the warm
read-only connection `store.db.reader` keeps for worker threads (opening one
per keystroke costs more than the search) and calls
`store.search.search_quotes`.  Results come back as a SearchDone message;
results for an outdated query are dropped.  The list starts with the best
TOP_N; scrolling or moving near its end fetches the next TOP_N (same worker
group, so typing cancels it), up to MAX_SHOWN rows.
"""
from __future__ import annotations

import re
import time
from dataclasses import dataclass

from textual import on, work
from textual.app import ComposeResult
from textual.containers import Horizontal, Vertical
from textual.widgets import Footer, Header, Input, Static
from textual.worker import get_current_worker

from tui import keys, render
from tui.messages import SearchDone
from tui.screens.base import QuoteScreen
from tui.widgets.quote_detail import QuoteDetail
from tui.widgets.quote_list import QuoteList

TOP_N = 50
MAX_SHOWN = 2000  # rows the list may grow to by paging (the store ranks at most 5000)
DEBOUNCE = 0.12
_FILTER = re.compile(r'(?:(?<!\S)(?P<key>party|p|speaker|s|issue|from|to):|(?P<at>@))'
                     r'(?:"(?P<q>[^"]*)"?|(?P<w>\S+))', re.IGNORECASE)


@dataclass(frozen=True)
class ParsedQuery:
    """The free text of a query and the filters typed into it."""

    text: str
    party: str | None = None
    speaker: str | None = None
    issue: str | None = None
    date_from: str | None = None
    date_to: str | None = None

    def extra(self) -> dict[str, str]:
        """The filters passed to the store as typed (issue, date range)."""
        return {k: v for k, v in (("issue", self.issue), ("date_from", self.date_from),
                                  ("date_to", self.date_to)) if v}


def parse_query(raw: str) -> ParsedQuery:
    """Split ``party:qatar speaker:"ben gvir" @smotrich issue:hostages from:2024-08 words``."""
    found: dict[str, str | None] = {}
    names = {"p": "party", "s": "speaker", "from": "date_from", "to": "date_to"}
    for m in _FILTER.finditer(raw):
        value = (m.group("q") if m.group("q") is not None else m.group("w")).strip()
        key = (m.group("key") or "s").lower()
        found[names.get(key, key)] = value or None
    text = " ".join(_FILTER.sub(" ", raw).split())
    return ParsedQuery(text, **found)


def resolve(value: str | None, known: list[str]) -> str | None:
    """Map a typed filter value to a known name: exact, then prefix, then substring (any case)."""
    if not value:
        return None
    low = value.casefold()
    for test in (lambda k: k.casefold() == low, lambda k: k.casefold().startswith(low),
                 lambda k: low in k.casefold()):
        for name in known:
            if test(name):
                return name
    return value  # unknown: pass through, the store finds nothing


class SearchScreen(QuoteScreen):
    """Input on top, results on the left, detail on the right."""

    BINDINGS = keys.SEARCH

    def __init__(self) -> None:
        super().__init__()
        self.generation = 0
        self.parties: list[str] = []
        self.speakers: list[str] = []
        self.party_filter: str | None = None  # set by ctrl+f (typed party: wins)
        self.speaker_filter: str | None = None  # set by ctrl+r
        self.last_count = 0
        self.last_status = ""
        self.last_more = False  # the shown results have a next page
        self.loading_more = False

    def compose(self) -> ComposeResult:
        yield Header()
        with Vertical(id="search-top"):
            yield Input(placeholder="Search quotes \u2014 e.g. qatar enemy   party:hamas   "
                                    "speaker:\"ben gvir\"", id="query")
            yield Static(render.text("Loading\u2026"), id="search-status")
        with Horizontal(classes="panes"):
            yield QuoteList(id="results")
            yield QuoteDetail(id="detail")
        yield Footer()

    def on_mount(self) -> None:
        self.query_one("#query", Input).focus()
        self._start(self.query_one("#query", Input).value)
        self._load_names()

    @work(thread=True, group="search-names", exit_on_error=False)
    def _load_names(self) -> None:
        """Party and speaker names for `party:`/`speaker:` completion, off the UI thread.

        Counting them groups every quote (~0.5 s at a million): the first
        results must not wait for it. Typed filters pass through as typed until
        the names arrive, then the query is run again if it has any.
        """
        from store.db import open_for_thread
        from store.queries import list_parties, list_speakers

        db = open_for_thread(self.app.db)
        # a one-off scan: through SQLite's small page cache, not mapped into this process
        db.conn.execute("PRAGMA mmap_size = 0")
        try:
            parties = [p.party for p in list_parties(db)]
            speakers = [s.name for s in list_speakers(db)]
        finally:
            db.close()
        self.app.call_from_thread(self._names_loaded, parties, speakers)

    def _names_loaded(self, parties: list[str], speakers: list[str]) -> None:
        self.parties, self.speakers = parties, speakers
        raw = self.query_one("#query", Input).value
        if _FILTER.search(raw):
            self._start(raw)

    # -- searching ---------------------------------------------------------------

    @on(Input.Changed, "#query")
    def _query_changed(self, event: Input.Changed) -> None:
        self._start(event.value)

    def _filters(self, raw: str) -> tuple[str, str | None, str | None]:
        parsed = parse_query(raw)
        party = resolve(parsed.party, self.parties) or self.party_filter
        speaker = resolve(parsed.speaker, self.speakers) or self.speaker_filter
        return parsed.text, party, speaker

    def _start(self, raw: str) -> None:
        self.generation += 1
        self.last_more = self.loading_more = False
        text, party, speaker = self._filters(raw)
        self._search(self.generation, raw, text, party, speaker, 0, parse_query(raw).extra())
        # fzf-style "still working" mark, replaced when the results arrive
        self.query_one("#search-status", Static).update(
            render.text(f"{self.last_status}   \u00b7   searching\u2026" if self.last_status
                        else "searching\u2026"))

    @on(QuoteList.NearEnd, "#results")
    def _near_end(self, event: QuoteList.NearEnd) -> None:
        """Fetch the next page of the current query (once at a time, up to MAX_SHOWN)."""
        event.stop()
        if not self.last_more or self.loading_more or self.last_count >= MAX_SHOWN:
            return
        self.loading_more = True
        raw = self.query_one("#query", Input).value
        text, party, speaker = self._filters(raw)
        self._search(self.generation, raw, text, party, speaker, self.last_count,
                     parse_query(raw).extra())

    @work(thread=True, exclusive=True, group="search", exit_on_error=False)
    def _search(self, generation: int, raw: str, text: str, party: str | None,
                speaker: str | None, offset: int = 0, extra: dict | None = None) -> None:
        worker = get_current_worker()
        if not offset:
            time.sleep(DEBOUNCE)
        if worker.is_cancelled:
            return
        from store.db import reader
        from store.search import search_quotes

        try:
            with reader(self.app.db_path) as db:
                if worker.is_cancelled:  # waited for an older search to let go
                    return
                found = search_quotes(db, text, party=party, speaker=speaker, limit=TOP_N,
                                      offset=offset, is_cancelled=lambda: worker.is_cancelled,
                                      **(extra or {}))
        except Exception as exc:  # noqa: BLE001 - shown in the status line, app keeps running
            done = SearchDone(generation, raw, [], False, f"{type(exc).__name__}: {exc}")
            done.offset = offset
            self.post_message(done)
            return
        if worker.is_cancelled or getattr(found, "cancelled", False):
            return
        hits = [(h.row, list(h.spans or ())) for h in found]
        done = SearchDone(generation, raw, hits, bool(getattr(found, "more", False)))
        done.total = getattr(found, "total", None)
        done.terms = list(getattr(found, "terms", None) or [])
        done.offset = offset
        self.post_message(done)

    def on_unmount(self) -> None:
        from store.db import close_reader

        close_reader(self.app.db_path)

    @on(SearchDone)
    def _results(self, message: SearchDone) -> None:
        message.stop()
        if message.generation != self.generation:
            return  # a newer query is on its way
        results = self.query_one("#results", QuoteList)
        if message.offset:
            self.loading_more = False
            if message.error or message.offset != self.last_count:
                self.last_more = False
                return  # a page that no longer fits; stop paging this query
            have = {getattr(r, "id", None) for r in results.rows}
            new = [(row, spans) for row, spans in message.hits if row.id not in have]
            results.append_items([(render.quote_item(row, spans), row) for row, spans in new])
            self.last_count += len(message.hits)
            self.last_more = message.more and bool(message.hits)
            self._status(message)
            return
        if message.error:
            self.query_one("#search-status", Static).update(
                render.text(f"Search failed: {message.error}"))
            return
        # like fzf, a new result list starts at its best match
        results.set_items([(render.quote_item(row, spans), row) for row, spans in message.hits])
        self.last_count = len(message.hits)
        self.last_more = message.more
        self._status(message)

    def _status(self, message: SearchDone) -> None:
        text, party, speaker = self._filters(message.query)
        count = self.last_count
        total = message.total if message.total is not None else count
        try:
            from store.search import COUNT_CAP
        except ImportError:  # pragma: no cover - older store
            COUNT_CAP = 1000
        label = f"{COUNT_CAP}+" if total > COUNT_CAP else str(total)
        noun = "result" if label == "1" else "results"
        if not text or message.total is None:  # nothing (yet) to search for
            shown = f"{count} most recent quotes (type to search)"
        elif total > count:
            shown = f"{label} {noun} (top {count} shown)"
        else:
            shown = f"{label} {noun}"
        parts = [shown, f"party: {party or 'any'}", f"speaker: {speaker or 'any'}"]
        parsed = parse_query(message.query)
        if parsed.issue:
            parts.append(f"issue: {parsed.issue}")
        if parsed.date_from or parsed.date_to:
            parts.append(f"dates: {parsed.date_from or '…'} to {parsed.date_to or '…'}")
        typed = " ".join(text.casefold().split())
        if message.terms and " ".join(message.terms) != typed:
            parts.append("searched: " + " ".join(message.terms))
        self.last_status = "   \u00b7   ".join(parts)
        self.query_one("#search-status", Static).update(render.text(self.last_status))

    # -- keys ------------------------------------------------------------------------

    def _results_list(self) -> QuoteList:
        return self.query_one("#results", QuoteList)

    def action_results_down(self) -> None:
        if isinstance(self.focused, QuoteDetail):
            self.focused.scroll_down()
        else:
            self._results_list().action_cursor_down()

    def action_results_up(self) -> None:
        if isinstance(self.focused, QuoteDetail):
            self.focused.scroll_up()
        else:
            self._results_list().action_cursor_up()

    def action_results_page_down(self) -> None:
        self._results_list().action_page_down()

    def action_results_page_up(self) -> None:
        self._results_list().action_page_up()

    @on(Input.Submitted, "#query")
    def _submitted(self) -> None:
        if self.current_row is not None:
            self.focus_detail()

    @on(QuoteList.OptionSelected, "#results")
    def _selected(self) -> None:
        self.focus_detail()

    def action_focus_query(self) -> None:
        self.query_one("#query", Input).focus()

    def action_back(self) -> None:
        """esc: from the detail or list back to the query; in the query, clear it; else list."""
        query = self.query_one("#query", Input)
        if self.focused is not query:
            query.focus()
        elif query.value:
            query.value = ""
        else:
            self._results_list().focus()

    def _cycle(self, current: str | None, options: list[str]) -> str | None:
        choices: list[str | None] = [None, *options]
        try:
            index = choices.index(current)
        except ValueError:
            index = 0
        return choices[(index + 1) % len(choices)]

    def action_cycle_party(self) -> None:
        self.party_filter = self._cycle(self.party_filter, self.parties)
        self.speaker_filter = None
        self._start(self.query_one("#query", Input).value)

    def action_cycle_speaker(self) -> None:
        from store.queries import list_speakers

        speakers = [s.name for s in list_speakers(self.app.db, party=self.party_filter)][:50]
        self.speaker_filter = self._cycle(self.speaker_filter, speakers)
        self._start(self.query_one("#query", Input).value)

    def refresh_data(self) -> None:
        """Run the typed query again with the same filters (picks up newly ingested quotes)."""
        self._start(self.query_one("#query", Input).value)
        self._load_names()

    def set_party_filter(self, party: str | None) -> None:
        """Used by the command palette."""
        self.party_filter = party
        self.speaker_filter = None
        self._start(self.query_one("#query", Input).value)
