"""Actors table: shipped data, lookups, descriptors, and merging a user file."""
from __future__ import annotations

import re
from pathlib import Path

import pytest

from extract.actors import PARTIES, load_actors


@pytest.fixture(scope="module")
def actors():
    return load_actors()


@pytest.mark.parametrize("mention, name, party", [
    ("Netanyahu", "Benjamin Netanyahu", "Israel"),
    ("Israeli Prime Minister Benjamin Netanyahu", "Benjamin Netanyahu", "Israel"),
    ("Mr. Netanyahu", "Benjamin Netanyahu", "Israel"),
    ("Ben-Gvir", "Itamar Ben Gvir", "Israel"),
    ("Finance Minister Bezalel Smotrich", "Bezalel Smotrich", "Israel"),
    ("Khalil Al Hayya", "Khalil al-Hayya", "Hamas"),
    ("Hamas official Osama Hamdan", "Osama Hamdan", "Hamas"),
    ("Majed al-Ansari", "Majed al-Ansari", "Qatar"),
    ("Blinken", "Antony Blinken", "United States"),
    ("IDF", "Israel Defense Forces", "Israel"),
    ("the Prime Minister\u2019s Office", "Prime Minister's Office", "Israel"),
    ("Lazzarini", "Philippe Lazzarini", "United Nations"),
    ("Karim Khan", "Karim Khan", "International Court"),
    ("Abbas", "Mahmoud Abbas", "Palestinian Authority"),
    # transliterations one outlet mixes in one article ("FM Abdelaty told ..., Abdelatty stressed")
    ("Abdelaty", "Badr Abdelatty", "Egypt"),
    ("Abdel Atti", "Badr Abdelatty", "Egypt"),
    # a ministry speaks as itself, not as its country (GUIDELINES: "the organisation")
    ("Egypt's Foreign Ministry", "Egyptian Foreign Ministry", "Egypt"),
    ("Qatar's Foreign Ministry", "Qatari Foreign Ministry", "Qatar"),
    # the UN's bodies are themselves, on the UN's side: "the WHO said" is not "the UN said"
    ("the WHO", "World Health Organization", "United Nations"),
    ("the Office for the Coordination of Humanitarian Affairs", "OCHA", "United Nations"),
    ("the U.N. Security Council", "UN Security Council", "United Nations"),
    ("the UN", "United Nations", "United Nations"),
    # ministers and members of the Knesset named by portfolio alone or in another spelling
    ("Labor Minister Yoav Ben Tzur", "Yoav Ben Tzur", "Israel"),
    ("Yisrael Katz", "Israel Katz", "Israel"),
    ("Gamliel", "Gila Gamliel", "Israel"),
])
def test_find(actors, mention, name, party):
    actor = actors.find(mention)
    assert actor is not None and actor.name == name and actor.party == party


@pytest.mark.parametrize("mention", ["spokesman for Hamas", "a senior official", "", "Smith"])
def test_find_none(actors, mention):
    assert actors.find(mention) is None


def test_factions(actors):
    assert actors.find("Smotrich").faction == "Coalition hardliners"
    assert actors.find("Lapid").faction == "Opposition"
    assert actors.find("Ronen Bar").faction == "Security establishment"
    assert actors.find("Zvika Fogel").faction == "Coalition hardliners"
    assert actors.find("Yoaz Hendel").faction == "Opposition"


def test_a_common_surname_is_no_one_alone(actors):
    """"Cohen" or "Katz" alone may be any of several figures of the talks: no alias claims it."""
    for surname in ("Cohen", "Katz", "Levy", "Golan"):
        assert actors.find(surname) is None, surname


