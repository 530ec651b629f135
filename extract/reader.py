"""Reading article files: finding them, decoding them, and telling header and
boilerplate apart from the body.

Offsets everywhere refer to the full text as read (decoded, universal
newlines), so header and boilerplate are never cut out of the text; they are
reported as spans that extraction skips.
"""
from __future__ import annotations

import os
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, Iterator

from extract.dates import long_date, parse_date_value, url_date
from extract.records import ArticleMeta

MAX_BYTES = 5 * 1024 * 1024
ARTICLE_SUFFIXES = {".txt", ".text", ".md", ".markdown", ""}


class ArticleReadError(Exception):
    """A file that cannot be read as an article; the message is one line."""


# ------------------------------------------------------------------ files

def iter_article_files(paths, on_error: Callable[[Path, str], None] | None = None,
                       suffixes=ARTICLE_SUFFIXES) -> Iterator[Path]:
    """Article files under `paths` (files as given; folders recursively, sorted).

    Hidden files and folders are skipped; in folders only text-like files
    (.txt, .md, no suffix) are taken; symlinked folders are followed once, so
    a link loop cannot hang the walk. `suffixes` widens what folders yield
    (extract.formats adds HTML, JSON Lines and CSV).
    """
    seen_dirs: set[tuple[int, int]] = set()
    seen_files: set[tuple[int, int]] = set()

    def report(p: Path, why: str) -> None:
        if on_error:
            on_error(p, why)

    def walk(d: Path) -> Iterator[Path]:
        try:
            st = d.stat()
        except OSError as exc:
            report(d, exc.strerror or str(exc))
            return
        key = (st.st_dev, st.st_ino)
        if key in seen_dirs:
            return
        seen_dirs.add(key)
        try:
            entries = sorted(os.scandir(d), key=lambda e: e.name)
        except OSError as exc:
            report(d, exc.strerror or str(exc))
            return
        for e in entries:
            if e.name.startswith("."):
                continue
            p = Path(e.path)
            try:
                if e.is_dir():
                    yield from walk(p)
                elif e.is_file() and p.suffix.lower() in suffixes:
                    yield from once(p)
                elif e.is_symlink() and p.suffix.lower() in suffixes:
                    p.stat()  # a link to nothing (or to itself): say so, not a silent skip
            except OSError as exc:
                why = exc.strerror or str(exc)
                report(p, f"broken symbolic link ({why})" if e.is_symlink() else why)

    def once(p: Path) -> Iterator[Path]:
        try:
            st = p.stat()
        except OSError as exc:
            report(p, exc.strerror or str(exc))
            return
        key = (st.st_dev, st.st_ino)
        if key not in seen_files:
            seen_files.add(key)
            yield p

    for raw in paths:
        p = Path(raw)
        if p.is_dir():
            yield from walk(p)
        elif p.is_file():
            yield from once(p)
        elif p.exists():
            report(p, "not a regular file")
        else:
            report(p, "no such file or directory")


def read_article_file(path: Path, max_bytes: int = MAX_BYTES) -> str:
    """The decoded text of one article file, newlines normalised to "\\n"."""
    path = Path(path)
    try:
        size = path.stat().st_size
        if size > max_bytes:
            raise ArticleReadError(f"too large ({size // 1024} KB; the limit is {max_bytes // 1024} KB)")
        with open(path, "rb") as fh:
            data = fh.read(max_bytes + 1)
    except IsADirectoryError:
        raise ArticleReadError("is a directory") from None
    except OSError as exc:
        raise ArticleReadError(f"cannot read: {exc.strerror or exc}") from None
    if len(data) > max_bytes:
        raise ArticleReadError(f"too large (over {max_bytes // 1024} KB)")
    text = decode_bytes(data)
    if not text.strip():
        raise ArticleReadError("empty file")
    return text.replace("\r\n", "\n").replace("\r", "\n")


