"""tui.render: article text becomes literal Content, control characters visible, spans kept."""
from __future__ import annotations

from types import SimpleNamespace

from textual.content import Content

from tui import render
from tui_fixtures import HOSTILE


def test_clean_replaces_controls_one_for_one():
    raw = "a\x1b[2Jb\x1b]0;T\x07c\x9bd\u202ee\x7ff\tg\nh"
    out = render.clean(raw)
    assert len(out) == len(raw)
    assert "\x1b" not in out and "\x07" not in out and "\x9b" not in out
    assert "\u202e" not in out and "\x7f" not in out and "\n" not in out
    assert out.startswith("a\u241b[2Jb")
    assert render.clean(raw, multiline=True).endswith("g\nh")
    assert render.clean(None) == ""


def test_markup_is_literal_text():
    for s in HOSTILE:
        content = render.plain(s)
        assert isinstance(content, Content)
        assert content.plain == render.clean(s)
        assert not content.spans
    assert render.plain("[@click=app.quit]y[/]").plain == "[@click=app.quit]y[/]"


def test_highlight_styles_exactly_the_spans():
    c = render.highlight("Qatar is an enemy state", [(0, 5), (12, 17), (40, 50), (3, 2)])
    assert [c.plain[s.start:s.end] for s in c.spans] == ["Qatar", "enemy"]
    # a control char before a span does not shift it
    c = render.highlight("\x1b[1mQatar", [(4, 9)])
    assert [c.plain[s.start:s.end] for s in c.spans] == ["Qatar"]


def test_excerpt_keeps_the_match_visible():
    text = "x" * 300 + "MATCH" + "y" * 300
    body, spans = render.excerpt(text, [(300, 305)], width=100)
    assert len(body) <= 102 and body.startswith("\u2026") and body.endswith("\u2026")
    assert [body[s:e] for s, e in spans] == ["MATCH"]
    assert render.excerpt("short", [(0, 5)]) == ("short", [(0, 5)])


def _row(**kw):
    base = dict(id=1, quote="q", speaker=None, party=None, faction=None, date=None,
                published=None, title=None, outlet=None, url=None, article_name="a.txt",
                paragraph="", cue=None)
    base.update(kw)
    return SimpleNamespace(**base)


def test_item_and_detail_show_fields_literally():
    row = _row(quote="We [b]reject[/b]", speaker="[/", party="[red]P", date="2024-01-02",
               title="T [/]", outlet="O", url="https://x/[1]",
               paragraph="Before \u201cWe [b]reject[/b],\u201d he said.")
    item = render.quote_item(row, [(3, 6)])
    assert "We [b]reject[/b]" in item.plain and "[/" in item.plain and "[red]P" in item.plain
    assert [item.plain[s.start:s.end] for s in item.spans if "underline" in str(s.style)] == ["[b]"]
    d = render.detail(row).plain
    for part in ("We [b]reject[/b]", "[red]P", "T [/]", "https://x/[1]", "2024-01-02", "a.txt"):
        assert part in d
    assert "Before" in d  # the paragraph around the quote
    assert "No quote selected" in render.detail(None).plain


def test_stance_rendering_is_literal():
    from store.stances import Cell, Side

    st = SimpleNamespace(party="[@click=app.quit]P[/]", stance="rejects", issue="partial_deal",
                         evidence="[/] no", speaker="[b]X", faction="[red]F", date=None,
                         sort_date="2024-01-01", published="2024-01-01", title="t [/]",
                         article_name="a", outlet="[i]o", url=None)
    item = render.statement_item(st, show_party=True).plain
    for part in ("2024-01-01", " rejects ", "[/] no", "[b]X", "[red]F", "[@click=app.quit]P[/]",
                 "[i]o \u2014 t [/]"):
        assert part in item
    assert "[/] no" in render.statement_detail(st, None, "Partial deal").plain
    cell = Cell("partial_deal", "Other", total=2, counts=(("rejects", 2),), latest_id=1,
                latest_stance="rejects", latest_date=None, latest_party="[/]P", backing=2,
                undated=2, sides=(Side("[/]P", "rejects", None, 1), Side("[b]Q", "supports",
                                                                        None, 1)),
                split_by="party")
    summary = render.cell_summary(cell, "Other", "Partial [deal]", st).plain
    assert "Other \u00b7 Partial [deal]" in summary and "([/]P)" in summary
    assert "Parties disagree (mixed column)" in summary and "[b]Q" in summary
    assert render.issue_label("partial_deal") == "partial deal"


def test_excerpt_keeps_the_opening_when_the_match_is_near_it():
    text = "If we hand over these prisoners " + "x " * 40 + "ceasefire " + "y " * 60
    at = text.index("ceasefire")
    body, spans = render.excerpt(text, [(at, at + 9)], width=160)
    assert body.startswith("If we hand over") and body.endswith("\u2026")
    assert [body[s:e] for s, e in spans] == ["ceasefire"]
    far = "word " * 80 + "MATCH " + "tail " * 40
    at = far.index("MATCH")
    body, spans = render.excerpt(far, [(at, at + 5)], width=60)
    assert body.startswith("\u2026word ") and [body[s:e] for s, e in spans] == ["MATCH"]


def test_a_transcript_line_names_its_cue():
    d = render.detail(_row(quote="Gennifer Flowers will not be attending", cue=":")).plain
    assert "transcript line" in d
    assert "said" in render.detail(_row(cue="said")).plain
