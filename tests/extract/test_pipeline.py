"""The extractor end to end: gold-checked on the seeds, offsets always valid."""
from __future__ import annotations

import importlib.util
import json
from pathlib import Path

import pytest

from extract import extract_article
from extract.reader import read_article_file


def _scorer(shared: Path):
    spec = importlib.util.spec_from_file_location("score_quotes", shared / "tools" / "score_quotes.py")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def _records(paths, actors):
    out = []
    for p in paths:
        res = extract_article(read_article_file(p), p.name, actors=actors, positions=False)
        out += [r.to_json() for r in res.records()]
    return out


def test_seeds_against_gold(shared: Path, actors):
    scorer = _scorer(shared)
    gold = [json.loads(line) for line in (shared / "gold" / "seeds-quotes.jsonl").read_text().splitlines() if line]
    pred = _records(sorted((shared / "seeds").glob("*.txt")), actors)
    res = scorer.score_quotes(gold, pred, verbose=False)
    assert res["attributed_f1"] >= 0.95, res
    assert res["party_accuracy_on_matched"] >= 0.95, res
    assert res["span_precision"] >= 0.95, res


def test_polnear_dev_floor(shared: Path, actors):
    """A floor on the public dev set so regressions show (figures in the report)."""
    dev = shared / "eval" / "polnear-dev"
    if not dev.is_dir():
        pytest.skip("polnear-dev not available")
    scorer = _scorer(shared)
    gold = [json.loads(line) for line in (dev / "quotes.jsonl").read_text().splitlines() if line]
    pred = _records(sorted((dev / "text").glob("*.txt")), actors)
    res = scorer.score_quotes(gold, pred, verbose=False)
    assert res["span_f1"] >= 0.85, res
    assert res["attributed_f1"] >= 0.60, res


def _all_texts(shared: Path):
    paths = sorted((shared / "seeds").glob("*.txt"))
    for sub in ("eval/polnear-dev/text", "corpus/news"):
        d = shared / sub
        if d.is_dir():
            paths += sorted(d.glob("*.txt"))[:40]
    return paths


def test_offsets_are_exact(shared: Path, actors):
    for p in _all_texts(shared):
        text = read_article_file(p)
        res = extract_article(text, p.name, actors=actors, positions=False)
        assert len(res.text) == len(text)
        for q in res.quotes:
            assert res.text[q.start:q.end] == q.quote, (p.name, q)
            assert q.quote.strip() == q.quote and q.quote
            assert q.kind in ("full", "fragment")
            assert q.speaker
        for r in res.reported:
            assert res.text[r.start:r.end] == r.content, (p.name, r)
            transcript = r.cue == ":" and (r.speaker_as_written or "").isupper()  # a line may quote
            assert transcript or not any(c in r.content for c in "\u201c\u201d\""), (p.name, r)


def test_offsets_after_sanitising(actors):
    text = "Hamas\x1b[31m said.\n\u201cWe \u202eare ready for a deal,\u201d a senior Hamas official said.\n"
    res = extract_article(text, "x.txt", actors=actors, positions=False)
    assert len(res.text) == len(text)
    assert "\x1b" not in res.text and "\u202e" not in res.text
    (q,) = res.quotes
    assert res.text[q.start:q.end] == q.quote
    assert q.speaker == "a senior Hamas official" and q.party == "Hamas"


def test_header_and_boilerplate_not_extracted(actors):
    text = ("title: \u201cWe won,\u201d says minister\npublished: 2024-05-06\n\n"
            "\u201cThe talks are over,\u201d Israeli Prime Minister Benjamin Netanyahu said on Sunday.\n"
            "See also  \u201cAnother quote here,\u201d a Hamas official said\n")
    res = extract_article(text, "x.txt", actors=actors, positions=False)
    assert res.meta.published == "2024-05-06"
    assert [q.quote for q in res.quotes] == ["The talks are over,"]
    q = res.quotes[0]
    assert q.speaker == "Benjamin Netanyahu" and q.party == "Israel" and q.date == "2024-05-05"


