"""Sanitising keeps offsets: every replaced character is replaced one-for-one."""
from __future__ import annotations

import pytest

from extract.sanitize import REPLACEMENT, sanitize


@pytest.mark.parametrize("raw", [
    "plain text, nothing to do",
    "red \x1b[31mALERT\x1b[0m done",
    "title \x1b]0;pwned\x07 end",
    "bell\x07 and nul\x00 and del\x7f and c1\x85",
    "bidi \u202eevil\u202c and isolate \u2066x\u2069",
    "windows\r\nline\rends",
])
def test_same_length(raw):
    assert len(sanitize(raw)) == len(raw)


def test_controls_replaced():
    out = sanitize("a\x00b\x07c\x7fd\x9be\u202ef")
    assert out == f"a{REPLACEMENT}b{REPLACEMENT}c{REPLACEMENT}d{REPLACEMENT}e{REPLACEMENT}f"


def test_escape_sequence_neutralised():
    out = sanitize("x\x1b[1;31my")
    assert "\x1b" not in out and "[1;31m" not in out
    assert out.startswith("x" + REPLACEMENT) and out.endswith("y")


def test_newlines_and_tabs_kept():
    assert sanitize("a\tb\nc") == "a\tb\nc"
    assert "\r" not in sanitize("a\r\nb\rc")


def test_unicode_text_untouched():
    s = "\u201cWe will not stop,\u201d said al-\u1e24ayya \u2014 \u05e9\u05dc\u05d5\u05dd \u0633\u0644\u0627\u0645"
    assert sanitize(s) == s
