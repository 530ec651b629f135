"""extract.html: a saved page's main text and metadata, through trafilatura."""
from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from extract import extract_article
from extract.html import HtmlError, looks_like_html, read_html

PAGE = Path(__file__).parents[1] / "fixtures" / "doha_talks.html"


def test_main_text_and_metadata_from_meta_tags():
    doc = read_html(PAGE.read_bytes())
    assert doc.meta == {"title": "Talks resume in Doha", "outlet": "Example News",
                        "url": "https://news.example.com/doha-talks", "published": "2024-05-27",
                        "author": "Jane Doe"}
    paragraphs = doc.text.split("\n\n")
    assert paragraphs[1].startswith("\"Qatar is an enemy state and supports Hamas,\" Finance")
    assert "Subscribe" not in doc.text and "Home" not in doc.text, "navigation and footer dropped"


def test_str_input_and_extraction_with_page_date():
    doc = read_html(PAGE.read_text(encoding="utf-8"))
    result = extract_article(doc.text, "doha_talks.html", meta_override=doc.meta)
    first = result.quotes[0]
    assert (first.speaker, first.party) == ("Bezalel Smotrich", "Israel")
    assert first.date == "2024-05-26", "'on Sunday' resolved against the page's date"
    assert doc.text[first.start:first.end] == first.quote


def test_json_ld_and_missing_fields():
    page = """<html><head><title>Hamas studies proposal</title>
    <script type="application/ld+json">{"@context": "https://schema.org", "@type": "NewsArticle", "headline": "Hamas studies proposal",
     "datePublished": "2024-06-04T10:00:00+03:00", "publisher": {"@type": "Organization", "name": "Gulf Daily"}}
    </script></head><body><article>
    <p>Hamas official Osama Hamdan said the group would study any proposal that ends the war
    and brings about a full withdrawal of Israeli forces from the Gaza Strip.</p>
    <p>"We will not accept any deal that does not end the war," Hamdan told reporters in Beirut on Monday.</p>
    </article></body></html>"""
    doc = read_html(page)
    assert doc.meta["title"] == "Hamas studies proposal"
    assert doc.meta["published"] == "2024-06-04"
    assert doc.meta["outlet"] == "Gulf Daily"
    assert "url" not in doc.meta and "author" not in doc.meta, "absent, not empty"


@pytest.mark.parametrize("data", [b"<html><body></body></html>", b"<html><body><nav>Home</nav></body></html>"])
def test_page_without_text_is_one_line_error(data):
    with pytest.raises(HtmlError, match="no article text"):
        read_html(data)


def test_sniffing():
    assert looks_like_html(b"\xef\xbb\xbf<!DOCTYPE html><html>")
    assert looks_like_html("  <!-- saved -->\n<html lang='en'>")
    assert not looks_like_html("title: x\n\n<p> is how HTML starts a paragraph")
    assert not looks_like_html(b"\"Quote,\" he said.")


def test_trafilatura_imported_lazily():
    code = ("import sys\nimport extract.formats, extract.html, tui.cli\n"
            "tui.cli.build_parser().format_help()\n"
            "print('trafilatura' in sys.modules)")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"
