"""Fuzzy quote search: FTS5 finds candidates, rapidfuzz forgives typos and ranks.

Pipeline, bounded at every step so it stays fast on a million quotes:
1. The query is split into words exactly as the FTS tokenizer splits text, so
   no user input can reach FTS5 syntax (quotes, parentheses, AND/OR/NEAR, *).
2. A word absent from the vocabulary (built at ingest) is replaced by the
   closest vocabulary words (rapidfuzz Levenshtein over words of similar
   length); the last word is also matched as a prefix (search as you type).
3. FTS5 returns at most `CANDIDATES` matching rows, newest first, with the
   party/speaker/issue/date filters applied in the same SQL.
4. rapidfuzz ranks those candidates; spans for highlighting come from the words
   that matched.
"""
from __future__ import annotations

import os
import re
import weakref
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date as _date

import sqlite_utils
from rapidfuzz import fuzz, process
from rapidfuzz.distance import Levenshtein

from store.queries import QuoteRow, quote_filters, quote_rows
from store.text import fold, word_spans, words

CANDIDATES = 400  # rows ranked per query (newest matches first)
MAX_CANDIDATES = 5000  # ceiling when paging deep (offset + limit)
MAX_TERMS = 12  # query words considered
COUNT_CAP = 1000  # "N of M" counts stop here ("1000+")
ALTERNATIVES = 3  # close vocabulary words tried for one misspelt word
# Upper-case search-syntax words: habits, not words to find (every word is required anyway).
_OPERATORS = re.compile(r"(?<![^\W_])(?:AND|OR|NOT|NEAR)(?![^\W_])")


@dataclass(frozen=True, slots=True)
class SearchHit:
    row: QuoteRow
    score: float
    spans: list[tuple[int, int]] = field(default_factory=list)  # ranges in row.quote


class SearchResults(list):
    """A list of SearchHit plus what the TUI needs for "N of M".

    total: matching quotes counted up to COUNT_CAP (None for an empty query);
    more: True when more matches exist than were ranked or returned;
    terms: the words searched for after typo correction;
    cancelled: the search was abandoned via `is_cancelled`.
    """

    def __init__(self, hits=(), *, total: int | None = None, more: bool = False,
                 terms: list[str] | None = None, cancelled: bool = False):
        super().__init__(hits)
        self.total = total
        self.more = more
        self.terms = terms or []
        self.cancelled = cancelled


@dataclass(frozen=True, slots=True)
class _Term:
    """One query word: the vocabulary words and/or word starts that satisfy it."""

    word: str  # as typed (folded)
    alternatives: tuple[str, ...] = ()  # whole words to match
    prefixes: tuple[str, ...] = ()  # word starts to match (a half-typed last word)

    def fts(self) -> str:
        parts = [f'"{w}"' for w in self.alternatives] + [f'"{p}"*' for p in self.prefixes]
        return parts[0] if len(parts) == 1 else "(" + " OR ".join(parts) + ")"

    @property
    def label(self) -> str:
        """What is searched for: the word, or its corrections ("negotiations|negotiation")."""
        forms = [*self.alternatives, *(p + "\u2026" for p in self.prefixes)]
        if forms in ([self.word], [self.word + "\u2026"]):
            return self.word
        return "|".join(forms)

    def matches(self, w: str) -> bool:
        return w in self.alternatives or any(w.startswith(p) for p in self.prefixes)


class _Vocab:
    """The vocabulary in memory, bucketed by length, for typo lookup."""

    def __init__(self, rows):
        self.count: dict[str, int] = {}
        self.by_len: dict[int, list[str]] = {}
        self._starts: dict[int, dict[str, int]] = {}
        for word, n in rows:
            self.count[word] = n
            self.by_len.setdefault(len(word), []).append(word)

    def starts(self, n: int) -> dict[str, int]:
        """Word starts of length n with their summed counts (built once per length)."""
        if n not in self._starts:
            out: dict[str, int] = {}
            for ln, ws in self.by_len.items():
                if ln >= n:
                    for w in ws:
                        out[w[:n]] = out.get(w[:n], 0) + self.count[w]
            self._starts[n] = out
        return self._starts[n]

    def close(self, word: str, *, prefix: bool) -> tuple[int, tuple[str, ...]]:
        """(edit distance, closest whole words or word starts), most used first."""
        n = len(word)
        maxd = 0 if n <= 3 else 1 if n <= 5 else 2
        if not maxd:
            return 99, ()
        if prefix:
            counts = self.starts(n)
            choices = list(counts)
        else:
            counts = self.count
            choices = [w for ln in range(n - maxd, n + maxd + 1) for w in self.by_len.get(ln, ())]
        if not choices:
            return 99, ()
        found = process.extract(word, choices, scorer=Levenshtein.distance, score_cutoff=maxd,
                                limit=50)
        if not found:
            return 99, ()
        best = min(d for _, d, _ in found)
        top = sorted((w for w, d, _ in found if d == best), key=lambda w: -counts.get(w, 0))
        return best, tuple(top[:ALTERNATIVES])


