"""Finding quoted spans: which quotation marks open and close what.

News text mixes straight and curly marks, reopens a quote at each paragraph
of a long quotation without closing the previous one, nests single quotes in
double ones, and uses single quotes both as quotation marks and apostrophes.
Unbalanced marks never abort an article: a quote left open runs to the end of
its paragraph.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

OPEN_D = "\u201c\u201e\u00ab"
CLOSE_D = "\u201d\u00bb"
DOUBLE = OPEN_D + CLOSE_D + '"'
_OPEN_CTX = set(" \t\n([{\u2014\u2013-/:;,\u00a0") | {""}
_WORD = re.compile(r"\w")
# "Dar further said,\" We are meeting ...": a straight mark typed after the verb's comma or
# colon with the space after it instead of before; the verb makes it an opener
_SAID_THEN_MARK = re.compile(r"\b(?:said|says|added|adds|stated|states|declared|wrote|told|noted|stressed|"
                             r"continued|explained|replied|announced|statement)\b[^\"\u201c\u201d.!?]{0,40}[,:]$")


@dataclass(slots=True)
class QuoteSpan:
    start: int  # first character inside the marks
    end: int  # one past the last character inside the marks
    open_at: int  # offset of the opening mark
    close_at: int | None  # offset of the closing mark, None when left open
    para: int  # index of the paragraph
    single: bool = False  # single quotation marks
    close_len: int = 1  # 2 for a closing '' mark

    @property
    def outer_end(self) -> int:
        return self.close_at + self.close_len if self.close_at is not None else self.end


def _is_word(ch: str) -> bool:
    return bool(ch) and bool(_WORD.match(ch))


def _classify_double(p: str, i: int, n: int = 1) -> str:
    """'o' opener, 'c' closer, '?' undecided, for the double mark at p[i:i+n]."""
    ch = p[i] if n == 1 else '"'
    prev = p[i - 1] if i else ""
    nxt = p[i + n] if i + n < len(p) else ""
    opener_shape = (prev in _OPEN_CTX or prev in "\u2018'") and nxt not in ("", " ", "\n", "\t")
    closer_shape = prev not in ("", " ", "\t", "\n") and (not _is_word(nxt) or nxt == "")
    if (ch == '"' and n == 1 and prev in ",:" and nxt == " " and p[i + 2:i + 3].isupper()
            and _SAID_THEN_MARK.search(p, max(0, i - 80), i)):
        return "o"
    if ch in OPEN_D:
        return "c" if closer_shape and not opener_shape else "o"
    if ch in CLOSE_D:
        return "o" if opener_shape and not closer_shape else "c"
    if opener_shape and not closer_shape:
        return "o"
    if closer_shape and not opener_shape:
        return "c"
    return "?"


def _family(ch: str) -> str:
    return "s" if ch == '"' else "c"


# A nickname inside a name: Marcia "Cia" Price, Mohammed "Abu Obeida" Deif - not a quotation.
# (The mark is matched first and the word and space before it looked back on, so that the
# scan skips from mark to mark.)
_NICKNAME = re.compile(r"([\"\u201c])(?<=[\w.] [\"\u201c])[A-Z][\w.\u2019'-]{1,15}(?:\s[A-Z][\w.\u2019'-]{1,15})?"
                       r"([\"\u201d])(?=\s+(?:al-|el-|bin\s|ben\s|abu\s|(?!(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|"
                       r"Sunday|January|February|March|April|May|June|July|August|September|October|November|December)\b)"
                       r"[A-Z]))")


# Double marks, found by one regex scan rather than a character loop; a run of three
# apostrophes counts from its second (as the loop it replaces did).
# Two curly single marks stand for a double one too ("\u2018\u2018...\u2019\u2019", or "\u201c...\u2019\u2019" in
# some wire copy).
# An opening and a closing single mark typed together ("\u2018\u2019Violence feeds ...\u2019\u2019") open one as well,
# after a space or at the start (tested behind the first mark, so that every alternative opens on a
# mark character and the scan skips from mark to mark; the double marks are alternatives of their
# own, not a class, for that: a class among literal alternatives leaves the scan no marks to skip to).
_MARK_RE = re.compile("\"|\u201c|\u201d|\u201e|\u00ab|\u00bb|''(?!')|``(?!`)|\u2019\u2019(?!\u2019)|\u2018\u2018(?!\u2018)"
                      "|\u2018(?<!\\S\u2018)\u2019(?=\\w)")


def _double_marks(p: str) -> list[tuple[int, str, str, int]]:
    """(index, mark, kind, length); two apostrophes ('' or ``) count as one double mark."""
    marks = []
    skip = set()
    if '"' in p or "\u201c" in p:
        for nm in _NICKNAME.finditer(p):
            w = p[:nm.start(1) - 1].rsplit(None, 1)[-1:]  # the word before must be a capitalised name part
            if w and w[0][:1].isupper():
                skip.update((nm.start(1), nm.start(2)))
    for mm in _MARK_RE.finditer(p):
        i = mm.start()
        if i in skip:
            continue
        tok = mm.group()
        if tok == "\u2018\u2019":
            marks.append((i, "\u201c", "o", 2))
        elif tok in ("\u2019\u2019", "\u2018\u2018"):
            marks.append((i, "\u201d" if tok[0] == "\u2019" else "\u201c", "c" if tok[0] == "\u2019" else "o", 2))
        elif len(tok) == 1:
            marks.append((i, tok, _classify_double(p, i), 1))
        else:
            kind = "o" if tok[0] == "`" else _classify_double(p, i, 2)
            marks.append((i, '"', kind, 2))
    return marks


# a word inside a sentence right before an opening mark: a quote embedded in the prose
_EMBEDDED_OPENER = re.compile(r"(?:\b(?:with|of|about|as|called|the|a|an|for|to|and|or|by|his|her|their|its|our|"
                              r"my|so-called|what)\s)$")


def find_double(p: str) -> list[tuple[int, int | None]]:
    """(open index, close index or None) pairs of double quotes in one paragraph."""
    found = _double_marks(p)
    lengths = {i: n for i, _, _, n in found}
    marks = [(i, ch, k) for i, ch, k, _ in found]
    out: list[tuple[int, int | None]] = []
    open_at = None
    fam = None
    nested = None  # family of a nested quote currently open
    inner_same = False  # an inner quote open in the outer one's own marks
    for n, (i, ch, kind) in enumerate(marks):
        if open_at is None:
            if kind in "o?":
                open_at, fam, nested = i, _family(ch), None
            continue
        f = _family(ch)
        if inner_same:
            if kind in "c?" and f == fam:
                if not any(_family(c2) == fam for _, c2, _ in marks[n + 1:]):
                    out.append((open_at, i))  # the one closer ends the inner and the outer quote
                    open_at = None
                inner_same = False
            continue
        if nested is not None:
            if kind in "c?" and f == nested:
                nested = None
                continue
            if kind == "c" and f == fam:  # the outer quote closes over a dangling inner one
                out.append((open_at, i))
                open_at = nested = None
            continue
        if kind == "o" and f != fam:
            nested = f
            continue
        if kind == "o" and f == fam and ch in OPEN_D and _EMBEDDED_OPENER.search(p, max(0, i - 30), i):
            # "... with “blood on their hands.”": an inner quote in the outer one's own marks
            inner_same = True
            continue
        if kind == "o" and f == fam and ch in OPEN_D:
            # A second opener: the first one was never closed.
            out.append((open_at, None))
            open_at = i
            continue
        if kind in "c?" or (kind == "o" and ch == '"'):
            out.append((open_at, i))
            open_at = None
    if open_at is not None:
        out.append((open_at, None))
    # An unclosed quote followed by another quote in the same paragraph ends there.
    fixed = []
    for k, (o, c) in enumerate(out):
        if c is None and k + 1 < len(out):
            continue
        fixed.append((o, c))
    return [(o, c, lengths.get(o, 1), lengths.get(c, 1) if c is not None else 0) for o, c in fixed]


_S_OPEN = "\u2018'"
_S_CLOSE = "\u2019'"
_S_OPEN_RE = re.compile("[\u2018']")  # (a character of _S_OPEN)


def find_single(p: str, lo: int, hi: int) -> list[tuple[int, int]]:
    """Single-quoted spans in p[lo:hi] (text outside double quotes)."""
    out = []
    i = lo
    while i < hi:
        om = _S_OPEN_RE.search(p, i, hi)  # (the next opening mark; nothing else is looked at)
        if om is None:
            break
        i = om.start()
        prev = p[i - 1] if i else ""
        nxt = p[i + 1] if i + 1 < len(p) else ""
        if (prev in _OPEN_CTX or prev in "\u201c\"") and nxt and (nxt.isalnum() or nxt == "["):
            if nxt.isdigit() and re.match(r"\d0s\b", p[i + 1:i + 5]):
                i += 1
                continue
            j = _single_close(p, i + 1, min(hi, i + 300))
            if j is None:
                j = _whole_paragraph_single(p, i, hi)  # a long British quote filling the paragraph
            if j is not None:
                out.append((i, j))
                i = j + 1
                continue
            if _runs_on(p, i, hi):
                out.append((i, None))
                break
        i += 1
    return out


def _whole_paragraph_single(p: str, i: int, hi: int) -> int | None:
    """"‘Let’s just start with the children, ... [over 300 characters] ... babies back.’": a
    single quote opening the paragraph (or after its colon) and closed only at its end, after
    the sentence's stop or before it ("... for its people'."): the whole paragraph is the quote,
    however long (the search for a close stops at 300 characters, since apostrophes look like
    closing marks).  The closing mark's index, or None."""
    body = p.rstrip()
    if p[i] not in "\u2018'" or hi < len(body):
        return None
    end = len(body) - 1
    if body.endswith(("\u2019.", "'.")) and body[-3:-2].isalnum():
        end -= 1
    elif not (body[-1:] in "\u2019'" and body[-2:-1] in ".!?,"):
        return None
    if (p[i] == "'") != (body[end] == "'"):
        return None  # (a curly quote closes a curly one, a straight one a straight one)
    before = p[:i].rstrip()
    return end if (not before or before.endswith(":")) and _single_close(p, i + 1, end + 1) == end else None