def test_records_in_document_order(shared: Path, actors):
    p = sorted((shared / "seeds").glob("*.txt"))[0]
    res = extract_article(read_article_file(p), p.name, actors=actors, positions=False)
    starts = [r.start for r in res.records()]
    assert starts == sorted(starts)


def test_empty_and_quote_free_text(actors):
    assert extract_article("", "x.txt", actors=actors).quotes == []
    res = extract_article("No quotes here at all. Just prose.\n", "x.txt", actors=actors)
    assert res.quotes == [] and res.meta.name == "x.txt"


def test_unbalanced_quotes_do_not_crash(actors):
    text = "\u201cThis opens and never closes, said nobody.\n\"Another \u201d odd \u201c mark\" here.\n\u2019"
    res = extract_article(text, "x.txt", actors=actors)
    for q in res.quotes:
        assert res.text[q.start:q.end] == q.quote


def test_quote_dates_come_from_the_attribution(actors):
    text = ("published: 2024-03-22\n\n"
            "\u201cWe are close to a deal,\u201d a Qatari official said on Wednesday.\n"
            "Hamas said the deal would be signed on Monday. \u201cWe are ready,\u201d a Hamas official said.\n")
    res = extract_article(text, "x.txt", actors=actors, positions=False)
    dates = {q.quote: q.date for q in res.quotes}
    assert dates["We are close to a deal,"] == "2024-03-20"
    assert dates["We are ready,"] is None
    assert all(r.date is None for r in res.reported)


@pytest.mark.parametrize("text", [
    " ".join(["Abc"] * 50000) + " \u201cThis is it,\u201d he said.",
    " ".join(["word"] * 200000),
    "\u201c" * 20000 + "x " * 20000 + '"' * 10000,
    ". ".join(["Hamas said that Israel agreed to the terms"] * 5000),
])
def test_pathological_input_stays_fast(actors, text):
    import time
    t0 = time.perf_counter()
    res = extract_article(text, "x.txt", actors=actors, positions=False)
    assert time.perf_counter() - t0 < 10
    for q in res.quotes:
        assert res.text[q.start:q.end] == q.quote
        assert len(q.paragraph) <= 2100


def test_headline_capitals_are_nobody():
    text = ("Retired Colonel Reveals \u2018Demoralizing\u2019 Years Of Serving Under The Council.\n\n"
            "Retired Air Force Col. Dan Moss is speaking out about his service.\n\n"
            "He said the work was hard.\n")
    assert [q.quote for q in extract_article(text, "t.txt", positions=False).quotes] == []


def test_headline_quote_by_someone_named_in_the_body_stays():
    text = ("Moss says council was \u2018completely wrong\u2019\n\n"
            "Dan Moss, a former council member, spoke on Monday.\n\n"
            "He said the work was hard.\n")
    got = [(q.quote, q.speaker) for q in extract_article(text, "t.txt", positions=False).quotes]
    assert got == [("completely wrong", "Dan Moss")]


def test_a_speaker_tied_to_no_side_is_other_and_states_no_position(actors):
    from extract import extract_article
    text = ("Truce talk\n\nBy Staff\n\nMediators met again.\n\n"
            "Lars Eklund said: \u201cHamas must release the hostages and Israel must agree to a permanent ceasefire.\u201d\n")
    res = extract_article(text, "t.txt", actors=actors)
    assert [(q.speaker, q.party) for q in res.quotes] == [("Lars Eklund", "Other")]
    assert all(p.speaker != "Lars Eklund" for p in res.positions)


def test_one_speaker_speaks_for_one_side_within_an_article(actors):
    # the headline names her bare; the body places her by her title: one side for both
    text = ("Levi: Trump Was \u2018Mocking\u2019 Clinton Camp.\n\nOn Sunday, Republican vice-presidential nominee "
            "Gov. Dana Levi (R-IN) said Trump\u2019s tweet was only \u201cto mock\u201d Hillary Clinton.\n")
    res = extract_article(text, "t.txt", actors=actors, positions=False)
    got = {(q.quote, q.party) for q in res.quotes if q.speaker == "Dana Levi"}
    assert got == {("Mocking", "United States"), ("to mock", "United States")}, res.quotes


