"""extract.formats: every input kind to documents with stable names and metadata."""
from __future__ import annotations

import csv
import json
import shutil
from pathlib import Path

import pytest

from extract.formats import (Document, ReadOptions, count_documents, iter_documents,
                             iter_input_files)

FIXTURE = Path(__file__).parents[1] / "fixtures" / "doha_talks.html"
BODY = "\"We will not stop the war,\" Finance Minister Bezalel Smotrich said on Sunday."


def collect(paths, options=None):
    errors: list[tuple[str, str]] = []
    docs = list(iter_documents(paths, options, on_error=lambda p, why: errors.append((p.name, why))))
    return docs, errors


def write_jsonl(path: Path, rows) -> Path:
    path.write_text("".join((r if isinstance(r, str) else json.dumps(r)) + "\n" for r in rows),
                    encoding="utf-8")
    return path


def test_plain_text_with_override(tmp_path):
    path = tmp_path / "a.txt"
    path.write_text("title: T\n\n" + BODY, encoding="utf-8")
    docs, errors = collect([path], ReadOptions(override={"outlet": "X"}))
    assert errors == []
    assert docs == [Document("a.txt", "title: T\n\n" + BODY, {"outlet": "X"}, path)]


def test_html_file_user_metadata_wins(tmp_path):
    docs, errors = collect([FIXTURE], ReadOptions(override={"published": "2024-06-01"}))
    (doc,) = docs
    assert errors == [] and doc.name == "doha_talks.html"
    assert doc.meta["published"] == "2024-06-01" and doc.meta["outlet"] == "Example News"
    assert "Qatar is an enemy state" in doc.text


def test_html_saved_without_suffix_is_sniffed(tmp_path):
    path = tmp_path / "saved_page"
    shutil.copy(FIXTURE, path)
    (doc,) = collect([path])[0]
    assert doc.meta["title"] == "Talks resume in Doha" and "<p>" not in doc.text


def test_jsonl_default_columns_names_and_bad_lines(tmp_path):
    path = write_jsonl(tmp_path / "export.jsonl", [
        {"body": BODY, "headline": "H1", "source": "Src", "link": "https://x.test/1",
         "published_at": "2024-05-27T08:00:00Z", "byline": "Jane Doe"},
        "",
        "{not json",
        [1, 2],
        {"body": "  "},
        {"content": BODY + " More.", "id": 17, "title": "H2", "date": None},
    ])
    docs, errors = collect([path])
    assert [d.name for d in docs] == ["export.jsonl#1", "export.jsonl#17"]
    assert docs[0].meta == {"title": "H1", "outlet": "Src", "url": "https://x.test/1",
                            "published": "2024-05-27T08:00:00Z", "author": "Jane Doe"}
    assert docs[1].meta == {"title": "H2"}
    assert [e[1].split(":")[0] for e in errors] == ["line 3", "line 4", "line 5"]
    assert "not valid JSON" in errors[0][1] and "not a JSON object" in errors[1][1]
    assert all(e[0] == "export.jsonl" and "\n" not in e[1] for e in errors)


def test_jsonl_columns_named_by_the_user(tmp_path):
    path = write_jsonl(tmp_path / "e.jsonl", [{"txt": BODY, "paper": "P", "when": "26 May 2024",
                                              "key": "k-1", "title": "ignored? no"}])
    opts = ReadOptions(columns={"text": "TXT", "outlet": "paper", "published": "when",
                                "id": "key"}, override={"title": "Mine"})
    (doc,) = collect([path], opts)[0]
    assert doc.name == "e.jsonl#k-1"
    assert doc.meta == {"title": "Mine", "outlet": "P", "published": "26 May 2024"}
    _, errors = collect([path], ReadOptions(columns={"text": "missing"}))
    assert errors == [("e.jsonl", "no column 'missing' (given by --text-column)")]


