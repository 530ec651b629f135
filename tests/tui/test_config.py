"""tui.config: the settings file, and the app and `cite` starting from its citation style."""
from __future__ import annotations

import pytest

from tui.config import DEFAULT_STYLE, config_path, load_config


def write(tmp_path, text: str):
    path = tmp_path / "config.toml"
    path.write_text(text, encoding="utf-8")
    return path


def test_missing_file_means_defaults(tmp_path):
    config = load_config(tmp_path / "none.toml")
    assert (config.citation_style, config.clipboard_cmd, config.problems) == (DEFAULT_STYLE, None, ())


def test_values_read(tmp_path):
    config = load_config(write(tmp_path, 'citation_style = "APA"\nclipboard_cmd = " tmux load-buffer -w - "\n'))
    assert config.citation_style == "apa"
    assert config.clipboard_cmd == "tmux load-buffer -w -"
    assert config.problems == ()


@pytest.mark.parametrize("text, fragment", [
    ('citation_style = "mla"\n', "citation_style 'mla' is not one of"),
    ("citation_style = 3\n", "citation_style 3"),
    ('clipboard_cmd = ""\n', "clipboard_cmd must be a non-empty string"),
    ('colour = "red"\n', "unknown setting 'colour'"),
    ("citation_style = \n", "not valid TOML"),
])
def test_bad_settings_fall_back_with_one_line_each(tmp_path, text, fragment):
    config = load_config(write(tmp_path, text))
    assert config.citation_style == DEFAULT_STYLE
    assert len(config.problems) == 1 and fragment in config.problems[0]
    assert "\n" not in config.problems[0] and str(tmp_path) in config.problems[0]


def test_undecodable_file(tmp_path):
    path = tmp_path / "config.toml"
    path.write_bytes(b"citation_style = '\xff\xfe'")
    config = load_config(path)
    assert config.citation_style == DEFAULT_STYLE and "cannot read" in config.problems[0]


def test_env_names_the_file(tmp_path):
    path = tmp_path / "mine.toml"
    assert config_path({"NEGOT_TUI_CONFIG": str(path)}) == path
    assert config_path({}).name == "config.toml"


def test_cite_uses_configured_style(tmp_path, monkeypatch, capsys):
    from tui.cli import main

    article = tmp_path / "a.txt"
    article.write_text('title: Talks\noutlet: Example News\npublished: 2024-05-27\n\n'
                       '"Qatar is an enemy state," Finance Minister Bezalel Smotrich said.\n',
                       encoding="utf-8")
    db = tmp_path / "a.db"
    assert main(["--db", str(db), "ingest", str(article)]) == 0
    monkeypatch.setenv("NEGOT_TUI_CONFIG", str(write(tmp_path, 'citation_style = "markdown"\n')))
    capsys.readouterr()
    assert main(["--db", str(db), "cite", "1"]) == 0
    assert capsys.readouterr().out.startswith("> \u201cQatar is an enemy state\u201d")
    assert main(["--db", str(db), "cite", "1", "--format", "plain"]) == 0
    assert capsys.readouterr().out.startswith("\u201cQatar")


async def test_app_starts_from_configured_style(db_path, tmp_path, monkeypatch, no_native_clipboard):
    from store.citation import STYLES, format_citation
    from tui.app import NegotApp

    monkeypatch.setenv("NEGOT_TUI_CONFIG", str(write(
        tmp_path, 'citation_style = "bibtex"\nclipboard_cmd = "mycopy --in"\n')))
    app = NegotApp(db_path)
    async with app.run_test(size=(120, 40), notifications=True) as pilot:
        await pilot.pause()
        await app.workers.wait_for_complete()
        assert app.citation_style == "bibtex"
        app.action_cycle_style()  # what Y does
        assert app.citation_style == STYLES[(STYLES.index("bibtex") + 1) % len(STYLES)]
        row = app.screen.current_row
        assert row is not None
        app.action_copy_citation()
        await pilot.pause()
        await app.workers.wait_for_complete()
        await pilot.pause()
        citation = format_citation(row, app.citation_style)
        assert app.clipboard == citation
        # the configured command is the native tool, even where none would be found
        assert no_native_clipboard == [(["mycopy", "--in"], citation)]
        assert any("via terminal (OSC 52) and mycopy" in str(n.message)
                   for n in app._notifications)


async def test_failed_copy_says_where_the_citation_is(db_path, tmp_path, monkeypatch):
    import tui.clipboard as clipboard
    from tui.app import NegotApp

    monkeypatch.setenv("NEGOT_TUI_CONFIG", str(tmp_path / "none.toml"))
    monkeypatch.setattr(clipboard, "run_native", lambda argv, text, timeout=2: "exit status 1")
    app = NegotApp(db_path)
    async with app.run_test(size=(120, 40), notifications=True) as pilot:
        await pilot.pause()
        await app.workers.wait_for_complete()
        row = app.screen.current_row
        app.action_copy_citation()
        await pilot.pause()
        await app.workers.wait_for_complete()
        await pilot.pause()
        messages = [str(n.message) for n in app._notifications]
        hint = f"`negot-tui --db {db_path} cite {row.id} --format plain`"
        assert any("fakeclip failed (exit status 1)" in m and hint in m for m in messages), messages


async def test_app_says_when_config_is_broken(db_path, tmp_path, monkeypatch):
    from tui.app import NegotApp

    monkeypatch.setenv("NEGOT_TUI_CONFIG", str(write(tmp_path, 'citation_style = "mla"\n')))
    app = NegotApp(db_path)
    async with app.run_test(size=(120, 40), notifications=True) as pilot:
        await pilot.pause()
        assert app.citation_style == DEFAULT_STYLE
        assert any("citation_style 'mla'" in str(n.message) for n in app._notifications)
