"""store.stances: latest stance per issue x party, counts, change over time, faction splits."""
from __future__ import annotations

import pytest

from store.stances import (DEFAULT_PARTIES, OTHER, citable, evidence, issue_catalogue,
                           stance_grid, statements)
from store_factories import ingest, make_article


def _stmt(party, speaker, issue, stance, sentence, faction=None, quoted=True,
          speaker_party=None):
    """(paragraph, quote dict or None, position dict) for one statement."""
    if quoted:
        para = f"\u201c{sentence},\u201d {speaker} said."
        quote = {"quote": sentence + ",", "speaker": speaker,
                 "party": speaker_party or party, "faction": faction}
        pos = {"party": party, "speaker": speaker, "issue": issue, "stance": stance,
               "evidence": sentence, "quote": sentence + ","}
        return para, quote, pos
    para = f"{speaker} said that {sentence}."
    return para, None, {"party": party, "speaker": speaker, "issue": issue, "stance": stance,
                        "evidence": sentence}


def _article(name, published, stmts, **meta):
    paras, quotes, positions = [], [], []
    for para, quote, pos in stmts:
        paras.append(para)
        if quote:
            quotes.append(quote)
        positions.append(pos)
    return make_article(name, paras, quotes, positions=positions, published=published,
                        outlet=meta.pop("outlet", "Wire"), title=meta.pop("title", name),
                        **meta)


def articles():
    gov, hard = "Government", "Coalition hardliners"
    return [
        _article("a.txt", "2024-01-10", [
            _stmt("Israel", "Benjamin Netanyahu", "ceasefire", "supports",
                  "We support a pause to bring the hostages home", gov),
            _stmt("Hamas", "Osama Hamdan", "ceasefire", "demands",
                  "We demand a complete and permanent ceasefire"),
        ], outlet="Outlet A", title="January talks"),
        _article("b.txt", "2024-02-01", [
            _stmt("Israel", "Benjamin Netanyahu", "ceasefire", "rejects",
                  "We reject any deal that ends the war now", gov),
            _stmt("Israel", "Bezalel Smotrich", "ceasefire", "rejects",
                  "A ceasefire now would be a surrender", hard),
            _stmt("Hamas", "Osama Hamdan", "ceasefire", "demands",
                  "Our demand for a ceasefire stands"),
            _stmt("United Nations", "Antonio Guterres", "rafah-military-pressure", "opposes",
                  "An offensive on Rafah would be a catastrophe"),
            _stmt("Jordan", "Ayman Safadi", "rafah-military-pressure", "supports",
                  "pressure on Hamas may be needed", quoted=False),
            # a Smotrich quote gives Qatar's position: his faction is not Qatar's
            _stmt("Qatar", "Bezalel Smotrich", "talks-and-mediation", "supports",
                  "Qatar supports Hamas in the negotiations", hard, speaker_party="Israel"),
        ], outlet="Outlet B", title="February talks"),
        _article("c.txt", "2024-03-05", [
            _stmt("Israel", "Benjamin Netanyahu", "hostages", "demands",
                  "We demand the release of every hostage", gov),
            _stmt("Israel", "Itamar Ben Gvir", "hostages", "opposes",
                  "A hostage deal at this price is unacceptable", hard),
            _stmt("Israel", "Yoav Gallant", "hostages", "demands",
                  "Bringing the hostages home must come first", gov),
        ]),
        # no date anywhere: cannot be placed in time
        _article("d.txt", None, [
            _stmt("Hamas", "a Hamas official", "ceasefire", "demands",
                  "The movement wants the war to end"),
        ]),
    ]


@pytest.fixture
def filled(db):
    for article in articles():
        ingest(db, article)
    return db