def test_jsonl_that_is_no_article_export_is_one_error(tmp_path):
    """A gold file or log in a folder of articles: one line for the file, not one per row."""
    path = write_jsonl(tmp_path / "quotes.jsonl", [{"article": "a.txt", "quote": "q"}] * 50)
    docs, errors = collect([path])
    assert docs == [] and len(errors) == 1 and errors[0][1].startswith("no text column")
    # a later row without text is that row's problem only
    mixed = write_jsonl(tmp_path / "m.jsonl", [{"text": BODY}, {"quote": "q"}, {"text": BODY}])
    docs, errors = collect([mixed])
    assert [d.name for d in docs] == ["m.jsonl#1", "m.jsonl#3"]
    assert errors == [("m.jsonl", "line 2: no text column (looked for text, body, content, "
                                  "full_text, maintext; name it with --text-column)")]


def test_csv_rows_with_newlines_and_big_fields(tmp_path):
    path = tmp_path / "export.csv"
    long_body = BODY + "\n\n" + ("word " * 40_000)
    with open(path, "w", encoding="utf-8-sig", newline="") as fh:
        w = csv.writer(fh)
        w.writerow(["Headline", "Text", "Site", "URL", "Date"])
        w.writerow(["First", "para one\r\n\r\n" + BODY, "Site A", "https://a.test", "2024-05-27"])
        w.writerow(["Empty", "", "Site B", "", ""])
        w.writerow(["Long", long_body, "", "", ""])
    docs, errors = collect([path])
    assert [d.name for d in docs] == ["export.csv#1", "export.csv#3"]
    assert docs[0].text == "para one\n\n" + BODY, "newlines normalised"
    assert docs[0].meta == {"title": "First", "outlet": "Site A", "url": "https://a.test",
                            "published": "2024-05-27"}
    assert docs[1].meta == {"title": "Long"} and len(docs[1].text) > 131072
    assert errors == [("export.csv", "row 2: empty 'Text'")]
    assert count_documents(path) == 3


def test_csv_without_text_column_is_one_file_error(tmp_path):
    path = tmp_path / "x.csv"
    path.write_text("a,b\n1,2\n", encoding="utf-8")
    docs, errors = collect([path])
    assert docs == []
    assert errors == [("x.csv", "no text column (looked for text, body, content, "
                                "full_text, maintext; name it with --text-column)")]


def test_tsv_and_undecodable_csv(tmp_path):
    tsv = tmp_path / "x.tsv"
    tsv.write_text("text\ttitle\n" + BODY.replace('"', "'") + "\tT\n", encoding="utf-8")
    (doc,) = collect([tsv])[0]
    assert doc.meta == {"title": "T"}
    bad = tmp_path / "bad.csv"
    bad.write_bytes(b"text\n\xff\xfe\xfa broken\n")
    docs, errors = collect([bad])
    assert docs == [] and errors == [("bad.csv", "not UTF-8 text (save the export as UTF-8)")]


def test_folders_take_text_and_pages_exports_only_by_name(tmp_path):
    (tmp_path / "sub").mkdir()
    shutil.copy(FIXTURE, tmp_path / "sub" / "page.htm")
    (tmp_path / "a.txt").write_text(BODY, encoding="utf-8")
    write_jsonl(tmp_path / "e.ndjson", [{"text": BODY}])
    (tmp_path / "notes.pdf").write_bytes(b"%PDF-1.4")
    (tmp_path / ".hidden.jsonl").write_text("{}", encoding="utf-8")
    names = [p.name for p in iter_input_files([tmp_path])]
    assert names == ["a.txt", "page.htm"], "gold files and logs in a folder are no articles"
    docs, errors = collect([tmp_path, tmp_path / "e.ndjson"])
    assert [d.name for d in docs] == ["a.txt", "page.htm", "e.ndjson#1"] and errors == []


@pytest.mark.parametrize("content, why", [(b"", "empty file"), (b"\x00" * 50, "binary")])
def test_bad_files_reported_once(tmp_path, content, why):
    path = tmp_path / "x.html"
    path.write_bytes(content)
    docs, errors = collect([path, tmp_path / "missing.jsonl"])
    assert docs == []
    assert errors[0][0] == "x.html" and why in errors[0][1]
    assert errors[1] == ("missing.jsonl", "no such file or directory")
