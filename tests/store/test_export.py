"""store.export: the same rows as a search, as CSV, JSON Lines and Markdown; articles list/set."""
from __future__ import annotations

import csv
import io
import json

import pytest

from store.articles import list_articles, update_article
from store.db import open_db
from store.export import (ARTICLE_KEYS, POSITION_KEYS, QUOTE_KEYS, iter_articles,
                          iter_positions, iter_quotes, write)
from store.ingest import ingest_paths
from store.queries import get_quote

A = """title: Talks | resume
outlet: Example *News*
url: https://x.test/a
published: 2024-05-27

"Qatar is an enemy state and supports Hamas," Finance Minister Bezalel Smotrich said on Sunday.
"We will not stop the war," Smotrich told Army Radio last week.
"""
B = """outlet: Gulf Daily
published: 2024-06-04

"We will not accept any deal that does not end the war," Hamas official Osama Hamdan said on 2 June 2024.
"""


@pytest.fixture
def db(tmp_path):
    (tmp_path / "a.txt").write_text(A, encoding="utf-8")
    (tmp_path / "b.txt").write_text(B, encoding="utf-8")
    db = open_db(tmp_path / "x.db")
    summary = ingest_paths(db, [tmp_path / "a.txt", tmp_path / "b.txt"])
    assert summary.added == 2
    return db


def as_text(rows, kind, fmt) -> str:
    out = io.StringIO()
    write(rows, kind, fmt, out)
    return out.getvalue()


def test_quotes_filters_and_order(db):
    rows = list(iter_quotes(db))
    assert [r["speaker"] for r in rows] == ["Bezalel Smotrich", "Bezalel Smotrich", "Osama Hamdan"]
    assert rows[0]["date"] == rows[0]["quote_date"] == "2024-05-26"
    assert rows[1]["quote_date"] is None and rows[1]["date"] == "2024-05-27", "falls back to published"
    assert all(tuple(r) == QUOTE_KEYS for r in rows)
    assert [r["speaker"] for r in iter_quotes(db, party="hamas")] == ["Osama Hamdan"]
    assert len(list(iter_quotes(db, speaker="Bezalel Smotrich", date_to="2024-05-26"))) == 1
    assert list(iter_quotes(db, date_from="2024-06")) == [rows[2]]
    assert list(iter_quotes(db, issue="no-such-issue")) == []
    found = list(iter_quotes(db, "qatr enemy"))  # fuzzy, as search
    assert found[0]["quote"].startswith("Qatar is an enemy state")
    assert list(iter_quotes(db, limit=1)) == rows[:1]


def test_csv_round_trips(db):
    text = as_text(iter_quotes(db), "quotes", "csv")
    parsed = list(csv.DictReader(io.StringIO(text)))
    assert tuple(parsed[0]) == QUOTE_KEYS and len(parsed) == 3
    assert parsed[1]["quote_date"] == "" and parsed[0]["title"] == "Talks | resume"
    positions = list(csv.DictReader(io.StringIO(as_text(iter_positions(db), "positions", "csv"))))
    assert positions and tuple(positions[0]) == POSITION_KEYS
    articles = list(csv.DictReader(io.StringIO(as_text(iter_articles(db), "articles", "csv"))))
    assert [a["quotes"] for a in articles] == ["2", "1"] and tuple(articles[0]) == ARTICLE_KEYS


def test_jsonl(db):
    lines = as_text(iter_quotes(db), "quotes", "jsonl").splitlines()
    first = json.loads(lines[0])
    assert first["quote"] == "Qatar is an enemy state and supports Hamas,"
    assert first["party"] == "Israel" and first["url"] == "https://x.test/a"


def test_markdown_quotes_are_literal(db):
    text = as_text(iter_quotes(db, party="Israel", limit=1), "quotes", "markdown")
    assert text == (
        "> \u201cQatar is an enemy state and supports Hamas\u201d\n>\n"
        "> \u2014 **Bezalel Smotrich** (Israel, Coalition hardliners), "
        "[Talks \\| resume](<https://x.test/a>), *Example \\*News\\**, 2024-05-26 (quote 1)\n")


def test_markdown_tables(db):
    text = as_text(iter_articles(db), "articles", "markdown")
    lines = text.splitlines()
    assert lines[0] == "| id | published | outlet | title | url | quotes | positions |"
    assert lines[2].startswith("| 1 | 2024-05-27 | Example \\*News\\* | Talks \\| resume | "
                               "<https://x.test/a> | 2 |")
    assert lines[3].startswith("| 2 | 2024-06-04 | Gulf Daily | b.txt |")
    pos = as_text(iter_positions(db), "positions", "markdown").splitlines()
    assert pos[0] == "| date | party | issue | stance | speaker | evidence | source |"
    assert all(line.count(" | ") == 6 for line in pos[2:])


def test_unknown_format(db):
    with pytest.raises(ValueError, match="unknown export format"):
        as_text(iter_quotes(db), "quotes", "xml")


def test_article_list_and_set_redates_in_place(db):
    arts = list_articles(db)
    assert [(a.id, a.published, a.quotes) for a in arts] == [(1, "2024-05-27", 2), (2, "2024-06-04", 1)]
    before = {r["id"]: r for r in iter_quotes(db)}
    result = update_article(db, 1, {"published": "2024-06-12", "outlet": "Fixed"})
    assert result.changed == ("outlet", "published") and result.redated == 1
    assert result.unmatched == 0
    after = {r["id"]: r for r in iter_quotes(db)}
    assert set(after) == set(before), "ids kept: citations stay valid"
    assert after[1]["quote_date"] == "2024-06-09", "'on Sunday' re-resolved against the new date"
    assert after[2]["quote_date"] is None and after[2]["date"] == "2024-06-12"
    assert after[1]["outlet"] == "Fixed" and get_quote(db, 2).when == "2024-06-12"
    # the timeline order follows the new dates
    assert [r["id"] for r in iter_quotes(db)] == [3, 1, 2]
    # an explicit date ("on 2 June 2024") does not move with the publication date
    update_article(db, 2, {"published": "2024-07-01"})
    assert get_quote(db, 3).date == "2024-06-02"
    assert update_article(db, 1, {"outlet": "Fixed"}).changed == ()
    assert update_article(db, 99, {"outlet": "x"}) is None
    cleared = update_article(db, 1, {"published": None})
    assert cleared.changed == ("published",)
    assert get_quote(db, 1).date is None and get_quote(db, 1).when is None
