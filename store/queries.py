"""The TUI's read API: typed rows over the database, no SQL outside `store`.

All functions take a `sqlite_utils.Database` (opened read-only by the TUI) and
return plain frozen dataclasses, so callers never see column names.
"""
from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from typing import TypeVar

import sqlite_utils

T = TypeVar("T")


@dataclass(frozen=True, slots=True)
class QuoteRow:
    """A stored quote with its speaker and article metadata."""

    id: int
    quote: str
    speaker: str | None
    speaker_id: int | None
    party: str | None
    faction: str | None
    date: str | None
    kind: str | None
    article_id: int
    article_name: str
    title: str | None
    outlet: str | None
    url: str | None
    published: str | None
    paragraph: str
    start: int
    end: int
    cue: str | None
    speaker_as_written: str | None = None
    author: str | None = None

    @property
    def when(self) -> str | None:
        """The date the quote was said, else the article's publication date."""
        return self.date or self.published


@dataclass(frozen=True, slots=True)
class PositionRow:
    """One party's stance on one issue, with the evidence sentence and its source."""

    id: int
    party: str
    issue: str
    stance: str
    evidence: str
    speaker: str | None
    speaker_id: int | None
    date: str | None
    article_id: int
    article_name: str
    title: str | None
    outlet: str | None
    url: str | None
    published: str | None
    quote_id: int | None
    start: int
    end: int

    @property
    def when(self) -> str | None:
        return self.date or self.published


@dataclass(frozen=True, slots=True)
class ReportedRow:
    """Reported (indirect) speech: shown as what someone said, never as a quotation."""

    id: int
    content: str
    cue: str | None
    speaker: str | None
    speaker_id: int | None
    party: str | None
    faction: str | None
    date: str | None
    article_id: int
    article_name: str
    title: str | None
    outlet: str | None
    url: str | None
    published: str | None
    paragraph: str
    start: int
    end: int

    @property
    def when(self) -> str | None:
        return self.date or self.published


@dataclass(frozen=True, slots=True)
class PartyCount:
    party: str
    quotes: int
    speakers: int
    positions: int


@dataclass(frozen=True, slots=True)
class SpeakerRow:
    id: int
    name: str
    party: str | None
    faction: str | None
    quotes: int
    aliases: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class ArticleRow:
    id: int
    name: str
    title: str | None
    outlet: str | None
    url: str | None
    published: str | None
    author: str | None
    text: str
    ingested_at: str | None


@dataclass(frozen=True, slots=True)
class Counts:
    articles: int
    quotes: int
    reported: int
    positions: int
    speakers: int
    parties: int


QUOTE_COLUMNS = (
    'q.id, q.quote, COALESCE(s.name, q.speaker_name), q.speaker_id, q.party, q.faction, q.date, '
    'q.kind, q.article_id, a.name, a.title, a.outlet, a.url, a.published, '
    'COALESCE(q.paragraph, \'\'), q.start, q."end", q.cue, q.speaker_as_written, a.author')
QUOTE_FROM = ("FROM quotes q JOIN articles a ON a.id = q.article_id "
              "LEFT JOIN speakers s ON s.id = q.speaker_id")
# Undated quotes go last on the timeline.
TIMELINE_ORDER = "q.sort_date IS NULL, q.sort_date, q.article_id, q.start"


def rows_by_id(db: sqlite_utils.Database, select: str, id_column: str, ids: Sequence[int],
               make: Callable[..., T]) -> list[T]:
    """`make(*row)` for each id, in the order given (missing ids left out). `select` is a
    SELECT ... FROM ... whose first column is the id; ids go in chunks under SQLite's
    parameter limit."""
    found: dict[int, T] = {}
    ids = list(ids)
    for i in range(0, len(ids), 500):
        chunk = ids[i:i + 500]
        marks = ",".join("?" * len(chunk))
        for row in db.conn.execute(f"{select} WHERE {id_column} IN ({marks})", chunk):
            found[row[0]] = make(*row)
    return [found[i] for i in ids if i in found]


def quote_rows(db: sqlite_utils.Database, ids: Sequence[int]) -> list[QuoteRow]:
    """QuoteRows for `ids`, in the order given (missing ids are left out)."""
    return rows_by_id(db, f"SELECT {QUOTE_COLUMNS} {QUOTE_FROM}", "q.id", ids, QuoteRow)


def get_quote(db: sqlite_utils.Database, quote_id: int) -> QuoteRow | None:
    rows = quote_rows(db, [quote_id])
    return rows[0] if rows else None


