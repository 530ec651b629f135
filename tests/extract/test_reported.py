"""Reported (indirect) speech records."""
from __future__ import annotations

import pytest

from extract import extract_article


def reported(text, actors):
    res = extract_article(text, "t.txt", actors=actors, positions=False)
    for r in res.reported:
        assert res.text[r.start:r.end] == r.content
    return [(r.speaker, r.cue, r.content) for r in res.reported]


@pytest.mark.parametrize("text, speaker, cue, content", [
    ("Hamas said that it would not release any more hostages without a ceasefire.",
     "Hamas", "said", "it would not release any more hostages without a ceasefire"),
    ("Netanyahu insisted the army would enter Rafah with or without a deal.",
     "Benjamin Netanyahu", "insisted", "the army would enter Rafah with or without a deal"),
    ("A senior Egyptian official told Reuters that the talks had stalled over the Philadelphi corridor.",
     "a senior Egyptian official", "told", "the talks had stalled over the Philadelphi corridor"),
    ("According to a Western diplomat, the two sides were close to an agreement on the first phase.",
     "a Western diplomat", "according to", "the two sides were close to an agreement on the first phase"),
    ("Qatar demanded that both sides show flexibility in the coming round.",
     "Qatar", "demanded", "both sides show flexibility in the coming round"),
])
def test_reported(actors, text, speaker, cue, content):
    got = reported(text, actors)
    assert any(s.endswith(speaker.split()[-1]) and c == cue and ct == content for s, c, ct in got), got


def test_inverted_speaker_with_time_and_place_after(actors):
    """"..., which rules the Gaza Strip, said ICRC head Jane Roe in Geneva on Tuesday.": the
    name after "said" speaks, not the body the relative clause was about; a clause after the
    name is still what the subject said."""
    text = ("The committee works for the hostages. It is in contact with the government and the Palestinian "
            "group Hamas, which rules the Gaza Strip, said ICRC head Mira Roe in Geneva on Tuesday.")
    assert reported(text, actors) == [("Mira Roe", "said", "It is in contact with the government and the "
                                                         "Palestinian group Hamas, which rules the Gaza Strip")]
    assert reported("Hamas, which runs the strip, said Israel had broken the truce on Tuesday.", actors) == [
        ("Hamas", "said", "Israel had broken the truce on Tuesday")]


def test_mixed_quote_is_not_reported(actors):
    text = "Hamas said that Israel had given an \u201coverall negative response\u201d to its proposal."
    assert reported(text, actors) == []


def test_no_reported_without_speech_verb(actors):
    assert reported("The talks resumed in Doha on Sunday after a week-long pause.", actors) == []


@pytest.mark.parametrize("text, speaker, content", [
    # an appositive that opens with a bare noun: the name before it speaks, not "the suing states"
    ("Richard Revesz, director of the Institute for Policy Integrity at New York University, said the suing "
     "states were exaggerating the reach of the EPA.",
     "Richard Revesz", "the suing states were exaggerating the reach of the EPA"),
    ("Rep. Gregory W. Meeks (D-N.Y.), chairman of the Congressional Black Caucus PAC, said members will help "
     "him raise cash.", "Gregory W. Meeks", "members will help him raise cash"),
    # the clause ends where a new attribution or a contrast starts
    ("Strada accused the Saudi government of attempting to intimidate the families and asserted that "
     "they are tired of waiting.", "Strada", "the Saudi government of attempting to intimidate the families"),
    ("At the forum, Clinton called her vote in favor of the war a mistake, but she noted that Trump also "
     "supported the invasion.", "Clinton", "her vote in favor of the war a mistake"),
    # an attribution that closes the sentence, with a time and a trailing clause
    ("The obsession is an insult to all African-Americans, top black lawmakers said Friday afternoon, as they "
     "bristled at the questions.", "top black lawmakers", "The obsession is an insult to all African-Americans"),
    # an attribution in the middle, with the clause running on after "that"
    ("The air pollution there had become so bad, Mr. Obama noted, that the most-visited page was the "
     "air-quality monitor.", "Obama",
     "The air pollution there had become so bad, Mr. Obama noted, that the most-visited page was the "
     "air-quality monitor"),
    # a mixed quote later in the sentence: the reported part before its clause boundary
    ("Republicans said the timing of the news was not intentional, and Democrats accused the GOP of "
     "\u201cstoking the fire.\u201d", "Republicans", "the timing of the news was not intentional"),
])
def test_reported_clause_bounds(actors, text, speaker, content):
    got = reported(text, actors)
    assert any(s.split()[-1] == speaker.split()[-1] and ct == content for s, _, ct in got), got


def test_adverbial_lead_in_is_not_content(actors):
    got = reported("In a Wall Street Journal essay last week, Ivanka Trump acknowledged their uphill battle.", actors)
    assert all(not ct.startswith("In a Wall Street") for _, _, ct in got), got


def test_place_after_name_is_not_speaker(actors):
    got = reported("Johnnie Wilson, of Springfield, Va., said he had fought in Vietnam for the rights.", actors)
    assert got and got[0][0] == "Johnnie Wilson", got


@pytest.mark.parametrize("text, speaker, content", [
    # a sentence-closing "reported the X" beats an appositive-looking name in the clause
    ("Headline\n\nJudith Raanan was born in Israel and often used her Hebrew name, Yehudit, reported the Chicago "
     "Tribune.", "Chicago Tribune", "Judith Raanan was born in Israel and often used her Hebrew name, Yehudit"),
    # a semicolon inside a list does not end the reported clause
    ("Headline\n\nIsraeli officials said three hostages \u2014 Noa Marciano, 19; Yehudit Weiss, 65; and Ravid Katz, "
     "51 \u2014 were killed.", "Israeli officials",
     "three hostages \u2014 Noa Marciano, 19; Yehudit Weiss, 65; and Ravid Katz, 51 \u2014 were killed"),
    # "and some told reporters ...": a new attribution ends the clause
    ("Headline\n\nMany demonstrators demanded Mr Netanyahu's resignation and some told reporters they feared the "
     "worst.", "Many demonstrators", "Mr Netanyahu's resignation"),
    ("Headline\n\nThe Israeli military meanwhile said it had confirmed the death of the commander.",
     "Israeli military", "it had confirmed the death of the commander"),
])
def test_reported_more_shapes(actors, text, speaker, content):
    got = reported(text, actors)
    assert any(s.split()[-1] == speaker.split()[-1] and ct == content for s, _, ct in got), got


def test_hypothetical_subject_is_not_a_speaker(actors):
    got = reported("Headline\n\nSuch a step would affirm the relevance of international law for small states.",
                   actors)
    assert all(s != "Such a step" for s, _, _ in got), got


@pytest.mark.parametrize("text, speaker, content", [
    ("Headline\n\nAccording to exit polls, most voters in the south backed the ceasefire deal.", "exit polls",
     "most voters in the south backed the ceasefire deal"),
    ("Headline\n\nAbout 9.9 million people live in the area, according to federal statistics.", "federal statistics",
     "About 9.9 million people live in the area"),
])
def test_according_to_any_noun_phrase(actors, text, speaker, content):
    assert (speaker, "according to", content) in reported(text, actors)


