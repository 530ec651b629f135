"""Make article text safe to store and show, without moving any offset.

Articles come from scrapers: stray control characters, terminal escape
sequences and bidi overrides can corrupt a terminal or hide text.  Every such
character is replaced one-for-one, so offsets computed on the sanitised text
are valid for the text as read.
"""
from __future__ import annotations

import re

REPLACEMENT = "\ufffd"

# CSI (ESC [ ... final), OSC (ESC ] ... BEL or ESC \), and two-char ESC sequences.
_ESC_SEQ = re.compile(r"\x1b(?:\[[0-?]*[ -/]*[@-~]?|\][^\x07\x1b]*(?:\x07|\x1b\\)?|[@-Z\\-_]?)")
_CONTROL = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]")


def sanitize(text: str) -> str:
    """Replace control chars, escape sequences and bidi controls; same length out."""
    if not _CONTROL.search(text):
        return text
    # A lone CR is a line break written the old Mac way; CRLF becomes " \n".
    text = text.replace("\r\n", " \n").replace("\r", "\n")
    text = _ESC_SEQ.sub(lambda m: REPLACEMENT + " " * (len(m.group(0)) - 1), text)
    return _CONTROL.sub(REPLACEMENT, text)