@pytest.mark.parametrize("text, expected", [
    ("Qatari Foreign Ministry spokesman", ("Qatar", None)),
    ("a senior Hamas official", ("Hamas", None)),
    ("Israeli official", ("Israel", None)),
    ("the Prime Minister's Office", ("Israel", "Government")),
    ("Tel Aviv", ("Israel", None)),
    ("Cairo", ("Egypt", None)),
    ("Doha", ("Qatar", None)),
    ("Washington", ("United States", None)),
    ("a senior US official", ("United States", None)),
    ("Israel\u2019s former national security adviser", ("Israel", "Former official")),
    ("an Israeli analyst", ("Other", None)),
    ("a Western diplomat", ("Other", None)),
    ("Palestinian Authority spokesman", ("Palestinian Authority", None)),
    ("a source familiar with the talks", None),
    ("he", None),
])
def test_party_from_descriptor(actors, text, expected):
    assert actors.party_from_descriptor(text) == expected


def test_shipped_parties_valid(actors):
    assert actors.actors
    assert all(a.party in PARTIES for a in actors.actors)


def test_merge_user_file(tmp_path: Path):
    user = tmp_path / "mine.toml"
    user.write_text('[[actors]]\nname = "Jane Negotiator"\naliases = ["Negotiator"]\n'
                    'party = "Egypt"\nfaction = "Government"\n'
                    '[[actors]]\nname = "Benjamin Netanyahu"\nparty = "Israel"\nfaction = "Opposition"\n'
                    '[patterns.party]\n"Ruritanian" = "Other"\n', encoding="utf-8")
    actors = load_actors(extra=user)
    assert actors.find("Negotiator").party == "Egypt"
    assert actors.find("Netanyahu") is None or actors.find("Netanyahu").faction == "Opposition"
    assert actors.find("Benjamin Netanyahu").faction == "Opposition"
    assert actors.party_from_descriptor("a Ruritanian envoy") == ("Other", None)
    # The shipped table is untouched by the merge.
    assert load_actors().find("Benjamin Netanyahu").faction == "Government"


@pytest.mark.parametrize("content, message", [
    ('[[actors]]\nname = "X"\nparty = "Mars"\n', "unknown party 'Mars'"),
    ('[[actors]]\nname = "X"\nparty = "Israel"\nfaction = "Cabal"\n', "unknown faction 'Cabal'"),
    ('[[actors]]\nparty = "Israel"\n', "missing 'name'"),
    ('[[actors]]\nname = "X"\nparty = "Israel"\nkind = "robot"\n', "kind must be"),
    ('[[actors]\nname = "X"\n', "invalid TOML"),
    ('[people]\nx = 1\n', "unknown section"),
    ('[[actors]]\nname = "X"\nparty = "Israel"\naliases = "Y"\n', "'aliases' must be a list"),
    ('[[actors]]\nname = "X"\nparty = "Israel"\nperiods = [{faction = "Government"}]\n', "needs 'from' or 'until'"),
    ('[[actors]]\nname = "X"\nparty = "Israel"\nperiods = [{from = "May 2024"}]\n', "must be a date YYYY-MM-DD"),
    ('[[actors]]\nname = "X"\nparty = "Israel"\nperiods = [{from = 2024-06-01, until = 2024-01-01}]\n',
     "is after 'until'"),
    ('[[actors]]\nname = "X"\nparty = "Israel"\nperiods = [{from = 2024-06-01, side = "Hamas"}]\n',
     "period #1: unknown field"),
    ('[[actors]]\nname = "X"\nparty = "Israel"\nperiods = [{from = 2024-06-01, party = "Mars"}]\n',
     "unknown party 'Mars'"),
    ('[[actors]]\nname = "X"\nparty = "Israel"\npronoun = "it"\n', "pronoun must be 'he' or 'she'"),
    ('[[actors]]\nname = "X"\nparty = "Israel"\nkind = "organisation"\npronoun = "she"\n', "for a person only"),
])
def test_bad_file(tmp_path: Path, content, message):
    bad = tmp_path / "bad.toml"
    bad.write_text(content, encoding="utf-8")
    with pytest.raises(ValueError, match=message.replace("(", r"\(").replace("[", r"\[")):
        load_actors(extra=bad)


def test_missing_file(tmp_path: Path):
    with pytest.raises(ValueError, match="cannot read"):
        load_actors(extra=tmp_path / "nope.toml")