def test_rows_follow_the_issues_file_and_columns_default_to_the_main_parties(filled):
    grid = stance_grid(filled)
    keys = [k for k, _ in issue_catalogue()]
    assert list(grid.issues[:len(keys)]) == keys
    assert {"ceasefire", "hostages", "prisoners", "return-north", "aid",
            "talks-and-mediation", "hamas-rule"} <= set(keys)
    assert grid.columns == (*DEFAULT_PARTIES, OTHER)
    assert grid.members[OTHER] == ("Jordan", "United Nations")  # by statements, then name
    assert dict(grid.parties)["Israel"] == 6
    assert grid.cell("prisoners", "Israel").empty


def test_latest_stance_date_and_backing(filled):
    grid = stance_grid(filled)
    cell = grid.cell("ceasefire", "Israel")
    assert (cell.latest_stance, cell.latest_date) == ("rejects", "2024-02-01")
    assert cell.total == 3 and cell.backing == 2  # two rejects; the January support is not
    assert dict(cell.counts) == {"rejects": 2, "supports": 1}
    latest = statements(filled, [cell.latest_id])[0]
    assert latest.speaker == "Bezalel Smotrich"  # same day: the later statement in the article
    hamas = grid.cell("ceasefire", "Hamas")
    # the undated statement is older than any dated one
    assert (hamas.latest_stance, hamas.latest_date, hamas.backing, hamas.total,
            hamas.undated) == ("demands", "2024-02-01", 3, 3, 1)


def test_change_over_time_lists_runs_with_dates(filled):
    cell = stance_grid(filled).cell("ceasefire", "Israel")
    assert cell.changed
    (change,) = cell.changes
    assert change.party == "Israel"
    assert [(r.stance, r.first, r.last, r.factions) for r in change.runs] == [
        ("supports", "2024-01-10", "2024-01-10", ("Government",)),
        ("rejects", "2024-02-01", "2024-02-01", ("Coalition hardliners", "Government"))]
    # demands then demands (and an undated demand) is no change
    assert not stance_grid(filled).cell("ceasefire", "Hamas").changed


def test_factions_that_disagree_split_the_cell_without_a_change(filled):
    cell = stance_grid(filled).cell("hostages", "Israel")
    assert cell.split and not cell.changed  # same day: a split, not a flip-flop
    sides = {s.name: (s.stance, s.date, s.count) for s in cell.sides}
    assert sides == {"Government": ("demands", "2024-03-05", 2),
                     "Coalition hardliners": ("opposes", "2024-03-05", 1)}
    # the day's majority (2 demands vs 1 opposes) speaks for the party
    assert cell.latest_stance == "demands" and cell.backing == 2
    # agreeing factions are no split
    assert not stance_grid(filled).cell("ceasefire", "Israel").split


def test_faction_is_only_given_to_its_own_party(filled):
    cell = stance_grid(filled).cell("talks-and-mediation", "Qatar")
    assert cell.total == 1 and cell.sides == ()
    (st,) = evidence(filled, "talks-and-mediation", ["Qatar"])
    assert st.faction is None and st.speaker == "Bezalel Smotrich"


def test_other_column_mixes_parties_and_says_which(filled):
    grid = stance_grid(filled)
    cell = grid.cell("rafah-military-pressure", OTHER)
    assert cell.total == 2 and cell.split_by == "party" and cell.split
    assert {s.name for s in cell.sides} == {"United Nations", "Jordan"}
    assert cell.latest_party in {"United Nations", "Jordan"}


def test_choosing_columns_folds_the_rest_into_other(filled):
    grid = stance_grid(filled, ["Hamas", "Jordan"])
    assert grid.columns == ("Hamas", "Jordan", OTHER)
    assert "Israel" in grid.members[OTHER] and "Jordan" not in grid.members[OTHER]
    assert grid.cell("ceasefire", OTHER).total == 3  # Israel's statements
    assert grid.cell("rafah-military-pressure", "Jordan").latest_stance == "supports"
    no_other = stance_grid(filled, ["Israel"], other=False)
    assert no_other.columns == ("Israel",) and OTHER not in no_other.members