@pytest.mark.parametrize("text, speaker", [
    ("Headline\n\nThe city sent a cease-and-desist letter on Thursday. It says the campaign violated state law by "
     "using the images.", "the city"),
    ("Headline\n\nSeveral states sued the agency last year. They argue that the agency overstepped its authority.",
     "Several states"),
])
def test_it_and_they_from_the_sentence_before(actors, text, speaker):
    assert speaker in [s for s, _, _ in reported(text, actors)]


def test_relative_clause_content_ends_at_its_comma(actors):
    got = reported("Headline\n\nHamas, which has called for a full withdrawal, rejected the plan on Monday.", actors)
    assert ("Hamas", "called for", "a full withdrawal") in got, got


def test_adverb_and_party_tag_are_not_speakers(actors):
    got = reported("Headline\n\nA senior Egyptian official wrongly insisted that the crossing would stay open.",
                   actors)
    assert got and got[0][0] == "a senior Egyptian official", got
    got = reported("Headline\n\nSen. Lindsey Graham, R-S.C., said that the bill should be changed.", actors)
    assert got and got[0][0] == "Lindsey Graham", got


def test_told_with_a_long_object_before_that(actors):
    got = reported("Headline\n\nIn Doha, Blinken told a meeting of Gulf foreign ministers that the deal was close.",
                   actors)
    assert any(c == "the deal was close" for _, v, c in got if v == "told"), got


@pytest.mark.parametrize("text, bad", [
    # the name inside a restrictive relative clause is not the subject
    ("Headline\n\nOne family member who attended the meeting with Biden and Netanyahu told CNN that they hoped "
     "for pressure.", "Benjamin Netanyahu"),
    # a modifier that contradicts the earlier holder of the title
    ("Headline\n\nPrime Minister Benjamin Netanyahu spoke on Monday. The Qatari premier warned against the expansion "
     "of the conflict.", "Benjamin Netanyahu"),
])
def test_wrong_speakers_avoided(actors, text, bad):
    assert all(s != bad for s, _, _ in reported(text, actors))


def test_demands_that_is_not_the_subjects_clause(actors):
    got = reported("Headline\n\nHamas, which has rejected Israel's demands that it give up its weapons, met on "
                   "Monday.", actors)
    assert all(c != "it give up its weapons" for _, _, c in got), got


def test_reduced_relative_is_not_a_speech_verb(actors):
    got = reported("Headline\n\nThe Gulf Cooperation Council, often criticised as fractious and reactive, has an "
                   "opportunity to act.", actors)
    assert got == [], got


def test_lead_in_before_an_interrupting_attribution_keeps_the_clause(actors):
    got = reported("Headline\n\nDuring his years in office, Mr. Obama said, he had made the climate his first "
                   "priority.", actors)
    assert any(c.startswith("During his years in office") and c.endswith("first priority") for _, _, c in got), got


@pytest.mark.parametrize("text", [
    "Headline\n\nA campaign spokeswoman did not respond to requests for comment on the ceasefire.",
    "Headline\n\nHollande said as he entered the talks in Brussels on Friday.",
    "Headline\n\nThe Latest: supporters to monitor polling places.",
])
def test_no_reported_speech(actors, text):
    assert reported(text, actors) == []


def test_raising_passive_is_nobody_speaking(actors):
    got = reported("Headline\n\nHaniyeh is the second leader of an Iran-backed group reported to have been "
                   "assassinated in the last day.", actors)
    assert got == [], got


def test_trailing_inverted_attribution_is_cut(actors):
    got = reported("Headline\n\nHamas demanded the release of more prisoners in exchange for hostages, said the "
                   "official, who spoke on condition of anonymity.", actors)
    assert ("Hamas", "demanded", "the release of more prisoners in exchange for hostages") in got, got


def test_an_aunt_of_a_named_girl_is_the_aunt(actors):
    got = reported("Headline\n\nAn aunt of Avigail Idan, the girl who was taken hostage by Hamas, says that her niece "
                   "shared one piece of pita bread per day.", actors)
    assert got and got[0][0] == "an aunt of Avigail Idan", got


def test_inverted_tail_needs_a_closing_noun_phrase(actors):
    got = reported("Headline\n\nThe Revolutionary Guard, an elite wing of the military, said Haniyeh\u2019s death was "
                   "under investigation, according to Iranian state media.", actors)
    assert any(c.startswith("The Revolutionary Guard, an elite wing of the military, said") for _, _, c in got), got


def test_abstract_subject_with_object_is_not_speech(actors):
    got = reported("Headline\n\nThe involvement of international actors adds a layer of complexity to the talks.",
                   actors)
    assert got == [], got


@pytest.mark.parametrize("text, speaker, content", [
    # after "that", a subordinate clause may open the content
    ("Headline\n\nJonas Berg said that, if elected, he would leave such decisions to the generals.",
     "Jonas Berg", "if elected, he would leave such decisions to the generals"),
    # a demonstrative "that" closing the clause is not the complementiser
    ("Headline\n\nJonas Berg said the new survey could change that.", "Jonas Berg", "the new survey could change that"),
    # "responded that ..." reports speech
    ("Headline\n\nThe spokesman Jonas Berg responded that the ministry cites many claims as inaccurate.",
     "Jonas Berg", "the ministry cites many claims as inaccurate"),
    # a participle after a quote has its own clause
    ("Headline\n\n\u201cThe day was personal,\u201d Jonas Berg said, adding he would never vote for the bill.",
     "Jonas Berg", "he would never vote for the bill"),
    # a quoted fragment in a participial lead-in does not make the verb a quote's attribution
    ("Headline\n\nBemoaning the \u201crigged system,\u201d Jonas Berg accused the panel of bias against farmers.",
     "Jonas Berg", "the panel of bias against farmers"),
    # "urged Y to", "warned Y to", "called on Y to": the addressee and what they are to do,
    # even with a relative "that" further on
    ("Headline\n\nThe Arctic League warned Norland to refrain from further actions that would worsen the situation.",
     "The Arctic League", "Norland to refrain from further actions that would worsen the situation"),
    ("Headline\n\nThe Berg family has called on residents to protest peacefully.",
     "The Berg family", "residents to protest peacefully"),
    # "called for X": the demand without the preposition
    ("Headline\n\nJonas Berg has called for lowering the fuel tax to 10 percent.",
     "Jonas Berg", "lowering the fuel tax to 10 percent"),
])
def test_reported_verb_complements(actors, text, speaker, content):
    got = reported(text, actors)
    assert any(s and s.split()[-1] == speaker.split()[-1] and ct == content for s, _, ct in got), got


