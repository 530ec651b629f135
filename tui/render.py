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


def issue_label(key: Any, labels: dict[str, str] | None = None, short: bool = False) -> str:
    """An issue's label from the taxonomy (short: without the parenthesised gloss)."""
    key = clean(key or "")
    label = clean((labels or {}).get(key) or key.replace("_", " ").replace("-", " "))
    return label.split(" (")[0] if short else label


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
        # a transcript line ("PENCE: ...") has the colon for its cue
        lines.append(_field("Cue", "transcript line" if cue == ":" else cue))
    para = _paragraph(row)
    if para.plain.strip():
        lines += [Content(""), Content("Context").stylize(DIM), para]
    return Content("\n").join(lines)


def text(message: Any) -> Content:
    """Any other message that may contain article strings (toasts, titles, counters)."""
    return plain(message)


# -- the stance grid (positions view) ----------------------------------------------------

# Okabe-Ito colours, chosen to stay distinguishable with the common colour-vision
# deficiencies: blues for "for" (demands darker), orange/vermillion for "against",
# yellow for conditional.  The stance word (or its short form) is always shown too.
STANCE_COLOURS = {"demands": ("#0072B2", "#ffffff"), "supports": ("#56B4E9", "#000000"),
                  "conditional": ("#F0E442", "#000000"), "opposes": ("#E69F00", "#000000"),
                  "rejects": ("#D55E00", "#000000")}
STANCE_SHORT = {"demands": "DEM", "supports": "SUP", "conditional": "COND", "opposes": "OPP",
                "rejects": "REJ"}
MARKER = "bold $text-warning"
CURSOR = "on $accent 35%"
ARROW = " \u2192 "


def stance_style(stance: Any) -> str:
    bg, fg = STANCE_COLOURS.get(str(stance or ""), ("#999999", "#000000"))
    return f"bold {fg} on {bg}"


def stance_badge(stance: Any, short: bool = False) -> Content:
    """The stance as a coloured badge with its word (or short form): never colour alone."""
    word = clean(stance or "?")
    if short:
        word = STANCE_SHORT.get(word, word[:4])
    return Content(f" {word} ").stylize(stance_style(stance))


def _fit(options: Sequence[Content], width: int) -> Content:
    """The first option that fits `width` cells, else the last one cut to fit."""
    for option in options:
        if option.cell_length <= width:
            return option
    return options[-1].truncate(width, ellipsis=True)


def cell_lines(cell: Any, width: int, split_word: str = "split") -> tuple[Content, Content]:
    """Two lines for a grid cell: stance badge and markers; date and statement counts."""
    if cell is None or not getattr(cell, "total", 0):
        return Content("\u00b7").stylize(DIM), Content("")
    stance = cell.latest_stance
    marks_long = [m for m, on in (("changed", cell.changed), (split_word, cell.split)) if on]
    marks_short = [m for m, on in (("chg", cell.changed), (split_word[:5], cell.split)) if on]

    def line(short_stance: bool, marks: list[str]) -> Content:
        parts: list[Any] = [stance_badge(stance, short_stance)]
        for i, mark in enumerate(marks):  # the badge's own padding separates the first
            parts += [" " if i else "", (mark, MARKER)]
        return Content.assemble(*parts)

    first = _fit([line(False, marks_long), line(False, marks_short), line(True, marks_short),
                  line(True, [m[:1] for m in marks_short])], width)
    count = f"{compact(cell.backing)}/{compact(cell.total)}"
    date = clean(cell.latest_date) if cell.latest_date else "undated"
    # yy-mm-dd when the full date and the counts do not fit; then the backing count alone
    short = date[2:] if cell.latest_date and len(date) == 10 else date
    second = _fit([Content(f"{date} {count}"), Content(f"{short} {count}"),
                   Content(f"{short} {compact(cell.backing)}"), Content(short)],
                  width).stylize(DIM)
    return first, second


DIRECTION_WORDS = {"demands": "are for it (demands/supports)",
                   "supports": "are for it (demands/supports)",
                   "opposes": "are against it (opposes/rejects)",
                   "rejects": "are against it (opposes/rejects)",
                   "conditional": "are conditional"}


def compact(n: int) -> str:
    """A count in at most 4 characters: 950, 1.3k, 12k, 1.2M."""
    if n < 1000:
        return str(n)
    if n < 10_000:
        return f"{n / 1000:.1f}k"
    if n < 1_000_000:
        return f"{n // 1000}k"
    return f"{n / 1_000_000:.1f}M"


def plural(n: int, word: str) -> str:
    return f"{n} {word}" if n == 1 else f"{n} {word}s"


def _dated(stance: Any, date: Any) -> Content:
    return Content.assemble(stance_badge(stance), " ", (clean(date) if date else "undated", DIM))


