"""Fuzzy quote search: FTS5 finds candidates, rapidfuzz forgives typos and ranks.

Pipeline, bounded at every step so it stays fast on a million quotes:
1. The query is split into words exactly as the FTS tokenizer splits text, so
   no user input can reach FTS5 syntax (quotes, parentheses, AND/OR/NEAR, *).
2. A word absent from the vocabulary (built at ingest) is replaced by the
   closest vocabulary words (rapidfuzz OSA distance, so a swapped pair of
   letters is one typo, over words of similar length); the last word is also
   matched as a prefix (search as you type).
3. FTS5 returns the rows matching every word, with the party/speaker/issue/
   date filters applied in the same SQL. All of them are ranked when there are
   at most `CANDIDATES`; beyond that the best `CANDIDATES` by bm25 (rare words
   and short quotes first), or the newest when even that would be slow.
4. When few rows match every word, a typo may have made another real word
   ("black" typed "back"): each word in turn is widened to its near spellings
   and those rows are added.
5. rapidfuzz ranks the candidates: how well each query word is matched (an
   exact word beats a correction), then closeness of the phrase. Spans for
   highlighting come from the words that matched.
"""
from __future__ import annotations

import bisect
import dataclasses
import itertools
import os
import re
import weakref
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date as _date

import sqlite_utils
from rapidfuzz import fuzz, process
from rapidfuzz.distance import OSA

from store.queries import QuoteRow, quote_filters, quote_rows
from store.text import fold, word_spans, words

CANDIDATES = 400  # rows ranked per query
MAX_CANDIDATES = 5000  # ceiling when paging deep (offset + limit)
BM25_MAX = 2000  # above this many matches take the newest (bm25 reads a docsize row per match)
MAX_TERMS = 12  # query words considered
COUNT_CAP = 1000  # "N of M" counts stop here ("1000+")
ALTERNATIVES = 6  # close vocabulary words tried for one misspelt word
RELAX_BELOW = 20  # fewer rows than this match every word: also try near spellings
RELAX_CANDIDATES = 200  # rows taken per widened word (newest first)
NEIGHBOURS = 6  # near spellings tried for a correctly spelt word when relaxing
EXPAND_MAX = 24  # a word start of 4+ letters with at most this many words is searched as them
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
    # The vocabulary words the prefixes stand for, when few: FTS5 merges a prefix's whole
    # doclist before it can intersect (~5 ms for a common word at 1M quotes), whole words seek.
    completions: tuple[str, ...] | None = None

    def fts(self) -> str:
        if self.completions is not None:
            parts = [f'"{w}"' for w in dict.fromkeys((*self.alternatives, *self.completions))]
        else:
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
        self._sorted: list[str] | None = None
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

    def close(self, word: str, *, prefix: bool, maxd: int | None = None
              ) -> tuple[int, tuple[str, ...]]:
        """(edit distance, closest whole words or word starts), most used first."""
        n = len(word)
        if maxd is None:
            maxd = _max_edits(n)
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
        found = process.extract(word, choices, scorer=OSA.distance, score_cutoff=maxd,
                                limit=50)
        if not found:
            return 99, ()
        best = min(d for _, d, _ in found)
        top = sorted((w for w, d, _ in found if d == best), key=lambda w: -counts.get(w, 0))
        return best, tuple(top[:ALTERNATIVES])

    def completions(self, prefix: str, cap: int) -> list[str] | None:
        """Vocabulary words starting with `prefix`; None when there are more than `cap`."""
        if self._sorted is None:
            self._sorted = sorted(self.count)
        out = []
        for w in itertools.islice(self._sorted, bisect.bisect_left(self._sorted, prefix), None):
            if not w.startswith(prefix):
                break
            if len(out) == cap:
                return None
            out.append(w)
        return out

    def neighbours(self, word: str, *, prefix: bool) -> tuple[str, ...]:
        """Other words (or word starts) one typo away from a correctly spelt `word`."""
        if _max_edits(len(word)) == 0:
            return ()
        n = len(word)
        if prefix:
            counts = self.starts(n)
            choices = [w for w in counts if w != word]
        else:
            counts = self.count
            choices = [w for ln in (n - 1, n, n + 1) for w in self.by_len.get(ln, ()) if w != word]
        found = process.extract(word, choices, scorer=OSA.distance, score_cutoff=1, limit=50)
        top = sorted((w for w, _, _ in found), key=lambda w: -counts.get(w, 0))
        return tuple(top[:NEIGHBOURS])


