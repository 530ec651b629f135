"""Switching views, the positions columns, timeline navigation, help and quitting."""
from __future__ import annotations

from tui.app import NegotApp
from tui.screens.help import HelpScreen
from tui.screens.positions import PositionsScreen
from tui.screens.search import SearchScreen
from tui.screens.timeline import WINDOW, TimelineScreen, day_of
from tui.widgets.quote_list import QuoteList
from tui_fixtures import settle


async def test_keys_switch_views_outside_the_search_box(db_path):
    app = NegotApp(db_path)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(app, pilot)
        await pilot.press("2")  # typed into the search box, not a view switch
        await settle(app, pilot)
        assert isinstance(app.screen, SearchScreen)
        assert app.screen.query_one("#query").value == "2"
        await pilot.press("escape", "escape")  # clear, then move to the results
        assert app.screen.query_one("#results").has_focus
        await pilot.press("2")
        await pilot.pause()
        assert isinstance(app.screen, PositionsScreen)
        await pilot.press("3")
        await pilot.pause()
        assert isinstance(app.screen, TimelineScreen)
        await pilot.press("1")
        await pilot.pause()
        assert isinstance(app.screen, SearchScreen)


async def test_palette_commands_switch_views(db_path):
    app = NegotApp(db_path)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(app, pilot)
        titles = [c.title for c in app.get_system_commands(app.screen)]
        for wanted in ("Search view", "Positions view", "Timeline view", "Copy citation",
                       "Help", "Filter: Hamas"):
            assert wanted in titles
        timeline = next(c for c in app.get_system_commands(app.screen)
                        if c.title == "Timeline view")
        timeline.callback()
        await pilot.pause()
        assert isinstance(app.screen, TimelineScreen)


async def test_positions_grid_on_the_basic_fixture(db_path):
    """The shared fixture: Hamas's one position fills one cell; the hostile party is Other."""
    app = NegotApp(db_path)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(app, pilot)
        app.switch_mode("positions")
        await settle(app, pilot)
        screen = app.screen
        grid = screen.grid
        assert grid.columns == ["Israel", "Hamas", "Qatar", "Egypt", "United States", "Other"]
        assert grid.has_focus and grid.current == ("ceasefire", "Israel")
        assert grid.current_cell.empty and screen.current_row is None
        await pilot.press("l")
        cell = grid.current_cell
        assert (cell.latest_stance, cell.latest_date, cell.backing, cell.total) == (
            "rejects", "2024-10-27", 1, 1)
        # y copies the quote the position comes from
        assert screen.current_row.quote.startswith("We will not accept partial deals")
        detail = str(screen.query_one("#detail .detail-body").content)
        assert "Hamas \u00b7 Ceasefire" in detail and "Osama Hamdan" in detail
        assert screen.data.members["Other"] == ("[@click=app.quit]Party[/]",)


async def test_timeline_windows_days_first_last(big_db_path):
    app = NegotApp(big_db_path)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(app, pilot)
        app.switch_mode("timeline")
        await pilot.pause()
        screen = app.screen
        timeline = screen.query_one("#timeline", QuoteList)
        total = screen.total
        assert total == 360 and total > WINDOW
        # never every row in the widget
        assert len([r for r in timeline.rows if r is not None]) <= WINDOW
        # day headers are disabled options between groups
        assert timeline.rows[0] is None and timeline.options[0].disabled
        first = screen.current_row
        assert first.quote.startswith("Day 0 statement 0")
        dates = [day_of(r) for r in timeline.rows if r is not None]
        assert dates == sorted(dates)
        await pilot.press("j", "down")
        assert screen.current_row.quote.startswith("Day 0 statement 2")
        await pilot.press("k")
        assert screen.current_row.quote.startswith("Day 0 statement 1")
        await pilot.press("right_square_bracket")
        assert screen.current_row.quote.startswith("Day 1 statement 0")
        await pilot.press("n", "n")
        assert screen.current_row.quote.startswith("Day 3 statement 0")
        await pilot.press("j")
        await pilot.press("left_square_bracket")
        assert screen.current_row.quote.startswith("Day 2 statement 0")
        await pilot.press("p")
        assert screen.current_row.quote.startswith("Day 1 statement 0")
        await pilot.press("G")
        await pilot.pause()
        assert screen.current_row.quote.startswith("Day 39 statement 8")
        assert screen.window_start > 0
        await pilot.press("left_square_bracket")
        assert screen.current_row.quote.startswith("Day 38 statement 0")
        await pilot.press("g")
        await pilot.pause()
        assert screen.current_row.quote.startswith("Day 0 statement 0") and screen.window_start == 0
        # paging down past the window edge slides the window and keeps the place
        for _ in range(60):
            await pilot.press("pagedown")
            if screen.window_start > 0:
                break
        assert screen.window_start > 0
        for _ in range(5):
            await pilot.press("j")
        index = screen.window_start + screen.rows.index(screen.current_row)
        day, _, number = screen.current_row.quote.split()[1:4]
        assert index == int(day) * 9 + int(number)
        await pilot.press("pageup", "k")
        index = screen.window_start + screen.rows.index(screen.current_row)
        day, _, number = screen.current_row.quote.split()[1:4]
        assert index == int(day) * 9 + int(number)
        detail = str(screen.query_one("#detail .detail-body").content)
        assert screen.current_row.quote in detail