@pytest.mark.parametrize("text, speaker, cue, content", [
    # stance verbs from extract/data/stance_verbs.toml, with their clausal complement
    ("Headline\n\nBut environmentalists worry that the new pipeline will damage the wetlands.",
     "environmentalists", "worry", "the new pipeline will damage the wetlands"),
    ("Headline\n\nJonas Berg plans to reopen the border crossing next month.",
     "Jonas Berg", "plans", "to reopen the border crossing next month"),
    ("Headline\n\nThe Nordic Alliance proposes allowing farmers to deduct the cost of fuel.",
     "the Nordic Alliance", "proposes", "allowing farmers to deduct the cost of fuel"),
    # a people noun with its qualifier speaks: "Experts on X said ..."
    ("Headline\n\nExperts on Arctic shipping and fisheries said the new quota could change the market.",
     "Experts on Arctic shipping and fisheries", "said", "the new quota could change the market"),
])
def test_reported_stance(actors, text, speaker, cue, content):
    got = reported(text, actors)
    assert any(s and s.split()[-1].lower() == speaker.split()[-1].lower() and c == cue and ct == content
               for s, c, ct in got), got


@pytest.mark.parametrize("text", [
    "Headline\n\nJonas Berg knows the area well.",  # no clausal complement: not a view
    "Headline\n\nThe new rules aim to transform the fishing industry.",  # a thing, not someone
    "Headline\n\nThe officers refused to drop their weapons.",  # an action, not a stated stance
])
def test_no_stance_without_complement_or_person(actors, text):
    assert reported(text, actors) == []


@pytest.mark.parametrize("text, speaker, content", [
    # a noun-phrase content ends before a non-restrictive relative clause and the occasion
    ("Headline\n\nJonas Berg likened the council to a cartel, which meets in secret, in an interview with the "
     "Courier last week.", "Jonas Berg", "the council to a cartel"),
    # the occasion closing a clause is not the speaker's words
    ("Headline\n\nJonas Berg said the harbour would reopen in May in a statement posted on Monday.",
     "Jonas Berg", "the harbour would reopen in May"),
    # another source's attribution ends the clause
    ("Headline\n\nJonas Berg stressed that the reforms were not complete, and rights groups warned that the "
     "council was losing leverage.", "Jonas Berg", "the reforms were not complete"),
])
def test_reported_content_ends(actors, text, speaker, content):
    got = reported(text, actors)
    assert any(s and s.split()[-1] == speaker.split()[-1] and ct == content for s, _, ct in got), got


@pytest.mark.parametrize("text, speaker, cue, content", [
    # a name followed by an adverb and a verb is not one long name: the "and said" subject
    ("Headline\n\nMr. Jonas Berg generally supported Greens during his time on NRK and said he did not support "
     "the new tax.", "Jonas Berg", "said", "he did not support the new tax"),
    # a progressive is a finite verb
    ("Headline\n\nThe state attorney general is confirming that the foundation is not registered in Oslo.",
     "the state attorney general", "confirming", "the foundation is not registered in Oslo"),
    # an adverb between the verb and "that"
    ("Headline\n\nFishermen and farmers complain bitterly that fuel taxes are too high.",
     "Fishermen and farmers", "complain", "fuel taxes are too high"),
    # "and expects them to": an object pronoun after a coordinated verb
    ("Headline\n\nMr. Jonas Berg is gloomy about the harbour and expects them to raise the fees again.",
     "Jonas Berg", "expects", "them to raise the fees again"),
    # a stance verb in a relative clause: its content ends at the clause's comma
    ("Headline\n\nJonas Berg, who understood that a vote would be fruitless, told his aides to find another way.",
     "Jonas Berg", "understood", "a vote would be fruitless"),
])
def test_reported_subjects(actors, text, speaker, cue, content):
    got = reported(text, actors)
    assert any(s and s.split()[-1].lower() == speaker.split()[-1].lower() and c == cue and ct == content
               for s, c, ct in got), got


@pytest.mark.parametrize("text, speaker", [
    # an institution's name goes on with "of"/"for"
    ("Headline\n\nThe Committee for a Balanced Nordic Budget reported that the plans would cost $150 billion.",
     "Committee for a Balanced Nordic Budget"),
    ("Headline\n\nThe fishing quota was cut by half, according to the Bureau of Arctic Fisheries.",
     "Bureau of Arctic Fisheries"),
    # "according to" names the whole noun phrase up to the clause end
    ("Headline\n\nTwelve boats were lost this year, according to a Nordic Post database tracking such losses.",
     "a Nordic Post database tracking such losses"),
])
def test_reported_source_names(actors, text, speaker):
    assert speaker in [s for s, _, _ in reported(text, actors)], reported(text, actors)


def test_reported_clause_ends_at_but_and_predicate(actors):
    # ", but offered no proof": the subject's next predicate, not the claim
    got = reported("Headline\n\nJonas Berg claimed the mayor had helped the builder get a permit, but offered no "
                   "proof.", actors)
    assert [ct for _, _, ct in got] == ["the mayor had helped the builder get a permit"], got


def test_free_relative_is_not_a_claim(actors):
    # "what X says his plan would do": an indirect question, not X's claim
    got = reported("Headline\n\nThe gap between what Jonas Berg says his tax plan would do and what it would do "
                   "has widened.", actors)
    assert got == [], got


@pytest.mark.parametrize("text, content", [
    # "that" as the clause's subject pronoun
    ("Headline\n\nJonas Berg said that would permit the financing of more ships and crews.",
     "that would permit the financing of more ships and crews"),
    # after "that" or "called for", a participle-looking adjective opens the content
    ("Headline\n\nJonas Berg said that increased spending would help the fishing fleet.",
     "increased spending would help the fishing fleet"),
    ("Headline\n\nOn Wednesday, Jonas Berg called for increased defense spending and an end to the cuts.",
     "increased defense spending and an end to the cuts"),
    # a relative clause inside an "accused X, who ..., of Y" object does not end it
    ("Headline\n\nJonas Berg accused Rafael Lund, who was born in Bergen, of bribing the harbour board.",
     "Rafael Lund, who was born in Bergen, of bribing the harbour board"),
])
def test_reported_clause_openings(actors, text, content):
    got = reported(text, actors)
    assert content in [ct for _, _, ct in got], got


def test_bare_police_and_as_attribution(actors):
    # bare "police" is the force itself, and "..., as X have said" closes a reported clause
    got = reported("Headline\n\nThe footage does not show whether the man had a gun, as police have said.", actors)
    assert ("police", "said", "The footage does not show whether the man had a gun") in got, got


@pytest.mark.parametrize("text, speaker, cue, content", [
    # a short prepositional phrase between the verb and its clause
    ("Headline\n\nJonas Berg said after the convention he would not accept the endorsement.",
     "Jonas Berg", "said", "he would not accept the endorsement"),
    # a participle opening the sentence speaks for the main clause's subject
    ("Headline\n\nClaiming the criticism is designed to pressure the moderators, Jonas Berg told the radio station "
     "that the debate was rigged.", "Jonas Berg", "claiming", "the criticism is designed to pressure the moderators"),
])
def test_reported_leads(actors, text, speaker, cue, content):
    got = reported(text, actors)
    assert any(s and s.split()[-1] == speaker.split()[-1] and c == cue and ct == content for s, c, ct in got), got


