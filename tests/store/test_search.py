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


# -- ranking: the quote a user half-remembers, with a typo, is in the top 10 -----------------

_TEXT = """Negotiators in Cairo said the talks on a hostage release and a ceasefire in Gaza had
reached a critical stage, with mediators from Qatar and Egypt pressing both sides to accept a
phased agreement. The proposal would see the release of women, children and elderly captives
in exchange for Palestinian prisoners held in Israeli jails, followed by a permanent end to the
fighting and the withdrawal of troops from populated areas. Officials warned that the deal could
collapse over the sequencing of the phases, the return of displaced residents to the north and
guarantees that the war would not resume once the first exchange was complete. Aid agencies
described shortages of food, water and medicine and urged an immediate pause to allow trucks
through the crossings at Rafah and Kerem Shalom before the humanitarian situation deteriorates
further across the territory during the coming winter months and beyond. Hostages, phases,
talks, states, sides, trucks, officials and agencies each have a near twin above (one letter
off) so a typo often lands on another real word: hostage phase talk state side truck official"""


def _recall_db(path, n_quotes=1500, seed=3):
    """Quotes of words drawn Zipf-like from one paragraph: some words in most quotes."""
    import random

    from extract.records import ArticleMeta, ExtractedArticle, Quote
    from store.ingest import ingest_extracted
    from store.text import words as index_words

    vocab = list(dict.fromkeys(index_words(_TEXT)))
    weights = [1 / (rank + 1) for rank in range(len(vocab))]  # Zipf-like: early words common
    rng = random.Random(seed)
    db = open_db(path)
    texts = []
    for a in range(n_quotes // 50):
        quotes, paras, pos = [], [], 0
        for _ in range(50):
            text = " ".join(rng.choices(vocab, weights, k=rng.randint(8, 25)))
            para = f"\u201c{text},\u201d an official said."
            quotes.append(Quote(article=f"{a}.txt", quote=text, speaker="an official",
                                party="Israel", faction=None, date=None, kind="full",
                                start=pos + 1, end=pos + 1 + len(text), cue="said",
                                paragraph=para))
            paras.append(para)
            pos += len(para) + 1
            texts.append(text)
        ingest_extracted(db, ExtractedArticle(meta=ArticleMeta(name=f"{a}.txt", published=
                                                               f"2024-01-{1 + a % 28:02d}"),
                                              text="\n".join(paras), quotes=quotes),
                         content_hash=f"recall-{a}")
    return db, texts


def _typo(word, rng):
    i = rng.randrange(1, len(word) - 1)
    op = rng.choice("dtis")
    if op == "d":
        return word[:i] + word[i + 1:]
    if op == "t":
        return word[:i] + word[i + 1] + word[i] + word[i + 2:]
    letter = rng.choice([c for c in "abcdefghilmnoprstuy" if c != word[i]])
    return word[:i] + letter + (word[i:] if op == "i" else word[i + 1:])


def test_recall_at_10_with_a_typo(tmp_path):
    """2-4 words of a stored quote, one misspelt: the quote is in the top 10 (>= 95%)."""
    import random

    from store.text import words as index_words

    db, texts = _recall_db(tmp_path / "recall.db")
    rng = random.Random(5)
    tried = found = 0
    while tried < 120:
        source = rng.randrange(len(texts))
        ws = [w for w in index_words(texts[source]) if len(w) >= 4]
        k = rng.choice((2, 3, 4))
        picked = list(dict.fromkeys(rng.sample(ws, min(k, len(ws)))))
        if len(picked) < 2 or not any(len(w) >= 5 for w in picked):
            continue
        # a word set more than 10 quotes contain cannot single out its source: redraw
        if sum(all(w in index_words(t) for w in picked) for t in texts) > 10:
            continue
        i = rng.choice([j for j, w in enumerate(picked) if len(w) >= 5])
        picked[i] = _typo(picked[i], rng)
        hits = search_quotes(db, " ".join(picked), limit=10)
        tried += 1
        found += any(h.row.quote == texts[source] for h in hits)
    assert found / tried >= 0.95, (found, tried)


def test_transposed_letters_are_one_typo(sdb):
    """'fro' for 'for' is one slip, not two: short words with a swap are still corrected."""
    assert _quotes(search_quotes(sdb, "doah negotiatoins "))[0].startswith("The negotiations")
    assert _quotes(search_quotes(sdb, "retrun hostages "))[0].startswith("No agreement")


def test_typo_that_is_another_real_word(sdb):
    """'deal' typed as 'dead' (a real word elsewhere) still finds the quote with 'deal'."""
    ingest(sdb, make_article("c.txt", ["\u201cThe dead cannot wait,\u201d a mourner said."],
                             [{"quote": "The dead cannot wait,", "speaker": "a mourner"}]))
    hits = search_quotes(sdb, "closer dead ")
    assert _quotes(hits)[0] == "We are closer than ever to a ceasefire deal,"
    exact = search_quotes(sdb, "dead ")  # the exact word still comes first
    assert _quotes(exact)[0] == "The dead cannot wait,"


def test_exact_word_outranks_its_near_spellings(sdb):
    ingest(sdb, make_article("d.txt", ["\u201cHostage families met today,\u201d a source said."],
                             [{"quote": "Hostage families met today,", "speaker": "a source"}]))
    hits = search_quotes(sdb, "hostages ")
    assert _quotes(hits)[0] == "No agreement without the return of all hostages,"


def test_widened_words_never_raise_on_hostile_tails(sdb):
    for q in ["dead \ud800", "dead*", "dead OR", '"dead', "dead (", "d" * 300]:
        assert isinstance(search_quotes(sdb, q), list)


def test_one_letter_being_typed_waits_for_more(sdb):
    """A lone letter as a prefix would merge every word's doclist: show the recent list."""
    hits = search_quotes(sdb, "h")
    assert hits.total is None and len(hits) == 6  # the most recent quotes
    assert _quotes(search_quotes(sdb, "oxygen h")) == _quotes(search_quotes(sdb, "oxygen"))
    assert search_quotes(sdb, "a ").total is not None  # a finished one-letter word is searched


@pytest.mark.parametrize("cap", [0, 1, 24])
def test_word_starts_spelled_out_or_not_find_the_same(sdb, monkeypatch, cap):
    """Long word starts are searched as their vocabulary words when few; same results."""
    import store.search as search

    monkeypatch.setattr(search, "EXPAND_MAX", cap)
    assert set(_quotes(search_quotes(sdb, "negot"))) == {
        "Qatar is an enemy state and supports Hamas and its positions in the negotiations,",
        "The negotiations in Doha are constructive,"}
    assert _quotes(search_quotes(sdb, "hostges retu")) == [
        "No agreement without the return of all hostages,"]


def test_counts_with_filters(sdb):
    hits = search_quotes(sdb, "hamas", party="Israel", limit=1)
    assert hits.total == 2 and hits.more and len(hits) == 1