async def test_help_screen_and_quit(db_path):
    app = NegotApp(db_path)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(app, pilot)
        await pilot.press("question_mark")  # typed into the box: no help while typing
        await pilot.pause()
        assert not isinstance(app.screen, HelpScreen)
        await pilot.press("f1")
        await pilot.pause()
        assert isinstance(app.screen, HelpScreen)
        text = str(app.screen.query_one("#help-text").content)
        assert "ctrl+j" in text and "Timeline" in text and "party:" in text
        await pilot.press("escape")
        await pilot.pause()
        assert isinstance(app.screen, SearchScreen)
        await pilot.press("escape", "escape")  # clear "?" then go to the list
        await pilot.press("question_mark")
        await pilot.pause()
        assert isinstance(app.screen, HelpScreen)
        await pilot.press("question_mark")
        await pilot.pause()
        await pilot.press("q")
        await pilot.pause()
    assert app.return_code == 0


async def test_q_types_in_search_box(db_path):
    app = NegotApp(db_path)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(app, pilot)
        await pilot.press("q")
        await pilot.pause()
        assert app.is_running and app.screen.query_one("#query").value == "q"
        await pilot.press("ctrl+q")
        await pilot.pause()
    assert not app.is_running


def test_position_without_quote_cites_its_evidence_as_the_outlets_words():
    from store.citation import format_citation
    from store.queries import PositionRow
    from tui.screens.positions import evidence_row

    pos = PositionRow(id=7, party="Egypt", issue="ceasefire", stance="demands",
                      evidence="Egypt insists on a comprehensive ceasefire.", speaker="an official",
                      speaker_id=None, date="2024-10-25", article_id=1, article_name="a.txt",
                      title="T", outlet="Al-Qahera", url="https://x.test/a", published=None,
                      quote_id=None, start=0, end=10)
    row = evidence_row(pos)
    text = format_citation(row, "plain")
    assert text.startswith("\u201cEgypt insists on a comprehensive ceasefire.\u201d")
    assert "Al-Qahera" in text and "an official" not in text


async def test_timeline_party_filter_cycles(big_db_path):
    app = NegotApp(big_db_path)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(app, pilot)
        app.switch_mode("timeline")
        await pilot.pause()
        screen = app.screen
        await pilot.press("f")
        first = screen.party
        assert first is not None and 0 < screen.total < 360
        assert {r.party for r in screen.rows} == {first}
        assert f"party: {first}" in str(screen.query_one("#timeline-status").content)
        await pilot.press("G")
        assert screen.current_row.party == first
        for _ in range(10):
            await pilot.press("f")
            if screen.party is None:
                break
        assert screen.party is None and screen.total == 360


async def test_positions_grid_goes_borderless_when_narrow(db_path):
    app = NegotApp(db_path)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(app, pilot)
        app.switch_mode("positions")
        await pilot.pause()
        assert app.screen.has_class("-narrow")
        await pilot.resize_terminal(140, 40)
        await pilot.pause()
        assert not app.screen.has_class("-narrow")