def test_name_positions_are_the_articles_offsets():
    """The name index reads the body without its headline, but gives each full name's offset in
    the article, so "named before this mention" compares like with like."""
    from extract.pipeline import _body_to_text
    from extract.speakers import NameIndex

    text = "Headline Words Here\n\nBy Staff\n\nRina Berman spoke. Later Omer Berman wrote."
    kept = [(31, len(text))]
    body = text[31:]
    names = NameIndex(body, None, None, _body_to_text(kept))
    assert [(text[p:p + len(n)], n) for p, n in names.full] == [("Rina Berman", "Rina Berman"),
                                                              ("Omer Berman", "Omer Berman")]
    assert names.opens_sentence(names.full[0][0]) and not names.opens_sentence(names.full[1][0])


@pytest.mark.parametrize("sentence, quoted", [
    ("Israel is \u201cchanging course\u201d in the south, Katz said in a televised address, referring to the corridor.",
     ["changing course"]),
    ("There is \u201ca real chance\u201d of a deal, Katz said, but it is \u201ca hard road.\u201d",
     ["a real chance", "a hard road."]),
])
def test_a_closing_attribution_with_a_setting_or_more_of_its_words(actors, sentence, quoted):
    # the attribution closes the sentence though a place, a participle or the speaker's next words follow
    text = f"Defense Minister Israel Katz spoke on Monday.\n\n{sentence}"
    res = extract_article(text, "t.txt", actors=actors, positions=False)
    assert [(q.quote, q.speaker) for q in res.quotes] == [(w, "Israel Katz") for w in quoted]


@pytest.mark.parametrize("lead", ["Adding:", "Noting,", "Concluding:"])
def test_a_paragraph_opened_by_a_subjectless_participle_goes_on_with_the_speaker(actors, lead):
    text = ("Hezbollah leader Naim Qassem gave a speech on Friday.\n\n"
            "He addressed Israel, saying: \u201cYou have not won this war.\u201d\n\n"
            f"{lead} \u201cWe are entering the third month of the battle.\u201d")
    res = extract_article(text, "t.txt", actors=actors, positions=False)
    assert [q.speaker for q in res.quotes] == ["Naim Qassem", "Naim Qassem"]


def test_highlighted_reports_words(actors):
    text = ("Qatari Prime Minister Mohammed bin Abdulrahman Al Thani spoke in Doha on Monday.\n\n"
            "He highlighted that \u201cno one doubts that the door remains open to the talks.\u201d")
    res = extract_article(text, "t.txt", actors=actors, positions=False)
    assert [q.quote for q in res.quotes] == ["no one doubts that the door remains open to the talks."]
    assert res.quotes[0].speaker.endswith("Al Thani")


def test_a_quote_the_next_sentence_looks_back_at(actors):
    text = ("\u201cIt is excellent news.\u201d This is how the foreign minister, Ana Ruiz, described the "
            "agreement reached in Doha.")
    res = extract_article(text, "t.txt", actors=actors, positions=False)
    assert [(q.quote, q.speaker) for q in res.quotes] == [("It is excellent news.", "Ana Ruiz")]


def test_a_stop_word_the_article_writes_as_a_surname_is_a_speaker(actors):
    # "Or" (and "Even", "Still", "Just") is a surname once the article writes it after a given name
    text = ("Dana Or, the sister of hostage Eli Or, spoke to reporters on Sunday.\n\n"
            "\u201cWe need any sign that he is alive,\u201d Or said.\n\n"
            "\u201cBring him home now.\u201d Or added that the families would march again.")
    res = extract_article(text, "t.txt", actors=actors, positions=False)
    assert [(q.quote, q.speaker) for q in res.quotes] == [
        ("We need any sign that he is alive,", "Dana Or"), ("Bring him home now.", "Dana Or")]


