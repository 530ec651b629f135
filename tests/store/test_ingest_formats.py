"""ingest_paths over exports and pages: one article per row, idempotent, progress per document."""
from __future__ import annotations

import json
from pathlib import Path

from extract.formats import ReadOptions
from store.db import open_db
from store.ingest import ingest_paths
from store.queries import get_article

PAGE = Path(__file__).parents[1] / "fixtures" / "doha_talks.html"
ROW = "\"We will not stop the war,\" Finance Minister Bezalel Smotrich said on Sunday."


def test_rows_pages_progress_and_reingest(tmp_path):
    export = tmp_path / "e.jsonl"
    export.write_text(json.dumps({"text": ROW, "date": "May 27, 2024", "source": "Wire"}) + "\n"
                      + "[]\n" + json.dumps({"text": ROW + " Again."}) + "\n", encoding="utf-8")
    db = open_db(tmp_path / "x.db")
    progress, errors = [], []
    summary = ingest_paths(db, [export, PAGE], on_progress=lambda d, t, p: progress.append((d, t, p.name)),
                           on_error=lambda p, why: errors.append((p.name, why)),
                           options=ReadOptions(override={"author": "Desk"}))
    assert (summary.added, summary.failed, summary.skipped) == (3, 1, 0)
    assert errors == [("e.jsonl", "line 2: not a JSON object")]
    assert progress == [(1, 4, "e.jsonl#1"), (2, 4, "e.jsonl#3"), (3, 4, "doha_talks.html")]
    first = get_article(db, 1)
    assert (first.name, first.outlet, first.published, first.author) == \
        ("e.jsonl#1", "Wire", "2024-05-27", "Desk")
    date = db.conn.execute("SELECT date FROM quotes WHERE article_id = 1").fetchone()[0]
    assert date == "2024-05-26", "'on Sunday' resolved against the row's date"
    page = get_article(db, 3)
    assert (page.title, page.outlet, page.url) == ("Talks resume in Doha", "Example News",
                                                   "https://news.example.com/doha-talks")
    assert "<p>" not in page.text
    again = ingest_paths(db, [export, PAGE])
    assert (again.added, again.skipped) == (0, 3)


def test_id_with_a_slash(tmp_path):
    export = tmp_path / "e.jsonl"
    export.write_text(json.dumps({"id": "news/12", "text": ROW}) + "\n", encoding="utf-8")
    seen = []
    summary = ingest_paths(open_db(tmp_path / "x.db"), [export],
                           on_progress=lambda d, t, p: seen.append(str(p)))
    assert summary.added == 1 and seen == [f"{export}#news/12"]
