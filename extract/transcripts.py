"""Interview transcripts: paragraphs that open on a speaker's name in capitals
("WALLACE: If I may, sir, ...", "PENCE: Well, look, ...").

Such lines are the named person's own words, but they stand without quotation marks,
so they become reported records with the cue ":" (searchable, never shown as a direct
quote).  A label counts only inside a dialogue - two or more such paragraphs in the
article - so that a lone "CLARIFICATION:" or "UPDATE:" is never read as a speaker.
"""
from __future__ import annotations

import re

# A paragraph's opening label: one to three words in capitals, then a colon.  (A stray
# opening quotation mark before it is a scraping artefact some sites leave.)
_LABEL = re.compile(r"[ \t]*[\"\u201c]?([A-Z][A-Z'\u2019.-]+(?:[ \t]+[A-Z][A-Z'\u2019.-]+){0,2}):[ \t]+(?=\S)")
# Labels that name a kind of note, a section or a place, not a person.
_NOT_SPEAKERS = {
    "CLARIFICATION", "CORRECTION", "CORRECTIONS", "UPDATE", "UPDATED", "NOTE", "EDITOR'S NOTE",
    "EDITOR\u2019S NOTE", "EDITORS NOTE", "WATCH", "READ", "READ MORE", "RELATED", "PHOTOS", "PHOTO",
    "VIDEO", "SOURCE", "SOURCES", "CREDIT", "CREDITS", "ADVERTISEMENT", "DISCLAIMER", "ALSO", "MORE",
    "LIVE", "BREAKING", "EXCLUSIVE", "ANALYSIS", "OPINION", "WASHINGTON", "JERUSALEM", "GAZA", "CAIRO",
    "DOHA", "LONDON", "UN", "US", "UK", "EU", "NEW YORK", "FULL TEXT", "TRANSCRIPT", "Q", "A",
}


def transcript_lines(text: str, paras: list[tuple[int, int]]) -> list[tuple[str, int, int, int]]:
    """(label, label start, content start, content end) for each speaker line of a dialogue."""
    found = []
    for s, e in paras:
        m = _LABEL.match(text, s, e)
        if m is None or m.group(1).strip(".") in _NOT_SPEAKERS or len(m.group(1).strip(".'\u2019-")) < 2:
            continue
        end = e
        while end > m.end() and text[end - 1] in " \t":
            end -= 1
        body = text[m.end():end]
        if body.endswith(("\"", "\u201d")) and \
                body.count("\u201c") + body.count('"') // 2 < body.count("\u201d") + body.count('"') % 2:
            end -= 1  # the closing mark of the stray opening one, not of a quote inside
        if end - m.end() < 2:
            continue
        found.append((m.group(1), m.start(1), m.end(), end))
    if len(found) < 2:
        return []
    return found
