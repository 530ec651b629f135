"""Positions: stance cues, negation, holders, the issues file, and a gold check on the seeds."""
from __future__ import annotations

import dataclasses
import importlib.util
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from extract.positions import extract_positions, load_taxonomy, split_sentences
from extract.records import ArticleMeta, Quote, Reported


def _quote(text: str, quoted: str, speaker: str, party: str, date: str | None = None) -> Quote:
    start = text.index(quoted)
    return Quote(article="t.txt", quote=quoted, speaker=speaker, party=party, faction=None, date=date,
                 kind="full", start=start, end=start + len(quoted))


# One-sentence cases name no conflict: the article-level [scope] check is off for them
# (it has its own test below).
_TAX = dataclasses.replace(load_taxonomy(), scope_min=0, _compiled={})


def _keys(text: str, quotes=(), actors=None, taxonomy=None) -> set[tuple[str, str, str]]:
    found = extract_positions(text, ArticleMeta(name="t.txt"), list(quotes), [], actors=actors,
                              taxonomy=taxonomy or _TAX)
    for p in found:
        assert text[p.start:p.end] == p.evidence
    return {(p.party, p.issue, p.stance) for p in found}


# ------------------------------------------------------------------ one case per stance

def test_demands_from_reported_prose(actors):
    text = "For months, Hamas has insisted on a permanent ceasefire and full withdrawal of Israeli troops."
    assert _keys(text, actors=actors) == {("Hamas", "ceasefire", "demands"), ("Hamas", "withdrawal", "demands")}


def test_supports_from_announcement_of_talks(actors):
    text = "Washington and Doha announced on Thursday that talks would be held over the weekend."
    assert _keys(text, actors=actors) == {("United States", "talks-and-mediation", "supports"),
                                          ("Qatar", "talks-and-mediation", "supports")}


def test_opposes_from_denunciation(actors):
    text = "Finance Minister Bezalel Smotrich strongly denounced the initiative to revive the negotiations."
    assert ("Israel", "talks-and-mediation", "opposes") in _keys(text, actors=actors)


def test_rejects_and_the_rejected_demand(actors):
    text = "Israel has firmly rejected Hamas's demand for a permanent ceasefire before any further negotiations."
    assert _keys(text, actors=actors) == {("Israel", "ceasefire", "rejects"), ("Hamas", "ceasefire", "demands")}


def test_red_line_after_the_issue(actors):
    text = "Israel says allowing residents to return to the north is a red line."
    assert _keys(text, actors=actors) == {("Israel", "return-north", "rejects")}


def test_conditional_from_guard(actors):
    text = "A Hamas official told Axios that the group wouldn't resume negotiations as long as the war continues."
    assert _keys(text, actors=actors) == {("Hamas", "talks-and-mediation", "conditional")}


def test_precondition_splits_demand_and_condition(actors):
    text = 'A senior Hamas official said that "a total ceasefire is a precondition for any serious negotiation".'
    q = _quote(text, "a total ceasefire is a precondition for any serious negotiation",
               "a senior Hamas official", "Hamas")
    assert _keys(text, [q], actors=actors) == {("Hamas", "ceasefire", "demands"),
                                               ("Hamas", "talks-and-mediation", "conditional")}


# ------------------------------------------------------------------ negation

def test_will_not_stop_the_war_rejects_ceasefire(actors):
    text = '"We will not stop the war until we achieve all its goals," Netanyahu said.'
    q = _quote(text, "We will not stop the war until we achieve all its goals,", "Benjamin Netanyahu",
               "Israel", date="2024-11-21")
    found = extract_positions(text, ArticleMeta(name="t.txt"), [q], [], actors=actors, taxonomy=_TAX)
    assert {(p.party, p.issue, p.stance) for p in found} == {("Israel", "ceasefire", "rejects")}
    assert found[0].speaker == "Benjamin Netanyahu" and found[0].date == "2024-11-21"
    assert found[0].quote_start == q.start


def test_not_the_path_of_deals_opposes_ceasefire(actors):
    text = '"This is the path to victory, not the path of deals," Ben Gvir said.'
    q = _quote(text, "This is the path to victory, not the path of deals,", "Itamar Ben Gvir", "Israel")
    assert _keys(text, [q], actors=actors) == {("Israel", "ceasefire", "opposes")}


def test_negated_support_opposes(actors):
    text = '"I strongly do not support the decision to send a delegation to the negotiations," Smotrich said.'
    q = _quote(text, "I strongly do not support the decision to send a delegation to the negotiations,",
               "Bezalel Smotrich", "Israel")
    assert _keys(text, [q], actors=actors) == {("Israel", "talks-and-mediation", "opposes")}


def test_insisting_on_the_opposite_of_an_issue_opposes_it(actors):
    text = "Tel Aviv is still insistent on maintaining a troop presence in key areas of the strip."
    assert _keys(text, actors=actors) == {("Israel", "withdrawal", "opposes")}


# ------------------------------------------------------------------ precision

@pytest.mark.parametrize("text", [
    "Talks were held in Doha on Sunday.",
    "Israel has freed 180 Palestinians in exchange for the release of the hostages.",
    "Two ministers threatened to quit if Netanyahu agrees to a ceasefire proposal.",
    "It is unclear when the border will open to allow in aid.",
    "There are currently no active negotiations for a new hostage release agreement.",
])
def test_descriptive_or_hypothetical_sentences_give_no_position(text, actors):
    assert _keys(text, actors=actors) == set()


def test_accusation_is_not_the_accused_stance(actors):
    text = "The US accused Hamas of blocking the talks."
    assert ("Hamas", "talks-and-mediation", "opposes") not in _keys(text, actors=actors)


def test_criticising_conduct_is_not_opposing_the_issue(actors):
    text = "Hamas official Khalil al-Hayya criticized Netanyahu's government for stalling the talks."
    assert ("Hamas", "talks-and-mediation", "opposes") not in _keys(text, actors=actors)


def test_quote_about_another_party_is_not_the_speaker_stance(actors):
    text = '"It is not clear to me whether Netanyahu wants to make a deal," Baskin said.'
    q = _quote(text, "It is not clear to me whether Netanyahu wants to make a deal,", "Gershon Baskin", "Other")
    assert _keys(text, [q], actors=actors) == set()


def test_quoted_fragment_continues_the_prose_subject(actors):
    text = ("Israel's Mossad said on Sunday that Hamas's leader in Gaza, Yahya Sinwar, "
            '"rejected the humanitarian deal".')
    q = _quote(text, "rejected the humanitarian deal", "Mossad", "Israel")
    assert _keys(text, [q], actors=actors) == {("Hamas", "ceasefire", "rejects")}


# ------------------------------------------------------------------ descriptions of another side

@pytest.mark.parametrize("text, quoted, speaker, party", [
    # an Israeli minister's description of Qatar: not a stance Qatar stated
    ("\u201cQatar is an enemy state and supports Hamas and its positions in the negotiations,\u201d "
     "Smotrich added.", "Qatar is an enemy state and supports Hamas and its positions in the negotiations,",
     "Bezalel Smotrich", "Israel"),
    # Mossad's account of what Sinwar wants
    ("Israel's Mossad said on Sunday that Hamas's leader in Gaza, Yahya Sinwar, "
     '"does not want a humanitarian deal".', "does not want a humanitarian deal", "Mossad", "Israel"),
    ('"Hamas will never release the hostages," Netanyahu said.', "Hamas will never release the hostages,",
     "Benjamin Netanyahu", "Israel"),
])
def test_speaker_description_of_another_side_is_no_position(text, quoted, speaker, party, actors):
    assert _keys(text, [_quote(text, quoted, speaker, party)], actors=actors) == set()


def test_another_side_named_stating_in_a_quote_still_holds_it(actors):
    # (a rejected "ceasefire proposal" would be a plan turned down, not the issue: see [plans])
    text = '"Hamas has rejected any ceasefire," Netanyahu said.'
    q = _quote(text, "Hamas has rejected any ceasefire,", "Benjamin Netanyahu", "Israel")
    assert _keys(text, [q], actors=actors) == {("Hamas", "ceasefire", "rejects")}