def decode_bytes(data: bytes) -> str:
    """UTF-8 (with or without BOM), UTF-16 (BOM or evident), else cp1252."""
    if not data.strip():
        raise ArticleReadError("empty file")
    if data.startswith(b"\xef\xbb\xbf"):
        return _strict(data[3:], "utf-8")
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return _strict(data, "utf-16")
    if data.startswith((b"\xff\xfe\x00\x00", b"\x00\x00\xfe\xff")):
        return _strict(data, "utf-32")
    nul = data.count(b"\x00")
    if nul:
        # UTF-16 without BOM: NULs on every other byte of ASCII text.
        even, odd = data[0::2].count(b"\x00"), data[1::2].count(b"\x00")
        if len(data) % 2 == 0 and max(even, odd) > 0.4 * len(data) / 2 and min(even, odd) < 0.05 * len(data) / 2:
            try:
                return data.decode("utf-16-be" if even > odd else "utf-16-le")
            except UnicodeDecodeError:
                pass
        if nul > max(1, len(data) // 100):
            raise ArticleReadError("binary file (contains NUL bytes), not article text")
    if _looks_binary(data):
        raise ArticleReadError("binary file, not article text")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        return data.decode("cp1252", errors="replace")


def _strict(data: bytes, enc: str) -> str:
    try:
        return data.decode(enc)
    except UnicodeDecodeError as exc:
        raise ArticleReadError(f"invalid {enc.upper()} text at byte {exc.start}") from None


_BINARY_MAGIC = (b"%PDF", b"PK\x03\x04", b"\x89PNG", b"GIF8", b"\xff\xd8\xff", b"\x7fELF", b"SQLite format")


def _looks_binary(data: bytes) -> bool:
    if data.startswith(_BINARY_MAGIC):
        return True
    sample = data[:4096]
    ctrl = sum(1 for b in sample if b < 32 and b not in (9, 10, 12, 13))
    return ctrl > len(sample) * 0.1


# ------------------------------------------------------------ header & boilerplate

@dataclass
class Layout:
    """Where the metadata ends and which spans are not article body."""

    meta: ArticleMeta
    excluded: list[tuple[int, int]] = field(default_factory=list)  # (start, end) spans to skip


_HEADER_LINE = re.compile(r"^(title|headline|outlet|source|publisher|url|link|published|date|author|byline|by)\s*:\s*(.*?)\s*$", re.I)
_DATELINE = re.compile(r"^\s*date\s+(\d{4}-\d{2}-\d{2})\b\s*", re.I)
_BOILER_LINE = re.compile(
    r"""^\s*(?:
        -?\s*advertisement\s*-?
      | (?:story\ )?continues?\ below(?:\ advertisement)?
      | advert(?:isement)?\ ?\W*
      | source\ link
      | leave\ a\ (?:reply|comment)
      | please\ enter\ your\ (?:comment|name|email).*
      | your\ email\ address\ will\ not\ be\ published.*
      | required\ fields\ are\ marked.*
      | save\ my\ name,?\ email.*
      | (?:comment|name|email|website)\s*\*?:?
      | post\ comment
      | cancel\ reply
      | see\ also\b.*
      | getting\ your\ trinity\ audio\ player\ ready.*
      | must\ read
      | (?:share|tweet|email|print)\ (?:this|on\ \w+)(?:\ article)?:?
      | share\ this:?
      | follow\ us\ on\b.{0,40}
      | sign\ up\ for\b.{0,60}
      | subscribe\b.{0,60}
      | (?:read|see)\ (?:more|next)\b.{0,80}
      | related(?:\ (?:articles?|stories|news|content|posts?|topics))?:?
      | (?:image|photo|picture)\ (?:source|caption|credit)\b.*
      | skip\ to\ (?:content|main\ content)
      | loading\.*
    )\s*$""", re.I | re.X)
_TAIL_BLOCK = re.compile(
    r"^\s*(?:latest\ news|more\ articles\ like\ this|more\ from\b.{0,40}|you\ may\ also\ like|"
    r"recommended(?:\ for\ you)?|trending(?:\ now)?|most\ (?:read|popular)|popular\ (?:posts|stories)|"
    r"related\ (?:articles|stories|posts)|about\ the\ author|more\ stories)\s*:?\s*$", re.I | re.X)
_BYLINE = re.compile(r"^\s*By\s+[A-Z][\w.'\u2019-]+(?:\s+(?:[A-Z][\w.'\u2019-]+|and|&|de|al|van|von|bin)){0,6}\s*$")
_BIO_START = re.compile(r"^\s*(?:I\s+am|I'm|I\u2019m|He\s+is|She\s+is|They\s+are|[A-Z][\w'-]+(?:\s+[A-Z][\w'-]+){0,3}\s+(?:is|was)\s+an?)\b")


def _lines(text: str) -> list[tuple[int, int]]:
    out, pos = [], 0
    for line in text.split("\n"):
        out.append((pos, pos + len(line)))
        pos += len(line) + 1
    return out


def parse_layout(text: str, name: str) -> Layout:
    """Header fields, dateline and boilerplate spans of one article text."""
    lines = _lines(text)
    fields: dict[str, str] = {}
    excluded: list[tuple[int, int]] = []
    i = 0
    # Leading blank lines, then "key: value" header lines up to a blank line.
    while i < len(lines) and not text[lines[i][0]:lines[i][1]].strip():
        i += 1
    j = i
    while j < len(lines):
        s, e = lines[j]
        m = _HEADER_LINE.match(text[s:e])
        if not m or (m.group(1).lower() in ("by", "source", "date") and j == i and not _header_follows(text, lines, j)):
            break
        key = m.group(1).lower()
        key = {"headline": "title", "source": "outlet", "publisher": "outlet", "link": "url",
               "date": "published", "byline": "author", "by": "author"}.get(key, key)
        fields.setdefault(key, m.group(2))
        excluded.append((s, e))
        j += 1
    # First body line: a bare date ("Friday, November 22, 2024") or a dateline
    # ("date 2024-03-16 Amidst ...").
    k = j
    while k < len(lines) and not text[lines[k][0]:lines[k][1]].strip():
        k += 1
    if k < len(lines):
        s, e = lines[k]
        line = text[s:e]
        dm = _DATELINE.match(line)
        if dm:
            fields.setdefault("published", dm.group(1))
            excluded.append((s, s + dm.end()))
        else:
            ld = long_date(line)
            if ld and len(line.strip()) <= 40:
                excluded.append((s, e))
                if not _date_bar(text, lines, k, ld, fields):
                    fields.setdefault("published", ld)
    if "published" not in fields:
        # "Published on March 3, 2024" / "Updated: 3 March 2024" / "Date: March 3, 2024" /
        # "By Anna Berg | March 3, 2024" near the top of the page, or a bare date line among
        # the first few (under a headline), unless it is the page's "today" bar
        seen = 0
        for idx in range(j, min(len(lines), j + 40)):
            s, e = lines[idx]
            line = text[s:e]
            if not line.strip():
                continue
            seen += 1
            pm = _PUBLISHED_LINE.match(line) or _BYLINE_DATE.match(line)
            value = _line_date(pm.group(1)) if pm else None
            if value is None and seen <= 4 and len(line.strip()) <= 40:
                ld = long_date(line)
                if ld and not _date_bar(text, lines, idx, ld, fields):
                    value = ld
                    excluded.append((s, e))
            if value:
                fields["published"] = value
                break
    excluded += boilerplate_spans(text, lines)
    published = parse_date_value(fields["published"]) if fields.get("published") else None
    if published is None:
        published = url_date(fields.get("url"))  # ".../news/2025/5/19/..." when nothing else says
    meta = ArticleMeta(name=name, title=fields.get("title") or None, outlet=fields.get("outlet") or None,
                       url=fields.get("url") or None, published=published,
                       author=fields.get("author") or None)
    if meta.title is None:
        meta = _with_title_guess(meta, text, lines, excluded)
    return Layout(meta=meta, excluded=sorted(excluded))


_BYLINE_DATE = re.compile(r"^\s*By\s+[^|\u2022\u00b7\n]{2,60}?\s*[|\u2022\u00b7\u2014\u2013]\s*(.{6,60}?)\s*$")
_PUBLISHED_LINE = re.compile(r"^\s*(?:published|posted|updated|first\s+published|last\s+updated|date)"
                             r"(?:\s+on)?\s*:?\s*(.{6,60}?)\s*$", re.I)


def _line_date(value: str) -> str | None:
    """The date on a "Published ..." line: "March 3, 2024", also with a time before it
    ("3:45 PM EST, Tue March 5, 2024"); only with a four-digit year ("2 hours ago" is no date)."""
    if not re.search(r"\b(?:19|20)\d\d\b", value):
        return None
    return long_date(value) or parse_date_value(value)


def _date_bar(text: str, lines, k: int, iso: str, fields: dict) -> bool:
    """A weekday+date line at the very top of a page followed by site chrome ("Must Read",
    "- Advertisement -", "Getting your Trinity Audio player ready") is the page's "today" bar:
    the day it was saved, not the day it was published.  Kept only if something agrees
    (the URL's date, or a "published"/"updated" line with the same date)."""
    line = text[lines[k][0]:lines[k][1]]
    if not re.match(r"\s*(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b", line):
        return False  # a bare date without a weekday reads as a dateline
    chrome = False
    seen = 0
    for s, e in lines[k + 1:k + 40]:
        ln = text[s:e]
        if not ln.strip():
            continue
        seen += 1
        if _BOILER_LINE.match(ln):
            chrome = True
            break
        if seen >= 12:
            break
    if not chrome:
        return False
    y, m, d = iso.split("-")
    url = fields.get("url") or ""
    if re.search(rf"{y}[/-]?{m}[/-]?{d}|{y}/{int(m)}/{int(d)}\b", url):
        return False
    for s, e in lines[k + 1:k + 60]:
        pm = _PUBLISHED_LINE.match(text[s:e])
        if pm and _line_date(pm.group(1)) == iso:
            return False
    return True


def _header_follows(text: str, lines, j: int) -> bool:
    nxt = j + 1
    return nxt < len(lines) and bool(_HEADER_LINE.match(text[lines[nxt][0]:lines[nxt][1]]))


def _with_title_guess(meta: ArticleMeta, text: str, lines, excluded) -> ArticleMeta:
    """A short first body line without final punctuation reads as the headline."""
    skip = set(excluded)
    for s, e in lines:
        line = text[s:e].strip()
        if not line or (s, e) in skip:
            continue
        if len(line) <= 160 and not line.endswith((".", "\u201d", '"', ":")) and not _DATELINE.match(line):
            return ArticleMeta(name=meta.name, title=line, outlet=meta.outlet, url=meta.url,
                               published=meta.published, author=meta.author)
        return meta
    return meta


def boilerplate_spans(text: str, lines=None) -> list[tuple[int, int]]:
    """Spans of advertisement markers, comment forms, "see also" links, bylines with
    bios and "latest news" blocks: site furniture, not reporting."""
    lines = lines if lines is not None else _lines(text)
    spans = []
    n = len(lines)
    half = len(text) // 2
    idx = 0
    while idx < n:
        s, e = lines[idx]
        line = text[s:e]
        if not line.strip():
            idx += 1
            continue
        if _TAIL_BLOCK.match(line) and s >= half:
            spans.append((s, len(text)))
            break
        if _BOILER_LINE.match(line):
            spans.append((s, e))
        elif _BYLINE.match(line):
            spans.append((s, e))
            nxt = idx + 1
            while nxt < n and not text[lines[nxt][0]:lines[nxt][1]].strip():
                nxt += 1
            if nxt < n:
                bs, be = lines[nxt]
                bio = text[bs:be]
                if _BIO_START.match(bio) and not re.search("[\"\u201c\u201d]", bio) and bs >= half:
                    spans.append((bs, be))
                    idx = nxt
        idx += 1
    return spans
