"""The TUI's read API: ordering, paging, counts, grouping."""
from __future__ import annotations

import pytest

from store.queries import (count_quotes, counts, list_parties, list_speakers, positions,
                           positions_grid, quotes_by_party, quotes_for_timeline)

from store_factories import ingest, make_article, smotrich_article


def _dated(name, published, items):
    paras = [f"\u201c{q},\u201d {sp} said." for q, sp, _party, _date in items]
    return make_article(name, paras, [{"quote": f"{q},", "speaker": sp, "party": party,
                                       "date": date} for q, sp, party, date in items],
                        published=published, outlet="Wire")


@pytest.fixture
def qdb(db):
    ingest(db, _dated("late.txt", "2024-06-01", [("Late one", "Yair Lapid", "Israel", None),
                                                  ("Early one", "Osama Hamdan", "Hamas",
                                                   "2024-01-05")]))
    ingest(db, _dated("mid.txt", "2024-03-01", [("Mid one", "Osama Hamdan", "Hamas", None),
                                                 ("Mid two", "Yair Lapid", "Israel", None)]))
    ingest(db, _dated("undated.txt", None, [("No date", "Osama Hamdan", "Hamas", None)]))
    return db


def test_timeline_order_and_paging(qdb):
    order = [r.quote for r in quotes_for_timeline(qdb)]
    assert order == ["Early one,", "Mid one,", "Mid two,", "Late one,", "No date,"]
    assert [r.quote for r in quotes_for_timeline(qdb, limit=2, offset=2)] == ["Mid two,",
                                                                              "Late one,"]
    assert quotes_for_timeline(qdb, offset=10) == []
    assert [r.quote for r in quotes_for_timeline(qdb, party="hamas")] == [
        "Early one,", "Mid one,", "No date,"]
    assert [r.quote for r in quotes_for_timeline(qdb, speaker="Yair Lapid")] == [
        "Mid two,", "Late one,"]
    assert count_quotes(qdb) == 5 and count_quotes(qdb, party="Israel") == 2


def test_parties_speakers_counts(qdb):
    ingest(qdb, smotrich_article())
    parties = list_parties(qdb)
    assert [(p.party, p.quotes) for p in parties] == [("Hamas", 4), ("Israel", 4)]
    assert next(p for p in parties if p.party == "Hamas").positions == 1
    speakers = list_speakers(qdb, party="Israel")
    assert [(s.name, s.quotes) for s in speakers] == [
        ("Yair Lapid", 2), ("Bezalel Smotrich", 1), ("Itamar Ben Gvir", 1)]
    c = counts(qdb)
    assert (c.articles, c.quotes, c.reported, c.positions, c.parties) == (4, 8, 1, 1, 2)


def test_quotes_by_party(qdb):
    grouped = quotes_by_party(qdb, ["Israel", "Hamas", "Nobody"], limit=1)
    assert {k: [r.quote for r in v] for k, v in grouped.items()} == {
        "Israel": ["Mid two,"], "Hamas": ["Early one,"], "Nobody": []}


def test_positions_rows_and_grid(db):
    ingest(db, smotrich_article())
    (row,) = positions(db, party="hamas")
    assert (row.issue, row.stance, row.outlet, row.when) == (
        "permanent-ceasefire", "demands", "The Cradle", "2024-10-25")
    assert positions(db, issue="nothing") == [] and positions(db, limit=0) == []
    assert list(positions_grid(db)) == [("permanent-ceasefire", "Hamas")]


def test_article_context_and_reported(db):
    from store.queries import quotes_for_article, reported

    art = smotrich_article()
    res = ingest(db, art)
    assert [r.start for r in quotes_for_article(db, res.article_id)] == sorted(
        q.start for q in art.quotes)
    (rep,) = reported(db, article_id=res.article_id)
    assert (rep.content, rep.speaker, rep.party, rep.when) == (
        "the movement wants a full withdrawal from Gaza", "a senior Hamas official", "Hamas",
        "2024-10-25")
    assert reported(db, party="Israel") == [] and reported(db, speaker="nobody") == []
    assert len(reported(db, speaker="a senior Hamas official")) == 1
