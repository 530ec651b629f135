"""Writing extracted articles into the database.

Each article is one transaction: either all of its records are stored or none.
Articles are keyed by a hash of their text, so ingesting the same article
twice (even under another file name) adds nothing.
"""
from __future__ import annotations

import hashlib
import sqlite3
from collections import Counter
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from datetime import datetime, timezone
from pathlib import Path

import sqlite_utils

from extract.records import ExtractedArticle
from store.speakers import resolve_speaker
from store.text import clean, clean_opt, words

META_FIELDS = ("title", "outlet", "url", "published", "author")


@dataclass(frozen=True, slots=True)
class IngestResult:
    """What one article contributed (all zero when it was already stored)."""

    added: bool
    article_id: int
    quotes: int = 0
    reported: int = 0
    positions: int = 0


@dataclass(slots=True)
class IngestSummary:
    """Totals for a batch; `failures` lists (path, reason) for each file not stored."""

    added: int = 0
    skipped: int = 0
    failed: int = 0
    quotes: int = 0
    reported: int = 0
    positions: int = 0
    failures: list[tuple[Path, str]] = field(default_factory=list)


def content_hash(text: str) -> str:
    """Identity of an article: sha256 of its text with line endings and outer space normalised."""
    norm = "\n".join(line.rstrip() for line in text.strip().splitlines())
    return hashlib.sha256(norm.encode("utf-8")).hexdigest()


def find_article(db: sqlite_utils.Database, content_hash: str) -> int | None:
    row = db.conn.execute("SELECT id FROM articles WHERE content_hash = ?",
                          (content_hash,)).fetchone()
    return row[0] if row else None


def ingest_extracted(db: sqlite_utils.Database, extracted: ExtractedArticle, *,
                     content_hash: str, metadata: Mapping[str, str | None] | None = None
                     ) -> IngestResult:
    """Store one extracted article and its records in a single transaction.

    `metadata` (title, outlet, url, published, author) overrides what the
    extractor found, for curated corpora such as the demo: a key that is
    present wins even when empty (None or "" = known to be unknown); an
    absent key keeps the detected value.
    """
    existing = find_article(db, content_hash)
    if existing is not None:
        return IngestResult(added=False, article_id=existing)
    meta = {f: getattr(extracted.meta, f) for f in META_FIELDS}
    for key, value in (metadata or {}).items():
        if key in META_FIELDS:  # present, even empty: the curator's word wins
            meta[key] = value
    meta = {k: clean_opt(v) for k, v in meta.items()}
    published = meta["published"]

    with db.atomic():
        conn = db.conn
        try:
            article_id = conn.execute(
                "INSERT INTO articles(name, content_hash, title, outlet, url, published, author, "
                "text, ingested_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (clean_opt(extracted.meta.name) or "", content_hash, meta["title"],
                 meta["outlet"], meta["url"], published, meta["author"], clean(extracted.text),
                 datetime.now(timezone.utc).isoformat(timespec="seconds"))).lastrowid
        except sqlite3.IntegrityError:
            # Another process (a second `negot-tui ingest`) stored it since the check above.
            existing = find_article(db, content_hash)
            if existing is None:
                raise
            return IngestResult(added=False, article_id=existing)
        vocab: Counter[str] = Counter()
        names: dict[int, str] = {}

        def speaker(name, party, faction=None, written=None):
            sid = resolve_speaker(db, name, party, faction, written=written)
            if sid is not None:  # re-read: a fuller name may have just been adopted
                names[sid] = conn.execute("SELECT name FROM speakers WHERE id = ?",
                                          (sid,)).fetchone()[0]
            return sid

        quote_ids: dict[int, int] = {}
        # The actors file's name merges an organisation's forms across articles ("Israel's
        # military" here, "Israel Defense Forces" there); positions take their quote's speaker.
        said_by: dict[tuple, int | None] = {}
        for q in extracted.quotes:
            sid = said_by[(q.speaker, q.party)] = speaker(q.actor or q.speaker, q.party, q.faction, q.speaker)
            text = clean(q.quote)
            date = clean_opt(q.date)
            quote_ids[q.start] = conn.execute(
                'INSERT INTO quotes(article_id, speaker_id, quote, speaker_name, party, faction, '
                'date, sort_date, kind, start, "end", cue, speaker_as_written, paragraph) '
                'VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)',
                (article_id, sid, text, names.get(sid) or clean_opt(q.speaker),
                 clean_opt(q.party), clean_opt(q.faction), date, date or published, q.kind,
                 q.start, q.end, clean_opt(q.cue), clean_opt(q.speaker_as_written),
                 clean(q.paragraph or ""))).lastrowid
            vocab.update(words(text))
        for r in extracted.reported:
            sid = said_by[(r.speaker, r.party)] = speaker(r.actor or r.speaker, r.party, r.faction, r.speaker)
            date = clean_opt(r.date)
            conn.execute(
                'INSERT INTO reported(article_id, speaker_id, speaker_name, party, faction, cue, '
                'content, date, sort_date, start, "end", speaker_as_written, paragraph) '
                'VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)',
                (article_id, sid, names.get(sid) or clean_opt(r.speaker), clean_opt(r.party),
                 clean_opt(r.faction), clean_opt(r.cue), clean(r.content), date,
                 date or published, r.start, r.end, clean_opt(r.speaker_as_written),
                 clean(r.paragraph or "")))
        for p in extracted.positions:
            key = (p.speaker, p.party)
            sid = said_by[key] if key in said_by else speaker(p.speaker, p.party)
            date = clean_opt(p.date)
            conn.execute(
                'INSERT INTO positions(article_id, speaker_id, quote_id, party, issue, stance, '
                'evidence, date, sort_date, start, "end") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)',
                (article_id, sid, quote_ids.get(p.quote_start) if p.quote_start is not None
                 else None, clean_opt(p.party), clean_opt(p.issue), clean_opt(p.stance),
                 clean(p.evidence), date, date or published, p.start, p.end))
        for sid, name in names.items():
            vocab.update(words(name))
        if vocab:
            conn.executemany("INSERT INTO vocab(word, count) VALUES (?, ?) "
                             "ON CONFLICT(word) DO UPDATE SET count = count + excluded.count",
                             vocab.items())
            conn.execute("INSERT INTO meta(key, value) VALUES ('vocab_rev', '1') ON CONFLICT(key) "
                         "DO UPDATE SET value = CAST(value AS INTEGER) + 1")
    return IngestResult(added=True, article_id=article_id, quotes=len(extracted.quotes),
                        reported=len(extracted.reported), positions=len(extracted.positions))


