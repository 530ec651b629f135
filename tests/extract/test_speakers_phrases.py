"""Speaker phrases: reading the noun phrase next to a verb, and the token cache."""
from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from extract.speakers import NameIndex, _scan, _tokens, np_after, np_before


@pytest.mark.parametrize("phrase, kind, name", [
    ("Israeli National Security Minister Itamar Ben Gvir", "name", "Itamar Ben Gvir"),
    ("A senior Hamas official", "descriptor", None),
    ("spokesman Matthew Miller", "name", "Matthew Miller"),
    ("The Israel Defense Forces (IDF)", "org", None),
    ("Mr. Obama", "name", "Obama"),
    ("Qatari spokesman Majed al-Ansari", "name", "Majed al-Ansari"),
    ("Evanston Rabbi Meir Hecht", "name", "Meir Hecht"),
    ("Chief of Staff Eyal Zamir", "name", "Eyal Zamir"),  # "Staff" is a title word
    ("he", "pronoun", None),
    # role nouns that are also modifiers ("the general public") head the phrase when last
    ("the retired general", "descriptor", None),
    ("a former hostage", "descriptor", None),
    # a party's name before its leader's title, with no name after: a description of the holder
    ("The Labor Party Chairman", "descriptor", None),
    ("The Likud Party Chairman", "descriptor", None),
])
def test_np_before(phrase, kind, name):
    text = phrase + " said"
    m = np_before(text, len(phrase), 0)
    assert m is not None and m.kind == kind
    if name:
        assert m.name == name


@pytest.mark.parametrize("phrase", [
    "The secretary-general",                  # a hyphenated role is a head
    "the pan-Arab organization",              # a side-naming adjective
    "the Cairo-based, pan-Arab organization",  # two adjectives set off by a comma
    "Twenty-five Democratic senators",         # elected members, counted
    "The Dror Liberation Front terrorist group",  # a body's name of several words before the noun
])
def test_np_before_keeps_the_whole_descriptor(phrase):
    m = np_before(phrase + " said", len(phrase), 0)
    assert m is not None and m.kind == "descriptor" and m.text == phrase


@pytest.mark.parametrize("text", ["But", "the talks", "a few", "In Gaza", "Democratic"])
def test_np_before_rejects(text):
    m = np_before(text + " said", len(text), 0)
    assert m is None or m.kind not in ("name",) or m.name not in ("But", "Gaza", "Democratic")


def test_np_after_keeps_uninformative_qualifier():
    s = "a source familiar with the talks."
    m = np_after(s, 0, len(s))
    assert m.text == "a source familiar with the talks"
    s = "an Israeli official with knowledge of the negotiations, who"
    assert np_after(s, 0, len(s)).text == "an Israeli official"


def test_np_after_appositive():
    s = "Yaakov Amidror, Israel\u2019s former national security adviser."
    m = np_after(s, 0, len(s))
    assert m.name == "Yaakov Amidror" and "former" in m.appositive


def test_token_cache_matches_direct_scan():
    text = ("Israeli Prime Minister Benjamin Netanyahu\u2019s office said on Sunday that U.S. envoys "
            "and Mr. Smith's aides met al-Hayya. " * 80)
    for lo, hi in [(0, 50), (13, 97), (500, 777), (1234, 1300), (40, 41), (len(text) - 30, len(text))]:
        assert _tokens(text, lo, hi) == _scan(text, lo, hi), (lo, hi)
    # every window over a stretch, cuts inside words and dotted abbreviations included
    for lo in range(0, 180):
        for hi in range(lo, lo + 70):
            assert _tokens(text, lo, hi) == _scan(text, lo, hi), (lo, hi)


def test_fullest_name_prefers_usual_form_over_one_off_prefix():
    body = ("Hillary Clinton spoke. Rival Hillary Clinton was mentioned once. Hillary Clinton again. "
            "Tal Idan spoke first. Later Avigail Idan was named. Avigail Idan again.")
    idx = NameIndex(body, None)
    assert idx.fullest("Clinton", len(body)) == "Hillary Clinton"
    # different first names are different people: the nearest earlier one
    assert idx.fullest("Idan", body.index("Later") - 1) == "Tal Idan"


