"""Search: typos forgiven, filters in SQL, spans, hostile input never raises."""
from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from store.db import open_db
from store.search import search_quotes

from store_factories import ingest, make_article, smotrich_article


def _articles():
    yield smotrich_article()
    yield make_article(
        "b.txt",
        ["\u201cWe are closer than ever to a ceasefire deal,\u201d Antony Blinken said.",
         "\u201cThe negotiations in Doha are constructive,\u201d Majed al-Ansari said.",
         "\u201cNo agreement without the return of all hostages,\u201d Benjamin Netanyahu said."],
        [{"quote": "We are closer than ever to a ceasefire deal,", "speaker": "Antony Blinken",
          "party": "United States", "date": "2024-08-20"},
         {"quote": "The negotiations in Doha are constructive,", "speaker": "Majed al-Ansari",
          "party": "Qatar", "date": "2024-08-22"},
         {"quote": "No agreement without the return of all hostages,",
          "speaker": "Benjamin Netanyahu", "party": "Israel", "faction": "Government",
          "date": "2024-08-25"}],
        positions=[{"party": "Israel", "speaker": "Benjamin Netanyahu",
                    "issue": "hostage-release", "stance": "demands",
                    "evidence": "No agreement without the return of all hostages",
                    "quote": "No agreement without the return of all hostages,"}],
        outlet="AP", published="2024-08-26")


@pytest.fixture
def sdb(db):
    for art in _articles():
        ingest(db, art)
    return db


def _quotes(hits):
    return [h.row.quote for h in hits]


def test_exact_word(sdb):
    hits = search_quotes(sdb, "oxygen ")
    assert _quotes(hits) == ["It is forbidden to give Hamas oxygen,"]
    assert hits.total == 1 and not hits.more


@pytest.mark.parametrize("typo", ["negotiatons", "negotaitions", "Negotiatios ", "ceasfire",
                                  "hostges", "constructiv "])
def test_typos_forgiven(sdb, typo):
    hits = search_quotes(sdb, typo)
    assert hits, typo
    assert any(w in hits[0].row.quote.lower() for w in
               ("negotiation", "ceasefire", "hostages", "constructive"))


def test_typo_and_correct_word_together(sdb):
    hits = search_quotes(sdb, "qatr enemy ")
    assert _quotes(hits)[0].startswith("Qatar is an enemy state")


def test_prefix_as_you_type(sdb):
    assert _quotes(search_quotes(sdb, "oxy")) == ["It is forbidden to give Hamas oxygen,"]
    assert "The negotiations in Doha are constructive," in _quotes(search_quotes(sdb, "const"))


def test_and_semantics(sdb):
    assert _quotes(search_quotes(sdb, "hamas oxygen ")) == ["It is forbidden to give Hamas oxygen,"]
    assert search_quotes(sdb, "oxygen doha ") == []


def test_unknown_word_matches_nothing(sdb):
    assert search_quotes(sdb, "zzzzqqqq ") == []


def test_spans_cover_matches(sdb):
    hit = search_quotes(sdb, "hamas negotiatons ")[0]
    words = [hit.row.quote[s:e].lower() for s, e in hit.spans]
    assert words == ["hamas", "negotiations"]
    prefix = search_quotes(sdb, "oxy")[0]
    assert [prefix.row.quote[s:e] for s, e in prefix.spans] == ["oxy"]


def test_speaker_name_is_searchable(sdb):
    hits = search_quotes(sdb, "netanyahu ")
    assert _quotes(hits) == ["No agreement without the return of all hostages,"]
    assert hits[0].spans == []  # the match is in the speaker, not the quote


