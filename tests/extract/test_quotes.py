"""Quote finding: which marks open and close what."""
from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from extract.quotes import find_quotes


def spans(text: str) -> list[tuple[str, bool, bool]]:
    paras, pos = [], 0
    for line in text.split("\n"):
        paras.append((pos, pos + len(line)))
        pos += len(line) + 1
    return [(text[q.start:q.end], q.single, q.close_at is None) for q in find_quotes(text, paras)]


@pytest.mark.parametrize("text, expected", [
    ("\u201cWe will win,\u201d he said.", ["We will win,"]),
    ('"We will win," he said.', ["We will win,"]),
    ("He said \u201cpartial deals,\" and left.", ["partial deals,"]),           # curly open, straight close
    ("''It is over,'' Mr. Smith said.", ["It is over,"]),                      # NYT double apostrophes
    ("\u201cHe said \u2018no\u2019 twice,\u201d she said.", ["He said \u2018no\u2019 twice,"]),  # nested single
    ('"Caddell said \u201cthe question\u201d matters," he added.', ["Caddell said \u201cthe question\u201d matters,"]),
    # two curly single marks for a double one, alone or closing a curly double opener
    ("\u2018\u2018We are ready,\u2019\u2019 the envoy said.", ["We are ready,"]),
    ("It said it \u201cwill not bow to pressure\u2019\u2019 from anyone.", ["will not bow to pressure"]),
    # an opening and a closing single mark typed together open one ("\u2018\u2019...\u2019\u2019" or "...\u201d")
    ("\u2018\u2019We see no role for them.\u2019\u2019 She left.", ["We see no role for them."]),
    ("\u2018\u2019Violence feeds violence,\u201d said the envoy.", ["Violence feeds violence,"]),
    # an inner quote in the outer one's own marks, one closer for both
    ("He added, \u201cNot the part about releasing men with \u201cblood on their hands.\u201d",
     ["Not the part about releasing men with \u201cblood on their hands."]),
    # (two quotes, each closed: not nested)
    ("\u201cWe will win,\u201d he said. \u201cIt is right.\u201d Then he called it \u201ca trap.\u201d",
     ["We will win,", "It is right.", "a trap."]),
])
def test_double_quotes(text, expected):
    assert [s for s, _, _ in spans(text)] == expected


def test_single_quotes_as_marks_not_apostrophes():
    got = spans("Smotrich called it 'fictitious' while Hamas' leaders didn't reply.")
    assert got == [("fictitious", True, False)]
    got = spans("He called the plan \u2018a trap\u2019 and the group\u2019s answer \u2018late\u2019.")
    assert [s for s, _, _ in got] == ["a trap", "late"]


def test_unclosed_quote_runs_to_paragraph_end():
    text = "Hamad said:\n\u201cWe want a full end to the war.\n\u201cAnd a full withdrawal.\u201d"
    got = spans(text)
    assert got[0] == ("We want a full end to the war.", False, True)
    assert got[1] == ("And a full withdrawal.", False, False)


def test_a_curly_single_quote_left_open_runs_to_paragraph_end():
    """British house style: "X stated: ‘...\n‘...’" goes on into the next paragraph, as
    double quotes do; a sentence with an apostrophe-like mark mid-paragraph does not."""
    text = ("Okafor stated: \u2018Like people everywhere, I am moved by these scenes.\n"
            "\u2018I pay tribute to the patient work of all those involved.\u2019\n"
            "The rock \u2018n\u2019 roll era ended. He said the deal was \u2018Firm and the rest of it.")
    got = spans(text)
    assert got == [("Like people everywhere, I am moved by these scenes.", True, True),
                   ("I pay tribute to the patient work of all those involved.", True, False)]


def test_no_marks_no_quotes():
    assert spans("Plain reporting with no quotation at all.") == []
    assert spans("The 1990s and rock 'n' roll") == []


def test_nickname_inside_a_name_is_not_a_quote():
    text = '"We have to show that we have his back," Del. Marcia "Cia" Price told the crowd.'
    assert [s for s, _, _ in spans(text)] == ["We have to show that we have his back,"]
    # a one-word quote before a weekday is still a quote
    assert [s for s, _, _ in spans('Netanyahu called Hamas "Nazis" Monday.')] == ["Nazis"]