def _max_edits(n: int) -> int:
    """Typos forgiven in a word of n letters: none in short words, where any edit is a word."""
    return 0 if n <= 3 else 1 if n <= 5 else 2


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
        if last and len(tok) == 1:
            # one letter being typed narrows nothing and as a prefix would merge the
            # doclists of every word with that letter (~0.3 s at 1M quotes): wait for more
            continue
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
    toks = words(query)
    terms = parse_query(db, query) if toks else None
    if terms is None or (not terms and len(toks) == 1 and len(toks[0]) == 1
                         and not query[-1].isspace()):
        return _recent(db, where, params, limit, offset)  # nothing (yet) to search for
    if not terms or cancelled():
        return SearchResults(terms=[], cancelled=cancelled())

    cond = "".join(f" AND {w}" for w in where)
    want = min(max(CANDIDATES, offset + limit), MAX_CANDIDATES)
    terms = [_expand(db, t) for t in terms]
    match = _match(terms)
    ids, total, more = _candidates(db, match, cond, params, want)
    scoring = terms
    if total < max(RELAX_BELOW, limit):
        # Few rows have every word: maybe a typo made another real word. Widen one
        # word at a time to its near spellings; rows matching that way rank lower.
        seen = set(ids)
        loose = list(terms)
        for i, t in enumerate(terms):
            if cancelled():
                return SearchResults(cancelled=True)
            wide = _widen(db, t)
            if wide is None:
                continue
            wide = loose[i] = _expand(db, wide)
            extra, n, m = _candidates(db, _match([*terms[:i], wide, *terms[i + 1:]]), cond,
                                      params, min(want, RELAX_CANDIDATES), rank=False)
            new = [x for x in extra if x not in seen]
            seen.update(new)
            ids += new
            total += len(new)
            more = more or m
        scoring = loose
    if cancelled():
        return SearchResults(cancelled=True)
    rows = quote_rows(db, ids)
    phrase = " ".join(t.word for t in terms)
    regexes = [_term_regex(t) for t in scoring]
    scored: list[tuple[float, str, int, SearchHit]] = []
    for i, row in enumerate(rows):
        if i % 100 == 99 and cancelled():
            return SearchResults(cancelled=True)
        hit = _score(row, scoring, regexes, phrase)
        scored.append((-hit.score, "" if row.when is None else row.when, row.id, hit))
    # best score first; among equals, newest first
    scored.sort(key=lambda x: (x[0], _neg(x[1]), -x[2]))
    page = [s[3] for s in scored[offset:offset + limit]]
    return SearchResults(page, total=total, more=more or offset + limit < len(scored),
                         terms=[t.label for t in terms])


def _match(terms: list[_Term]) -> str:
    return " AND ".join(t.fts() for t in terms)


def _expand(db, t: _Term) -> _Term:
    """`t` with its word starts spelled out as words when that is cheaper for FTS5.

    Starts of 2-3 letters have FTS5's prefix index; longer ones are looked up in
    the vocabulary (built from the same text the index holds).
    """
    if not t.prefixes or t.completions is not None or min(map(len, t.prefixes)) < 4:
        return t
    vocab = _vocab(db)
    found: list[str] = []
    for p in t.prefixes:
        words_ = vocab.completions(p, EXPAND_MAX - len(found))
        if words_ is None:
            return t
        found += words_
    return dataclasses.replace(t, completions=tuple(found)) if found else t


def _candidates(db, match: str, cond: str, params: list, want: int, *, rank: bool = True
                ) -> tuple[list[int], int, bool]:
    """(ids to rank, matches counted up to COUNT_CAP + 1, more than `want` match).

    Counting the FTS matches first is cheap (doclists only, no rows). Up to
    `want` matches are all ranked. Beyond that bm25 picks the `want` with the
    rarer words, more often, in shorter quotes; it scores every match, so
    above BM25_MAX matches (a query too vague to single anything out) the
    newest are taken, which FTS5 yields without reading the rest.
    `rank=False` (a widened word's extra rows): the newest `want`, uncounted.
    """
    n = db.conn.execute("SELECT count(*) FROM (SELECT 1 FROM quotes_fts WHERE quotes_fts "
                        f"MATCH ? LIMIT {BM25_MAX + 1})", [match]).fetchone()[0] if rank else 0
    order = "quotes_fts.rank" if want < n <= BM25_MAX else "quotes_fts.rowid DESC"
    if cond:
        sql = (f"SELECT q.id FROM quotes_fts CROSS JOIN quotes q ON q.id = quotes_fts.rowid "
               f"WHERE quotes_fts MATCH ?{cond} ORDER BY {order} LIMIT ?")
    else:  # no filter: the index alone (joining would read every matching quote's page)
        sql = f"SELECT rowid FROM quotes_fts WHERE quotes_fts MATCH ? ORDER BY {order} LIMIT ?"
    # one pass yields the ids and the capped count (a filter may skip most matches)
    cap = max(want, COUNT_CAP) if rank else want
    ids = [r[0] for r in db.conn.execute(sql, [match, *params, cap + 1])]
    return ids[:want], min(len(ids), COUNT_CAP + 1), len(ids) > want


