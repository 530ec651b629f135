"""One canonical speaker per person; unnamed sources kept as their own descriptors."""
from __future__ import annotations

import pytest

from store.queries import list_speakers, quotes_for_timeline
from store.search import search_quotes
from store.speakers import is_descriptor, name_key, strip_titles

from store_factories import ingest, make_article


def _one(name: str, speaker: str, party: str | None, quote: str, **kw):
    return make_article(name, [f"\u201c{quote},\u201d {speaker} said."],
                        [{"quote": f"{quote},", "speaker": speaker, "party": party, **kw}],
                        published="2024-10-0" + name[0])


SMOTRICH = ["Smotrich", "Bezalel Smotrich", "Finance Minister Bezalel Smotrich"]


@pytest.mark.parametrize("order", [(0, 1, 2), (2, 1, 0), (1, 0, 2), (0, 2, 1)])
def test_name_variants_merge_in_any_order(db, order):
    for n, i in enumerate(order, 1):
        ingest(db, _one(f"{n}.txt", SMOTRICH[i], "Israel", f"Statement number {n} about Qatar"))
    speakers = list_speakers(db)
    assert len(speakers) == 1
    sp = speakers[0]
    assert sp.name == "Bezalel Smotrich" and sp.quotes == 3
    assert set(sp.aliases) >= {"Smotrich"}
    # every quote shows the canonical name, whichever form its article used
    assert {r.speaker for r in quotes_for_timeline(db)} == {"Bezalel Smotrich"}


def test_fuller_name_renames_and_search_follows(db):
    ingest(db, _one("1.txt", "Smotrich", "Israel", "Qatar is an enemy state"))
    assert [h.row.speaker for h in search_quotes(db, "bezalel")] == []
    ingest(db, _one("2.txt", "Bezalel Smotrich", "Israel", "Negotiations alone will not work"))
    hits = search_quotes(db, "bezalel ")
    assert {h.row.quote for h in hits} == {"Qatar is an enemy state,",
                                          "Negotiations alone will not work,"}


def test_other_party_is_another_speaker(db):
    ingest(db, _one("1.txt", "Ahmed Hamad", "Hamas", "We want a deal"))
    ingest(db, _one("2.txt", "Hamad", "Egypt", "Talks continue"))
    assert len(list_speakers(db)) == 2


def test_ambiguous_surname_not_merged(db):
    ingest(db, _one("1.txt", "Ghazi Hamad", "Hamas", "First statement"))
    ingest(db, _one("2.txt", "Ali Hamad", "Hamas", "Second statement"))
    ingest(db, _one("3.txt", "Hamad", "Hamas", "Third statement"))
    names = sorted(s.name for s in list_speakers(db))
    assert names == ["Ali Hamad", "Ghazi Hamad", "Hamad"]


def test_different_first_names_stay_apart(db):
    ingest(db, _one("1.txt", "Benny Gantz", "Israel", "One"))
    ingest(db, _one("2.txt", "Benjamin Gantz", "Israel", "Two"))
    assert len(list_speakers(db)) == 2


def test_descriptors_stay_themselves(db):
    ingest(db, _one("1.txt", "a senior Hamas official", "Hamas", "No partial deal"))
    ingest(db, _one("2.txt", "a senior Hamas official", "Hamas", "Still no partial deal"))
    ingest(db, _one("3.txt", "an Israeli official", "Israel", "Pressure works"))
    ingest(db, _one("4.txt", "a senior official", "Israel", "Maybe"))
    ingest(db, _one("5.txt", "a senior official", "Hamas", "Perhaps"))
    rows = {(s.name, s.party): s.quotes for s in list_speakers(db)}
    assert rows == {("a senior Hamas official", "Hamas"): 2, ("an Israeli official", "Israel"): 1,
                    ("a senior official", "Israel"): 1, ("a senior official", "Hamas"): 1}


def test_descriptor_never_merges_with_a_name(db):
    ingest(db, _one("1.txt", "Osama Hamdan", "Hamas", "One"))
    ingest(db, _one("2.txt", "a Hamas official", "Hamas", "Two"))
    assert len(list_speakers(db)) == 2


def test_faction_filled_later(db):
    ingest(db, _one("1.txt", "Smotrich", "Israel", "One"))
    ingest(db, _one("2.txt", "Bezalel Smotrich", "Israel", "Two", faction="Coalition hardliners"))
    (sp,) = list_speakers(db)
    assert sp.faction == "Coalition hardliners"


def test_unattributed_quote_has_no_speaker(db):
    ingest(db, _one("1.txt", "someone", None, "Who said this"))
    art = make_article("2.txt", ["\u201cNobody knows,\u201d it was said."],
                       [{"quote": "Nobody knows,", "speaker": None, "party": None}])
    ingest(db, art)
    rows = {r.quote: r for r in quotes_for_timeline(db)}
    assert rows["Nobody knows,"].speaker is None and rows["Nobody knows,"].speaker_id is None


@pytest.mark.parametrize("name,expected", [
    ("a senior Hamas official", True), ("an Egyptian source", True), ("officials", True),
    ("Several mediators", True), ("Bezalel Smotrich", False), ("Hamas", False),
    ("Prime Minister's Office", False)])
def test_is_descriptor(name, expected):
    assert is_descriptor(name) is expected


def test_title_stripping():
    assert strip_titles("Finance Minister Bezalel Smotrich") == "Bezalel Smotrich"
    assert strip_titles("US Secretary of State Antony Blinken") == "Antony Blinken"
    assert strip_titles("Head of the Hamas Political Bureau Ismail Haniyeh") == "Ismail Haniyeh"
    assert strip_titles("Hamas") == "Hamas"  # nothing left after titles: keep the name
    assert name_key("Itamar Ben-Gvir") == name_key("Itamar Ben Gvir") == "itamar ben gvir"