def speaker_ids(db: sqlite_utils.Database, speaker: str | int) -> list[int]:
    """Speaker ids for an id, or a name/alias (case-insensitive)."""
    if isinstance(speaker, int):
        return [speaker]
    rows = db.conn.execute(
        "SELECT id FROM speakers WHERE name = ? COLLATE NOCASE UNION "
        "SELECT speaker_id FROM speaker_aliases WHERE alias = ? COLLATE NOCASE",
        (speaker, speaker)).fetchall()
    return [r[0] for r in rows]


def quote_filters(db: sqlite_utils.Database, *, party: str | None = None,
                  speaker: str | int | None = None, issue: str | None = None,
                  date_from: str | None = None, date_to: str | None = None
                  ) -> tuple[list[str], list]:
    """SQL conditions (on alias `q`) and parameters for the common quote filters."""
    where: list[str] = []
    params: list = []
    if party:
        where.append("q.party = ? COLLATE NOCASE")
        params.append(party)
    if speaker is not None and speaker != "":
        ids = speaker_ids(db, speaker)
        if not ids:
            where.append("0")
        else:
            where.append(f"q.speaker_id IN ({','.join('?' * len(ids))})")
            params.extend(ids)
    if issue:
        where.append("EXISTS (SELECT 1 FROM positions p WHERE p.quote_id = q.id "
                     "AND p.issue = ? COLLATE NOCASE)")
        params.append(issue)
    if date_from:
        where.append("q.sort_date >= ?")
        params.append(date_from)
    if date_to:
        # inclusive: "2024-05" and "2024-05-31" both take in the whole of their period
        where.append("q.sort_date <= ?")
        params.append(date_to + "\uffff")
    return where, params


def quotes_for_timeline(db: sqlite_utils.Database, *, party: str | None = None,
                        speaker: str | int | None = None, limit: int | None = None,
                        offset: int = 0) -> list[QuoteRow]:
    """Quotes in date order (quote date, else publication date), then article, then position."""
    where, params = quote_filters(db, party=party, speaker=speaker)
    # Ids first, from the timeline index alone: skipping `offset` entries there is
    # far cheaper than building (and discarding) joined rows.
    sql = "SELECT q.id FROM quotes q"
    if where:
        sql += " WHERE " + " AND ".join(where)
    sql += f" ORDER BY {TIMELINE_ORDER} LIMIT ? OFFSET ?"
    params += [-1 if limit is None else limit, max(0, offset)]
    return quote_rows(db, [r[0] for r in db.conn.execute(sql, params)])


def count_quotes(db: sqlite_utils.Database, *, party: str | None = None,
                 speaker: str | int | None = None) -> int:
    where, params = quote_filters(db, party=party, speaker=speaker)
    sql = "SELECT count(*) FROM quotes q" + (" WHERE " + " AND ".join(where) if where else "")
    return db.conn.execute(sql, params).fetchone()[0]


def quotes_by_party(db: sqlite_utils.Database, parties: Iterable[str], *,
                    limit: int | None = None) -> dict[str, list[QuoteRow]]:
    """For each party, its quotes in timeline order (for side-by-side columns)."""
    return {p: quotes_for_timeline(db, party=p, limit=limit) for p in parties}


def list_parties(db: sqlite_utils.Database) -> list[PartyCount]:
    """Parties with quote, speaker and position counts, most quoted first."""
    rows = db.conn.execute("""
        WITH parties AS (
            SELECT party FROM quotes WHERE party IS NOT NULL
            UNION SELECT party FROM positions WHERE party IS NOT NULL)
        SELECT p.party,
               (SELECT count(*) FROM quotes q WHERE q.party = p.party),
               (SELECT count(*) FROM speakers s WHERE s.party = p.party),
               (SELECT count(*) FROM positions x WHERE x.party = p.party)
        FROM parties p""").fetchall()
    out = [PartyCount(*r) for r in rows]
    out.sort(key=lambda c: (-c.quotes, -c.positions, c.party.casefold()))
    return out


def list_speakers(db: sqlite_utils.Database, party: str | None = None) -> list[SpeakerRow]:
    """Speakers (optionally of one party) with quote counts and known aliases, most quoted first."""
    sql = """
        SELECT s.id, s.name, s.party, s.faction,
               (SELECT count(*) FROM quotes q WHERE q.speaker_id = s.id) AS n,
               (SELECT group_concat(alias, char(31)) FROM speaker_aliases a
                 WHERE a.speaker_id = s.id)
        FROM speakers s"""
    params: list = []
    if party:
        sql += " WHERE s.party = ? COLLATE NOCASE"
        params.append(party)
    sql += " ORDER BY n DESC, s.name COLLATE NOCASE"
    return [SpeakerRow(r[0], r[1], r[2], r[3], r[4],
                       tuple(sorted(set((r[5] or "").split("\x1f")) - {"", r[1]})))
            for r in db.conn.execute(sql, params)]


