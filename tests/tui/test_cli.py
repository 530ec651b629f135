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


# ------------------------------------------------------------ inputs, export, articles

FIXTURE_PAGE = __import__("pathlib").Path(__file__).parents[1] / "fixtures" / "doha_talks.html"


def _export(tmp_path):
    path = tmp_path / "export.jsonl"
    rows = [{"id": "a1", "body": ARTICLE.split("\n\n", 1)[1], "headline": "Doha",
             "source": "Wire", "date": "2024-05-27"},
            {"id": "a2", "body": "Hamas official Osama Hamdan said on Monday: \u201cWe will not "
                                 "accept any deal that does not end the war.\u201d"}]
    path.write_text("".join(json.dumps(r) + "\n" for r in rows) + "{oops\n", encoding="utf-8")
    return path


def test_extract_reads_html_and_exports(tmp_path, capsys):
    code = main(["extract", str(FIXTURE_PAGE), str(_export(tmp_path)), "--jsonl"])
    out, err = capsys.readouterr()
    assert code == 1, "the bad line is a failure"
    assert err.strip() == f"negot-tui: {tmp_path / 'export.jsonl'}: line 3: not valid JSON " \
                          "(Expecting property name enclosed in double quotes)"
    quotes = [json.loads(line) for line in out.splitlines()]
    quotes = [q for q in quotes if q["type"] == "quote"]
    assert [q["article"] for q in quotes] == ["doha_talks.html", "doha_talks.html",
                                             "export.jsonl#a1", "export.jsonl#a1",
                                             "export.jsonl#a2"]
    assert quotes[0]["date"] == "2024-05-26" and quotes[2]["date"] == "2024-05-26"
    assert quotes[4]["speaker"] == "Osama Hamdan" and quotes[4]["date"] is None


def test_command_line_metadata_overrides(tmp_path, article, capsys):
    assert main(["extract", str(article), "--published", "2 June 2024", "--outlet", "Mine"]) == 0
    out = capsys.readouterr().out
    assert out.startswith("== doha.txt | Mine | 2024-06-02 | Talks resume in Doha")
    assert "2024-06-02" in out.splitlines()[2], "'on Sunday' follows the given date"
    assert main(["extract", str(article), "--published", "someday"]) == 2
    assert capsys.readouterr().err.strip() == \
        "negot-tui: --published 'someday': not a date (try 2024-05-26)"


def test_ingest_export_with_columns(tmp_path, capsys):
    path = tmp_path / "mine.csv"
    path.write_text("story,paper\n\"\"\"We will not stop the war,\"\" Finance Minister Bezalel "
                    "Smotrich said.\",Paper\n", encoding="utf-8")
    db = tmp_path / "c.db"
    assert main(["--db", str(db), "ingest", str(path), "--text-column", "story",
                 "--outlet-column", "paper", "--published", "2024-05-27"]) == 0
    capsys.readouterr()
    assert main(["--db", str(db), "article", "list", "--jsonl"]) == 0
    (art,) = [json.loads(x) for x in capsys.readouterr().out.splitlines()]
    assert (art["name"], art["outlet"], art["published"], art["quotes"]) == \
        ("mine.csv#1", "Paper", "2024-05-27", 1)


@pytest.fixture
def stored(article, tmp_path, capsys):
    db = tmp_path / "s.db"
    assert main(["--db", str(db), "ingest", str(article), str(FIXTURE_PAGE)]) == 0
    capsys.readouterr()
    return db


def test_export_formats_and_file(stored, tmp_path, capsys):
    assert main(["--db", str(stored), "export", "quotes", "--format", "jsonl",
                 "--party", "Israel", "--from", "2024-05-26"]) == 0
    rows = [json.loads(x) for x in capsys.readouterr().out.splitlines()]
    assert rows and all(r["party"] == "Israel" and r["date"] >= "2024-05-26" for r in rows)
    assert main(["--db", str(stored), "export", "quotes", "--format", "jsonl",
                 "--from", "2024-05-27"]) == 0
    assert all(r["date"] >= "2024-05-27" for r in map(json.loads, capsys.readouterr().out.splitlines()))
    out = tmp_path / "q.md"
    assert main(["--db", str(stored), "export", "quotes", "enemy state", "--format", "markdown",
                 "-o", str(out)]) == 0
    assert capsys.readouterr().err.startswith("negot-tui: ")
    assert out.read_text(encoding="utf-8").startswith("> \u201cQatar is an enemy state")
    assert not list(tmp_path.glob(".*.partial"))
    assert main(["--db", str(stored), "export", "articles"]) == 0
    assert capsys.readouterr().out.startswith("id,name,title,outlet,url,published,author")
    assert main(["--db", str(stored), "export", "quotes", "--from", "2024-13"]) == 2
    assert "--from '2024-13': not a date" in capsys.readouterr().err
    assert main(["--db", str(stored), "article", "list", "--to", "May"]) == 2
    assert "--to 'May': not a date" in capsys.readouterr().err
    assert main(["--db", str(stored), "export", "positions", "qatar"]) == 2
    assert "QUERY applies to quotes only" in capsys.readouterr().err
    assert main(["--db", str(stored), "export", "quotes", "-o", str(tmp_path / "no" / "x.csv")]) == 2
    err = capsys.readouterr().err
    assert "cannot write" in err and len(err.strip().splitlines()) == 1