def cell_summary(cell: Any, column: str, label: str, latest: Any | None = None,
                 members: Sequence[str] = ()) -> Content:
    """What the detail pane says about a grid cell: latest stance, history, factions."""
    head = Content.assemble((clean(column), "bold"), " \u00b7 ", (clean(label), "bold"))
    if cell is None or not getattr(cell, "total", 0):
        lines = [head, Content(""), Content("No statements on this issue.").stylize(DIM)]
        if members:
            lines.append(Content(f"Parties in this column: {clean(', '.join(members))}")
                         .stylize(DIM))
        return Content("\n").join(lines)
    counts = ", ".join(f"{n} {clean(s)}" for s, n in cell.counts)
    undated = f"; {cell.undated} undated" if cell.undated else ""
    way = DIRECTION_WORDS.get(str(cell.latest_stance), "the same way")
    lines: list[Content] = [head, Content(""), Content.assemble(
        ("Latest     ", DIM), stance_badge(cell.latest_stance), " ",
        clean(cell.latest_date) if cell.latest_date else "undated",
        f"  ({clean(cell.latest_party)})" if column == "Other" and cell.latest_party else "",
        "   ", (f"{cell.backing} of {plural(cell.total, 'statement')} {way}", DIM))]
    lines.append(Content.assemble(("Statements ", DIM), f"{counts}{undated}"))
    if cell.changed:
        lines += [Content(""), Content("Changed over time").stylize(MARKER)]
        for change in cell.changes:
            parts: list[Any] = []
            if column == "Other":
                parts += [(clean(change.party), "bold"), ": "]
            for i, run in enumerate(change.runs):
                if i:
                    parts.append(ARROW)
                span = run.first if run.first == run.last else f"{run.first}..{run.last}"
                parts += [stance_badge(run.stance), " ", clean(span)]
                if run.factions:
                    parts.append((f" ({clean(', '.join(run.factions))})", DIM))
            lines.append(Content.assemble("  ", *parts))
    if cell.sides:
        title = "Parties" if cell.split_by == "party" else "Factions"
        if cell.split:
            title += " disagree" + (" (mixed column)" if cell.split_by == "party" else " (split)")
        lines += [Content(""), Content(title).stylize(MARKER if cell.split else "bold")]
        pad = max(len(clean(side.name)) for side in cell.sides)
        for side in cell.sides:
            lines.append(Content.assemble("  ", (clean(side.name).ljust(pad), "bold"), "  ",
                                          _dated(side.stance, side.date),
                                          (f"  ({plural(side.count, 'statement')})", DIM)))
    if latest is not None:
        lines += [Content(""), Content("Latest statement").stylize("bold"),
                  plain(getattr(latest, "evidence", ""), multiline=True),
                  _field("Speaker", getattr(latest, "speaker", None)),
                  _field("Faction", getattr(latest, "faction", None)),
                  _field("Source", source(latest))]
    lines += [Content(""), Content("enter lists every statement; y copies the latest one's "
                                   "citation").stylize(DIM)]
    return Content("\n").join(lines)


def source(row: Any) -> str:
    """Outlet and title of a row's article (file name when neither is known)."""
    outlet = clean(getattr(row, "outlet", None) or "")
    title = clean(getattr(row, "title", None) or "")
    found = " \u2014 ".join(x for x in (outlet, title) if x)
    return found or clean(getattr(row, "article_name", None) or "")


def statement_item(st: Any, width: int = 120, show_party: bool = False) -> Content:
    """An evidence-list row: date and stance; the sentence; speaker, faction, source."""
    when = clean(getattr(st, "sort_date", None) or "") or "undated"
    who = clean(getattr(st, "speaker", None) or "unnamed")
    side = [clean(x) for x in ((getattr(st, "party", None) if show_party else None),
                               getattr(st, "faction", None)) if x]
    sentence, _ = excerpt(clean(getattr(st, "evidence", "") or ""), (), width)
    tail = [who, *side, source(st)]
    return Content.assemble((when, "bold"), " ", stance_badge(getattr(st, "stance", "")), "\n",
                            sentence, "\n",
                            ("\u2014 " + "  \u00b7  ".join(x for x in tail if x), DIM))


def statement_detail(st: Any, quote: Any | None, label: str) -> Content:
    """Detail pane for one statement: stance, sentence, who, when, where; then its quote."""
    head = Content("\n").join([
        Content.assemble((clean(getattr(st, "party", "")), "bold"), " ",
                         stance_badge(getattr(st, "stance", "")), " ", (clean(label), "bold")),
        plain(getattr(st, "evidence", ""), multiline=True),
        Content(""),
        _field("Speaker", getattr(st, "speaker", None)),
        _field("Faction", getattr(st, "faction", None)),
        _field("Date", getattr(st, "date", None) or (
            f"not stated (article published {clean(getattr(st, 'published', None))})"
            if getattr(st, "published", None) else None)),
        _field("Article", getattr(st, "title", None) or getattr(st, "article_name", None)),
        _field("Outlet", getattr(st, "outlet", None)),
        _field("URL", getattr(st, "url", None)),
    ])
    if quote is None or getattr(quote, "kind", None) == "evidence":
        return Content("\n").join([head, Content(""), Content(
            "No direct quote: y copies the sentence as the outlet's words.").stylize(DIM)])
    return Content("\n").join([head, Content(""), Content("From the quote (y copies it)")
                               .stylize(DIM), detail(quote)])


def markup_literal(text: Any) -> str:
    """Cleaned text for the few Textual APIs that parse a str as markup whatever we pass
    (command palette titles and help); every '[' escaped so it shows literally."""
    return clean(text).replace("[", "\\[")
