"""The positions view: issues x parties grid, evidence lists, markers, columns, filter, copy."""
from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest

from extract.records import Position
from store.citation import format_citation
from store.queries import get_quote
from tui.app import NegotApp
from tui.screens.columns import ColumnChooser
from tui.screens.positions import PositionsScreen
from tui_fixtures import (HOSTILE, HOSTILE_PARTY, HOSTILE_SPEAKER, _article, _with_position, build_db,
                          settle, toasts)

GOV, HARD = "Government", "Coalition hardliners"


def grid_articles():
    """Israel changes its ceasefire stance; its factions split on hostages; a hostile party."""
    a = _article("a.txt", {"title": "January talks", "outlet": "Outlet A",
                           "published": "2024-01-10"},
                 [("We support a pause to bring the hostages home", "Benjamin Netanyahu",
                   "Israel", GOV, "2024-01-10"),
                  ("We demand a complete and permanent ceasefire", "Osama Hamdan", "Hamas",
                   None, "2024-01-10")])
    a = _with_position(_with_position(a, 0, "ceasefire", "supports"), 1, "ceasefire", "demands")
    b = _article("b.txt", {"title": "February talks", "outlet": "Outlet B",
                           "url": "https://b.test/2", "published": "2024-02-01"},
                 [("We reject any deal that ends the war now", "Benjamin Netanyahu", "Israel",
                   GOV, "2024-02-01"),
                  ("A ceasefire now would be a surrender", "Bezalel Smotrich", "Israel", HARD,
                   "2024-02-01"),
                  ("The talks in Doha are constructive", "Majed al-Ansari", "Qatar", None,
                   "2024-02-01")])
    for i, (issue, stance) in enumerate([("ceasefire", "rejects"), ("ceasefire", "rejects"),
                                         ("talks-and-mediation", "supports")]):
        b = _with_position(b, i, issue, stance)
    # a position with no quote: the article's own sentence is the evidence
    b = replace(b, positions=[*b.positions, Position(
        article="b.txt", party="Egypt", speaker=None, issue="ceasefire", stance="demands",
        evidence="Egypt insists on a comprehensive ceasefire", date=None, start=0, end=10)])
    c = _article("c.txt", {"title": "March talks", "outlet": "Outlet C",
                           "published": "2024-03-05"},
                 [("We demand the release of every hostage", "Benjamin Netanyahu", "Israel",
                   GOV, "2024-03-05"),
                  ("A hostage deal at this price is unacceptable", "Itamar Ben Gvir", "Israel",
                   HARD, "2024-03-05"),
                  ("Bringing the hostages home must come first", "Yoav Gallant", "Israel", GOV,
                   "2024-03-05")])
    for i, stance in enumerate(["demands", "opposes", "demands"]):
        c = _with_position(c, i, "hostages", stance)
    hostile_quote = "Aid now " + " and ".join(HOSTILE) + " end"
    d = _article("d.txt", {"title": "[/ [b]Title[/b]", "outlet": "[@click=app.quit]Outlet[/]",
                           "published": "2024-03-10"},
                 [(hostile_quote, HOSTILE_SPEAKER, HOSTILE_PARTY, "[red]f[/red]",
                   "2024-03-10")])
    d = _with_position(d, 0, "aid", "demands")
    return [a, b, c, d]


@pytest.fixture
def grid_db(tmp_path: Path) -> Path:
    return build_db(tmp_path / "grid.db", grid_articles())


async def open_positions(app, pilot) -> PositionsScreen:
    await settle(app, pilot)
    await pilot.press("escape", "2")
    await settle(app, pilot)
    assert isinstance(app.screen, PositionsScreen)
    return app.screen


def grid_text(screen) -> str:
    return screen.grid.render().plain


def detail_text(screen) -> str:
    return str(screen.query_one("#detail .detail-body").content)


