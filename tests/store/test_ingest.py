"""Ingest: round trip, idempotence, one transaction per article, metadata, cleaning."""
from __future__ import annotations

import pytest

from store import ingest as ingest_mod
from store.ingest import content_hash, ingest_extracted
from store.queries import counts, get_article, get_quote, positions, quotes_for_timeline

from store_factories import ingest, make_article, smotrich_article


def test_round_trip(db):
    art = smotrich_article()
    res = ingest(db, art)
    assert res.added and (res.quotes, res.reported, res.positions) == (3, 1, 1)
    rows = quotes_for_timeline(db)
    assert len(rows) == 3
    by_text = {r.quote: r for r in rows}
    for q in art.quotes:
        row = by_text[q.quote]
        assert (row.party, row.faction, row.date, row.kind, row.start, row.end, row.cue) == (
            q.party, q.faction, q.date, q.kind, q.start, q.end, q.cue)
        assert row.speaker == q.speaker
        assert row.paragraph == q.paragraph
        assert row.article_name == "a1.txt" and row.outlet == "The Cradle"
        assert row.url == "https://example.org/a1" and row.published == "2024-10-25"
        article = get_article(db, row.article_id)
        assert article.text[row.start:row.end] == row.quote
    ben_gvir = by_text["It is forbidden to give Hamas oxygen,"]
    assert ben_gvir.when == "2024-10-24"
    assert by_text[art.quotes[0].quote].when == "2024-10-25"  # undated: published date
    assert get_quote(db, ben_gvir.id) == ben_gvir
    assert get_quote(db, 10_000) is None
    (pos,) = positions(db)
    assert pos.quote_id == by_text[art.quotes[2].quote].id
    assert (pos.party, pos.issue, pos.stance, pos.speaker) == (
        "Hamas", "permanent-ceasefire", "demands", "a senior Hamas official")


def test_same_article_twice_adds_nothing(db):
    art = smotrich_article()
    first = ingest(db, art)
    before = counts(db)
    again = ingest(db, art)
    assert not again.added and again.article_id == first.article_id
    assert (again.quotes, again.reported, again.positions) == (0, 0, 0)
    assert counts(db) == before
    vocab = db.conn.execute("SELECT count FROM vocab WHERE word = 'oxygen'").fetchone()[0]
    assert vocab == 1


def test_content_hash_ignores_line_endings_and_outer_space():
    assert content_hash("a\nb\n") == content_hash("  a\r\nb  \r\n\n")
    assert content_hash("a\nb") != content_hash("a\nc")


def test_failure_midway_leaves_nothing(db, monkeypatch):
    ingest(db, smotrich_article())
    before = counts(db)
    other = make_article("b.txt", ["\u201cWe want the hostages home now,\u201d Yair Lapid said.",
                                   "\u201cNo deal,\u201d Lapid said."],
                         [{"quote": "We want the hostages home now,", "speaker": "Yair Lapid",
                           "party": "Israel"},
                          {"quote": "No deal,", "speaker": "Lapid", "party": "Israel"}])
    real = ingest_mod.resolve_speaker
    calls = []

    def flaky(db_, name, party, faction=None, **kw):
        calls.append(name)
        if len(calls) == 2:
            raise RuntimeError("disk on fire")
        return real(db_, name, party, faction, **kw)

    monkeypatch.setattr(ingest_mod, "resolve_speaker", flaky)
    with pytest.raises(RuntimeError):
        ingest(db, other)
    assert counts(db) == before
    assert not db.conn.execute("SELECT 1 FROM speakers WHERE name LIKE '%Lapid%'").fetchone()
    assert not db.conn.in_transaction
    monkeypatch.setattr(ingest_mod, "resolve_speaker", real)
    assert ingest(db, other).added  # and it can be stored afterwards


def test_constraint_violation_rolls_back(db):
    bad = make_article("bad.txt", ["\u201cHello there,\u201d Someone Important said."],
                       [{"quote": "Hello there,", "speaker": "Someone Important",
                         "party": "Other"}],
                       positions=[{"party": "Other", "issue": None, "stance": "supports",
                                   "evidence": "Hello there"}])
    import sqlite3

    with pytest.raises(sqlite3.IntegrityError):
        ingest(db, bad)
    assert counts(db).articles == 0 and counts(db).quotes == 0 and counts(db).speakers == 0


def test_metadata_override(db):
    art = smotrich_article()
    ingest(db, art, metadata={"outlet": "Override Times", "title": "", "url": None,
                              "published": "2024-11-01", "bogus": "ignored"})
    row = quotes_for_timeline(db)[0]
    assert row.outlet == "Override Times" and row.published == "2024-11-01"
    assert row.title is None and row.url is None  # present but empty: known to be unknown
    assert row.author is None


def test_control_characters_cleaned_offsets_kept(db):
    nasty = "\x1b]52;c;ZXZpbA==\x07Ceasefire now\x1b[31m"
    art = make_article("n.txt", [f"\u201c{nasty},\u201d Mr X said."],
                       [{"quote": f"{nasty},", "speaker": "Mr X\x1b[2J", "party": "Other"}],
                       title="Title\x00with\nnull", outlet="Out\u202elet")
    ingest(db, art)
    row = quotes_for_timeline(db)[0]
    for value in (row.quote, row.speaker, row.title, row.outlet, row.paragraph):
        assert not any(ord(c) < 32 or 0x7f <= ord(c) < 0xa0 or c == "\u202e" for c in value
                       if c != "\n"), value
    assert len(row.quote) == len(nasty) + 1
    assert get_article(db, row.article_id).text[row.start:row.end] == row.quote
    assert row.title == "Title with null"


def test_ingest_extracted_requires_hash_keyword(db):
    with pytest.raises(TypeError):
        ingest_extracted(db, smotrich_article(), "abc")  # type: ignore[misc]
