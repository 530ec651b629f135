"""End to end: a hostile article file (Rich/Textual markup, ANSI and OSC escapes, OSC 52,
bidi and C1 controls, a very long line) goes through `negot-tui ingest` with the real
extractor; the store and every citation style hold no control characters, and the app
shows the quote literally in search, timeline, positions and the detail pane without
emitting any of the article's escape sequences (only the citation asked for reaches the
clipboard)."""
from __future__ import annotations

import base64
import json
import re
from pathlib import Path

import pytest

from store.citation import STYLES, format_citation
from store.db import open_db
from store.queries import get_quote
from tui.app import NegotApp
from tui.cli import main
from tui.widgets.quote_list import QuoteList
from tui_fixtures import settle

ESC = "\x1b"
LONG = " ".join(["the mediators went over the draft clause by clause"] * 400)  # ~20k chars
HOSTILE_ARTICLE = (
    f"title: [bold red]Hostile[/] {ESC}]0;PWNED\x07 headline\n"
    "published: 2024-09-05\n\n"
    "Negotiators met in Doha on Thursday.\n\n"
    f"\u201cWe reject [bold red]any deal[/] and [@click=app.quit]click here[/] "
    f"{ESC}]52;c;aGFja2Vk\x07 zephyrine {ESC}[31mred{ESC}[0m \u202eevil\u202c \u2066iso\u2069 "
    f"\x9b2J \x07 end of the ceasefire,\u201d Osama Hamdan said in a statement.\n\n"
    f"Benjamin Netanyahu told reporters: \u201cThe zephyrine plan [/] is {ESC}]52;c;ZXZpbA=="
    f"{ESC}\\ not acceptable {ESC}]8;;http://evil.example{ESC}\\link{ESC}]8;;{ESC}\\ "
    "for the hostages.\u201d\n\n"
    f"{LONG}, Khalil al-Hayya said: \u201cZephyrine talks {LONG[:3000]} will go on.\u201d\n"
)
# Anything a terminal would act on, or that reorders text: C0 (but tab/newline), DEL, C1, bidi.
CONTROL = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]")
MARKUP = ["[bold red]any deal[/]", "[@click=app.quit]click here[/]"]


@pytest.fixture(scope="module")
def hostile_db(tmp_path_factory) -> Path:
    root = tmp_path_factory.mktemp("hostile")
    (root / "articles").mkdir()
    (root / "articles" / "hostile.txt").write_text(HOSTILE_ARTICLE, encoding="utf-8")
    db = root / "h.db"
    assert main(["ingest", "--db", str(db), str(root / "articles")]) == 0
    return db


def _rows(db_path: Path) -> list:
    db = open_db(db_path, readonly=True)
    try:
        ids = [r[0] for r in db.conn.execute("SELECT id FROM quotes ORDER BY start")]
        return [get_quote(db, i) for i in ids]
    finally:
        db.close()


def test_store_holds_no_control_characters(hostile_db):
    db = open_db(hostile_db, readonly=True)
    try:
        for table in ("articles", "quotes", "reported", "positions", "speakers",
                      "speaker_aliases"):
            columns = [c.name for c in db[table].columns if c.type == "TEXT"]
            for row in db.conn.execute(f"SELECT {', '.join(columns)} FROM {table}"):
                for value in row:
                    assert not CONTROL.search(value or ""), (table, value)
        quotes = [r[0] for r in db.conn.execute("SELECT quote FROM quotes")]
    finally:
        db.close()
    first = next(q for q in quotes if "zephyrine" in q and "any deal" in q)
    for m in MARKUP:  # markup is data: kept verbatim, never interpreted or dropped
        assert m in first
    assert "]52;" not in first and "PWNED" not in "".join(quotes)


def test_every_citation_style_is_clean(hostile_db):
    rows = _rows(hostile_db)
    assert len(rows) >= 2
    for row in rows:
        for style in STYLES:
            citation = format_citation(row, style)
            assert citation and not CONTROL.search(citation), (style, citation)
            assert ESC not in citation


def test_cli_cite_and_search_print_no_escape(hostile_db, capsys):
    row = next(r for r in _rows(hostile_db) if "any deal" in r.quote)
    for style in STYLES:
        assert main(["cite", str(row.id), "--db", str(hostile_db), "--format", style]) == 0
    assert main(["search", "zephyrine", "--db", str(hostile_db)]) == 0
    assert main(["search", "zephyrine", "--db", str(hostile_db), "--jsonl"]) == 0
    out, err = capsys.readouterr()
    assert "any deal" in out
    assert not CONTROL.search(out) and not CONTROL.search(err)


def _terminal_output(app) -> str:
    """What the app would write to a real terminal for the current screen (headless
    drivers write nothing, so render the compositor's full update the same way)."""
    update = app.screen._compositor.render_update(full=True)
    return update.render_segments(app.console)