def test_stance_object_verbs_and_negated_cue(actors):
    # support/oppose/endorse take a noun phrase; a negation stays in the cue
    got = reported("Headline\n\nThe Fishermen's Union endorsed Jonas Berg for mayor on Thursday.", actors)
    assert any(c == "endorsed" and ct.startswith("Jonas Berg for mayor") for _, c, ct in got), got
    got = reported("Headline\n\nJonas Berg did not support the new tax on fishing boats.", actors)
    assert [(c, ct) for _, c, ct in got] == [("did not support", "the new tax on fishing boats")], got
    # an infinitive's coordinated verb is no stance of the sentence's subject
    got = reported("Headline\n\nThe mayor urged voters to come out and support the fishing fleet.", actors)
    assert all(c != "support" for _, c, _ in got), got


def test_according_to_after_a_dash(actors):
    got = reported("Headline\n\nMore than half of the harbour's permits are invalid \u2014 or simply missing \u2014 "
                   "according to the regional audit office.", actors)
    assert ("the regional audit office", "according to",
            "More than half of the harbour's permits are invalid \u2014 or simply missing") in got, got


@pytest.mark.parametrize("text, content", [
    ("Headline\n\nJonas Berg told the weekly radio show it is clear that the harbour board broke the rules.",
     "it is clear that the harbour board broke the rules"),
    ("Headline\n\nJonas Berg told the host on Thursday how surprised he is that the fleet has shrunk.",
     "how surprised he is that the fleet has shrunk"),
])
def test_told_addressee_then_clause(actors, text, content):
    assert content in [ct for _, _, ct in reported(text, actors)], reported(text, actors)


@pytest.mark.parametrize("text, speaker, cue, content", [
    # "Some believe ...": a quantifier alone is the (vague) source the text gives
    ("Headline\n\nSome believe the new quota shows the ministry is worried about the fleet.",
     "Some", "believe", "the new quota shows the ministry is worried about the fleet"),
    # ", in particular," between the subject and its verb
    ("Headline\n\nMayor Jonas Berg, in particular, has sharply criticized the new harbour fees.",
     "Jonas Berg", "criticized", "the new harbour fees"),
])
def test_reported_subject_shapes(actors, text, speaker, cue, content):
    got = reported(text, actors)
    assert any(s and s.split()[-1] == speaker.split()[-1] and c == cue and ct == content for s, c, ct in got), got


def test_relative_that_with_verb_is_not_content(actors):
    # "the polls that showed him ...": a relative clause's verb does not open a reported clause
    got = reported("Headline\n\nJonas Berg apparently believed the online polls that showed him winning the debates.",
                   actors)
    assert all(not ct.startswith("showed") for _, _, ct in got), got


@pytest.mark.parametrize("text, cue, content", [
    ("Headline\n\nThe harbour board has not said when it would vote on the new fees.",
     "has not said", "when it would vote on the new fees"),
    ("Headline\n\nThe prosecutor Jonas Berg isn't saying if the foundation broke any laws.",
     "isn't saying", "if the foundation broke any laws"),
])
def test_indirect_question_content(actors, text, cue, content):
    got = reported(text, actors)
    assert any(c == cue and ct == content for _, c, ct in got), got


def test_interrupting_attribution_before_a_subordinate_clause(actors):
    got = reported("Headline\n\nThe shipyard was a giant, Jonas Berg said, until it went bankrupt in 1999.", actors)
    assert [ct for _, _, ct in got] == ["The shipyard was a giant, Jonas Berg said, until it went bankrupt in 1999"], got


def test_coordinated_verb_after_parenthetical(actors):
    got = reported("Headline\n\nMayor Jonas Berg, like his rival, has courted the fishermen but has said he will "
                   "keep the harbour fees.", actors)
    assert any(s and s.endswith("Berg") and c == "said" and ct == "he will keep the harbour fees"
               for s, c, ct in got), got


def test_called_for_short_demand_keeps_its_particle(actors):
    got = reported("Headline\n\nPrime Minister Jonas Berg called for international sanctions.", actors)
    assert got and got[0][1:] == ("called for", "international sanctions"), got


def test_but_has_not_said_keeps_the_subject(actors):
    got = reported("Headline\n\nThe coast guard said it has found some wreckage, but has not said that its divers "
                   "have searched the hull.", actors)
    assert ("the coast guard", "has not said", "its divers have searched the hull") in got, got


def test_parenthetical_as_attribution_keeps_the_sentence(actors):
    text = ("Headline\n\nOfficials remain wary of local politics \u2013 including, as the Courier has reported, the "
            "timing of the council's summer recess.")
    got = reported(text, actors)
    assert any(ct.startswith("Officials remain wary") and ct.endswith("summer recess") for _, _, ct in got), got


def test_defend_is_not_a_stance_verb(actors):
    # "troops defended the town" is an action, not a stated stance
    assert reported("Headline\n\nThe border troops defended the town against the night attack.", actors) == []


def test_demonstrative_that_after_noun_phrase_verb(actors):
    # "rejected that argument in a ruling": a determiner, not a clause "argument in a ruling"
    got = reported("Headline\n\nJustice Jonas Berg rejected that argument in a ruling released Thursday.", actors)
    assert all(not ct.startswith("argument") for _, _, ct in got), got


def test_cited_as_saying_names_the_cited_source(actors):
    got = reported("Headline\n\nLocal media cited Norwegian officials as saying that the team had been recalled "
                   "after ten days.", actors)
    assert [(sp, c) for sp, _, c in got] == [("Norwegian officials", "the team had been recalled after ten days")]


def test_failing_to_and_background_clauses_are_no_claims(actors):
    got = reported("Headline\n\nThe council criticised the resolution for failing to condemn the raid on the port.",
                   actors)
    assert all(cue != "condemn" for _, cue, _ in got)
    got = reported("Headline\n\nSince the day the ministry confirmed the operation, at least 40 people have died.",
                   actors)
    assert got == []


def test_an_infinitive_with_its_own_subject_is_not_the_speakers_claim(actors):
    got = reported("Headline\n\nThe group stressed the need for Norway to agree to a permanent truce and a full "
                   "withdrawal.", actors)
    assert all(cue != "agree" for _, cue, _ in got), got


def test_a_proposal_is_not_a_statement(actors):
    from extract import extract_article
    text = ("Headline\n\nThe office said in a statement that he met the team on Saturday. He told them to prepare "
            "for talks on envoy Dan Roe\u2019s proposal, the statement said.\n")
    res = extract_article(text, "t.txt", actors=actors, positions=False)
    assert "Dan Roe" not in {r.speaker for r in res.reported}


