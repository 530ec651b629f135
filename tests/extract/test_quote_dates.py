"""When quoted words were said: a date phrase leading the attributing clause, and
continuation quotes of an already dated statement.  Publication 2024-03-22 is a Friday."""
from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from extract import extract_article

PUB = "published: 2024-03-22\n\n"


def _dates(text, actors, published=PUB):
    res = extract_article(published + text, "x.txt", actors=actors, positions=False)
    return {q.quote: q.date for q in res.quotes}


def test_sentence_initial_weekday_dates_the_quote(actors):
    d = _dates("On Monday evening, Hamas said in a statement: "
               "\u201cWe will not sign this text.\u201d\n", actors)
    assert d["We will not sign this text."] == "2024-03-18"


def test_occasion_lead_dates_the_quote(actors):
    d = _dates("In a video address on Wednesday, Mark Tolan said: \u201cThe offer is final.\u201d\n"
               "Speaking on Tuesday, Anna Berg said: \u201cWe are still talking.\u201d\n", actors)
    assert d["The offer is final."] == "2024-03-20"
    assert d["We are still talking."] == "2024-03-19"


def test_lead_that_dates_another_event_does_not_date_the_quote(actors):
    d = _dates("After the talks on Monday collapsed, Mark Tolan said: \u201cThe offer is final.\u201d\n", actors)
    assert d["The offer is final."] is None


def test_speaking_about_a_dated_event_does_not_date_the_quote(actors):
    d = _dates("Speaking about the attack on March 4, 2024, Mark Tolan said: \u201cThe offer is final.\u201d\n",
               actors)
    assert d["The offer is final."] is None


def test_lead_weekday_needs_a_publication_date(actors):
    d = _dates("On Monday, Mark Tolan said: \u201cThe offer is final.\u201d\n", actors, published="")
    assert d["The offer is final."] is None


def test_he_added_continues_the_dated_statement(actors):
    d = _dates("\u201cThe offer is final,\u201d Mark Tolan said on Wednesday. "
               "\u201cThere will be no other,\u201d he added.\n", actors)
    assert d["There will be no other,"] == "2024-03-20"


def test_second_span_of_one_sentence_shares_the_date(actors):
    d = _dates("\u201cThe offer,\u201d Mark Tolan said on Wednesday, \u201cis final.\u201d\n", actors)
    assert d["The offer,"] == "2024-03-20"
    assert d["is final."] == "2024-03-20"


def test_next_paragraph_pronoun_quote_continues(actors):
    d = _dates("Mark Tolan said on Wednesday: \u201cThe offer is final.\u201d\n\n"
               "\u201cThere will be no other offer,\u201d he said.\n", actors)
    assert d["There will be no other offer,"] == "2024-03-20"


def test_continuation_stops_two_paragraphs_later(actors):
    # (Tolan spoke on two days, so only the carrying of a date may date the last quote)
    d = _dates("On Monday, Mark Tolan said the offer stood.\n\n"
               "Mark Tolan said on Wednesday: \u201cThe offer is final.\u201d\n\n"
               "The talks continue in the capital.\n\n"
               "\u201cThere will be no other offer,\u201d he said.\n", actors)
    assert d["There will be no other offer,"] is None
    # with one dated occasion, the speaker's later quote is dated by it
    d = _dates("Mark Tolan said on Wednesday: \u201cThe offer is final.\u201d\n\n"
               "The talks continue in the capital.\n\n"
               "\u201cThere will be no other offer,\u201d he said.\n", actors)
    assert d["There will be no other offer,"] == "2024-03-20"


def test_continuation_stops_at_another_date_phrase(actors):
    d = _dates("Mark Tolan said on Wednesday: \u201cThe offer is final.\u201d "
               "Last week he had struck a softer tone. "
               "\u201cThere will be no other offer,\u201d he said.\n", actors)
    assert d["There will be no other offer,"] is None


def test_continuation_stops_at_another_speaker(actors):
    d = _dates("On Monday, Mark Tolan said the offer stood. "
               "Mark Tolan said on Wednesday: \u201cThe offer is final.\u201d "
               "Anna Berg said: \u201cWe disagree.\u201d "
               "\u201cThere will be no other offer,\u201d Tolan said.\n", actors)
    assert d["We disagree."] is None
    assert d["There will be no other offer,"] is None


def test_date_inside_the_quoted_words_never_dates_it(actors):
    d = _dates("\u201cWe will meet on Monday,\u201d Mark Tolan said.\n", actors)
    assert d["We will meet on Monday,"] is None
    d = _dates("Mark Tolan said on Wednesday: \u201cThe offer is final.\u201d "
               "\u201cWe meet again on Monday,\u201d he added.\n", actors)
    assert d["We meet again on Monday,"] == "2024-03-20"


def test_occasion_after_the_verb_dates_the_quote(actors):
    d = _dates("Mark Tolan said in a video address on Wednesday that \u201cthe offer is final\u201d.\n"
               "Anna Berg said in a statement late on Tuesday: \u201cWe are still talking.\u201d\n"
               "Hamas said the deal would be signed on Monday: \u201cWe are ready.\u201d\n", actors)
    assert d["the offer is final"] == "2024-03-20"
    assert d["We are still talking."] == "2024-03-19"
    assert d["We are ready."] is None


