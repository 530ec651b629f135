"""Messages the views post to one another (workers post these from threads)."""
from __future__ import annotations

from typing import Any

from textual.message import Message


class QuoteChosen(Message):
    """A list's highlighted quote changed: the detail pane should show `row` (or nothing)."""

    def __init__(self, row: Any | None, source: Any = None) -> None:
        super().__init__()
        self.row = row
        self.source = source  # the list that posted it


class SearchDone(Message):
    """A search worker finished: `hits` for `query` (stale if the query changed since)."""

    def __init__(self, generation: int, query: str, hits: list[Any], more: bool,
                 error: str | None = None) -> None:
        super().__init__()
        self.generation = generation
        self.query = query
        self.hits = hits
        self.more = more
        self.error = error
        self.total: int | None = None  # matches counted by the store (capped), if known
        self.terms: list[str] = []  # the words searched for after typo correction
        self.offset = 0  # > 0: a further page of the same query, to append