async def go(pilot, screen, issue: str, column: str) -> None:
    """Move the cursor to (issue, column) with the keys a user would press."""
    grid = screen.grid
    await pilot.press(*["k"] * len(grid.rows), *["h"] * len(grid.columns))
    await pilot.press(*["j"] * grid.rows.index(issue), *["l"] * grid.columns.index(column))
    assert grid.current == (issue, column)


async def test_grid_rows_are_issues_and_columns_parties(grid_db):
    from store.stances import issue_catalogue

    app = NegotApp(grid_db)
    async with app.run_test(size=(130, 44), notifications=True) as pilot:
        screen = await open_positions(app, pilot)
        grid = screen.grid
        assert grid.has_focus
        assert grid.rows == [k for k, _ in issue_catalogue()]
        assert {"ceasefire", "withdrawal", "hostages", "prisoners", "return-north", "aid",
                "rafah-military-pressure", "talks-and-mediation", "hamas-rule"} <= set(grid.rows)
        assert grid.columns == ["Israel", "Hamas", "Qatar", "Egypt", "United States", "Other"]
        text = grid_text(screen)
        header = text.splitlines()[0]
        for column in grid.columns:
            assert column in header
        for label in ("Ceasefire", "Hostages held in Gaza", "Humanitarian aid",
                      "Talks and mediation"):
            assert label in text
        shot = app.export_screenshot().replace("&#160;", " ")
        assert "United States" in shot and "Palestinian prisoners" in shot


async def test_cell_shows_latest_stance_date_and_count(grid_db):
    app = NegotApp(grid_db)
    async with app.run_test(size=(130, 44), notifications=True) as pilot:
        screen = await open_positions(app, pilot)
        lines = grid_text(screen).splitlines()
        ceasefire = [ln for ln in lines if ln.startswith("Ceasefire")][0]
        below = lines[lines.index(ceasefire) + 1]
        assert "rejects" in ceasefire and "changed" in ceasefire
        assert "2024-02-01 2/3" in below  # Israel: two rejects of three statements
        assert "2024-01-10 1/1" in below  # Hamas
        cell = screen.grid.current_cell
        assert (cell.issue, cell.column, cell.latest_stance) == ("ceasefire", "Israel", "rejects")
        detail = detail_text(screen)
        assert "Israel \u00b7 Ceasefire" in detail
        assert "2 of 3 statements are against it" in detail
        # y in the grid copies the latest statement's quote
        await pilot.press("y")
        await settle(app, pilot)
        assert app.clipboard.startswith("\u201cA ceasefire now would be a surrender")
        assert "Smotrich" in app.clipboard


async def test_hjkl_and_arrows_move_between_cells(grid_db):
    app = NegotApp(grid_db)
    async with app.run_test(size=(130, 44), notifications=True) as pilot:
        screen = await open_positions(app, pilot)
        grid = screen.grid
        assert grid.current == ("ceasefire", "Israel")
        await pilot.press("l")
        assert grid.current == ("ceasefire", "Hamas")
        await pilot.press("j", "j")
        assert grid.current == (grid.rows[2], "Hamas")
        await pilot.press("right", "down", "left", "up", "k")
        assert grid.current == (grid.rows[1], "Hamas")
        await pilot.press("h", "h")  # stops at the first column
        assert grid.current == (grid.rows[1], "Israel")
        await pilot.press("G")
        assert grid.current == (grid.rows[-1], "Israel")
        await pilot.press("g")
        assert grid.current == (grid.rows[0], "Israel")
        # the summary follows the cursor
        await go(pilot, screen, "talks-and-mediation", "Qatar")
        await pilot.pause()
        assert "Qatar \u00b7 Talks and mediation" in detail_text(screen)
        assert "The talks in Doha are constructive" in detail_text(screen)