def test_renamed_speaker_continues_with_said_but_not_with_told(actors):
    d = _dates("Mark Tolan said on Wednesday: \u201cThe offer is final.\u201d "
               "\u201cThere will be no other offer,\u201d Tolan said.\n", actors)
    assert d["There will be no other offer,"] == "2024-03-20"
    d = _dates("On Monday, Mark Tolan said the offer stood. "
               "Mark Tolan said on Wednesday: \u201cThe offer is final.\u201d "
               "\u201cThere will be no other offer,\u201d Tolan told the radio station.\n", actors)
    assert d["There will be no other offer,"] is None


def test_lead_and_occasion_phrases_directly():
    from extract.dates import breaks_continuation, lead_date, occasion_date
    pub = "2024-03-22"
    assert lead_date("On Monday evening, ", pub) == "2024-03-18"
    assert lead_date("Late on Thursday ", pub) == "2024-03-21"
    assert lead_date("Speaking to reporters on Sunday in the capital, ", pub) == "2024-03-17"
    assert lead_date("On 3 March 2022, ", None) == "2022-03-03"
    assert lead_date("Speaking after talks on Monday, ", pub) is None      # dates the talks
    assert lead_date("On Monday, Israel struck targets and ", pub) is None  # more than an adverbial
    assert lead_date("Monday's ", pub) is None
    assert lead_date("At least 20 people were killed on Monday, ", pub) is None  # no saying
    assert lead_date("In a strike on Monday, ", pub) is None
    assert lead_date("In Cairo on Monday, ", pub) == "2024-03-18"
    assert occasion_date(" in a statement late on Sunday", pub) == "2024-03-17"
    assert occasion_date(" the deal would be signed on Monday", pub) is None
    assert not breaks_continuation(" Mark Tolan said on Wednesday. ", "2024-03-20", pub)
    assert breaks_continuation(" Last week he said. ", "2024-03-20", pub)
    assert breaks_continuation(" he said on Tuesday. ", "2024-03-20", pub)


def test_also_before_a_lead_weekday(actors):
    d = _dates("Also Tuesday, Anna Berg said the mission \u201cwill go on\u201d.\n", actors)
    assert d["will go on"] == "2024-03-19"


def test_a_subject_after_the_verb_starts_the_reported_clause(actors):
    res = extract_article(PUB + "The Norwegian envoy said it presented on Wednesday a new "
                          "plan to the parties.\n", "x.txt", actors=actors, positions=False)
    assert res.reported and all(r.date is None for r in res.reported)
    d = _dates("Anna Berg said on Wednesday: \u201cThe plan is new.\u201d\n", actors)
    assert d["The plan is new."] == "2024-03-20"


def test_a_dated_attribution_without_quotes_dates_the_next_quote(actors):
    d = _dates("On Tuesday, Anna Berg told a closed meeting that the talks had stalled, "
               "according to a person present.\n\n"
               "The plan is \u201cdead in the water\u201d, Berg said at the meeting.\n", actors)
    assert d["dead in the water"] == "2024-03-19"


def test_a_dated_attribution_with_a_second_time_phrase_dates_nothing_after_it(actors):
    # carrying stops at "last month"; the one dated occasion still dates the later saying
    d = _dates("On Tuesday, Anna Berg said the talks had stalled last month.\n\n"
               "The plan is \u201cdead in the water\u201d, Berg said.\n", actors)
    assert d["dead in the water"] == "2024-03-19"
    d = _dates("On Monday, Anna Berg said the gap was small. "
               "On Tuesday, Anna Berg said the talks had stalled last month.\n\n"
               "The plan is \u201cdead in the water\u201d, Berg said.\n", actors)
    assert d["dead in the water"] is None


def test_a_date_naming_an_event_does_not_break_the_continuation(actors):
    d = _dates("\u201cThe offer is final,\u201d Mark Tolan said on Wednesday. "
               "Since the March 3 raid, talks have stalled. "
               "\u201cThere will be no other,\u201d he added.\n", actors)
    assert d["There will be no other,"] == "2024-03-20"
    from extract.dates import breaks_continuation
    assert not breaks_continuation(" the March 3 raid ", "2024-03-20", "2024-03-22")
    assert breaks_continuation(" on March 3 he spoke ", "2024-03-20", "2024-03-22")


def test_lead_date_of_an_issued_statement(actors):
    d = _dates("On Tuesday evening, the Harbour Party put out a statement saying it had "
               "\u201caccepted the offer\u201d.\n", actors)
    assert d["accepted the offer"] == "2024-03-19"
    d = _dates("After the vote on Tuesday, the Harbour Party put out a statement saying it had "
               "\u201caccepted the offer\u201d.\n", actors)
    assert d["accepted the offer"] is None


def test_an_occasion_named_again_keeps_its_date(actors):
    text = ("Anna Berg said in a radio address on Tuesday that the talks would go on.\n\n"
            "The fighting continued in the north.\n\n"
            "Berg stressed in her radio address that the plan was \u201cnot dead\u201d.\n\n"
            "In her radio address, Berg also called the blockade \u201ca mistake\u201d.\n\n"
            "Mark Tolan said at the radio address that the offer was \u201cfinal\u201d.\n")
    d = _dates(text, actors)
    assert d["not dead"] == "2024-03-19"
    assert d["a mistake"] == "2024-03-19"
    assert d["final"] == "2024-03-19"  # "the" names the same occasion, whoever speaks