def test_account_of_another_side_conduct_in_a_report_is_no_position(actors):
    text = ("Israel\u2019s block on aid has driven up the risk of famine, warned Tedros Adhanom Ghebreyesus, "
            "head of the World Health Organization.")
    content = "Israel\u2019s block on aid has driven up the risk of famine"
    rep = Reported(article="t.txt", speaker="Tedros Adhanom Ghebreyesus", party="United Nations", faction=None,
                   cue="warned", content=content, date=None, start=0, end=len(content))
    found = extract_positions(text, ArticleMeta(name="t.txt"), [], [rep], actors=actors, taxonomy=_TAX)
    assert {(p.party, p.issue, p.stance) for p in found} == set()


# ------------------------------------------------------------------ Palestinian Authority vs Hamas

@pytest.mark.parametrize("text, speaker", [
    ("The Palestinian presidency rejected any truce.", None),
    ("The Palestinian President rejected any truce.", None),
    ("Palestinian presidency spokesman Nabil Abu Rudeineh rejected any truce.",
     "Nabil Abu Rudeineh"),
    ("Palestinian official Hussein al-Sheikh rejected any truce.", "Hussein al-Sheikh"),
    ("Mahmoud Abbas rejected any truce.", "Mahmoud Abbas"),
])
def test_palestinian_presidency_and_abbas_are_the_palestinian_authority(text, speaker, actors):
    found = extract_positions(text, ArticleMeta(name="t.txt"), [], [], actors=actors, taxonomy=_TAX)
    assert [p.party for p in found] == ["Palestinian Authority"]
    if speaker:
        assert found[0].speaker == speaker


def test_bare_palestinian_official_is_still_hamas(actors):
    assert _keys("A Palestinian official rejected any truce.", actors=actors) == {
        ("Hamas", "ceasefire", "rejects")}


def test_must_in_a_quote_is_the_speaker_demand(actors):
    text = 'Aviva Siegel told CNN that Netanyahu "has to take the deal now."'
    q = _quote(text, "has to take the deal now.", "Aviva Siegel", "Israel")
    found = extract_positions(text, ArticleMeta(name="t.txt"), [q], [], actors=actors, taxonomy=_TAX)
    assert [(p.party, p.issue, p.stance, p.speaker) for p in found] == [
        ("Israel", "ceasefire", "demands", "Aviva Siegel")]


def test_pressure_from_a_side_is_that_side_stance(actors):
    text = "Israel is under intense pressure from the United States to abandon plans for a ground invasion of Rafah."
    assert _keys(text, actors=actors) == {("United States", "rafah-military-pressure", "opposes")}


@pytest.mark.parametrize("text", [
    "Netanyahu is facing growing calls to negotiate a deal to secure the hostages' release.",
    "Protests demanding the release of the hostages spread across Israel.",
    "The families expect to hear that Netanyahu has agreed to a deal.",
])
def test_unnamed_pressure_participles_and_expectations_give_nothing(text, actors):
    assert _keys(text, actors=actors) == set()


def test_nor_repeats_the_refusal(actors):
    text = '"We will not agree to a ceasefire before Hamas is destroyed, nor to a retreat of the IDF," Smotrich said.'
    q = _quote(text, "We will not agree to a ceasefire before Hamas is destroyed, nor to a retreat of the IDF,",
               "Bezalel Smotrich", "Israel")
    assert _keys(text, [q], actors=actors) == {("Israel", "ceasefire", "rejects"), ("Israel", "withdrawal", "rejects")}


def test_other_side_named_inside_a_report_holds_its_own_clause(actors):
    text = ("Netanyahu has argued Israeli troops will not withdraw from the Philadelphi corridor "
            "while Hamas has insisted on a full Israeli withdrawal from Gaza.")
    content = text[text.index("Israeli troops"):]
    start = text.index(content)
    rep = Reported(article="t.txt", speaker="Benjamin Netanyahu", party="Israel", faction=None, cue="argued",
                   content=content, date="2024-07-01", start=start, end=start + len(content))
    found = extract_positions(text, ArticleMeta(name="t.txt"), [], [rep], actors=actors, taxonomy=_TAX)
    assert {(p.party, p.issue, p.stance) for p in found} == {("Israel", "withdrawal", "rejects"),
                                                              ("Hamas", "withdrawal", "demands")}
    assert all(p.date == "2024-07-01" for p in found)


def test_only_agree_is_conditional(actors):
    text = "Netanyahu said on Wednesday that Israel will only agree to a permanent ceasefire that secures the border."
    assert _keys(text, actors=actors) == {("Israel", "ceasefire", "conditional")}


def test_possessive_pronoun_names_the_holder(actors):
    text = "Netanyahu has rejected calls to soften his demand to keep troops in the border area."
    assert _keys(text, actors=actors) == {("Israel", "withdrawal", "opposes")}


_WORDS = ["Hamas", "Israel", "insisted", "on", "a", "permanent", "ceasefire", "will", "not", "stop", "the",
          "war", '"', "\u201c", "\u201d", ",", ".", "\n", "rejected", "talks", "if", "he", "it", "by", "its",
          "demand", "for", "withdrawal", "red", "line", "is", "unless", "nor", "to", "Netanyahu's", "\u2014"]


@settings(max_examples=150, deadline=None)
@given(words=st.lists(st.sampled_from(_WORDS), max_size=40), qa=st.integers(0, 60), qb=st.integers(0, 60))
def test_any_text_gives_valid_offsets(actors, words, qa, qb):
    text = " ".join(words)
    a, b = sorted((min(qa, len(text)), min(qb, len(text))))
    quotes = [Quote("t.txt", text[a:b], "Someone", "Israel", None, None, "full", a, b)] if b > a else []
    for p in extract_positions(text, ArticleMeta(name="t.txt"), quotes, [], actors=actors, taxonomy=_TAX):
        assert text[p.start:p.end] == p.evidence and p.evidence.strip()
        assert p.stance in ("demands", "supports", "opposes", "rejects", "conditional")


def test_sentences_keep_offsets():
    text = "First one. Second one here!\nThird, on a new line? Yes."
    spans = split_sentences(text)
    assert [text[a:b] for a, b in spans] == ["First one.", "Second one here!", "Third, on a new line?", "Yes."]


def test_abbreviations_do_not_split():
    text = "The U.S. envoy met Gen. Smith. Then he left."
    assert len(split_sentences(text)) == 2


# ------------------------------------------------------------------ taxonomy file

def test_shipped_taxonomy_has_the_nine_issues_and_five_stances():
    tax = load_taxonomy()
    assert set(tax.issues) == {"ceasefire", "withdrawal", "hostages", "prisoners", "return-north", "aid",
                               "rafah-military-pressure", "talks-and-mediation", "hamas-rule"}
    assert all(tax.cues[s] for s in ("demands", "supports", "opposes", "rejects", "conditional"))


def test_user_file_extends_issues_and_cues(tmp_path: Path, actors):
    user = tmp_path / "mine.toml"
    user.write_text('[issues.aid]\nwords = ["humanitarian corridor"]\n\n'
                    '[issues.reconstruction]\nlabel = "Rebuilding Gaza"\nwords = ["reconstruction"]\n\n'
                    '[stances.supports]\ncues = ["championed"]\n', encoding="utf-8")
    tax = load_taxonomy(user)
    assert "humanitarian corridor" in tax.issues["aid"].words and "aid" in tax.issues["aid"].words
    assert tax.issues["reconstruction"].label == "Rebuilding Gaza"
    text = "Egypt championed the reconstruction of Gaza."
    assert _keys(text, actors=actors, taxonomy=tax) == {("Egypt", "reconstruction", "supports")}
    assert _keys(text, actors=actors) == set()