def _runs_on(p: str, i: int, hi: int) -> bool:
    """A curly single quote that opens a sentence at the paragraph's start or after a colon
    and is not closed before the paragraph ends: British house style's quote that goes on
    into the next paragraph ("Martin stated: ‘Like people ...\n\n‘I pay ...’"), as double
    quotes do; so does a straight mark there ("said: 'I wanted to come here ...").  Lower-case
    starts are left alone: apostrophes look alike."""
    if p[i] not in _S_OPEN or hi != len(p) or not p[i + 1:i + 2].isupper():
        return False
    before = p[:i].rstrip()
    if before and not before.endswith(":"):
        return False
    rest = p[i + 1:].rstrip()
    return len(rest.split()) >= 4 and rest[-1:] in ".!?" and _single_close(p, i + 1, len(p)) is None


def _single_close(p: str, start: int, hi: int) -> int | None:
    for j in range(start, hi):
        ch = p[j]
        if ch == "\n":
            return None
        if ch in _S_CLOSE:
            prev = p[j - 1]
            nxt = p[j + 1] if j + 1 < len(p) else ""
            if prev in " \t":
                continue
            if _is_word(nxt):
                continue  # apostrophe inside a word
            if j - start < 2:
                continue
            return j
        if ch in '"\u201c\u201d':
            return None
    return None