ProgressFn = Callable[[int, int, Path], None]
ErrorFn = Callable[[Path, str], None]


def ingest_paths(db: sqlite_utils.Database, paths: Iterable[Path], *, actors=None,
                 on_progress: ProgressFn | None = None, on_error: ErrorFn | None = None,
                 metadata: Mapping[str, Mapping[str, str | None]] | None = None,
                 options=None, issues=None) -> IngestSummary:
    """Read, extract and store every document under `paths` (text, HTML, JSONL, CSV).

    `on_progress(done, total, path)` is called after each document (`path` is
    "export.jsonl#12" for a row of an export); `on_error(path, reason)` for each
    file or row that could not be stored (the batch goes on). `options` is an
    `extract.formats.ReadOptions` (export columns, the user's metadata);
    `metadata` maps a document name to curated overrides (the demo's sources);
    `issues` is a loaded issue taxonomy (None: the shipped one).
    """
    from extract import extract_article
    from extract.formats import count_documents, file_documents, iter_input_files

    summary = IngestSummary()

    def fail(path: Path, reason: str) -> None:
        summary.failed += 1
        summary.failures.append((Path(path), reason))
        if on_error:
            on_error(Path(path), reason)

    files = list(iter_input_files(list(paths), on_error=fail))
    total = sum(count_documents(f) for f in files)
    extract_options = {k: v for k, v in (("actors", actors), ("issues", issues)) if v is not None}
    done = 0
    for path in files:
        produced = 0
        for doc in file_documents(path, options, on_error=fail):
            produced += 1
            done += 1
            where = _doc_path(path, doc.name)
            meta = {**doc.meta, **((metadata or {}).get(doc.name) or {})}
            _ingest_one(db, where, doc.name, doc.text, meta, extract_options, summary, fail,
                        extract_article)
            if on_progress:
                on_progress(done, max(total, done), where)
        if not produced:  # an unreadable file still moves the bar
            done += 1
            if on_progress:
                on_progress(done, max(total, done), path)
    return summary


def _ingest_one(db, path, name, text, meta, options, summary, fail, extract_article):
    import sqlite3

    digest = content_hash(text)
    try:
        if find_article(db, digest) is not None:
            summary.skipped += 1
            return
    except sqlite3.Error as exc:
        fail(path, f"cannot store ({exc})")
        return
    try:
        extracted = extract_article(text, name, meta_override=meta, **options)
    except Exception as exc:  # an extractor bug must not stop the batch
        fail(path, f"extraction failed ({type(exc).__name__}: {exc})")
        return
    try:
        result = ingest_extracted(db, extracted, content_hash=digest, metadata=_normalised(meta))
    except sqlite3.Error as exc:
        fail(path, f"cannot store ({exc})")
        return
    if result.added:
        summary.added += 1
        summary.quotes += result.quotes
        summary.reported += result.reported
        summary.positions += result.positions
    else:
        summary.skipped += 1


def _normalised(meta):
    """The user's/container's metadata as stored: dates as ISO (an unreadable date is unknown)."""
    from extract.dates import parse_date_value

    meta = dict(meta or {})
    if meta.get("published"):
        meta["published"] = parse_date_value(str(meta["published"]))
    return meta


def _doc_path(path: Path, name: str) -> Path:
    """What progress and errors name: the file, or "dir/export.jsonl#12" for one of its rows."""
    if name == path.name:
        return path
    try:
        return path.with_name(name)
    except ValueError:  # an id column value with a slash in it
        return Path(f"{path}#{name.rpartition('#')[2]}")