@pytest.mark.parametrize("body, message", [
    ("[issues.aid\nwords = []", "invalid TOML"),
    ('[stances.praises]\ncues = ["praised"]', "unknown stance 'praises'"),
    ('[issues.aid]\nregexes = ["(unclosed"]', "bad regex"),
    ('[issus.aid]\nwords = ["x"]', "unknown section"),
    ('[issues.aid]\nwords = "aid"', "must be a list of non-empty strings"),
    ('[issues.aid]\nwordz = ["x"]', "unknown field"),
    ('[[scoped]]\nstance = "supports"\ncues = ["x"]\nissues = ["nope"]', "unknown issue"),
    ('[negation]\nwindow = 99', "window"),
])
def test_bad_user_file_raises_clear_error(tmp_path: Path, body: str, message: str):
    user = tmp_path / "bad.toml"
    user.write_text(body, encoding="utf-8")
    with pytest.raises(ValueError) as err:
        load_taxonomy(user)
    assert message in str(err.value) and "bad.toml" in str(err.value)


def test_missing_user_file_raises(tmp_path: Path):
    with pytest.raises(ValueError, match="cannot read"):
        load_taxonomy(tmp_path / "absent.toml")


# ------------------------------------------------------------------ gold check

def _scorer(shared: Path):
    spec = importlib.util.spec_from_file_location("score_quotes", shared / "tools" / "score_quotes.py")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def test_seeds_positions_against_gold(shared: Path, actors):
    from extract import extract_article
    from extract.reader import read_article_file

    scorer = _scorer(shared)
    pred = []
    for path in sorted((shared / "seeds").glob("*.txt")):
        res = extract_article(read_article_file(path), path.name, actors=actors)
        for p in res.positions:
            assert res.text[p.start:p.end] == p.evidence
        pred += [p.to_json() for p in res.positions]
    gold = scorer.load(str(shared / "gold" / "seeds-positions.jsonl"))
    res = scorer.score_positions(gold, pred, verbose=False)
    assert res["f1"] >= 0.75, res
    assert res["party_issue_f1"] >= 0.85, res


# ------------------------------------------------------------------ taxonomy cache and wiring

def test_taxonomy_compiled_once_per_file_version(tmp_path: Path, actors):
    import os

    from extract.positions import _holders_for

    assert load_taxonomy() is load_taxonomy()
    user = tmp_path / "mine.toml"
    user.write_text('[issues.reconstruction]\nwords = ["reconstruction"]\n', encoding="utf-8")
    tax = load_taxonomy(user)
    assert load_taxonomy(str(user)) is tax  # loading it per article costs nothing
    text = "Egypt demanded the reconstruction of Gaza."
    extract_positions(text, ArticleMeta(name="t.txt"), [], [], actors=actors, taxonomy=tax)
    scanners = tax._compiled["scan_terms"], tax._compiled["scan_cues"]
    holders = _holders_for(actors, tax)
    extract_positions(text, ArticleMeta(name="t.txt"), [], [], actors=actors, taxonomy=tax)
    assert (tax._compiled["scan_terms"], tax._compiled["scan_cues"]) == scanners
    assert _holders_for(actors, tax) is holders and _holders_for(actors, load_taxonomy()) is not holders
    # an edited file is a new taxonomy, with its new words
    user.write_text('[issues.reconstruction]\nwords = ["reconstruction", "rebuilding"]\n', encoding="utf-8")
    os.utime(user, ns=(1, 1))
    tax2 = load_taxonomy(user)
    assert tax2 is not tax and "rebuilding" in tax2.issues["reconstruction"].words


def test_extract_article_takes_a_user_taxonomy(tmp_path: Path, actors):
    from extract import extract_article

    user = tmp_path / "mine.toml"
    user.write_text('[issues.reconstruction]\nlabel = "Rebuilding Gaza"\nwords = ["reconstruction"]\n',
                    encoding="utf-8")
    text = "Egypt demanded the reconstruction of Gaza."
    got = extract_article(text, "t.txt", actors=actors, issues=load_taxonomy(extra=user)).positions
    assert [(p.party, p.issue, p.stance) for p in got] == [("Egypt", "reconstruction", "demands")]
    assert extract_article(text, "t.txt", actors=actors).positions == []


def test_articles_about_something_else_give_no_positions(actors):
    shipped = load_taxonomy()
    text = "Washington and Doha announced on Thursday that talks would be held over the weekend."
    assert _keys(text, actors=actors, taxonomy=shipped) == set()  # no word of the conflict
    text += " The talks are meant to end the war in Gaza."
    assert ("Qatar", "talks-and-mediation", "supports") in _keys(text, actors=actors, taxonomy=shipped)


def test_a_passing_mention_of_the_conflict_covers_only_the_sentences_near_it(actors):
    shipped = load_taxonomy()
    opening = "The summit opened with a minute of silence for Gaza. "
    filler = "Delegates argued about tariffs. Farm subsidies dominated the morning. Lunch ran late. "
    talks = "Washington and Ottawa announced that talks would be held over the weekend."
    assert _keys(opening + filler + talks, actors=actors, taxonomy=shipped) == set()
    assert ("United States", "talks-and-mediation", "supports") in _keys(
        opening + talks, actors=actors, taxonomy=shipped)


def test_the_scope_window_is_data(tmp_path, actors):
    extra = tmp_path / "wide.toml"
    extra.write_text("[scope]\nwindow = -1\n")
    text = ("The summit opened with a minute of silence for Gaza. Delegates argued about tariffs. "
            "Farm subsidies dominated the morning. Lunch ran late. "
            "Washington and Ottawa announced that talks would be held over the weekend.")
    assert ("United States", "talks-and-mediation", "supports") in _keys(
        text, actors=actors, taxonomy=load_taxonomy(extra))


def test_his_or_her_with_another_name_between_is_nobody_s(actors):
    for text in ("Netanyahu attacked Kamala Harris for her support of a ceasefire in Gaza.",
                 "Netanyahu attacked Jane Doe for her support of a ceasefire in Gaza."):
        assert _keys(text, actors=actors) == set()
    text = "Netanyahu has rejected calls to soften his demand to keep troops in the border area."
    assert _keys(text, actors=actors) == {("Israel", "withdrawal", "opposes")}


@pytest.mark.parametrize("text", [
    "Ben-Gvir vowed to withdraw from the coalition.",                       # not a troop withdrawal
    "Netanyahu rejected the offensive remarks made by the Hamas official.",  # not a military offensive
    "The Hamas official said Israel wants to fuel tensions.",               # not fuel for Gaza
    "Netanyahu insisted on new coalition talks with Gantz.",                # not the hostage talks
])
def test_issue_words_about_something_else_give_nothing(text, actors):
    assert _keys(text, actors=actors) == set()


# ------------------------------------------------------------------ plans, deeds, answers, lists

@pytest.mark.parametrize("text, key", [
    ("Hamas dismissed the draft for a truce as a trap.", ("Hamas", "ceasefire", "rejects")),
    ("The Israeli cabinet turned down the latest hostage deal proposal on Sunday.", ("Israel", "hostages", "rejects")),
    ("Hamas has rejected Egypt's proposed ceasefire terms.", ("Hamas", "ceasefire", "rejects")),
])
def test_turning_down_a_plan_rejects_the_issue_as_offered(text, key, actors):
    # "rejects" is the refusal of a proposal or demand (the gold guidelines' stance), so a
    # side that turns down a truce plan rejects a ceasefire on those terms
    assert _keys(text, actors=actors) == {key}


def test_criticising_a_plan_is_no_stance_on_the_issue(actors):
    # criticism of one version says nothing about the issue: the critic may want it otherwise
    assert _keys("Egypt criticised the American plan for a prisoner exchange.", actors=actors) == set()
    assert _keys("Hamas criticised the truce plan.", actors=actors) == set()


def test_the_issue_itself_and_accepted_plans_still_count(actors):
    assert _keys("Hamas rejected any truce.", actors=actors) == {("Hamas", "ceasefire", "rejects")}
    assert _keys("Hamas accepted the truce plan.", actors=actors) == {("Hamas", "ceasefire", "supports")}
    assert _keys("Israel is under heavy pressure from Washington to abandon plans for an offensive in Rafah.",
                 actors=actors) == {
        ("United States", "rafah-military-pressure", "opposes")}


