"""Paragraphs, masking and sentence boundaries."""
from __future__ import annotations

from extract.quotes import find_quotes
from extract.sentences import MASK, deck_items, mask_quotes, paragraphs, sentences


def split(text: str) -> list[str]:
    paras = paragraphs(text, [])
    masked = mask_quotes(text, find_quotes(text, paras))
    return [text[s:e] for s, e, _ in sentences(masked, paras)]


def test_abbreviations_and_initials_do_not_split():
    text = "Mr. Smith met Sen. Jones in the U.S. capital. John F. Kerry said so."
    assert split(text) == ["Mr. Smith met Sen. Jones in the U.S. capital.", "John F. Kerry said so."]


def test_a_capitalised_rank_abbreviation_does_not_split():
    """"father Cap. Dan Roe" is one sentence; "the price cap. The" is two."""
    text = "Ilan Roe, father Cap. Dan Roe, spoke. They raised the price cap. The talks went on."
    assert split(text) == ["Ilan Roe, father Cap. Dan Roe, spoke.", "They raised the price cap.",
                           "The talks went on."]


def test_quoted_sentences_stay_with_their_attribution():
    text = "\u201cWe are ready. We will sign,\u201d the official said. Talks resume Monday."
    assert split(text) == ["\u201cWe are ready. We will sign,\u201d the official said.", "Talks resume Monday."]


def test_boundary_after_closing_quote():
    text = "\u201cIt is over.\u201d The envoy left."
    assert split(text) == ["\u201cIt is over.\u201d", "The envoy left."]


def test_mask_keeps_length_and_marks():
    text = "He said \u201cwe will win.\u201d Then left."
    paras = paragraphs(text, [])
    masked = mask_quotes(text, find_quotes(text, paras))
    assert len(masked) == len(text)
    assert "\u201c" in masked and "win" not in masked and MASK in masked
    assert masked[masked.index("\u201d") - 1] == "."


def test_paragraphs_skip_excluded_and_blank():
    text = "Ad line\n\nBody one.\n   \nBody two."
    ex = [(0, 7)]
    assert [text[s:e] for s, e in paragraphs(text, ex)] == ["Body one.", "Body two."]


def test_a_deck_splits_into_its_items_but_not_inside_a_quote():
    # a line with no closing stop whose clauses a semicolon joins lists headlines, one per item
    text = ("Talks resume after Cairo says gaps have narrowed; the minister: \u2018We will not bend; "
            "not now\u2019; families rally in Tel Aviv\n\nThe talks resumed on Monday; both sides came.")
    paras = paragraphs(text, [])
    items = deck_items(text, paras, find_quotes(text, paras))
    assert [text[s:e] for s, e in items] == [
        "Talks resume after Cairo says gaps have narrowed",
        "the minister: \u2018We will not bend; not now\u2019", "families rally in Tel Aviv",
        "The talks resumed on Monday; both sides came."]