def test_an_occasion_named_again_needs_one_candidate(actors):
    # another undated address in between: which one is "her radio address"?
    d = _dates("Anna Berg said in a radio address on Tuesday that the talks would go on.\n\n"
               "She gave a second radio address later.\n\n"
               "Berg stressed in her radio address that the plan was \u201cnot dead\u201d.\n", actors)
    assert d["not dead"] is None
    # "his" address is not the address another speaker gave on Tuesday
    d = _dates("Anna Berg said in a radio address on Tuesday that the talks would go on.\n\n"
               "Mark Tolan stressed in his radio address that the plan was \u201cnot dead\u201d.\n", actors)
    assert d["not dead"] is None
    # the dated phrase dates another event
    d = _dates("Anna Berg said in a radio address after the vote on Tuesday that talks would go on.\n\n"
               "Berg stressed in her radio address that the plan was \u201cnot dead\u201d.\n", actors)
    assert d["not dead"] is None


def test_occasions_index_directly():
    from extract.dates import occasion_ref_date, occasions
    pub = "2024-03-22"
    idx = occasions("X told a closed-door conference on Saturday that it was over. "
                    "Monday's statement said little. Y planned a statement to be issued on Friday.", pub)
    assert [(o[1], o[2]) for o in idx] == [("conference", "2024-03-16"), ("statement", "2024-03-18"),
                                           ("statement", None)]
    assert occasion_ref_date(" at the conference", 70, idx, lambda p: False) == "2024-03-16"
    assert occasion_ref_date(" in the statement", 200, idx, lambda p: True) is None  # a new one since
    assert occasion_ref_date(" in Doha", 200, idx, lambda p: True) is None


def test_an_unresolved_verb_inside_an_attributed_sentence_breaks_no_continuation(actors):
    d = _dates("Anna Berg said in a radio address on Tuesday that \u201callies\u201d had doubts. "
               "The country\u2019s \u201cbest friends\u201d, she said without mentioning specific "
               "countries, had said there is \u201cno way back\u201d. "
               "\u201cWe will find one,\u201d Berg said.\n", actors)
    assert d["best friends"] == "2024-03-19"
    assert d["no way back"] == "2024-03-19"
    assert d["We will find one,"] == "2024-03-19"


def test_a_connective_before_the_lead_date(actors):
    d = _dates("However, on Tuesday, Anna Berg said the plan was \u201cdead\u201d.\n"
               "But in a radio interview on Wednesday, Mark Tolan called it \u201calive\u201d.\n", actors)
    assert d["dead"] == "2024-03-19"
    assert d["alive"] == "2024-03-20"


def test_a_lead_date_after_a_closing_quote_the_splitter_missed(actors):
    d = _dates('Anna Berg said: "Why wait? Because we must. "On Tuesday night, Mark Tolan wrote on his blog: '
               '"The plan is dead. "\n', actors)
    assert d["The plan is dead."] == "2024-03-19"


def test_a_lead_occasion_cited_by_an_agency(actors):
    d = _dates("In a statement on Wednesday, carried by state radio, the Harbour Party said it had "
               "\u201cno choice\u201d.\n", actors)
    assert d["no choice"] == "2024-03-20"
    from extract.dates import lead_date
    assert lead_date("In a statement on Wednesday, cited by Reuters news agency, ", "2024-03-22") == "2024-03-20"
    assert lead_date("In a statement on Wednesday, the day after the vote, ", "2024-03-22") is None


def test_the_army_continues_the_body_last_named_with_that_head(actors):
    text = ("Also on Tuesday, the Israeli army said it had closed two crossings near the coast. "
            "Long queues formed. The army said the crossings \u201cwill reopen soon\u201d.\n")
    d = _dates(text, actors)
    assert d["will reopen soon"] == "2024-03-19"
    # a body with another head is someone else
    d = _dates(text.replace("the Israeli army said", "the Harbour Authority said"), actors)
    assert d["will reopen soon"] is None


def test_a_date_after_the_subject_of_the_reported_clause_is_not_the_saying(actors):
    d = _dates("Anna Berg said the vote on Thursday would be \u201cdecisive\u201d.\n", actors)
    assert d["decisive"] is None
    d = _dates("\u201cThe plan is dead,\u201d Anna Berg told the Harbour Times newspaper on Tuesday.\n", actors)
    assert d["The plan is dead,"] == "2024-03-19"
    from extract.dates import said_date
    pub = "2024-03-22"
    assert said_date("said", " on Telegram on Tuesday", pub) == "2024-03-19"
    assert said_date("warned", " Israel would pay on Tuesday", pub) is None
    assert said_date("told", " reporters on Tuesday", pub) == "2024-03-19"


def test_a_year_after_a_comma_stays_with_its_date(actors):
    d = _dates("Anna Berg said on March 17, 2023 that the plan was \u201cdead\u201d.\n", actors)
    assert d["dead"] == "2023-03-17"