def test_the_plans_list_is_data(tmp_path, actors):
    extra = tmp_path / "more.toml"
    extra.write_text('[plans]\nwords = ["scheme"]\n')
    tax = dataclasses.replace(load_taxonomy(extra), scope_min=0, _compiled={})
    assert _keys("Hamas criticised the truce scheme.", actors=actors) == {("Hamas", "ceasefire", "opposes")}
    assert _keys("Hamas criticised the truce scheme.", actors=actors, taxonomy=tax) == set()


@pytest.mark.parametrize("text", [
    "Egypt allowed dozens of fuel trucks through the crossing on Tuesday.",
    "title: Jordan allows medicine into the enclave\n\nThe convoy crossed at dawn.",
    "Egypt continues to block fuel trucks at the crossing.",
])
def test_a_side_doing_something_is_no_stated_position(text, actors):
    assert _keys(text, actors=actors) == set()


@pytest.mark.parametrize("text, stance", [
    ("Egypt will allow fuel trucks through the crossing.", "supports"),
    ("Egypt agreed to allow fuel trucks through the crossing.", "supports"),
    ("Egypt will not allow fuel trucks through the crossing.", "rejects"),
])
def test_a_side_deciding_or_refusing_still_holds_a_position(text, stance, actors):
    assert _keys(text, actors=actors) == {("Egypt", "aid", stance)}


def test_demands_made_in_answer_to_an_issue_are_not_about_it(actors):
    assert _keys("Hamas set out fresh demands in reply to a truce offer from Cairo.", actors=actors) == set()
    assert _keys("Hamas set out fresh demands in response to the ceasefire talks.", actors=actors) == set()


def test_a_comma_before_the_subject_ends_a_clause_not_a_list(actors):
    text = "As talks stalled between Israel and Hamas, the Egyptian president urged world powers to halt the fighting."
    assert {k[0] for k in _keys(text, actors=actors)} == {"Egypt"}
    text = "Envoys from Qatar, Egypt and Washington urged both sides to agree a truce."
    assert {k[0] for k in _keys(text, actors=actors)} == {"Qatar", "Egypt", "United States"}


def _rep(text: str, content: str, speaker: str, party: str, cue: str) -> Reported:
    start = text.index(content)
    return Reported(article="t.txt", speaker=speaker, party=party, faction=None, cue=cue, content=content,
                    date=None, start=start, end=start + len(content))


def test_a_side_guessing_what_another_will_do_gives_that_side_no_stance(actors):
    text = "Egyptian officials believe Hamas will reject the truce."
    rep = [_rep(text, "Hamas will reject the truce", "Egyptian officials", "Egypt", "believe"),
           _rep(text, "the truce", "Hamas", "Hamas", "reject")]
    found = extract_positions(text, ArticleMeta(name="t.txt"), [], rep, actors=actors, taxonomy=_TAX)
    assert found == []


def test_a_side_believing_something_itself_still_holds_it(actors):
    text = "Hamas leaders believe a permanent truce is needed."
    rep = [_rep(text, "a permanent truce is needed", "Hamas leaders", "Hamas", "believe")]
    found = extract_positions(text, ArticleMeta(name="t.txt"), [], rep, actors=actors, taxonomy=_TAX)
    assert [(p.party, p.issue, p.stance) for p in found] == [("Hamas", "ceasefire", "supports")]


def test_it_after_a_plan_is_the_plan_not_the_side(actors):
    text = "Hamas faulted the Egyptian draft, saying it did not guarantee an end to the war."
    assert _keys(text, actors=actors) == set()
    assert _keys("Hamas said it did not accept any truce.", actors=actors) == {("Hamas", "ceasefire", "opposes")}


@pytest.mark.parametrize("text", [
    "Hamas faulted the paper on the war in Gaza, which calls for a truce.",
    "Gallant met Blinken in Tel Aviv, who then urged a truce.",
])
def test_a_relative_clause_about_something_after_the_subject_is_not_the_subject_s(text, actors):
    assert not any(k[0] in ("Hamas", "Israel") for k in _keys(text, actors=actors))


def test_a_relative_clause_after_the_holder_and_a_date_is_still_the_holder_s(actors):
    text = "A statement by Hamas on Tuesday, which demanded a truce, was read out in Beirut."
    assert _keys(text, actors=actors) == {("Hamas", "ceasefire", "demands")}


def test_blocking_something_is_a_deed_and_vowing_to_block_it_a_stance(actors):
    assert _keys("Israel blocked fuel convoys at the crossing.", actors=actors) == set()
    assert _keys("Smotrich vowed to block fuel convoys.", actors=actors) == {("Israel", "aid", "opposes")}


@pytest.mark.parametrize("text", [
    "Hamas said the Egyptian paper would allow Israel to resume fighting.",
    "Gallant said the agreement would allow fuel into the enclave.",
])
def test_what_a_plan_would_do_is_no_stance_of_who_describes_it(text, actors):
    assert _keys(text, actors=actors) == set()


def test_what_a_side_says_it_would_do_is_still_its_stance(actors):
    assert _keys("Egypt said it would allow fuel convoys through.", actors=actors) == {
        ("Egypt", "aid", "supports")}


@pytest.mark.parametrize("text", [
    "Qatar declined to comment on the negotiations.",
    "Gallant refused to confirm that the negotiations had resumed.",
    "Gallant refuses to say how many captives are alive.",
    "Hamas dismissed rumours that a truce was imminent.",
    "Qatar rejected Israeli allegations about the captives.",
    "Egypt condemned the killing of captives.",
    "Gallant brushed aside the criticism of the Rafah offensive.",
    "Gallant faced criticism of the Rafah offensive.",
    "Qatar agreed to study the truce proposal.",
    "Gallant agreed to consider a truce.",
])
def test_an_issue_that_is_only_the_topic_of_what_is_said_gives_no_stance(text, actors):
    assert _keys(text, actors=actors) == set()


def test_the_topic_words_are_data(tmp_path, actors):
    extra = tmp_path / "more.toml"
    extra.write_text('[topics]\nwords = ["gossip"]\n')
    tax = dataclasses.replace(load_taxonomy(extra), scope_min=0, _compiled={})
    text = "Hamas rejected gossip about a truce."
    assert _keys(text, actors=actors) == {("Hamas", "ceasefire", "rejects")}
    assert _keys(text, actors=actors, taxonomy=tax) == set()


@pytest.mark.parametrize("text", [
    "Gallant has not yet agreed to a permanent truce.",
    "Hamas is yet to accept the truce.",
    "Qatar failed to accept the truce.",
    "Qatar stopped short of endorsing a truce.",
])
def test_a_decision_still_to_come_is_no_stance(text, actors):
    assert _keys(text, actors=actors) == set()


@pytest.mark.parametrize("text", [
    "Hamas denied reports that it had agreed to a truce.",
    "Qatar denies that it endorsed the Rafah offensive.",
])
def test_a_stance_someone_denies_taking_is_not_stated(text, actors):
    assert _keys(text, actors=actors) == set()


def test_what_another_side_has_not_done_is_the_speaker_s_account(actors):
    text = '"Hamas has not accepted the truce," Gallant said.'
    q = _quote(text, "Hamas has not accepted the truce,", "Yoav Gallant", "Israel")
    assert _keys(text, [q], actors=actors) == set()


def test_criticism_someone_voices_is_still_theirs(actors):
    assert _keys("Egypt voiced criticism of the Rafah offensive.", actors=actors) == {
        ("Egypt", "rafah-military-pressure", "opposes")}


@pytest.mark.parametrize("text", [
    "Will Qatar accept the truce?",
    "Qatar could accept the truce.",
    "Qatar might soon agree to a truce.",
])
def test_questions_and_the_reporter_s_guesses_are_no_stance(text, actors):
    assert _keys(text, actors=actors) == set()


def test_a_side_reported_saying_it_could_still_holds_it(actors):
    text = "Qatar said it could accept the truce."
    rep = [_rep(text, "it could accept the truce", "Qatar", "Qatar", "said")]
    found = extract_positions(text, ArticleMeta(name="t.txt"), [], rep, actors=actors, taxonomy=_TAX)
    assert [(p.party, p.issue, p.stance) for p in found] == [("Qatar", "ceasefire", "supports")]


