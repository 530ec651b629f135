"""Starting the app: database errors as one line (exit 2), demo corpus on first run,
and the fast paths (CLI help, store, extract) never importing Textual or Rich."""
from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from tui import app as app_module

PYTHON = sys.executable
NEGOT = str(Path(sys.executable).with_name("negot-tui"))


def _modules_after(code: str) -> set[str]:
    out = subprocess.run([PYTHON, "-c", code + "\nimport sys, json\n"
                          "print(json.dumps(sorted(sys.modules)))"],
                         capture_output=True, text=True, check=True, timeout=60)
    return set(json.loads(out.stdout.strip().splitlines()[-1]))


@pytest.mark.parametrize("code", ["import tui.cli",
                                  "import sys\nfrom tui.cli import main\n"
                                  "sys.argv = ['negot-tui', '--help']\n"
                                  "try:\n    main()\nexcept SystemExit:\n    pass"])
def test_cli_help_does_not_import_textual(code):
    mods = _modules_after(code)
    assert not {m for m in mods if m == "textual" or m.startswith("textual.")}
    assert "rich" not in mods


@pytest.mark.parametrize("package", ["store", "store.db", "store.queries", "store.search",
                                     "store.citation", "store.ingest", "store.demo",
                                     "extract", "extract.records", "extract.pipeline"])
def test_store_and_extract_import_neither_textual_nor_rich(package):
    mods = _modules_after(f"import {package}")
    assert not {m for m in mods if m.split(".")[0] in ("textual", "rich")}


def test_negot_tui_help_runs_without_textual():
    out = subprocess.run([NEGOT, "--help"], capture_output=True, text=True, timeout=60)
    assert out.returncode == 0 and "negot-tui" in out.stdout


def test_directory_as_db_is_one_line_exit_2(tmp_path, capsys):
    assert app_module.run_app(tmp_path) == 2
    err = capsys.readouterr().err.strip()
    assert err.startswith("negot-tui: ") and str(tmp_path) in err and "\n" not in err


def test_not_a_database_is_one_line_exit_2(tmp_path, capsys):
    bad = tmp_path / "notes.db"
    bad.write_text("this is not sqlite " * 100)
    assert app_module.run_app(bad) == 2
    err = capsys.readouterr().err.strip()
    assert str(bad) in err and "\n" not in err and "Traceback" not in err


def test_newer_schema_is_one_line_exit_2(db_path, capsys):
    import sqlite3

    conn = sqlite3.connect(db_path)
    conn.execute("UPDATE meta SET value = '999' WHERE key = 'schema_version'")
    conn.commit()
    conn.close()
    assert app_module.run_app(db_path) == 2
    err = capsys.readouterr().err.strip()
    assert "newer" in err and "\n" not in err


def test_cli_reports_bad_db_without_traceback(tmp_path):
    out = subprocess.run([NEGOT, "--db", str(tmp_path)], capture_output=True, text=True,
                         timeout=60)
    assert out.returncode == 2
    assert "Traceback" not in out.stderr and len(out.stderr.strip().splitlines()) == 1


def test_empty_db_gets_the_demo_corpus(tmp_path, monkeypatch):
    ran = []
    monkeypatch.setattr(app_module.NegotApp, "run", lambda self, **kw: ran.append(self))
    path = tmp_path / "new.db"
    assert app_module.run_app(path) == 0
    assert ran and ran[0].quote_total() > 0