def test_a_name_after_a_sentence_ending_capitalised_word_is_registered(actors):
    from extract import extract_article
    text = ("Talks\n\nBy Staff\n\nFamilies met the envoy.\n\n"
            "The families met officials in Washington on Thursday. Dana Ofer-Lind, mother of hostage "
            "Noam Ofer-Lind, told CNN the meeting was useful.\n\n"
            "Ofer-Lind said both leaders made \u201ca promise\u201d to the families.\n")
    res = extract_article(text, "t.txt", actors=actors, positions=False)
    assert {q.quote: q.speaker for q in res.quotes}["a promise"] == "Dana Ofer-Lind"


def test_a_verb_after_an_al_name_ends_the_phrase():
    # "Khalil al-Hayya blamed Netanyahu": the lower-case name part does not hide the verb
    s = "Hamas official Khalil al-Hayya blamed Netanyahu for the deaths"
    men = np_after(s, 0, len(s))
    assert men is not None and men.text == "Hamas official Khalil al-Hayya"


@pytest.mark.parametrize("s, phrase", [
    # a verb with no -ed ending ends the phrase: not a modifier of the name after it
    ("The Nordic Council gave Ostrander its endorsement.", "The Nordic Council"),
    ("The ministry sent Ruritania a reply.", "The ministry"),
    ("Brennland wants Ostrander to leave.", "Brennland"),
    # an unknown noun before a name still is one
    ("Harbour Times columnist Jonas Berg said it.", "Harbour Times columnist Jonas Berg"),
])
def test_a_bare_verb_form_ends_the_phrase(s, phrase):
    men = np_after(s, 0, len(s))
    assert men is not None and men.text == phrase


def test_it_is_the_body_whose_sentence_went_before(actors):
    """"The Nordic Council gave X its endorsement. It said ...": the council, not a
    name read across the verb."""
    from extract import extract_article
    text = ("Head\n\nThe Nordic Council gave Ostrander its endorsement. It said Berg \u201chas offended "
            "farmers and fishermen alike.\u201d")
    res = extract_article(text, "t.txt", actors=actors, positions=False)
    assert [q.speaker for q in res.quotes] == ["Nordic Council"]


def test_an_apostrophe_inside_a_name_is_no_closing_quote(actors):
    """"Gideon Sa’ar", "Yousef Al-Ta’ani": the name is registered whole; a closing mark stuck
    to a word ("‘Terrorist.’ President Barack Obama") still ends a name."""
    for text, name in [("The talks went on. Jonas Ba\u2019ar pointed to the frail condition.", "Jonas Ba\u2019ar"),
                       ("The talks went on. Yousef Al-Ta\u2019ani pointed to it.", "Yousef Al-Ta\u2019ani"),
                       ("It was \u2018Terrorist.\u2019 President Karl Ostrander said.", "Karl Ostrander")]:
        assert [f for _, f in NameIndex(text, actors, text).full] == [name]


def test_a_hyphenated_title_is_no_part_of_the_name(actors):
    """"Minister-without-portfolio Jonas Berg": the title joined by hyphens is dropped."""
    text = "The talks went on. Minister-without-portfolio Jonas Berg left the government."
    assert [f for _, f in NameIndex(text, actors, text).full] == ["Jonas Berg"]
    men = np_after(text, 19, len(text))
    assert men is not None and men.name == "Jonas Berg"


@pytest.mark.parametrize("text, name", [
    ("The talks went on. Special Envoy to the Southern Region Karl Ostrander arrived.", "Karl Ostrander"),
    ("The talks went on. Coordinator for the Lake District Peace Process Ilse Varga arrived.", "Ilse Varga"),
    ("The talks went on. Envoy for the Northern Isles Faisal bin Karim arrived.", "Faisal bin Karim"),
    ("The talks went on. Lina bint Omar Haddad, the minister, arrived.", "Lina bint Omar Haddad"),
])
def test_a_titles_object_is_no_part_of_the_name(actors, text, name):
    """"Special Envoy to the Middle East Steve Witkoff": the region the title is for opens the
    capitalised run, and the name is its last two words (with a particle, "bin"/"bint",
    before them); "bint" links a name as "bin" does."""
    assert [f for _, f in NameIndex(text, actors, text).full] == [name]