POSITION_COLUMNS = (
    'p.id, p.party, p.issue, p.stance, p.evidence, s.name, p.speaker_id, p.date, p.article_id, '
    'a.name, a.title, a.outlet, a.url, a.published, p.quote_id, p.start, p."end"')


def positions(db: sqlite_utils.Database, *, party: str | None = None,
              issue: str | None = None, limit: int | None = None,
              offset: int = 0) -> list[PositionRow]:
    """Position rows for the (issue x party) grid, ordered by issue, party, date."""
    sql = (f"SELECT {POSITION_COLUMNS} FROM positions p JOIN articles a ON a.id = p.article_id "
           "LEFT JOIN speakers s ON s.id = p.speaker_id")
    where, params = [], []
    if party:
        where.append("p.party = ? COLLATE NOCASE")
        params.append(party)
    if issue:
        where.append("p.issue = ? COLLATE NOCASE")
        params.append(issue)
    if where:
        sql += " WHERE " + " AND ".join(where)
    sql += (" ORDER BY p.issue, p.party, p.sort_date IS NULL, p.sort_date, p.article_id, p.start"
            " LIMIT ? OFFSET ?")
    params += [-1 if limit is None else limit, max(0, offset)]
    return [PositionRow(*r) for r in db.conn.execute(sql, params)]


def positions_grid(db: sqlite_utils.Database) -> dict[tuple[str, str], list[PositionRow]]:
    """Positions grouped by (issue, party)."""
    grid: dict[tuple[str, str], list[PositionRow]] = {}
    for row in positions(db):
        grid.setdefault((row.issue, row.party), []).append(row)
    return grid


def quotes_for_article(db: sqlite_utils.Database, article_id: int) -> list[QuoteRow]:
    """An article's quotes in text order (context for the detail pane)."""
    ids = [r[0] for r in db.conn.execute(
        "SELECT id FROM quotes WHERE article_id = ? ORDER BY start", (article_id,))]
    return quote_rows(db, ids)


REPORTED_COLUMNS = (
    'r.id, r.content, r.cue, COALESCE(s.name, r.speaker_name), r.speaker_id, r.party, r.faction, '
    'r.date, r.article_id, a.name, a.title, a.outlet, a.url, a.published, '
    'COALESCE(r.paragraph, \'\'), r.start, r."end"')


def reported(db: sqlite_utils.Database, *, article_id: int | None = None,
             party: str | None = None, speaker: str | int | None = None,
             limit: int | None = None, offset: int = 0) -> list[ReportedRow]:
    """Reported speech, in timeline order (or text order within one article)."""
    where, params = [], []
    if article_id is not None:
        where.append("r.article_id = ?")
        params.append(article_id)
    if party:
        where.append("r.party = ? COLLATE NOCASE")
        params.append(party)
    if speaker is not None and speaker != "":
        ids = speaker_ids(db, speaker) or [-1]
        where.append(f"r.speaker_id IN ({','.join('?' * len(ids))})")
        params.extend(ids)
    sql = (f"SELECT {REPORTED_COLUMNS} FROM reported r JOIN articles a ON a.id = r.article_id "
           "LEFT JOIN speakers s ON s.id = r.speaker_id")
    if where:
        sql += " WHERE " + " AND ".join(where)
    sql += (" ORDER BY r.start" if article_id is not None else
            " ORDER BY r.sort_date IS NULL, r.sort_date, r.article_id, r.start")
    sql += " LIMIT ? OFFSET ?"
    params += [-1 if limit is None else limit, max(0, offset)]
    return [ReportedRow(*r) for r in db.conn.execute(sql, params)]


def get_article(db: sqlite_utils.Database, article_id: int) -> ArticleRow | None:
    row = db.conn.execute("SELECT id, name, title, outlet, url, published, author, text, "
                          "ingested_at FROM articles WHERE id = ?", (article_id,)).fetchone()
    return ArticleRow(*row) if row else None


def counts(db: sqlite_utils.Database) -> Counts:
    one = lambda sql: db.conn.execute(sql).fetchone()[0]  # noqa: E731
    return Counts(
        articles=one("SELECT count(*) FROM articles"),
        quotes=one("SELECT count(*) FROM quotes"),
        reported=one("SELECT count(*) FROM reported"),
        positions=one("SELECT count(*) FROM positions"),
        speakers=one("SELECT count(*) FROM speakers"),
        parties=one("SELECT count(*) FROM (SELECT party FROM quotes WHERE party IS NOT NULL "
                    "UNION SELECT party FROM positions WHERE party IS NOT NULL)"),
    )
