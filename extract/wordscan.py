"""Many word-anchored regexes over one text, each tried only where its first word occurs.

Why: positions run some fifty big alternations (issue words, stance cues, names) over
every article; a full `finditer` pass costs the same per character whether or not the
article talks about negotiations.  Most of these patterns can only start at the start
of a word they spell out ("ceasefire", "insist...", "Netanyahu"), so the text is cut
into words once and each pattern is tried (`match`) only at the words that can begin
it.  The matches are exactly those of `pattern.finditer(text)`: a pattern whose first
word cannot be read off its parse tree (it may start anywhere, or with any letter)
falls back to `finditer`.
"""
from __future__ import annotations

import re

try:  # the parser that `re` itself uses; read-only use of its parse tree
    from re import _constants as _C, _parser as _P
except ImportError:  # pragma: no cover - Python < 3.11
    import sre_constants as _C  # type: ignore[no-redef]
    import sre_parse as _P  # type: ignore[no-redef]

_WORD = re.compile(r"\w+")
_MAX_PARTIALS = 20000  # a pattern with more first-word spellings than this runs in full
_MIN_OPEN = 3        # an open prefix ("negotiat...") shorter than this is too common to index
_REPEATS = {_C.MAX_REPEAT, _C.MIN_REPEAT} | ({_C.POSSESSIVE_REPEAT} if hasattr(_C, "POSSESSIVE_REPEAT") else set())
# Characters that `re.IGNORECASE` equates with an ASCII letter although lower() does not.
_CASE_ODD = ("\u0131", "\u212a", "\u017f")


def _isw(ch: str) -> bool:
    return ch.isalnum() or ch == "_"


class _Unknown(Exception):
    """The pattern's first word cannot be read off its parse tree."""


def _starts(pattern: re.Pattern) -> list[tuple[str, str, frozenset[str], str | None]]:
    """Every way a match can begin, as (kind, start, needs, next):

    kind "word": the match starts at a whole word equal to `start`; "head": at a word
    that begins with `start`; "inner": wherever `start` occurs (an alternative with no
    word boundary before it, "U.S.").  `needs` are further whole words every such
    match contains ("to" + "secure"), so a common first word costs little in an
    article without them; `next` is the whole word that follows the first one after
    non-word characters only, when known ("the" + "war").  Raises _Unknown when the
    parse tree does not tell.
    """
    tree = _P.parse(pattern.pattern, pattern.flags)
    out: list[tuple[str, str, frozenset[str], str | None]] = []

    def finish(kind: str, start: str, needs: tuple) -> None:
        if len(out) >= _MAX_PARTIALS or not start or (kind == "inner" and len(start) < 2):
            raise _Unknown
        # after() adds words in order with only non-word characters between them
        out.append((kind, start, frozenset(needs), needs[0] if needs and kind == "word" else None))

    def first(items: list, anchored: bool, cur: str) -> None:
        """Reading the first word (`cur` so far)."""
        for k, (op, av) in enumerate(items):
            rest = items[k + 1:]
            if not anchored and cur and op not in (_C.LITERAL, _C.IN, _C.SUBPATTERN, _C.BRANCH):
                return finish("inner", cur, ())
            if op is _C.AT:
                if av is _C.AT_BOUNDARY:
                    if cur:
                        return after(rest, cur, "", ())  # "\b" after a letter ends the word
                    anchored = True
                    continue
                raise _Unknown
            if op in (_C.ASSERT, _C.ASSERT_NOT):
                direction, sub = av
                if direction < 0:
                    if not cur and op is _C.ASSERT_NOT and _has_word_class(sub):
                        anchored = True  # "(?<![\w'])": no word character before
                    continue
                if cur and op is _C.ASSERT_NOT and _has_word_class(sub):
                    return after(rest, cur, "", ())  # "(?!\w)"
                continue  # other look-aheads only narrow the match
            if op is _C.LITERAL:
                ch = chr(av).lower()
                if not anchored:
                    cur += ch
                    continue
                if _isw(ch):
                    cur += ch
                    continue
                if cur:
                    return after(rest, cur, "", ())
                raise _Unknown  # starts with punctuation
            if op is _C.IN:
                chars = _literal_chars(av)
                if chars is not None and (not anchored or all(_isw(c) for c in chars)):
                    for c in sorted(chars):
                        first(rest, anchored, cur + c)
                    return None
                if not anchored:
                    return finish("inner", cur, ())
                if cur and _non_word_set(av):
                    return after(rest, cur, "", ())
                if cur:
                    return finish("head", cur, ())
                raise _Unknown
            if op is _C.SUBPATTERN:
                return first(list(av[-1].data) + rest, anchored, cur)
            if op is _C.BRANCH:
                for alt in av[1]:
                    first(list(alt.data) + rest, anchored, cur)
                return None
            if op in _REPEATS:
                lo, _hi, sub = av
                if lo == 0:
                    first(rest, anchored, cur)
                if cur and _non_word_set_items(sub.data):
                    return after(rest, cur, "", ())  # "\s+" after a word ends it
                if _hi == 1:  # "(?:Israeli\s+)?": once, then the rest
                    return first(list(sub.data) + rest, anchored, cur)
                # one pass through the repeated part, then the word may go on
                return first(list(sub.data) + [(_C.ANY, None)], anchored, cur)
            # anything else (., \w, back-references, ...) ends what can be read
            if cur:
                return finish("head" if anchored else "inner", cur, ())
            raise _Unknown
        if cur:
            return finish("head" if anchored else "inner", cur, ())
        raise _Unknown  # the pattern can match the empty string

    def after(items: list, word: str, cur: str, needs: tuple) -> None:
        """After the whole first word `word`: collect whole words the match must contain."""
        def close(cur: str, needs: tuple) -> tuple:
            return needs + (cur,) if cur else needs
        for k, (op, av) in enumerate(items):
            rest = items[k + 1:]
            if op is _C.LITERAL:
                ch = chr(av).lower()
                if _isw(ch):
                    cur += ch
                else:
                    needs, cur = close(cur, needs), ""
                continue
            if op is _C.AT and av is _C.AT_BOUNDARY:
                needs, cur = close(cur, needs), ""
                continue
            if op in (_C.ASSERT, _C.ASSERT_NOT):
                if av[0] > 0 and op is _C.ASSERT_NOT and _has_word_class(av[1]):
                    needs, cur = close(cur, needs), ""
                continue
            if op is _C.IN and _non_word_set(av):
                needs, cur = close(cur, needs), ""
                continue
            if op in _REPEATS and _non_word_set_items(av[2].data):
                if av[0] >= 1:
                    needs, cur = close(cur, needs), ""
                    continue
                if not cur:
                    continue  # an optional quote mark between words
                break
            if op in _REPEATS and av[0] == 0 and av[1] == 1:  # an optional part: without it, and with it
                after(rest, word, cur, needs)
                return after(list(av[2].data) + rest, word, cur, needs)
            if op is _C.SUBPATTERN:
                return after(list(av[-1].data) + rest, word, cur, needs)
            if op is _C.BRANCH:
                for alt in av[1]:
                    after(list(alt.data) + rest, word, cur, needs)
                return None
            break  # a word that cannot be read off: what is known so far
        return finish("word", word, needs)

    first(list(tree.data), False, "")
    return out


