"""Input files to documents: plain text, saved HTML pages, JSON Lines and CSV exports.

One file may hold many documents (one per JSONL line or CSV row). Every
document has a stable name that becomes the article's name: the file name
for a page or text file, "export.jsonl#12" (line or row number) or
"export.jsonl#<id>" when the export has an id column. `iter_documents` is the
one entry point used by `negot-tui extract` and by the store's ingest, so
both read inputs the same way.

Metadata found in the container (HTML meta tags, export columns) and
metadata given by the user (`ReadOptions.override`, from --outlet,
--published ...) travel with the document as `meta`; the user's word wins.
Extraction applies it through `extract_article(..., meta_override=meta)`.
"""
from __future__ import annotations

import csv
import io
import json
from collections.abc import Callable, Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from pathlib import Path

from extract.html import HTML_SUFFIXES, HtmlError, looks_like_html, read_html
from extract import reader
from extract.reader import (ARTICLE_SUFFIXES, MAX_BYTES, ArticleReadError, decode_bytes,
                            read_article_file)

JSONL_SUFFIXES = {".jsonl", ".ndjson"}
CSV_SUFFIXES = {".csv", ".tsv"}
# Taken from folders. Exports (JSONL/CSV) are read only when named: a folder of articles
# often holds gold files, logs or metadata sheets that are no articles.
FOLDER_SUFFIXES = ARTICLE_SUFFIXES | HTML_SUFFIXES
MAX_EXPORT_BYTES = 1024 * 1024 * 1024  # exports are streamed; this only stops a runaway file
MAX_FIELD = 16 * 1024 * 1024

# Column names tried, in order, when the user names none (compared case-insensitively).
DEFAULT_COLUMNS: dict[str, tuple[str, ...]] = {
    "text": ("text", "body", "content", "full_text", "maintext"),  # not "article": a file name in our own JSONL
    "title": ("title", "headline"),
    "outlet": ("outlet", "source", "site", "site_name", "sitename", "publisher", "source_name"),
    "url": ("url", "link", "source_url"),
    "published": ("published", "date", "published_at", "publication_date", "pubdate",
                  "date_publish"),
    "author": ("author", "byline", "authors"),
    "id": ("id", "doc_id", "article_id", "uuid"),
}
META_KEYS = ("title", "outlet", "url", "published", "author")

ErrorFn = Callable[[Path, str], None]


@dataclass(frozen=True, slots=True)
class ReadOptions:
    """How to read inputs: export column names (None = the defaults) and metadata overrides."""

    columns: Mapping[str, str] = field(default_factory=dict)  # e.g. {"text": "body"}
    override: Mapping[str, str | None] = field(default_factory=dict)  # the user's metadata


@dataclass(frozen=True, slots=True)
class Document:
    """One article to extract: its name, text, known metadata and the file it came from."""

    name: str
    text: str
    meta: dict[str, str | None]
    path: Path


def input_kind(path: Path) -> str:
    """"html", "jsonl", "csv" or "text", from the file name."""
    suffix = path.suffix.lower()
    if suffix in HTML_SUFFIXES:
        return "html"
    if suffix in JSONL_SUFFIXES:
        return "jsonl"
    if suffix in CSV_SUFFIXES:
        return "csv"
    return "text"


def iter_input_files(paths: Iterable, on_error: ErrorFn | None = None) -> Iterator[Path]:
    """Input files under `paths`: files as given (any kind), folders recursively (text, HTML)."""
    return reader.iter_article_files(list(paths), on_error=on_error, suffixes=FOLDER_SUFFIXES)


def iter_documents(paths: Iterable, options: ReadOptions | None = None,
                   on_error: ErrorFn | None = None) -> Iterator[Document]:
    """Every document in the files under `paths`; a bad file or row is reported, then skipped."""
    options = options or ReadOptions()
    for path in iter_input_files(paths, on_error):
        yield from file_documents(path, options, on_error)


def file_documents(path: Path, options: ReadOptions | None = None,
                   on_error: ErrorFn | None = None) -> Iterator[Document]:
    """The documents of one file (errors go to `on_error` as one line naming the problem)."""
    options = options or ReadOptions()

    def fail(why: str) -> None:
        if on_error:
            on_error(path, why)

    kind = input_kind(path)
    try:
        if kind in ("jsonl", "csv"):
            reader = _jsonl_documents if kind == "jsonl" else _csv_documents
            yield from reader(path, options, fail)
            return
        if kind == "html":
            yield _html_document(path, _read_bytes(path), options)
            return
        text = read_article_file(path)
        if looks_like_html(text):
            yield _html_document(path, text, options)
            return
        yield Document(path.name, text, dict(options.override), path)
    except (ArticleReadError, HtmlError) as exc:
        fail(str(exc))


def count_documents(path: Path) -> int:
    """How many documents `path` will give at most (for progress bars): rows of an export, else 1."""
    kind = input_kind(path)
    if kind not in ("jsonl", "csv"):
        return 1
    try:
        with open(path, "rb") as fh:
            if kind == "jsonl":
                return sum(1 for line in fh if line.strip())
            text = io.TextIOWrapper(fh, encoding="utf-8-sig", errors="replace", newline="")
            _raise_field_limit()
            return max(0, sum(1 for _ in csv.reader(text, dialect=_dialect(path))) - 1)
    except (OSError, csv.Error):
        return 1