@pytest.mark.parametrize("party, kept", [("Qatar", False), ("Egypt", True)])
def test_a_report_by_it_that_the_last_subject_contradicts_is_nobody_s(party, kept, actors):
    text = ("Qatar welcomed the move. Egypt had kept the crossing shut for weeks. "
            "It announced it would allow fuel convoys through.")
    content = "it would allow fuel convoys through"
    start = text.index(content)
    rep = [Reported(article="t.txt", speaker=party, party=party, faction=None, cue="announced",
                    content=content, date=None, start=start, end=start + len(content),
                    speaker_as_written="It")]
    found = extract_positions(text, ArticleMeta(name="t.txt"), [], rep, actors=actors, taxonomy=_TAX)
    assert [(p.party, p.issue) for p in found] == ([(party, "aid")] if kept else [])


def test_a_cue_closing_a_relative_clause_takes_the_noun_before_which(actors):
    assert _keys("The paper, which Qatar endorsed, included a truce.", actors=actors) == set()
    assert _keys("Qatar endorsed, for the third time, a truce.", actors=actors) == {
        ("Qatar", "ceasefire", "supports")}


@pytest.mark.parametrize("quoted", [
    "They want to continue the war,",
    "He rejects any truce,",
    "Of course, she refuses any truce,",
])
def test_he_she_they_in_someone_s_own_words_is_not_the_speaker(quoted, actors):
    text = f'"{quoted}" a Qatari official said.'
    assert _keys(text, [_quote(text, quoted, "a Qatari official", "Qatar")], actors=actors) == set()
    mine = "We reject any truce,"
    text = f'"{mine}" a Qatari official said.'
    assert _keys(text, [_quote(text, mine, "a Qatari official", "Qatar")], actors=actors) == {
        ("Qatar", "ceasefire", "rejects")}


@pytest.mark.parametrize("quoted", [
    "The occupation refuses any truce,",
    "The enemy wants to go on with its aggression and rejects any truce,",
])
def test_the_other_side_named_as_the_enemy_in_a_quote_is_not_the_speaker(quoted, actors):
    text = f'"{quoted}" a Hezbollah official said.'
    assert _keys(text, [_quote(text, quoted, "a Hezbollah official", "Hamas")], actors=actors) == set()


@pytest.mark.parametrize("quoted", ["They must stop the war,", "The enemy must stop the war,"])
def test_what_the_speaker_says_another_must_do_is_still_their_demand(quoted, actors):
    text = f'"{quoted}" a Qatari official said.'
    assert _keys(text, [_quote(text, quoted, "a Qatari official", "Qatar")], actors=actors) == {
        ("Qatar", "ceasefire", "demands")}


def test_he_after_told_someone_is_the_teller(actors):
    assert _keys("Gallant told Blinken he would not accept a truce.", actors=actors) == {
        ("Israel", "ceasefire", "rejects")}


@pytest.mark.parametrize("text, party", [
    ("Gallant, under pressure from Blinken, agreed to a truce.", "Israel"),
    ("Hamas, unlike Qatar, rejected a truce.", "Hamas"),
])
def test_a_name_in_an_aside_before_the_verb_is_not_the_subject(text, party, actors):
    assert {k[0] for k in _keys(text, actors=actors)} == {party}


def test_telling_another_side_to_accept_is_a_demand(actors):
    assert _keys("Blinken told Gallant to accept a truce.", actors=actors) == {
        ("United States", "ceasefire", "demands")}


def test_a_quote_opening_on_what_it_would_do_is_no_stance_of_the_speaker(actors):
    text = '"It would allow more fuel into the enclave," Kirby said.'
    quoted = "It would allow more fuel into the enclave,"
    assert _keys(text, [_quote(text, quoted, "John Kirby", "United States")], actors=actors) == set()
    text = '"It is time to get a truce done," Kirby said.'
    quoted = "It is time to get a truce done,"
    assert _keys(text, [_quote(text, quoted, "John Kirby", "United States")], actors=actors) == {
        ("United States", "ceasefire", "supports")}


@pytest.mark.parametrize("quoted", [
    "Our enemies want us to stop the war,",
    "Some people demand a truce,",
    "Those who call for a truce are naive,",
    "The world demands a truce, but we will fight on,",
])
def test_people_the_speaker_talks_about_in_a_quote_hold_no_stance_of_the_speaker(quoted, actors):
    text = f'"{quoted}" Gallant said.'
    assert _keys(text, [_quote(text, quoted, "Yoav Gallant", "Israel")], actors=actors) == set()


@pytest.mark.parametrize("quoted, stance", [
    ("I want a truce,", "demands"),
    ("The government will not agree to a truce,", "rejects"),
    ("All of us want a truce,", "demands"),
    ("A truce is essential,", "demands"),
])
def test_the_speaker_and_their_side_in_a_quote_still_hold_it(quoted, stance, actors):
    text = f'"{quoted}" Gallant said.'
    assert _keys(text, [_quote(text, quoted, "Yoav Gallant", "Israel")], actors=actors) == {
        ("Israel", "ceasefire", stance)}


def test_people_the_speaker_talks_about_in_a_report_hold_no_stance_of_the_speaker(actors):
    text = "Gallant said the world demands a truce."
    rep = [_rep(text, "the world demands a truce", "Yoav Gallant", "Israel", "said")]
    assert extract_positions(text, ArticleMeta(name="t.txt"), [], rep, actors=actors, taxonomy=_TAX) == []
    text = "A Hamas official said the group would not accept a truce."
    rep = [_rep(text, "the group would not accept a truce", "a Hamas official", "Hamas", "said")]
    found = extract_positions(text, ArticleMeta(name="t.txt"), [], rep, actors=actors, taxonomy=_TAX)
    assert [(p.party, p.stance) for p in found] == [("Hamas", "rejects")]


@pytest.mark.parametrize("text", [
    "Ben-Gvir said the negotiators must remain at home.",
    "Ben-Gvir demanded that Gallant call back the negotiating team.",
])
def test_keeping_the_negotiators_home_opposes_the_talks(text, actors):
    assert _keys(text, actors=actors) == {("Israel", "talks-and-mediation", "opposes")}


@pytest.mark.parametrize("text, key", [
    ("Jordan's king called for an end to the blockade of aid.", ("Other", "aid", "demands")),
    ("Egypt urged Israel to lift restrictions on aid.", ("Egypt", "aid", "demands")),
    ("Egypt demanded an end to the military presence in the corridor.", ("Egypt", "withdrawal", "demands")),
    ("Smotrich called for an end to the talks.", ("Israel", "talks-and-mediation", "opposes")),
    ("Egypt demanded the end of the war, the withdrawal of troops and more aid.", ("Egypt", "withdrawal", "demands")),
])
def test_undoing_the_opposite_of_an_issue_turns_it_round(text, key, actors):
    assert key in _keys(text, actors=actors)
    assert (key[0], key[1], "opposes" if key[2] == "demands" else "demands") not in _keys(text, actors=actors)


@pytest.mark.parametrize("text", [
    "Qatar blamed Gallant's refusal to end the war for the collapse.",
    "Egypt condemned Hamas's rejection of the truce.",
])
def test_a_critic_s_name_for_another_side_s_conduct_is_no_stance(text, actors):
    assert _keys(text, actors=actors) == set()


def test_what_one_side_wants_another_to_promise_is_no_stance_of_the_other(actors):
    assert _keys("Qatar demanded guarantees that Israel would not resume the war.", actors=actors) == set()


def test_refusing_the_opposite_of_an_issue_with_no_cue_is_for_the_issue(actors):
    text = '"We will not resume the war," Gallant said.'
    q = _quote(text, "We will not resume the war,", "Yoav Gallant", "Israel")
    assert _keys(text, [q], actors=actors) == {("Israel", "ceasefire", "demands")}