async def test_click_moves_to_a_cell_and_double_click_opens_it(grid_db):
    app = NegotApp(grid_db)
    async with app.run_test(size=(130, 44), notifications=True) as pilot:
        screen = await open_positions(app, pilot)
        grid = screen.grid
        lw, cw = grid.label_width(), grid.col_width()
        row = grid.rows.index("talks-and-mediation")
        # +1: the grid's border; +1: the header row
        x, y = 1 + lw + 2 * cw + 2, 1 + 1 + row * 2
        await pilot.click(grid, offset=(x, y))
        await pilot.pause()
        assert grid.current == ("talks-and-mediation", "Qatar")
        assert not screen.evidence_open
        await pilot.click(grid, offset=(x, y), times=2)
        await pilot.pause()
        assert screen.evidence_open and screen.evidence_cell == ("talks-and-mediation", "Qatar")


async def test_enter_lists_evidence_in_date_order_and_esc_backs_out(grid_db):
    app = NegotApp(grid_db)
    async with app.run_test(size=(130, 44), notifications=True) as pilot:
        screen = await open_positions(app, pilot)
        await pilot.press("enter")
        await pilot.pause()
        evidence = screen.evidence_list
        assert evidence.has_focus and screen.has_class("-evidence")
        rows = evidence.rows
        assert [r.sort_date for r in rows] == ["2024-01-10", "2024-02-01", "2024-02-01"]
        assert [r.stance for r in rows] == ["supports", "rejects", "rejects"]
        first = evidence.options[0].prompt.plain
        assert "2024-01-10" in first and "supports" in first
        assert "Benjamin Netanyahu" in first and GOV in first
        assert "Outlet A \u2014 January talks" in first
        assert "We support a pause" in detail_text(screen)
        status = str(screen.query_one("#positions-status").content)
        assert "3 statements: Israel on Ceasefire" in status
        await pilot.press("escape")
        await pilot.pause()
        assert screen.grid.has_focus and not screen.has_class("-evidence")
        assert not screen.evidence_open


async def test_copy_from_evidence_uses_the_citation_keys(grid_db, no_native_clipboard):
    app = NegotApp(grid_db)
    async with app.run_test(size=(130, 44), notifications=True) as pilot:
        screen = await open_positions(app, pilot)
        await pilot.press("enter", "j")
        await pilot.pause()
        st = screen.evidence_list.current_row
        assert st.speaker == "Benjamin Netanyahu" and st.stance == "rejects"
        await pilot.press("y")
        await settle(app, pilot)
        quote = get_quote(app.db, st.quote_id)
        assert app.clipboard == format_citation(quote, "plain")
        assert no_native_clipboard[-1] == (["fakeclip"], app.clipboard)
        assert any("Copied plain citation" in t for t in toasts(app))
        await pilot.press("j", "c")
        await settle(app, pilot)
        assert app.clipboard.startswith("\u201cA ceasefire now would be a surrender")
        await pilot.press("Y", "y")  # next style, same keys
        await settle(app, pilot)
        assert app.citation_style != "plain"
        assert app.clipboard == format_citation(get_quote(app.db, screen.evidence_list
                                                          .current_row.quote_id),
                                                app.citation_style)
        # a statement without a quote copies its sentence as the outlet's words
        await pilot.press("escape")
        await go(pilot, screen, "ceasefire", "Egypt")
        await pilot.press("enter")
        await pilot.pause()
        app.citation_style = "plain"
        await pilot.press("y")
        await settle(app, pilot)
        assert "Egypt insists on a comprehensive ceasefire" in app.clipboard
        assert "Outlet B" in app.clipboard


