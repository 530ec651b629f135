"""Paragraphs, quote masking and sentence boundaries.

Attribution rules must never read words inside quotation marks as reporting
prose, so they run on a *masked* copy of the text where quoted content is
blanked out (same length, so offsets still hold).  Sentences are split on the
masked copy, which keeps a quoted sentence from cutting its own attribution off.
"""
from __future__ import annotations

import bisect
import re

MASK = "\u00b7"

ABBREVIATIONS = {
    "mr", "mrs", "ms", "dr", "st", "gen", "lt", "col", "sgt", "capt", "brig", "maj", "sen", "rep",
    "gov", "prof", "rev", "jr", "sr", "no", "vol", "vs", "etc", "inc", "corp", "co", "ltd", "jan",
    "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "u.s", "u.n",
    "u.k", "a.m", "p.m", "e.g", "i.e", "adm", "cmdr", "supt", "ft", "mt", "pres", "atty", "dept",
    "d.c", "messrs", "hon", "cpl", "pvt", "r", "d", "del", "sens", "reps", "amb",
}
# Abbreviations only when capitalised: "Cap. Daniel Perez", not "the price cap. The ..."
CAPITALISED_ABBREVIATIONS = {"cap", "cpt"}


def paragraphs(text: str, excluded: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Non-blank lines of the body as (start, end), minus excluded spans."""
    out = []
    pos = 0
    ex = sorted(excluded)
    for line in text.split("\n"):
        s, e = pos, pos + len(line)
        pos = e + 1
        if not line.strip():
            continue
        for xs, xe in ex:
            if xe <= s or xs >= e:
                continue
            if xs <= s and xe >= e:
                s = e
                break
            if xs <= s < xe:
                s = xe
            elif xs < e <= xe:
                e = xs
        while s < e and text[s] in " \t\u00a0":
            s += 1
        while e > s and text[e - 1] in " \t\u00a0":
            e -= 1
        if e > s:
            out.append((s, e))
    return out


DECK_END = re.compile(r"[.!?:\u2026][\s\u201d\u2019\"')\]]*$")


def deck_items(text: str, paras: list[tuple[int, int]], quotes) -> list[tuple[int, int]]:
    """`paras` with each deck split into its items: a line without a closing full stop
    whose clauses a semicolon joins ("Israel says mediators guarantee ‘safe passage’;
    former hostage: ‘A leader is responsible’") lists separate headlines, each with its
    own speaker, like paragraphs.  (A semicolon inside a quote splits nothing.)"""
    out = []
    for k, (s, e) in enumerate(paras):
        if "; " not in text[s:e] or DECK_END.search(text, s, e):
            out.append((s, e))
            continue
        inside = [(q.open_at, q.outer_end) for q in quotes if q.para == k]
        start = s
        for m in re.finditer(r";\s+", text[s:e]):
            at = s + m.start()
            if any(a <= at < b for a, b in inside):
                continue
            out.append((start, at))
            start = s + m.end()
        out.append((start, e))
    return out


def mask_quotes(text: str, quotes, spaces: tuple[tuple[int, int], ...] | list = ()) -> str:
    """`text` with quoted content blanked (final punctuation kept), marks kept; the
    `spaces` ranges (nicknames inside names, marks and all) become spaces."""
    chars = list(text)
    for q in quotes:
        end = q.end
        last = text[end - 1] if end > q.start else ""
        keep = 1 if last in ".?!," else 0
        if last in "\u2019'" and end - 1 > q.start and text[end - 2] in ".?!,":
            keep = 2  # "... will say ‘yes,’” two sources told": a nested quote's punctuation ends it too
        if q.start < end - keep:
            # every character but a line break becomes MASK (a run without one in one step)
            inner = text[q.start:end - keep]
            chars[q.start:end - keep] = MASK * len(inner) if "\n" not in inner else \
                [c if c == "\n" else MASK for c in inner]
    for start, end in spaces:
        chars[start:end] = " " * (end - start)
    return "".join(chars)


_BOUNDARY = re.compile(r"[.?!\u2026]+(?:[ \t]?[\"\u201d\u2019')\]])*\s+(?=[\"\u201c\u2018'`(\[]{0,2}[A-Z0-9\u00c0-\u00de\u00b7])")
_WORD_BEFORE = re.compile(r"([\w.]+)$")


# "U.S" before a full stop: initials, no sentence end
_INITIALS_END = re.compile(r"\b[A-Z]\.[A-Z]$")


def sentences(masked: str, paras: list[tuple[int, int]]) -> list[tuple[int, int, int]]:
    """(start, end, paragraph index) of each sentence."""
    out = []
    for k, (ps, pe) in enumerate(paras):
        s = ps
        for m in _BOUNDARY.finditer(masked, ps, pe):
            dot = m.start()
            w = _WORD_BEFORE.search(masked, max(ps, dot - 20), dot)
            word = w.group(1).lower().rstrip(".") if w else ""
            if word in ABBREVIATIONS or (len(word) == 1 and word.isalpha()) or (
                    word in CAPITALISED_ABBREVIATIONS and w.group(1)[:1].isupper()):
                continue
            if masked[dot] == "." and _INITIALS_END.search(masked[max(ps, dot - 4):dot]):
                continue  # "U.S." inside a sentence
            _append(out, masked, s, m.start() + len(m.group(0).rstrip()), k)
            s = m.end()
        if s < pe:
            _append(out, masked, s, pe, k)
    return out


MAX_SENTENCE = 2000  # chars; real sentences are far shorter


def _append(out: list, masked: str, s: int, e: int, k: int) -> None:
    """Add a sentence, cutting a run without sentence ends (a scraped page on one line)
    into pieces at spaces: rules scan a sentence per verb, so one huge sentence would
    make extraction quadratic (100 KB took minutes)."""
    while e - s > MAX_SENTENCE:
        cut = masked.rfind(" ", s + MAX_SENTENCE // 2, s + MAX_SENTENCE)
        cut = cut if cut > s else s + MAX_SENTENCE
        out.append((s, cut, k))
        s = cut + 1 if masked[cut] == " " else cut
    out.append((s, e, k))


class SentenceIndex:
    """Which sentence an offset falls in."""

    def __init__(self, sents: list[tuple[int, int, int]]):
        self.sents = sents
        self.starts = [s for s, _, _ in sents]

    def at(self, pos: int) -> int:
        i = bisect.bisect_right(self.starts, pos) - 1
        return max(i, 0)
