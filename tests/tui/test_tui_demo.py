"""The app on the bundled demo corpus, as a new user sees it on first run."""
from __future__ import annotations

from store.citation import format_citation
from tui.app import NegotApp
from tui.widgets.quote_list import QuoteList
from tui_fixtures import settle


async def test_qatar_enemy_finds_smotrich_in_the_demo(demo_db_path):
    app = NegotApp(demo_db_path)
    async with app.run_test(size=(120, 40), notifications=True) as pilot:
        await settle(app, pilot)
        for ch in "qatar enemy":
            await pilot.press("space" if ch == " " else ch)
        await settle(app, pilot)
        results = app.screen.query_one("#results", QuoteList)
        top = results.rows[0]
        assert top.quote.startswith("Qatar is an enemy state")
        assert "Smotrich" in (top.speaker or "")
        await pilot.press("ctrl+y")
        await settle(app, pilot)
        assert app.clipboard == format_citation(top, "plain")


async def test_every_view_opens_on_the_demo(demo_db_path):
    app = NegotApp(demo_db_path)
    async with app.run_test(size=(120, 40), notifications=True) as pilot:
        await settle(app, pilot)
        await pilot.press("escape", "2")
        await settle(app, pilot)
        grid = app.screen.grid
        assert any(not grid.data.cell(i, c).empty for i in grid.rows for c in grid.columns)
        for key in ("j", "l", "enter", "j", "y", "escape", "h", "3", "j", "right_square_bracket", "G", "g", "f1",
                    "escape", "1"):
            await pilot.press(key)
            await pilot.pause()
        assert app.is_running and app.return_code is None