async def test_change_and_split_markers_explain_themselves(grid_db):
    app = NegotApp(grid_db)
    async with app.run_test(size=(130, 44), notifications=True) as pilot:
        screen = await open_positions(app, pilot)
        detail = detail_text(screen)
        assert "Changed over time" in detail
        assert ("supports  2024-01-10 (Government) \u2192  rejects  2024-02-01 "
                "(Coalition hardliners, Government)") in detail
        await go(pilot, screen, "hostages", "Israel")
        await pilot.pause()
        lines = grid_text(screen).splitlines()
        hostages = [ln for ln in lines if ln.startswith("Hostages")][0]
        assert "demands" in hostages and "split" in hostages and "changed" not in hostages
        detail = detail_text(screen)
        assert "Factions disagree (split)" in detail
        assert "Government" in detail and HARD in detail
        gov = next(ln for ln in detail.splitlines() if ln.strip().startswith(GOV))
        hard = next(ln for ln in detail.splitlines() if ln.strip().startswith(HARD))
        assert "demands" in gov and "2024-03-05" in gov and "opposes" in hard
        # cells without either marker
        await go(pilot, screen, "talks-and-mediation", "Qatar")
        await pilot.pause()
        assert "Changed over time" not in detail_text(screen)
        assert "disagree" not in detail_text(screen)


async def test_choose_columns_persists_for_the_session(grid_db):
    app = NegotApp(grid_db)
    async with app.run_test(size=(130, 44), notifications=True) as pilot:
        screen = await open_positions(app, pilot)
        await pilot.press("t")
        await pilot.pause()
        chooser = app.screen
        assert isinstance(chooser, ColumnChooser)
        from textual.widgets import SelectionList

        selection = chooser.query_one(SelectionList)
        names = [selection.get_option_at_index(i).value for i in range(selection.option_count)]
        assert names[:5] == ["Israel", "Hamas", "Qatar", "Egypt", "United States"]
        assert HOSTILE_PARTY in names and names[-1] == "Other"
        assert set(selection.selected) == {"Israel", "Hamas", "Qatar", "Egypt",
                                           "United States", "Other"}
        # the state is in words, not only the tick's colour
        assert selection.get_option_at_index(2).prompt.plain.endswith("column")
        # untick Qatar (third), tick the hostile party
        await pilot.press("down", "down", "space")
        await pilot.pause()
        assert selection.get_option_at_index(2).prompt.plain == "Qatar  1 statement  in Other"
        selection.select(HOSTILE_PARTY)
        await pilot.press("escape")
        await settle(app, pilot)
        assert app.screen is screen
        assert screen.grid.columns == ["Israel", "Hamas", "Egypt", "United States",
                                       HOSTILE_PARTY, "Other"]
        assert app.position_columns == screen.grid.columns
        # Qatar folded into Other
        assert "Qatar" in screen.data.members["Other"]
        await go(pilot, screen, "talks-and-mediation", "Other")
        await pilot.pause()
        assert screen.grid.current_cell.latest_party == "Qatar"
        assert any("Columns: Israel, Hamas, Egypt" in t for t in toasts(app))
        # the choice survives a trip to another view
        await pilot.press("3")
        await pilot.pause()
        await pilot.press("2")
        await settle(app, pilot)
        assert screen.grid.columns[:2] == ["Israel", "Hamas"] and "Qatar" not in \
            screen.grid.columns
        # x folds the column under the cursor into Other
        await go(pilot, screen, "ceasefire", "Hamas")
        await pilot.press("x")
        await settle(app, pilot)
        assert "Hamas" not in screen.grid.columns
        assert "Hamas" in screen.data.members["Other"]
        # palette commands toggle columns too
        titles = {c.title: c for c in app.get_system_commands(screen)}
        assert "Positions: choose columns" in titles
        titles["Positions: show column Hamas"].callback()
        await settle(app, pilot)
        assert "Hamas" in app.screen.grid.columns
        # x on every column: the last one stays, with a warning
        for _ in range(10):
            await pilot.press("x")
            await settle(app, pilot)
        assert len(screen.grid.columns) == 1
        assert any("At least one column is needed" in t for t in toasts(app))