def _assert_terminal_safe(app) -> str:
    out = _terminal_output(app)
    assert f"{ESC}]52" not in out and f"{ESC}]0;" not in out and "PWNED" not in out
    assert "evil.example" not in out  # the article's OSC 8 link is not a link
    # no bidi controls or C1 reach the terminal; ESC only starts Textual's own CSI codes
    assert not re.search("[\x80-\x9f\u202a-\u202e\u2066-\u2069\x07]", out)
    assert not re.search(f"{ESC}[^\\[]", out.replace(f"{ESC}]8;", "")), "non-CSI escape"
    return out


async def test_app_shows_hostile_quote_literally_everywhere(hostile_db):
    app = NegotApp(hostile_db)
    written: list[str] = []
    async with app.run_test(size=(160, 50), notifications=True) as pilot:
        real_write = app._driver.write
        app._driver.write = lambda data: (written.append(data), real_write(data))[1]
        await settle(app, pilot)
        for ch in "zephyrine":
            await pilot.press(ch)
        await settle(app, pilot)
        # search: the list row and the detail pane
        results = app.screen.query_one("#results", QuoteList)
        assert len(results.rows) >= 2
        row = app.screen.current_row
        prompts = [opt.prompt.plain for opt in results.options]
        detail = str(app.screen.query_one("#detail .detail-body").content)
        target = next(p for p in prompts if "any deal" in p)
        for text in (target, detail) if "any deal" in detail else (target,):
            assert "[bold red]any deal[/]" in text and not CONTROL.search(text)
        screen_text = _assert_terminal_safe(app)
        assert "[bold red]any" in screen_text  # brackets drawn, not applied
        # the 3000-character quote from the 20k-character line: listed, shown whole, wrapped
        long_row = next(r for r in results.rows if len(r.quote) > 3000)
        results.highlighted = results.index_of_row(long_row.id)
        await settle(app, pilot)
        assert app.screen.current_row.id == long_row.id
        assert long_row.quote in str(app.screen.query_one("#detail .detail-body").content)
        _assert_terminal_safe(app)
        results.highlighted = results.index_of_row(row.id)
        await settle(app, pilot)
        # copy: exactly one OSC 52, carrying the citation asked for and nothing else
        await pilot.press("ctrl+y")
        await settle(app, pilot)
        osc52 = [w for w in written if w.startswith(f"{ESC}]52;")]
        assert len(osc52) == 1
        payload = base64.b64decode(osc52[0][len(f"{ESC}]52;c;"):-1]).decode("utf-8")
        assert payload == format_citation(row, app.citation_style) == app.clipboard
        assert not CONTROL.search(payload)
        # timeline: every row shown, the hostile ones literally
        await pilot.press("escape", "escape")  # clear the box, then to the list
        await pilot.press("3")
        await settle(app, pilot)
        timeline = app.screen.query_one("#timeline", QuoteList)
        shown = " ".join(opt.prompt.plain for opt in timeline.options)
        assert "[bold red]any deal[/]" in shown or "[bold red]any" in shown
        for index, item in enumerate(app.screen.rows):
            if "any deal" in item.quote:
                timeline.highlighted = timeline.index_of_row(item.id)
        await settle(app, pilot)
        detail = str(app.screen.query_one("#detail .detail-body").content)
        assert "[@click=app.quit]click here[/]" in detail
        _assert_terminal_safe(app)
        # positions: Hamas on the ceasefire, from the hostile quote
        await pilot.press("2")
        await settle(app, pilot)
        screen = app.screen
        await pilot.pause(0.2)
        await settle(app, pilot)
        assert screen.data is not None
        assert screen.data.cell("ceasefire", "Hamas").total >= 1
        while screen.grid.current != ("ceasefire", "Hamas"):
            before = screen.grid.current
            await pilot.press("j" if before[0] != "ceasefire" else "l")
            if screen.grid.current == before:
                break
        assert screen.grid.current == ("ceasefire", "Hamas")
        await pilot.press("enter")
        await settle(app, pilot)
        evidence = " ".join(opt.prompt.plain for opt in screen.evidence_list.options)
        assert "[bold red]any" in evidence and not CONTROL.search(evidence)
        detail = str(screen.query_one("#detail .detail-body").content)
        assert "[@click=app.quit]click here[/]" in detail
        _assert_terminal_safe(app)
        assert app.is_running and app.return_code is None  # [@click=app.quit] did nothing
    # nothing from the article ever went to the terminal as a sequence
    everything = "".join(written)
    assert "PWNED" not in everything and "aGFja2Vk" not in everything
    assert "ZXZpbA==" not in everything and "evil.example" not in everything


