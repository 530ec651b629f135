"""Citations: exact strings for every style, with full and missing metadata."""
from __future__ import annotations

import json
from dataclasses import replace

import pytest

from store.citation import STYLES, format_citation
from store.queries import QuoteRow

FULL = QuoteRow(
    id=12, quote="Qatar is an enemy state and supports Hamas,", speaker="Bezalel Smotrich",
    speaker_id=3, party="Israel", faction="Coalition hardliners", date="2024-10-24",
    kind="full", article_id=1, article_name="000.txt", title="Allies obstruct talks",
    outlet="The Cradle", url="https://thecradle.co/a/1", published="2024-10-26",
    paragraph="", start=10, end=53, cue="said", author="Jane Doe")
BARE = replace(FULL, speaker=None, speaker_id=None, party=None, faction=None, date=None,
               title=None, outlet=None, url=None, published=None, author=None)


Q = "\u201cQatar is an enemy state and supports Hamas\u201d"
ANON = replace(BARE, speaker="a senior Hamas official", party="Hamas")


def test_plain_full():
    assert format_citation(FULL, "plain") == (
        f"{Q} \u2014 Bezalel Smotrich (Israel, Coalition hardliners), The Cradle, 2024-10-24, "
        "https://thecradle.co/a/1")


def test_plain_partial_and_bare():
    row = replace(FULL, faction=None, outlet=None, date=None, url=None)
    assert format_citation(row, "plain") == f"{Q} \u2014 Bezalel Smotrich (Israel), 2024-10-26"
    assert format_citation(BARE, "plain") == Q
    # the party is not repeated when the speaker names it; "Other" is no side
    assert format_citation(ANON, "plain") == f"{Q} \u2014 a senior Hamas official"
    assert format_citation(replace(BARE, speaker="Gershon Baskin", party="Other"),
                           "plain") == f"{Q} \u2014 Gershon Baskin"
    assert format_citation(replace(BARE, party="Israel"), "plain") == f"{Q} \u2014 Israel"


def test_markdown():
    assert format_citation(FULL, "markdown") == (
        f"> {Q}\n>\n"
        "> \u2014 **Bezalel Smotrich** (Israel, Coalition hardliners), "
        "[Allies obstruct talks](<https://thecradle.co/a/1>), *The Cradle*, 2024-10-24")
    assert format_citation(BARE, "markdown") == f"> {Q}"
    assert format_citation(replace(BARE, url="https://x.test/a b>c", outlet="AP"), "markdown") == (
        f"> {Q}\n>\n> \u2014 <https://x.test/a%20b%3Ec>, *AP*")
    odd = replace(BARE, quote="use *this* [link](x) _now_")
    assert format_citation(odd, "markdown") == (
        "> \u201cuse \\*this\\* \\[link\\](x) \\_now\\_\u201d")


def test_apa():
    assert format_citation(FULL, "apa") == (
        f"{Q} (Smotrich, as cited in Doe, 2024).\n"
        "Doe, J. (2024, October 26). Allies obstruct talks. The Cradle. "
        "https://thecradle.co/a/1")
    no_author = replace(FULL, author=None)
    assert format_citation(no_author, "apa") == (
        f"{Q} (Smotrich, as cited in The Cradle, 2024).\n"
        "The Cradle. (2024, October 26). Allies obstruct talks. https://thecradle.co/a/1")
    particle = replace(FULL, speaker="Itamar Ben Gvir", author="Reuters")
    assert format_citation(particle, "apa") == (
        f"{Q} (Ben Gvir, as cited in Reuters, 2024).\n"
        "Reuters. (2024, October 26). Allies obstruct talks. The Cradle. https://thecradle.co/a/1")
    title_only = replace(BARE, title="Talks stall", published="2024-10-26")
    assert format_citation(title_only, "apa") == (
        f"{Q} (\u201cTalks stall\u201d, 2024).\nTalks stall. (2024, October 26).")
    assert format_citation(BARE, "apa") == f"{Q} (n.d.)."
    assert format_citation(ANON, "apa") == f"{Q} (a senior Hamas official, n.d.)."
    url_only = replace(BARE, url="https://x.test/a", published="2024-02-03")
    assert format_citation(url_only, "apa") == f"{Q} (2024).\n(2024, February 3). https://x.test/a"


def test_chicago():
    assert format_citation(FULL, "chicago") == (
        f"{Q} Bezalel Smotrich, quoted in "
        "Jane Doe, \u201cAllies obstruct talks,\u201d The Cradle, October 26, 2024, "
        "https://thecradle.co/a/1.")
    assert format_citation(BARE, "chicago") == Q
    assert format_citation(ANON, "chicago") == f"{Q} (a senior Hamas official)"
    only_outlet = replace(BARE, outlet="AP", published="2024-10")
    assert format_citation(only_outlet, "chicago") == f"{Q} AP, October 2024."


def test_bibtex():
    assert format_citation(FULL, "bibtex") == (
        "@article{smotrich2024q12,\n"
        "  title = {Allies obstruct talks},\n"
        "  author = {{Jane Doe}},\n"
        "  journal = {The Cradle},\n"
        "  date = {2024-10-26},\n"
        "  year = {2024},\n"
        "  month = {10},\n"
        "  url = {https://thecradle.co/a/1},\n"
        f"  note = {{Quote by Bezalel Smotrich (Israel, Coalition hardliners): {Q}}}\n}}")
    assert format_citation(BARE, "bibtex") == f"@article{{quoteq12,\n  note = {{Quote: {Q}}}\n}}"
    tricky = replace(BARE, quote="50% of {all} & #1_x")
    assert format_citation(tricky, "bibtex") == (
        "@article{quoteq12,\n  note = {Quote: \u201c50\\% of \\{all\\} \\& \\#1\\_x\u201d}\n}")


def test_csl_json():
    data = json.loads(format_citation(FULL, "csl-json"))
    assert data == [{
        "id": "negot-quote-12", "type": "article-newspaper", "title": "Allies obstruct talks",
        "container-title": "The Cradle", "author": [{"literal": "Jane Doe"}],
        "issued": {"date-parts": [[2024, 10, 26]]}, "URL": "https://thecradle.co/a/1",
        "note": f"Quote by Bezalel Smotrich (Israel, Coalition hardliners): {Q}"}]
    assert json.loads(format_citation(BARE, "csl-json")) == [{
        "id": "negot-quote-12", "type": "article-newspaper", "note": f"Quote: {Q}"}]
    assert json.loads(format_citation(ANON, "csl-json"))[0]["note"] == (
        f"Quote by a senior Hamas official: {Q}")


@pytest.mark.parametrize("style", STYLES)
@pytest.mark.parametrize("row", [FULL, BARE, ANON, replace(FULL, title=None, author=None),
                                 replace(FULL, published="2024", date=None),
                                 replace(BARE, outlet="AP"), replace(BARE, url="https://x.test")])
def test_no_none_or_empty_brackets(style, row):
    text = format_citation(row, style)
    for bad in ("None", "()", "[]", ", ,", ",,", " ,", "\u201c\u201d", "{}"):
        assert bad not in text, (style, bad, text)


def test_unknown_style():
    with pytest.raises(ValueError, match="unknown citation style"):
        format_citation(FULL, "mla")