def test_a_stop_word_before_a_capital_stays_a_stop_word(actors):
    # "Peace Or War" names nobody: with no given name before it, "Or said" has no speaker
    text = ("Analysts met on Sunday for a debate called Peace Or War, in Doha.\n\n"
            "\u201cIt is a moment of choice,\u201d Or said.")
    res = extract_article(text, "t.txt", actors=actors, positions=False)
    assert [q.speaker for q in res.quotes] == []


@pytest.mark.parametrize("closing", ["said Levi in a reply to the cabinet.", "Levi said."])
def test_a_dash_aside_between_a_quote_and_its_attribution(actors, closing):
    # the aside describes the words; the attribution after it still names who spoke them
    text = ("Forum spokeswoman Ruth Levi spoke in Tel Aviv on Sunday.\n\n"
            "\u201cThe pressure is there, and it is how we have worked since the last truce\u201d \u2014 a "
            f"weeklong pause in November \u2014 {closing}")
    res = extract_article(text, "t.txt", actors=actors, positions=False)
    assert [q.speaker for q in res.quotes] == ["Ruth Levi"]


@pytest.mark.parametrize("subject", [
    "Earlier, Dana Roe, sister of Avi Roe, said,",                         # a discourse adverb leads
    "Dana Roe, sister of Avi Roe who was abducted from Nir Oz, said,",     # a participle in a relative clause
    "Later, Dana Roe, sister of Avi Roe who was abducted from Nir Oz, and of Uri Roe, who was killed, said,",
])
def test_a_named_subject_with_a_relative_in_its_appositive(actors, subject):
    text = f"Families met the prime minister on Monday.\n\n{subject} \u201cIt was an important meeting.\u201d"
    res = extract_article(text, "t.txt", actors=actors, positions=False)
    assert [q.speaker for q in res.quotes] == ["Dana Roe"]


def test_a_group_described_by_a_seat_and_a_stem_is_the_body_of_that_stem(actors):
    # "Cairo-based" places the body and names no side; "pan-Arab" points at the Arab League,
    # not at Hamas, named later in the paragraph
    text = ("CAIRO -- Arab League Secretary-General Ahmed Aboul-Gheit welcomed the truce between Israel "
            "and Hamas on Wednesday.\n\n"
            "\u201cThe truce must lead to a lasting ceasefire,\u201d the Cairo-based, pan-Arab organization "
            "said in a statement.")
    res = extract_article(text, "t.txt", actors=actors, positions=False)
    assert [q.speaker for q in res.quotes] == ["Arab League"]


def test_a_listed_persons_name_is_taken_from_the_prose_not_from_a_quote(actors):
    # "the Brother Ahmed Aboul Gheit" is a speaker's wording, not the name the article uses
    text = ("Gargash backed a call by Ahmed Aboul Gheit, Secretary General of the Arab League.\n\n"
            "\u201cThe rational call by the Brother Ahmed Aboul Gheit is appropriate,\u201d said Gargash.\n\n"
            "Mr Aboul Gheit said, \u201cHamas should step down.\u201d")
    res = extract_article(text, "t.txt", actors=actors, positions=False)
    assert [q.speaker for q in res.quotes][-1] == "Ahmed Aboul Gheit"


@pytest.mark.parametrize("counted", ["Twenty-five Democratic senators", "12 Republican congressmen"])
def test_the_lawmakers_are_the_members_the_article_counted(actors, counted):
    text = (f"{counted} joined a call on Wednesday for a deal to free the hostages.\n\n"
            "The letter was sent to the president.\n\n"
            "The lawmakers said that they \u201ccontinue to support Israel\u2019s pursuit\u201d of its aims.")
    res = extract_article(text, "t.txt", actors=actors, positions=False)
    assert [q.speaker for q in res.quotes] == [counted]


def test_a_role_owned_by_someone_else_describes_the_person_just_heard(actors):
    text = ("Senator Jane Roe said on Monday that the talks had stalled.\n\n"
            "Tom Smith\u2019s running mate called the attack \u201can attack on Americans.\u201d")
    res = extract_article(text, "t.txt", actors=actors, positions=False)
    assert [q.speaker for q in res.quotes] == ["Jane Roe"]