# -- search input: whatever is typed gives results or none, never an error ------------------

QUERIES = ['"', '""', "'", "(", ")", "((zephyrine", "zephyrine)", "AND", "OR", "NOT", "NEAR",
           "NEAR(", "NEAR(zephyrine plan", "zephyrine AND", "OR plan", "*", "zeph*", "*zeph",
           "^zephyrine", "quote:zephyrine", "-zephyrine", "+", "{zephyrine plan}",
           "zephyrine NEAR/2 plan", '"unterminated zephyrine', "zephyrine\x00plan", "\\",
           "[/]", "[bold]zephyrine[/bold]", "[@click=app.quit]x", "\x1b]52;c;aGk=\x07",
           "\u202ezephyrine", "%_%", "'; DROP TABLE quotes; --", "z" * 3000,
           "zephyrine " * 100, 'party:"', "speaker:", "@", "issue:(", "from:notadate zephyrine",
           "to:2024-13-45", "from: to:", 'zephyrine "plan', "ZEPHYRINE"]

# the box goes through the same store call as the CLI: a sample of each kind keeps it quick
TUI_QUERIES = ['"', "((zephyrine", "NEAR(", "zeph*", "*", "-zephyrine", "quote:zephyrine",
               "zephyrine NEAR/2 plan", '"unterminated zephyrine', "zephyrine\x00plan", "[/]",
               "[@click=app.quit]x", "\x1b]52;c;aGk=\x07", 'party:"', "issue:(",
               "from:notadate zephyrine", "z" * 3000]


def test_cli_search_any_query(hostile_db, capsys):
    for query in QUERIES:
        argv = ["search", "--db", str(hostile_db), "--jsonl", "--", query]
        assert main(argv) == 0, query
        out, err = capsys.readouterr()
        assert err == "", (query, err)
        assert not CONTROL.search(out), query
        for line in out.splitlines():  # every result is a well-formed JSON object
            assert json.loads(line)["id"] > 0
    assert main(["search", "--db", str(hostile_db), "--", 'OR "zephyrine" AND (plan*']) == 0
    assert "zephyrine plan" in capsys.readouterr().out  # operators are words, not syntax


def test_cli_search_bad_flags_are_one_line(hostile_db, capsys):
    for argv, message in [
            (["--from", "notadate"], "--from 'notadate': not a date"),
            (["--to", "2024-13-45"], "--to '2024-13-45': not a date"),
            (["--limit", "0"], "--limit 0: must be 1 or more")]:
        assert main(["search", "--db", str(hostile_db), "zephyrine", *argv]) == 2
        out, err = capsys.readouterr()
        assert err.startswith(f"negot-tui: {message}") and err.count("\n") == 1, err
    assert main(["search", "--db", str(hostile_db), "zephyrine", "--from", "2024-09",
                 "--to", "2024"]) == 0
    assert "any deal" in capsys.readouterr().out


async def test_tui_search_box_any_query(hostile_db):
    app = NegotApp(hostile_db)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(app, pilot)
        box = app.screen.query_one("#query")
        for ch in 'NEAR("zeph* AND (':  # typed key by key, as a user would
            await pilot.press(ch)
        await settle(app, pilot)
        for query in TUI_QUERIES:
            box.value = query
            await settle(app, pilot)
            status = str(app.screen.query_one("#search-status").content)
            assert not status.startswith("Search failed"), (query, status)
            assert not CONTROL.search(status), (query, status)
        box.value = 'OR "zephyrine" AND (plan*'
        await settle(app, pilot)
        rows = app.screen.query_one("#results", QuoteList).rows
        assert any("zephyrine plan" in row.quote for row in rows)
        assert app.is_running and app.return_code is None


def test_hostile_file_names_never_reach_the_terminal_raw(tmp_path, capsys):
    """File names come from whoever made the folder: `extract` and `ingest` print them
    (errors, progress, readable headers) without their escape sequences."""
    d = tmp_path / "names"
    d.mkdir()
    (d / f"{ESC}]0;PWNED\x07bad.txt").write_bytes(b"")
    (d / f"{ESC}]52;c;aGk=\x07good[red].txt").write_text(
        "Osama Hamdan said: \u201cWe will not accept it.\u201d\n", encoding="utf-8")
    assert main(["extract", str(d)]) == 1
    assert main(["extract", "--jsonl", str(d)]) == 1
    assert main(["ingest", "--db", str(tmp_path / "n.db"), str(d)]) == 1
    assert main(["search", "--db", str(d / f"{ESC}]0;X\x07.db"), "x"]) == 2
    out, err = capsys.readouterr()
    assert "We will not accept it." in out and "bad.txt: empty file" in err
    assert ESC not in out and ESC not in err and "\x07" not in out + err