def test_evidence_in_date_order_with_speaker_faction_and_source(filled):
    rows = evidence(filled, "ceasefire", ["Israel", "Hamas"])
    dates = [r.sort_date for r in rows]
    assert dates == ["2024-01-10", "2024-01-10", "2024-02-01", "2024-02-01", "2024-02-01", None]
    first = rows[0]
    assert first.speaker == "Benjamin Netanyahu" and first.faction == "Government"
    assert (first.outlet, first.title) == ("Outlet A", "January talks")
    assert first.quote.startswith("We support a pause")
    assert [r.id for r in evidence(filled, "ceasefire", ["Israel"], limit=2)] == \
        [r.id for r in rows if r.party == "Israel"][:2]
    assert evidence(filled, "ceasefire", []) == []


def test_citable_is_the_quote_else_the_sentence_as_the_outlets_words(filled):
    quoted = evidence(filled, "ceasefire", ["Israel"])[0]
    row = citable(filled, quoted)
    assert row.id == quoted.quote_id and row.speaker == "Benjamin Netanyahu"
    (unquoted,) = evidence(filled, "rafah-military-pressure", ["Jordan"])
    row = citable(filled, unquoted)
    assert row.kind == "evidence" and row.speaker is None
    assert row.quote == unquoted.evidence and row.outlet == "Outlet B"


def test_back_and_forth_makes_three_runs(db):
    stmts = [("2024-04-01", "supports"), ("2024-04-02", "demands"), ("2024-04-03", "opposes"),
             ("2024-04-04", "conditional")]
    for i, (day, stance) in enumerate(stmts):
        ingest(db, _article(f"e{i}.txt", day, [
            _stmt("Egypt", f"Official {i}", "aid", stance, f"Statement {i} about aid")]))
    cell = stance_grid(db).cell("aid", "Egypt")
    # demands after supports is the same way: one run
    assert [(r.stance, r.first, r.last, r.count) for r in cell.changes[0].runs] == [
        ("demands", "2024-04-01", "2024-04-02", 2), ("opposes", "2024-04-03", "2024-04-03", 1),
        ("conditional", "2024-04-04", "2024-04-04", 1)]


def test_one_query_on_a_large_store(db):
    """The grid comes from one grouped scan: thousands of statements stay quick."""
    import time

    conn = db.conn
    aid = conn.execute("INSERT INTO articles(name, content_hash, text) VALUES ('x', 'h', 't')"
                       ).lastrowid
    rows = [(aid, ("Israel", "Hamas", "Qatar", "Egypt", "Jordan")[i % 5],
             ("ceasefire", "hostages", "aid")[i % 3],
             ("demands", "supports", "opposes", "rejects", "conditional")[i % 5], f"s{i}",
             f"2024-{1 + i % 12:02d}-{1 + i % 28:02d}", i) for i in range(20000)]
    conn.executemany("INSERT INTO positions(article_id, party, issue, stance, evidence, "
                     "sort_date, start) VALUES (?, ?, ?, ?, ?, ?, ?)", rows)
    conn.commit()
    started = time.perf_counter()
    grid = stance_grid(db)
    elapsed = time.perf_counter() - started
    assert sum(grid.cell(i, c).total for i in grid.issues for c in grid.columns) == 20000
    assert elapsed < 2.0


def test_issues_missing_from_the_issues_file_come_after_it(db):
    ingest(db, _article("u.txt", "2024-05-01", [
        _stmt("Hamas", "Osama Hamdan", "zz-new-issue", "demands", "We demand the new thing")]))
    grid = stance_grid(db)
    keys = [k for k, _ in issue_catalogue()]
    assert list(grid.issues) == keys + ["zz-new-issue"]
    assert grid.cell("zz-new-issue", "Hamas").latest_stance == "demands"
    only = stance_grid(db, issues=["zz-new-issue"])
    assert only.issues == ("zz-new-issue",)
