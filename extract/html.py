"""A saved web page (HTML) in, its main text and metadata out.

Pure: bytes or str in, `HtmlDocument` out; no files, no network. The work is
done by trafilatura (main-text extraction, title, site name, author, url and
publication date from meta tags, JSON-LD and the page itself), imported only
when a page is actually read so that plain-text users and `--help` never pay
for it. Hand-written HTML parsing would miss most of what real pages hide
their metadata in.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

HTML_SUFFIXES = {".html", ".htm", ".xhtml"}
META_KEYS = ("title", "outlet", "url", "published", "author")
MIN_WORDS = 8
_SNIFF = re.compile(rb"^\s*(?:<!--.*?-->\s*)*<(?:!doctype\s+html|html|head|body|meta|title)\b",
                    re.I | re.S)


class HtmlError(ValueError):
    """A page with no readable main text; the message is one line."""


@dataclass(frozen=True, slots=True)
class HtmlDocument:
    """Main text (paragraphs separated by blank lines) and detected metadata.

    `meta` has only the keys of META_KEYS that were found (ISO date for
    "published"), so a caller can tell "not detected" from "detected".
    """

    text: str
    meta: dict[str, str] = field(default_factory=dict)


def looks_like_html(data: bytes | str) -> bool:
    """True when the start of `data` is an HTML document (for files without .html)."""
    head = data[:2048]
    if isinstance(head, str):
        head = head.encode("utf-8", "replace")
    return bool(_SNIFF.match(head.lstrip(b"\xef\xbb\xbf")))


def read_html(data: bytes | str, url: str | None = None) -> HtmlDocument:
    """The main text and metadata of one HTML page.

    `url` (where the page came from, if known) helps trafilatura resolve the
    site; the page's own canonical/og:url wins when it has one.
    """
    try:
        import trafilatura
    except ImportError as exc:  # pragma: no cover - a broken install
        raise HtmlError(f"cannot read HTML: trafilatura is not installed ({exc})") from None
    try:
        doc = trafilatura.bare_extraction(data, url=url, with_metadata=True, include_tables=False,
                                          include_comments=False, include_images=False,
                                          include_links=False, favor_recall=True)
    except Exception as exc:  # noqa: BLE001 - a parser failure is one bad file, not a crash
        raise HtmlError(f"cannot parse HTML ({type(exc).__name__})") from None
    if doc is None:
        raise HtmlError("no article text found in the HTML page")
    text = _paragraphs(getattr(doc, "text", None) or "")
    if len(text.split()) < MIN_WORDS:  # a menu or a cookie notice is not an article
        raise HtmlError("no article text found in the HTML page")
    meta: dict[str, str] = {}
    for key, attr in (("title", "title"), ("outlet", "sitename"), ("url", "url"),
                      ("published", "date"), ("author", "author")):
        value = _one_line(getattr(doc, attr, None))
        if value:
            meta[key] = value
    if "published" in meta:
        iso = re.match(r"\d{4}-\d{2}-\d{2}", meta["published"])
        if iso:
            meta["published"] = iso.group(0)
        else:
            del meta["published"]
    if "outlet" not in meta and getattr(doc, "hostname", None):
        meta["outlet"] = _one_line(doc.hostname)
    return HtmlDocument(text=text, meta=meta)


def _paragraphs(text: str) -> str:
    """trafilatura puts one paragraph per line; the extractor reads blank-line paragraphs."""
    lines = [" ".join(line.split()) for line in text.replace("\r", "\n").split("\n")]
    return "\n\n".join(line for line in lines if line)


def _one_line(value) -> str | None:
    if value is None:
        return None
    value = " ".join(str(value).split())
    return value or None
