"""Search view: typing finds quotes, matches are highlighted, filters narrow, keys move."""
from __future__ import annotations

from tui.app import NegotApp
from tui.screens.search import SearchScreen, parse_query, resolve
from tui.widgets.quote_list import QuoteList
from tui_fixtures import settle


async def type_query(app, pilot, text: str) -> None:
    app.screen.query_one("#query").value = ""
    await pilot.press(*text) if False else None
    for ch in text:
        await pilot.press("space" if ch == " " else ch)
    await settle(app, pilot)


def rows(app) -> list:
    return [r for r in app.screen.query_one("#results", QuoteList).rows if r is not None]


async def test_typing_finds_smotrich_quote_with_highlight(db_path):
    app = NegotApp(db_path)
    async with app.run_test(size=(120, 40), notifications=True) as pilot:
        await settle(app, pilot)
        assert isinstance(app.screen, SearchScreen)
        await type_query(app, pilot, "qatar enemy")
        found = rows(app)
        assert found, "no results for 'qatar enemy'"
        assert found[0].quote.startswith("Qatar is an enemy state")
        assert found[0].speaker == "Bezalel Smotrich"
        prompt = app.screen.query_one("#results", QuoteList).options[0].prompt
        styled = {prompt.plain[s.start:s.end].lower() for s in prompt.spans}
        assert any("qatar" in s for s in styled) and any("enemy" in s for s in styled)
        status = str(app.screen.query_one("#search-status").content)
        assert "result" in status
        # the detail pane follows the highlighted result
        detail = str(app.screen.query_one("#detail .detail-body").content)
        assert "Bezalel Smotrich" in detail and "The Cradle" in detail


async def test_party_filter_syntax_and_cycle(db_path):
    app = NegotApp(db_path)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(app, pilot)
        await type_query(app, pilot, "party:hamas")
        assert rows(app) and {r.party for r in rows(app)} == {"Hamas"}
        app.screen.query_one("#query").value = ""
        await settle(app, pilot)
        assert len({r.party for r in rows(app)}) > 1
        await pilot.press("ctrl+f")  # first party in the cycle
        await settle(app, pilot)
        parties = {r.party for r in rows(app)}
        assert len(parties) == 1 and app.screen.party_filter in parties
        status = str(app.screen.query_one("#search-status").content)
        assert f"party: {app.screen.party_filter}" in status


async def test_arrow_and_ctrl_j_move_while_typing(db_path):
    app = NegotApp(db_path)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(app, pilot)
        results = app.screen.query_one("#results", QuoteList)
        query = app.screen.query_one("#query")
        assert query.has_focus and results.highlighted == 0
        await pilot.press("down")
        assert results.highlighted == 1
        await pilot.press("ctrl+j")
        assert results.highlighted == 2
        await pilot.press("ctrl+k")
        assert results.highlighted == 1
        assert query.has_focus  # still typing
        assert app.screen.current_row is results.rows[1]
        await pilot.press("enter")
        await pilot.pause()
        assert app.screen.focused.id == "detail"
        await pilot.press("escape")
        assert query.has_focus


def test_parse_query_filters():
    q = parse_query('qatar  party:Hamas speaker:"ben gvir" enemy')
    assert (q.text, q.party, q.speaker) == ("qatar enemy", "Hamas", "ben gvir")
    assert parse_query("@smotrich deal").speaker == "smotrich"
    assert parse_query("p:qa").party == "qa"
    assert resolve("qa", ["Israel", "Qatar"]) == "Qatar"
    assert resolve("united", ["Israel", "United States"]) == "United States"
    assert resolve(None, ["Israel"]) is None


async def test_speaker_filter_syntax_and_cycle(db_path):
    app = NegotApp(db_path)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(app, pilot)
        await type_query(app, pilot, "speaker:smotrich")
        assert rows(app) and {r.speaker for r in rows(app)} == {"Bezalel Smotrich"}
        status = str(app.screen.query_one("#search-status").content)
        assert "speaker: Bezalel Smotrich" in status
        app.screen.query_one("#query").value = ""
        await settle(app, pilot)
        await pilot.press("ctrl+r")
        await settle(app, pilot)
        speakers = {r.speaker for r in rows(app)}
        assert len(speakers) == 1 and app.screen.speaker_filter in speakers


async def test_stale_results_are_dropped(db_path):
    from tui.messages import SearchDone

    app = NegotApp(db_path)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(app, pilot)
        await type_query(app, pilot, "qatar enemy")
        before = rows(app)
        screen = app.screen
        stale = SearchDone(screen.generation - 1, "oxygen", [(r, []) for r in before * 3], False)
        screen.post_message(stale)
        await pilot.pause()
        assert rows(app) == before  # an older generation never replaces newer results


async def test_results_load_more_near_the_end(big_db_path):
    """Only a page is shown at first; the cursor or scrolling near the end appends the next."""
    app = NegotApp(big_db_path)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(app, pilot)
        await type_query(app, pilot, "hostage deal")
        results = app.screen.query_one("#results", QuoteList)
        assert len(rows(app)) == 50
        first = rows(app)
        results.highlighted = len(results.rows) - 1  # cursor at the last row
        await settle(app, pilot)
        assert len(rows(app)) == 100 and rows(app)[:50] == first
        assert results.highlighted == 49  # the cursor stays where it was
        results.scroll_end(animate=False, immediate=True)  # mouse-wheel style, cursor unmoved
        await settle(app, pilot)
        assert len(rows(app)) == 150
        assert len({r.id for r in rows(app)}) == 150
        assert "top 150 shown" in str(app.screen.query_one("#search-status").content)
        await type_query(app, pilot, "statement 3 ")  # a new query starts again at one page
        assert 0 < len(rows(app)) <= 50


async def test_recent_list_pages_too(big_db_path):
    app = NegotApp(big_db_path)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(app, pilot)
        results = app.screen.query_one("#results", QuoteList)
        assert len(rows(app)) == 50
        results.highlighted = 45
        await settle(app, pilot)
        whens = [r.when for r in rows(app)]
        assert len(whens) == 100 and whens == sorted(whens, reverse=True)


def test_parse_query_issue_and_dates():
    q = parse_query('deal issue:hostage-release from:2024-08 to:"2024-09" @smotrich')
    assert (q.text, q.issue, q.date_from, q.date_to, q.speaker) == (
        "deal", "hostage-release", "2024-08", "2024-09", "smotrich")
    assert q.extra() == {"issue": "hostage-release", "date_from": "2024-08", "date_to": "2024-09"}
    assert parse_query("back to the future").text == "back to the future"  # no colon, no filter


async def test_date_filter_syntax(big_db_path):
    app = NegotApp(big_db_path)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(app, pilot)
        await type_query(app, pilot, "statement from:2024-02-01 to:2024-02-05")
        found = rows(app)
        assert found and {r.when for r in found} <= {f"2024-02-0{d}" for d in range(1, 6)}
        status = str(app.screen.query_one("#search-status").content)
        assert "dates: 2024-02-01 to 2024-02-05" in status