async def test_palette_column_command_works_from_another_view(grid_db):
    app = NegotApp(grid_db)
    async with app.run_test(size=(130, 44), notifications=True) as pilot:
        await settle(app, pilot)
        titles = {c.title: c for c in app.get_system_commands(app.screen)}
        titles["Positions: hide column Israel"].callback()
        await settle(app, pilot)
        await pilot.pause(0.2)
        assert isinstance(app.screen, PositionsScreen)
        assert app.screen.grid.columns == ["Hamas", "Qatar", "Egypt", "United States", "Other"]
        assert "Israel" in app.screen.data.members["Other"]
        groups = app.screen.groups
        titles["Positions: reload"].callback()
        await settle(app, pilot)
        await pilot.pause(0.2)
        assert app.screen.groups is not groups and app.screen.grid.columns[0] == "Hamas"
        titles["Positions: filter issues"].callback()
        await pilot.pause(0.2)
        assert app.screen.query_one("#issue-filter").has_focus


async def test_slash_filters_issue_rows(grid_db):
    app = NegotApp(grid_db)
    async with app.run_test(size=(130, 44), notifications=True) as pilot:
        screen = await open_positions(app, pilot)
        await pilot.press("slash")
        await pilot.pause()
        box = screen.query_one("#issue-filter")
        assert box.has_focus and box.display
        for ch in "host":
            await pilot.press(ch)
        await pilot.pause()
        assert screen.grid.rows == ["hostages"]
        await pilot.press("enter")
        await pilot.pause()
        assert screen.grid.has_focus and screen.grid.rows == ["hostages"]
        assert "1 of 9 issues (filter: host)" in str(screen.query_one("#positions-status")
                                                      .content)
        assert screen.grid.current == ("hostages", "Israel")
        # labels match too, several words all have to
        await pilot.press("slash", "ctrl+u")
        for ch in "gaza rule":
            await pilot.press("space" if ch == " " else ch)
        await pilot.pause()
        assert screen.grid.rows == ["hamas-rule"]
        await pilot.press("escape")  # clears the filter and goes back to the grid
        await pilot.pause()
        assert screen.grid.has_focus and len(screen.grid.rows) == 9
        await pilot.press("slash", "z", "z", "z", "enter")
        await pilot.pause()
        assert screen.grid.rows == [] and "No issue matches" in grid_text(screen)
        await pilot.press("enter", "y")  # nothing to open or copy: no crash
        await pilot.press("escape")
        await pilot.pause()
        assert len(screen.grid.rows) == 9 and app.is_running


async def test_hostile_strings_in_evidence_render_literally(grid_db, no_native_clipboard):
    app = NegotApp(grid_db)
    async with app.run_test(size=(130, 44), notifications=True) as pilot:
        screen = await open_positions(app, pilot)
        await go(pilot, screen, "aid", "Other")
        await pilot.pause()
        assert screen.grid.current_cell.latest_party == HOSTILE_PARTY
        detail = detail_text(screen)
        assert HOSTILE_PARTY in detail and HOSTILE_SPEAKER in detail
        await pilot.press("enter")
        await pilot.pause()
        prompt = screen.evidence_list.options[0].prompt.plain
        detail = detail_text(screen)
        for s in HOSTILE[:3]:
            assert s in prompt and s in detail
        for s in (HOSTILE_SPEAKER, HOSTILE_PARTY, "[red]f[/red]", "[@click=app.quit]Outlet[/]",
                  "[/ [b]Title[/b]"):
            assert s in prompt
        assert "\x1b" not in prompt and "\x1b" not in detail
        await pilot.press("y")
        await settle(app, pilot)
        st = screen.evidence_list.current_row
        assert app.clipboard == format_citation(get_quote(app.db, st.quote_id), "plain")
        assert any("[bold red]x[/]" in t for t in toasts(app))
        # the hostile party as a column: header, chooser and palette show it literally
        await pilot.press("escape")
        screen.set_columns(["Israel", HOSTILE_PARTY, "Other"])
        await settle(app, pilot)
        assert HOSTILE_PARTY in grid_text(screen).splitlines()[0][:80] or \
            HOSTILE_PARTY[:10] in grid_text(screen).splitlines()[0]
        await pilot.press("ctrl+p")
        await pilot.pause()
        for ch in "column":
            await pilot.press(ch)
        await settle(app, pilot)
        await pilot.press("escape")
        await pilot.pause()
        assert app.is_running and app.return_code is None
        assert "click=app.quit" in app.export_screenshot()