def test_filters(sdb):
    assert {h.row.party for h in search_quotes(sdb, "", party="israel")} == {"Israel"}
    assert _quotes(search_quotes(sdb, "hamas", party="Hamas")) == [
        "We will not accept any deal without a complete ceasefire,"]
    assert _quotes(search_quotes(sdb, "", speaker="Antony Blinken")) == [
        "We are closer than ever to a ceasefire deal,"]
    assert search_quotes(sdb, "", speaker="Nobody At All") == []
    assert _quotes(search_quotes(sdb, "", issue="hostage-release")) == [
        "No agreement without the return of all hostages,"]
    dated = search_quotes(sdb, "", date_from="2024-08-21", date_to="2024-08-25")
    assert sorted(h.row.when for h in dated) == ["2024-08-22", "2024-08-25"]
    assert _quotes(search_quotes(sdb, "ceasefire", date_to="2024-09-01")) == [
        "We are closer than ever to a ceasefire deal,"]


def test_speaker_filter_by_id_and_alias(sdb):
    sid = search_quotes(sdb, "oxygen")[0].row.speaker_id
    assert _quotes(search_quotes(sdb, "", speaker=sid)) == ["It is forbidden to give Hamas oxygen,"]


def test_empty_query_most_recent_first(sdb):
    hits = search_quotes(sdb, "   ")
    whens = [h.row.when for h in hits]
    assert whens == sorted(whens, reverse=True) and len(hits) == 6
    assert hits.total is None


def test_limit_offset_more(sdb):
    first = search_quotes(sdb, "", limit=2)
    assert len(first) == 2 and first.more
    rest = search_quotes(sdb, "", limit=10, offset=2)
    assert len(rest) == 4 and not rest.more
    assert not {h.row.id for h in first} & {h.row.id for h in rest}
    ranked = search_quotes(sdb, "the", limit=1)
    assert len(ranked) == 1 and ranked.more and ranked.total >= 2


def test_cancellation(sdb):
    hits = search_quotes(sdb, "hamas", is_cancelled=lambda: True)
    assert hits == [] and hits.cancelled


HOSTILE = ['"', '""', "'", "(", ")", "((a", "a)", "AND", "OR", "NOT", "NEAR", "NEAR(a b)",
           "a AND", "OR b", "*", "a*", "*a", "^a", "a:b", "quote:hamas", "-hamas", "+",
           "{a b}", "a NEAR/2 b", '"unterminated', "hamas\x00oxygen", "\ud800", "🙂 hamas",
           "%_%", "'; DROP TABLE quotes; --", "\\", "[/]", "a" * 5000, "hamas " * 200,
           "\u202ehamas", "ḩamas", "HAMAS OXYGEN"]


@pytest.mark.parametrize("query", HOSTILE)
def test_hostile_queries_never_raise(sdb, query):
    hits = search_quotes(sdb, query, party=query, speaker=query, issue=query,
                         date_from=query, date_to=query)
    assert isinstance(hits, list)
    search_quotes(sdb, query)


def test_hostile_queries_still_search(sdb):
    assert _quotes(search_quotes(sdb, 'OR "hamas" AND (oxygen*')) == [
        "It is forbidden to give Hamas oxygen,"]
    assert _quotes(search_quotes(sdb, "HAMAS OXYGEN")) == ["It is forbidden to give Hamas oxygen,"]


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.text(max_size=60))
def test_any_text_is_safe(tmp_path_factory, text):
    db = _shared_db(tmp_path_factory)
    hits = search_quotes(db, text, limit=5)
    for hit in hits:
        for s, e in hit.spans:
            assert 0 <= s < e <= len(hit.row.quote)


_DB = {}


def _shared_db(factory):
    if "db" not in _DB:
        db = open_db(factory.mktemp("hyp") / "h.db")
        for art in _articles():
            ingest(db, art)
        _DB["db"] = db
    return _DB["db"]


def test_partial_dates_are_inclusive(sdb):
    assert len(search_quotes(sdb, "", date_from="2024-08", date_to="2024-08")) == 3
    assert len(search_quotes(sdb, "", date_from="2024", date_to="2024")) == 6
    assert len(search_quotes(sdb, "", date_to="2024-08-22")) == 2
