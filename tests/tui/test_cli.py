"""The command line: the `extract --jsonl` contract quality is measured through,
one-line errors, and --db handling."""
from __future__ import annotations

import json
import subprocess
import sys

import pytest

from tui.cli import main

ARTICLE = """title: Talks resume in Doha
outlet: Example News
published: 2024-05-27

"Qatar is an enemy state and supports Hamas," Finance Minister Bezalel Smotrich said on Sunday.
"We will not stop the war," he added.
"""

QUOTE_KEYS = {"type", "article", "quote", "speaker", "party", "faction", "date", "kind",
              "start", "end"}


@pytest.fixture
def article(tmp_path):
    path = tmp_path / "doha.txt"
    path.write_text(ARTICLE, encoding="utf-8")
    return path


def test_extract_jsonl_contract(article, capsys):
    assert main(["extract", str(article), "--jsonl"]) == 0
    records = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    quotes = [r for r in records if r["type"] == "quote"]
    assert [q["quote"] for q in quotes] == ["Qatar is an enemy state and supports Hamas,",
                                           "We will not stop the war,"]
    text = article.read_text(encoding="utf-8")
    for q in quotes:
        assert QUOTE_KEYS <= set(q)
        assert q["article"] == "doha.txt"
        assert text[q["start"]:q["end"]] == q["quote"]
        assert q["speaker"] == "Bezalel Smotrich"
        assert q["party"] == "Israel"
    assert all("paragraph" not in r for r in records), "context is for the store, not the JSONL"


def test_extract_readable_output(article, capsys):
    assert main(["extract", str(article)]) == 0
    out = capsys.readouterr().out
    assert "Bezalel Smotrich" in out and "Qatar is an enemy state" in out


def test_missing_file_is_one_line_error(tmp_path, capsys):
    missing = tmp_path / "nope.txt"
    code = main(["extract", str(missing), "--jsonl"])
    err = capsys.readouterr().err
    assert code != 0
    assert str(missing) in err and "Traceback" not in err
    assert len(err.strip().splitlines()) == 1


def test_explicit_db_must_exist(tmp_path, capsys):
    db = tmp_path / "none.db"
    assert main(["--db", str(db), "search", "qatar"]) == 2
    err = capsys.readouterr().err
    assert str(db) in err and len(err.strip().splitlines()) == 1
    assert not db.exists(), "reading must not create an explicit database"


def test_db_flag_before_or_after_command(article, tmp_path, capsys):
    db = tmp_path / "a.db"
    assert main(["--db", str(db), "ingest", str(article)]) == 0
    capsys.readouterr()
    assert main(["search", "enemy state", "--db", str(db), "--jsonl"]) == 0
    hits = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert hits and hits[0]["speaker"] == "Bezalel Smotrich"
    assert main(["--db", str(db), "cite", str(hits[0]["id"])]) == 0
    assert "Qatar is an enemy state" in capsys.readouterr().out


def test_unknown_citation_format(article, tmp_path, capsys):
    db = tmp_path / "a.db"
    main(["--db", str(db), "ingest", str(article)])
    capsys.readouterr()
    assert main(["--db", str(db), "cite", "1", "--format", "nonsense"]) == 2
    assert "nonsense" in capsys.readouterr().err


def test_help_does_not_import_textual():
    code = ("import sys\nfrom tui.cli import build_parser\nbuild_parser().format_help()\n"
            "bad = [m for m in ('textual', 'rich') if m in sys.modules]\nprint(bad)")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"


def test_app_refuses_missing_explicit_db(tmp_path, capsys):
    db = tmp_path / "project.db"
    assert main(["--db", str(db)]) == 2
    assert "no such database" in capsys.readouterr().err
    assert not db.exists()


def test_search_filters_from_the_shell(article, tmp_path, capsys):
    db = tmp_path / "a.db"
    assert main(["--db", str(db), "ingest", str(article)]) == 0
    capsys.readouterr()
    assert main(["--db", str(db), "search", "enemy", "--jsonl", "--party", "Israel"]) == 0
    assert capsys.readouterr().out.strip()
    assert main(["--db", str(db), "search", "enemy", "--jsonl", "--party", "Hamas"]) == 0
    assert capsys.readouterr().out.strip() == ""
    assert main(["--db", str(db), "search", "enemy", "--jsonl", "--to", "1999"]) == 0
    assert capsys.readouterr().out.strip() == ""
    assert main(["--db", str(db), "search", "enemy", "--jsonl", "--from", "1999",
                 "--issue", "no-such-issue"]) == 0
    assert capsys.readouterr().out.strip() == ""