# Keyed by database file (the TUI opens a connection per search worker), checked
# against the vocabulary revision that every ingest bumps.
_vocab_cache: dict = {}
_vocab_cache_weak: weakref.WeakKeyDictionary = weakref.WeakKeyDictionary()


def _vocab(db: sqlite_utils.Database) -> _Vocab:
    row = db.conn.execute("SELECT value FROM meta WHERE key = 'vocab_rev'").fetchone()
    rev = row[0] if row else "0"
    path = getattr(db, "negot_path", None)
    if path is not None:
        try:
            st = os.stat(path)
            key, cache = (os.path.realpath(path), st.st_dev, st.st_ino), _vocab_cache
        except OSError:
            key, cache = db, _vocab_cache_weak
    else:
        key, cache = db, _vocab_cache_weak
    cached = cache.get(key)
    if cached and cached[0] == rev:
        return cached[1]
    vocab = _Vocab(db.conn.execute("SELECT word, count FROM vocab"))
    if cache is _vocab_cache:
        cache.clear()  # one database at a time is the normal case; bound the memory
    cache[key] = (rev, vocab)
    return vocab


def _known(db, word: str) -> bool:
    return db.conn.execute("SELECT 1 FROM vocab WHERE word = ?", (word,)).fetchone() is not None


def _known_prefix(db, word: str) -> bool:
    return db.conn.execute("SELECT 1 FROM vocab WHERE word >= ? AND word < ? LIMIT 1",
                           (word, word + "\U0010ffff")).fetchone() is not None


def parse_query(db: sqlite_utils.Database, query: str) -> list[_Term]:
    """Query words with typo corrections; words matching nothing at all are dropped."""
    query = _OPERATORS.sub(" ", query)
    toks = words(query)[:MAX_TERMS]
    typing = bool(query) and not query[-1].isspace()
    terms: list[_Term] = []
    for i, tok in enumerate(toks):
        last = typing and i == len(toks) - 1
        if last:
            if _known_prefix(db, tok):
                terms.append(_Term(tok, prefixes=(tok,)))
                continue
            # misspelt: a finished word ("negotiatons") or a word being typed ("negotai")
            dw, whole = _vocab(db).close(tok, prefix=False)
            ds, starts = _vocab(db).close(tok, prefix=True)
            best = min(dw, ds)
            if whole or starts:
                terms.append(_Term(tok, alternatives=whole if dw == best else (),
                                   prefixes=starts if ds == best else ()))
            continue
        if _known(db, tok):
            terms.append(_Term(tok, alternatives=(tok,)))
        else:
            _, alts = _vocab(db).close(tok, prefix=False)
            if alts:
                terms.append(_Term(tok, alternatives=alts))
    return terms


def _safe(value):
    """Drop characters SQLite cannot bind (lone surrogates)."""
    if isinstance(value, str):
        return value.encode("utf-8", "replace").decode("utf-8")
    if isinstance(value, _date):
        return value.isoformat()
    return value


