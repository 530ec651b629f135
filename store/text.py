"""Text helpers shared by ingest and search: cleaning and word splitting.

`clean` is length-preserving (each unsafe character becomes a space) so the
extractor's character offsets stay valid after cleaning.
"""
from __future__ import annotations

import re
import unicodedata

# C0 controls except tab/newline, DEL, C1 controls, bidi embeddings/overrides/isolates, LRM/RLM/ALM.
_UNSAFE = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]")
_UNSAFE_LINE = re.compile("[\x00-\x1f\x7f-\x9f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]")
# What FTS5's unicode61 tokenizer treats as a token: runs of letters and digits.
_WORD = re.compile(r"[^\W_]+")


def clean(text: str) -> str:
    """Replace control and bidi-control characters by spaces (keeps length and newlines)."""
    return _UNSAFE.sub(" ", text)


def clean_opt(text: str | None, *, single_line: bool = True) -> str | None:
    """`clean` for metadata fields: also folds newlines/tabs, trims; empty becomes None."""
    if text is None:
        return None
    text = (_UNSAFE_LINE if single_line else _UNSAFE).sub(" ", str(text)).strip()
    return text or None


# Non-ASCII characters that folding leaves alone (typographic quotes and dashes, common in
# news text): text with no others folds by lower() alone, ~20x faster than NFKD.
_NEEDS_NFKD = re.compile("[^\x00-\x7f\u2018\u2019\u201c\u201d\u2013\u2014]")


def fold(text: str) -> str:
    """Lowercase and strip diacritics, the way the FTS tokenizer (remove_diacritics 2) does."""
    if text.isascii() or not _NEEDS_NFKD.search(text):
        return text.lower()
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


def words(text: str) -> list[str]:
    """Folded index words of `text`, in order."""
    return _WORD.findall(fold(text))


def word_spans(text: str) -> list[tuple[int, int, str]]:
    """(start, end, folded word) for each word of `text`, offsets into `text` itself."""
    out = []
    for m in _WORD.finditer(text):
        out.append((m.start(), m.end(), fold(m.group())))
    return out


_MD_SPECIAL = re.compile(r"([\\`*_\[\]<>#|])")
_LINK_SCHEMES = ("http://", "https://", "ftp://")


def md_escape(text: str) -> str:
    """Text as literal Markdown inline content: no markup, no table breaks, one line."""
    return _MD_SPECIAL.sub(r"\\\1", " ".join(str(text).split()))


def md_url(url: str | None) -> str | None:
    """A URL safe as a Markdown link destination, or None when it should not be a link
    (a `javascript:` or `data:` URL from an article header must never become clickable)."""
    if not url or not url.strip().lower().startswith(_LINK_SCHEMES):
        return None
    return "".join("%20" if c.isspace() else "%3C" if c == "<" else "%3E" if c == ">" else c
                   for c in url.strip())
