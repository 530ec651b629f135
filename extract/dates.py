"""Dates: publication date from headers, and when words were said.

Conservative on purpose: an unknown date is better than a wrong one.  Cheap
regexes find the candidate phrases; dateparser (slow to import and to call) is
only used, with a cache, for header values in formats the regexes don't know.
"""
from __future__ import annotations

import re
from datetime import date, timedelta
from functools import lru_cache

MONTHS = {m: i for i, m in enumerate(
    ["january", "february", "march", "april", "may", "june", "july", "august", "september",
     "october", "november", "december"], 1)}
MONTHS.update({m[:3]: i for m, i in list(MONTHS.items())})
MONTHS["sept"] = 9
WEEKDAYS = {d: i for i, d in enumerate(
    ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"])}

_MONTH = r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?"
_WEEKDAY = r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
ISO_RE = re.compile(r"\b(\d{4})-(\d{1,2})-(\d{1,2})\b")
# "Friday, November 22, 2024", "November 22, 2024", "22 November 2024", "Nov. 22 2024"
LONG_DATE_RE = re.compile(
    rf"^\s*(?:{_WEEKDAY},?\s+)?(?:(?P<m1>{_MONTH})\s+(?P<d1>\d{{1,2}})(?:st|nd|rd|th)?,?\s+(?P<y1>\d{{4}})"
    rf"|(?P<d2>\d{{1,2}})(?:st|nd|rd|th)?\s+(?P<m2>{_MONTH}),?\s+(?P<y2>\d{{4}}))\b", re.I)
# Phrases that date an utterance, found near the reporting verb.
SAID_DATE_RE = re.compile(
    rf"\b(?:(?:on|last|this|late|early)\s+)?(?P<wd>{_WEEKDAY})(?!\s*,?\s*(?:{_MONTH}|\d))"
    rf"|\bon\s+(?:{_WEEKDAY},?\s+)?(?:(?P<m1>{_MONTH})\s+(?P<d1>\d{{1,2}})(?:st|nd|rd|th)?"
    rf"|(?P<d2>\d{{1,2}})(?:st|nd|rd|th)?\s+(?P<m2>{_MONTH}))(?:,?\s+(?P<y>\d{{4}}))?\b"
    rf"|\b(?P<rel>yesterday|today)\b")


def _mk(y: int, m: int, d: int) -> date | None:
    try:
        return date(y, m, d)
    except ValueError:
        return None


def parse_date_value(value: str) -> str | None:
    """ISO date from a header value ("2024-03-16", "Friday, November 22, 2024", ...)."""
    value = (value or "").strip()
    if not value:
        return None
    m = ISO_RE.search(value)
    if m:
        d = _mk(int(m.group(1)), int(m.group(2)), int(m.group(3)))
        return d.isoformat() if d else None
    d = long_date(value)
    if d:
        return d
    return _dateparser(value[:80])


def long_date(line: str) -> str | None:
    """ISO date when `line` starts with a written-out date, else None."""
    m = LONG_DATE_RE.match(line)
    if not m:
        return None
    mon = m.group("m1") or m.group("m2")
    day = m.group("d1") or m.group("d2")
    year = m.group("y1") or m.group("y2")
    d = _mk(int(year), MONTHS[mon.lower().rstrip(".")[:4] if mon.lower().startswith("sept") else mon.lower().rstrip(".")[:3]], int(day))
    return d.isoformat() if d else None


@lru_cache(maxsize=256)
def _dateparser(value: str) -> str | None:
    if not re.search(r"\d", value):
        return None  # "yesterday" in a header is no publication date
    try:
        import dateparser
    except ImportError:  # pragma: no cover - dateparser is a declared dependency
        return None
    d = dateparser.parse(value, languages=["en"],
                         settings={"STRICT_PARSING": True, "PREFER_DAY_OF_MONTH": "first"})
    return d.date().isoformat() if d else None


def utterance_date(context: str, published: str | None) -> str | None:
    """Date the words were said, from a phrase in `context` ("on Wednesday", "on 24 October").

    Weekdays and day-month without a year need the publication date; a weekday
    is the latest such day on or before publication.  None when unsure.
    """
    m = SAID_DATE_RE.search(context)
    if not m:
        return None
    pub = None
    if published:
        pm = ISO_RE.match(published)
        pub = _mk(int(pm.group(1)), int(pm.group(2)), int(pm.group(3))) if pm else None
    if m.group("wd"):
        if not pub:
            return None
        back = (pub.weekday() - WEEKDAYS[m.group("wd").lower()]) % 7
        return (pub - timedelta(days=back)).isoformat()
    if m.group("rel"):
        if not pub:
            return None
        return (pub - timedelta(days=1 if m.group("rel").lower() == "yesterday" else 0)).isoformat()
    mon = (m.group("m1") or m.group("m2")).lower().rstrip(".")
    month = 9 if mon.startswith("sep") else MONTHS[mon[:3]]
    day = int(m.group("d1") or m.group("d2"))
    if m.group("y"):
        d = _mk(int(m.group("y")), month, day)
        return d.isoformat() if d else None
    if not pub:
        return None
    d = _mk(pub.year, month, day)
    if d and d > pub:
        d = _mk(pub.year - 1, month, day)
    return d.isoformat() if d else None
