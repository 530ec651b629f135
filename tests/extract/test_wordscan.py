"""The word-anchored scanner gives exactly what `finditer` gives, only faster."""
from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from extract.positions import _default_taxonomy
from extract.wordscan import Words, WordScan, _starts

_PATTERNS = [
    re.compile(r"(?<![\w'])(?:[cC](?:ease[\w']*|easefire\s+talks)|[tT]ruce)(?!\w)", re.I),
    re.compile(r"\b(?:Israeli\s+)?control\s+(?:of|over)\b", re.I),
    re.compile(r"\bHamas(?:'s?)?\s+rule\b", re.I),
    re.compile(r"(?<![\w-])(?:US|UN)(?!\w)|(?<![\w-])U\.S\.|the\s+U\.N\."),  # case-sensitive, loose parts
    re.compile(r"\b(?:stop|end)(?:s|ped)?\s+the\s+war\b", re.I),
    re.compile(r"war"),  # no boundary at all: found inside words too
    re.compile(r"x*"),   # can match nothing: must run in full
]
_WORDS = ["ceasefire", "Ceasefires", "truce", "xtruce", "the", "U.S.", "US", "UN", "the U.N.", "Hamas's", "rule",
          "Israeli", "control", "of", "over", "stop", "stopped", "end", "war", "warning", "'", "-", ",", "\n",
          "cease-fire", "talks", "\u0131", "breathe"]


def _spans(ms):
    return [m.span() for m in ms]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(_WORDS), max_size=30), st.sampled_from([" ", "", "  "]))
def test_same_matches_as_finditer(words, sep):
    text = sep.join(words)
    got = WordScan(_PATTERNS).finditer_all(text)
    assert [_spans(g) for g in got] == [_spans(rx.finditer(text)) for rx in _PATTERNS]


def test_shipped_taxonomy_patterns_are_all_anchored_and_match_like_finditer():
    c = _default_taxonomy()._compiled
    pats = [rx for _, _, rx in c["terms"]] + [x[3] for x in c["cues"]]
    scan = WordScan(pats)
    assert scan.full == []  # every shipped pattern is tried only at its first words
    text = ("Hamas has insisted on a permanent ceasefire, and Israel will not stop the war until it achieves "
            "its goals; the talks in Doha resumed. Netanyahu rejected the deal, which is a red line.")
    assert [_spans(g) for g in scan.finditer_all(text)] == [_spans(rx.finditer(text)) for rx in pats]


def test_first_words_and_needs():
    kinds = {(k, w, tuple(sorted(n)), x) for k, w, n, x in _starts(re.compile(r"\bthe\s+war\s+to\s+end\b", re.I))}
    assert kinds == {("word", "the", ("end", "to", "war"), "war")}
    assert {(k, w) for k, w, _, _ in _starts(re.compile(r"(?<![\w'])negotiat[\w']*", re.I))} == {("head", "negotiat")}
    assert _starts(re.compile(r"U\.S\."))[0][:2] == ("inner", "u.s.")
    # an optional word: both ways in, and no known follower for the short way
    got = {(w, x) for _, w, _, x in _starts(re.compile(r"\b(?:Israeli\s+)?control\s+of\b", re.I))}
    assert got == {("israeli", "control"), ("control", "of")}


def test_common_first_word_is_skipped_without_the_rest_of_the_phrase():
    scan = WordScan([re.compile(r"\bthe\s+war\s+to\s+end\b", re.I)])
    words = Words("the cat and the dog")
    assert scan.finditer_all(words.text, words) == [[]]
    assert words._at == {}  # "the" was never even looked up