def test_surnames_only_when_listed(actors):
    # listed short forms resolve; a common surname alone claims nobody
    assert actors.find("Smotrich").name == "Bezalel Smotrich"
    assert actors.find("Miller") is None
    assert actors.find("Khan") is None
    assert actors.find("Matthew Miller").party == "United States"


def test_weak_party_word_yields(actors):
    assert actors.party_from_descriptor("a Palestinian leadership source") == ("Hamas", None)
    assert actors.party_from_descriptor("Palestinian officials close to Fatah")[0] == "Palestinian Authority"
    # ... but not to a party that is merely the topic
    assert actors.party_from_descriptor("a Palestinian official familiar with the Egyptian proposal")[0] == "Hamas"


def test_gaza_health_services_speak_for_no_side_unless_named_as_hamas(actors):
    # the guidelines' "Gaza civil defence when not named as Hamas", for the health ministry
    # and medical services whatever they are called
    for desc in ("Palestinian health officials", "the Palestinian Health Ministry",
                 "the Palestinian Ministry of Health", "Palestinian medical sources", "the Palestinian Red Crescent"):
        assert actors.party_from_descriptor(desc) == ("Other", None), desc
    assert actors.party_from_descriptor("Palestinian health authorities in the Hamas government")[0] == "Hamas"
    assert actors.party_from_descriptor("the Hamas-run health ministry")[0] == "Hamas"
    assert actors.party_from_descriptor("Israel's Health Ministry")[0] == "Israel"


def test_pollsters_and_rights_groups_speak_for_no_side(actors):
    """A research centre or a rights group is named with a nationality ("the Palestinian Centre
    for Policy and Survey Research", "an Israeli rights group") but speaks for neither side; a
    party's own research director still speaks for it."""
    for desc in ("the Palestinian Center for Policy and Survey Research", "a Palestinian research center",
                 "the Palestinian Centre for Human Rights", "an Israeli rights group", "Israeli rights groups"):
        assert actors.party_from_descriptor(desc) == ("Other", None), desc
    assert actors.party_from_descriptor("Hamas research director")[0] == "Hamas"


def test_broadcasters_speak_for_no_side_but_a_named_state_agency_does(actors):
    """A public broadcaster reports; it does not speak for its state. A state news agency the file
    places (WAFA) keeps its side."""
    for desc in ("Israel's public broadcaster", "the Israeli Broadcasting Authority",
                 "the official Israeli broadcasting authority"):
        assert actors.party_from_descriptor(desc) == ("Other", None), desc
    assert actors.party_from_descriptor("Palestinian news agency WAFA")[0] == "Palestinian Authority"


def test_bad_weak_section(tmp_path: Path):
    bad = tmp_path / "bad.toml"
    bad.write_text('[patterns.weak]\n"Arab" = ["Atlantis"]\n', encoding="utf-8")
    with pytest.raises(ValueError, match="unknown party 'Atlantis'"):
        load_actors(extra=bad)


@pytest.mark.parametrize("text, expected", [
    ("a displaced Palestinian woman", ("Other", None)),
    ("an Israeli mother", ("Israel", "Civil society")),
    ("the father of American-Israeli hostage Dan Roe", ("Israel", "Civil society")),
    ("a Palestinian official", ("Hamas", None)),  # an office keeps the party word's side
    ("Spain's Prime Minister", ("Other", None)),
    ("Democratic Rep.", ("United States", None)),
    # Hamas's captives and their relatives are Israel's civil society, not the captors' side
    ("a survivor of Hamas captivity", ("Israel", "Civil society")),
    ("recently released from Hamas captivity", ("Israel", "Civil society")),
    ("held captive by Hamas in Gaza for 738 days", ("Israel", "Civil society")),
    ("the aunt of Dana Roe, who turned 20 in captivity", ("Israel", "Civil society")),
    ("a Hamas spokesman on the captives", ("Hamas", None)),
])
def test_civilians_and_more_sides(actors, text, expected):
    assert actors.party_from_descriptor(text) == expected


def test_named_civilian_is_left_to_context(actors):
    assert actors.party_from_descriptor("a mother of five", civilian_default=False) is None
    assert actors.is_civilian("a mother of five") and not actors.is_civilian("the mother of the spokesman")