def test_a_parenthetical_dating_adverbial_between_speaker_and_verb(actors):
    d = _dates("Anna Berg, speaking on Tuesday, said the plan was \u201cdead\u201d.\n"
               "Mark Tolan, in a statement on Wednesday, said it was \u201calive\u201d.\n"
               "Lena Voss, who resigned on Monday, said it was \u201cdoomed\u201d.\n", actors)
    assert d["dead"] == "2024-03-19"
    assert d["alive"] == "2024-03-20"
    assert d["doomed"] is None


def test_adding_continues_the_dated_statement(actors):
    d = _dates("Anna Berg said on Tuesday the plan was \u201cdead\u201d, adding that it was \u201cover\u201d.\n",
               actors)
    assert d["over"] == "2024-03-19"


def test_a_quote_said_at_another_time_does_not_continue(actors):
    for aux in ("had", "has long", "once", "has repeatedly"):
        d = _dates(f"Anna Berg said on Tuesday the plan was fair. She {aux} called it \u201ca trap\u201d.\n", actors)
        assert d["a trap"] is None, aux
    d = _dates("Anna Berg said on Tuesday the plan was fair. She called it \u201ca good start\u201d.\n", actors)
    assert d["a good start"] == "2024-03-19"
    # inside the reported clause the tense is the content's: still Tuesday's statement
    d = _dates("Anna Berg said on Tuesday that she had \u201cno doubt\u201d, adding that she had urged "
               "Mark Tolan to show \u201cpatience\u201d.\n", actors)
    assert d["patience"] == "2024-03-19"


def test_a_dated_speaking_occasion_opening_the_paragraph_dates_the_quotes_after_it(actors):
    d = _dates("At a press conference in Cairo on Tuesday, Anna Berg outlined the plan. "
               "\u201cIt is fair,\u201d she said. \u201cWe will sign it,\u201d Berg added.\n", actors)
    assert d["It is fair,"] == "2024-03-19"
    assert d["We will sign it,"] == "2024-03-19"
    # not a speaking occasion: she may have spoken later
    d = _dates("On Tuesday, Anna Berg met Mark Tolan in Cairo. \u201cIt was a good meeting,\u201d she said.\n",
               actors)
    assert d["It was a good meeting,"] is None
    d = _dates("At a hospital in Cairo on Tuesday, Anna Berg met the wounded. "
               "\u201cIt was hard,\u201d she said.\n", actors)
    assert d["It was hard,"] is None


def test_occasion_lead_directly():
    from extract.dates import occasion_lead
    pub = "2024-03-22"
    assert occasion_lead("Speaking to reporters on Tuesday, Deputy Mayor Anna Berg outlined it.", pub) == \
        ("2024-03-19", "Deputy Mayor Anna Berg", 34)
    assert occasion_lead("At a press conference after the vote on Tuesday, Anna Berg outlined it.", pub) is None


def _reported(text, actors):
    res = extract_article(PUB + text, "x.txt", actors=actors, positions=False)
    return {r.content: r.date for r in res.reported}


def test_reported_speech_continues_a_dated_statement(actors):
    d = _reported("\u201cThe plan is fair,\u201d Anna Berg said on Tuesday. "
                  "She said talks would resume soon.\n", actors)
    assert d["talks would resume soon"] == "2024-03-19"
    d = _reported("\u201cThe plan is fair,\u201d Anna Berg said on Tuesday. "
                  "Last year she said talks would never resume.\n", actors)
    assert d["talks would never resume"] is None


def test_more_ways_to_date_the_saying(actors):
    cases = {
        "On Tuesday, in a statement, the Harbour Party said the plan was \u201cdead\u201d.": "2024-03-19",
        "In remarks on Tuesday, Anna Berg said the plan was \u201cdead\u201d.": "2024-03-19",
        "During talks in Cairo on Tuesday, Anna Berg said the plan was \u201cdead\u201d.": "2024-03-19",
        "\u201cThe plan is dead,\u201d said Anna Berg on Tuesday.": "2024-03-19",
        "Anna Berg said March 19 that the plan was \u201cdead\u201d.": "2024-03-19",
        "Anna Berg said in an interview with the Harbour Times on Tuesday that the plan was \u201cdead\u201d.":
            "2024-03-19",
        "Anna Berg said at a rally where the vote on Tuesday was discussed that it was \u201cdead\u201d.": None,
    }
    for text, want in cases.items():
        d = _dates(text + "\n", actors)
        assert list(d.values()) == [want], text


def test_a_date_before_the_speaker_in_another_clause_is_not_the_saying(actors):
    for text in ("Strikes on Tuesday killed 20 people as Anna Berg said the plan was \u201cdead\u201d.",
                 "Talks collapsed on Tuesday and Anna Berg said the plan was \u201cdead\u201d.",
                 "In a statement on Tuesday about the vote on Thursday, Anna Berg called the plan \u201cdead\u201d."):
        assert _dates(text + "\n", actors) == {"dead": None}, text
    assert _dates("Anna Berg, on Tuesday, said the plan was \u201cdead\u201d.\n", actors) == {"dead": "2024-03-19"}
    from extract.dates import between_date
    assert between_date(" on Monday ", "2024-03-22") == "2024-03-18"
    assert between_date(" who resigned on Monday ", "2024-03-22") is None
    # the statement that carries the words, issued that day
    assert between_date(" also issued a joint statement Monday ", "2024-03-22") == "2024-03-18"
    assert _dates("Nine donor states also issued a joint statement Monday urging Zenda to \u201creopen the port\u201d.\n",
                  actors) == {"reopen the port": "2024-03-18"}


