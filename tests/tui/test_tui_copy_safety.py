"""Copying citations, and article strings that look like markup or escapes shown literally."""
from __future__ import annotations

from store.citation import format_citation
from tui.app import NegotApp
from tui.screens.help import HelpScreen
from tui.widgets.quote_list import QuoteList
from tui_fixtures import HOSTILE, HOSTILE_SPEAKER, settle, toasts


async def test_y_copies_plain_citation_and_says_how(db_path, no_native_clipboard):
    app = NegotApp(db_path)
    async with app.run_test(size=(120, 40), notifications=True) as pilot:
        await settle(app, pilot)
        for ch in "qatar enemy":
            await pilot.press("space" if ch == " " else ch)
        await settle(app, pilot)
        row = app.screen.current_row
        assert row.speaker == "Bezalel Smotrich"
        await pilot.press("ctrl+y")  # works while typing
        await settle(app, pilot)
        expected = format_citation(row, "plain")
        assert app.clipboard == expected
        assert no_native_clipboard == [(["fakeclip"], expected)]
        assert any("Copied plain citation of \u201cQatar is an enemy" in t and "OSC 52" in t
                   and "fakeclip" in t for t in toasts(app))
        # y and c from the list
        await pilot.press("escape", "escape", "escape")
        app.copy_to_clipboard("")
        await pilot.press("escape")
        assert app.screen.query_one("#results").has_focus
        await pilot.press("c")
        await settle(app, pilot)
        assert app.clipboard == format_citation(app.screen.current_row, "plain")
        # Y changes the style used by y
        await pilot.press("Y", "y")
        await settle(app, pilot)
        assert app.citation_style != "plain"
        assert app.clipboard == format_citation(app.screen.current_row, app.citation_style)


async def test_copy_reports_native_failure(db_path, monkeypatch):
    import tui.clipboard as clipboard

    monkeypatch.setattr(clipboard, "run_native", lambda argv, text, timeout=2: "exit status 1")
    app = NegotApp(db_path)
    async with app.run_test(size=(120, 40), notifications=True) as pilot:
        await settle(app, pilot)
        await pilot.press("ctrl+y")
        await settle(app, pilot)
        assert app.clipboard  # OSC 52 still sent
        assert any("OSC 52" in t and "fakeclip failed (exit status 1)" in t for t in toasts(app))


async def test_hostile_strings_render_literally_in_every_view(db_path, no_native_clipboard):
    app = NegotApp(db_path)
    async with app.run_test(size=(120, 40), notifications=True) as pilot:
        await settle(app, pilot)
        for ch in "hostile":
            await pilot.press(ch)
        await settle(app, pilot)
        row = app.screen.current_row
        assert row is not None and row.speaker == HOSTILE_SPEAKER
        prompt = app.screen.query_one("#results", QuoteList).options[0].prompt.plain
        detail = str(app.screen.query_one("#detail .detail-body").content)
        for s in HOSTILE[:3]:
            assert s in prompt and s in detail
        assert "\x1b" not in prompt and "\x1b" not in detail
        assert "[@click=app.quit]Outlet[/]" in detail and "[/ [b]Title[/b]" in detail
        # the copy toast quotes the hostile text literally
        await pilot.press("ctrl+y")
        await settle(app, pilot)
        assert app.clipboard == format_citation(row, "plain")
        assert any("Hostile [bold red]x[/]" in t for t in toasts(app))
        # positions: the hostile party lands in "Other", its evidence shown literally
        await pilot.press("escape", "escape")
        await pilot.press("2")
        await settle(app, pilot)
        screen = app.screen
        assert screen.data.members["Other"] == ("[@click=app.quit]Party[/]",)
        await pilot.press("j", "j", *["l"] * 5)  # hostages x Other
        assert screen.grid.current == ("hostages", "Other")
        await pilot.press("enter")
        await pilot.pause()
        prompt = screen.evidence_list.options[0].prompt.plain
        assert "[/bold]Mr [red]X" in prompt and "[@click=app.quit]Party[/]" in prompt
        assert screen.current_row.speaker == HOSTILE_SPEAKER
        detail = str(screen.query_one("#detail .detail-body").content)
        assert "[@click=app.quit]Party[/]" in detail and HOSTILE[0] in detail
        await pilot.press("y")
        await settle(app, pilot)
        assert app.clipboard == format_citation(screen.current_row, "plain")
        await pilot.press("3", "G")
        await pilot.pause()
        assert app.screen.current_row.speaker == HOSTILE_SPEAKER
        await pilot.press("f1")
        await pilot.pause()
        assert isinstance(app.screen, HelpScreen)
        await pilot.press("escape")
        # the app survived every render (a MarkupError would have ended it)
        assert app.is_running and app.return_code is None
        await pilot.pause()
        screenshot = app.export_screenshot()
        assert "click=app.quit" in screenshot


async def test_hostile_query_and_filters_are_shown_literally(db_path):
    app = NegotApp(db_path)
    async with app.run_test(size=(120, 40), notifications=True) as pilot:
        await settle(app, pilot)
        app.screen.query_one("#query").value = 'party:"[zz/" speaker:[@click=app.quit]x[/] [b]q[/b] \x1b[2J'
        await settle(app, pilot)
        status = str(app.screen.query_one("#search-status").content)
        assert "party: [zz/" in status and "speaker: [@click=app.quit]x[/]" in status
        assert "\x1b" not in status
        assert app.is_running