def find_quotes(text: str, paragraphs: list[tuple[int, int]]) -> list[QuoteSpan]:
    """Every quoted span in the given paragraphs, in document order."""
    spans: list[QuoteSpan] = []
    for k, (ps, pe) in enumerate(paragraphs):
        p = text[ps:pe]
        if not any(c in p for c in DOUBLE + _S_OPEN + _S_CLOSE + "`"):
            continue
        doubles = find_double(p)
        covered = []
        for o, c, olen, clen in doubles:
            end = c if c is not None else len(p.rstrip())
            s, e = o + olen, end
            while s < e and p[s] in " \t\u00a0":
                s += 1
            while e > s and p[e - 1] in " \t\u00a0":
                e -= 1
            if e > s:
                spans.append(QuoteSpan(ps + s, ps + e, ps + o, ps + c if c is not None else None, k,
                                       close_len=clen or 1))
            covered.append((o, c + clen if c is not None else len(p)))
        gaps, last = [], 0
        for o, c in covered:
            gaps.append((last, o))
            last = c
        gaps.append((last, len(p)))
        for lo, hi in gaps:
            if hi - lo < 3 or not any(ch in p[lo:hi] for ch in _S_OPEN):
                continue
            for o, c in find_single(p, lo, hi):
                if c is None:  # left open to the paragraph's end
                    spans.append(QuoteSpan(ps + o + 1, ps + len(p.rstrip()), ps + o, None, k, single=True))
                elif c > o + 1:
                    spans.append(QuoteSpan(ps + o + 1, ps + c, ps + o, ps + c, k, single=True))
    spans.sort(key=lambda q: q.start)
    return spans


# "Marcia “Cia” Price", "Robert 'Bobby' Scott": a nickname between a given name and a surname
# that ends the name (a headline's title case, "Reveals ‘Demoralizing’ Experience Of", goes on)
_NICKNAME_ENDING_NAME = re.compile(r" (?<=[\w.] )([\"\u201c'\u2018])([A-Z][\w\u2019'-]+(?: [A-Z][\w\u2019'-]+)?)"
                       r"([\"\u201d'\u2019]) (?!(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|"
                       r"January|February|March|April|June|July|August|September|October|November|December)\b)"
                       r"(?=[A-Z][\w\u2019'-]+(?:['\u2019]s)?(?:[,.;:)]|\s+[a-z(\u2014-]|\s*$))")


_CAP_WORD_BEFORE = re.compile(r"(?:^|[\s(])[A-Z][\w.\u2019'-]*$")


def split_nicknames(text: str, spans: list[QuoteSpan]) -> tuple[list[QuoteSpan], list[tuple[int, int]]]:
    """The quoted spans that are quotes, and the (open mark, end of close mark) ranges of
    nicknames inside a name, which quote nobody and belong to the name around them."""
    if not any(c in text for c in "\"\u201c\u2018'"):
        return spans, []
    nicks = [(m.start(1), m.end(3)) for m in _NICKNAME_ENDING_NAME.finditer(text)
             if _CAP_WORD_BEFORE.search(text, max(0, m.start() - 30), m.start())]
    if not nicks:
        return spans, []
    opens = {o for o, _ in nicks}
    return [q for q in spans if q.open_at not in opens], nicks
