"""CSV export of hostile article text: no cell starts a spreadsheet formula."""
from __future__ import annotations

import csv
import io

from store.export import write_csv
from tui.cli import main


def test_formula_cells_are_neutralised():
    rows = [{"id": 1, "quote": '=HYPERLINK("http://evil.example","x")', "speaker": "+1 caller",
             "party": "@party", "title": "-2 dead", "url": "\t=cmd", "start": -3},
            {"id": 2, "quote": "We reject it = no.", "speaker": None, "party": "Hamas",
             "title": "a-b", "url": "http://ok.example", "start": 4}]
    out = io.StringIO()
    assert write_csv(rows, rows[0].keys(), out) == 2
    got = list(csv.DictReader(io.StringIO(out.getvalue())))
    assert got[0]["quote"] == '\'=HYPERLINK("http://evil.example","x")'
    assert got[0]["speaker"] == "'+1 caller" and got[0]["party"] == "'@party"
    assert got[0]["title"] == "'-2 dead" and got[0]["url"] == "'\t=cmd"
    assert got[0]["start"] == "-3"  # numbers are numbers, not text
    assert got[1] == {"id": "2", "quote": "We reject it = no.", "speaker": "", "party": "Hamas",
                      "title": "a-b", "url": "http://ok.example", "start": "4"}


def test_export_command_end_to_end(tmp_path, capsys):
    (tmp_path / "a.txt").write_text('Osama Hamdan said: \u201c=HYPERLINK("http://evil.example",'
                                    '"click") is our answer.\u201d\n', encoding="utf-8")
    db = tmp_path / "n.db"
    assert main(["ingest", "--db", str(db), str(tmp_path / "a.txt")]) == 0
    capsys.readouterr()
    assert main(["export", "quotes", "--db", str(db), "--format", "csv"]) == 0
    rows = list(csv.DictReader(io.StringIO(capsys.readouterr().out)))
    assert rows and all(not v.startswith(("=", "+", "-", "@")) for r in rows for v in r.values())
    assert rows[0]["quote"].startswith("'=HYPERLINK(")


def test_markdown_never_links_a_non_web_url():
    from dataclasses import replace

    from store.citation import format_citation
    from store.queries import QuoteRow
    from store.text import md_url

    assert md_url("javascript:alert(1)") is None and md_url("data:text/html,x") is None
    assert md_url("https://example.org/a b<c>") == "https://example.org/a%20b%3Cc%3E"
    row = QuoteRow(id=1, quote="We reject it.", speaker="Osama Hamdan", speaker_id=1,
                   party="Hamas", faction=None, date=None, kind="full", article_id=1,
                   article_name="a.txt", title="Talks", outlet="Example", url="javascript:alert(1)",
                   published="2024-05-27", paragraph="", start=0, end=13, cue="said")
    md = format_citation(row, "markdown")
    assert "javascript:" not in md and "](" not in md
    assert "](<https://example.org/x>)" in format_citation(replace(row, url="https://example.org/x"),
                                                            "markdown")