@pytest.mark.parametrize("text, who", [
    ("Headline\n\nThe port workers said the cranes had been repaired by Tuesday, Agence Nord reported.", "Agence Nord"),
    ("Headline\n\nOther Ruritanian officials believed that Mr Dahl would accept the offer, officials said.",
     "officials"),
])
def test_a_trailing_attribution_is_not_in_the_content(actors, text, who):
    got = reported(text, actors)
    assert got and all(not ct.endswith(("reported", "said")) for _, _, ct in got), got


def test_a_negated_mention_is_no_claim(actors):
    got = reported("Headline\n\nIn his speech, Mr Dahl did not mention the status of the harbour talks, despite "
                   "pressure from the unions.", actors)
    assert got == [], got


@pytest.mark.parametrize("text", [
    "Headline\n\nThe ministers will quit if Mr Dahl agrees to a truce proposal unveiled by the envoy.",
    "Headline\n\nThe pressure comes as Fatah and Norway have agreed to a framework deal that the envoy laid out.",
    "Headline\n\nA new crossing was opened last week as Norway sought to meet the demands made by the envoy.",
    "Headline\n\nHe spoke two days after 13 members of the Ruritanian council supported a resolution calling for a "
    "truce.",
])
def test_a_wish_or_agreement_in_a_background_clause_is_no_claim(actors, text):
    got = reported(text, actors)
    assert all(cue not in ("agrees", "agreed", "sought", "supported") for _, cue, _ in got), got


def test_a_belief_after_as_is_still_a_view(actors):
    got = reported("Headline\n\nThe envoys met on Thursday, as Norwegian officials believe that a deal may be close.",
                   actors)
    assert ("believe", "a deal may be close") in [(c, ct) for _, c, ct in got], got


def test_a_request_for_comment_is_no_content(actors):
    assert reported("Headline\n\nThe Daily Courier has asked the Ruritanian army for comment.", actors) == []


def test_someone_showing_a_thing_is_an_act(actors):
    got = reported("Headline\n\nThe Ruritanian government said it showed on Wednesday a proposal to extend the truce a "
                   "few weeks.", actors)
    assert all(cue != "showed" for _, cue, _ in got), got


def test_a_wh_phrase_before_the_speaker_is_no_claim(actors):
    got = reported("Headline\n\nMr Dahl did not clarify what changes he said the union was demanding, nor did the "
                   "union itself.", actors)
    assert all(not ct.startswith("the union was demanding") for _, _, ct in got), got


def test_the_listener_is_not_in_the_content(actors):
    got = reported("Headline\n\nThe leaders met on Thursday, where sources told the Courier the envoy was expected "
                   "to press hard for a truce.", actors)
    assert all(not ct.startswith(("the Courier", "Courier")) for _, _, ct in got), got
    assert any(ct.startswith("the envoy was expected") for _, _, ct in got), got


def test_an_interrupting_attribution_keeps_the_clause_that_runs_on(actors):
    got = reported("Headline\n\nBoth the unions and the board, the mediator said, have points they need to agree on "
                   "before a deal is reached.", actors)
    assert got and all(ct != "Both the unions and the board" for _, _, ct in got), got
    assert all(not ct.startswith("on before") for _, _, ct in got), got


def test_as_x_reported_after_a_short_lead_gives_what_follows(actors):
    got = reported("Headline\n\nHowever, as the Courier reported this week, port officials have voiced optimism "
                   "about the talks.", actors)
    assert ("port officials have voiced optimism about the talks") in [ct for _, _, ct in got], got


def test_a_naming_in_quotes_leaves_no_object_as_content(actors):
    got = reported("Headline\n\nA union official called the closure order for the eastern docks, which was followed "
                   "by lay-offs, a \u201cdangerous escalation\u201d.", actors)
    assert all(not ct.startswith("the closure order") for _, _, ct in got), got


def test_citing_ends_the_reported_clause(actors):
    got = reported("Headline\n\nSenior union leaders called on the board to accept the offer, citing heavy losses at "
                   "the docks.", actors)
    assert any(ct == "the board to accept the offer" for _, _, ct in got), got


def test_the_countrys_role_is_of_the_country_the_sentence_names(actors):
    res = extract_article("Headline\n\nNorway's Prime Minister Lars Dahl spoke on Monday about the war. Qatar is "
                          "reassessing its role as a mediator between Norway and Hamas, the country's prime minister "
                          "has said.", "t.txt", actors=actors, positions=False)
    assert [(r.party, r.speaker) for r in res.reported] == [("Qatar", "the country's prime minister")]


def test_a_participle_after_a_subordinate_clause_is_not_the_main_subjects(actors):
    got = reported("Headline\n\nThe dispute came as thousands of dockers marched in Bergen, calling on the board to "
                   "accept the offer.", actors)
    assert all(not sp.lower().startswith("the dispute") for sp, _, _ in got), got


def test_a_correction_note_is_no_source(actors):
    got = reported("Headline\n\nThe harbour reopened on Monday.\n\nCorrection 3 May: This article wrongly reported "
                   "that about 300 people had been hurt in the blast.", actors)
    assert got == [], got


def test_without_providing_evidence_is_the_writers_note(actors):
    got = reported("Headline\n\nThe Ruritanian army says it has killed around 200 fighters, without providing "
                   "evidence.", actors)
    assert [ct for _, _, ct in got] == ["it has killed around 200 fighters"], got


def test_an_unnamed_indefinite_role_is_not_the_one_named_later(actors):
    got = reported("Headline\n\nA state department spokesman insisted that the response had been prepared before the "
                   "vote on Monday.\n\n\u201cWe checked,\u201d spokesman Rear Admiral Tom Vik said.", actors)
    assert [sp for sp, cue, _ in got if cue == "insisted"] == ["a state department spokesman"], got


def test_he_after_another_persons_possessive_is_unclear(actors):
    got = reported("Headline\n\nUnion official Sam Berg told Reuters that Mr Lars Dahl's remarks "
                   "\u201care bravado\u201d, and show he intends to pursue the strike.", actors)
    assert all(cue != "intends" for _, cue, _ in got), got
    got = reported("Headline\n\nUnion official Sam Berg said on Monday that Norway's offer was poor. He said he would "
                   "strike.", actors)
    assert ("Sam Berg", "he would strike") in [(sp, ct) for sp, _, ct in got], got


def test_a_capitalised_first_word_is_a_common_noun_not_a_name(actors):
    got = reported("Headline\n\nTalks continued in Cairo, which has served as a mediator in the talks. Afterward, he "
                   "told the team to prepare for more talks, the statement said.", actors)
    assert all(sp != "Talks" for sp, _, _ in got), got
    got = reported("Headline\n\nUnion leader Sam Berg spoke on Monday.\n\nDelegates questioned how Berg could drop "
                   "the pledge, the delegates said. \u201cThat day it became personal,\u201d he said, adding he would "
                   "never back the board.", actors)
    assert ("Sam Berg", "he would never back the board") in [(sp, ct) for sp, _, ct in got], got