def test_a_role_owned_by_the_person_just_heard_is_someone_else(actors):
    text = ("Senator Jane Roe said on Monday that the talks had stalled.\n\n"
            "Roe\u2019s chief adviser called the offer \u201ca step back.\u201d")
    res = extract_article(text, "t.txt", actors=actors, positions=False)
    assert [q.speaker for q in res.quotes] != ["Jane Roe"]


def test_a_seat_with_its_region_is_one_word_of_the_appositive(actors):
    # "the Washington, DC-based lobbying group": the comma is the place's, not the appositive's
    text = ("Friends of Peace, the Washington, DC-based lobbying group that advocates for talks, said in a "
            "press release on Monday that "
            "it was \u201ctime for a negotiated stop to the fighting.\u201d")
    res = extract_article(text, "t.txt", actors=actors, positions=False)
    assert [q.speaker for q in res.quotes] == ["Friends of Peace"]


@pytest.mark.parametrize("title, speaker", [
    ("Statement from Taoiseach Dara Quinlan on Middle East", "Dara Quinlan"),
    ("Remarks by Foreign Minister Dara Quinlan at the Security Council", "Dara Quinlan"),
])
def test_a_statement_pages_unattributed_quotes_are_whom_its_title_names(title, speaker, actors):
    """A press release: "Statement from X on ..." over paragraphs of quotes with no attribution."""
    text = (f"title: {title}\n\n\u201cI have long called for an immediate ceasefire.\n\n"
            "\u201cI call on all parties to give the plan serious consideration.\n\n"
            "\u201cIt is long past time for the suffering to end.\u201d\n")
    res = extract_article(text, "t.txt", actors=actors, positions=False)
    assert [q.speaker for q in res.quotes] == [speaker] * 3


@pytest.mark.parametrize("line", [
    "Statement by Relief Fund Executive Director, Dana Okafor, following her two-day visit to the region.",
    "Statement by Relief Fund Executive Director Dana Okafor",
])
def test_a_statement_line_over_unattributed_quotes_names_their_speaker(line, actors):
    """A statement page whose headline is a story's: the line over its paragraphs of quotes says whose."""
    text = (f"title: The harrowing fates of families\n\n{line}\n\n"
            "\u201cToday I completed a two-day visit to the region, where violence continues.\n\n"
            "\u201cOn the first day, I met with families who experienced unspeakable violence.\n")
    res = extract_article(text, "t.txt", actors=actors, positions=False)
    assert [q.speaker for q in res.quotes] == ["Dana Okafor"] * 2


def test_prose_about_someones_remarks_is_no_statement_line(actors):
    text = ("title: Cabinet meets\n\nRemarks by Dana Okafor at the cabinet meeting drew criticism. Critics were "
            "loud.\n\n\u201cToday I completed a two-day visit to the region.\u201d\n")
    res = extract_article(text, "t.txt", actors=actors, positions=False)
    assert [q.speaker for q in res.quotes] == []


def test_a_news_title_names_no_speaker_for_unattributed_quotes(actors):
    text = ("title: Ceasefire talks resume in Doha\n\n\u201cIt is long past time for the suffering to end.\u201d\n\n"
            "Talks resumed on Monday.\n")
    res = extract_article(text, "t.txt", actors=actors, positions=False)
    assert [q.speaker for q in res.quotes] == []


@pytest.mark.parametrize("subject", ["Belgian Foreign Minister Dirk Vanlaere", "Belgian foreign minister Dirk Vanlaere",
                                     "Dirk Vanlaere"])
def test_a_subjects_title_words_and_a_weekday_are_no_other_person(subject, actors):
    """"Belgian Foreign Minister X reacted on Thursday with “great satisfaction”": the subject's
    own capitals and the day name nobody else who might own the fragment."""
    text = f"{subject} reacted on Thursday with \u201cgreat satisfaction and hope\u201d to the announcement."
    res = extract_article(text, "t.txt", actors=actors, positions=False)
    assert [q.speaker for q in res.quotes] == ["Dirk Vanlaere"]