def test_a_coordinated_verb_shares_the_dated_statement(actors):
    d = _reported("The Harbour Party said on Tuesday that it was ready to talk but stressed "
                  "that the blockade must end first.\n", actors)
    assert d["the blockade must end first"] == "2024-03-19"
    d = _reported("The Harbour Party said on Tuesday that it was ready to talk but later stressed "
                  "that the blockade must end first.\n", actors)
    assert d["the blockade must end first"] is None


def test_a_span_after_a_one_off_said_dates_the_content_not_the_saying(actors):
    d = _dates("Mark Tolan said on Wednesday \u201cthe talks are over\u201d. He said in recent days "
               "\u201cdozens of delegates\u201d had left. \u201cThis is the end,\u201d he said.\n", actors)
    assert d["dozens of delegates"] == "2024-03-20"
    assert d["This is the end,"] == "2024-03-20"
    # "has said in recent days" is many sayings; so is a span with no perfect after it
    d = _dates("Mark Tolan said on Wednesday \u201cthe talks are over\u201d. He has said in recent days "
               "\u201cdozens of delegates\u201d had left.\n", actors)
    assert d["dozens of delegates"] is None
    d = _dates("Mark Tolan said on Wednesday \u201cthe talks are over\u201d. He said in recent days "
               "that \u201cdelegates\u201d left.\n", actors)
    assert d["delegates"] is None


def test_a_sentence_giving_a_dated_occasion_dates_its_subjects_quotes_after_it(actors):
    d = _dates("The Harbour Party issued a statement on Tuesday. "
               "\u201cWe will not accept it,\u201d it said.\n", actors)
    assert d["We will not accept it,"] == "2024-03-19"
    d = _dates("Anna Berg held a news conference on Tuesday. \u201cWe will not accept it,\u201d she said.\n", actors)
    assert d["We will not accept it,"] == "2024-03-19"
    # meeting someone or arriving somewhere is no speaking occasion (but in the story's lead, where
    # the day of the visit is the day of the words the story quotes: see the lead tests above)
    d = _dates("The talks went on.\n\nAnna Berg met Mark Tolan on Tuesday. \u201cWe will not accept it,\u201d she said.\n",
               actors)
    assert d["We will not accept it,"] is None
    from extract.dates import occasion_given
    assert occasion_given("Anna Berg held a news conference after the vote on Tuesday.", "2024-03-22") is None


def test_a_verb_with_a_medium_before_the_date(actors):
    d = _dates("Anna Berg posted a video on Tuesday. \u201cWe will not accept it,\u201d she said in the video.\n",
               actors)
    assert d["We will not accept it,"] == "2024-03-19"
    from extract.dates import said_date
    assert said_date("called", " Mr Tolan's remarks on Saturday", "2024-03-22") is None  # someone else's


def test_asked_or_responding_with_the_date_right_after(actors):
    d = _dates("Asked on Tuesday whether the talks would resume, Anna Berg said they were \u201cover\u201d.\n"
               "Asked about the attack on Monday, Mark Tolan called it \u201cterrible\u201d.\n", actors)
    assert d["over"] == "2024-03-19"
    assert d["terrible"] is None  # the date may be the attack's


def test_without_a_publication_date_only_full_dates_count(actors):
    d = _dates("On March 17, 2023, Anna Berg said: \u201cThe plan is dead.\u201d "
               "Mark Tolan said on Tuesday: \u201cIt is alive.\u201d\n", actors, published="")
    assert d == {"The plan is dead.": "2023-03-17", "It is alive.": None}
    d = _dates("In 2023 Anna Berg said on Tuesday: \u201cThe plan is dead.\u201d\n", actors, published="")
    assert d == {"The plan is dead.": None}


def test_lead_adverbial_then_role_words_dates_the_quote(actors):
    d = _dates("At a briefing in Cairo later Wednesday, ministry spokesman and deputy envoy Karim Sadek "
               "said the proposal would \u201cfail without guarantees.\u201d\n", actors)
    assert d["fail without guarantees."] == "2024-03-20"


def test_lead_then_role_words_naming_another_day_does_not_date(actors):
    d = _dates("At the rally on Wednesday, Tuesday's keynote speaker Karim Sadek said the plan would "
               "\u201cfail without guarantees.\u201d\n", actors)
    assert d["fail without guarantees."] is None


def test_same_speaker_chain_stays_dated_over_paragraphs(actors):
    d = _dates("A mediator told CNN on Wednesday that the talks could \u201cstall for weeks.\u201d\n\n"
               "The mediator said Anna Berg was a \u201ckey negotiator.\u201d\n\n"
               "\u201cShe saw the value of a deal,\u201d the mediator added.\n", actors)
    assert d["stall for weeks."] == "2024-03-20"
    assert d["key negotiator."] == "2024-03-20"
    assert d["She saw the value of a deal,"] == "2024-03-20"


def test_vague_time_in_the_dated_report_does_not_break_the_chain(actors):
    d = _dates("On Wednesday, Mark Tolan said the army had struck \u201cheavy blows\u201d in the past few days.\n\n"
               "\u201cWe will finish the job,\u201d Mark Tolan said.\n", actors)
    assert d["We will finish the job,"] == "2024-03-20"