@pytest.mark.parametrize("before", ["Irish", "Dubliner", "British-Israeli", "Franco-Israeli"])
def test_a_nationality_or_home_town_before_a_name_is_no_part_of_it(actors, before):
    """"Irish-Israeli Jonas Berg", "Dubliner Jonas Berg": where he is from, not his name."""
    text = f"The talks went on. {before} Jonas Berg left the country."
    assert [f for _, f in NameIndex(text, actors, text).full] == ["Jonas Berg"]
    men = np_after(text, 19, len(text))
    assert men is not None and men.name == "Jonas Berg"


@pytest.mark.parametrize("text, phrase", [
    # the quantity before the number is part of who spoke
    ("JERUSALEM, July 23 \u2014 More than 100 aid organisations warned", "More than 100 aid organisations"),
    ("At least 20 senior officials said", "At least 20 senior officials"),
    # a coordinated subject is the whole coordination, not its last conjunct
    ("In meetings, the Ruritanian Justice Ministry and senior police officials agreed",
     "the Ruritanian Justice Ministry and senior police officials"),
    ("Palestinians and aid groups say", "Palestinians and aid groups"),
    ("Arab and Western countries and organizations rejected", "Arab and Western countries and organizations"),
    # a clause's end before "and" is no conjunct
    ("Flares lit up the skies over the city and witnesses said", "witnesses"),
])
def test_np_before_reads_quantities_and_coordinations(text, phrase):
    m = np_before(text, len(text) - len(text.split()[-1]) - 1, 0, common_nouns=True)
    assert m is not None and m.kind == "descriptor" and m.text == phrase


@given(st.lists(st.sampled_from(["Gvili", "\u2019s", "'s", " ", "  ", "\n", "mother", "son", "Talik", "Ran", "-",
                                 "X", "a", ","]), max_size=10))
@settings(max_examples=300, deadline=None)
def test_kin_given_hint_holds_every_match(parts):
    """NameIndex runs _KIN_GIVEN only where its quick hint matches: the hint must hold every match."""
    from extract.speakers import _KIN_GIVEN, _KIN_GIVEN_HINT
    text = "".join(parts)
    assert _KIN_GIVEN_HINT.search(text) or not _KIN_GIVEN.search(text)


def test_the_name_a_possessive_owns_is_registered(actors):
    """"Harbour Radio's Dana Ostrander, reporting from Amman, said ... Ostrander said": the
    surname alone resolves to the name that followed the outlet's possessive."""
    from extract import extract_article
    text = ("Head\n\nThe convoy was delayed. Harbour Radio\u2019s Dana Ostrander, reporting from Amman, said "
            "the delay was deliberate. \u201cThe trucks are nowhere near enough,\u201d Ostrander said.\n")
    assert [f for _, f in NameIndex(text, actors, text).full][-1:] == ["Dana Ostrander"]
    res = extract_article(text, "t.txt", actors=actors, positions=False)
    assert [q.speaker for q in res.quotes] == ["Dana Ostrander"]


def test_titles_written_before_a_name_are_kept_but_not_a_past_office(actors):
    """"Caretaker Prime Minister X" lets a later "the PM" mean X; "Former President Y" does not
    make Y "the president"."""
    text = "Caretaker Prime Minister Jonas Berg met Former President Ann Ostrander on Monday."
    idx = NameIndex(text, actors, text)
    assert idx.titles_before("Jonas Berg", len(text)) == {"caretaker", "prime", "minister"}
    assert idx.titles_before("Jonas Berg", 0) == frozenset()
    assert idx.titles_before("Ann Ostrander", len(text)) == frozenset()


@pytest.mark.parametrize("phrase, text", [
    # a body's title-case name with link words is one name, not its last words
    ("the Office for the Coordination of Dune Affairs", "the Office for the Coordination of Dune Affairs"),
    ("The Committee to Protect Dune Farmers", "The Committee to Protect Dune Farmers"),
    ("the International Committee of the Red Cross", "the International Committee of the Red Cross"),
    ("the Union of Italian Dune Communities", "the Union of Italian Dune Communities"),
    ("The head of the Dune Relief and Works Agency", "the Dune Relief and Works Agency"),
    ("Ruritania's Ministry of Foreign Affairs and Trade", "Ruritania's Ministry of Foreign Affairs and Trade"),
    # a plural head; "Major" here is no rank before a name
    ("the Dune Federations of North America", "the Dune Federations of North America"),
    ("the Conference of Presidents of Major Dune Organizations", "the Conference of Presidents of Major Dune Organizations"),
])
def test_np_before_takes_a_bodys_whole_name(phrase, text):
    m = np_before(phrase + " said", len(phrase), 0, common_nouns=True)
    assert m is not None and m.kind == "org" and m.text == text