def test_another_name_between_a_body_and_a_quoted_clause_keeps_it_unattributed(actors):
    text = ("The Anti-Defamation League has protested Roe's use of old tropes when he talks of Smith "
            "meeting \u201cin secret with international banks to plot the destruction of sovereignty.\u201d")
    res = extract_article(text, "t.txt", actors=actors, positions=False)
    assert "Anti-Defamation League" not in [q.speaker for q in res.quotes]


def test_quoted_as_saying_with_a_setting_after_it_still_attributes_the_quote(actors):
    """"“...,” the channel quoted Roe as saying last week in private conversation.": the setting
    after "as saying" is no clause of his; the quote before is what he said."""
    text = ("\u201cWe are desperate,\u201d the channel quoted Dan Roe as saying last week in private "
            "conversation. \u201cWith this government, there will be no deal.\u201d")
    res = extract_article(text, "t.txt", actors=actors, positions=False)
    assert [q.speaker for q in res.quotes] == ["Dan Roe", "Dan Roe"]
    assert [r.content for r in res.reported] == []


def test_a_lede_full_of_names_under_a_known_headline_is_body(actors):
    """"Prime Minister Yannis Roussos met on Sunday with Israeli President Dov Marom in
    Jerusalem." is title case by word count, but under a headline the file gives and ending in
    a full stop it is the lede, whose names count; the lede's dated meeting dates his words."""
    text = ("title: Roussos meets Marom in Jerusalem\npublished: 2025-03-31\n\n"
            "Prime Minister Yannis Roussos met on Sunday with Israeli President Dov Marom in Jerusalem.\n\n"
            "Roussos spoke of a warm welcome, noting that \u201cwe value the strategic partnership.\u201d\n\n"
            "He also called for the release of all hostages.\n")
    got = [(q.speaker, q.date) for q in extract_article(text, "t.txt", actors=actors, positions=False).quotes]
    assert got == [("Yannis Roussos", "2025-03-30")]


@pytest.mark.parametrize("heading, speaker, party", [
    ("JON ROE, U.S. SENATE MAJORITY WHIP", "Jon Roe", "United States"),  # shouted: read in a name's casing
    ("SENATOR ANN LEE, NO. 2 SENATE REPUBLICAN", "Ann Lee", "United States"),
    ("Jon Roe, U.S. Senate Majority Whip", "Jon Roe", "United States"),  # the role gives the side
    ("Jon Roe", "Jon Roe", "Other"),
    ("Jon Roe visits the border town", None, None),  # a crosshead with a verb names no speaker
    ("Jon Roe, in Washington on Monday.", None, None),  # a sentence, not a heading
])
def test_a_name_heading_over_a_quote_paragraph_is_its_speaker(heading, speaker, party, actors):
    """A round-up of reactions: a line with only a name and role over each quote paragraph."""
    text = (f"Leaders reacted on Wednesday.\n\n{heading}\n\n"
            "\u201cIt is welcome news that there is an agreement that will free many of the hostages.\u201d\n")
    res = extract_article(text, "x.txt", actors=actors, positions=False)
    assert [(q.speaker, q.party) for q in res.quotes] == ([(speaker, party)] if speaker else [])


@pytest.mark.parametrize("tail", [
    "amid a push by western leaders to end fighting in Gaza",
    "ahead of talks with the mediators in Cairo",
    "on Monday",
])
def test_a_closing_attribution_with_a_setting_after_it_governs_a_fragment(tail, actors):
    """"Hamas should accept a “generous” package ..., Lord Jon Roe has said amid a push by
    western leaders to end fighting in Gaza": the setting after the verb says when and where,
    so the sentence, fragment included, is his."""
    text = (f"Hamas should accept a \u201cgenerous\u201d ceasefire package which has been put on the table, "
            f"Lord Jon Roe has said {tail}.")
    res = extract_article(text, "x.txt", actors=actors, positions=False)
    assert [(q.quote, q.speaker) for q in res.quotes] == [("generous", "Jon Roe")]