@pytest.mark.parametrize("text, keys", [
    ("Jordan asked that Hamas accept the truce.", set()),
    ("Qatar wants assurances that Israel will accept a permanent truce.", set()),
    ("Qatar demanded that Israel agree to a permanent truce.", {("Qatar", "ceasefire", "demands")}),
])
def test_a_that_clause_under_a_demand_is_the_demander_s(text, keys, actors):
    assert _keys(text, actors=actors) == keys


@pytest.mark.parametrize("text", [
    "Jordan is confident Hamas will accept the truce.",
    "Qatar is optimistic that Israel will agree to a truce.",
    "Qatar hopes Hamas will accept the truce.",
])
def test_a_side_named_after_someone_s_hope_or_belief_states_nothing(text, actors):
    assert not any(k[0] in ("Hamas", "Israel") for k in _keys(text, actors=actors))


def test_a_fear_in_an_opening_phrase_leaves_the_subject_s_stance(actors):
    text = "With fears of a wider war growing, the Egyptian president urged world powers to halt the fighting."
    assert _keys(text, actors=actors) == {("Egypt", "ceasefire", "demands")}


def test_names_in_a_relative_clause_aside_are_not_the_subject(actors):
    text = "Hamas, which Washington and Cairo regard as a spoiler, rejected the truce."
    assert _keys(text, actors=actors) == {("Hamas", "ceasefire", "rejects")}


def test_a_possessive_after_the_subject_is_an_apposition_not_a_list(actors):
    text = "Jordan, Egypt's partner in the talks, urged a truce."
    assert {k[0] for k in _keys(text, actors=actors)} <= {"Other"}


@pytest.mark.parametrize("text", [
    "Qatar would not accept a deal that does not end the war.",
    "Gallant will not agree to any deal that leaves Hamas in power.",
    "Qatar will not accept a truce without a full withdrawal.",
])
def test_refusing_some_versions_of_an_issue_is_conditional_not_a_rejection(text, actors):
    got = _keys(text, actors=actors)
    assert got and all(k[2] == "conditional" for k in got if k[1] == "ceasefire")


@pytest.mark.parametrize("text", [
    "Qatar turned down the truce that Egypt proposed.",
    "Qatar turned down the truce put forward by Egypt.",
])
def test_turning_down_an_offered_deal_rejects_it(text, actors):
    assert _keys(text, actors=actors) == {("Qatar", "ceasefire", "rejects")}


@pytest.mark.parametrize("text", [
    "Qatar refused to accept the truce.",
    "Qatar refused to agree to a truce.",
    "Qatar declined to accept a truce.",
])
def test_refusing_to_accept_rejects(text, actors):
    assert _keys(text, actors=actors) == {("Qatar", "ceasefire", "rejects")}


def test_guaranteeing_is_support_and_refusing_guarantees_one_rejection(actors):
    assert _keys("Egypt will guarantee the truce.", actors=actors) == {("Egypt", "ceasefire", "supports")}
    assert _keys("Egypt refused to give guarantees of a permanent truce.", actors=actors) == {
        ("Egypt", "ceasefire", "rejects")}


@pytest.mark.parametrize("text, key", [
    ("Jordan's neighbour Egypt is opposed to accepting a truce.", ("Egypt", "ceasefire", "opposes")),
    ("Egypt rejected demands to withdraw its troops.", ("Egypt", "withdrawal", "rejects")),
    ("Egypt vetoed a resolution demanding a truce.", ("Egypt", "ceasefire", "rejects")),
    ("Egypt criticised calls for a truce.", ("Egypt", "ceasefire", "opposes")),
    ("Egypt objected to agreeing to a truce.", ("Egypt", "ceasefire", "opposes")),
    ("Egypt is opposed to a truce.", ("Egypt", "ceasefire", "opposes")),
])
def test_a_refusal_before_an_inner_demand_or_support_is_the_stance(text, key, actors):
    got = {k for k in _keys(text, actors=actors) if k[0] == key[0]}
    assert got == {key}


@pytest.mark.parametrize("text, expected", [
    # the calls are nobody's demand here; resisting them is the resister's opposition
    ("Egypt resisted calls for a truce.", {("Egypt", "ceasefire", "opposes")}),
    ("Egypt ignored demands to withdraw.", set()),
])
def test_calls_and_demands_nobody_named_makes_are_nobody_s(text, expected, actors):
    assert _keys(text, actors=actors) == expected


def _positions_of(text: str, actors=None) -> set[tuple[str, str, str]]:
    from extract import extract_article
    return {(p.party, p.issue, p.stance) for p in extract_article(text, "t.txt", actors=actors).positions}


def test_idiomatic_no_does_not_negate():
    got = _positions_of("Headline\n\nIsrael and Hamas resumed talks on a truce in Gaza on Monday. \u201cI reiterate my "
                        "appeal for both parties to show courage and spare no effort to secure an agreement now,\u201d "
                        "UN Secretary General Ana Ruiz said of the Gaza talks.\n")
    assert not any(party == "United Nations" and stance in ("opposes", "rejects") for party, _, stance in got), got


def test_rejecting_offers_to_end_the_war_rejects_both_issues():
    got = _positions_of("Headline\n\nIsrael's prime minister Avi Dror has rejected Hamas\u2019s offers to end the "
                        "war and free the captives in Gaza.\n")
    assert {("Israel", "ceasefire", "rejects"), ("Israel", "hostages", "rejects")} <= got, got


def test_a_sides_own_demands_are_its_position(actors):
    """"sticking to its original demands for X": the subject's own demands, unlike "resisted
    calls for X" or "faced demands for X"."""
    text = "Hamas is sticking to its original demands for a permanent ceasefire."
    assert _keys(text, actors=actors) == {("Hamas", "ceasefire", "demands")}
    assert _keys("Egypt faced demands for a permanent ceasefire.", actors=actors) == set()


@pytest.mark.parametrize("text, expected", [
    ("Jordan has warned that a full-scale assault on Rafah could cause a humanitarian catastrophe.",
     {("Other", "rafah-military-pressure", "opposes")}),
    ("Egypt said an offensive on Rafah would be a catastrophe.", {("Egypt", "rafah-military-pressure", "opposes")}),
    # the catastrophe is the issue's absence: no position rather than the wrong one
    ("Egypt said a failure to reach a ceasefire would be a catastrophe.", set()),
])
def test_a_warned_of_catastrophe_opposes_the_issue(actors, text, expected):
    assert _keys(text, actors=actors) == expected


def test_a_deal_with_a_side_is_a_deal_but_to_deal_with_it_is_not(actors):
    assert _keys("Smotrich opposed any deal with Hamas.", actors=actors) == {("Israel", "ceasefire", "opposes")}
    assert _keys("Smotrich said the army must deal with Hamas.", actors=actors) == set()


def test_a_quoted_verb_phrase_belongs_to_the_reported_clauses_subject():
    """'an Egyptian official said that Hamas had “rejected ...”': the fragment is what Hamas
    did as the official tells it, and rejecting is a stated decision of Hamas's."""
    for lead in ("said that Hamas had", "said Hamas", "said that Hamas had \u201cchanged the terms\u201d and"):
        got = _positions_of("Headline\n\nTalks on a Gaza truce resumed in Cairo. An Egyptian official "
                            f"{lead} \u201crejected the proposal for a hostage release\u201d.\n")
        assert ("Hamas", "hostages", "rejects") in got and not any(p == "Egypt" for p, _, _ in got), (lead, got)


def test_a_term_demanded_as_leading_to_another_demands_both(actors):
    text = "Hamas is sticking to its demands for a permanent ceasefire that would lead to a full withdrawal of troops."
    assert _keys(text, actors=actors) == {("Hamas", "ceasefire", "demands"), ("Hamas", "withdrawal", "demands")}


@pytest.mark.parametrize("second", [
    "The group said it was sticking to its demands for a permanent ceasefire.",
    "It also reaffirmed that it was sticking to its demands for a permanent ceasefire.",
])
def test_a_pronoun_after_the_subjects_own_speech_verb_is_the_subject(second, actors):
    text = "On Saturday, Hamas put out a statement on the talks in Doha. " + second
    assert ("Hamas", "ceasefire", "demands") in _keys(text, actors=actors)