@pytest.mark.parametrize("phrase, kind, name", [
    # two speakers, or a titled person at the end: no body's name across the link
    ("The Dune Army and Hamas", "org", None),
    ("Center for Dune Progress President Jon Roe", "name", "Jon Roe"),
    ("the High Representative of the Dune Union for Foreign Affairs and Security Policy Jon Roe", "name", "Jon Roe"),
])
def test_np_before_keeps_apart_what_is_not_one_body(phrase, kind, name):
    m = np_before(phrase + " said", len(phrase), 0, common_nouns=True)
    assert m is not None and m.kind == kind and m.name == name
    assert m.text != phrase or kind == "name"


def test_a_place_after_a_body_is_not_part_of_its_name():
    """"the Ministry of Health in Gaza": "in" links a name only before "the" ("in the Near East")."""
    phrase = "the Ministry of Health in Gaza"
    m = np_before(phrase + " said", len(phrase), 0, common_nouns=True)
    assert m is not None and "Ministry" not in m.text


@pytest.mark.parametrize("phrase, text", [
    ("the Committee to Protect Dune Farmers on Monday", "the Committee to Protect Dune Farmers"),
    ("the Council on Dune-Ruritanian Relations.", "the Council on Dune-Ruritanian Relations"),
    ("the Alliance to Reclaim Our Dunes (ARD)", "the Alliance to Reclaim Our Dunes"),
    ("the Foreign Ministry to Reuters", "the Foreign Ministry"),  # an outlet told, not the body's name
    # "and" inside a body's name, and a plural head
    ("the Dune Relief and Works Agency for Ruritanian Refugees said", "the Dune Relief and Works Agency for Ruritanian Refugees"),
    ("the Follow-up Committee of National and Islamic Forces in Gaza", "the Follow-up Committee of National and Islamic Forces"),
    ("the Dune Federations of North America (DFNA)", "the Dune Federations of North America"),
    ("the Dune Army and Hamas", "the Dune Army"),
])
def test_np_after_reads_a_bodys_name_over_its_link_words(phrase, text):
    m = np_after(phrase, 0, len(phrase))
    assert m is not None and m.text == text


def test_titles_are_read_from_the_data_file_users_extend():
    """Titles and nationality words are data (extract/data/titles.toml), not code: every entry
    is one word, none is listed twice, and what the file lists is what the name reader uses."""
    from pathlib import Path

    import extract
    from extract.datafile import read_toml
    from extract.speakers import NATIONALITY_CAPS, TITLE_CAPS

    data = read_toml(Path(extract.__file__).parent / "data" / "titles.toml")
    for key in ("titles", "nationality_words"):
        words = data[key]
        assert len(words) == len(set(words)) and all(w and not any(c.isspace() for c in w) for w in words), key
    assert set(data["titles"]) == TITLE_CAPS and set(data["nationality_words"]) == NATIONALITY_CAPS
    assert np_before("Seyyed Karim Vostani said", len("Seyyed Karim Vostani"), 0).name == "Karim Vostani"


@pytest.mark.parametrize("phrase, text", [
    # the name read back stops at "of" inside the body's longer name: the acronym stands for it
    ("The Coordination of Dune Activities in the Ruritanian Lands (CODAR)", "CODAR"),
    ("The Coordination of Relief Operations in the Dune Provinces (CRODP)", "CRODP"),
])
def test_an_acronym_stands_for_a_long_name_read_only_in_part(phrase, text):
    m = np_before(phrase + " announced", len(phrase), 0, common_nouns=True)
    assert m is not None and m.text == text and m.kind == "org"


def test_an_acronym_after_a_persons_title_and_body_is_not_the_speaker():
    """"The Secretary of the Executive Committee of the Dune League (DL)": a person's title opens
    the run, so the speaker is the holder, not the body the acronym names."""
    phrase = "The Secretary of the Executive Committee of the Dune League (DL)"
    m = np_before(phrase + " said", len(phrase), 0, common_nouns=True)
    assert m is None or m.text != "DL"
