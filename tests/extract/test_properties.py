"""Properties of the whole extractor on arbitrary input: it never raises, every offset
points at the text it claims (quotes, reported speech and position evidence, positions
on), and a run is deterministic, in one process and across hash seeds.

test_fuzz.py covers quotes and reported speech with positions off; this adds positions,
header/boilerplate paths, arbitrary bytes through the reader, and determinism.
"""
from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from extract import extract_article
from extract.reader import ArticleReadError, decode_bytes
from extract.sanitize import sanitize

SETTINGS = settings(max_examples=150, deadline=None,
                    suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture])

# News-shaped pieces, so that random text reaches the quote, cue, speaker and position rules.
PIECES = ["said", "told reporters", "according to", "added", "Hamas", "Israel", "Qatar", "Egypt",
          "Benjamin Netanyahu", "Osama Hamdan", "a senior official", "the prime minister", "he",
          "We", "reject", "accept", "demand", "the ceasefire", "hostages", "withdrawal", "aid",
          "the Philadelphi corridor", "prisoners", "not", "never", "will", ",", ".", ":", ";",
          "\u2014", '"', "\u201c", "\u201d", "\u2018", "\u2019", "'", "(", ")", "\n", "\n\n",
          "title: Talks", "published: 2024-08-20", "By Jane Doe", "Advertisement", "See also",
          "on Tuesday", "last week", "2024-01-02", "\x1b[1m", "\x1b]52;c;aGk=\x07", "\u202e",
          "\r\n", "\r", "\t", "\x00", "\x85", "\ufeff", "[bold]", "[/]"]

SPEAKERS = ["Benjamin Netanyahu", "Osama Hamdan", "a senior Hamas official", "He", "Blinken",
            "Qatar's prime minister", "the Israeli official", "Mr. Smith"]
CUES = ["said", "told reporters", "added", "said on Tuesday", "warned", "insisted"]
OPEN_CLOSE = [("“", "”"), ('"', '"'), ("‘", "’"), ("“", '"'), ("“", "")]
words = st.lists(st.one_of(st.sampled_from(PIECES), st.text(max_size=8)), min_size=1,
                 max_size=14).map(" ".join)


@st.composite
def attributed(draw) -> str:
    """A quoted sentence with its speaker before or after (often, not always, well formed)."""
    o, c = draw(st.sampled_from(OPEN_CLOSE))
    body = draw(words)
    who, cue = draw(st.sampled_from(SPEAKERS)), draw(st.sampled_from(CUES))
    if draw(st.booleans()):
        return f"{o}{body},{c} {who} {cue}."
    return f"{who} {cue}: {o}{body}.{c}"


reported = st.builds(lambda who, cue, body: f"{who} {cue} that {body}.",
                     st.sampled_from(SPEAKERS), st.sampled_from(CUES), words)
news_text = st.lists(st.one_of(attributed(), reported, words), max_size=12).map(
    lambda parts: "".join(p + ("\n\n" if i % 3 == 2 else " ") for i, p in enumerate(parts)))
any_text = st.text(alphabet=st.characters(codec=None, exclude_categories=("Cs",)), max_size=400)


def check(text: str):
    """Extract with positions on and check every offset; return the records as JSON."""
    res = extract_article(text, "prop.txt")
    assert res.text == sanitize(text)
    assert len(res.text) == len(text)
    for q in res.quotes:
        assert q.quote and res.text[q.start:q.end] == q.quote
        if sanitize(text[q.start:q.end]) == text[q.start:q.end]:
            assert text[q.start:q.end] == q.quote  # the file's own characters
    for r in res.reported:
        assert r.content and res.text[r.start:r.end] == r.content
    quote_starts = {q.start for q in res.quotes}
    for p in res.positions:
        assert 0 <= p.start <= p.end <= len(text)
        assert res.text[p.start:p.end] == p.evidence
        assert p.quote_start is None or p.quote_start in quote_starts
    return [rec.to_json() for rec in res.records()]


@SETTINGS
@given(news_text)
def test_news_shaped_text(text):
    first = check(text)
    assert check(text) == first  # same input, same records


@SETTINGS
@given(any_text)
def test_any_unicode_text(text):
    first = check(text)
    assert check(text) == first


@SETTINGS
@given(st.binary(max_size=600))
def test_any_bytes_through_reader_and_extractor(data):
    """Whatever a file holds: a one-line read error, or text the extractor handles."""
    try:
        text = decode_bytes(data)
    except ArticleReadError as exc:
        assert str(exc) and "\n" not in str(exc)
        return
    check(text.replace("\r\n", "\n").replace("\r", "\n"))


def test_deterministic_across_hash_seeds(tmp_path):
    """Set or dict order must never decide a record: three processes with different
    PYTHONHASHSEED print identical `extract --jsonl` output for the same files."""
    shared = [Path("/work/shared/seeds"), Path("/work/shared/corpus/news")]
    paths = [str(p) for p in shared if p.is_dir()]
    if not paths:
        d = tmp_path / "a"
        d.mkdir()
        for i, (who, what) in enumerate([("Osama Hamdan", "a permanent ceasefire"),
                                         ("Benjamin Netanyahu", "the release of hostages"),
                                         ("Majed al-Ansari", "humanitarian aid")]):
            (d / f"{i}.txt").write_text(f"\u201cWe demand {what} now,\u201d {who} said on "
                                        f"Monday.\n\n{who} told reporters: \u201cWe reject any "
                                        f"deal without {what}.\u201d\n", encoding="utf-8")
        paths = [str(d)]
    outputs = []
    for seed in ("0", "1", "12345"):
        env = {**os.environ, "PYTHONHASHSEED": seed}
        proc = subprocess.run([sys.executable, "-m", "tui", "extract", "--jsonl", *paths],
                              capture_output=True, text=True, env=env, timeout=300)
        assert proc.returncode == 0, proc.stderr[-2000:]
        outputs.append(proc.stdout)
    assert outputs[0].strip(), "no records at all: nothing was compared"
    for other in outputs[1:]:
        a, b = outputs[0].splitlines(), other.splitlines()
        diff = [(x, y) for x, y in zip(a, b) if x != y][:3]
        assert a == b, diff or (len(a), len(b))
    assert all(json.loads(line) for line in outputs[0].splitlines())


def test_one_huge_sentence_stays_linear():
    """A scraped page on one line without sentence ends (100 KB took 13 s, 1 MB ~20 min,
    when sentences were unbounded): sentences are cut, extraction stays fast."""
    import time

    from extract.sentences import MAX_SENTENCE, sentences

    text = "the talks went on and on as officials said nothing " * 4000  # 200 KB
    assert all(e - s <= MAX_SENTENCE for s, e, _ in sentences(text, [(0, len(text))]))
    started = time.monotonic()
    check(text)
    assert time.monotonic() - started < 15
