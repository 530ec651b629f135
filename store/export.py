"""Exporting quotes, positions and articles as CSV, JSON Lines or Markdown.

Rows are plain dicts with fixed keys (the column order of the CSV), built
from the same typed rows and filters the TUI and `negot-tui search` use, so
an export holds exactly what a search would show. Writers take any text
stream; nothing here prints.
"""
from __future__ import annotations

import csv
import json
from collections.abc import Iterable, Iterator
from typing import TextIO

import sqlite_utils

from store.queries import (POSITION_COLUMNS, TIMELINE_ORDER, PositionRow, QuoteRow,
                           quote_filters, quote_rows, speaker_ids)
from store.articles import article_filters
from store.text import md_escape as _md, md_url

KINDS = ("quotes", "positions", "articles")
FORMATS = ("csv", "jsonl", "markdown")

QUOTE_KEYS = ("id", "quote", "speaker", "party", "faction", "date", "quote_date", "published",
              "outlet", "title", "url", "author", "article", "article_id", "kind", "cue",
              "start", "end")
POSITION_KEYS = ("id", "party", "issue", "stance", "evidence", "speaker", "date", "quote_id",
                 "published", "outlet", "title", "url", "article", "article_id", "start", "end")
ARTICLE_KEYS = ("id", "name", "title", "outlet", "url", "published", "author", "quotes",
                "reported", "positions", "ingested_at")
KEYS = {"quotes": QUOTE_KEYS, "positions": POSITION_KEYS, "articles": ARTICLE_KEYS}
BATCH = 500


def quote_dict(row: QuoteRow) -> dict:
    """`date` is when it was said, else the publication date; `quote_date` only the former."""
    return {"id": row.id, "quote": row.quote, "speaker": row.speaker, "party": row.party,
            "faction": row.faction, "date": row.when, "quote_date": row.date,
            "published": row.published, "outlet": row.outlet, "title": row.title,
            "url": row.url, "author": row.author, "article": row.article_name,
            "article_id": row.article_id, "kind": row.kind, "cue": row.cue,
            "start": row.start, "end": row.end}


def position_dict(row: PositionRow) -> dict:
    return {"id": row.id, "party": row.party, "issue": row.issue, "stance": row.stance,
            "evidence": row.evidence, "speaker": row.speaker, "date": row.when,
            "quote_id": row.quote_id, "published": row.published, "outlet": row.outlet,
            "title": row.title, "url": row.url, "article": row.article_name,
            "article_id": row.article_id, "start": row.start, "end": row.end}


def iter_quotes(db: sqlite_utils.Database, query: str | None = None, *, party=None,
                speaker=None, issue=None, date_from=None, date_to=None,
                limit: int | None = None) -> Iterator[dict]:
    """Quotes matching the search filters: best matches first when `query` is given
    (fuzzy, as `negot-tui search`; at most `limit` or 1000), else all in timeline order."""
    if query and query.strip():
        from store.search import search_quotes

        hits = search_quotes(db, query, party=party, speaker=speaker, issue=issue,
                             date_from=date_from, date_to=date_to,
                             limit=1000 if limit is None else limit)
        for hit in hits:
            yield quote_dict(hit.row)
        return
    where, params = quote_filters(db, party=party, speaker=speaker, issue=issue,
                                  date_from=date_from, date_to=date_to)
    sql = "SELECT q.id FROM quotes q" + (" WHERE " + " AND ".join(where) if where else "")
    sql += f" ORDER BY {TIMELINE_ORDER}"
    if limit is not None:
        sql += f" LIMIT {max(0, int(limit))}"
    ids = [r[0] for r in db.conn.execute(sql, params)]
    for i in range(0, len(ids), BATCH):
        for row in quote_rows(db, ids[i:i + BATCH]):
            yield quote_dict(row)


def iter_positions(db: sqlite_utils.Database, *, party=None, speaker=None, issue=None,
                   date_from=None, date_to=None, limit: int | None = None) -> Iterator[dict]:
    """Positions in date order (undated last); filters as for quotes."""
    where, params = [], []
    if party:
        where.append("p.party = ? COLLATE NOCASE")
        params.append(party)
    if speaker:
        ids = speaker_ids(db, speaker) or [-1]
        where.append(f"p.speaker_id IN ({','.join('?' * len(ids))})")
        params.extend(ids)
    if issue:
        where.append("p.issue = ? COLLATE NOCASE")
        params.append(issue)
    if date_from:
        where.append("p.sort_date >= ?")
        params.append(date_from)
    if date_to:
        where.append("p.sort_date <= ?")
        params.append(date_to + "\uffff")
    sql = (f"SELECT {POSITION_COLUMNS} FROM positions p JOIN articles a ON a.id = p.article_id "
           "LEFT JOIN speakers s ON s.id = p.speaker_id")
    if where:
        sql += " WHERE " + " AND ".join(where)
    sql += " ORDER BY p.sort_date IS NULL, p.sort_date, p.issue, p.party, p.article_id, p.start"
    if limit is not None:
        sql += f" LIMIT {max(0, int(limit))}"
    for r in db.conn.execute(sql, params):
        yield position_dict(PositionRow(*r))