def search_quotes(db: sqlite_utils.Database, query: str, *, party: str | None = None,
                  speaker: str | int | None = None, issue: str | None = None,
                  date_from: str | _date | None = None, date_to: str | _date | None = None,
                  limit: int = 50, offset: int = 0,
                  is_cancelled: Callable[[], bool] | None = None) -> SearchResults:
    """Best-matching quotes for `query` (any string is safe); empty query: most recent first."""
    cancelled = is_cancelled or (lambda: False)
    limit = max(0, int(limit))
    offset = max(0, int(offset))
    query = _safe(query or "")
    where, params = quote_filters(db, party=_safe(party), speaker=_safe(speaker),
                                  issue=_safe(issue), date_from=_safe(date_from),
                                  date_to=_safe(date_to))
    terms = parse_query(db, query) if words(query) else None
    if terms is None:
        return _recent(db, where, params, limit, offset)
    if not terms or cancelled():
        return SearchResults(terms=[], cancelled=cancelled())

    match = " AND ".join(t.fts() for t in terms)
    cond = "".join(f" AND {w}" for w in where)
    want = min(max(CANDIDATES, offset + limit), MAX_CANDIDATES)
    sql = (f"SELECT q.id FROM quotes_fts CROSS JOIN quotes q ON q.id = quotes_fts.rowid "
           f"WHERE quotes_fts MATCH ?{cond} ORDER BY quotes_fts.rowid DESC LIMIT ?")
    ids = [r[0] for r in db.conn.execute(sql, [match, *params, want + 1])]
    more = len(ids) > want
    ids = ids[:want]
    if cancelled():
        return SearchResults(cancelled=True)
    rows = quote_rows(db, ids)
    phrase = " ".join(t.word for t in terms)
    regexes = [_term_regex(t) for t in terms]
    scored: list[tuple[float, str, int, SearchHit]] = []
    for i, row in enumerate(rows):
        if i % 100 == 99 and cancelled():
            return SearchResults(cancelled=True)
        hit = _score(row, terms, regexes, phrase)
        scored.append((-hit.score, "" if row.when is None else row.when, row.id, hit))
    # best score first; among equals, newest first
    scored.sort(key=lambda x: (x[0], _neg(x[1]), -x[2]))
    page = [s[3] for s in scored[offset:offset + limit]]
    if len(ids) <= want and not more:
        total = len(ids)
    else:
        total = _count(db, match, cond, params)
    return SearchResults(page, total=total, more=more or offset + limit < len(scored),
                         terms=[t.label for t in terms])


def _neg(s: str) -> tuple:
    """Sort key that orders ISO date strings newest first."""
    return tuple(-ord(c) for c in s)


def _count(db, match: str, cond: str, params: list) -> int:
    sql = (f"SELECT count(*) FROM (SELECT 1 FROM quotes_fts CROSS JOIN quotes q ON q.id = "
           f"quotes_fts.rowid WHERE quotes_fts MATCH ?{cond} LIMIT {COUNT_CAP + 1})")
    return db.conn.execute(sql, [match, *params]).fetchone()[0]


def _recent(db, where, params, limit, offset) -> SearchResults:
    sql = "SELECT q.id FROM quotes q"
    if where:
        sql += " WHERE " + " AND ".join(where)
    sql += " ORDER BY q.sort_date DESC, q.id DESC LIMIT ? OFFSET ?"
    ids = [r[0] for r in db.conn.execute(sql, [*params, limit + 1, offset])]
    more = len(ids) > limit
    rows = quote_rows(db, ids[:limit])
    return SearchResults([SearchHit(r, 0.0, []) for r in rows], total=None, more=more, terms=[])


def _term_regex(t: _Term) -> re.Pattern:
    """Where a term matches in folded text: a whole alternative word, or the typed prefix."""
    parts = []
    if t.alternatives:
        alts = sorted(t.alternatives, key=len, reverse=True)
        parts.append("(?:" + "|".join(map(re.escape, alts)) + r")(?![^\W_])")
    if t.prefixes:
        parts.append("|".join(map(re.escape, sorted(t.prefixes, key=len, reverse=True))))
    return re.compile(r"(?<![^\W_])(?:" + "|".join(parts) + ")")


def _score(row: QuoteRow, terms: list[_Term], regexes: list[re.Pattern], phrase: str
           ) -> SearchHit:
    folded = fold(row.quote)
    spans: list[tuple[int, int]] = []
    found = 0
    if len(folded) == len(row.quote):  # the usual case: offsets carry over
        for rx in regexes:
            hit = False
            for m in rx.finditer(folded):
                spans.append(m.span())
                hit = True
            found += hit
    else:  # folding changed lengths (e.g. ligatures): match word by word
        for rx in regexes:
            hit = False
            for start, end, w in word_spans(row.quote):
                m = rx.match(w)
                if m:
                    spans.append((start, end) if m.end() == len(w) or len(w) != end - start
                                 else (start, start + m.end()))
                    hit = True
            found += hit
    if found < len(terms) and row.speaker:
        speaker = fold(row.speaker)
        found = sum(1 for rx in regexes if rx.search(folded) or rx.search(speaker))
    coverage = found / len(terms)
    closeness = fuzz.partial_ratio(phrase, folded) if len(phrase) > 1 else 0.0
    score = 0.6 * closeness + 40.0 * coverage
    return SearchHit(row, round(score, 2), _merge(spans))


def _merge(spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    out: list[tuple[int, int]] = []
    for s, e in sorted(spans):
        if out and s <= out[-1][1]:
            out[-1] = (out[-1][0], max(out[-1][1], e))
        else:
            out.append((s, e))
    return out
