"""Listing articles and correcting their metadata after ingest.

A wrong publication date is the common case (a page's date meta tag is the
date it was updated, an export's date column is the crawl date). The dates of
quotes, reported speech and positions are often derived from it ("said on
Sunday" is the Sunday before publication), so changing it re-runs the
extractor on the stored text with the corrected metadata and takes the new
dates of the records it finds again at the same offsets. Records are updated
in place: their ids (cited elsewhere) do not change.
"""
from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

import sqlite_utils

from store.text import clean_opt

FIELDS = ("title", "outlet", "url", "published", "author")


@dataclass(frozen=True, slots=True)
class ArticleSummary:
    """One line of `negot-tui article list`."""

    id: int
    name: str
    title: str | None
    outlet: str | None
    url: str | None
    published: str | None
    author: str | None
    quotes: int


@dataclass(frozen=True, slots=True)
class UpdateResult:
    """What `update_article` changed."""

    changed: tuple[str, ...]  # metadata fields whose value changed
    redated: int = 0  # records whose own date changed after re-resolution
    unmatched: int = 0  # records the extractor no longer finds (their dates kept)


def article_filters(*, outlet: str | None = None, date_from: str | None = None,
                    date_to: str | None = None) -> tuple[list[str], list[str]]:
    """SQL conditions on articles `a` (outlet, publication date range) and their parameters;
    one place for `article list` and `export articles`."""
    where, params = [], []
    if outlet:
        where.append("a.outlet = ? COLLATE NOCASE")
        params.append(outlet)
    if date_from:
        where.append("a.published >= ?")
        params.append(date_from)
    if date_to:
        where.append("a.published <= ?")
        params.append(date_to + "\uffff")  # "2024-05" covers every day of May
    return where, params


def list_articles(db: sqlite_utils.Database, *, outlet: str | None = None,
                  date_from: str | None = None, date_to: str | None = None,
                  limit: int | None = None) -> list[ArticleSummary]:
    """Articles by publication date (undated last), then id."""
    where, params = article_filters(outlet=outlet, date_from=date_from, date_to=date_to)
    sql = ("SELECT a.id, a.name, a.title, a.outlet, a.url, a.published, a.author, "
           "(SELECT count(*) FROM quotes q WHERE q.article_id = a.id) FROM articles a")
    if where:
        sql += " WHERE " + " AND ".join(where)
    sql += " ORDER BY a.published IS NULL, a.published, a.id LIMIT ?"
    params.append(-1 if limit is None else limit)
    return [ArticleSummary(*r) for r in db.conn.execute(sql, params)]


def update_article(db: sqlite_utils.Database, article_id: int,
                   values: Mapping[str, str | None], *, actors=None) -> UpdateResult | None:
    """Set metadata fields of one article (None or "" clears a field); None if no such article.

    `published` must already be ISO (YYYY-MM-DD) or empty. When it changes, the
    records' dates are re-resolved against it (see the module docstring), all
    in one transaction.
    """
    row = db.conn.execute(f"SELECT {', '.join(FIELDS)}, text, name FROM articles WHERE id = ?",
                          (article_id,)).fetchone()
    if row is None:
        return None
    old = dict(zip(FIELDS, row[:len(FIELDS)]))
    text, name = row[len(FIELDS)], row[len(FIELDS) + 1]
    new = dict(old)
    for key, value in values.items():
        if key not in FIELDS:
            raise ValueError(f"unknown article field {key!r}")
        new[key] = clean_opt(value)
    changed = tuple(k for k in FIELDS if new[k] != old[k])
    if not changed:
        return UpdateResult(changed=())
    dates: dict[str, dict[tuple, str | None]] | None = None
    if "published" in changed:
        dates = _resolved_dates(text, name, new, actors)
    redated = unmatched = 0
    with db.atomic():
        conn = db.conn
        conn.execute(f"UPDATE articles SET {', '.join(f'{k} = ?' for k in changed)} WHERE id = ?",
                     [new[k] for k in changed] + [article_id])
        if dates is not None:
            for table in ("quotes", "reported", "positions"):
                extra = ", issue" if table == "positions" else ""
                for rid, start, end, date, *rest in conn.execute(
                        f'SELECT id, start, "end", date{extra} FROM {table} WHERE article_id = ?',
                        (article_id,)).fetchall():
                    key = (start, end, *rest)
                    if key in dates[table]:
                        fresh = dates[table][key]
                        if fresh != date:
                            redated += 1
                    else:
                        fresh = date
                        unmatched += 1
                    conn.execute(f"UPDATE {table} SET date = ?, sort_date = ? WHERE id = ?",
                                 (fresh, fresh or new["published"], rid))
    return UpdateResult(changed=changed, redated=redated, unmatched=unmatched)


def _resolved_dates(text: str, name: str, meta: Mapping[str, str | None], actors
                    ) -> dict[str, dict[tuple, str | None]]:
    """(start, end[, issue]) -> date of each record, extracted again with `meta`."""
    from extract import extract_article

    options = {"actors": actors} if actors is not None else {}
    result = extract_article(text, name, meta_override=dict(meta), **options)
    return {
        "quotes": {(q.start, q.end): q.date for q in result.quotes},
        "reported": {(r.start, r.end): r.date for r in result.reported},
        "positions": {(p.start, p.end, p.issue): p.date for p in result.positions},
    }