@pytest.mark.parametrize("text, expected", [
    # another side's obligation, in the speaker's words: the speaker's demand
    ("\u201cHamas needs to accept that deal,\u201d State Department spokesman Tom Reyes said.",
     {("United States", "ceasefire", "demands")}),
    ("\u201cIsrael should agree to a permanent ceasefire,\u201d Hamas official Basem Naim said.",
     {("Hamas", "ceasefire", "demands")}),
])
def test_what_a_speaker_says_another_side_must_accept_is_the_speakers_demand(text, expected):
    got = _positions_of("Headline\n\nTalks on a truce in Gaza resumed in Cairo. " + text + "\n")
    assert got == expected, got


@pytest.mark.parametrize("text, expected", [
    ("Hamas said the talks would continue.", {("Hamas", "talks-and-mediation", "supports")}),
    ("Qatar said it was continuing with its mediation efforts on Gaza.", {("Qatar", "talks-and-mediation", "supports")}),
    # the reporter's "talks continue" is nobody's stance
    ("Israel seized the Rafah crossing as truce talks continue.", set()),
])
def test_a_side_keeping_the_talks_going_supports_them(text, expected, actors):
    assert _keys(text, actors=actors) == expected


@pytest.mark.parametrize("text, expected", [
    ("\u201cThe war in Gaza could end tomorrow if Hamas surrenders,\u201d Netanyahu said.",
     {("Israel", "ceasefire", "conditional")}),
    ("Hamas will agree to a ceasefire only if Israel withdraws its forces.",
     {("Hamas", "ceasefire", "conditional")}),
    ("Egypt said it could send far more aid to Gaza only if Israel opens the crossings.",
     {("Egypt", "aid", "conditional")}),
    # a condition in the reporter's words, with no side holding anything
    ("The truce in Gaza could collapse if the strikes go on.", set()),
])
def test_an_issue_held_out_on_a_condition_is_conditional(text, expected):
    assert _positions_of("Headline\n\nTalks went on in Cairo.\n\n" + text + "\n") == expected


def test_fighting_until_a_goal_is_reached_states_the_war_goals():
    got = _positions_of("Headline\n\nTalks went on in Cairo.\n\n\u201cWe will fight until we destroy Hamas and bring "
                        "all our hostages home,\u201d Israeli defence minister Avi Dror said.\n")
    assert got == {("Israel", "hamas-rule", "opposes"), ("Israel", "hostages", "demands")}, got


@pytest.mark.parametrize("text, expected", [
    ("Two Israeli ministers threatened to quit the government if the ceasefire deal goes ahead.",
     {("Israel", "ceasefire", "opposes")}),
    ("Two Israeli ministers threatened to bring down the government if Netanyahu agrees to a "
     "deal with Hamas.", {("Israel", "ceasefire", "opposes")}),
    ("Israeli ministers threatened to quit the war cabinet unless a hostage deal is reached.",
     {("Israel", "hostages", "demands")}),
    # a threat of something else is no stance on the condition
    ("Israel threatened to launch an offensive if the talks fail.", set()),
])
def test_threatening_to_quit_over_an_issue(text, expected, actors):
    assert _keys(text, actors=actors) == expected


@pytest.mark.parametrize("sentence, expected", [
    ("Avi Dror, Israel's finance minister, rejected the ceasefire deal with Hamas.",
     {("Israel", "ceasefire", "rejects")}),
    ("Israeli finance minister Avi Dror opposed any ceasefire with Hamas.", {("Israel", "ceasefire", "opposes")}),
])
def test_a_person_missing_from_the_actors_file_holds_a_stance(sentence, expected):
    """The attribution places a new minister by the appositive or title; the positions'
    own scan, which knows only the actors table's names, would find no holder."""
    got = _positions_of("Headline\n\nTalks on Gaza went on in Cairo.\n\n" + sentence + "\n")
    assert got == expected, got


@pytest.mark.parametrize("text, expected", [
    ("Israel's war cabinet approved the hostage deal with Hamas.", {("Israel", "hostages", "supports")}),
    ("Hamas signed on to the ceasefire plan.", {("Hamas", "ceasefire", "supports")}),
    ("Hamas suspended negotiations with Israel.", {("Hamas", "talks-and-mediation", "opposes")}),
    ("Hamas has walked away from the talks with Israel.", {("Hamas", "talks-and-mediation", "opposes")}),
    ("Egypt offered to host a new round of talks on Gaza.", {("Egypt", "talks-and-mediation", "supports")}),
    # an event nobody decides here
    ("The talks were suspended after Israel struck Rafah.", set()),
])
def test_decisions_about_a_deal_or_the_talks(text, expected, actors):
    assert _keys(text, actors=actors) == expected


@pytest.mark.parametrize("sentence, expected", [
    ("\u201cRelease the hostages,\u201d Israeli minister Avi Dror told Hamas.", {("Israel", "hostages", "demands")}),
    ("\u201cStop the war now,\u201d Hamas official Basem Naim said.", {("Hamas", "ceasefire", "demands")}),
    ("\u201cSign the deal, save the hostages,\u201d said Dana Levi, a Hamas official.",
     {("Hamas", "ceasefire", "demands"), ("Hamas", "hostages", "demands")}),
    # a statement, not a command
    ("\u201cThey take hostages and then make demands,\u201d Israeli minister Avi Dror said of Hamas.", set()),
])
def test_a_quote_that_opens_on_a_command_is_the_speakers_demand(sentence, expected):
    got = _positions_of("Headline\n\nTalks on Gaza went on in Cairo.\n\n" + sentence + "\n")
    assert got == expected, got


@pytest.mark.parametrize("text, expected", [
    ("The US backed the hostage deal with Hamas.", {("United States", "hostages", "supports")}),
    ("Hamas has long sought a permanent end to the war in Gaza.", {("Hamas", "ceasefire", "demands")}),
    ("Qatar has been trying to broker a ceasefire in Gaza.", {("Qatar", "ceasefire", "supports")}),
    ("Hamas is holding out for a permanent ceasefire in Gaza.", {("Hamas", "ceasefire", "demands")}),
    ("Netanyahu has resisted pressure to end the war in Gaza.", {("Israel", "ceasefire", "opposes")}),
    ("Netanyahu defied calls for a truce in Gaza.", {("Israel", "ceasefire", "opposes")}),
    # a dropped demand is no stance
    ("Hamas backed away from its demand for a permanent ceasefire.", set()),
])
def test_more_ways_of_holding_a_stance(text, expected, actors):
    assert _keys(text, actors=actors) == expected


@pytest.mark.parametrize("text, expected", [
    ("Hamas welcomed the UN resolution calling for a ceasefire in Gaza.",
     {("Hamas", "ceasefire", "supports"), ("United Nations", "ceasefire", "demands")}),
    ("Hamas has made an end to the war a condition for any deal.", {("Hamas", "ceasefire", "demands")}),
    ("The Israeli government voted to approve the ceasefire agreement with Hamas.",
     {("Israel", "ceasefire", "supports")}),
    ("Netanyahu said Israel would press ahead with its Rafah operation.",
     {("Israel", "rafah-military-pressure", "supports")}),
])
def test_authored_texts_conditions_votes_and_pressing_ahead(text, expected, actors):
    assert _keys(text, actors=actors) == expected


def test_the_issue_held_out_is_not_its_holder(actors):
    # "the hostages" reads as an Israeli side's mention elsewhere; here it is the issue
    assert _keys("Hamas will release the hostages only if Israel ends the war.", actors=actors) == {
        ("Hamas", "hostages", "conditional")}


