"""Positions: a party's stance on a negotiation issue, found in quotes and reported prose.

Stub so the pipeline can import it; the real rules follow.
"""
from __future__ import annotations

from extract.records import ArticleMeta, Position, Quote, Reported


def extract_positions(text: str, meta: ArticleMeta, quotes: list[Quote],
                      reported: list[Reported], actors=None) -> list[Position]:
    """Return the positions stated in `text` (offsets into `text`)."""
    return []