def test_named_time_in_the_dated_report_breaks_the_chain(actors):
    d = _dates("On Wednesday, Mark Tolan said the army had struck \u201cheavy blows\u201d, and last week he spoke again.\n\n"
               "\u201cWe will finish the job,\u201d Mark Tolan said.\n", actors)
    assert d["We will finish the job,"] is None


def test_clause_describing_the_speaker_does_not_break_the_chain(actors):
    d = _dates("Dana Keller told CNN Tuesday that the leaders \u201cmust sign now.\u201d\n\n"
               "\u201cThey have waited too long,\u201d said Keller, who was held for 51 days.\n", actors)
    assert d["They have waited too long,"] == "2024-03-19"


def test_the_same_post_continues_with_wrote(actors):
    d = _dates("\u201cWho can talk when the other side shoots?\u201d Karim Sadek posted on X on Wednesday. "
               "Cairo hosts the talks. \u201cPeace needs partners,\u201d Karim Sadek wrote.\n", actors)
    assert d["Who can talk when the other side shoots?"] == "2024-03-20"
    assert d["Peace needs partners,"] == "2024-03-20"


def test_a_new_verb_after_a_post_is_still_another_occasion(actors):
    d = _dates("On Monday, Karim Sadek said the border was calm. "
               "\u201cWho can talk when the other side shoots?\u201d Karim Sadek posted on X on Wednesday. "
               "\u201cPeace needs partners,\u201d Karim Sadek told CNN.\n", actors)
    assert d["Peace needs partners,"] is None


def test_a_platforms_former_name_does_not_end_the_attribution(actors):
    d = _dates("\u201cThe trucks are moving,\u201d Dana Levi wrote on X, formerly Twitter, on Wednesday.\n", actors)
    assert d["The trucks are moving,"] == "2024-03-20"


def test_an_elapsed_time_since_another_event_does_not_break_the_continuation(actors):
    d = _dates("The army said on Tuesday that it had struck \u201c60 targets\u201d overnight. It added that troops were "
               "\u201coperating in the hospital area\u201d, eight days after they began a raid there.\n", actors)
    assert d["operating in the hospital area"] == "2024-03-19"


def test_a_sentence_whose_subject_is_a_dated_statement(actors):
    d = _dates("Talks stalled, and a brief statement issued by the group itself on Tuesday evening said little. "
               "The statement did, however, reiterate a demand for what Hamas called "
               "\u201ca complete halt of the aggression\u201d.\n", actors)
    assert d["a complete halt of the aggression"] == "2024-03-19"


def test_a_weekday_naming_the_occasion_dates_the_quote(actors):
    d = _dates("At a Tuesday night rally in Haifa for the families, a cousin of Dana, Mira Golan, said the "
               "wait had been \u201ca torment\u201d.\n\n"
               "\u201cWe want them home,\u201d she said.\n\n"
               "In a Sunday interview with the BBC, Mark Tolan said the offer was \u201cfinal\u201d.\n", actors)
    assert d["a torment"] == "2024-03-19"
    assert d["We want them home,"] == "2024-03-19"
    assert d["final"] == "2024-03-17"


def test_a_weekday_on_another_event_does_not_date_the_quote(actors):
    d = _dates("In a Monday strike on Rafah, the army said it had hit \u201cterror targets\u201d.\n\n"
               "At a Monday rally after the vote on Sunday, Mira Golan said it was \u201cshameful\u201d.\n", actors)
    assert d["terror targets"] is None
    assert d["shameful"] is None


@given(st.text(alphabet="0129 \n-a", max_size=16))
@settings(max_examples=300, deadline=None)
def test_year_pattern_looks_behind_after_the_century(text):
    """_YEAR checks the digit before "19|20" after reading them, so it is searched for
    quickly; it finds the years the plain form finds."""
    import re

    from extract.quote_dates import _YEAR
    old = re.compile(r"(?<!\d)(?:19|20)\d\d(?!\d)")
    assert [m.span() for m in _YEAR.finditer(text)] == [m.span() for m in old.finditer(text)]


# One occasion per speaker: a speaker whose dated attributions all give one day keeps
# that day for later quotes, past other speakers and paragraphs, unless a frame names
# another time.
_STORY = ("A senior negotiator, Anna Berg, said on Wednesday that the talks would resume.\n\n"
          "Officials in Doha described the mood as tense.\n\n"
          "Mark Tolan, a regional analyst, said the gap was wide. \u201cNobody expects a deal soon,\u201d Tolan said.\n\n"
          "\u201cWe are not walking away from the table,\u201d Berg said in a telephone interview.\n\n"
          "\u201cThe mediators know our terms,\u201d she added.\n\n")


def test_a_speakers_one_dated_occasion_dates_her_later_quotes(actors):
    d = _dates(_STORY, actors)
    assert d["We are not walking away from the table,"] == "2024-03-20"
    assert d["The mediators know our terms,"] == "2024-03-20"
    # Tolan's saying is dated nowhere: his quote stays undated
    assert d["Nobody expects a deal soon,"] is None


