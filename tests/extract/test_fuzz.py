"""Property test: any text, however broken, gives records whose offsets hold."""
from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from extract import extract_article

PIECES = ["said", "says", "told", "according to", "Hamas", "Israel", "Mr.", "Benjamin Netanyahu", "he",
          "she", "the official", "a senior Israeli official", ",", ".", ":", "\u2014", "--", "\n", "\n\n",
          '"', "\u201c", "\u201d", "\u2018", "\u2019", "'", "''", "(", ")", "We", "will", "not", "stop",
          "on Wednesday", "\x1b[31m", "\u202e", "\x00", "See also", "- Advertisement -", "title: x",
          "published: 2024-01-02", "al-Hayya", "Qatar's", "that", "which", "who", "and", "stressing"]


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.one_of(st.sampled_from(PIECES), st.text(max_size=6)), max_size=60))
def test_offsets_hold_for_any_text(actors, pieces):
    text = " ".join(pieces)
    res = extract_article(text, "fuzz.txt", actors=actors, positions=False)
    assert len(res.text) == len(text)
    for q in res.quotes:
        assert res.text[q.start:q.end] == q.quote and q.quote
        assert q.speaker
    for r in res.reported:
        assert res.text[r.start:r.end] == r.content and r.content
    starts = [r.start for r in res.records()]
    assert starts == sorted(starts)
