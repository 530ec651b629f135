"""The only place where article strings become something Textual displays.

Quotes, speakers, titles and URLs come from news articles, so they are data,
never markup: a quote containing ``[/]`` would crash a ``Static(str)`` and
``[@click=app.quit]`` would become an action.  Every function here builds a
``Content`` from plain text and styles it with ``Content.stylize`` /
``Content.assemble``; nothing is parsed as markup.

Control characters are replaced as a second guard after ingest-time
sanitising: ESC/OSC sequences would otherwise reach the terminal verbatim
(Textual strips only BEL, BS, VT, FF and CR).  Each one is replaced by exactly
one visible character, so character offsets (search spans, quote offsets)
stay valid.
"""
from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Any

from textual.content import Content

HIGHLIGHT = "bold underline $text-accent"
DIM = "$text-muted"
SPEAKER = "bold"
DAY_HEADER = "bold $text-secondary"

_BIDI = {0x202A, 0x202B, 0x202C, 0x202D, 0x202E, 0x2066, 0x2067, 0x2068, 0x2069}


def _build_table(multiline: bool) -> dict[int, str]:
    table: dict[int, str] = {}
    for code in range(0x20):
        table[code] = chr(0x2400 + code)  # control pictures: ESC -> U+241B
    table[0x09] = " "
    table[0x0D] = " "
    table[0x0A] = "\n" if multiline else " "
    table[0x7F] = "\u2421"
    for code in range(0x80, 0xA0):
        table[code] = "\ufffd"
    for code in _BIDI:
        table[code] = "\ufffd"
    table[0x2028] = "\n" if multiline else " "
    table[0x2029] = "\n" if multiline else " "
    return table


_ONE_LINE = _build_table(multiline=False)
_MULTI_LINE = _build_table(multiline=True)


def clean(text: Any, multiline: bool = False) -> str:
    """Plain text with every control character replaced one-for-one by a visible one."""
    if text is None:
        return ""
    return str(text).translate(_MULTI_LINE if multiline else _ONE_LINE)


def plain(text: Any, style: str = "", multiline: bool = False) -> Content:
    """Article text as literal Content (optionally styled as a whole)."""
    cleaned = clean(text, multiline)
    content = Content(cleaned)
    return content.stylize(style) if style and cleaned else content


def highlight(text: Any, spans: Iterable[Sequence[int]] = (), style: str = HIGHLIGHT,
              multiline: bool = False) -> Content:
    """Literal Content with the given character ranges (e.g. matched characters) styled."""
    content = plain(text, multiline=multiline)
    length = len(content.plain)
    for span in spans or ():
        start, end = int(span[0]), int(span[1])
        start, end = max(0, start), min(length, end)
        if end > start:
            content = content.stylize(style, start, end)
    return content