def test_a_later_or_perfect_attribution_keeps_its_own_time(actors):
    d = _dates(_STORY.replace("Berg said in a telephone interview", "Berg later said")
               .replace("she added", "she has said"), actors)
    assert d["We are not walking away from the table,"] is None
    assert d["The mediators know our terms,"] is None


def test_an_intervening_attribution_at_another_time_stops_the_day(actors):
    d = _dates(_STORY.replace("\u201cThe mediators know",
                              "Last month Berg said the offer was fair.\n\n\u201cThe mediators know"), actors)
    assert d["We are not walking away from the table,"] == "2024-03-20"
    assert d["The mediators know our terms,"] is None


def test_two_dated_occasions_leave_the_speakers_other_quotes_undated(actors):
    d = _dates(_STORY.replace("Officials in Doha described the mood as tense.",
                              "On Monday, Berg said the gap had narrowed."), actors)
    assert d["We are not walking away from the table,"] is None


def test_a_date_inside_the_reported_clause_is_no_anchor(actors):
    d = _dates(_STORY.replace("said on Wednesday that the talks would resume",
                              "said it showed on Wednesday a new proposal"), actors)
    assert d["We are not walking away from the table,"] is None


def test_a_bare_date_after_described_is_its_object_not_the_saying(actors):
    d = _dates("In a post, Dana Morel described March 4, 2024, as \u201ca turning point for the region.\u201d\n", actors)
    assert d["a turning point for the region."] is None
    d = _dates("Dana Morel said March 19 that \u201cthe crossing will open.\u201d\n", actors)
    assert d["the crossing will open."] == "2024-03-19"


def test_told_an_outlet_at_another_time_keeps_its_own_time(actors):
    d = _dates("\u201cQatar is no friend,\u201d Minister Dana Morel said on Sunday. "
               "\u201cWe will not stop,\u201d Morel told Army Radio last week.\n", actors)
    assert d["Qatar is no friend,"] == "2024-03-17"
    assert d["We will not stop,"] is None
    d = _dates("\u201cQatar is no friend,\u201d Minister Dana Morel said on Sunday. "
               "\u201cWe will not stop,\u201d Morel told Army Radio.\n", actors)
    assert d["We will not stop,"] == "2024-03-17"


def test_speaking_to_reporters_on_a_day_dates_each_speakers_quotes(actors):
    # "A and B spoke to reporters this afternoon (Friday) ahead of ...": no reporting verb there,
    # but each one's quotes below were said there; "this afternoon" is the publication day
    d = _dates("Ambassador to the United Nations Haddad and Foreign Minister Mark Tolan spoke to reporters "
               "this afternoon (Friday) ahead of the Council meeting.\n\n"
               "Haddad noted that the Council must act. He declared that Israel \u201cwill not forget them.\u201d\n\n"
               "Minister Tolan stated: \u201cI came here today for the hostages.\u201d\n", actors)
    assert d["will not forget them."] == "2024-03-22"
    assert d["I came here today for the hostages."] == "2024-03-22"


def test_speaking_to_reporters_before_another_day_dates_nothing(actors):
    d = _dates("Mark Tolan spoke to reporters after the vote on Monday.\n\n"
               "Tolan stated: \u201cI came here for the hostages.\u201d\n", actors)
    assert d["I came here for the hostages."] is None


def test_today_and_yesterday_leading_the_clause_date_the_quote(actors):
    d = _dates("Earlier today, Finance Minister Jon Tal wrote, \u201cThe enemy is collapsing.\u201d\n\n"
               "Yesterday, Hamas said: \u201cWe are ready.\u201d\n", actors)
    assert d["The enemy is collapsing."] == "2024-03-22"
    assert d["We are ready."] == "2024-03-21"


def test_who_on_a_weekday_said_dates_the_quote(actors):
    d = _dates("It follows comments from Anna Berg, adviser to the president, who on Sunday said "
               "\u201call eyes are on Gaza\u201d.\n", actors)
    assert d["all eyes are on Gaza"] == "2024-03-17"


def test_late_on_a_weekday_after_the_verb_dates_the_quote(actors):
    d = _dates("The truce is precarious, with Prime Minister Jon Tal warning late on Saturday that "
               "\u201cthe group will be disarmed\u201d.\n", actors)
    assert d["the group will be disarmed"] == "2024-03-16"


def test_criticised_a_named_person_on_a_weekday_dates_the_speakers_next_quote(actors):
    d = _dates("Former minister Gadi Tal criticized Blue and White chairman MK Benny Roe on Sunday evening "
               "during a closed conference.\n\n\u201cNo political change is required,\u201d Tal said.\n", actors)
    assert d["No political change is required,"] == "2024-03-17"


def test_criticised_a_thing_on_a_weekday_leaves_the_quote_undated(actors):
    # "slammed the attack on Monday": the day may be the attack's
    d = _dates("Hamas slammed the attack on Monday.\n\n\u201cIt is a crime,\u201d Hamas said.\n", actors)
    assert d["It is a crime,"] is None


def test_an_occasion_with_a_long_name_dates_the_saying(actors):
    d = _dates("The ministers will back any deal, Yoav Tal said in a speech at the Dune Democracy Institute\u2019s "
               "Eli Roe Conference on Economy and Society in Jerusalem on Wednesday morning.\n\n"
               "\u201cThe hostages come first,\u201d Tal added.\n", actors)
    assert d["The hostages come first,"] == "2024-03-20"