@pytest.mark.parametrize("text, speaker, content", [
    # "According to <role>, <name>, ...": the named person; the content starts after the name
    ("Headline\n\nAccording to a family friend, Dana Roe, the hostages were kept in flats.",
     "Dana Roe", "the hostages were kept in flats"),
    # "According to <name>, <role>, ...": the role is skipped
    ("Headline\n\nAccording to Dana Roe, a family friend, the hostages were kept in flats.",
     "Dana Roe", "the hostages were kept in flats"),
    # but a subject with its own appositive is content
    ("Headline\n\nAccording to Reuters, Hamas, the militant group, has agreed to the plan.",
     "Reuters", "Hamas, the militant group, has agreed to the plan"),
    # a venue word is a whole word: "eventual" is no "event"
    ("Headline\n\nHamas has insisted on a full eventual withdrawal from Gaza, and their response is due.",
     "Hamas", "on a full eventual withdrawal from Gaza, and their response is due"),
])
def test_according_to_appositives_and_whole_venue_words(actors, text, speaker, content):
    res = extract_article(text, "t.txt", actors=actors, positions=False)
    assert (speaker, content) in [(r.speaker, r.content) for r in res.reported]


def test_the_audience_alone_is_no_content(actors):
    res = extract_article("Headline\n\n\u201cWe won!\u201d Ann Berg shouted to the cheering crowd.\n", "t.txt",
                          actors=actors, positions=False)
    assert res.reported == []
    res = extract_article("Headline\n\nAnn Berg said to reporters that the deal was dead.\n", "t.txt",
                          actors=actors, positions=False)
    assert [r.content for r in res.reported] == ["the deal was dead"]


@pytest.mark.parametrize("text, speaker, cue, content", [
    # evidence that "shows" or "finds": polls, data, records (a plural subject takes "show")
    ("Polls show a close contest in the state, where the race is tight.",
     "Polls", "show", "a close contest in the state, where the race is tight"),
    ("Data from the American Community Survey show that women represented about 41 percent of the workforce.",
     None, "show", "women represented about 41 percent of the workforce"),
    ("Federal Election Commission records show the committee received $38.9 million in May.",
     "Federal Election Commission records", "show", "the committee received $38.9 million in May"),
])
def test_evidence_shows(actors, text, speaker, cue, content):
    got = reported(text, actors)
    assert any((speaker is None or s == speaker) and c == cue and ct == content for s, c, ct in got), got


def test_according_to_documents_keeps_the_whole_noun_phrase(actors):
    got = reported("According to the documents released by WikiLeaks, the aide sent the questions in advance.",
                   actors)
    assert ("the documents released by WikiLeaks", "according to",
            "the aide sent the questions in advance") in got, got


def test_a_report_is_no_he_or_she(actors):
    # "she" in the reported clause is not the reports that tell of her
    got = reported("Her filing noted published reports alleging that she claimed during the divorce that he "
                   "had raped her.", actors)
    assert not any(s == "reports" and c == "claimed" for s, c, _ in got), got


@pytest.mark.parametrize("text, speaker, content", [
    ("The talks in Cairo had stalled over the Philadelphi corridor, a senior Egyptian official told Reuters.",
     "a senior Egyptian official", "The talks in Cairo had stalled over the Philadelphi corridor"),
    ("Israel would not withdraw from the corridor, Netanyahu told a news conference in Jerusalem on Monday.",
     "Benjamin Netanyahu", "Israel would not withdraw from the corridor"),
    ("Trump could embrace a clean energy policy as president, Sen. Lindsey Graham told The Huffington Post on "
     "Thursday.", "Lindsey Graham", "Trump could embrace a clean energy policy as president"),
])
def test_a_closing_told_with_its_addressee(actors, text, speaker, content):
    got = reported(text, actors)
    assert (speaker, "told", content) in got, got


@pytest.mark.parametrize("text, speaker, content", [
    ("Gaza stands at the edge of catastrophe as the talks failed, a senior UN official warned the Security "
     "Council on Monday.", "a senior UN official", "Gaza stands at the edge of catastrophe as the talks failed"),
    ("The talks have failed, Lena Borg warned reporters in Geneva.", "Lena Borg", None),
])
def test_a_closing_warned_with_its_addressee(actors, text, speaker, content):
    """"..., X warned the Security Council on Monday": the Council is whom, not what."""
    got = [(s, c, t) for s, c, t in reported(text, actors) if c == "warned"]
    assert got == ([(speaker, "warned", content)] if content else []), got


def test_an_attribution_between_a_subordinate_and_a_main_clause_reports_both(actors):
    got = reported("Gil Roe led the party in 1972. Though that transition was relatively seamless, he said, "
                   "replacing the nominee now would be much more acrimonious.", actors)
    assert ("Gil Roe", "said", "Though that transition was relatively seamless, he said, replacing the nominee now "
            "would be much more acrimonious") in got, got


@pytest.mark.parametrize("text, content", [
    ("Israel has denied blocking aid deliveries to Gaza.", "blocking aid deliveries to Gaza"),
    ("Hamas has strongly denied any involvement in the attack on the convoy.",
     "any involvement in the attack on the convoy"),
    ("Qatar denied every allegation, and has promised to keep mediating.", "every allegation"),
])
def test_a_denied_claim(actors, text, content):
    got = reported(text, actors)
    assert any(c == "denied" and ct == content for _, c, ct in got), got


def test_denying_access_is_a_deed_not_speech(actors):
    assert not any(c == "denied" for _, c, _ in reported("Israel denied access to the crossing for aid workers.",
                                                        actors))


@pytest.mark.parametrize("text, speaker", [
    ("An average of 185 lorries entered Gaza per day, according to figures published by UNRWA.", "UNRWA"),
    ("According to data from the World Health Organization, 30 hospitals are out of service in Gaza.",
     "World Health Organization"),
])
def test_according_to_figures_from_an_issuer_is_the_issuer(actors, text, speaker):
    got = reported(text, actors)
    assert any(s == speaker and c == "according to" for s, c, _ in got), got


def test_the_sources_are_the_sources_named_before(actors):
    res = extract_article("Headline\n\nThe talks ended without any agreement, Palestinian sources said. \u201cThe "
                          "delegation has no real powers,\u201d the sources told Reuters.\n", "t.txt", actors=actors)
    assert [q.speaker for q in res.quotes] == ["Palestinian sources"], res.quotes


def test_a_subordinate_clause_reports_up_to_its_comma(actors):
    got = reported("While some Hamas officials expressed doubts about participating, they have not fully ruled "
                   "out involvement.", actors)
    assert ("some Hamas officials", "expressed", "doubts about participating") in got, got


def test_a_lead_participle_before_a_quoted_attribution_is_no_reported_clause(actors):
    got = reported("UN chief Ana Ruiz spoke. Highlighting the severe humanitarian conditions in Gaza, Ruiz said, "
                   "\u201cAn attack on Rafah will further hinder our efforts.\u201d", actors)
    assert not any(c.startswith("Highlighting") for _, _, c in got), got