def excerpt(text: str, spans: Sequence[Sequence[int]] = (), width: int = 160
            ) -> tuple[str, list[tuple[int, int]]]:
    """A window of at most `width` characters of `text`, around the first span.

    Returns the shortened text (with ellipses) and the spans shifted into it,
    so long quotes fit a list row while the match stays visible.
    """
    text = text or ""
    spans = [(int(s[0]), int(s[1])) for s in spans or ()]
    if len(text) <= width:
        return text, spans
    first = min(spans, default=(0, 0))
    if first[1] <= width - 1:
        start = 0  # the first match is visible from the beginning: keep the opening
    else:
        start = max(0, min(first[0] - width // 4, len(text) - width))
        space = text.rfind(" ", max(0, start - 15), start + 1)
        if space >= 0:
            start = space + 1  # begin on a word
    end = start + width
    prefix = "\u2026" if start > 0 else ""
    suffix = "\u2026" if end < len(text) else ""
    shift = len(prefix) - start
    body = prefix + text[start:end] + suffix
    kept = [(max(s, start) + shift, min(e, end) + shift)
            for s, e in spans if e > start and s < end]
    return body, kept


def _party_label(row: Any) -> str:
    party = getattr(row, "party", None) or "no party"
    faction = getattr(row, "faction", None)
    return f"{party} / {faction}" if faction else party


def byline(row: Any, show_party: bool = True, show_date: bool = True) -> Content:
    """One line: speaker, party and date of a quote row."""
    speaker = getattr(row, "speaker", None) or "unattributed"
    parts: list[Any] = ["\u2014 ", (clean(speaker), SPEAKER)]
    if show_party:
        parts += ["  \u00b7  ", clean(_party_label(row))]
    when = getattr(row, "date", None) or getattr(row, "published", None)
    if when and show_date:
        parts += ["  \u00b7  ", clean(when)]
    return Content.assemble(*parts).stylize(DIM)


def quote_item(row: Any, spans: Sequence[Sequence[int]] = (), width: int = 160,
               show_byline: bool = True, show_party: bool = True,
               show_date: bool = True) -> Content:
    """A list row: the (shortened) quote with matches highlighted, then its byline."""
    text, shifted = excerpt(clean(getattr(row, "quote", "")), spans, width)
    quote = highlight(f"\u201c{text}\u201d", [(s + 1, e + 1) for s, e in shifted])
    if not show_byline:
        return quote
    return Content.assemble(quote, "\n", byline(row, show_party, show_date))


def day_header(day: str | None, count: int | None = None) -> Content:
    """Timeline group header."""
    label = clean(day) if day else "undated"
    parts: list[Any] = [(f"\u25a0 {label}", DAY_HEADER)]
    if count is not None:
        parts.append((f"  ({count})", DIM))
    return Content.assemble(*parts)


def _field(label: str, value: Any) -> Content:
    return Content.assemble((f"{label:<11}", DIM), clean(value) if value else "\u2014")


def _paragraph(row: Any) -> Content:
    """The paragraph around the quote, with the quote itself highlighted."""
    para = clean(getattr(row, "paragraph", "") or "", multiline=True)
    quote = clean(getattr(row, "quote", "") or "", multiline=True)
    content = Content(para)
    if quote and para:
        at = para.find(quote)
        if at >= 0:
            content = content.stylize("bold", at, at + len(quote))
    return content


STANCE_STYLE = {"demands": "bold $warning", "rejects": "bold $error", "opposes": "bold $error",
                "supports": "bold $success", "conditional": "bold $secondary"}


def issue_label(key: Any, labels: dict[str, str] | None = None, short: bool = False) -> str:
    """An issue's label from the taxonomy (short: without the parenthesised gloss)."""
    key = clean(key or "")
    label = clean((labels or {}).get(key) or key.replace("_", " ").replace("-", " "))
    return label.split(" (")[0] if short else label


def position_item(pos: Any, width: int = 120, labels: dict[str, str] | None = None
                  ) -> Content:
    """A positions-column row: stance and issue, the evidence sentence, speaker and date."""
    stance = clean(getattr(pos, "stance", "") or "")
    issue = issue_label(getattr(pos, "issue", ""), labels, short=True)
    evidence, _ = excerpt(clean(getattr(pos, "evidence", "") or ""), (), width)
    who = clean(getattr(pos, "speaker", None) or "")
    when = clean(getattr(pos, "when", None) or getattr(pos, "date", None) or "")
    tail = "  \u00b7  ".join(x for x in (who, when) if x)
    parts: list[Any] = [(stance, STANCE_STYLE.get(stance, "bold")), " ", (issue, "bold"), "\n",
                        evidence]
    if tail:
        parts += ["\n", ("\u2014 " + tail, DIM)]
    return Content.assemble(*parts)


def position_detail(pos: Any, quote: Any | None, labels: dict[str, str] | None = None
                    ) -> Content:
    """Detail pane for a position: the stance, its evidence, then the quote it comes from."""
    head = Content("\n").join([
        Content.assemble((clean(getattr(pos, "party", "")), "bold"), " ",
                         (clean(getattr(pos, "stance", "")),
                          STANCE_STYLE.get(getattr(pos, "stance", ""), "bold")), " ",
                         (issue_label(getattr(pos, "issue", ""), labels), "bold")),
        plain(getattr(pos, "evidence", ""), multiline=True),
        Content(""),
        _field("Speaker", getattr(pos, "speaker", None)),
        _field("Date", getattr(pos, "when", None) or getattr(pos, "date", None)),
        _field("Article", getattr(pos, "title", None) or getattr(pos, "article_name", None)),
        _field("Outlet", getattr(pos, "outlet", None)),
        _field("URL", getattr(pos, "url", None)),
    ])
    if quote is None:
        return head
    return Content("\n").join([head, Content(""), Content("From the quote").stylize(DIM),
                               detail(quote)])


def detail(row: Any | None) -> Content:
    """The detail pane: the quote and everything known about where it comes from."""
    if row is None:
        return Content("No quote selected.").stylize(DIM)
    title = getattr(row, "title", None) or getattr(row, "article_name", None)
    lines: list[Content] = [
        plain(f"\u201c{clean(getattr(row, 'quote', ''), multiline=True)}\u201d", "bold",
              multiline=True),
        Content(""),
        _field("Speaker", getattr(row, "speaker", None)),
        _field("Party", getattr(row, "party", None)),
        _field("Faction", getattr(row, "faction", None)),
        _field("Date", getattr(row, "date", None) or (
            f"not stated (article published {clean(getattr(row, 'published', None))})"
            if getattr(row, "published", None) else None)),
        _field("Article", title),
        _field("Outlet", getattr(row, "outlet", None)),
        _field("Published", getattr(row, "published", None)),
        _field("URL", getattr(row, "url", None)),
        _field("File", getattr(row, "article_name", None)),
    ]
    cue = getattr(row, "cue", None)
    if cue:
        lines.append(_field("Cue", cue))
    para = _paragraph(row)
    if para.plain.strip():
        lines += [Content(""), Content("Context").stylize(DIM), para]
    return Content("\n").join(lines)


def text(message: Any) -> Content:
    """Any other message that may contain article strings (toasts, titles, counters)."""
    return plain(message)