def _widen(db, t: _Term) -> _Term | None:
    """`t` plus the other words one typo away, for a word typed as a real word."""
    if t.alternatives == (t.word,) and not t.prefixes:
        near = _vocab(db).neighbours(t.word, prefix=False)
        return _Term(t.word, alternatives=(t.word, *near)) if near else None
    if t.prefixes == (t.word,) and not t.alternatives:
        vocab = _vocab(db)
        whole = vocab.neighbours(t.word, prefix=False)
        starts = vocab.neighbours(t.word, prefix=True)
        if not whole and not starts:
            return None
        return _Term(t.word, alternatives=whole, prefixes=(t.word, *starts))
    return None  # already a correction: its alternatives are the near spellings


def _neg(s: str) -> tuple:
    """Sort key that orders ISO date strings newest first."""
    return tuple(-ord(c) for c in s)


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
    """Where a term matches in folded text: a whole alternative word, or a word start.

    Group 1 is the matched word start or word; the rest of a prefix-matched word
    is group 2 (so the span covers what was typed, the credit sees the word).
    """
    parts = []
    if t.alternatives:
        alts = sorted(t.alternatives, key=len, reverse=True)
        parts.append("(?:" + "|".join(map(re.escape, alts)) + r")(?![^\W_])")
    if t.prefixes:
        parts.append("|".join(map(re.escape, sorted(t.prefixes, key=len, reverse=True))))
    return re.compile(r"(?<![^\W_])(" + "|".join(parts) + r")([^\W_]*)")


def _credit(t: _Term, word: str) -> float:
    """How well a matched word answers what was typed: 1 exact, a typed prefix 0.98, a
    correction less by its share of edits (one slip in a long word costs less than in a
    short one); a correction that is a whole word beats a longer word it starts."""
    if word == t.word:
        return 1.0
    if word.startswith(t.word):
        return 0.98
    if word in t.alternatives or not t.prefixes:  # a corrected whole word
        return max(0.0, 1.0 - OSA.distance(t.word, word) / max(len(t.word), len(word))) * 0.95
    # a corrected word start, longer in the quote: judge the start, a little below a word
    p = max((p for p in t.prefixes if word.startswith(p)), key=len, default=word)
    return max(0.0, 1.0 - OSA.distance(t.word, p) / max(len(t.word), len(p))) * 0.93


def _score(row: QuoteRow, terms: list[_Term], regexes: list[re.Pattern], phrase: str
           ) -> SearchHit:
    folded = fold(row.quote)
    spans: list[tuple[int, int]] = []
    credit = 0.0
    same = len(folded) == len(row.quote)  # the usual case: offsets carry over
    pieces = None if same else word_spans(row.quote)
    for t, rx in zip(terms, regexes):
        best = 0.0
        if same:
            for m in rx.finditer(folded):
                spans.append(m.span(1))
                best = max(best, _credit(t, m.group(1) + m.group(2)))
        else:  # folding changed lengths (e.g. ligatures): match word by word
            for start, end, w in pieces:
                m = rx.match(w)
                if m and m.end() == len(w):
                    spans.append((start, end) if not m.group(2) or len(w) != end - start
                                 else (start, start + m.end(1)))
                    best = max(best, _credit(t, w))
        if best < 1.0 and row.speaker:
            for m in rx.finditer(fold(row.speaker)):
                best = max(best, _credit(t, m.group(1) + m.group(2)))
        credit += best
    coverage = credit / len(terms)
    closeness = fuzz.partial_ratio(phrase, folded) if len(phrase) > 1 else 0.0
    score = 70.0 * coverage + 0.3 * closeness
    return SearchHit(row, round(score, 2), _merge(spans))


def _merge(spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    out: list[tuple[int, int]] = []
    for s, e in sorted(spans):
        if out and s <= out[-1][1]:
            out[-1] = (out[-1][0], max(out[-1][1], e))
        else:
            out.append((s, e))
    return out