def _literal_chars(items) -> set[str] | None:
    out = set()
    for op, av in items:
        if op is not _C.LITERAL:
            return None
        out.add(chr(av).lower())
    return out


def _non_word_set(items) -> bool:
    """A class that cannot match a word character ("\\s", "[,;]")."""
    for op, av in items:
        if op is _C.LITERAL and not _isw(chr(av)):
            continue
        if op is _C.CATEGORY and av in (_C.CATEGORY_SPACE, _C.CATEGORY_NOT_WORD):
            continue
        return False
    return True


def _non_word_set_items(items) -> bool:
    """A repeated part that is one non-word class or character."""
    if len(items) != 1:
        return False
    op, av = items[0]
    if op is _C.IN:
        return _non_word_set(av)
    if op is _C.LITERAL:
        return not _isw(chr(av))
    return False


def _has_word_class(sub) -> bool:
    """A one-character look-behind whose class includes every word character."""
    items = list(sub.data)
    if len(items) != 1:
        return False
    op, av = items[0]
    if op is _C.IN:
        return any(o is _C.CATEGORY and a is _C.CATEGORY_WORD for o, a in av) and \
            not any(o is _C.NEGATE for o, _ in av)
    return op is _C.CATEGORY and av is _C.CATEGORY_WORD


def _is_word_class(sub) -> bool:
    return _has_word_class(sub)


class Words:
    """A text cut into words once: the lower-cased text, its distinct words and where each is."""

    __slots__ = ("text", "low", "ok", "distinct", "_heads", "_at")

    def __init__(self, text: str):
        self.text = text
        self.low = text.lower()
        # lower() must keep offsets and agree with re.IGNORECASE, or every pattern runs in full
        self.ok = len(self.low) == len(text) and not any(c in self.low for c in _CASE_ODD)
        self.distinct = set(_WORD.findall(self.low)) if self.ok else set()
        self._heads: set[str] | None = None
        self._at: dict[str, list[int]] = {}

    def heads(self) -> set[str]:
        if self._heads is None:
            self._heads = {w[:_MIN_OPEN] for w in self.distinct}
        return self._heads

    def find_all(self, s: str) -> list[int]:
        """Start offsets of `s` anywhere (inside words too)."""
        out, low = [], self.low
        i = low.find(s)
        while i >= 0:
            out.append(i)
            i = low.find(s, i + 1)
        return out

    def at(self, word: str) -> list[int]:
        """Start offsets of `word` as a whole word."""
        got = self._at.get(word)
        if got is None:
            rx = _WHOLE.get(word)
            if rx is None:  # the literal first, so `re` can skip ahead to it
                if len(_WHOLE) > 20000:
                    _WHOLE.clear()
                e = re.escape(word)
                rx = _WHOLE[word] = re.compile(f"{e}(?<!\\w{e})(?!\\w)")
            got = self._at[word] = [m.start() for m in rx.finditer(self.low)]
        return got