def test_a_dated_predicate_conjoined_before_the_reporting_verb_dates_the_saying(actors):
    d = _dates("Prime Minister Pedro Roe met Tuesday in Madrid with families of hostages and called for their "
               "\u201cimmediate and unconditional release\u201d.\n", actors)
    assert d["immediate and unconditional release"] == "2024-03-19"


def test_another_time_between_the_conjoined_predicates_leaves_the_saying_undated(actors):
    d = _dates("Prime Minister Pedro Roe met Tuesday with families, who had marched for weeks since January, "
               "and called for their \u201cimmediate release\u201d.\n", actors)
    assert d["immediate release"] is None


def test_the_leads_dated_act_dates_its_subjects_quotes_that_follow(actors):
    # the appositive's own day ("freed on Monday") is no other time
    d = _dates("Jane Roe, the mother of Tom Roe, freed from captivity on Monday, shared details of his ordeal "
               "in an interview on Wednesday.\n\n"
               "\u201cHe barely slept for a year,\u201d Roe said.\n\n"
               "\u201cHe is home now and that is what matters,\u201d she added.\n", actors)
    assert d["He barely slept for a year,"] == "2024-03-20"
    assert d["He is home now and that is what matters,"] == "2024-03-20"
    d = _dates("Defence Minister Mark Tolan today rebuked critics of the plan.\n\n"
               "Speaking to soldiers, Tolan said, \u201cWe will not stop until the job is done.\u201d\n", actors)
    assert d["We will not stop until the job is done."] == "2024-03-22"


def test_a_dated_act_that_is_not_the_leads_subjects_dates_nothing(actors):
    # the day of what the act is about ("the agreement reached on Thursday", "warned that ... on
    # Thursday"), a lead of two days, an act later in the story, no publication date
    for text in ("Mark Tolan welcomed the agreement reached on Thursday.\n\n",
                 "Mark Tolan warned that the talks would resume on Thursday.\n\n",
                 "Mark Tolan on Tuesday shared details of the strike on Monday.\n\n",
                 "The talks went on.\n\nMark Tolan condemned the strike on Thursday.\n\n"):
        d = _dates(text + "\u201cWe will answer this in time,\u201d Tolan said.\n", actors)
        assert d["We will answer this in time,"] is None, text
    d = _dates("Mark Tolan condemned the strike on Thursday.\n\n\u201cWe will answer this in time,\u201d Tolan said.\n",
               actors, published="")
    assert d["We will answer this in time,"] is None


def test_occasion_act_directly():
    from extract.dates import occasion_act
    assert occasion_act("Jordan on Thursday welcomed the ceasefire.", "2024-03-22")[:3] == ("2024-03-21", "Jordan", 0)
    assert occasion_act("Anna Berg made clear on Friday that Israel will hold its fire.", "2024-03-22")[0] == "2024-03-22"
    assert occasion_act("Anna Berg was killed on Friday.", "2024-03-22") is None
    assert occasion_act("Anna Berg welcomed the deal signed on Friday.", "2024-03-22") is None


def test_a_wire_dateline_with_a_colon_opens_the_lead(actors):
    """"New York, 21 March 2024 (TDI): Envoy Anna Berg addressed the council ... on Wednesday":
    the dateline is blanked, so the lead's subject and her dated act date her later words."""
    d = _dates("New York, 21 March 2024 (TDI): Envoy Anna Berg addressed the council during a meeting on "
               "Wednesday, drawing attention to the crisis.\n\n"
               "She said, \u201cThe true cost will be measured in lives.\u201d\n", actors)
    assert d["The true cost will be measured in lives."] == "2024-03-20"


def test_a_lead_visit_or_meeting_dates_the_words_said_there(actors):
    """"X entered the Gaza Strip on Saturday, where he met units" / "X met Y in Athens on
    Sunday": the subject's words the story quotes next were said there."""
    for lead, day in (("Defence Minister Mark Tolan entered the border zone on Thursday, where he met troops.",
                       "2024-03-21"),
                      ("Prime Minister Mark Tolan met the visiting envoy in Athens on Sunday.", "2024-03-17")):
        d = _dates(lead + "\n\n\u201cWe will not stop until the job is done,\u201d Tolan said.\n", actors)
        assert d["We will not stop until the job is done,"] == day, lead


def test_a_weekday_with_its_date_in_brackets_is_one_day(actors):
    """"delivered his address ... on Friday (Mar 22)": the bracketed date is the same day
    written again, not a second time that ends the lead's occasion (a bracket that names
    another day still does)."""
    text = ("title: Head\n" + PUB + "Prime Minister Mark Tolan delivered his address at the "
            "assembly on Wednesday ({}). In his speech, Tolan vowed to \u201cfinish the job.\u201d\n")
    assert _dates(text.format("Mar 20"), actors, published="")["finish the job."] == "2024-03-20"
    assert _dates(text.format("20 March"), actors, published="")["finish the job."] == "2024-03-20"
    assert _dates(text.format("local time"), actors, published="")["finish the job."] == "2024-03-20"
    assert _dates(text.format("after talks on Mar 18"), actors, published="")["finish the job."] is None