@pytest.mark.parametrize("sentence, expected", [
    ("Dana Roe, whose son Omer is held hostage in Gaza, said the talks were stuck.", ("Israel", "Civil society")),
    ("Dana Roe, whose cousins were freed last week, spoke to reporters.", ("Israel", "Civil society")),
    ("Sami Odeh, whose son is held in an Israeli prison, spoke to reporters.", ("Other", None)),
    ("Sami Odeh, who fled Gaza City with his children, waited for flour.", ("Other", None)),
    ("Sami Odeh said his wife and children were killed in a strike on their home.", ("Other", None)),
    ("Sami Odeh spoke at the conference in Doha.", None),
])
def test_party_from_context(actors, sentence, expected):
    assert actors.party_from_context(sentence) == expected


def test_party_from_relative(actors):
    assert actors.party_from_relative(["Ari Roe was kidnapped from his home."]) == ("Israel", "Civil society")
    assert actors.party_from_relative(["Ari Roe is held in an Israeli prison without charge."]) == ("Other", None)
    assert actors.party_from_relative(["Ari Roe plays the violin."]) is None


def test_user_context_rules_come_first(tmp_path: Path):
    user = tmp_path / "mine.toml"
    user.write_text('[[patterns.context]]\nparty = "Qatar"\nall = [["falconer"]]\n'
                    '[[patterns.relative]]\nparty = "Egypt"\nany = ["kidnapped"]\n', encoding="utf-8")
    merged = load_actors(extra=user)
    assert merged.party_from_context("Omar, a falconer who fled the city, spoke.") == ("Qatar", None)
    assert merged.party_from_relative(["Ari was kidnapped."]) == ("Egypt", None)


@pytest.mark.parametrize("content, message", [
    ('[[patterns.context]]\nparty = "Israel"\nall = "hostage"\n', "'all' must be a list of non-empty word lists"),
    ('[[patterns.context]]\nparty = "Narnia"\nall = [["x"]]\n', "unknown party 'Narnia'"),
    ('[[patterns.context]]\nparty = "Israel"\nany = [["x"]]\n', "expected party, faction (optional) and all"),
    ('[[patterns.relative]]\nparty = "Israel"\nany = []\n', "'any' must be a non-empty list of words"),
    ('[patterns.civilian]\nroles = "man"\n', "[patterns.civilian] roles must be a list of strings"),
])
def test_bad_context_sections(tmp_path: Path, content, message):
    bad = tmp_path / "bad.toml"
    bad.write_text(content, encoding="utf-8")
    with pytest.raises(ValueError, match=re.escape(message)):
        load_actors(extra=bad)


@pytest.mark.parametrize("text", [
    "U.S.-based groups", "the U.N.'s record", "three soldiers killed'My children", "a pro-Hamas rally",
    "the Hamas-run ministry", "an ex-minister said", "1.Associated Press, 9 September", "Israel\u2019s army",
    "Qatar's foreign ministry", "nothing of note here", "a senior WHO official", "who said it",
])
def test_word_lists_match_like_their_full_regex(actors, text):
    """Each word list runs only the alternatives whose first word is in the text; the first
    match must be the one the whole alternation finds."""
    lists = [actors._party_re, actors._faction_re, actors._neutral_re, actors._civilian_re]
    for rx in lists:
        full, fast = rx.regex.search(text), rx.search(text)
        assert (full and (full.start(), full.group(0))) == (fast and (fast.start(), fast.group(0)))


def test_capitals_stand_for_their_country(tmp_path: Path):
    shipped = load_actors()
    assert shipped.country_of_capital("Amman") == "Jordan"
    assert shipped.country_of_capital("Kuala Lumpur") == "Malaysia"
    assert shipped.country_of_capital("Sofia") is None  # also a given name: left out
    user = tmp_path / "mine.toml"
    user.write_text('[patterns.capitals]\n"Zenda" = "Ruritania"\n', encoding="utf-8")
    merged = load_actors(extra=user)
    assert merged.country_of_capital("Zenda") == "Ruritania"
    assert merged.country_of_capital("Amman") == "Jordan"
    user.write_text('[patterns.capitals]\n"Zenda" = 3\n', encoding="utf-8")
    with pytest.raises(ValueError, match="capitals"):
        load_actors(extra=user)