_WHOLE: dict[str, re.Pattern] = {}  # word -> its whole-word finder (words come from the patterns)


class WordScan:
    """Regexes compiled once; `finditer_all` gives each one's `finditer` matches."""

    def __init__(self, patterns: list[re.Pattern]):
        self.patterns = list(patterns)
        self.full: list[int] = []  # indexes that always run in full
        self.closed: dict[str, dict[int, tuple | None]] = {}  # word -> index -> alternatives' needs (None: none)
        self.nexts: dict[tuple[str, int], frozenset[str] | None] = {}  # the words that can follow
        self.opened: dict[str, list[tuple[str, int]]] = {}  # first letters -> (prefix, index)
        self.inner: list[tuple[str, int]] = []
        for i, rx in enumerate(self.patterns):
            try:
                starts = _starts(rx)
            except (_Unknown, RecursionError, re.error, TypeError, ValueError, AttributeError):
                self.full.append(i)
                continue
            if any(kind == "head" and len(p) < _MIN_OPEN for kind, p, _, _ in starts):
                self.full.append(i)
                continue
            for kind, p, needs, nxt in starts:
                if kind == "word":
                    self.closed.setdefault(p, {}).setdefault(i, set()).add(needs)
                    known = self.nexts.get((p, i), frozenset())
                    self.nexts[(p, i)] = None if nxt is None or known is None else known | {nxt}
                elif kind == "head":
                    self.opened.setdefault(p[:_MIN_OPEN], []).append((p, i))
                else:
                    self.inner.append((p, i))
        # a word with no further needs anywhere: no subset checks at scan time (None)
        for w, by in self.closed.items():
            for i, alts in by.items():
                by[i] = None if frozenset() in alts else tuple(alts)
        self.inner = sorted(set(self.inner))
        self._closed_keys = frozenset(self.closed)
        self._open_keys = frozenset(self.opened)
        self._followed: dict[tuple[str, int], re.Pattern] = {}

    def _at(self, words: Words, w: str, i: int) -> list[int]:
        """Where pattern i can start with word w: where w is followed by a word that can
        follow it in the pattern, when those are known and w is common ("the"), else
        wherever w is."""
        nexts = self.nexts.get((w, i))
        if nexts is None or len(w) > 4:
            return words.at(w)
        rx = self._followed.get((w, i))
        if rx is None:
            e = re.escape(w)
            alts = "|".join(re.escape(x) for x in sorted(nexts, key=len, reverse=True))
            rx = self._followed[(w, i)] = re.compile(f"{e}(?<!\\w{e})(?=\\W+(?:{alts})(?!\\w))")
        return [m.start() for m in rx.finditer(words.low)]

    def finditer_all(self, text: str, words: Words | None = None, limit: int | None = None
                     ) -> list[list[re.Match]]:
        """For each pattern, the list `list(pattern.finditer(text))` would give
        (only the matches that start before `limit`, when given).

        `words` may be cut from another text of the same length whose words include
        every word start of `text` (the caller's masked copy of it)."""
        if words is None:
            words = Words(text)
        out: list[list[re.Match]] = [[] for _ in self.patterns]
        if not words.ok:
            for i, rx in enumerate(self.patterns):
                out[i] = [m for m in rx.finditer(text) if limit is None or m.start() < limit]
            return out
        for i in self.full:
            out[i] = [m for m in self.patterns[i].finditer(text) if limit is None or m.start() < limit]
        cands: dict[int, set[int]] = {}
        dist = words.distinct
        for w in dist & self._closed_keys:
            for i, alts in self.closed[w].items():
                if alts is None or any(needs <= dist for needs in alts):
                    cands.setdefault(i, set()).update(self._at(words, w, i))
        if self._open_keys:
            heads = words.heads() & self._open_keys
            if heads:
                for w in words.distinct:
                    entries = self.opened.get(w[:_MIN_OPEN]) if w[:_MIN_OPEN] in heads else None
                    if not entries:
                        continue
                    for p, i in entries:
                        if w.startswith(p):
                            cands.setdefault(i, set()).update(words.at(w))
        for p, i in self.inner:
            pos = words.find_all(p)
            if pos:
                cands.setdefault(i, set()).update(pos)
        for i, starts in cands.items():
            rx = self.patterns[i]
            found = out[i]
            nxt = 0
            for p in sorted(starts):
                if p < nxt:
                    continue
                if limit is not None and p >= limit:
                    break
                m = rx.match(text, p)
                if m is not None:
                    found.append(m)
                    nxt = m.end() if m.end() > p else p + 1
        return out
