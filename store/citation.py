"""Citations of a stored quote, in the styles the TUI can copy.

Pure functions of a QuoteRow. Missing metadata is left out cleanly: no
"None", no empty parentheses or dangling commas.
"""
from __future__ import annotations

import json
import re

from store.queries import QuoteRow
from store.text import md_escape as _md, md_url

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
    """"Israel, Coalition hardliners": the party, then the faction within it.

    A party already named by the speaker ("Hamas", "a senior Hamas official")
    or the catch-all "Other" adds nothing and is left out.
    """
    party = row.party
    if party and (party.casefold() == "other"
                  or (row.speaker and party.casefold() in row.speaker.casefold())):
        party = None
    return _join([party, row.faction]) or None


def _who(row: QuoteRow) -> str | None:
    """"Bezalel Smotrich (Israel, Coalition hardliners)", or the side alone when nobody is named."""
    side = _side(row)
    if row.speaker:
        return row.speaker + (f" ({side})" if side else "")
    return side


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
    """“Quote” — Speaker (party, faction), Outlet, date, URL."""
    source = _join([_who(row), row.outlet, row.when, row.url])
    return f"\u201c{_quote_text(row)}\u201d" + (f" \u2014 {source}" if source else "")


def markdown(row: QuoteRow) -> str:
    """A blockquote; the attribution links the article's title to its URL."""
    speaker = f"**{_md(row.speaker)}**" if row.speaker else None
    side = _md(_side(row)) if _side(row) else None
    who = (speaker + (f" ({side})" if side else "")) if speaker else side
    url = md_url(row.url)
    if row.title and url:
        article = f"[{_md(row.title)}](<{url}>)"
    elif row.title:
        article = f"\u201c{_md(row.title)}\u201d"
    elif url:
        article = f"<{url}>"
    else:
        article = None
    outlet = f"*{_md(row.outlet)}*" if row.outlet else None
    source = _join([who, article, outlet, row.when])
    out = f"> \u201c{_md(_quote_text(row))}\u201d"
    return out + (f"\n>\n> \u2014 {source}" if source else "")


_PARTICLES = {"al", "el", "ben", "bin", "ibn", "abu", "da", "de", "del", "der", "di", "du", "la",
              "le", "van", "von"}
_NAME_WORD = re.compile(r"^[A-Z][\w'\u2019.-]*$")


def _person(name: str | None) -> tuple[list[str], str] | None:
    """(given names, surname) when `name` reads as one person's name, else None.

    "Itamar Ben Gvir" -> (["Itamar"], "Ben Gvir"); "a senior Hamas official",
    "Reuters" or "Jane Doe and John Roe" are not one person's name.
    """
    toks = (name or "").split()
    if not 2 <= len(toks) <= 5 or not _NAME_WORD.match(toks[0]) or not _NAME_WORD.match(toks[-1]):
        return None
    if any(not _NAME_WORD.match(t) and t.lower() not in _PARTICLES for t in toks):
        return None
    cut = len(toks) - 1
    while cut > 1 and toks[cut - 1].lower() in _PARTICLES:
        cut -= 1
    return toks[:cut], " ".join(toks[cut:])


def _apa_author(name: str) -> str:
    """"Doe, J." for a person; an organisation or anything unclear as written."""
    person = _person(name)
    if not person:
        return name
    given, surname = person
    initials = " ".join(g[0] + "." for g in given)
    return f"{surname}, {initials}"


def _apa_short(name: str) -> str:
    person = _person(name)
    return person[1] if person else name


def apa(row: QuoteRow) -> str:
    """In-text quotation with its reference entry (APA 7, newspaper article).

    The speaker is cited as quoted in the article ("as cited in"): APA's form
    for words known only from a secondary source. The reference line is left
    out when nothing is known about the article.
    """
    year = _date_parts(row.published or row.date)[:1]
    year_s = str(year[0]) if year else "n.d."
    if row.author or row.outlet:
        source = _apa_short(row.author) if row.author else row.outlet
    elif row.title:
        source = f"\u201c{row.title.rstrip('.')}\u201d"
    else:
        source = None
    speaker = _apa_short(row.speaker) if row.speaker else None
    who = _join([speaker, f"as cited in {source}" if source and speaker else source])
    in_text = f"\u201c{_quote_text(row)}\u201d ({_join([who, year_s])})."
    if not (source or row.url):
        return in_text
    date = _long_date(row.published, year_first=True) or "n.d."
    lead = _apa_author(row.author) if row.author else row.outlet
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
    parts = [row.author, title, row.outlet, _long_date(row.published or row.date), row.url]
    body = ", ".join(p for p in parts if p).replace(",\u201d,", ",\u201d")
    if not body:  # nothing to be "quoted in": name the speaker alone
        return f"\u201c{_quote_text(row)}\u201d" + (f" ({row.speaker})" if row.speaker else "")
    speaker = f"{row.speaker}, quoted in" if row.speaker else None
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
    who = _who(row)
    note = f"Quote by {who}: " if who else "Quote: "
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
    who = _who(row)
    item["note"] = (f"Quote by {who}: " if who else "Quote: ") + \
        f"\u201c{_quote_text(row)}\u201d"
    return json.dumps([item], ensure_ascii=False, indent=2)


_FORMATTERS = {"plain": plain, "markdown": markdown, "apa": apa, "chicago": chicago,
               "bibtex": bibtex, "csl-json": csl_json}
assert tuple(_FORMATTERS) == STYLES