@pytest.mark.parametrize("text, expected", [
    ("Hamas is demanding that Israel pull its troops out of Gaza.", {("Hamas", "withdrawal", "demands")}),
    ("Egypt warned that an invasion of Rafah would threaten its peace treaty with Israel.",
     {("Egypt", "rafah-military-pressure", "opposes")}),
    ("Israel has offered a six-week pause in fighting in Gaza.", {("Israel", "ceasefire", "supports")}),
    # a demand let go is no stance on the issue
    ("Hamas signalled it was ready to drop its demand for a permanent ceasefire in Gaza.", set()),
])
def test_troops_out_threatened_consequences_offers_and_dropped_demands(text, expected, actors):
    assert _keys(text, actors=actors) == expected


def test_an_object_slot_in_a_cue(actors):
    # "warned _ against": the one warned stands between the verb and its preposition
    assert _keys("The US warned Israel against launching a major offensive on Rafah.", actors=actors) == {
        ("United States", "rafah-military-pressure", "opposes")}
    assert _keys("Egypt cautioned the Israeli government against an assault on Rafah.", actors=actors) == {
        ("Egypt", "rafah-military-pressure", "opposes")}


@pytest.mark.parametrize("text, expected", [
    ("Israel has refused to release prisoners convicted of murder in Gaza.", {("Israel", "prisoners", "rejects")}),
    ("Israel said it would increase the number of aid trucks entering Gaza.", {("Israel", "aid", "supports")}),
    # what a side did is no stance
    ("Israel increased aid deliveries to Gaza last week.", set()),
])
def test_prisoners_released_and_more_aid(text, expected, actors):
    assert _keys(text, actors=actors) == expected


def test_a_title_states_a_stance_without_its_header_key():
    text = ("title: Netanyahu rejects Hamas's proposed ceasefire terms\noutlet: BBC News\n"
            "published: 2024-02-07\n\nTalks on Gaza went on in Cairo.\n")
    from extract import extract_article
    res = extract_article(text, "t.txt")
    assert [(p.party, p.stance, p.evidence) for p in res.positions] == [
        ("Israel", "rejects", "Netanyahu rejects Hamas's proposed ceasefire terms")], res.positions


@pytest.mark.parametrize("sentence, expected", [
    # a promise to leave the government over an issue
    ("Israeli minister Avi Dror said his party will withdraw from the ruling coalition if the cabinet approves "
     "the ceasefire deal with Hamas.", {("Israel", "ceasefire", "opposes")}),
    ("Israeli minister Avi Dror vowed on Thursday to resign from the government if the ceasefire becomes "
     "permanent.", {("Israel", "ceasefire", "opposes")}),
    # an act named as the subject of a judgement is no stance by itself
    ("\u201cAgreeing to such a deal is not the ultimate victory,\u201d Israeli minister Avi Dror said of Gaza.", set()),
    # a weekday is no other person between the holder and "his"
    ("Israeli minister Avi Dror issued a statement Tuesday to express his strong opposition to a ceasefire in Gaza.",
     {("Israel", "ceasefire", "opposes")}),
])
def test_more_from_real_articles(sentence, expected):
    got = _positions_of("Headline\n\nTalks on Gaza went on in Cairo.\n\n" + sentence + "\n")
    assert got == expected, got


@pytest.mark.parametrize("sentence, expected", [
    # a claim of fact after "insisted that" is no demand
    ("Qatari spokesman Majid al-Ansari insisted that indirect talks between Hamas and Israel had resumed in Doha.",
     set()),
    # what a side says another side must do, reported: the sayer's demand
    ("Hamas insisted that Israel must withdraw from Gaza.", {("Hamas", "withdrawal", "demands")}),
    ("Egypt said Israel should allow more aid into Gaza.", {("Egypt", "aid", "demands")}),
    # in the writer's own voice, what a side must do is no stance of that side's
    ("Israeli forces must fully withdraw from Gaza.", set()),
    ("Hamas must now release the hostages.", set()),
])
def test_insisting_on_a_fact_and_reported_obligations(sentence, expected):
    got = _positions_of("Headline\n\nTalks on Gaza went on in Cairo.\n\n" + sentence + "\n")
    assert got == expected, got


@pytest.mark.parametrize("text, expected", [
    # in what a side says, "its" is the side saying it
    ("Hamas released statements saying Israel has backtracked from previous proposals and that its demands for a "
     "withdrawal from Gaza have not been met.", {("Hamas", "withdrawal", "demands")}),
    # a possessive just named owns the "its" coordinated with it
    ("Israel rejected Hamas's offer and its demands for a withdrawal from Gaza.", {("Hamas", "withdrawal", "demands")}),
])
def test_whose_demands_its_means(text, expected, actors):
    assert _keys(text, actors=actors) == expected


@pytest.mark.parametrize("text, expected", [
    # rejecting the versions that lack something is a condition, not a rejection
    ("Hamas has previously rejected ceasefire proposals that did not include this requirement.",
     {("Hamas", "ceasefire", "conditional")}),
    # a participle opens its own clause: the accusation is no stance on the talks
    ("Hamas warned against falling into Netanyahu's trap, alleging that he uses negotiations to extend the war.",
     set()),
])
def test_restricted_rejections_and_participle_clauses(text, expected, actors):
    assert _keys(text, actors=actors) == expected


@pytest.mark.parametrize("text, expected", [
    ("Hamas has refused to disarm, a key Israeli demand.", {("Hamas", "hamas-rule", "demands")}),
    ("Israel demanded that Hamas disarm in Gaza.", {("Israel", "hamas-rule", "opposes")}),
    ("Hamas rejected Israel's demands that it give up its weapons in Gaza.",
     {("Hamas", "hamas-rule", "demands"), ("Israel", "hamas-rule", "opposes")}),
])
def test_hamas_giving_up_its_arms_is_the_hamas_rule_issue(text, expected, actors):
    assert _keys(text, actors=actors) == expected


@pytest.mark.parametrize("text, expected", [
    # refusing to stop before a war goal is that goal
    ("The defence minister said Israel would not stop its offensive until Hamas is defeated.",
     {("Israel", "hamas-rule", "opposes")}),
    ("Israel's cabinet has vowed not to stop the fighting until Hamas is eliminated.",
     {("Israel", "hamas-rule", "opposes")}),
    # a mediator carrying on, and a dialogue
    ("Egypt said it would continue its efforts to secure a truce.", {("Egypt", "ceasefire", "supports")}),
    ("Egypt's foreign ministry said it would continue its dialogue with both sides.",
     {("Egypt", "talks-and-mediation", "supports")}),
    ("Egypt will continue working to bring about a truce.", {("Egypt", "ceasefire", "supports")}),
    # medical access is aid; a full-scale assault is the military pressure
    ("The United Nations called for urgent medical access to the hospitals.",
     {("United Nations", "aid", "demands")}),
    ("Egypt warned that a ground assault would be a catastrophe.",
     {("Egypt", "rafah-military-pressure", "opposes")}),
    ("Smotrich has pushed back against a truce.", {("Israel", "ceasefire", "opposes")}),
    # an offer a side would weigh under a condition
    ("Hamas said it would consider a truce as long as the strikes stop.", {("Hamas", "ceasefire", "conditional")}),
])
def test_war_goals_carrying_on_and_weighing(text, expected, actors):
    assert _keys(text, actors=actors) == expected


@pytest.mark.parametrize("text, expected", [
    # a mediator keeping its role, in so many words
    ("Egypt will continue its diplomatic role in mediating a truce.", {("Egypt", "talks-and-mediation", "supports")}),
    # both sides confirming they agree
    ("Israel and Hamas have confirmed their agreement to a truce.",
     {("Israel", "ceasefire", "supports"), ("Hamas", "ceasefire", "supports")}),
    # (an agreement rejected is still rejected)
    ("Hamas rejected an agreement to a truce.", {("Hamas", "ceasefire", "rejects")}),
])
def test_a_mediators_role_and_a_confirmed_agreement(text, expected, actors):
    assert _keys(text, actors=actors) == expected


def test_a_newsroom_reporting_a_deal_holds_no_position(actors):
    got = _positions_of("Headline\n\nAl Jazeera reported that the deal called for Hamas to free 30 "
                        "hostages in exchange for a six-week ceasefire in Gaza.\n", actors)
    assert not any(party == "Other" for party, _, _ in got), got