def iter_articles(db: sqlite_utils.Database, *, outlet=None, date_from=None, date_to=None,
                  limit: int | None = None) -> Iterator[dict]:
    """Articles' metadata and record counts (not their text), by publication date."""
    where, params = article_filters(outlet=outlet, date_from=date_from, date_to=date_to)
    sql = ("SELECT a.id, a.name, a.title, a.outlet, a.url, a.published, a.author, "
           "(SELECT count(*) FROM quotes x WHERE x.article_id = a.id), "
           "(SELECT count(*) FROM reported x WHERE x.article_id = a.id), "
           "(SELECT count(*) FROM positions x WHERE x.article_id = a.id), a.ingested_at "
           "FROM articles a")
    if where:
        sql += " WHERE " + " AND ".join(where)
    sql += " ORDER BY a.published IS NULL, a.published, a.id"
    if limit is not None:
        sql += f" LIMIT {max(0, int(limit))}"
    for r in db.conn.execute(sql, params):
        yield dict(zip(ARTICLE_KEYS, r))


# ------------------------------------------------------------------ writers

def write(rows: Iterable[dict], kind: str, fmt: str, out: TextIO) -> int:
    """Write `rows` of `kind` to `out` in `fmt`; return how many were written."""
    if fmt == "csv":
        return write_csv(rows, KEYS[kind], out)
    if fmt == "jsonl":
        return write_jsonl(rows, out)
    if fmt == "markdown":
        return {"quotes": write_markdown_quotes, "positions": write_markdown_positions,
                "articles": write_markdown_articles}[kind](rows, out)
    raise ValueError(f"unknown export format {fmt!r}; choose from {', '.join(FORMATS)}")


_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def _csv_cell(value):
    """A text cell a spreadsheet would run as a formula (article text is hostile data:
    '=HYPERLINK(...)') gets a leading apostrophe, which spreadsheets show as text."""
    if value is None:
        return ""
    if isinstance(value, str) and value.startswith(_FORMULA_START):
        return "'" + value
    return value


def write_csv(rows: Iterable[dict], keys, out: TextIO) -> int:
    """RFC 4180 CSV with a header row; None is an empty cell."""
    writer = csv.DictWriter(out, fieldnames=list(keys), lineterminator="\r\n")
    writer.writeheader()
    n = 0
    for row in rows:
        writer.writerow({k: _csv_cell(v) for k, v in row.items()})
        n += 1
    return n


def write_jsonl(rows: Iterable[dict], out: TextIO) -> int:
    n = 0
    for row in rows:
        out.write(json.dumps(row, ensure_ascii=False) + "\n")
        n += 1
    return n


def _source(row: dict) -> str | None:
    title = row.get("title")
    url = md_url(row.get("url"))
    if title and url:
        link = f"[{_md(title)}](<{url}>)"
    elif title:
        link = f"\u201c{_md(title)}\u201d"
    elif url:
        link = f"<{url}>"
    else:
        link = None
    parts = [link, f"*{_md(row['outlet'])}*" if row.get("outlet") else None]
    return ", ".join(p for p in parts if p) or None


def write_markdown_quotes(rows: Iterable[dict], out: TextIO) -> int:
    """Each quote as a blockquote with who said it, when, and a link to the article."""
    n = 0
    for row in rows:
        if n:
            out.write("\n")
        side = ", ".join(_md(x) for x in (row.get("party"), row.get("faction")) if x)
        who = f"**{_md(row['speaker'])}**" if row.get("speaker") else None
        attribution = ", ".join(p for p in (
            who + (f" ({side})" if side else "") if who else (side or None),
            _source(row), row.get("date")) if p)
        text = " ".join(row["quote"].split()).rstrip(",;:").rstrip()
        out.write(f"> \u201c{_md(text)}\u201d\n")
        if attribution:
            out.write(f">\n> \u2014 {attribution} (quote {row['id']})\n")
        n += 1
    return n


def _table(rows: Iterable[dict], header: list[tuple[str, callable]], out: TextIO) -> int:
    out.write("| " + " | ".join(h for h, _ in header) + " |\n")
    out.write("|" + "|".join(" --- " for _ in header) + "|\n")
    n = 0
    for row in rows:
        out.write("| " + " | ".join(cell(row) or "" for _, cell in header) + " |\n")
        n += 1
    return n


def write_markdown_positions(rows: Iterable[dict], out: TextIO) -> int:
    return _table(rows, [
        ("date", lambda r: r.get("date")),
        ("party", lambda r: _md(r["party"])),
        ("issue", lambda r: _md(r["issue"])),
        ("stance", lambda r: _md(r["stance"])),
        ("speaker", lambda r: _md(r["speaker"]) if r.get("speaker") else None),
        ("evidence", lambda r: _md(r["evidence"])),
        ("source", _source),
    ], out)


def write_markdown_articles(rows: Iterable[dict], out: TextIO) -> int:
    return _table(rows, [
        ("id", lambda r: str(r["id"])),
        ("published", lambda r: r.get("published")),
        ("outlet", lambda r: _md(r["outlet"]) if r.get("outlet") else None),
        ("title", lambda r: _md(r.get("title") or r["name"])),
        ("url", lambda r: f"<{md_url(r['url'])}>" if md_url(r.get("url")) else None),
        ("quotes", lambda r: str(r["quotes"])),
        ("positions", lambda r: str(r["positions"])),
    ], out)