def _read_bytes(path: Path) -> bytes:
    try:
        size = path.stat().st_size
        if size > MAX_BYTES:
            raise ArticleReadError(f"too large ({size // 1024} KB; the limit is "
                                   f"{MAX_BYTES // 1024} KB)")
        data = path.read_bytes()
    except OSError as exc:
        raise ArticleReadError(f"cannot read: {exc.strerror or exc}") from None
    if not data.strip():
        raise ArticleReadError("empty file")
    return data


def _html_document(path: Path, data: bytes | str, options: ReadOptions) -> Document:
    if isinstance(data, bytes) and not looks_like_html(data):
        # A .html file that is not HTML (e.g. saved as text): read it as text.
        text = decode_bytes(data).replace("\r\n", "\n").replace("\r", "\n")
        return Document(path.name, text, dict(options.override), path)
    page = read_html(data, url=options.override.get("url") or None)
    return Document(path.name, page.text, {**page.meta, **options.override}, path)


# ------------------------------------------------------------------ exports

def _pick(columns: Iterable[str], key: str, options: ReadOptions) -> str | None:
    """The column that holds `key`: the user's name for it, else the first default present."""
    by_fold = {c.casefold(): c for c in columns if isinstance(c, str)}
    wanted = options.columns.get(key)
    if wanted:
        return by_fold.get(wanted.casefold())
    for name in DEFAULT_COLUMNS[key]:
        if name in by_fold:
            return by_fold[name]
    return None


def _no_text_column(options: ReadOptions) -> str:
    if options.columns.get("text"):
        return f"no column {options.columns['text']!r} (given by --text-column)"
    return (f"no text column (looked for {', '.join(DEFAULT_COLUMNS['text'])}; "
            "name it with --text-column)")


def _value(raw) -> str | None:
    if raw is None or isinstance(raw, (dict, list)):
        return None
    if isinstance(raw, bool):
        return None
    text = " ".join(str(raw).split())
    return text or None


def _row_document(path: Path, number: int, row: Mapping, options: ReadOptions,
                  fail: Callable[[str], None], where: str) -> Document | None:
    cols = list(row)
    text_col = _pick(cols, "text", options)
    if text_col is None:
        fail(f"{where} {number}: {_no_text_column(options)}")
        return None
    text = row.get(text_col)
    if not isinstance(text, str) or not text.strip():
        fail(f"{where} {number}: empty {text_col!r}")
        return None
    meta: dict[str, str | None] = {}
    for key in META_KEYS:
        col = _pick(cols, key, options)
        value = _value(row.get(col)) if col else None
        if value:
            meta[key] = value
    meta.update(options.override)
    id_col = _pick(cols, "id", options)
    ident = _value(row.get(id_col)) if id_col else None
    name = f"{path.name}#{ident or number}"
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    return Document(name, text, meta, path)


def _jsonl_documents(path: Path, options: ReadOptions, fail) -> Iterator[Document]:
    _check_size(path)
    try:
        fh = open(path, "rb")
    except OSError as exc:
        raise ArticleReadError(f"cannot read: {exc.strerror or exc}") from None
    first = True
    with fh:
        for number, raw in enumerate(fh, 1):
            if not raw.strip():
                continue
            try:
                row = json.loads(raw.decode("utf-8-sig"))
            except UnicodeDecodeError:
                fail(f"line {number}: not UTF-8 text")
                continue
            except ValueError as exc:
                fail(f"line {number}: not valid JSON ({exc.msg})")
                continue
            if not isinstance(row, dict):
                fail(f"line {number}: not a JSON object")
                continue
            if first and _pick(list(row), "text", options) is None:
                # Not an article export (gold files, logs): one line for the file, not one per row.
                raise ArticleReadError(_no_text_column(options))
            first = False
            doc = _row_document(path, number, row, options, fail, "line")
            if doc is not None:
                yield doc


def _dialect(path: Path):
    return csv.excel_tab if path.suffix.lower() == ".tsv" else csv.excel


def _raise_field_limit() -> None:
    if csv.field_size_limit() < MAX_FIELD:
        csv.field_size_limit(MAX_FIELD)  # article bodies exceed the 128 KB default


def _csv_documents(path: Path, options: ReadOptions, fail) -> Iterator[Document]:
    _check_size(path)
    _raise_field_limit()
    try:
        fh = open(path, encoding="utf-8-sig", newline="")
    except OSError as exc:
        raise ArticleReadError(f"cannot read: {exc.strerror or exc}") from None
    with fh:
        try:
            reader = csv.DictReader(fh, dialect=_dialect(path))
            header = reader.fieldnames
            if not header:
                raise ArticleReadError("empty file")
            if _pick(header, "text", options) is None:
                raise ArticleReadError(_no_text_column(options))
            for number, row in enumerate(reader, 1):
                doc = _row_document(path, number, row, options, fail, "row")
                if doc is not None:
                    yield doc
        except UnicodeDecodeError:
            raise ArticleReadError("not UTF-8 text (save the export as UTF-8)") from None
        except csv.Error as exc:
            raise ArticleReadError(f"not readable as CSV ({exc})") from None


def _check_size(path: Path) -> None:
    try:
        size = path.stat().st_size
    except OSError as exc:
        raise ArticleReadError(f"cannot read: {exc.strerror or exc}") from None
    if size > MAX_EXPORT_BYTES:
        raise ArticleReadError(f"too large ({size // (1024 * 1024)} MB)")
    if size == 0:
        raise ArticleReadError("empty file")