def test_a_nickname_is_not_a_quote_but_title_case_is_no_nickname():
    from extract.quotes import find_quotes, split_nicknames

    text = "Robert \u201cBobby\u201d Ellery said no. Harbour Chief Reveals \u2018Sad\u2019 Story Of Her Town"
    spans, nicks = split_nicknames(text, find_quotes(text, [(0, len(text))]))
    assert [text[o:c] for o, c in nicks] == ["\u201cBobby\u201d"]
    assert [text[q.start:q.end] for q in spans] == ["Sad"]


@given(st.lists(st.sampled_from(["Marcia", " ", "\u201cCia\u201d", "'Bobby'", "Price", ".", "x", "\u201c", "\u201d",
                                 "Monday", "Scott", ",", "\n", "a"]), max_size=12))
@settings(max_examples=300, deadline=None)
def test_nickname_pattern_opens_on_its_space(parts):
    """The nickname pattern opens on a literal space (searched for quickly) and looks behind
    it; it matches where the form with the look-behind first did."""
    import re

    from extract.quotes import _NICKNAME_ENDING_NAME as new
    old = re.compile(r"(?<=[\w.]) " + new.pattern[len(r" (?<=[\w.] )"):])
    text = "".join(parts)
    assert [m.span() for m in new.finditer(text)] == [m.span() for m in old.finditer(text)]


def test_a_long_single_quoted_paragraph_is_one_quote():
    """British style: a paragraph that opens with ‘ and closes with ’ after its last stop is one
    quote, even past the 300 characters a close is otherwise looked for within."""
    from extract.quotes import find_quotes
    body = "Let\u2019s just start with the children. " + "We all want our little ones back, don\u2019t we? " * 9
    text = "\u2018" + body.strip() + "\u2019"
    spans = find_quotes(text, [(0, len(text))])
    assert [(text[q.start:q.end]) for q in spans] == [body.strip()]


@pytest.mark.parametrize("open_, close", [("'", "'."), ("'", ".'"), ("\u2018", "\u2019."), ("\u2018", ".\u2019")])
def test_a_long_single_quoted_paragraph_may_close_before_its_stop(open_, close):
    """A ministry's house style: 'Gaza is a man-made disaster. ... for its people'. (straight
    marks, the stop after the close) is one quote too, however long."""
    from extract.quotes import find_quotes
    body = "Gaza is a man-made disaster. " + "Words cannot describe the suffering its people have endured. " * 6
    body = body.strip().rstrip(".")
    text = open_ + body + close
    spans = find_quotes(text, [(0, len(text))])
    assert [text[q.start:q.end].rstrip(".") for q in spans] == [body]


def test_a_long_single_quoted_paragraph_needs_matching_marks():
    from extract.quotes import find_quotes
    body = "Gaza is a man-made disaster. " + "Words cannot describe the suffering its people have endured. " * 6
    text = "'" + body.strip() + "\u2019"
    assert find_quotes(text, [(0, len(text))]) == []


def test_a_straight_single_quote_after_a_colon_runs_on_into_the_next_paragraph():
    # British house style with straight marks: reopened at each paragraph, closed at the last
    text = ("The minister said: 'I came here to see it for myself; I will never forget it.\n"
            "'Today we hope to see progress on the pause.\n"
            "'This is a crucial opportunity.'")
    assert spans(text) == [("I came here to see it for myself; I will never forget it.", True, True),
                           ("Today we hope to see progress on the pause.", True, True),
                           ("This is a crucial opportunity.", True, False)]
    # (an apostrophe opening a word is no mark: "the '90s", "rock 'n' roll")
    assert spans("In the '90s the talks failed, he said.") == []


@pytest.mark.parametrize("text, expected", [
    # the mark typed after the verb's colon or comma, the space after it
    ('Party leader Tal Roe said in a statement today:" We hold them responsible for the delay.',
     [("We hold them responsible for the delay.", False, True)]),
    ('Addressing the session, Roe further said," We are meeting today at a critical juncture."',
     [("We are meeting today at a critical juncture.", False, False)]),
    # a plain closing mark after a comma is still a closer
    ('"We are ready," Roe said, "and we will stay." "Fine," she added.',
     [("We are ready,", False, False), ("and we will stay.", False, False), ("Fine,", False, False)]),
])
def test_a_straight_mark_typed_after_the_verbs_comma_opens(text, expected):
    assert spans(text) == expected