def test_the_secretary_general_is_the_one_named_before(actors):
    got = reported("UN Secretary-General Ana Ruiz spoke on Tuesday. The Secretary-General also urged Israel to halt "
                   "any escalations and to engage positively in ongoing diplomatic talks.", actors)
    assert any(s == "Ana Ruiz" and c == "urged" for s, c, _ in got), got


def test_a_capitalised_group_of_mediators_opening_the_sentence_speaks_together(actors):
    got = reported("Mediators from Qatar and Egypt said the talks would resume on Sunday.", actors)
    assert any(s == "Mediators from Qatar and Egypt" for s, _, _ in got), got


def test_a_participles_that_clause_is_its_own(actors):
    got = reported("Hamas also warned against falling into what they described as Netanyahu's trap, alleging that "
                   "he uses negotiations to extend the war.", actors)
    assert ("Hamas", "warned", "against falling into what they described as Netanyahu's trap") in got, got
    got = reported("\u201cLong live freedom of speech!\u201d Dana Levi, the editor of the channel, wrote "
                   "sarcastically on Twitter, adding that the bank had offered no explanation.", actors)
    assert [(c, ct) for _, c, ct in got] == [("adding", "the bank had offered no explanation")], got


def test_a_dateline_is_no_part_of_a_name(actors):
    got = reported("DOHA/GAZA/TEL AVIV - Qatar Monday announced that an agreement had been reached to extend the "
                   "truce in Gaza for an additional two days.", actors)
    assert [s for s, _, _ in got] == ["Qatar"], got


def test_a_dateline_with_a_colon_is_no_speaker(actors):
    """Wire copy reprinted with "PLACE: " opens the story; the place says nothing."""
    text = ("Truce talks stall\n\nBORVIK CITY: Indirect talks are held up by the troop maps, two Veldan sources "
            "told AFP on Saturday.\n\nOne source said the maps were the main obstacle.\n")
    res = extract_article(text, "t.txt", actors=actors, positions=False)
    assert not any(r.cue == ":" for r in res.reported), res.reported
    assert not any("BORVIK" in (r.speaker or "") for r in res.reported), res.reported
    # a transcript's labels still speak, the first line included
    text = ("Interview\n\nHOST: Will the talks resume?\n\nKARSTEN: They will resume next week.\n\n"
            "HOST: Thank you.\n")
    res = extract_article(text, "t.txt", actors=actors, positions=False)
    assert [r.speaker_as_written for r in res.reported] == ["HOST", "KARSTEN", "HOST"], res.reported
    # and a label of the page is nobody's words
    res = extract_article("Story\n\nMediators met again.\n\nEDITOR\u2019S NOTE: This story has been amended "
                          "to clarify the date.\n", "t.txt", actors=actors, positions=False)
    assert res.reported == [], res.reported


def test_a_plan_after_a_proper_adjective_is_a_noun(actors):
    text = ("Dana Levi spoke on Sunday.\n\nThe Veldan plan to rebuild the port has drawn criticism. "
            "The Borvik offer to host the talks stands.\n\nThe Veldans plan to hold elections next year.\n")
    got = reported(text, actors)
    assert [(c, ct) for _, c, ct in got] == [("plan", "to hold elections next year")], got


def test_parties_named_together_state_a_plan_together(actors):
    got = reported("Veldia and Borvik plan to host the talks next week.", actors)
    assert [(s, c, ct) for s, c, ct in got] == [("Veldia and Borvik", "plan", "to host the talks next week")], got


def test_a_pronoun_for_words_said_elsewhere_is_no_content(actors):
    got = reported("Karel Vos announced this on Telegram. The Veldan Front confirmed it in a statement on Monday. "
                   "The Front said it would reply within days.", actors)
    assert [(c, ct) for _, c, ct in got] == [("said", "it would reply within days")], got


def test_reported_content_starts_after_the_dateline(actors):
    got = reported("BORVIK (AP) \u2014 The board wants the council to act, according to a report seen on Tuesday.",
                   actors)
    assert ("according to", "The board wants the council to act") in [(c, ct) for _, c, ct in got], got
    res = extract_article("Truce talks\n\nVELDA CITY: Talks are held up by the maps, two sources told AFP.\n",
                          "t.txt", actors=actors, positions=False)
    assert [r.content for r in res.reported] == ["Talks are held up by the maps"], res.reported


def test_a_passive_participle_with_its_agent_is_no_cue(actors):
    got = reported("Veldan security sources cited by the outlet Al-Borvik said that the crossing was the main issue. "
                   "Officials quoted by Reuters said the talks had stalled. Karel Vos added by laying out new "
                   "conditions, the Front was stalling.", actors)
    assert [ct for _, _, ct in got] == ["the crossing was the main issue", "the talks had stalled",
                                        "by laying out new conditions, the Front was stalling"], got


def test_a_date_as_dateline_is_no_part_of_a_name(actors):
    got = reported("Wednesday, August 7, 2024 - Veldan Front has announced Karel Vos as its new leader.\n\n"
                   "7 August 2024 \u2014 Borvik said the talks would resume.\n", actors)
    assert [s for s, _, _ in got] == ["Veldan Front", "Borvik"], got


def test_a_closing_according_to_after_someone_speaks_vouches_for_the_last_clause(actors):
    got = reported("The Veldan Front said on Saturday it is ready for a truce with Borvik, whose strikes have killed "
                   "at least 17 people, according to the emergency services.", actors)
    assert ("according to", "whose strikes have killed at least 17 people") in [(c, ct) for _, c, ct in got], got
    # nobody speaks before the clause ("confirmed dead" is no speech): the whole sentence is the source's
    got = reported("At least 32 citizens had been confirmed dead this month, while 10 remained unaccounted for, "
                   "according to the Borvik foreign ministry.", actors)
    assert [ct for _, _, ct in got] == ["At least 32 citizens had been confirmed dead this month, while 10 remained "
                                        "unaccounted for"], got


def test_a_time_between_subject_and_verb_is_no_part_of_the_speaker(actors):
    got = reported("Karel Vos on Saturday evening said that the policy stands. The Veldan Front late on Monday said "
                   "it would respond.", actors)
    assert [s for s, _, _ in got] == ["Karel Vos", "Veldan Front"], got


def test_where_the_words_were_given_is_no_part_of_the_speaker(actors):
    got = reported("The Veldan president in a statement said that the crossing was open. "
                   "\u201cWe are ready,\u201d the Veldan president in a televised speech said.", actors)
    assert [s for s, _, _ in got] == ["the Veldan president"], got
    res = extract_article("Head\n\n\u201cWe are ready,\u201d the Borvik prime minister in a televised speech said.\n",
                          "t.txt", actors=actors, positions=False)
    assert [q.speaker for q in res.quotes] == ["the Borvik prime minister"], res.quotes


def test_a_clause_before_a_noun_with_that_is_no_speaker(actors):
    text = ("Sources from the Borvik ministry also dismissed claims that the bureau had moved.\n\n"
            "\u201cThe claims do not reflect the truth,\u201d the sources said.\n")
    res = extract_article(text, "t.txt", actors=actors, positions=False)
    assert [q.speaker for q in res.quotes] == ["Sources from the Borvik ministry"], res.quotes


