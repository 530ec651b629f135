"""The records the extractor produces.

Plain frozen dataclasses so that `store/` and `tui/` can rely on one shape and
`negot-tui extract --jsonl` can print them without any other dependency.
Offsets (`start`, `end`) are character offsets into the article text as read
(decoded, universal newlines), so `text[start:end] == quote` for quotes.
"""
from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Literal

QuoteKind = Literal["full", "fragment"]
Stance = Literal["demands", "supports", "opposes", "rejects", "conditional"]


@dataclass(frozen=True, slots=True)
class ArticleMeta:
    """What the article says about itself (header lines, dateline, metadata)."""

    name: str  # file name, the article's key in every record
    title: str | None = None
    outlet: str | None = None
    url: str | None = None
    published: str | None = None  # ISO date (YYYY-MM-DD) or None when unknown
    author: str | None = None


@dataclass(frozen=True, slots=True)
class Quote:
    """A span between quotation marks attributed to a speaker."""

    article: str
    quote: str
    speaker: str | None
    party: str | None
    faction: str | None
    date: str | None
    kind: QuoteKind
    start: int
    end: int
    cue: str | None = None  # the attribution verb or phrase ("said", "according to")
    speaker_as_written: str | None = None  # the mention the speaker was found from
    paragraph: str = ""  # the paragraph around the quote, for context
    # The actors file's name for the speaker. `speaker` is the fullest form in this article
    # ("Israel's military"); `actor` ("Israel Defense Forces") lets the store merge articles.
    actor: str | None = None

    def to_json(self) -> dict:
        return {"type": "quote", **asdict(self)}


@dataclass(frozen=True, slots=True)
class Reported:
    """Reported (indirect) speech: "X said that ...". Never shown as a direct quote."""

    article: str
    speaker: str | None
    party: str | None
    faction: str | None
    cue: str
    content: str
    date: str | None
    start: int  # offsets of `content`
    end: int
    speaker_as_written: str | None = None
    paragraph: str = ""
    actor: str | None = None  # as in Quote

    def to_json(self) -> dict:
        return {"type": "reported", **asdict(self)}


@dataclass(frozen=True, slots=True)
class Position:
    """A party's stance on one negotiation issue, with the sentence that states it."""

    article: str
    party: str
    speaker: str | None
    issue: str
    stance: Stance
    evidence: str
    date: str | None
    start: int  # offsets of `evidence`
    end: int
    quote_start: int | None = None  # start offset of the quote it comes from, if any

    def to_json(self) -> dict:
        return {"type": "position", **asdict(self)}


@dataclass(slots=True)
class ExtractedArticle:
    """Everything extracted from one article."""

    meta: ArticleMeta
    text: str  # the article text the offsets refer to (sanitised, same length as read)
    quotes: list[Quote] = field(default_factory=list)
    reported: list[Reported] = field(default_factory=list)
    positions: list[Position] = field(default_factory=list)

    def records(self) -> list[Quote | Reported | Position]:
        """All records in document order of their start offset, quotes first on ties."""
        order = {Quote: 0, Reported: 1, Position: 2}
        return sorted([*self.quotes, *self.reported, *self.positions],
                      key=lambda r: (r.start, order[type(r)]))
