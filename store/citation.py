"""Citations of a stored quote, in the styles the TUI can copy.

Pure functions of a QuoteRow. Missing metadata is left out cleanly: no
"None", no empty parentheses or dangling commas.
"""
from __future__ import annotations

import json
import re

from store.queries import QuoteRow

STYLES = ("plain", "markdown", "apa", "chicago", "bibtex", "csl-json")
_MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August",
           "September", "October", "November", "December")


def format_citation(row: QuoteRow, style: str = "plain") -> str:
    """The citation of `row` in `style` (one of STYLES)."""
    try:
        fn = _FORMATTERS[style]
    except KeyError:
        raise ValueError(f"unknown citation style {style!r}; choose from {', '.join(STYLES)}")
    return fn(row)


def _quote_text(row: QuoteRow) -> str:
    """The quote on one line, without the comma journalists leave before the closing mark."""
    text = " ".join(row.quote.split())
    return text.rstrip(",;:").rstrip()


def _side(row: QuoteRow) -> str | None:
    parts = [x for x in (row.faction, row.party) if x]
    return "/".join(parts) or None


def _date_parts(iso: str | None) -> list[int]:
    m = re.match(r"^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?", iso or "")
    if not m:
        return []
    return [int(g) for g in m.groups() if g]


def _long_date(iso: str | None, *, year_first: bool = False) -> str | None:
    """"October 24, 2024" (or "2024, October 24" for APA); partial dates shortened."""
    parts = _date_parts(iso)
    if not parts:
        return None
    if len(parts) == 1 or not 1 <= parts[1] <= 12:
        return str(parts[0])
    month = _MONTHS[parts[1] - 1]
    if len(parts) == 2:
        return f"{parts[0]}, {month}" if year_first else f"{month} {parts[0]}"
    return f"{parts[0]}, {month} {parts[2]}" if year_first else f"{month} {parts[2]}, {parts[0]}"


def _join(parts, sep: str = ", ") -> str:
    return sep.join(p for p in parts if p)


def plain(row: QuoteRow) -> str:
    source = _join([row.speaker, _side(row), row.outlet, row.when, row.url])
    return f"\u201c{_quote_text(row)}\u201d" + (f" \u2014 {source}" if source else "")


def markdown(row: QuoteRow) -> str:
    speaker = f"**{_md(row.speaker)}**" if row.speaker else None
    side = _md(_side(row)) if _side(row) else None
    if row.title and row.url:
        article = f"[{_md(row.title)}](<{row.url}>)"
    elif row.title:
        article = f"\u201c{_md(row.title)}\u201d"
    elif row.url:
        article = f"<{row.url}>"
    else:
        article = None
    outlet = f"*{_md(row.outlet)}*" if row.outlet else None
    source = _join([speaker, side, article, outlet, row.when])
    out = f"> \u201c{_md(_quote_text(row))}\u201d"
    return out + (f"\n>\n> \u2014 {source}" if source else "")


def _md(text: str) -> str:
    """Escape the characters that would turn quoted text into Markdown markup."""
    return re.sub(r"([\\`*_\[\]<>#|])", r"\\\1", text)


def apa(row: QuoteRow) -> str:
    """In-text quotation with its reference entry (APA 7, newspaper article).

    The reference line is left out when nothing is known about the article.
    """
    year = _date_parts(row.published or row.date)[:1]
    source = row.author or row.outlet or row.title
    year_s = str(year[0]) if year else "n.d."
    who = _join([row.speaker, f"as cited in {source}" if source and row.speaker else source])
    in_text = f"\u201c{_quote_text(row)}\u201d ({_join([who, year_s])})."
    if not (source or row.url):
        return in_text
    date = _long_date(row.published, year_first=True) or "n.d."
    lead = row.author or row.outlet
    ref_parts = []
    if lead:
        ref_parts.append(_end(lead) + f" ({date}).")
        if row.title:
            ref_parts.append(_end(row.title))
    elif row.title:
        ref_parts.append(_end(row.title) + f" ({date}).")
    else:
        ref_parts.append(f"({date}).")
    if row.author and row.outlet:
        ref_parts.append(_end(row.outlet))
    if row.url:
        ref_parts.append(row.url)
    return in_text + "\n" + " ".join(ref_parts)


def _end(text: str) -> str:
    return text if text.endswith((".", "?", "!")) else text + "."


def chicago(row: QuoteRow) -> str:
    """Chicago notes style: the quote, then a note citing the article it appears in."""
    title = f"\u201c{row.title.rstrip('.')},\u201d" if row.title else None
    speaker = f"{row.speaker}, quoted in" if row.speaker else None
    parts = [row.author, title, row.outlet, _long_date(row.published or row.date), row.url]
    body = ", ".join(p for p in parts if p).replace(",\u201d,", ",\u201d")
    note = _join([speaker, body], " ")
    note = note.rstrip(",") + "." if note else ""
    return f"\u201c{_quote_text(row)}\u201d" + (f" {note}" if note else "")


_TEX = {"\\": r"\textbackslash{}", "{": r"\{", "}": r"\}", "&": r"\&", "%": r"\%", "$": r"\$",
        "#": r"\#", "_": r"\_", "~": r"\textasciitilde{}", "^": r"\textasciicircum{}"}


def _tex(text: str) -> str:
    return "".join(_TEX.get(c, c) for c in text)


def bibtex(row: QuoteRow) -> str:
    parts = _date_parts(row.published or row.date)
    stem = re.sub(r"[^a-z0-9]", "", (row.speaker or row.outlet or "quote").split()[-1].casefold())
    key = f"{stem or 'quote'}{parts[0] if parts else ''}q{row.id}"
    note = f"Quote by {_join([row.speaker, _side(row)], ', ')}: " if row.speaker else "Quote: "
    fields = [
        ("title", row.title), ("author", row.author and "{" + row.author + "}"),
        ("journal", row.outlet), ("date", row.published or row.date),
        ("year", str(parts[0]) if parts else None),
        ("month", str(parts[1]) if len(parts) > 1 else None), ("url", row.url),
        ("note", note + "\u201c" + _quote_text(row) + "\u201d"),
    ]
    body = ",\n".join(f"  {k} = {{{v if k in ('url', 'author') else _tex(v)}}}"
                      for k, v in fields if v)
    return f"@article{{{key},\n{body}\n}}"


def csl_json(row: QuoteRow) -> str:
    item: dict = {"id": f"negot-quote-{row.id}", "type": "article-newspaper"}
    if row.title:
        item["title"] = row.title
    if row.outlet:
        item["container-title"] = row.outlet
    if row.author:
        item["author"] = [{"literal": row.author}]
    parts = _date_parts(row.published or row.date)
    if parts:
        item["issued"] = {"date-parts": [parts]}
    if row.url:
        item["URL"] = row.url
    speaker = _join([row.speaker, _side(row)])
    item["note"] = (f"Quote by {speaker}: " if speaker else "Quote: ") + \
        f"\u201c{_quote_text(row)}\u201d"
    return json.dumps([item], ensure_ascii=False, indent=2)


_FORMATTERS = {"plain": plain, "markdown": markdown, "apa": apa, "chicago": chicago,
               "bibtex": bibtex, "csl-json": csl_json}
assert tuple(_FORMATTERS) == STYLES