async def test_small_terminal_shows_a_window_that_follows_the_cursor(grid_db):
    app = NegotApp(grid_db)
    async with app.run_test(size=(80, 24), notifications=True) as pilot:
        screen = await open_positions(app, pilot)
        assert screen.has_class("-narrow")
        grid = screen.grid
        lines = grid_text(screen).splitlines()
        assert lines[0].startswith("Issue \u25bc")  # more issues below
        assert "\u25b6" in lines[0] and "Other" not in lines[0]  # more columns right
        await pilot.press("G", *["l"] * 5)
        await pilot.pause()
        assert grid.current == (grid.rows[-1], "Other")
        lines = grid_text(screen).splitlines()
        header = lines[0]
        assert header.startswith("Issue \u25b2") and "Other" in header and "\u25c0" in header
        assert "Israel" not in header  # scrolled right: the first columns are out of view
        assert any(line.startswith("Hamas rule in") for line in lines)  # labels stay
        await pilot.press("enter")  # the grid gets shorter: the cursor's row stays in view
        await pilot.pause()
        assert screen.evidence_open
        assert any(line.startswith("Hamas rule in") for line in grid_text(screen)
                   .splitlines())
        await pilot.press("escape", "g", "h")
        await pilot.pause()
        assert grid_text(screen).splitlines()[1].startswith("Ceasefire")


def test_cell_lines_fit_narrow_cells_without_losing_the_stance_word():
    from store.stances import Cell, Change, Run, Side
    from tui import render

    cell = Cell("ceasefire", "Israel", total=3341, counts=(("supports", 1331),),
                latest_id=1, latest_stance="conditional", latest_date="2024-12-28",
                backing=1331, changes=(Change("Israel", (Run("supports", "2024-01-01",
                                                             "2024-01-01", 1),
                                                         Run("conditional", "2024-12-28",
                                                             "2024-12-28", 1))),),
                sides=(Side("A", "supports", None, 1), Side("B", "rejects", None, 1)))
    wide = [line.plain for line in render.cell_lines(cell, 40)]
    assert wide == [" conditional changed split", "2024-12-28 1.3k/3.3k"]
    narrow = [line.plain for line in render.cell_lines(cell, 16)]
    assert narrow[0] == " COND chg split" and narrow[1] == "24-12-28 1.3k"
    undated = replace(cell, latest_date=None, changes=(), sides=())
    assert [line.plain for line in render.cell_lines(undated, 14)] == [" conditional ",
                                                                        "undated 1.3k"]
    assert [line.plain for line in render.cell_lines(None, 14)] == ["\u00b7", ""]
    assert [render.compact(n) for n in (7, 999, 1000, 12_345, 2_500_000)] == [
        "7", "999", "1.0k", "12k", "2.5M"]


async def test_a_failing_grid_load_is_reported_not_fatal(grid_db, monkeypatch):
    import store.stances

    def boom(db):
        raise RuntimeError("disk [/] gone")

    monkeypatch.setattr(store.stances, "load_groups", boom)
    app = NegotApp(grid_db)
    async with app.run_test(size=(130, 44), notifications=True) as pilot:
        screen = await open_positions(app, pilot)
        status = str(screen.query_one("#positions-status").content)
        assert "Positions could not be loaded: RuntimeError: disk [/] gone" in status
        await pilot.press("j", "enter", "y", "t")
        await pilot.pause()
        assert app.is_running