def test_a_given_name_before_a_listed_surname_is_someone_else(actors):
    """"Melania Trump" is not the Trump the file lists; "President Trump" and "Finance Minister
    Smotrich" are."""
    assert actors.find("Melania Trump") is None
    assert actors.find("Sara Netanyahu") is None
    assert actors.find("President Trump").name == "Donald Trump"
    assert actors.find("Finance Minister Smotrich").name == "Bezalel Smotrich"


def test_titles_before_a_hyphenated_listed_name(actors):
    assert actors.find("National Security Minister Itamar Ben-Gvir").name == "Itamar Ben Gvir"


def test_transliterations_find_the_same_actor(actors, tmp_path: Path):
    assert actors.find("Muhammad Deif").name == "Mohammed Deif"
    assert actors.find("Mohamad Shtayyeh").name == "Mohammad Shtayyeh"
    assert actors.find("Muhammad Ali Jinnah") is None
    user = tmp_path / "mine.toml"
    user.write_text('[[actors]]\nname = "Yusuf Hamdan"\nparty = "Hamas"\n'
                    '[patterns.spellings]\n"Youssef" = "Yusuf"\n', encoding="utf-8")
    mine = load_actors(extra=user)
    assert mine.find("Youssef Hamdan").name == "Yusuf Hamdan"
    assert mine.find("Muhammad Deif").name == "Mohammed Deif"  # the shipped spellings still apply
    bad = tmp_path / "bad.toml"
    bad.write_text('[patterns.spellings]\n"Youssef" = "Yusuf Y"\n', encoding="utf-8")
    with pytest.raises(ValueError, match="spellings"):
        load_actors(extra=bad)


def test_periods_give_the_side_held_on_a_day(tmp_path: Path):
    """A person's side changes with office: the period holding the day, else the entry's own."""
    user = tmp_path / "mine.toml"
    user.write_text('[[actors]]\nname = "Jonas Berg"\nparty = "Israel"\nfaction = "Opposition"\n'
                    'periods = [{from = 2023-10-11, until = 2024-06-08, faction = "Government"},\n'
                    '           {from = 2030-01-01, party = "Other"}]\n', encoding="utf-8")
    berg = load_actors(extra=user).named("Jonas Berg")
    assert berg.side_on("2024-05-01") == ("Israel", "Government")
    assert berg.side_on("2023-10-11") == ("Israel", "Government") == berg.side_on("2024-06-08")
    assert berg.side_on("2024-06-09") == ("Israel", "Opposition") == berg.side_on(None)
    assert berg.side_on("2031-02-02") == ("Other", None)  # a new party drops the old faction


def test_a_fathers_name_inside_an_arabic_name_is_the_listed_person(user_actors):
    """"Dr. Karim bin Yusuf Al Nadir" is the listed "Karim Al Nadir": the patronymic ("bin
    Yusuf") that the file's forms leave out; not when nothing listed remains."""
    actors = user_actors('[[actors]]\nname = "Karim al-Nadir"\naliases = ["Karim Al Nadir"]\n'
                         'party = "Qatar"\ntitles = ["spokesman"]\n')
    assert actors.find("Karim bin Yusuf Al Nadir").name == "Karim al-Nadir"
    assert actors.find("Dr. Karim bin Yusuf Al Nadir").name == "Karim al-Nadir"
    assert actors.find("Omar bin Yusuf Al Nadir") is None


def test_listed_as_takes_a_name_or_alias_exactly(actors):
    assert actors.listed_as("MSF").name == "Doctors Without Borders"
    assert actors.find("Even the United States") is not None  # find() reads past a word before a name
    assert actors.listed_as("Even the United States") is None


def test_every_listed_person_has_a_pronoun(actors):
    """"she said" after a listed man relies on the file's pronoun; one left out is a gap."""
    assert [a.name for a in actors.actors if a.kind == "person" and a.pronoun is None] == []