def test_article_set_moves_quote_dates(stored, capsys):
    assert main(["--db", str(stored), "article", "list"]) == 0
    listing = capsys.readouterr().out.splitlines()
    assert len(listing) == 2 and listing[0].split()[:2] == ["1", "2024-05-27"]
    assert main(["--db", str(stored), "article", "set", "1", "--published", "2024-06-12"]) == 0
    assert "record dates re-resolved" in capsys.readouterr().out
    assert main(["--db", str(stored), "export", "quotes", "--format", "jsonl"]) == 0
    rows = {r["quote"]: r for r in map(json.loads, capsys.readouterr().out.splitlines())
            if r["article_id"] == 1}
    assert rows["Qatar is an enemy state and supports Hamas,"]["date"] == "2024-06-09"
    # "he added" continues the Sunday statement, so its date moves with it
    assert rows["We will not stop the war,"]["date"] == "2024-06-09"
    assert main(["--db", str(stored), "article", "set", "7", "--title", "x"]) == 2
    assert "no article with id 7" in capsys.readouterr().err
    assert main(["--db", str(stored), "article", "set", "1"]) == 2


def test_database_opens_in_sqlite_utils(stored):
    import sqlite_utils

    db = sqlite_utils.Database(stored)
    assert db["quotes"].detect_fts() == "quotes_fts"
    assert db["reported"].detect_fts() == "reported_fts"
    hits = list(db["quotes"].search("qatar"))
    assert hits and all("Qatar" in h["quote"] for h in hits)
    assert {fk.other_table for fk in db["quotes"].foreign_keys} == {"articles", "speakers"}
    # datasette's own test for a table's search box (datasette.utils.detect_fts_sql)
    found = db.execute("""select name from sqlite_master where rootpage = 0 and
        sql like '%VIRTUAL TABLE%USING FTS%content="quotes"%'""").fetchall()
    assert found == [("quotes_fts",)]


ISSUES = '[issues.reconstruction]\nlabel = "Rebuilding Gaza"\nwords = ["reconstruction"]\n'


def test_user_issues_file_reaches_extract_and_ingest(tmp_path, capsys):
    art = tmp_path / "r.txt"
    art.write_text("Egypt demanded the reconstruction of Gaza.\n", encoding="utf-8")
    mine = tmp_path / "mine.toml"
    mine.write_text(ISSUES, encoding="utf-8")

    def positions(argv):
        assert main(argv) == 0
        out = capsys.readouterr().out
        return [(r["party"], r["issue"], r["stance"]) for r in map(json.loads, out.splitlines())
                if r["type"] == "position"]

    assert positions(["extract", str(art), "--jsonl"]) == []
    assert positions(["extract", str(art), "--jsonl", "--issues", str(mine)]) == [
        ("Egypt", "reconstruction", "demands")]
    db = tmp_path / "r.db"
    assert main(["ingest", str(art), "--db", str(db), "--issues", str(mine)]) == 0
    capsys.readouterr()
    assert main(["export", "positions", "--db", str(db), "--format", "jsonl"]) == 0
    rows = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert [(r["party"], r["issue"]) for r in rows] == [("Egypt", "reconstruction")]


def test_bad_issues_file_is_one_line(tmp_path, capsys):
    art = tmp_path / "r.txt"
    art.write_text("Egypt demanded the reconstruction of Gaza.\n", encoding="utf-8")
    bad = tmp_path / "bad.toml"
    bad.write_text("[issues.x\n", encoding="utf-8")
    assert main(["extract", str(art), "--issues", str(bad)]) == 2
    err = capsys.readouterr().err.strip()
    assert str(bad) in err and len(err.splitlines()) == 1


def test_extract_text_prints_a_transcript_line_as_name_colon(tmp_path, capsys):
    from tui.cli import main
    art = tmp_path / "t.txt"
    art.write_text("Interview\n\nFox News host Chris Wallace interviewed Indiana Gov. Mike Pence on Sunday.\n\n"
                   "WALLACE: Will she be at the debate?\n\nPENCE: She will not be attending.\n", encoding="utf-8")
    main(["extract", str(art)])
    out = capsys.readouterr().out
    assert "(reported) Mike Pence: She will not be attending." in out, out