def test_according_to_a_source_with_a_relative_clause_reports_nothing_after_it(actors):
    got = reported("Israel and Hamas have agreed to a two-day extension of the \u201chumanitarian truce,\u201d "
                   "according to Qatar, which announced the new agreement as the sides try to free more hostages.",
                   actors)
    assert not any(c == "according to" for _, c, _ in got), got


def test_a_since_phrase_with_an_appositive_is_background(actors):
    text = ("Since Tuesday, the day Egypt announced the reopening, more than 300 lorries have crossed "
            "into the strip.\n\nSince Tuesday, Egypt said, more than 300 lorries have crossed.\n")
    got = reported(text, actors)
    assert [(s, c) for s, c, _ in got] == [("Egypt", "said")], got


def test_it_opening_a_sentence_is_the_body_opening_the_one_before(actors):
    text = ("Qatar on Sunday called the step “overdue”. Famine has loomed for weeks. "
            "Egypt had closed its side of the crossing in May, after the fighting spread. It announced it would "
            "reopen the crossing to fuel lorries.\n\n"
            "Hamas said it had received the text. It said it would reply within days.\n")
    got = {c: s for s, _, c in reported(text, actors)}
    assert got["it would reopen the crossing to fuel lorries"] == "Egypt"
    assert got["it would reply within days"] == "Hamas"


def test_a_dateline_with_a_region_is_no_speaker(actors):
    got = reported("RAFAH, Gaza Strip - Egypt said on Monday that the crossing would reopen within days.\n"
                   "AMMAN, Jordan (AP) \u2014 Jordan said the convoy had been delayed at the border.\n", actors)
    assert [s for s, _, _ in got] == ["Egypt", "Jordan"], got


def test_whom_a_recording_was_told_to_is_not_what_was_said(actors):
    text = ("\u201cJordan is no different from the others,\u201d Yair Lapid is heard telling the families in the "
            "leaked recording. Yair Lapid told reporters in Cairo the deal was near.")
    res = extract_article(text, "t.txt", actors=actors, positions=False)
    assert [r.content for r in res.reported] == ["the deal was near"]


def test_whom_an_outlet_cites_is_its_source_not_its_report(actors):
    got = reported("Reuters reported that the talks had stalled, citing two Egyptian officials.", actors)
    assert ("Reuters", "reported", "the talks had stalled") in got
    assert not any(cue == "citing" for _, cue, _ in got)
    # what a speaker cites as a reason is content
    got = reported("Hamas leaders urged the group to accept the deal, citing heavy losses in Gaza.", actors)
    assert any(cue == "citing" and content == "heavy losses in Gaza" for _, cue, content in got)


def test_an_outlet_named_with_of_keeps_its_whole_name(actors):
    got = reported("The Times of Israel reported that the cabinet would vote on Friday.", actors)
    assert got[0][0] == "Times of Israel"


def test_addressee_is_not_content(actors):
    """"wrote to the minister on Monday" says whom the words went to, not what they said."""
    assert reported("Dana Levi wrote to the defence minister on Monday.", actors) == []
    got = reported("Dana Levi wrote to the defence minister on Monday that the plan was dead.", actors)
    assert [r[-1] for r in got] == ["the plan was dead"]


@pytest.mark.parametrize("text, speaker, content", [
    # the outlet relays; the source it cites speaks, and is no part of the claim
    ("Headline\n\nOn Monday the Ruritanian channel reported, citing a source in the Hamas leadership, that the "
     "group had accepted the plan.", "a source in the Hamas leadership", "the group had accepted the plan"),
    ("Headline\n\nThe radio quoted an unnamed Ruritanian official as saying the crossings had already opened "
     "for departures.", "an unnamed Ruritanian official", "the crossings had already opened for departures"),
])
def test_a_cited_source_after_the_verb_is_the_speaker_not_the_content(actors, text, speaker, content):
    assert any(s == speaker and ct == content for s, _, ct in reported(text, actors)), reported(text, actors)


def test_an_outlet_reporting_citing_officials_gives_their_quote_to_them(actors):
    """"“...”, Axios reported citing Israeli officials": the officials said it."""
    text = ("Headline\n\nA new proposal involves a \u201cwillingness\u201d to discuss calm in the territory, "
            "Zeitung reported citing Ruritanian officials.")
    res = extract_article(text, "t.txt", actors=actors, positions=False)
    assert [(q.quote, q.speaker) for q in res.quotes] == [("willingness", "Ruritanian officials")]


def test_according_to_sources_quoted_in_a_report_reports_what_follows(actors):
    text = ("Head\n\nAccording to foreign sources quoted in the report, Israel has expressed a willingness to "
            "reach agreements.")
    assert ("foreign sources", "Israel has expressed a willingness to reach agreements") in [
        (s, c) for s, _, c in reported(text, actors)]


def test_according_to_figures_from_a_ministry_is_the_ministrys(actors):
    text = ("Head\n\nThe campaign has killed at least 60,000 people, according to figures from the territory's "
            "health ministry.")
    assert [s for s, _, _ in reported(text, actors)] == ["the territory's health ministry"]


def test_words_all_quoted_are_no_reported_clause(actors):
    # the quote's record holds them; a reported record of the same words would show them twice
    text = "Yair Lapid: \u2018The army must answer for what happened on that day\u2019"
    res = extract_article(text, "t.txt", actors=actors, positions=False)
    assert [q.speaker for q in res.quotes] == ["Yair Lapid"]
    assert res.reported == []


def test_a_fronted_clause_before_an_attribution_over_the_weekend_is_the_content(actors):
    """"<clause>, X stated over the weekend, days after ...": the time after the verb ends the
    attribution; the clause before it is what X said (not "over the weekend, days after ...")."""
    text = ("Israel should withdraw from Gaza for a deal, opposition leader Dan Kessel stated over the weekend, "
            "days after quitting the government.")
    assert ("Dan Kessel", "stated", "Israel should withdraw from Gaza for a deal") in reported(text, actors)


@pytest.mark.parametrize("modal", ["must", "should", "ought to", "needs to"])
def test_what_someone_must_agree_to_is_not_their_stance(modal, actors):
    """"X said Hamas and Israel must agree to conditions": X's prescription, not Israel's or
    Hamas's stated position; "Israel has agreed to conditions" is one."""
    text = f"Dan Kessel said Hamas and Israel {modal} agree to a number of conditions, including a pause."
    assert [s for s, _, _ in reported(text, actors)] == ["Dan Kessel"]
    assert [s for s, _, _ in reported("Israel has agreed to a number of conditions, including a pause.",
                                      actors)] == ["Israel"]


def test_quoted_as_saying_keeps_a_clause_that_names_a_place(actors):
    res = extract_article("The channel quoted Dan Roe as saying the talks in Cairo would fail.", "t.txt",
                          actors=actors, positions=False)
    assert [r.content for r in res.reported] == ["the talks in Cairo would fail"]
