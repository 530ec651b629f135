"""Interview transcripts: "PENCE: ..." lines are the named speaker's words."""
from __future__ import annotations

from extract import extract_article
from extract.sentences import paragraphs
from extract.transcripts import transcript_lines

_DIALOGUE = ("Headline\n\nFox News host Chris Wallace interviewed Indiana Gov. Mike Pence on Sunday.\n\n"
             "WALLACE: Will Gennifer Flowers be at the debate?\n\n"
             "PENCE: Gennifer Flowers will not be attending the debate tomorrow night.\n\n"
             "WALLACE: Do you really see those two as \u201cequivalent\u201d?\n")


def test_each_line_of_a_dialogue_is_its_speakers_reported_words(actors):
    res = extract_article(_DIALOGUE, "t.txt", actors=actors, positions=False)
    got = [(r.speaker, r.cue, r.content) for r in res.reported if r.cue == ":"]
    assert got == [
        ("Chris Wallace", ":", "Will Gennifer Flowers be at the debate?"),
        ("Mike Pence", ":", "Gennifer Flowers will not be attending the debate tomorrow night."),
        ("Chris Wallace", ":", "Do you really see those two as \u201cequivalent\u201d?"),
    ], got
    for r in res.reported:
        assert res.text[r.start:r.end] == r.content
    # never shown as a direct quote
    assert not any(q.quote.startswith("Gennifer Flowers will not") for q in res.quotes)


def test_a_lone_label_or_a_note_is_no_speaker():
    for text in ("Title\n\nCLARIFICATION: The first sentence has been clarified.\n\nUPDATE: More later.\n",
                 "Title\n\nThe talks went on.\n\nHAMAS: not a dialogue when it is alone.\n"):
        assert transcript_lines(text, paragraphs(text, set())) == []


def test_a_stray_opening_mark_is_left_out_of_the_words():
    text = 'T\n\n"WALLACE: Is that so?\n\n"PENCE: It is, and he said \u201cno\u201d."\n'
    lines = transcript_lines(text, paragraphs(text, set()))
    assert [text[s:e] for _, _, s, e in lines] == ["Is that so?", "It is, and he said \u201cno\u201d."]
