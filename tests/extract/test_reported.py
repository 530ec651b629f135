"""Reported (indirect) speech records."""
from __future__ import annotations

import pytest

from extract import extract_article


def reported(text, actors):
    res = extract_article(text, "t.txt", actors=actors, positions=False)
    for r in res.reported:
        assert res.text[r.start:r.end] == r.content
    return [(r.speaker, r.cue, r.content) for r in res.reported]


@pytest.mark.parametrize("text, speaker, cue, content", [
    ("Hamas said that it would not release any more hostages without a ceasefire.",
     "Hamas", "said", "it would not release any more hostages without a ceasefire"),
    ("Netanyahu insisted the army would enter Rafah with or without a deal.",
     "Benjamin Netanyahu", "insisted", "the army would enter Rafah with or without a deal"),
    ("A senior Egyptian official told Reuters that the talks had stalled over the Philadelphi corridor.",
     "a senior Egyptian official", "told", "the talks had stalled over the Philadelphi corridor"),
    ("According to a Western diplomat, the two sides were close to an agreement on the first phase.",
     "a Western diplomat", "according to", "the two sides were close to an agreement on the first phase"),
    ("Qatar demanded that both sides show flexibility in the coming round.",
     "Qatar", "demanded", "both sides show flexibility in the coming round"),
])
def test_reported(actors, text, speaker, cue, content):
    got = reported(text, actors)
    assert any(s.endswith(speaker.split()[-1]) and c == cue and ct == content for s, c, ct in got), got


def test_mixed_quote_is_not_reported(actors):
    text = "Hamas said that Israel had given an \u201coverall negative response\u201d to its proposal."
    assert reported(text, actors) == []


def test_no_reported_without_speech_verb(actors):
    assert reported("The talks resumed in Doha on Sunday after a week-long pause.", actors) == []
